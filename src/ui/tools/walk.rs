//! `MEDBORGARKIOSK_WALK=1` (a measuring aid, scripts/measure.sh): after
//! start-up the kiosk shows every screen state of [`Shot::ALL`] in every
//! offered language, one every 150 ms, then returns to Start and prints the
//! trace mark "walk done". Memory measured after it is the memory of a
//! kiosk that has drawn everything.
//!
//! The walk is a program around the kiosk ([`Walker`]): the kiosk knows
//! nothing of it.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use iced::{Element, Size, Subscription, Task, Theme};

use crate::config::Config;
use crate::i18n::Language;
use crate::trace;
use crate::ui::app::{self, Kiosk, LANDSCAPE};
use crate::ui::tools::screenshots::{Shot, kiosk_on};

pub const WALK_ENV: &str = "MEDBORGARKIOSK_WALK";

static WALK_STEP: AtomicUsize = AtomicUsize::new(0);

/// Whether this run walks (`MEDBORGARKIOSK_WALK=1`).
pub fn enabled() -> bool {
    std::env::var(WALK_ENV).is_ok_and(|v| v == "1")
}

/// The next (screen, language) of the walk; `None` when it is over (once).
pub fn walk_next(languages: &[Language]) -> Option<(Shot, Language)> {
    let shots = Shot::ALL;
    let step = WALK_STEP.load(Ordering::Relaxed);
    if step == usize::MAX {
        return None;
    }
    let total = shots.len() * languages.len();
    if step >= total {
        WALK_STEP.store(usize::MAX, Ordering::Relaxed);
        trace::mark("walk done");
        return None;
    }
    WALK_STEP.store(step + 1, Ordering::Relaxed);
    Some((shots[step % shots.len()], languages[step / shots.len()]))
}

/// The kiosk, walked through every screen.
pub struct Walker {
    kiosk: Kiosk,
    config: Arc<Config>,
    viewport: Size,
    done: bool,
}

#[derive(Debug, Clone)]
pub enum Message {
    Kiosk(app::Message),
    /// The next screen of the walk.
    Step,
}

impl Walker {
    pub fn new(kiosk: Kiosk, config: Arc<Config>) -> Walker {
        Walker {
            kiosk,
            config,
            viewport: LANDSCAPE,
            done: false,
        }
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Kiosk(message) => {
                if let app::Message::Resized(size) = message {
                    self.viewport = size;
                }
                self.kiosk.update(message).map(Message::Kiosk)
            }
            Message::Step => {
                self.step();
                Task::none()
            }
        }
    }

    /// Shows the next screen of the walk with this kiosk's backend and
    /// speaker, on its clock; Start when it is over.
    fn step(&mut self) {
        let Some((shot, language)) = walk_next(&self.config.languages) else {
            self.done = true;
            let _ = self.kiosk.update(app::Message::Bar(app::Bar::StartOver));
            return;
        };
        let clock = self.kiosk.clock().clone();
        let mut next = kiosk_on(&self.config, shot, language, self.viewport, clock);
        let (backend, speaker) = self.kiosk.hand_over();
        next.join(backend, speaker);
        self.kiosk = next;
    }

    pub fn view(&self) -> Element<'_, Message> {
        self.kiosk.view().map(Message::Kiosk)
    }

    pub fn theme(&self) -> Theme {
        self.kiosk.theme()
    }

    pub fn subscription(&self) -> Subscription<Message> {
        let walk = if self.done {
            Subscription::none()
        } else {
            iced::time::every(Duration::from_millis(150)).map(|_| Message::Step)
        };
        Subscription::batch([self.kiosk.subscription().map(Message::Kiosk), walk])
    }
}

//! "Something else?": the end of a visit (issue 19). After a ticket's or a
//! receipt's "Done" the visitor gets a few seconds to carry on; then the
//! visit ends by itself: back to Start, every setting the visitor chose put
//! back, nothing of theirs left on screen for the next person.

use std::time::{Duration, Instant};

use iced::widget::Column;
use iced::{Length, Task};

use super::{Env, Event, Parts};

use crate::describe::ScreenText;
use crate::i18n::Language;
use crate::queue::AutoReturn;
use crate::t;
use crate::ui::theme::ButtonKind;
use crate::ui::widget::Ctx;

/// How long the question stays before the visit ends: long enough to read
/// one line and touch, short enough that the next person does not find the
/// visitor's language and settings.
pub const ASK_FOR: Duration = Duration::from_secs(12);

#[derive(Debug, Clone)]
pub struct State {
    ends: AutoReturn,
}

#[derive(Debug, Clone)]
pub enum Message {
    /// "Yes, something else": Home, as the visitor left it.
    More,
    /// "No, I am done": the visit ends now.
    Done,
}

impl State {
    pub fn new(now: Instant) -> Self {
        State {
            ends: AutoReturn::new(now, ASK_FOR),
        }
    }

    pub fn update(&mut self, message: Message, _env: &Env) -> (Task<Message>, Option<Event>) {
        let event = match message {
            Message::More => Event::Home,
            Message::Done => Event::StartOver,
        };
        (Task::none(), Some(event))
    }

    /// A touch or a key: the visitor is still here; the time starts again
    /// (a keypad and speech take longer than a glance and a tap).
    pub fn touched(&mut self, now: Instant) {
        self.ends = AutoReturn::new(now, ASK_FOR);
    }

    /// Once a second: the visit ends when nobody answered. Not while staff
    /// assist a visitor: staff end the visit themselves.
    pub fn tick(&self, env: &Env) -> Option<Event> {
        if env.services.staff().assist() {
            return None;
        }
        if self.ends.is_due(env.now) {
            tracing::info!("visit finished; back to Start");
            Some(Event::StartOver)
        } else {
            None
        }
    }

    fn seconds_left(&self, now: Instant) -> u64 {
        self.ends.seconds_left(now).max(1)
    }

    pub fn view<'a>(&self, ctx: &Ctx, env: &Env<'a>) -> Parts<'a, Message> {
        let language = ctx.language;
        let info = Column::new()
            .spacing(16)
            .width(Length::Fill)
            .push(ctx.title(t!(language, "finish-title")))
            .push(ctx.text(t!(
                language,
                "finish-ends",
                seconds = self.seconds_left(env.now)
            )));
        let controls = Column::new()
            .spacing(16)
            .width(Length::Fill)
            .push(ctx.icon_button(
                Some(crate::icons::ui::MORE),
                t!(language, "finish-more"),
                ButtonKind::Primary,
                Message::More,
            ))
            .push(ctx.icon_button(
                Some(crate::icons::ui::DONE),
                t!(language, "finish-done"),
                ButtonKind::Secondary,
                Message::Done,
            ));
        (info.into(), controls.into())
    }

    pub fn describe(&self, env: &Env, language: Language) -> ScreenText {
        ScreenText::new(t!(language, "finish-title"))
            .body(t!(
                language,
                "finish-ends",
                seconds = self.seconds_left(env.now)
            ))
            .choice(t!(language, "finish-more"))
            .choice(t!(language, "finish-done"))
    }
}

//! Home in every offered language, drawn off-screen once after start-up,
//! before a visitor presses (issue 24).
//!
//! The press that leaves Start is the first time a language's Home is
//! shown. Drawn cold, it loads the language's messages, shapes every word
//! and rasterises every glyph in its fonts and sizes: perf found 19 ms of
//! the UI thread in the first Arabic Home, 5 to 7 in a later one. So a
//! second after the services joined, while Start waits, the kiosk draws
//! its own Home in each offered language with a headless renderer, one
//! language a step: the messages, the shaped words and the drawn
//! pictograms stay in their caches, and the glyphs in the renderer's
//! process-wide glyph cache, kept from trimming
//! (`iced_tiny_skia::keep_glyphs`, patch change 15). Only with the
//! software renderer, whose glyph cache the window shares; only on Start,
//! where the visitor's own Home is not on screen. The headless renderer
//! draws at scale 1, as the window does on the kiosk's 1920×1080 screen;
//! at another scale the glyphs differ and only the messages and
//! pictograms are ready. It costs about 4 MiB, most of it the eight other
//! languages' messages (docs/PERFORMANCE.md), which their first visitors
//! would load anyway.

use std::time::Duration;

use iced::Task;

use super::{Kiosk, Message};
use crate::ui::render::Camera;
use crate::ui::screen::Screen;

/// After the services joined: time for the settled first frame.
const FIRST_STEP_AFTER: Duration = Duration::from_secs(1);
/// Between two languages: presses and frames come first.
const STEP_AFTER: Duration = Duration::from_millis(50);
/// When a visitor is in: their screens warm their own language; the
/// others wait for Start.
const AWAY_RETRY: Duration = Duration::from_secs(5);

impl Kiosk {
    /// Draws Home off-screen in every offered language, after start-up
    /// (only when `on`: the software renderer).
    pub fn with_prewarm(mut self, on: bool) -> Self {
        self.prewarm = on;
        self
    }

    /// The first step, a while after the services joined.
    pub(super) fn prewarm_start(&self) -> Task<Message> {
        if self.prewarm {
            step_after(0, FIRST_STEP_AFTER)
        } else {
            Task::none()
        }
    }

    /// Step `step`: Home in the `step`th offered language, then the next
    /// step; away from Start, the same step later.
    pub(super) fn prewarm_step(&mut self, step: usize) -> Task<Message> {
        let Some(&language) = self.services.config().languages.get(step) else {
            // Done: the headless frames' pixels (8 MB each at 1920×1080)
            // were freed into the heap; the system gets them back.
            crate::memory::give_back_after_visit();
            return Task::none();
        };
        if !matches!(self.screen, Screen::Start) {
            return step_after(step, AWAY_RETRY);
        }
        let Ok(mut camera) = Camera::new() else {
            tracing::warn!("no headless renderer: Home is not drawn ahead");
            return Task::none();
        };
        let screen = std::mem::replace(&mut self.screen, Screen::Home);
        let chosen = std::mem::replace(&mut self.session.language, language);
        let size = self.viewport;
        iced_tiny_skia::keep_glyphs(|| drop(camera.render(self, size)));
        self.session.language = chosen;
        self.screen = screen;
        step_after(step + 1, STEP_AFTER)
    }
}

fn step_after(step: usize, after: Duration) -> Task<Message> {
    // The timer is made when the task runs, on the runtime's thread.
    Task::perform(async move { tokio::time::sleep(after).await }, move |()| {
        Message::Prewarm(step)
    })
}

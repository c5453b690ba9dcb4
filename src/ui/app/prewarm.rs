//! The first screens in every offered language, drawn off-screen once
//! after start-up, before a visitor presses (issue 24).
//!
//! The first time a screen is shown in a language, it is drawn cold: the
//! language's messages are loaded, every word is shaped and every glyph
//! in its fonts and sizes rasterised. perf found 19 ms of the UI thread in
//! the first Arabic Home, 5 to 7 in a later one; the first Arabic guide
//! list or synpunkt intro took 4 ms more than the next one. So a second
//! after the services joined, while Start waits, the kiosk draws its own
//! screens with a headless renderer, one screen in one language a step:
//! first the main flows' screens ([`Screen::ahead`]: the queue as it
//! opens, the guides' categories and each category's guides, the
//! synpunkt up to the message's keyboard and the choice of contact), then
//! Home. The glyphs stay in the renderer's process-wide glyph cache, kept
//! from trimming (`iced_tiny_skia::keep_glyphs`, patch change 15); Home's
//! messages, shaped words and pictograms stay in their caches too. The
//! flows' pictograms are laid out but not painted (`icon::unpainted`):
//! their drawings would hold a megabyte for about a millisecond of a
//! first visit. A guide's own page, of which there are dozens, is left to
//! its first visitor.
//!
//! Only with the software renderer, whose glyph cache the window shares;
//! only on Start, where no visitor's screen is on show. The headless
//! renderer draws at scale 1, as the window does on the kiosk's
//! 1920×1080 screen; at another scale the glyphs differ and only the
//! messages and pictograms are ready. What it costs in memory and time is
//! in docs/PERFORMANCE.md.

use std::time::Duration;

use iced::advanced::renderer::Style;
use iced::{Rectangle, Size, Task, mouse};
use iced_runtime::user_interface::{Cache, UserInterface};
use iced_tiny_skia::graphics::Viewport;

use super::{Kiosk, Message};
use crate::i18n::Language;
use crate::ui::screen::{Env, Screen};
use crate::ui::{fonts, icon};

/// After the services joined: time for the settled first frame.
const FIRST_STEP_AFTER: Duration = Duration::from_secs(1);
/// Between two steps: presses and frames come first.
const STEP_AFTER: Duration = Duration::from_millis(5);
/// When a visitor is in: their screens warm their own language; the
/// others wait for Start.
const AWAY_RETRY: Duration = Duration::from_secs(5);

/// Whether the screens are drawn ahead, and what draws them while they
/// are.
#[derive(Default)]
pub(super) struct Prewarm {
    on: bool,
    sketch: Option<Sketch>,
}

impl Kiosk {
    /// Draws the first screens off-screen in every offered language, after
    /// start-up (only when `on`: the software renderer).
    pub fn with_prewarm(mut self, on: bool) -> Self {
        self.prewarm.on = on;
        self
    }

    /// The first step, a while after the services joined.
    pub(super) fn prewarm_start(&self) -> Task<Message> {
        if self.prewarm.on {
            step_after(0, FIRST_STEP_AFTER)
        } else {
            Task::none()
        }
    }

    /// Step `step` draws one screen in one language, then asks for the
    /// next step; away from Start, the same step later. First the flows'
    /// screens in every language, then Home in every language, last: the
    /// words shaped for the flows' screens age out of the shaping cache
    /// as the steps go (it keeps those of the last few screens), and
    /// Home's stay for the visitor's first press.
    pub(super) fn prewarm_step(&mut self, step: usize) -> Task<Message> {
        let Some(ahead) = self.prewarm_plan(step) else {
            // Done: the frame's pixels (8 MB at 1920×1080) go back to the
            // heap, and the heap's free pages to the system.
            self.prewarm.sketch = None;
            crate::memory::give_back_after_visit();
            return Task::none();
        };
        if !matches!(self.screen, Screen::Start) {
            return step_after(step, AWAY_RETRY);
        }
        let (language, screen) = match ahead {
            Ahead::Flow(language, index) => match self.ahead_in(language).into_iter().nth(index) {
                Some(screen) => (language, screen),
                // The flows changed since the first step (the central
                // API came or went): nothing to draw at this step.
                None => return step_after(step + 1, STEP_AFTER),
            },
            Ahead::Home(language) => (language, Screen::Home),
        };
        let size = self.viewport;
        let Some(mut sketch) = self.prewarm.sketch.take().or_else(|| Sketch::new(size)) else {
            tracing::warn!("no frame to draw in: the first screens are not drawn ahead");
            return Task::none();
        };
        let flow = !matches!(screen, Screen::Home);
        let start = std::mem::replace(&mut self.screen, screen);
        let chosen = std::mem::replace(&mut self.session.language, language);
        if flow {
            // The glyphs only: the flows' pictograms would hold a
            // megabyte of drawings, and cost their first visitor
            // about a millisecond a screen.
            iced_tiny_skia::keep_glyphs(|| icon::unpainted(|| sketch.draw(self, size)));
            fonts::forget_old_shapes();
        } else {
            iced_tiny_skia::keep_glyphs(|| sketch.draw(self, size));
        }
        self.session.language = chosen;
        self.screen = start;
        self.prewarm.sketch = Some(sketch);
        step_after(step + 1, STEP_AFTER)
    }

    /// What step `step` draws; `None` after the last.
    fn prewarm_plan(&self, step: usize) -> Option<Ahead> {
        let languages = &self.services.config().languages;
        let per_language = self.ahead_in(*languages.first()?).len();
        let flows = languages.len() * per_language;
        if step < flows {
            Some(Ahead::Flow(
                languages[step / per_language],
                step % per_language,
            ))
        } else {
            languages.get(step - flows).copied().map(Ahead::Home)
        }
    }

    /// The flows' screens drawn ahead in `language`.
    fn ahead_in(&self, language: Language) -> Vec<Screen> {
        let mut env = env!(self, self.services.clock().instant());
        env.language = language;
        Screen::ahead(&env)
    }
}

/// One step's screen.
enum Ahead {
    /// The `index`th of the flows' screens in a language.
    Flow(Language, usize),
    Home(Language),
}

/// A headless tiny-skia renderer and one frame's pixels, kept from step
/// to step. (A screenshot would allocate 8 MB of fresh pixels and copy
/// them to RGBA every step: 12 ms of a 16 ms step.)
struct Sketch {
    renderer: iced::Renderer,
    pixels: tiny_skia::Pixmap,
    mask: tiny_skia::Mask,
}

impl Sketch {
    fn new(size: Size) -> Option<Sketch> {
        fonts::install();
        let (width, height) = (size.width as u32, size.height as u32);
        Some(Sketch {
            renderer: iced::Renderer::Secondary(iced_tiny_skia::Renderer::new(
                fonts::DEFAULT,
                iced::Pixels(16.0),
            )),
            pixels: tiny_skia::Pixmap::new(width, height)?,
            mask: tiny_skia::Mask::new(width, height)?,
        })
    }

    /// Lays out, draws and paints the kiosk's view, as a window's first
    /// frame at `size`.
    fn draw(&mut self, kiosk: &Kiosk, size: Size) {
        let theme = kiosk.theme();
        let base = iced::theme::Base::base(&theme);
        let mut ui = UserInterface::build(kiosk.view(), size, Cache::default(), &mut self.renderer);
        ui.draw(
            &mut self.renderer,
            &theme,
            &Style {
                text_color: base.text_color,
            },
            mouse::Cursor::Unavailable,
        );
        if let iced::Renderer::Secondary(renderer) = &mut self.renderer {
            let physical = Size::new(self.pixels.width(), self.pixels.height());
            renderer.draw(
                &mut self.pixels.as_mut(),
                &mut self.mask,
                &Viewport::with_physical_size(physical, 1.0),
                &[Rectangle::with_size(size)],
                base.background_color,
            );
        }
        // Only now: the renderer's layers refer to the texts' paragraphs,
        // which the interface's widget tree owns.
        drop(ui);
    }
}

fn step_after(step: usize, after: Duration) -> Task<Message> {
    // The timer is made when the task runs, on the runtime's thread.
    Task::perform(async move { tokio::time::sleep(after).await }, move |()| {
        Message::Prewarm(step)
    })
}

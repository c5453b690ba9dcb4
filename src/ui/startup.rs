//! What happens between `main` and the first frame of the Start screen,
//! and what waits until after it (docs/PERFORMANCE.md).
//!
//! The Start screen needs the config, the bundled fonts and the Fluent
//! texts. The central API (runtime, SQLite, HTTP client), the outbox and
//! the speech engine probe are started on another thread while the window
//! opens and handed to the kiosk as [`Message::Ready`]; until then the
//! queue and synpunkt tiles are simply not offered (a visitor cannot reach
//! Home that fast). The font system (iced parses the machine's fonts once)
//! is warmed on another thread too.

use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex};

use iced::{Subscription, Task, event, window};

use crate::backend::Backend;
use crate::speech::Speaker;
use crate::trace;
use crate::ui::app::Message;
use crate::ui::fonts;

/// What starts beside the window: the backend and the speaker.
pub type Services = (Option<Backend>, Option<Speaker>);

/// The services, once started; handed over once (iced messages are
/// `Clone`, the services are not).
#[derive(Clone)]
pub struct Ready(Arc<Mutex<Option<Services>>>);

impl Ready {
    pub fn new(services: Services) -> Ready {
        Ready(Arc::new(Mutex::new(Some(services))))
    }

    /// The services, the first time only.
    pub fn take(&self) -> Option<Services> {
        self.0.lock().ok().and_then(|mut s| s.take())
    }
}

impl std::fmt::Debug for Ready {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Ready(..)")
    }
}

/// Services starting on their own thread.
pub struct Pending(iced::futures::channel::oneshot::Receiver<Services>);

/// Starts `services` on a thread now (`None` if no thread could be made).
pub fn spawn_services<F>(services: F) -> Option<Pending>
where
    F: FnOnce() -> Services + Send + 'static,
{
    let (sender, receiver) = iced::futures::channel::oneshot::channel();
    let spawned = std::thread::Builder::new()
        .name("kiosk-services".into())
        .spawn(move || {
            let _ = sender.send(services());
        });
    match spawned {
        Ok(_) => Some(Pending(receiver)),
        Err(e) => {
            tracing::error!(error = %e, "cannot start the services thread");
            None
        }
    }
}

impl Pending {
    /// A task that delivers the services to the kiosk as
    /// [`Message::Ready`] when they are up (nothing, if the thread died).
    pub fn into_task(self) -> Task<Message> {
        Task::perform(self.0, |services| {
            services.ok().map(|s| Message::Ready(Ready::new(s)))
        })
        .and_then(Task::done)
    }
}

/// Parses the machine's fonts and loads the bundled ones on a thread, so
/// the window's renderer finds the font system ready.
pub fn warm_fonts() {
    let _ = std::thread::Builder::new()
        .name("kiosk-fonts".into())
        .spawn(|| {
            if let Ok(mut system) = iced::advanced::graphics::text::font_system().write() {
                for font in fonts::all() {
                    system.load_font(font);
                }
            }
            trace::mark("fonts loaded");
        });
}

static FIRST_VIEW: AtomicBool = AtomicBool::new(false);

/// Marks the first `view` (tracing only).
pub fn viewed() {
    trace::first(&FIRST_VIEW, "first view");
}

/// With tracing on: counts every redraw, and tells the kiosk after the
/// first frame was presented (iced broadcasts a redraw just before it
/// draws and presents; the message is handled after the present). Nothing
/// otherwise: the kiosk must not redraw for nothing.
pub fn frames() -> Subscription<Message> {
    if !trace::enabled() {
        return Subscription::none();
    }
    event::listen_raw(on_event)
}

fn on_event(event: iced::Event, _: event::Status, _: window::Id) -> Option<Message> {
    match event {
        iced::Event::Window(window::Event::RedrawRequested(_)) if trace::frame() == 1 => {
            Some(Message::FramePresented)
        }
        _ => None,
    }
}

//! What happens between `main` and the first frame of the Start screen,
//! and what waits until after it (docs/PERFORMANCE.md).
//!
//! The Start screen needs the config, the bundled fonts and the Fluent
//! texts. The central API (runtime, SQLite, HTTP client), the outbox and
//! the speech engine probe (which runs `espeak-ng`) start on another
//! thread once the first frame is on screen (or after
//! [`SERVICES_AT_LATEST`]), so they do not take the 2 cores from it, and
//! are handed to the kiosk as [`Ready`]; until then the queue and
//! synpunkt tiles are simply not offered (a visitor cannot reach Home that
//! fast). The machine's fonts (iced parses them once) and the bundled
//! content are loaded on other threads while the window opens.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use iced::{Subscription, Task, event, window};

use crate::backend::Backend;
use crate::speech::Speaker;
use crate::trace;
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
            wait_for_first_frame(SERVICES_AT_LATEST);
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
    /// A task that delivers the services when they are up (nothing, if
    /// the thread died).
    pub fn into_task(self) -> Task<Ready> {
        Task::perform(self.0, |services| services.ok().map(Ready::new)).and_then(Task::done)
    }
}

/// Loads the bundled fonts and reads every language's greeting on a
/// thread, so the window's first frame finds them ready.
pub fn warm_fonts() {
    let _ = std::thread::Builder::new()
        .name("kiosk-fonts".into())
        .spawn(|| {
            fonts::install();
            trace::mark("fonts loaded");
            // Start shows every language's greeting: read them here, not
            // in the first `view`.
            crate::i18n::greetings();
            trace::mark("greetings read");
        });
}

static FIRST_VIEW: AtomicBool = AtomicBool::new(false);

/// Marks the first `view` (tracing only).
pub fn viewed() {
    trace::first(&FIRST_VIEW, "first view");
}

/// The services start this long after launch even if no frame was
/// presented (e.g. a window that is never shown).
pub const SERVICES_AT_LATEST: Duration = Duration::from_millis(1500);

static PRESENTED: (Mutex<bool>, Condvar) = (Mutex::new(false), Condvar::new());
static FIRST_FRAME_SEEN: AtomicBool = AtomicBool::new(false);

/// Blocks until the first frame was presented, or `at_most`.
fn wait_for_first_frame(at_most: Duration) {
    let (lock, presented) = &PRESENTED;
    let Ok(guard) = lock.lock() else { return };
    let _ = presented.wait_timeout_while(guard, at_most, |shown| !*shown);
}

/// The first frame is on screen: the trace mark, and the services may
/// start.
pub fn frame_presented() {
    trace::mark("first frame presented");
    let (lock, presented) = &PRESENTED;
    if let Ok(mut shown) = lock.lock() {
        *shown = true;
    }
    presented.notify_all();
}

/// Tells the kiosk when its first frame was presented (iced broadcasts a
/// redraw just before it draws and presents a frame; the message is
/// handled after the present), once. With tracing on it also counts and
/// prints every redraw. It produces no other message: the kiosk must not
/// redraw for nothing.
pub fn frames() -> Subscription<FramePresented> {
    event::listen_raw(on_event)
}

/// The first frame was presented (see [`frames`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FramePresented;

fn on_event(event: iced::Event, _: event::Status, _: window::Id) -> Option<FramePresented> {
    match event {
        iced::Event::Window(window::Event::RedrawRequested(_)) => {
            trace::frame();
            (!FIRST_FRAME_SEEN.swap(true, Ordering::Relaxed)).then_some(FramePresented)
        }
        _ => None,
    }
}

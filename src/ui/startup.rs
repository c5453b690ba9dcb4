//! What happens between `main` and the first frame of the Start screen,
//! and what waits until after it (docs/PERFORMANCE.md).
//!
//! The Start screen needs the config, the bundled fonts and the Fluent
//! texts. The central API (runtime, SQLite, HTTP client), the outbox, the
//! speech engine probe (which runs `espeak-ng`) and the content (guides,
//! forms and contacts, parsed and indexed) start on other threads
//! [`SERVICES_AFTER_FRAME`] after the first frame was presented (or after
//! [`SERVICES_AT_LATEST`]), so they take the 2 cores neither from drawing
//! it nor from the X server putting it on screen, and are handed to the
//! kiosk as [`Ready`]; until then the tiles of their flows are simply not
//! offered (a visitor cannot reach Home that fast).
//!
//! No thread starts before the window system is up (`ui::run` starts them
//! in the kiosk's boot): opening the X input method, libX11 reads the
//! locale's Compose file a character at a time with `getc`, and glibc
//! locks the stream for every character once a process has a second
//! thread: 11 ms instead of 1 on the way to the first frame. The log
//! writer's thread too starts in the boot (`logging`). `--trace-startup`
//! prints the count with every mark: 1 at "config loaded", 3 at "window
//! system ready" (iced's own two).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use iced::{Subscription, Task, event, window};

use crate::backend::Backend;
use crate::config::Config;
use crate::services::Content;
use crate::speech::Speaker;
use crate::trace;

/// What starts beside the window: the backend and the speaker.
pub type Services = (Option<Backend>, Option<Speaker>);

/// What joins the kiosk after its first frame: the services and, for the
/// window's kiosk, its content.
pub struct Started {
    pub services: Services,
    pub content: Option<Content>,
}

/// The services, once started; handed over once (iced messages are
/// `Clone`, the services are not).
#[derive(Clone)]
pub struct Ready(Arc<Mutex<Option<Started>>>);

impl Ready {
    /// The services, without content (the kiosk has its own).
    pub fn new(services: Services) -> Ready {
        Ready::started(Started {
            services,
            content: None,
        })
    }

    pub fn started(started: Started) -> Ready {
        Ready(Arc::new(Mutex::new(Some(started))))
    }

    /// What started, the first time only.
    pub fn take(&self) -> Option<Started> {
        self.0.lock().ok().and_then(|mut s| s.take())
    }
}

impl std::fmt::Debug for Ready {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Ready(..)")
    }
}

/// Services starting on their own thread.
pub struct Pending(iced::futures::channel::oneshot::Receiver<Started>);

/// Starts `services` on a thread that waits for the first frame, and
/// loads the content `content` names beside them (`None` if no thread
/// could be made).
pub fn spawn_services<F>(services: F, content: Option<Arc<Config>>) -> Option<Pending>
where
    F: FnOnce() -> Services + Send + 'static,
{
    let (sender, receiver) = iced::futures::channel::oneshot::channel();
    let spawned = std::thread::Builder::new()
        .name("kiosk-services".into())
        .spawn(move || {
            if wait_for_first_frame(SERVICES_AT_LATEST) {
                // The frame is sent; the X server (or compositor) puts it
                // on screen in its own time, and needs a core for it.
                std::thread::sleep(SERVICES_AFTER_FRAME);
            }
            let _ = sender.send(start(services, content.as_deref()));
        });
    match spawned {
        Ok(_) => Some(Pending(receiver)),
        Err(e) => {
            tracing::error!(error = %e, "cannot start the services thread");
            None
        }
    }
}

/// `services`, with the content loaded beside them on a thread of its own
/// (in turn if none could be made).
fn start<F>(services: F, content: Option<&Config>) -> Started
where
    F: FnOnce() -> Services + Send,
{
    std::thread::scope(|scope| {
        let loading = content.map(|config| {
            std::thread::Builder::new()
                .name("kiosk-content".into())
                .spawn_scoped(scope, move || Content::load(config))
                .map_err(|_| config)
        });
        // A panic starting them must not take the content with it.
        let services = std::panic::catch_unwind(std::panic::AssertUnwindSafe(services))
            .unwrap_or_else(|_| {
                tracing::error!("starting the central API and speech failed");
                (None, None)
            });
        let content = loading.map(|loading| match loading {
            Ok(thread) => thread.join().unwrap_or_else(|_| {
                tracing::error!("loading the content failed; no guides, forms or contacts");
                Content::none()
            }),
            Err(config) => Content::load(config),
        });
        trace::mark("content loaded");
        Started { services, content }
    })
}

impl Pending {
    /// A task that delivers what started when it is up (nothing, if the
    /// thread died).
    pub fn into_task(self) -> Task<Ready> {
        Task::perform(self.0, |started| started.ok().map(Ready::started)).and_then(Task::done)
    }
}

/// Reads every language's greeting on a thread (Start shows them all),
/// so the window's first `view` finds them ready.
pub fn read_greetings() {
    let _ = std::thread::Builder::new()
        .name("kiosk-greetings".into())
        .spawn(|| {
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

/// How long after the first frame's present the services and the content
/// start. Started at once, their two threads (and `espeak-ng`) took the two
/// cores while the X server still had to put the frame on screen: the
/// screen changed 14 ms after the present instead of the bare window's 6
/// (issue 24, docs/PERFORMANCE.md).
pub const SERVICES_AFTER_FRAME: Duration = Duration::from_millis(50);

/// Blocks until the first frame was presented (true), or `at_most`.
fn wait_for_first_frame(at_most: Duration) -> bool {
    let (lock, presented) = &PRESENTED;
    let Ok(guard) = lock.lock() else { return false };
    presented
        .wait_timeout_while(guard, at_most, |shown| !*shown)
        .is_ok_and(|(shown, _)| *shown)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> Config {
        Config::parse("", std::path::Path::new("test.toml")).expect("config")
    }

    #[test]
    fn the_content_is_loaded_beside_the_services() {
        let config = config();
        let started = start(|| (None, None), Some(&config));
        let content = started.content.expect("content");
        assert!(format!("{content:?}").contains("override: false"));
        assert!(start(|| (None, None), None).content.is_none());
    }

    #[test]
    fn the_content_comes_even_when_starting_the_services_panics() {
        let config = config();
        let started = start(|| panic!("the services"), Some(&config));
        assert!(started.services.0.is_none() && started.services.1.is_none());
        let content = started.content.expect("content");
        let dir = tempfile::tempdir().expect("temporary directory");
        let mut config = config;
        config.data_dir = dir.path().to_path_buf();
        let clock = crate::clock::Clock::manual(chrono::DateTime::UNIX_EPOCH);
        let mut services = crate::services::Services::awaiting_content(
            Arc::new(config),
            clock,
            Arc::new(crate::services::NoPrinter),
        );
        assert!(services.catalog().guides().is_empty());
        services.set_content(content);
        assert!(!services.catalog().guides().is_empty());
    }
}

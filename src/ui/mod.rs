//! The kiosk's user interface: the only part of the crate that imports iced.
//!
//! `app` is the root (the Elm-style `update`/`view`, routing only), `screen`
//! holds one module per visitor screen, `widget` and `theme` the shared
//! look, `fonts` the bundled fonts, `render` the headless renderer (printed
//! tickets), `display` the wall display. `tools` (screenshots, the
//! measuring walk) is built on the kiosk; the kiosk never imports it.

pub mod app;
pub mod crisis;
pub mod display;
pub mod focus;
pub mod fonts;
pub mod icon;
pub mod keyboard;
pub mod print_view;
pub mod qr;
pub mod render;
pub mod screen;
pub mod search;
pub mod startup;
pub mod theme;
pub mod tools;
pub mod widget;

use std::sync::Arc;

use crate::clock::Clock;
use crate::config::Config;
use app::Kiosk;

/// Runs the kiosk until the window closes. Full screen unless `windowed`.
/// `services` (the central API and speech) and the content start on
/// other threads after the first frame (see [`startup`]). Everything keeps
/// time by `clock`. With
/// `MEDBORGARKIOSK_WALK=1` the kiosk is walked through every screen
/// ([`tools::walk`]).
pub fn run<F>(config: Config, services: F, clock: Clock, windowed: bool) -> iced::Result
where
    F: FnOnce() -> startup::Services + Send + 'static,
{
    // Not a thread before the window system is up (see `startup`): the
    // fonts are loaded here, the rest starts in the first boot.
    fonts::install();
    let config = Arc::new(config);
    // The boot closure may be called more than once by iced's API; what
    // starts beside the window starts once, and goes to the first kiosk.
    let beside = std::sync::LazyLock::new({
        let (config, clock) = (config.clone(), clock.clone());
        move || Beside::start(&config, &clock, services)
    });
    let boot = move || {
        crate::trace::mark("window system ready");
        // Threads may start now: first the log writer's.
        crate::logging::start_writer_thread();
        // The content comes with the services; a kiosk without them (no
        // thread could be made, or a second boot) loads its own.
        let pending = beside.pending.lock().ok().and_then(|mut p| p.take());
        let kiosk = match pending {
            Some(_) => Kiosk::awaiting_content(config.clone(), clock.clone()),
            None => Kiosk::new(config.clone(), clock.clone()),
        };
        let kiosk = kiosk
            .expecting_speech(crate::speech::Speaker::likely(&config.speech))
            .with_kiosk_mode(!windowed)
            // The software renderer's glyph cache is the window's too.
            .with_prewarm(std::env::var("ICED_BACKEND").is_ok_and(|b| b == "tiny-skia"))
            .with_feeds(beside.feeds.clone())
            .with_headset(beside.jack.clone());
        crate::trace::mark("kiosk built");
        let task = match pending {
            Some(pending) => pending.into_task().map(app::Message::Ready),
            None => iced::Task::none(),
        };
        (kiosk, task, config.clone())
    };
    if tools::walk::enabled() {
        let application = iced::application(
            move || {
                let (kiosk, task, config) = boot();
                (
                    tools::walk::Walker::new(kiosk, config),
                    task.map(tools::walk::Message::Kiosk),
                )
            },
            tools::walk::Walker::update,
            tools::walk::Walker::view,
        )
        .subscription(tools::walk::Walker::subscription)
        .theme(tools::walk::Walker::theme);
        return dress(application, windowed).run();
    }
    let application = iced::application(
        move || {
            let (kiosk, task, _) = boot();
            (kiosk, task)
        },
        Kiosk::update,
        Kiosk::view,
    )
    .subscription(Kiosk::subscription)
    .theme(Kiosk::theme);
    dress(application, windowed).run()
}

/// What runs beside the kiosk's window, started with it.
struct Beside {
    /// The news, events and crisis feeds (when configured).
    feeds: Option<Arc<crate::feeds::FeedsLink>>,
    /// Whether a headset is plugged in (when speech uses the jack).
    jack: Option<tokio::sync::watch::Receiver<bool>>,
    /// The services and the content, after the first frame.
    pending: std::sync::Mutex<Option<startup::Pending>>,
}

impl Beside {
    fn start<F>(config: &Arc<Config>, clock: &Clock, services: F) -> Beside
    where
        F: FnOnce() -> startup::Services + Send + 'static,
    {
        startup::read_greetings();
        let pending = startup::spawn_services(services, Some(config.clone()));
        // Feeds run apart from the backend: crisis information shows even
        // when the central API could not start.
        let feeds = crate::feeds::FeedsLink::for_config(config, clock.clone()).map(Arc::new);
        // The headphone jack: private speech for a visitor who plugs in.
        let jack = (config.speech.enabled && config.speech.headset_jack).then(|| {
            use crate::speech::headset::{self, HeadsetSource};
            headset::watch_later(|| {
                let mut sources: Vec<Box<dyn HeadsetSource>> =
                    vec![Box::new(headset::UsbAudio::new())];
                if let Some(jack) = headset::Jack::open() {
                    sources.push(Box::new(jack));
                }
                sources
            })
        });
        Beside {
            feeds,
            jack,
            pending: std::sync::Mutex::new(pending),
        }
    }
}

/// The kiosk's title, fonts and window.
fn dress<P: iced::Program + 'static>(
    application: iced::Application<P>,
    windowed: bool,
) -> iced::Application<
    impl iced::Program<State = P::State, Message = P::Message, Theme = P::Theme> + 'static,
> {
    fonts::install();
    application
        .title("Medborgarkiosk")
        .default_font(fonts::DEFAULT)
        .window(window_settings(windowed))
}

/// The window: full screen without decorations, deaf to close requests
/// (Alt+F4, a window manager's close) unless `windowed` (development).
/// Escape and other keys have no binding that leaves the kiosk.
pub fn window_settings(windowed: bool) -> iced::window::Settings {
    iced::window::Settings {
        size: if windowed {
            iced::Size::new(1280.0, 720.0)
        } else {
            app::LANDSCAPE
        },
        fullscreen: !windowed,
        decorations: windowed,
        // A kiosk is not closed by a visitor; a developer's window is.
        exit_on_close_request: windowed,
        ..iced::window::Settings::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_windowed_kiosk_closes_on_request() {
        let kiosk = window_settings(false);
        assert!(!kiosk.exit_on_close_request);
        assert!(kiosk.fullscreen);
        assert!(!kiosk.decorations);
        let windowed = window_settings(true);
        assert!(windowed.exit_on_close_request);
        assert!(!windowed.fullscreen);
    }
}

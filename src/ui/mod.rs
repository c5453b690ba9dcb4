//! The kiosk's user interface: the only part of the crate that imports iced.
//!
//! `app` is the root (the Elm-style `update`/`view`), `screen` holds one
//! module per visitor screen, `widget` and `theme` the shared look, `fonts`
//! the bundled fonts and `screenshots` the headless renderer for reviewers.

pub mod app;
pub mod fonts;
pub mod keyboard;
pub mod print_view;
pub mod screen;
pub mod screenshots;
pub mod startup;
pub mod theme;
pub mod widget;

use std::sync::Arc;

use crate::config::Config;
use app::Kiosk;

/// Runs the kiosk until the window closes. Full screen unless `windowed`.
/// `services` (the central API and speech) run on another thread while the
/// window opens (see [`startup`]).
pub fn run<F>(config: Config, services: F, windowed: bool) -> iced::Result
where
    F: FnOnce() -> startup::Services + Send + 'static,
{
    startup::warm_fonts();
    app::preload_content(&config);
    let pending = startup::spawn_services(services);
    let config = Arc::new(config);
    // The boot closure may be called more than once by iced's API; the
    // services go to the first kiosk built.
    let pending = std::sync::Mutex::new(pending);
    let window = iced::window::Settings {
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
    };
    let mut application = iced::application(
        move || {
            crate::trace::mark("window system ready");
            let kiosk = Kiosk::new(config.clone(), None);
            crate::trace::mark("content loaded");
            let task = match pending.lock().ok().and_then(|mut p| p.take()) {
                Some(pending) => pending.into_task(),
                None => iced::Task::none(),
            };
            (kiosk, task)
        },
        Kiosk::update,
        Kiosk::view,
    )
    .title("Medborgarkiosk")
    .subscription(Kiosk::subscription)
    .theme(Kiosk::theme)
    .default_font(fonts::DEFAULT)
    .window(window);
    for font in fonts::all() {
        application = application.font(font);
    }
    application.run()
}

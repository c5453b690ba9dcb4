//! The kiosk's user interface: the only part of the crate that imports iced.
//!
//! `app` is the root (the Elm-style `update`/`view`), `screen` holds one
//! module per visitor screen, `widget` and `theme` the shared look, `fonts`
//! the bundled fonts and `screenshots` the headless renderer for reviewers.

pub mod app;
pub mod fonts;
pub mod keyboard;
pub mod screen;
pub mod screenshots;
pub mod theme;
pub mod widget;

use std::sync::Arc;

use crate::config::Config;
use app::Kiosk;

/// Runs the kiosk until the window closes. Full screen unless `windowed`.
pub fn run(config: Config, windowed: bool) -> iced::Result {
    let config = Arc::new(config);
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
        move || Kiosk::new(config.clone()),
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

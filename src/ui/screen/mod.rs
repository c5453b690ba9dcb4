//! The visitor screens. Each is a module with its own `Message`, an
//! `update` that may return an [`Event`] for the root to act on, a `view`
//! and a `describe` (the screen as plain text, for speech output).

pub mod home;
pub mod hours;
pub mod start;
pub mod synpunkt;

use self::home::Flow;

/// Which screen the visitor is on.
#[derive(Debug, Clone, PartialEq)]
pub enum Screen {
    Start,
    Home,
    Hours,
    Synpunkt(Box<synpunkt::State>),
}

impl Screen {
    /// The screen that "back" leads to; `None` where back makes no sense.
    pub fn parent(&self) -> Option<Screen> {
        match self {
            Screen::Start | Screen::Home => None,
            Screen::Hours | Screen::Synpunkt(_) => Some(Screen::Home),
        }
    }

    /// Stable name, used in screenshots file names and logs.
    pub fn name(&self) -> &'static str {
        match self {
            Screen::Start => "start",
            Screen::Home => "home",
            Screen::Hours => "hours",
            Screen::Synpunkt(_) => "synpunkt",
        }
    }

    /// The first screen of a flow, for a visitor in `language`.
    pub fn of_flow(flow: Flow, language: crate::i18n::Language) -> Screen {
        match flow {
            Flow::Hours => Screen::Hours,
            Flow::Synpunkt => Screen::Synpunkt(Box::new(synpunkt::State::new(language))),
        }
    }
}

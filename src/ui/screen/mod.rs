//! The visitor screens. Each is a module with its own `Message`, an
//! `update` that may return an `Event` for the root to act on, a `view`
//! and a `describe` (the screen as plain text, for speech output).

pub mod contacts;
pub mod guides;
pub mod home;
pub mod hours;
pub mod news;
pub mod queue;
pub mod staff;
pub mod start;
pub mod synpunkt;

/// Which screen the visitor is on, with the screen's own state.
#[derive(Debug)]
pub enum Screen {
    Start,
    Home,
    Hours,
    Queue(Box<queue::State>),
    Synpunkt(Box<synpunkt::State>),
    /// E-services and forms.
    Guides(Box<guides::State>),
    Contacts(Box<contacts::State>),
    /// Area news and events (issue 7).
    News,
    /// Staff mode: the PIN pad or the staff panel.
    Staff(Box<staff::State>),
}

impl Screen {
    /// Whether "back" leads to Home from here.
    pub fn has_parent(&self) -> bool {
        !matches!(self, Screen::Start | Screen::Home | Screen::Staff(_))
    }

    /// Stable name, used in screenshot file names and logs.
    pub fn name(&self) -> &'static str {
        match self {
            Screen::Start => "start",
            Screen::Home => "home",
            Screen::Hours => "hours",
            Screen::Queue(_) => "queue",
            Screen::Synpunkt(_) => "synpunkt",
            Screen::Guides(_) => "guides",
            Screen::Contacts(_) => "contacts",
            Screen::News => "news",
            Screen::Staff(_) => "staff",
        }
    }
}

/// Screens are equal when they are the same screen, whatever their state.
impl PartialEq for Screen {
    fn eq(&self, other: &Screen) -> bool {
        self.name() == other.name()
    }
}

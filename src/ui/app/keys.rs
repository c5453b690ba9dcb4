//! The root's part of keys and speech without sight: every key goes
//! through the keymap (`crate::keys`, the defaults and the `[keypad]`
//! table); Tab and the arrows move the focus over the controls the last
//! view registered (`ui::focus`); Select is handled by the focused control
//! itself, exactly as a touch; a character typed on a physical keyboard
//! goes to the screen's text display. The first key turns speech on for
//! the visit: from then on a new page says its title, what is new on it and
//! how many choices it has, and every focus change says the control, its
//! kind and where it is ("3 av 7").

use std::time::{Duration, Instant};

use iced::{Subscription, Task, event, keyboard};

use super::{Bar, Kiosk, Message};
use crate::describe::ScreenText;
use crate::i18n::Language;
use crate::keys::Action;
use crate::speech::Availability;
use crate::t;
use crate::ui::focus::{self, Role};

/// A key pressed on a keyboard or keypad.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyPress {
    /// Its W3C name ("Tab", "ArrowUp", "a", "+").
    pub name: String,
    pub shift: bool,
    /// Ctrl, Alt or Logo held: not typing.
    pub command: bool,
    /// The text it types, if any.
    pub text: Option<String>,
    /// A focused control already took it (Select).
    pub taken: bool,
}

impl KeyPress {
    /// A key by name, as a keypad or a test sends it.
    pub fn named(name: &str) -> KeyPress {
        KeyPress {
            name: name.to_owned(),
            shift: false,
            command: false,
            text: None,
            taken: false,
        }
    }

    /// A printable character typed on a keyboard.
    pub fn typed(c: char) -> KeyPress {
        KeyPress {
            name: c.to_string(),
            shift: c.is_uppercase(),
            command: false,
            text: Some(c.to_string()),
            taken: false,
        }
    }
}

/// The headphone jack's state, as messages: the state at once, then every
/// change.
pub(super) fn headset_subscription(
    jack: Option<&tokio::sync::watch::Receiver<bool>>,
) -> Subscription<Message> {
    match jack {
        Some(jack) => Subscription::run_with(Jack(jack.clone()), Jack::stream),
        None => Subscription::none(),
    }
}

struct Jack(tokio::sync::watch::Receiver<bool>);

impl std::hash::Hash for Jack {
    /// One jack per kiosk: the subscription never changes.
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        "headset-jack".hash(state);
    }
}

impl Jack {
    fn stream(&self) -> impl iced::futures::Stream<Item = Message> + use<> {
        let mut receiver = self.0.clone();
        // The state at start-up too (headphones already plugged in).
        receiver.mark_changed();
        iced::futures::stream::unfold(receiver, |mut receiver| async move {
            receiver.changed().await.ok()?;
            let plugged = *receiver.borrow_and_update();
            Some((Message::Headset(plugged), receiver))
        })
    }
}

/// Every key pressed, as a message.
pub(super) fn subscription() -> Subscription<Message> {
    event::listen_with(|event, status, _window| match event {
        iced::Event::Keyboard(keyboard::Event::KeyPressed {
            key,
            modifiers,
            text,
            ..
        }) => Some(Message::Key(KeyPress {
            name: focus::key_name(&key),
            shift: modifiers.shift(),
            command: modifiers.control() || modifiers.alt() || modifiers.logo(),
            text: text.map(|t| t.to_string()),
            taken: status == event::Status::Captured,
        })),
        _ => None,
    })
}

impl Kiosk {
    /// Whether the visitor is using keys (the focus ring shows).
    pub fn focus(&self) -> Option<usize> {
        self.focus
    }

    /// A key: the visitor is there; the first one turns speech on.
    pub(super) fn key(&mut self, press: KeyPress, now: Instant) -> Task<Message> {
        self.count_access("keys");
        self.services.staff().touch(now);
        self.idle.touch(now);
        self.screen.touched(now);
        self.idle_state = self.idle.state(now);
        if self.focus.is_none() {
            // The first key shows, and says, where the focus is: the page
            // and its first choice.
            self.focus = Some(self.scope().range().start);
            self.speech_by_keys();
            self.announce_page(None);
            return Task::none();
        }
        // A dialog took the focus to itself.
        let range = self.scope().range();
        if let Some(at) = self.focus
            && !range.is_empty()
            && !range.contains(&at)
        {
            self.set_focus(range.start);
            return Task::none();
        }
        if press.taken {
            return Task::none();
        }
        let action = self.keymap.action(&press.name, press.shift);
        match action {
            Some(Action::Next) => self.step_focus(1),
            Some(Action::Previous) => self.step_focus(-1),
            Some(Action::Up) => self.arrow(0.0, -1.0),
            Some(Action::Down) => self.arrow(0.0, 1.0),
            Some(Action::Left) => self.arrow(-1.0, 0.0),
            Some(Action::Right) => self.arrow(1.0, 0.0),
            // Space types where a text display takes typing.
            Some(Action::Select) if press.name == " " && self.typing() => {
                return self.type_key(&press, now);
            }
            // The focused control takes Select itself.
            Some(Action::Select) => {}
            Some(Action::Back) => self.bar(Bar::Back, now),
            Some(Action::StartOver) => self.bar(Bar::StartOver, now),
            Some(Action::Help) => self.help(),
            Some(Action::Louder) if !self.typing() => self.louder(),
            Some(Action::Quieter) if !self.typing() => self.quieter(),
            Some(Action::Repeat) => self.repeat(),
            Some(Action::Louder | Action::Quieter) | None => return self.type_key(&press, now),
        }
        Task::none()
    }

    /// Whether a text display takes typed characters now.
    fn typing(&self) -> bool {
        self.screen.typed(crate::keyboard::Key::Backspace).is_some()
    }

    /// A character or Backspace from a physical keyboard, into the
    /// screen's text display.
    fn type_key(&mut self, press: &KeyPress, now: Instant) -> Task<Message> {
        if press.command {
            return Task::none();
        }
        let key = match (press.name.as_str(), &press.text) {
            ("Backspace", _) => crate::keyboard::Key::Backspace,
            (_, Some(text)) => match text.chars().next() {
                Some(c) if !c.is_control() && text.chars().count() == 1 => {
                    crate::keyboard::Key::Typed(c)
                }
                _ => return Task::none(),
            },
            _ => return Task::none(),
        };
        match self.screen.typed(key) {
            Some(message) => self.update_screen(message, now),
            None => Task::none(),
        }
    }

    /// Speech on for the visit, in the visitor's language or the first
    /// language offered where it has no voice (Somali, Tigrinya); the quiet
    /// time before "are you still there?" doubles.
    fn speech_by_keys(&mut self) {
        let language = self.session.language;
        let mut speech = self.services.speech();
        if speech.on.is_some() {
            return;
        }
        speech.on = match speech.availability(language) {
            Some(Availability::Voice(_)) => Some(language),
            Some(Availability::NoVoice { offer }) => offer.first().copied(),
            Some(Availability::NoEngine) | None => None,
        };
        drop(speech);
        let quiet = u64::from(self.services.config().idle.quiet_seconds);
        self.idle.set_quiet(Duration::from_secs(quiet * 2));
    }

    /// The language speech speaks in, when it is on.
    fn speech_language(&self) -> Option<Language> {
        self.services.speech().on
    }

    fn step_focus(&mut self, by: isize) {
        let range = self.scope().range();
        if range.is_empty() {
            return;
        }
        let len = range.len() as isize;
        let at = self
            .focus
            .unwrap_or(range.start)
            .clamp(range.start, range.end - 1);
        let next = range.start as isize + ((at - range.start) as isize + by).rem_euclid(len);
        self.set_focus(next as usize);
    }

    /// An arrow: the nearest control that way; in reading order where the
    /// layout gives no answer (mirrored for right-to-left languages).
    fn arrow(&mut self, dx: f32, dy: f32) {
        let scope = self.scope();
        let at = self.focus.unwrap_or(scope.range().start);
        match scope.nearest(at, dx, dy) {
            Some(to) => self.set_focus(to),
            None => {
                let rtl = self.session.language.direction() == crate::i18n::Direction::RightToLeft;
                let forward = dy > 0.0 || (dx > 0.0) != rtl && dx != 0.0;
                self.step_focus(if forward { 1 } else { -1 });
            }
        }
    }

    fn set_focus(&mut self, index: usize) {
        self.focus = Some(index);
        self.speak_focus();
    }

    /// Says the focused control: its label, its kind, where it is.
    fn speak_focus(&self) {
        let Some(language) = self.speech_language() else {
            return;
        };
        if let Some(text) = self.focus_text(language) {
            self.services.speech().say(text.as_str(), language);
        }
    }

    /// The focused control as speech says it.
    fn focus_text(&self, language: Language) -> Option<String> {
        let scope = self.scope();
        let index = self.focus?;
        let entry = scope.entry(index)?;
        let range = scope.range();
        let kind = match entry.role {
            Role::Button => t!(language, "focus-button"),
            Role::Choice { selected: true } => t!(language, "focus-selected"),
            Role::Choice { selected: false } => t!(language, "focus-not-selected"),
            Role::Key => t!(language, "focus-key"),
            Role::TextField { .. } => t!(language, "focus-text-field"),
        };
        // What a text field holds is said only in a private headset; the
        // label then is its name and how much is typed.
        let label = match entry.role {
            Role::TextField { chars } if !self.services.speech().private() => {
                let name = entry.label.split(". ").next().unwrap_or_default();
                format!(
                    "{name}. {}",
                    t!(language, "text-entered", count = (chars as u32))
                )
            }
            _ => entry.label.clone(),
        };
        let position = t!(
            language,
            "focus-position",
            position = ((index - range.start + 1) as u32),
            count = (range.len() as u32)
        );
        Some(format!("{label}. {kind}. {position}."))
    }

    /// Says the page: its title, what is new on it since `before` (an
    /// error, a result: the ticket's number, the receipt), how many
    /// choices it has, and the focused one — one utterance, so nothing
    /// cuts it short.
    pub(super) fn announce_page(&self, before: Option<&ScreenText>) {
        let Some(language) = self.speech_language() else {
            return;
        };
        // The new page's controls: built (not drawn) now, so the focused
        // one is the new page's.
        drop(self.view());
        let now = self.describe_in(language);
        let mut said = ScreenText::new(now.title.clone());
        for (i, line) in now.body.iter().enumerate() {
            if before.is_none_or(|b| !b.body.contains(line)) {
                said = if now.private.contains(&i) {
                    said.private_body(line.clone())
                } else {
                    said.body(line.clone())
                };
            }
        }
        said = said.body(t!(
            language,
            "focus-choices",
            count = (now.choices.len() as u32)
        ));
        if let Some(focused) = self.focus_text(language) {
            said = said.body(focused);
        }
        self.services.speech().say_screen(&said, language);
    }

    /// F1: where you are, and which keys do what.
    fn help(&self) {
        let Some(language) = self.speech_language() else {
            return;
        };
        let title = self.describe_in(language).title;
        let text = t!(language, "keys-help", title = title);
        self.services.speech().say(text.as_str(), language);
    }

    /// Headphones plugged in (speech on, private, from the first choice)
    /// or out (back to the loudspeaker at once: what was being said stops).
    pub(super) fn headset(&mut self, plugged: bool) {
        if plugged {
            self.count_access("headset");
        }
        let staff_mode = self.services.staff().settings().headphones;
        if let Some(speaker) = &mut self.services.speech().speaker {
            speaker.set_headphones(plugged || staff_mode);
        }
        if plugged {
            if self.focus.is_none() {
                self.focus = Some(self.scope().range().start);
            }
            self.speech_by_keys();
            self.announce_page(None);
        }
    }

    /// The focusable controls of the last view.
    pub(super) fn scope(&self) -> std::rc::Rc<focus::FocusScope> {
        self.scope.borrow().clone()
    }
}

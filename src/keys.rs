//! Keys and what they do: the kiosk is operable with a keyboard alone, and
//! with the small audio-tactile navigation keypads mounted below ATM
//! screens (Up/Down/Left/Right/Select/Back/Help/Volume). Those present
//! themselves as USB keyboards but send different key codes by model, so
//! the `[keypad]` table of the config maps key names to actions, on top of
//! the defaults below; `check-config` refuses an unknown action.
//!
//! Key names are the W3C `KeyboardEvent.key` names the UI gets from the
//! window system ("Tab", "ArrowUp", "Enter", "F1", "AudioVolumeUp", …);
//! a printable key is its character ("+", "-"). Plain Rust: the UI turns
//! its key events into names.

use std::collections::BTreeMap;

use serde::Deserialize;

/// What a key does at the kiosk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Focus the next control in reading order (Tab).
    Next,
    /// Focus the previous control (Shift+Tab).
    Previous,
    /// Move within a group of controls, spatially (mirrored for
    /// right-to-left languages by the UI).
    Up,
    Down,
    Left,
    Right,
    /// Activate the focused control (Enter, Space, a keypad's Select).
    Select,
    /// One step back (Escape).
    Back,
    /// Start over (Home), with the same confirmation rules as the button.
    StartOver,
    /// Say where you are and which keys do what (F1, Help).
    Help,
    Louder,
    Quieter,
    /// Say the last utterance again.
    Repeat,
}

impl Action {
    pub const ALL: [Action; 13] = [
        Action::Next,
        Action::Previous,
        Action::Up,
        Action::Down,
        Action::Left,
        Action::Right,
        Action::Select,
        Action::Back,
        Action::StartOver,
        Action::Help,
        Action::Louder,
        Action::Quieter,
        Action::Repeat,
    ];
}

/// The default bindings: a PC keyboard and the common keypads that send
/// arrows, Enter, Escape and the media volume keys.
pub const DEFAULTS: &[(&str, Action)] = &[
    ("Tab", Action::Next),
    ("ArrowUp", Action::Up),
    ("ArrowDown", Action::Down),
    ("ArrowLeft", Action::Left),
    ("ArrowRight", Action::Right),
    ("Enter", Action::Select),
    (" ", Action::Select),
    ("Escape", Action::Back),
    ("BrowserBack", Action::Back),
    ("Home", Action::StartOver),
    ("F1", Action::Help),
    ("Help", Action::Help),
    ("+", Action::Louder),
    ("AudioVolumeUp", Action::Louder),
    ("-", Action::Quieter),
    ("AudioVolumeDown", Action::Quieter),
    ("F5", Action::Repeat),
];

/// `[keypad]`: key name → action, over the defaults.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(transparent)]
pub struct KeypadConfig(pub BTreeMap<String, Action>);

/// The bindings in force: the defaults, then the keypad's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keymap {
    bindings: BTreeMap<String, Action>,
}

impl Default for Keymap {
    fn default() -> Keymap {
        Keymap::new(&KeypadConfig::default())
    }
}

impl Keymap {
    pub fn new(keypad: &KeypadConfig) -> Keymap {
        let mut bindings: BTreeMap<String, Action> = DEFAULTS
            .iter()
            .map(|(name, action)| ((*name).to_owned(), *action))
            .collect();
        for (name, action) in &keypad.0 {
            bindings.insert(name.clone(), *action);
        }
        Keymap { bindings }
    }

    /// What `key` does; Shift+Tab is [`Action::Previous`].
    pub fn action(&self, key: &str, shift: bool) -> Option<Action> {
        match self.bindings.get(key)? {
            Action::Next if shift => Some(Action::Previous),
            action => Some(*action),
        }
    }

    /// The key names bound to `action` (the help text names the first).
    pub fn keys_for(&self, action: Action) -> Vec<&str> {
        self.bindings
            .iter()
            .filter(|(_, a)| **a == action)
            .map(|(k, _)| k.as_str())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_defaults_cover_every_action() {
        let map = Keymap::default();
        for action in Action::ALL {
            if action == Action::Previous {
                assert_eq!(map.action("Tab", true), Some(Action::Previous));
            } else {
                assert!(!map.keys_for(action).is_empty(), "{action:?}");
            }
        }
        assert_eq!(map.action("Tab", false), Some(Action::Next));
        assert_eq!(map.action("Enter", true), Some(Action::Select));
        assert_eq!(map.action("q", false), None);
    }

    #[test]
    fn a_keypad_table_adds_and_overrides() {
        let keypad: KeypadConfig =
            toml::from_str("F13 = \"select\"\nF14 = \"back\"\n\"AudioVolumeUp\" = \"repeat\"\n")
                .unwrap();
        let map = Keymap::new(&keypad);
        assert_eq!(map.action("F13", false), Some(Action::Select));
        assert_eq!(map.action("F14", false), Some(Action::Back));
        assert_eq!(map.action("AudioVolumeUp", false), Some(Action::Repeat));
        // The defaults stay.
        assert_eq!(map.action("Escape", false), Some(Action::Back));
    }

    #[test]
    fn an_unknown_action_is_refused() {
        let bad = toml::from_str::<KeypadConfig>("F13 = \"launch\"\n");
        assert!(bad.is_err());
    }
}

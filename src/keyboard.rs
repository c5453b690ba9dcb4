//! The kiosk's own on-screen keyboard, as data: layouts (rows of keys), the
//! shift and layout state, and [`TextBuffer`], the text being typed.
//!
//! Plain Rust: the UI (`ui::keyboard`) draws what this module describes.
//! Keys never move: shift changes the characters a key types (and so its
//! label), never the rows.

use unicode_segmentation::UnicodeSegmentation;

use crate::i18n::{Direction, Language};

/// A keyboard layout.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LayoutId {
    /// Swedish and Finnish: å ä ö.
    Swedish,
    /// Turkish Q: ç ğ ı İ ö ş ü, with Turkish casing of i and ı.
    Turkish,
    /// English, Somali (and Tigrinya, see [`LayoutId::for_language`]).
    Latin,
    Arabic,
    /// Persian: پ چ ژ گ ک ی.
    Persian,
    /// Phone numbers: digits, +, space.
    Phone,
    /// E-mail addresses: letters, digits, @ . - _.
    Email,
    /// The staff PIN pad: digits, clear and backspace only.
    Pin,
}

/// What a key does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Key {
    /// Types its text (the shifted text while shift is on).
    Char(&'static str),
    Shift,
    Backspace,
    Space,
    Clear,
    /// Switches to the next text layout.
    Switch,
    /// A character typed on a physical keyboard (in the visitor's own
    /// layout, as the window system gives it).
    Typed(char),
}

/// A key in a row: what it does and how many key widths it spans.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeySlot {
    pub key: Key,
    pub span: u8,
}

const DIGITS: &[&str] = &["1", "2", "3", "4", "5", "6", "7", "8", "9", "0"];

const SWEDISH: &[&[&str]] = &[
    DIGITS,
    &["q", "w", "e", "r", "t", "y", "u", "i", "o", "p", "å"],
    &["a", "s", "d", "f", "g", "h", "j", "k", "l", "ö", "ä"],
    &["z", "x", "c", "v", "b", "n", "m", ",", ".", "-", "?", "!"],
];

const TURKISH: &[&[&str]] = &[
    DIGITS,
    &["q", "w", "e", "r", "t", "y", "u", "ı", "o", "p", "ğ", "ü"],
    &["a", "s", "d", "f", "g", "h", "j", "k", "l", "ş", "i"],
    &["z", "x", "c", "v", "b", "n", "m", "ö", "ç", ",", ".", "?"],
];

const LATIN: &[&[&str]] = &[
    DIGITS,
    &["q", "w", "e", "r", "t", "y", "u", "i", "o", "p"],
    &["a", "s", "d", "f", "g", "h", "j", "k", "l", "'"],
    &["z", "x", "c", "v", "b", "n", "m", ",", ".", "-", "?", "!"],
];

const ARABIC: &[&[&str]] = &[
    DIGITS,
    &["ض", "ص", "ث", "ق", "ف", "غ", "ع", "ه", "خ", "ح", "ج", "د"],
    &["ش", "س", "ي", "ب", "ل", "ا", "ت", "ن", "م", "ك", "ط"],
    &["ئ", "ء", "ؤ", "ر", "ى", "ة", "و", "ز", "ظ", "ذ", "،", "؟"],
];

/// Arabic has no case: shift gives the hamza forms and punctuation.
const ARABIC_SHIFT: &[(&str, &str)] = &[
    ("ئ", "أ"),
    ("ء", "إ"),
    ("ؤ", "آ"),
    ("ى", "لا"),
    ("،", "."),
    ("؟", "!"),
];

const PERSIAN: &[&[&str]] = &[
    DIGITS,
    &["ض", "ص", "ث", "ق", "ف", "غ", "ع", "ه", "خ", "ح", "ج", "چ"],
    &["ش", "س", "ی", "ب", "ل", "ا", "ت", "ن", "م", "ک", "گ"],
    &["ظ", "ط", "ز", "ر", "ذ", "د", "پ", "و", "ژ", "،", "؟"],
];

/// Persian shift: alef madda, hamza forms and punctuation.
const PERSIAN_SHIFT: &[(&str, &str)] = &[
    ("ا", "آ"),
    ("ی", "ئ"),
    ("ه", "ۀ"),
    ("و", "ؤ"),
    ("ز", "أ"),
    ("،", "."),
    ("؟", "!"),
];

const PIN: &[&[&str]] = &[&["1", "2", "3"], &["4", "5", "6"], &["7", "8", "9"], &["0"]];

const PHONE: &[&[&str]] = &[
    &["1", "2", "3"],
    &["4", "5", "6"],
    &["7", "8", "9"],
    &["+", "0"],
];

const EMAIL: &[&[&str]] = &[
    DIGITS,
    &["q", "w", "e", "r", "t", "y", "u", "i", "o", "p"],
    &["a", "s", "d", "f", "g", "h", "j", "k", "l"],
    &["z", "x", "c", "v", "b", "n", "m", "-", "_"],
];

impl LayoutId {
    /// The layouts for free text, in the order the switch key goes through.
    pub const TEXT: [LayoutId; 5] = [
        LayoutId::Swedish,
        LayoutId::Latin,
        LayoutId::Turkish,
        LayoutId::Arabic,
        LayoutId::Persian,
    ];

    /// The text layout a visitor starts with. Tigrinya gets the Latin
    /// layout: Ge'ez script input needs a syllable input method that the
    /// kiosk does not have yet; the visitor can switch layouts.
    pub fn for_language(language: Language) -> LayoutId {
        match language {
            Language::Sv | Language::SvEasy | Language::Fi => LayoutId::Swedish,
            Language::Tr => LayoutId::Turkish,
            Language::En | Language::So | Language::Ti => LayoutId::Latin,
            Language::Ar => LayoutId::Arabic,
            Language::Fa => LayoutId::Persian,
        }
    }

    pub fn direction(self) -> Direction {
        match self {
            LayoutId::Arabic | LayoutId::Persian => Direction::RightToLeft,
            _ => Direction::LeftToRight,
        }
    }

    /// Whether this is a free-text layout (with shift, space and switch).
    pub fn is_text(self) -> bool {
        LayoutId::TEXT.contains(&self)
    }

    /// The text layout after this one for a visitor whose own layout is
    /// `home`: the visitor's own layout first, then the others in order.
    pub fn next(self, home: LayoutId) -> LayoutId {
        let mut order = vec![home];
        order.extend(LayoutId::TEXT.into_iter().filter(|&l| l != home));
        let at = order.iter().position(|&l| l == self).unwrap_or(0);
        order[(at + 1) % order.len()]
    }

    fn char_rows(self) -> &'static [&'static [&'static str]] {
        match self {
            LayoutId::Swedish => SWEDISH,
            LayoutId::Turkish => TURKISH,
            LayoutId::Latin => LATIN,
            LayoutId::Arabic => ARABIC,
            LayoutId::Persian => PERSIAN,
            LayoutId::Phone => PHONE,
            LayoutId::Email => EMAIL,
            LayoutId::Pin => PIN,
        }
    }

    /// The rows of keys, top to bottom, each key with its span. Rows never
    /// change with shift.
    pub fn rows(self) -> Vec<Vec<KeySlot>> {
        let one = |key| KeySlot { key, span: 1 };
        let two = |key| KeySlot { key, span: 2 };
        let mut rows: Vec<Vec<KeySlot>> = self
            .char_rows()
            .iter()
            .map(|row| row.iter().map(|&c| one(Key::Char(c))).collect())
            .collect();
        match self {
            LayoutId::Pin => {
                // Clear, 0, backspace: the layout of a bank terminal.
                rows[3].insert(0, one(Key::Clear));
                rows[3].push(one(Key::Backspace));
            }
            LayoutId::Phone => {
                rows[0].push(one(Key::Backspace));
                rows[1].push(one(Key::Clear));
                rows[2].push(one(Key::Space));
            }
            LayoutId::Email => rows.push(vec![
                two(Key::Char("@")),
                two(Key::Char(".")),
                two(Key::Char(".se")),
                two(Key::Char(".com")),
                two(Key::Backspace),
                two(Key::Clear),
            ]),
            _ => rows.push(vec![
                two(Key::Shift),
                two(Key::Switch),
                KeySlot {
                    key: Key::Space,
                    span: 4,
                },
                two(Key::Backspace),
                two(Key::Clear),
            ]),
        }
        rows
    }

    /// The widest row, in key widths: the UI sizes keys by it.
    pub fn width_in_keys(self) -> u32 {
        self.rows()
            .iter()
            .map(|row| row.iter().map(|k| u32::from(k.span)).sum())
            .max()
            .unwrap_or(1)
    }

    /// Whether shift does anything on this layout.
    pub fn has_shift(self) -> bool {
        self.is_text()
    }

    /// What a character key types with shift on or off.
    pub fn output(self, key: &'static str, shift: bool) -> String {
        if !shift {
            return key.to_owned();
        }
        match self {
            LayoutId::Turkish => turkish_upper(key),
            LayoutId::Arabic => lookup(ARABIC_SHIFT, key),
            LayoutId::Persian => lookup(PERSIAN_SHIFT, key),
            LayoutId::Swedish | LayoutId::Latin => key.to_uppercase(),
            LayoutId::Phone | LayoutId::Email | LayoutId::Pin => key.to_owned(),
        }
    }
}

fn lookup(table: &[(&str, &str)], key: &str) -> String {
    table
        .iter()
        .find(|(k, _)| *k == key)
        .map_or(key, |(_, v)| *v)
        .to_owned()
}

/// Upper case in Turkish: i → İ and ı → I.
pub fn turkish_upper(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'i' => "İ".to_owned(),
            'ı' => "I".to_owned(),
            c => c.to_uppercase().collect(),
        })
        .collect()
}

/// Lower case in Turkish: İ → i and I → ı.
pub fn turkish_lower(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'İ' => "i".to_owned(),
            'I' => "ı".to_owned(),
            c => c.to_lowercase().collect(),
        })
        .collect()
}

/// The direction of a text: that of its first letter with a strong
/// direction (Hebrew or Arabic script: right to left; other letters: left
/// to right). `None` for a text without letters.
pub fn direction_of(text: &str) -> Option<Direction> {
    text.chars().find_map(|c| {
        let u = c as u32;
        let rtl = matches!(u, 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF);
        if rtl {
            Some(Direction::RightToLeft)
        } else if c.is_alphabetic() {
            Some(Direction::LeftToRight)
        } else {
            None
        }
    })
}

/// The text being typed, at most `max_chars` characters (Unicode scalar
/// values). Control characters other than newline are never stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextBuffer {
    text: String,
    max_chars: usize,
}

impl TextBuffer {
    pub fn new(max_chars: usize) -> Self {
        TextBuffer {
            text: String::new(),
            max_chars,
        }
    }

    /// A buffer holding `text` (cut to `max_chars`, control characters
    /// dropped).
    pub fn with_text(max_chars: usize, text: &str) -> Self {
        let mut buffer = TextBuffer::new(max_chars);
        buffer.insert(text);
        buffer
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    pub fn max_chars(&self) -> usize {
        self.max_chars
    }

    pub fn char_count(&self) -> usize {
        self.text.chars().count()
    }

    pub fn remaining(&self) -> usize {
        self.max_chars.saturating_sub(self.char_count())
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// Appends as much of `s` as fits; returns whether all of it did.
    pub fn insert(&mut self, s: &str) -> bool {
        let mut room = self.remaining();
        let mut all = true;
        for c in s.chars() {
            if c.is_control() && c != '\n' {
                continue;
            }
            if room == 0 {
                all = false;
                break;
            }
            self.text.push(c);
            room -= 1;
        }
        all
    }

    /// Removes the last user-perceived character (grapheme cluster), so an
    /// accented letter typed as two code points goes in one press.
    pub fn backspace(&mut self) {
        if let Some((at, _)) = self.text.grapheme_indices(true).next_back() {
            self.text.truncate(at);
        }
    }

    /// Removes the last `char` only.
    pub fn backspace_char(&mut self) {
        self.text.pop();
    }

    pub fn clear(&mut self) {
        self.text.clear();
    }
}

/// A keyboard in use: its layout, the visitor's own text layout (where
/// the switch key comes back to) and shift.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Keyboard {
    pub layout: LayoutId,
    pub home: LayoutId,
    pub shift: bool,
    /// A secret field (a PIN): what is typed is never spoken, only
    /// "digit entered" ([`crate::speech::spoken::keyboard_key`]).
    pub secret: bool,
}

impl Keyboard {
    /// The keyboard for free text in `language`.
    pub fn for_language(language: Language) -> Self {
        let layout = LayoutId::for_language(language);
        Keyboard {
            layout,
            home: layout,
            shift: false,
            secret: false,
        }
    }

    /// A keyboard fixed to one layout (phone, e-mail).
    pub fn fixed(layout: LayoutId) -> Self {
        Keyboard {
            layout,
            home: layout,
            shift: false,
            secret: false,
        }
    }

    /// A PIN pad: the digit pad, in secret mode (keys are spoken only as
    /// "digit entered").
    pub fn pin() -> Self {
        Keyboard::fixed(LayoutId::Pin).secret()
    }

    /// The same keyboard in secret mode.
    pub fn secret(self) -> Self {
        Keyboard {
            secret: true,
            ..self
        }
    }

    /// What `key` types now.
    pub fn output(&self, key: &'static str) -> String {
        self.layout.output(key, self.shift)
    }

    /// Applies a key press to `buffer`. Shift holds for one character.
    pub fn press(&mut self, key: Key, buffer: &mut TextBuffer) {
        match key {
            Key::Char(c) => {
                buffer.insert(&self.output(c));
                self.shift = false;
            }
            Key::Shift => self.shift = !self.shift && self.layout.has_shift(),
            Key::Backspace => buffer.backspace(),
            Key::Space => {
                buffer.insert(" ");
            }
            Key::Clear => buffer.clear(),
            Key::Typed(c) => {
                // A secret keyboard (the PIN pad) takes digits only.
                if !self.secret || c.is_ascii_digit() {
                    buffer.insert(c.encode_utf8(&mut [0; 4]));
                }
                self.shift = false;
            }
            Key::Switch => {
                if self.layout.is_text() {
                    self.layout = self.layout.next(self.home);
                    self.shift = false;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn type_keys(keyboard: &mut Keyboard, buffer: &mut TextBuffer, keys: &[Key]) {
        for &key in keys {
            keyboard.press(key, buffer);
        }
    }

    #[test]
    fn layouts_follow_the_visitors_language() {
        assert_eq!(LayoutId::for_language(Language::Sv), LayoutId::Swedish);
        assert_eq!(LayoutId::for_language(Language::Fi), LayoutId::Swedish);
        assert_eq!(LayoutId::for_language(Language::Tr), LayoutId::Turkish);
        assert_eq!(LayoutId::for_language(Language::So), LayoutId::Latin);
        assert_eq!(LayoutId::for_language(Language::En), LayoutId::Latin);
        assert_eq!(LayoutId::for_language(Language::Ti), LayoutId::Latin);
        assert_eq!(LayoutId::for_language(Language::Ar), LayoutId::Arabic);
        assert_eq!(LayoutId::for_language(Language::Fa), LayoutId::Persian);
    }

    fn has(layout: LayoutId, c: &'static str) -> bool {
        layout
            .rows()
            .iter()
            .flatten()
            .any(|k| k.key == Key::Char(c))
    }

    #[test]
    fn each_layout_has_its_letters() {
        for c in ["å", "ä", "ö"] {
            assert!(has(LayoutId::Swedish, c), "{c}");
        }
        for c in ["ç", "ğ", "ı", "i", "ö", "ş", "ü"] {
            assert!(has(LayoutId::Turkish, c), "{c}");
        }
        for c in ["پ", "چ", "ژ", "گ", "ک", "ی"] {
            assert!(has(LayoutId::Persian, c), "{c}");
        }
        for c in ["ي", "ك", "ة", "ء"] {
            assert!(has(LayoutId::Arabic, c), "{c}");
        }
        for c in ["@", ".", "-", "_"] {
            assert!(has(LayoutId::Email, c), "{c}");
        }
        for c in ["+", "0", "9"] {
            assert!(has(LayoutId::Phone, c), "{c}");
        }
        assert!(!has(LayoutId::Phone, "a"));
        let phone: Vec<Key> = LayoutId::Phone
            .rows()
            .into_iter()
            .flatten()
            .map(|k| k.key)
            .collect();
        assert!(phone.contains(&Key::Space) && phone.contains(&Key::Backspace));
    }

    #[test]
    fn no_row_is_wider_than_twelve_keys() {
        for layout in LayoutId::TEXT
            .into_iter()
            .chain([LayoutId::Phone, LayoutId::Email])
        {
            assert!(layout.width_in_keys() <= 12, "{layout:?}");
        }
        assert_eq!(LayoutId::Phone.width_in_keys(), 4);
    }

    #[test]
    fn shift_changes_output_not_rows() {
        for layout in LayoutId::TEXT {
            let before = layout.rows();
            let mut keyboard = Keyboard::fixed(layout);
            let mut buffer = TextBuffer::new(10);
            keyboard.press(Key::Shift, &mut buffer);
            assert!(keyboard.shift);
            assert_eq!(layout.rows(), before);
        }
        assert_eq!(LayoutId::Swedish.output("å", true), "Å");
        assert_eq!(LayoutId::Latin.output("a", true), "A");
        assert_eq!(LayoutId::Arabic.output("ئ", true), "أ");
        assert_eq!(LayoutId::Arabic.output("ب", true), "ب");
        assert_eq!(LayoutId::Persian.output("ا", true), "آ");
    }

    #[test]
    fn turkish_dotted_and_dotless_i() {
        assert_eq!(LayoutId::Turkish.output("i", true), "İ");
        assert_eq!(LayoutId::Turkish.output("ı", true), "I");
        assert_eq!(LayoutId::Turkish.output("ş", true), "Ş");
        assert_eq!(LayoutId::Swedish.output("i", true), "I");
        assert_eq!(turkish_upper("istanbul ılık"), "İSTANBUL ILIK");
        assert_eq!(turkish_lower("İSTANBUL ILIK"), "istanbul ılık");
    }

    #[test]
    fn shift_holds_for_one_letter() {
        let mut keyboard = Keyboard::for_language(Language::Sv);
        let mut buffer = TextBuffer::new(100);
        type_keys(
            &mut keyboard,
            &mut buffer,
            &[
                Key::Shift,
                Key::Char("å"),
                Key::Char("s"),
                Key::Char("a"),
                Key::Space,
                Key::Char("ö"),
            ],
        );
        assert_eq!(buffer.as_str(), "Åsa ö");
        assert!(!keyboard.shift);
        keyboard.press(Key::Shift, &mut buffer);
        keyboard.press(Key::Shift, &mut buffer);
        assert!(!keyboard.shift, "a second shift turns it off");
        let mut phone = Keyboard::fixed(LayoutId::Phone);
        phone.press(Key::Shift, &mut buffer);
        assert!(!phone.shift);
    }

    #[test]
    fn switch_cycles_through_text_layouts_from_the_visitors_own() {
        let mut keyboard = Keyboard::for_language(Language::Ar);
        let mut buffer = TextBuffer::new(10);
        let mut seen = vec![keyboard.layout];
        for _ in 0..5 {
            keyboard.press(Key::Switch, &mut buffer);
            seen.push(keyboard.layout);
        }
        assert_eq!(
            seen,
            [
                LayoutId::Arabic,
                LayoutId::Swedish,
                LayoutId::Latin,
                LayoutId::Turkish,
                LayoutId::Persian,
                LayoutId::Arabic
            ]
        );
        let mut email = Keyboard::fixed(LayoutId::Email);
        email.press(Key::Switch, &mut buffer);
        assert_eq!(email.layout, LayoutId::Email);
    }

    #[test]
    fn typing_arabic_and_persian() {
        let mut keyboard = Keyboard::for_language(Language::Ar);
        let mut buffer = TextBuffer::new(100);
        for c in ["ش", "ك", "ر", "ا"] {
            keyboard.press(Key::Char(c), &mut buffer);
        }
        assert_eq!(buffer.as_str(), "شكرا");
        assert_eq!(direction_of(buffer.as_str()), Some(Direction::RightToLeft));
        let mut keyboard = Keyboard::for_language(Language::Fa);
        buffer.clear();
        for c in ["پ", "ی", "ژ", "گ", "ک", "چ"] {
            keyboard.press(Key::Char(c), &mut buffer);
        }
        assert_eq!(buffer.as_str(), "پیژگکچ");
    }

    #[test]
    fn direction_follows_the_first_letter() {
        assert_eq!(direction_of("123 hej"), Some(Direction::LeftToRight));
        assert_eq!(direction_of("12 سلام hej"), Some(Direction::RightToLeft));
        assert_eq!(direction_of("سلام"), Some(Direction::RightToLeft));
        assert_eq!(direction_of("ሰላም"), Some(Direction::LeftToRight));
        assert_eq!(direction_of("123 !"), None);
        assert_eq!(direction_of(""), None);
    }

    #[test]
    fn buffer_stops_at_the_limit() {
        let mut buffer = TextBuffer::new(5);
        assert!(buffer.insert("abc"));
        assert_eq!(buffer.remaining(), 2);
        assert!(!buffer.insert("dåöx"));
        assert_eq!(buffer.as_str(), "abcdå");
        assert_eq!(buffer.char_count(), 5);
        assert_eq!(buffer.remaining(), 0);
        // Characters, not bytes: five Arabic letters fill a five-char buffer.
        let mut buffer = TextBuffer::new(5);
        assert!(buffer.insert("سلامم"));
        assert!(!buffer.insert("x"));
        assert_eq!(buffer.char_count(), 5);
    }

    #[test]
    fn buffer_refuses_control_characters_but_keeps_newlines() {
        let mut buffer = TextBuffer::new(100);
        buffer.insert("a\u{7}b\tc\nd\u{1b}");
        assert_eq!(buffer.as_str(), "abc\nd");
        let buffer = TextBuffer::with_text(3, "abcdef");
        assert_eq!(buffer.as_str(), "abc");
    }

    #[test]
    fn backspace_removes_a_whole_grapheme_or_one_char() {
        let mut buffer = TextBuffer::new(100);
        buffer.insert("ae\u{301}");
        assert_eq!(buffer.char_count(), 3);
        buffer.backspace();
        assert_eq!(buffer.as_str(), "a");
        buffer.insert("e\u{301}");
        buffer.backspace_char();
        assert_eq!(buffer.as_str(), "ae");
        buffer.backspace();
        buffer.backspace();
        buffer.backspace();
        assert!(buffer.is_empty());
        buffer.insert("لا");
        buffer.backspace();
        assert_eq!(buffer.as_str(), "ل", "lam-alef is two letters");
        buffer.insert("xyz");
        buffer.clear();
        assert_eq!(buffer.char_count(), 0);
    }
}

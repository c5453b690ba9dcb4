//! Text formatted for the ear: what the speech engine is given.
//!
//! A screen's [`ScreenText`] is built from the same Fluent messages the
//! screen shows; where a message has a ticket number, reference or date as
//! a placeable, the screen's `describe` passes the spoken form from here
//! ([`ticket_number`], [`reference`], [`date`]) instead of the shown one.
//! [`utterance`] then joins title, body and choices into one text with a
//! pause after each part.

use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};

use crate::describe::ScreenText;
use crate::hours::{DayHours, Interval};
use crate::i18n::Language;
use crate::t;

/// The pause between spelled characters: a comma, in the language's script
/// (Arabic and Persian write `،`). Both give the engine a short break.
fn comma(language: Language) -> &'static str {
    if language.is_rtl() { "، " } else { ", " }
}

/// Sentence end that makes the engine pause. Parts that already end in a
/// sentence or clause mark keep theirs.
fn ends_a_clause(part: &str) -> bool {
    part.trim_end()
        .chars()
        .last()
        .is_some_and(|c| ".!?:;…؟؛。።፧፨".contains(c))
}

/// One text for the engine: the title, the body paragraphs, then the
/// choices, in the order given (a right-to-left [`ScreenText`] is already in
/// reading order). Empty parts are skipped; each part ends a sentence so the
/// engine pauses between them.
pub fn utterance(text: &ScreenText) -> String {
    let parts = std::iter::once(&text.title)
        .chain(&text.body)
        .chain(&text.choices)
        .map(|p| p.trim())
        .filter(|p| !p.is_empty());
    let mut out = String::new();
    for part in parts {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(part);
        if !ends_a_clause(part) {
            out.push('.');
        }
    }
    out
}

/// Characters one by one with a short pause between them: "B042" →
/// "B, 0, 4, 2". Letters are read by their names, digits one at a time.
/// Anything that is not a letter or digit (`-`, `/`, space) separates
/// groups with a longer pause and is not read.
pub fn spell(language: Language, text: &str) -> String {
    let groups: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|g| !g.is_empty())
        .map(|group| {
            group
                .chars()
                .map(|c| c.to_uppercase().to_string())
                .collect::<Vec<_>>()
                .join(comma(language))
        })
        .collect();
    groups.join(". ")
}

/// A queue ticket number, letter and digits one by one: "B042" →
/// "B, 0, 4, 2" (Arabic: "B، 0، 4، 2").
pub fn ticket_number(language: Language, number: &str) -> String {
    spell(language, number)
}

/// A reference (e.g. a synpunkt receipt), character by character, groups
/// separated by a longer pause: "SYN-26-7K" → "S, Y, N. 2, 6. 7, K".
pub fn reference(language: Language, reference: &str) -> String {
    spell(language, reference)
}

/// A date as the kiosk says it ("måndag 23 november"), from the Fluent
/// messages `date-long`, `weekday-N` and `month-N`. The engine reads the
/// day number as a number in the voice's language.
pub fn date(language: Language, date: NaiveDate) -> String {
    t!(
        language,
        "date-long",
        weekday = weekday_name(language, date),
        day = date.day(),
        month = month_name(language, date.month())
    )
}

/// The weekday's name, e.g. "måndag".
pub fn weekday_name(language: Language, date: NaiveDate) -> String {
    day_name(language, date.weekday())
}

/// A weekday's name, e.g. "tisdag" for [`chrono::Weekday::Tue`].
pub fn day_name(language: Language, weekday: chrono::Weekday) -> String {
    match weekday.number_from_monday() {
        1 => t!(language, "weekday-1"),
        2 => t!(language, "weekday-2"),
        3 => t!(language, "weekday-3"),
        4 => t!(language, "weekday-4"),
        5 => t!(language, "weekday-5"),
        6 => t!(language, "weekday-6"),
        _ => t!(language, "weekday-7"),
    }
}

fn month_name(language: Language, month: u32) -> String {
    match month {
        1 => t!(language, "month-1"),
        2 => t!(language, "month-2"),
        3 => t!(language, "month-3"),
        4 => t!(language, "month-4"),
        5 => t!(language, "month-5"),
        6 => t!(language, "month-6"),
        7 => t!(language, "month-7"),
        8 => t!(language, "month-8"),
        9 => t!(language, "month-9"),
        10 => t!(language, "month-10"),
        11 => t!(language, "month-11"),
        _ => t!(language, "month-12"),
    }
}

/// A clock time as said aloud: "8" for 08:00, "17 30" for 17:30. Engines
/// read "08:00" as "zero eight colon zero zero".
pub fn clock_time(time: NaiveTime) -> String {
    match time.minute() {
        0 => time.hour().to_string(),
        m => format!("{} {m:02}", time.hour()),
    }
}

/// An opening interval: "8 till 17" (`speech-time-range`).
pub fn interval(language: Language, interval: &Interval) -> String {
    t!(
        language,
        "speech-time-range",
        opens = clock_time(interval.opens),
        closes = clock_time(interval.closes)
    )
}

/// A day's opening hours: "8 till 12, 13 till 17", or "Stängt"
/// (`hours-closed`). For the hours screen's `describe` in place of the
/// shown "08:00–12:00, 13:00–17:00".
pub fn day_hours(language: Language, hours: &DayHours) -> String {
    match hours {
        DayHours::Closed => t!(language, "hours-closed"),
        DayHours::Open(intervals) => intervals
            .iter()
            .map(|i| interval(language, i))
            .collect::<Vec<_>>()
            .join(comma(language)),
    }
}

/// A key of the on-screen keyboard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Key {
    /// A key that types a character.
    Char(char),
    Space,
    Backspace,
    /// Any other key, spoken by its visible label (e.g. "Klar").
    Label(String),
}

/// Whether the field being typed in is secret (a PIN): then no typed
/// character is ever spoken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Plain,
    Secret,
}

/// What to say when a key is pressed: the character itself, the name of a
/// special key, or — in a secret field — only "digit entered" (never the
/// digit).
pub fn key(language: Language, key: &Key, field: Field) -> String {
    match (key, field) {
        (Key::Char(_), Field::Secret) => t!(language, "speech-digit-entered"),
        (Key::Char(c), Field::Plain) if c.is_whitespace() => t!(language, "speech-key-space"),
        (Key::Char(c), Field::Plain) => c.to_uppercase().to_string(),
        (Key::Space, _) => t!(language, "speech-key-space"),
        (Key::Backspace, _) => t!(language, "speech-key-backspace"),
        (Key::Label(label), _) => label.clone(),
    }
}

/// What to say when a key of the kiosk's on-screen keyboard is pressed,
/// in the state the keyboard was in before the press (shift decides the
/// letter): a letter or digit by itself (the engine names a lone letter),
/// space, backspace, shift, clear and the layout switch by their Fluent
/// words in `language`. On a [`Keyboard::secret`] keyboard (a PIN pad) a
/// character key only ever says "digit entered".
///
/// [`Keyboard::secret`]: crate::keyboard::Keyboard::secret
pub fn keyboard_key(
    language: Language,
    keyboard: &crate::keyboard::Keyboard,
    pressed: crate::keyboard::Key,
) -> String {
    use crate::keyboard::Key as K;
    let field = if keyboard.secret {
        Field::Secret
    } else {
        Field::Plain
    };
    match pressed {
        K::Char(c) => {
            let typed = keyboard.output(c);
            let mut chars = typed.chars();
            match (chars.next(), chars.next()) {
                (Some(one), None) => key(language, &Key::Char(one), field),
                _ if keyboard.secret => t!(language, "speech-digit-entered"),
                // A key that types several characters (".se" on the e-mail pad).
                _ => typed,
            }
        }
        K::Space => key(language, &Key::Space, field),
        K::Backspace => key(language, &Key::Backspace, field),
        K::Shift => t!(language, "kb-shift"),
        K::Clear => t!(language, "kb-clear"),
        K::Switch => t!(language, "speech-key-switch"),
        K::Typed(c) => key(language, &Key::Char(c), field),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn swedish_screen_is_read_title_body_then_choices_in_order() {
        let text = ScreenText::new(t!(Language::Sv, "home-title"))
            .body(t!(Language::Sv, "home-desk-hint"))
            .choice(t!(Language::Sv, "tile-hours"))
            .choice(t!(Language::Sv, "bar-start-over"));
        assert_eq!(
            utterance(&text),
            "Vad vill du göra?\n\
             Du kan alltid fråga personalen i receptionen.\n\
             Öppettider.\n\
             Börja om."
        );
    }

    #[test]
    fn arabic_screen_keeps_reading_order_and_its_own_question_mark() {
        let text = ScreenText::new(t!(Language::Ar, "home-title"))
            .body(t!(Language::Ar, "home-desk-hint"))
            .choice(t!(Language::Ar, "tile-hours"))
            .choice(t!(Language::Ar, "bar-start-over"));
        let spoken = utterance(&text);
        let lines: Vec<&str> = spoken.lines().collect();
        assert_eq!(lines.len(), 4, "{spoken}");
        assert!(lines[0].starts_with(&t!(Language::Ar, "home-title")));
        assert!(lines[1].starts_with(&t!(Language::Ar, "home-desk-hint")));
        assert_eq!(lines[2], format!("{}.", t!(Language::Ar, "tile-hours")));
        assert_eq!(lines[3], format!("{}.", t!(Language::Ar, "bar-start-over")));
        // A title ending in the Arabic question mark gets no extra period.
        let question = ScreenText::new("هل ما زلت هنا؟");
        assert_eq!(utterance(&question), "هل ما زلت هنا؟");
    }

    #[test]
    fn empty_parts_are_skipped() {
        let text = ScreenText::new("Titel").body("  ").choice("Ja");
        assert_eq!(utterance(&text), "Titel.\nJa.");
    }

    #[test]
    fn ticket_numbers_are_read_letter_and_digit_by_digit() {
        assert_eq!(ticket_number(Language::Sv, "B042"), "B, 0, 4, 2");
        assert_eq!(ticket_number(Language::Sv, "b042"), "B, 0, 4, 2");
        assert_eq!(ticket_number(Language::Ar, "B042"), "B، 0، 4، 2");
        assert_eq!(ticket_number(Language::Fa, "A7"), "A، 7");
    }

    #[test]
    fn references_are_spelled_with_groups_apart() {
        assert_eq!(
            reference(Language::Sv, "SYN-2026-07K"),
            "S, Y, N. 2, 0, 2, 6. 0, 7, K"
        );
        assert_eq!(reference(Language::Ar, "SYN-26"), "S، Y، N. 2، 6");
    }

    #[test]
    fn dates_are_read_as_dates_from_the_fluent_messages() {
        // 2026-11-23 is a Monday.
        assert_eq!(date(Language::Sv, day(2026, 11, 23)), "måndag 23 november");
        assert_eq!(date(Language::Sv, day(2027, 1, 3)), "söndag 3 januari");
        assert_eq!(date(Language::Ar, day(2026, 11, 23)), "الاثنين 23 نوفمبر");
        assert_eq!(
            date(Language::Fi, day(2026, 11, 23)),
            "maanantai 23. marraskuuta"
        );
    }

    #[test]
    fn receipt_sentence_in_swedish_and_arabic_has_spelled_reference_and_date() {
        for (language, expected_reference, expected_date) in [
            (Language::Sv, "K, 7. 0, 1.", "fredag 4 december."),
            (Language::Ar, "K، 7. 0، 1.", "الجمعة 4 ديسمبر."),
        ] {
            let text = ScreenText::new(t!(language, "home-title"))
                .body(reference(language, "K7-01"))
                .body(date(language, day(2026, 12, 4)));
            let spoken = utterance(&text);
            let lines: Vec<&str> = spoken.lines().collect();
            assert_eq!(lines.len(), 3, "{spoken}");
            assert_eq!(lines[1], expected_reference);
            assert_eq!(lines[2], expected_date);
        }
    }

    #[test]
    fn opening_hours_are_read_as_times_not_digits_and_colons() {
        let hours = DayHours::parse("08:00-12:00, 13:30-17:05").unwrap();
        assert_eq!(
            day_hours(Language::Sv, &hours),
            "8 till 12, 13 30 till 17 05"
        );
        assert_eq!(
            day_hours(Language::Ar, &hours),
            "من 8 إلى 12، من 13 30 إلى 17 05"
        );
        assert_eq!(day_hours(Language::Sv, &DayHours::Closed), "Stängt");
        assert_eq!(
            day_hours(Language::Ar, &DayHours::Closed),
            t!(Language::Ar, "hours-closed")
        );
    }

    #[test]
    fn keyboard_keys_are_spoken_in_swedish_and_arabic_but_a_pin_pad_never_says_digits() {
        use crate::keyboard::{Key as K, Keyboard, LayoutId};
        let sv = Language::Sv;
        let ar = Language::Ar;
        let mut swedish = Keyboard::for_language(sv);
        assert_eq!(keyboard_key(sv, &swedish, K::Char("å")), "Å");
        assert_eq!(keyboard_key(sv, &swedish, K::Space), "Mellanslag");
        assert_eq!(keyboard_key(sv, &swedish, K::Backspace), "Radera");
        assert_eq!(keyboard_key(sv, &swedish, K::Shift), "Stor bokstav");
        assert_eq!(keyboard_key(sv, &swedish, K::Clear), "Töm");
        assert_eq!(
            keyboard_key(sv, &swedish, K::Switch),
            t!(sv, "speech-key-switch")
        );
        swedish.shift = true;
        assert_eq!(keyboard_key(sv, &swedish, K::Char("ä")), "Ä");
        let arabic = Keyboard::for_language(ar);
        assert_eq!(keyboard_key(ar, &arabic, K::Char("ب")), "ب");
        assert_eq!(keyboard_key(ar, &arabic, K::Space), "مسافة");
        assert_eq!(keyboard_key(ar, &arabic, K::Shift), t!(ar, "kb-shift"));
        assert_eq!(keyboard_key(ar, &arabic, K::Clear), t!(ar, "kb-clear"));
        let email = Keyboard::fixed(LayoutId::Email);
        assert_eq!(keyboard_key(sv, &email, K::Char(".se")), ".se");
        // A PIN pad: never the digit, in any language.
        let pin = Keyboard::pin();
        assert!(pin.secret);
        for digit in ["0", "1", "7", "9"] {
            assert_eq!(keyboard_key(sv, &pin, K::Char(digit)), "Siffra inmatad");
            let said = keyboard_key(ar, &pin, K::Char(digit));
            assert_eq!(said, t!(ar, "speech-digit-entered"));
            assert!(!said.contains(digit));
        }
        assert_eq!(keyboard_key(sv, &pin, K::Backspace), "Radera");
        // Any layout can be made secret.
        let secret = Keyboard::for_language(sv).secret();
        assert_eq!(keyboard_key(sv, &secret, K::Char("a")), "Siffra inmatad");
    }

    #[test]
    fn keys_are_spoken_but_pin_digits_never() {
        let sv = Language::Sv;
        assert_eq!(key(sv, &Key::Char('å'), Field::Plain), "Å");
        assert_eq!(key(sv, &Key::Char('7'), Field::Plain), "7");
        assert_eq!(key(sv, &Key::Space, Field::Plain), "Mellanslag");
        assert_eq!(key(sv, &Key::Backspace, Field::Plain), "Radera");
        assert_eq!(key(sv, &Key::Label("Klar".into()), Field::Plain), "Klar");
        for digit in '0'..='9' {
            let said = key(sv, &Key::Char(digit), Field::Secret);
            assert_eq!(said, "Siffra inmatad");
            assert!(!said.contains(digit));
            let said = key(Language::Ar, &Key::Char(digit), Field::Secret);
            assert_eq!(said, "تم إدخال رقم");
            assert!(!said.contains(digit));
        }
        assert_eq!(key(Language::Ar, &Key::Space, Field::Plain), "مسافة");
    }
}

//! The spoken text of each visitor screen in Swedish and Arabic: what
//! "Listen" reads, from each screen's `describe` (the same Fluent messages
//! the screen shows) through `speech::spoken::utterance`.

use chrono::{Duration, NaiveDate};
use medborgarkiosk::config::Config;
use medborgarkiosk::i18n::Language;
use medborgarkiosk::speech::spoken;
use medborgarkiosk::t;
use medborgarkiosk::ui::screen::home::Flow;
use medborgarkiosk::ui::screen::{home, hours, start};

fn monday() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn lines(text: &str) -> Vec<String> {
    text.lines().map(str::to_owned).collect()
}

#[test]
fn home_in_swedish_title_hint_then_tiles() {
    assert_eq!(
        lines(&spoken::utterance(&home::describe_flows(
            Language::Sv,
            &Flow::ALL
        ))),
        [
            "Vad vill du göra?",
            "Du kan alltid fråga personalen i receptionen.",
            "Kölapp.",
            "E-tjänster och blanketter.",
            &format!("{}.", t!(Language::Sv, "tile-synpunkt")),
            "Digitala verktyg.",
            "Kontakter.",
            "Nyheter och evenemang.",
            "Öppettider."
        ]
    );
}

#[test]
fn home_in_arabic_same_order_from_arabic_messages() {
    let ar = Language::Ar;
    let spoken = lines(&spoken::utterance(&home::describe_flows(ar, &Flow::ALL)));
    assert_eq!(spoken.len(), 9, "{spoken:?}");
    assert!(spoken[0].starts_with(&t!(ar, "home-title")));
    assert!(spoken[1].starts_with(&t!(ar, "home-desk-hint")));
    assert_eq!(spoken[2], format!("{}.", t!(ar, "tile-queue")));
    assert_eq!(spoken[3], format!("{}.", t!(ar, "tile-guides")));
    assert_eq!(spoken[4], format!("{}.", t!(ar, "tile-synpunkt")));
    assert_eq!(spoken[5], format!("{}.", t!(ar, "tile-tools")));
    assert_eq!(spoken[6], format!("{}.", t!(ar, "tile-contacts")));
    assert_eq!(spoken[7], format!("{}.", t!(ar, "tile-news")));
    assert_eq!(spoken[8], format!("{}.", t!(ar, "tile-hours")));
    // Arabic text only, no Swedish left in.
    assert!(spoken.iter().all(|l| !l.contains("Öppettider")));
}

#[test]
fn start_reads_welcome_office_hours_prompt_then_languages_in_button_order() {
    let config = Config::default();
    let now = monday().and_hms_opt(9, 0, 0).unwrap();
    let spoken = lines(&spoken::utterance(&start::describe_at(
        &config,
        now,
        config.default_language(),
    )));
    let names: Vec<String> = config
        .languages
        .iter()
        .map(|l| format!("{}.", l.native_name()))
        .collect();
    assert_eq!(spoken[0], "Välkommen.");
    assert_eq!(spoken[1], format!("{}.", config.office.name));
    assert!(
        spoken[2].starts_with("Öppet idag") || spoken[2].starts_with("Stängt idag"),
        "{spoken:?}"
    );
    assert_eq!(spoken[3], "Tryck på ditt språk för att börja.");
    assert_eq!(spoken[4..], names[..]);
}

#[test]
fn start_of_an_arabic_first_kiosk_is_read_in_arabic() {
    let config = Config::parse(
        "kiosk_id = \"t\"\n[languages]\noffered = [\"ar\", \"sv\"]\n",
        std::path::Path::new("test.toml"),
    )
    .expect("test config");
    let now = monday().and_hms_opt(9, 0, 0).unwrap();
    let spoken = lines(&spoken::utterance(&start::describe_at(
        &config,
        now,
        config.default_language(),
    )));
    assert_eq!(spoken[0], format!("{}.", t!(Language::Ar, "welcome")));
    assert_eq!(
        spoken[3],
        format!("{}.", t!(Language::Ar, "start-touch-language"))
    );
    assert_eq!(spoken[4..], ["العربية.", "Svenska."]);
}

#[test]
fn hours_reads_the_seven_days_in_order_as_dates_starting_today() {
    let config = Config::default();
    for language in [Language::Sv, Language::Ar] {
        let text = hours::describe_week(&config.opening_hours, monday(), language);
        let spoken = lines(&spoken::utterance(&text));
        assert_eq!(spoken[0], t!(language, "hours-title").to_string() + ".");
        let days: Vec<&String> = spoken[1..]
            .iter()
            .filter(|l| !l.starts_with(&t!(language, "hours-changed")))
            .collect();
        assert_eq!(days.len(), 7, "{language}: {spoken:?}");
        let today = t!(
            language,
            "hours-today-date",
            date = spoken::date(language, monday())
        );
        assert!(days[0].starts_with(&today), "{language}: {}", days[0]);
        for (i, day) in days.iter().enumerate().skip(1) {
            let date = spoken::date(language, monday() + Duration::days(i as i64));
            assert!(day.starts_with(&date), "{language}: {day} ≠ {date}…");
        }
    }
}

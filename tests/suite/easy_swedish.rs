//! Lättläst svenska, the ninth language (issue 19): on Start beside
//! Svenska, its own texts on every screen, read aloud by the Swedish voice
//! at a slower rate, searched like Swedish, with Swedish news as its own.

use crate::support;

use medborgarkiosk::content::{Catalog, Target};
use medborgarkiosk::i18n::Language;
use medborgarkiosk::keyboard::{Keyboard, LayoutId};
use medborgarkiosk::speech::{Rate, VoiceTable};
use medborgarkiosk::t;
use medborgarkiosk::ui::app::LANDSCAPE;
use support::{Harness, Recorder};

const EASY: Language = Language::SvEasy;

#[test]
fn the_tag_is_bcp47_private_use_of_swedish_and_round_trips() {
    assert_eq!(EASY.code(), "sv-x-lattlast");
    assert_eq!("sv-x-lattlast".parse::<Language>(), Ok(EASY));
    assert_eq!("SV-X-LATTLAST".parse::<Language>(), Ok(EASY));
    assert_eq!(serde_json::to_string(&EASY).unwrap(), "\"sv-x-lattlast\"");
    assert_eq!(
        serde_json::from_str::<Language>("\"sv-x-lattlast\"").unwrap(),
        EASY
    );
    assert_eq!(EASY.base(), Language::Sv);
    assert_eq!(Language::En.base(), Language::En);
    assert!(!EASY.is_rtl());
    // Swedish for the keyboard and the voice, at its own slower rate.
    assert_eq!(LayoutId::for_language(EASY), LayoutId::Swedish);
    assert_eq!(Keyboard::for_language(EASY).layout, LayoutId::Swedish);
    assert_eq!(VoiceTable::builtin().voice(EASY), Some("sv"));
    assert_eq!(Rate::for_language(EASY), Rate::EASY);
    assert_eq!(Rate::for_language(Language::Sv), Rate::NORMAL);
    // Plural rules are Swedish: one and other.
    assert_eq!(
        t!(EASY, "queue-people-waiting", count = 1),
        "1 person väntar"
    );
}

#[test]
fn start_offers_it_beside_svenska_and_home_speaks_it() {
    let mut h = Harness::new(LANDSCAPE);
    let start = h.kiosk.describe();
    assert_eq!(start.choices[0], "Svenska");
    assert_eq!(start.choices[1], "Lättläst svenska");
    // "Välkommen" is the same word in both: greeted once.
    let welcomes = h.texts().iter().filter(|t| *t == "Välkommen").count();
    assert_eq!(welcomes, 1, "{:?}", h.texts());
    h.click("Lättläst svenska");
    assert_eq!(h.kiosk.session().language, EASY);
    let home = h.kiosk.describe();
    assert_eq!(home.title, t!(EASY, "home-title"));
    assert!(h.shows(EASY, &t!(EASY, "home-desk-hint")));
    // Its own words, not the ordinary Swedish ones, where they differ.
    assert_ne!(
        t!(EASY, "home-desk-hint"),
        t!(Language::Sv, "home-desk-hint")
    );
}

#[test]
fn it_is_read_with_the_swedish_voice_at_a_slower_rate() {
    let mut h = Harness::new(LANDSCAPE);
    let recorder: Recorder = h.listening();
    h.click("Lättläst svenska");
    h.click(&t!(EASY, "bar-listen"));
    let said = recorder.said();
    let rate = said.iter().position(|s| s == "(rate 80%)");
    assert!(rate.is_some(), "not read at 80 %: {said:?}");
    assert!(
        said.iter().any(|s| s.contains(&t!(EASY, "home-title"))),
        "{said:?}"
    );
    // Ordinary Swedish is read at the normal rate.
    recorder.clear();
    h.click(&t!(EASY, "bar-start-over"));
    h.click("Svenska");
    h.click("Lyssna");
    assert!(
        !recorder.said().iter().any(|s| s.starts_with("(rate")),
        "{:?}",
        recorder.said()
    );
}

#[test]
fn every_guide_has_its_own_easy_text_and_search_finds_it_by_the_ordinary_word() {
    let catalog = Catalog::bundled().expect("bundled content");
    for guide in catalog.guides() {
        let text = catalog.guide_text(&guide.id, EASY).expect("a text");
        assert!(!text.is_fallback, "{}: no lättläst text", guide.id);
        assert_eq!(text.language, EASY);
    }
    // Searched like Swedish: the ordinary words and the everyday ones.
    for (query, guide) in [
        ("bygglov", "bygglov"),
        ("försörjningsstöd", "ekonomiskt-bistand"),
        ("forskola", "forskola"),
    ] {
        let hits = catalog.search(query, EASY, 5);
        assert_eq!(
            hits.first().map(|h| &h.target),
            Some(&Target::Guide(guide.into())),
            "{query}: {hits:?}"
        );
    }
}

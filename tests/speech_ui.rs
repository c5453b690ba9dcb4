//! Speech in the kiosk (iced_test): Listen on every visitor screen, stop on
//! a screen change, Somali offered Swedish or English. Real espeak-ng
//! (`.ci/run` installs it); its audio goes to a player that never reads, so
//! an utterance stays "in progress" until the kiosk stops it.

mod support;

use medborgarkiosk::i18n::Language;
use medborgarkiosk::speech::{Espeak, Speaker, VoiceTable, Volume};
use medborgarkiosk::t;
use medborgarkiosk::ui::app::{Bar, LANDSCAPE, Message};
use support::Harness;

fn speaking_kiosk() -> Harness {
    let engine = Espeak::detect("espeak-ng")
        .expect("espeak-ng is installed (apt-get install espeak-ng)")
        .with_player(vec!["sleep".to_owned(), "30".to_owned()]);
    let speaker = Speaker::new(
        Some(Box::new(engine)),
        VoiceTable::builtin(),
        Volume::NORMAL,
    );
    let mut h = Harness::new(LANDSCAPE);
    h.kiosk = std::mem::replace(&mut h.kiosk, placeholder()).with_speaker(Some(speaker));
    h
}

fn placeholder() -> medborgarkiosk::ui::app::Kiosk {
    medborgarkiosk::ui::app::Kiosk::at(
        support::config(""),
        std::time::Instant::now(),
        chrono::NaiveDate::from_ymd_opt(2026, 11, 23)
            .unwrap()
            .and_hms_opt(12, 0, 0)
            .unwrap(),
    )
}

fn speaking(h: &Harness) -> bool {
    h.kiosk.speaker().is_some_and(Speaker::is_speaking)
}

#[test]
fn listen_is_on_every_visitor_screen() {
    let mut h = speaking_kiosk();
    assert!(h.shows(Language::Sv, "Lyssna"), "Start has Listen");
    h.click("Svenska");
    assert!(h.shows(Language::Sv, "Lyssna"), "Home has Listen");
    h.click("Öppettider");
    assert!(h.shows(Language::Sv, "Lyssna"), "Hours has Listen");
    for language in Language::ALL {
        h.send(Message::PickLanguage(language));
        assert!(
            h.shows(language, &t!(language, "bar-listen")),
            "{language}: no Listen button"
        );
    }
}

#[test]
fn no_engine_no_listen_button() {
    let mut h = Harness::new(LANDSCAPE);
    h.click("Svenska");
    assert!(!h.shows(Language::Sv, "Lyssna"));
}

#[test]
fn listen_reads_and_a_screen_change_stops_it() {
    let mut h = speaking_kiosk();
    h.click("Svenska");
    h.click("Lyssna");
    assert!(speaking(&h), "reading started");
    assert!(h.shows(Language::Sv, "Sluta läsa"));
    assert!(h.shows(Language::Sv, "Läs igen"));
    assert!(h.shows(Language::Sv, "Högre"));
    h.click("Högre");
    assert_eq!(h.kiosk.speaker().unwrap().volume(), Volume::new(120));
    // A screen change cancels speech at once.
    h.click("Öppettider");
    assert!(!speaking(&h), "speech stopped on screen change");
    h.click("Lyssna");
    assert!(speaking(&h));
    h.click("Sluta läsa");
    assert!(!speaking(&h));
    // The volume goes back to the default with the session.
    h.send(Message::Bar(Bar::StartOver));
    assert_eq!(h.kiosk.speaker().unwrap().volume(), Volume::NORMAL);
}

#[test]
fn somali_says_speech_is_not_available_and_offers_swedish() {
    let mut h = speaking_kiosk();
    let so = Language::So;
    h.click("Soomaali");
    h.click_in(so, &t!(so, "bar-listen"));
    assert!(!speaking(&h));
    assert!(
        h.shows(so, &t!(so, "speech-not-available")),
        "{:?}",
        h.texts()
    );
    assert!(h.shows(so, &t!(so, "speech-offer")));
    assert_eq!(
        h.kiosk.speech_offer(),
        Some(&[Language::Sv, Language::En][..])
    );
    h.click("Svenska");
    assert!(speaking(&h), "reads the screen in Swedish");
    assert!(h.kiosk.speech_offer().is_none());
    assert_eq!(h.kiosk.session().language, so, "the screen stays in Somali");
    h.send(Message::Bar(Bar::StartOver));
    assert!(!speaking(&h));
}

//! Speech in the kiosk (iced_test): Listen on every visitor screen, stop on
//! a screen change, Somali offered Swedish or English. Real espeak-ng
//! (`.ci/run` installs it); its audio goes to a player that never reads, so
//! an utterance stays "in progress" until the kiosk stops it.

use crate::support;

use medborgarkiosk::i18n::Language;
use medborgarkiosk::speech::Volume;
use medborgarkiosk::t;
use medborgarkiosk::ui::app::{Bar, LANDSCAPE, Message};
use support::Harness;

#[test]
fn listen_is_on_every_visitor_screen() {
    let Some(mut h) = Harness::speaking(LANDSCAPE) else {
        return;
    };
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
    let Some(mut h) = Harness::speaking(LANDSCAPE) else {
        return;
    };
    h.click("Svenska");
    h.click("Lyssna");
    assert!(h.is_speaking(), "reading started");
    assert!(h.shows(Language::Sv, "Sluta läsa"));
    assert!(h.shows(Language::Sv, "Läs igen"));
    assert!(h.shows(Language::Sv, "Högre"));
    h.click("Högre");
    assert_eq!(
        h.kiosk.speech().speaker.as_ref().unwrap().volume(),
        Volume::new(120)
    );
    // A screen change cancels the reading at once; with speech on for the
    // visit, the new screen says its title and how many choices it has.
    let home = h
        .kiosk
        .speech()
        .speaker
        .as_ref()
        .unwrap()
        .last_text()
        .map(str::to_owned);
    h.click("Öppettider");
    let now = h
        .kiosk
        .speech()
        .speaker
        .as_ref()
        .unwrap()
        .last_text()
        .map(str::to_owned);
    assert_ne!(now, home, "the reading of Home stopped");
    let now = now.unwrap();
    assert!(now.starts_with("Öppettider"), "{now}");
    assert!(now.contains("Antal val: 0"), "{now}");
    h.click("Sluta läsa");
    assert!(!h.is_speaking());
    h.click("Lyssna");
    assert!(h.is_speaking());
    h.click("Sluta läsa");
    assert!(!h.is_speaking());
    // The volume goes back to the default with the session.
    h.send(Message::Bar(Bar::StartOver));
    assert_eq!(
        h.kiosk.speech().speaker.as_ref().unwrap().volume(),
        Volume::NORMAL
    );
}

#[test]
fn somali_says_speech_is_not_available_and_offers_swedish() {
    let Some(mut h) = Harness::speaking(LANDSCAPE) else {
        return;
    };
    let so = Language::So;
    h.click("Soomaali");
    h.click_in(so, &t!(so, "bar-listen"));
    assert!(!h.is_speaking());
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
    assert!(h.is_speaking(), "reads the screen in Swedish");
    assert!(h.kiosk.speech_offer().is_none());
    assert_eq!(h.kiosk.session().language, so, "the screen stays in Somali");
    h.send(Message::Bar(Bar::StartOver));
    assert!(!h.is_speaking());
}

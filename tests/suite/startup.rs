//! Start-up (issue 9): the services that the Start screen does not need
//! reach the kiosk after its first frame, once; and the measuring walk
//! visits every screen state in every language.

use crate::support;

use medborgarkiosk::backend::Backend;
use medborgarkiosk::i18n::Language;
use medborgarkiosk::ui::app::{Flow, LANDSCAPE, Message};
use medborgarkiosk::ui::startup::{self, Ready};
use medborgarkiosk::ui::tools::screenshots::Shot;
use support::Harness;

#[test]
fn the_services_join_the_kiosk_when_ready_and_only_once() {
    let dir = tempfile::tempdir().unwrap();
    let config = support::config(&format!("data_dir = {:?}", dir.path()));
    let mut h = Harness::with(config.clone(), None, LANDSCAPE);
    // Before: the flows that need the central API are not offered.
    assert!(!h.kiosk.flows().contains(&Flow::Queue));
    assert!(!h.kiosk.flows().contains(&Flow::Synpunkt));
    assert!(h.kiosk.flows().contains(&Flow::Hours));

    let backend = Backend::start(&config, h.clock.clone()).expect("backend starts");
    let ready = Ready::new((Some(backend), None));
    h.send(Message::Ready(ready.clone()));
    assert!(h.kiosk.flows().contains(&Flow::Queue));
    assert!(h.kiosk.flows().contains(&Flow::Synpunkt));

    // The same message again (iced may clone it): nothing left to take,
    // the kiosk keeps its backend.
    assert!(ready.take().is_none());
    h.send(Message::Ready(ready));
    assert!(h.kiosk.flows().contains(&Flow::Queue));
}

/// Issue 24: the window's kiosk does not load its content before its
/// first frame (Start shows none of it); the content joins with the
/// services, and with it the tiles of the content flows, while nothing on
/// Start moves.
#[test]
fn the_content_joins_the_window_kiosk_with_the_services() {
    use medborgarkiosk::services::Content;
    use medborgarkiosk::ui::app::Kiosk;
    let dir = tempfile::tempdir().unwrap();
    let config = support::config(&format!("data_dir = {:?}", dir.path()));
    let mut h = Harness::with(config.clone(), None, LANDSCAPE);
    h.kiosk = Kiosk::awaiting_content(config.clone(), h.clock.clone());
    let start = h.layout().0;
    assert!(h.kiosk.catalog().guides().is_empty());
    for flow in [Flow::Guides, Flow::Contacts] {
        assert!(
            !h.kiosk.flows().contains(&flow),
            "{flow:?} before the content"
        );
    }

    let ready = Ready::started(startup::Started {
        services: (None, None),
        content: Some(Content::load(&config)),
    });
    h.send(Message::Ready(ready));
    assert!(!h.kiosk.catalog().guides().is_empty());
    for flow in [Flow::Guides, Flow::Contacts, Flow::Hours] {
        assert!(h.kiosk.flows().contains(&flow), "{flow:?} with the content");
    }
    assert_eq!(h.layout().0, start, "nothing on Start moved");
}

#[test]
fn the_services_thread_waits_for_the_first_frame_at_most_a_while() {
    // No frame is ever presented in a test: the services still start,
    // after SERVICES_AT_LATEST.
    let started = std::time::Instant::now();
    let (sender, receiver) = std::sync::mpsc::channel();
    let pending = startup::spawn_services(
        move || {
            let _ = sender.send(std::time::Instant::now());
            (None, None)
        },
        None,
    )
    .expect("thread");
    let at = receiver
        .recv_timeout(startup::SERVICES_AT_LATEST * 3)
        .expect("services started");
    assert!(at.duration_since(started) >= startup::SERVICES_AT_LATEST / 2);
    drop(pending);
}

#[test]
fn the_walk_visits_every_screen_in_every_language_once() {
    let languages = Language::ALL;
    let mut seen = Vec::new();
    while let Some(step) = medborgarkiosk::ui::tools::walk::walk_next(&languages) {
        seen.push(step);
        assert!(
            seen.len() <= Shot::ALL.len() * languages.len(),
            "the walk ends"
        );
    }
    assert_eq!(seen.len(), Shot::ALL.len() * languages.len());
    for shot in Shot::ALL {
        for language in languages {
            assert!(
                seen.contains(&(shot, language)),
                "{} {language}",
                shot.name()
            );
        }
    }
    // Over for good.
    assert!(medborgarkiosk::ui::tools::walk::walk_next(&languages).is_none());
}

/// Issue 24: the first frame is the final frame. When speech most likely
/// works, the Listen button has its place from the first frame, before the
/// speaker has started; when the speaker joins, nothing in the bar moves.
#[test]
fn the_listen_button_is_in_place_before_the_speaker_starts() {
    use medborgarkiosk::speech::{Speaker, VoiceTable, Volume};
    use medborgarkiosk::t;
    let listen = t!(Language::Sv, "bar-listen");
    let mut h = Harness::new(LANDSCAPE);
    let clock = h.clock.clone();
    h.kiosk =
        medborgarkiosk::ui::app::Kiosk::new(support::config(""), clock).expecting_speech(true);
    let before = h.layout().0;
    let listen_before = h.bounds_of(Language::Sv, &listen);
    // The speaker joins (the probe found espeak-ng).
    let speaker = Speaker::new(
        Some(Box::new(support::Recorder::default())),
        VoiceTable::builtin(),
        Volume::NORMAL,
    );
    h.send(Message::Ready(Ready::new((None, Some(speaker)))));
    assert_eq!(h.bounds_of(Language::Sv, &listen), listen_before);
    assert_eq!(
        h.layout().0,
        before,
        "nothing moved when the speaker joined"
    );
    // Not expected (no espeak-ng on PATH, or speech off): no button, and
    // none appears later unless the probe finds an engine.
    let mut h = Harness::new(LANDSCAPE);
    assert!(!h.shows(Language::Sv, &listen));
    h.send(Message::Ready(Ready::new((None, None))));
    assert!(!h.shows(Language::Sv, &listen));
}

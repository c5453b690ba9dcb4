//! Operable without sight (issue 18): flows driven by keys alone — no
//! clicks — with the spoken transcript checked beside the screen. The
//! kiosk's voice here is a recorder: it says nothing and keeps everything.

use crate::support;

use chrono::{TimeZone, Utc};
use medborgarkiosk::i18n::Language;
use medborgarkiosk::t;
use medborgarkiosk::ui::app::LANDSCAPE;
use medborgarkiosk::ui::focus::Role;
use medborgarkiosk::ui::screen::Screen;
use medborgarkiosk::ui::screen::synpunkt::Step;
use support::{Harness, LoopbackCentral};

const TOKEN: &str = "keys-test-token-0123456789abcdef";

/// Monday 23 November 2026, 10:00 in Stockholm: the office is open.
fn world() -> LoopbackCentral {
    LoopbackCentral::start(
        TOKEN,
        Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap(),
        None,
    )
}

fn kiosk(world: &LoopbackCentral) -> Harness {
    let config = world.kiosk_config("");
    let backend = world.backend(&config);
    Harness::with(config, Some(backend), LANDSCAPE)
}

/// From Home to the synpunkt's message, by keys: a complaint about the
/// citizen center's treatment.
fn to_the_message(h: &mut Harness) {
    let sv = Language::Sv;
    h.choose_by_keys(&t!(sv, "tile-synpunkt"));
    h.choose_by_keys(&t!(sv, "syn-intro-continue"));
    h.choose_by_keys("Klagomål");
    let catalog = h.kiosk.catalog().clone();
    h.choose_by_keys(catalog.area_name("citizen-center", sv).unwrap().value);
    h.choose_by_keys("Bemötande");
    h.choose_by_keys("Nästa");
}

fn is_ticket_number(text: &str) -> bool {
    text.len() == 4 && text.starts_with('A') && text[1..].chars().all(|c| c.is_ascii_digit())
}

#[test]
fn a_swedish_ticket_by_keys_alone_with_speech() {
    let world = world();
    let mut h = kiosk(&world);
    let voice = h.listening();
    let sv = Language::Sv;
    // The first key turns speech on and says where the focus is.
    assert_eq!(h.kiosk.focus(), None, "no focus ring for touch");
    h.key("Tab");
    assert_eq!(h.kiosk.speech_on(), Some(sv));
    let first = voice.transcript();
    assert!(first.contains(&t!(sv, "welcome")), "{first}");
    assert!(first.contains("Svenska"), "{first}");
    assert!(first.contains("1 av"), "{first}");
    h.key("Enter");
    assert_eq!(h.kiosk.screen(), &Screen::Home);
    assert!(voice.transcript().contains(&t!(sv, "home-title")));
    h.choose_by_keys(&t!(sv, "tile-queue"));
    h.choose_by_keys("Information och vägledning");
    voice.clear();
    h.choose_by_keys(&t!(sv, "queue-get-ticket"));
    let number = h.texts().into_iter().find(|t| is_ticket_number(t));
    let number = number.expect("a ticket number on screen");
    let said = voice.transcript();
    assert!(said.contains(&t!(sv, "queue-your-number")), "{said}");
    let spoken = medborgarkiosk::speech::spoken::ticket_number(sv, &number);
    assert!(said.contains(&spoken), "the number is said: {said}");
}

#[test]
fn an_arabic_ticket_by_keys_alone_mirrored() {
    let world = world();
    let mut h = kiosk(&world);
    let voice = h.listening();
    let ar = Language::Ar;
    h.key("Tab");
    h.choose_by_keys(&ar.native_name());
    assert_eq!(h.kiosk.session().language, ar);
    assert_eq!(
        h.kiosk.speech_on(),
        Some(ar),
        "speech follows the language chosen"
    );
    assert!(voice.transcript().contains(&t!(ar, "home-title")));
    h.choose_by_keys(&t!(ar, "tile-queue"));
    let service =
        medborgarkiosk::central::CentralConfig::demo().offices[0].services[0].names[&ar].clone();
    h.choose_by_keys(&service);
    voice.clear();
    h.choose_by_keys(&t!(ar, "queue-get-ticket"));
    assert!(
        h.texts().iter().any(|t| is_ticket_number(t)),
        "{:?}",
        h.texts()
    );
    // The arrows move spatially: Left and Right trade places in Arabic,
    // and the focus is never lost.
    h.key("ArrowLeft");
    assert!(h.kiosk.focused().is_some());
    h.key("ArrowRight");
    assert!(h.kiosk.focused().is_some());
}

#[test]
fn a_guide_is_opened_and_read_by_keys() {
    let world = world();
    let mut h = kiosk(&world);
    let voice = h.listening();
    let sv = Language::Sv;
    h.key("Tab");
    h.key("Enter");
    h.choose_by_keys(&t!(sv, "tile-guides"));
    let catalog = h.kiosk.catalog().clone();
    let guide = &catalog.guides()[0];
    let category = catalog
        .category_name(&guide.category, sv)
        .unwrap()
        .value
        .to_owned();
    let title = catalog
        .guide_text(&guide.id, sv)
        .unwrap()
        .value
        .title
        .clone();
    h.choose_by_keys(&category);
    voice.clear();
    h.choose_by_keys(&title);
    assert!(
        voice.transcript().contains(&title),
        "{}",
        voice.transcript()
    );
    // F1 says where you are and which keys do what.
    voice.clear();
    h.key("F1");
    assert!(
        voice.transcript().contains("Tabb"),
        "{}",
        voice.transcript()
    );
    // Escape goes back, one page at a time.
    h.key("Escape");
    assert_eq!(h.kiosk.screen().name(), "guides");
}

#[test]
fn an_anonymous_synpunkt_typed_on_a_physical_keyboard() {
    let world = world();
    let mut h = kiosk(&world);
    let voice = h.listening();
    h.key("Tab");
    h.key("Enter");
    to_the_message(&mut h);
    let step = |h: &Harness| match h.kiosk.screen() {
        Screen::Synpunkt(state) => state.step(),
        other => panic!("{other:?}"),
    };
    assert_eq!(step(&h), Step::Message);
    h.type_text("Hej på err");
    h.key("Backspace");
    h.type_text("!");
    match h.kiosk.screen() {
        Screen::Synpunkt(state) => assert_eq!(state.message_text(), "Hej på er!"),
        other => panic!("{other:?}"),
    }
    h.choose_by_keys("Nästa");
    h.choose_by_keys("Skicka anonymt");
    assert_eq!(step(&h), Step::Review);
    voice.clear();
    h.choose_by_keys("Skicka");
    assert_eq!(step(&h), Step::Receipt);
    let said = voice.transcript();
    assert!(said.contains("Tack för din synpunkt"), "{said}");
}

#[test]
fn every_control_of_start_and_home_is_reached_by_tab_and_the_focus_wraps() {
    let world = world();
    let mut h = kiosk(&world);
    let _voice = h.listening();
    h.key("Tab");
    let (_, count) = h.kiosk.focused().unwrap();
    let mut seen = Vec::new();
    for _ in 0..count {
        seen.push(h.kiosk.focused().unwrap().0);
        h.key("Tab");
    }
    // Round once: back at the first, every language on the way.
    assert_eq!(h.kiosk.focused().unwrap().0, seen[0]);
    for language in [Language::Sv, Language::Ar, Language::Ti] {
        assert!(seen.contains(&language.native_name()), "{seen:?}");
    }
    // Shift+Tab goes the other way: from the first to the last.
    h.shift_tab();
    assert_eq!(h.kiosk.focused().unwrap().0, *seen.last().unwrap());
}

#[test]
fn start_over_ends_speech_and_the_focus_for_the_next_visitor() {
    let world = world();
    let mut h = kiosk(&world);
    let _voice = h.listening();
    h.key("Tab");
    h.key("Enter");
    assert!(h.kiosk.speech_on().is_some());
    h.key("Home");
    assert_eq!(h.kiosk.screen(), &Screen::Start);
    assert_eq!(h.kiosk.speech_on(), None);
    assert_eq!(h.kiosk.focus(), None);
}

#[test]
fn are_you_still_there_is_said_and_speech_mode_gets_twice_the_quiet_time() {
    let world = world();
    let mut h = kiosk(&world);
    let voice = h.listening();
    let sv = Language::Sv;
    h.key("Tab");
    h.key("Enter");
    voice.clear();
    // 90 s of quiet would ask a touch visitor; a visitor in speech mode has 180.
    h.advance(91);
    assert_eq!(
        h.kiosk.idle_state(),
        medborgarkiosk::idle::IdleState::Active
    );
    h.advance(90);
    assert!(matches!(
        h.kiosk.idle_state(),
        medborgarkiosk::idle::IdleState::Asking { .. }
    ));
    assert!(
        voice.transcript().contains(&t!(sv, "idle-title")),
        "{}",
        voice.transcript()
    );
    let asked = voice.said().len();
    // Said again with ten seconds left.
    h.advance(9);
    assert_eq!(voice.said().len(), asked + 1, "{:?}", voice.said());
    // Any key extends.
    h.key("Tab");
    assert_eq!(
        h.kiosk.idle_state(),
        medborgarkiosk::idle::IdleState::Active
    );
}

#[test]
fn a_keypad_is_mapped_in_the_config_and_a_wrong_action_is_refused_with_its_line() {
    use medborgarkiosk::config::Config;
    let path = std::path::Path::new("kiosk.toml");
    let config = Config::parse(
        "kiosk_id = \"k\"\n[keypad]\nF13 = \"select\"\nF14 = \"back\"\n",
        path,
    )
    .unwrap();
    let map = medborgarkiosk::keys::Keymap::new(&config.keypad);
    assert_eq!(
        map.action("F14", false),
        Some(medborgarkiosk::keys::Action::Back)
    );
    let err = Config::parse("kiosk_id = \"k\"\n[keypad]\nF13 = \"launch\"\n", path)
        .unwrap_err()
        .to_string();
    assert!(err.contains("kiosk.toml") && err.contains('3'), "{err}");

    // A keypad's Back key goes back, as Escape does.
    let world = world();
    let config = world.kiosk_config("[keypad]\nF14 = \"back\"\n");
    let backend = world.backend(&config);
    let mut h = Harness::with(config, Some(backend), LANDSCAPE);
    h.key("Tab");
    h.key("Enter");
    h.choose_by_keys(&t!(Language::Sv, "tile-hours"));
    assert_eq!(h.kiosk.screen(), &Screen::Hours);
    h.key("F14");
    assert_eq!(h.kiosk.screen(), &Screen::Home);
}

#[test]
fn what_the_visitor_types_is_read_only_in_a_private_headset() {
    use medborgarkiosk::speech::{Speaker, VoiceTable, Volume};
    use medborgarkiosk::ui::app::Message;
    let world = world();
    let mut h = kiosk(&world);
    let (loudspeaker, headset) = (support::Recorder::default(), support::Recorder::default());
    let speaker = Speaker::new(
        Some(Box::new(loudspeaker.clone())),
        VoiceTable::builtin(),
        Volume::NORMAL,
    )
    .with_headphones(Some(Box::new(headset.clone())), Volume::new(60));
    h.kiosk = std::mem::replace(
        &mut h.kiosk,
        medborgarkiosk::ui::app::Kiosk::new(support::config(""), h.clock.clone()),
    )
    .with_speaker(Some(speaker));
    let sv = Language::Sv;
    // Plugged in on Start: speech on, in the headset.
    h.send(Message::Headset(true));
    assert_eq!(h.kiosk.speech_on(), Some(sv));
    assert!(headset.transcript().contains(&t!(sv, "welcome")));
    h.key("Enter");
    to_the_message(&mut h);
    const SECRET: &str = "Min granne Kalle Svensson";
    h.type_text(SECRET);
    h.key("F5"); // Repeat: the page again, in the headset.
    h.key("Tab");
    h.send(Message::Bar(medborgarkiosk::ui::app::Bar::Listen));
    assert!(
        headset.transcript().contains(SECRET),
        "the headset reads it: {}",
        headset.transcript()
    );
    // Unplugged: the loudspeaker says how much was typed, never what.
    h.send(Message::Headset(false));
    h.send(Message::Bar(medborgarkiosk::ui::app::Bar::Listen));
    let said = loudspeaker.transcript();
    assert!(!said.contains(SECRET), "on the loudspeaker: {said}");
    assert!(!said.contains("Kalle"), "on the loudspeaker: {said}");
    let count = SECRET.chars().count() as u32;
    assert!(
        said.contains(&t!(sv, "text-entered", count = count)),
        "{said}"
    );
}

#[test]
fn typing_on_the_loudspeaker_says_a_character_was_typed_not_which() {
    let world = world();
    let mut h = kiosk(&world);
    let voice = h.listening();
    let sv = Language::Sv;
    h.key("Tab");
    h.key("Enter");
    to_the_message(&mut h);
    voice.clear();
    h.type_text("Qz");
    assert_eq!(
        voice.said(),
        [t!(sv, "text-char-entered"), t!(sv, "text-char-entered")]
    );
}

#[test]
fn a_touch_visitor_hears_are_you_still_there_too() {
    let world = world();
    let mut h = kiosk(&world);
    let voice = h.listening();
    h.click("Svenska");
    assert_eq!(h.kiosk.speech_on(), None, "a touch visitor: no speech mode");
    h.advance(91);
    assert!(matches!(
        h.kiosk.idle_state(),
        medborgarkiosk::idle::IdleState::Asking { .. }
    ));
    assert!(
        voice.transcript().contains(&t!(Language::Sv, "idle-title")),
        "{:?}",
        voice.said()
    );
    // A tone first, then the question: two senses besides the screen.
    let said = voice.said();
    let chime = said.iter().position(|s| s == support::CHIME);
    let question = said
        .iter()
        .position(|s| s.contains(&t!(Language::Sv, "idle-title")));
    assert!(chime.is_some() && chime < question, "{said:?}");
}

/// Every screen and overlay the screenshots tool can put up, in Swedish and
/// Arabic: every touch target is a focusable control (nothing a finger can
/// reach is out of reach of the keys), and in Arabic the focus order on a
/// row runs right to left.
#[test]
fn every_touch_target_of_every_screen_is_reachable_by_keys() {
    use medborgarkiosk::ui::tools::screenshots::Shot;
    let config = support::config("");
    let mut checked = 0;
    for shot in support::kiosk_shots() {
        for language in [Language::Sv, Language::Ar] {
            let h = support::on_shot(&config, shot, language, LANDSCAPE);
            let (_, targets) = h.layout();
            let all = h.kiosk.focusables();
            // The text displays take the focus too, though no finger
            // presses them.
            let controls: Vec<_> = all
                .iter()
                .filter(|e| !matches!(e.role, Role::TextField { .. }))
                .collect();
            assert_eq!(
                controls.len(),
                targets.len(),
                "{} {language}: {} touch targets, {} reachable by keys: {:?}",
                shot.name(),
                targets.len(),
                controls.len(),
                controls.iter().map(|e| &e.label).collect::<Vec<_>>()
            );
            assert!(
                all.iter().all(|e| !e.label.trim().is_empty()),
                "{} {language}: a control without a spoken label",
                shot.name()
            );
            checked += 1;
        }
    }
    assert!(checked >= 60, "{checked} screens");

    // Arabic Home: the first two tiles share a row; the first is on the right.
    let h = support::on_shot(&config, Shot::Home, Language::Ar, LANDSCAPE);
    let _ = h.layout();
    let tiles = h.kiosk.focusables();
    let (first, second) = (tiles[0].bounds, tiles[1].bounds);
    assert!((first.y - second.y).abs() < 1.0, "{first:?} {second:?}");
    assert!(
        first.x > second.x,
        "right to left: {first:?} then {second:?}"
    );
}

#[test]
fn a_text_field_says_what_it_holds_only_in_a_headset() {
    let world = world();
    let mut h = kiosk(&world);
    let voice = h.listening();
    let sv = Language::Sv;
    h.key("Tab");
    h.key("Enter");
    to_the_message(&mut h);
    h.type_text("Hej");
    // The page opened with the focus on its text field; Tab to the first
    // key and Shift+Tab back.
    assert!(matches!(
        h.kiosk.focusables()[h.kiosk.focus().unwrap()].role,
        Role::TextField { .. }
    ));
    h.key("Tab");
    h.shift_tab();
    let said = voice.said().last().unwrap().clone();
    assert!(said.contains(&t!(sv, "focus-text-field")), "{said}");
    assert!(
        said.contains(&t!(sv, "text-entered", count = 3u32)),
        "{said}"
    );
    assert!(!said.contains("Hej"), "not on the loudspeaker: {said}");
    // In a headset: what it holds.
    if let Some(speaker) = h.kiosk.speech().speaker.as_mut() {
        speaker.set_headphones(true);
    }
    h.key("Tab");
    h.shift_tab();
    let said = voice.said().last().unwrap().clone();
    assert!(said.contains("Hej"), "in the headset: {said}");
}

#[test]
fn a_visitor_choosing_somali_keeps_the_voice_speech_began_in() {
    let world = world();
    let mut h = kiosk(&world);
    let _voice = h.listening();
    h.key("Tab");
    h.choose_by_keys(&Language::So.native_name());
    assert_eq!(h.kiosk.session().language, Language::So);
    // No Somali voice: speech goes on in Swedish rather than falling silent.
    assert_eq!(h.kiosk.speech_on(), Some(Language::Sv));
}

/// The focus follows the reading order of the main area on every screen:
/// row by row, and on a row from the start edge (right in Arabic). Keys of
/// our on-screen keyboard keep their physical order, as a keyboard does.
#[test]
fn the_focus_follows_the_reading_order_of_every_screen() {
    use medborgarkiosk::ui::tools::screenshots::Shot;
    let config = support::config("");
    let mut problems = Vec::new();
    for shot in support::kiosk_shots() {
        for language in [Language::Sv, Language::Ar] {
            // Start is in the kiosk's default language whoever stands there.
            let rtl = language == Language::Ar
                && !matches!(shot, Shot::Start | Shot::OutOfService)
                && !shot.name().starts_with("staff");
            let h = support::on_shot(&config, shot, language, LANDSCAPE);
            let _ = h.layout();
            let all = h.kiosk.focusables();
            for pair in all.windows(2) {
                let (a, b) = (&pair[0], &pair[1]);
                // The bar (on top, built after the main area) and keys.
                if a.bounds.y < 150.0 || b.bounds.y < 150.0 {
                    continue;
                }
                if matches!(a.role, Role::Key) || matches!(b.role, Role::Key) {
                    continue;
                }
                // A row: vertically overlapping (controls centred in cards
                // of different heights still share it).
                let next_row = b.bounds.y >= a.bounds.y + a.bounds.height;
                let same_row = !next_row && b.bounds.y + b.bounds.height > a.bounds.y;
                let onward = if rtl {
                    b.bounds.x < a.bounds.x
                } else {
                    b.bounds.x > a.bounds.x
                };
                if !(next_row || same_row && onward) {
                    problems.push(format!(
                        "{} {language}: {:?} then {:?}",
                        shot.name(),
                        a.label.chars().take(30).collect::<String>(),
                        b.label.chars().take(30).collect::<String>()
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

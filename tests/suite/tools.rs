//! Digital tools in the office (issue 23), on screen with iced_test: the
//! tile, every tool, the Wi-Fi page with its QR code and the password on
//! request (never on the loudspeaker), mirrored in Arabic, by keys alone,
//! and a ticket for digital help that tells the desk what it is about.

use crate::support;

use chrono::{TimeZone, Utc};
use medborgarkiosk::content::Catalog;
use medborgarkiosk::i18n::Language;
use medborgarkiosk::speech::{Speaker, VoiceTable, Volume};
use medborgarkiosk::t;
use medborgarkiosk::ui::app::{Bar, LANDSCAPE, Message, PORTRAIT};
use medborgarkiosk::ui::screen::{Screen, tools};
use support::{Harness, LoopbackCentral};

/// The bundled demo office's guest network password (resources/content/office.toml).
const PASSWORD: &str = "medborgare-2026";
const SSID: &str = "Botkyrka-Besok";

fn catalog() -> Catalog {
    Catalog::bundled().expect("bundled content is valid")
}

fn tool_title(id: &str, language: Language) -> String {
    let catalog = catalog();
    let text = catalog.tool_text(id, language).expect("a text");
    assert!(!text.is_fallback, "{id} has a text in {language}");
    text.value.title.clone()
}

/// Home → the tools tile.
fn to_tools(h: &mut Harness, language: Language) {
    h.click_in(language, &language.native_name());
    h.click_in(language, &t!(language, "tile-tools"));
    assert!(
        matches!(h.kiosk.screen(), Screen::Tools(_)),
        "{:?}",
        h.texts()
    );
}

#[test]
fn every_tool_opens_from_the_tile_with_its_steps() {
    let sv = Language::Sv;
    let catalog = catalog();
    assert_eq!(catalog.tools().len(), 7);
    let mut h = Harness::new(LANDSCAPE);
    to_tools(&mut h, sv);
    assert!(h.shows(sv, &t!(sv, "tools-intro")));
    assert!(h.shows(sv, &t!(sv, "tools-skills")));
    for tool in catalog.tools() {
        let title = tool_title(&tool.id, sv);
        h.click(&title);
        assert!(
            h.shows(sv, &t!(sv, "guide-steps")),
            "{}: {:?}",
            tool.id,
            h.texts()
        );
        let spoken = h.kiosk.describe();
        assert_eq!(spoken.title, title);
        assert!(
            spoken.body.iter().any(|b| b.starts_with("1. ")),
            "{spoken:?}"
        );
        // The drop-in page lists the office's times, in words.
        if tool.drop_in {
            assert!(h.shows(sv, &t!(sv, "tools-drop-in")));
            assert!(
                h.shows(sv, "tisdag: 13:00–15:00"),
                "drop-in times: {:?}",
                h.texts()
            );
        }
        h.send(Message::Bar(Bar::Back));
        assert!(h.shows(sv, &t!(sv, "tools-intro")));
    }
    h.send(Message::Bar(Bar::Back));
    assert_eq!(h.kiosk.screen(), &Screen::Home);
}

#[test]
fn the_wifi_page_shows_the_network_and_the_password_only_on_request() {
    let sv = Language::Sv;
    let mut h = Harness::new(LANDSCAPE);
    to_tools(&mut h, sv);
    h.click(&tool_title("wifi", sv));
    assert!(h.shows(sv, SSID), "{:?}", h.texts());
    assert!(h.shows(sv, &t!(sv, "tools-wifi-qr")));
    assert!(!h.texts().iter().any(|t| t.contains(PASSWORD)));
    assert!(!h.kiosk.describe().to_string().contains(PASSWORD));
    h.click(&t!(sv, "tools-wifi-show-password"));
    assert!(h.shows(sv, PASSWORD), "{:?}", h.texts());
    // Described for speech, the password is a private line only.
    let spoken = h.kiosk.describe();
    let line = spoken
        .body
        .iter()
        .position(|l| l.contains(PASSWORD))
        .expect("the password is described for a headset");
    assert!(spoken.private.contains(&line), "{spoken:?}");
    h.click(&t!(sv, "tools-wifi-hide-password"));
    assert!(!h.texts().iter().any(|t| t.contains(PASSWORD)));
}

#[test]
fn the_wifi_password_is_said_in_a_headset_never_on_the_loudspeaker() {
    let sv = Language::Sv;
    let mut h = Harness::new(LANDSCAPE);
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
    to_tools(&mut h, sv);
    h.click(&tool_title("wifi", sv));
    h.click(&t!(sv, "tools-wifi-show-password"));
    // On the loudspeaker: the page, with a notice in the password's place.
    h.send(Message::Bar(Bar::Listen));
    h.key("F5");
    let said = loudspeaker.transcript();
    assert!(said.contains(SSID), "{said}");
    assert!(
        said.contains(&t!(sv, "tools-wifi-password-not-read")),
        "{said}"
    );
    assert!(!said.contains(PASSWORD), "on the loudspeaker: {said}");
    // In a private headset the visitor hears it.
    h.send(Message::Headset(true));
    h.key("F5");
    assert!(
        headset.transcript().contains(PASSWORD),
        "{}",
        headset.transcript()
    );
    assert!(!loudspeaker.transcript().contains(PASSWORD));
}

#[test]
fn the_tools_are_mirrored_in_arabic_and_the_network_name_stays_left_to_right() {
    let ar = Language::Ar;
    for size in [LANDSCAPE, PORTRAIT] {
        let mut h = Harness::new(size);
        to_tools(&mut h, ar);
        let title = t!(ar, "tools-title");
        let b = h.bounds_of(ar, &title);
        assert!(
            b.x + b.width > size.width - 100.0,
            "{size:?}: title at {b:?}"
        );
        assert!(b.x > 100.0, "{size:?}: title at {b:?}");
        h.click_in(ar, &tool_title("wifi", ar));
        let heading = h.bounds_of(ar, &t!(ar, "guide-steps"));
        assert!(
            heading.x + heading.width > size.width * 0.5,
            "{size:?}: steps heading at {heading:?}"
        );
        // The network's name is shown as written, left to right.
        assert!(h.shows(Language::En, SSID), "{size:?}: {:?}", h.texts());
        h.click_in(ar, &t!(ar, "tools-wifi-show-password"));
        assert!(h.shows(Language::En, PASSWORD), "{size:?}: {:?}", h.texts());
    }
}

#[test]
fn the_tools_are_reachable_by_keys_alone() {
    let sv = Language::Sv;
    let mut h = Harness::new(LANDSCAPE);
    h.key("Tab");
    h.choose_by_keys("Svenska");
    h.choose_by_keys(&t!(sv, "tile-tools"));
    assert!(matches!(h.kiosk.screen(), Screen::Tools(_)));
    h.choose_by_keys(&tool_title("wifi", sv));
    h.choose_by_keys(&t!(sv, "tools-wifi-show-password"));
    assert!(h.shows(sv, PASSWORD), "{:?}", h.texts());
    h.key("Escape");
    h.choose_by_keys(&t!(sv, "tools-skills"));
    // The digital basics: the guides of their category.
    assert!(matches!(h.kiosk.screen(), Screen::Guides(_)));
    let e_mail = catalog()
        .guide_text("e-post", sv)
        .unwrap()
        .value
        .title
        .clone();
    assert!(h.shows(sv, &e_mail), "{:?}", h.texts());
}

/// Every language, both orientations, the largest text: the tools list and
/// the Wi-Fi page stay inside the screen's width.
#[test]
fn tool_screens_fit_the_width_in_every_language() {
    use medborgarkiosk::session::TextSize;
    let mut problems = Vec::new();
    for size in [LANDSCAPE, PORTRAIT] {
        for language in Language::ALL {
            let mut h = Harness::new(size);
            h.click_in(language, &language.native_name());
            h.send(Message::Bar(Bar::TextSize(TextSize::Largest)));
            h.click_in(language, &t!(language, "tile-tools"));
            for page in ["list", "wifi"] {
                if page == "wifi" {
                    // At the largest text the tile may be scrolled out of
                    // view: opened as its touch would.
                    h.send(Message::from(tools::Message::Open("wifi".into())));
                    h.send(Message::from(tools::Message::ShowPassword(true)));
                    assert!(h.shows(Language::En, PASSWORD), "{language} {size:?}");
                }
                for (text, b) in h.layout().0 {
                    if b.x < -0.5 || b.x + b.width > size.width + 0.5 {
                        problems.push(format!(
                            "{page} {language} {size:?}: {text:?} outside at {b:?}"
                        ));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

const TOKEN: &str = "tools-test-token-0123456789abcdef";

/// The reference central API on loopback on Monday 23 November 2026 at
/// 10:00 in Stockholm (help with e-services is open), and a kiosk on it.
fn world() -> (LoopbackCentral, Harness) {
    let at = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
    let central = LoopbackCentral::start(TOKEN, at, None);
    let config = central.kiosk_config("");
    let backend = central.backend(&config);
    let h = Harness::with(config, Some(backend), LANDSCAPE);
    (central, h)
}

#[test]
fn a_ticket_for_help_from_a_tool_tells_the_desk_which_tool() {
    let sv = Language::Sv;
    let (central, mut h) = world();
    to_tools(&mut h, sv);
    let wifi = tool_title("wifi", sv);
    h.click(&wifi);
    h.click(&t!(sv, "guide-help-from-staff"));
    // Help with e-services and digital tools is chosen already.
    assert_eq!(h.kiosk.describe().title, t!(sv, "queue-needs-title"));
    h.click(&t!(sv, "queue-get-ticket"));
    let about = t!(sv, "ticket-topic", topic = wifi.clone());
    assert!(h.shows(sv, &about), "{:?}", h.texts());
    assert!(h.kiosk.describe().body.contains(&about));
    let called = central.call_next("1").expect("the ticket is waiting");
    assert_eq!(called.topic.as_deref(), Some("tool:wifi"));
    assert_eq!(called.service_id, "e-services");
}

#[test]
fn a_ticket_for_help_from_a_skills_guide_tells_the_desk_which_guide() {
    let sv = Language::Sv;
    let (central, mut h) = world();
    to_tools(&mut h, sv);
    h.click(&t!(sv, "tools-skills"));
    let e_mail = catalog()
        .guide_text("e-post", sv)
        .unwrap()
        .value
        .title
        .clone();
    h.click(&e_mail);
    h.click(&t!(sv, "guide-help-from-staff"));
    h.click(&t!(sv, "queue-get-ticket"));
    assert!(
        h.shows(sv, &t!(sv, "ticket-topic", topic = e_mail)),
        "{:?}",
        h.texts()
    );
    let called = central.call_next("2").expect("the ticket is waiting");
    assert_eq!(called.topic.as_deref(), Some("guide:e-post"));
}

#[test]
fn the_guides_of_the_digital_basics_point_to_each_other_and_list_drop_in() {
    let sv = Language::Sv;
    let catalog = catalog();
    let guide = catalog.guide("digital-hjalp").unwrap();
    assert!(guide.drop_in);
    let mut h = Harness::new(LANDSCAPE);
    to_tools(&mut h, sv);
    h.click(&t!(sv, "tools-skills"));
    let title = catalog
        .guide_text("digital-hjalp", sv)
        .unwrap()
        .value
        .title
        .clone();
    h.click(&title);
    assert!(h.shows(sv, &t!(sv, "tools-drop-in")), "{:?}", h.texts());
    assert!(h.shows(sv, "torsdag: 09:30–11:30"), "{:?}", h.texts());
    assert!(h.shows(sv, &t!(sv, "guide-related")));
    // A related guide opens from the page (below the steps: by keys).
    let related = &guide.related[0];
    let related_title = catalog.guide_text(related, sv).unwrap().value.title.clone();
    h.choose_by_keys(&related_title);
    assert_eq!(h.kiosk.describe().title, related_title);
}

//! E-services, forms and contacts on screen (iced_test): category → guide
//! → QR code, in Swedish and mirrored in Arabic; contacts mirrored; a guide
//! missing in the visitor's language is shown in Swedish and says so;
//! "I want help from staff" opens the queue for help with e-services.

use crate::support;

use std::sync::Arc;

use chrono::{TimeZone, Utc};
use medborgarkiosk::content::Catalog;
use medborgarkiosk::i18n::Language;
use medborgarkiosk::t;
use medborgarkiosk::ui::app::{Bar, LANDSCAPE, Message, PORTRAIT};
use medborgarkiosk::ui::screen::Screen;
use support::{Harness, LoopbackCentral, config};

/// The first category of the bundled catalog, and its first guide's title,
/// in `language`.
fn first_category_and_guide(language: Language) -> (String, String) {
    let catalog = Catalog::bundled().expect("bundled content is valid");
    let category = &catalog.categories()[0];
    let name = catalog.category_name(&category.id, language).unwrap();
    assert!(!name.is_fallback, "bundled content has every language");
    let guide = catalog.guides_in(&category.id).next().unwrap();
    let title = catalog.guide_text(&guide.id, language).unwrap();
    (name.value.to_owned(), title.value.title.clone())
}

#[test]
fn swedish_category_then_guide_shows_steps_and_the_qr_code() {
    let sv = Language::Sv;
    let mut h = Harness::new(LANDSCAPE);
    h.click("Svenska");
    h.click(&t!(sv, "tile-guides"));
    assert!(matches!(h.kiosk.screen(), Screen::Guides(_)));
    assert!(h.shows(sv, &t!(sv, "guides-choose-category")));
    let (category, title) = first_category_and_guide(sv);
    h.click(&category);
    assert!(
        h.shows(sv, &t!(sv, "guides-choose-guide")),
        "{:?}",
        h.texts()
    );
    h.click(&title);
    assert!(h.shows(sv, &title));
    assert!(h.shows(sv, &t!(sv, "guide-steps")));
    assert!(
        h.shows(sv, &t!(sv, "guide-continue-on-phone")),
        "{:?}",
        h.texts()
    );
    // Not a Swedish fallback: no note about it.
    assert!(!h.shows(sv, &t!(sv, "guides-in-swedish")));
    // Without a queue backend there is no help-from-staff button.
    assert!(!h.shows(sv, &t!(sv, "guide-help-from-staff")));
    let spoken = h.kiosk.describe();
    assert_eq!(spoken.title, title);
    assert!(
        spoken.body.iter().any(|b| b.starts_with("1. ")),
        "{spoken:?}"
    );

    // Back walks up the flow: the list, the categories, then Home.
    h.send(Message::Bar(Bar::Back));
    assert!(h.shows(sv, &t!(sv, "guides-choose-guide")));
    h.send(Message::Bar(Bar::Back));
    assert!(h.shows(sv, &t!(sv, "guides-choose-category")));
    h.send(Message::Bar(Bar::Back));
    assert_eq!(h.kiosk.screen(), &Screen::Home);
}

#[test]
fn arabic_guide_is_mirrored_with_the_qr_code() {
    let ar = Language::Ar;
    for size in [LANDSCAPE, PORTRAIT] {
        let mut h = Harness::new(size);
        h.click_in(ar, "العربية");
        h.click_in(ar, &t!(ar, "tile-guides"));
        let (category, title) = first_category_and_guide(ar);
        h.click_in(ar, &category);
        h.click_in(ar, &title);
        assert!(
            h.shows(ar, &t!(ar, "guide-continue-on-phone")),
            "{size:?}: {:?}",
            h.texts()
        );
        // Right to left: the title ends near the right edge, far from the left.
        let b = h.bounds_of(ar, &title);
        assert!(
            b.x + b.width > size.width - 100.0,
            "{size:?}: title at {b:?}"
        );
        assert!(b.x > 100.0, "{size:?}: title at {b:?}");
        let heading = h.bounds_of(ar, &t!(ar, "guide-steps"));
        assert!(
            heading.x + heading.width > size.width * 0.5,
            "{size:?}: steps heading at {heading:?}"
        );
        assert!(h.kiosk.describe().title == title);
    }
}

#[test]
fn arabic_contacts_are_mirrored_and_numbers_stay_left_to_right() {
    let ar = Language::Ar;
    let catalog = Catalog::bundled().unwrap();
    let contact = catalog
        .contacts()
        .iter()
        .find(|c| c.phone.is_some())
        .expect("a contact with a phone number");
    let name = catalog
        .contact_text(&contact.id, ar)
        .unwrap()
        .value
        .name
        .clone();
    let phone = contact.phone.clone().unwrap();
    let size = LANDSCAPE;
    let mut h = Harness::new(size);
    h.click_in(ar, "العربية");
    h.click_in(ar, &t!(ar, "tile-contacts"));
    assert!(matches!(h.kiosk.screen(), Screen::Contacts(_)));
    let list_title = h.bounds_of(ar, &t!(ar, "contacts-title"));
    assert!(
        list_title.x + list_title.width > size.width - 100.0,
        "{list_title:?}"
    );
    h.click_in(ar, &name);
    let title = h.bounds_of(ar, &name);
    assert!(
        title.x + title.width > size.width - 100.0,
        "title at {title:?}"
    );
    assert!(h.shows(ar, &t!(ar, "contact-phone")));
    assert!(
        h.shows(ar, &t!(ar, "contact-call-on-phone")),
        "{:?}",
        h.texts()
    );
    // The number is drawn left to right (no RLM), at the right-hand start edge.
    let number = h.bounds_of(Language::En, &phone);
    assert!(
        number.x + number.width > size.width * 0.6,
        "number at {number:?}"
    );
    // The QR card is on the left: the end edge in Arabic.
    let qr = h.bounds_of(ar, &t!(ar, "contact-call-on-phone"));
    assert!(qr.x + qr.width < size.width * 0.5, "QR heading at {qr:?}");
    h.send(Message::Bar(Bar::Back));
    assert!(h.shows(ar, &t!(ar, "contacts-choose")));
}

#[test]
fn forms_list_what_each_is_for_and_where_to_hand_it_in() {
    let sv = Language::Sv;
    let catalog = Catalog::bundled().unwrap();
    let form = &catalog.forms()[0];
    let text = catalog.form_text(&form.id, sv).unwrap().value.clone();
    let mut h = Harness::new(LANDSCAPE);
    h.click("Svenska");
    h.click(&t!(sv, "tile-guides"));
    h.click(&t!(sv, "forms-title"));
    assert!(h.shows(sv, &text.title), "{:?}", h.texts());
    assert!(h.shows(sv, &text.purpose));
    assert!(h.shows(sv, &t!(sv, "forms-hand-in")));
}

/// An override directory that has only Swedish and English texts.
fn fixture_config() -> Arc<medborgarkiosk::config::Config> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/content/good");
    config(&format!("[content]\ndir = {dir:?}\n"))
}

#[test]
fn a_guide_missing_in_the_visitors_language_is_shown_in_swedish_and_says_so() {
    let ar = Language::Ar;
    let mut h = Harness::with(fixture_config(), None, LANDSCAPE);
    h.click_in(ar, "العربية");
    h.click_in(ar, &t!(ar, "tile-guides"));
    // The category name is Swedish too, drawn left to right.
    h.click("Bo och bygga");
    h.click("Bygglov");
    assert!(h.shows(ar, &t!(ar, "guides-in-swedish")), "{:?}", h.texts());
    assert!(h.shows(Language::Sv, "Ansök."));
    assert!(h.shows(ar, &t!(ar, "guide-continue-on-phone")));
    assert!(
        h.kiosk.describe().body[0] == t!(ar, "guides-in-swedish"),
        "speech says so first"
    );

    // English exists in the override: no note.
    let en = Language::En;
    let mut h = Harness::with(fixture_config(), None, LANDSCAPE);
    h.click("English");
    h.click(&t!(en, "tile-guides"));
    let catalog = Catalog::load(std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/content/good"
    )))
    .unwrap();
    let category = catalog.category_name("housing-building", en).unwrap();
    assert!(!category.is_fallback);
    h.click(category.value);
    let title = catalog
        .guide_text("bygglov", en)
        .unwrap()
        .value
        .title
        .clone();
    h.click(&title);
    assert!(h.shows(en, &t!(en, "guide-continue-on-phone")));
    assert!(!h.shows(en, &t!(en, "guides-in-swedish")));
}

const TOKEN: &str = "guides-test-token-0123456789abcdef";

/// The reference central API on loopback, its clock on Monday 23 November
/// 2026 at 10:00 in Stockholm (help with e-services is open).
struct World(LoopbackCentral);

impl World {
    fn start() -> World {
        let at = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
        World(LoopbackCentral::start(TOKEN, at, None))
    }

    fn kiosk(&self) -> Harness {
        let config = self.0.kiosk_config("");
        let backend = self.0.backend(&config);
        Harness::with(config, Some(backend), LANDSCAPE)
    }
}

#[test]
fn help_from_staff_opens_the_queue_for_help_with_e_services() {
    let world = World::start();
    let sv = Language::Sv;
    let mut h = world.kiosk();
    h.click("Svenska");
    h.click(&t!(sv, "tile-guides"));
    let (category, title) = first_category_and_guide(sv);
    h.click(&category);
    h.click(&title);
    h.click(&t!(sv, "guide-help-from-staff"));
    assert!(matches!(h.kiosk.screen(), Screen::Queue(_)));
    // The e-services help is chosen already: the visitor is at the needs
    // step, one touch from the ticket.
    let screen = h.kiosk.describe();
    assert_eq!(screen.title, t!(sv, "queue-needs-title"), "{screen:?}");
    assert!(
        screen
            .body
            .contains(&"Hjälp med e-tjänster och digitala verktyg".to_owned()),
        "{screen:?}"
    );
    h.click(&t!(sv, "queue-get-ticket"));
    assert!(
        h.texts().iter().any(|t| t.starts_with('B') && t.len() == 4),
        "a B ticket (help with e-services): {:?}",
        h.texts()
    );
}

/// The new screens in every language, both orientations, at the largest
/// text size: nothing runs off the sides (lists scroll vertically).
#[test]
fn guide_screens_fit_the_width_in_every_language() {
    use medborgarkiosk::session::TextSize;
    let catalog = Catalog::bundled().unwrap();
    let mut problems = Vec::new();
    for size in [LANDSCAPE, PORTRAIT] {
        for language in Language::ALL {
            let mut h = Harness::new(size);
            h.click_in(language, &language.native_name());
            h.send(Message::Bar(Bar::TextSize(TextSize::Largest)));
            let (category, title) = first_category_and_guide(language);
            let contact = &catalog.contacts()[0];
            let contact = catalog.contact_text(&contact.id, language).unwrap();
            let steps: [(&str, Option<String>); 5] = [
                ("home", None),
                ("categories", Some(t!(language, "tile-guides"))),
                ("list", Some(category)),
                ("guide", Some(title)),
                ("contact", None),
            ];
            for (name, click) in steps {
                if name == "contact" {
                    h.send(Message::Bar(Bar::StartOver));
                    h.click_in(language, &language.native_name());
                    h.send(Message::Bar(Bar::TextSize(TextSize::Largest)));
                    h.click_in(language, &t!(language, "tile-contacts"));
                    h.click_in(language, &contact.value.name);
                } else if let Some(text) = click {
                    h.click_in(language, &text);
                }
                for (text, b) in h.layout().0 {
                    if b.x < -0.5 || b.x + b.width > size.width + 0.5 {
                        problems.push(format!(
                            "{name} {language} {size:?}: {text:?} outside at {b:?}"
                        ));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

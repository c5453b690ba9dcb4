//! The on-screen search (iced_test): typed on our own keyboard, results as
//! you type, touching a result opens the guide or the contact; Swedish
//! without diacritics, Arabic (mirrored), the contacts search in Arabic;
//! and keys spoken while speech is on.

use crate::support;

use medborgarkiosk::content::Catalog;
use medborgarkiosk::i18n::Language;
use medborgarkiosk::t;
use medborgarkiosk::ui::app::{Bar, LANDSCAPE, Message, PORTRAIT};
use medborgarkiosk::ui::keyboard::display_content;
use medborgarkiosk::ui::screen::Screen;
use medborgarkiosk::ui::screen::{contacts, guides};
use support::Harness;

fn guide_title(id: &str, language: Language) -> String {
    let catalog = Catalog::bundled().unwrap();
    catalog
        .guide_text(id, language)
        .unwrap()
        .value
        .title
        .clone()
}

fn contact_name(id: &str, language: Language) -> String {
    let catalog = Catalog::bundled().unwrap();
    catalog
        .contact_text(id, language)
        .unwrap()
        .value
        .name
        .clone()
}

fn open_search(h: &mut Harness, language: Language, contacts: bool) {
    h.click_in(language, &language.native_name());
    if contacts {
        h.click_in(language, &t!(language, "tile-contacts"));
    } else {
        h.click_in(language, &t!(language, "tile-guides"));
    }
    h.click_in(language, &t!(language, "search-button"));
    assert!(h.shows(language, &t!(language, "search-title")));
    let hint = if contacts {
        t!(language, "search-contacts-hint")
    } else {
        t!(language, "search-hint")
    };
    assert!(h.shows(language, &hint), "{:?}", h.texts());
}

#[test]
fn swedish_search_without_diacritics_finds_the_preschool_guide_as_you_type() {
    let sv = Language::Sv;
    let mut h = Harness::new(LANDSCAPE);
    open_search(&mut h, sv, false);
    let preschool = guide_title("forskola", sv);
    h.type_keys(sv, &["f", "o", "r", "s"]);
    assert!(h.shows(sv, &display_content("fors")));
    // Results while typing: a prefix already finds it.
    assert!(h.shows(sv, &preschool), "{:?}", h.texts());
    h.type_keys(sv, &["k", "o", "l", "a"]);
    assert!(h.shows(sv, &display_content("forskola")));
    assert!(h.shows(sv, &preschool));
    // Ranked: the guide is the first result read aloud.
    let described = h.kiosk.describe();
    assert_eq!(described.title, t!(sv, "search-title"));
    assert_eq!(described.choices.first(), Some(&preschool));

    h.click(&preschool);
    let Screen::Guides(state) = h.kiosk.screen() else {
        panic!("not on the guides screen");
    };
    assert!(matches!(&state.page, guides::Page::Guide { id, .. } if id == "forskola"));
    assert!(h.shows(sv, &t!(sv, "guide-continue-on-phone")));
    // Back returns to the results, the query kept.
    h.send(Message::Bar(Bar::Back));
    assert!(h.shows(sv, &display_content("forskola")));
    // Clearing shows the hint again; nothing typed finds nothing.
    h.click("Töm");
    assert!(h.shows(sv, &t!(sv, "search-hint")));
    h.type_keys(sv, &["q", "x", "q", "z"]);
    assert!(h.shows(sv, &t!(sv, "search-no-results")));
    h.send(Message::Bar(Bar::Back));
    assert!(h.shows(sv, &t!(sv, "guides-choose-category")));
}

#[test]
fn arabic_search_is_mirrored_and_opens_the_guide() {
    let ar = Language::Ar;
    for size in [LANDSCAPE, PORTRAIT] {
        let mut h = Harness::new(size);
        open_search(&mut h, ar, false);
        // روضة typed with taa marbuta; the index folds it.
        h.type_keys(ar, &["ر", "و", "ض", "ة"]);
        assert!(h.shows(ar, &display_content("روضة")));
        let shown = h.bounds_of(ar, &display_content("روضة"));
        assert!(
            shown.x + shown.width > size.width - 120.0,
            "the Arabic query sits on the right: {shown:?}"
        );
        let preschool = guide_title("forskola", ar);
        assert!(h.shows(ar, &preschool), "{:?}", h.texts());
        let result = h.bounds_of(ar, &preschool);
        assert!(
            // The result's pictogram stands at the start (the right), then
            // its title.
            result.x + result.width > size.width - 240.0,
            "the first result is at the right edge: {result:?}"
        );
        assert_eq!(h.kiosk.describe().choices.first(), Some(&preschool));
        h.click_in(ar, &preschool);
        assert!(h.shows(ar, &preschool));
        assert!(h.shows(ar, &t!(ar, "guide-continue-on-phone")));
    }
}

#[test]
fn arabic_contacts_search_is_mirrored_and_opens_the_contact() {
    let ar = Language::Ar;
    let mut h = Harness::new(LANDSCAPE);
    open_search(&mut h, ar, true);
    h.type_keys(ar, &["ا", "ل", "ض", "ر", "ا", "ئ", "ب"]);
    let name = contact_name("skatteverket", ar);
    assert!(h.shows(ar, &name), "{:?}", h.texts());
    let result = h.bounds_of(ar, &name);
    assert!(
        result.x + result.width > LANDSCAPE.width - 240.0,
        "mirrored: {result:?}"
    );
    // Only contacts: no guide about tax returns.
    assert!(!h.shows(ar, &guide_title("deklaration", ar)));
    h.click_in(ar, &name);
    let Screen::Contacts(state) = h.kiosk.screen() else {
        panic!("not on the contacts screen");
    };
    assert!(matches!(&state.page, contacts::Page::Contact { id, .. } if id == "skatteverket"));
    assert!(h.shows(ar, &t!(ar, "contact-call-on-phone")));
    h.send(Message::Bar(Bar::Back));
    assert!(h.shows(ar, &name), "back to the results");
}

#[test]
fn a_contact_found_from_the_e_services_search_opens_on_the_contacts_screen() {
    let sv = Language::Sv;
    let mut h = Harness::new(LANDSCAPE);
    open_search(&mut h, sv, false);
    h.type_keys(
        sv,
        &["s", "k", "a", "t", "t", "e", "v", "e", "r", "k", "e", "t"],
    );
    let name = contact_name("skatteverket", sv);
    assert!(h.shows(sv, &name), "{:?}", h.texts());
    h.click(&name);
    assert!(matches!(
        h.kiosk.screen(),
        Screen::Contacts(state) if matches!(&state.page, contacts::Page::Contact { id, .. } if id == "skatteverket")
    ));
    // Back returns to where the visitor came from: the e-services search,
    // its query and results kept — not the contacts list.
    h.send(Message::Bar(Bar::Back));
    let Screen::Guides(state) = h.kiosk.screen() else {
        panic!("back went to {:?}", h.kiosk.screen().name());
    };
    assert!(matches!(state.page, guides::Page::Search(_)));
    assert!(h.shows(sv, &display_content("skatteverket")));
    assert!(h.shows(sv, &name), "{:?}", h.texts());
    // Once more: the contact, then back to the results again.
    h.click(&name);
    h.send(Message::Bar(Bar::Back));
    assert!(h.shows(sv, &display_content("skatteverket")));
    // From the search: the categories, then Home.
    h.send(Message::Bar(Bar::Back));
    assert!(h.shows(sv, &t!(sv, "guides-choose-category")));
    h.send(Message::Bar(Bar::Back));
    assert_eq!(h.kiosk.screen(), &Screen::Home);
}

#[test]
fn a_contact_opened_from_the_contacts_list_goes_back_to_the_list() {
    let sv = Language::Sv;
    let mut h = Harness::new(LANDSCAPE);
    h.click_in(sv, &sv.native_name());
    h.click_in(sv, &t!(sv, "tile-contacts"));
    // (Skatteverket is below the fold: the message its card sends.)
    h.send(Message::from(contacts::Message::Open(
        "skatteverket".into(),
    )));
    assert!(h.shows(sv, &t!(sv, "contact-call-on-phone")));
    h.send(Message::Bar(Bar::Back));
    let Screen::Contacts(state) = h.kiosk.screen() else {
        panic!("back left the contacts screen");
    };
    assert!(matches!(state.page, contacts::Page::List));
}

#[test]
fn a_form_found_by_the_search_goes_back_to_the_results() {
    let sv = Language::Sv;
    let mut h = Harness::new(LANDSCAPE);
    open_search(&mut h, sv, false);
    h.type_keys(sv, &["f", "u", "l", "l", "m", "a", "k", "t"]);
    let catalog = Catalog::bundled().unwrap();
    let form = catalog
        .form_text("fullmakt", sv)
        .unwrap()
        .value
        .title
        .clone();
    assert!(h.shows(sv, &form), "{:?}", h.texts());
    h.click(&form);
    let Screen::Guides(state) = h.kiosk.screen() else {
        panic!("not on the guides screen");
    };
    assert!(matches!(state.page, guides::Page::Forms { .. }));
    h.send(Message::Bar(Bar::Back));
    assert!(h.shows(sv, &display_content("fullmakt")), "{:?}", h.texts());
    h.send(Message::Bar(Bar::Back));
    assert!(h.shows(sv, &t!(sv, "guides-choose-category")));
}

#[test]
fn keys_are_spoken_once_the_visitor_uses_speech() {
    let sv = Language::Sv;
    let Some(mut h) = Harness::speaking(LANDSCAPE) else {
        return;
    };
    open_search(&mut h, sv, false);
    // Speech not on: typing is silent.
    h.click("a");
    assert!(!h.is_speaking());
    assert_eq!(h.kiosk.speech_on(), None);

    h.click("Lyssna");
    assert!(h.is_speaking());
    assert_eq!(h.kiosk.speech_on(), Some(sv));
    h.click("Sluta läsa");
    h.click("b");
    assert!(h.is_speaking(), "the key is being spoken");
    // On the loudspeaker: that a character was typed, never which.
    assert_eq!(
        h.kiosk.speech().speaker.as_ref().unwrap().last_text(),
        Some(t!(sv, "text-char-entered").as_str())
    );
    h.click("Mellanslag");
    assert_eq!(
        h.kiosk.speech().speaker.as_ref().unwrap().last_text(),
        Some("Mellanslag")
    );
    h.click("Radera");
    assert_eq!(
        h.kiosk.speech().speaker.as_ref().unwrap().last_text(),
        Some("Radera")
    );
    assert!(h.shows(sv, &display_content("ab")));
    // A language change mid-search: keys are spoken in the new language.
    h.send(Message::PickLanguage(Language::Ar));
    assert_eq!(h.kiosk.speech_on(), Some(Language::Ar));
    h.click_in(Language::Ar, &t!(Language::Ar, "kb-backspace"));
    assert_eq!(
        h.kiosk.speech().speaker.as_ref().unwrap().last_text(),
        Some(t!(Language::Ar, "speech-key-backspace").as_str())
    );

    // A new visitor starts without speech.
    h.send(Message::Bar(Bar::StartOver));
    assert_eq!(h.kiosk.speech_on(), None);
    assert_eq!(h.kiosk.speech().speaker.as_ref().unwrap().last_text(), None);
}

#[test]
fn arabic_keys_are_spoken_in_arabic() {
    let ar = Language::Ar;
    let Some(mut h) = Harness::speaking(LANDSCAPE) else {
        return;
    };
    open_search(&mut h, ar, true);
    h.click_in(ar, &t!(ar, "bar-listen"));
    assert_eq!(h.kiosk.speech_on(), Some(ar));
    // In a private headset the letter itself is said.
    if let Some(speaker) = h.kiosk.speech().speaker.as_mut() {
        speaker.set_headphones(true);
    }
    h.click_in(ar, "ب");
    assert_eq!(
        h.kiosk.speech().speaker.as_ref().unwrap().last_text(),
        Some("ب")
    );
    h.click_in(ar, &t!(ar, "kb-space"));
    assert_eq!(
        h.kiosk.speech().speaker.as_ref().unwrap().last_text(),
        Some(t!(ar, "speech-key-space").as_str())
    );
    h.send(Message::Bar(Bar::StartOver));
}

/// The search page in both orientations and at the largest text: every
/// target at least 64×64 with 16 px between them, the keyboard on screen.
#[test]
fn search_keyboard_has_touch_sized_keys_and_fits() {
    use medborgarkiosk::session::TextSize;
    let mut problems = Vec::new();
    for size in [LANDSCAPE, PORTRAIT] {
        for language in [Language::Sv, Language::Ar, Language::Fa, Language::Tr] {
            for text_size in [TextSize::Normal, TextSize::Largest] {
                for query in ["", "skola"] {
                    let mut h = Harness::new(size);
                    h.with_listen_button();
                    h.click_in(language, &language.native_name());
                    h.send(Message::Bar(Bar::TextSize(text_size)));
                    let state = guides::State::searching(language, query);
                    h.show(Screen::Guides(Box::new(state)));
                    let place = format!("{language} {size:?} {text_size:?} {query:?}");
                    // The space bar (bottom row) is on screen.
                    let space = h.bounds_of(language, &t!(language, "kb-space"));
                    if space.y + space.height > size.height + 0.5 {
                        problems.push(format!("{place}: space bar off screen at {space:?}"));
                    }
                    if !query.is_empty() {
                        continue;
                    }
                    // Without results every target is a key or a bar button.
                    let (_, targets) = h.layout();
                    assert!(targets.len() > 30, "{place}: {} targets", targets.len());
                    for a in &targets {
                        if a.y + a.height > size.height + 0.5 {
                            problems.push(format!("{place}: target {a:?} off screen"));
                        }
                    }
                    problems.extend(support::touch_problems(&place, &targets));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

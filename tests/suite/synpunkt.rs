//! The synpunkt flow with iced_test (tiny-skia): from Home to the receipt
//! in Swedish and Arabic, anonymous and with contact details, the "not a
//! synpunkt" routes, validation messages, typing on our own keyboard, the
//! counter near the limit and the keyboard's touch targets.

use crate::support;

use chrono::NaiveDate;
use iced::Size;
use medborgarkiosk::content::Catalog;
use medborgarkiosk::i18n::Language;
use medborgarkiosk::session::TextSize;
use medborgarkiosk::synpunkt::Kind;
use medborgarkiosk::t;
use medborgarkiosk::ui::app::{Bar, LANDSCAPE, Message, PORTRAIT};
use medborgarkiosk::ui::keyboard::display_content;
use medborgarkiosk::ui::render::Camera;
use medborgarkiosk::ui::screen::Screen;
use medborgarkiosk::ui::screen::hours::long_date;
use medborgarkiosk::ui::screen::synpunkt::{Field, State, Step};
use medborgarkiosk::ui::widget::displayed;
use support::Harness;

/// A service area's name in the content files.
fn area(language: Language, id: &str) -> String {
    let catalog = Catalog::bundled().unwrap();
    catalog.area_name(id, language).unwrap().value.to_owned()
}

/// A "not a synpunkt" route's title, text and URL in the content files.
fn route(language: Language, id: &str) -> (String, String, String) {
    let catalog = Catalog::bundled().unwrap();
    let text = catalog.route_text(id, language).unwrap();
    let url = catalog.route(id).unwrap().url.clone();
    (text.value.title.clone(), text.value.text.clone(), url)
}

/// The synpunkt screen's own views of the shared harness.
impl Harness {
    /// A kiosk on the synpunkt screen in `state`, visitor in `language`
    /// (online).
    fn on(size: Size, language: Language, state: State) -> Self {
        let mut h = Harness::online(size);
        h.click_in(language, &language.native_name());
        h.show(Screen::Synpunkt(Box::new(state)));
        h
    }

    fn step(&self) -> Step {
        match self.kiosk.screen() {
            Screen::Synpunkt(state) => state.step(),
            other => panic!("not on the synpunkt screen but {other:?}"),
        }
    }

    fn state(&self) -> &State {
        match self.kiosk.screen() {
            Screen::Synpunkt(state) => state,
            other => panic!("not on the synpunkt screen but {other:?}"),
        }
    }
}

fn start_flow(h: &mut Harness, language: Language) {
    h.click_in(language, &language.native_name());
    h.click_in(language, &t!(language, "tile-synpunkt"));
    assert_eq!(h.step(), Step::Intro);
    assert!(h.shows(language, &t!(language, "syn-intro-what")));
    h.click_in(language, &t!(language, "syn-intro-continue"));
    assert_eq!(h.step(), Step::Kind);
}

#[test]
fn swedish_anonymous_complaint_from_home_to_receipt() {
    let sv = Language::Sv;
    // The central API is down: the receipt still comes at once.
    let mut h = Harness::offline(LANDSCAPE);
    start_flow(&mut h, sv);
    h.click("Klagomål");
    assert_eq!(h.step(), Step::Area);
    h.click(&area(sv, "citizen-center"));
    assert_eq!(h.step(), Step::Topics);
    h.click("Bemötande");
    h.click("Handläggningstid");
    assert!(h.shows(sv, "Valt: Bemötande"));
    assert!(h.shows(sv, "Valt: Handläggningstid"));
    h.click("Nästa");
    assert_eq!(h.step(), Step::Message);
    // Before writing, the visitor learns that a synpunkt is a public
    // document (issue 19), and the screen reader says it too.
    assert!(h.shows(sv, &t!(sv, "syn-contact-public")));
    assert!(
        h.kiosk
            .describe()
            .body
            .contains(&t!(sv, "syn-contact-public"))
    );

    h.type_keys(sv, &["Stor bokstav", "H", "e", "j", "Mellanslag", "p", "å"]);
    h.type_keys(sv, &["Mellanslag", "e", "r", "r", "Radera", "!"]);
    assert_eq!(h.state().message_text(), "Hej på er!");
    assert!(h.shows(sv, &display_content("Hej på er!")));
    let shown = h.bounds_of(sv, &display_content("Hej på er!"));
    assert!(
        shown.x < 120.0,
        "Swedish text starts on the left: {shown:?}"
    );
    h.click("Nästa");
    assert_eq!(h.step(), Step::Contact);
    // The promise names the date: two working days after Monday noon.
    let date = long_date(NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(), sv);
    assert_eq!(date, "onsdag 25 november");
    assert!(h.shows(
        sv,
        "Om du lämnar e-post eller telefonnummer får du svar eller besked om hur vi går vidare senast onsdag 25 november."
    ));
    assert!(h.shows(sv, &t!(sv, "syn-contact-public")));
    assert!(h.shows(sv, &t!(sv, "syn-contact-anonymous")));
    h.click("Skicka anonymt");
    assert_eq!(h.step(), Step::Review);
    assert!(h.shows(sv, "Anonym, du får inget svar"));
    assert!(h.shows(sv, "Bemötande, Handläggningstid"));
    assert!(h.shows(sv, "Hej på er!"));
    h.click("Skicka");

    assert_eq!(h.step(), Step::Receipt);
    let receipt = h.state().receipt().unwrap().clone();
    assert_eq!(receipt.kind, Kind::Complaint);
    assert_eq!(receipt.answer_by, None);
    // The outbox's local reference; the synpunkt waits there, on disk.
    assert!(
        receipt.reference.starts_with("BK-"),
        "{}",
        receipt.reference
    );
    assert_eq!(h.backend.as_ref().unwrap().outbox.state().pending, 1);
    // The API could not be reached: the receipt says the synpunkt is saved
    // here and sent when the connection is back.
    assert!(receipt.queued, "the delivery attempt failed");
    assert!(h.shows(
        sv,
        "Kiosken har ingen kontakt med kommunen just nu. Din synpunkt är sparad här och skickas så snart kontakten är tillbaka."
    ));
    for text in [
        "Tack för din synpunkt!",
        "Vi beklagar att du har haft en dålig upplevelse.",
        &t!(sv, "syn-receipt-next"),
        &t!(sv, "syn-receipt-no-answer"),
        &t!(sv, "syn-receipt-unhappy"),
        &receipt.reference,
    ] {
        assert!(h.shows(sv, text), "receipt lacks {text:?}");
    }
    // Done with the receipt: "Something else?", and yes leads Home.
    h.click("Klar");
    assert_eq!(h.kiosk.screen().name(), "finish");
    h.click(&t!(sv, "finish-more"));
    assert_eq!(h.kiosk.screen(), &Screen::Home);
}

#[test]
fn arabic_praise_with_contact_details_from_home_to_receipt() {
    let ar = Language::Ar;
    let mut h = Harness::online(PORTRAIT);
    start_flow(&mut h, ar);
    h.click_in(ar, &t!(ar, "syn-kind-praise"));
    h.click_in(ar, &area(ar, "school-preschool"));
    h.click_in(ar, &t!(ar, "syn-topic-competence"));
    h.click_in(ar, &t!(ar, "syn-next"));
    assert_eq!(h.step(), Step::Message);

    // The Arabic layout by default; typed letter by letter.
    h.type_keys(ar, &["ش", "ك", "ر", "ا"]);
    h.type_keys(ar, &[&t!(ar, "kb-space"), "ج", "ز", "ي", "ل", "ا"]);
    assert_eq!(h.state().message_text(), "شكرا جزيلا");
    let display = h.bounds_of(ar, &display_content("شكرا جزيلا"));
    assert!(
        display.x + display.width > PORTRAIT.width - 120.0 && display.x > PORTRAIT.width / 2.0,
        "Arabic text sits on the right: {display:?}"
    );
    h.click_in(ar, &t!(ar, "syn-next"));
    assert_eq!(h.step(), Step::Contact);
    h.click_in(ar, &t!(ar, "syn-contact-with"));
    assert_eq!(h.step(), Step::Details);

    let email = t!(ar, "syn-field-email");
    h.click_in(ar, &t!(ar, "syn-field-write", field = email.clone()));
    assert_eq!(h.step(), Step::Field(Field::Email));
    // The e-mail layout: Latin letters, @ and .se.
    h.type_keys(Language::Sv, &["a", "n", "n", "a"]);
    h.click_in(ar, &t!(ar, "syn-field-done"));
    assert_eq!(h.step(), Step::Field(Field::Email), "a bad address stays");
    assert!(h.shows(ar, &t!(ar, "syn-error-email-at")));
    h.type_keys(Language::Sv, &["@", "e", "x", ".se"]);
    assert!(
        !h.shows(ar, &t!(ar, "syn-error-email-at")),
        "typing clears it"
    );
    h.click_in(ar, &t!(ar, "syn-field-done"));
    assert_eq!(h.step(), Step::Details);

    let phone = t!(ar, "syn-field-phone");
    h.click_in(ar, &t!(ar, "syn-field-write", field = phone.clone()));
    h.type_keys(Language::Sv, &["0", "7", "0"]);
    h.click_in(ar, &t!(ar, "syn-field-done"));
    assert!(h.shows(ar, &t!(ar, "syn-error-phone-too-short")));
    h.type_keys(Language::Sv, &["1", "2", "3", "4", "5", "6", "7"]);
    h.click_in(ar, &t!(ar, "syn-field-done"));
    assert_eq!(h.step(), Step::Details);
    h.click_in(ar, &t!(ar, "syn-next"));
    assert_eq!(h.step(), Step::Review);
    assert!(h.shows(
        ar,
        &t!(ar, "syn-review-line", label = email, value = "anna@ex.se")
    ));
    h.click_in(ar, &t!(ar, "syn-send"));

    assert_eq!(h.step(), Step::Receipt);
    // The receipt's date is the outbox's, on the one clock: sent on Monday
    // 23 November at noon, answered by Wednesday 25 November.
    let due = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    assert_eq!(
        medborgarkiosk::calendar::answer_by(h.clock.now()),
        due,
        "the harness's clock"
    );
    assert_eq!(h.state().receipt().unwrap().answer_by, Some(due));
    // Delivered at once: nothing about waiting for the connection.
    assert!(!h.state().receipt().unwrap().queued);
    assert!(!h.shows(ar, &t!(ar, "syn-receipt-queued")));
    let answer = t!(ar, "syn-receipt-answer", date = long_date(due, ar));
    assert!(h.shows(ar, &answer), "no {answer:?}");
    assert!(h.shows(ar, &t!(ar, "syn-receipt-title")));
    assert!(
        !h.shows(ar, &t!(ar, "syn-receipt-sorry")),
        "praise gets no apology"
    );
    assert!(!h.shows(ar, &t!(ar, "syn-receipt-no-answer")));
    assert!(h.shows(ar, &t!(ar, "syn-receipt-unhappy")));
    let described = h.kiosk.describe();
    assert_eq!(described.title, t!(ar, "syn-receipt-title"));
    assert!(described.body.contains(&answer));
}

#[test]
fn arabic_anonymous_complaint_apologises_and_promises_no_answer() {
    let ar = Language::Ar;
    let mut h = Harness::online(LANDSCAPE);
    start_flow(&mut h, ar);
    h.click_in(ar, &t!(ar, "syn-kind-complaint"));
    h.click_in(ar, &area(ar, "streets-parks"));
    h.click_in(ar, &t!(ar, "syn-topic-accessibility"));
    h.click_in(ar, &t!(ar, "syn-next"));
    h.type_keys(ar, &["ب", "ط", "ي", "ء"]);
    h.click_in(ar, &t!(ar, "syn-next"));
    h.click_in(ar, &t!(ar, "syn-contact-anonymous-button"));
    h.click_in(ar, &t!(ar, "syn-send"));
    assert_eq!(h.step(), Step::Receipt);
    assert!(h.shows(ar, &t!(ar, "syn-receipt-sorry")));
    assert!(h.shows(ar, &t!(ar, "syn-receipt-no-answer")));
    assert_eq!(h.state().receipt().unwrap().answer_by, None);
}

#[test]
fn not_a_synpunkt_routes_explain_and_show_a_qr_code() {
    let sv = Language::Sv;
    let mut h = Harness::online(LANDSCAPE);
    h.click("Svenska");
    h.click("Lämna en synpunkt");
    for id in ["fault-report", "citizen-proposal", "damage-claim"] {
        h.click(&route(sv, id).0);
        assert!(matches!(h.step(), Step::Route(_)));
        assert!(h.shows(sv, &t!(sv, "syn-route-scan")));
        h.click("Tillbaka till synpunkter");
        assert_eq!(h.step(), Step::Intro);
    }
    let (appeal_title, appeal_text, appeal_url) = route(sv, "appeal");
    h.click(&appeal_title);
    assert_eq!(h.step(), Step::Route(3));
    assert!(appeal_text.contains("egna regler"), "{appeal_text}");
    assert!(h.shows(sv, &appeal_text), "{appeal_text}");
    assert!(h.shows(sv, &appeal_url));

    // A QR code is drawn above the hint: many dark cells in that square.
    let hint = h.bounds_of(sv, &t!(sv, "syn-route-scan"));
    let rgba = Camera::new().unwrap().render(&h.kiosk, LANDSCAPE);
    let cx = hint.center_x() as usize;
    let mut dark = 0;
    for y in (hint.y as usize - 290)..(hint.y as usize - 20) {
        for x in (cx - 140)..(cx + 140) {
            let i = (y * LANDSCAPE.width as usize + x) * 4;
            if rgba[i] < 80 && rgba[i + 1] < 80 && rgba[i + 2] < 80 {
                dark += 1;
            }
        }
    }
    assert!(
        dark > 10_000,
        "only {dark} dark pixels where the QR code should be"
    );

    let described = h.kiosk.describe();
    assert_eq!(described.title, appeal_title);
    assert!(described.body.iter().any(|b| b.contains("botkyrka.se")));

    // Arabic: the same routes, in Arabic.
    let ar = Language::Ar;
    let mut h = Harness::online(LANDSCAPE);
    h.click_in(ar, "العربية");
    h.click_in(ar, &t!(ar, "tile-synpunkt"));
    h.click_in(ar, &route(ar, "fault-report").0);
    assert_eq!(h.step(), Step::Route(0));
    assert!(h.shows(ar, &t!(ar, "syn-route-scan")));
}

#[test]
fn validation_messages_in_the_visitors_language() {
    let sv = Language::Sv;
    let mut h = Harness::online(LANDSCAPE);
    start_flow(&mut h, sv);
    h.click("Förslag");
    h.click("Kultur och fritid");
    h.click("Nästa");
    assert_eq!(h.step(), Step::Topics);
    assert!(h.shows(sv, "Välj minst ett ämne."));
    h.click("Annat");
    assert!(!h.shows(sv, "Välj minst ett ämne."));
    h.click("Nästa");
    h.type_keys(sv, &["Mellanslag"]);
    h.click("Nästa");
    assert_eq!(h.step(), Step::Message, "white space only is no message");
    assert!(h.shows(sv, "Skriv något innan du går vidare."));
    h.type_keys(sv, &["o", "k"]);
    assert!(!h.shows(sv, "Skriv något innan du går vidare."));
    h.click("Nästa");
    h.click("Jag vill ha svar");
    h.click("Nästa");
    assert_eq!(h.step(), Step::Details);
    assert!(h.shows(sv, &t!(sv, "syn-error-no-contact")));

    // A wrong Swedish number: no 0 first.
    h.click("Skriv Telefon");
    h.type_keys(sv, &["7", "0", "1", "2", "3", "4", "5", "6", "7"]);
    h.click("Klar");
    assert!(h.shows(
        sv,
        "Börja med 0 (till exempel 070) eller med + och landsnumret."
    ));
    h.type_keys(
        sv,
        &[
            "Töm", "+", "3", "5", "8", "4", "0", "1", "2", "3", "4", "5", "6",
        ],
    );
    h.click("Klar");
    assert_eq!(h.step(), Step::Details);
    // The name field starts in capitals and on the visitor's layout.
    h.click("Skriv Namn");
    h.type_keys(sv, &["Å", "s", "a"]);
    h.click("Klar");
    h.click("Nästa");
    assert_eq!(h.step(), Step::Review);
    assert!(h.shows(sv, "Telefon: +35840123456"));
    assert!(h.shows(sv, "Namn: Åsa"));

    // Edit from the review returns to the review.
    h.click("Ändra verksamhet");
    assert_eq!(h.step(), Step::Area);
    h.click("Gator och parker");
    assert_eq!(h.step(), Step::Review);
    assert!(h.shows(sv, "Gator och parker"));
}

#[test]
fn back_goes_one_step_back_inside_the_flow() {
    let mut h = Harness::online(LANDSCAPE);
    start_flow(&mut h, Language::Sv);
    h.click("Beröm");
    h.click("Annat");
    assert_eq!(h.step(), Step::Topics);
    h.send(Message::Bar(Bar::Back));
    assert_eq!(h.step(), Step::Area);
    h.send(Message::Bar(Bar::Back));
    h.send(Message::Bar(Bar::Back));
    assert_eq!(h.step(), Step::Intro);
    h.send(Message::Bar(Bar::Back));
    assert_eq!(h.kiosk.screen(), &Screen::Home);
}

fn on_message_step(language: Language, text: &str) -> State {
    let mut state = State::new(language);
    state.set_step(Step::Message);
    state.set_message(text);
    state
}

#[test]
fn counter_appears_near_the_limit() {
    let sv = Language::Sv;
    let mut h = Harness::on(LANDSCAPE, sv, on_message_step(sv, &"a".repeat(3799)));
    assert!(
        !h.shows(sv, "201 tecken kvar"),
        "no counter far from the limit"
    );
    assert!(!h.shows(sv, "200 tecken kvar"));
    h.type_keys(sv, &["b"]);
    assert!(h.shows(sv, "200 tecken kvar"));

    let mut h = Harness::on(LANDSCAPE, sv, on_message_step(sv, &"a".repeat(3988)));
    assert!(h.shows(sv, "12 tecken kvar"));
    h.type_keys(sv, &["b"; 13]);
    assert_eq!(h.state().message_text().chars().count(), 4000);
    assert!(h.shows(sv, "0 tecken kvar"));

    let ar = Language::Ar;
    let h = Harness::on(PORTRAIT, ar, on_message_step(ar, &"ب".repeat(3988)));
    assert!(h.shows(ar, "بقي 12 حرفًا"));
    assert_eq!(
        h.kiosk.describe().body.last().map(String::as_str),
        Some("بقي 12 حرفًا")
    );
}

#[test]
fn shift_changes_labels_and_keys_do_not_move() {
    for (language, key, shifted) in [
        (Language::Sv, "å", "Å"),
        (Language::Tr, "i", "İ"),
        (Language::Tr, "ı", "I"),
    ] {
        let mut h = Harness::on(LANDSCAPE, language, on_message_step(language, ""));
        let before = h.bounds_of(language, key);
        h.click_in(language, &t!(language, "kb-shift"));
        assert!(!h.shows(language, key) || key == "i", "{key} still shown");
        let after = h.bounds_of(language, shifted);
        assert_eq!(before.x, after.x, "{key} moved");
        assert_eq!(before.y, after.y, "{key} moved");
        h.click(shifted);
        assert_eq!(h.state().message_text(), shifted);
    }
}

#[test]
fn persian_layout_types_persian_letters_and_switches_layouts() {
    let fa = Language::Fa;
    let mut h = Harness::on(LANDSCAPE, fa, on_message_step(fa, ""));
    h.type_keys(Language::Ar, &["پ", "ژ", "گ", "ک", "ی", "چ"]);
    assert_eq!(h.state().message_text(), "پژگکیچ");
    // The switch key names the next layout in its own letters.
    h.click(&displayed(Language::Sv, "ÅÄÖ"));
    h.type_keys(Language::Sv, &["ö"]);
    assert_eq!(h.state().message_text(), "پژگکیچö");
}

/// The keyboard screens in both orientations, in every language, with the
/// Listen button in the bar and with an error above the keyboard: every
/// target at least 64×64 with 16 px between targets (a screen that does
/// not fit squeezes its last control), nothing outside the screen.
#[test]
fn keyboard_screens_have_touch_sized_keys_and_fit() {
    use medborgarkiosk::ui::screen::synpunkt::Message as M;
    let mut problems = Vec::new();
    let mut checked = 0;
    for size in [LANDSCAPE, PORTRAIT] {
        for language in Language::ALL {
            for step in [
                Step::Message,
                Step::Field(Field::Email),
                Step::Field(Field::Phone),
            ] {
                for (text_size, with_error) in [
                    (TextSize::Normal, false),
                    (TextSize::Normal, true),
                    (TextSize::Largest, true),
                ] {
                    let mut state = on_message_step(language, "");
                    if let Step::Field(field) = step {
                        state.set_step(Step::Details);
                        state.apply(M::EditField(field));
                        if with_error {
                            state.set_field(field, "12@");
                            state.apply(M::FieldDone);
                        }
                    } else if with_error {
                        state.apply(M::MessageDone);
                    }
                    assert_eq!(state.step(), step);
                    let mut h = Harness::on(size, language, state);
                    h.with_listen_button();
                    h.send(Message::Bar(Bar::TextSize(text_size)));
                    let (texts, targets) = h.layout();
                    let place =
                        format!("{step:?} {language} {size:?} {text_size:?} error {with_error}");
                    if with_error {
                        let error = match step {
                            Step::Field(Field::Email) => t!(language, "syn-error-email-domain"),
                            Step::Field(_) => t!(language, "syn-error-phone-character"),
                            _ => t!(language, "syn-error-message-empty"),
                        };
                        assert!(h.shows(language, &error), "{place}: the error is shown");
                    }
                    assert!(
                        targets.len() > 12,
                        "{place}: only {} targets",
                        targets.len()
                    );
                    checked += targets.len();
                    if text_size == TextSize::Normal {
                        for (text, b) in &texts {
                            if b.x < -0.5
                                || b.y < -0.5
                                || b.x + b.width > size.width + 0.5
                                || b.y + b.height > size.height + 0.5
                            {
                                problems
                                    .push(format!("{place}: {text:?} outside the screen at {b:?}"));
                            }
                        }
                    }
                    problems.extend(support::touch_problems(&place, &targets));
                }
            }
        }
    }
    assert!(checked > 3000);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_step_describes_itself() {
    let ar = Language::Ar;
    let mut h = Harness::online(LANDSCAPE);
    start_flow(&mut h, ar);
    assert_eq!(h.kiosk.describe().title, t!(ar, "syn-kind-title"));
    assert_eq!(h.kiosk.describe().choices.len(), 3);
    h.click_in(ar, &t!(ar, "syn-kind-suggestion"));
    assert_eq!(h.kiosk.describe().title, t!(ar, "syn-area-title"));
    assert_eq!(h.kiosk.describe().choices.len(), 7);
    h.click_in(ar, &area(ar, "other"));
    assert_eq!(h.kiosk.describe().title, t!(ar, "syn-topics-title"));
    h.click_in(ar, &t!(ar, "syn-topic-other"));
    assert!(h.kiosk.describe().choices.contains(&t!(
        ar,
        "syn-selected",
        choice = t!(ar, "syn-topic-other")
    )));
    h.click_in(ar, &t!(ar, "syn-next"));
    assert_eq!(h.kiosk.describe().title, t!(ar, "syn-message-title"));
    h.type_keys(ar, &["ل", "ا"]);
    assert!(h.kiosk.describe().body.contains(&"لا".to_owned()));
    h.click_in(ar, &t!(ar, "syn-next"));
    let contact = h.kiosk.describe();
    assert_eq!(contact.title, t!(ar, "syn-contact-title"));
    assert!(contact.body[0].contains("25"), "{:?}", contact.body);
    h.click_in(ar, &t!(ar, "syn-contact-anonymous-button"));
    let review = h.kiosk.describe();
    assert_eq!(review.title, t!(ar, "syn-review-title"));
    assert!(review.choices.contains(&t!(ar, "syn-send")));
    assert!(review.body.contains(&t!(ar, "syn-review-anonymous")));
}

#[test]
fn start_over_forgets_the_draft_and_language_change_moves_the_keyboard() {
    let sv = Language::Sv;
    let mut h = Harness::online(LANDSCAPE);
    start_flow(&mut h, sv);
    h.click("Beröm");
    h.click("Annat");
    h.click("Kunskap och kompetens");
    h.click("Nästa");
    h.type_keys(sv, &["h", "e", "j"]);
    // The visitor switches to Arabic: the keyboard follows.
    h.send(Message::PickLanguage(Language::Ar));
    assert!(
        h.shows(Language::Ar, "ش"),
        "Arabic keys after the language change"
    );
    assert_eq!(h.state().message_text(), "hej");
    h.send(Message::Bar(Bar::StartOver));
    assert_eq!(h.kiosk.screen(), &Screen::Start);
    start_flow(&mut h, sv);
    h.click("Beröm");
    h.click("Annat");
    h.click("Kunskap och kompetens");
    h.click("Nästa");
    assert_eq!(
        h.state().message_text(),
        "",
        "nothing of the last visitor is left"
    );
}

/// Every other synpunkt step in every language, both orientations: touch
/// targets at least 64×64 with 16 px gaps, no text outside the screen.
#[test]
fn every_step_fits_with_touch_sized_targets() {
    use medborgarkiosk::synpunkt::Topic;
    use medborgarkiosk::ui::screen::synpunkt::Message as M;
    let mut problems = Vec::new();
    for size in [LANDSCAPE, PORTRAIT] {
        for language in Language::ALL {
            for step in [
                Step::Intro,
                Step::Route(3),
                Step::Kind,
                Step::Area,
                Step::Topics,
                Step::Contact,
                Step::Details,
                Step::Review,
                Step::Receipt,
            ] {
                let mut state = State::new(language);
                for m in [
                    M::Continue,
                    M::Kind(Kind::Complaint),
                    M::Area("center".into()),
                    M::Toggle(Topic::Treatment),
                    M::Toggle(Topic::Accessibility),
                ] {
                    state.apply(m);
                }
                state.set_message("Lång väntan i receptionen, ingen förklaring.");
                state.set_field(Field::Email, "anna@exempel.se");
                state.apply(M::WithContact);
                state.apply(M::DetailsDone);
                if let Step::Route(i) = step {
                    state.apply(M::OpenRoute(i, "https://www.botkyrka.se/x".into()));
                } else {
                    state.set_step(step);
                }
                let mut h = Harness::on(size, language, state);
                h.with_listen_button();
                if step == Step::Receipt {
                    h.send(Message::from(M::Send));
                    assert_eq!(h.step(), Step::Receipt);
                }
                let (texts, targets) = h.layout();
                let place = format!("{step:?} {language} {size:?}");
                for (text, b) in &texts {
                    if b.x < -0.5
                        || b.y < -0.5
                        || b.x + b.width > size.width + 0.5
                        || b.y + b.height > size.height + 0.5
                    {
                        problems.push(format!("{place}: {text:?} outside the screen at {b:?}"));
                    }
                }
                assert!(targets.len() >= 5, "{place}: {} targets", targets.len());
                problems.extend(support::touch_problems(&place, &targets));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_answer_by_date_comes_from_the_function_the_root_is_given() {
    fn christmas_rule(_: chrono::DateTime<chrono::Utc>) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 28).unwrap()
    }
    let sv = Language::Sv;
    let mut state = State::new(sv);
    state.set_step(Step::Contact);
    let mut h = Harness::online(LANDSCAPE);
    h.kiosk.set_answer_by(christmas_rule);
    h.click("Svenska");
    h.show(Screen::Synpunkt(Box::new(state)));
    assert!(h.shows(
        sv,
        "Om du lämnar e-post eller telefonnummer får du svar eller besked om hur vi går vidare senast måndag 28 december."
    ));
}

#[test]
fn an_online_receipt_says_nothing_about_waiting_for_the_connection() {
    use medborgarkiosk::ui::screen::synpunkt::Receipt;
    let ar = Language::Ar;
    let mut state = State::new(ar);
    let wednesday = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
    state.show_receipt(Receipt {
        reference: "BK-2026-000123".into(),
        kind: Kind::Suggestion,
        answer_by: Some(wednesday),
        queued: false,
    });
    let h = Harness::on(PORTRAIT, ar, state);
    assert!(h.shows(ar, "BK-2026-000123"));
    assert!(!h.shows(ar, &t!(ar, "syn-receipt-queued")));
    assert!(!h.shows(ar, &t!(ar, "syn-receipt-sorry")));
    assert!(h.shows(
        ar,
        &t!(ar, "syn-receipt-answer", date = long_date(wednesday, ar))
    ));
    let reference = h.bounds_of(ar, "BK-2026-000123");
    assert!(
        reference.x + reference.width > PORTRAIT.width - 120.0,
        "the reference sits on the right in Arabic: {reference:?}"
    );
}

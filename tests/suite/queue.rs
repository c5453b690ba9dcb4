//! Queue tickets end to end: the kiosk's screens (iced_test) against the
//! reference central API on loopback. No mocks: every number on screen was
//! issued by the server.

use crate::support;

use std::sync::Arc;

use chrono::{DateTime, TimeZone, Utc};
use medborgarkiosk::backend::Backend;
use medborgarkiosk::contract::CallNextRequest;
use medborgarkiosk::i18n::Language;
use medborgarkiosk::t;
use medborgarkiosk::ui::app::{LANDSCAPE, PORTRAIT};
use medborgarkiosk::ui::screen::Screen;
use support::{Harness, LoopbackCentral};

const TOKEN: &str = "queue-test-token-0123456789abcdef";

/// Monday 23 November 2026, 10:00 in Stockholm.
fn monday_ten() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap()
}

struct World(LoopbackCentral);

impl World {
    /// A reference server on loopback whose clock stands still at `at`.
    fn at(at: DateTime<Utc>) -> World {
        World(LoopbackCentral::start(
            TOKEN,
            at,
            Some("https://ko.example.se/{office}/{ticket}"),
        ))
    }

    fn kiosk(&self, size: iced::Size) -> Harness {
        self.kiosk_with(size, "")
    }

    /// A kiosk with extra config tables (e.g. `[printer]`). Each kiosk
    /// gets its own backend: a client's pooled connections belong to the
    /// runtime (here: the harness's) that opened them.
    fn kiosk_with(&self, size: iced::Size, tables: &str) -> Harness {
        let config = self.0.kiosk_config(tables);
        let backend = self.0.backend(&config);
        Harness::with(config, Some(backend), size)
    }

    /// The desk calls the next ticket, with a client of its own.
    fn call_next(&self, counter: &str) -> medborgarkiosk::contract::CallNextResponse {
        let base_url = self.0.base_url().to_owned();
        let token = self.0.counter_token(counter);
        let client =
            medborgarkiosk::api::client::ApiClient::new(&base_url, &token, &Default::default())
                .unwrap();
        let counter = counter.to_owned();
        self.0
            .runtime
            .block_on(async move {
                client
                    .call_next(
                        "botkyrka-tumba",
                        &counter,
                        &CallNextRequest::default(),
                        uuid::Uuid::new_v4(),
                    )
                    .await
            })
            .unwrap()
    }
}

fn kiosk_config(dir: &tempfile::TempDir, base_url: &str) -> Arc<medborgarkiosk::config::Config> {
    support::api_config(dir.path(), base_url, TOKEN, "")
}

fn backend_for(dir: &tempfile::TempDir, base_url: &str) -> Arc<Backend> {
    let config = kiosk_config(dir, base_url);
    Arc::new(Backend::start(&config, support::monday_noon()).expect("backend starts"))
}

fn is_ticket_number(text: &str, prefix: char) -> bool {
    text.len() == 4 && text.starts_with(prefix) && text[1..].chars().all(|c| c.is_ascii_digit())
}

#[test]
fn swedish_ticket_in_three_touches_with_the_servers_number() {
    let world = World::at(monday_ten());
    let mut h = world.kiosk(LANDSCAPE);
    h.click("Svenska");
    // Touch 1: the tile.
    h.click("Kölapp");
    assert!(matches!(h.kiosk.screen(), Screen::Queue(_)));
    assert!(h.shows(Language::Sv, "Information och vägledning"));
    assert!(h.shows(Language::Sv, "Hjälp i receptionen"));
    assert!(h.shows(Language::Sv, "Handläggs av specialister"));
    assert!(
        h.shows(Language::Sv, "0 personer väntar · Ingen väntetid"),
        "{:?}",
        h.texts()
    );
    // Touch 2: the errand. Touch 3: get the ticket.
    h.click("Information och vägledning");
    assert!(h.shows(Language::Sv, "Behöver du tolk?"));
    h.click("Ta kölapp");
    assert!(h.shows(Language::Sv, "Ditt nummer"), "{:?}", h.texts());
    assert!(h.shows(Language::Sv, "A001"), "{:?}", h.texts());
    assert!(h.shows(Language::Sv, "Plats i kön: 1"));
    assert!(
        h.shows(Language::Sv, "Följ kön i din mobil: skanna koden."),
        "a follow URL gives a QR code"
    );

    // Done with the ticket: "Something else?"; yes leads Home.
    h.click("Klar");
    assert_eq!(h.kiosk.screen().name(), "finish");
    assert!(h.shows(Language::Sv, "Vill du göra något mer?"));
    h.click("Ja, något mer");
    assert_eq!(h.kiosk.screen(), &Screen::Home);
    // The next visitor gets the next number from the server.
    h.click("Kölapp");
    // The wait now comes from the server's estimate for one person ahead.
    assert!(
        h.texts()
            .iter()
            .any(|t| t.starts_with("1 person väntar · ")),
        "{:?}",
        h.texts()
    );
    h.click("Information och vägledning");
    h.click("Ta kölapp");
    assert!(h.shows(Language::Sv, "A002"), "{:?}", h.texts());
    assert!(h.shows(Language::Sv, "Plats i kön: 2"));

    let called = world.call_next("1").called.expect("a ticket waits");
    assert_eq!(called.ticket_number, "A001");
}

#[test]
fn arabic_ticket_with_an_interpreter_the_desk_can_see() {
    let world = World::at(monday_ten());
    let mut h = world.kiosk(PORTRAIT);
    let ar = Language::Ar;
    h.click_in(ar, "العربية");
    h.click_in(ar, &t!(ar, "tile-queue"));
    assert!(h.shows(ar, "معلومات وإرشاد"), "{:?}", h.texts());
    h.click_in(ar, "معلومات وإرشاد");
    h.click_in(ar, &t!(ar, "queue-interpreter-want"));
    // The visitor's own language is pre-selected.
    assert!(h.shows(ar, &t!(ar, "queue-interpreter-which")));
    h.click_in(ar, &t!(ar, "queue-need-wheelchair"));
    h.click_in(ar, &t!(ar, "queue-get-ticket"));
    let number = h
        .texts()
        .into_iter()
        .find(|t| is_ticket_number(t, 'A'))
        .expect("a ticket number on screen");
    assert!(h.shows(ar, &t!(ar, "queue-your-number")));
    // Mirrored: the title of the ticket card is centred, the done button spans the width.
    let called = world.call_next("2").called.expect("the ticket waits");
    assert_eq!(called.ticket_number, number);
    assert_eq!(called.language, Language::Ar);
    assert_eq!(called.needs.interpreter_language.as_deref(), Some("ar"));
    assert_eq!(
        called.needs.accessibility,
        [medborgarkiosk::contract::AccessibilityNeed::Wheelchair]
    );
}

/// An interpreter speaks a language, not a variety: a visitor in
/// easy-to-read Swedish who wants one is offered Swedish first, never
/// "Lättläst svenska", and the desk sees `sv`; the ticket's language stays
/// the visitor's (issue 19).
#[test]
fn easy_swedish_asks_for_a_swedish_interpreter_and_keeps_its_language() {
    let world = World::at(monday_ten());
    let mut h = world.kiosk(LANDSCAPE);
    let easy = Language::SvEasy;
    h.click("Lättläst svenska");
    h.click_in(easy, &t!(easy, "tile-queue"));
    h.click_in(easy, "Frågor och hjälp");
    h.click_in(easy, &t!(easy, "queue-interpreter-want"));
    assert!(h.shows(easy, "Svenska"), "{:?}", h.texts());
    assert!(!h.shows(easy, "Lättläst svenska"), "{:?}", h.texts());
    h.click_in(easy, &t!(easy, "queue-get-ticket"));
    let called = world.call_next("1").called.expect("the ticket waits");
    assert_eq!(called.language, easy);
    assert_eq!(called.needs.interpreter_language.as_deref(), Some("sv"));
}

#[test]
fn a_specialist_errand_explains_and_offers_the_desk() {
    // Tuesday 10:30 in Stockholm: färdtjänst is open on Tuesdays from 10.
    let world = World::at(Utc.with_ymd_and_hms(2026, 11, 24, 9, 30, 0).unwrap());
    let mut h = world.kiosk(LANDSCAPE);
    h.click("Svenska");
    h.click("Kölapp");
    h.click("Färdtjänst och parkeringstillstånd för rörelsehindrade");
    assert!(h.shows(
        Language::Sv,
        "Det här ärendet handläggs av en specialist, inte i receptionen. Det är specialisten som fattar beslut."
    ));
    h.click("Ta en kölapp till receptionen");
    assert!(h.shows(
        Language::Sv,
        "Du får hjälp att komma igång med: Färdtjänst och parkeringstillstånd för rörelsehindrade"
    ));
    h.click("Ta kölapp");
    // The help ticket is for the desk (information, prefix A), not the specialist.
    assert!(
        h.texts().iter().any(|t| is_ticket_number(t, 'A')),
        "{:?}",
        h.texts()
    );
}

#[test]
fn closed_services_are_shown_with_their_opening_and_cannot_be_chosen() {
    // 08:00 in Stockholm: the services open at 09:00.
    let world = World::at(Utc.with_ymd_and_hms(2026, 11, 23, 7, 0, 0).unwrap());
    let mut h = world.kiosk(LANDSCAPE);
    h.click("Svenska");
    h.click("Kölapp");
    let texts = h.texts();
    assert!(
        texts
            .iter()
            .any(|t| t == "Stängt. Öppnar idag klockan 09:00"),
        "closed services say when they open: {texts:?}"
    );
    assert!(
        h.shows(Language::Sv, "Information och vägledning"),
        "closed services are not hidden"
    );
    // A closed service is not a button: clicking its name changes nothing.
    let messages = {
        let mut ui = h.ui();
        let _ = ui.click("Information och vägledning");
        ui.into_messages().count()
    };
    assert_eq!(messages, 0);
}

#[test]
fn an_unreachable_queue_says_what_to_do_and_shows_no_number() {
    let dir = tempfile::tempdir().unwrap();
    // Nothing listens on this port.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    let backend = backend_for(&dir, &url);
    let mut h = Harness::with(kiosk_config(&dir, &url), Some(backend), LANDSCAPE);
    h.click("Svenska");
    h.click("Kölapp");
    assert!(
        h.shows(Language::Sv, "Kön går inte att nå just nu"),
        "{:?}",
        h.texts()
    );
    assert!(h.shows(
        Language::Sv,
        "Det går inte att ta kölapp här just nu. Gå till receptionen, så hjälper personalen dig."
    ));
    assert!(!h.texts().iter().any(|t| is_ticket_number(t, 'A')));
    // Trying again still fails cleanly.
    h.click("Försök igen");
    assert!(h.shows(Language::Sv, "Kön går inte att nå just nu"));
}

#[test]
fn the_ticket_returns_to_start_by_itself() {
    let world = World::at(monday_ten());
    let mut h = world.kiosk(LANDSCAPE);
    h.click("English");
    h.click("Queue ticket");
    h.click("Information and guidance");
    h.click("Get ticket");
    assert!(h.shows(Language::En, "Your number"));
    h.advance(29);
    assert!(matches!(h.kiosk.screen(), Screen::Queue(_)));
    h.advance(1);
    assert_eq!(h.kiosk.screen(), &Screen::Start);
    assert_eq!(h.kiosk.session().language, Language::Sv);
}

/// Issue 19: a visitor who is done leaves nothing behind. After the
/// ticket's "Done" the question stays a few seconds; unanswered, the visit
/// ends: Start, the default language, text size and contrast again.
#[test]
fn a_finished_visit_ends_by_itself_with_the_defaults_back() {
    let world = World::at(monday_ten());
    let mut h = world.kiosk(LANDSCAPE);
    let ar = Language::Ar;
    h.click_in(ar, "العربية");
    h.click_in(ar, &t!(ar, "bar-contrast"));
    assert!(h.kiosk.session().high_contrast);
    h.click_in(ar, &t!(ar, "tile-queue"));
    h.click_in(ar, "معلومات وإرشاد");
    h.click_in(ar, &t!(ar, "queue-get-ticket"));
    h.click_in(ar, &t!(ar, "queue-done"));
    assert_eq!(h.kiosk.screen().name(), "finish");
    assert!(h.shows(ar, &t!(ar, "finish-title")));
    assert!(h.shows(ar, &t!(ar, "finish-more")));
    // The countdown is said in the visitor's language and counts down.
    assert!(
        h.shows(ar, &t!(ar, "finish-ends", seconds = 12)),
        "{:?}",
        h.texts()
    );
    h.advance(5);
    assert!(h.shows(ar, &t!(ar, "finish-ends", seconds = 7)));
    h.advance(6);
    assert_eq!(h.kiosk.screen().name(), "finish");
    h.advance(1);
    assert_eq!(h.kiosk.screen(), &Screen::Start);
    assert_eq!(h.kiosk.session().language, Language::Sv);
    assert!(!h.kiosk.session().high_contrast);
    assert!(!h.texts().iter().any(|t| is_ticket_number(t, 'A')));
}

/// A touch on "Something else?" (a keypad user reading it, a visitor
/// thinking) starts its time again.
#[test]
fn a_touch_gives_something_else_its_time_again() {
    let world = World::at(monday_ten());
    let mut h = world.kiosk(LANDSCAPE);
    h.click("English");
    h.click("Queue ticket");
    h.click("Information and guidance");
    h.click("Get ticket");
    h.click("Done");
    h.advance(10);
    assert!(h.shows(Language::En, &t!(Language::En, "finish-ends", seconds = 2)));
    h.send(medborgarkiosk::ui::app::Message::Activity);
    h.advance(1);
    assert!(h.shows(Language::En, &t!(Language::En, "finish-ends", seconds = 11)));
    h.advance(10);
    assert_eq!(h.kiosk.screen().name(), "finish");
    h.advance(1);
    assert_eq!(h.kiosk.screen(), &Screen::Start);
}

#[test]
fn no_i_am_done_ends_the_visit_at_once() {
    let world = World::at(monday_ten());
    let mut h = world.kiosk(LANDSCAPE);
    h.click("English");
    h.click("Queue ticket");
    h.click("Information and guidance");
    h.click("Get ticket");
    h.click("Done");
    h.click("No, I am done");
    assert_eq!(h.kiosk.screen(), &Screen::Start);
    assert_eq!(h.kiosk.session().language, Language::Sv);
}

#[test]
fn without_a_backend_there_is_no_queue_tile() {
    let mut h = Harness::new(LANDSCAPE);
    h.click("Svenska");
    assert!(!h.shows(Language::Sv, "Kölapp"));
    assert!(h.shows(Language::Sv, "Öppettider"));
}

#[test]
fn the_ticket_is_printed_and_a_dead_printer_does_not_lose_it() {
    use std::io::Read;
    let world = World::at(monday_ten());

    // A printer on loopback that reads the whole job.
    let printer = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = printer.local_addr().unwrap().port();
    let received = std::thread::spawn(move || {
        let (mut stream, _) = printer.accept().unwrap();
        let mut bytes = Vec::new();
        stream.read_to_end(&mut bytes).unwrap();
        bytes
    });
    let mut h = world.kiosk_with(
        LANDSCAPE,
        &format!("[printer]\ntarget = \"tcp:127.0.0.1:{port}\"\n"),
    );
    h.click("Svenska");
    h.click("Kölapp");
    h.click("Information och vägledning");
    h.click("Ta kölapp");
    assert!(
        h.shows(Language::Sv, "Ta kölappen från skrivaren."),
        "{:?}",
        h.texts()
    );
    let bytes = received.join().unwrap();
    assert_eq!(&bytes[..2], b"\x1b@", "ESC/POS init first");
    assert!(bytes.windows(3).any(|w| w == b"\x1dv0"), "a raster image");
    assert!(
        bytes.len() > 10_000,
        "a whole ticket image: {} bytes",
        bytes.len()
    );

    // A printer that is not there: the ticket stays on screen, with a note.
    let gone = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = gone.local_addr().unwrap().port();
    drop(gone);
    let mut h = world.kiosk_with(
        LANDSCAPE,
        &format!("[printer]\ntarget = \"tcp:127.0.0.1:{port}\"\nconnect_timeout_ms = 500\n"),
    );
    h.click("Svenska");
    h.click("Kölapp");
    h.click("Information och vägledning");
    h.click("Ta kölapp");
    assert!(
        h.texts().iter().any(|t| is_ticket_number(t, 'A')),
        "{:?}",
        h.texts()
    );
    assert!(
        h.shows(
            Language::Sv,
            "Kölappen kunde inte skrivas ut. Kom ihåg ditt nummer."
        ),
        "{:?}",
        h.texts()
    );
}

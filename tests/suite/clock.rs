//! One clock for the whole process (issue 16). The kiosk, its backend (the
//! outbox, the heartbeat, the built-in central API) and the feeds keep
//! time by one injected `Clock`; tests hand them all the same one, pinned
//! to the instants where time is dangerous: a Sunday night, midsommarafton,
//! 23:59:59 → 00:00:00 in Stockholm, the spring and autumn daylight-saving
//! changes and New Year's Eve. Each flow here means the same on whatever
//! date and at whatever hour the tests run.

use crate::support;

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{NaiveDate, NaiveDateTime};
use medborgarkiosk::clock::Clock;
use medborgarkiosk::i18n::Language;
use medborgarkiosk::ui::app::{Bar, LANDSCAPE, Message};
use medborgarkiosk::ui::screen::Screen;
use medborgarkiosk::ui::screen::queue;
use medborgarkiosk::ui::screen::synpunkt::Step;
use support::{Harness, LoopbackCentral};

const TOKEN: &str = "clock-test-token-0123456789abcdef";

fn stockholm(y: i32, m: u32, d: u32, h: u32, min: u32, s: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .unwrap()
        .and_hms_opt(h, min, s)
        .unwrap()
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

// ------------------------------------------------------------ the rule

/// What reads the machine's clock. Spelled in pieces so this file does not
/// match itself.
fn clock_reads() -> Vec<String> {
    [
        ["Utc", "::now("],
        ["Local", "::now("],
        ["Utc", "::today("],
        ["Local", "::today("],
        ["SystemTime", "::now("],
        ["Instant", "::now("],
        ["UNIX_EPOCH", ".elapsed("],
    ]
    .iter()
    .map(|[a, b]| format!("{a}{b}"))
    .collect()
}

/// The files allowed to read the machine's clock, and why.
const ALLOWED: &[(&str, &str)] = &[
    ("src/clock.rs", "the one real implementation of the clock"),
    (
        "src/trace.rs",
        "--trace-startup measures the process's own start-up in real time",
    ),
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The part of a source file that is not its unit tests (they sit in a
/// `#[cfg(test)] mod tests` at the end of the file).
fn without_unit_tests(text: &str) -> &str {
    text.find("#[cfg(test)]\nmod tests")
        .map_or(text, |at| &text[..at])
}

#[test]
fn only_the_clock_reads_the_machines_time() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let reads = clock_reads();
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    assert!(files.len() > 50, "the sources were found: {}", files.len());
    let mut found = Vec::new();
    for file in &files {
        let relative = file
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        if ALLOWED.iter().any(|(allowed, _)| *allowed == relative) {
            continue;
        }
        let text = std::fs::read_to_string(file).unwrap();
        let code = without_unit_tests(&text);
        for (n, line) in code.lines().enumerate() {
            if line.trim_start().starts_with("//") {
                continue;
            }
            for read in &reads {
                if line.contains(read.as_str()) {
                    found.push(format!("{relative}:{}: {}", n + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "the machine's clock is read outside src/clock.rs; take the time from the \
         injected Clock instead:\n{}",
        found.join("\n")
    );
}

#[test]
fn tests_never_read_the_wall_clock() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    // Monotonic instants are durations, not dates: tests may measure with
    // them. The wall clock they may not read.
    let reads: Vec<String> = clock_reads()
        .into_iter()
        .filter(|r| !r.starts_with("Instant"))
        .collect();
    let mut files = Vec::new();
    rust_files(&root.join("tests"), &mut files);
    rust_files(&root.join("src"), &mut files);
    let mut found = Vec::new();
    for file in &files {
        let relative = file
            .strip_prefix(root)
            .unwrap()
            .to_string_lossy()
            .into_owned();
        if relative == "src/clock.rs" || relative == "src/trace.rs" {
            continue;
        }
        let text = std::fs::read_to_string(file).unwrap();
        // Only the tests: a test file whole, a source file's unit tests.
        let tests = if relative.starts_with("tests/") {
            text.as_str()
        } else {
            &text[without_unit_tests(&text).len()..]
        };
        for (n, line) in tests.lines().enumerate() {
            for read in &reads {
                if line.contains(read.as_str()) {
                    found.push(format!("{relative}:{}: {}", n + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "tests read the wall clock:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_rule_catches_a_clock_read() {
    // The check above is not vacuous: the same scan finds a read in code.
    let code = format!("fn f() {{\n    let now = chrono::{}::now();\n}}\n", "Utc");
    let reads = clock_reads();
    assert!(
        without_unit_tests(&code)
            .lines()
            .any(|line| reads.iter().any(|r| line.contains(r.as_str())))
    );
    // And unit tests at the end of a file are told apart from the code.
    let file = "fn a() {}\n#[cfg(test)]\nmod tests {\n    fn b() {}\n}\n";
    assert_eq!(without_unit_tests(file), "fn a() {}\n");
}

// ------------------------------------------------- queue at midnight

struct World(LoopbackCentral);

impl World {
    /// The reference server on loopback, its clock at `at` (Stockholm).
    fn at(at: NaiveDateTime) -> World {
        World(LoopbackCentral::start(
            TOKEN,
            medborgarkiosk::clock::utc_of(at),
            None,
        ))
    }

    /// A kiosk on the server's clock.
    fn kiosk(&self) -> Harness {
        let config = self.0.kiosk_config("");
        let backend = self.0.backend(&config);
        Harness::with(config, Some(backend), LANDSCAPE)
    }
}

#[test]
fn at_midnight_kiosk_and_server_turn_the_day_together() {
    // Sunday 29 November 2026, a second before midnight.
    let world = World::at(stockholm(2026, 11, 29, 23, 59, 59));
    let mut h = world.kiosk();
    assert_eq!(h.clock, world.0.clock, "one clock for kiosk and server");
    h.click("Svenska");
    h.click("Kölapp");
    // Closed: it opens on Monday, which is tomorrow.
    assert!(
        h.shows(Language::Sv, "Stängt. Öppnar måndag klockan 09:00"),
        "{:?}",
        h.texts()
    );
    // The second passes for both: on Monday it opens today.
    h.advance(1);
    assert_eq!(h.clock.stockholm(), stockholm(2026, 11, 30, 0, 0, 0));
    h.send(Message::from(queue::Message::Refresh));
    assert!(
        h.shows(Language::Sv, "Stängt. Öppnar idag klockan 09:00"),
        "{:?}",
        h.texts()
    );
    assert!(!h.shows(Language::Sv, "Stängt. Öppnar måndag klockan 09:00"));
}

#[test]
fn a_ticket_at_opening_on_any_day_the_tests_run() {
    // Monday 30 November 2026, the second the office opens: the kiosk's
    // request is stamped by the same clock as the server's, never "in the
    // future".
    let world = World::at(stockholm(2026, 11, 30, 9, 0, 0));
    let mut h = world.kiosk();
    h.click("Svenska");
    h.click("Kölapp");
    h.click("Information och vägledning");
    h.click("Ta kölapp");
    assert!(
        h.texts().iter().any(|t| t == "A001"),
        "the day's first ticket: {:?}",
        h.texts()
    );
}

#[test]
fn the_days_counts_restart_at_stockholm_midnight() {
    let clock = Clock::manual_stockholm(stockholm(2026, 11, 29, 23, 59, 59));
    let mut h = Harness::at(support::config(""), LANDSCAPE, clock.clone());
    h.click("Svenska");
    let sunday = date(2026, 11, 29);
    let monday = date(2026, 11, 30);
    assert_eq!(h.kiosk.staff().tally(sunday).languages.get("sv"), Some(&1));
    h.advance(1);
    h.send(Message::Bar(Bar::StartOver));
    h.click("English");
    let today = h.kiosk.staff().tally(monday);
    assert_eq!(today.languages.get("en"), Some(&1));
    assert_eq!(
        today.languages.get("sv"),
        None,
        "yesterday's count: {today:?}"
    );
}

// ------------------------------------------- synpunkt answer-by dates

/// Sends a Swedish complaint with a phone number, now, and returns the
/// receipt's answer-by date, the date promised before sending, and the
/// central API's reference.
fn send_synpunkt(h: &mut Harness) -> (NaiveDate, NaiveDate, String) {
    let sv = Language::Sv;
    h.send(Message::Bar(Bar::StartOver));
    h.click("Svenska");
    h.click(&medborgarkiosk::t!(sv, "tile-synpunkt"));
    h.click(&medborgarkiosk::t!(sv, "syn-intro-continue"));
    h.click("Klagomål");
    let catalog = medborgarkiosk::content::Catalog::bundled().unwrap();
    h.click(catalog.area_name("citizen-center", sv).unwrap().value);
    h.click("Bemötande");
    h.click("Nästa");
    h.type_keys(sv, &["Stor bokstav", "H", "e", "j"]);
    h.click("Nästa");
    // The contact step promises the date, as the services date it now.
    let promised = h.kiosk.services().answer_by_now();
    let promise = medborgarkiosk::t!(
        sv,
        "syn-contact-answer",
        date = medborgarkiosk::ui::screen::hours::long_date(promised, sv)
    );
    assert!(h.shows(sv, &promise), "{promise:?} not in {:?}", h.texts());
    h.click(&medborgarkiosk::t!(sv, "syn-contact-with"));
    h.click("Skriv Telefon");
    h.type_keys(sv, &["0", "7", "0", "1", "2", "3", "4", "5", "6", "7"]);
    h.click("Klar");
    h.click("Nästa");
    h.click("Skicka");
    let receipt = match h.kiosk.screen() {
        Screen::Synpunkt(state) if state.step() == Step::Receipt => {
            state.receipt().unwrap().clone()
        }
        other => panic!("no receipt: {other:?}"),
    };
    assert!(!receipt.queued, "delivered to the built-in central API");
    let row = h
        .backend
        .as_ref()
        .unwrap()
        .outbox
        .row(&receipt.reference)
        .unwrap()
        .unwrap();
    assert_eq!(row.state, "delivered");
    (
        receipt.answer_by.expect("with contact details, a date"),
        promised,
        row.server_reference.unwrap(),
    )
}

/// A synpunkt at `at` (Stockholm) and one a second later: their answer-by
/// dates, as promised on screen and as on the receipt, which agree.
fn across_a_second(at: NaiveDateTime) -> [(NaiveDate, String); 2] {
    let mut h = Harness::online_at(LANDSCAPE, Clock::manual_stockholm(at));
    let (first, promised, first_ref) = send_synpunkt(&mut h);
    assert_eq!(
        promised, first,
        "the screen's promise is the receipt's date"
    );
    h.clock.advance(Duration::from_secs(1));
    let (second, promised, second_ref) = send_synpunkt(&mut h);
    assert_eq!(
        promised, second,
        "the screen's promise is the receipt's date"
    );
    [(first, first_ref), (second, second_ref)]
}

#[test]
fn sunday_night_to_monday_moves_the_answer_by_date() {
    // Sunday: Monday and Tuesday are the two working days. Monday: Tuesday
    // and Wednesday.
    let [(sunday, _), (monday, _)] = across_a_second(stockholm(2026, 11, 29, 23, 59, 59));
    assert_eq!(sunday, date(2026, 12, 1));
    assert_eq!(monday, date(2026, 12, 2));
}

#[test]
fn midsommarafton_is_not_a_working_day() {
    // Wednesday 17 June 2026 at 23:59:59: Thursday 18 June, then
    // midsommarafton (Friday 19), midsommardagen and Sunday are skipped:
    // Monday 22 June. A second later it is Thursday: Monday and Tuesday.
    let [(wednesday, _), (thursday, _)] = across_a_second(stockholm(2026, 6, 17, 23, 59, 59));
    assert_eq!(wednesday, date(2026, 6, 22));
    assert_eq!(thursday, date(2026, 6, 23));
    // On midsommarafton itself, at noon.
    let [(eve, _), _] = across_a_second(stockholm(2026, 6, 19, 12, 0, 0));
    assert_eq!(eve, date(2026, 6, 23));
}

#[test]
fn the_spring_change_skips_an_hour_and_no_date() {
    // Sunday 29 March 2026: 01:59:59 CET, a second later 03:00:00 CEST.
    let clock = Clock::manual_stockholm(stockholm(2026, 3, 29, 1, 59, 59));
    clock.advance(Duration::from_secs(1));
    assert_eq!(clock.stockholm(), stockholm(2026, 3, 29, 3, 0, 0));
    let [(before, _), (after, _)] = across_a_second(stockholm(2026, 3, 29, 1, 59, 59));
    // Sent on Sunday either way: Monday 30 and Tuesday 31 March.
    assert_eq!(before, date(2026, 3, 31));
    assert_eq!(after, date(2026, 3, 31));
    // A time in the skipped hour, as a test might write it, is the moment
    // of the jump: the same Sunday, never "now".
    let [(skipped, _), _] = across_a_second(stockholm(2026, 3, 29, 2, 30, 0));
    assert_eq!(skipped, date(2026, 3, 31));
}

#[test]
fn the_autumn_change_repeats_an_hour_and_the_idle_reset_still_comes() {
    // Sunday 25 October 2026, 02:59:00 summer time; a minute later it is
    // 02:00 again. The idle timer counts real seconds, not clock readings.
    let clock = Clock::manual_stockholm(stockholm(2026, 10, 25, 2, 59, 0));
    let mut h = Harness::at(support::config(""), LANDSCAPE, clock);
    h.click("Svenska");
    assert_eq!(h.kiosk.screen(), &Screen::Home);
    h.advance(61);
    assert_eq!(h.clock.stockholm(), stockholm(2026, 10, 25, 2, 0, 1));
    assert_eq!(h.kiosk.screen(), &Screen::Home, "not yet: 61 s quiet");
    // 90 s quiet, then 20 s to answer: reset after 111 s in all.
    h.advance(50);
    assert_eq!(h.kiosk.screen(), &Screen::Start);
    assert_eq!(h.clock.stockholm(), stockholm(2026, 10, 25, 2, 0, 51));
    // And the answer-by date of a synpunkt sent in the repeated hour.
    let [(first, _), (second, _)] = across_a_second(stockholm(2026, 10, 25, 2, 30, 0));
    assert_eq!(first, date(2026, 10, 27));
    assert_eq!(second, date(2026, 10, 27));
}

#[test]
fn new_years_eve_turns_the_year_of_the_reference() {
    // Thursday 31 December 2026 (nyårsafton, not a working day) at
    // 23:59:59, then New Year's Day: both answered by Tuesday 5 January
    // 2027 (Monday 4 is the first working day), and the central API's
    // reference carries the year the synpunkt arrived in.
    let [(eve, eve_ref), (new_year, new_year_ref)] =
        across_a_second(stockholm(2026, 12, 31, 23, 59, 59));
    assert_eq!(eve, date(2027, 1, 5));
    assert_eq!(new_year, date(2027, 1, 5));
    assert!(eve_ref.starts_with("SP-2026-"), "{eve_ref}");
    assert!(new_year_ref.starts_with("SP-2027-"), "{new_year_ref}");
}

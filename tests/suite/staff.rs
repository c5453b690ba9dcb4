//! Staff mode with iced_test (tiny-skia): the hidden corner and the PIN,
//! wrong PINs and the lock (also across a restart), the panel's pause and
//! the out-of-service Start, assist mode and the idle reset, the
//! two-minute timeout, and the audit log (never a PIN).

use crate::support;

use std::sync::Arc;

use iced::mouse;
use iced::{Event, Point};
use medborgarkiosk::config::Config;
use medborgarkiosk::i18n::Language;
use medborgarkiosk::idle::IdleState;
use medborgarkiosk::staff::{self, pin};
use medborgarkiosk::t;
use medborgarkiosk::ui::app::{LANDSCAPE, Message};
use medborgarkiosk::ui::screen::Screen;
use support::Harness;

const PIN: &str = "471100";
const SV: Language = Language::Sv;

/// The PIN's hash with the production parameters (a config refuses
/// anything weaker), made once per test process.
fn pin_hash() -> String {
    static HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    HASH.get_or_init(|| pin::hash_pin(PIN).unwrap()).clone()
}

fn config(dir: &std::path::Path) -> Arc<Config> {
    config_with_hash(dir, &pin_hash())
}

fn config_with_hash(dir: &std::path::Path, hash: &str) -> Arc<Config> {
    let text = format!(
        "data_dir = {:?}\n[idle]\nquiet_seconds = 90\ncountdown_seconds = 20\n[staff]\npin_hash = {hash:?}\n",
        dir
    );
    Arc::new(Config::parse(&text, std::path::Path::new("test.toml")).unwrap())
}

fn kiosk(dir: &std::path::Path) -> Harness {
    Harness::with(config(dir), None, LANDSCAPE)
}

/// Presses (or lets go) at a point, as a finger would, and feeds the
/// messages the view produces back to the kiosk.
fn mouse_at(h: &mut Harness, at: Point, pressed: bool) {
    let messages: Vec<Message> = {
        let mut ui = h.ui();
        ui.point_at(at);
        let event = if pressed {
            mouse::Event::ButtonPressed(mouse::Button::Left)
        } else {
            mouse::Event::ButtonReleased(mouse::Button::Left)
        };
        let _ = ui.simulate([Event::Mouse(event)]);
        ui.into_messages().collect()
    };
    for message in messages {
        h.send(message);
    }
}

const CORNER: Point = Point::new(10.0, 10.0);

/// Holds the corner for `seconds`, then lets go.
fn hold_corner(h: &mut Harness, seconds: u64) {
    mouse_at(h, CORNER, true);
    for _ in 0..seconds {
        h.advance(1);
    }
    mouse_at(h, CORNER, false);
}

fn type_pin(h: &mut Harness, pin: &str) {
    for digit in pin.chars() {
        h.click(&digit.to_string());
    }
    h.click(&t!(SV, "staff-pin-open"));
}

fn on_pin_pad(h: &Harness) -> bool {
    matches!(h.kiosk.screen(), Screen::Staff(s) if !s.is_panel())
}

fn on_panel(h: &Harness) -> bool {
    matches!(h.kiosk.screen(), Screen::Staff(s) if s.is_panel())
}

fn enter(h: &mut Harness) {
    hold_corner(h, 3);
    assert!(on_pin_pad(h), "the PIN pad opens after 3 s");
    type_pin(h, PIN);
    assert!(on_panel(h), "the right PIN opens the panel");
}

/// Argon2id takes tens of milliseconds of CPU: the PIN is checked on a
/// blocking thread, so the press returns at once with the check as a task,
/// and an "open" pressed again meanwhile is not taken as another (empty,
/// wrong) PIN.
/// The PIN pad opened and the right PIN typed: the message its "open"
/// press sends, not yet handled.
fn pin_typed_open_pressed(h: &mut Harness) -> Message {
    hold_corner(h, 3);
    assert!(on_pin_pad(h));
    for digit in PIN.chars() {
        h.click(&digit.to_string());
    }
    let mut ui = h.ui();
    ui.click(t!(SV, "staff-pin-open").as_str()).unwrap();
    let open: Vec<Message> = ui.into_messages().collect();
    assert_eq!(open.len(), 1);
    open[0].clone()
}

#[test]
fn the_pin_is_checked_off_the_ui_thread_and_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = kiosk(dir.path());
    let open = pin_typed_open_pressed(&mut h);
    let check = h.kiosk.update(open.clone());
    assert!(on_pin_pad(&h), "the PIN was checked in the update");
    let again = h.kiosk.update(open);
    h.finish(again);
    h.finish(check);
    assert!(on_panel(&h));
    assert_eq!(
        h.kiosk.staff().audit().actions(),
        ["pin_pad_opened", "entered"]
    );
}

/// Cancelled while its PIN is checked, the pad leaves no staff mode behind
/// (whose two-minute timeout would reset the next visitor's session).
#[test]
fn a_pin_checked_after_the_pad_was_cancelled_enters_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = kiosk(dir.path());
    let open = pin_typed_open_pressed(&mut h);
    let check = h.kiosk.update(open);
    h.click(&t!(SV, "staff-cancel"));
    assert_eq!(h.kiosk.screen(), &Screen::Start);
    h.finish(check);
    assert_eq!(h.kiosk.screen(), &Screen::Start);
    assert!(!h.kiosk.staff().is_active());
    assert_eq!(h.kiosk.staff().audit().actions(), ["pin_pad_opened"]);
}

#[test]
fn holding_the_corner_three_seconds_and_the_pin_open_the_panel() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = kiosk(dir.path());
    // A short press does nothing, nor does a long press elsewhere.
    hold_corner(&mut h, 2);
    assert_eq!(h.kiosk.screen(), &Screen::Start);
    mouse_at(&mut h, Point::new(300.0, 10.0), true);
    h.advance(4);
    assert_eq!(h.kiosk.screen(), &Screen::Start);
    mouse_at(&mut h, Point::new(300.0, 10.0), false);

    // Held three seconds (the finger still down): the PIN pad.
    mouse_at(&mut h, CORNER, true);
    h.advance(3);
    assert!(on_pin_pad(&h));
    mouse_at(&mut h, CORNER, false);
    assert!(h.shows(SV, &t!(SV, "staff-pin-hint")));

    // Digits show as dots, never as themselves.
    for digit in ["4", "7", "1"] {
        h.click(digit);
    }
    assert!(h.shows(SV, "●●●"));
    assert_eq!(h.kiosk.describe().body.join(" ").matches('4').count(), 0);
    for digit in ["1", "0", "0"] {
        h.click(digit);
    }
    h.click(&t!(SV, "staff-pin-open"));
    assert!(on_panel(&h));
    for text in [
        t!(SV, "staff-title"),
        t!(SV, "staff-api"),
        t!(SV, "staff-api-none"),
        t!(SV, "staff-feeds-none"),
        t!(SV, "staff-leave"),
    ] {
        assert!(h.shows(SV, &text), "the panel lacks {text:?}");
    }
    // The visitor-language switch is still there.
    assert!(h.shows(SV, &t!(SV, "bar-language")));

    h.click(&t!(SV, "staff-leave"));
    assert_eq!(h.kiosk.screen(), &Screen::Start);
    medborgarkiosk::audit::flush();
    let audit = std::fs::read_to_string(dir.path().join(staff::audit::FILE)).unwrap();
    assert!(!audit.contains(PIN), "the audit log never holds the PIN");
    assert_eq!(
        h.kiosk.staff().audit().actions(),
        ["pin_pad_opened", "entered", "left"]
    );
}

#[test]
fn five_wrong_pins_lock_entry_also_after_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut h = kiosk(dir.path());
        hold_corner(&mut h, 3);
        for left in (1..=4).rev() {
            type_pin(&mut h, "1234");
            assert!(on_pin_pad(&h));
            assert!(
                h.shows(SV, &t!(SV, "staff-pin-wrong", left = left)),
                "after a wrong PIN: {:?}",
                h.texts()
            );
        }
        type_pin(&mut h, "1234");
        assert!(matches!(
            h.kiosk.staff().lock(h.clock.now()),
            Some(staff::Lock::Until(_))
        ));
        // Even the right PIN does not open it now.
        type_pin(&mut h, PIN);
        assert!(on_pin_pad(&h), "locked: the panel stays shut");
    }
    // A restart: a new kiosk on the same data directory.
    let mut h = kiosk(dir.path());
    hold_corner(&mut h, 3);
    assert!(on_pin_pad(&h));
    let locked = h.kiosk.describe().body.join(" ");
    assert!(
        locked.contains("låst"),
        "the PIN pad says it is locked: {locked}"
    );
    type_pin(&mut h, PIN);
    assert!(on_pin_pad(&h), "still locked after a restart");

    let actions = h.kiosk.staff().audit().actions();
    assert_eq!(actions.iter().filter(|a| *a == "pin_failed").count(), 5);
    assert_eq!(actions.iter().filter(|a| *a == "locked_out").count(), 1);
    assert_eq!(
        actions
            .iter()
            .filter(|a| *a == "locked_entry_refused")
            .count(),
        2
    );
    medborgarkiosk::audit::flush();
    let audit = std::fs::read_to_string(dir.path().join(staff::audit::FILE)).unwrap();
    assert!(!audit.contains("1234") && !audit.contains(PIN));
}

/// 5 wrong → 5 minutes, 10 → an hour, 15 → until IT resets it, the kiosk
/// restarting in between; a new PIN hash in the config lifts the last.
#[test]
fn the_lock_escalates_across_restarts_until_it_resets_it_with_the_config() {
    let dir = tempfile::tempdir().unwrap();
    let clock = support::monday_noon();
    let start = clock.now();
    let wrong_five = |h: &mut Harness| {
        hold_corner(h, 3);
        for _ in 0..5 {
            type_pin(h, "123456");
        }
    };
    // 5 wrong: five minutes.
    {
        let mut h = Harness::at(config(dir.path()), LANDSCAPE, clock.clone());
        wrong_five(&mut h);
        assert!(matches!(
            h.kiosk.staff().lock(h.clock.now()),
            Some(staff::Lock::Until(u)) if (u - h.clock.now()).num_minutes() == 5
        ));
    }
    // A restart after the five minutes; 5 more wrong: an hour.
    clock.advance(std::time::Duration::from_secs(5 * 60));
    {
        let mut h = Harness::at(config(dir.path()), LANDSCAPE, clock.clone());
        wrong_five(&mut h);
        assert!(matches!(
            h.kiosk.staff().lock(h.clock.now()),
            Some(staff::Lock::Until(u)) if (u - h.clock.now()).num_minutes() == 60
        ));
    }
    // A restart after the hour; 5 more wrong: until reset.
    clock.advance(std::time::Duration::from_secs(3600));
    {
        let mut h = Harness::at(config(dir.path()), LANDSCAPE, clock.clone());
        wrong_five(&mut h);
        assert_eq!(
            h.kiosk.staff().lock(h.clock.now()),
            Some(staff::Lock::UntilReset)
        );
    }
    // A week and a restart later it is still locked, and says so.
    clock.advance(std::time::Duration::from_secs(7 * 24 * 3600));
    {
        let mut h = Harness::at(config(dir.path()), LANDSCAPE, clock.clone());
        hold_corner(&mut h, 3);
        assert!(
            h.shows(SV, &t!(SV, "staff-pin-locked-reset")),
            "{:?}",
            h.texts()
        );
        type_pin(&mut h, PIN);
        assert!(on_pin_pad(&h), "the right PIN does not open it");
    }
    // IT puts a new PIN hash in the config: the lock is gone.
    let new_pin = "20262026";
    let new_hash = pin::hash_pin(new_pin).unwrap();
    let mut h = Harness::at(
        config_with_hash(dir.path(), &new_hash),
        LANDSCAPE,
        clock.clone(),
    );
    hold_corner(&mut h, 3);
    type_pin(&mut h, new_pin);
    assert!(on_panel(&h), "a new PIN opens the panel");
    let actions = h.kiosk.staff().audit().actions();
    for action in [
        "locked_out",
        "locked_out_hour",
        "locked_out_until_reset",
        "lock_reset",
    ] {
        assert_eq!(
            actions.iter().filter(|a| *a == action).count(),
            1,
            "{action}: {actions:?}"
        );
    }
    assert!(clock.now() > start);
}

#[test]
fn pause_shows_out_of_service_on_start_in_every_language() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = kiosk(dir.path());
    assert!(h.shows(SV, "Svenska"), "Start offers the languages");
    enter(&mut h);
    h.click(&t!(SV, "staff-pause"));
    assert!(h.shows(SV, &t!(SV, "staff-resume")));
    h.click(&t!(SV, "staff-leave"));
    assert_eq!(h.kiosk.screen(), &Screen::Start);
    for language in Language::ALL {
        assert!(
            h.shows(language, &t!(language, "out-of-service-title")),
            "{language}"
        );
        assert!(h.shows(language, &t!(language, "out-of-service-text")));
    }
    assert!(
        !h.shows(SV, "Svenska"),
        "no way into a session while paused"
    );
    assert_eq!(
        h.kiosk.describe().title,
        t!(SV, "out-of-service-title"),
        "read aloud too"
    );

    // Paused survives a restart (the process's end waits for its files);
    // staff open the kiosk again.
    medborgarkiosk::audit::flush();
    let mut h = kiosk(dir.path());
    assert!(h.shows(SV, &t!(SV, "out-of-service-title")));
    enter(&mut h);
    h.click(&t!(SV, "staff-resume"));
    h.click(&t!(SV, "staff-leave"));
    assert!(h.shows(SV, "Svenska"));
    let actions = h.kiosk.staff().audit().actions();
    assert!(actions.contains(&"paused".to_owned()));
    assert!(actions.contains(&"resumed".to_owned()));
}

#[test]
fn assist_mode_stops_the_idle_reset_and_marks_every_screen() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = kiosk(dir.path());
    let ar = Language::Ar;
    h.click_in(ar, &ar.native_name());
    assert_eq!(h.kiosk.screen(), &Screen::Home);
    enter(&mut h);
    let assist = t!(SV, "staff-assist");
    h.click(&t!(
        SV,
        "staff-toggle",
        name = assist.clone(),
        state = t!(SV, "staff-off")
    ));
    assert!(h.shows(
        SV,
        &t!(
            SV,
            "staff-toggle",
            name = assist,
            state = t!(SV, "staff-on")
        )
    ));
    h.click(&t!(SV, "staff-leave"));
    // Back to the visitor, in the visitor's language, with the marker.
    assert_eq!(h.kiosk.screen(), &Screen::Home);
    assert_eq!(h.kiosk.session().language, ar);
    assert!(h.shows(ar, &t!(ar, "staff-assist-marker")));
    h.click_in(ar, &t!(ar, "tile-hours"));
    assert!(h.shows(ar, &t!(ar, "staff-assist-marker")));

    // Far beyond quiet + countdown: no question, no reset.
    for _ in 0..3 {
        h.advance(60);
    }
    assert_eq!(h.kiosk.idle_state(), IdleState::Active);
    assert_eq!(h.kiosk.screen(), &Screen::Hours);

    // Staff turn it off: the idle reset works again.
    enter(&mut h);
    h.click(&t!(
        SV,
        "staff-toggle",
        name = t!(SV, "staff-assist"),
        state = t!(SV, "staff-on")
    ));
    h.click(&t!(SV, "staff-leave"));
    assert_eq!(h.kiosk.screen(), &Screen::Start, "no assist: back to Start");
    h.click_in(ar, &ar.native_name());
    assert!(!h.shows(ar, &t!(ar, "staff-assist-marker")));
    h.advance(95);
    assert!(matches!(h.kiosk.idle_state(), IdleState::Asking { .. }));
    h.advance(25);
    assert_eq!(h.kiosk.screen(), &Screen::Start);
}

#[test]
fn staff_mode_leaves_by_itself_after_two_minutes_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = kiosk(dir.path());
    enter(&mut h);
    h.advance(100);
    // A touch restarts the two minutes.
    h.send(Message::Activity);
    h.advance(100);
    assert!(on_panel(&h));
    h.advance(25);
    assert_eq!(h.kiosk.screen(), &Screen::Start);
    assert_eq!(
        h.kiosk.staff().audit().actions().last().map(String::as_str),
        Some("timed_out")
    );
    // The PIN pad, too, closes when left alone.
    hold_corner(&mut h, 3);
    assert!(on_pin_pad(&h));
    h.advance(121);
    assert_eq!(h.kiosk.screen(), &Screen::Start);
}

#[test]
fn without_a_pin_hash_the_pin_pad_says_staff_mode_is_not_set_up() {
    let dir = tempfile::tempdir().unwrap();
    let text = format!("data_dir = {:?}\n", dir.path());
    let config = Arc::new(Config::parse(&text, std::path::Path::new("t.toml")).unwrap());
    let mut h = Harness::with(config, None, LANDSCAPE);
    hold_corner(&mut h, 3);
    assert!(h.shows(SV, &t!(SV, "staff-pin-not-set")));
    type_pin(&mut h, PIN);
    assert!(on_pin_pad(&h));
    h.click(&t!(SV, "staff-cancel"));
    assert_eq!(h.kiosk.screen(), &Screen::Start);
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

#[test]
fn the_panel_reloads_content_keeps_the_last_good_and_retries_the_outbox() {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    copy_dir(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/content/good"),
        &content,
    );
    let hash = pin_hash();
    let text = format!(
        "data_dir = {:?}\n[content]\ndir = {content:?}\n[staff]\npin_hash = {hash:?}\n",
        dir.path()
    );
    let config = Arc::new(Config::parse(&text, std::path::Path::new("t.toml")).unwrap());
    let backend =
        Arc::new(medborgarkiosk::backend::Backend::start(&config, support::monday_noon()).unwrap());
    let mut h = Harness::with(config, Some(backend.clone()), LANDSCAPE);
    let ar = Language::Ar;
    h.click_in(ar, &ar.native_name());
    let version = h.kiosk.catalog().version().to_string();
    enter(&mut h);
    assert!(h.shows(
        SV,
        &t!(SV, "staff-content-version", version = version.clone())
    ));
    // Today's counts: the Arabic session, nothing typed.
    assert!(
        h.texts()
            .iter()
            .any(|t| t.contains(&t!(SV, "staff-counts-languages")) && t.contains("ar 1")),
        "{:?}",
        h.texts()
    );

    // A broken override: the old content stays, the problems show.
    std::fs::write(content.join("catalog.toml"), "this is [not toml").unwrap();
    h.click(&t!(SV, "staff-content-reload"));
    assert_eq!(h.kiosk.catalog().version().to_string(), version);
    assert!(h.shows(SV, &t!(SV, "staff-content-kept")));
    assert!(
        h.texts().iter().any(|t| t.contains("catalog.toml")),
        "the problem names the file: {:?}",
        h.texts()
    );
    // Fixed: reloaded.
    copy_dir(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/content/good"),
        &content,
    );
    h.click(&t!(SV, "staff-content-reload"));
    assert!(h.shows(SV, &t!(SV, "staff-content-reloaded")));

    h.click(&t!(SV, "staff-retry-now"));
    assert!(h.shows(SV, &t!(SV, "staff-retry-started")));
    let actions = h.kiosk.staff().audit().actions();
    assert_eq!(actions.iter().filter(|a| *a == "reload_content").count(), 2);
    assert!(actions.contains(&"retry_now".to_owned()));
}

#[test]
fn hash_pin_reads_the_pin_from_stdin_and_prints_an_argon2id_hash() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let run = |input: &str, args: &[&str]| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_medborgarkiosk"))
            .arg("hash-pin")
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
        child.wait_with_output().unwrap()
    };
    let out = run("471100\n", &[]);
    assert!(out.status.success(), "{out:?}");
    let hash = String::from_utf8(out.stdout).unwrap();
    let hash = hash.trim();
    assert!(
        hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
        "{hash}"
    );
    assert!(pin::verify("471100", hash));
    assert!(!hash.contains("471100"));
    // Not a PIN: refused. A PIN on the command line: refused by the parser.
    assert!(!run("12ab56\n", &[]).status.success());
    // A new PIN has at least six digits.
    let short = run("47110\n", &[]);
    assert!(!short.status.success());
    assert!(String::from_utf8_lossy(&short.stderr).contains("6 to 12"));
    assert!(String::from_utf8_lossy(&short.stdout).is_empty());
    let argv = run("", &["471100"]);
    assert!(!argv.status.success());
    assert!(String::from_utf8_lossy(&argv.stdout).is_empty());
}

#[test]
fn the_panel_names_a_lost_central_api_in_plain_words() {
    let dir = tempfile::tempdir().unwrap();
    // A loopback port nobody listens on.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    let token = dir.path().join("token");
    std::fs::write(&token, "t".repeat(32)).unwrap();
    let hash = pin_hash();
    let text = format!(
        "data_dir = {:?}\n[api]\nbase_url = {url:?}\ntoken_file = {token:?}\nmax_retries = 0\n[staff]\npin_hash = {hash:?}\n",
        dir.path()
    );
    let config = Arc::new(Config::parse(&text, std::path::Path::new("t.toml")).unwrap());
    let backend =
        Arc::new(medborgarkiosk::backend::Backend::start(&config, support::monday_noon()).unwrap());
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(15);
    while backend.health.api().last_error.is_none() {
        assert!(
            std::time::Instant::now() < deadline,
            "the heartbeat never failed"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let mut h = Harness::with(config, Some(backend), LANDSCAPE);
    enter(&mut h);
    let texts = h.texts();
    assert!(
        texts.iter().any(|t| t.starts_with(&t!(
            SV,
            "staff-last-error",
            error = t!(SV, "staff-error-network")
        ))),
        "{texts:?}"
    );
    assert!(h.shows(
        SV,
        &t!(SV, "staff-last-success", time = t!(SV, "staff-never"))
    ));
}

/// A synpunkt the central API refused for good is counted on the panel
/// with its reason in plain words, and the clock's state is shown.
#[test]
fn the_panel_shows_refused_synpunkter_with_the_reason_and_the_clock() {
    use medborgarkiosk::contract::{SynpunktKind, SynpunktTopic};
    let dir = tempfile::tempdir().unwrap();
    let config = config(dir.path());
    // No [api]: the built-in server, which checks what it gets.
    let backend =
        Arc::new(medborgarkiosk::backend::Backend::start(&config, support::monday_noon()).unwrap());
    // A kiosk id the server refuses (a misconfigured kiosk).
    backend
        .outbox
        .enqueue_synpunkt(medborgarkiosk::outbox::NewSynpunkt {
            kind: SynpunktKind::Complaint,
            service_area: "medborgarcenter".into(),
            topics: vec![SynpunktTopic::Other],
            message: "Hemligt meddelande".into(),
            contact: None,
            language: Language::Sv,
            kiosk_id: "fel id!".into(),
        })
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while backend.outbox.state().rejected == 0 {
        assert!(std::time::Instant::now() < deadline, "not refused");
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    let mut h = Harness::with(config, Some(backend), LANDSCAPE);
    enter(&mut h);
    let texts = h.texts();
    for expected in [
        t!(SV, "staff-outbox-refused", count = 1),
        t!(
            SV,
            "staff-outbox-refused-reason",
            reason = t!(
                SV,
                "staff-refused-fields",
                fields = t!(SV, "staff-refused-field-other")
            )
        ),
        t!(SV, "staff-refused-it"),
        t!(SV, "staff-clock"),
        t!(SV, "staff-clock-ntp-unknown"),
    ] {
        assert!(
            texts.iter().any(|t| t == &expected),
            "the panel lacks {expected:?}: {texts:?}"
        );
    }
    assert!(!texts.iter().any(|t| t.contains("Hemligt")));
}

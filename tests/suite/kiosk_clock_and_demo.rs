//! A kiosk whose clock runs fast, and a kiosk that is a demo (issue 20),
//! over real HTTP on loopback: the skew is measured against the server's
//! `Date` and reported in the heartbeat; a synpunkt stamped beyond the
//! server's bound waits (never refused) and goes once the clocks agree; an
//! installed kiosk without `[api]` refuses to start unless `demo = true`,
//! a demo promises no answer date and says it is a demo, and a demo whose
//! services are open at all hours gives a ticket on a holiday night.

use crate::support;

use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{DateTime, TimeZone, Utc};
use medborgarkiosk::backend::Backend;
use medborgarkiosk::clock::Clock;
use medborgarkiosk::config::Config;
use medborgarkiosk::contract::*;
use medborgarkiosk::i18n::Language;
use medborgarkiosk::outbox::NewSynpunkt;
use medborgarkiosk::services::{NoPrinter, Services};
use medborgarkiosk::synpunkt::{Draft, Kind, Phone, Topic};
use support::LoopbackCentral;

const TOKEN: &str = "clock-skew-test-token-0123456789abcdef";

fn synpunkt(kiosk: &str) -> NewSynpunkt {
    NewSynpunkt {
        kind: SynpunktKind::Suggestion,
        service_area: "medborgarcenter".into(),
        topics: vec![SynpunktTopic::Other],
        message: "Fler bänkar i väntrummet.".into(),
        contact: Some(Contact {
            phone: Some("+46701234567".into()),
            ..Contact::default()
        }),
        language: Language::Sv,
        kiosk_id: kiosk.into(),
    }
}

fn wait_until(what: &str, limit: Duration, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + limit;
    while !done() {
        assert!(Instant::now() < deadline, "{what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Monday 23 November 2026, 10:00 in Stockholm.
fn server_time() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap()
}

#[test]
fn a_kiosk_clock_25_hours_fast_is_reported_and_its_synpunkt_waits_until_the_clocks_agree() {
    let central = LoopbackCentral::start(TOKEN, server_time(), None);
    let config = central.kiosk_config("");
    // The kiosk's own clock runs 25 hours ahead of the server's.
    let kiosk_clock = Clock::manual(server_time() + chrono::Duration::hours(25));
    let backend = Arc::new(Backend::start(&config, kiosk_clock.clone()).expect("backend"));

    // The heartbeat measures the skew against the server's Date header.
    let server = central.server.central().clone();
    wait_until("a heartbeat with the skew", Duration::from_secs(10), || {
        server
            .kiosk_statuses()
            .unwrap()
            .iter()
            .any(|k| k.status.clock.and_then(|c| c.skew_seconds).is_some())
    });
    let record = server.kiosk_statuses().unwrap().remove(0);
    let skew = record.status.clock.unwrap().skew_seconds.unwrap();
    assert!(
        (skew + 25 * 3600).abs() <= 1,
        "the server is 25 h behind the kiosk: {skew}"
    );
    assert_eq!(backend.health.clock_status().skew_seconds, Some(skew));
    assert_eq!(
        record.status.clock.unwrap().ntp_synchronized,
        None,
        "a pinned clock"
    );

    // A synpunkt stamped 25 h ahead: the server's bound is 24 h. It is
    // not refused: it waits, counted as clock skew.
    let receipt = backend
        .outbox
        .enqueue_synpunkt(synpunkt("kiosk-1"))
        .unwrap();
    wait_until("a first attempt", Duration::from_secs(10), || {
        backend.outbox.state().last_error.is_some()
    });
    let state = backend.outbox.state();
    assert_eq!(state.last_error, Some(ErrorClass::ClockSkew));
    assert_eq!((state.pending, state.rejected), (1, 0));
    let row = backend
        .outbox
        .row(&receipt.local_reference)
        .unwrap()
        .unwrap();
    assert_eq!(row.state, "pending");
    assert_eq!(server.counts().unwrap().synpunkter, 0);

    // Two hours pass on the server (the kiosk is still 23 h ahead): it goes.
    central.clock.advance(Duration::from_secs(2 * 3600));
    backend.outbox.retry_now().unwrap();
    wait_until("delivery", Duration::from_secs(10), || {
        backend.outbox.state().pending == 0
    });
    let row = backend
        .outbox
        .row(&receipt.local_reference)
        .unwrap()
        .unwrap();
    assert_eq!(row.state, "delivered");
    let reference = row.server_reference.unwrap();
    let times = server.synpunkt_times(&reference).unwrap().unwrap();
    assert_eq!(times.submitted_at, receipt.submitted_at);
    assert_eq!(times.received_at, central.clock.now());
    assert_eq!(times.clock_skew_seconds, Some(23 * 3600));
    // The answer date counts from the server's time, not the kiosk's.
    assert_eq!(
        times.respond_by,
        Some(medborgarkiosk::calendar::answer_by(central.clock.now()))
    );
}

fn run_binary(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_medborgarkiosk"))
        .args(args)
        .env_remove("MEDBORGARKIOSK_API_TOKEN")
        .output()
        .unwrap()
}

/// The package's config without `[api]` is refused by `check-config` and
/// by the kiosk itself, before any window; `demo = true` is accepted.
#[test]
fn an_installed_kiosk_without_api_refuses_to_start_unless_it_is_a_demo() {
    let dir = tempfile::tempdir().unwrap();
    let packaged = dir.path().join("kiosk.toml");
    std::fs::write(
        &packaged,
        "kiosk_id = \"kiosk-1\"\ndata_dir = \"/var/lib/medborgarkiosk\"\n",
    )
    .unwrap();
    let path = packaged.to_str().unwrap();
    let check = run_binary(&["check-config", path]);
    assert_eq!(check.status.code(), Some(2));
    let err = String::from_utf8_lossy(&check.stderr);
    assert!(
        err.contains("`api`") && err.contains("demo = true"),
        "{err}"
    );
    // The kiosk itself: refused at start, exit 2, no window opened.
    let kiosk = run_binary(&["--config", path, "--windowed"]);
    assert_eq!(kiosk.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&kiosk.stderr).contains("bad configuration"),
        "{kiosk:?}"
    );
    // The package's own template as shipped.
    let template = concat!(env!("CARGO_MANIFEST_DIR"), "/deploy/kiosk.toml");
    let shipped = run_binary(&["check-config", template]);
    assert_eq!(shipped.status.code(), Some(2), "{shipped:?}");
    // As the template says: either `demo = true` or the [api] table.
    let text = std::fs::read_to_string(template).unwrap();
    let installed = std::path::Path::new("/etc/medborgarkiosk/kiosk.toml");
    let demo = text.replacen("#demo = true", "demo = true", 1);
    assert!(Config::parse(&demo, installed).unwrap().demo);
    let api = text
        .replacen("#[api]", "[api]", 1)
        .replacen("#base_url", "base_url", 1);
    let config = Config::parse(&api, installed).unwrap();
    assert!(!config.demo && config.api.base_url.is_some());

    std::fs::write(
        &packaged,
        "kiosk_id = \"kiosk-1\"\ndata_dir = \"/var/lib/medborgarkiosk\"\ndemo = true\n",
    )
    .unwrap();
    let check = run_binary(&["check-config", path]);
    assert!(check.status.success(), "{check:?}");
}

/// A demo promises no answer date and says it is a demo, in the heartbeat
/// and on the staff panel.
#[test]
fn a_demo_kiosk_promises_no_answer_date_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let text = format!("demo = true\ndata_dir = {:?}\n", dir.path());
    let config = Arc::new(Config::parse(&text, std::path::Path::new("t.toml")).unwrap());
    assert!(config.demo);
    let clock = support::monday_noon();
    let backend = Arc::new(Backend::start(&config, clock.clone()).expect("backend"));
    assert!(backend.built_in);
    let mut services = Services::new(config.clone(), clock, Arc::new(NoPrinter));
    services.set_backend(Some(backend.clone()));
    let draft = Draft::new(
        Kind::Complaint,
        "citizen-center",
        [Topic::Treatment].into(),
        "Lång väntan",
        Some(medborgarkiosk::synpunkt::Contact {
            name: None,
            email: None,
            phone: Some(Phone::parse("0701234567").unwrap()),
        }),
    )
    .unwrap();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let receipt = runtime
        .block_on(services.submit_synpunkt(draft, Language::Sv))
        .unwrap();
    assert_eq!(receipt.answer_by, None, "a demo server answers nobody");

    let central = backend.local_central().unwrap().central().clone();
    wait_until("a demo heartbeat", Duration::from_secs(10), || {
        central
            .kiosk_statuses()
            .unwrap()
            .iter()
            .any(|k| k.status.demo)
    });
    let status = medborgarkiosk::ui::screen::staff::sections(&medborgarkiosk::staff::StaffStatus {
        api: Some(backend.health.api()),
        demo: backend.health.is_demo(),
        ..Default::default()
    });
    let lines: Vec<String> = status.into_iter().flat_map(|(_, lines)| lines).collect();
    assert!(
        lines.contains(&medborgarkiosk::t!(Language::Sv, "staff-api-demo")),
        "{lines:?}"
    );

    // Nor does the contact step promise anything before sending.
    let mut h = support::Harness::with(
        config.clone(),
        Some(backend.clone()),
        iced::Size::new(1920.0, 1080.0),
    );
    h.click("Svenska");
    h.click(&medborgarkiosk::t!(Language::Sv, "tile-synpunkt"));
    h.show(medborgarkiosk::ui::screen::Screen::Synpunkt(Box::new({
        let mut state = medborgarkiosk::ui::screen::synpunkt::State::new(Language::Sv);
        state.set_step(medborgarkiosk::ui::screen::synpunkt::Step::Contact);
        state
    })));
    assert!(h.shows(
        Language::Sv,
        &medborgarkiosk::t!(Language::Sv, "syn-contact-demo")
    ));
    assert!(
        !h.texts().iter().any(|t| t.contains("senast")),
        "{:?}",
        h.texts()
    );

    // The same kiosk without demo = true (a developer's machine) promises
    // the date as before.
    let dir = tempfile::tempdir().unwrap();
    let text = format!("data_dir = {:?}\n", dir.path());
    let config = Arc::new(Config::parse(&text, std::path::Path::new("t.toml")).unwrap());
    let backend = Backend::start(&config, support::monday_noon()).unwrap();
    let receipt = backend
        .outbox
        .enqueue_synpunkt(synpunkt("kiosk-1"))
        .unwrap();
    assert!(receipt.respond_by.is_some());
}

/// `demo_open_all_hours = true`: the built-in API's services are open on
/// a holiday at night (scripts/measure.sh takes tickets at any hour), and
/// a ticket's follow page lives until midnight; without it they are
/// closed and say when they open.
#[test]
fn a_demo_open_at_all_hours_gives_a_ticket_on_a_holiday_night() {
    // Juldagen 2026, 03:00 Stockholm time.
    let night = Clock::manual(Utc.with_ymd_and_hms(2026, 12, 25, 2, 0, 0).unwrap());
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let services_of = |open_all_hours: bool| {
        let dir = tempfile::tempdir().unwrap();
        let text = format!(
            "demo = true\ndemo_open_all_hours = {open_all_hours}\ndata_dir = {:?}\n",
            dir.path()
        );
        let config = Config::parse(&text, std::path::Path::new("t.toml")).unwrap();
        let backend = Backend::start(&config, night.clone()).expect("backend");
        let office = config.office.id.clone();
        let services = runtime.block_on(backend.client.services(&office)).unwrap();
        (dir, config, backend, services)
    };

    let (_dir, _config, _backend, closed) = services_of(false);
    assert!(!closed.is_empty());
    for s in &closed {
        assert!(!s.open_now, "{} is open on a holiday night", s.id);
    }
    assert!(closed.iter().any(|s| s.next_opening.is_some()));

    let (_dir, config, backend, open) = services_of(true);
    assert_eq!(open.len(), closed.len());
    for s in &open {
        assert!(s.open_now && s.next_opening.is_none(), "{}: {s:?}", s.id);
    }
    let ticket = runtime
        .block_on(backend.client.create_ticket(
            &TicketRequest {
                service_id: open[0].id.clone(),
                office: config.office.id.clone(),
                kiosk_id: config.kiosk_id.clone(),
                language: Language::Ar,
                needs: TicketNeeds::default(),
                requested_at: night.now(),
                topic: None,
            },
            uuid::Uuid::new_v4(),
        ))
        .expect("a ticket at 03:00 on juldagen");
    assert!(
        ticket.ticket_number.starts_with(&open[0].prefix),
        "{ticket:?}"
    );
}

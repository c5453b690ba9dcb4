//! The kiosk's heartbeat reaches the reference server over loopback: the
//! backend starts it, the server keeps the latest per kiosk and lists it
//! at `GET /v1/kiosks`, and the kiosk's content version arrives with it.

use std::sync::Arc;
use std::time::{Duration, Instant};

use medborgarkiosk::backend::Backend;
use medborgarkiosk::config::Config;
use medborgarkiosk::contract::KioskStatusRecord;
use medborgarkiosk::ui::app::Kiosk;

fn wait_for(
    backend: &Backend,
    what: &str,
    done: impl Fn(&KioskStatusRecord) -> bool,
) -> KioskStatusRecord {
    // What the built-in server stored (only an admin token may list it
    // over HTTP; the kiosk's own token may not).
    let central = backend.local_central().expect("the built-in server");
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let kiosks = central.central().kiosk_statuses().unwrap_or_default();
        if let Some(record) = kiosks.into_iter().find(|k| k.kiosk_id == "tumba-test-1")
            && done(&record)
        {
            return record;
        }
        assert!(Instant::now() < deadline, "no heartbeat with {what}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn heartbeat_reaches_the_reference_server() {
    let dir = tempfile::tempdir().unwrap();
    let text = format!("kiosk_id = \"tumba-test-1\"\ndata_dir = {:?}\n", dir.path());
    let config = Arc::new(Config::parse(&text, std::path::Path::new("t.toml")).unwrap());
    // No [api]: the built-in reference server on loopback.
    let backend = Arc::new(Backend::start(&config, monday_ten()).expect("backend starts"));
    assert!(backend.built_in);

    let first = wait_for(&backend, "the outbox state", |_| true);
    assert_eq!(first.status.version, env!("CARGO_PKG_VERSION"));
    assert_eq!(first.status.outbox_depth, 0);
    assert!(first.status.uptime_seconds.is_some());

    // The kiosk tells the heartbeat its content; the next beat carries it.
    let kiosk =
        Kiosk::new(config.clone(), backend.clock().clone()).with_backend(Some(backend.clone()));
    let version = kiosk.catalog().version().to_string();
    let record = wait_for(&backend, "the content version", |r| {
        r.status.content_version.as_deref() == Some(version.as_str())
    });
    assert!(record.status.error_classes.is_empty(), "{record:?}");
    // The panel's API health comes from the heartbeat's answers.
    assert!(backend.health.api().last_success.is_some());
    assert_eq!(kiosk.staff_status().api.unwrap().last_error, None);
}

/// Monday 23 November 2026, 10:00 in Stockholm, standing still.
fn monday_ten() -> medborgarkiosk::clock::Clock {
    medborgarkiosk::clock::Clock::manual(
        chrono::DateTime::parse_from_rfc3339("2026-11-23T10:00:00+01:00")
            .unwrap()
            .to_utc(),
    )
}

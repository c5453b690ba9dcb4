//! Refused submissions must not vanish (issue 20), over real HTTP on
//! loopback: the outbox against a proxy that answers 404, 409, a captive
//! portal's HTML 200, a 422 without a problem type, a redirect, a proxy's
//! 502 page and an unknown status — each retried and counted, none given
//! up — then the central API's definite refusal, kept aside with its
//! reason, reported in the heartbeat, listed, requeued and purged by IT
//! with the `medborgarkiosk outbox` command, and its personal fields erased
//! after `keep_refused_days` with an audit line.

use crate::common;

use std::process::Command;
use std::time::{Duration, Instant};

use common::{Fault, FaultProxy, TOKEN, start_server};
use medborgarkiosk::api::client::{ApiClient, ApiConfig};
use medborgarkiosk::clock::Clock;
use medborgarkiosk::contract::*;
use medborgarkiosk::i18n::Language;
use medborgarkiosk::outbox::{NewSynpunkt, Outbox, OutboxConfig, OutboxError, Refusal, Which};

fn api() -> ApiConfig {
    ApiConfig {
        connect_timeout_ms: 500,
        request_timeout_ms: 2_000,
        // No retries inside a call: each proxy answer is one attempt.
        max_retries: 0,
        ..ApiConfig::default()
    }
}

fn outbox_config() -> OutboxConfig {
    OutboxConfig {
        backoff_initial_ms: 1_000,
        backoff_max_ms: 60_000,
        keep_refused_days: 30,
        ..OutboxConfig::default()
    }
}

fn synpunkt(message: &str) -> NewSynpunkt {
    NewSynpunkt {
        kind: SynpunktKind::Complaint,
        service_area: "medborgarcenter".into(),
        topics: vec![SynpunktTopic::Treatment],
        message: message.into(),
        contact: Some(Contact {
            name: Some("Hemlig Person".into()),
            email: Some("hemlig@example.org".into()),
            phone: None,
        }),
        language: Language::Sv,
        kiosk_id: "tumba-1".into(),
    }
}

/// `medborgarkiosk --config CONFIG outbox ARGS…`, the real binary, off
/// the test's runtime: (success, stdout, stderr).
async fn it(config: &std::path::Path, args: &[&str]) -> (bool, String, String) {
    let config = config.to_owned();
    let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    tokio::task::spawn_blocking(move || {
        let output = Command::new(env!("CARGO_BIN_EXE_medborgarkiosk"))
            .arg("--config")
            .arg(&config)
            .arg("outbox")
            .args(&args)
            .output()
            .unwrap();
        (
            output.status.success(),
            String::from_utf8_lossy(&output.stdout).into_owned(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        )
    })
    .await
    .unwrap()
}

/// The kiosk's clock: the test's moment, standing still; back-off is
/// stepped over by moving it.
fn kiosk_clock() -> Clock {
    Clock::manual(common::now())
}

#[tokio::test]
async fn only_a_definite_validation_refusal_takes_a_submission_out_of_the_queue() {
    let dir = tempfile::tempdir().unwrap();
    let server = start_server(dir.path()).await;
    let proxy = FaultProxy::start(server.addr, Vec::new()).await;
    let client = ApiClient::new(&proxy.base_url(), TOKEN, &api()).unwrap();
    let clock = kiosk_clock();
    let outbox = Outbox::open(
        &dir.path().join("outbox.sqlite3"),
        outbox_config(),
        clock.clone(),
    )
    .unwrap();
    let receipt = outbox.enqueue_synpunkt(synpunkt("Lång väntan.")).unwrap();

    let cases = [
        (Fault::Problem(404), ErrorClass::Rejected, "404"),
        (Fault::Problem(408), ErrorClass::Timeout, "408"),
        (Fault::Problem(409), ErrorClass::Rejected, "409"),
        (
            Fault::Html200,
            ErrorClass::Protocol,
            "a captive portal's HTML 200",
        ),
        (
            Fault::Plain422,
            ErrorClass::Rejected,
            "422 without a problem type",
        ),
        (
            Fault::Problem(422),
            ErrorClass::Rejected,
            "422 of type about:blank",
        ),
        (Fault::Redirect302, ErrorClass::Rejected, "a redirect"),
        (
            Fault::ProxyHtml502,
            ErrorClass::Server,
            "a proxy's 502 page",
        ),
        (
            Fault::Problem(418),
            ErrorClass::Rejected,
            "an unknown status",
        ),
    ];
    for (attempt, (fault, class, what)) in cases.into_iter().enumerate() {
        proxy.push(&[fault]);
        assert_eq!(outbox.deliver_due(&client).await.unwrap(), 1, "{what}");
        let row = outbox.row(&receipt.local_reference).unwrap().unwrap();
        assert_eq!(row.state, "pending", "{what} must not give the synpunkt up");
        assert_eq!(row.attempts as usize, attempt + 1);
        assert!(row.body.contains("Lång väntan."), "{what}: kept whole");
        let state = outbox.state();
        assert_eq!(state.last_error, Some(class), "{what}");
        assert_eq!((state.pending, state.rejected), (1, 0), "{what}");
        // Not due again until the back-off has passed.
        assert_eq!(
            outbox.deliver_due(&client).await.unwrap(),
            0,
            "{what}: back-off"
        );
        clock.advance(Duration::from_secs(120));
    }
    // The redirect was not followed: the portal got nothing.
    assert_eq!(server.central().counts().unwrap().synpunkter, 0);
    // The network is fine again: delivered, exactly once.
    assert_eq!(outbox.deliver_due(&client).await.unwrap(), 1);
    let row = outbox.row(&receipt.local_reference).unwrap().unwrap();
    assert_eq!(row.state, "delivered");
    assert_eq!(server.central().counts().unwrap().synpunkter, 1);
    assert_eq!(outbox.state().last_error, None);

    // The central API's definite refusal: kept aside, with the reason.
    let refused = outbox
        .enqueue_synpunkt(synpunkt("Andra synpunkten."))
        .unwrap();
    proxy.push(&[Fault::InvalidSubmission]);
    outbox.deliver_due(&client).await.unwrap();
    let row = outbox.row(&refused.local_reference).unwrap().unwrap();
    assert_eq!(row.state, "rejected");
    let state = outbox.state();
    assert_eq!((state.pending, state.rejected), (0, 1));
    assert_eq!(
        state.last_refusal,
        Some(Refusal {
            status: 422,
            fields: vec![("contact.email".into(), "invalid".into())],
        })
    );
    assert_eq!(
        state.oldest_refused_at.map(|t| t.timestamp_millis()),
        Some(clock.now().timestamp_millis())
    );
    clock.advance(Duration::from_secs(3600));
    let status = state.to_kiosk_status("0.1.0", clock.now());
    assert_eq!(status.refused_count, 1);
    assert_eq!(status.oldest_refused_age_seconds, Some(3600));
    // Not retried by itself.
    clock.advance(Duration::from_secs(24 * 3600));
    assert_eq!(outbox.deliver_due(&client).await.unwrap(), 0);
    proxy.stop();
}

/// The heartbeat carries the refused count and the oldest refusal's age
/// to the central API.
#[tokio::test]
async fn the_heartbeat_reports_refused_submissions() {
    let dir = tempfile::tempdir().unwrap();
    let server = start_server(dir.path()).await;
    let proxy = FaultProxy::start(server.addr, vec![Fault::InvalidSubmission]).await;
    let clock = kiosk_clock();
    let outbox = Outbox::open(
        &dir.path().join("outbox.sqlite3"),
        outbox_config(),
        clock.clone(),
    )
    .unwrap();
    outbox.enqueue_synpunkt(synpunkt("Avvisas.")).unwrap();
    let via_proxy = ApiClient::new(&proxy.base_url(), TOKEN, &api()).unwrap();
    outbox.deliver_due(&via_proxy).await.unwrap();
    clock.advance(Duration::from_secs(600));
    let direct = ApiClient::new(&server.base_url, TOKEN, &api()).unwrap();
    let health = medborgarkiosk::staff::health::Health::new(clock.clone());
    let beat = medborgarkiosk::staff::health::spawn_heartbeat(
        direct,
        "tumba-1".into(),
        outbox.clone(),
        health.clone(),
        Duration::from_millis(50),
    );
    let deadline = Instant::now() + Duration::from_secs(5);
    let record = loop {
        if let Some(k) = server
            .central()
            .kiosk_statuses()
            .unwrap()
            .into_iter()
            .find(|k| k.kiosk_id == "tumba-1")
        {
            break k;
        }
        assert!(Instant::now() < deadline, "no heartbeat");
        tokio::time::sleep(Duration::from_millis(20)).await;
    };
    beat.abort();
    assert_eq!(record.status.refused_count, 1);
    assert_eq!(record.status.oldest_refused_age_seconds, Some(600));
    assert_eq!(record.status.outbox_depth, 0);
    // The clock state rides along (a pinned clock: NTP unknown; the skew
    // against the server's Date header measured).
    let clock_status = record.status.clock.unwrap();
    assert_eq!(clock_status.ntp_synchronized, None);
    assert!(health.clock_status().skew_seconds.is_some());
    proxy.stop();
}

/// IT's view: `medborgarkiosk outbox list|requeue|purge` on the kiosk's
/// data directory (the real binary), every change in the audit log, no
/// personal data printed; and the retention erasure after
/// `keep_refused_days`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn it_lists_requeues_and_purges_refused_submissions_and_old_ones_lose_their_fields() {
    let dir = tempfile::tempdir().unwrap();
    let server = start_server(dir.path()).await;
    let proxy = FaultProxy::start(server.addr, Vec::new()).await;
    let data = dir.path().join("kiosk");
    std::fs::create_dir_all(&data).unwrap();
    let config = dir.path().join("kiosk.toml");
    std::fs::write(
        &config,
        format!("kiosk_id = \"tumba-1\"\ndata_dir = {data:?}\n"),
    )
    .unwrap();
    let clock = kiosk_clock();
    let outbox =
        Outbox::open(&data.join("outbox.sqlite3"), outbox_config(), clock.clone()).unwrap();
    let client = ApiClient::new(&proxy.base_url(), TOKEN, &api()).unwrap();
    let mut references = Vec::new();
    for i in 0..3 {
        let r = outbox
            .enqueue_synpunkt(synpunkt(&format!("Synpunkt {i} hemlig text.")))
            .unwrap();
        references.push(r.local_reference);
    }
    proxy.push(&[Fault::InvalidSubmission; 3]);
    assert_eq!(outbox.deliver_due(&client).await.unwrap(), 3);
    assert_eq!(outbox.state().rejected, 3);

    let (ok, list, err) = it(&config, &["list"]).await;
    assert!(ok, "{err}");
    for reference in &references {
        assert!(list.contains(reference.as_str()), "{list}");
    }
    assert!(list.contains("refused"), "{list}");
    assert!(list.contains("contact.email (invalid)"), "{list}");
    for secret in ["hemlig", "Hemlig Person", "example.org"] {
        assert!(
            !list.contains(secret),
            "no personal data in the list: {list}"
        );
    }

    // Requeue one after the cause is fixed: it goes, exactly once.
    let first = references[0].clone();
    let (ok, out, err) = it(&config, &["requeue", &first]).await;
    assert!(ok, "{err}");
    assert_eq!(out.trim(), format!("requeued {first}"));
    assert_eq!(outbox.row(&first).unwrap().unwrap().state, "pending");
    assert_eq!(outbox.deliver_due(&client).await.unwrap(), 1);
    assert_eq!(outbox.row(&first).unwrap().unwrap().state, "delivered");
    assert_eq!(server.central().counts().unwrap().synpunkter, 1);

    // Purge another.
    let second = references[1].clone();
    assert_eq!(
        outbox.purge(&Which::One(second.clone())).unwrap(),
        vec![second.clone()]
    );
    assert!(outbox.row(&second).unwrap().is_none());
    assert!(matches!(
        outbox.purge(&Which::One(first.clone())),
        Err(OutboxError::NotRefused(_))
    ));

    // The last one is kept 30 days; then its message and contact go.
    let third = references[2].clone();
    clock.advance(Duration::from_secs(29 * 24 * 3600));
    assert!(outbox.erase_expired_refused().unwrap().is_empty());
    clock.advance(Duration::from_secs(2 * 24 * 3600));
    assert_eq!(outbox.erase_expired_refused().unwrap(), vec![third.clone()]);
    let row = outbox.row(&third).unwrap().unwrap();
    assert_eq!(row.state, "rejected", "still counted for IT");
    assert!(!row.body.contains("hemlig"), "{}", row.body);
    assert!(!row.body.contains("example.org"), "{}", row.body);
    assert!(
        row.body.contains(&third),
        "the reference stays: {}",
        row.body
    );
    assert!(matches!(
        outbox.requeue(&Which::One(third.clone())),
        Err(OutboxError::Erased(_))
    ));
    // Nothing personal lingers in the database file either.
    let bytes = std::fs::read(data.join("outbox.sqlite3")).unwrap();
    let hay = String::from_utf8_lossy(&bytes);
    assert!(
        !hay.contains("Synpunkt 2 hemlig"),
        "erased text left on disk"
    );

    // The audit log names each action with the reference, never a text.
    medborgarkiosk::audit::flush();
    let audit = std::fs::read_to_string(data.join(medborgarkiosk::audit::FILE)).unwrap();
    for (action, reference) in [
        ("outbox_requeued", &first),
        ("outbox_purged", &second),
        ("outbox_refused_erased", &third),
    ] {
        assert!(
            audit
                .lines()
                .any(|l| l.contains(action) && l.contains(reference.as_str())),
            "{action} {reference}: {audit}"
        );
    }
    assert!(!audit.contains("hemlig"));
    let (ok, list, _) = it(&config, &["list"]).await;
    assert!(ok);
    assert!(list.contains("(personal fields erased)"), "{list}");
    assert!(
        !list.contains(&first),
        "delivered rows are not listed: {list}"
    );
    proxy.stop();
}

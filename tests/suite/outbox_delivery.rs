//! The outbox against the reference server through a fault-injecting
//! loopback proxy, and a crash test with a real child process killed with
//! SIGKILL during delivery.

use crate::common;

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use common::{ADMIN_TOKEN, Fault, FaultProxy, TOKEN, start_server};
use medborgarkiosk::api::client::{ApiClient, ApiConfig};
use medborgarkiosk::contract::*;
use medborgarkiosk::i18n::Language;
use medborgarkiosk::outbox::{NewSynpunkt, Outbox, OutboxConfig};
use uuid::Uuid;

fn fast_api() -> ApiConfig {
    ApiConfig {
        connect_timeout_ms: 300,
        request_timeout_ms: 700,
        max_retries: 2,
        backoff_initial_ms: 20,
        backoff_max_ms: 1_500,
        ..ApiConfig::default()
    }
}

fn fast_outbox() -> OutboxConfig {
    OutboxConfig {
        batch_size: 8,
        concurrency: 4,
        backoff_initial_ms: 30,
        backoff_max_ms: 300,
        idle_poll_ms: 100,
        ..OutboxConfig::default()
    }
}

fn synpunkt(i: usize) -> NewSynpunkt {
    NewSynpunkt {
        kind: SynpunktKind::Complaint,
        service_area: "medborgarcenter".into(),
        topics: vec![SynpunktTopic::Treatment, SynpunktTopic::Other],
        message: format!("Synpunkt nummer {i}.\nRad två."),
        contact: (!i.is_multiple_of(3)).then(|| Contact {
            name: Some(format!("Besökare {i}")),
            email: Some(format!("b{i}@example.org")),
            phone: Some("08-530 610 00".into()),
        }),
        language: Language::Sv,
        kiosk_id: "tumba-1".into(),
    }
}

async fn wait_until_empty(outbox: &Outbox, limit: Duration) {
    let mut rx = outbox.subscribe();
    let deadline = Instant::now() + limit;
    while rx.borrow_and_update().pending > 0 {
        let left = deadline.saturating_duration_since(Instant::now());
        assert!(
            !left.is_zero(),
            "outbox not empty in time: {:?}",
            outbox.state()
        );
        let _ = tokio::time::timeout(left, rx.changed()).await;
    }
}

#[tokio::test]
async fn client_retries_503_and_429_with_retry_after_but_not_500_or_4xx() {
    let dir = tempfile::tempdir().unwrap();
    let server = start_server(dir.path()).await;
    let proxy = FaultProxy::start(
        server.addr,
        vec![Fault::Status503RetryAfter, Fault::Status429],
    )
    .await;
    let c = ApiClient::new(&proxy.base_url(), TOKEN, &fast_api()).unwrap();
    let started = Instant::now();
    let offices = c.offices().await.unwrap();
    assert!(!offices.is_empty());
    assert_eq!(proxy.requests.load(Ordering::SeqCst), 3);
    assert!(
        started.elapsed() >= Duration::from_millis(1900),
        "Retry-After: 1 respected twice"
    );

    proxy.push(&[Fault::Status500]);
    let err = c.offices().await.unwrap_err();
    assert_eq!(err.class(), ErrorClass::Server);
    assert_eq!(
        proxy.requests.load(Ordering::SeqCst),
        4,
        "500 is not retried by the client"
    );

    let before = proxy.requests.load(Ordering::SeqCst);
    let err = c.services("nowhere").await.unwrap_err();
    assert_eq!(err.class(), ErrorClass::Rejected);
    assert_eq!(
        proxy.requests.load(Ordering::SeqCst),
        before + 1,
        "404 is not retried"
    );

    // Closed mid-response: retried, the server stored the first one, the
    // idempotency key makes the retry return it again.
    proxy.push(&[Fault::ForwardThenClose]);
    let req = SynpunktRequest {
        kind: SynpunktKind::Suggestion,
        service_area: "medborgarcenter".into(),
        topics: vec![SynpunktTopic::Accessibility],
        message: "Fler bänkar".into(),
        contact: None,
        language: Language::Sv,
        kiosk_id: "tumba-1".into(),
        submitted_at: common::now(),
        local_reference: "BK-AAAAAA".into(),
    };
    let receipt = c.submit_synpunkt(&req, Uuid::new_v4()).await.unwrap();
    assert_eq!(server.central().counts().unwrap().synpunkter, 1);
    assert!(receipt.reference.starts_with("SP-"));
    // Too slow: timeout, retried, still exactly one.
    proxy.push(&[Fault::ForwardThenDelay(Duration::from_millis(1500))]);
    let mut req2 = req.clone();
    req2.local_reference = "BK-BBBBBB".into();
    c.submit_synpunkt(&req2, Uuid::new_v4()).await.unwrap();
    assert_eq!(server.central().counts().unwrap().synpunkter, 2);
}

#[tokio::test]
async fn every_submission_arrives_exactly_once_through_faults_and_an_outage() {
    let dir = tempfile::tempdir().unwrap();
    let server = start_server(dir.path()).await;
    // Reserve a port for the proxy, which starts "down".
    let port_holder = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let proxy_addr = port_holder.local_addr().unwrap();
    drop(port_holder);
    let base_url = format!("http://{proxy_addr}");

    let outbox = Outbox::open(
        &dir.path().join("outbox.sqlite3"),
        fast_outbox(),
        common::clock(),
    )
    .unwrap();
    let mut receipts = Vec::new();
    for i in 0..40 {
        receipts.push(outbox.enqueue_synpunkt(synpunkt(i)).unwrap());
    }
    assert_eq!(outbox.state().pending, 40);
    let client = ApiClient::new(&base_url, TOKEN, &fast_api()).unwrap();
    let delivery = outbox.spawn_delivery(client);

    // Down: connection refused for a while.
    tokio::time::sleep(Duration::from_millis(600)).await;
    let state = outbox.state();
    assert_eq!(state.pending, 40);
    assert_eq!(state.last_error, Some(ErrorClass::Network));
    assert!(state.oldest_pending_age(common::now()).unwrap() >= Duration::from_millis(500));

    // Back, but faulty for a while.
    let listener = tokio::net::TcpListener::bind(proxy_addr).await.unwrap();
    let mut script = Vec::new();
    for _ in 0..3 {
        script.extend([
            Fault::Status500,
            Fault::ForwardThenClose,
            Fault::Status503RetryAfter,
            Fault::ForwardThenDelay(Duration::from_millis(900)),
            Fault::Drop,
            Fault::Pass,
            Fault::ForwardThenClose,
            Fault::Status429,
        ]);
    }
    let proxy = FaultProxy::start_on(listener, server.addr, script, Fault::Pass);
    outbox.retry_now().unwrap();
    wait_until_empty(&outbox, Duration::from_secs(20)).await;
    delivery.stop().await;

    let state = outbox.state();
    assert_eq!((state.pending, state.delivered, state.rejected), (0, 40, 0));
    assert_eq!(state.last_error, None, "cleared by the successes");
    assert!(
        proxy.requests.load(Ordering::SeqCst) > 40,
        "faults were hit"
    );

    // Exactly once at the server, all of them.
    let stored: Vec<String> = server.central().synpunkt_local_references().unwrap();
    let stored_set: BTreeSet<String> = stored.iter().cloned().collect();
    assert_eq!(stored.len(), 40, "no duplicates");
    let sent: BTreeSet<String> = receipts.iter().map(|r| r.local_reference.clone()).collect();
    assert_eq!(stored_set, sent);

    // Confirmed rows keep the server reference and lose the personal data.
    for r in &receipts {
        let row = outbox.row(&r.local_reference).unwrap().unwrap();
        assert_eq!(row.state, "delivered");
        assert!(row.server_reference.as_deref().unwrap().starts_with("SP-"));
        assert!(!row.body.contains("Synpunkt nummer"), "message erased");
        assert!(
            !row.body.contains("example.org") && !row.body.contains("Besökare"),
            "contact erased"
        );
        assert!(row.body.contains(&r.local_reference));
    }
    // secure_delete: the text is not left in the database file either.
    drop(outbox);
    let bytes = std::fs::read(dir.path().join("outbox.sqlite3")).unwrap();
    let hay = String::from_utf8_lossy(&bytes);
    assert!(
        !hay.contains("Synpunkt nummer"),
        "message text left on disk"
    );
    proxy.stop();
}

#[tokio::test]
async fn rejected_submissions_are_kept_aside_and_not_retried() {
    let dir = tempfile::tempdir().unwrap();
    let server = start_server(dir.path()).await;
    let outbox = Outbox::open(
        &dir.path().join("outbox.sqlite3"),
        fast_outbox(),
        common::clock(),
    )
    .unwrap();
    let ok = outbox.enqueue_synpunkt(synpunkt(1)).unwrap();
    // A bad e-mail address never gets in: the outbox checks with the same
    // rules the screen does.
    let mut invalid = synpunkt(2);
    invalid.contact = Some(Contact {
        email: Some("no at sign".into()),
        ..Contact::default()
    });
    assert!(matches!(
        outbox.enqueue_synpunkt(invalid),
        Err(medborgarkiosk::outbox::OutboxError::Invalid(
            "contact.email"
        ))
    ));
    // A kiosk id the server refuses (a misconfigured kiosk): stored here,
    // refused there.
    let mut bad = synpunkt(2);
    bad.kiosk_id = "tumba 1!".into();
    let bad = outbox.enqueue_synpunkt(bad).unwrap();
    let client = ApiClient::new(&server.base_url, TOKEN, &fast_api()).unwrap();
    assert_eq!(outbox.deliver_due(&client).await.unwrap(), 2);
    let state = outbox.state();
    assert_eq!((state.pending, state.delivered, state.rejected), (0, 1, 1));
    assert_eq!(state.last_error, Some(ErrorClass::Rejected));
    assert_eq!(
        outbox.row(&bad.local_reference).unwrap().unwrap().state,
        "rejected"
    );
    assert_eq!(
        outbox.row(&ok.local_reference).unwrap().unwrap().state,
        "delivered"
    );
    assert_eq!(outbox.deliver_due(&client).await.unwrap(), 0);
    assert_eq!(server.central().counts().unwrap().synpunkter, 1);
    // Wrong token: kept pending (IT can fix the token), classed Auth.
    let again = outbox.enqueue_synpunkt(synpunkt(3)).unwrap();
    let wrong = ApiClient::new(&server.base_url, "wrong", &fast_api()).unwrap();
    outbox.deliver_due(&wrong).await.unwrap();
    assert_eq!(outbox.state().last_error, Some(ErrorClass::Auth));
    assert_eq!(
        outbox.row(&again.local_reference).unwrap().unwrap().state,
        "pending"
    );
    outbox.retry_now().unwrap();
    outbox.deliver_due(&client).await.unwrap();
    assert_eq!(outbox.state().pending, 0);
    let status = outbox.state().to_kiosk_status("0.1.0", common::now());
    assert_eq!(status.outbox_depth, 0);
    assert_eq!(status.oldest_pending_age_seconds, None);
}

// Multi-threaded: the test blocks on the child process while its own
// reference server must keep serving.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kill_9_during_delivery_then_restart_delivers_each_exactly_once() {
    let dir = tempfile::tempdir().unwrap();
    let server = start_server(dir.path()).await;
    // Responses are held back after the server stored the submission, so
    // the kill lands between "stored" and "confirmed".
    let proxy = FaultProxy::start(server.addr, Vec::new()).await;
    proxy.set_default(Fault::ForwardThenDelay(Duration::from_millis(250)));
    let db = dir.path().join("kiosk-outbox.sqlite3");
    let exe = env!("CARGO_BIN_EXE_medborgarkiosk-outbox-drive");
    const N: u32 = 30;

    let mut child = Command::new(exe)
        .arg("--db")
        .arg(&db)
        .args(["--base-url", &proxy.base_url(), "--enqueue", &N.to_string()])
        .args(["--kiosk-id", "tumba-1"])
        .args(["--clock-from", &common::now().to_rfc3339()])
        .env("MEDBORGARKIOSK_API_TOKEN", TOKEN)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel::<String>();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let mut enqueued = BTreeSet::new();
    loop {
        let line = rx
            .recv_timeout(Duration::from_secs(20))
            .expect("child output");
        if let Some(r) = line.strip_prefix("ENQUEUED ") {
            enqueued.insert(r.to_owned());
        }
        if line == "DELIVERING" {
            break;
        }
    }
    assert_eq!(enqueued.len(), N as usize);
    // Wait until some have reached the server, then kill -9.
    let deadline = Instant::now() + Duration::from_secs(20);
    while server.central().counts().unwrap().synpunkter < 5 {
        assert!(Instant::now() < deadline, "child delivered nothing");
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    child.kill().unwrap(); // SIGKILL on Unix
    let status = child.wait().unwrap();
    assert!(!status.success());
    let stored_at_kill = server.central().counts().unwrap().synpunkter;
    assert!(stored_at_kill < u64::from(N), "killed before the end");
    {
        let outbox = Outbox::open(&db, OutboxConfig::default(), common::clock()).unwrap();
        let s = outbox.state();
        assert!(
            s.delivered < stored_at_kill,
            "some were stored by the server but not confirmed ({} confirmed, {stored_at_kill} stored)",
            s.delivered
        );
        assert_eq!(
            s.pending + s.delivered,
            u64::from(N),
            "nothing lost locally"
        );
    }

    // Restart: only deliver, straight to the server.
    let mut restart = Command::new(exe);
    restart
        .arg("--db")
        .arg(&db)
        .args(["--base-url", &server.base_url])
        .args(["--clock-from", &common::now().to_rfc3339()])
        .env("MEDBORGARKIOSK_API_TOKEN", TOKEN);
    let output = tokio::task::spawn_blocking(move || restart.output().unwrap())
        .await
        .unwrap();
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{text}");
    assert!(
        text.contains(&format!("DONE pending=0 delivered={N} rejected=0")),
        "{text}"
    );

    let stored = server.central().synpunkt_local_references().unwrap();
    assert_eq!(
        stored.len(),
        N as usize,
        "exactly once: no duplicates, none missing"
    );
    let stored: BTreeSet<String> = stored.into_iter().collect();
    assert_eq!(stored, enqueued);
    proxy.stop();
}

#[tokio::test]
async fn heartbeat_reports_the_outbox_state() {
    let dir = tempfile::tempdir().unwrap();
    let server = start_server(dir.path()).await;
    let outbox = Outbox::open(
        &dir.path().join("outbox.sqlite3"),
        fast_outbox(),
        common::clock(),
    )
    .unwrap();
    outbox.enqueue_synpunkt(synpunkt(1)).unwrap();
    outbox.enqueue_synpunkt(synpunkt(2)).unwrap();
    let client = ApiClient::new(&server.base_url, TOKEN, &fast_api()).unwrap();
    // IT's view of the kiosks (a kiosk's own token may not list them).
    let it = ApiClient::new(&server.base_url, ADMIN_TOKEN, &fast_api()).unwrap();
    // The kiosk's own heartbeat (staff::health), as Backend starts it.
    let health = medborgarkiosk::staff::health::Health::new(common::clock());
    let beat = medborgarkiosk::staff::health::spawn_heartbeat(
        client.clone(),
        "tumba-1".into(),
        outbox.clone(),
        health,
        Duration::from_millis(50),
    );
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let kiosks = it.kiosks().await.unwrap();
        if let Some(k) = kiosks.iter().find(|k| k.kiosk_id == "tumba-1") {
            assert_eq!(k.status.version, env!("CARGO_PKG_VERSION"));
            if k.status.outbox_depth == 2 {
                assert!(k.status.oldest_pending_age_seconds.is_some());
                break;
            }
        }
        assert!(Instant::now() < deadline, "no heartbeat with depth 2");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // After delivery the next heartbeat says 0.
    outbox.deliver_due(&client).await.unwrap();
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let kiosks = it.kiosks().await.unwrap();
        let k = kiosks.iter().find(|k| k.kiosk_id == "tumba-1").unwrap();
        if k.status.outbox_depth == 0 {
            assert_eq!(k.status.oldest_pending_age_seconds, None);
            assert_eq!(k.status.last_error_class, None);
            break;
        }
        assert!(Instant::now() < deadline, "no heartbeat with depth 0");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    beat.abort();
}

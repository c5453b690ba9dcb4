//! Least privilege and bounds of the reference central API (issue 20), over
//! real HTTP on loopback: tokens per device with roles and bound ids, rate
//! limits per token, time-outs and a connection cap against slow clients,
//! 405 as problem+json, clock skew, bidi controls and retention.

use crate::common;

use std::time::{Duration, Instant};

use chrono::{TimeZone, Utc};
use common::{
    ADMIN_TOKEN, COUNTER_1_TOKEN, COUNTER_2_TOKEN, DISPLAY_TOKEN, TOKEN, TOKEN_TUMBA_2,
    central_config, raw, start_server, start_server_with,
};
use medborgarkiosk::api::client::{ApiClient, ApiConfig};
use medborgarkiosk::calendar::answer_by;
use medborgarkiosk::central::{Limits, Role, TokenConfig};
use medborgarkiosk::clock::Clock;
use medborgarkiosk::contract::*;
use medborgarkiosk::i18n::Language;
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use uuid::Uuid;

fn http() -> reqwest::Client {
    reqwest::Client::builder().build().unwrap()
}

fn ticket_body(kiosk: &str, at: chrono::DateTime<Utc>) -> Value {
    json!({
        "service_id": "information",
        "office": "botkyrka-tumba",
        "kiosk_id": kiosk,
        "language": "sv",
        "requested_at": at,
    })
}

fn synpunkt_body(kiosk: &str, at: chrono::DateTime<Utc>) -> Value {
    json!({
        "kind": "complaint",
        "service_area": "medborgarcenter",
        "topics": ["treatment"],
        "message": "Jag fick vänta länge.",
        "contact": {"name": "Test Testsson", "email": "test@example.org"},
        "language": "sv",
        "kiosk_id": kiosk,
        "submitted_at": at,
        "local_reference": "BK-SEC001",
    })
}

async fn send(
    method: reqwest::Method,
    url: String,
    token: &str,
    body: Option<&Value>,
) -> reqwest::Response {
    let mut req = http()
        .request(method.clone(), url)
        .bearer_auth(token)
        .header("Idempotency-Key", Uuid::new_v4().to_string());
    if let Some(body) = body {
        req = req.json(body);
    }
    req.send().await.unwrap()
}

async fn problem(r: reqwest::Response) -> Problem {
    assert_eq!(
        r.headers()["content-type"].to_str().unwrap(),
        PROBLEM_JSON,
        "errors are problem+json"
    );
    r.json().await.unwrap()
}

fn status_body() -> Value {
    json!({"version": "0.1.0", "outbox_depth": 0})
}

/// (who, token, method, URL, body, expected status)
type Case<'a> = (
    &'a str,
    &'a str,
    reqwest::Method,
    String,
    Option<Value>,
    u16,
);

/// Each token reaches its role's routes and only for its own kiosk or
/// counter; everything else is 403 problem+json and stores nothing.
#[tokio::test]
async fn tokens_have_roles_and_are_bound_to_their_kiosk_or_counter() {
    let dir = tempfile::tempdir().unwrap();
    let server = start_server(dir.path()).await;
    let base = &server.base_url;
    let now = common::now();
    use reqwest::Method;
    let post = Method::POST;
    let put = Method::PUT;
    let get = Method::GET;

    // (who, method, path, body, expected status)
    let tickets = format!("{base}/v1/tickets");
    let synpunkter = format!("{base}/v1/synpunkter");
    let call =
        |counter: &str| format!("{base}/v1/offices/botkyrka-tumba/counters/{counter}/call-next");
    let status_of = |kiosk: &str| format!("{base}/v1/kiosks/{kiosk}/status");
    let cases: Vec<Case> = vec![
        // A kiosk: its own tickets, synpunkter and heartbeat.
        (
            "kiosk",
            TOKEN,
            post.clone(),
            tickets.clone(),
            Some(ticket_body("tumba-1", now)),
            201,
        ),
        (
            "kiosk for another kiosk",
            TOKEN,
            post.clone(),
            tickets.clone(),
            Some(ticket_body("tumba-2", now)),
            403,
        ),
        (
            "kiosk",
            TOKEN,
            post.clone(),
            synpunkter.clone(),
            Some(synpunkt_body("tumba-1", now)),
            201,
        ),
        (
            "kiosk for another kiosk",
            TOKEN,
            post.clone(),
            synpunkter.clone(),
            Some(synpunkt_body("tumba-2", now)),
            403,
        ),
        (
            "kiosk",
            TOKEN,
            put.clone(),
            status_of("tumba-1"),
            Some(status_body()),
            200,
        ),
        (
            "kiosk writing another's heartbeat",
            TOKEN,
            put.clone(),
            status_of("tumba-2"),
            Some(status_body()),
            403,
        ),
        (
            "kiosk calling a desk",
            TOKEN,
            post.clone(),
            call("1"),
            Some(json!({})),
            403,
        ),
        (
            "kiosk listing kiosks",
            TOKEN,
            get.clone(),
            format!("{base}/v1/kiosks"),
            None,
            403,
        ),
        // A wall display: reads and its own heartbeat.
        (
            "display",
            DISPLAY_TOKEN,
            get.clone(),
            format!("{base}/v1/offices/botkyrka-tumba/now-serving"),
            None,
            200,
        ),
        (
            "display",
            DISPLAY_TOKEN,
            put.clone(),
            status_of("tumba-wall"),
            Some(status_body()),
            200,
        ),
        (
            "display issuing a ticket",
            DISPLAY_TOKEN,
            post.clone(),
            tickets.clone(),
            Some(ticket_body("tumba-wall", now)),
            403,
        ),
        // A desk: its own counter only, in its own office.
        (
            "counter 1",
            COUNTER_1_TOKEN,
            post.clone(),
            call("1"),
            Some(json!({})),
            200,
        ),
        (
            "counter 1 calling for counter 2",
            COUNTER_1_TOKEN,
            post.clone(),
            call("2"),
            Some(json!({})),
            403,
        ),
        (
            "counter 2",
            COUNTER_2_TOKEN,
            post.clone(),
            call("2"),
            Some(json!({})),
            200,
        ),
        (
            "counter of another office",
            COUNTER_1_TOKEN,
            post.clone(),
            format!("{base}/v1/offices/botkyrka-fittja/counters/1/call-next"),
            Some(json!({})),
            403,
        ),
        (
            "counter issuing a ticket",
            COUNTER_1_TOKEN,
            post.clone(),
            tickets.clone(),
            Some(ticket_body("tumba-1", now)),
            403,
        ),
        (
            "counter writing a heartbeat",
            COUNTER_1_TOKEN,
            put.clone(),
            status_of("1"),
            Some(status_body()),
            403,
        ),
        // IT: reads and lists the kiosks; no tickets, synpunkter or desks.
        (
            "admin",
            ADMIN_TOKEN,
            get.clone(),
            format!("{base}/v1/kiosks"),
            None,
            200,
        ),
        (
            "admin issuing a ticket",
            ADMIN_TOKEN,
            post.clone(),
            tickets.clone(),
            Some(ticket_body("tumba-1", now)),
            403,
        ),
        (
            "admin sending a synpunkt",
            ADMIN_TOKEN,
            post.clone(),
            synpunkter.clone(),
            Some(synpunkt_body("tumba-1", now)),
            403,
        ),
        (
            "admin calling a desk",
            ADMIN_TOKEN,
            post.clone(),
            call("1"),
            Some(json!({})),
            403,
        ),
        (
            "admin writing a heartbeat",
            ADMIN_TOKEN,
            put.clone(),
            status_of("tumba-1"),
            Some(status_body()),
            403,
        ),
        // Everyone reads offices and services.
        (
            "admin",
            ADMIN_TOKEN,
            get.clone(),
            format!("{base}/v1/offices"),
            None,
            200,
        ),
        (
            "counter",
            COUNTER_2_TOKEN,
            get.clone(),
            format!("{base}/v1/offices/botkyrka-tumba/services"),
            None,
            200,
        ),
    ];
    for (who, token, method, url, body, expected) in cases {
        let r = send(method.clone(), url.clone(), token, body.as_ref()).await;
        assert_eq!(r.status().as_u16(), expected, "{who}: {method} {url}");
        if expected == 403 {
            let p = problem(r).await;
            assert_eq!(p.type_uri, "urn:medborgarkiosk:problem:forbidden", "{who}");
        }
    }
    let counts = server.central().counts().unwrap();
    assert_eq!(
        (counts.tickets, counts.synpunkter),
        (1, 1),
        "refused requests stored nothing"
    );
    let kiosks: Vec<String> = server
        .central()
        .kiosk_statuses()
        .unwrap()
        .into_iter()
        .map(|k| k.kiosk_id)
        .collect();
    assert_eq!(kiosks, ["tumba-1", "tumba-wall"]);

    // A token shorter than 32 characters is never one of ours, even if a
    // config somehow held its hash.
    let r = send(
        get.clone(),
        format!("{base}/v1/offices"),
        &TOKEN[..31],
        None,
    )
    .await;
    assert_eq!(r.status(), 403);
}

/// One kiosk token may issue a minute's worth of tickets at once, then
/// one every few seconds: 429 with Retry-After; other tokens are not
/// held back. The kiosk's client waits as asked and gets its ticket.
#[tokio::test]
async fn rate_limits_per_token_answer_429_with_retry_after() {
    let dir = tempfile::tempdir().unwrap();
    // Monday 10:00 in Stockholm, standing still until the test moves it.
    let clock = Clock::manual(Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap());
    let config = central_config().with_limits(Limits {
        tickets_per_minute: 3,
        ..Limits::default()
    });
    let server = start_server_with(dir.path(), &clock, config).await;
    let tickets = format!("{}/v1/tickets", server.base_url);
    for _ in 0..3 {
        let r = send(
            reqwest::Method::POST,
            tickets.clone(),
            TOKEN,
            Some(&ticket_body("tumba-1", clock.now())),
        )
        .await;
        assert_eq!(r.status(), 201);
    }
    let r = send(
        reqwest::Method::POST,
        tickets.clone(),
        TOKEN,
        Some(&ticket_body("tumba-1", clock.now())),
    )
    .await;
    assert_eq!(r.status(), 429);
    assert_eq!(r.headers()["retry-after"], "20", "one ticket every 20 s");
    let p = problem(r).await;
    assert_eq!(
        (p.status, p.type_uri.as_str()),
        (429, "urn:medborgarkiosk:problem:rate-limited")
    );
    // Another kiosk is not held back by this one.
    let r = send(
        reqwest::Method::POST,
        tickets.clone(),
        TOKEN_TUMBA_2,
        Some(&ticket_body("tumba-2", clock.now())),
    )
    .await;
    assert_eq!(r.status(), 201);
    // Twenty seconds later: one more.
    clock.advance(Duration::from_secs(20));
    let r = send(
        reqwest::Method::POST,
        tickets.clone(),
        TOKEN,
        Some(&ticket_body("tumba-1", clock.now())),
    )
    .await;
    assert_eq!(r.status(), 201);
    assert_eq!(server.central().counts().unwrap().tickets, 5);

    // The kiosk's client takes the 429 as "wait": with a retry it tries
    // again after Retry-After (here the clock is moved meanwhile).
    let client = ApiClient::new(
        &server.base_url,
        TOKEN,
        &ApiConfig {
            max_retries: 0,
            ..ApiConfig::default()
        },
    )
    .unwrap();
    let request: TicketRequest =
        serde_json::from_value(ticket_body("tumba-1", clock.now())).unwrap();
    let err = client
        .create_ticket(&request, Uuid::new_v4())
        .await
        .unwrap_err();
    assert_eq!(err.class(), ErrorClass::RateLimited);
    assert_eq!(err.retry_after(), Some(Duration::from_secs(20)));
    assert!(err.is_transient());
}

/// Today's probe: 200 half-open connections stayed open for 35 s. Now a
/// connection that does not send its request head within the header
/// time-out is closed, at most `max_connections` are open at once, and
/// health keeps answering.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_clients_are_cut_off_and_health_keeps_answering() {
    let dir = tempfile::tempdir().unwrap();
    let config = central_config().with_limits(Limits {
        header_read_timeout_secs: 1,
        request_timeout_secs: 1,
        max_connections: 16,
        ..Limits::generous()
    });
    let server = start_server_with(dir.path(), &common::clock(), config).await;
    let addr = server.addr;

    // A handful of half-open connections (fewer than the cap): health
    // answers at once beside them.
    let mut idle = Vec::new();
    for _ in 0..8 {
        let mut s = TcpStream::connect(addr).await.unwrap();
        s.write_all(b"GET /v1/health HTTP/1.1\r\nHost: x\r\n")
            .await
            .unwrap();
        idle.push(s);
    }
    let started = Instant::now();
    let (status, _, _) = raw(
        addr,
        b"GET /v1/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    )
    .await;
    assert_eq!(status, 200);
    assert!(
        started.elapsed() < Duration::from_millis(800),
        "{:?}",
        started.elapsed()
    );
    // Each of them is closed by the server within the header time-out.
    for mut s in idle {
        let mut buf = [0u8; 256];
        let closed = tokio::time::timeout(Duration::from_secs(3), s.read(&mut buf))
            .await
            .expect("closed within the header time-out");
        assert!(matches!(closed, Ok(0) | Err(_)), "{closed:?}");
    }

    // A crowd of 60 silent connections, far over the cap of 16: they are
    // taken 16 at a time and each closed after a second; nothing stays.
    let opened = Instant::now();
    let mut crowd = Vec::new();
    for _ in 0..60 {
        crowd.push(TcpStream::connect(addr).await.unwrap());
    }
    // Health still answers: at worst after the crowd ahead of it in the
    // queue has timed out (60 / 16 rounds of one second).
    let started = Instant::now();
    let (status, _, _) = raw(
        addr,
        b"GET /v1/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    )
    .await;
    assert_eq!(status, 200);
    let health_took = started.elapsed();
    assert!(
        health_took < Duration::from_secs(6),
        "health took {health_took:?}"
    );
    let mut last_closed = Duration::ZERO;
    for mut s in crowd {
        let mut buf = [0u8; 64];
        let closed = tokio::time::timeout(Duration::from_secs(10), s.read(&mut buf))
            .await
            .expect("every silent connection is closed");
        assert!(matches!(closed, Ok(0) | Err(_)), "{closed:?}");
        last_closed = last_closed.max(opened.elapsed());
    }
    assert!(
        last_closed < Duration::from_secs(8),
        "the crowd was gone after {last_closed:?}"
    );
    eprintln!(
        "health beside 60 silent connections (cap 16, 1 s): {health_took:?}; all closed after {last_closed:?}"
    );

    // A body that never finishes: the request time-out answers 408 as
    // problem+json and the connection is freed.
    let mut s = TcpStream::connect(addr).await.unwrap();
    let head = format!(
        "POST /v1/tickets HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {TOKEN}\r\nIdempotency-Key: {}\r\n\
         Content-Type: application/json\r\nContent-Length: 500\r\n\r\n{{\"service_id\":",
        Uuid::new_v4()
    );
    s.write_all(head.as_bytes()).await.unwrap();
    let started = Instant::now();
    let mut response = Vec::new();
    tokio::time::timeout(Duration::from_secs(5), s.read_to_end(&mut response))
        .await
        .expect("answered within the request time-out")
        .unwrap();
    let text = String::from_utf8_lossy(&response).to_ascii_lowercase();
    assert!(text.starts_with("http/1.1 408"), "{text}");
    assert!(
        text.contains("content-type: application/problem+json"),
        "{text}"
    );
    assert!(started.elapsed() < Duration::from_secs(3));
    assert_eq!(server.central().counts().unwrap().tickets, 0);
}

/// A method a route does not have: 405 with `Allow`, as problem+json.
#[tokio::test]
async fn method_not_allowed_is_problem_json() {
    let dir = tempfile::tempdir().unwrap();
    let server = start_server(dir.path()).await;
    for (method, path) in [
        ("DELETE", "/v1/tickets"),
        ("GET", "/v1/synpunkter"),
        ("POST", "/v1/health"),
        ("PATCH", "/v1/kiosks/tumba-1/status"),
    ] {
        let request = format!(
            "{method} {path} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {TOKEN}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        );
        let (status, head, body) = raw(server.addr, request.as_bytes()).await;
        assert_eq!(status, 405, "{method} {path}");
        assert!(
            head.contains("content-type: application/problem+json"),
            "{head}"
        );
        assert!(head.contains("allow:"), "{head}");
        let p: Problem = serde_json::from_slice(&body).unwrap();
        assert_eq!(p.status, 405);
        assert_eq!(p.type_uri, "urn:medborgarkiosk:problem:method-not-allowed");
    }
}

/// A kiosk clock running fast: accepted up to 24 h ahead, both times
/// stored, the answer-by date counted from the server's (earlier) time,
/// the skew flagged; further ahead a clock-skew problem, never an
/// invalid submission.
#[tokio::test]
async fn a_fast_kiosk_clock_is_accepted_flagged_and_never_moves_the_answer_date() {
    let dir = tempfile::tempdir().unwrap();
    // Thursday 26 November 2026, 23:00 in Stockholm.
    let server_now = Utc.with_ymd_and_hms(2026, 11, 26, 22, 0, 0).unwrap();
    let clock = Clock::manual(server_now);
    let server = start_server_with(dir.path(), &clock, central_config()).await;
    // The kiosk thinks it is already Friday 01:00.
    let kiosk_time = server_now + chrono::Duration::hours(2);
    let r = send(
        reqwest::Method::POST,
        format!("{}/v1/synpunkter", server.base_url),
        TOKEN,
        Some(&synpunkt_body("tumba-1", kiosk_time)),
    )
    .await;
    assert_eq!(r.status(), 201);
    let receipt: SynpunktReceipt = r.json().await.unwrap();
    assert_eq!(receipt.clock_skew_seconds, Some(7200));
    assert_eq!(receipt.received_at, server_now);
    // Sent Thursday: Friday and Monday. (From the kiosk's Friday it would
    // have been Tuesday.)
    let monday = chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    assert_eq!(receipt.respond_by, Some(monday));
    assert_ne!(answer_by(kiosk_time), monday);
    let times = server
        .central()
        .synpunkt_times(&receipt.reference)
        .unwrap()
        .unwrap();
    assert_eq!(times.submitted_at, kiosk_time);
    assert_eq!(times.received_at, server_now);
    assert_eq!(times.clock_skew_seconds, Some(7200));
    // Four minutes ahead is ordinary jitter: not flagged.
    let mut body = synpunkt_body("tumba-1", server_now + chrono::Duration::minutes(4));
    body["local_reference"] = json!("BK-SEC002");
    let r = send(
        reqwest::Method::POST,
        format!("{}/v1/synpunkter", server.base_url),
        TOKEN,
        Some(&body),
    )
    .await;
    let receipt: SynpunktReceipt = r.json().await.unwrap();
    assert_eq!(receipt.clock_skew_seconds, None);
    // 25 hours ahead: the clock is wrong, not the synpunkt.
    let mut body = synpunkt_body("tumba-1", server_now + chrono::Duration::hours(25));
    body["local_reference"] = json!("BK-SEC003");
    let r = send(
        reqwest::Method::POST,
        format!("{}/v1/synpunkter", server.base_url),
        TOKEN,
        Some(&body),
    )
    .await;
    assert_eq!(r.status(), 422);
    let p = problem(r).await;
    assert_eq!(p.type_uri, PROBLEM_CLOCK_SKEW);
    assert_ne!(p.type_uri, PROBLEM_INVALID_SUBMISSION);
}

/// Bidirectional controls: refused in names, e-mail and phone; removed
/// from a message before it is stored.
#[tokio::test]
async fn bidi_controls_are_refused_in_contact_fields_and_removed_from_messages() {
    let dir = tempfile::tempdir().unwrap();
    let server = start_server(dir.path()).await;
    let url = format!("{}/v1/synpunkter", server.base_url);
    let now = common::now();
    for c in [
        '\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}',
        '\u{2068}', '\u{2069}',
    ] {
        for (field, value) in [
            ("name", format!("Anna{c}nossnevS")),
            ("email", format!("anna{c}@example.org")),
            ("phone", format!("070{c}1234567")),
        ] {
            let mut body = synpunkt_body("tumba-1", now);
            body["contact"][field] = json!(value);
            let r = send(reqwest::Method::POST, url.clone(), TOKEN, Some(&body)).await;
            assert_eq!(r.status(), 422, "{field} {c:?}");
            let p = problem(r).await;
            assert_eq!(p.type_uri, PROBLEM_INVALID_SUBMISSION);
            assert_eq!(p.errors[0].field, format!("contact.{field}"), "{c:?}");
        }
    }
    assert_eq!(server.central().counts().unwrap().synpunkter, 0);
    // In a message the words stay, the controls go.
    let mut body = synpunkt_body("tumba-1", now);
    body["message"] = json!("Ring mig på \u{202E}7654321-070\u{202C} tack");
    let r = send(reqwest::Method::POST, url, TOKEN, Some(&body)).await;
    assert_eq!(r.status(), 201);
    let receipt: SynpunktReceipt = r.json().await.unwrap();
    let stored = server
        .central()
        .synpunkt_fields(&receipt.reference)
        .unwrap()
        .unwrap();
    assert_eq!(stored[2].as_deref(), Some("Ring mig på 7654321-070 tack"));
}

/// Retention: a synpunkt's message and contact details are erased after
/// `synpunkt_personal_days`, idempotency records after `idempotency_days`;
/// the run happens when the server starts (and every hour).
#[tokio::test]
async fn retention_erases_personal_data_and_old_idempotency_records() {
    let dir = tempfile::tempdir().unwrap();
    let t0 = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
    let clock = Clock::manual(t0);
    let mut config = central_config();
    config.retention.synpunkt_personal_days = 30;
    config.retention.idempotency_days = 7;
    let server = start_server_with(dir.path(), &clock, config.clone()).await;
    let key = Uuid::new_v4().to_string();
    let r = http()
        .post(format!("{}/v1/synpunkter", server.base_url))
        .bearer_auth(TOKEN)
        .header("Idempotency-Key", &key)
        .json(&synpunkt_body("tumba-1", t0))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 201);
    let receipt: SynpunktReceipt = r.json().await.unwrap();
    server.shutdown().await;

    // Eight days later: the idempotency record goes, the synpunkt stays.
    clock.advance(Duration::from_secs(8 * 24 * 3600));
    let server = start_server_with(dir.path(), &clock, config.clone()).await;
    let deadline = Instant::now() + Duration::from_secs(5);
    while server.central().counts().unwrap().idempotency_keys > 0 {
        assert!(
            Instant::now() < deadline,
            "the start-up retention run did not delete the record"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let stored = server
        .central()
        .synpunkt_fields(&receipt.reference)
        .unwrap()
        .unwrap();
    assert_eq!(stored[4].as_deref(), Some("test@example.org"));
    server.shutdown().await;

    // 31 days after: message and contact erased; reference and dates kept.
    clock.advance(Duration::from_secs(23 * 24 * 3600));
    let server = start_server_with(dir.path(), &clock, config).await;
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let stored = server
            .central()
            .synpunkt_fields(&receipt.reference)
            .unwrap()
            .unwrap();
        if stored[4].is_none() {
            assert_eq!(stored[2].as_deref(), Some(""), "message erased");
            assert_eq!(stored[3], None, "name erased");
            assert_eq!(stored[5], None, "phone erased");
            assert_eq!(stored[0].as_deref(), Some("complaint"), "the kind stays");
            break;
        }
        assert!(
            Instant::now() < deadline,
            "personal data still there: {stored:?}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(
        server
            .central()
            .synpunkt_times(&receipt.reference)
            .unwrap()
            .is_some()
    );
    // Nothing left to do on a second run.
    assert_eq!(
        server.central().purge_expired().unwrap(),
        Default::default()
    );
}

/// A server refuses to start without device tokens, and a token entry
/// can only be made from a token of 32 characters or more.
#[test]
fn no_tokens_no_server_and_no_short_tokens() {
    let dir = tempfile::tempdir().unwrap();
    let err = medborgarkiosk::central::Central::open(
        medborgarkiosk::central::CentralConfig::demo(),
        &dir.path().join("c.sqlite3"),
        Clock::manual(Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap()),
    )
    .err()
    .expect("refused");
    assert!(err.to_string().contains("central token new"), "{err}");
    assert!(TokenConfig::for_token(Role::Kiosk, "k", "0123456789abcdef0123456789abcde").is_err());
    assert!(TokenConfig::for_token(Role::Kiosk, "k", "0123456789abcdef0123456789abcdef").is_ok());
    let _ = Language::Sv;
}

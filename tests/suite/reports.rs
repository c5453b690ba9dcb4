//! Anonymous statistics and the report (issue 22), over HTTP on loopback
//! against the reference server: hourly counts stored once per kiosk and
//! hour, names that are not fixed names refused, who may deliver and who
//! may read, waiting and handling times from the desks' actions, the
//! two-working-day promise, small numbers hidden in JSON and CSV, and the
//! `report` command's HTML file.

use crate::common;

use std::process::Command;
use std::time::Duration;

use chrono::{DateTime, TimeZone, Utc};
use common::{
    ADMIN_TOKEN, COUNTER_1_TOKEN, DISPLAY_TOKEN, TOKEN, TOKEN_TUMBA_2, start_server_with_clock,
};
use medborgarkiosk::api::client::{ApiClient, ApiConfig};
use medborgarkiosk::central::LocalCentral;
use medborgarkiosk::clock::Clock;
use medborgarkiosk::contract::stats::{Cell, Named, Report};
use medborgarkiosk::contract::*;
use medborgarkiosk::i18n::Language;
use reqwest::StatusCode;
use serde_json::{Value, json};
use uuid::Uuid;

const OFFICE: &str = "botkyrka-tumba";

/// Monday 23 November 2026, 10:00 in Stockholm.
fn monday_ten() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap()
}

async fn server(dir: &std::path::Path) -> (LocalCentral, Clock) {
    let clock = Clock::manual(monday_ten());
    (start_server_with_clock(dir, &clock).await, clock)
}

fn http() -> reqwest::Client {
    reqwest::Client::new()
}

async fn put_stats(
    base: &str,
    token: &str,
    kiosk: &str,
    hour: &str,
    body: &Value,
) -> reqwest::Response {
    http()
        .put(format!("{base}/v1/kiosks/{kiosk}/stats/{hour}"))
        .bearer_auth(token)
        .json(body)
        .send()
        .await
        .unwrap()
}

fn counts(pairs: &[(&str, u32)]) -> Value {
    let counts: serde_json::Map<String, Value> = pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), json!(v)))
        .collect();
    json!({ "office": OFFICE, "counts": counts })
}

async fn get_report(base: &str, token: &str, query: &str) -> reqwest::Response {
    http()
        .get(format!("{base}/v1/reports?{query}"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
}

async fn report(base: &str, from: &str, to: &str) -> Report {
    let r = get_report(
        base,
        ADMIN_TOKEN,
        &format!("office={OFFICE}&from={from}&to={to}"),
    )
    .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert!(
        r.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/json")
    );
    r.json().await.unwrap()
}

fn named(list: &[Named], name: &str) -> Option<Cell> {
    list.iter().find(|n| n.name == name).map(|n| n.value)
}

async fn status(base: &str, token: &str, reference: &str, body: Value) -> reqwest::Response {
    http()
        .post(format!("{base}/v1/synpunkter/{reference}/status"))
        .bearer_auth(token)
        .header("Idempotency-Key", Uuid::new_v4().to_string())
        .json(&body)
        .send()
        .await
        .unwrap()
}

fn client_as(base: &str, token: &str) -> ApiClient {
    let config = ApiConfig {
        request_timeout_ms: 5_000,
        backoff_initial_ms: 10,
        backoff_max_ms: 100,
        ..ApiConfig::default()
    };
    ApiClient::new(base, token, &config).unwrap()
}

#[tokio::test]
async fn an_hour_delivered_twice_is_stored_and_counted_once() {
    let dir = tempfile::tempdir().unwrap();
    let (server, _clock) = server(dir.path()).await;
    let base = &server.base_url;
    let first = counts(&[("session.language.sv", 4), ("session.language.ar", 3)]);
    // During the hour, then the final delivery, then a late repeat.
    let final_counts = counts(&[("session.language.sv", 5), ("session.language.ar", 3)]);
    for body in [&first, &final_counts, &final_counts] {
        let r = put_stats(base, TOKEN, "tumba-1", "2026-11-23T08", body).await;
        assert_eq!(r.status(), StatusCode::NO_CONTENT);
    }
    // Another kiosk's same hour is its own.
    let r = put_stats(
        base,
        TOKEN_TUMBA_2,
        "tumba-2",
        "2026-11-23T08",
        &counts(&[("session.language.sv", 3)]),
    )
    .await;
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    assert_eq!(server.central().counts().unwrap().stat_hours, 2);
    let report = report(base, "2026-11-23", "2026-11-23").await;
    assert_eq!(named(&report.languages, "sv"), Some(Cell::Count(8)));
    assert_eq!(named(&report.languages, "ar"), Some(Cell::Count(3)));
    // 08:00Z on Monday is 09:00 in Stockholm.
    assert_eq!(report.visits[0][9], Cell::Count(11));
    assert_eq!(report.visits[0][8], Cell::Below3);
    // The next day's report does not see it.
    let next = self::report(base, "2026-11-24", "2026-11-24").await;
    assert!(next.languages.is_empty());
}

#[tokio::test]
async fn a_name_that_is_not_a_fixed_name_is_refused_and_nothing_is_stored() {
    let dir = tempfile::tempdir().unwrap();
    let (server, _clock) = server(dir.path()).await;
    let base = &server.base_url;
    let body = counts(&[
        ("session.language.sv", 2),
        ("search.query.Anna Andersson", 1),
    ]);
    let r = put_stats(base, TOKEN, "tumba-1", "2026-11-23T08", &body).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let text = r.text().await.unwrap();
    assert!(!text.contains("Anna"), "the name is never echoed: {text}");
    let problem: Problem = serde_json::from_str(&text).unwrap();
    assert_eq!(problem.type_uri, PROBLEM_INVALID_SUBMISSION);
    assert!(
        problem
            .errors
            .iter()
            .any(|e| e.field == "counts[0]" && e.code == "invalid_name"),
        "{problem:?}"
    );
    // Other refusals: not an hour, an unknown office, too many names, an
    // hour ahead of the clock.
    let r = put_stats(base, TOKEN, "tumba-1", "2026-11-23T8", &counts(&[])).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let mut elsewhere = counts(&[("session.language.sv", 1)]);
    elsewhere["office"] = json!("nowhere");
    let r = put_stats(base, TOKEN, "tumba-1", "2026-11-23T08", &elsewhere).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let many: Vec<(String, u32)> = (0..2001)
        .map(|i| (format!("guide.opened.g{i}"), 1))
        .collect();
    let many: Vec<(&str, u32)> = many.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    let r = put_stats(base, TOKEN, "tumba-1", "2026-11-23T08", &counts(&many)).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let r = put_stats(base, TOKEN, "tumba-1", "2026-11-25T09", &counts(&[])).await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let problem: Problem = r.json().await.unwrap();
    assert_eq!(problem.type_uri, PROBLEM_CLOCK_SKEW);
    // Free text in a body field is refused too.
    let r = put_stats(
        base,
        TOKEN,
        "tumba-1",
        "2026-11-23T08",
        &json!({"office": OFFICE, "counts": {}, "note": "x"}),
    )
    .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(server.central().counts().unwrap().stat_hours, 0);
}

#[tokio::test]
async fn devices_deliver_only_their_own_counts_and_only_it_reads_reports() {
    let dir = tempfile::tempdir().unwrap();
    let (server, _clock) = server(dir.path()).await;
    let base = &server.base_url;
    let body = counts(&[("session.language.sv", 3)]);
    // A kiosk for another kiosk: 403.
    let r = put_stats(base, TOKEN, "tumba-2", "2026-11-23T08", &body).await;
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    // The wall display for itself: fine; IT and a desk may not deliver.
    let r = put_stats(base, DISPLAY_TOKEN, "tumba-wall", "2026-11-23T08", &body).await;
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    for token in [ADMIN_TOKEN, COUNTER_1_TOKEN] {
        let r = put_stats(base, token, "tumba-1", "2026-11-23T08", &body).await;
        assert_eq!(r.status(), StatusCode::FORBIDDEN);
    }
    let r = http()
        .put(format!("{base}/v1/kiosks/tumba-1/stats/2026-11-23T08"))
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    // Reports and synpunkt status: IT only.
    let query = format!("office={OFFICE}&from=2026-11-23&to=2026-11-23");
    for token in [TOKEN, DISPLAY_TOKEN, COUNTER_1_TOKEN] {
        let r = get_report(base, token, &query).await;
        assert_eq!(r.status(), StatusCode::FORBIDDEN);
        let r = status(
            base,
            token,
            "SP-2026-000001",
            json!({"status": "answered", "at": monday_ten()}),
        )
        .await;
        assert_eq!(r.status(), StatusCode::FORBIDDEN);
    }
    let r = get_report(base, ADMIN_TOKEN, &query).await;
    assert_eq!(r.status(), StatusCode::OK);
    // Bad queries.
    for (bad, code) in [
        (
            "office=nowhere&from=2026-11-23&to=2026-11-23",
            StatusCode::NOT_FOUND,
        ),
        (
            "office=botkyrka-tumba&from=2026-11-24&to=2026-11-23",
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            "office=botkyrka-tumba&from=2026-11-23",
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            "office=botkyrka-tumba&from=2025-01-01&to=2026-11-23",
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            "from=2026-11-23&to=2026-11-23",
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
    ] {
        let r = get_report(base, ADMIN_TOKEN, bad).await;
        assert_eq!(r.status(), code, "{bad}");
        assert_eq!(
            r.headers()["content-type"].to_str().unwrap(),
            "application/problem+json"
        );
    }
}

#[tokio::test]
async fn waits_and_handling_come_from_the_desks_actions() {
    let dir = tempfile::tempdir().unwrap();
    let (server, clock) = server(dir.path()).await;
    let base = &server.base_url;
    let kiosk = client_as(base, TOKEN);
    let desk = client_as(base, COUNTER_1_TOKEN);
    for _ in 0..3 {
        kiosk
            .create_ticket(
                &TicketRequest {
                    service_id: "information".into(),
                    office: OFFICE.into(),
                    kiosk_id: "tumba-1".into(),
                    language: Language::Sv,
                    needs: TicketNeeds::default(),
                    requested_at: clock.now(),
                    topic: None,
                },
                Uuid::new_v4(),
            )
            .await
            .unwrap();
    }
    let call = || async {
        desk.call_next(OFFICE, "1", &CallNextRequest::default(), Uuid::new_v4())
            .await
            .unwrap()
            .called
            .map(|t| t.ticket_number)
    };
    let minutes = |m: u64| Duration::from_secs(60 * m);
    // A001 waits 4 minutes, is served 6; A002 waits 10, served 7; A003
    // waits 17 and is served 30.
    clock.advance(minutes(4));
    assert_eq!(call().await.as_deref(), Some("A001"));
    clock.advance(minutes(6));
    assert_eq!(call().await.as_deref(), Some("A002"));
    clock.advance(minutes(7));
    assert_eq!(call().await.as_deref(), Some("A003"));
    clock.advance(minutes(30));
    assert_eq!(call().await, None);

    let history = server.central().ticket_history(OFFICE, "A002").unwrap();
    let actions: Vec<&str> = history.iter().map(|(a, _, _)| a.as_str()).collect();
    assert_eq!(actions, vec!["called", "done"]);
    assert_eq!(history[1].1 - history[0].1, 7 * 60_000);

    let report = report(base, "2026-11-23", "2026-11-23").await;
    let info = report
        .services
        .iter()
        .find(|s| s.service_id == "information")
        .unwrap();
    assert_eq!(info.name, "Information och vägledning");
    assert_eq!(info.tickets, Cell::Count(3));
    assert_eq!(info.called, Cell::Count(3));
    assert_eq!(info.no_shows, Cell::Below3);
    assert_eq!(info.median_wait_minutes, Some(10));
    assert_eq!(info.median_handling_minutes, Some(7));
    assert_eq!(info.target_wait_minutes, 20);
    assert_eq!(info.within_target_percent, Some(100));
    let buckets: Vec<&str> = info.wait_buckets.iter().map(|n| n.name.as_str()).collect();
    assert_eq!(buckets, ["0-5", "5-10", "10-20", "20-30", "30-60", "60+"]);
    // One each in 0-5 and 10-20 (twice): all below 3.
    assert!(info.wait_buckets.iter().all(|n| n.value == Cell::Below3));
    // A service nobody used is listed with nothing.
    let other = report
        .services
        .iter()
        .find(|s| s.service_id != "information")
        .unwrap();
    assert_eq!(other.tickets, Cell::Below3);
    assert_eq!(other.median_wait_minutes, None);
}

#[tokio::test]
async fn the_promise_is_kept_when_answered_by_the_answer_by_date() {
    let dir = tempfile::tempdir().unwrap();
    let (server, clock) = server(dir.path()).await;
    let base = &server.base_url;
    // The kiosk belongs to the office (it delivers its counts there).
    let r = put_stats(
        base,
        TOKEN,
        "tumba-1",
        "2026-11-23T08",
        &counts(&[("synpunkt.sent.medborgarcenter.complaint", 5)]),
    )
    .await;
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let kiosk = client_as(base, TOKEN);
    let mut references = Vec::new();
    for i in 0..5 {
        let receipt = kiosk
            .submit_synpunkt(
                &SynpunktRequest {
                    kind: SynpunktKind::Complaint,
                    service_area: "medborgarcenter".into(),
                    topics: vec![SynpunktTopic::HandlingTime],
                    message: "Lång väntan.".into(),
                    // The last has no contact details: no promise.
                    contact: (i < 4).then(|| Contact {
                        email: Some(format!("besokare{i}@example.org")),
                        ..Contact::default()
                    }),
                    language: Language::Sv,
                    kiosk_id: "tumba-1".into(),
                    submitted_at: clock.now(),
                    local_reference: format!("BK-PROM{i}"),
                },
                Uuid::new_v4(),
            )
            .await
            .unwrap();
        if i < 4 {
            // Monday → Wednesday.
            assert_eq!(receipt.respond_by.unwrap().to_string(), "2026-11-25");
        }
        references.push(receipt.reference);
    }
    // Friday: the contact centre reports.
    clock.set(Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap());
    let on_time = Utc.with_ymd_and_hms(2026, 11, 25, 14, 0, 0).unwrap();
    let late = Utc.with_ymd_and_hms(2026, 11, 26, 8, 0, 0).unwrap();
    let reports = [
        (0, "answered", on_time),
        // Feedback on time, the answer later: kept.
        (1, "acknowledged", on_time),
        (1, "answered", late),
        (
            2,
            "answered",
            Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap(),
        ),
        // Answered late.
        (3, "answered", late),
    ];
    for (i, what, at) in reports {
        let r = status(
            base,
            ADMIN_TOKEN,
            &references[i],
            json!({"status": what, "at": at}),
        )
        .await;
        assert_eq!(r.status(), StatusCode::NO_CONTENT, "{i} {what}");
    }
    // A later report of the same status keeps the first time.
    let r = status(
        base,
        ADMIN_TOKEN,
        &references[0],
        json!({"status": "answered", "at": late}),
    )
    .await;
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    // An unknown reference, a bad status.
    let r = status(
        base,
        ADMIN_TOKEN,
        "SP-2026-999999",
        json!({"status": "answered", "at": on_time}),
    )
    .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);
    let problem: Problem = r.json().await.unwrap();
    assert!(problem.type_uri.ends_with("unknown-synpunkt"));
    let r = status(
        base,
        ADMIN_TOKEN,
        &references[0],
        json!({"status": "forgotten", "at": on_time}),
    )
    .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);

    let report = report(base, "2026-11-23", "2026-11-29").await;
    assert_eq!(report.promise.len(), 1);
    let p = &report.promise[0];
    assert_eq!(p.service_area, "medborgarcenter");
    assert_eq!(p.with_contact, Cell::Count(4));
    assert_eq!(p.kept, Cell::Count(3));
    assert_eq!(p.kept_percent, Some(75));
    assert_eq!(
        named(&report.synpunkter, "medborgarcenter/complaint"),
        Some(Cell::Count(5))
    );
    // Nothing personal in the report.
    let text = serde_json::to_string(&report).unwrap();
    assert!(!text.contains("example.org") && !text.contains("väntan"));
    // A period without synpunkter promises nothing.
    let empty = self::report(base, "2026-11-24", "2026-11-29").await;
    assert!(empty.promise.is_empty());
}

#[tokio::test]
async fn small_numbers_are_hidden_in_json_and_csv() {
    let dir = tempfile::tempdir().unwrap();
    let (server, _clock) = server(dir.path()).await;
    let base = &server.base_url;
    let body = counts(&[
        ("session.language.sv", 7),
        ("session.language.so", 1),
        ("guide.opened.bankid", 2),
        ("guide.help.bankid", 4),
        ("flow.ticket.started", 6),
        ("flow.ticket.completed", 4),
        ("flow.ticket.left.service", 2),
        ("search.made", 3),
        ("search.empty", 1),
        ("access.contrast", 2),
        ("crisis.takeover", 3),
    ]);
    let r = put_stats(base, TOKEN, "tumba-1", "2026-11-23T08", &body).await;
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let json: Value = get_report(
        base,
        ADMIN_TOKEN,
        &format!("office={OFFICE}&from=2026-11-23&to=2026-11-23"),
    )
    .await
    .json()
    .await
    .unwrap();
    let langs = &json["languages"];
    assert_eq!(langs[0], json!({"name": "sv", "value": 7}));
    assert_eq!(langs[1], json!({"name": "so", "value": "< 3"}));
    assert_eq!(json["top_guides"][0]["value"], "< 3");
    assert_eq!(json["guides_help"][0]["value"], 4);
    assert_eq!(json["searches"], 3);
    assert_eq!(json["searches_without_result"], "< 3");
    assert_eq!(json["flows"][0]["left_at"][0]["value"], "< 3");
    assert_eq!(
        json["other"][0],
        json!({"name": "access.contrast", "value": "< 3"})
    );
    // CSV by format=csv and by Accept.
    let by_query = get_report(
        base,
        ADMIN_TOKEN,
        &format!("office={OFFICE}&from=2026-11-23&to=2026-11-23&format=csv"),
    )
    .await;
    assert_eq!(by_query.status(), StatusCode::OK);
    assert!(
        by_query.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/csv")
    );
    let csv = by_query.text().await.unwrap();
    let by_accept = http()
        .get(format!(
            "{base}/v1/reports?office={OFFICE}&from=2026-11-23&to=2026-11-23"
        ))
        .bearer_auth(ADMIN_TOKEN)
        .header("Accept", "text/csv")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(csv, by_accept);
    assert!(csv.starts_with("section,name,value\n"));
    for line in [
        "languages,sv,7",
        "languages,so,< 3",
        "top_guides,bankid,< 3",
        "guides_help,bankid,4",
        "flow.ticket,started,6",
        "flow.ticket,left.service,< 3",
        "searches,without_result,< 3",
        "other,crisis.takeover,3",
        "visits,mon-09,8",
        "visits,mon-10,< 3",
        "service.information,tickets,< 3",
        "service.information,within_target_percent,",
    ] {
        assert!(csv.lines().any(|l| l == line), "{line} in\n{csv}");
    }
    // No bare number below 3 anywhere in the values.
    for line in csv.lines().skip(1) {
        let value = line.rsplit(',').next().unwrap();
        if let Ok(n) = value.parse::<u64>() {
            let name = line.split(',').nth(1).unwrap();
            assert!(
                n >= 3 || name.contains("minutes") || name.contains("percent"),
                "{line}"
            );
        }
    }
}

#[tokio::test]
async fn the_report_command_writes_one_self_contained_html_file() {
    let dir = tempfile::tempdir().unwrap();
    let (server, _clock) = server(dir.path()).await;
    let base = &server.base_url;
    let body = counts(&[
        ("session.language.sv", 9),
        ("session.language.ti", 1),
        ("guide.opened.bankid", 6),
        ("guide.help.bankid", 3),
        ("flow.synpunkt.started", 5),
        ("flow.synpunkt.left.message", 2),
        ("synpunkt.sent.medborgarcenter.praise", 3),
    ]);
    let r = put_stats(base, TOKEN, "tumba-1", "2026-11-23T08", &body).await;
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let db = dir.path().join("central.sqlite3");
    let out = dir.path().join("report.html");
    let run = |office: &str, db: &std::path::Path| {
        Command::new(env!("CARGO_BIN_EXE_medborgarkiosk"))
            .args(["report", "--db"])
            .arg(db)
            .args([
                "--office",
                office,
                "--from",
                "2026-11-01",
                "--to",
                "2026-11-30",
                "--out",
            ])
            .arg(&out)
            .output()
            .unwrap()
    };
    let done = run(OFFICE, &db);
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<html lang=\"sv\">"));
    assert!(html.contains("Besök per veckodag och timme"));
    assert!(html.contains("Var besökare ger upp"));
    assert!(!html.to_ascii_lowercase().contains("<script"));
    assert!(!html.contains("http://") && !html.contains("https://"));
    assert!(!html.contains("<link") && !html.contains(" src="));
    assert!(html.matches("<svg").count() >= 8, "a chart per section");
    assert!(html.contains("&lt; 3"), "small numbers hidden");
    assert!(html.contains("@media print"));
    // Wrong office, missing database: a message and exit code 2, no file.
    std::fs::remove_file(&out).unwrap();
    let wrong = run("nowhere", &db);
    assert_eq!(wrong.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&wrong.stderr).contains("nowhere"));
    let missing = run(OFFICE, &dir.path().join("none.sqlite3"));
    assert_eq!(missing.status.code(), Some(2));
    assert!(!out.exists());
    assert!(!dir.path().join("none.sqlite3").exists(), "never created");
}

//! Contract tests of the reference central API over real HTTP on
//! loopback: every route, every error case, bad input, concurrency, and
//! the OpenAPI document against the served routes.

use crate::common;

use std::collections::{BTreeSet, HashSet};

use chrono::{Duration, TimeZone, Utc};
use common::{
    ADMIN_TOKEN, COUNTER_1_TOKEN, COUNTER_2_TOKEN, TOKEN, TOKEN_FITTJA_1, TOKEN_TUMBA_0,
    TOKEN_TUMBA_2, raw, start_server, start_server_with_clock,
};
use medborgarkiosk::api::client::{ApiClient, ApiConfig, ClientError};
use medborgarkiosk::calendar::answer_by;
use medborgarkiosk::central::{ROUTES, Role, may_use};
use medborgarkiosk::clock::Clock;
use medborgarkiosk::contract::*;
use medborgarkiosk::i18n::Language;
use reqwest::StatusCode;
use serde_json::{Value, json};
use uuid::Uuid;

fn http() -> reqwest::Client {
    reqwest::Client::builder().build().unwrap()
}

fn ticket_body(service: &str, at: chrono::DateTime<Utc>) -> Value {
    json!({
        "service_id": service,
        "office": "botkyrka-tumba",
        "kiosk_id": "tumba-1",
        "language": "sv",
        "needs": {"interpreter_language": "ar", "accessibility": ["wheelchair"]},
        "requested_at": at,
    })
}

fn synpunkt_body(at: chrono::DateTime<Utc>, with_contact: bool) -> Value {
    let mut v = json!({
        "kind": "complaint",
        "service_area": "medborgarcenter",
        "topics": ["treatment", "handling_time"],
        "message": "Jag fick vänta länge.\nMen personalen var vänlig.",
        "language": "sv",
        "kiosk_id": "tumba-1",
        "submitted_at": at,
        "local_reference": "BK-ABC123",
    });
    if with_contact {
        v["contact"] =
            json!({"name": "Test Testsson", "email": "test@example.org", "phone": "+46 8 123 456"});
    }
    v
}

async fn post(base: &str, path: &str, body: &Value, key: Option<&str>) -> reqwest::Response {
    let mut req = http()
        .post(format!("{base}{path}"))
        .bearer_auth(TOKEN)
        .json(body);
    if let Some(key) = key {
        req = req.header("Idempotency-Key", key);
    }
    req.send().await.unwrap()
}

async fn problem_of(r: reqwest::Response) -> Problem {
    assert_eq!(
        r.headers()["content-type"].to_str().unwrap(),
        "application/problem+json",
        "errors are problem+json"
    );
    r.json::<Problem>().await.unwrap()
}

/// A client of kiosk `tumba-1`.
fn client(base: &str) -> ApiClient {
    client_as(base, TOKEN)
}

/// A client sending `token` (another kiosk's, a counter's, IT's).
fn client_as(base: &str, token: &str) -> ApiClient {
    let config = ApiConfig {
        request_timeout_ms: 5_000,
        backoff_initial_ms: 10,
        backoff_max_ms: 100,
        ..ApiConfig::default()
    };
    ApiClient::new(base, token, &config).unwrap()
}

#[test]
fn openapi_document_lists_exactly_the_served_routes() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/resources/api/openapi.yaml"
    ))
    .unwrap();
    let doc: Value = serde_norway::from_str(&text).unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1"));
    assert_eq!(doc["info"]["version"], "v1");
    let mut documented = BTreeSet::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for method in ["get", "put", "post", "delete", "patch"] {
            if item.get(method).is_some() {
                documented.insert((method.to_uppercase(), path.clone()));
            }
        }
    }
    let served: BTreeSet<(String, String)> = ROUTES
        .iter()
        .map(|(_, m, p)| (m.to_string(), p.to_string()))
        .collect();
    assert_eq!(documented, served);
    // Every POST documents the Idempotency-Key; everything but health the token.
    for (method, path) in &served {
        let op = &doc["paths"][path][method.to_lowercase()];
        if method == "POST" {
            let params = serde_json::to_string(&op["parameters"]).unwrap();
            assert!(params.contains("idempotencyKey"), "{path}");
        }
        if path != "/v1/health" {
            assert!(
                op.get("security").is_none(),
                "{path} must not opt out of the token"
            );
            for status in ["401", "403", "429"] {
                assert!(
                    op["responses"].get(status).is_some(),
                    "{path} documents {status}"
                );
            }
            // The roles documented are the roles the server lets in.
            let (id, _, _) = ROUTES
                .iter()
                .find(|(_, m, p)| m == method && p == path)
                .unwrap();
            let documented: BTreeSet<String> = op["x-roles"]
                .as_array()
                .unwrap_or_else(|| panic!("{path}: x-roles"))
                .iter()
                .map(|r| r.as_str().unwrap().to_owned())
                .collect();
            let served: BTreeSet<String> = Role::ALL
                .into_iter()
                .filter(|role| may_use(*role, *id))
                .map(|role| role.name().to_owned())
                .collect();
            assert_eq!(documented, served, "{method} {path}");
        }
    }
    // Every field the kiosk sends in a heartbeat is in the schema (it
    // refuses others).
    let full = KioskStatus {
        version: "0.1.0".into(),
        outbox_depth: 1,
        oldest_pending_age_seconds: Some(1),
        last_error_class: Some(ErrorClass::ClockSkew),
        uptime_seconds: Some(1),
        content_version: Some("x".into()),
        feeds: vec![FeedHealth {
            source: "https://x".into(),
            age_seconds: Some(1),
            last_error_class: None,
        }],
        error_classes: [("api".to_owned(), "network".to_owned())].into(),
        refused_count: 2,
        oldest_refused_age_seconds: Some(3),
        clock: Some(ClockStatus {
            ntp_synchronized: Some(true),
            skew_seconds: Some(-4),
        }),
        demo: true,
    };
    let schemas = &doc["components"]["schemas"];
    for (name, value) in [
        ("KioskStatus", serde_json::to_value(&full).unwrap()),
        (
            "ClockStatus",
            serde_json::to_value(full.clock.unwrap()).unwrap(),
        ),
        (
            "SynpunktReceipt",
            serde_json::to_value(SynpunktReceipt {
                reference: "SP-2026-000001".into(),
                received_at: common::now(),
                respond_by: None,
                clock_skew_seconds: Some(7200),
            })
            .unwrap(),
        ),
    ] {
        for key in value.as_object().unwrap().keys() {
            assert!(
                schemas[name]["properties"].get(key).is_some(),
                "{name}.{key} is not in the OpenAPI document"
            );
        }
    }
    let classes: BTreeSet<&str> = schemas["ErrorClass"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert!(classes.contains("clock_skew"));
    // Required fields of the main schemas are the ones the code emits.
    let schemas = &doc["components"]["schemas"];
    let receipt = serde_json::to_value(SynpunktReceipt {
        reference: "x".into(),
        received_at: common::now(),
        respond_by: None,
        clock_skew_seconds: None,
    })
    .unwrap();
    for field in schemas["SynpunktReceipt"]["required"].as_array().unwrap() {
        assert!(receipt.get(field.as_str().unwrap()).is_some(), "{field}");
    }
}

#[tokio::test]
async fn health_needs_no_token_and_everything_else_does() {
    let dir = tempfile::tempdir().unwrap();
    let server = start_server(dir.path()).await;
    let base = &server.base_url;
    let r = http()
        .get(format!("{base}/v1/health"))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    let h: Health = r.json().await.unwrap();
    assert_eq!(h.status, "ok");

    for (_, method, path) in ROUTES.iter().filter(|(_, _, p)| *p != "/v1/health") {
        let path = path
            .replace("{office}", "botkyrka-tumba")
            .replace("{counter}", "1")
            .replace("{kiosk_id}", "tumba-1");
        let url = format!("{base}{path}");
        let m = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let r = http().request(m.clone(), &url).send().await.unwrap();
        assert_eq!(r.status(), 401, "{method} {path} without token");
        assert_eq!(r.headers()["www-authenticate"], "Bearer");
        assert_eq!(problem_of(r).await.status, 401);
        let r = http()
            .request(m.clone(), &url)
            .bearer_auth("wrong-token")
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 403, "{method} {path} wrong token");
        problem_of(r).await;
        let r = http()
            .request(m.clone(), &url)
            .header("Authorization", format!("Basic {TOKEN}"))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 401, "{method} {path} other scheme");
        // A token that is a prefix of the right one is wrong, not right.
        let r = http()
            .request(m, &url)
            .bearer_auth(&TOKEN[..10])
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 403);
    }
    assert_eq!(server.central().counts().unwrap(), Default::default());
}

#[tokio::test]
async fn offices_and_services() {
    let dir = tempfile::tempdir().unwrap();
    let server = start_server(dir.path()).await;
    let c = client(&server.base_url);
    let offices = c.offices().await.unwrap();
    let tumba = offices.iter().find(|o| o.id == "botkyrka-tumba").unwrap();
    assert_eq!(tumba.name, "Medborgarcenter Tumba");
    assert_eq!(tumba.area, "Tumba");
    let services = c.services("botkyrka-tumba").await.unwrap();
    assert!(services.len() >= 5);
    for s in &services {
        assert_eq!(s.names.len(), Language::ALL.len(), "{}", s.id);
        assert!((1..=6).contains(&s.rosa_level));
        assert_eq!(s.waiting, 0);
        assert_eq!(s.open_now, s.next_opening.is_none() && s.open_now);
        if !s.open_now {
            assert!(s.next_opening.unwrap() > common::now());
        }
    }
    // Raw JSON shape: names keyed by language code.
    let v: Value = http()
        .get(format!(
            "{}/v1/offices/botkyrka-tumba/services",
            server.base_url
        ))
        .bearer_auth(TOKEN)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(
        v["services"][0]["names"]["sv"],
        "Information och vägledning"
    );
    assert!(v["services"][0]["names"]["ti"].is_string());
    // Unknown office: 404 naming it.
    let r = http()
        .get(format!("{}/v1/offices/nowhere/services", server.base_url))
        .bearer_auth(TOKEN)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 404);
    let p = problem_of(r).await;
    assert!(p.detail.unwrap().contains("nowhere"));
    let err = c.now_serving("nowhere").await.unwrap_err();
    assert_eq!(err.status(), Some(StatusCode::NOT_FOUND));
}

#[tokio::test]
async fn tickets_idempotency_and_errors() {
    let dir = tempfile::tempdir().unwrap();
    let server = start_server(dir.path()).await;
    let base = &server.base_url;
    let now = common::now();

    // Missing and malformed key: 400, nothing stored.
    let r = post(base, "/v1/tickets", &ticket_body("information", now), None).await;
    assert_eq!(r.status(), 400);
    assert_eq!(problem_of(r).await.errors[0].field, "Idempotency-Key");
    let r = post(
        base,
        "/v1/tickets",
        &ticket_body("information", now),
        Some("not-a-uuid"),
    )
    .await;
    assert_eq!(r.status(), 400);
    assert_eq!(server.central().counts().unwrap().tickets, 0);

    let key = Uuid::new_v4().to_string();
    let r = post(
        base,
        "/v1/tickets",
        &ticket_body("information", now),
        Some(&key),
    )
    .await;
    assert_eq!(r.status(), 201);
    let first: TicketResponse = r.json().await.unwrap();
    assert_eq!(first.ticket_number, "A001");
    assert_eq!(first.position, 1);
    assert!(first.estimated_wait_minutes > 0);
    // Same key, same body: the first answer again, nothing new.
    let r = post(
        base,
        "/v1/tickets",
        &ticket_body("information", now),
        Some(&key),
    )
    .await;
    assert_eq!(r.status(), 201);
    assert_eq!(r.headers()["idempotent-replayed"], "true");
    assert_eq!(r.json::<TicketResponse>().await.unwrap(), first);
    assert_eq!(server.central().counts().unwrap().tickets, 1);
    // Same key, other body: 422.
    let r = post(
        base,
        "/v1/tickets",
        &ticket_body("e-services", now),
        Some(&key),
    )
    .await;
    assert_eq!(r.status(), 422);
    assert_eq!(problem_of(r).await.errors[0].code, "reused");
    assert_eq!(server.central().counts().unwrap().tickets, 1);

    // Numbers per service, positions grow.
    let second = post(
        base,
        "/v1/tickets",
        &ticket_body("information", now),
        Some(&Uuid::new_v4().to_string()),
    )
    .await
    .json::<TicketResponse>()
    .await
    .unwrap();
    assert_eq!(
        (second.ticket_number.as_str(), second.position),
        ("A002", 2)
    );
    assert!(second.estimated_wait_minutes > first.estimated_wait_minutes);
    let b = post(
        base,
        "/v1/tickets",
        &ticket_body("e-services", now),
        Some(&Uuid::new_v4().to_string()),
    )
    .await
    .json::<TicketResponse>()
    .await
    .unwrap();
    assert_eq!(b.ticket_number, "B001");

    // Unknown service and office: 422 naming them.
    let r = post(
        base,
        "/v1/tickets",
        &ticket_body("passport", now),
        Some(&Uuid::new_v4().to_string()),
    )
    .await;
    assert_eq!(r.status(), 422);
    let p = problem_of(r).await;
    assert_eq!(p.errors[0].field, "service_id");
    assert_eq!(p.errors[0].code, "unknown_service");
    assert!(p.errors[0].detail.contains("passport"));
    let mut body = ticket_body("information", now);
    body["office"] = json!("botkyrka-nowhere");
    let r = post(
        base,
        "/v1/tickets",
        &body,
        Some(&Uuid::new_v4().to_string()),
    )
    .await;
    let p = problem_of(r).await;
    assert_eq!((p.status, p.errors[0].field.as_str()), (422, "office"));
    assert!(p.errors[0].detail.contains("botkyrka-nowhere"));
    // requested_at: a kiosk clock ahead is accepted up to 24 h (and
    // flagged); beyond that the ticket waits for the clocks to agree (a
    // clock-skew problem, not an invalid request).
    let r = post(
        base,
        "/v1/tickets",
        &ticket_body("information", now + Duration::minutes(4)),
        Some(&Uuid::new_v4().to_string()),
    )
    .await;
    assert_eq!(r.status(), 201);
    let r = post(
        base,
        "/v1/tickets",
        &ticket_body("information", now + Duration::hours(23)),
        Some(&Uuid::new_v4().to_string()),
    )
    .await;
    assert_eq!(r.status(), 201);
    let r = post(
        base,
        "/v1/tickets",
        &ticket_body("information", now + Duration::hours(25)),
        Some(&Uuid::new_v4().to_string()),
    )
    .await;
    let p = problem_of(r).await;
    assert_eq!(
        (
            p.status,
            p.type_uri.as_str(),
            p.errors[0].field.as_str(),
            p.errors[0].code.as_str()
        ),
        (422, PROBLEM_CLOCK_SKEW, "requested_at", "in_future")
    );
    // A bad interpreter language tag.
    let mut body = ticket_body("information", now);
    body["needs"]["interpreter_language"] = json!("a; DROP");
    let p = problem_of(
        post(
            base,
            "/v1/tickets",
            &body,
            Some(&Uuid::new_v4().to_string()),
        )
        .await,
    )
    .await;
    assert_eq!(p.errors[0].field, "needs.interpreter_language");
    assert_eq!(p.type_uri, PROBLEM_INVALID_SUBMISSION);
    // A topic is a fixed id of a guide or a tool, never free text.
    for topic in [
        "Jag behöver hjälp med min mejl",
        "guide:",
        "guide:E-POST",
        "page:e-post",
    ] {
        let mut body = ticket_body("information", now);
        body["topic"] = json!(topic);
        let r = post(
            base,
            "/v1/tickets",
            &body,
            Some(&Uuid::new_v4().to_string()),
        )
        .await;
        let p = problem_of(r).await;
        assert_eq!(
            (
                p.status,
                p.errors[0].field.as_str(),
                p.errors[0].code.as_str()
            ),
            (422, "topic", "invalid_topic"),
            "{topic}"
        );
    }
    assert_eq!(server.central().counts().unwrap().tickets, 5);
}

#[tokio::test]
async fn ticket_numbers_restart_at_stockholm_midnight_not_utc() {
    let dir = tempfile::tempdir().unwrap();
    // Summer: Stockholm is UTC+2. 2026-07-01 21:59 UTC = 23:59 local.
    let clock = Clock::manual(Utc.with_ymd_and_hms(2026, 7, 1, 21, 59, 0).unwrap());
    let server = start_server_with_clock(dir.path(), &clock).await;
    let c = client(&server.base_url);
    let req = |at| TicketRequest {
        service_id: "forms".into(),
        office: "botkyrka-tumba".into(),
        kiosk_id: "tumba-1".into(),
        language: Language::Ar,
        needs: TicketNeeds::default(),
        requested_at: at,
        topic: None,
    };
    let t = c
        .create_ticket(&req(clock.now()), Uuid::new_v4())
        .await
        .unwrap();
    assert_eq!(t.ticket_number, "C001");
    let t = c
        .create_ticket(&req(clock.now()), Uuid::new_v4())
        .await
        .unwrap();
    assert_eq!(t.ticket_number, "C002");
    // 22:01 UTC = 00:01 local on 2 July: a new day.
    clock.set(Utc.with_ymd_and_hms(2026, 7, 1, 22, 1, 0).unwrap());
    let t = c
        .create_ticket(&req(clock.now()), Uuid::new_v4())
        .await
        .unwrap();
    assert_eq!(t.ticket_number, "C001");
    assert_eq!(t.position, 1, "yesterday's tickets are not ahead");
    // UTC midnight (02:01 local) is not a new day.
    clock.set(Utc.with_ymd_and_hms(2026, 7, 2, 0, 1, 0).unwrap());
    let t = c
        .create_ticket(&req(clock.now()), Uuid::new_v4())
        .await
        .unwrap();
    assert_eq!(t.ticket_number, "C002");
    // Winter: UTC+1. 2026-12-01 22:59:30 UTC = 23:59:30 local; 23:00:30 UTC is the next day.
    clock.set(Utc.with_ymd_and_hms(2026, 12, 1, 22, 59, 30).unwrap());
    assert_eq!(
        c.create_ticket(&req(clock.now()), Uuid::new_v4())
            .await
            .unwrap()
            .ticket_number,
        "C001"
    );
    assert_eq!(
        c.create_ticket(&req(clock.now()), Uuid::new_v4())
            .await
            .unwrap()
            .ticket_number,
        "C002"
    );
    clock.set(Utc.with_ymd_and_hms(2026, 12, 1, 23, 0, 30).unwrap());
    assert_eq!(
        c.create_ticket(&req(clock.now()), Uuid::new_v4())
            .await
            .unwrap()
            .ticket_number,
        "C001"
    );
}

#[tokio::test]
async fn call_next_moves_the_queue_and_wait_estimates_learn_service_times() {
    let dir = tempfile::tempdir().unwrap();
    // Tuesday 2026-03-10 10:00 Stockholm.
    let clock = Clock::manual(Utc.with_ymd_and_hms(2026, 3, 10, 9, 0, 0).unwrap());
    let server = start_server_with_clock(dir.path(), &clock).await;
    let c = client(&server.base_url);
    let mut numbers = Vec::new();
    for i in 0..10 {
        let t = c
            .create_ticket(
                &TicketRequest {
                    service_id: "information".into(),
                    office: "botkyrka-tumba".into(),
                    kiosk_id: "tumba-1".into(),
                    language: Language::So,
                    needs: TicketNeeds {
                        interpreter_language: (i == 0).then(|| "so".to_owned()),
                        accessibility: vec![],
                    },
                    requested_at: clock.now(),
                    topic: None,
                },
                Uuid::new_v4(),
            )
            .await
            .unwrap();
        numbers.push(t.ticket_number);
        clock.advance(std::time::Duration::from_secs(1));
    }
    let services = c.services("botkyrka-tumba").await.unwrap();
    let info = services.iter().find(|s| s.id == "information").unwrap();
    assert!(info.open_now);
    assert_eq!(info.waiting, 10);
    // Default 8 minutes per visitor, one counter: (11 - 0.5) * 8 = 84.
    assert_eq!(info.estimated_wait_minutes, 84);

    let only_info = CallNextRequest {
        service_ids: vec!["information".into()],
    };
    // The desks call with their own tokens.
    let desk_1 = client_as(&server.base_url, COUNTER_1_TOKEN);
    let desk_2 = client_as(&server.base_url, COUNTER_2_TOKEN);
    let first = desk_1
        .call_next("botkyrka-tumba", "1", &only_info, Uuid::new_v4())
        .await
        .unwrap();
    let first = first.called.unwrap();
    assert_eq!(first.ticket_number, "A001");
    assert_eq!(
        first.needs.interpreter_language.as_deref(),
        Some("so"),
        "the desk sees the interpreter need"
    );
    assert_eq!(first.language, Language::So);
    // Six more visitors served, 20 minutes each.
    for expected in &numbers[1..7] {
        clock.advance(std::time::Duration::from_secs(20 * 60));
        let called = desk_1
            .call_next(
                "botkyrka-tumba",
                "1",
                &CallNextRequest::default(),
                Uuid::new_v4(),
            )
            .await
            .unwrap()
            .called
            .unwrap();
        assert_eq!(&called.ticket_number, expected);
    }
    let now_serving = c.now_serving("botkyrka-tumba").await.unwrap();
    assert_eq!(now_serving.entries[0].ticket_number, "A007");
    assert_eq!(now_serving.entries[0].counter, "1");
    assert_eq!(now_serving.entries[1].ticket_number, "A006");
    let info = c
        .services("botkyrka-tumba")
        .await
        .unwrap()
        .into_iter()
        .find(|s| s.id == "information")
        .unwrap();
    assert_eq!(info.waiting, 3);
    // Six measured times of 20 minutes: (4 - 0.5) * 20 = 70.
    assert_eq!(info.estimated_wait_minutes, 70);

    // Other services only: nobody waiting -> called = null.
    let r = desk_2
        .call_next(
            "botkyrka-tumba",
            "2",
            &CallNextRequest {
                service_ids: vec!["forms".into()],
            },
            Uuid::new_v4(),
        )
        .await
        .unwrap();
    assert_eq!(r.called, None);
    // Unknown service -> 422 naming it; unknown office -> 404.
    let err = desk_2
        .call_next(
            "botkyrka-tumba",
            "2",
            &CallNextRequest {
                service_ids: vec!["x-ray".into()],
            },
            Uuid::new_v4(),
        )
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(StatusCode::UNPROCESSABLE_ENTITY));
    assert!(err.problem().unwrap().errors[0].detail.contains("x-ray"));
    let err = desk_2
        .call_next("nowhere", "2", &only_info, Uuid::new_v4())
        .await
        .unwrap_err();
    assert_eq!(err.status(), Some(StatusCode::NOT_FOUND));
    // call-next without key: 400.
    let r = http()
        .post(format!(
            "{}/v1/offices/botkyrka-tumba/counters/1/call-next",
            server.base_url
        ))
        .bearer_auth(COUNTER_1_TOKEN)
        .json(&json!({}))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 400);
}

#[tokio::test]
async fn synpunkter_and_their_rules() {
    let dir = tempfile::tempdir().unwrap();
    let server = start_server(dir.path()).await;
    let base = &server.base_url;
    let now = common::now();

    let r = post(
        base,
        "/v1/synpunkter",
        &synpunkt_body(now, true),
        Some(&Uuid::new_v4().to_string()),
    )
    .await;
    assert_eq!(r.status(), 201);
    let receipt: SynpunktReceipt = r.json().await.unwrap();
    assert_eq!(receipt.respond_by, Some(answer_by(now)));
    let stored = server
        .central()
        .synpunkt_fields(&receipt.reference)
        .unwrap()
        .unwrap();
    assert_eq!(
        stored[2].as_deref(),
        Some("Jag fick vänta länge.\nMen personalen var vänlig.")
    );

    // Without contact: respond_by is null (and present).
    let r = post(
        base,
        "/v1/synpunkter",
        &synpunkt_body(now, false),
        Some(&Uuid::new_v4().to_string()),
    )
    .await;
    let v: Value = r.json().await.unwrap();
    assert!(v.get("respond_by").unwrap().is_null());
    // A name alone is no way to answer.
    let mut body = synpunkt_body(now, false);
    body["contact"] = json!({"name": "Anna"});
    let v: Value = post(
        base,
        "/v1/synpunkter",
        &body,
        Some(&Uuid::new_v4().to_string()),
    )
    .await
    .json()
    .await
    .unwrap();
    assert!(v["respond_by"].is_null());

    // Through the client.
    let req = SynpunktRequest {
        kind: SynpunktKind::Praise,
        service_area: "medborgarcenter".into(),
        topics: vec![SynpunktTopic::Competence],
        message: "شكرا جزيلا".into(),
        contact: Some(Contact {
            phone: Some("070-123 45 67".into()),
            ..Contact::default()
        }),
        language: Language::Ar,
        kiosk_id: "tumba-2".into(),
        submitted_at: now,
        local_reference: "BK-XYZ789".into(),
    };
    let c = client_as(base, TOKEN_TUMBA_2);
    let receipt = c.submit_synpunkt(&req, Uuid::new_v4()).await.unwrap();
    assert_eq!(receipt.respond_by, Some(answer_by(now)));
    assert_eq!(server.central().counts().unwrap().synpunkter, 4);

    // 4000 characters pass, 4001 do not.
    let mut body = synpunkt_body(now, false);
    body["message"] = json!("ö".repeat(4000));
    assert_eq!(
        post(
            base,
            "/v1/synpunkter",
            &body,
            Some(&Uuid::new_v4().to_string())
        )
        .await
        .status(),
        201
    );
    body["message"] = json!("ö".repeat(4001));
    let p = problem_of(
        post(
            base,
            "/v1/synpunkter",
            &body,
            Some(&Uuid::new_v4().to_string()),
        )
        .await,
    )
    .await;
    assert_eq!(
        (
            p.status,
            p.errors[0].field.as_str(),
            p.errors[0].code.as_str()
        ),
        (422, "message", "too_long")
    );
    // Control characters: tab, CR, NUL, escape refused; newline fine.
    for bad in ["a\tb", "a\r\nb", "a\u{0}b", "a\u{1b}[31mb", "a\u{85}b"] {
        let mut body = synpunkt_body(now, false);
        body["message"] = json!(bad);
        let p = problem_of(
            post(
                base,
                "/v1/synpunkter",
                &body,
                Some(&Uuid::new_v4().to_string()),
            )
            .await,
        )
        .await;
        assert_eq!(
            (p.status, p.errors[0].code.as_str()),
            (422, "control_character"),
            "{bad:?}"
        );
        let mut body = synpunkt_body(now, true);
        body["contact"]["name"] = json!(bad);
        let p = problem_of(
            post(
                base,
                "/v1/synpunkter",
                &body,
                Some(&Uuid::new_v4().to_string()),
            )
            .await,
        )
        .await;
        assert_eq!(p.errors[0].field, "contact.name");
    }
    let mut body = synpunkt_body(now, false);
    body["service_area"] = json!("skola\nförskola");
    let p = problem_of(
        post(
            base,
            "/v1/synpunkter",
            &body,
            Some(&Uuid::new_v4().to_string()),
        )
        .await,
    )
    .await;
    assert_eq!(p.errors[0].field, "service_area");
    // submitted_at more than 24 h ahead: the kiosk's clock, not the
    // synpunkt, is wrong (clock skew, retried by the kiosk).
    let p = problem_of(
        post(
            base,
            "/v1/synpunkter",
            &synpunkt_body(now + Duration::hours(25), true),
            Some(&Uuid::new_v4().to_string()),
        )
        .await,
    )
    .await;
    assert_eq!(p.errors[0].field, "submitted_at");
    assert_eq!(p.type_uri, PROBLEM_CLOCK_SKEW);
    // Several wrong fields are all listed.
    let mut body = synpunkt_body(now, true);
    body["message"] = json!("");
    body["topics"] = json!([]);
    body["contact"]["email"] = json!("not an address");
    let p = problem_of(
        post(
            base,
            "/v1/synpunkter",
            &body,
            Some(&Uuid::new_v4().to_string()),
        )
        .await,
    )
    .await;
    let fields: HashSet<&str> = p.errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(
        fields,
        HashSet::from(["message", "topics", "contact.email"])
    );
    assert_eq!(p.type_uri, PROBLEM_INVALID_SUBMISSION);
    // The client reports a 422 as Rejected and does not retry.
    let mut bad = req.clone();
    bad.message = String::new();
    let err = c.submit_synpunkt(&bad, Uuid::new_v4()).await.unwrap_err();
    assert_eq!(err.class(), ErrorClass::Rejected);
    assert!(!err.is_transient());
    assert_eq!(server.central().counts().unwrap().synpunkter, 5);
}

#[tokio::test]
async fn kiosk_heartbeats() {
    let dir = tempfile::tempdir().unwrap();
    let server = start_server(dir.path()).await;
    let c = client(&server.base_url);
    let status = KioskStatus {
        version: "0.1.0".into(),
        outbox_depth: 3,
        oldest_pending_age_seconds: Some(120),
        last_error_class: Some(ErrorClass::Timeout),
        ..KioskStatus::default()
    };
    let rec = c.put_status("tumba-1", &status).await.unwrap();
    assert_eq!(rec.status, status);
    let newer = KioskStatus {
        outbox_depth: 0,
        oldest_pending_age_seconds: None,
        last_error_class: None,
        ..status.clone()
    };
    c.put_status("tumba-1", &newer).await.unwrap();
    client_as(&server.base_url, TOKEN_FITTJA_1)
        .put_status("fittja-1", &status)
        .await
        .unwrap();
    // Only IT lists every kiosk.
    let kiosks = client_as(&server.base_url, ADMIN_TOKEN)
        .kiosks()
        .await
        .unwrap();
    assert_eq!(kiosks.len(), 2);
    assert_eq!(
        kiosks
            .iter()
            .find(|k| k.kiosk_id == "tumba-1")
            .unwrap()
            .status,
        newer
    );
    // Bad kiosk id and bad body.
    let err = c.put_status("tumba 1;--", &status).await.unwrap_err();
    assert_eq!(err.status(), Some(StatusCode::UNPROCESSABLE_ENTITY));
    let r = http()
        .put(format!("{}/v1/kiosks/tumba-1/status", server.base_url))
        .bearer_auth(TOKEN)
        .body(r#"{"version": 1, "outbox_depth": -1}"#)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 422);
    assert_eq!(server.central().counts().unwrap().kiosks, 2);
}

#[tokio::test]
async fn bad_input_gets_the_right_status_stores_nothing_and_the_server_keeps_serving() {
    let dir = tempfile::tempdir().unwrap();
    let server = start_server(dir.path()).await;
    let addr = server.addr;
    let base = server.base_url.clone();
    let before = server.central().counts().unwrap();
    let key = || Uuid::new_v4().to_string();

    let raw_post = |path: &str, body: &[u8], key: &str| {
        let mut req = format!(
            "POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {TOKEN}\r\n\
             Idempotency-Key: {key}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            body.len()
        )
        .into_bytes();
        req.extend_from_slice(body);
        req
    };

    // Malformed JSON: 400.
    for body in [
        &b"{"[..],
        b"not json",
        b"{\"kind\": complaint}",
        b"",
        b"[1,2",
    ] {
        for path in ["/v1/synpunkter", "/v1/tickets"] {
            let (status, head, body) = raw(addr, &raw_post(path, body, &key())).await;
            assert_eq!(status, 400, "{path}");
            assert!(head.contains("content-type: application/problem+json"));
            let p: Problem = serde_json::from_slice(&body).unwrap();
            assert!(p.type_uri.ends_with("malformed-json"));
        }
    }
    // Invalid UTF-8: 400.
    let mut body = serde_json::to_vec(&synpunkt_body(common::now(), false)).unwrap();
    let pos = body.windows(4).position(|w| w == b"Jag ").unwrap();
    body[pos] = 0xff;
    let (status, _, rbody) = raw(addr, &raw_post("/v1/synpunkter", &body, &key())).await;
    assert_eq!(status, 400);
    assert!(String::from_utf8_lossy(&rbody).contains("invalid-utf8"));
    // Lone surrogate escape is not a valid string either.
    let mut v = synpunkt_body(common::now(), false);
    v["message"] = json!("PLACEHOLDER");
    let text = v.to_string().replace("PLACEHOLDER", "\\ud800");
    let (status, _, _) = raw(addr, &raw_post("/v1/synpunkter", text.as_bytes(), &key())).await;
    assert_eq!(status, 400);

    // Wrong types: 422 naming the field.
    for (field, value) in [
        ("kind", json!(5)),
        ("kind", json!("rant")),
        ("topics", json!("treatment")),
        ("topics", json!(["everything"])),
        ("message", json!(["a"])),
        ("submitted_at", json!("yesterday")),
        ("language", json!("de")),
        ("contact", json!("anna@example.org")),
        ("extra_field", json!(1)),
    ] {
        let mut v = synpunkt_body(common::now(), true);
        v[field] = value;
        let (status, _, body) = raw(
            addr,
            &raw_post("/v1/synpunkter", v.to_string().as_bytes(), &key()),
        )
        .await;
        assert_eq!(status, 422, "{field}");
        let p: Problem = serde_json::from_slice(&body).unwrap();
        assert!(
            p.errors[0].field.starts_with(field),
            "{field}: {:?}",
            p.errors
        );
    }
    let mut v = synpunkt_body(common::now(), true);
    v.as_object_mut().unwrap().remove("message");
    let (status, _, body) = raw(
        addr,
        &raw_post("/v1/synpunkter", v.to_string().as_bytes(), &key()),
    )
    .await;
    assert_eq!(status, 422);
    assert_eq!(
        serde_json::from_slice::<Problem>(&body).unwrap().errors[0].field,
        "message"
    );
    let mut v = ticket_body("information", common::now());
    v["needs"] = json!({"interpreter_language": 7});
    let (status, _, _) = raw(
        addr,
        &raw_post("/v1/tickets", v.to_string().as_bytes(), &key()),
    )
    .await;
    assert_eq!(status, 422);

    // Huge bodies: 413, with Content-Length and chunked.
    let mut v = synpunkt_body(common::now(), false);
    v["message"] = json!("x".repeat(70 * 1024));
    let (status, head, _) = raw(
        addr,
        &raw_post("/v1/synpunkter", v.to_string().as_bytes(), &key()),
    )
    .await;
    assert_eq!(status, 413);
    assert!(head.contains("application/problem+json"));
    // Chunked, without Content-Length: 8 chunks of 16 KiB.
    let mut req = format!(
        "POST /v1/tickets HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {TOKEN}\r\nIdempotency-Key: {}\r\n\
         Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n",
        key()
    )
    .into_bytes();
    for _ in 0..8 {
        req.extend_from_slice(format!("{:x}\r\n", 16 * 1024).as_bytes());
        req.extend_from_slice(&[b' '; 16 * 1024]);
        req.extend_from_slice(b"\r\n");
    }
    req.extend_from_slice(b"0\r\n\r\n");
    assert_eq!(raw(addr, &req).await.0, 413);
    let big = vec![b'a'; 65 * 1024];
    let r = http()
        .put(format!("{base}/v1/kiosks/k1/status"))
        .bearer_auth(TOKEN)
        .body(big)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 413);

    // Missing and wrong token on a raw POST, with a valid body: nothing stored.
    let body = synpunkt_body(common::now(), true).to_string();
    let req = format!(
        "POST /v1/synpunkter HTTP/1.1\r\nHost: x\r\nIdempotency-Key: {}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        key(),
        body.len()
    );
    assert_eq!(raw(addr, req.as_bytes()).await.0, 401);
    let req = req.replace("Host: x\r\n", "Host: x\r\nAuthorization: Bearer nope\r\n");
    assert_eq!(raw(addr, req.as_bytes()).await.0, 403);

    assert_eq!(server.central().counts().unwrap(), before, "nothing stored");

    // SQL metacharacters in every string field.
    let nasty = [
        "'; DROP TABLE synpunkter; --",
        "\" OR 1=1 --",
        "Robert'); DELETE FROM tickets;--",
        "%_\\'\"",
    ];
    let mut accepted = 0;
    for text in nasty {
        let mut v = synpunkt_body(common::now(), true);
        v["message"] = json!(text);
        v["service_area"] = json!(text);
        v["contact"]["name"] = json!(text);
        let r = post(&base, "/v1/synpunkter", &v, Some(&key())).await;
        assert_eq!(r.status(), 201, "free text fields take any text");
        let receipt: SynpunktReceipt = r.json().await.unwrap();
        accepted += 1;
        let stored = server
            .central()
            .synpunkt_fields(&receipt.reference)
            .unwrap()
            .unwrap();
        assert_eq!(stored[1].as_deref(), Some(text));
        assert_eq!(stored[2].as_deref(), Some(text));
        assert_eq!(stored[3].as_deref(), Some(text));
        // Structured fields refuse them: 422, nothing stored.
        for field in ["kiosk_id", "local_reference"] {
            let mut v = synpunkt_body(common::now(), true);
            v[field] = json!(text);
            let p = problem_of(post(&base, "/v1/synpunkter", &v, Some(&key())).await).await;
            assert_eq!((p.status, p.errors[0].field.as_str()), (422, field));
        }
        for field in ["email", "phone"] {
            let mut v = synpunkt_body(common::now(), true);
            v["contact"][field] = json!(text);
            let r = post(&base, "/v1/synpunkter", &v, Some(&key())).await;
            assert_eq!(r.status(), 422, "{field}: {text}");
        }
        for field in ["service_id", "office", "kiosk_id"] {
            let mut v = ticket_body("information", common::now());
            v[field] = json!(text);
            let r = post(&base, "/v1/tickets", &v, Some(&key())).await;
            assert_eq!(r.status(), 422, "{field}");
        }
        let r = http()
            .get(format!("{base}/v1/offices/{}/services", urlencode(text)))
            .bearer_auth(TOKEN)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 404);
    }
    let after = server.central().counts().unwrap();
    assert_eq!(after.synpunkter, before.synpunkter + accepted);
    assert_eq!(after.tickets, 0);

    // Still serving, tables intact.
    let c = client(&base);
    assert_eq!(c.health().await.unwrap().status, "ok");
    let t = c
        .create_ticket(
            &serde_json::from_value(ticket_body("information", common::now())).unwrap(),
            Uuid::new_v4(),
        )
        .await
        .unwrap();
    assert_eq!(t.ticket_number, "A001");
}

fn urlencode(s: &str) -> String {
    s.bytes().map(|b| format!("%{b:02X}")).collect()
}

#[tokio::test]
async fn two_kiosks_200_concurrent_tickets_each_get_400_distinct_numbers() {
    let dir = tempfile::tempdir().unwrap();
    let server = start_server(dir.path()).await;
    let kiosks = [
        client_as(&server.base_url, TOKEN_TUMBA_0),
        client_as(&server.base_url, TOKEN),
    ];
    let mut tasks = tokio::task::JoinSet::new();
    for (k, c) in kiosks.iter().enumerate() {
        for _ in 0..200 {
            let c = c.clone();
            tasks.spawn(async move {
                c.create_ticket(
                    &TicketRequest {
                        service_id: "e-services".into(),
                        office: "botkyrka-tumba".into(),
                        kiosk_id: format!("tumba-{k}"),
                        language: Language::Fi,
                        needs: TicketNeeds::default(),
                        requested_at: common::now(),
                        topic: None,
                    },
                    Uuid::new_v4(),
                )
                .await
                .unwrap()
                .ticket_number
            });
        }
    }
    let mut numbers = HashSet::new();
    while let Some(n) = tasks.join_next().await {
        let n = n.unwrap();
        assert!(numbers.insert(n.clone()), "{n} twice");
    }
    let expected: HashSet<String> = (1..=400).map(|i| format!("B{i:03}")).collect();
    assert_eq!(numbers, expected);
    assert_eq!(server.central().counts().unwrap().tickets, 400);
}

#[tokio::test]
async fn client_reports_errors_by_class() {
    let dir = tempfile::tempdir().unwrap();
    let server = start_server(dir.path()).await;
    let wrong = ApiClient::new(&server.base_url, "wrong", &ApiConfig::default()).unwrap();
    let err = wrong.offices().await.unwrap_err();
    assert_eq!(err.class(), ErrorClass::Auth);
    assert!(matches!(err, ClientError::Status { .. }));
    // Nothing listening: a network error, after the configured retries.
    let addr = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap()
    };
    let down = client(&format!("http://{addr}"));
    let err = down.health().await.unwrap_err();
    assert_eq!(err.class(), ErrorClass::Network);
    assert!(err.is_transient());
    assert!(ApiClient::new("ftp://x", TOKEN, &ApiConfig::default()).is_err());
}

#[test]
fn without_a_base_url_the_kiosk_runs_the_reference_server_in_process() {
    let dir = tempfile::tempdir().unwrap();
    let text = format!("kiosk_id = \"tumba-1\"\ndata_dir = {:?}\n", dir.path());
    let config =
        medborgarkiosk::config::Config::parse(&text, std::path::Path::new("t.toml")).unwrap();
    let backend = medborgarkiosk::backend::Backend::start(&config, common::clock()).unwrap();
    assert!(backend.built_in);
    let local = backend.local_central().unwrap();
    assert!(local.base_url.starts_with("http://127.0.0.1:"));
    assert_eq!(local.token.len(), 64);
    assert!(dir.path().join("central.sqlite3").exists());
    let base_url = local.base_url.clone();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let client = backend.client.clone();
    runtime.block_on(async move {
        let offices = client.offices().await.unwrap();
        assert!(offices.iter().any(|o| o.id == "botkyrka-tumba"));
        // Its generated token is required like any other.
        let r = http()
            .get(format!("{base_url}/v1/offices"))
            .bearer_auth(TOKEN)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 403);
        // The in-process server keeps the kiosk's clock: a ticket the
        // kiosk stamps "now" is the day's first, whatever day the test runs.
        let ticket = client
            .create_ticket(
                &serde_json::from_value(ticket_body("information", common::now())).unwrap(),
                Uuid::new_v4(),
            )
            .await
            .unwrap();
        assert_eq!(ticket.ticket_number, "A001");
    });
    let client = backend.client.clone();
    drop(backend);
    // Dropping the backend stops the server; it finishes what it was
    // serving, so it is gone within moments, not at once.
    runtime.block_on(async move {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while client.health().await.is_ok() {
            assert!(
                std::time::Instant::now() < deadline,
                "not stopped after 10 s"
            );
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
    });
}

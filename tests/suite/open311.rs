//! Synpunkter to an Open311 GeoReport v2 endpoint: the client against a
//! loopback axum server that follows the spec (form fields checked, the
//! spec's answers and error arrays), and the outbox delivering through it,
//! also from a `Backend` started from a kiosk config with `[open311]`.

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Form, Json, Router};
use medborgarkiosk::backend::Backend;
use medborgarkiosk::config::Config;
use medborgarkiosk::contract::{Contact, ErrorClass, SynpunktKind, SynpunktRequest, SynpunktTopic};
use medborgarkiosk::i18n::Language;
use medborgarkiosk::open311::{Created, Open311Client, Open311Config, Open311Error};
use medborgarkiosk::outbox::{Destination, NewSynpunkt, Outbox, OutboxConfig};
use serde_json::json;

const KEY: &str = "open311-test-key";
const JURISDICTION: &str = "botkyrka.se";
const SERVICE_CODES: &[&str] = &["synpunkt", "klagomal", "klagomal-gata-park", "beröm"];

/// What the server answers to the next request, after its checks pass.
#[derive(Debug, Clone, Copy)]
enum Answer {
    Id,
    Token,
    /// A 5xx with the spec's error array.
    Unavailable,
    /// 200 with a body that is not GeoReport.
    Garbage,
    /// 400 with the spec's error array: the endpoint refuses the request.
    Refused,
}

#[derive(Default)]
struct Server {
    /// Every form received, in order.
    received: Vec<Vec<(String, String)>>,
    /// Answers for the next requests (then `Id`).
    script: VecDeque<Answer>,
    next_id: u32,
}

type Shared = Arc<Mutex<Server>>;

fn errors(status: StatusCode, description: &str) -> Response {
    (
        status,
        Json(json!([{ "code": status.as_u16(), "description": description }])),
    )
        .into_response()
}

fn field<'a>(form: &'a [(String, String)], name: &str) -> Option<&'a str> {
    form.iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// `POST /requests.json` as GeoReport v2 describes it.
async fn create(State(server): State<Shared>, Form(form): Form<Vec<(String, String)>>) -> Response {
    let mut server = server.lock().unwrap();
    server.received.push(form.clone());
    if field(&form, "api_key") != Some(KEY) {
        return errors(StatusCode::FORBIDDEN, "Invalid api_key");
    }
    if field(&form, "jurisdiction_id").is_some_and(|j| j != JURISDICTION) {
        return errors(
            StatusCode::NOT_FOUND,
            "jurisdiction_id provided was not found",
        );
    }
    match field(&form, "service_code") {
        None => return errors(StatusCode::BAD_REQUEST, "service_code was not provided"),
        Some(code) if !SERVICE_CODES.contains(&code) => {
            return errors(StatusCode::NOT_FOUND, "service_code was not found");
        }
        Some(_) => {}
    }
    if field(&form, "description").is_none_or(|d| d.trim().is_empty()) {
        return errors(StatusCode::BAD_REQUEST, "description was not provided");
    }
    if field(&form, "description").is_some_and(|d| d.chars().count() > 4000) {
        return errors(StatusCode::BAD_REQUEST, "description is too long");
    }
    // Attributes are `attribute[code]` or `attribute[code][]`.
    for (k, _) in &form {
        if k.starts_with("attribute") && !(k.starts_with("attribute[") && k.ends_with(']')) {
            return errors(StatusCode::BAD_REQUEST, "malformed attribute");
        }
    }
    server.next_id += 1;
    let id = server.next_id;
    match server.script.pop_front().unwrap_or(Answer::Id) {
        Answer::Id => (
            StatusCode::CREATED,
            Json(json!([{
                "service_request_id": format!("{}", 638_000 + id),
                "service_notice": "Vi svarar inom två arbetsdagar.",
                "account_id": null
            }])),
        )
            .into_response(),
        Answer::Token => {
            Json(json!([{ "token": format!("tok-{id}"), "service_notice": "" }])).into_response()
        }
        Answer::Unavailable => errors(StatusCode::SERVICE_UNAVAILABLE, "Try again later"),
        Answer::Garbage => (StatusCode::OK, "<html>ok</html>").into_response(),
        Answer::Refused => errors(StatusCode::BAD_REQUEST, "attribute[topics] is not valid"),
    }
}

struct Running {
    endpoint: String,
    state: Shared,
    _runtime_guard: tokio::task::JoinHandle<()>,
}

async fn start(script: &[Answer]) -> Running {
    let state: Shared = Arc::new(Mutex::new(Server {
        script: script.iter().copied().collect(),
        ..Server::default()
    }));
    let app = Router::new()
        .route("/georeport/v2/requests.json", post(create))
        .with_state(state.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr: SocketAddr = listener.local_addr().unwrap();
    let task = tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    Running {
        endpoint: format!("http://{addr}/georeport/v2"),
        state,
        _runtime_guard: task,
    }
}

fn config(endpoint: &str) -> Open311Config {
    let text = format!(
        r#"
endpoint = "{endpoint}"
jurisdiction_id = "{JURISDICTION}"
default_service_code = "synpunkt"
address_string = "Medborgarcenter Tumba"
timeout_ms = 2000
[service_codes]
"complaint" = "klagomal"
"complaint.streets-parks" = "klagomal-gata-park"
"praise" = "beröm"
"#
    );
    toml::from_str(&text).unwrap()
}

fn request(kind: SynpunktKind, area: &str, contact: Option<Contact>) -> SynpunktRequest {
    SynpunktRequest {
        kind,
        service_area: area.into(),
        topics: vec![SynpunktTopic::Treatment, SynpunktTopic::HandlingTime],
        message: "Lång väntan & dåligt bemötande = ?\nRad två.".into(),
        contact,
        language: Language::Ar,
        kiosk_id: "tumba-1".into(),
        submitted_at: monday_ten_running().now(),
        local_reference: "BK-7QH2XK".into(),
    }
}

fn all(form: &[(String, String)], name: &str) -> Vec<String> {
    form.iter()
        .filter(|(k, _)| k == name)
        .map(|(_, v)| v.clone())
        .collect()
}

#[tokio::test]
async fn a_synpunkt_is_posted_form_encoded_with_the_spec_fields() {
    let server = start(&[]).await;
    let client = Open311Client::new(&config(&server.endpoint), KEY).unwrap();
    let contact = Contact {
        name: Some("Amina Ali Hassan".into()),
        email: Some("amina@example.org".into()),
        phone: Some("+46701234567".into()),
    };
    let created = client
        .create(&request(
            SynpunktKind::Complaint,
            "streets-parks",
            Some(contact),
        ))
        .await
        .unwrap();
    assert_eq!(created, Created::Id("638001".into()));
    assert_eq!(created.reference(), "638001");

    let received = server.state.lock().unwrap().received.clone();
    assert_eq!(received.len(), 1);
    let form = &received[0];
    assert_eq!(field(form, "api_key"), Some(KEY));
    assert_eq!(field(form, "jurisdiction_id"), Some(JURISDICTION));
    // kind + area → the most specific code.
    assert_eq!(field(form, "service_code"), Some("klagomal-gata-park"));
    // The message arrives exactly, & = ? and the line break included.
    assert_eq!(
        field(form, "description"),
        Some("Lång väntan & dåligt bemötande = ?\nRad två.")
    );
    assert_eq!(field(form, "first_name"), Some("Amina"));
    assert_eq!(field(form, "last_name"), Some("Ali Hassan"));
    assert_eq!(field(form, "email"), Some("amina@example.org"));
    assert_eq!(field(form, "phone"), Some("+46701234567"));
    assert_eq!(field(form, "address_string"), Some("Medborgarcenter Tumba"));
    assert_eq!(
        all(form, "attribute[topics][]"),
        vec!["treatment", "handling_time"]
    );
    assert_eq!(field(form, "attribute[kind]"), Some("complaint"));
    assert_eq!(
        field(form, "attribute[service_area]"),
        Some("streets-parks")
    );
    assert_eq!(field(form, "attribute[language]"), Some("ar"));
    assert_eq!(field(form, "attribute[local_reference]"), Some("BK-7QH2XK"));
}

#[tokio::test]
async fn anonymous_has_no_contact_fields_and_codes_fall_back_by_kind_then_default() {
    let server = start(&[Answer::Token]).await;
    let client = Open311Client::new(&config(&server.endpoint), KEY).unwrap();
    let created = client
        .create(&request(SynpunktKind::Complaint, "school", None))
        .await
        .unwrap();
    // The spec's other answer: a token for a request queued there.
    assert_eq!(created, Created::Token("tok-1".into()));
    assert_eq!(created.reference(), "token:tok-1");
    client
        .create(&request(SynpunktKind::Suggestion, "school", None))
        .await
        .unwrap();
    let received = server.state.lock().unwrap().received.clone();
    assert_eq!(field(&received[0], "service_code"), Some("klagomal"));
    assert_eq!(field(&received[1], "service_code"), Some("synpunkt"));
    for form in &received {
        for name in ["first_name", "last_name", "email", "phone"] {
            assert_eq!(
                field(form, name),
                None,
                "{name} sent for an anonymous synpunkt"
            );
        }
    }
}

#[tokio::test]
async fn the_spec_error_array_becomes_typed_permanent_or_retryable_errors() {
    let server = start(&[Answer::Unavailable, Answer::Garbage]).await;
    let good = config(&server.endpoint);

    // A wrong api_key: 403 with the spec's array.
    let wrong_key = Open311Client::new(&good, "wrong").unwrap();
    let e = wrong_key
        .create(&request(SynpunktKind::Praise, "school", None))
        .await
        .unwrap_err();
    assert_eq!(e.status(), Some(reqwest::StatusCode::FORBIDDEN));
    assert_eq!(e.class(), ErrorClass::Auth);
    // IT fixes the key; the synpunkt waits meanwhile.
    assert!(e.is_retryable() && !e.is_definite_refusal());
    assert_eq!(e.errors()[0].code, "403");
    assert_eq!(e.errors()[0].description, "Invalid api_key");

    // An unknown service code: 404 "service_code was not found".
    let mut unknown = good.clone();
    unknown.default_service_code = "finns-inte".into();
    let e = Open311Client::new(&unknown, KEY)
        .unwrap()
        .create(&request(SynpunktKind::Suggestion, "school", None))
        .await
        .unwrap_err();
    assert_eq!(e.class(), ErrorClass::Rejected);
    // The kiosk's mapping is wrong, not the synpunkt: it waits for IT.
    assert!(e.is_retryable() && !e.is_definite_refusal());
    assert_eq!(e.errors()[0].description, "service_code was not found");

    // A wrong jurisdiction.
    let mut elsewhere = good.clone();
    elsewhere.jurisdiction_id = Some("huddinge.se".into());
    let e = Open311Client::new(&elsewhere, KEY)
        .unwrap()
        .create(&request(SynpunktKind::Suggestion, "school", None))
        .await
        .unwrap_err();
    assert_eq!(e.status(), Some(reqwest::StatusCode::NOT_FOUND));
    assert!(e.is_retryable());

    let client = Open311Client::new(&good, KEY).unwrap();
    // 503 with the array: retryable.
    let e = client
        .create(&request(SynpunktKind::Suggestion, "school", None))
        .await
        .unwrap_err();
    assert_eq!(e.class(), ErrorClass::Server);
    assert!(e.is_retryable());
    assert_eq!(e.errors()[0].code, "503");
    // 200 with something that is not GeoReport: a protocol error.
    let e = client
        .create(&request(SynpunktKind::Suggestion, "school", None))
        .await
        .unwrap_err();
    assert!(matches!(e, Open311Error::Protocol(_)), "{e:?}");
    // A captive portal's page, say: tried again later, never given up.
    assert!(e.is_retryable());

    // Nobody listening: a network error, retryable.
    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap()
    };
    let e = Open311Client::new(&config(&format!("http://{closed}")), KEY)
        .unwrap()
        .create(&request(SynpunktKind::Suggestion, "school", None))
        .await
        .unwrap_err();
    assert_eq!(e.class(), ErrorClass::Network);
    assert!(e.is_retryable());
}

fn fast_outbox() -> OutboxConfig {
    OutboxConfig {
        batch_size: 8,
        concurrency: 2,
        backoff_initial_ms: 20,
        backoff_max_ms: 200,
        idle_poll_ms: 50,
        ..OutboxConfig::default()
    }
}

fn new_synpunkt(kind: SynpunktKind, contact: bool) -> NewSynpunkt {
    NewSynpunkt {
        kind,
        service_area: "streets-parks".into(),
        topics: vec![SynpunktTopic::Accessibility],
        message: "Trappan vid entrén saknar ledstång.".into(),
        contact: contact.then(|| Contact {
            name: Some("Kim".into()),
            email: Some("kim@example.org".into()),
            phone: None,
        }),
        language: Language::Sv,
        kiosk_id: "tumba-1".into(),
    }
}

#[tokio::test]
async fn the_outbox_delivers_to_open311_retrying_all_but_a_definite_refusal() {
    let server = start(&[Answer::Unavailable]).await;
    let dir = tempfile::tempdir().unwrap();
    let outbox = Outbox::open(
        &dir.path().join("outbox.sqlite3"),
        fast_outbox(),
        monday_ten_running(),
    )
    .unwrap();
    let open311: Destination = Open311Client::new(&config(&server.endpoint), KEY)
        .unwrap()
        .into();

    let receipt = outbox
        .submit_synpunkt(new_synpunkt(SynpunktKind::Complaint, true))
        .await
        .unwrap();
    // First round: 503, kept and retried later.
    assert_eq!(outbox.deliver_due_to(&open311).await.unwrap(), 1);
    let row = outbox.row(&receipt.local_reference).unwrap().unwrap();
    assert_eq!(row.state, "pending");
    assert_eq!(outbox.state().last_error, Some(ErrorClass::Server));
    tokio::time::sleep(Duration::from_millis(250)).await;
    assert_eq!(outbox.deliver_due_to(&open311).await.unwrap(), 1);
    let row = outbox.row(&receipt.local_reference).unwrap().unwrap();
    assert_eq!(row.state, "delivered");
    assert_eq!(row.server_reference.as_deref(), Some("638002"));
    // Personal fields are erased once delivered.
    assert!(!row.body.contains("Trappan"), "{}", row.body);
    assert!(!row.body.contains("kim@example.org"));
    assert_eq!(outbox.state().last_error, None);

    // A code the endpoint does not know (404 with the spec's errors): the
    // kiosk's mapping is wrong, not the synpunkt; it waits for IT's fix.
    let mut unknown = config(&server.endpoint);
    unknown.service_codes.clear();
    unknown.default_service_code = "finns-inte".into();
    let misconfigured: Destination = Open311Client::new(&unknown, KEY).unwrap().into();
    let receipt = outbox
        .submit_synpunkt(new_synpunkt(SynpunktKind::Praise, false))
        .await
        .unwrap();
    outbox.deliver_due_to(&misconfigured).await.unwrap();
    let row = outbox.row(&receipt.local_reference).unwrap().unwrap();
    assert_eq!(row.state, "pending");
    assert_eq!(outbox.state().last_error, Some(ErrorClass::Rejected));
    assert_eq!(outbox.state().rejected, 0);
    // Fixed: it goes.
    tokio::time::sleep(Duration::from_millis(350)).await;
    assert_eq!(outbox.deliver_due_to(&open311).await.unwrap(), 1);
    let row = outbox.row(&receipt.local_reference).unwrap().unwrap();
    assert_eq!(row.state, "delivered");

    // The endpoint's definite refusal (400 with the spec's errors): kept
    // aside for IT, not retried.
    server
        .state
        .lock()
        .unwrap()
        .script
        .push_back(Answer::Refused);
    let receipt = outbox
        .submit_synpunkt(new_synpunkt(SynpunktKind::Praise, false))
        .await
        .unwrap();
    outbox.deliver_due_to(&open311).await.unwrap();
    let row = outbox.row(&receipt.local_reference).unwrap().unwrap();
    assert_eq!(row.state, "rejected");
    assert_eq!(outbox.state().rejected, 1);

    // A wrong api_key is not the visitor's fault: it waits for IT.
    let wrong_key: Destination = Open311Client::new(&config(&server.endpoint), "wrong")
        .unwrap()
        .into();
    let receipt = outbox
        .submit_synpunkt(new_synpunkt(SynpunktKind::Suggestion, false))
        .await
        .unwrap();
    outbox.deliver_due_to(&wrong_key).await.unwrap();
    let row = outbox.row(&receipt.local_reference).unwrap().unwrap();
    assert_eq!(row.state, "pending");
    assert_eq!(outbox.state().last_error, Some(ErrorClass::Auth));
}

#[test]
fn a_kiosk_configured_with_open311_delivers_its_synpunkter_there() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let server = runtime.block_on(start(&[]));
    let dir = tempfile::tempdir().unwrap();
    let key_file = dir.path().join("open311-key");
    std::fs::write(&key_file, format!("{KEY}\n")).unwrap();
    let text = format!(
        r#"
data_dir = {data:?}
[outbox]
backoff_initial_ms = 20
backoff_max_ms = 200
idle_poll_ms = 50
[open311]
endpoint = "{endpoint}"
api_key_file = {key_file:?}
jurisdiction_id = "{JURISDICTION}"
default_service_code = "synpunkt"
[open311.service_codes]
"complaint" = "klagomal"
"#,
        data = dir.path(),
        endpoint = server.endpoint,
    );
    let config = Config::parse(&text, std::path::Path::new("kiosk.toml")).unwrap();
    assert!(config.open311.is_some());
    // The queue still uses the (built-in) central API; synpunkter go to Open311.
    let backend = Backend::start(&config, monday_ten_running()).unwrap();
    let receipt = backend
        .outbox
        .enqueue_synpunkt(new_synpunkt(SynpunktKind::Complaint, false))
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let row = backend
            .outbox
            .row(&receipt.local_reference)
            .unwrap()
            .unwrap();
        if row.state == "delivered" {
            assert_eq!(row.server_reference.as_deref(), Some("638001"));
            break;
        }
        assert!(Instant::now() < deadline, "not delivered: {row:?}");
        std::thread::sleep(Duration::from_millis(20));
    }
    let received = server.state.lock().unwrap().received.clone();
    assert_eq!(received.len(), 1);
    assert_eq!(field(&received[0], "service_code"), Some("klagomal"));
    assert_eq!(
        field(&received[0], "description"),
        Some("Trappan vid entrén saknar ledstång.")
    );
    drop(backend);
}

#[test]
fn a_bad_open311_table_is_refused_with_the_key() {
    for (table, key) in [
        (
            "[open311]\nendpoint = \"http://open311.example.se\"\ndefault_service_code = \"s\"\n",
            "open311.endpoint",
        ),
        (
            "[open311]\nendpoint = \"https://o.example.se\"\ndefault_service_code = \"\"\n",
            "open311.default_service_code",
        ),
        (
            "[open311]\nendpoint = \"https://o.example.se\"\ndefault_service_code = \"s\"\n[open311.service_codes]\n\"complain\" = \"x\"\n",
            "open311.service_codes.complain",
        ),
    ] {
        let e = Config::parse(table, std::path::Path::new("kiosk.toml")).unwrap_err();
        assert!(e.to_string().contains(key), "{e}");
    }
    let e = Config::parse(
        "[open311]\nendpoint = \"https://o.example.se\"\n",
        std::path::Path::new("kiosk.toml"),
    )
    .unwrap_err();
    assert!(e.to_string().contains("default_service_code"), "{e}");
}

/// From Monday 23 November 2026, 10:00 in Stockholm, running on with real
/// time (the outbox's back-off needs time to pass).
fn monday_ten_running() -> medborgarkiosk::clock::Clock {
    medborgarkiosk::clock::Clock::running_from(
        chrono::DateTime::parse_from_rfc3339("2026-11-23T10:00:00+01:00")
            .unwrap()
            .to_utc(),
    )
}

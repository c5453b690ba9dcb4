//! The reference implementation of the central API (axum + SQLite).
//!
//! It serves tests, demos and a small office without its own back end:
//! `medborgarkiosk central --listen ADDR --db PATH [--config PATH]`, or
//! in-process on 127.0.0.1 via [`spawn_in_process`] when the kiosk has no
//! `api.base_url`. The contract is `resources/api/openapi.yaml`; the
//! served routes are listed once, in [`ROUTES`].
//!
//! Logs carry route, status, ticket numbers and references, never names,
//! contact details or message text.

// Handlers return early with a ready `Response` as the error value; its size
// does not matter on this path.
#![allow(clippy::result_large_err)]

pub mod cli;
pub mod config;
mod store;

use std::future::Future;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{Path as UrlPath, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodRouter, get, post, put};
use chrono::{DateTime, Datelike, Duration, TimeZone, Utc};
use rusqlite::{Transaction, params};
use serde::Serialize;
use serde::de::DeserializeOwned;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;
use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use crate::calendar::{answer_by, stockholm_date};
use crate::contract::{
    API_VERSION, CallNextRequest, CallNextResponse, CalledTicket, FieldError, Health,
    IDEMPOTENCY_KEY, KioskList, KioskStatus, KioskStatusRecord, MAX_BODY_BYTES, MAX_MESSAGE_CHARS,
    NowServing, NowServingEntry, Office, OfficeList, PROBLEM_JSON, Problem, Service, ServiceList,
    SynpunktReceipt, SynpunktRequest, TicketNeeds, TicketRequest, TicketResponse,
};
pub use config::{CentralConfig, ConfigError};
pub use store::StoreCounts;
use store::{Seen, Store};

/// The environment variable holding the bearer token (server and kiosk).
pub use crate::contract::TOKEN_ENV;

/// How far in the future a client's timestamp may be (clock skew).
pub const MAX_FUTURE_SKEW_MINUTES: i64 = 5;

/// The routes the server serves: the single list the router is built
/// from and the OpenAPI test reads.
pub const ROUTES: &[(RouteId, &str, &str)] = &[
    (RouteId::Health, "GET", "/v1/health"),
    (RouteId::Offices, "GET", "/v1/offices"),
    (RouteId::Services, "GET", "/v1/offices/{office}/services"),
    (
        RouteId::NowServing,
        "GET",
        "/v1/offices/{office}/now-serving",
    ),
    (
        RouteId::CallNext,
        "POST",
        "/v1/offices/{office}/counters/{counter}/call-next",
    ),
    (RouteId::Tickets, "POST", "/v1/tickets"),
    (RouteId::Synpunkter, "POST", "/v1/synpunkter"),
    (RouteId::Kiosks, "GET", "/v1/kiosks"),
    (RouteId::KioskStatus, "PUT", "/v1/kiosks/{kiosk_id}/status"),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RouteId {
    Health,
    Offices,
    Services,
    NowServing,
    CallNext,
    Tickets,
    Synpunkter,
    Kiosks,
    KioskStatus,
}

/// The server's notion of "now": the process's one clock (tests hand the
/// kiosk and the server the same manual clock).
pub use crate::clock::Clock;

#[derive(Debug, thiserror::Error)]
pub enum CentralError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error(
        "no API token: set the environment variable {TOKEN_ENV} or name a token_file in the central config"
    )]
    NoToken,
    #[error("cannot read token file {path}: {source}")]
    TokenFile {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("token file {0} is empty")]
    EmptyToken(PathBuf),
    #[error("database {path}: {source}")]
    Database {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("database: {0}")]
    Query(#[from] rusqlite::Error),
    #[error("cannot listen on {addr}: {source}")]
    Listen {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error("cannot create data directory {path}: {source}")]
    DataDir {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// The accepted token: from [`TOKEN_ENV`], else from the config's
/// `token_file`; neither is an error.
pub fn resolve_token(config: &CentralConfig) -> Result<String, CentralError> {
    if let Ok(token) = std::env::var(TOKEN_ENV) {
        let token = token.trim().to_owned();
        if !token.is_empty() {
            return Ok(token);
        }
    }
    let Some(path) = &config.token_file else {
        return Err(CentralError::NoToken);
    };
    let text = std::fs::read_to_string(path).map_err(|source| CentralError::TokenFile {
        path: path.clone(),
        source,
    })?;
    let token = text.lines().next().unwrap_or("").trim().to_owned();
    if token.is_empty() {
        return Err(CentralError::EmptyToken(path.clone()));
    }
    Ok(token)
}

struct Inner {
    config: CentralConfig,
    store: Store,
    token_hash: [u8; 32],
    clock: Clock,
}

/// A configured reference server (config, database, token); cheap to clone.
#[derive(Clone)]
pub struct Central {
    inner: Arc<Inner>,
}

impl Central {
    /// Opens (or creates) the database at `db_path` and accepts `token`;
    /// every time it stamps or compares comes from `clock`.
    pub fn open(
        config: CentralConfig,
        db_path: &Path,
        token: &str,
        clock: Clock,
    ) -> Result<Central, CentralError> {
        let store = Store::open(db_path).map_err(|source| CentralError::Database {
            path: db_path.to_owned(),
            source,
        })?;
        Ok(Central {
            inner: Arc::new(Inner {
                config,
                store,
                token_hash: Sha256::digest(token.as_bytes()).into(),
                clock,
            }),
        })
    }

    pub fn config(&self) -> &CentralConfig {
        &self.inner.config
    }

    fn now(&self) -> DateTime<Utc> {
        self.inner.clock.now()
    }

    /// Row counts of the database.
    pub fn counts(&self) -> Result<StoreCounts, CentralError> {
        Ok(self.inner.store.counts()?)
    }

    /// The kiosk-side references of every stored synpunkt, in arrival order.
    pub fn synpunkt_local_references(&self) -> Result<Vec<String>, CentralError> {
        Ok(self.inner.store.synpunkt_local_references()?)
    }

    /// The stored text fields of a synpunkt (kind, service_area, message,
    /// contact name, e-mail, phone, kiosk_id, local_reference).
    pub fn synpunkt_fields(
        &self,
        reference: &str,
    ) -> Result<Option<Vec<Option<String>>>, CentralError> {
        Ok(self.inner.store.synpunkt_text(reference)?)
    }
}

/// The axum router of the contract.
pub fn router(central: Central) -> Router {
    let mut router = Router::new();
    for &(id, _method, path) in ROUTES {
        let handler: MethodRouter<Central> = match id {
            RouteId::Health => get(health),
            RouteId::Offices => get(offices),
            RouteId::Services => get(services),
            RouteId::NowServing => get(now_serving),
            RouteId::CallNext => post(call_next),
            RouteId::Tickets => post(create_ticket),
            RouteId::Synpunkter => post(create_synpunkt),
            RouteId::Kiosks => get(kiosks),
            RouteId::KioskStatus => put(put_kiosk_status),
        };
        router = router.route(path, handler);
    }
    router
        .fallback(|| async {
            problem(
                StatusCode::NOT_FOUND,
                "not-found",
                "No such route",
                None,
                Vec::new(),
            )
        })
        .with_state(central)
}

/// Serves the contract on `listener` until `shutdown` completes.
pub async fn serve(
    listener: TcpListener,
    central: Central,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, router(central))
        .with_graceful_shutdown(shutdown)
        .await
}

/// A reference server running in this process.
pub struct LocalCentral {
    /// e.g. `http://127.0.0.1:41234` (no trailing slash).
    pub base_url: String,
    /// The token it accepts.
    pub token: String,
    pub addr: SocketAddr,
    central: Central,
    shutdown: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<std::io::Result<()>>>,
}

impl LocalCentral {
    pub fn central(&self) -> &Central {
        &self.central
    }

    /// Stops serving and waits for open connections to finish.
    pub async fn shutdown(mut self) {
        self.stop().await;
    }

    async fn stop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for LocalCentral {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

/// Serves `central` on `addr` (port 0 = any free port) in a tokio task.
pub async fn spawn(
    central: Central,
    addr: SocketAddr,
    token: String,
) -> Result<LocalCentral, CentralError> {
    let listener = TcpListener::bind(addr)
        .await
        .map_err(|source| CentralError::Listen { addr, source })?;
    let addr = listener
        .local_addr()
        .map_err(|source| CentralError::Listen { addr, source })?;
    let (tx, rx) = oneshot::channel::<()>();
    let task = tokio::spawn(serve(listener, central.clone(), async {
        let _ = rx.await;
    }));
    Ok(LocalCentral {
        base_url: format!("http://{addr}"),
        token,
        addr,
        central,
        shutdown: Some(tx),
        task: Some(task),
    })
}

/// Starts the reference server with the bundled demo config on
/// 127.0.0.1 (a free port), its database `central.sqlite3` in `data_dir`
/// and a freshly generated token. For a kiosk with no `api.base_url`.
pub async fn spawn_in_process(data_dir: &Path, clock: Clock) -> Result<LocalCentral, CentralError> {
    std::fs::create_dir_all(data_dir).map_err(|source| CentralError::DataDir {
        path: data_dir.to_owned(),
        source,
    })?;
    let token = generate_token();
    let db = data_dir.join("central.sqlite3");
    let opened = {
        let token = token.clone();
        tokio::task::spawn_blocking(move || {
            Central::open(CentralConfig::demo(), &db, &token, clock)
        })
        .await
    };
    let central = opened.map_err(|e| CentralError::DataDir {
        path: data_dir.to_owned(),
        source: std::io::Error::other(e),
    })??;
    spawn(central, SocketAddr::from(([127, 0, 0, 1], 0)), token).await
}

/// A random 256-bit token, hex encoded.
pub fn generate_token() -> String {
    let bytes: [u8; 32] = rand::random();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

// ---------------------------------------------------------------- helpers

fn problem(
    status: StatusCode,
    slug: &str,
    title: &str,
    detail: Option<String>,
    errors: Vec<FieldError>,
) -> Response {
    let body = Problem {
        type_uri: format!("urn:medborgarkiosk:problem:{slug}"),
        title: title.to_owned(),
        status: status.as_u16(),
        detail,
        errors,
    };
    let json = serde_json::to_string(&body).unwrap_or_else(|_| "{}".to_owned());
    (status, [(header::CONTENT_TYPE, PROBLEM_JSON)], json).into_response()
}

fn field_error(field: &str, code: &str, detail: impl Into<String>) -> FieldError {
    FieldError {
        field: field.to_owned(),
        code: code.to_owned(),
        detail: detail.into(),
    }
}

fn unprocessable(errors: Vec<FieldError>) -> Response {
    problem(
        StatusCode::UNPROCESSABLE_ENTITY,
        "invalid-fields",
        "Some fields are not valid",
        None,
        errors,
    )
}

fn json_response<T: Serialize>(status: StatusCode, value: &T) -> Response {
    match serde_json::to_string(value) {
        Ok(json) => (status, [(header::CONTENT_TYPE, "application/json")], json).into_response(),
        Err(_) => internal(),
    }
}

fn internal() -> Response {
    problem(
        StatusCode::INTERNAL_SERVER_ERROR,
        "internal",
        "Internal error",
        None,
        Vec::new(),
    )
}

fn db_failed(e: rusqlite::Error) -> Response {
    tracing::error!(error = %e, "database error");
    internal()
}

fn check_auth(central: &Central, headers: &HeaderMap) -> Result<(), Response> {
    let unauthorized = || {
        let mut r = problem(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            "A bearer token is required",
            None,
            Vec::new(),
        );
        r.headers_mut()
            .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        r
    };
    let value = headers
        .get(header::AUTHORIZATION)
        .ok_or_else(unauthorized)?
        .to_str()
        .map_err(|_| unauthorized())?;
    let (scheme, token) = value.split_once(' ').ok_or_else(unauthorized)?;
    if !scheme.eq_ignore_ascii_case("bearer") {
        return Err(unauthorized());
    }
    let given: [u8; 32] = Sha256::digest(token.trim().as_bytes()).into();
    if bool::from(given.ct_eq(&central.inner.token_hash)) {
        Ok(())
    } else {
        Err(problem(
            StatusCode::FORBIDDEN,
            "forbidden",
            "The bearer token is not accepted",
            None,
            Vec::new(),
        ))
    }
}

fn idempotency_key(headers: &HeaderMap) -> Result<String, Response> {
    let bad = |detail: &str| {
        problem(
            StatusCode::BAD_REQUEST,
            "idempotency-key",
            "Idempotency-Key header required",
            Some(detail.to_owned()),
            vec![field_error(IDEMPOTENCY_KEY, "invalid", detail)],
        )
    };
    let value = headers
        .get(IDEMPOTENCY_KEY)
        .ok_or_else(|| bad("every POST needs an Idempotency-Key header (a UUID)"))?;
    let text = value
        .to_str()
        .map_err(|_| bad("the Idempotency-Key must be a UUID"))?;
    let uuid = uuid::Uuid::parse_str(text.trim())
        .map_err(|_| bad("the Idempotency-Key must be a UUID"))?;
    Ok(uuid.hyphenated().to_string())
}

async fn read_body(headers: &HeaderMap, body: Body) -> Result<Bytes, Response> {
    let too_large = || {
        problem(
            StatusCode::PAYLOAD_TOO_LARGE,
            "too-large",
            "Request body too large",
            Some(format!("at most {MAX_BODY_BYTES} bytes")),
            Vec::new(),
        )
    };
    if let Some(len) = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok())
        && len > MAX_BODY_BYTES as u64
    {
        return Err(too_large());
    }
    axum::body::to_bytes(body, MAX_BODY_BYTES)
        .await
        .map_err(|_| too_large())
}

fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, Response> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        problem(
            StatusCode::BAD_REQUEST,
            "invalid-utf8",
            "The body is not valid UTF-8",
            Some(format!("invalid byte at offset {}", e.valid_up_to())),
            Vec::new(),
        )
    })?;
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| {
        problem(
            StatusCode::BAD_REQUEST,
            "malformed-json",
            "The body is not valid JSON",
            Some(e.to_string()),
            Vec::new(),
        )
    })?;
    serde_path_to_error::deserialize::<_, T>(value).map_err(|e| {
        let message = e.inner().to_string();
        let mut field = e.path().to_string();
        if let Some(rest) = message.strip_prefix("missing field `")
            && let Some(name) = rest.split('`').next()
        {
            field = if field == "." {
                name.to_owned()
            } else {
                format!("{field}.{name}")
            };
        } else if let Some(rest) = message.strip_prefix("unknown field `")
            && let Some(name) = rest.split('`').next()
        {
            field = if field == "." {
                name.to_owned()
            } else {
                format!("{field}.{name}")
            };
        }
        unprocessable(vec![field_error(&field, "invalid", message)])
    })
}

/// Field checks shared by the POST and PUT handlers.
#[derive(Default)]
struct Check {
    errors: Vec<FieldError>,
}

impl Check {
    /// A free text: length in characters, no control characters other
    /// than newline (and none at all unless `multiline`).
    fn text(
        &mut self,
        field: &str,
        value: &str,
        max_chars: usize,
        required: bool,
        multiline: bool,
    ) {
        if required && value.trim().is_empty() {
            self.errors
                .push(field_error(field, "required", "must not be empty"));
            return;
        }
        let chars = value.chars().count();
        if chars > max_chars {
            self.errors.push(field_error(
                field,
                "too_long",
                format!("{chars} characters, at most {max_chars}"),
            ));
        }
        if value
            .chars()
            .any(|c| c.is_control() && !(multiline && c == '\n'))
        {
            self.errors.push(field_error(
                field,
                "control_character",
                if multiline {
                    "control characters other than newline are not allowed"
                } else {
                    "control characters are not allowed"
                },
            ));
        }
    }

    /// An identifier: 1-64 of `A-Z a-z 0-9 . _ -`.
    fn ident(&mut self, field: &str, value: &str) {
        let ok = !value.is_empty()
            && value.len() <= 64
            && value
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
        if !ok {
            self.errors.push(field_error(
                field,
                "invalid",
                "1-64 characters of A-Z, a-z, 0-9, '.', '_' or '-'",
            ));
        }
    }

    fn not_future(&mut self, field: &str, at: DateTime<Utc>, now: DateTime<Utc>) {
        if at > now + Duration::minutes(MAX_FUTURE_SKEW_MINUTES) {
            self.errors.push(field_error(
                field,
                "in_future",
                format!("more than {MAX_FUTURE_SKEW_MINUTES} minutes in the future"),
            ));
        }
    }

    fn finish(self) -> Result<(), Response> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(unprocessable(self.errors))
        }
    }
}

fn sha256_hex(parts: &[&[u8]]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update((p.len() as u64).to_le_bytes());
        h.update(p);
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

type TxResult = Result<(StatusCode, String), Response>;

/// Runs `op` in one transaction under the idempotency rules: a known key
/// with the same body replays the first answer; with another body it is
/// refused; a new key is stored together with the answer.
async fn idempotent<F>(central: &Central, key: String, body_hash: String, op: F) -> Response
where
    F: FnOnce(&Transaction<'_>, &Central, DateTime<Utc>) -> TxResult + Send + 'static,
{
    let central = central.clone();
    let result = tokio::task::spawn_blocking(move || {
        let mut conn = central.inner.store.lock();
        let tx = conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(db_failed)?;
        match store::seen(&tx, &key, &body_hash).map_err(db_failed)? {
            Seen::Same { status, response } => {
                let status = StatusCode::from_u16(status).unwrap_or(StatusCode::OK);
                let mut r = (
                    status,
                    [(header::CONTENT_TYPE, "application/json")],
                    response,
                )
                    .into_response();
                r.headers_mut()
                    .insert("idempotent-replayed", HeaderValue::from_static("true"));
                return Ok(r);
            }
            Seen::Different => {
                return Err(problem(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "idempotency-key-reused",
                    "This Idempotency-Key was used with another request",
                    None,
                    vec![field_error(
                        IDEMPOTENCY_KEY,
                        "reused",
                        "used before with another body",
                    )],
                ));
            }
            Seen::New => {}
        }
        let now = central.now();
        let (status, json) = op(&tx, &central, now)?;
        store::remember(
            &tx,
            &key,
            &body_hash,
            status.as_u16(),
            &json,
            now.timestamp_millis(),
        )
        .map_err(db_failed)?;
        tx.commit().map_err(db_failed)?;
        Ok((status, [(header::CONTENT_TYPE, "application/json")], json).into_response())
    })
    .await;
    match result {
        Ok(Ok(r)) | Ok(Err(r)) => r,
        Err(_) => internal(),
    }
}

/// Auth, key, body and JSON of a POST.
async fn post_prelude<T: DeserializeOwned>(
    central: &Central,
    route: &str,
    headers: &HeaderMap,
    body: Body,
) -> Result<(String, String, T), Response> {
    check_auth(central, headers)?;
    let key = idempotency_key(headers)?;
    let bytes = read_body(headers, body).await?;
    let value = parse_json::<T>(&bytes)?;
    let hash = sha256_hex(&[route.as_bytes(), &bytes]);
    Ok((key, hash, value))
}

fn to_json<T: Serialize>(value: &T) -> Result<String, Response> {
    serde_json::to_string(value).map_err(|_| internal())
}

fn unknown_office(office: &str) -> Response {
    problem(
        StatusCode::NOT_FOUND,
        "unknown-office",
        "Unknown office",
        Some(format!("no office {office:?}")),
        vec![field_error(
            "office",
            "unknown_office",
            format!("no office {office:?}"),
        )],
    )
}

// ------------------------------------------------------ queue estimation

/// Typical service minutes of a service: the mean of its last 20 measured
/// service times (each clamped to 0.5-90 minutes), pulled towards the
/// configured default while fewer than 5 are measured.
fn service_minutes(
    tx: &Transaction<'_>,
    central: &Central,
    office: &str,
    service: &str,
) -> rusqlite::Result<f64> {
    const WINDOW: i64 = 20;
    const TRUST: usize = 5;
    let mut stmt = tx.prepare_cached(
        "SELECT finished_at - called_at FROM tickets \
         WHERE office = ?1 AND service_id = ?2 AND finished_at IS NOT NULL \
         ORDER BY finished_at DESC LIMIT ?3",
    )?;
    let durations: Vec<f64> = stmt
        .query_map(params![office, service, WINDOW], |r| r.get::<_, i64>(0))?
        .collect::<rusqlite::Result<Vec<i64>>>()?
        .into_iter()
        .map(|ms| (ms as f64 / 60_000.0).clamp(0.5, 90.0))
        .collect();
    let default = f64::from(central.inner.config.default_service_minutes.max(1));
    let n = durations.len();
    let sum: f64 = durations.iter().sum();
    Ok(if n >= TRUST {
        sum / n as f64
    } else {
        (sum + default * (TRUST - n) as f64) / TRUST as f64
    })
}

/// Counters that called this service in the last hour (at least 1).
fn active_counters(
    tx: &Transaction<'_>,
    office: &str,
    service: &str,
    now: DateTime<Utc>,
) -> rusqlite::Result<u32> {
    let since = (now - Duration::hours(1)).timestamp_millis();
    let n: i64 = tx.query_row(
        "SELECT COUNT(DISTINCT counter) FROM tickets WHERE office = ?1 AND service_id = ?2 AND called_at >= ?3",
        params![office, service, since],
        |r| r.get(0),
    )?;
    Ok(n.clamp(1, 100) as u32)
}

/// Minutes until a visitor at `position` (1 = next) is called: half a
/// service for the visitor now at the desk, one service per visitor ahead,
/// shared among the active counters.
fn wait_minutes(position: u32, minutes: f64, counters: u32) -> u32 {
    let services = f64::from(position.max(1)) - 0.5;
    (services * minutes / f64::from(counters.max(1))).ceil() as u32
}

fn waiting_count(
    tx: &Transaction<'_>,
    office: &str,
    service: &str,
    day: &str,
) -> rusqlite::Result<u32> {
    let n: i64 = tx.query_row(
        "SELECT COUNT(*) FROM tickets WHERE office = ?1 AND service_id = ?2 AND day = ?3 AND called_at IS NULL",
        params![office, service, day],
        |r| r.get(0),
    )?;
    Ok(n.max(0) as u32)
}

// ---------------------------------------------------------------- handlers

async fn health() -> Response {
    json_response(
        StatusCode::OK,
        &Health {
            status: "ok".to_owned(),
            version: format!(
                "{API_VERSION} ({} {})",
                env!("CARGO_PKG_NAME"),
                env!("CARGO_PKG_VERSION")
            ),
        },
    )
}

async fn offices(State(central): State<Central>, headers: HeaderMap) -> Response {
    if let Err(r) = check_auth(&central, &headers) {
        return r;
    }
    let offices = central
        .config()
        .offices
        .iter()
        .map(|o| Office {
            id: o.id.clone(),
            name: o.name.clone(),
            area: o.area.clone(),
        })
        .collect();
    json_response(StatusCode::OK, &OfficeList { offices })
}

async fn services(
    State(central): State<Central>,
    UrlPath(office): UrlPath<String>,
    headers: HeaderMap,
) -> Response {
    if let Err(r) = check_auth(&central, &headers) {
        return r;
    }
    if central.config().office(&office).is_none() {
        return unknown_office(&office);
    }
    let c = central.clone();
    let result = tokio::task::spawn_blocking(move || -> Result<Response, Response> {
        let Some(office_config) = c.config().office(&office) else {
            return Err(unknown_office(&office));
        };
        let now = c.now();
        let day = stockholm_date(now).to_string();
        let mut conn = c.inner.store.lock();
        let tx = conn.transaction().map_err(db_failed)?;
        let mut services = Vec::new();
        for s in &office_config.services {
            let waiting = waiting_count(&tx, &office, &s.id, &day).map_err(db_failed)?;
            let minutes = service_minutes(&tx, &c, &office, &s.id).map_err(db_failed)?;
            let counters = active_counters(&tx, &office, &s.id, now).map_err(db_failed)?;
            let (open_now, next_opening) = s.opening(now);
            services.push(Service {
                id: s.id.clone(),
                prefix: s.prefix.clone(),
                names: s.names.clone(),
                rosa_level: s.rosa_level,
                open_now,
                next_opening,
                waiting,
                estimated_wait_minutes: if waiting == 0 {
                    0
                } else {
                    wait_minutes(waiting + 1, minutes, counters)
                },
            });
        }
        Ok(json_response(
            StatusCode::OK,
            &ServiceList { office, services },
        ))
    })
    .await;
    match result {
        Ok(Ok(r)) | Ok(Err(r)) => r,
        Err(_) => internal(),
    }
}

async fn now_serving(
    State(central): State<Central>,
    UrlPath(office): UrlPath<String>,
    headers: HeaderMap,
) -> Response {
    if let Err(r) = check_auth(&central, &headers) {
        return r;
    }
    if central.config().office(&office).is_none() {
        return unknown_office(&office);
    }
    let c = central.clone();
    let result = tokio::task::spawn_blocking(move || -> rusqlite::Result<NowServing> {
        let day = stockholm_date(c.now()).to_string();
        let conn = c.inner.store.lock();
        let mut stmt = conn.prepare_cached(
            "SELECT number, service_id, counter, called_at FROM tickets \
             WHERE office = ?1 AND day = ?2 AND called_at IS NOT NULL \
             ORDER BY called_at DESC, id DESC LIMIT ?3",
        )?;
        let entries = stmt
            .query_map(params![office, day, c.config().now_serving_count], |r| {
                Ok(NowServingEntry {
                    ticket_number: r.get(0)?,
                    service_id: r.get(1)?,
                    counter: r.get(2)?,
                    called_at: Utc
                        .timestamp_millis_opt(r.get(3)?)
                        .single()
                        .unwrap_or_default(),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(NowServing { office, entries })
    })
    .await;
    match result {
        Ok(Ok(list)) => json_response(StatusCode::OK, &list),
        Ok(Err(e)) => db_failed(e),
        Err(_) => internal(),
    }
}

fn check_needs(check: &mut Check, needs: &TicketNeeds) {
    if let Some(lang) = &needs.interpreter_language {
        let ok = !lang.is_empty()
            && lang.len() <= 35
            && lang.split('-').enumerate().all(|(i, part)| {
                let len_ok = if i == 0 {
                    (2..=8).contains(&part.len())
                } else {
                    (1..=8).contains(&part.len())
                };
                len_ok
                    && part.chars().all(|c| {
                        if i == 0 {
                            c.is_ascii_alphabetic()
                        } else {
                            c.is_ascii_alphanumeric()
                        }
                    })
            });
        if !ok {
            check.errors.push(field_error(
                "needs.interpreter_language",
                "invalid",
                "a language tag such as \"ar\" or \"sgn-SE\"",
            ));
        }
    }
}

async fn create_ticket(State(central): State<Central>, headers: HeaderMap, body: Body) -> Response {
    let (key, hash, req) =
        match post_prelude::<TicketRequest>(&central, "POST /v1/tickets", &headers, body).await {
            Ok(v) => v,
            Err(r) => return r,
        };
    let mut check = Check::default();
    check.text("office", &req.office, 64, true, false);
    check.text("service_id", &req.service_id, 64, true, false);
    check.ident("kiosk_id", &req.kiosk_id);
    check_needs(&mut check, &req.needs);
    check.not_future("requested_at", req.requested_at, central.now());
    match central.config().office(&req.office) {
        None => check.errors.push(field_error(
            "office",
            "unknown_office",
            format!("no office {:?}", req.office),
        )),
        Some(office) => {
            if office.service(&req.service_id).is_none() {
                check.errors.push(field_error(
                    "service_id",
                    "unknown_service",
                    format!("no service {:?} in office {:?}", req.service_id, req.office),
                ));
            }
        }
    }
    if let Err(r) = check.finish() {
        return r;
    }
    idempotent(&central, key, hash, move |tx, c, now| {
        let Some(service) = c.config().office(&req.office).and_then(|o| o.service(&req.service_id)) else {
            return Err(internal());
        };
        let day = stockholm_date(now).to_string();
        let seq: i64 = tx
            .query_row(
                "SELECT COALESCE(MAX(seq), 0) + 1 FROM tickets WHERE office = ?1 AND service_id = ?2 AND day = ?3",
                params![req.office, req.service_id, day],
                |r| r.get(0),
            )
            .map_err(db_failed)?;
        if seq > 999 {
            return Err(problem(
                StatusCode::CONFLICT,
                "numbers-used-up",
                "All ticket numbers of the day are used",
                Some(format!("service {:?} has issued 999 tickets today", req.service_id)),
                Vec::new(),
            ));
        }
        let number = format!("{}{:03}", service.prefix, seq);
        let needs = serde_json::to_string(&req.needs).map_err(|_| internal())?;
        tx.execute(
            "INSERT INTO tickets (office, service_id, day, seq, number, kiosk_id, language, needs, issued_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![
                req.office,
                req.service_id,
                day,
                seq,
                number,
                req.kiosk_id,
                req.language.code(),
                needs,
                now.timestamp_millis()
            ],
        )
        .map_err(db_failed)?;
        let id = tx.last_insert_rowid();
        let position: i64 = tx
            .query_row(
                "SELECT COUNT(*) FROM tickets WHERE office = ?1 AND service_id = ?2 AND day = ?3 \
                 AND called_at IS NULL AND id <= ?4",
                params![req.office, req.service_id, day, id],
                |r| r.get(0),
            )
            .map_err(db_failed)?;
        let position = position.clamp(1, i64::from(u32::MAX)) as u32;
        let minutes = service_minutes(tx, c, &req.office, &req.service_id).map_err(db_failed)?;
        let counters = active_counters(tx, &req.office, &req.service_id, now).map_err(db_failed)?;
        let follow_url = c
            .config()
            .follow_url
            .as_ref()
            .map(|t| t.replace("{office}", &req.office).replace("{ticket}", &number));
        let response = TicketResponse {
            ticket_number: number.clone(),
            service_id: req.service_id.clone(),
            position,
            estimated_wait_minutes: wait_minutes(position, minutes, counters),
            issued_at: now,
            follow_url,
        };
        tracing::info!(ticket = %number, office = %req.office, "ticket issued");
        Ok((StatusCode::CREATED, to_json(&response)?))
    })
    .await
}

async fn call_next(
    State(central): State<Central>,
    UrlPath((office, counter)): UrlPath<(String, String)>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let route = format!("POST /v1/offices/{office}/counters/{counter}/call-next");
    let (key, hash, req) =
        match post_prelude::<CallNextRequest>(&central, &route, &headers, body).await {
            Ok(v) => v,
            Err(r) => return r,
        };
    let Some(office_config) = central.config().office(&office) else {
        return unknown_office(&office);
    };
    let mut check = Check::default();
    check.ident("counter", &counter);
    for (i, id) in req.service_ids.iter().enumerate() {
        if office_config.service(id).is_none() {
            check.errors.push(field_error(
                &format!("service_ids[{i}]"),
                "unknown_service",
                format!("no service {id:?} in office {office:?}"),
            ));
        }
    }
    if let Err(r) = check.finish() {
        return r;
    }
    let services: Vec<String> = if req.service_ids.is_empty() {
        office_config
            .services
            .iter()
            .map(|s| s.id.clone())
            .collect()
    } else {
        req.service_ids.clone()
    };
    idempotent(&central, key, hash, move |tx, _c, now| {
        let now_ms = now.timestamp_millis();
        tx.execute(
            "UPDATE tickets SET finished_at = ?3 WHERE office = ?1 AND counter = ?2 \
             AND called_at IS NOT NULL AND finished_at IS NULL",
            params![office, counter, now_ms],
        )
        .map_err(db_failed)?;
        let day = stockholm_date(now).to_string();
        let next = {
            let mut stmt = tx
                .prepare_cached(
                    "SELECT id, number, service_id, language, needs, issued_at FROM tickets \
                     WHERE office = ?1 AND day = ?2 AND called_at IS NULL ORDER BY issued_at, id",
                )
                .map_err(db_failed)?;
            let mut rows = stmt.query(params![office, day]).map_err(db_failed)?;
            let mut found = None;
            while let Some(row) = rows.next().map_err(db_failed)? {
                let service: String = row.get(2).map_err(db_failed)?;
                if services.contains(&service) {
                    let get = |i| row.get::<_, String>(i).map_err(db_failed);
                    found = Some((
                        row.get::<_, i64>(0).map_err(db_failed)?,
                        get(1)?,
                        service,
                        get(3)?,
                        get(4)?,
                        row.get::<_, i64>(5).map_err(db_failed)?,
                    ));
                    break;
                }
            }
            found
        };
        let called = match next {
            None => None,
            Some((id, number, service_id, language, needs, issued_at)) => {
                tx.execute(
                    "UPDATE tickets SET called_at = ?2, counter = ?3 WHERE id = ?1",
                    params![id, now_ms, counter],
                )
                .map_err(db_failed)?;
                tracing::info!(ticket = %number, counter = %counter, "ticket called");
                Some(CalledTicket {
                    ticket_number: number,
                    service_id,
                    counter: counter.clone(),
                    language: language.parse().unwrap_or(crate::i18n::Language::DEFAULT),
                    needs: serde_json::from_str(&needs).unwrap_or_default(),
                    issued_at: Utc
                        .timestamp_millis_opt(issued_at)
                        .single()
                        .unwrap_or_default(),
                    called_at: now,
                })
            }
        };
        Ok((StatusCode::OK, to_json(&CallNextResponse { called })?))
    })
    .await
}

async fn create_synpunkt(
    State(central): State<Central>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let (key, hash, req) = match post_prelude::<SynpunktRequest>(
        &central,
        "POST /v1/synpunkter",
        &headers,
        body,
    )
    .await
    {
        Ok(v) => v,
        Err(r) => return r,
    };
    let mut check = Check::default();
    check.text("service_area", &req.service_area, 100, true, false);
    check.text("message", &req.message, MAX_MESSAGE_CHARS, true, true);
    if req.topics.is_empty() {
        check
            .errors
            .push(field_error("topics", "required", "at least one topic"));
    } else if req.topics.len() > 5 {
        check
            .errors
            .push(field_error("topics", "too_long", "at most 5 topics"));
    }
    if let Some(contact) = &req.contact {
        if let Some(name) = &contact.name {
            check.text("contact.name", name, 200, false, false);
        }
        if let Some(email) = &contact.email {
            check.text("contact.email", email, 254, false, false);
            let e = email.trim();
            let shape = e.is_empty()
                || (e.split('@').count() == 2
                    && e.split('@').all(|p| !p.is_empty())
                    && !e.chars().any(char::is_whitespace));
            if !shape {
                check.errors.push(field_error(
                    "contact.email",
                    "invalid",
                    "not an e-mail address",
                ));
            }
        }
        if let Some(phone) = &contact.phone {
            check.text("contact.phone", phone, 40, false, false);
            let ok = phone
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '+' | ' ' | '-' | '(' | ')'));
            if !ok {
                check.errors.push(field_error(
                    "contact.phone",
                    "invalid",
                    "not a phone number",
                ));
            }
        }
    }
    check.ident("kiosk_id", &req.kiosk_id);
    check.ident("local_reference", &req.local_reference);
    check.not_future("submitted_at", req.submitted_at, central.now());
    if let Err(r) = check.finish() {
        return r;
    }
    idempotent(&central, key, hash, move |tx, _c, now| {
        let next_id: i64 = tx
            .query_row("SELECT COALESCE(MAX(id), 0) + 1 FROM synpunkter", [], |r| r.get(0))
            .map_err(db_failed)?;
        let year = now.with_timezone(&chrono_tz::Europe::Stockholm).year();
        let reference = format!("SP-{year}-{next_id:06}");
        let respond_by = req.has_contact().then(|| answer_by(req.submitted_at));
        let contact = req.contact.clone().unwrap_or_default();
        tx.execute(
            "INSERT INTO synpunkter (id, reference, kind, service_area, topics, message, contact_name, \
             contact_email, contact_phone, language, kiosk_id, submitted_at, local_reference, received_at, respond_by) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
            params![
                next_id,
                reference,
                enum_text(&req.kind),
                req.service_area,
                serde_json::to_string(&req.topics).map_err(|_| internal())?,
                req.message,
                contact.name,
                contact.email,
                contact.phone,
                req.language.code(),
                req.kiosk_id,
                req.submitted_at.to_rfc3339(),
                req.local_reference,
                now.to_rfc3339(),
                respond_by.map(|d| d.to_string()),
            ],
        )
        .map_err(db_failed)?;
        tracing::info!(reference = %reference, "synpunkt received");
        let receipt = SynpunktReceipt {
            reference,
            received_at: now,
            respond_by,
        };
        Ok((StatusCode::CREATED, to_json(&receipt)?))
    })
    .await
}

/// A unit enum's bare JSON string (e.g. `complaint`).
fn enum_text<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

async fn kiosks(State(central): State<Central>, headers: HeaderMap) -> Response {
    if let Err(r) = check_auth(&central, &headers) {
        return r;
    }
    let c = central.clone();
    let result =
        tokio::task::spawn_blocking(move || -> rusqlite::Result<Vec<KioskStatusRecord>> {
            let conn = c.inner.store.lock();
            let mut stmt = conn.prepare_cached(
                "SELECT kiosk_id, received_at, status FROM kiosk_status ORDER BY kiosk_id",
            )?;
            let rows = stmt
                .query_map([], |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                    ))
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(rows
                .into_iter()
                .filter_map(|(kiosk_id, at, status)| {
                    Some(KioskStatusRecord {
                        kiosk_id,
                        received_at: DateTime::parse_from_rfc3339(&at).ok()?.with_timezone(&Utc),
                        status: serde_json::from_str(&status).ok()?,
                    })
                })
                .collect())
        })
        .await;
    match result {
        Ok(Ok(kiosks)) => json_response(StatusCode::OK, &KioskList { kiosks }),
        Ok(Err(e)) => db_failed(e),
        Err(_) => internal(),
    }
}

async fn put_kiosk_status(
    State(central): State<Central>,
    UrlPath(kiosk_id): UrlPath<String>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    if let Err(r) = check_auth(&central, &headers) {
        return r;
    }
    let bytes = match read_body(&headers, body).await {
        Ok(b) => b,
        Err(r) => return r,
    };
    let status = match parse_json::<KioskStatus>(&bytes) {
        Ok(s) => s,
        Err(r) => return r,
    };
    let mut check = Check::default();
    check.ident("kiosk_id", &kiosk_id);
    check.text("version", &status.version, 64, true, false);
    if let Some(v) = &status.content_version {
        check.text("content_version", v, 128, false, false);
    }
    if status.feeds.len() > 32 {
        check
            .errors
            .push(field_error("feeds", "too_long", "at most 32 feeds"));
    }
    for (i, feed) in status.feeds.iter().enumerate() {
        check.text(
            &format!("feeds[{i}].source"),
            &feed.source,
            512,
            true,
            false,
        );
        if let Some(class) = &feed.last_error_class {
            check.text(
                &format!("feeds[{i}].last_error_class"),
                class,
                32,
                true,
                false,
            );
        }
    }
    if status.error_classes.len() > 16 {
        check.errors.push(field_error(
            "error_classes",
            "too_long",
            "at most 16 entries",
        ));
    }
    for (part, class) in &status.error_classes {
        check.text("error_classes", part, 32, true, false);
        check.text("error_classes", class, 32, true, false);
    }
    if let Err(r) = check.finish() {
        return r;
    }
    let c = central.clone();
    let result = tokio::task::spawn_blocking(move || -> rusqlite::Result<KioskStatusRecord> {
        let record = KioskStatusRecord {
            kiosk_id,
            received_at: c.now(),
            status,
        };
        let json = serde_json::to_string(&record.status).unwrap_or_default();
        let conn = c.inner.store.lock();
        conn.execute(
            "INSERT INTO kiosk_status (kiosk_id, received_at, status) VALUES (?1, ?2, ?3) \
             ON CONFLICT (kiosk_id) DO UPDATE SET received_at = excluded.received_at, status = excluded.status",
            params![record.kiosk_id, record.received_at.to_rfc3339(), json],
        )?;
        Ok(record)
    })
    .await;
    match result {
        Ok(Ok(record)) => json_response(StatusCode::OK, &record),
        Ok(Err(e)) => db_failed(e),
        Err(_) => internal(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_from_a_file_and_a_clear_refusal_without_one() {
        if std::env::var(TOKEN_ENV).is_ok() {
            // The environment variable wins; nothing to test here then.
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let mut config = CentralConfig::demo();
        let err = resolve_token(&config).unwrap_err();
        assert!(err.to_string().contains(TOKEN_ENV), "{err}");
        let path = dir.path().join("token");
        std::fs::write(&path, "s3cret-token\n").unwrap();
        config.token_file = Some(path.clone());
        assert_eq!(resolve_token(&config).unwrap(), "s3cret-token");
        std::fs::write(&path, "\n").unwrap();
        assert!(matches!(
            resolve_token(&config),
            Err(CentralError::EmptyToken(_))
        ));
        config.token_file = Some(dir.path().join("missing"));
        assert!(matches!(
            resolve_token(&config),
            Err(CentralError::TokenFile { .. })
        ));
    }

    #[test]
    fn wait_estimate_formula() {
        assert_eq!(wait_minutes(1, 8.0, 1), 4);
        assert_eq!(wait_minutes(3, 8.0, 2), 10);
        assert_eq!(wait_minutes(0, 8.0, 0), 4);
    }
}

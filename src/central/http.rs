//! The HTTP plumbing shared by the routes: admission (the bearer token,
//! the role's routes, the rate limits), the id bindings, problem+json
//! answers (also for axum's own 405 and the time-out's 408), reading a
//! body within its limit, JSON with field-level errors, and the
//! idempotency wrapper of the POST routes.

use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use rusqlite::Transaction;
use serde::Serialize;
use serde::de::DeserializeOwned;
use sha2::{Digest, Sha256};

use super::auth::{Bucket, Caller, may_use};
use super::store::{self, Seen};
use super::{Central, RouteId};
use crate::contract::{
    FieldError, IDEMPOTENCY_KEY, MAX_BODY_BYTES, PROBLEM_CLOCK_SKEW, PROBLEM_INVALID_SUBMISSION,
    PROBLEM_JSON, PROBLEM_TYPE_PREFIX, Problem,
};

// ------------------------------------------------------------- responses

pub(super) fn problem(
    status: StatusCode,
    slug: &str,
    title: &str,
    detail: Option<String>,
    errors: Vec<FieldError>,
) -> Response {
    let body = Problem {
        type_uri: format!("{PROBLEM_TYPE_PREFIX}{slug}"),
        title: title.to_owned(),
        status: status.as_u16(),
        detail,
        errors,
    };
    let json = serde_json::to_string(&body).unwrap_or_else(|_| "{}".to_owned());
    (status, [(header::CONTENT_TYPE, PROBLEM_JSON)], json).into_response()
}

pub(super) fn field_error(field: &str, code: &str, detail: impl Into<String>) -> FieldError {
    FieldError {
        field: field.to_owned(),
        code: code.to_owned(),
        detail: detail.into(),
    }
}

/// 422 with [`PROBLEM_INVALID_SUBMISSION`]: the request itself is
/// invalid; sending it again cannot succeed.
pub(super) fn unprocessable(errors: Vec<FieldError>) -> Response {
    problem(
        StatusCode::UNPROCESSABLE_ENTITY,
        slug_of(PROBLEM_INVALID_SUBMISSION),
        "The submission is not valid",
        None,
        errors,
    )
}

/// 422 with [`PROBLEM_CLOCK_SKEW`]: a timestamp is further ahead of the
/// server's clock than it accepts; the same request succeeds once the
/// clocks agree.
pub(super) fn clock_skew(errors: Vec<FieldError>) -> Response {
    problem(
        StatusCode::UNPROCESSABLE_ENTITY,
        slug_of(PROBLEM_CLOCK_SKEW),
        "The client's clock is too far ahead of the server's",
        Some("correct the kiosk's clock (NTP); the request is accepted once it is".to_owned()),
        errors,
    )
}

fn slug_of(type_uri: &'static str) -> &'static str {
    type_uri
        .strip_prefix(PROBLEM_TYPE_PREFIX)
        .unwrap_or(type_uri)
}

/// Dates an answer by the server's clock (RFC 9110 IMF-fixdate).
pub(super) async fn stamp_date(
    axum::extract::State(central): axum::extract::State<Central>,
    mut response: Response,
) -> Response {
    let date = central
        .now()
        .format("%a, %d %b %Y %H:%M:%S GMT")
        .to_string();
    if let Ok(value) = HeaderValue::from_str(&date) {
        response.headers_mut().insert(header::DATE, value);
    }
    response
}

/// Turns an error answer that is not yet problem+json — axum's own 405
/// (with its `Allow` header kept), the request time-out's 408, anything
/// else a layer produced — into one, so every error a client sees has the
/// same shape.
pub(super) async fn problem_json(response: Response) -> Response {
    let status = response.status();
    let is_problem = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(PROBLEM_JSON.as_bytes()));
    // The web pages answer their errors as pages.
    let is_page = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"text/html"));
    if !(status.is_client_error() || status.is_server_error()) || is_problem || is_page {
        return response;
    }
    let (slug, title) = match status {
        StatusCode::METHOD_NOT_ALLOWED => {
            ("method-not-allowed", "Method not allowed on this route")
        }
        StatusCode::REQUEST_TIMEOUT => ("timeout", "The request was not completed in time"),
        StatusCode::SERVICE_UNAVAILABLE => ("unavailable", "The server is busy"),
        _ => ("error", status.canonical_reason().unwrap_or("Error")),
    };
    let (parts, _) = response.into_parts();
    let mut answer = problem(status, slug, title, None, Vec::new());
    for name in [header::ALLOW, header::RETRY_AFTER] {
        if let Some(value) = parts.headers.get(&name) {
            answer.headers_mut().insert(name, value.clone());
        }
    }
    answer
}

pub(super) fn json_response<T: Serialize>(status: StatusCode, value: &T) -> Response {
    match serde_json::to_string(value) {
        Ok(json) => (status, [(header::CONTENT_TYPE, "application/json")], json).into_response(),
        Err(_) => internal(),
    }
}

pub(super) fn internal() -> Response {
    problem(
        StatusCode::INTERNAL_SERVER_ERROR,
        "internal",
        "Internal error",
        None,
        Vec::new(),
    )
}

pub(super) fn db_failed(e: rusqlite::Error) -> Response {
    tracing::error!(error = %e, "database error");
    internal()
}

pub(super) fn to_json<T: Serialize>(value: &T) -> Result<String, Response> {
    serde_json::to_string(value).map_err(|_| internal())
}

pub(super) fn unknown_office(office: &str) -> Response {
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

// --------------------------------------------------------------- requests

/// Lets a request in, or answers why not: 401 without a bearer token,
/// 403 for a token that is not one of the devices' or whose role may not
/// use `route`, 429 (with `Retry-After`) when the token has used up its
/// rate. Tickets and synpunkter have a bucket of their own beside the
/// token's overall one.
pub(super) fn admit(
    central: &Central,
    headers: &HeaderMap,
    route: RouteId,
) -> Result<Caller, Response> {
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
    let Some(caller) = central.tokens().find(token.trim()) else {
        return Err(forbidden("The bearer token is not accepted", None));
    };
    if !may_use(caller.role, route) {
        return Err(forbidden(
            "This token's role may not use this route",
            Some(format!("a {} token", caller.role.name())),
        ));
    }
    let now = central.now();
    let mut buckets = vec![Bucket::Any];
    match route {
        RouteId::Tickets => buckets.push(Bucket::Tickets),
        RouteId::Synpunkter => buckets.push(Bucket::Synpunkter),
        _ => {}
    }
    for bucket in buckets {
        if let Err(wait) = central.rates().take(&caller, bucket, now) {
            tracing::warn!(role = caller.role.name(), id = %caller.id, ?bucket, "rate limit reached");
            let mut r = problem(
                StatusCode::TOO_MANY_REQUESTS,
                "rate-limited",
                "Too many requests from this device",
                Some(format!("try again in {} s", wait.as_secs())),
                Vec::new(),
            );
            r.headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(wait.as_secs()));
            return Err(r);
        }
    }
    Ok(caller)
}

pub(super) fn forbidden(title: &str, detail: Option<String>) -> Response {
    problem(
        StatusCode::FORBIDDEN,
        "forbidden",
        title,
        detail,
        Vec::new(),
    )
}

/// 403 unless the caller is kiosk `kiosk_id` (its own tickets,
/// synpunkter and heartbeat).
pub(super) fn bound_to_kiosk(caller: &Caller, kiosk_id: &str) -> Result<(), Response> {
    if caller.is_kiosk(kiosk_id) {
        Ok(())
    } else {
        tracing::warn!(role = caller.role.name(), id = %caller.id, "a device spoke for another kiosk");
        Err(forbidden(
            "This token is bound to another kiosk",
            Some(format!("the token is for {:?}", caller.id)),
        ))
    }
}

/// 403 unless the caller is the desk at `counter` in `office`.
pub(super) fn bound_to_counter(
    caller: &Caller,
    office: &str,
    counter: &str,
) -> Result<(), Response> {
    if caller.is_counter(office, counter) {
        Ok(())
    } else {
        tracing::warn!(id = %caller.id, "a counter token called for another counter");
        Err(forbidden(
            "This token is bound to another counter",
            Some(format!("the token is for counter {:?}", caller.id)),
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

pub(super) async fn read_body(headers: &HeaderMap, body: Body) -> Result<Bytes, Response> {
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

pub(super) fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, Response> {
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

fn sha256_hex(parts: &[&[u8]]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update((p.len() as u64).to_le_bytes());
        h.update(p);
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// A POST let in: who sent it, its idempotency key, the hash of route and
/// body, and the body.
pub(super) struct Post<T> {
    pub caller: Caller,
    pub key: String,
    pub hash: String,
    pub body: T,
}

/// Admission, key, body and JSON of a POST.
pub(super) async fn post_prelude<T: DeserializeOwned>(
    central: &Central,
    route: RouteId,
    path: &str,
    headers: &HeaderMap,
    body: Body,
) -> Result<Post<T>, Response> {
    let caller = admit(central, headers, route)?;
    let key = idempotency_key(headers)?;
    let bytes = read_body(headers, body).await?;
    let value = parse_json::<T>(&bytes)?;
    let hash = sha256_hex(&[path.as_bytes(), &bytes]);
    Ok(Post {
        caller,
        key,
        hash,
        body: value,
    })
}

// ------------------------------------------------------------ idempotency

pub(super) type TxResult = Result<(StatusCode, String), Response>;

/// Runs `op` in one transaction under the idempotency rules: a known key
/// with the same body replays the first answer; with another body it is
/// refused; a new key is stored together with the answer.
pub(super) async fn idempotent<F>(
    central: &Central,
    key: String,
    body_hash: String,
    op: F,
) -> Response
where
    F: FnOnce(&Transaction<'_>, &Central, DateTime<Utc>) -> TxResult + Send + 'static,
{
    let central = central.clone();
    let result = tokio::task::spawn_blocking(move || {
        let mut conn = central.store().lock();
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

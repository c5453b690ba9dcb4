//! The kiosk's HTTP client of the central API: rustls (with the
//! municipality's own CA from `[tls] ca_file`), connect and total
//! timeouts, no redirects, retries with exponential back-off and jitter on
//! network errors, 429, 502, 503 and 504 (respecting `Retry-After`), never
//! on other 4xx within one call. What is permanent is decided by
//! [`ClientError::is_invalid_submission`]: only a 422 whose problem type
//! says the submission itself is invalid.

use std::path::PathBuf;
use std::time::Duration;

use chrono::{DateTime, Utc};

use reqwest::{Method, StatusCode};
use serde::Deserialize;
use serde::Serialize;
use serde::de::DeserializeOwned;
use uuid::Uuid;

use crate::contract::{
    CallNextRequest, CallNextResponse, ErrorClass, Health, IDEMPOTENCY_KEY, KioskList, KioskStatus,
    KioskStatusRecord, NowServing, Office, OfficeList, PROBLEM_CLOCK_SKEW,
    PROBLEM_INVALID_SUBMISSION, Problem, Service, ServiceList, SynpunktReceipt, SynpunktRequest,
    TOKEN_ENV, TicketRequest, TicketResponse,
};

/// Shortest API token the kiosk sends, in characters (`central token new`
/// makes 64).
pub const MIN_TOKEN_CHARS: usize = 32;

/// The kiosk's `[api]` config table.
///
/// ```toml
/// [api]
/// # The central API; without it the kiosk runs the reference server
/// # in-process on 127.0.0.1.
/// base_url = "https://medborgarkiosk-api.botkyrka.se"
/// # File with the bearer token (first line); MEDBORGARKIOSK_API_TOKEN wins.
/// token_file = "/etc/medborgarkiosk/api-token"
/// connect_timeout_ms = 3000
/// request_timeout_ms = 10000
/// # Retries per call on network errors, 429, 502, 503, 504.
/// max_retries = 3
/// backoff_initial_ms = 250
/// backoff_max_ms = 10000
/// ```
///
/// The CA file comes from the config's `[tls]` table.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ApiConfig {
    pub base_url: Option<String>,
    pub token_file: Option<PathBuf>,
    pub connect_timeout_ms: u64,
    pub request_timeout_ms: u64,
    pub max_retries: u32,
    pub backoff_initial_ms: u64,
    pub backoff_max_ms: u64,
    /// `[tls] ca_file`: extra root certificates (set by the config loader).
    #[serde(skip)]
    pub ca_file: Option<PathBuf>,
}

impl Default for ApiConfig {
    fn default() -> Self {
        ApiConfig {
            base_url: None,
            token_file: None,
            connect_timeout_ms: 3_000,
            request_timeout_ms: 10_000,
            max_retries: 3,
            backoff_initial_ms: 250,
            backoff_max_ms: 10_000,
            ca_file: None,
        }
    }
}

impl ApiConfig {
    /// The token to send: `MEDBORGARKIOSK_API_TOKEN`, else the first line
    /// of `token_file`; at least [`MIN_TOKEN_CHARS`] characters.
    pub fn resolve_token(&self) -> Result<String, ClientError> {
        let token = self.read_token()?;
        if token.chars().count() < MIN_TOKEN_CHARS {
            return Err(ClientError::Config(format!(
                "the API token is shorter than {MIN_TOKEN_CHARS} characters: \
                 make one with `medborgarkiosk central token new`"
            )));
        }
        Ok(token)
    }

    fn read_token(&self) -> Result<String, ClientError> {
        if let Ok(token) = std::env::var(TOKEN_ENV) {
            let token = token.trim().to_owned();
            if !token.is_empty() {
                return Ok(token);
            }
        }
        let path = self.token_file.as_ref().ok_or_else(|| {
            ClientError::Config(format!("no API token: set {TOKEN_ENV} or api.token_file"))
        })?;
        let text = std::fs::read_to_string(path)
            .map_err(|e| ClientError::Config(format!("cannot read {}: {e}", path.display())))?;
        let token = text.lines().next().unwrap_or("").trim().to_owned();
        if token.is_empty() {
            return Err(ClientError::Config(format!("{} is empty", path.display())));
        }
        Ok(token)
    }
}

/// Why a call failed.
#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    #[error("cannot reach the central API: {0}")]
    Network(#[source] reqwest::Error),
    #[error("the central API did not answer in time")]
    Timeout(#[source] reqwest::Error),
    /// A non-success status; `problem` when the body was problem+json.
    #[error("the central API answered {status}{}", problem.as_ref().map(|p| format!(": {}", p.title)).unwrap_or_default())]
    Status {
        status: StatusCode,
        problem: Option<Box<Problem>>,
        retry_after: Option<Duration>,
    },
    #[error("unexpected answer from the central API: {0}")]
    Protocol(String),
    #[error("API client configuration: {0}")]
    Config(String),
}

impl ClientError {
    /// The class for the heartbeat and the status screen.
    pub fn class(&self) -> ErrorClass {
        match self {
            ClientError::Network(_) => ErrorClass::Network,
            ClientError::Timeout(_) => ErrorClass::Timeout,
            ClientError::Status { status, .. } => match status.as_u16() {
                401 | 403 => ErrorClass::Auth,
                408 => ErrorClass::Timeout,
                429 => ErrorClass::RateLimited,
                422 if self.problem_type() == Some(PROBLEM_CLOCK_SKEW) => ErrorClass::ClockSkew,
                500..=599 => ErrorClass::Server,
                _ => ErrorClass::Rejected,
            },
            ClientError::Protocol(_) => ErrorClass::Protocol,
            ClientError::Config(_) => ErrorClass::Local,
        }
    }

    fn problem_type(&self) -> Option<&str> {
        self.problem().map(|p| p.type_uri.as_str())
    }

    /// Whether the central API refused the request for good: a 422
    /// problem+json of the type [`PROBLEM_INVALID_SUBMISSION`] — the
    /// submission itself is invalid. Nothing else is: not a 404, 408 or
    /// 409, not a 422 of another type or without one, not a proxy's error
    /// page, not an HTML page from a captive portal answering 200.
    pub fn is_invalid_submission(&self) -> bool {
        matches!(self, ClientError::Status { status, .. } if status.as_u16() == 422)
            && self.problem_type() == Some(PROBLEM_INVALID_SUBMISSION)
    }

    /// Whether repeating the same request later may succeed: everything
    /// but a definite validation refusal and the kiosk's own configuration
    /// (a missing or wrong token is fixed by IT, then it succeeds).
    pub fn is_transient(&self) -> bool {
        !(self.is_invalid_submission() || matches!(self, ClientError::Config(_)))
    }

    /// Whether the client itself retries this (network errors, 429, 502,
    /// 503, 504).
    fn retried_in_call(&self) -> bool {
        match self {
            ClientError::Network(_) | ClientError::Timeout(_) => true,
            ClientError::Status { status, .. } => matches!(status.as_u16(), 429 | 502 | 503 | 504),
            _ => false,
        }
    }

    pub fn status(&self) -> Option<StatusCode> {
        match self {
            ClientError::Status { status, .. } => Some(*status),
            _ => None,
        }
    }

    pub fn problem(&self) -> Option<&Problem> {
        match self {
            ClientError::Status { problem, .. } => problem.as_deref(),
            _ => None,
        }
    }

    /// The server's `Retry-After`, when it sent one.
    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            ClientError::Status { retry_after, .. } => *retry_after,
            _ => None,
        }
    }
}

/// Exponential back-off with jitter: attempt `n` (0-based) waits a random
/// time in `[d/2, d]` with `d = min(initial * 2^n, max)`.
pub fn backoff(attempt: u32, initial: Duration, max: Duration) -> Duration {
    let factor = 2u32.saturating_pow(attempt.min(20));
    let d = initial.saturating_mul(factor).min(max);
    let half = d / 2;
    let jitter_ms = rand::random_range(0..=half.as_millis().max(1) as u64);
    half + Duration::from_millis(jitter_ms)
}

/// The wait a `Retry-After` header asks for: seconds, or an HTTP date,
/// which is measured against the same response's `Date` header — the
/// server's own clock — so a kiosk whose clock is off waits what the server
/// meant (and the kiosk's clock is never read here). A date without a
/// `Date` header beside it gives the ordinary back-off.
fn parse_retry_after(value: &str, date: Option<&str>) -> Option<Duration> {
    let value = value.trim();
    if let Ok(secs) = value.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let at = chrono::DateTime::parse_from_rfc2822(value).ok()?;
    let server_now = chrono::DateTime::parse_from_rfc2822(date?.trim()).ok()?;
    Some((at - server_now).to_std().unwrap_or(Duration::ZERO))
}

/// An answer with the server's clock at the time (its `Date` header).
#[derive(Debug, Clone, PartialEq)]
pub struct Dated<T> {
    pub value: T,
    pub server_date: Option<DateTime<Utc>>,
}

/// A client of one central API.
#[derive(Debug, Clone)]
pub struct ApiClient {
    http: reqwest::Client,
    base_url: String,
    token: String,
    max_retries: u32,
    backoff_initial: Duration,
    backoff_max: Duration,
}

impl ApiClient {
    /// A client of the API at `base_url` sending `token`: `https`, or
    /// plain `http` only when the URL's host is loopback
    /// ([`crate::net::is_loopback`]).
    pub fn new(base_url: &str, token: &str, config: &ApiConfig) -> Result<ApiClient, ClientError> {
        let base = base_url.trim().trim_end_matches('/');
        crate::net::https_or_loopback(base)
            .map_err(|e| ClientError::Config(format!("base_url: {e}")))?;
        let http = crate::net::client_builder(config.ca_file.as_deref())
            .map_err(|e| ClientError::Config(e.to_string()))?
            // An API never redirects: a redirect is a captive portal or a
            // misconfiguration, and must not carry a request elsewhere.
            .redirect(reqwest::redirect::Policy::none())
            // Idle connections are let go before a server's own idle or
            // header time-out (the reference server's is 10 s) closes them
            // under a request.
            .pool_idle_timeout(Duration::from_secs(5))
            .connect_timeout(Duration::from_millis(config.connect_timeout_ms.max(1)))
            .timeout(Duration::from_millis(config.request_timeout_ms.max(1)))
            .user_agent(concat!("medborgarkiosk/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| ClientError::Config(format!("HTTP client: {e}")))?;
        Ok(ApiClient {
            http,
            base_url: base.to_owned(),
            token: token.to_owned(),
            max_retries: config.max_retries,
            backoff_initial: Duration::from_millis(config.backoff_initial_ms),
            backoff_max: Duration::from_millis(
                config.backoff_max_ms.max(config.backoff_initial_ms),
            ),
        })
    }

    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// One request with the retry policy; `body` is sent as JSON bytes.
    async fn send(
        &self,
        method: Method,
        path: &str,
        body: Option<&[u8]>,
        idempotency_key: Option<Uuid>,
    ) -> Result<Answer, ClientError> {
        let url = format!("{}{}", self.base_url, path);
        let mut attempt = 0;
        loop {
            let result = self
                .send_once(method.clone(), &url, body, idempotency_key)
                .await;
            match result {
                Ok(ok) => return Ok(ok),
                Err(e) if e.retried_in_call() && attempt < self.max_retries => {
                    let wait = e
                        .retry_after()
                        .map(|d| d.min(self.backoff_max))
                        .unwrap_or_else(|| {
                            backoff(attempt, self.backoff_initial, self.backoff_max)
                        });
                    tracing::debug!(class = ?e.class(), attempt, ?wait, "retrying API call");
                    tokio::time::sleep(wait).await;
                    attempt += 1;
                }
                Err(e) => return Err(e),
            }
        }
    }

    async fn send_once(
        &self,
        method: Method,
        url: &str,
        body: Option<&[u8]>,
        idempotency_key: Option<Uuid>,
    ) -> Result<Answer, ClientError> {
        let mut req = self.http.request(method, url).bearer_auth(&self.token);
        if let Some(key) = idempotency_key {
            req = req.header(IDEMPOTENCY_KEY, key.hyphenated().to_string());
        }
        if let Some(body) = body {
            req = req
                .header(reqwest::header::CONTENT_TYPE, "application/json")
                .body(body.to_vec());
        }
        let classify = |e: reqwest::Error| {
            if e.is_timeout() {
                ClientError::Timeout(e)
            } else {
                ClientError::Network(e)
            }
        };
        let response = req.send().await.map_err(classify)?;
        let status = response.status();
        let header = |name| {
            response
                .headers()
                .get(name)
                .and_then(|v: &reqwest::header::HeaderValue| v.to_str().ok())
        };
        let retry_after = header(reqwest::header::RETRY_AFTER)
            .and_then(|value| parse_retry_after(value, header(reqwest::header::DATE)));
        let server_date = header(reqwest::header::DATE)
            .and_then(|d| chrono::DateTime::parse_from_rfc2822(d.trim()).ok())
            .map(|d| d.with_timezone(&Utc));
        let bytes = response.bytes().await.map_err(classify)?;
        if status.is_success() {
            Ok(Answer {
                bytes: bytes.to_vec(),
                server_date,
            })
        } else {
            let problem = serde_json::from_slice::<Problem>(&bytes).ok().map(Box::new);
            Err(ClientError::Status {
                status,
                problem,
                retry_after,
            })
        }
    }

    async fn call<T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        body: Option<&[u8]>,
        key: Option<Uuid>,
    ) -> Result<T, ClientError> {
        Ok(self.call_dated(method, path, body, key).await?.value)
    }

    /// A success whose body is not the contract's JSON (a captive portal's
    /// HTML page answering 200, say) is a [`ClientError::Protocol`].
    async fn call_dated<T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        body: Option<&[u8]>,
        key: Option<Uuid>,
    ) -> Result<Dated<T>, ClientError> {
        let answer = self.send(method, path, body, key).await?;
        let value = serde_json::from_slice(&answer.bytes)
            .map_err(|e| ClientError::Protocol(e.to_string()))?;
        Ok(Dated {
            value,
            server_date: answer.server_date,
        })
    }

    fn encode<T: Serialize>(value: &T) -> Result<Vec<u8>, ClientError> {
        serde_json::to_vec(value).map_err(|e| ClientError::Protocol(e.to_string()))
    }

    /// `POST` of an already-encoded JSON body (the outbox sends the bytes
    /// it stored, so a retry is byte-identical).
    pub async fn post_raw<T: DeserializeOwned>(
        &self,
        path: &str,
        body: &[u8],
        key: Uuid,
    ) -> Result<T, ClientError> {
        self.call(Method::POST, path, Some(body), Some(key)).await
    }

    /// `GET /v1/health` (no token needed, sent anyway).
    pub async fn health(&self) -> Result<Health, ClientError> {
        self.call(Method::GET, "/v1/health", None, None).await
    }

    /// `GET /v1/offices`.
    pub async fn offices(&self) -> Result<Vec<Office>, ClientError> {
        let list: OfficeList = self.call(Method::GET, "/v1/offices", None, None).await?;
        Ok(list.offices)
    }

    /// `GET /v1/offices/{office}/services`.
    pub async fn services(&self, office: &str) -> Result<Vec<Service>, ClientError> {
        let path = format!("/v1/offices/{}/services", path_segment(office));
        let list: ServiceList = self.call(Method::GET, &path, None, None).await?;
        Ok(list.services)
    }

    /// `POST /v1/tickets`. Use one `idempotency_key` per visitor press, so
    /// a retry never issues a second ticket.
    pub async fn create_ticket(
        &self,
        request: &TicketRequest,
        idempotency_key: Uuid,
    ) -> Result<TicketResponse, ClientError> {
        let body = Self::encode(request)?;
        self.post_raw("/v1/tickets", &body, idempotency_key).await
    }

    /// `GET /v1/offices/{office}/now-serving`.
    pub async fn now_serving(&self, office: &str) -> Result<NowServing, ClientError> {
        let path = format!("/v1/offices/{}/now-serving", path_segment(office));
        self.call(Method::GET, &path, None, None).await
    }

    /// `POST /v1/offices/{office}/counters/{counter}/call-next`.
    pub async fn call_next(
        &self,
        office: &str,
        counter: &str,
        request: &CallNextRequest,
        idempotency_key: Uuid,
    ) -> Result<CallNextResponse, ClientError> {
        let path = format!(
            "/v1/offices/{}/counters/{}/call-next",
            path_segment(office),
            path_segment(counter)
        );
        let body = Self::encode(request)?;
        self.post_raw(&path, &body, idempotency_key).await
    }

    /// `POST /v1/synpunkter` directly (the kiosk normally goes through the
    /// outbox instead).
    pub async fn submit_synpunkt(
        &self,
        request: &SynpunktRequest,
        idempotency_key: Uuid,
    ) -> Result<SynpunktReceipt, ClientError> {
        let body = Self::encode(request)?;
        self.post_raw("/v1/synpunkter", &body, idempotency_key)
            .await
    }

    /// `PUT /v1/kiosks/{kiosk_id}/status`: the heartbeat.
    pub async fn put_status(
        &self,
        kiosk_id: &str,
        status: &KioskStatus,
    ) -> Result<KioskStatusRecord, ClientError> {
        Ok(self.put_status_dated(kiosk_id, status).await?.value)
    }

    /// [`ApiClient::put_status`] with the server's `Date` header, from
    /// which the heartbeat measures the kiosk's clock skew.
    pub async fn put_status_dated(
        &self,
        kiosk_id: &str,
        status: &KioskStatus,
    ) -> Result<Dated<KioskStatusRecord>, ClientError> {
        let path = format!("/v1/kiosks/{}/status", path_segment(kiosk_id));
        let body = Self::encode(status)?;
        self.call_dated(Method::PUT, &path, Some(&body), None).await
    }

    /// `PUT /v1/kiosks/{kiosk_id}/stats/{hour}`: one hour's counts (the
    /// server keeps the latest per kiosk and hour; 204 No Content).
    pub async fn put_stats(
        &self,
        kiosk_id: &str,
        hour: DateTime<Utc>,
        counts: &crate::contract::stats::HourCounts,
    ) -> Result<(), ClientError> {
        let path = format!(
            "/v1/kiosks/{}/stats/{}",
            path_segment(kiosk_id),
            crate::contract::stats::hour_segment(hour)
        );
        let body = Self::encode(counts)?;
        self.send(Method::PUT, &path, Some(&body), None).await?;
        Ok(())
    }

    /// `GET /v1/kiosks`.
    pub async fn kiosks(&self) -> Result<Vec<KioskStatusRecord>, ClientError> {
        let list: KioskList = self.call(Method::GET, "/v1/kiosks", None, None).await?;
        Ok(list.kiosks)
    }
}

/// A successful answer: its body and the server's `Date`.
struct Answer {
    bytes: Vec<u8>,
    server_date: Option<DateTime<Utc>>,
}

/// Percent-encodes a path segment (ids are plain, but never trust them).
fn path_segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_is_capped() {
        let initial = Duration::from_millis(100);
        let max = Duration::from_millis(1000);
        for attempt in 0..10 {
            let d = backoff(attempt, initial, max);
            let cap = (initial * 2u32.pow(attempt.min(10))).min(max);
            assert!(d >= cap / 2 && d <= cap, "attempt {attempt}: {d:?}");
        }
    }

    #[test]
    fn retry_after_seconds_and_date() {
        let date = Some("Wed, 21 Oct 2015 07:28:00 GMT");
        assert_eq!(parse_retry_after("3", None), Some(Duration::from_secs(3)));
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:28:45 GMT", date),
            Some(Duration::from_secs(45))
        );
        // A date already past on the server's clock: at once.
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:27:00 GMT", date),
            Some(Duration::ZERO)
        );
        // No server time to measure against: the ordinary back-off.
        assert_eq!(
            parse_retry_after("Wed, 21 Oct 2015 07:28:45 GMT", None),
            None
        );
        assert_eq!(parse_retry_after("soon", date), None);
    }

    #[test]
    fn config_defaults_and_unknown_keys() {
        let c: ApiConfig = toml::from_str("").unwrap();
        assert_eq!(c, ApiConfig::default());
        assert!(toml::from_str::<ApiConfig>("bse_url = \"x\"").is_err());
    }

    #[test]
    fn only_an_invalid_submission_problem_is_permanent() {
        let status = |code: u16, type_uri: Option<&str>| ClientError::Status {
            status: StatusCode::from_u16(code).unwrap(),
            problem: type_uri.map(|t| {
                Box::new(Problem {
                    type_uri: t.to_owned(),
                    title: "x".into(),
                    status: code,
                    detail: None,
                    errors: Vec::new(),
                })
            }),
            retry_after: None,
        };
        let refused = status(422, Some(PROBLEM_INVALID_SUBMISSION));
        assert!(refused.is_invalid_submission() && !refused.is_transient());
        assert_eq!(refused.class(), ErrorClass::Rejected);
        for other in [
            status(422, None),
            status(422, Some("about:blank")),
            status(422, Some(PROBLEM_CLOCK_SKEW)),
            status(400, Some(PROBLEM_INVALID_SUBMISSION)),
            status(404, None),
            status(408, None),
            status(409, Some("urn:medborgarkiosk:problem:numbers-used-up")),
            status(502, None),
            status(418, None),
            ClientError::Protocol("<html>".into()),
        ] {
            assert!(!other.is_invalid_submission(), "{other}");
            assert!(other.is_transient(), "{other}");
        }
        assert_eq!(
            status(422, Some(PROBLEM_CLOCK_SKEW)).class(),
            ErrorClass::ClockSkew
        );
        assert_eq!(status(408, None).class(), ErrorClass::Timeout);
        assert!(!ClientError::Config("x".into()).is_transient());
    }

    #[test]
    fn short_tokens_and_plain_http_off_loopback_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("token");
        std::fs::write(&file, "short-token\n").unwrap();
        let config = ApiConfig {
            token_file: Some(file.clone()),
            ..ApiConfig::default()
        };
        if std::env::var(TOKEN_ENV).is_err() {
            let err = config.resolve_token().unwrap_err().to_string();
            assert!(err.contains("32"), "{err}");
            std::fs::write(&file, format!("{}\n", "t".repeat(32))).unwrap();
            assert_eq!(config.resolve_token().unwrap(), "t".repeat(32));
        }
        let token = "t".repeat(32);
        assert!(ApiClient::new("http://127.0.0.1:9", &token, &config).is_ok());
        assert!(ApiClient::new("http://[::1]:9", &token, &config).is_ok());
        for bad in [
            "http://127.attacker.example",
            "http://localhost.attacker.example",
            "ftp://127.0.0.1",
        ] {
            assert!(ApiClient::new(bad, &token, &config).is_err(), "{bad}");
        }
    }

    #[test]
    fn path_segments_are_encoded() {
        assert_eq!(path_segment("botkyrka-tumba"), "botkyrka-tumba");
        assert_eq!(path_segment("a/b c"), "a%2Fb%20c");
    }
}

//! Synpunkter delivered to an Open311 GeoReport v2 endpoint instead of the
//! kiosk's own central API (`[open311]` in the kiosk config).
//!
//! The outbox still commits first and delivers later; only the last hop
//! differs: `POST {endpoint}/requests.json`, form-encoded, with `api_key`,
//! `jurisdiction_id`, a `service_code` mapped from the synpunkt's kind and
//! service area, `description` (the message), the optional contact fields
//! (`first_name`, `last_name`, `email`, `phone`) and `attribute[...]`
//! fields for the rest (`attribute[topics][]` once per topic). The answer
//! is the spec's JSON array with a `service_request_id` or a `token`;
//! errors are the spec's array of `{"code", "description"}`.
//!
//! Open311 has no idempotency key: a request whose answer was lost is sent
//! again. `attribute[local_reference]` carries the kiosk's reference so the
//! receiving system can recognise a repeat.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Duration;

use reqwest::StatusCode;
use serde::Deserialize;

use crate::contract::{ErrorClass, SynpunktKind, SynpunktRequest, SynpunktTopic};

/// Environment variable with the Open311 api_key; wins over `api_key_file`.
pub const API_KEY_ENV: &str = "MEDBORGARKIOSK_OPEN311_API_KEY";

/// The kiosk's `[open311]` config table. When present, synpunkter go to
/// this endpoint instead of the central API (queue tickets still use the
/// central API).
///
/// ```toml
/// [open311]
/// endpoint = "https://open311.example.se/georeport/v2"   # https (http only on loopback)
/// api_key_file = "/etc/medborgarkiosk/open311-key"       # or MEDBORGARKIOSK_OPEN311_API_KEY
/// jurisdiction_id = "botkyrka.se"                        # optional
/// default_service_code = "synpunkt"
/// address_string = "Medborgarcenter Tumba, Tumba torg"   # optional location
/// timeout_ms = 10000
///
/// [open311.service_codes]       # "<kind>.<area>" first, then "<kind>"
/// "complaint" = "klagomal"
/// "complaint.streets-parks" = "klagomal-gata-park"
/// "praise" = "beröm"
/// "suggestion" = "forslag"
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Open311Config {
    pub endpoint: String,
    #[serde(default)]
    pub api_key_file: Option<PathBuf>,
    #[serde(default)]
    pub jurisdiction_id: Option<String>,
    pub default_service_code: String,
    #[serde(default)]
    pub service_codes: BTreeMap<String, String>,
    #[serde(default)]
    pub address_string: Option<String>,
    #[serde(default = "default_timeout_ms")]
    pub timeout_ms: u64,
    /// `[tls] ca_file`: extra root certificates (set by the config loader).
    #[serde(skip)]
    pub ca_file: Option<PathBuf>,
}

fn default_timeout_ms() -> u64 {
    10_000
}

fn kind_id(kind: SynpunktKind) -> &'static str {
    match kind {
        SynpunktKind::Complaint => "complaint",
        SynpunktKind::Praise => "praise",
        SynpunktKind::Suggestion => "suggestion",
    }
}

fn topic_id(topic: SynpunktTopic) -> &'static str {
    match topic {
        SynpunktTopic::Treatment => "treatment",
        SynpunktTopic::HandlingTime => "handling_time",
        SynpunktTopic::Accessibility => "accessibility",
        SynpunktTopic::Competence => "competence",
        SynpunktTopic::Other => "other",
    }
}

impl Open311Config {
    /// Checks the table; the message names the key and what is allowed.
    pub fn validate(&self) -> Result<(), (String, String)> {
        // The URL's host is parsed: plain http only to 127.0.0.0/8, ::1
        // or exactly localhost (never `http://127.attacker.example`).
        crate::net::https_or_loopback(self.endpoint.trim())
            .map_err(|e| ("open311.endpoint".to_owned(), e.to_string()))?;
        let code_ok =
            |c: &str| !c.trim().is_empty() && c.len() <= 100 && !c.chars().any(char::is_control);
        if !code_ok(&self.default_service_code) {
            return Err((
                "open311.default_service_code".into(),
                "must be a service code of the endpoint (not empty)".into(),
            ));
        }
        for (key, code) in &self.service_codes {
            let kind = key.split('.').next().unwrap_or("");
            if !["complaint", "praise", "suggestion"].contains(&kind) {
                return Err((
                    format!("open311.service_codes.{key}"),
                    "keys are `<kind>` or `<kind>.<area>`, kind one of complaint, praise, suggestion"
                        .into(),
                ));
            }
            if !code_ok(code) {
                return Err((
                    format!("open311.service_codes.{key}"),
                    "must be a service code (not empty)".into(),
                ));
            }
        }
        if !(1_000..=120_000).contains(&self.timeout_ms) {
            return Err((
                "open311.timeout_ms".into(),
                format!(
                    "{} is out of range: allowed 1000 to 120000",
                    self.timeout_ms
                ),
            ));
        }
        Ok(())
    }

    /// The service code for a synpunkt: `<kind>.<area>`, else `<kind>`,
    /// else the default.
    pub fn service_code(&self, kind: SynpunktKind, area: &str) -> &str {
        let kind = kind_id(kind);
        self.service_codes
            .get(&format!("{kind}.{area}"))
            .or_else(|| self.service_codes.get(kind))
            .unwrap_or(&self.default_service_code)
    }

    /// The api_key: [`API_KEY_ENV`], else the first line of `api_key_file`.
    pub fn resolve_api_key(&self) -> Result<String, Open311Error> {
        if let Ok(key) = std::env::var(API_KEY_ENV) {
            let key = key.trim().to_owned();
            if !key.is_empty() {
                return Ok(key);
            }
        }
        let path = self.api_key_file.as_ref().ok_or_else(|| {
            Open311Error::Config(format!(
                "no Open311 api_key: set {API_KEY_ENV} or open311.api_key_file"
            ))
        })?;
        let text = std::fs::read_to_string(path)
            .map_err(|e| Open311Error::Config(format!("cannot read {}: {e}", path.display())))?;
        let key = text.lines().next().unwrap_or("").trim().to_owned();
        if key.is_empty() {
            return Err(Open311Error::Config(format!("{} is empty", path.display())));
        }
        Ok(key)
    }
}

/// One entry of the GeoReport v2 error array.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct ErrorItem {
    /// The spec's code (usually the HTTP status); some servers send it as
    /// a string.
    #[serde(deserialize_with = "code_as_string")]
    pub code: String,
    #[serde(default)]
    pub description: String,
}

fn code_as_string<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    match serde_json::Value::deserialize(d)? {
        serde_json::Value::String(s) => Ok(s),
        serde_json::Value::Number(n) => Ok(n.to_string()),
        other => Ok(other.to_string()),
    }
}

/// Why a delivery to the Open311 endpoint failed.
#[derive(Debug, thiserror::Error)]
pub enum Open311Error {
    #[error("cannot reach the Open311 endpoint: {0}")]
    Network(#[source] reqwest::Error),
    #[error("the Open311 endpoint did not answer in time")]
    Timeout(#[source] reqwest::Error),
    /// A non-success status with the spec's error array (empty when the
    /// body was not one).
    #[error("the Open311 endpoint answered {status}{}", describe_errors(errors))]
    Status {
        status: StatusCode,
        errors: Vec<ErrorItem>,
        retry_after: Option<Duration>,
    },
    #[error("unexpected answer from the Open311 endpoint: {0}")]
    Protocol(String),
    #[error("Open311 configuration: {0}")]
    Config(String),
}

fn describe_errors(errors: &[ErrorItem]) -> String {
    errors
        .iter()
        .map(|e| format!(": {} {}", e.code, e.description))
        .collect()
}

impl Open311Error {
    /// The class for the outbox, the heartbeat and the status screen.
    pub fn class(&self) -> ErrorClass {
        match self {
            Open311Error::Network(_) => ErrorClass::Network,
            Open311Error::Timeout(_) => ErrorClass::Timeout,
            Open311Error::Status { status, .. } => match status.as_u16() {
                401 | 403 => ErrorClass::Auth,
                408 => ErrorClass::Timeout,
                429 => ErrorClass::RateLimited,
                500..=599 => ErrorClass::Server,
                _ => ErrorClass::Rejected,
            },
            Open311Error::Protocol(_) => ErrorClass::Protocol,
            Open311Error::Config(_) => ErrorClass::Local,
        }
    }

    /// Whether the outbox sends the same request again later: everything
    /// but the endpoint's definite refusal ([`Open311Error::is_definite_refusal`])
    /// and the kiosk's own configuration. A bad api_key, an unknown
    /// service_code or jurisdiction (401/403/404 with the spec's errors)
    /// are IT's to fix in the config; the waiting synpunkter then go.
    pub fn is_retryable(&self) -> bool {
        !(self.is_definite_refusal() || matches!(self, Open311Error::Config(_)))
    }

    /// Whether the endpoint refused the request for good: 400 or 422 with
    /// the spec's error array. Nothing else is — a 404 or 409, a status
    /// without the array (a proxy's or a captive portal's page), an
    /// unreadable answer: those are retried.
    pub fn is_definite_refusal(&self) -> bool {
        matches!(self, Open311Error::Status { status, errors, .. }
            if matches!(status.as_u16(), 400 | 422) && !errors.is_empty())
    }

    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Open311Error::Status { status, .. } => Some(*status),
            _ => None,
        }
    }

    /// The spec's error array, when the endpoint sent one.
    pub fn errors(&self) -> &[ErrorItem] {
        match self {
            Open311Error::Status { errors, .. } => errors,
            _ => &[],
        }
    }

    pub fn retry_after(&self) -> Option<Duration> {
        match self {
            Open311Error::Status { retry_after, .. } => *retry_after,
            _ => None,
        }
    }
}

/// What the endpoint gave back for a created request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Created {
    /// The request's id in the receiving system.
    Id(String),
    /// The request is queued there; the token can later be exchanged for
    /// an id (`GET /tokens/{token}.json`).
    Token(String),
}

impl Created {
    /// As stored in the outbox's `server_reference`: the id, or
    /// `token:<token>`.
    pub fn reference(&self) -> String {
        match self {
            Created::Id(id) => id.clone(),
            Created::Token(token) => format!("token:{token}"),
        }
    }
}

#[derive(Debug, Deserialize)]
struct CreatedItem {
    #[serde(default, deserialize_with = "opt_string")]
    service_request_id: Option<String>,
    #[serde(default, deserialize_with = "opt_string")]
    token: Option<String>,
}

fn opt_string<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(match Option::<serde_json::Value>::deserialize(d)? {
        None | Some(serde_json::Value::Null) => None,
        Some(serde_json::Value::String(s)) if s.trim().is_empty() => None,
        Some(serde_json::Value::String(s)) => Some(s),
        Some(serde_json::Value::Number(n)) => Some(n.to_string()),
        Some(other) => Some(other.to_string()),
    })
}

/// A client of one Open311 GeoReport v2 endpoint. Cheap to clone.
#[derive(Debug, Clone)]
pub struct Open311Client {
    http: reqwest::Client,
    config: Open311Config,
    api_key: String,
}

impl Open311Client {
    pub fn new(config: &Open311Config, api_key: &str) -> Result<Open311Client, Open311Error> {
        config
            .validate()
            .map_err(|(key, message)| Open311Error::Config(format!("`{key}`: {message}")))?;
        let http = crate::net::client_builder(config.ca_file.as_deref())
            .map_err(|e| Open311Error::Config(e.to_string()))?
            // Never carry a citizen's synpunkt to wherever a redirect points.
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(Duration::from_millis(config.timeout_ms.min(5_000)))
            .timeout(Duration::from_millis(config.timeout_ms))
            .user_agent(concat!("medborgarkiosk/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| Open311Error::Config(format!("HTTP client: {e}")))?;
        Ok(Open311Client {
            http,
            config: config.clone(),
            api_key: api_key.to_owned(),
        })
    }

    /// From the config, with the api_key from the environment or file.
    pub fn from_config(config: &Open311Config) -> Result<Open311Client, Open311Error> {
        Open311Client::new(config, &config.resolve_api_key()?)
    }

    pub fn endpoint(&self) -> &str {
        self.config.endpoint.trim_end_matches('/')
    }

    /// The form fields of a synpunkt, in order (the api_key first).
    pub fn form(&self, request: &SynpunktRequest) -> Vec<(String, String)> {
        let mut form = vec![("api_key".to_owned(), self.api_key.clone())];
        let mut push = |k: &str, v: &str| form.push((k.to_owned(), v.to_owned()));
        if let Some(jurisdiction) = &self.config.jurisdiction_id {
            push("jurisdiction_id", jurisdiction);
        }
        push(
            "service_code",
            self.config
                .service_code(request.kind, &request.service_area),
        );
        push("description", &request.message);
        if let Some(address) = &self.config.address_string {
            push("address_string", address);
        }
        if let Some(contact) = &request.contact {
            if let Some(name) = contact
                .name
                .as_deref()
                .map(str::trim)
                .filter(|n| !n.is_empty())
            {
                // GeoReport has first and last name; the kiosk asks for one
                // name: the first word is the first name.
                match name.split_once(char::is_whitespace) {
                    Some((first, last)) => {
                        push("first_name", first);
                        push("last_name", last.trim());
                    }
                    None => push("first_name", name),
                }
            }
            if let Some(email) = &contact.email {
                push("email", email);
            }
            if let Some(phone) = &contact.phone {
                push("phone", phone);
            }
        }
        push("attribute[kind]", kind_id(request.kind));
        push("attribute[service_area]", &request.service_area);
        for topic in &request.topics {
            push("attribute[topics][]", topic_id(*topic));
        }
        push("attribute[language]", request.language.code());
        push("attribute[kiosk_id]", &request.kiosk_id);
        push("attribute[local_reference]", &request.local_reference);
        push(
            "attribute[submitted_at]",
            &request.submitted_at.to_rfc3339(),
        );
        form
    }

    /// `POST {endpoint}/requests.json`: one attempt (the outbox retries).
    pub async fn create(&self, request: &SynpunktRequest) -> Result<Created, Open311Error> {
        let url = format!("{}/requests.json", self.endpoint());
        let response = self
            .http
            .post(&url)
            .header(reqwest::header::ACCEPT, "application/json")
            .form(&self.form(request))
            .send()
            .await
            .map_err(|e| {
                if e.is_timeout() {
                    Open311Error::Timeout(e)
                } else {
                    Open311Error::Network(e)
                }
            })?;
        let status = response.status();
        let retry_after = response
            .headers()
            .get(reqwest::header::RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok())
            .map(Duration::from_secs);
        let body = response.bytes().await.map_err(|e| {
            if e.is_timeout() {
                Open311Error::Timeout(e)
            } else {
                Open311Error::Network(e)
            }
        })?;
        if !status.is_success() {
            // The spec's error array; anything else gives no details.
            let errors = serde_json::from_slice::<Vec<ErrorItem>>(&body).unwrap_or_default();
            return Err(Open311Error::Status {
                status,
                errors,
                retry_after,
            });
        }
        let items: Vec<CreatedItem> = serde_json::from_slice(&body)
            .map_err(|e| Open311Error::Protocol(format!("not a GeoReport v2 answer: {e}")))?;
        let first = items
            .into_iter()
            .next()
            .ok_or_else(|| Open311Error::Protocol("an empty array".into()))?;
        match (first.service_request_id, first.token) {
            (Some(id), _) => Ok(Created::Id(id)),
            (None, Some(token)) => Ok(Created::Token(token)),
            (None, None) => Err(Open311Error::Protocol(
                "neither service_request_id nor token".into(),
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> Open311Config {
        toml::from_str(
            r#"
endpoint = "https://open311.example.se/v2/"
default_service_code = "synpunkt"
[service_codes]
"complaint" = "klagomal"
"complaint.streets-parks" = "klagomal-gata"
"#,
        )
        .unwrap()
    }

    #[test]
    fn service_code_prefers_kind_and_area_then_kind_then_default() {
        let c = config();
        assert!(c.validate().is_ok());
        assert_eq!(
            c.service_code(SynpunktKind::Complaint, "streets-parks"),
            "klagomal-gata"
        );
        assert_eq!(
            c.service_code(SynpunktKind::Complaint, "school"),
            "klagomal"
        );
        assert_eq!(c.service_code(SynpunktKind::Praise, "school"), "synpunkt");
    }

    #[test]
    fn validation_names_the_key() {
        let mut c = config();
        c.endpoint = "http://open311.example.se".into();
        assert_eq!(c.validate().unwrap_err().0, "open311.endpoint");
        // Hosts that only look like loopback.
        for fooled in [
            "http://127.attacker.example/v2",
            "http://localhost.attacker.example/v2",
            "http://localhost@attacker.example/v2",
        ] {
            let mut c = config();
            c.endpoint = fooled.into();
            assert_eq!(c.validate().unwrap_err().0, "open311.endpoint", "{fooled}");
        }
        let mut c = config();
        c.endpoint = "http://127.0.0.1:8080/v2".into();
        assert!(c.validate().is_ok());
        let mut c = config();
        c.service_codes.insert("complain".into(), "x".into());
        assert_eq!(
            c.validate().unwrap_err().0,
            "open311.service_codes.complain"
        );
        let mut c = config();
        c.default_service_code = " ".into();
        assert_eq!(c.validate().unwrap_err().0, "open311.default_service_code");
        assert!(toml::from_str::<Open311Config>("endpoint = \"https://x\"\nkey = 1").is_err());
    }

    #[test]
    fn errors_are_classed_permanent_or_retryable() {
        let status = |code: u16| Open311Error::Status {
            status: StatusCode::from_u16(code).unwrap(),
            errors: vec![],
            retry_after: None,
        };
        // Without the spec's error array nothing is a definite refusal.
        for code in [400, 403, 404, 408, 409, 422, 429, 500, 502, 503] {
            assert!(status(code).is_retryable(), "{code}");
        }
        let refused = |code: u16| Open311Error::Status {
            status: StatusCode::from_u16(code).unwrap(),
            errors: vec![ErrorItem {
                code: code.to_string(),
                description: "x".into(),
            }],
            retry_after: None,
        };
        for code in [400, 422] {
            assert!(refused(code).is_definite_refusal() && !refused(code).is_retryable());
        }
        for code in [403, 404, 409, 503] {
            assert!(!refused(code).is_definite_refusal() && refused(code).is_retryable());
        }
        assert_eq!(status(403).class(), ErrorClass::Auth);
        assert_eq!(status(400).class(), ErrorClass::Rejected);
        assert_eq!(status(503).class(), ErrorClass::Server);
        let items: Vec<ErrorItem> = serde_json::from_str(
            r#"[{"code":403,"description":"Invalid api_key"},{"code":"400","description":"x"}]"#,
        )
        .unwrap();
        assert_eq!(items[0].code, "403");
        assert_eq!(items[1].code, "400");
    }
}

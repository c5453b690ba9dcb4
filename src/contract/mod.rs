//! The v1 contract of the central API: the JSON types, problem details,
//! header and token names shared by the reference server
//! ([`crate::central`]), the kiosk's client ([`crate::api::client`]) and the
//! UI. Server and client both import this module and never each other (a
//! test in `tests/suite/architecture.rs` checks it). `resources/api/openapi.yaml`
//! describes the same contract; a test keeps the two in step.

pub mod stats;

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::i18n::Language;

/// The contract version, the first path segment of every route.
pub const API_VERSION: &str = "v1";

/// The environment variable holding the bearer token (server and kiosk).
pub const TOKEN_ENV: &str = "MEDBORGARKIOSK_API_TOKEN";

/// The header that makes a POST safe to repeat.
pub const IDEMPOTENCY_KEY: &str = "Idempotency-Key";

/// The media type of error bodies (RFC 9457).
pub const PROBLEM_JSON: &str = "application/problem+json";

/// The common prefix of the reference server's problem types.
pub const PROBLEM_TYPE_PREFIX: &str = "urn:medborgarkiosk:problem:";

/// The problem type of a definite validation refusal (422): the
/// submission itself is invalid, and sending it again cannot succeed. The
/// kiosk's outbox gives a submission up (keeps it aside for IT) on this
/// type only; every other failure — another status, a 422 of another
/// type, an HTML page from a captive portal, a proxy's error — is retried
/// with back-off.
pub const PROBLEM_INVALID_SUBMISSION: &str = "urn:medborgarkiosk:problem:invalid-submission";

/// The problem type of a 422 for a timestamp further ahead of the
/// server's clock than it accepts: the kiosk's clock is wrong, not the
/// submission; it is retried and accepted once the clocks agree.
pub const PROBLEM_CLOCK_SKEW: &str = "urn:medborgarkiosk:problem:clock-skew";

/// How far ahead of the server's clock a kiosk's `submitted_at` or
/// `requested_at` may be before the server flags the skew (it still
/// accepts it up to its configured bound, 24 h by default).
pub const SKEW_FLAG_SECONDS: i64 = 5 * 60;

/// Longest synpunkt message accepted, in characters (Open311's limit).
pub const MAX_MESSAGE_CHARS: usize = 4000;

/// Largest request body accepted, in bytes.
pub const MAX_BODY_BYTES: usize = 64 * 1024;

/// `GET /v1/health`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Health {
    pub status: String,
    pub version: String,
}

/// An office (medborgarcenter) served by the API.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Office {
    pub id: String,
    pub name: String,
    pub area: String,
}

/// `GET /v1/offices`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfficeList {
    pub offices: Vec<Office>,
}

/// A queue service of an office.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Service {
    pub id: String,
    /// The letter(s) in front of the ticket number, e.g. "B" in "B042".
    pub prefix: String,
    /// The service's name, keyed by language code.
    pub names: BTreeMap<Language, String>,
    /// ROSA level 1-6 (1 information ... 6 specialist handling).
    pub rosa_level: u8,
    pub open_now: bool,
    /// The next time the service opens, when it is closed now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_opening: Option<DateTime<Utc>>,
    /// Tickets issued today and not yet called.
    pub waiting: u32,
    pub estimated_wait_minutes: u32,
}

/// `GET /v1/offices/{office}/services`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceList {
    pub office: String,
    pub services: Vec<Service>,
}

/// An accessibility need the desk should know about before calling.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AccessibilityNeed {
    Wheelchair,
    HearingLoop,
    LowVision,
    QuietPlace,
    Other,
}

/// What the visitor needs at the desk.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TicketNeeds {
    /// Language code of the interpreter needed (any language, not only the
    /// kiosk's), e.g. "ar", "prs", "sgn-SE".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interpreter_language: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub accessibility: Vec<AccessibilityNeed>,
}

/// What a ticket for help is about, so the desk knows what to prepare:
/// the guide or the office tool the visitor asked for help from. A fixed
/// id from the content, never free text. On the wire `guide:<id>` or
/// `tool:<id>`, the id in lower case letters, digits and `-` (at most 64).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Topic {
    Guide(String),
    Tool(String),
}

impl std::fmt::Display for Topic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Topic::Guide(id) => write!(f, "guide:{id}"),
            Topic::Tool(id) => write!(f, "tool:{id}"),
        }
    }
}

impl std::str::FromStr for Topic {
    type Err = ();
    fn from_str(s: &str) -> Result<Topic, ()> {
        let (kind, id) = s.split_once(':').ok_or(())?;
        let id_ok = (1..=64).contains(&id.len())
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        match (kind, id_ok) {
            ("guide", true) => Ok(Topic::Guide(id.to_owned())),
            ("tool", true) => Ok(Topic::Tool(id.to_owned())),
            _ => Err(()),
        }
    }
}

/// `POST /v1/tickets`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TicketRequest {
    pub service_id: String,
    pub office: String,
    pub kiosk_id: String,
    pub language: Language,
    #[serde(default)]
    pub needs: TicketNeeds,
    pub requested_at: DateTime<Utc>,
    /// What the visitor wants help with ([`Topic`] on the wire), when the
    /// ticket was taken from a guide or an office tool.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
}

/// `201` answer to `POST /v1/tickets`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TicketResponse {
    /// Prefix and three digits, e.g. "B042".
    pub ticket_number: String,
    pub service_id: String,
    /// 1 = next to be called for this service.
    pub position: u32,
    pub estimated_wait_minutes: u32,
    pub issued_at: DateTime<Utc>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follow_url: Option<String>,
}

/// A ticket called to a counter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NowServingEntry {
    pub ticket_number: String,
    pub service_id: String,
    pub counter: String,
    /// When it was last called: "call again" calls it anew, with a new
    /// time (a wall display says the call again).
    pub called_at: DateTime<Utc>,
    /// The language the visitor chose at the kiosk: a wall display says the
    /// call in it too. Absent from servers older than this field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<Language>,
}

/// `GET /v1/offices/{office}/now-serving`: most recent call first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NowServing {
    pub office: String,
    pub entries: Vec<NowServingEntry>,
}

/// `POST /v1/offices/{office}/counters/{counter}/call-next`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CallNextRequest {
    /// The services this counter takes; empty = all services of the office.
    #[serde(default)]
    pub service_ids: Vec<String>,
}

/// The ticket a counter called, with what the desk must know.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalledTicket {
    pub ticket_number: String,
    pub service_id: String,
    pub counter: String,
    pub language: Language,
    pub needs: TicketNeeds,
    /// What the visitor wants help with ([`Topic`] on the wire).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub topic: Option<String>,
    pub issued_at: DateTime<Utc>,
    pub called_at: DateTime<Utc>,
}

/// `200` answer to call-next; `called` is null when nobody is waiting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallNextResponse {
    pub called: Option<CalledTicket>,
}

/// Kind of synpunkt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SynpunktKind {
    Complaint,
    Praise,
    Suggestion,
}

/// What a synpunkt is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SynpunktTopic {
    Treatment,
    HandlingTime,
    Accessibility,
    Competence,
    Other,
}

/// How to reach the visitor; every field optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
}

impl Contact {
    /// Whether there is a way to answer (an e-mail address or a phone
    /// number; a name alone is not one).
    pub fn is_reachable(&self) -> bool {
        let present = |v: &Option<String>| v.as_deref().is_some_and(|s| !s.trim().is_empty());
        present(&self.email) || present(&self.phone)
    }
}

/// `POST /v1/synpunkter`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SynpunktRequest {
    pub kind: SynpunktKind,
    pub service_area: String,
    pub topics: Vec<SynpunktTopic>,
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contact>,
    pub language: Language,
    pub kiosk_id: String,
    pub submitted_at: DateTime<Utc>,
    pub local_reference: String,
}

impl SynpunktRequest {
    /// Whether the municipality can answer, so a `respond_by` date applies.
    pub fn has_contact(&self) -> bool {
        self.contact.as_ref().is_some_and(Contact::is_reachable)
    }
}

/// `201` answer to `POST /v1/synpunkter`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SynpunktReceipt {
    pub reference: String,
    pub received_at: DateTime<Utc>,
    /// Two Swedish working days after the earlier of `submitted_at` and
    /// `received_at` (a kiosk clock running fast never moves the date
    /// later); null without contact.
    pub respond_by: Option<NaiveDate>,
    /// How many seconds the kiosk's `submitted_at` was ahead of the
    /// server's `received_at`, when more than [`SKEW_FLAG_SECONDS`]: the
    /// kiosk's clock runs fast (the server stores both times).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clock_skew_seconds: Option<i64>,
}

/// The class of the last error, small enough for a heartbeat and a
/// status screen (no personal data, no free text).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorClass {
    /// Could not connect, connection reset or closed mid-response.
    Network,
    /// No answer within the timeout.
    Timeout,
    /// 5xx from the API.
    Server,
    /// 429 from the API.
    RateLimited,
    /// 401 or 403: the token is missing or wrong.
    Auth,
    /// Another 4xx: the API refuses the request as it is.
    Rejected,
    /// The answer was not what the contract says.
    Protocol,
    /// Local configuration or storage problem.
    Local,
    /// The API refused a timestamp as too far ahead of its clock: the
    /// kiosk's clock runs fast.
    ClockSkew,
}

/// `PUT /v1/kiosks/{kiosk_id}/status`: a kiosk's heartbeat.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KioskStatus {
    /// The kiosk software version.
    pub version: String,
    /// Submissions waiting in the outbox.
    pub outbox_depth: u64,
    /// Age of the oldest waiting submission, in seconds.
    #[serde(default)]
    pub oldest_pending_age_seconds: Option<u64>,
    #[serde(default)]
    pub last_error_class: Option<ErrorClass>,
    /// Seconds since the kiosk program started.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uptime_seconds: Option<u64>,
    /// The content being served (`catalog.toml` version and file hash).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_version: Option<String>,
    /// Each configured news or crisis feed: age of the data shown.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub feeds: Vec<FeedHealth>,
    /// The class of the latest error per part of the kiosk (`api`,
    /// `outbox`, `content`, `feeds`, `speech`); only parts with an error.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub error_classes: std::collections::BTreeMap<String, String>,
    /// Submissions the API refused for good, kept aside on the kiosk for
    /// IT (`medborgarkiosk outbox list`).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub refused_count: u64,
    /// Age of the oldest refused submission, in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oldest_refused_age_seconds: Option<u64>,
    /// The kiosk's clock: NTP state and skew against the API's clock.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clock: Option<ClockStatus>,
    /// The kiosk runs with the built-in demo API (`demo = true`):
    /// synpunkter stay on the kiosk and no answer date is promised.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub demo: bool,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// The kiosk's clock in a heartbeat.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClockStatus {
    /// Whether the kernel says the clock is kept synchronised (NTP);
    /// null: unknown.
    #[serde(default)]
    pub ntp_synchronized: Option<bool>,
    /// The API's clock (its `Date` header) minus the kiosk's, in whole
    /// seconds, at the last answer; positive: the kiosk is behind. Null:
    /// not measured yet.
    #[serde(default)]
    pub skew_seconds: Option<i64>,
}

/// One feed in a heartbeat.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FeedHealth {
    /// The feed's URL or path as configured.
    pub source: String,
    /// Seconds since the data shown was fetched; null: nothing yet.
    #[serde(default)]
    pub age_seconds: Option<u64>,
    /// The class of the last fetch's failure, if it failed.
    #[serde(default)]
    pub last_error_class: Option<String>,
}

/// A kiosk's latest heartbeat as stored by the API.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KioskStatusRecord {
    pub kiosk_id: String,
    pub received_at: DateTime<Utc>,
    pub status: KioskStatus,
}

/// `GET /v1/kiosks`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KioskList {
    pub kiosks: Vec<KioskStatusRecord>,
}

/// One wrong field in a [`Problem`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    /// The field's path, e.g. `message` or `contact.email`.
    pub field: String,
    /// A machine-readable code, e.g. `too_long`, `control_character`,
    /// `unknown_service`, `in_future`, `invalid`.
    pub code: String,
    pub detail: String,
}

/// An RFC 9457 problem document, with the per-field list as the
/// extension member `errors`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    #[serde(rename = "type", default = "about_blank")]
    pub type_uri: String,
    pub title: String,
    pub status: u16,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
}

fn about_blank() -> String {
    "about:blank".to_owned()
}

//! The kiosk's durable outbox: a submission is committed to SQLite (WAL,
//! `synchronous = FULL`) before the visitor sees a receipt, then delivered
//! to the central API by a background tokio task, at least once with its
//! idempotency key (so exactly once in effect). On confirmation the
//! server's reference is stored and the personal fields (contact and
//! message text) are erased from the row (`secure_delete` is on, so the
//! erased text does not linger in free pages, and the write-ahead log is
//! checkpointed and emptied after each round that delivered something, so
//! it does not linger in old log frames either).
//!
//! Nothing is given up lightly: only a definite validation refusal from
//! the central API (422 with the problem type "invalid submission") takes
//! a submission out of the queue. Everything else — a 404, 408 or 409, an
//! unknown status, a captive portal's HTML page, a proxy's error, a 422 of
//! another type — is retried with back-off like a network error and
//! counted by its error class. A refused submission is kept aside with the
//! reason (the fields the API named), shown to staff and in the heartbeat,
//! listed, requeued or purged by IT (`medborgarkiosk outbox`), and its
//! personal fields are erased after `keep_refused_days` with a line in the
//! audit log.
//!
//! The state (pending count, oldest pending, last error class, refused
//! count, oldest refused and the latest refusal's reason) is published on
//! a `tokio::sync::watch` channel for the UI and the heartbeat.

pub mod cli;

use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use rusqlite::{Connection, OptionalExtension, params};
use serde::Deserialize;
use tokio::sync::{Notify, Semaphore, watch};
use tokio::task::JoinHandle;
use uuid::Uuid;

use crate::api::client::{ApiClient, ClientError, backoff};
use crate::audit::{Action, AuditLog};
use crate::calendar::answer_by;
use crate::clock::Clock;
use crate::contract::{
    Contact, ErrorClass, KioskStatus, SynpunktKind, SynpunktReceipt, SynpunktRequest, SynpunktTopic,
};
use crate::i18n::Language;
use crate::open311::{Open311Client, Open311Error};
use crate::synpunkt::{
    Draft, Email, Kind as SynpunktDraftKind, Phone, Topic as DraftTopic, neutralize_bidi,
    validate_message, validate_name,
};

/// The kiosk's `[outbox]` config table.
///
/// ```toml
/// [outbox]
/// batch_size = 32          # rows taken per delivery round
/// concurrency = 8          # requests in flight at once
/// backoff_initial_ms = 1000  # first wait after a failed delivery
/// backoff_max_ms = 300000    # longest wait between attempts
/// idle_poll_ms = 30000       # look again this often even without news
/// keep_refused_days = 30     # personal fields of refused submissions erased after
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct OutboxConfig {
    pub batch_size: usize,
    pub concurrency: usize,
    pub backoff_initial_ms: u64,
    pub backoff_max_ms: u64,
    pub idle_poll_ms: u64,
    /// Days a submission refused by the central API keeps its personal
    /// fields (message, contact) for IT to look at and requeue; then they
    /// are erased, with a line in the audit log.
    pub keep_refused_days: u32,
    /// The kiosk runs with the built-in demo API (`demo = true` in the
    /// config): receipts promise no answer date.
    #[serde(skip)]
    pub demo: bool,
}

impl Default for OutboxConfig {
    fn default() -> Self {
        OutboxConfig {
            batch_size: 32,
            concurrency: 8,
            backoff_initial_ms: 1_000,
            backoff_max_ms: 300_000,
            idle_poll_ms: 30_000,
            keep_refused_days: 30,
            demo: false,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum OutboxError {
    #[error("outbox database: {0}")]
    Database(#[from] rusqlite::Error),
    #[error("outbox: cannot encode submission: {0}")]
    Encode(#[from] serde_json::Error),
    /// The submission can never be accepted as it is (the UI validates
    /// first; this is the last guard).
    #[error("outbox: field {0} is not valid")]
    Invalid(&'static str),
    #[error("outbox: background task failed")]
    Task,
    #[error("outbox: no submission {0}")]
    NoSuchRow(String),
    #[error("outbox: {0} was not refused (only refused submissions are requeued or purged)")]
    NotRefused(String),
    #[error("outbox: the personal fields of {0} were already erased; it cannot be sent again")]
    Erased(String),
}

/// What kind of submission a row holds; decides the route it goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SubmissionKind {
    Synpunkt,
}

impl SubmissionKind {
    fn code(self) -> &'static str {
        match self {
            SubmissionKind::Synpunkt => "synpunkt",
        }
    }

    fn from_code(code: &str) -> Option<SubmissionKind> {
        match code {
            "synpunkt" => Some(SubmissionKind::Synpunkt),
            _ => None,
        }
    }

    fn path(self) -> &'static str {
        match self {
            SubmissionKind::Synpunkt => "/v1/synpunkter",
        }
    }

    /// The body fields holding personal data, erased after delivery.
    fn personal_fields(self) -> &'static [&'static str] {
        match self {
            SubmissionKind::Synpunkt => &["message", "contact"],
        }
    }
}

/// A synpunkt as the visitor wrote it; the outbox adds the moment of
/// sending and the local reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSynpunkt {
    pub kind: SynpunktKind,
    pub service_area: String,
    pub topics: Vec<SynpunktTopic>,
    pub message: String,
    pub contact: Option<Contact>,
    pub language: Language,
    pub kiosk_id: String,
}

/// What the visitor's receipt shows at once, before delivery.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocalReceipt {
    /// e.g. `BK-7QH2XK`.
    pub local_reference: String,
    pub submitted_at: DateTime<Utc>,
    /// Two Swedish working days after sending; `None` without contact, and
    /// always `None` in demo mode (a demo server answers nobody).
    pub respond_by: Option<NaiveDate>,
}

/// Why the central API refused a submission for good: its status and the
/// fields it named (never their values). Stored with the row as JSON.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, Deserialize)]
pub struct Refusal {
    pub status: u16,
    /// `(field, code)` pairs, e.g. `("contact.email", "invalid")`.
    #[serde(default)]
    pub fields: Vec<(String, String)>,
}

/// Where a submission stands after its first delivery attempt
/// ([`Outbox::first_attempt`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FirstAttempt {
    /// The API confirmed it.
    Delivered,
    /// Not delivered yet (the API was unreachable or failed, or did not
    /// answer in time): it waits in the outbox and is retried.
    Waiting,
    /// The API refused it for good (kept for IT).
    Refused,
    /// No such row.
    Unknown,
}

/// The outbox's state for the UI and the heartbeat.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OutboxState {
    /// Submissions waiting for delivery.
    pub pending: u64,
    /// When the oldest waiting submission was sent.
    pub oldest_pending_at: Option<DateTime<Utc>>,
    /// The class of the latest failed delivery; cleared by a delivery
    /// round without failures.
    pub last_error: Option<ErrorClass>,
    /// Submissions the API refused for good (kept for IT, not retried).
    pub rejected: u64,
    /// When the oldest refused submission was refused.
    pub oldest_refused_at: Option<DateTime<Utc>>,
    /// Why the latest refused submission was refused.
    pub last_refusal: Option<Refusal>,
    /// Submissions confirmed by the API.
    pub delivered: u64,
}

impl OutboxState {
    pub fn oldest_pending_age(&self, now: DateTime<Utc>) -> Option<Duration> {
        self.oldest_pending_at
            .map(|at| (now - at).to_std().unwrap_or(Duration::ZERO))
    }

    /// How long ago the oldest refused submission was refused.
    pub fn oldest_refused_age(&self, now: DateTime<Utc>) -> Option<Duration> {
        self.oldest_refused_at
            .map(|at| (now - at).to_std().unwrap_or(Duration::ZERO))
    }

    /// The heartbeat body for this state.
    pub fn to_kiosk_status(&self, version: &str, now: DateTime<Utc>) -> KioskStatus {
        KioskStatus {
            version: version.to_owned(),
            outbox_depth: self.pending,
            oldest_pending_age_seconds: self.oldest_pending_age(now).map(|d| d.as_secs()),
            last_error_class: self.last_error,
            refused_count: self.rejected,
            oldest_refused_age_seconds: self.oldest_refused_age(now).map(|d| d.as_secs()),
            ..KioskStatus::default()
        }
    }
}

/// One row, as tests and IT tools see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxRow {
    pub local_reference: String,
    pub kind: String,
    pub state: String,
    pub body: String,
    pub attempts: u32,
    pub server_reference: Option<String>,
    pub last_error: Option<String>,
}

/// A row as IT's list shows it: no message, no contact details.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowSummary {
    pub local_reference: String,
    pub state: String,
    pub created_at: DateTime<Utc>,
    pub attempts: u32,
    /// The class of the last failure, e.g. `Network`, `Rejected 422`.
    pub last_error: Option<String>,
    pub refused_at: Option<DateTime<Utc>>,
    pub refusal: Option<Refusal>,
    /// When the personal fields were erased (refused and kept too long).
    pub erased_at: Option<DateTime<Utc>>,
}

/// Which refused rows an IT action applies to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Which {
    One(String),
    AllRefused,
}

const SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS outbox (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    body TEXT NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE,
    local_reference TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending',
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_error TEXT,
    server_reference TEXT,
    delivered_at INTEGER
);
CREATE INDEX IF NOT EXISTS outbox_due ON outbox (state, next_attempt_at);
CREATE INDEX IF NOT EXISTS outbox_oldest ON outbox (state, created_at);
"#;

/// Columns added after the first release, added to an older outbox when
/// it is opened: (column, type).
const ADDED_COLUMNS: &[(&str, &str)] = &[
    ("refused_at", "INTEGER"),
    ("refused_reason", "TEXT"),
    ("erased_at", "INTEGER"),
];

struct Inner {
    db: Mutex<Connection>,
    state: watch::Sender<OutboxState>,
    wake: Notify,
    config: OutboxConfig,
    /// The process's clock: submission times, answer-by dates, back-off.
    clock: Clock,
    /// The audit log beside the database (`staff-audit.jsonl`).
    audit: AuditLog,
}

/// The durable outbox; cheap to clone (all clones share one database).
#[derive(Clone)]
pub struct Outbox {
    inner: Arc<Inner>,
}

/// Where the outbox delivers: the central API, or (synpunkter only) an
/// Open311 GeoReport v2 endpoint (`[open311]` in the config).
#[derive(Debug, Clone)]
pub enum Destination {
    Api(ApiClient),
    Open311(Open311Client),
}

impl From<ApiClient> for Destination {
    fn from(client: ApiClient) -> Self {
        Destination::Api(client)
    }
}

impl From<Open311Client> for Destination {
    fn from(client: Open311Client) -> Self {
        Destination::Open311(client)
    }
}

/// A failed delivery, whichever the destination.
struct Failure {
    class: ErrorClass,
    /// Set when the refusal is for good (the submission is invalid).
    refusal: Option<Refusal>,
    status: Option<u16>,
    retry_after: Option<Duration>,
}

impl From<ClientError> for Failure {
    fn from(e: ClientError) -> Self {
        let class = e.class();
        // Only the central API's definite validation refusal is permanent;
        // a 404, 409, an HTML page, a proxy's error and the rest are retried.
        let refusal = e.is_invalid_submission().then(|| Refusal {
            status: e.status().map_or(0, |s| s.as_u16()),
            fields: e
                .problem()
                .map(|p| {
                    p.errors
                        .iter()
                        .take(16)
                        .map(|f| (short(&f.field, 64), short(&f.code, 32)))
                        .collect()
                })
                .unwrap_or_default(),
        });
        Failure {
            class,
            refusal,
            status: e.status().map(|s| s.as_u16()),
            retry_after: e.retry_after(),
        }
    }
}

/// At most `max` characters of a server's word (field names and codes are
/// short; a hostile server's are cut).
fn short(text: &str, max: usize) -> String {
    text.chars().take(max).collect()
}

impl From<Open311Error> for Failure {
    fn from(e: Open311Error) -> Self {
        // The spec's error codes, never the text (it may quote the message).
        let codes: Vec<&str> = e.errors().iter().map(|i| i.code.as_str()).collect();
        tracing::debug!(class = ?e.class(), ?codes, "Open311 delivery failed");
        // Given up only on the endpoint's definite refusal: a 400 or 422
        // carrying the spec's error array. A wrong api_key (401/403) waits
        // for IT to fix the config; a 404, 409, an HTML page or a proxy's
        // error is retried.
        let refusal = e.is_definite_refusal().then(|| Refusal {
            status: e.status().map_or(0, |s| s.as_u16()),
            fields: e
                .errors()
                .iter()
                .take(16)
                .map(|i| ("open311".to_owned(), short(&i.code, 32)))
                .collect(),
        });
        Failure {
            class: e.class(),
            refusal,
            status: e.status().map(|s| s.as_u16()),
            retry_after: e.retry_after(),
        }
    }
}

/// The running delivery task.
pub struct DeliveryHandle {
    stop: Arc<Notify>,
    task: JoinHandle<()>,
}

impl DeliveryHandle {
    /// Stops after the current round.
    pub async fn stop(self) {
        self.stop.notify_one();
        let _ = self.task.await;
    }

    /// Stops at once, abandoning requests in flight (they are delivered
    /// again later, which the idempotency key makes harmless).
    pub fn abort(self) {
        self.task.abort();
    }
}

const REFERENCE_ALPHABET: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

fn new_local_reference() -> String {
    let code: String = (0..6)
        .map(|_| REFERENCE_ALPHABET[rand::random_range(0..REFERENCE_ALPHABET.len())] as char)
        .collect();
    format!("BK-{code}")
}

fn millis_to_utc(ms: i64) -> DateTime<Utc> {
    Utc.timestamp_millis_opt(ms).single().unwrap_or_default()
}

impl Outbox {
    /// Opens (or creates) the outbox database at `path`; submission times,
    /// answer-by dates and back-off come from `clock`.
    pub fn open(path: &Path, config: OutboxConfig, clock: Clock) -> Result<Outbox, OutboxError> {
        let conn = Connection::open(path)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "secure_delete", "ON")?;
        // A page cache of 512 KiB instead of SQLite's 2 MiB: the outbox
        // reads pending rows by index, and the kiosk's memory stays flat
        // over months (docs/PERFORMANCE.md, endurance).
        conn.pragma_update(None, "cache_size", -512)?;
        conn.busy_timeout(Duration::from_secs(5))?;
        conn.execute_batch(SCHEMA)?;
        for (column, kind) in ADDED_COLUMNS {
            let exists: bool = conn.query_row(
                "SELECT COUNT(*) > 0 FROM pragma_table_info('outbox') WHERE name = ?1",
                params![column],
                |r| r.get(0),
            )?;
            if !exists {
                conn.execute_batch(&format!("ALTER TABLE outbox ADD COLUMN {column} {kind}"))?;
            }
        }
        let state = read_state(&conn, None)?;
        let (tx, _rx) = watch::channel(state);
        let audit = AuditLog::new(path.parent().unwrap_or(Path::new(".")));
        Ok(Outbox {
            inner: Arc::new(Inner {
                db: Mutex::new(conn),
                state: tx,
                wake: Notify::new(),
                config,
                clock,
                audit,
            }),
        })
    }

    fn db(&self) -> MutexGuard<'_, Connection> {
        self.inner.db.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Commits a synpunkt to disk and returns the visitor's receipt. Blocks
    /// for the commit (an fsync); from async code use [`Outbox::submit_synpunkt`].
    pub fn enqueue_synpunkt(&self, mut new: NewSynpunkt) -> Result<LocalReceipt, OutboxError> {
        check_synpunkt(&new)?;
        // Bidirectional controls cannot reorder what the caseworker reads.
        if let std::borrow::Cow::Owned(clean) = neutralize_bidi(&new.message) {
            new.message = clean;
        }
        let now = self.inner.clock.now();
        // Millisecond precision, so what is stored is what is sent.
        let submitted_at = millis_to_utc(now.timestamp_millis());
        let mut request = SynpunktRequest {
            kind: new.kind,
            service_area: new.service_area,
            topics: new.topics,
            message: new.message,
            contact: new.contact,
            language: new.language,
            kiosk_id: new.kiosk_id,
            submitted_at,
            local_reference: String::new(),
        };
        // A demo server answers nobody: no date is promised.
        let respond_by =
            (request.has_contact() && !self.inner.config.demo).then(|| answer_by(submitted_at));
        let key = Uuid::new_v4();
        let conn = self.db();
        let local_reference = loop {
            request.local_reference = new_local_reference();
            let body = serde_json::to_string(&request)?;
            let inserted = conn.execute(
                "INSERT INTO outbox (kind, body, idempotency_key, local_reference, created_at, next_attempt_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?5) ON CONFLICT (local_reference) DO NOTHING",
                params![
                    SubmissionKind::Synpunkt.code(),
                    body,
                    key.hyphenated().to_string(),
                    request.local_reference,
                    submitted_at.timestamp_millis()
                ],
            )?;
            if inserted == 1 {
                break request.local_reference.clone();
            }
        };
        // The state is kept up to date in memory (counting rows on every
        // enqueue would make a long queue quadratic).
        self.inner.state.send_modify(|s| {
            s.pending += 1;
            s.oldest_pending_at.get_or_insert(submitted_at);
        });
        drop(conn);
        self.inner.wake.notify_one();
        tracing::info!(local_reference = %local_reference, "synpunkt queued");
        Ok(LocalReceipt {
            local_reference,
            submitted_at,
            respond_by,
        })
    }

    /// [`Outbox::enqueue_synpunkt`] on a blocking thread.
    pub async fn submit_synpunkt(&self, new: NewSynpunkt) -> Result<LocalReceipt, OutboxError> {
        let outbox = self.clone();
        tokio::task::spawn_blocking(move || outbox.enqueue_synpunkt(new))
            .await
            .map_err(|_| OutboxError::Task)?
    }

    /// A receiver of the state; it changes after every enqueue and every
    /// delivery round.
    pub fn subscribe(&self) -> watch::Receiver<OutboxState> {
        self.inner.state.subscribe()
    }

    pub fn state(&self) -> OutboxState {
        self.inner.state.borrow().clone()
    }

    /// Makes every waiting submission due now and wakes the delivery task
    /// ("retry now" on the status screen).
    pub fn retry_now(&self) -> Result<(), OutboxError> {
        let now = self.inner.clock.now().timestamp_millis();
        self.db().execute(
            "UPDATE outbox SET next_attempt_at = ?1 WHERE state = 'pending' AND next_attempt_at > ?1",
            params![now],
        )?;
        self.inner.wake.notify_one();
        Ok(())
    }

    /// A row by local reference (tests and IT tools).
    pub fn row(&self, local_reference: &str) -> Result<Option<OutboxRow>, OutboxError> {
        Ok(self
            .db()
            .query_row(
                "SELECT local_reference, kind, state, body, attempts, server_reference, last_error \
                 FROM outbox WHERE local_reference = ?1",
                params![local_reference],
                |r| {
                    Ok(OutboxRow {
                        local_reference: r.get(0)?,
                        kind: r.get(1)?,
                        state: r.get(2)?,
                        body: r.get(3)?,
                        attempts: r.get(4)?,
                        server_reference: r.get(5)?,
                        last_error: r.get(6)?,
                    })
                },
            )
            .optional()?)
    }

    /// Waits until the delivery task has tried `local_reference` once (or
    /// `timeout` passed) and says where it stands. The receipt uses it to
    /// tell the visitor, when the API could not be reached, that the
    /// synpunkt is saved on the kiosk and sent when the connection is back.
    pub async fn first_attempt(
        &self,
        local_reference: &str,
        timeout: Duration,
    ) -> Result<FirstAttempt, OutboxError> {
        let mut changes = self.subscribe();
        // A bound in real time on how long the visitor waits, not a time
        // of day: tokio's timer, not the clock.
        let outcome = tokio::time::timeout(timeout, async {
            loop {
                changes.borrow_and_update();
                match self.row(local_reference)? {
                    None => return Ok(FirstAttempt::Unknown),
                    Some(row) if row.state == "delivered" => return Ok(FirstAttempt::Delivered),
                    Some(row) if row.state == "rejected" => return Ok(FirstAttempt::Refused),
                    Some(row) if row.attempts > 0 => return Ok(FirstAttempt::Waiting),
                    Some(_) => {}
                }
                if changes.changed().await.is_err() {
                    // The outbox is gone: still waiting on disk.
                    return Ok(FirstAttempt::Waiting);
                }
            }
        })
        .await;
        // Timed out: still waiting on disk.
        outcome.unwrap_or(Ok(FirstAttempt::Waiting))
    }

    /// Starts the background delivery task to the central API.
    pub fn spawn_delivery(&self, client: ApiClient) -> DeliveryHandle {
        self.spawn_delivery_to(Destination::Api(client))
    }

    /// Starts the background delivery task to `destination`.
    pub fn spawn_delivery_to(&self, destination: Destination) -> DeliveryHandle {
        let client = destination;
        let stop = Arc::new(Notify::new());
        let outbox = self.clone();
        let stop2 = stop.clone();
        let task = tokio::spawn(async move {
            loop {
                let full_round = match outbox.deliver_due_to(&client).await {
                    Ok(n) => n >= outbox.inner.config.batch_size.max(1),
                    Err(e) => {
                        tracing::error!(error = %e, "outbox delivery round failed");
                        false
                    }
                };
                if full_round {
                    continue;
                }
                // Refused submissions kept long enough lose their personal fields.
                let sweeper = outbox.clone();
                match tokio::task::spawn_blocking(move || sweeper.erase_expired_refused()).await {
                    Ok(Err(e)) => tracing::error!(error = %e, "outbox retention failed"),
                    Err(_) => tracing::error!("outbox retention panicked"),
                    Ok(Ok(_)) => {}
                }
                let wait = outbox.time_to_next_due().unwrap_or(Duration::from_millis(
                    outbox.inner.config.idle_poll_ms.max(10),
                ));
                tokio::select! {
                    _ = stop2.notified() => break,
                    _ = outbox.inner.wake.notified() => {}
                    _ = tokio::time::sleep(wait) => {}
                }
            }
        });
        DeliveryHandle { stop, task }
    }

    fn time_to_next_due(&self) -> Option<Duration> {
        let next: Option<i64> = self
            .db()
            .query_row(
                "SELECT MIN(next_attempt_at) FROM outbox WHERE state = 'pending'",
                [],
                |r| r.get(0),
            )
            .ok()
            .flatten();
        let idle = Duration::from_millis(self.inner.config.idle_poll_ms.max(10));
        next.map(|at| {
            let ms = at - self.inner.clock.now().timestamp_millis();
            Duration::from_millis(ms.max(0) as u64).min(idle)
        })
    }

    /// One delivery round: sends up to `batch_size` due submissions
    /// (`concurrency` at a time) and records the outcomes in one
    /// transaction. Returns how many were attempted.
    pub async fn deliver_due(&self, client: &ApiClient) -> Result<usize, OutboxError> {
        self.deliver_due_to(&Destination::Api(client.clone())).await
    }

    /// [`Outbox::deliver_due`] to any [`Destination`].
    pub async fn deliver_due_to(&self, client: &Destination) -> Result<usize, OutboxError> {
        let outbox = self.clone();
        let batch = self.inner.config.batch_size.max(1);
        let now = self.inner.clock.now().timestamp_millis();
        let due = tokio::task::spawn_blocking(move || -> rusqlite::Result<Vec<DueRow>> {
            let conn = outbox.db();
            let mut stmt = conn.prepare_cached(
                "SELECT id, kind, body, idempotency_key, attempts FROM outbox \
                 WHERE state = 'pending' AND next_attempt_at <= ?1 ORDER BY next_attempt_at, id LIMIT ?2",
            )?;
            stmt.query_map(params![now, batch as i64], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
            })?
            .collect()
        })
        .await
        .map_err(|_| OutboxError::Task)??;
        if due.is_empty() {
            return Ok(0);
        }
        let count = due.len();
        let permits = Arc::new(Semaphore::new(self.inner.config.concurrency.max(1)));
        let mut tasks = tokio::task::JoinSet::new();
        for (id, kind, body, key, attempts) in due {
            let client = client.clone();
            let permits = permits.clone();
            tasks.spawn(async move {
                let _permit = permits.acquire_owned().await;
                let Some(kind) = SubmissionKind::from_code(&kind) else {
                    return (id, attempts, body, Outcome::Unknown);
                };
                let key = Uuid::parse_str(&key).unwrap_or_else(|_| Uuid::new_v4());
                let outcome = match (kind, &client) {
                    (SubmissionKind::Synpunkt, Destination::Api(client)) => {
                        match client
                            .post_raw::<SynpunktReceipt>(kind.path(), body.as_bytes(), key)
                            .await
                        {
                            Ok(receipt) => Outcome::Delivered {
                                kind,
                                reference: receipt.reference,
                            },
                            Err(e) => Outcome::Failed(e.into()),
                        }
                    }
                    (SubmissionKind::Synpunkt, Destination::Open311(client)) => {
                        match serde_json::from_str::<SynpunktRequest>(&body) {
                            Ok(request) => match client.create(&request).await {
                                Ok(created) => Outcome::Delivered {
                                    kind,
                                    reference: created.reference(),
                                },
                                Err(e) => Outcome::Failed(e.into()),
                            },
                            Err(_) => Outcome::Unknown,
                        }
                    }
                };
                (id, attempts, body, outcome)
            });
        }
        let mut outcomes = Vec::with_capacity(count);
        while let Some(joined) = tasks.join_next().await {
            if let Ok(outcome) = joined {
                outcomes.push(outcome);
            }
        }
        let outbox = self.clone();
        tokio::task::spawn_blocking(move || outbox.record(outcomes))
            .await
            .map_err(|_| OutboxError::Task)??;
        Ok(count)
    }

    fn record(&self, outcomes: Vec<(i64, u32, String, Outcome)>) -> Result<(), OutboxError> {
        let config = &self.inner.config;
        let now = self.inner.clock.now();
        let mut last_error = self.inner.state.borrow().last_error;
        let mut round_failed = false;
        let mut delivered = 0u64;
        let mut conn = self.db();
        let tx = conn.transaction()?;
        for (id, attempts, body, outcome) in outcomes {
            match outcome {
                Outcome::Delivered { kind, reference } => {
                    tx.execute(
                        "UPDATE outbox SET state = 'delivered', server_reference = ?2, delivered_at = ?3, \
                         body = ?4, attempts = attempts + 1, last_error = NULL WHERE id = ?1",
                        params![id, reference, now.timestamp_millis(), erase(kind, &body)],
                    )?;
                    delivered += 1;
                    if !round_failed {
                        last_error = None;
                    }
                    tracing::info!(reference = %reference, "outbox submission confirmed");
                }
                Outcome::Failed(e) => {
                    let class = e.class;
                    last_error = Some(class);
                    round_failed = true;
                    if let Some(refusal) = e.refusal {
                        let reason = serde_json::to_string(&refusal).unwrap_or_default();
                        tx.execute(
                            "UPDATE outbox SET state = 'rejected', attempts = attempts + 1, last_error = ?2, \
                             refused_at = ?3, refused_reason = ?4 WHERE id = ?1",
                            params![
                                id,
                                format!("{class:?} {}", e.status.unwrap_or(0)),
                                now.timestamp_millis(),
                                reason
                            ],
                        )?;
                        let fields: Vec<&str> =
                            refusal.fields.iter().map(|(f, _)| f.as_str()).collect();
                        tracing::warn!(class = ?class, ?fields, "outbox submission refused by the API; kept for IT");
                    } else {
                        let max = Duration::from_millis(
                            config.backoff_max_ms.max(config.backoff_initial_ms),
                        );
                        // The server's Retry-After, but never longer than our own cap.
                        let wait = e.retry_after.map(|d| d.min(max)).unwrap_or_else(|| {
                            backoff(
                                attempts,
                                Duration::from_millis(config.backoff_initial_ms),
                                max,
                            )
                        });
                        let next = now.timestamp_millis() + wait.as_millis() as i64;
                        let status = e.status.map(|s| format!(" {s}")).unwrap_or_default();
                        tx.execute(
                            "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?2, last_error = ?3 WHERE id = ?1",
                            params![id, next, format!("{class:?}{status}")],
                        )?;
                        tracing::debug!(class = ?class, ?wait, "outbox delivery failed, will retry");
                    }
                }
                Outcome::Unknown => {
                    tx.execute(
                        "UPDATE outbox SET state = 'rejected', last_error = 'UnknownKind', refused_at = ?2 \
                         WHERE id = ?1",
                        params![id, now.timestamp_millis()],
                    )?;
                }
            }
        }
        tx.commit()?;
        if delivered > 0 {
            // The erased text still sits in the write-ahead log's older
            // frames: copy the erased pages into the database and empty
            // the log, so no personal data of a delivered row stays on disk.
            checkpoint(&conn);
        }
        // Counted again from the table: IT may have requeued or purged
        // rows with the command line while the kiosk runs.
        let fresh = read_state(&conn, last_error)?;
        self.inner.state.send_modify(|s| *s = fresh);
        drop(conn);
        Ok(())
    }

    // ------------------------------------------------------ refused rows

    /// Erases the personal fields (message, contact) of submissions refused
    /// more than `keep_refused_days` ago, one audit line each (with the
    /// local reference). Runs with every delivery round; returns the
    /// references erased.
    pub fn erase_expired_refused(&self) -> Result<Vec<String>, OutboxError> {
        let now = self.inner.clock.now();
        let keep = chrono::Duration::days(i64::from(self.inner.config.keep_refused_days));
        let cutoff = (now - keep).timestamp_millis();
        let mut conn = self.db();
        let rows: Vec<(i64, String, String, String)> = {
            let mut stmt = conn.prepare_cached(
                "SELECT id, kind, body, local_reference FROM outbox \
                 WHERE state = 'rejected' AND erased_at IS NULL AND refused_at IS NOT NULL AND refused_at < ?1",
            )?;
            stmt.query_map(params![cutoff], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })?
            .collect::<rusqlite::Result<_>>()?
        };
        if rows.is_empty() {
            return Ok(Vec::new());
        }
        let tx = conn.transaction()?;
        let mut erased = Vec::new();
        for (id, kind, body, reference) in rows {
            let body = match SubmissionKind::from_code(&kind) {
                Some(kind) => erase(kind, &body),
                None => "{}".to_owned(),
            };
            tx.execute(
                "UPDATE outbox SET body = ?2, erased_at = ?3 WHERE id = ?1",
                params![id, body, now.timestamp_millis()],
            )?;
            erased.push(reference);
        }
        tx.commit()?;
        checkpoint(&conn);
        drop(conn);
        for reference in &erased {
            self.inner
                .audit
                .record(now, Action::OutboxRefusedErased, Some(reference));
        }
        tracing::info!(
            count = erased.len(),
            "personal fields of refused submissions erased"
        );
        Ok(erased)
    }

    /// Every row that is not delivered (pending and refused), oldest
    /// first, as IT sees it: no message, no contact details.
    pub fn list(&self) -> Result<Vec<RowSummary>, OutboxError> {
        let conn = self.db();
        let mut stmt = conn.prepare(
            "SELECT local_reference, state, created_at, attempts, last_error, refused_at, \
             refused_reason, erased_at FROM outbox WHERE state != 'delivered' ORDER BY created_at, id",
        )?;
        let rows = stmt
            .query_map([], |r| {
                Ok(RowSummary {
                    local_reference: r.get(0)?,
                    state: r.get(1)?,
                    created_at: millis_to_utc(r.get(2)?),
                    attempts: r.get(3)?,
                    last_error: r.get(4)?,
                    refused_at: r.get::<_, Option<i64>>(5)?.map(millis_to_utc),
                    refusal: r
                        .get::<_, Option<String>>(6)?
                        .and_then(|j| serde_json::from_str(&j).ok()),
                    erased_at: r.get::<_, Option<i64>>(7)?.map(millis_to_utc),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// Puts refused submissions back in the queue (after IT fixed what
    /// made the API refuse them); due at once. Returns their references.
    /// One whose personal fields were already erased cannot go again.
    pub fn requeue(&self, which: &Which) -> Result<Vec<String>, OutboxError> {
        let now = self.inner.clock.now();
        let references = self.refused_references(which, true)?;
        {
            let mut conn = self.db();
            let tx = conn.transaction()?;
            for reference in &references {
                // Due at once, whatever the clock of the process that
                // delivers (IT's command and the kiosk share the machine's).
                tx.execute(
                    "UPDATE outbox SET state = 'pending', attempts = 0, next_attempt_at = 0, \
                     last_error = NULL, refused_at = NULL, refused_reason = NULL \
                     WHERE local_reference = ?1",
                    params![reference],
                )?;
            }
            tx.commit()?;
            let fresh = read_state(&conn, self.inner.state.borrow().last_error)?;
            self.inner.state.send_modify(|s| *s = fresh);
        }
        for reference in &references {
            self.inner
                .audit
                .record(now, Action::OutboxRequeued, Some(reference));
        }
        self.inner.wake.notify_one();
        Ok(references)
    }

    /// Deletes refused submissions for good. Returns their references.
    pub fn purge(&self, which: &Which) -> Result<Vec<String>, OutboxError> {
        let now = self.inner.clock.now();
        let references = self.refused_references(which, false)?;
        {
            let mut conn = self.db();
            let tx = conn.transaction()?;
            for reference in &references {
                tx.execute(
                    "DELETE FROM outbox WHERE local_reference = ?1 AND state = 'rejected'",
                    params![reference],
                )?;
            }
            tx.commit()?;
            checkpoint(&conn);
            let fresh = read_state(&conn, self.inner.state.borrow().last_error)?;
            self.inner.state.send_modify(|s| *s = fresh);
        }
        for reference in &references {
            self.inner
                .audit
                .record(now, Action::OutboxPurged, Some(reference));
        }
        Ok(references)
    }

    /// The refused rows `which` names; an error for a named row that does
    /// not exist, is not refused, or (when `sendable`) was erased.
    fn refused_references(
        &self,
        which: &Which,
        sendable: bool,
    ) -> Result<Vec<String>, OutboxError> {
        let conn = self.db();
        match which {
            Which::One(reference) => {
                let row: Option<(String, Option<i64>)> = conn
                    .query_row(
                        "SELECT state, erased_at FROM outbox WHERE local_reference = ?1",
                        params![reference],
                        |r| Ok((r.get(0)?, r.get(1)?)),
                    )
                    .optional()?;
                match row {
                    None => Err(OutboxError::NoSuchRow(reference.clone())),
                    Some((state, _)) if state != "rejected" => {
                        Err(OutboxError::NotRefused(reference.clone()))
                    }
                    Some((_, Some(_))) if sendable => Err(OutboxError::Erased(reference.clone())),
                    Some(_) => Ok(vec![reference.clone()]),
                }
            }
            Which::AllRefused => {
                let sql = if sendable {
                    "SELECT local_reference FROM outbox WHERE state = 'rejected' AND erased_at IS NULL ORDER BY id"
                } else {
                    "SELECT local_reference FROM outbox WHERE state = 'rejected' ORDER BY id"
                };
                let mut stmt = conn.prepare(sql)?;
                let rows = stmt
                    .query_map([], |r| r.get(0))?
                    .collect::<rusqlite::Result<Vec<String>>>()?;
                Ok(rows)
            }
        }
    }
}

/// Copies the write-ahead log into the database and empties it, so erased
/// text does not linger in old log frames.
fn checkpoint(conn: &Connection) {
    let result = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| {
        r.get::<_, i64>(0)
    });
    if !matches!(result, Ok(0)) {
        tracing::warn!(result = ?result, "outbox: the write-ahead log could not be emptied yet");
    }
}

/// id, kind, body, idempotency key, attempts so far.
type DueRow = (i64, String, String, String, u32);

enum Outcome {
    Delivered {
        kind: SubmissionKind,
        reference: String,
    },
    Failed(Failure),
    Unknown,
}

/// The body with its personal fields removed.
fn erase(kind: SubmissionKind, body: &str) -> String {
    match serde_json::from_str::<serde_json::Value>(body) {
        Ok(serde_json::Value::Object(mut map)) => {
            for field in kind.personal_fields() {
                map.remove(*field);
            }
            serde_json::Value::Object(map).to_string()
        }
        _ => "{}".to_owned(),
    }
}

impl NewSynpunkt {
    /// The one mapping from what the visitor chose to the v1 contract:
    /// what the outbox stores and delivers.
    pub fn from_draft(draft: Draft, language: Language, kiosk_id: &str) -> NewSynpunkt {
        NewSynpunkt {
            kind: match draft.kind {
                SynpunktDraftKind::Complaint => SynpunktKind::Complaint,
                SynpunktDraftKind::Praise => SynpunktKind::Praise,
                SynpunktDraftKind::Suggestion => SynpunktKind::Suggestion,
            },
            service_area: draft.area,
            topics: draft
                .topics
                .iter()
                .map(|topic| match topic {
                    DraftTopic::Treatment => SynpunktTopic::Treatment,
                    DraftTopic::HandlingTime => SynpunktTopic::HandlingTime,
                    DraftTopic::Accessibility => SynpunktTopic::Accessibility,
                    DraftTopic::Competence => SynpunktTopic::Competence,
                    DraftTopic::Other => SynpunktTopic::Other,
                })
                .collect(),
            message: draft.message,
            contact: draft.contact.map(|c| Contact {
                name: c.name,
                email: c.email.map(|e| e.as_str().to_owned()),
                phone: c.phone.map(|p| p.e164().to_owned()),
            }),
            language,
            kiosk_id: kiosk_id.to_owned(),
        }
    }
}

/// The one check of a synpunkt before it is stored: the same rules the
/// screen applies as the visitor types (message, name, e-mail, phone), on
/// what is about to be committed. Returns the contract's name of the first
/// field that fails.
fn check_submission(new: &NewSynpunkt) -> Result<(), &'static str> {
    validate_message(&new.message).map_err(|_| "message")?;
    if new.topics.is_empty() {
        return Err("topics");
    }
    if new.service_area.trim().is_empty() || new.service_area.chars().any(char::is_control) {
        return Err("service_area");
    }
    if let Some(contact) = &new.contact {
        if let Some(name) = &contact.name {
            validate_name(name).map_err(|_| "contact.name")?;
        }
        if let Some(email) = &contact.email {
            Email::parse(email).map_err(|_| "contact.email")?;
        }
        if let Some(phone) = &contact.phone {
            Phone::parse(phone).map_err(|_| "contact.phone")?;
        }
    }
    Ok(())
}

fn check_synpunkt(new: &NewSynpunkt) -> Result<(), OutboxError> {
    check_submission(new).map_err(OutboxError::Invalid)
}

fn read_state(conn: &Connection, last_error: Option<ErrorClass>) -> rusqlite::Result<OutboxState> {
    let (pending, oldest): (i64, Option<i64>) = conn.query_row(
        "SELECT COUNT(*), MIN(created_at) FROM outbox WHERE state = 'pending'",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let (rejected, oldest_refused): (i64, Option<i64>) = conn.query_row(
        "SELECT COUNT(*), MIN(COALESCE(refused_at, created_at)) FROM outbox WHERE state = 'rejected'",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let last_refusal: Option<String> = conn
        .query_row(
            "SELECT refused_reason FROM outbox WHERE state = 'rejected' \
             ORDER BY COALESCE(refused_at, created_at) DESC, id DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .optional()?
        .flatten();
    let delivered: i64 = conn.query_row(
        "SELECT COUNT(*) FROM outbox WHERE state = 'delivered'",
        [],
        |r| r.get(0),
    )?;
    Ok(OutboxState {
        pending: pending.max(0) as u64,
        oldest_pending_at: oldest.map(millis_to_utc),
        last_error,
        rejected: rejected.max(0) as u64,
        oldest_refused_at: oldest_refused.map(millis_to_utc),
        last_refusal: last_refusal.and_then(|j| serde_json::from_str(&j).ok()),
        delivered: delivered.max(0) as u64,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contract::MAX_MESSAGE_CHARS;

    /// Monday 23 November 2026, 10:00 in Stockholm.
    fn clock() -> Clock {
        Clock::manual(Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap())
    }

    fn sample() -> NewSynpunkt {
        NewSynpunkt {
            kind: SynpunktKind::Complaint,
            service_area: "medborgarcenter".into(),
            topics: vec![SynpunktTopic::Treatment],
            message: "Lång väntan.\nMen trevlig personal.".into(),
            contact: Some(Contact {
                name: Some("Test Person".into()),
                email: Some("test@example.org".into()),
                phone: None,
            }),
            language: Language::Sv,
            kiosk_id: "tumba-1".into(),
        }
    }

    #[test]
    fn enqueue_commits_and_gives_a_receipt() {
        let dir = tempfile::tempdir().unwrap();
        let outbox = Outbox::open(
            &dir.path().join("outbox.sqlite3"),
            OutboxConfig::default(),
            clock(),
        )
        .unwrap();
        let receipt = outbox.enqueue_synpunkt(sample()).unwrap();
        assert!(receipt.local_reference.starts_with("BK-"));
        assert_eq!(receipt.local_reference.len(), 9);
        // Stamped by the outbox's clock: Monday 10:00 is answered by Wednesday.
        assert_eq!(
            receipt.submitted_at,
            Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap()
        );
        assert_eq!(receipt.respond_by, NaiveDate::from_ymd_opt(2026, 11, 25));
        let state = outbox.state();
        assert_eq!(state.pending, 1);
        assert_eq!(state.oldest_pending_at, Some(receipt.submitted_at));
        drop(outbox);
        // Survives a reopen.
        let outbox = Outbox::open(
            &dir.path().join("outbox.sqlite3"),
            OutboxConfig::default(),
            clock(),
        )
        .unwrap();
        assert_eq!(outbox.state().pending, 1);
        let row = outbox.row(&receipt.local_reference).unwrap().unwrap();
        assert_eq!(row.state, "pending");
        assert!(row.body.contains("Lång väntan"));
    }

    #[test]
    fn anonymous_gets_no_answer_by_date() {
        let dir = tempfile::tempdir().unwrap();
        let outbox = Outbox::open(
            &dir.path().join("o.sqlite3"),
            OutboxConfig::default(),
            clock(),
        )
        .unwrap();
        let mut s = sample();
        s.contact = Some(Contact {
            name: Some("Only A Name".into()),
            ..Contact::default()
        });
        assert_eq!(outbox.enqueue_synpunkt(s).unwrap().respond_by, None);
        let mut s = sample();
        s.contact = None;
        assert_eq!(outbox.enqueue_synpunkt(s).unwrap().respond_by, None);
    }

    #[test]
    fn invalid_submissions_are_refused_before_the_receipt() {
        let dir = tempfile::tempdir().unwrap();
        let outbox = Outbox::open(
            &dir.path().join("o.sqlite3"),
            OutboxConfig::default(),
            clock(),
        )
        .unwrap();
        let mut s = sample();
        s.message = "x".repeat(MAX_MESSAGE_CHARS + 1);
        assert!(matches!(
            outbox.enqueue_synpunkt(s),
            Err(OutboxError::Invalid("message"))
        ));
        let mut s = sample();
        s.message = "bell\u{7}".into();
        assert!(matches!(
            outbox.enqueue_synpunkt(s),
            Err(OutboxError::Invalid("message"))
        ));
        let mut s = sample();
        s.topics.clear();
        assert!(matches!(
            outbox.enqueue_synpunkt(s),
            Err(OutboxError::Invalid("topics"))
        ));
        assert_eq!(outbox.state().pending, 0);
    }

    #[test]
    fn erase_removes_message_and_contact_only() {
        let body = r#"{"kind":"praise","message":"hej","contact":{"email":"a@b.se"},"local_reference":"BK-1"}"#;
        let erased = erase(SubmissionKind::Synpunkt, body);
        assert_eq!(erased, r#"{"kind":"praise","local_reference":"BK-1"}"#);
    }
}

//! SQLite storage of the reference server. One connection behind a mutex;
//! every request's work runs in one transaction on a blocking thread, so
//! ticket numbering and idempotency checks are atomic.
//!
//! Every SQL statement of the server is here, as a named function; the
//! route handlers decide which run in which transaction.

use std::path::Path;
use std::sync::{Mutex, MutexGuard};

use chrono::{DateTime, TimeZone, Utc};
use rusqlite::{Connection, OptionalExtension, Transaction, params};

use crate::contract::{KioskStatusRecord, NowServingEntry};

const SCHEMA: &str = r#"
CREATE TABLE IF NOT EXISTS idempotency (
    key TEXT PRIMARY KEY,
    body_hash TEXT NOT NULL,
    status INTEGER NOT NULL,
    response TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS tickets (
    id INTEGER PRIMARY KEY,
    office TEXT NOT NULL,
    service_id TEXT NOT NULL,
    day TEXT NOT NULL,
    seq INTEGER NOT NULL,
    number TEXT NOT NULL,
    kiosk_id TEXT NOT NULL,
    language TEXT NOT NULL,
    needs TEXT NOT NULL,
    issued_at INTEGER NOT NULL,
    called_at INTEGER,
    counter TEXT,
    finished_at INTEGER,
    UNIQUE (office, service_id, day, seq)
);
CREATE INDEX IF NOT EXISTS tickets_waiting ON tickets (office, day, called_at);
CREATE INDEX IF NOT EXISTS tickets_counter ON tickets (office, counter, finished_at);
CREATE INDEX IF NOT EXISTS tickets_service_done ON tickets (office, service_id, finished_at);
-- Issuing a ticket counts the counters that called the service in the
-- last hour: without this it read the service's whole history.
CREATE INDEX IF NOT EXISTS tickets_service_called ON tickets (office, service_id, called_at);
CREATE TABLE IF NOT EXISTS synpunkter (
    id INTEGER PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    service_area TEXT NOT NULL,
    topics TEXT NOT NULL,
    message TEXT NOT NULL,
    contact_name TEXT,
    contact_email TEXT,
    contact_phone TEXT,
    language TEXT NOT NULL,
    kiosk_id TEXT NOT NULL,
    submitted_at TEXT NOT NULL,
    local_reference TEXT NOT NULL,
    received_at TEXT NOT NULL,
    respond_by TEXT,
    clock_skew_seconds INTEGER,
    erased_at TEXT
);
CREATE TABLE IF NOT EXISTS ticket_events (
    id INTEGER PRIMARY KEY,
    ticket_id INTEGER NOT NULL,
    at INTEGER NOT NULL,
    action TEXT NOT NULL,
    counter TEXT,
    detail TEXT
);
CREATE INDEX IF NOT EXISTS ticket_events_ticket ON ticket_events (ticket_id);
CREATE TABLE IF NOT EXISTS kiosk_status (
    kiosk_id TEXT PRIMARY KEY,
    received_at TEXT NOT NULL,
    status TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS kiosk_stats (
    kiosk_id TEXT NOT NULL,
    hour TEXT NOT NULL,
    office TEXT NOT NULL,
    counts TEXT NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (kiosk_id, hour)
);
CREATE INDEX IF NOT EXISTS kiosk_stats_office ON kiosk_stats (office, hour);
"#;

/// Columns added after the first release, added to an older database when
/// it is opened: (table, column, type).
const ADDED_COLUMNS: &[(&str, &str, &str)] = &[
    ("synpunkter", "clock_skew_seconds", "INTEGER"),
    ("synpunkter", "erased_at", "TEXT"),
    ("tickets", "topic", "TEXT"),
    // The office side of the queue (issue 21).
    ("tickets", "last_called_at", "INTEGER"),
    ("tickets", "outcome", "TEXT"),
    ("tickets", "transferred_from", "TEXT"),
    ("tickets", "follow_token", "TEXT"),
    ("tickets", "follow_until", "INTEGER"),
    // What the contact centre reported (issue 22): the first time a
    // synpunkt was acknowledged and answered (stored times).
    ("synpunkter", "acknowledged_at", "TEXT"),
    ("synpunkter", "answered_at", "TEXT"),
];

/// What a retention run removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Purged {
    /// Synpunkter whose message and contact details were erased.
    pub synpunkter_erased: u64,
    /// Idempotency records deleted.
    pub idempotency_deleted: u64,
}

/// How a synpunkt's times were recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SynpunktTimes {
    /// The kiosk's clock when the visitor sent it.
    pub submitted_at: DateTime<Utc>,
    /// The server's clock when it arrived.
    pub received_at: DateTime<Utc>,
    pub respond_by: Option<chrono::NaiveDate>,
    /// Seconds the kiosk's time was ahead, when flagged.
    pub clock_skew_seconds: Option<i64>,
}

/// A time as stored: RFC 3339 in UTC with milliseconds, fixed width, so
/// stored times compare as text in time order.
pub fn stored_time(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

fn parse_time(text: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

/// Row counts, for tests and the operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct StoreCounts {
    pub tickets: u64,
    pub synpunkter: u64,
    pub idempotency_keys: u64,
    pub kiosks: u64,
    /// Hours of statistics (one row per kiosk and hour).
    pub stat_hours: u64,
}

pub struct Store {
    conn: Mutex<Connection>,
}

/// What the idempotency table says about a key.
pub enum Seen {
    New,
    Same { status: u16, response: String },
    Different,
}

impl Store {
    pub fn open(path: &Path) -> rusqlite::Result<Store> {
        let conn = Connection::open(path)?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // Erased personal data (retention) does not linger in free pages.
        conn.pragma_update(None, "secure_delete", "ON")?;
        // 1 MiB of page cache instead of SQLite's 2 MiB: run inside the
        // kiosk (no [api] configured), this is the kiosk's memory
        // (docs/PERFORMANCE.md, endurance).
        conn.pragma_update(None, "cache_size", -1024)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.execute_batch(SCHEMA)?;
        for (table, column, kind) in ADDED_COLUMNS {
            let exists: bool = conn.query_row(
                &format!("SELECT COUNT(*) > 0 FROM pragma_table_info('{table}') WHERE name = ?1"),
                params![column],
                |r| r.get(0),
            )?;
            if !exists {
                conn.execute_batch(&format!("ALTER TABLE {table} ADD COLUMN {column} {kind}"))?;
            }
        }
        // After the added columns: an index on one of them.
        conn.execute_batch(
            "CREATE UNIQUE INDEX IF NOT EXISTS tickets_follow ON tickets (follow_token) \
             WHERE follow_token IS NOT NULL;",
        )?;
        Ok(Store {
            conn: Mutex::new(conn),
        })
    }

    pub fn lock(&self) -> MutexGuard<'_, Connection> {
        // A panic while holding the lock leaves SQLite consistent (the
        // transaction rolls back on drop), so a poisoned lock is usable.
        self.conn.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn counts(&self) -> rusqlite::Result<StoreCounts> {
        let conn = self.lock();
        let count = |table: &str| -> rusqlite::Result<u64> {
            conn.query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |r| {
                r.get::<_, i64>(0)
            })
            .map(|n| n.max(0) as u64)
        };
        Ok(StoreCounts {
            tickets: count("tickets")?,
            synpunkter: count("synpunkter")?,
            idempotency_keys: count("idempotency")?,
            kiosks: count("kiosk_status")?,
            stat_hours: count("kiosk_stats")?,
        })
    }

    pub fn synpunkt_local_references(&self) -> rusqlite::Result<Vec<String>> {
        let conn = self.lock();
        let mut stmt = conn.prepare("SELECT local_reference FROM synpunkter ORDER BY id")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        rows.collect()
    }

    /// The stored fields of one synpunkt by its reference, as
    /// `(kind, service_area, message, contact_name, contact_email,
    /// contact_phone)`; used by tests to check text survives unchanged.
    pub fn synpunkt_text(&self, reference: &str) -> rusqlite::Result<Option<Vec<Option<String>>>> {
        let conn = self.lock();
        conn.query_row(
            "SELECT kind, service_area, message, contact_name, contact_email, contact_phone, \
             kiosk_id, local_reference FROM synpunkter WHERE reference = ?1",
            params![reference],
            |r| (0..8).map(|i| r.get::<_, Option<String>>(i)).collect(),
        )
        .optional()
    }

    /// How a synpunkt's times were recorded, by its reference.
    pub fn synpunkt_times(&self, reference: &str) -> rusqlite::Result<Option<SynpunktTimes>> {
        let conn = self.lock();
        let row: Option<(String, String, Option<String>, Option<i64>)> = conn
            .query_row(
                "SELECT submitted_at, received_at, respond_by, clock_skew_seconds FROM synpunkter \
                 WHERE reference = ?1",
                params![reference],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .optional()?;
        Ok(row.and_then(|(submitted, received, respond_by, skew)| {
            Some(SynpunktTimes {
                submitted_at: parse_time(&submitted)?,
                received_at: parse_time(&received)?,
                respond_by: respond_by.and_then(|d| d.parse().ok()),
                clock_skew_seconds: skew,
            })
        }))
    }

    /// Erases the message and contact details of synpunkter received
    /// before `personal_before` (the row, its reference, dates and kind
    /// stay), and deletes idempotency records made before
    /// `idempotency_before`; one transaction. With `secure_delete` the
    /// erased text does not linger in free pages.
    pub fn purge(
        &self,
        personal_before: DateTime<Utc>,
        idempotency_before: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> rusqlite::Result<Purged> {
        let mut conn = self.lock();
        let tx = conn.transaction()?;
        let erased = tx.execute(
            "UPDATE synpunkter SET message = '', contact_name = NULL, contact_email = NULL, \
             contact_phone = NULL, erased_at = ?2 WHERE erased_at IS NULL AND received_at < ?1",
            params![stored_time(personal_before), stored_time(now)],
        )?;
        let deleted = tx.execute(
            "DELETE FROM idempotency WHERE created_at < ?1",
            params![idempotency_before.timestamp_millis()],
        )?;
        tx.commit()?;
        Ok(Purged {
            synpunkter_erased: erased as u64,
            idempotency_deleted: deleted as u64,
        })
    }

    /// The last `limit` tickets called today at `office`, latest first.
    /// Without a transaction: one statement, a consistent read.
    pub fn now_serving(
        &self,
        office: &str,
        day: &str,
        limit: u32,
    ) -> rusqlite::Result<Vec<NowServingEntry>> {
        let conn = self.lock();
        let mut stmt = conn.prepare_cached(
            "SELECT number, service_id, counter, COALESCE(last_called_at, called_at) AS at, language \
             FROM tickets WHERE office = ?1 AND day = ?2 AND called_at IS NOT NULL \
             ORDER BY at DESC, id DESC LIMIT ?3",
        )?;
        stmt.query_map(params![office, day, limit], |r| {
            Ok(NowServingEntry {
                ticket_number: r.get(0)?,
                service_id: r.get(1)?,
                counter: r.get(2)?,
                called_at: Utc
                    .timestamp_millis_opt(r.get(3)?)
                    .single()
                    .unwrap_or_default(),
                language: r.get::<_, String>(4)?.parse().ok(),
            })
        })?
        .collect()
    }

    /// The last status of every kiosk, by kiosk id; rows that no longer
    /// decode are left out.
    pub fn kiosk_statuses(&self) -> rusqlite::Result<Vec<KioskStatusRecord>> {
        let conn = self.lock();
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
    }

    /// Stores a kiosk's status, replacing its previous one.
    pub fn put_kiosk_status(&self, record: &KioskStatusRecord) -> rusqlite::Result<()> {
        let json = serde_json::to_string(&record.status).unwrap_or_default();
        let conn = self.lock();
        conn.execute(
            "INSERT INTO kiosk_status (kiosk_id, received_at, status) VALUES (?1, ?2, ?3) \
             ON CONFLICT (kiosk_id) DO UPDATE SET received_at = excluded.received_at, status = excluded.status",
            params![record.kiosk_id, stored_time(record.received_at), json],
        )?;
        Ok(())
    }
}

// ------------------------------------------------------------ idempotency

/// What the idempotency table says about `key` sent with a body of hash
/// `body_hash`.
pub fn seen(tx: &Transaction<'_>, key: &str, body_hash: &str) -> rusqlite::Result<Seen> {
    let row: Option<(String, u16, String)> = tx
        .query_row(
            "SELECT body_hash, status, response FROM idempotency WHERE key = ?1",
            params![key],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    Ok(match row {
        None => Seen::New,
        Some((hash, status, response)) if hash == body_hash => Seen::Same { status, response },
        Some(_) => Seen::Different,
    })
}

/// Stores the answer given to `key`.
pub fn remember(
    tx: &Transaction<'_>,
    key: &str,
    body_hash: &str,
    status: u16,
    response: &str,
    now_ms: i64,
) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO idempotency (key, body_hash, status, response, created_at) \
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![key, body_hash, status, response, now_ms],
    )?;
    Ok(())
}

// ---------------------------------------------------------------- tickets

/// The next sequence number of a service's tickets on `day` (1 for the
/// first).
pub fn next_ticket_seq(
    tx: &Transaction<'_>,
    office: &str,
    service: &str,
    day: &str,
) -> rusqlite::Result<i64> {
    tx.query_row(
        // Transferred tickets have seq -id (see `transfer`): never counted.
        "SELECT MAX(COALESCE(MAX(seq), 0), 0) + 1 FROM tickets WHERE office = ?1 AND service_id = ?2 AND day = ?3",
        params![office, service, day],
        |r| r.get(0),
    )
}

/// A ticket to store, its columns as stored.
pub struct NewTicket<'a> {
    pub office: &'a str,
    pub service_id: &'a str,
    pub day: &'a str,
    pub seq: i64,
    pub number: &'a str,
    pub kiosk_id: &'a str,
    /// The language code.
    pub language: &'a str,
    /// The needs as JSON.
    pub needs: &'a str,
    /// What the visitor wants help with (`guide:<id>`, `tool:<id>`).
    pub topic: Option<&'a str>,
    pub issued_at_ms: i64,
    /// The token of the ticket's follow page and until when it works.
    pub follow: Option<(&'a str, i64)>,
}

/// Stores a new ticket; returns its row id.
pub fn insert_ticket(tx: &Transaction<'_>, t: &NewTicket<'_>) -> rusqlite::Result<i64> {
    tx.execute(
        "INSERT INTO tickets (office, service_id, day, seq, number, kiosk_id, language, needs, topic, issued_at, \
         follow_token, follow_until) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        params![
            t.office,
            t.service_id,
            t.day,
            t.seq,
            t.number,
            t.kiosk_id,
            t.language,
            t.needs,
            t.topic,
            t.issued_at_ms,
            t.follow.map(|f| f.0),
            t.follow.map(|f| f.1)
        ],
    )?;
    Ok(tx.last_insert_rowid())
}

/// How many of the service's tickets of `day` wait, up to and including
/// ticket `id`.
pub fn queue_position(
    tx: &Transaction<'_>,
    office: &str,
    service: &str,
    day: &str,
    id: i64,
) -> rusqlite::Result<i64> {
    tx.query_row(
        "SELECT COUNT(*) FROM tickets WHERE office = ?1 AND service_id = ?2 AND day = ?3 \
         AND called_at IS NULL AND id <= ?4",
        params![office, service, day, id],
        |r| r.get(0),
    )
}

/// How many of the service's tickets of `day` are waiting.
pub fn waiting_count(
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

/// The service times (call to finish, in milliseconds) of the service's
/// last `limit` finished tickets, latest first.
pub fn recent_service_times(
    tx: &Transaction<'_>,
    office: &str,
    service: &str,
    limit: i64,
) -> rusqlite::Result<Vec<i64>> {
    let mut stmt = tx.prepare_cached(
        "SELECT finished_at - called_at FROM tickets \
         WHERE office = ?1 AND service_id = ?2 AND finished_at IS NOT NULL \
         ORDER BY finished_at DESC LIMIT ?3",
    )?;
    stmt.query_map(params![office, service, limit], |r| r.get::<_, i64>(0))?
        .collect()
}

/// How many counters called the service since `since_ms`.
pub fn counters_calling_since(
    tx: &Transaction<'_>,
    office: &str,
    service: &str,
    since_ms: i64,
) -> rusqlite::Result<i64> {
    tx.query_row(
        "SELECT COUNT(DISTINCT counter) FROM tickets WHERE office = ?1 AND service_id = ?2 AND called_at >= ?3",
        params![office, service, since_ms],
        |r| r.get(0),
    )
}

/// Marks the ticket a counter is serving as finished.
pub fn finish_counter(
    tx: &Transaction<'_>,
    office: &str,
    counter: &str,
    now_ms: i64,
) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO ticket_events (ticket_id, at, action, counter) \
         SELECT id, ?3, 'done', ?2 FROM tickets WHERE office = ?1 AND counter = ?2 \
         AND called_at IS NOT NULL AND finished_at IS NULL",
        params![office, counter, now_ms],
    )?;
    tx.execute(
        "UPDATE tickets SET finished_at = ?3, outcome = COALESCE(outcome, 'done') \
         WHERE office = ?1 AND counter = ?2 AND called_at IS NOT NULL AND finished_at IS NULL",
        params![office, counter, now_ms],
    )?;
    Ok(())
}

/// A waiting ticket, its columns as stored.
pub struct WaitingTicket {
    pub id: i64,
    pub number: String,
    pub service_id: String,
    /// The language code.
    pub language: String,
    /// The needs as JSON.
    pub needs: String,
    pub topic: Option<String>,
    pub issued_at_ms: i64,
}

/// The first ticket of `day` waiting for one of `services`, in order of
/// issue.
pub fn first_waiting(
    tx: &Transaction<'_>,
    office: &str,
    day: &str,
    services: &[String],
) -> rusqlite::Result<Option<WaitingTicket>> {
    let mut stmt = tx.prepare_cached(
        "SELECT id, number, service_id, language, needs, issued_at, topic FROM tickets \
         WHERE office = ?1 AND day = ?2 AND called_at IS NULL ORDER BY issued_at, id",
    )?;
    let mut rows = stmt.query(params![office, day])?;
    while let Some(row) = rows.next()? {
        let service: String = row.get(2)?;
        if services.contains(&service) {
            return Ok(Some(WaitingTicket {
                id: row.get(0)?,
                number: row.get(1)?,
                service_id: service,
                language: row.get(3)?,
                needs: row.get(4)?,
                issued_at_ms: row.get(5)?,
                topic: row.get(6)?,
            }));
        }
    }
    Ok(None)
}

/// Marks ticket `id` as called to `counter`.
pub fn mark_called(
    tx: &Transaction<'_>,
    id: i64,
    now_ms: i64,
    counter: &str,
) -> rusqlite::Result<()> {
    tx.execute(
        "UPDATE tickets SET called_at = ?2, counter = ?3, last_called_at = NULL WHERE id = ?1",
        params![id, now_ms, counter],
    )?;
    event(tx, id, now_ms, "called", Some(counter), None)
}

/// Records what happened to a ticket when (for waiting and handling times).
fn event(
    tx: &Transaction<'_>,
    ticket: i64,
    at_ms: i64,
    action: &str,
    counter: Option<&str>,
    detail: Option<&str>,
) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO ticket_events (ticket_id, at, action, counter, detail) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![ticket, at_ms, action, counter, detail],
    )?;
    Ok(())
}

// ------------------------------------------------------- the counter page

/// A ticket as the counter page and the follow page see it.
#[derive(Debug, Clone)]
pub struct TicketRow {
    pub id: i64,
    pub office: String,
    pub number: String,
    pub service_id: String,
    pub day: String,
    pub language: String,
    /// The needs as JSON.
    pub needs: String,
    pub topic: Option<String>,
    pub issued_at_ms: i64,
    pub called_at_ms: Option<i64>,
    pub counter: Option<String>,
    pub finished_at_ms: Option<i64>,
    /// `done`, `no_show` (or none while not finished).
    pub outcome: Option<String>,
    pub follow_until_ms: Option<i64>,
}

const TICKET_COLUMNS: &str = "id, office, number, service_id, day, language, needs, topic, issued_at, \
     COALESCE(last_called_at, called_at), counter, finished_at, outcome, follow_until";

fn ticket_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<TicketRow> {
    Ok(TicketRow {
        id: r.get(0)?,
        office: r.get(1)?,
        number: r.get(2)?,
        service_id: r.get(3)?,
        day: r.get(4)?,
        language: r.get(5)?,
        needs: r.get(6)?,
        topic: r.get(7)?,
        issued_at_ms: r.get(8)?,
        called_at_ms: r.get(9)?,
        counter: r.get(10)?,
        finished_at_ms: r.get(11)?,
        outcome: r.get(12)?,
        follow_until_ms: r.get(13)?,
    })
}

/// The tickets of `service` waiting on `day`, in the order they are called.
pub fn waiting_tickets(
    tx: &Transaction<'_>,
    office: &str,
    day: &str,
    service: &str,
) -> rusqlite::Result<Vec<TicketRow>> {
    let mut stmt = tx.prepare_cached(&format!(
        "SELECT {TICKET_COLUMNS} FROM tickets WHERE office = ?1 AND day = ?2 AND service_id = ?3 \
         AND called_at IS NULL ORDER BY issued_at, id"
    ))?;
    stmt.query_map(params![office, day, service], ticket_row)?
        .collect()
}

/// The ticket `counter` has called and not finished, if any.
pub fn current_ticket(
    tx: &Transaction<'_>,
    office: &str,
    counter: &str,
) -> rusqlite::Result<Option<TicketRow>> {
    tx.query_row(
        &format!(
            "SELECT {TICKET_COLUMNS} FROM tickets WHERE office = ?1 AND counter = ?2 \
             AND called_at IS NOT NULL AND finished_at IS NULL ORDER BY called_at DESC LIMIT 1"
        ),
        params![office, counter],
        ticket_row,
    )
    .optional()
}

/// "Call again": the ticket is called anew (now-serving shows it first).
pub fn recall(tx: &Transaction<'_>, id: i64, now_ms: i64, counter: &str) -> rusqlite::Result<()> {
    tx.execute(
        "UPDATE tickets SET last_called_at = ?2 WHERE id = ?1",
        params![id, now_ms],
    )?;
    event(tx, id, now_ms, "called_again", Some(counter), None)
}

/// The visit is over: `done` or `no_show`.
pub fn finish(
    tx: &Transaction<'_>,
    id: i64,
    now_ms: i64,
    counter: &str,
    outcome: &str,
) -> rusqlite::Result<()> {
    tx.execute(
        "UPDATE tickets SET finished_at = ?2, outcome = ?3 WHERE id = ?1",
        params![id, now_ms, outcome],
    )?;
    event(tx, id, now_ms, outcome, Some(counter), None)
}

/// Sends a called ticket to another service: it waits there again, in the
/// order of its original issue time, with its number. Its `seq` becomes
/// `-id`: the numbers of a service are unique per day, and a number from
/// another series must neither collide with them nor move their count.
pub fn transfer(
    tx: &Transaction<'_>,
    id: i64,
    now_ms: i64,
    counter: &str,
    to_service: &str,
) -> rusqlite::Result<()> {
    tx.execute(
        "UPDATE tickets SET transferred_from = service_id, service_id = ?2, seq = -id, \
         called_at = NULL, last_called_at = NULL, counter = NULL WHERE id = ?1",
        params![id, to_service],
    )?;
    event(
        tx,
        id,
        now_ms,
        "transferred",
        Some(counter),
        Some(to_service),
    )
}

/// The ticket whose follow page has this token.
pub fn ticket_by_follow_token(
    tx: &Transaction<'_>,
    token: &str,
) -> rusqlite::Result<Option<TicketRow>> {
    tx.query_row(
        &format!("SELECT {TICKET_COLUMNS} FROM tickets WHERE follow_token = ?1"),
        params![token],
        ticket_row,
    )
    .optional()
}

/// How many tickets of the same service and day wait before `ticket`.
pub fn ahead_of(tx: &Transaction<'_>, ticket: &TicketRow) -> rusqlite::Result<u32> {
    let n: i64 = tx.query_row(
        "SELECT COUNT(*) FROM tickets WHERE office = ?1 AND day = ?2 AND service_id = ?3 \
         AND called_at IS NULL AND (issued_at < ?4 OR (issued_at = ?4 AND id < ?5))",
        params![
            ticket.office,
            ticket.day,
            ticket.service_id,
            ticket.issued_at_ms,
            ticket.id
        ],
        |r| r.get(0),
    )?;
    Ok(n.clamp(0, i64::from(u32::MAX)) as u32)
}

/// The latest ticket with this number in the office.
pub fn ticket_id(
    tx: &Transaction<'_>,
    office: &str,
    number: &str,
) -> rusqlite::Result<Option<i64>> {
    tx.query_row(
        "SELECT id FROM tickets WHERE office = ?1 AND number = ?2 ORDER BY id DESC LIMIT 1",
        params![office, number],
        |r| r.get(0),
    )
    .optional()
}

/// The times recorded for a ticket, oldest first: (action, at, counter).
pub fn ticket_events(
    tx: &Transaction<'_>,
    ticket: i64,
) -> rusqlite::Result<Vec<(String, i64, Option<String>)>> {
    let mut stmt = tx.prepare_cached(
        "SELECT action, at, counter FROM ticket_events WHERE ticket_id = ?1 ORDER BY at, id",
    )?;
    stmt.query_map(params![ticket], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect()
}

// ------------------------------------------------------------- synpunkter

/// The id the next synpunkt gets (its reference is made from it).
pub fn next_synpunkt_id(tx: &Transaction<'_>) -> rusqlite::Result<i64> {
    tx.query_row("SELECT COALESCE(MAX(id), 0) + 1 FROM synpunkter", [], |r| {
        r.get(0)
    })
}

/// A synpunkt to store, its columns as stored.
pub struct NewSynpunkt<'a> {
    pub id: i64,
    pub reference: &'a str,
    pub kind: &'a str,
    pub service_area: &'a str,
    /// The topics as JSON.
    pub topics: &'a str,
    pub message: &'a str,
    pub contact_name: Option<&'a str>,
    pub contact_email: Option<&'a str>,
    pub contact_phone: Option<&'a str>,
    /// The language code.
    pub language: &'a str,
    pub kiosk_id: &'a str,
    /// RFC 3339: the kiosk's clock.
    pub submitted_at: &'a str,
    pub local_reference: &'a str,
    /// RFC 3339 ([`stored_time`]): the server's clock.
    pub received_at: &'a str,
    /// A date (`YYYY-MM-DD`).
    pub respond_by: Option<&'a str>,
    /// Seconds the kiosk's clock was ahead, when flagged.
    pub clock_skew_seconds: Option<i64>,
}

pub fn insert_synpunkt(tx: &Transaction<'_>, s: &NewSynpunkt<'_>) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO synpunkter (id, reference, kind, service_area, topics, message, contact_name, \
         contact_email, contact_phone, language, kiosk_id, submitted_at, local_reference, received_at, respond_by, \
         clock_skew_seconds) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
        params![
            s.id,
            s.reference,
            s.kind,
            s.service_area,
            s.topics,
            s.message,
            s.contact_name,
            s.contact_email,
            s.contact_phone,
            s.language,
            s.kiosk_id,
            s.submitted_at,
            s.local_reference,
            s.received_at,
            s.respond_by,
            s.clock_skew_seconds,
        ],
    )?;
    Ok(())
}

// ------------------------------------------------------------ statistics

/// One delivered hour of a kiosk's counts, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatHour {
    /// The hour's start in UTC, `YYYY-MM-DDTHH`.
    pub hour: String,
    /// The counts as JSON (name → count).
    pub counts: String,
}

/// A ticket as the report sees it: its service and its times (ms since
/// the epoch) from `ticket_events`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TicketTimes {
    pub service_id: String,
    pub issued_at_ms: i64,
    /// The first `called`.
    pub first_called_ms: Option<i64>,
    /// The last `called` (or `called_again`) before `done`: the handling
    /// starts there.
    pub served_from_ms: Option<i64>,
    /// The first `done`.
    pub done_ms: Option<i64>,
    pub no_show: bool,
}

/// A synpunkt as the promise report sees it (no text, no contact details).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SynpunktPromise {
    pub service_area: String,
    /// Set only when the visitor left a way to answer.
    pub respond_by: Option<chrono::NaiveDate>,
    pub acknowledged_at: Option<DateTime<Utc>>,
    pub answered_at: Option<DateTime<Utc>>,
}

impl Store {
    /// Stores what `kiosk_id` counted in `hour`, replacing an earlier
    /// delivery of the same hour (a repeated or late delivery changes
    /// nothing).
    pub fn put_stats(
        &self,
        kiosk_id: &str,
        hour: &str,
        office: &str,
        counts_json: &str,
        received_at: DateTime<Utc>,
    ) -> rusqlite::Result<()> {
        let conn = self.lock();
        conn.execute(
            "INSERT INTO kiosk_stats (kiosk_id, hour, office, counts, received_at) \
             VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (kiosk_id, hour) DO UPDATE SET \
             office = excluded.office, counts = excluded.counts, received_at = excluded.received_at",
            params![kiosk_id, hour, office, counts_json, stored_time(received_at)],
        )?;
        Ok(())
    }

    /// The delivered hours of `office` from `from_hour` up to (not
    /// including) `to_hour`, both `YYYY-MM-DDTHH` in UTC.
    pub fn stat_hours(
        &self,
        office: &str,
        from_hour: &str,
        to_hour: &str,
    ) -> rusqlite::Result<Vec<StatHour>> {
        let conn = self.lock();
        let mut stmt = conn.prepare_cached(
            "SELECT hour, counts FROM kiosk_stats WHERE office = ?1 AND hour >= ?2 AND hour < ?3 \
             ORDER BY hour, kiosk_id",
        )?;
        stmt.query_map(params![office, from_hour, to_hour], |r| {
            Ok(StatHour {
                hour: r.get(0)?,
                counts: r.get(1)?,
            })
        })?
        .collect()
    }

    /// The tickets of `office` issued on Stockholm days `from_day` to
    /// `to_day` (inclusive, `YYYY-MM-DD`), with their times.
    pub fn ticket_times(
        &self,
        office: &str,
        from_day: &str,
        to_day: &str,
    ) -> rusqlite::Result<Vec<TicketTimes>> {
        let conn = self.lock();
        let mut stmt = conn.prepare_cached(
            "SELECT t.service_id, t.issued_at, \
             COALESCE((SELECT MIN(e.at) FROM ticket_events e WHERE e.ticket_id = t.id \
               AND e.action = 'called'), t.called_at) AS first_called, \
             (SELECT MIN(e.at) FROM ticket_events e WHERE e.ticket_id = t.id AND e.action = 'done') AS done, \
             EXISTS (SELECT 1 FROM ticket_events e WHERE e.ticket_id = t.id AND e.action = 'no_show') \
               OR COALESCE(t.outcome, '') = 'no_show', \
             t.id, t.finished_at, t.outcome \
             FROM tickets t WHERE t.office = ?1 AND t.day >= ?2 AND t.day <= ?3 ORDER BY t.id",
        )?;
        let rows = stmt
            .query_map(params![office, from_day, to_day], |r| {
                let outcome: Option<String> = r.get(7)?;
                let finished: Option<i64> = r.get(6)?;
                // Tickets finished before the counter's events existed.
                let done = r
                    .get::<_, Option<i64>>(3)?
                    .or(finished.filter(|_| outcome.as_deref().is_none_or(|o| o == "done")));
                Ok((
                    r.get::<_, i64>(5)?,
                    TicketTimes {
                        service_id: r.get(0)?,
                        issued_at_ms: r.get(1)?,
                        first_called_ms: r.get(2)?,
                        served_from_ms: None,
                        done_ms: done,
                        no_show: r.get(4)?,
                    },
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut served = conn.prepare_cached(
            "SELECT MAX(at) FROM ticket_events WHERE ticket_id = ?1 \
             AND action IN ('called', 'called_again') AND at <= ?2",
        )?;
        let mut out = Vec::with_capacity(rows.len());
        for (id, mut times) in rows {
            if let Some(done) = times.done_ms {
                let from: Option<i64> = served.query_row(params![id, done], |r| r.get(0))?;
                times.served_from_ms = from.or(times.first_called_ms);
            }
            out.push(times);
        }
        Ok(out)
    }

    /// The synpunkter received from `from` up to `to` through kiosks of
    /// `office` (a kiosk belongs to the office it delivers statistics or
    /// issues tickets for), without text or contact details.
    pub fn synpunkt_promises(
        &self,
        office: &str,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> rusqlite::Result<Vec<SynpunktPromise>> {
        let conn = self.lock();
        let mut stmt = conn.prepare_cached(
            "SELECT service_area, respond_by, acknowledged_at, answered_at FROM synpunkter \
             WHERE received_at >= ?2 AND received_at < ?3 AND kiosk_id IN \
             (SELECT kiosk_id FROM kiosk_stats WHERE office = ?1 \
              UNION SELECT kiosk_id FROM tickets WHERE office = ?1) ORDER BY id",
        )?;
        stmt.query_map(params![office, stored_time(from), stored_time(to)], |r| {
            let respond_by: Option<String> = r.get(1)?;
            let acknowledged: Option<String> = r.get(2)?;
            let answered: Option<String> = r.get(3)?;
            Ok(SynpunktPromise {
                service_area: r.get(0)?,
                respond_by: respond_by.and_then(|d| d.parse().ok()),
                acknowledged_at: acknowledged.as_deref().and_then(parse_time),
                answered_at: answered.as_deref().and_then(parse_time),
            })
        })?
        .collect()
    }
}

/// Records what the contact centre reported about synpunkt `reference`:
/// the earliest time of each status is kept. `false` when there is no
/// such synpunkt.
pub fn set_synpunkt_status(
    tx: &Transaction<'_>,
    reference: &str,
    answered: bool,
    at: DateTime<Utc>,
) -> rusqlite::Result<bool> {
    let sql = if answered {
        "UPDATE synpunkter SET answered_at = CASE WHEN answered_at IS NULL OR ?2 < answered_at \
         THEN ?2 ELSE answered_at END WHERE reference = ?1"
    } else {
        "UPDATE synpunkter SET acknowledged_at = CASE WHEN acknowledged_at IS NULL \
         OR ?2 < acknowledged_at THEN ?2 ELSE acknowledged_at END WHERE reference = ?1"
    };
    let changed = tx.execute(sql, params![reference, stored_time(at)])?;
    Ok(changed > 0)
}

//! SQLite storage of the reference server. One connection behind a mutex;
//! every request's work runs in one transaction on a blocking thread, so
//! ticket numbering and idempotency checks are atomic.

use std::path::Path;
use std::sync::{Mutex, MutexGuard};

use rusqlite::{Connection, OptionalExtension, Transaction, params};

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
    respond_by TEXT
);
CREATE TABLE IF NOT EXISTS kiosk_status (
    kiosk_id TEXT PRIMARY KEY,
    received_at TEXT NOT NULL,
    status TEXT NOT NULL
);
"#;

/// Row counts, for tests and the operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct StoreCounts {
    pub tickets: u64,
    pub synpunkter: u64,
    pub idempotency_keys: u64,
    pub kiosks: u64,
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
        // 1 MiB of page cache instead of SQLite's 2 MiB: run inside the
        // kiosk (no [api] configured), this is the kiosk's memory
        // (docs/PERFORMANCE.md, endurance).
        conn.pragma_update(None, "cache_size", -1024)?;
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.execute_batch(SCHEMA)?;
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
}

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

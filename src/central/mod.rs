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
//!
//! Inside: `server` (serving within time-outs and a connection cap, the
//! in-process server), `auth` (device tokens, roles, rate limits),
//! `routes` (one module per group of routes), `http` (admission,
//! problem+json, bodies, JSON, idempotency), `validate` (field checks),
//! `wait` (the wait estimate), `report` (the statistics report: pure
//! aggregation), `report_html` (the report as one HTML file) and `store`
//! (SQLite: every SQL statement of the server).

// Handlers return early with a ready `Response` as the error value; its size
// does not matter on this path.
#![allow(clippy::result_large_err)]

mod auth;
pub mod cli;
pub mod config;
mod http;
mod pages;
pub mod report;
pub mod report_html;
mod routes;
mod server;
mod store;
mod validate;
mod wait;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, Utc};

pub use auth::may_use;
use auth::{RateLimiter, Tokens};
pub use config::{CentralConfig, ConfigError, Limits, Role, TokenConfig, TokenError};
pub use routes::router;
pub use server::{LocalCentral, generate_token, serve, spawn, spawn_in_process};
use store::Store;
pub use store::{Purged, StoreCounts, SynpunktTimes};

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
    (
        RouteId::KioskStats,
        "PUT",
        "/v1/kiosks/{kiosk_id}/stats/{hour}",
    ),
    (
        RouteId::SynpunktStatus,
        "POST",
        "/v1/synpunkter/{reference}/status",
    ),
    (RouteId::Reports, "GET", "/v1/reports"),
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
    KioskStats,
    SynpunktStatus,
    Reports,
}

/// The server's notion of "now": the process's one clock (tests hand the
/// kiosk and the server the same manual clock).
pub use crate::clock::Clock;

#[derive(Debug, thiserror::Error)]
pub enum CentralError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error(
        "no device tokens: add [[tokens]] to the central config (make each with `medborgarkiosk central token new --role kiosk --id KIOSK_ID`)"
    )]
    NoTokens,
    #[error(transparent)]
    Token(#[from] TokenError),
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

struct Inner {
    config: CentralConfig,
    store: Store,
    tokens: Tokens,
    rates: RateLimiter,
    clock: Clock,
    /// Staff signed in on the counter page.
    sessions: pages::Sessions,
}

/// A configured reference server (config with its device tokens,
/// database, clock); cheap to clone.
#[derive(Clone)]
pub struct Central {
    inner: Arc<Inner>,
}

impl Central {
    /// Opens (or creates) the database at `db_path`; the devices let in
    /// are the config's `[[tokens]]` (at least one); every time it stamps
    /// or compares comes from `clock`.
    pub fn open(
        config: CentralConfig,
        db_path: &Path,
        clock: Clock,
    ) -> Result<Central, CentralError> {
        let tokens = Tokens::new(&config.tokens);
        if tokens.is_empty() {
            return Err(CentralError::NoTokens);
        }
        let store = Store::open(db_path).map_err(|source| CentralError::Database {
            path: db_path.to_owned(),
            source,
        })?;
        Ok(Central {
            inner: Arc::new(Inner {
                rates: RateLimiter::new(config.limits.clone()),
                config,
                store,
                tokens,
                clock,
                sessions: pages::Sessions::default(),
            }),
        })
    }

    /// Erases what the retention periods say has been kept long enough:
    /// the message and contact details of synpunkter received more than
    /// `synpunkt_personal_days` ago (the reference, dates and kind stay),
    /// and idempotency records older than `idempotency_days`. Runs when
    /// the server starts and every hour while it serves.
    pub fn purge_expired(&self) -> Result<Purged, CentralError> {
        let now = self.now();
        let retention = &self.inner.config.retention;
        let days = |n: u32| chrono::Duration::days(i64::from(n));
        let purged = self.inner.store.purge(
            now - days(retention.synpunkt_personal_days),
            now - days(retention.idempotency_days),
            now,
        )?;
        if purged != Purged::default() {
            tracing::info!(
                synpunkter_erased = purged.synpunkter_erased,
                idempotency_deleted = purged.idempotency_deleted,
                "retention: expired personal data and idempotency records removed"
            );
        }
        Ok(purged)
    }

    pub fn config(&self) -> &CentralConfig {
        &self.inner.config
    }

    fn now(&self) -> DateTime<Utc> {
        self.inner.clock.now()
    }

    fn store(&self) -> &Store {
        &self.inner.store
    }

    fn tokens(&self) -> &Tokens {
        &self.inner.tokens
    }

    fn rates(&self) -> &RateLimiter {
        &self.inner.rates
    }

    fn sessions(&self) -> &pages::Sessions {
        &self.inner.sessions
    }

    /// Row counts of the database.
    pub fn counts(&self) -> Result<StoreCounts, CentralError> {
        Ok(self.inner.store.counts()?)
    }

    /// The latest heartbeat of every kiosk (what `GET /v1/kiosks` lists to
    /// an admin token), for tests and the operator.
    pub fn kiosk_statuses(&self) -> Result<Vec<crate::contract::KioskStatusRecord>, CentralError> {
        Ok(self.inner.store.kiosk_statuses()?)
    }

    /// What happened to the latest ticket `number` of `office`, with the
    /// times (ms since the epoch) and counters: `called`, `called_again`,
    /// `transferred`, `done`, `no_show` — the waiting time runs from its
    /// issue to the first `called`, the handling time from there to
    /// `done`.
    pub fn ticket_history(
        &self,
        office: &str,
        number: &str,
    ) -> Result<Vec<(String, i64, Option<String>)>, CentralError> {
        let mut conn = self.inner.store.lock();
        let tx = conn.transaction()?;
        let Some(id) = store::ticket_id(&tx, office, number)? else {
            return Ok(Vec::new());
        };
        Ok(store::ticket_events(&tx, id)?)
    }

    /// The statistics report of `office` for the Stockholm days `from` to
    /// `to` (inclusive), as `GET /v1/reports` answers it.
    pub fn report(
        &self,
        office: &str,
        from: chrono::NaiveDate,
        to: chrono::NaiveDate,
    ) -> Result<crate::contract::stats::Report, report::ReportError> {
        report::load(self.store(), self.config(), office, from, to, self.now())
    }

    /// The kiosk-side references of every stored synpunkt, in arrival order.
    pub fn synpunkt_local_references(&self) -> Result<Vec<String>, CentralError> {
        Ok(self.inner.store.synpunkt_local_references()?)
    }

    /// How a synpunkt's times were recorded: the kiosk's `submitted_at`,
    /// the server's `received_at`, the answer-by date and the flagged skew
    /// in seconds (kiosk ahead).
    pub fn synpunkt_times(&self, reference: &str) -> Result<Option<SynpunktTimes>, CentralError> {
        Ok(self.inner.store.synpunkt_times(reference)?)
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

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
//! Inside: `server` (serving, the in-process server, tokens), `routes` (one
//! module per group of routes), `http` (auth, problem+json, bodies, JSON,
//! idempotency), `validate` (field checks), `wait` (the wait estimate) and
//! `store` (SQLite: every SQL statement of the server).

// Handlers return early with a ready `Response` as the error value; its size
// does not matter on this path.
#![allow(clippy::result_large_err)]

pub mod cli;
pub mod config;
mod http;
mod routes;
mod server;
mod store;
mod validate;
mod wait;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};

pub use config::{CentralConfig, ConfigError};
pub use routes::router;
pub use server::{LocalCentral, generate_token, resolve_token, serve, spawn, spawn_in_process};
use store::Store;
pub use store::StoreCounts;

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

    fn store(&self) -> &Store {
        &self.inner.store
    }

    /// SHA-256 of the accepted token (compared in constant time).
    fn token_hash(&self) -> &[u8; 32] {
        &self.inner.token_hash
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

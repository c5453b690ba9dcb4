//! The kiosk's link to the central API: the client, the durable outbox with
//! its delivery task (to the central API, or to an Open311 endpoint when
//! `[open311]` is configured), the heartbeat (`staff::health`), and — when
//! no `api.base_url` is configured — the
//! reference server started in this process on loopback, so a fresh
//! `cargo run` works end to end.
//!
//! Plain Rust: the UI gets an `Arc<Backend>` and turns its async calls into
//! tasks. The news, events and crisis feeds are not here: they run on their
//! own (`feeds::FeedsLink`), so crisis information shows even when the
//! backend cannot start.

use std::path::PathBuf;

use tokio::runtime::Runtime;

use crate::api::client::{ApiClient, ClientError};
use crate::central::{CentralConfig, CentralError, LocalCentral};
use crate::clock::Clock;
use crate::config::Config;
use crate::open311::{Open311Client, Open311Error};
use crate::outbox::{DeliveryHandle, Destination, Outbox, OutboxError};
use crate::staff::health::{self, Health};

#[derive(Debug, thiserror::Error)]
pub enum BackendError {
    #[error("cannot start the background runtime: {0}")]
    Runtime(#[source] std::io::Error),
    #[error("cannot create the data directory {path}: {source}")]
    DataDir {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("cannot start the built-in central API: {0}")]
    Central(#[from] CentralError),
    #[error("central API client: {0}")]
    Client(#[from] ClientError),
    #[error("outbox: {0}")]
    Outbox(#[from] OutboxError),
    #[error("Open311: {0}")]
    Open311(#[from] Open311Error),
}

pub struct Backend {
    pub client: ApiClient,
    pub outbox: Outbox,
    pub office: String,
    pub kiosk_id: String,
    /// Whether the API is the built-in one (a demo or a small office).
    pub built_in: bool,
    /// The kiosk's health, sent by the heartbeat and shown to staff.
    pub health: Health,
    delivery: Option<DeliveryHandle>,
    heartbeat: Option<tokio::task::JoinHandle<()>>,
    /// Delivers the hourly statistics ([`Backend::deliver_stats`]).
    stats_delivery: std::sync::Mutex<Option<tokio::task::JoinHandle<()>>>,
    central: Option<LocalCentral>,
    /// Runs the built-in server and the outbox delivery.
    runtime: Option<Runtime>,
}

impl Backend {
    /// Opens the outbox, starts the built-in server if needed, and starts
    /// delivering what waits in the outbox.
    ///
    /// Everything it starts — the outbox, the heartbeat and the built-in
    /// server — keeps time by `clock`, the kiosk's own.
    pub fn start(config: &Config, clock: Clock) -> Result<Backend, BackendError> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .thread_name("kiosk-backend")
            .enable_all()
            .build()
            .map_err(BackendError::Runtime)?;
        std::fs::create_dir_all(&config.data_dir).map_err(|source| BackendError::DataDir {
            path: config.data_dir.clone(),
            source,
        })?;

        let (base_url, token, central) = match &config.api.base_url {
            Some(url) => (url.clone(), config.api.resolve_token()?, None),
            None => {
                let mut central_config = CentralConfig::demo();
                if config.demo_open_all_hours {
                    central_config = central_config.open_all_hours();
                }
                let central = runtime.block_on(crate::central::spawn_in_process(
                    &config.data_dir,
                    &config.kiosk_id,
                    central_config,
                    clock.clone(),
                ))?;
                tracing::info!(
                    url = %central.base_url,
                    open_all_hours = config.demo_open_all_hours,
                    "built-in central API started on loopback"
                );
                (
                    central.base_url.clone(),
                    central.token.clone(),
                    Some(central),
                )
            }
        };
        let client = ApiClient::new(&base_url, &token, &config.api)?;
        let outbox = Outbox::open(
            &config.data_dir.join("outbox.sqlite3"),
            config.outbox.clone(),
            clock.clone(),
        )?;
        // Synpunkter go to the Open311 endpoint when one is configured.
        let destination = match &config.open311 {
            Some(open311) => {
                let client = Open311Client::from_config(open311)?;
                tracing::info!(endpoint = client.endpoint(), "synpunkter go to Open311");
                Destination::Open311(client)
            }
            None => Destination::Api(client.clone()),
        };
        let health = Health::new(clock.clone());
        health.set_demo(config.demo);
        let (delivery, heartbeat) = {
            let _guard = runtime.enter();
            (
                outbox.spawn_delivery_to(destination),
                health::spawn_heartbeat(
                    client.clone(),
                    config.kiosk_id.clone(),
                    outbox.clone(),
                    health.clone(),
                    health::HEARTBEAT_INTERVAL,
                ),
            )
        };
        Ok(Backend {
            client,
            outbox,
            office: config.office.id.clone(),
            kiosk_id: config.kiosk_id.clone(),
            built_in: central.is_some(),
            health,
            delivery: Some(delivery),
            heartbeat: Some(heartbeat),
            stats_delivery: std::sync::Mutex::new(None),
            central,
            runtime: Some(runtime),
        })
    }

    /// The built-in central API on loopback, when no `[api] base_url` is
    /// configured.
    pub fn local_central(&self) -> Option<&LocalCentral> {
        self.central.as_ref()
    }

    /// The clock the backend keeps time by (the kiosk's).
    pub fn clock(&self) -> &Clock {
        self.health.clock()
    }

    /// The runtime that runs delivery and the built-in server.
    pub fn handle(&self) -> Option<tokio::runtime::Handle> {
        self.runtime.as_ref().map(|rt| rt.handle().clone())
    }
}

/// How often the hourly statistics are sent (and retried).
pub const STATS_INTERVAL: std::time::Duration = std::time::Duration::from_secs(300);

impl Backend {
    /// Delivers `stats` to the central API in the background: every five
    /// minutes, each hour whose counts the API does not have yet. The first
    /// delivery comes five minutes after start too, not at once: start-up
    /// does no network work for statistics, and hours left from before a
    /// restart wait on disk until then. The API keeps the latest per kiosk
    /// and hour, so a repeat changes nothing; an hour it refuses as invalid
    /// is kept and not sent again; anything else is tried again next time.
    /// After each round, delivered hours are let go of ([`Stats::prune`]).
    ///
    /// [`Stats::prune`]: crate::stats::Stats::prune
    pub fn deliver_stats(&self, stats: crate::stats::Stats) {
        let Some(runtime) = &self.runtime else {
            return;
        };
        let (client, office, kiosk_id, clock) = (
            self.client.clone(),
            self.office.clone(),
            self.kiosk_id.clone(),
            self.clock().clone(),
        );
        let handle = runtime.spawn(async move {
            loop {
                tokio::time::sleep(STATS_INTERVAL).await;
                deliver_stats_now(&client, &stats, &office, &kiosk_id).await;
                stats.prune(clock.now());
            }
        });
        let mut slot = self
            .stats_delivery
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        if let Some(old) = slot.replace(handle) {
            old.abort();
        }
    }
}

/// Sends every pending hour once; returns how many the API took.
pub async fn deliver_stats_now(
    client: &ApiClient,
    stats: &crate::stats::Stats,
    office: &str,
    kiosk_id: &str,
) -> usize {
    let mut delivered = 0;
    for (hour, counts) in stats.pending() {
        let body = crate::contract::stats::HourCounts {
            office: office.to_owned(),
            counts: counts.clone(),
        };
        match client.put_stats(kiosk_id, hour, &body).await {
            Ok(()) => {
                stats.delivered(hour, counts);
                delivered += 1;
            }
            // 422: these counts are invalid (an old server's 404 is not a
            // refusal: the hour waits for a server that takes it).
            Err(e)
                if e.class() == crate::contract::ErrorClass::Rejected
                    && matches!(&e, crate::api::client::ClientError::Status { status, .. } if status.as_u16() == 422) =>
            {
                tracing::warn!(hour = %hour, "statistics refused by the central API; kept, not sent again");
                stats.refused(hour);
            }
            Err(e) => {
                tracing::info!(class = ?e.class(), "statistics not delivered; tried again later");
                break;
            }
        }
    }
    delivered
}

impl Drop for Backend {
    /// Stops delivery and the built-in server without blocking, so the
    /// backend may be dropped anywhere (also inside an async context).
    /// Nothing is lost: undelivered submissions stay in the outbox file.
    fn drop(&mut self) {
        if let Some(delivery) = self.delivery.take() {
            delivery.abort();
        }
        if let Some(heartbeat) = self.heartbeat.take() {
            heartbeat.abort();
        }
        let stats = self
            .stats_delivery
            .get_mut()
            .unwrap_or_else(|e| e.into_inner())
            .take();
        if let Some(stats) = stats {
            stats.abort();
        }
        // Dropping LocalCentral tells its server to stop.
        drop(self.central.take());
        if let Some(runtime) = self.runtime.take() {
            runtime.shutdown_background();
        }
    }
}

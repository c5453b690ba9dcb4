//! The feeds service on its own small runtime, independent of the central
//! API: crisis information must reach the screen even when the backend
//! (API client, outbox, built-in server) could not start — a bad `[api]`
//! setting must never silence a VMA.

use std::path::Path;

use tokio::runtime::Runtime;

use super::{Feeds, FeedsConfig, FeedsSnapshot};
use crate::clock::Clock;
use crate::config::Config;

/// The running feeds service and the channel its snapshots arrive on. Drop
/// it to stop fetching.
pub struct FeedsLink {
    pub feeds: Feeds,
    /// The cached snapshot at once, then every refreshed one.
    pub updates: tokio::sync::watch::Receiver<FeedsSnapshot>,
    /// One worker thread of its own: fetching and parsing never wait for,
    /// nor depend on, the backend's runtime.
    runtime: Option<Runtime>,
}

impl FeedsLink {
    /// Loads every source's disk cache (no network access here) and starts
    /// refreshing them on a runtime of its own.
    pub fn start(config: FeedsConfig, data_dir: &Path, clock: Clock) -> std::io::Result<FeedsLink> {
        FeedsLink::run(Feeds::new(config, data_dir, clock))
    }

    /// Starts refreshing `feeds` (tests give short fetch limits).
    pub fn run(feeds: Feeds) -> std::io::Result<FeedsLink> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .max_blocking_threads(2)
            .thread_name("kiosk-feeds")
            .enable_all()
            .build()?;
        let updates = {
            let _guard = runtime.enter();
            feeds.spawn()
        };
        tracing::info!(sources = feeds.snapshot().sources.len(), "feeds started");
        Ok(FeedsLink {
            feeds,
            updates,
            runtime: Some(runtime),
        })
    }

    /// The feeds of the kiosk's config: `None` without a `[feeds]` table, or
    /// (logged) when no thread could be started.
    pub fn for_config(config: &Config, clock: Clock) -> Option<FeedsLink> {
        let feeds = config.feeds.as_ref()?;
        match FeedsLink::start(feeds.clone(), &config.data_dir, clock) {
            Ok(link) => Some(link),
            Err(e) => {
                tracing::error!(error = %e, "cannot start the feeds service; no news or crisis information");
                None
            }
        }
    }
}

impl Drop for FeedsLink {
    /// Stops fetching without blocking (also inside an async context).
    fn drop(&mut self) {
        if let Some(runtime) = self.runtime.take() {
            runtime.shutdown_background();
        }
    }
}

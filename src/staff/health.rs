//! The kiosk's health: what the UI knows (content version, feeds, speech)
//! and what the background knows (the central API's last answer, the
//! outbox, the clock's NTP state and its skew against the API's `Date`
//! header, demo mode), shared in one place; and the heartbeat task that
//! sends it as `PUT /v1/kiosks/{kiosk_id}/status` every minute.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use crate::clock::Clock;

use chrono::{DateTime, Utc};
use tokio::task::JoinHandle;

use crate::api::client::ApiClient;
use crate::contract::{ClockStatus, ErrorClass, FeedHealth, KioskStatus};
use crate::feeds::SourceStatus;
use crate::outbox::{Outbox, OutboxState};

/// How often the heartbeat is sent.
pub const HEARTBEAT_INTERVAL: Duration = Duration::from_secs(60);

/// The central API as the kiosk last saw it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ApiHealth {
    pub last_success: Option<DateTime<Utc>>,
    pub last_error: Option<ErrorClass>,
    pub last_error_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Default)]
struct Inputs {
    api: ApiHealth,
    content_version: Option<String>,
    /// The content's last reload failed (old content still shown).
    content_broken: bool,
    /// `None`: no feeds wired in yet.
    feeds: Option<Vec<SourceStatus>>,
    speech_missing: bool,
    /// The API's clock minus ours at the last heartbeat answer (seconds).
    skew_seconds: Option<i64>,
    /// The built-in demo API (`demo = true`).
    demo: bool,
}

/// Shared, cheap to clone.
#[derive(Debug, Clone)]
pub struct Health {
    /// The process's clock: uptime and the heartbeat's times.
    clock: Clock,
    started: Instant,
    inner: Arc<Mutex<Inputs>>,
    /// Wakes the heartbeat when the content or the feeds change.
    changed: Arc<tokio::sync::Notify>,
}

impl Health {
    pub fn new(clock: Clock) -> Health {
        Health {
            started: clock.instant(),
            clock,
            inner: Arc::default(),
            changed: Arc::default(),
        }
    }

    /// The clock the health is kept by.
    pub fn clock(&self) -> &Clock {
        &self.clock
    }

    fn lock(&self) -> MutexGuard<'_, Inputs> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub fn api(&self) -> ApiHealth {
        self.lock().api
    }

    /// The central API answered.
    pub fn api_ok(&self, at: DateTime<Utc>) {
        self.lock().api.last_success = Some(at);
    }

    /// A call to the central API failed.
    pub fn api_failed(&self, class: ErrorClass, at: DateTime<Utc>) {
        let mut inputs = self.lock();
        inputs.api.last_error = Some(class);
        inputs.api.last_error_at = Some(at);
    }

    pub fn set_content(&self, version: String, broken: bool) {
        let mut inputs = self.lock();
        let version = Some(version);
        if inputs.content_version != version || inputs.content_broken != broken {
            inputs.content_version = version;
            inputs.content_broken = broken;
            self.changed.notify_one();
        }
    }

    /// The feeds' states (from `feeds::Feeds::statuses`), for the
    /// heartbeat and the staff panel.
    pub fn set_feeds(&self, feeds: Option<Vec<SourceStatus>>) {
        self.lock().feeds = feeds;
        self.changed.notify_one();
    }

    pub fn feeds(&self) -> Option<Vec<SourceStatus>> {
        self.lock().feeds.clone()
    }

    pub fn set_speech_missing(&self, missing: bool) {
        self.lock().speech_missing = missing;
    }

    /// The kiosk runs with the built-in demo API (`demo = true`).
    pub fn set_demo(&self, demo: bool) {
        self.lock().demo = demo;
    }

    pub fn is_demo(&self) -> bool {
        self.lock().demo
    }

    /// The kiosk's clock: the kernel's NTP state (unknown on a test's
    /// pinned clock) and the skew measured at the last heartbeat.
    pub fn clock_status(&self) -> ClockStatus {
        ClockStatus {
            ntp_synchronized: self.clock.ntp_synchronized(),
            skew_seconds: self.lock().skew_seconds,
        }
    }

    /// Records the server's clock against ours. The server read its clock
    /// at some moment between `sent` and `received`; what it read was in
    /// `[server_date, server_date + grain)`: an HTTP `Date` has whole
    /// seconds (grain 1 s), the record's own stamp is exact (grain 0). So
    /// the skew lies in an interval, and the one recorded is the point of
    /// it nearest zero, in whole seconds: a clock in step reads 0, not -1
    /// or 0 by the fraction of the second the request happened in.
    pub fn measured_skew(
        &self,
        server_date: DateTime<Utc>,
        grain: chrono::Duration,
        sent: DateTime<Utc>,
        received: DateTime<Utc>,
    ) {
        let least = server_date - received;
        let most = server_date + grain - sent;
        let nearest = if least > chrono::Duration::zero() {
            least
        } else if most < chrono::Duration::zero() {
            most
        } else {
            chrono::Duration::zero()
        };
        let skew = nearest.num_milliseconds() as f64 / 1000.0;
        self.lock().skew_seconds = Some(skew.round() as i64);
    }

    pub fn uptime(&self) -> Duration {
        self.clock.instant().saturating_duration_since(self.started)
    }

    /// The heartbeat body.
    pub fn kiosk_status(
        &self,
        version: &str,
        outbox: &OutboxState,
        now: DateTime<Utc>,
    ) -> KioskStatus {
        let mut status = outbox.to_kiosk_status(version, now);
        status.clock = Some(self.clock_status());
        let inputs = self.lock();
        status.demo = inputs.demo;
        status.uptime_seconds = Some(self.uptime().as_secs());
        status.content_version = inputs.content_version.clone();
        let mut errors = BTreeMap::new();
        // A failure newer than the last success is the API's current state.
        if let Some(class) = inputs.api.last_error
            && inputs.api.last_error_at >= inputs.api.last_success
        {
            errors.insert("api".to_owned(), class_name(&class));
        }
        if let Some(class) = outbox.last_error {
            errors.insert("outbox".to_owned(), class_name(&class));
        }
        if inputs.content_broken {
            errors.insert("content".to_owned(), "invalid".to_owned());
        }
        if inputs.speech_missing {
            errors.insert("speech".to_owned(), "no_engine".to_owned());
        }
        if let Some(feeds) = &inputs.feeds {
            status.feeds = feeds
                .iter()
                .map(|feed| FeedHealth {
                    source: feed.url.chars().take(512).collect(),
                    age_seconds: feed
                        .last_success
                        .map(|at| (now - at).num_seconds().max(0) as u64),
                    last_error_class: feed.last_error.as_ref().map(class_name),
                })
                .collect();
            if let Some(class) = feeds.iter().find_map(|f| f.last_error.as_ref()) {
                errors.insert("feeds".to_owned(), class_name(class));
            }
        }
        status.error_classes = errors;
        status
    }
}

/// A class's stable snake_case name (its serde name).
fn class_name<T: serde::Serialize>(class: &T) -> String {
    match serde_json::to_value(class) {
        Ok(serde_json::Value::String(s)) => s,
        _ => "unknown".to_owned(),
    }
}

/// Sends the heartbeat every `interval`, and soon after the outbox state,
/// the content or the feeds change (at most once a second). The outcome feeds the API health the
/// staff panel shows; failures are logged by class only.
pub fn spawn_heartbeat(
    client: ApiClient,
    kiosk_id: String,
    outbox: Outbox,
    health: Health,
    interval: Duration,
) -> JoinHandle<()> {
    let version = env!("CARGO_PKG_VERSION").to_owned();
    let mut rx = outbox.subscribe();
    tokio::spawn(async move {
        loop {
            let state = rx.borrow_and_update().clone();
            let sent = health.clock.now();
            let status = health.kiosk_status(&version, &state, sent);
            let mut skew_news = false;
            match client.put_status_dated(&kiosk_id, &status).await {
                Ok(answer) => {
                    let received = health.clock.now();
                    // The API's `Date`, else its own stamp of the record.
                    let (server, grain) = match answer.server_date {
                        Some(date) => (date, chrono::Duration::seconds(1)),
                        None => (answer.value.received_at, chrono::Duration::zero()),
                    };
                    health.measured_skew(server, grain, sent, received);
                    health.api_ok(received);
                    // The skew this beat measured is news to the server
                    // (the first one, or a clock that jumped): say it in the
                    // next beat at once rather than a minute later.
                    let reported = status.clock.and_then(|c| c.skew_seconds);
                    let measured = health.clock_status().skew_seconds;
                    skew_news = match (reported, measured) {
                        (None, Some(_)) => true,
                        (Some(a), Some(b)) => (a - b).abs() > 2,
                        _ => false,
                    };
                }
                Err(e) => {
                    tracing::warn!(class = ?e.class(), "heartbeat not delivered");
                    health.api_failed(e.class(), health.clock.now());
                }
            }
            tokio::time::sleep(Duration::from_secs(1).min(interval)).await;
            if skew_news {
                continue;
            }
            tokio::select! {
                _ = tokio::time::sleep(interval) => {}
                _ = health.changed.notified() => {}
                changed = rx.changed() => {
                    if changed.is_err() {
                        break;
                    }
                }
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_names_error_classes_per_part() {
        let t0: DateTime<Utc> = "2026-11-23T11:00:00Z".parse().unwrap();
        let clock = Clock::manual(t0);
        let health = Health::new(clock.clone());
        clock.advance(Duration::from_secs(90));
        assert_eq!(health.uptime(), Duration::from_secs(90));
        health.api_ok(t0);
        health.api_failed(ErrorClass::Timeout, t0 + chrono::Duration::seconds(5));
        health.set_content("2026.11 (abcd)".into(), true);
        let outbox = OutboxState {
            pending: 2,
            oldest_pending_at: Some(t0),
            last_error: Some(ErrorClass::Network),
            ..OutboxState::default()
        };
        let status = health.kiosk_status("0.1.0", &outbox, t0 + chrono::Duration::seconds(60));
        assert_eq!(status.outbox_depth, 2);
        assert_eq!(status.oldest_pending_age_seconds, Some(60));
        assert_eq!(status.content_version.as_deref(), Some("2026.11 (abcd)"));
        assert_eq!(status.error_classes["api"], "timeout");
        assert_eq!(status.error_classes["outbox"], "network");
        assert_eq!(status.error_classes["content"], "invalid");
        assert!(status.feeds.is_empty());
        // A later success clears the API's error class.
        health.api_ok(t0 + chrono::Duration::seconds(10));
        let status = health.kiosk_status("0.1.0", &OutboxState::default(), t0);
        assert!(!status.error_classes.contains_key("api"));
    }

    #[test]
    fn the_heartbeat_carries_clock_state_refusals_and_demo_mode() {
        let t0: DateTime<Utc> = "2026-11-23T11:00:00Z".parse().unwrap();
        let health = Health::new(Clock::manual(t0));
        let status = health.kiosk_status("0.1.0", &OutboxState::default(), t0);
        // A pinned clock knows nothing of NTP; nothing measured yet.
        assert_eq!(status.clock, Some(ClockStatus::default()));
        assert!(!status.demo);
        assert_eq!(status.refused_count, 0);
        // The server's clock is at least 90 s behind ours.
        health.measured_skew(
            t0 - chrono::Duration::seconds(91),
            chrono::Duration::seconds(1),
            t0,
            t0 + chrono::Duration::seconds(2),
        );
        health.set_demo(true);
        let outbox = OutboxState {
            rejected: 2,
            oldest_refused_at: Some(t0 - chrono::Duration::days(3)),
            ..OutboxState::default()
        };
        let status = health.kiosk_status("0.1.0", &outbox, t0);
        assert_eq!(status.clock.unwrap().skew_seconds, Some(-90));
        assert!(status.demo);
        assert_eq!(status.refused_count, 2);
        assert_eq!(status.oldest_refused_age_seconds, Some(3 * 24 * 3600));
        // And it reads back as the contract says.
        let json = serde_json::to_value(&status).unwrap();
        assert_eq!(json["refused_count"], 2);
        assert_eq!(json["clock"]["skew_seconds"], -90);
        assert_eq!(json["demo"], true);
    }

    #[test]
    fn a_clock_in_step_reads_no_skew_whatever_the_fraction_of_the_second() {
        let t0: DateTime<Utc> = "2026-11-23T11:00:00Z".parse().unwrap();
        let health = Health::new(Clock::manual(t0));
        let ms = chrono::Duration::milliseconds;
        let second = chrono::Duration::seconds(1);
        // The server's Date truncates its 11:00:00.700 to 11:00:00: in
        // step, at any fraction (it read -1 or 0 before, by rounding).
        for fraction in [0, 300, 499, 500, 700, 999] {
            let at = t0 + ms(fraction);
            health.measured_skew(t0, second, at, at + ms(40));
            assert_eq!(health.clock_status().skew_seconds, Some(0), "{fraction}");
        }
        // Ahead: at least 5.26 s, read as 5.
        health.measured_skew(t0 + ms(6_000), second, t0 + ms(700), t0 + ms(740));
        assert_eq!(health.clock_status().skew_seconds, Some(5));
        // Behind: at least 4.7 s, read as -5.
        health.measured_skew(t0 - ms(5_000), second, t0 + ms(700), t0 + ms(740));
        assert_eq!(health.clock_status().skew_seconds, Some(-5));
        // The record's own stamp is exact: 3 s ahead of the request's end.
        health.measured_skew(t0 + ms(3_300), chrono::Duration::zero(), t0, t0 + ms(200));
        assert_eq!(health.clock_status().skew_seconds, Some(3));
    }
}

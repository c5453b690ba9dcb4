//! A snapshot of everything the staff panel shows, as plain data. The UI
//! builds it from the backend, the content store, the speaker and the
//! staff state; the feeds slot is filled where feeds are wired in
//! (`None` shows "no feeds configured").

use chrono::{DateTime, Utc};

use super::counts::Tally;
use super::health::ApiHealth;
use crate::contract::ClockStatus;
use crate::feeds::SourceStatus;
use crate::outbox::OutboxState;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct StaffStatus {
    /// `None`: the kiosk has no central API (queue and synpunkt are off).
    pub api: Option<ApiHealth>,
    /// The built-in demo API (`demo = true`): nothing reaches the
    /// municipality, no answer date is promised.
    pub demo: bool,
    /// The kiosk's clock (NTP state, skew against the API); `None`
    /// without a backend.
    pub clock: Option<ClockStatus>,
    pub outbox: Option<OutboxState>,
    pub content_version: String,
    /// Problems of the last content load, in English with file and line.
    pub content_problems: Vec<String>,
    /// The last reload failed; older content is being shown.
    pub content_stale: bool,
    pub feeds: Option<Vec<SourceStatus>>,
    /// The speech engine's name, or `None` when none is installed.
    pub speech_engine: Option<String>,
    /// A separate headphone output is configured (`[speech] headphone_player`).
    pub headphone_output: bool,
    pub headphones: bool,
    pub paused: bool,
    pub assist: bool,
    pub counts: Tally,
    pub now: DateTime<Utc>,
}

impl StaffStatus {
    /// Whole minutes from `at` to now (never negative).
    pub fn minutes_since(&self, at: DateTime<Utc>) -> i64 {
        (self.now - at).num_minutes().max(0)
    }
}

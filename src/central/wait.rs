//! The wait-time estimate: how long a service typically takes (learnt
//! from the last services), how many counters serve it, and the formula.

use chrono::{DateTime, Duration, Utc};
use rusqlite::Transaction;

use super::store;

/// A typical service is the mean of this many last measured services.
const WINDOW: i64 = 20;
/// Until this many are measured, the configured default weighs in.
const TRUST: usize = 5;

/// Typical service minutes of a service: the mean of its last 20 measured
/// service times (each clamped to 0.5-90 minutes), pulled towards the
/// configured default while fewer than 5 are measured.
pub(super) fn service_minutes(
    tx: &Transaction<'_>,
    default_minutes: u32,
    office: &str,
    service: &str,
) -> rusqlite::Result<f64> {
    let durations = store::recent_service_times(tx, office, service, WINDOW)?;
    Ok(typical_minutes(&durations, default_minutes))
}

fn typical_minutes(durations_ms: &[i64], default_minutes: u32) -> f64 {
    let durations: Vec<f64> = durations_ms
        .iter()
        .map(|&ms| (ms as f64 / 60_000.0).clamp(0.5, 90.0))
        .collect();
    let default = f64::from(default_minutes.max(1));
    let n = durations.len();
    let sum: f64 = durations.iter().sum();
    if n >= TRUST {
        sum / n as f64
    } else {
        (sum + default * (TRUST - n) as f64) / TRUST as f64
    }
}

/// Counters that called this service in the last hour (at least 1).
pub(super) fn active_counters(
    tx: &Transaction<'_>,
    office: &str,
    service: &str,
    now: DateTime<Utc>,
) -> rusqlite::Result<u32> {
    let since = (now - Duration::hours(1)).timestamp_millis();
    let n = store::counters_calling_since(tx, office, service, since)?;
    Ok(n.clamp(1, 100) as u32)
}

/// Minutes until a visitor at `position` (1 = next) is called: half a
/// service for the visitor now at the desk, one service per visitor ahead,
/// shared among the active counters.
pub(super) fn wait_minutes(position: u32, minutes: f64, counters: u32) -> u32 {
    let services = f64::from(position.max(1)) - 0.5;
    (services * minutes / f64::from(counters.max(1))).ceil() as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wait_estimate_formula() {
        assert_eq!(wait_minutes(1, 8.0, 1), 4);
        assert_eq!(wait_minutes(3, 8.0, 2), 10);
        assert_eq!(wait_minutes(0, 8.0, 0), 4);
    }

    #[test]
    fn typical_minutes_trust_measurements_from_the_fifth_on() {
        assert_eq!(typical_minutes(&[], 8), 8.0);
        // One 3-minute service and four times the default of 8.
        assert_eq!(typical_minutes(&[180_000], 8), 7.0);
        assert_eq!(typical_minutes(&[120_000; 5], 8), 2.0);
        // Each measurement is clamped to 0.5-90 minutes.
        assert_eq!(typical_minutes(&[0; 5], 8), 0.5);
        assert_eq!(typical_minutes(&[i64::MAX; 5], 8), 90.0);
        // A default of 0 counts as 1.
        assert_eq!(typical_minutes(&[], 0), 1.0);
    }
}

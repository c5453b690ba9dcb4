//! Five wrong PINs lock staff entry for five minutes. The count and the
//! lock are kept in the data directory (`staff-lock.json`), so a restart
//! does not clear them.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

/// Wrong PINs in a row that lock entry.
pub const MAX_FAILURES: u32 = 5;
/// How long entry stays locked.
pub const LOCK_MINUTES: i64 = 5;

pub const FILE: &str = "staff-lock.json";

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
struct LockFile {
    failures: u32,
    locked_until: Option<DateTime<Utc>>,
}

/// What a wrong PIN led to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// Tries left before the lock.
    Wrong { left: u32 },
    /// Entry is now locked until then.
    LockedOut { until: DateTime<Utc> },
}

#[derive(Debug)]
pub struct Lockout {
    path: PathBuf,
    state: LockFile,
}

impl Lockout {
    /// Reads the lock from `data_dir`. A missing file is no lock; an
    /// unreadable one is logged and counted as one lock period from now
    /// (a broken file must not open the door).
    pub fn open(data_dir: &Path, now: DateTime<Utc>) -> Lockout {
        let path = data_dir.join(FILE);
        let state = match std::fs::read(&path) {
            Ok(bytes) => serde_json::from_slice(&bytes).unwrap_or_else(|e| {
                tracing::warn!(file = %path.display(), error = %e, "staff lock file is damaged; entry locked for one period");
                LockFile {
                    failures: MAX_FAILURES,
                    locked_until: Some(now + Duration::minutes(LOCK_MINUTES)),
                }
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => LockFile::default(),
            Err(e) => {
                tracing::warn!(file = %path.display(), error = %e, "cannot read the staff lock file; entry locked for one period");
                LockFile {
                    failures: MAX_FAILURES,
                    locked_until: Some(now + Duration::minutes(LOCK_MINUTES)),
                }
            }
        };
        Lockout { path, state }
    }

    /// Until when entry is locked, if it is now.
    pub fn locked_until(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        self.state.locked_until.filter(|&until| until > now)
    }

    /// Wrong PINs since the last success or lock.
    pub fn failures(&self) -> u32 {
        self.state.failures
    }

    /// Records a wrong PIN; the fifth in a row locks entry.
    pub fn record_failure(&mut self, now: DateTime<Utc>) -> Failure {
        if let Some(until) = self.locked_until(now) {
            return Failure::LockedOut { until };
        }
        self.state.failures += 1;
        let outcome = if self.state.failures >= MAX_FAILURES {
            let until = now + Duration::minutes(LOCK_MINUTES);
            self.state = LockFile {
                failures: 0,
                locked_until: Some(until),
            };
            Failure::LockedOut { until }
        } else {
            Failure::Wrong {
                left: MAX_FAILURES - self.state.failures,
            }
        };
        self.save();
        outcome
    }

    /// A right PIN clears the count.
    pub fn record_success(&mut self) {
        if self.state != LockFile::default() {
            self.state = LockFile::default();
            self.save();
        }
    }

    fn save(&self) {
        let json = serde_json::to_vec(&self.state).unwrap_or_default();
        let tmp = self.path.with_extension("json.tmp");
        let result = super::ensure_parent(&self.path)
            .and_then(|()| std::fs::write(&tmp, json))
            .and_then(|()| std::fs::rename(&tmp, &self.path));
        if let Err(e) = result {
            tracing::error!(file = %self.path.display(), error = %e, "cannot save the staff lock");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t0() -> DateTime<Utc> {
        "2026-11-23T11:00:00Z".parse().unwrap()
    }

    #[test]
    fn five_wrong_lock_for_five_minutes_and_survive_a_reopen() {
        let dir = tempfile::tempdir().unwrap();
        let mut lock = Lockout::open(dir.path(), t0());
        for left in (1..=4).rev() {
            assert_eq!(lock.record_failure(t0()), Failure::Wrong { left });
        }
        let until = t0() + Duration::minutes(5);
        assert_eq!(lock.record_failure(t0()), Failure::LockedOut { until });
        assert_eq!(lock.locked_until(t0()), Some(until));

        let lock = Lockout::open(dir.path(), t0());
        assert_eq!(lock.locked_until(t0() + Duration::minutes(4)), Some(until));
        assert_eq!(lock.locked_until(t0() + Duration::minutes(5)), None);
    }

    #[test]
    fn a_right_pin_clears_the_count() {
        let dir = tempfile::tempdir().unwrap();
        let mut lock = Lockout::open(dir.path(), t0());
        lock.record_failure(t0());
        lock.record_failure(t0());
        lock.record_success();
        assert_eq!(lock.failures(), 0);
        assert_eq!(Lockout::open(dir.path(), t0()).failures(), 0);
        assert_eq!(lock.record_failure(t0()), Failure::Wrong { left: 4 });
    }

    #[test]
    fn the_count_survives_a_restart_too() {
        let dir = tempfile::tempdir().unwrap();
        let mut lock = Lockout::open(dir.path(), t0());
        for _ in 0..4 {
            lock.record_failure(t0());
        }
        let mut lock = Lockout::open(dir.path(), t0());
        assert!(matches!(
            lock.record_failure(t0()),
            Failure::LockedOut { .. }
        ));
    }

    #[test]
    fn a_damaged_file_locks() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(FILE), "{garbage").unwrap();
        let lock = Lockout::open(dir.path(), t0());
        assert!(lock.locked_until(t0()).is_some());
    }
}

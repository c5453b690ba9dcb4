//! Wrong PINs lock staff entry, longer each time: the 5th wrong PIN in a
//! row locks it for 5 minutes, the 10th for an hour, the 15th until IT
//! resets it by putting a new PIN hash in the config (`medborgarkiosk
//! hash-pin`). Only a right PIN clears the count. The count and the lock
//! are kept in the data directory (`staff-lock.json`), so a restart clears
//! neither.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

/// Wrong PINs in a row that lock entry, and for how long (minutes; `None`:
/// until reset).
pub const STEPS: [(u32, Option<i64>); 3] = [(5, Some(5)), (10, Some(60)), (15, None)];

/// Wrong PINs in a row that first lock entry.
pub const MAX_FAILURES: u32 = STEPS[0].0;
/// How long the first lock lasts.
pub const LOCK_MINUTES: i64 = 5;

pub const FILE: &str = "staff-lock.json";

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
struct LockFile {
    /// Wrong PINs since the last right one.
    failures: u32,
    locked_until: Option<DateTime<Utc>>,
    /// Locked until IT resets it (a new PIN hash in the config).
    #[serde(default)]
    until_reset: bool,
    /// Which PIN hash the lock was made under (a fingerprint of the hash,
    /// not of the PIN): a different hash in the config lifts the lock.
    #[serde(default)]
    hash_fingerprint: Option<String>,
}

/// How entry is locked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lock {
    /// Until this moment.
    Until(DateTime<Utc>),
    /// Until IT puts a new PIN hash in the config.
    UntilReset,
}

/// What a wrong PIN led to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// Tries left before the next lock.
    Wrong { left: u32 },
    /// Entry is now locked.
    LockedOut { lock: Lock },
}

#[derive(Debug)]
pub struct Lockout {
    path: PathBuf,
    state: LockFile,
    /// The fingerprint of the configured PIN hash.
    fingerprint: Option<String>,
    /// A lock waiting for IT was lifted by a new PIN hash when opened.
    was_reset: bool,
}

fn fingerprint(pin_hash: Option<&str>) -> Option<String> {
    use sha2::{Digest, Sha256};
    pin_hash.map(|h| {
        Sha256::digest(h.as_bytes())[..8]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    })
}

impl Lockout {
    /// Reads the lock from `data_dir`; `pin_hash` is the configured hash.
    /// A missing file is no lock; an unreadable one is logged and counted
    /// as a first lock from now (a broken file must not open the door). A
    /// lock until reset made under another PIN hash is lifted: IT has
    /// reset it with the config.
    pub fn open(data_dir: &Path, now: DateTime<Utc>, pin_hash: Option<&str>) -> Lockout {
        let path = data_dir.join(FILE);
        let damaged = || LockFile {
            failures: MAX_FAILURES,
            locked_until: Some(now + Duration::minutes(LOCK_MINUTES)),
            ..LockFile::default()
        };
        let mut state = match std::fs::read(&path) {
            Ok(bytes) => serde_json::from_slice(&bytes).unwrap_or_else(|e| {
                tracing::warn!(file = %path.display(), error = %e, "staff lock file is damaged; entry locked for one period");
                damaged()
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => LockFile::default(),
            Err(e) => {
                tracing::warn!(file = %path.display(), error = %e, "cannot read the staff lock file; entry locked for one period");
                damaged()
            }
        };
        let fingerprint = fingerprint(pin_hash);
        let mut was_reset = false;
        if state.until_reset && state.hash_fingerprint != fingerprint {
            tracing::info!("a new staff PIN hash lifted the lock");
            state = LockFile::default();
            was_reset = true;
        }
        let lockout = Lockout {
            path,
            state,
            fingerprint,
            was_reset,
        };
        if was_reset {
            lockout.save();
        }
        lockout
    }

    /// Whether opening lifted a lock that waited for IT.
    pub fn was_reset(&self) -> bool {
        self.was_reset
    }

    /// How entry is locked now, if it is.
    pub fn lock(&self, now: DateTime<Utc>) -> Option<Lock> {
        if self.state.until_reset {
            return Some(Lock::UntilReset);
        }
        self.state
            .locked_until
            .filter(|&until| until > now)
            .map(Lock::Until)
    }

    /// Until when entry is locked, if it is now for a time (not until reset).
    pub fn locked_until(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        match self.lock(now) {
            Some(Lock::Until(until)) => Some(until),
            _ => None,
        }
    }

    /// Wrong PINs since the last right one.
    pub fn failures(&self) -> u32 {
        self.state.failures
    }

    /// Records a wrong PIN; the 5th, 10th and 15th in a row lock entry
    /// ([`STEPS`]).
    pub fn record_failure(&mut self, now: DateTime<Utc>) -> Failure {
        if let Some(lock) = self.lock(now) {
            return Failure::LockedOut { lock };
        }
        self.state.failures += 1;
        let failures = self.state.failures;
        let outcome = match STEPS.iter().find(|(at, _)| *at == failures) {
            Some((_, Some(minutes))) => {
                let until = now + Duration::minutes(*minutes);
                self.state.locked_until = Some(until);
                Failure::LockedOut {
                    lock: Lock::Until(until),
                }
            }
            Some((_, None)) => {
                self.state.until_reset = true;
                self.state.locked_until = None;
                self.state.hash_fingerprint = self.fingerprint.clone();
                Failure::LockedOut {
                    lock: Lock::UntilReset,
                }
            }
            None => {
                let next = STEPS
                    .iter()
                    .map(|(at, _)| *at)
                    .find(|at| *at > failures)
                    .unwrap_or(failures + 1);
                Failure::Wrong {
                    left: next - failures,
                }
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
        if let Err(e) = crate::audit::write_atomically(&self.path, &json) {
            tracing::error!(file = %self.path.display(), error = %e, "cannot save the staff lock");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HASH: Option<&str> = Some("$argon2id$v=19$m=19456,t=2,p=1$a$b");

    fn t0() -> DateTime<Utc> {
        "2026-11-23T11:00:00Z".parse().unwrap()
    }

    #[test]
    fn five_wrong_lock_for_five_minutes_and_survive_a_reopen() {
        let dir = tempfile::tempdir().unwrap();
        let mut lock = Lockout::open(dir.path(), t0(), HASH);
        for left in (1..=4).rev() {
            assert_eq!(lock.record_failure(t0()), Failure::Wrong { left });
        }
        let until = t0() + Duration::minutes(5);
        assert_eq!(
            lock.record_failure(t0()),
            Failure::LockedOut {
                lock: Lock::Until(until)
            }
        );
        assert_eq!(lock.locked_until(t0()), Some(until));

        let lock = Lockout::open(dir.path(), t0(), HASH);
        assert_eq!(lock.locked_until(t0() + Duration::minutes(4)), Some(until));
        assert_eq!(lock.locked_until(t0() + Duration::minutes(5)), None);
    }

    /// 5 wrong → 5 minutes, 10 → an hour, 15 → until IT resets it; the
    /// kiosk restarts after every single try.
    #[test]
    fn the_lock_escalates_across_restarts_and_waits_for_a_new_pin_hash() {
        let dir = tempfile::tempdir().unwrap();
        let mut now = t0();
        let mut outcomes = Vec::new();
        for _ in 0..15 {
            // A restart before every try.
            let mut lock = Lockout::open(dir.path(), now, HASH);
            // Wait out any timed lock first.
            if let Some(Lock::Until(until)) = lock.lock(now) {
                assert!(
                    lock.record_failure(now)
                        == Failure::LockedOut {
                            lock: Lock::Until(until)
                        }
                );
                now = until;
                lock = Lockout::open(dir.path(), now, HASH);
            }
            outcomes.push(lock.record_failure(now));
        }
        let lefts: Vec<Option<u32>> = outcomes
            .iter()
            .map(|o| match o {
                Failure::Wrong { left } => Some(*left),
                Failure::LockedOut { .. } => None,
            })
            .collect();
        assert_eq!(
            lefts,
            [
                Some(4),
                Some(3),
                Some(2),
                Some(1),
                None,
                Some(4),
                Some(3),
                Some(2),
                Some(1),
                None,
                Some(4),
                Some(3),
                Some(2),
                Some(1),
                None
            ]
        );
        let locks: Vec<Lock> = outcomes
            .iter()
            .filter_map(|o| match o {
                Failure::LockedOut { lock } => Some(*lock),
                Failure::Wrong { .. } => None,
            })
            .collect();
        assert!(matches!(locks[0], Lock::Until(u) if (u - t0()).num_minutes() == 5));
        let Lock::Until(second) = locks[1] else {
            panic!("the tenth is a timed lock: {locks:?}")
        };
        assert_eq!((second - (t0() + Duration::minutes(5))).num_minutes(), 60);
        assert_eq!(locks[2], Lock::UntilReset);

        // Until reset: a restart, a day, a week change nothing.
        let much_later = now + Duration::days(7);
        let mut lock = Lockout::open(dir.path(), much_later, HASH);
        assert_eq!(lock.lock(much_later), Some(Lock::UntilReset));
        assert_eq!(
            lock.record_failure(much_later),
            Failure::LockedOut {
                lock: Lock::UntilReset
            }
        );
        assert_eq!(lock.failures(), 15, "tries while locked are not counted");
        // IT puts a new PIN hash in the config: the lock is lifted.
        let lock = Lockout::open(
            dir.path(),
            much_later,
            Some("$argon2id$v=19$m=19456,t=2,p=1$c$d"),
        );
        assert!(lock.was_reset());
        assert_eq!(lock.lock(much_later), None);
        assert_eq!(lock.failures(), 0);
        assert_eq!(
            Lockout::open(
                dir.path(),
                much_later,
                Some("$argon2id$v=19$m=19456,t=2,p=1$c$d")
            )
            .failures(),
            0
        );
    }

    #[test]
    fn a_right_pin_clears_the_count() {
        let dir = tempfile::tempdir().unwrap();
        let mut lock = Lockout::open(dir.path(), t0(), HASH);
        lock.record_failure(t0());
        lock.record_failure(t0());
        lock.record_success();
        assert_eq!(lock.failures(), 0);
        assert_eq!(Lockout::open(dir.path(), t0(), HASH).failures(), 0);
        assert_eq!(lock.record_failure(t0()), Failure::Wrong { left: 4 });
    }

    #[test]
    fn the_count_survives_a_restart_too() {
        let dir = tempfile::tempdir().unwrap();
        let mut lock = Lockout::open(dir.path(), t0(), HASH);
        for _ in 0..4 {
            lock.record_failure(t0());
        }
        let mut lock = Lockout::open(dir.path(), t0(), HASH);
        assert!(matches!(
            lock.record_failure(t0()),
            Failure::LockedOut { .. }
        ));
    }

    #[test]
    fn a_damaged_file_locks() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(FILE), "{garbage").unwrap();
        let lock = Lockout::open(dir.path(), t0(), HASH);
        assert!(lock.locked_until(t0()).is_some());
    }
}

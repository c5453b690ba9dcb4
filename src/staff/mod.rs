//! Staff mode (issue 8), as plain Rust: the hidden entry (a 3 s press on
//! a fixed corner, then the PIN), the escalating lock after wrong PINs
//! (5 → 5 minutes, 10 → an hour, 15 → until IT resets it), the
//! two-minute timeout, the settings staff can change (pause, assist mode,
//! headphone mode), today's counts and the audit log. The UI
//! (`ui::screen::staff`) draws it; nothing here imports iced.

pub use crate::audit;
pub mod cli;
pub mod counts;
pub mod health;
pub mod lockout;
pub mod pin;
pub mod settings;
pub mod status;

use std::path::Path;
use std::time::{Duration, Instant};

use chrono::{DateTime, NaiveDate, Utc};

pub use audit::{Action, AuditLog};
pub use counts::{Counted, Stats, Tally};
pub use lockout::{Failure, Lock, Lockout};
pub use pin::StaffConfig;
pub use settings::{Settings, SettingsFile};
pub use status::StaffStatus;

/// How long the corner must be held.
pub const HOLD: Duration = Duration::from_secs(3);
/// Staff mode ends after this long untouched.
pub const TIMEOUT: Duration = Duration::from_secs(120);
/// The hidden corner's size, logical pixels (top left, never mirrored).
pub const CORNER: f32 = 48.0;

/// What a PIN led to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinOutcome {
    Entered,
    Wrong {
        left: u32,
    },
    /// This wrong PIN locked entry.
    LockedOut {
        lock: Lock,
    },
    /// Entry was already locked; the PIN was not checked.
    Locked {
        lock: Lock,
    },
    /// No `[staff] pin_hash` in the config: staff mode is off.
    NotConfigured,
    /// The pad was closed (cancelled, timed out) while the PIN was being
    /// checked: a right PIN enters nothing, a wrong one still counts.
    PadClosed,
}

/// A PIN to be checked (off the UI thread) against `hash`;
/// [`Staff::pin_checked`] takes it back with the result.
#[derive(Debug, Clone)]
pub struct PinCheck {
    pub hash: String,
    /// How often the pad had closed when the check began.
    closes: u64,
}

#[derive(Debug)]
pub struct Staff {
    pin_hash: Option<String>,
    lockout: Lockout,
    audit: AuditLog,
    counts: Stats,
    settings: SettingsFile,
    assist: bool,
    /// When the corner press began.
    corner_since: Option<Instant>,
    /// In staff mode: the last touch.
    last_touch: Option<Instant>,
    /// While the PIN pad is open: the last touch.
    pad_touch: Option<Instant>,
    /// How often the pad (or the panel) has closed: a check that began
    /// before a close enters nothing.
    pad_closes: u64,
}

impl Staff {
    pub fn new(config: &StaffConfig, data_dir: &Path, wall: DateTime<Utc>) -> Staff {
        let lockout = Lockout::open(data_dir, wall, config.pin_hash.as_deref());
        let audit = AuditLog::new(data_dir);
        if lockout.was_reset() {
            audit.record(wall, Action::LockReset, None);
        }
        Staff {
            pin_hash: config.pin_hash.clone(),
            lockout,
            audit,
            counts: Stats::open(data_dir, wall),
            settings: SettingsFile::open(data_dir),
            assist: false,
            corner_since: None,
            last_touch: None,
            pad_touch: None,
            pad_closes: 0,
        }
    }

    pub fn audit(&self) -> &AuditLog {
        &self.audit
    }

    pub fn record(&self, action: Action, wall: DateTime<Utc>, detail: Option<&str>) {
        self.audit.record(wall, action, detail);
    }

    // ---- the hidden entry ----

    pub fn corner_pressed(&mut self, now: Instant) {
        self.corner_since.get_or_insert(now);
    }

    pub fn corner_released(&mut self) {
        self.corner_since = None;
    }

    pub fn corner_held(&self) -> bool {
        self.corner_since.is_some()
    }

    /// True once, when the corner has been held for [`HOLD`]: the PIN pad
    /// opens.
    pub fn corner_due(&mut self, now: Instant, wall: DateTime<Utc>) -> bool {
        match self.corner_since {
            Some(since) if now.saturating_duration_since(since) >= HOLD => {
                self.corner_since = None;
                self.pad_touch = Some(now);
                self.record(Action::PinPadOpened, wall, None);
                true
            }
            _ => false,
        }
    }

    pub fn has_pin(&self) -> bool {
        self.pin_hash.is_some()
    }

    /// How entry is locked now, if it is.
    pub fn lock(&self, wall: DateTime<Utc>) -> Option<Lock> {
        self.lockout.lock(wall)
    }

    /// Checks a PIN (never logged; only the outcome is).
    pub fn try_pin(&mut self, pin: &str, now: Instant, wall: DateTime<Utc>) -> PinOutcome {
        match self.pin_to_check(wall) {
            Ok(check) => {
                let matched = pin::verify(pin, &check.hash);
                self.pin_checked(&check, matched, now, wall)
            }
            Err(outcome) => outcome,
        }
    }

    /// The first half of [`Self::try_pin`]: the hash a PIN is to be checked
    /// against, or the outcome without a check (no PIN set; locked). The
    /// check itself (Argon2id, tens of milliseconds) can then run off the
    /// UI thread.
    pub fn pin_to_check(&mut self, wall: DateTime<Utc>) -> Result<PinCheck, PinOutcome> {
        let Some(hash) = &self.pin_hash else {
            return Err(PinOutcome::NotConfigured);
        };
        if let Some(lock) = self.lockout.lock(wall) {
            self.record(Action::LockedEntryRefused, wall, None);
            return Err(PinOutcome::Locked { lock });
        }
        Ok(PinCheck {
            hash: hash.clone(),
            closes: self.pad_closes,
        })
    }

    /// The second half of [`Self::try_pin`]: whether the PIN matched,
    /// recorded and counted against the lockout. If the pad closed while
    /// it was checked, a right PIN enters nothing (no staff mode without
    /// its panel, whose timeout would later reset a visitor's session); a
    /// wrong one still counts, so cancelling cannot dodge the lock.
    pub fn pin_checked(
        &mut self,
        check: &PinCheck,
        matched: bool,
        now: Instant,
        wall: DateTime<Utc>,
    ) -> PinOutcome {
        let closed = check.closes != self.pad_closes;
        if matched && closed {
            return PinOutcome::PadClosed;
        }
        if matched {
            self.lockout.record_success();
            self.pad_touch = None;
            self.last_touch = Some(now);
            self.record(Action::Entered, wall, None);
            return PinOutcome::Entered;
        }
        self.record(Action::PinFailed, wall, None);
        match self.lockout.record_failure(wall) {
            Failure::Wrong { .. } if closed => PinOutcome::PadClosed,
            Failure::Wrong { left } => PinOutcome::Wrong { left },
            Failure::LockedOut { lock } => {
                let action = match (lock, self.lockout.failures()) {
                    (Lock::UntilReset, _) => Action::LockedOutUntilReset,
                    (Lock::Until(_), n) if n > lockout::MAX_FAILURES => Action::LockedOutHour,
                    _ => Action::LockedOut,
                };
                self.record(action, wall, None);
                PinOutcome::LockedOut { lock }
            }
        }
    }

    // ---- being in staff mode ----

    pub fn is_active(&self) -> bool {
        self.last_touch.is_some()
    }

    /// Any touch while in staff mode restarts the two minutes.
    pub fn touch(&mut self, now: Instant) {
        for last in [&mut self.last_touch, &mut self.pad_touch]
            .into_iter()
            .flatten()
        {
            *last = now;
        }
    }

    /// True once when the PIN pad has been open untouched for [`TIMEOUT`]
    /// (the UI then closes it).
    pub fn pin_pad_idle(&mut self, now: Instant) -> bool {
        match self.pad_touch {
            Some(last) if now.saturating_duration_since(last) >= TIMEOUT => {
                self.pad_touch = None;
                self.pad_closes += 1;
                true
            }
            _ => false,
        }
    }

    /// True once when staff mode has been untouched for [`TIMEOUT`]; staff
    /// mode has then ended.
    pub fn timed_out(&mut self, now: Instant, wall: DateTime<Utc>) -> bool {
        match self.last_touch {
            Some(last) if now.saturating_duration_since(last) >= TIMEOUT => {
                self.last_touch = None;
                self.record(Action::TimedOut, wall, None);
                true
            }
            _ => false,
        }
    }

    pub fn leave(&mut self, wall: DateTime<Utc>) {
        self.pad_touch = None;
        self.pad_closes += 1;
        if self.last_touch.take().is_some() {
            self.record(Action::Left, wall, None);
        }
    }

    // ---- settings ----

    pub fn settings(&self) -> Settings {
        self.settings.get()
    }

    pub fn is_paused(&self) -> bool {
        self.settings.get().paused
    }

    pub fn set_paused(&mut self, paused: bool, wall: DateTime<Utc>) {
        let mut s = self.settings.get();
        if s.paused != paused {
            s.paused = paused;
            self.settings.set(s);
            let action = if paused {
                Action::Paused
            } else {
                Action::Resumed
            };
            self.record(action, wall, None);
        }
    }

    pub fn set_headphones(&mut self, on: bool, wall: DateTime<Utc>) {
        let mut s = self.settings.get();
        if s.headphones != on {
            s.headphones = on;
            self.settings.set(s);
            let action = if on {
                Action::HeadphonesOn
            } else {
                Action::HeadphonesOff
            };
            self.record(action, wall, None);
        }
    }

    /// Shows settings and assist mode without saving or auditing them
    /// (screenshots).
    /// Nothing is written to the data directory by counting either.
    pub fn preview(&mut self, settings: Settings, assist: bool) {
        self.settings.preview(settings);
        self.assist = assist;
        self.counts.detach();
    }

    pub fn assist(&self) -> bool {
        self.assist
    }

    pub fn set_assist(&mut self, on: bool, wall: DateTime<Utc>) {
        if self.assist != on {
            self.assist = on;
            let action = if on {
                Action::AssistOn
            } else {
                Action::AssistOff
            };
            self.record(action, wall, None);
        }
    }

    // ---- counts ----

    pub fn count(&mut self, what: Counted<'_>, now: DateTime<Utc>) {
        self.counts.count(what, now);
    }

    /// The statistics (a handle: the backend delivers them).
    pub fn stats(&self) -> Stats {
        self.counts.clone()
    }

    pub fn tally(&self, today: NaiveDate) -> Tally {
        self.counts.tally(today)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wall() -> DateTime<Utc> {
        "2026-11-23T11:00:00Z".parse().unwrap()
    }

    fn staff(dir: &Path) -> Staff {
        let config = StaffConfig {
            pin_hash: Some(pin::hash_pin_with("4711", pin::test_params()).unwrap()),
        };
        Staff::new(&config, dir, wall())
    }

    #[test]
    fn corner_must_be_held_three_seconds() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = staff(dir.path());
        let t = Instant::now();
        s.corner_pressed(t);
        assert!(!s.corner_due(t + Duration::from_millis(2900), wall()));
        s.corner_released();
        assert!(!s.corner_due(t + Duration::from_secs(5), wall()));
        s.corner_pressed(t);
        assert!(s.corner_due(t + HOLD, wall()));
        assert!(!s.corner_due(t + HOLD * 2, wall()), "only once");
    }

    #[test]
    fn pin_entry_timeout_and_audit() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = staff(dir.path());
        let t = Instant::now();
        assert_eq!(s.try_pin("1234", t, wall()), PinOutcome::Wrong { left: 4 });
        assert_eq!(s.try_pin("4711", t, wall()), PinOutcome::Entered);
        assert!(s.is_active());
        s.touch(t + Duration::from_secs(100));
        assert!(!s.timed_out(t + Duration::from_secs(200), wall()));
        assert!(s.timed_out(t + Duration::from_secs(220), wall()));
        assert!(!s.is_active());
        assert_eq!(s.audit().actions(), ["pin_failed", "entered", "timed_out"]);
        crate::audit::flush();
        let log = std::fs::read_to_string(s.audit().path()).unwrap();
        assert!(!log.contains("4711") && !log.contains("1234"));
    }

    #[test]
    fn lock_refuses_even_the_right_pin() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = staff(dir.path());
        let t = Instant::now();
        for _ in 0..4 {
            s.try_pin("0000", t, wall());
        }
        assert!(matches!(
            s.try_pin("0000", t, wall()),
            PinOutcome::LockedOut { .. }
        ));
        assert!(matches!(
            s.try_pin("4711", t, wall()),
            PinOutcome::Locked { .. }
        ));
        let later = wall() + chrono::Duration::minutes(5);
        assert_eq!(s.try_pin("4711", t, later), PinOutcome::Entered);
    }

    #[test]
    fn a_pin_checked_after_its_pad_closed_enters_nothing_but_a_wrong_one_counts() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = staff(dir.path());
        let t = Instant::now();
        s.corner_pressed(t);
        assert!(s.corner_due(t + HOLD, wall()));
        // Submitted, then the pad is cancelled before the check is done.
        let right = s.pin_to_check(wall()).unwrap();
        let wrong = s.pin_to_check(wall()).unwrap();
        s.leave(wall());
        assert_eq!(
            s.pin_checked(&right, true, t, wall()),
            PinOutcome::PadClosed
        );
        assert!(!s.is_active());
        assert_eq!(
            s.pin_checked(&wrong, false, t, wall()),
            PinOutcome::PadClosed
        );
        assert_eq!(s.audit().actions(), ["pin_pad_opened", "pin_failed"]);
        // The wrong one counted: four more lock entry.
        for _ in 0..3 {
            assert!(matches!(
                s.try_pin("0000", t, wall()),
                PinOutcome::Wrong { .. }
            ));
        }
        assert!(matches!(
            s.try_pin("0000", t, wall()),
            PinOutcome::LockedOut { .. }
        ));

        // The pad closing by itself (untouched) does the same.
        let dir = tempfile::tempdir().unwrap();
        let mut s = staff(dir.path());
        s.corner_pressed(t);
        assert!(s.corner_due(t + HOLD, wall()));
        let right = s.pin_to_check(wall()).unwrap();
        assert!(s.pin_pad_idle(t + HOLD + TIMEOUT));
        assert_eq!(
            s.pin_checked(&right, true, t, wall()),
            PinOutcome::PadClosed
        );
        assert!(!s.is_active());
        // A check begun on a pad still open enters.
        let right = s.pin_to_check(wall()).unwrap();
        assert_eq!(s.pin_checked(&right, true, t, wall()), PinOutcome::Entered);
    }

    #[test]
    fn without_a_pin_hash_staff_mode_is_off() {
        let dir = tempfile::tempdir().unwrap();
        let mut s = Staff::new(&StaffConfig::default(), dir.path(), wall());
        assert_eq!(
            s.try_pin("1234", Instant::now(), wall()),
            PinOutcome::NotConfigured
        );
    }
}

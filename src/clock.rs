//! The one clock of the process, and the local time of the office.
//!
//! Every part that stamps or compares a time — the kiosk's screens and idle
//! timer, staff counts and lock-out, the outbox, the feeds, the heartbeat,
//! the API client and the reference central API — takes its time from a
//! [`Clock`] handed to it. In production that is [`Clock::system`]; tests
//! hand every part the same [`Clock::manual`], pinned to a chosen moment
//! and stepped by hand, so a test means the same on any date at any hour.
//! Nothing outside this module reads the machine's clock (a test in
//! `tests/suite/architecture.rs` fails when something does), except log lines and
//! start-up tracing, where a real timestamp is the point.
//!
//! Swedish offices run on Europe/Stockholm whatever the machine's time zone
//! is set to.

use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use chrono_tz::Europe::Stockholm;

/// A source of "now": the wall-clock instant (UTC) and a monotonic
/// instant for durations (the idle timer, "the ticket shows for 30 s").
///
/// Cheap to clone; clones share one time.
#[derive(Clone)]
pub struct Clock(Arc<Source>);

enum Source {
    System,
    Manual(Mutex<Manual>),
    /// Starts at a chosen moment and runs with the machine's monotonic
    /// clock from there: a pinned date on which real time passes (tests of
    /// retries and back-off against a server on loopback).
    Running {
        from: DateTime<Utc>,
        origin: Instant,
    },
}

/// A clock that moves only when told: wall time and the monotonic instant
/// step together.
struct Manual {
    wall: DateTime<Utc>,
    instant: Instant,
}

impl Clock {
    /// The machine's clock (production).
    pub fn system() -> Clock {
        Clock(Arc::new(Source::System))
    }

    /// A clock standing still at `at` until [`Clock::advance`] or
    /// [`Clock::set`] moves it (tests, screenshots, the measuring walk).
    pub fn manual(at: DateTime<Utc>) -> Clock {
        Clock(Arc::new(Source::Manual(Mutex::new(Manual {
            wall: at,
            // The one place a manual clock touches the machine: the origin
            // of its monotonic instants, which only durations are read from.
            instant: Instant::now(),
        }))))
    }

    /// A clock that starts at `at` and runs on with real time: the date
    /// is pinned, durations are real (tests whose retries and time-outs
    /// need time to pass, but whose dates must not depend on the day they
    /// run).
    pub fn running_from(at: DateTime<Utc>) -> Clock {
        Clock(Arc::new(Source::Running {
            from: at,
            origin: Instant::now(),
        }))
    }

    /// A manual clock at a wall-clock time in Stockholm.
    pub fn manual_stockholm(wall_clock: NaiveDateTime) -> Clock {
        Clock::manual(utc_of(wall_clock))
    }

    /// Whether this clock was pinned by a test (manual or running from a
    /// chosen moment), not the machine's.
    pub fn is_pinned(&self) -> bool {
        !matches!(*self.0, Source::System)
    }

    /// The wall-clock instant now.
    pub fn now(&self) -> DateTime<Utc> {
        match &*self.0 {
            Source::System => Utc::now(),
            Source::Manual(m) => lock(m).wall,
            Source::Running { from, origin } => {
                *from
                    + chrono::Duration::from_std(origin.elapsed()).unwrap_or(chrono::Duration::MAX)
            }
        }
    }

    /// The monotonic instant now (for durations only).
    pub fn instant(&self) -> Instant {
        match &*self.0 {
            Source::System | Source::Running { .. } => Instant::now(),
            Source::Manual(m) => lock(m).instant,
        }
    }

    /// The wall-clock time in Stockholm now.
    pub fn stockholm(&self) -> NaiveDateTime {
        stockholm(self.now())
    }

    /// Today's date in Stockholm.
    pub fn today(&self) -> NaiveDate {
        self.stockholm().date()
    }

    /// Moves a manual clock forward: wall time and monotonic instant
    /// together. A system clock cannot be moved (a warning is logged).
    pub fn advance(&self, by: Duration) {
        match &*self.0 {
            Source::System | Source::Running { .. } => {
                tracing::warn!("advance on a running clock has no effect")
            }
            Source::Manual(m) => {
                let mut m = lock(m);
                m.wall += chrono::Duration::from_std(by).unwrap_or(chrono::Duration::MAX);
                m.instant += by;
            }
        }
    }

    /// Sets a manual clock's wall time to `at`. The monotonic instant moves
    /// forward by as much as the wall time did, and never backwards (like
    /// a machine whose clock is corrected by NTP).
    pub fn set(&self, at: DateTime<Utc>) {
        match &*self.0 {
            Source::System | Source::Running { .. } => {
                tracing::warn!("set on a running clock has no effect")
            }
            Source::Manual(m) => {
                let mut m = lock(m);
                if let Ok(forward) = (at - m.wall).to_std() {
                    m.instant += forward;
                }
                m.wall = at;
            }
        }
    }

    /// Sets a manual clock to a wall-clock time in Stockholm.
    pub fn set_stockholm(&self, wall_clock: NaiveDateTime) {
        self.set(utc_of(wall_clock));
    }

    /// Whether the machine's clock is kept synchronised (NTP or the like),
    /// as the kernel says: `Some(true)` synchronised, `Some(false)` not,
    /// `None` unknown. A pinned clock (tests) has no kernel behind it and
    /// is always unknown.
    pub fn ntp_synchronized(&self) -> Option<bool> {
        match &*self.0 {
            Source::System => kernel_ntp_synchronized(),
            Source::Manual(_) | Source::Running { .. } => None,
        }
    }
}

/// The kernel's clock discipline state, read with `adjtimex(2)` with no
/// modes set (read-only, allowed to any user): `TIME_ERROR` or the
/// `STA_UNSYNC` status bit mean the clock is not synchronised. No
/// `timedatectl`, no D-Bus.
#[cfg(target_os = "linux")]
fn kernel_ntp_synchronized() -> Option<bool> {
    // SAFETY: `timex` is plain old data; zeroed with `modes = 0` asks the
    // kernel only to fill it in, changing nothing.
    let mut tx: libc::timex = unsafe { std::mem::zeroed() };
    let state = unsafe { libc::adjtimex(&mut tx) };
    if state < 0 {
        return None;
    }
    Some(state != libc::TIME_ERROR && tx.status & libc::STA_UNSYNC == 0)
}

#[cfg(not(target_os = "linux"))]
fn kernel_ntp_synchronized() -> Option<bool> {
    None
}

impl Default for Clock {
    fn default() -> Clock {
        Clock::system()
    }
}

/// Clones of one clock are one clock (a subscription keyed by the clock
/// keeps running while the clock stays the same).
impl PartialEq for Clock {
    fn eq(&self, other: &Clock) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl Eq for Clock {}

impl std::hash::Hash for Clock {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        std::ptr::hash(Arc::as_ptr(&self.0), state);
    }
}

impl std::fmt::Debug for Clock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &*self.0 {
            Source::System => f.write_str("Clock::system"),
            Source::Manual(m) => write!(f, "Clock::manual({})", lock(m).wall),
            Source::Running { from, .. } => write!(f, "Clock::running_from({from})"),
        }
    }
}

fn lock(m: &Mutex<Manual>) -> std::sync::MutexGuard<'_, Manual> {
    // Plain data: a panic elsewhere cannot leave it half-written.
    m.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The wall-clock time in Stockholm for a UTC instant.
pub fn stockholm(at: DateTime<Utc>) -> NaiveDateTime {
    at.with_timezone(&Stockholm).naive_local()
}

/// The UTC instant of a Stockholm wall-clock time. In the autumn's repeated
/// hour (02:00–03:00 happens twice) it is the earlier one; in the spring's
/// skipped hour (02:00–03:00 never happens) it is the moment the clocks
/// jumped, as a clock that was set to 02:30 would show 03:30.
pub fn utc_of(wall_clock: NaiveDateTime) -> DateTime<Utc> {
    use chrono::{LocalResult, TimeZone};
    match Stockholm.from_local_datetime(&wall_clock) {
        LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => t.with_timezone(&Utc),
        LocalResult::None => {
            // The gap is the hour the clocks jump: a time in it is read as
            // the same time an hour later (02:30 is 03:30, 01:30 UTC).
            let after = wall_clock + chrono::Duration::hours(1);
            Stockholm
                .from_local_datetime(&after)
                .earliest()
                .map_or_else(
                    || (wall_clock - chrono::Duration::hours(1)).and_utc(),
                    |t| t.with_timezone(&Utc),
                )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(y: i32, mo: u32, d: u32, h: u32, mi: u32, s: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(y, mo, d)
            .unwrap()
            .and_hms_opt(h, mi, s)
            .unwrap()
    }

    #[test]
    fn summer_and_winter_offsets() {
        let summer = Utc.with_ymd_and_hms(2026, 7, 1, 22, 30, 0).unwrap();
        assert_eq!(stockholm(summer).to_string(), "2026-07-02 00:30:00");
        let winter = Utc.with_ymd_and_hms(2026, 12, 31, 23, 30, 0).unwrap();
        assert_eq!(stockholm(winter).to_string(), "2027-01-01 00:30:00");
        assert_eq!(utc_of(stockholm(summer)), summer);
        assert_eq!(utc_of(stockholm(winter)), winter);
    }

    #[test]
    fn the_spring_gap_is_read_as_the_moment_after_the_jump() {
        // 29 March 2026: 02:00 CET jumps to 03:00 CEST (01:00 UTC).
        let jump = Utc.with_ymd_and_hms(2026, 3, 29, 1, 0, 0).unwrap();
        assert_eq!(utc_of(at(2026, 3, 29, 2, 0, 0)), jump);
        assert_eq!(
            utc_of(at(2026, 3, 29, 2, 30, 0)),
            jump + chrono::Duration::minutes(30)
        );
        assert_eq!(
            stockholm(utc_of(at(2026, 3, 29, 2, 30, 0))).to_string(),
            "2026-03-29 03:30:00"
        );
        // Never the machine's "now": the answer does not depend on the day
        // the test runs.
        assert_eq!(
            utc_of(at(2026, 3, 29, 2, 59, 59)).date_naive(),
            jump.date_naive()
        );
    }

    #[test]
    fn the_autumn_repeat_is_read_as_the_first_time() {
        // 25 October 2026: 03:00 CEST goes back to 02:00 CET (01:00 UTC).
        assert_eq!(
            utc_of(at(2026, 10, 25, 2, 30, 0)),
            Utc.with_ymd_and_hms(2026, 10, 25, 0, 30, 0).unwrap()
        );
    }

    #[test]
    fn a_manual_clock_stands_still_until_moved() {
        let start = Utc.with_ymd_and_hms(2026, 12, 31, 22, 59, 59).unwrap();
        let clock = Clock::manual(start);
        let shared = clock.clone();
        let i0 = clock.instant();
        assert_eq!(clock.now(), start);
        assert_eq!(
            clock.today(),
            NaiveDate::from_ymd_opt(2026, 12, 31).unwrap()
        );
        // New Year in Stockholm, for every holder of the clock.
        shared.advance(Duration::from_secs(1));
        assert_eq!(clock.stockholm(), at(2027, 1, 1, 0, 0, 0));
        assert_eq!(clock.instant() - i0, Duration::from_secs(1));
        // Set forward: the instant follows; set back: it stays.
        clock.set(start + chrono::Duration::seconds(61));
        assert_eq!(clock.instant() - i0, Duration::from_secs(61));
        clock.set(start);
        assert_eq!(clock.now(), start);
        assert_eq!(clock.instant() - i0, Duration::from_secs(61));
        assert!(clock.is_pinned() && !Clock::system().is_pinned());
    }

    #[test]
    fn a_pinned_clock_knows_nothing_of_ntp_and_the_system_clock_asks_the_kernel() {
        let pinned = Clock::manual(Utc.with_ymd_and_hms(2026, 6, 19, 10, 0, 0).unwrap());
        assert_eq!(pinned.ntp_synchronized(), None);
        // Whatever this machine's state, the call answers without privileges.
        let _ = Clock::system().ntp_synchronized();
        #[cfg(target_os = "linux")]
        assert!(
            kernel_ntp_synchronized().is_some(),
            "adjtimex answers on Linux"
        );
    }

    #[test]
    fn a_running_clock_starts_at_its_moment() {
        let start = Utc.with_ymd_and_hms(2026, 6, 19, 10, 0, 0).unwrap();
        let clock = Clock::running_from(start);
        let now = clock.now();
        assert!(now >= start && now - start < chrono::Duration::minutes(1));
    }

    #[test]
    fn stockholm_time_is_set_and_read_across_the_autumn_change() {
        let clock = Clock::manual_stockholm(at(2026, 10, 25, 1, 59, 59));
        clock.advance(Duration::from_secs(1));
        assert_eq!(clock.stockholm(), at(2026, 10, 25, 2, 0, 0));
        // An hour later on the monotonic clock it is 02:00 again.
        clock.advance(Duration::from_secs(3600));
        assert_eq!(clock.stockholm(), at(2026, 10, 25, 2, 0, 0));
        clock.set_stockholm(at(2026, 10, 25, 12, 0, 0));
        assert_eq!(
            clock.now(),
            Utc.with_ymd_and_hms(2026, 10, 25, 11, 0, 0).unwrap()
        );
    }
}

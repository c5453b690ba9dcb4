//! The idle reset that protects the visitor's privacy.
//!
//! After `quiet` without a touch the kiosk asks "Are you still there?" and
//! counts down `countdown`; when that ends, the session is dropped. Plain
//! Rust with the clock passed in, so it is tested without waiting.

use std::time::{Duration, Instant};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdleState {
    /// The visitor is (probably) there.
    Active,
    /// The overlay is shown; whole seconds left, rounded up (never 0).
    Asking { seconds_left: u32 },
    /// Time is up: reset to Start.
    Expired,
}

#[derive(Debug, Clone)]
pub struct IdleTimer {
    quiet: Duration,
    countdown: Duration,
    last_activity: Instant,
    /// Staff assist mode (and the Start screen itself) hold the timer.
    held: bool,
}

impl IdleTimer {
    pub fn new(quiet: Duration, countdown: Duration, now: Instant) -> Self {
        IdleTimer {
            quiet,
            countdown,
            last_activity: now,
            held: false,
        }
    }

    /// The quiet time before "are you still there?" (a visitor in speech
    /// mode gets longer).
    pub fn set_quiet(&mut self, quiet: Duration) {
        self.quiet = quiet;
    }

    /// Any touch: the visitor is there.
    pub fn touch(&mut self, now: Instant) {
        self.last_activity = now;
    }

    /// Holds the timer (no reset while held) or releases it; releasing
    /// starts a fresh quiet period.
    pub fn set_held(&mut self, held: bool, now: Instant) {
        if self.held && !held {
            self.last_activity = now;
        }
        self.held = held;
    }

    pub fn is_held(&self) -> bool {
        self.held
    }

    pub fn state(&self, now: Instant) -> IdleState {
        if self.held {
            return IdleState::Active;
        }
        let quiet_for = now.saturating_duration_since(self.last_activity);
        if quiet_for < self.quiet {
            return IdleState::Active;
        }
        let into_countdown = quiet_for - self.quiet;
        if into_countdown >= self.countdown {
            return IdleState::Expired;
        }
        let left = self.countdown - into_countdown;
        let seconds_left = left.as_millis().div_ceil(1000) as u32;
        IdleState::Asking {
            seconds_left: seconds_left.max(1),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const S: Duration = Duration::from_secs(1);

    fn timer(t0: Instant) -> IdleTimer {
        IdleTimer::new(90 * S, 20 * S, t0)
    }

    #[test]
    fn quiet_period_then_countdown_then_expiry() {
        let t0 = Instant::now();
        let idle = timer(t0);
        assert_eq!(idle.state(t0), IdleState::Active);
        assert_eq!(idle.state(t0 + 89 * S), IdleState::Active);
        assert_eq!(
            idle.state(t0 + 90 * S),
            IdleState::Asking { seconds_left: 20 }
        );
        assert_eq!(
            idle.state(t0 + 90 * S + Duration::from_millis(1)),
            IdleState::Asking { seconds_left: 20 }
        );
        assert_eq!(
            idle.state(t0 + 101 * S),
            IdleState::Asking { seconds_left: 9 }
        );
        assert_eq!(
            idle.state(t0 + 110 * S - Duration::from_millis(1)),
            IdleState::Asking { seconds_left: 1 }
        );
        assert_eq!(idle.state(t0 + 110 * S), IdleState::Expired);
        assert_eq!(idle.state(t0 + 1000 * S), IdleState::Expired);
    }

    #[test]
    fn a_touch_during_the_countdown_continues_the_session() {
        let t0 = Instant::now();
        let mut idle = timer(t0);
        assert!(matches!(idle.state(t0 + 95 * S), IdleState::Asking { .. }));
        idle.touch(t0 + 95 * S);
        assert_eq!(idle.state(t0 + 96 * S), IdleState::Active);
        assert_eq!(idle.state(t0 + 184 * S), IdleState::Active);
        assert!(matches!(idle.state(t0 + 185 * S), IdleState::Asking { .. }));
    }

    #[test]
    fn holding_stops_the_reset_and_release_starts_afresh() {
        let t0 = Instant::now();
        let mut idle = timer(t0);
        idle.set_held(true, t0);
        assert_eq!(idle.state(t0 + 10_000 * S), IdleState::Active);
        idle.set_held(false, t0 + 10_000 * S);
        assert_eq!(idle.state(t0 + 10_050 * S), IdleState::Active);
        assert!(matches!(
            idle.state(t0 + 10_090 * S),
            IdleState::Asking { .. }
        ));
    }

    #[test]
    fn a_clock_that_goes_backwards_counts_as_activity() {
        let t0 = Instant::now() + 100 * S;
        let idle = timer(t0);
        assert_eq!(idle.state(t0 - 50 * S), IdleState::Active);
    }
}

//! Queue-ticket rules: which path a service's ROSA level gives, how a wait
//! is said, and when the ticket screen goes back to Start by itself.
//!
//! ROSA (seeds 001/002): levels 1–3 (information, guidance, rule-based
//! handling) are the citizen center's own work, so the kiosk gives a ticket
//! to its desk. Levels 4–6 belong to specialists: the kiosk explains that
//! and offers a desk ticket for help with starting; it never takes a level
//! 6 decision.

use std::time::{Duration, Instant};

use crate::contract::{AccessibilityNeed, Service};
use crate::i18n::Language;

/// Why no ticket could be had.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// The queue system did not answer.
    Unreachable,
    /// It answered but would not issue a ticket.
    Refused,
}

impl Failure {
    /// What the visitor is told when the central API fails: refused when
    /// it answered no, unreachable otherwise.
    pub fn of(error: &crate::api::client::ClientError) -> Failure {
        match error.class() {
            crate::contract::ErrorClass::Rejected => Failure::Refused,
            _ => Failure::Unreachable,
        }
    }
}

/// The path a service's ROSA level gives at the kiosk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    /// Levels 1–3: a ticket to the center's desk for this service.
    Desk,
    /// Levels 4–6: a specialist handles it; the desk helps to start it.
    Specialist,
}

impl Route {
    pub fn for_level(rosa_level: u8) -> Route {
        if rosa_level <= 3 {
            Route::Desk
        } else {
            Route::Specialist
        }
    }
}

/// A wait as the visitor hears it: rounded, never falsely precise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wait {
    /// Nobody waiting before you.
    None,
    /// One to four minutes.
    UnderFive,
    /// About this many minutes (rounded to 5; to 15 above an hour).
    AboutMinutes(u32),
}

impl Wait {
    pub fn from_minutes(minutes: u32) -> Wait {
        match minutes {
            0 => Wait::None,
            1..=4 => Wait::UnderFive,
            5..=60 => Wait::AboutMinutes(round_to(minutes, 5)),
            _ => Wait::AboutMinutes(round_to(minutes, 15)),
        }
    }
}

fn round_to(value: u32, step: u32) -> u32 {
    (value + step / 2) / step * step
}

/// Services grouped for the list: the desk's own first, then specialists.
/// Within a group the API's order is kept.
pub fn grouped(services: &[Service]) -> (Vec<&Service>, Vec<&Service>) {
    services
        .iter()
        .partition(|s| Route::for_level(s.rosa_level) == Route::Desk)
}

/// The desk service that a specialist errand's help ticket goes to: the
/// configured one if it exists, else the first open level-1 service, else
/// the first level-1 service.
pub fn desk_service<'a>(services: &'a [Service], configured: Option<&str>) -> Option<&'a Service> {
    if let Some(id) = configured
        && let Some(service) = services.iter().find(|s| s.id == id)
    {
        return Some(service);
    }
    services
        .iter()
        .find(|s| s.rosa_level == 1 && s.open_now)
        .or_else(|| services.iter().find(|s| s.rosa_level == 1))
}

/// The ticket screen's way back to Start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AutoReturn {
    shown_at: Instant,
    after: Duration,
}

impl AutoReturn {
    pub fn new(shown_at: Instant, after: Duration) -> Self {
        AutoReturn { shown_at, after }
    }

    pub fn is_due(&self, now: Instant) -> bool {
        now.saturating_duration_since(self.shown_at) >= self.after
    }

    /// Whole seconds left, rounded up.
    pub fn seconds_left(&self, now: Instant) -> u64 {
        let left = self
            .after
            .saturating_sub(now.saturating_duration_since(self.shown_at));
        left.as_millis().div_ceil(1000) as u64
    }
}

/// The service's name in the visitor's language, else Swedish, else its id.
pub fn service_name(service: &Service, language: Language) -> String {
    service
        .names
        .get(&language)
        .or_else(|| service.names.get(&Language::Sv))
        .cloned()
        .unwrap_or_else(|| service.id.clone())
}

/// An accessibility need as the visitor chose it (and the desk reads it).
pub fn need_text(need: AccessibilityNeed, language: Language) -> String {
    match need {
        AccessibilityNeed::Wheelchair => crate::t!(language, "queue-need-wheelchair"),
        AccessibilityNeed::HearingLoop => crate::t!(language, "queue-need-hearing-loop"),
        AccessibilityNeed::LowVision => crate::t!(language, "queue-need-low-vision"),
        AccessibilityNeed::QuietPlace => crate::t!(language, "queue-need-quiet"),
        AccessibilityNeed::Other => crate::t!(language, "queue-need-other"),
    }
}

/// The estimated wait in words ("about 15 minutes"), as the kiosk and the
/// phone page say it.
pub fn wait_text(minutes: u32, language: Language) -> String {
    match Wait::from_minutes(minutes) {
        Wait::None => crate::t!(language, "queue-wait-none"),
        Wait::UnderFive => crate::t!(language, "queue-wait-under-five"),
        Wait::AboutMinutes(m) => crate::t!(language, "queue-wait-about", minutes = m),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    fn service(id: &str, level: u8, open: bool) -> Service {
        Service {
            id: id.to_owned(),
            prefix: "A".to_owned(),
            names: BTreeMap::new(),
            rosa_level: level,
            open_now: open,
            next_opening: None,
            waiting: 0,
            estimated_wait_minutes: 0,
        }
    }

    #[test]
    fn rosa_levels_decide_the_route() {
        for level in 1..=3 {
            assert_eq!(Route::for_level(level), Route::Desk, "level {level}");
        }
        for level in 4..=6 {
            assert_eq!(Route::for_level(level), Route::Specialist, "level {level}");
        }
    }

    #[test]
    fn waits_are_rounded_as_people_say_them() {
        assert_eq!(Wait::from_minutes(0), Wait::None);
        assert_eq!(Wait::from_minutes(1), Wait::UnderFive);
        assert_eq!(Wait::from_minutes(4), Wait::UnderFive);
        assert_eq!(Wait::from_minutes(5), Wait::AboutMinutes(5));
        assert_eq!(Wait::from_minutes(7), Wait::AboutMinutes(5));
        assert_eq!(Wait::from_minutes(8), Wait::AboutMinutes(10));
        assert_eq!(Wait::from_minutes(13), Wait::AboutMinutes(15));
        assert_eq!(Wait::from_minutes(58), Wait::AboutMinutes(60));
        assert_eq!(Wait::from_minutes(60), Wait::AboutMinutes(60));
        assert_eq!(Wait::from_minutes(61), Wait::AboutMinutes(60));
        assert_eq!(Wait::from_minutes(68), Wait::AboutMinutes(75));
        assert_eq!(Wait::from_minutes(130), Wait::AboutMinutes(135));
    }

    #[test]
    fn services_group_desk_first_keeping_order() {
        let services = [
            service("a", 4, true),
            service("b", 1, true),
            service("c", 3, false),
            service("d", 6, true),
        ];
        let (desk, specialist) = grouped(&services);
        let ids = |v: Vec<&Service>| v.iter().map(|s| s.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(desk), ["b", "c"]);
        assert_eq!(ids(specialist), ["a", "d"]);
    }

    #[test]
    fn desk_service_prefers_configured_then_open_level_one() {
        let services = [
            service("x", 1, false),
            service("y", 1, true),
            service("z", 4, true),
        ];
        assert_eq!(desk_service(&services, Some("x")).unwrap().id, "x");
        assert_eq!(desk_service(&services, Some("missing")).unwrap().id, "y");
        assert_eq!(desk_service(&services, None).unwrap().id, "y");
        assert_eq!(desk_service(&services[..1], None).unwrap().id, "x");
        assert!(desk_service(&services[2..], None).is_none());
    }

    #[test]
    fn the_ticket_screen_returns_after_its_time() {
        let t0 = Instant::now();
        let back = AutoReturn::new(t0, Duration::from_secs(30));
        assert!(!back.is_due(t0));
        assert_eq!(back.seconds_left(t0), 30);
        assert_eq!(back.seconds_left(t0 + Duration::from_millis(100)), 30);
        assert!(!back.is_due(t0 + Duration::from_secs(29)));
        assert_eq!(back.seconds_left(t0 + Duration::from_secs(29)), 1);
        assert!(back.is_due(t0 + Duration::from_secs(30)));
        assert_eq!(back.seconds_left(t0 + Duration::from_secs(31)), 0);
    }
}

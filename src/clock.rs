//! Local time of the office. Swedish offices run on Europe/Stockholm
//! whatever the machine's time zone is set to.

use chrono::{DateTime, NaiveDateTime, Utc};
use chrono_tz::Europe::Stockholm;

/// The wall-clock time in Stockholm for a UTC instant.
pub fn stockholm(at: DateTime<Utc>) -> NaiveDateTime {
    at.with_timezone(&Stockholm).naive_local()
}

/// The wall-clock time in Stockholm now.
pub fn stockholm_now() -> NaiveDateTime {
    stockholm(Utc::now())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn summer_and_winter_offsets() {
        let summer = Utc.with_ymd_and_hms(2026, 7, 1, 22, 30, 0).unwrap();
        assert_eq!(stockholm(summer).to_string(), "2026-07-02 00:30:00");
        let winter = Utc.with_ymd_and_hms(2026, 12, 31, 23, 30, 0).unwrap();
        assert_eq!(stockholm(winter).to_string(), "2027-01-01 00:30:00");
    }
}

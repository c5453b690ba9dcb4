//! Local time of the office. Swedish offices run on Europe/Stockholm
//! whatever the machine's time zone is set to.

use chrono::{DateTime, NaiveDateTime, Utc};
use chrono_tz::Europe::Stockholm;

/// The wall-clock time in Stockholm for a UTC instant.
pub fn stockholm(at: DateTime<Utc>) -> NaiveDateTime {
    at.with_timezone(&Stockholm).naive_local()
}

/// The UTC instant of a Stockholm wall-clock time (the earlier one in the
/// autumn's repeated hour; the spring's skipped hour, which never happens
/// on a clock, gives now).
pub fn utc_of(wall_clock: NaiveDateTime) -> DateTime<Utc> {
    use chrono::TimeZone;
    Stockholm
        .from_local_datetime(&wall_clock)
        .earliest()
        .map_or_else(Utc::now, |t| t.with_timezone(&Utc))
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
        assert_eq!(utc_of(stockholm(summer)), summer);
        assert_eq!(utc_of(stockholm(winter)), winter);
    }
}

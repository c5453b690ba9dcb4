//! Opening hours of the office: a week plus dated exceptions (holidays,
//! christmas eve). Times are local Europe/Stockholm wall-clock times.

use std::collections::BTreeMap;
use std::fmt;

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DayHours {
    Closed,
    /// One or more opening intervals, sorted, not overlapping.
    Open(Vec<Interval>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Interval {
    pub opens: NaiveTime,
    pub closes: NaiveTime,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HoursError {
    #[error("`{0}` is not allowed: write \"closed\" or HH:MM-HH:MM, several separated by commas")]
    Syntax(String),
    #[error("`{0}`: the opening time must be before the closing time")]
    Order(String),
    #[error("`{0}`: intervals overlap or are not in order")]
    Overlap(String),
    #[error("`{0}` is not a date: write YYYY-MM-DD")]
    Date(String),
    #[error("{0} has two exceptions")]
    DuplicateException(NaiveDate),
}

impl DayHours {
    /// Parses `closed` or `08:00-12:00, 13:00-17:00`.
    pub fn parse(text: &str) -> Result<DayHours, HoursError> {
        let text = text.trim();
        if text.eq_ignore_ascii_case("closed") {
            return Ok(DayHours::Closed);
        }
        let mut intervals: Vec<Interval> = Vec::new();
        for part in text.split(',') {
            let (opens, closes) = part
                .trim()
                .split_once('-')
                .ok_or_else(|| HoursError::Syntax(text.to_owned()))?;
            let time = |s: &str| {
                NaiveTime::parse_from_str(s.trim(), "%H:%M")
                    .ok()
                    .filter(|_| s.trim().len() == 5)
                    .ok_or_else(|| HoursError::Syntax(text.to_owned()))
            };
            let interval = Interval {
                opens: time(opens)?,
                closes: time(closes)?,
            };
            if interval.opens >= interval.closes {
                return Err(HoursError::Order(text.to_owned()));
            }
            if intervals
                .last()
                .is_some_and(|last| last.closes > interval.opens)
            {
                return Err(HoursError::Overlap(text.to_owned()));
            }
            intervals.push(interval);
        }
        Ok(DayHours::Open(intervals))
    }

    pub fn is_open_at(&self, time: NaiveTime) -> bool {
        match self {
            DayHours::Closed => false,
            DayHours::Open(intervals) => {
                intervals.iter().any(|i| i.opens <= time && time < i.closes)
            }
        }
    }
}

impl fmt::Display for Interval {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}–{}",
            self.opens.format("%H:%M"),
            self.closes.format("%H:%M")
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpeningHours {
    /// Monday first.
    weekly: [DayHours; 7],
    exceptions: BTreeMap<NaiveDate, DayHours>,
}

impl OpeningHours {
    pub fn new(weekly: [DayHours; 7]) -> Self {
        OpeningHours {
            weekly,
            exceptions: BTreeMap::new(),
        }
    }

    pub fn add_exception(&mut self, date: NaiveDate, hours: DayHours) -> Result<(), HoursError> {
        if self.exceptions.insert(date, hours).is_some() {
            return Err(HoursError::DuplicateException(date));
        }
        Ok(())
    }

    /// The hours of a date, exceptions first.
    pub fn on(&self, date: NaiveDate) -> &DayHours {
        self.exceptions
            .get(&date)
            .unwrap_or(&self.weekly[date.weekday().num_days_from_monday() as usize])
    }

    /// Whether the date's hours differ from the usual hours of its weekday.
    pub fn is_exception(&self, date: NaiveDate) -> bool {
        self.exceptions.contains_key(&date)
    }

    pub fn is_open_at(&self, at: NaiveDateTime) -> bool {
        self.on(at.date()).is_open_at(at.time())
    }

    /// The seven days starting at `from`, with their hours.
    pub fn week_from(&self, from: NaiveDate) -> impl Iterator<Item = (NaiveDate, &DayHours)> {
        from.iter_days().take(7).map(|d| (d, self.on(d)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    #[test]
    fn parses_closed_and_intervals() {
        assert_eq!(DayHours::parse(" Closed ").unwrap(), DayHours::Closed);
        let hours = DayHours::parse("08:00-12:00, 13:00-17:30").unwrap();
        assert!(hours.is_open_at(t(8, 0)));
        assert!(hours.is_open_at(t(11, 59)));
        assert!(!hours.is_open_at(t(12, 0)));
        assert!(!hours.is_open_at(t(12, 30)));
        assert!(hours.is_open_at(t(17, 29)));
        assert!(!hours.is_open_at(t(17, 30)));
        assert!(!DayHours::Closed.is_open_at(t(10, 0)));
    }

    #[test]
    fn rejects_bad_hours() {
        assert!(matches!(
            DayHours::parse("8-17"),
            Err(HoursError::Syntax(_))
        ));
        assert!(matches!(
            DayHours::parse("8:00-17:00"),
            Err(HoursError::Syntax(_))
        ));
        assert!(matches!(
            DayHours::parse("25:00-26:00"),
            Err(HoursError::Syntax(_))
        ));
        assert!(matches!(DayHours::parse(""), Err(HoursError::Syntax(_))));
        assert!(matches!(
            DayHours::parse("17:00-08:00"),
            Err(HoursError::Order(_))
        ));
        assert!(matches!(
            DayHours::parse("08:00-13:00, 12:00-17:00"),
            Err(HoursError::Overlap(_))
        ));
    }

    #[test]
    fn exceptions_override_the_weekday() {
        let open = DayHours::parse("08:00-17:00").unwrap();
        let mut hours = OpeningHours::new(std::array::from_fn(|_| open.clone()));
        let eve = NaiveDate::from_ymd_opt(2026, 12, 24).unwrap();
        hours.add_exception(eve, DayHours::Closed).unwrap();
        assert_eq!(hours.on(eve), &DayHours::Closed);
        assert!(hours.is_exception(eve));
        assert_eq!(hours.on(eve.succ_opt().unwrap()), &open);
        assert!(hours.add_exception(eve, DayHours::Closed).is_err());
        let week: Vec<_> = hours.week_from(eve).collect();
        assert_eq!(week.len(), 7);
        assert_eq!(week[0].1, &DayHours::Closed);
    }
}

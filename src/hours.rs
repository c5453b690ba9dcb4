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

    /// The intervals as shown ("08:00–12:00, 13:00–17:00"); `None` when
    /// closed (each screen says "closed" in the visitor's language).
    pub fn intervals_text(&self) -> Option<String> {
        match self {
            DayHours::Closed => None,
            DayHours::Open(intervals) => Some(
                intervals
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
        }
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

    /// Whether the office opens no more on `at`'s day: closed that day, or
    /// its last interval has ended.
    pub fn closed_for_the_day(&self, at: NaiveDateTime) -> bool {
        match self.on(at.date()) {
            DayHours::Closed => true,
            DayHours::Open(intervals) => intervals.iter().all(|i| i.closes <= at.time()),
        }
    }

    /// The next moment after `at` when the office opens (exceptions
    /// counted), looking at most two weeks ahead.
    pub fn next_opening(&self, at: NaiveDateTime) -> Option<NaiveDateTime> {
        at.date()
            .iter_days()
            .take(15)
            .find_map(|date| match self.on(date) {
                DayHours::Closed => None,
                DayHours::Open(intervals) => intervals
                    .iter()
                    .map(|i| date.and_time(i.opens))
                    .find(|&opens| opens > at),
            })
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
        assert_eq!(
            hours.intervals_text().as_deref(),
            Some("08:00–12:00, 13:00–17:30")
        );
        assert_eq!(DayHours::Closed.intervals_text(), None);
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

    #[test]
    fn next_opening_skips_closed_days_and_exceptions() {
        let open = DayHours::parse("08:00-12:00, 13:00-17:00").unwrap();
        let mut weekly: [DayHours; 7] = std::array::from_fn(|_| open.clone());
        weekly[5] = DayHours::Closed; // Saturday
        weekly[6] = DayHours::Closed; // Sunday
        let mut hours = OpeningHours::new(weekly);
        let day = |d: u32| NaiveDate::from_ymd_opt(2026, 12, d).unwrap();
        hours.add_exception(day(24), DayHours::Closed).unwrap();
        // Monday 21 December before opening, at lunch, after closing.
        let monday = day(21);
        assert_eq!(
            hours.next_opening(monday.and_time(t(7, 0))),
            Some(monday.and_time(t(8, 0)))
        );
        assert!(!hours.closed_for_the_day(monday.and_time(t(7, 0))));
        assert_eq!(
            hours.next_opening(monday.and_time(t(12, 30))),
            Some(monday.and_time(t(13, 0)))
        );
        assert!(!hours.closed_for_the_day(monday.and_time(t(12, 30))));
        assert!(hours.closed_for_the_day(monday.and_time(t(17, 0))));
        assert_eq!(
            hours.next_opening(monday.and_time(t(17, 0))),
            Some(day(22).and_time(t(8, 0)))
        );
        // Wednesday 23 after closing: the 24th is an exception, then Friday.
        assert_eq!(
            hours.next_opening(day(23).and_time(t(18, 0))),
            Some(day(25).and_time(t(8, 0)))
        );
        // Saturday: closed all day; Monday next.
        assert!(hours.closed_for_the_day(day(26).and_time(t(10, 0))));
        assert_eq!(
            hours.next_opening(day(26).and_time(t(10, 0))),
            Some(day(28).and_time(t(8, 0)))
        );
        // Never open: no next opening.
        let never = OpeningHours::new(std::array::from_fn(|_| DayHours::Closed));
        assert_eq!(never.next_opening(monday.and_time(t(7, 0))), None);
    }
}

//! The Swedish working-day calendar.
//!
//! Public holidays follow the law on general holidays (lag (1989:253) om
//! allmänna helgdagar); the eves that are de facto non-working days in
//! Swedish public administration (midsommarafton, julafton, nyårsafton) are
//! added. Saturdays and Sundays are never working days.
//!
//! [`answer_by`] is the date Botkyrka's contact promise names: two working
//! days after the moment a visitor sent something, counted in
//! Europe/Stockholm. It is used by the kiosk's receipt and by the reference
//! server, so both always agree.

use chrono::{DateTime, Datelike, Days, NaiveDate, Utc, Weekday};
use chrono_tz::Europe::Stockholm;

/// A day that is not a working day for a reason other than being a
/// Saturday or Sunday. The UI maps each variant to a Fluent key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NonWorkingDay {
    /// Nyårsdagen, 1 January.
    Nyarsdagen,
    /// Trettondedag jul, 6 January.
    TrettondedagJul,
    /// Långfredagen, the Friday before Easter Sunday.
    Langfredagen,
    /// Påskdagen, Easter Sunday.
    Paskdagen,
    /// Annandag påsk, the Monday after Easter Sunday.
    AnnandagPask,
    /// Första maj, 1 May.
    ForstaMaj,
    /// Kristi himmelsfärdsdag, the sixth Thursday after Easter Sunday.
    KristiHimmelsfardsdag,
    /// Pingstdagen, the seventh Sunday after Easter Sunday.
    Pingstdagen,
    /// Sveriges nationaldag, 6 June.
    Nationaldagen,
    /// Midsommarafton, the Friday between 19 and 25 June (de facto).
    Midsommarafton,
    /// Midsommardagen, the Saturday between 20 and 26 June.
    Midsommardagen,
    /// Alla helgons dag, the Saturday between 31 October and 6 November.
    AllaHelgonsDag,
    /// Julafton, 24 December (de facto).
    Julafton,
    /// Juldagen, 25 December.
    Juldagen,
    /// Annandag jul, 26 December.
    AnnandagJul,
    /// Nyårsafton, 31 December (de facto).
    Nyarsafton,
}

impl NonWorkingDay {
    /// Whether the law on general holidays names this day (as opposed to a
    /// de facto non-working eve).
    pub fn is_public_holiday(self) -> bool {
        !matches!(
            self,
            NonWorkingDay::Midsommarafton | NonWorkingDay::Julafton | NonWorkingDay::Nyarsafton
        )
    }
}

fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    // Only called with valid month/day pairs for years chrono supports.
    NaiveDate::from_ymd_opt(year, month, day).unwrap_or(NaiveDate::MIN)
}

/// Easter Sunday of a Gregorian year (the anonymous Gregorian computus,
/// "Meeus/Jones/Butcher").
pub fn easter_sunday(year: i32) -> NaiveDate {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    ymd(year, month as u32, day as u32)
}

/// The first date on or after `from` that falls on `weekday`.
fn first_weekday_from(from: NaiveDate, weekday: Weekday) -> NaiveDate {
    let ahead = (7 + weekday.num_days_from_monday() - from.weekday().num_days_from_monday()) % 7;
    from + Days::new(u64::from(ahead))
}

/// Every non-working day of `year` other than ordinary weekends, in date
/// order, with its name. Some of them always fall on a weekend
/// (påskdagen, pingstdagen, midsommardagen, alla helgons dag); they are
/// listed all the same.
pub fn non_working_days(year: i32) -> Vec<(NaiveDate, NonWorkingDay)> {
    use NonWorkingDay::*;
    let easter = easter_sunday(year);
    let midsommarafton = first_weekday_from(ymd(year, 6, 19), Weekday::Fri);
    let mut days = vec![
        (ymd(year, 1, 1), Nyarsdagen),
        (ymd(year, 1, 6), TrettondedagJul),
        (easter - Days::new(2), Langfredagen),
        (easter, Paskdagen),
        (easter + Days::new(1), AnnandagPask),
        (ymd(year, 5, 1), ForstaMaj),
        (easter + Days::new(39), KristiHimmelsfardsdag),
        (easter + Days::new(49), Pingstdagen),
        (ymd(year, 6, 6), Nationaldagen),
        (midsommarafton, Midsommarafton),
        (midsommarafton + Days::new(1), Midsommardagen),
        (
            first_weekday_from(ymd(year, 10, 31), Weekday::Sat),
            AllaHelgonsDag,
        ),
        (ymd(year, 12, 24), Julafton),
        (ymd(year, 12, 25), Juldagen),
        (ymd(year, 12, 26), AnnandagJul),
        (ymd(year, 12, 31), Nyarsafton),
    ];
    days.sort();
    days
}

/// The holiday or eve `date` is, if any (weekends are not reported here).
pub fn non_working_day(date: NaiveDate) -> Option<NonWorkingDay> {
    non_working_days(date.year())
        .into_iter()
        .find(|(d, _)| *d == date)
        .map(|(_, name)| name)
}

/// Whether `date` is a Swedish working day: Monday to Friday and neither a
/// public holiday nor a non-working eve.
pub fn is_working_day(date: NaiveDate) -> bool {
    !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) && non_working_day(date).is_none()
}

/// The date `n` working days after `date` (`date` itself is day 0, whether
/// or not it is a working day).
pub fn add_working_days(date: NaiveDate, n: u32) -> NaiveDate {
    let mut day = date;
    let mut counted = 0;
    while counted < n {
        day = day.succ_opt().unwrap_or(day);
        if is_working_day(day) {
            counted += 1;
        }
    }
    day
}

/// The calendar date in Europe/Stockholm at the instant `at`.
pub fn stockholm_date(at: DateTime<Utc>) -> NaiveDate {
    at.with_timezone(&Stockholm).date_naive()
}

/// The answer-by date of Botkyrka's contact promise: two Swedish working
/// days after the moment of sending. The local (Europe/Stockholm) date of
/// sending is day 0 whatever the hour; sent on a Friday the answer comes by
/// Tuesday, and so does one sent on a Saturday.
pub fn answer_by(submitted_at: DateTime<Utc>) -> NaiveDate {
    add_working_days(stockholm_date(submitted_at), 2)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// Every non-working Monday-to-Friday of 2025-2030, derived by hand
    /// from SFS 1989:253 plus the three eves (Easter Sundays: 2025-04-20,
    /// 2026-04-05, 2027-03-28, 2028-04-16, 2029-04-01, 2030-04-21; Kristi
    /// himmelsfärd is 39 days later; midsommarafton the Friday in 19-25
    /// June). Holidays on a Saturday or Sunday are not in the table.
    const NON_WORKING_WEEKDAYS: &[(i32, u32, u32)] = &[
        // 2025 (1 Jan is a Wednesday)
        (2025, 1, 1),
        (2025, 1, 6),
        (2025, 4, 18),
        (2025, 4, 21),
        (2025, 5, 1),
        (2025, 5, 29),
        (2025, 6, 6),
        (2025, 6, 20),
        (2025, 12, 24),
        (2025, 12, 25),
        (2025, 12, 26),
        (2025, 12, 31),
        // 2026 (1 Jan is a Thursday; 6 June and 26 Dec are Saturdays)
        (2026, 1, 1),
        (2026, 1, 6),
        (2026, 4, 3),
        (2026, 4, 6),
        (2026, 5, 1),
        (2026, 5, 14),
        (2026, 6, 19),
        (2026, 12, 24),
        (2026, 12, 25),
        (2026, 12, 31),
        // 2027 (1 Jan is a Friday; 1 May Saturday, 6 June Sunday,
        // 25-26 Dec on the weekend)
        (2027, 1, 1),
        (2027, 1, 6),
        (2027, 3, 26),
        (2027, 3, 29),
        (2027, 5, 6),
        (2027, 6, 25),
        (2027, 12, 24),
        (2027, 12, 31),
        // 2028 (leap year; 1 Jan Saturday, 24 and 31 Dec Sundays)
        (2028, 1, 6),
        (2028, 4, 14),
        (2028, 4, 17),
        (2028, 5, 1),
        (2028, 5, 25),
        (2028, 6, 6),
        (2028, 6, 23),
        (2028, 12, 25),
        (2028, 12, 26),
        // 2029 (1 Jan is a Monday; 6 Jan Saturday)
        (2029, 1, 1),
        (2029, 3, 30),
        (2029, 4, 2),
        (2029, 5, 1),
        (2029, 5, 10),
        (2029, 6, 6),
        (2029, 6, 22),
        (2029, 12, 24),
        (2029, 12, 25),
        (2029, 12, 26),
        (2029, 12, 31),
        // 2030 (1 Jan is a Tuesday; 6 Jan Sunday)
        (2030, 1, 1),
        (2030, 4, 19),
        (2030, 4, 22),
        (2030, 5, 1),
        (2030, 5, 30),
        (2030, 6, 6),
        (2030, 6, 21),
        (2030, 12, 24),
        (2030, 12, 25),
        (2030, 12, 26),
        (2030, 12, 31),
    ];

    #[test]
    fn every_weekday_of_2025_to_2030_matches_the_hand_derived_table() {
        let table: std::collections::BTreeSet<NaiveDate> = NON_WORKING_WEEKDAYS
            .iter()
            .map(|&(y, m, day)| d(y, m, day))
            .collect();
        assert_eq!(
            table.len(),
            NON_WORKING_WEEKDAYS.len(),
            "duplicates in table"
        );
        let mut day = d(2025, 1, 1);
        let mut weekdays = 0;
        while day <= d(2030, 12, 31) {
            if !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) {
                weekdays += 1;
                assert_eq!(
                    is_working_day(day),
                    !table.contains(&day),
                    "{day} ({:?})",
                    day.weekday()
                );
            } else {
                assert!(!is_working_day(day), "{day} is a weekend");
            }
            day = day.succ_opt().unwrap();
        }
        assert_eq!(weekdays, 1565);
        for date in &table {
            assert!(non_working_day(*date).is_some(), "{date} has a name");
        }
    }

    #[test]
    fn easter_dates_are_known_ones() {
        assert_eq!(easter_sunday(2024), d(2024, 3, 31));
        assert_eq!(easter_sunday(2025), d(2025, 4, 20));
        assert_eq!(easter_sunday(2026), d(2026, 4, 5));
        assert_eq!(easter_sunday(2027), d(2027, 3, 28));
        assert_eq!(easter_sunday(2028), d(2028, 4, 16));
        assert_eq!(easter_sunday(2029), d(2029, 4, 1));
        assert_eq!(easter_sunday(2030), d(2030, 4, 21));
        assert_eq!(easter_sunday(2038), d(2038, 4, 25));
        assert_eq!(easter_sunday(2285), d(2285, 3, 22));
    }

    #[test]
    fn names_of_weekend_holidays() {
        assert_eq!(
            non_working_day(d(2026, 6, 20)),
            Some(NonWorkingDay::Midsommardagen)
        );
        assert_eq!(
            non_working_day(d(2026, 10, 31)),
            Some(NonWorkingDay::AllaHelgonsDag)
        );
        assert_eq!(
            non_working_day(d(2027, 11, 6)),
            Some(NonWorkingDay::AllaHelgonsDag)
        );
        assert_eq!(
            non_working_day(d(2026, 5, 24)),
            Some(NonWorkingDay::Pingstdagen)
        );
        assert_eq!(
            non_working_day(d(2026, 4, 3)),
            Some(NonWorkingDay::Langfredagen)
        );
        assert_eq!(
            non_working_day(d(2026, 12, 24)),
            Some(NonWorkingDay::Julafton)
        );
        assert!(!NonWorkingDay::Julafton.is_public_holiday());
        assert!(NonWorkingDay::Juldagen.is_public_holiday());
        assert_eq!(non_working_day(d(2026, 3, 3)), None);
    }

    fn utc(y: i32, m: u32, day: u32, h: u32, min: u32, s: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, day, h, min, s).unwrap()
    }

    #[test]
    fn ordinary_weeks() {
        // Monday -> Wednesday.
        assert_eq!(answer_by(utc(2026, 3, 9, 10, 0, 0)), d(2026, 3, 11));
        // Friday -> Tuesday.
        assert_eq!(answer_by(utc(2026, 3, 13, 10, 0, 0)), d(2026, 3, 17));
        // Saturday and Sunday -> Tuesday.
        assert_eq!(answer_by(utc(2026, 3, 14, 10, 0, 0)), d(2026, 3, 17));
        assert_eq!(answer_by(utc(2026, 3, 15, 10, 0, 0)), d(2026, 3, 17));
    }

    #[test]
    fn across_year_ends() {
        // Mon 2025-12-22 -> Tue 23, then 24-26 off, weekend, Mon 29.
        assert_eq!(answer_by(utc(2025, 12, 22, 9, 0, 0)), d(2025, 12, 29));
        // Tue 2025-12-30 -> 31 off, 1 Jan off, Fri 2, weekend, Mon 5.
        assert_eq!(answer_by(utc(2025, 12, 30, 9, 0, 0)), d(2026, 1, 5));
        // Sent on nyårsafton 2026 (Thu) -> Fri 2027-01-01 off, weekend, Mon 4, Tue 5.
        assert_eq!(answer_by(utc(2026, 12, 31, 12, 0, 0)), d(2027, 1, 5));
        // Fri 2027-01-01 -> Mon 4, Tue 5 (trettondedag is Wed 6).
        assert_eq!(answer_by(utc(2027, 1, 1, 12, 0, 0)), d(2027, 1, 5));
        // Mon 2027-01-04 -> Tue 5, (Wed 6 off), Thu 7.
        assert_eq!(answer_by(utc(2027, 1, 4, 12, 0, 0)), d(2027, 1, 7));
        // Wed 2028-12-27 -> Thu 28, Fri 29.
        assert_eq!(answer_by(utc(2028, 12, 27, 12, 0, 0)), d(2028, 12, 29));
        // Fri 2028-12-29 -> Mon 1 Jan 2029 off -> Tue 2, Wed 3.
        assert_eq!(answer_by(utc(2028, 12, 29, 12, 0, 0)), d(2029, 1, 3));
    }

    #[test]
    fn across_easter_ascension_and_midsommar() {
        // Thu 2026-04-02 -> Fri 3 off, weekend, Mon 6 off, Tue 7, Wed 8.
        assert_eq!(answer_by(utc(2026, 4, 2, 8, 0, 0)), d(2026, 4, 8));
        // Wed 2027-03-24 -> Thu 25, (Fri 26, Mon 29 off) Tue 30.
        assert_eq!(answer_by(utc(2027, 3, 24, 8, 0, 0)), d(2027, 3, 30));
        // Wed 2026-05-13 -> (Thu 14 off) Fri 15, Mon 18.
        assert_eq!(answer_by(utc(2026, 5, 13, 8, 0, 0)), d(2026, 5, 18));
        // Thu 2026-06-18 -> (Fri 19 midsommarafton) Mon 22, Tue 23.
        assert_eq!(answer_by(utc(2026, 6, 18, 8, 0, 0)), d(2026, 6, 23));
        // Wed 2028-06-21 -> Thu 22, (Fri 23 off) Mon 26.
        assert_eq!(answer_by(utc(2028, 6, 21, 8, 0, 0)), d(2028, 6, 26));
    }

    #[test]
    fn stockholm_midnight_not_utc_midnight() {
        // Winter (UTC+1): 22:59:59Z is 23:59:59 on Monday 2026-03-09 in
        // Stockholm; 23:00:00Z is already Tuesday.
        assert_eq!(answer_by(utc(2026, 3, 9, 22, 59, 59)), d(2026, 3, 11));
        assert_eq!(answer_by(utc(2026, 3, 9, 23, 0, 0)), d(2026, 3, 12));
        // Summer (UTC+2): 21:59:59Z is 23:59:59 on Thursday 2026-08-13;
        // 22:00:00Z is Friday 14 -> Tuesday 18.
        assert_eq!(answer_by(utc(2026, 8, 13, 21, 59, 59)), d(2026, 8, 17));
        assert_eq!(answer_by(utc(2026, 8, 13, 22, 0, 0)), d(2026, 8, 18));
        // New Year's Eve 2026 23:30 in Stockholm is 22:30Z on the 31st;
        // 23:30Z is already 1 January 2027 (Friday, a holiday) -> Tue 5.
        assert_eq!(answer_by(utc(2026, 12, 31, 22, 30, 0)), d(2027, 1, 5));
        assert_eq!(answer_by(utc(2026, 12, 31, 23, 30, 0)), d(2027, 1, 5));
        // Friday 2026-03-13 23:30Z is Saturday 00:30 in Stockholm -> Tue 17.
        assert_eq!(answer_by(utc(2026, 3, 13, 23, 30, 0)), d(2026, 3, 17));
        // Thursday 2026-03-12 23:30Z is Friday in Stockholm -> Tue 17.
        assert_eq!(answer_by(utc(2026, 3, 12, 23, 30, 0)), d(2026, 3, 17));
    }

    #[test]
    fn add_working_days_from_a_holiday() {
        assert_eq!(add_working_days(d(2025, 12, 25), 0), d(2025, 12, 25));
        assert_eq!(add_working_days(d(2025, 12, 25), 1), d(2025, 12, 29));
    }
}

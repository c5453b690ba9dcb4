//! The statistics report (issue 22): what the organisation learns about
//! an office from the kiosks' hourly counts, the tickets' times and the
//! synpunkter's answers. Plain Rust: [`build`] aggregates what
//! [`load`] read from the store (the SQL is in `store.rs`), every
//! number through [`Cell::of`] so that small numbers are never shown.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, Timelike, Utc};

use super::config::CentralConfig;
use super::store::{Store, SynpunktPromise, TicketTimes};
use crate::clock::{stockholm, utc_of};
use crate::contract::stats::{
    Cell, FlowReport, Named, PromiseReport, Report, ServiceReport, hour_segment, parse_hour_segment,
};
use crate::i18n::Language;

/// The longest period one report covers (days, inclusive).
pub const MAX_REPORT_DAYS: i64 = 366;

/// The waiting-time buckets (minutes from, to), the last open-ended.
pub const WAIT_BUCKETS: [(u32, Option<u32>); 6] = [
    (0, Some(5)),
    (5, Some(10)),
    (10, Some(20)),
    (20, Some(30)),
    (30, Some(60)),
    (60, None),
];

/// Why a report cannot be made.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error("no office {0:?} in the central config")]
    UnknownOffice(String),
    #[error("the period ends ({to}) before it starts ({from})")]
    Backwards { from: NaiveDate, to: NaiveDate },
    #[error("the period is longer than {MAX_REPORT_DAYS} days")]
    TooLong,
    #[error("no database at {0}")]
    NoDatabase(PathBuf),
    #[error("database: {0}")]
    Database(#[from] rusqlite::Error),
}

/// A queue service as the report names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceInfo {
    pub id: String,
    /// Swedish.
    pub name: String,
    pub target_wait_minutes: u32,
}

/// Everything a report is made from.
#[derive(Debug, Clone, Default)]
pub struct Input {
    pub office: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub generated_at: DateTime<Utc>,
    /// Each delivered hour (its start) with its counts.
    pub hours: Vec<(DateTime<Utc>, BTreeMap<String, u32>)>,
    /// The office's services, in the config's order.
    pub services: Vec<ServiceInfo>,
    pub tickets: Vec<TicketTimes>,
    pub synpunkter: Vec<SynpunktPromise>,
}

/// The UTC instants a Stockholm period covers: from the start of `from`
/// up to the start of the day after `to`.
pub fn period(from: NaiveDate, to: NaiveDate) -> (DateTime<Utc>, DateTime<Utc>) {
    let start = utc_of(from.and_time(NaiveTime::MIN));
    let end = to
        .succ_opt()
        .map_or(start + Duration::days(MAX_REPORT_DAYS + 1), |d| {
            utc_of(d.and_time(NaiveTime::MIN))
        });
    (start, end)
}

/// Checks a period: `from` ≤ `to`, at most [`MAX_REPORT_DAYS`] days.
pub fn check_period(from: NaiveDate, to: NaiveDate) -> Result<(), ReportError> {
    if to < from {
        return Err(ReportError::Backwards { from, to });
    }
    if (to - from).num_days() + 1 > MAX_REPORT_DAYS {
        return Err(ReportError::TooLong);
    }
    Ok(())
}

/// Reads what the report of `office` for `from`..=`to` needs and builds it.
pub(super) fn load(
    store: &Store,
    config: &CentralConfig,
    office: &str,
    from: NaiveDate,
    to: NaiveDate,
    now: DateTime<Utc>,
) -> Result<Report, ReportError> {
    let office_config = config
        .office(office)
        .ok_or_else(|| ReportError::UnknownOffice(office.to_owned()))?;
    check_period(from, to)?;
    let (start, end) = period(from, to);
    let hours = store
        .stat_hours(office, &hour_segment(start), &hour_segment(end))?
        .into_iter()
        .filter_map(|row| {
            // Rows were checked when stored; one that no longer reads is left out.
            let at = parse_hour_segment(&row.hour)?;
            let counts = serde_json::from_str(&row.counts).ok()?;
            Some((at, counts))
        })
        .collect();
    let services = office_config
        .services
        .iter()
        .map(|s| ServiceInfo {
            id: s.id.clone(),
            name: s.name(Language::Sv),
            target_wait_minutes: s.target_wait_minutes,
        })
        .collect();
    let tickets = store.ticket_times(office, &from.to_string(), &to.to_string())?;
    let synpunkter = store.synpunkt_promises(office, start, end)?;
    Ok(build(&Input {
        office: office.to_owned(),
        from,
        to,
        generated_at: now,
        hours,
        services,
        tickets,
        synpunkter,
    }))
}

/// The report of `office` read straight from the database file at `db`
/// (the `report` command; no server needed).
pub fn from_database(
    config: &CentralConfig,
    db: &Path,
    office: &str,
    from: NaiveDate,
    to: NaiveDate,
    now: DateTime<Utc>,
) -> Result<Report, ReportError> {
    if !db.is_file() {
        return Err(ReportError::NoDatabase(db.to_owned()));
    }
    let store = Store::open(db)?;
    load(&store, config, office, from, to, now)
}

/// The report from its input.
pub fn build(input: &Input) -> Report {
    let totals = totals(&input.hours);
    let languages = by_suffix(&totals, "session.language.");
    let entries = by_suffix(&totals, "session.entry.");
    let mut top_guides = by_suffix(&totals, "guide.opened.");
    top_guides.truncate(10);
    let guides_help = by_suffix(&totals, "guide.help.");
    let synpunkter = by_suffix(&totals, "synpunkt.sent.")
        .into_iter()
        .map(|n| Named {
            name: area_kind(&n.name),
            value: n.value,
        })
        .collect();
    let count = |name: &str| totals.get(name).copied().unwrap_or(0);
    Report {
        office: input.office.clone(),
        from: input.from,
        to: input.to,
        generated_at: input.generated_at,
        visits: visits(&input.hours),
        languages,
        entries,
        flows: flows(&totals),
        services: services(&input.services, &input.tickets),
        top_guides,
        guides_help,
        searches: Cell::of(count(crate::contract::stats::name::SEARCH_MADE)),
        searches_without_result: Cell::of(count(crate::contract::stats::name::SEARCH_EMPTY)),
        synpunkter,
        promise: promise(&input.synpunkter),
        other: other(&totals),
    }
}

/// Every name's total over all hours.
pub fn totals(hours: &[(DateTime<Utc>, BTreeMap<String, u32>)]) -> BTreeMap<String, u64> {
    let mut totals = BTreeMap::new();
    for (_, counts) in hours {
        for (name, n) in counts {
            *totals.entry(name.clone()).or_insert(0) += u64::from(*n);
        }
    }
    totals
}

/// The names under `prefix` (the prefix taken off), most first, then by
/// name.
pub fn by_suffix(totals: &BTreeMap<String, u64>, prefix: &str) -> Vec<Named> {
    let mut found: Vec<(String, u64)> = totals
        .iter()
        .filter_map(|(name, n)| Some((name.strip_prefix(prefix)?.to_owned(), *n)))
        .filter(|(name, _)| !name.is_empty())
        .collect();
    found.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    found
        .into_iter()
        .map(|(name, n)| Named {
            name,
            value: Cell::of(n),
        })
        .collect()
}

/// `<area>.<kind>` as `<area>/<kind>` (the kind is the last part).
fn area_kind(name: &str) -> String {
    match name.rsplit_once('.') {
        Some((area, kind)) => format!("{area}/{kind}"),
        None => name.to_owned(),
    }
}

/// Sessions (the `session.language.*` counts) per Stockholm weekday
/// (Monday first) and hour.
pub fn visits(hours: &[(DateTime<Utc>, BTreeMap<String, u32>)]) -> Vec<Vec<Cell>> {
    let mut grid = [[0u64; 24]; 7];
    for (at, counts) in hours {
        let sessions: u64 = counts
            .iter()
            .filter(|(name, _)| name.starts_with("session.language."))
            .map(|(_, n)| u64::from(*n))
            .sum();
        let local = stockholm(*at);
        let day = local.weekday().num_days_from_monday() as usize;
        grid[day][local.hour() as usize] += sessions;
    }
    grid.iter()
        .map(|row| row.iter().map(|n| Cell::of(*n)).collect())
        .collect()
}

/// Each flow: started, completed, and where visitors left, by step.
pub fn flows(totals: &BTreeMap<String, u64>) -> Vec<FlowReport> {
    #[derive(Default)]
    struct Flow {
        started: u64,
        completed: u64,
        left: BTreeMap<String, u64>,
    }
    let mut flows: BTreeMap<String, Flow> = BTreeMap::new();
    for (name, n) in totals {
        let Some(rest) = name.strip_prefix("flow.") else {
            continue;
        };
        let Some((flow, what)) = rest.split_once('.') else {
            continue;
        };
        let entry = flows.entry(flow.to_owned()).or_default();
        match what {
            "started" => entry.started += n,
            "completed" => entry.completed += n,
            _ => {
                if let Some(step) = what.strip_prefix("left.") {
                    *entry.left.entry(step.to_owned()).or_insert(0) += n;
                }
            }
        }
    }
    flows
        .into_iter()
        .map(|(flow, f)| {
            let mut left: Vec<(String, u64)> = f.left.into_iter().collect();
            left.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            FlowReport {
                flow,
                started: Cell::of(f.started),
                completed: Cell::of(f.completed),
                left_at: left
                    .into_iter()
                    .map(|(name, n)| Named {
                        name,
                        value: Cell::of(n),
                    })
                    .collect(),
            }
        })
        .collect()
}

/// The bucket label of a wait of `minutes` (see [`WAIT_BUCKETS`]).
pub fn bucket_label(from: u32, to: Option<u32>) -> String {
    match to {
        Some(to) => format!("{from}-{to}"),
        None => format!("{from}+"),
    }
}

/// Which bucket a wait of `ms` falls in.
fn bucket_of(ms: i64) -> usize {
    let minutes = ms.max(0) as f64 / 60_000.0;
    WAIT_BUCKETS
        .iter()
        .position(|(_, to)| to.is_none_or(|to| minutes < f64::from(to)))
        .unwrap_or(WAIT_BUCKETS.len() - 1)
}

/// The median of durations in ms, in whole minutes (rounded); none for
/// fewer than 3 (a small number is not shown, nor what it would reveal).
pub fn median_minutes(mut ms: Vec<i64>) -> Option<u32> {
    if ms.len() < 3 {
        return None;
    }
    ms.sort_unstable();
    let mid = ms.len() / 2;
    let median = if ms.len() % 2 == 1 {
        ms[mid] as f64
    } else {
        (ms[mid - 1] as f64 + ms[mid] as f64) / 2.0
    };
    Some((median.max(0.0) / 60_000.0).round() as u32)
}

/// `part` of `base` in whole percent, only when `base` is at least 3.
pub fn percent(part: u64, base: u64) -> Option<u32> {
    (base >= 3).then(|| ((part as f64 * 100.0 / base as f64).round()) as u32)
}

/// Per service: tickets, called, no-shows, the waits (issued → first
/// called) in buckets, the median wait and handling (called → done) and
/// the share called within the service's target. Services not in the
/// config (renamed since) are named by their id.
pub fn services(config: &[ServiceInfo], tickets: &[TicketTimes]) -> Vec<ServiceReport> {
    let mut list: Vec<ServiceInfo> = config.to_vec();
    for t in tickets {
        if !list.iter().any(|s| s.id == t.service_id) {
            list.push(ServiceInfo {
                id: t.service_id.clone(),
                name: t.service_id.clone(),
                target_wait_minutes: super::config::DEFAULT_TARGET_WAIT_MINUTES,
            });
        }
    }
    list.into_iter()
        .map(|service| {
            let mine: Vec<&TicketTimes> = tickets
                .iter()
                .filter(|t| t.service_id == service.id)
                .collect();
            let waits: Vec<i64> = mine
                .iter()
                .filter_map(|t| Some(t.first_called_ms? - t.issued_at_ms))
                .collect();
            let handling: Vec<i64> = mine
                .iter()
                .filter_map(|t| Some(t.done_ms? - t.served_from_ms?))
                .collect();
            let mut buckets = [0u64; WAIT_BUCKETS.len()];
            for w in &waits {
                buckets[bucket_of(*w)] += 1;
            }
            let target_ms = i64::from(service.target_wait_minutes) * 60_000;
            let within = waits.iter().filter(|w| **w <= target_ms).count() as u64;
            let called = waits.len() as u64;
            ServiceReport {
                service_id: service.id,
                name: service.name,
                tickets: Cell::of(mine.len() as u64),
                called: Cell::of(called),
                no_shows: Cell::of(mine.iter().filter(|t| t.no_show).count() as u64),
                wait_buckets: WAIT_BUCKETS
                    .iter()
                    .zip(buckets)
                    .map(|((from, to), n)| Named {
                        name: bucket_label(*from, *to),
                        value: Cell::of(n),
                    })
                    .collect(),
                median_wait_minutes: median_minutes(waits),
                median_handling_minutes: median_minutes(handling),
                target_wait_minutes: service.target_wait_minutes,
                within_target_percent: percent(within, called),
            }
        })
        .collect()
}

/// The promise per service area: synpunkter with contact details, and
/// those answered or acknowledged by their answer-by date (Stockholm).
pub fn promise(synpunkter: &[SynpunktPromise]) -> Vec<PromiseReport> {
    let mut areas: BTreeMap<&str, (u64, u64)> = BTreeMap::new();
    for s in synpunkter {
        let Some(respond_by) = s.respond_by else {
            continue;
        };
        let first = match (s.acknowledged_at, s.answered_at) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        let kept = first.is_some_and(|at| stockholm(at).date() <= respond_by);
        let entry = areas.entry(&s.service_area).or_insert((0, 0));
        entry.0 += 1;
        entry.1 += u64::from(kept);
    }
    areas
        .into_iter()
        .map(|(area, (with_contact, kept))| PromiseReport {
            service_area: area.to_owned(),
            with_contact: Cell::of(with_contact),
            kept: Cell::of(kept),
            kept_percent: percent(kept, with_contact),
        })
        .collect()
}

/// The prefixes reported in sections of their own; every other count
/// goes to `other`, so nothing counted is lost.
const SECTIONS: [&str; 8] = [
    "session.language.",
    "session.entry.",
    "flow.",
    "guide.opened.",
    "guide.help.",
    "synpunkt.sent.",
    "search.made",
    "search.empty",
];

/// Accessibility, idle resets, crisis takeovers and every other count
/// not reported elsewhere (by full name).
pub fn other(totals: &BTreeMap<String, u64>) -> Vec<Named> {
    totals
        .iter()
        .filter(|(name, _)| !SECTIONS.iter().any(|p| name.starts_with(p)))
        .map(|(name, n)| Named {
            name: name.clone(),
            value: Cell::of(*n),
        })
        .collect()
}

/// The report as CSV: `section,name,value`, one line per number.
pub fn to_csv(report: &Report) -> String {
    let mut out = String::from("section,name,value\n");
    let mut line = |section: &str, name: &str, value: &str| {
        for (i, field) in [section, name, value].into_iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            if field.contains([',', '"', '\n', '\r']) {
                out.push('"');
                out.push_str(&field.replace('"', "\"\""));
                out.push('"');
            } else {
                out.push_str(field);
            }
        }
        out.push('\n');
    };
    line("report", "office", &report.office);
    line("report", "from", &report.from.to_string());
    line("report", "to", &report.to.to_string());
    for (day, row) in WEEKDAYS.iter().zip(&report.visits) {
        for (hour, cell) in row.iter().enumerate() {
            line("visits", &format!("{day}-{hour:02}"), &cell.to_string());
        }
    }
    let named = |line: &mut dyn FnMut(&str, &str, &str), section: &str, list: &[Named]| {
        for n in list {
            line(section, &n.name, &n.value.to_string());
        }
    };
    named(&mut line, "languages", &report.languages);
    named(&mut line, "entries", &report.entries);
    for flow in &report.flows {
        let section = format!("flow.{}", flow.flow);
        line(&section, "started", &flow.started.to_string());
        line(&section, "completed", &flow.completed.to_string());
        for n in &flow.left_at {
            line(&section, &format!("left.{}", n.name), &n.value.to_string());
        }
    }
    let opt = |v: Option<u32>| v.map(|v| v.to_string()).unwrap_or_default();
    for s in &report.services {
        let section = format!("service.{}", s.service_id);
        line(&section, "tickets", &s.tickets.to_string());
        line(&section, "called", &s.called.to_string());
        line(&section, "no_shows", &s.no_shows.to_string());
        for n in &s.wait_buckets {
            line(&section, &format!("wait.{}", n.name), &n.value.to_string());
        }
        line(&section, "median_wait_minutes", &opt(s.median_wait_minutes));
        line(
            &section,
            "median_handling_minutes",
            &opt(s.median_handling_minutes),
        );
        line(
            &section,
            "target_wait_minutes",
            &s.target_wait_minutes.to_string(),
        );
        line(
            &section,
            "within_target_percent",
            &opt(s.within_target_percent),
        );
    }
    named(&mut line, "top_guides", &report.top_guides);
    named(&mut line, "guides_help", &report.guides_help);
    line("searches", "made", &report.searches.to_string());
    line(
        "searches",
        "without_result",
        &report.searches_without_result.to_string(),
    );
    named(&mut line, "synpunkter", &report.synpunkter);
    for p in &report.promise {
        let section = format!("promise.{}", p.service_area);
        line(&section, "with_contact", &p.with_contact.to_string());
        line(&section, "kept", &p.kept.to_string());
        line(&section, "kept_percent", &opt(p.kept_percent));
    }
    named(&mut line, "other", &report.other);
    out
}

/// Weekday names in the CSV (Monday first).
pub const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn hour(
        y: i32,
        m: u32,
        d: u32,
        h: u32,
        counts: &[(&str, u32)],
    ) -> (DateTime<Utc>, BTreeMap<String, u32>) {
        (
            Utc.with_ymd_and_hms(y, m, d, h, 0, 0).unwrap(),
            counts.iter().map(|(k, v)| (k.to_string(), *v)).collect(),
        )
    }

    fn ticket(service: &str, wait_min: i64, handling_min: Option<i64>) -> TicketTimes {
        let issued = 1_000_000;
        let called = issued + wait_min * 60_000;
        TicketTimes {
            service_id: service.into(),
            issued_at_ms: issued,
            first_called_ms: Some(called),
            served_from_ms: handling_min.map(|_| called),
            done_ms: handling_min.map(|h| called + h * 60_000),
            no_show: false,
        }
    }

    #[test]
    fn visits_fall_on_the_stockholm_weekday_and_hour() {
        // Monday 23 Nov 2026 08:00Z = 09:00 in Stockholm (CET);
        // Sunday 22 Nov 23:00Z = Monday 00:00 local.
        let hours = vec![
            hour(
                2026,
                11,
                23,
                8,
                &[
                    ("session.language.sv", 4),
                    ("session.language.ar", 3),
                    ("guide.opened.x", 9),
                ],
            ),
            hour(2026, 11, 22, 23, &[("session.language.sv", 1)]),
            // Summer time: 2026-06-01 (Monday) 07:00Z = 09:00 local.
            hour(2026, 6, 1, 7, &[("session.language.fi", 2)]),
        ];
        let grid = visits(&hours);
        assert_eq!(grid.len(), 7);
        assert!(grid.iter().all(|row| row.len() == 24));
        assert_eq!(grid[0][9], Cell::Count(9));
        assert_eq!(grid[0][0], Cell::Below3);
        assert_eq!(grid[6][23], Cell::Below3);
        assert_eq!(grid[2][12], Cell::Below3);
    }

    #[test]
    fn sections_sort_most_first_and_hide_small_numbers() {
        let hours = vec![
            hour(
                2026,
                11,
                23,
                8,
                &[
                    ("session.language.sv", 5),
                    ("session.language.ar", 7),
                    ("session.language.so", 1),
                ],
            ),
            hour(2026, 11, 23, 9, &[("session.language.sv", 5)]),
        ];
        let t = totals(&hours);
        let langs = by_suffix(&t, "session.language.");
        let names: Vec<_> = langs.iter().map(|n| (n.name.as_str(), n.value)).collect();
        assert_eq!(
            names,
            vec![
                ("sv", Cell::Count(10)),
                ("ar", Cell::Count(7)),
                ("so", Cell::Below3)
            ]
        );
    }

    #[test]
    fn flows_say_where_visitors_leave() {
        let t: BTreeMap<String, u64> = [
            ("flow.ticket.started", 20),
            ("flow.ticket.completed", 15),
            ("flow.ticket.left.service", 4),
            ("flow.ticket.left.needs", 1),
            ("flow.synpunkt.started", 3),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect();
        let f = flows(&t);
        assert_eq!(f.len(), 2);
        let ticket = f.iter().find(|f| f.flow == "ticket").unwrap();
        assert_eq!(ticket.started, Cell::Count(20));
        assert_eq!(ticket.completed, Cell::Count(15));
        assert_eq!(ticket.left_at[0].name, "service");
        assert_eq!(ticket.left_at[0].value, Cell::Count(4));
        assert_eq!(ticket.left_at[1].value, Cell::Below3);
        let synpunkt = f.iter().find(|f| f.flow == "synpunkt").unwrap();
        assert_eq!(synpunkt.completed, Cell::Below3);
    }

    #[test]
    fn waits_fall_in_buckets_and_the_target_share_needs_three() {
        let config = vec![ServiceInfo {
            id: "a".into(),
            name: "A".into(),
            target_wait_minutes: 20,
        }];
        let tickets = vec![
            ticket("a", 2, Some(6)),
            ticket("a", 4, Some(8)),
            ticket("a", 12, Some(10)),
            ticket("a", 25, None),
            ticket("b", 1, Some(1)),
        ];
        let report = services(&config, &tickets);
        assert_eq!(report.len(), 2, "an unknown service is listed by its id");
        let a = &report[0];
        assert_eq!(a.tickets, Cell::Count(4));
        assert_eq!(a.called, Cell::Count(4));
        let buckets: Vec<_> = a
            .wait_buckets
            .iter()
            .map(|n| (n.name.as_str(), n.value))
            .collect();
        assert_eq!(
            buckets,
            vec![
                ("0-5", Cell::Below3),
                ("5-10", Cell::Below3),
                ("10-20", Cell::Below3),
                ("20-30", Cell::Below3),
                ("30-60", Cell::Below3),
                ("60+", Cell::Below3),
            ]
        );
        // Waits 2, 4, 12, 25 → median 8; handling 6, 8, 10 → 8.
        assert_eq!(a.median_wait_minutes, Some(8));
        assert_eq!(a.median_handling_minutes, Some(8));
        assert_eq!(a.within_target_percent, Some(75));
        let b = &report[1];
        assert_eq!((b.name.as_str(), b.target_wait_minutes), ("b", 20));
        assert_eq!(b.within_target_percent, None);
        assert_eq!(b.median_wait_minutes, None);
        assert_eq!(bucket_of(5 * 60_000 - 1), 0);
        assert_eq!(bucket_of(5 * 60_000), 1);
        assert_eq!(bucket_of(3 * 3_600_000), 5);
    }

    #[test]
    fn medians_and_percentages() {
        assert_eq!(median_minutes(vec![60_000, 120_000]), None);
        assert_eq!(median_minutes(vec![180_000, 60_000, 120_000]), Some(2));
        assert_eq!(
            median_minutes(vec![60_000, 120_000, 180_000, 240_000]),
            Some(3)
        );
        assert_eq!(percent(2, 2), None);
        assert_eq!(percent(2, 3), Some(67));
        assert_eq!(percent(0, 10), Some(0));
    }

    #[test]
    fn the_promise_is_kept_by_the_answer_by_date_in_stockholm() {
        let by = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let at = |d: u32, h: u32| Some(Utc.with_ymd_and_hms(2026, 11, d, h, 0, 0).unwrap());
        let s = |area: &str, respond_by, ack, ans| SynpunktPromise {
            service_area: String::from(area),
            respond_by,
            acknowledged_at: ack,
            answered_at: ans,
        };
        let list = vec![
            s("skola", Some(by), None, at(24, 9)),
            // 22:30Z on the 25th is still the 25th in Stockholm.
            s("skola", Some(by), at(25, 22), None),
            // Acknowledged in time, answered late: kept.
            s("skola", Some(by), at(25, 8), at(27, 8)),
            s("skola", Some(by), None, at(26, 8)),
            s("skola", Some(by), None, None),
            // 23:30Z on the 25th is the 26th in Stockholm: late.
            s(
                "bygg",
                Some(by),
                None,
                Some(Utc.with_ymd_and_hms(2026, 11, 25, 23, 30, 0).unwrap()),
            ),
            // Without contact: no promise.
            s("bygg", None, None, None),
        ];
        let p = promise(&list);
        assert_eq!(p.len(), 2);
        let bygg = &p[0];
        assert_eq!(bygg.service_area, "bygg");
        assert_eq!(
            (bygg.with_contact, bygg.kept, bygg.kept_percent),
            (Cell::Below3, Cell::Below3, None)
        );
        let skola = &p[1];
        assert_eq!(skola.with_contact, Cell::Count(5));
        assert_eq!(skola.kept, Cell::Count(3));
        assert_eq!(skola.kept_percent, Some(60));
    }

    #[test]
    fn other_keeps_what_no_section_reports() {
        let t: BTreeMap<String, u64> = [
            ("access.contrast", 4),
            ("idle.reset", 9),
            ("crisis.takeover", 1),
            ("guide.opened.x", 5),
            ("search.made", 7),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v))
        .collect();
        let names: Vec<_> = other(&t).into_iter().map(|n| n.name).collect();
        assert_eq!(
            names,
            vec!["access.contrast", "crisis.takeover", "idle.reset"]
        );
    }

    #[test]
    fn a_report_as_csv_hides_small_numbers() {
        let input = Input {
            office: "o".into(),
            from: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
            to: NaiveDate::from_ymd_opt(2026, 11, 29).unwrap(),
            hours: vec![hour(
                2026,
                11,
                23,
                8,
                &[
                    ("session.language.sv", 4),
                    ("session.language.ar", 1),
                    ("synpunkt.sent.skola.complaint", 3),
                    ("search.made", 2),
                ],
            )],
            ..Input::default()
        };
        let report = build(&input);
        let csv = to_csv(&report);
        assert!(csv.starts_with("section,name,value\n"));
        assert!(csv.contains("languages,sv,4\n"), "{csv}");
        assert!(csv.contains("languages,ar,< 3\n"));
        assert!(csv.contains("visits,mon-09,5\n"));
        assert!(csv.contains("synpunkter,skola/complaint,3\n"));
        assert!(csv.contains("searches,made,< 3\n"));
        assert_eq!(
            csv.lines().filter(|l| l.starts_with("visits,")).count(),
            7 * 24
        );
    }

    #[test]
    fn periods_are_checked_and_cover_stockholm_days() {
        let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
        assert!(check_period(d(11, 2), d(11, 1)).is_err());
        assert!(check_period(d(1, 1), d(12, 31)).is_ok());
        assert!(matches!(
            check_period(d(1, 1), NaiveDate::from_ymd_opt(2027, 1, 2).unwrap()),
            Err(ReportError::TooLong)
        ));
        let (start, end) = period(d(11, 23), d(11, 23));
        assert_eq!(start, Utc.with_ymd_and_hms(2026, 11, 22, 23, 0, 0).unwrap());
        assert_eq!(end, Utc.with_ymd_and_hms(2026, 11, 23, 23, 0, 0).unwrap());
    }
}

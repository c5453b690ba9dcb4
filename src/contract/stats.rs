//! Anonymous service statistics (issue 22): what a kiosk counted in one
//! hour, the synpunkt status the contact centre reports, and the report
//! the organisation reads. Counts by fixed names only — never free text,
//! never anything that identifies a visitor.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// At most this many distinct names in one hour's counts.
pub const MAX_COUNT_NAMES: usize = 2000;

/// Whether `name` is a count name: 1-120 characters of `a-z 0-9 . _ : -`,
/// with at least one `.` (`session.language.ar`, `guide.opened.bygglov`,
/// `flow.synpunkt.left.message`). Ids from the content are fixed ids, so
/// they fit; free text does not.
pub fn is_count_name(name: &str) -> bool {
    (1..=120).contains(&name.len())
        && name.contains('.')
        && name.bytes().all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'.' | b'_' | b':' | b'-')
        })
}

/// The count names a kiosk sends (one place, for the kiosk that counts
/// and the server that reports). `{…}` are fixed ids: a language code, a
/// flow, a step, a service, guide, contact, tool, area, kind or topic id.
pub mod name {
    /// A session began, in this language.
    pub fn session_language(code: &str) -> String {
        format!("session.language.{code}")
    }
    /// What the session opened first on Home (`ticket`, `guides`,
    /// `synpunkt`, `contacts`, `news`, `hours`, `tools`).
    pub fn session_entry(flow: &str) -> String {
        format!("session.entry.{flow}")
    }
    /// A flow was started.
    pub fn flow_started(flow: &str) -> String {
        format!("flow.{flow}.started")
    }
    /// A flow reached its end (a ticket, a receipt).
    pub fn flow_completed(flow: &str) -> String {
        format!("flow.{flow}.completed")
    }
    /// A visitor left a flow unfinished at this step.
    pub fn flow_left(flow: &str, step: &str) -> String {
        format!("flow.{flow}.left.{step}")
    }
    pub fn ticket_service(service: &str) -> String {
        format!("ticket.service.{service}")
    }
    /// `interpreter`, or an accessibility need (`wheelchair`, …).
    pub fn ticket_need(need: &str) -> String {
        format!("ticket.need.{need}")
    }
    /// A ticket for help about a guide or tool (`guide:<id>`, `tool:<id>`).
    pub fn ticket_topic(topic: &str) -> String {
        format!("ticket.topic.{topic}")
    }
    pub fn guide_opened(id: &str) -> String {
        format!("guide.opened.{id}")
    }
    /// "I want help from staff" on a guide.
    pub fn guide_help(id: &str) -> String {
        format!("guide.help.{id}")
    }
    pub fn contact_opened(id: &str) -> String {
        format!("contact.opened.{id}")
    }
    pub fn tool_opened(id: &str) -> String {
        format!("tool.opened.{id}")
    }
    pub const FORMS_OPENED: &str = "forms.opened";
    /// A QR code shown (`guide`, `contact`, `ticket`, `wifi`).
    pub fn qr_shown(kind: &str) -> String {
        format!("qr.shown.{kind}")
    }
    pub const SEARCH_MADE: &str = "search.made";
    pub const SEARCH_EMPTY: &str = "search.empty";
    /// A synpunkt sent, by area and kind (`synpunkt.sent.<area>.<kind>`).
    pub fn synpunkt_sent(area: &str, kind: &str) -> String {
        format!("synpunkt.sent.{area}.{kind}")
    }
    pub fn synpunkt_topic(topic: &str) -> String {
        format!("synpunkt.topic.{topic}")
    }
    /// With or without contact details (`with`, `without`).
    pub fn synpunkt_contact(with: bool) -> String {
        format!("synpunkt.contact.{}", if with { "with" } else { "without" })
    }
    pub const IDLE_RESET: &str = "idle.reset";
    /// "I am still here" pressed on the idle warning.
    pub const IDLE_EXTENDED: &str = "idle.extended";
    /// Accessibility used in a session (`text-size`, `contrast`, `reach`,
    /// `speech`, `keys`, `headset`, `easy-read`).
    pub fn access(what: &str) -> String {
        format!("access.{what}")
    }
    pub const CRISIS_TAKEOVER: &str = "crisis.takeover";
}

/// `PUT /v1/kiosks/{kiosk_id}/stats/{hour}`: everything a kiosk counted in
/// one clock hour. `hour` in the path is the hour's start in UTC,
/// `YYYY-MM-DDTHH` (e.g. `2026-11-23T09`). The server keeps the latest
/// delivery per kiosk and hour, so a late or repeated delivery changes
/// nothing (a delivery during the hour is replaced by the final one).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HourCounts {
    pub office: String,
    /// Count name → how many ([`is_count_name`]).
    pub counts: BTreeMap<String, u32>,
}

/// The path segment of an hour: its start in UTC as `YYYY-MM-DDTHH`.
pub fn hour_segment(hour_start: DateTime<Utc>) -> String {
    hour_start.format("%Y-%m-%dT%H").to_string()
}

/// The hour a path segment names (its start), if it is one.
pub fn parse_hour_segment(segment: &str) -> Option<DateTime<Utc>> {
    if segment.len() != 13 {
        return None;
    }
    let naive =
        chrono::NaiveDateTime::parse_from_str(&format!("{segment}:00:00"), "%Y-%m-%dT%H:%M:%S")
            .ok()?;
    Some(naive.and_utc())
}

/// What the contact centre reports about a synpunkt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SynpunktStatus {
    /// Feedback given: received, who handles it and how (a complex matter).
    Acknowledged,
    /// Answered.
    Answered,
}

/// `POST /v1/synpunkter/{reference}/status` (admin role).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SynpunktStatusRequest {
    pub status: SynpunktStatus,
    /// When the visitor was answered or given feedback.
    pub at: DateTime<Utc>,
}

/// A number in a report: small numbers (below 3) are not shown, so that
/// nobody can be recognised in them. Serialised as the number, or the
/// string `"< 3"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    Count(u64),
    Below3,
}

impl Cell {
    /// `n` as reported: any number below 3 is hidden.
    pub fn of(n: u64) -> Cell {
        if n < 3 { Cell::Below3 } else { Cell::Count(n) }
    }
}

impl std::fmt::Display for Cell {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Cell::Count(n) => write!(f, "{n}"),
            Cell::Below3 => f.write_str("< 3"),
        }
    }
}

impl Serialize for Cell {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Cell::Count(n) => s.serialize_u64(*n),
            Cell::Below3 => s.serialize_str("< 3"),
        }
    }
}

impl<'de> Deserialize<'de> for Cell {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Cell, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            N(u64),
            S(String),
        }
        match Raw::deserialize(d)? {
            Raw::N(n) => Ok(Cell::Count(n)),
            Raw::S(s) if s == "< 3" => Ok(Cell::Below3),
            Raw::S(s) => Err(serde::de::Error::custom(format!("not a count: {s:?}"))),
        }
    }
}

/// A named number of a report (a language, a guide, a step).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Named {
    pub name: String,
    pub value: Cell,
}

/// One flow (ticket, guides, synpunkt …): how many started it, finished
/// it, and where the others left.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FlowReport {
    pub flow: String,
    pub started: Cell,
    pub completed: Cell,
    /// Step name → visitors who left the flow there.
    pub left_at: Vec<Named>,
}

/// One queue service's tickets, waits and handling.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceReport {
    pub service_id: String,
    /// The service's Swedish name.
    pub name: String,
    pub tickets: Cell,
    pub called: Cell,
    pub no_shows: Cell,
    /// Waiting time (issued → first called) in buckets: "0-5", "5-10",
    /// "10-20", "20-30", "30-60", "60+" minutes.
    pub wait_buckets: Vec<Named>,
    pub median_wait_minutes: Option<u32>,
    pub median_handling_minutes: Option<u32>,
    /// The service's target wait and the share called within it (percent
    /// of called tickets; none when fewer than 3 were called).
    pub target_wait_minutes: u32,
    pub within_target_percent: Option<u32>,
}

/// The two-working-day promise for one service area: synpunkter with
/// contact details, and how many got their answer or feedback by the
/// answer-by date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PromiseReport {
    pub service_area: String,
    pub with_contact: Cell,
    pub kept: Cell,
    /// Percent kept (none when fewer than 3 with contact).
    pub kept_percent: Option<u32>,
}

/// `GET /v1/reports?office=…&from=YYYY-MM-DD&to=YYYY-MM-DD` (admin role;
/// `Accept: text/csv` or `format=csv` for CSV): what the organisation
/// learns about an office, `from` to `to` inclusive (Stockholm dates).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    pub office: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub generated_at: DateTime<Utc>,
    /// Kiosk sessions per weekday (Monday first) and hour (0-23).
    pub visits: Vec<Vec<Cell>>,
    pub languages: Vec<Named>,
    /// Sessions by what they opened first on Home.
    pub entries: Vec<Named>,
    pub flows: Vec<FlowReport>,
    pub services: Vec<ServiceReport>,
    /// The most opened guides (by id), most first, at most ten.
    pub top_guides: Vec<Named>,
    /// Guides where visitors asked for help from staff, most first.
    pub guides_help: Vec<Named>,
    pub searches: Cell,
    pub searches_without_result: Cell,
    /// Synpunkter by `area/kind`.
    pub synpunkter: Vec<Named>,
    pub promise: Vec<PromiseReport>,
    /// Accessibility use (text size, contrast, reach, speech, keys,
    /// headset) and other counted events (idle resets, crisis takeovers).
    pub other: Vec<Named>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn count_names_are_fixed_names_not_text() {
        for ok in [
            "session.language.ar",
            "guide.opened.e-legitimation",
            "ticket.topic.tool:wifi",
        ] {
            assert!(is_count_name(ok), "{ok}");
        }
        for bad in [
            "",
            "nodot",
            "search.query.Förskola",
            "a.b c",
            "x.<script>",
            &"a.".repeat(61),
        ] {
            assert!(!is_count_name(bad), "{bad}");
        }
    }

    #[test]
    fn small_cells_are_hidden() {
        assert_eq!(Cell::of(0), Cell::Below3);
        assert_eq!(Cell::of(1), Cell::Below3);
        assert_eq!(Cell::of(2), Cell::Below3);
        assert_eq!(Cell::of(3), Cell::Count(3));
        assert_eq!(serde_json::to_string(&Cell::Below3).unwrap(), "\"< 3\"");
        assert_eq!(
            serde_json::from_str::<Cell>("\"< 3\"").unwrap(),
            Cell::Below3
        );
        assert_eq!(serde_json::from_str::<Cell>("7").unwrap(), Cell::Count(7));
        assert_eq!(Cell::Below3.to_string(), "< 3");
    }

    #[test]
    fn hours_round_trip_through_the_path() {
        let hour = parse_hour_segment("2026-11-23T09").unwrap();
        assert_eq!(hour_segment(hour), "2026-11-23T09");
        assert!(parse_hour_segment("2026-11-23T9").is_none());
        assert!(parse_hour_segment("2026-11-23T25").is_none());
    }
}

//! Anonymous service statistics (issue 22): what happened at the kiosk,
//! counted per clock hour by fixed names only (`contract::stats::name`) —
//! never free text, never anything that identifies a visitor. Each hour is
//! kept on disk (`stats/<YYYY-MM-DDTHH>.json` in the data directory, the
//! hour's start in UTC), so a restart loses nothing; the backend delivers
//! every hour to the central API (`PUT /v1/kiosks/{id}/stats/{hour}`, which
//! replaces: a late or repeated delivery changes nothing) and marks what
//! was delivered. The staff panel's figures for today are read from the
//! same counts. Delivered hours leave memory after two days and the disk
//! after eight ([`Stats::prune`]); undelivered hours are never dropped.
//!
//! Plain Rust: no window, no clock of its own (every call takes `now`).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

use chrono::{DateTime, Duration, NaiveDate, Timelike, Utc};
use serde::{Deserialize, Serialize};

use crate::contract::stats::{hour_segment, is_count_name, name, parse_hour_segment};
use crate::contract::{AccessibilityNeed, TicketNeeds};

/// Delivered hours are kept on disk this long.
const KEEP_DAYS: i64 = 8;

/// Delivered hours are kept in memory this long: the staff panel reads
/// today's (a Stockholm day, at most 25 hours back).
const MEMORY_HOURS: i64 = 48;

/// What happened, to be counted.
#[derive(Debug, Clone, Copy)]
pub enum Counted<'a> {
    /// A visitor chose a language on Start: a session began.
    Session {
        language: &'a str,
    },
    /// The first flow a session opened on Home.
    Entry {
        flow: &'a str,
    },
    FlowStarted {
        flow: &'a str,
    },
    FlowCompleted {
        flow: &'a str,
    },
    /// The visitor left `flow` unfinished at `step`.
    FlowLeft {
        flow: &'a str,
        step: &'a str,
    },
    /// A ticket issued; `name` is the service's Swedish name (for the staff
    /// panel only, never sent).
    Ticket {
        service_id: &'a str,
        name: &'a str,
        needs: &'a TicketNeeds,
        topic: Option<&'a str>,
    },
    GuideOpened {
        id: &'a str,
    },
    /// "I want help from staff" on a guide.
    GuideHelp {
        id: &'a str,
    },
    ContactOpened {
        id: &'a str,
    },
    ToolOpened {
        id: &'a str,
    },
    FormsOpened,
    /// A QR code shown (`guide`, `contact`, `ticket`, `wifi`).
    QrShown {
        kind: &'a str,
    },
    /// A search made; `found` whether it had results.
    Search {
        found: bool,
    },
    Synpunkt {
        area: &'a str,
        kind: &'a str,
        topics: &'a [&'a str],
        with_contact: bool,
    },
    IdleReset,
    IdleExtended,
    /// Accessibility used in a session (`text-size`, `contrast`, `reach`,
    /// `speech`, `keys`, `headset`).
    Access {
        what: &'a str,
    },
    CrisisTakeover,
}

fn need_id(need: AccessibilityNeed) -> &'static str {
    match need {
        AccessibilityNeed::Wheelchair => "wheelchair",
        AccessibilityNeed::HearingLoop => "hearing-loop",
        AccessibilityNeed::LowVision => "low-vision",
        AccessibilityNeed::QuietPlace => "quiet-place",
        AccessibilityNeed::Other => "other",
    }
}

impl Counted<'_> {
    /// The count names this event adds one to.
    pub fn names(&self) -> Vec<String> {
        match *self {
            Counted::Session { language } => vec![name::session_language(language)],
            Counted::Entry { flow } => vec![name::session_entry(flow)],
            Counted::FlowStarted { flow } => vec![name::flow_started(flow)],
            Counted::FlowCompleted { flow } => vec![name::flow_completed(flow)],
            Counted::FlowLeft { flow, step } => vec![name::flow_left(flow, step)],
            Counted::Ticket {
                service_id,
                needs,
                topic,
                ..
            } => {
                let mut names = vec![name::ticket_service(service_id)];
                if needs.interpreter_language.is_some() {
                    names.push(name::ticket_need("interpreter"));
                }
                for &need in &needs.accessibility {
                    names.push(name::ticket_need(need_id(need)));
                }
                if let Some(topic) = topic {
                    names.push(name::ticket_topic(topic));
                }
                names
            }
            Counted::GuideOpened { id } => vec![name::guide_opened(id)],
            Counted::GuideHelp { id } => vec![name::guide_help(id)],
            Counted::ContactOpened { id } => vec![name::contact_opened(id)],
            Counted::ToolOpened { id } => vec![name::tool_opened(id)],
            Counted::FormsOpened => vec![name::FORMS_OPENED.to_owned()],
            Counted::QrShown { kind } => vec![name::qr_shown(kind)],
            Counted::Search { found } => {
                let mut names = vec![name::SEARCH_MADE.to_owned()];
                if !found {
                    names.push(name::SEARCH_EMPTY.to_owned());
                }
                names
            }
            Counted::Synpunkt {
                area,
                kind,
                topics,
                with_contact,
            } => {
                let mut names = vec![
                    name::synpunkt_sent(area, kind),
                    name::synpunkt_contact(with_contact),
                ];
                names.extend(topics.iter().map(|t| name::synpunkt_topic(t)));
                names
            }
            Counted::IdleReset => vec![name::IDLE_RESET.to_owned()],
            Counted::IdleExtended => vec![name::IDLE_EXTENDED.to_owned()],
            Counted::Access { what } => vec![name::access(what)],
            Counted::CrisisTakeover => vec![name::CRISIS_TAKEOVER.to_owned()],
        }
    }
}

/// One hour's counts as kept on disk.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
struct HourFile {
    counts: Arc<BTreeMap<String, u32>>,
    /// The counts as last accepted by the central API (the hour is done
    /// when they equal `counts` and the hour is over). While they do, the
    /// two share one map.
    #[serde(default)]
    delivered: Option<Arc<BTreeMap<String, u32>>>,
    /// The central API refused the hour as invalid: not sent again.
    #[serde(default)]
    refused: bool,
}

/// Today's figures for the staff panel.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    /// Tickets per service (its Swedish name where known, else its id).
    pub tickets: BTreeMap<String, u64>,
    /// Synpunkter per kind (`complaint`, `praise`, `suggestion`).
    pub synpunkter: BTreeMap<String, u64>,
    /// Sessions per language code.
    pub languages: BTreeMap<String, u64>,
}

#[derive(Debug, Default)]
struct Inner {
    /// Where the hours are kept; `None`: in memory only.
    dir: Option<PathBuf>,
    /// The writer thread's queue: hours to write (never on the thread
    /// that counts, which is the UI's).
    writer: Option<std::sync::mpsc::Sender<Write>>,
    /// The hours not delivered yet, and the delivered ones of the last
    /// [`MEMORY_HOURS`].
    hours: BTreeMap<DateTime<Utc>, HourFile>,
    /// Hours changed in memory and not yet taken by the writer thread.
    unsaved: BTreeSet<DateTime<Utc>>,
    /// Delivered (or refused) hours no longer in memory, whose files are
    /// removed after [`KEEP_DAYS`].
    done_on_disk: BTreeSet<DateTime<Utc>>,
    /// Service id → Swedish name, learnt from tickets (staff panel only).
    service_names: BTreeMap<String, String>,
}

/// What the writer thread is asked to do.
#[derive(Debug)]
enum Write {
    Hour(DateTime<Utc>),
    /// Answer when everything asked before is written.
    Flush(std::sync::mpsc::Sender<()>),
}

/// The kiosk's hourly counts; cheap to clone (one store, shared by the UI
/// that counts and the backend that delivers).
#[derive(Debug, Clone, Default)]
pub struct Stats {
    inner: Arc<Mutex<Inner>>,
}

/// The start of the clock hour `at` is in.
pub fn hour_of(at: DateTime<Utc>) -> DateTime<Utc> {
    at.with_minute(0)
        .and_then(|t| t.with_second(0))
        .and_then(|t| t.with_nanosecond(0))
        .unwrap_or(at)
}

impl Stats {
    /// The counts kept in `data_dir/stats`, read back (see [`Stats::prune`]).
    pub fn open(data_dir: &Path, now: DateTime<Utc>) -> Stats {
        let dir = data_dir.join("stats");
        let mut hours = BTreeMap::new();
        if let Ok(entries) = std::fs::read_dir(&dir) {
            for entry in entries.flatten() {
                let path = entry.path();
                let Some(hour) = path
                    .file_stem()
                    .and_then(|s| s.to_str())
                    .and_then(parse_hour_segment)
                else {
                    continue;
                };
                let read = std::fs::read(&path)
                    .ok()
                    .and_then(|b| serde_json::from_slice::<HourFile>(&b).ok());
                match read {
                    Some(file) => {
                        hours.insert(hour, file);
                    }
                    None => tracing::warn!(file = %path.display(), "unreadable stats hour skipped"),
                }
            }
        }
        let stats = Stats {
            inner: Arc::new(Mutex::new(Inner {
                dir: Some(dir),
                writer: None,
                hours,
                ..Inner::default()
            })),
        };
        stats.start_writer();
        stats.prune(now);
        stats
    }

    /// The thread that writes changed hours to disk, so that counting
    /// never waits for the disk. It holds only a weak handle: it ends when
    /// the last `Stats` is dropped.
    fn start_writer(&self) {
        let (tx, rx) = std::sync::mpsc::channel::<Write>();
        let weak = Arc::downgrade(&self.inner);
        let spawned = std::thread::Builder::new()
            .name("stats-writer".into())
            .spawn(move || {
                while let Ok(first) = rx.recv() {
                    // Everything queued meanwhile: each hour written once.
                    let mut hours = std::collections::BTreeSet::new();
                    let mut flushes = Vec::new();
                    for job in std::iter::once(first).chain(rx.try_iter()) {
                        match job {
                            Write::Hour(hour) => {
                                hours.insert(hour);
                            }
                            Write::Flush(done) => flushes.push(done),
                        }
                    }
                    let Some(inner) = weak.upgrade() else { break };
                    for hour in hours {
                        // The hour is taken under the lock (its counts are
                        // shared, not copied) and written without it, so a
                        // count on the UI thread never waits for the disk.
                        let taken = {
                            let mut inner = inner.lock().unwrap_or_else(|e| e.into_inner());
                            inner.unsaved.remove(&hour);
                            inner.dir.clone().zip(inner.hours.get(&hour).cloned())
                        };
                        if let Some((dir, file)) = taken {
                            save(&dir, hour, &file);
                        }
                    }
                    for done in flushes {
                        let _ = done.send(());
                    }
                }
            });
        match spawned {
            Ok(_) => self.lock().writer = Some(tx),
            Err(e) => tracing::warn!(error = %e, "no statistics writer: hours written at once"),
        }
    }

    /// Waits until every change so far is on disk (tests; shutdown).
    pub fn flush(&self) {
        let writer = self.lock().writer.clone();
        if let Some(writer) = writer {
            let (done, wait) = std::sync::mpsc::channel();
            if writer.send(Write::Flush(done)).is_ok() {
                let _ = wait.recv_timeout(std::time::Duration::from_secs(5));
            }
        }
    }

    /// Counts in memory only (screenshots, tests without a data dir).
    pub fn in_memory() -> Stats {
        Stats::default()
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// From now on in memory only (screenshots must not change a kiosk's
    /// numbers).
    pub fn detach(&self) {
        self.lock().dir = None;
    }

    /// Counts one event at `now`.
    pub fn count(&self, what: Counted<'_>, now: DateTime<Utc>) {
        let hour = hour_of(now);
        let mut inner = self.lock();
        if let Counted::Ticket {
            service_id, name, ..
        } = what
        {
            inner
                .service_names
                .insert(service_id.to_owned(), name.to_owned());
        }
        let file = inner.hours.entry(hour).or_default();
        for n in what.names() {
            if is_count_name(&n) {
                *Arc::make_mut(&mut file.counts).entry(n).or_default() += 1;
            } else {
                tracing::warn!("a count with an id that is not a fixed name was left out");
            }
        }
        persist(&mut inner, hour);
    }

    /// Today's figures (the hours whose Stockholm date is `today`).
    pub fn tally(&self, today: NaiveDate) -> Tally {
        let inner = self.lock();
        let mut tally = Tally::default();
        for (hour, file) in &inner.hours {
            if crate::clock::stockholm(*hour).date() != today {
                continue;
            }
            for (n, &count) in file.counts.iter() {
                let count = u64::from(count);
                if let Some(id) = n.strip_prefix("ticket.service.") {
                    let shown = inner
                        .service_names
                        .get(id)
                        .cloned()
                        .unwrap_or_else(|| id.to_owned());
                    *tally.tickets.entry(shown).or_default() += count;
                } else if let Some(code) = n.strip_prefix("session.language.") {
                    *tally.languages.entry(code.to_owned()).or_default() += count;
                } else if let Some((_, kind)) = n
                    .strip_prefix("synpunkt.sent.")
                    .and_then(|rest| rest.rsplit_once('.'))
                {
                    *tally.synpunkter.entry(kind.to_owned()).or_default() += count;
                }
            }
        }
        tally
    }

    /// The hours to deliver: every hour whose counts the central API does
    /// not have yet (the current hour too: a later delivery replaces it).
    pub fn pending(&self) -> Vec<(DateTime<Utc>, BTreeMap<String, u32>)> {
        let inner = self.lock();
        inner
            .hours
            .iter()
            .filter(|(_, f)| !f.refused && f.delivered.as_ref() != Some(&f.counts))
            .map(|(h, f)| (*h, f.counts.as_ref().clone()))
            .collect()
    }

    /// The central API accepted `counts` for `hour`.
    pub fn delivered(&self, hour: DateTime<Utc>, counts: BTreeMap<String, u32>) {
        let mut inner = self.lock();
        if let Some(file) = inner.hours.get_mut(&hour) {
            file.delivered = Some(if *file.counts == counts {
                file.counts.clone()
            } else {
                Arc::new(counts)
            });
            persist(&mut inner, hour);
        }
    }

    /// The central API refused `hour` as invalid: kept, not sent again.
    pub fn refused(&self, hour: DateTime<Utc>) {
        let mut inner = self.lock();
        if let Some(file) = inner.hours.get_mut(&hour) {
            file.refused = true;
            persist(&mut inner, hour);
        }
    }

    /// Lets go of delivered (or refused) hours: from memory once they are
    /// [`MEMORY_HOURS`] old and written, from disk after [`KEEP_DAYS`].
    /// Undelivered hours are kept however old. Called at start and after
    /// every delivery round, so a kiosk that runs for months holds two
    /// days of hours, not every hour since it started.
    pub fn prune(&self, now: DateTime<Utc>) {
        let mut guard = self.lock();
        let inner = &mut *guard;
        let in_memory = now - Duration::hours(MEMORY_HOURS);
        let on_disk = now - Duration::days(KEEP_DAYS);
        let done: Vec<DateTime<Utc>> = inner
            .hours
            .iter()
            .filter(|(h, f)| {
                **h < in_memory
                    && (f.refused || f.delivered.as_ref() == Some(&f.counts))
                    && !inner.unsaved.contains(h)
            })
            .map(|(h, _)| *h)
            .collect();
        for hour in done {
            inner.hours.remove(&hour);
            inner.done_on_disk.insert(hour);
        }
        let expired: Vec<DateTime<Utc>> = inner.done_on_disk.range(..on_disk).copied().collect();
        for hour in &expired {
            inner.done_on_disk.remove(hour);
        }
        // The files are removed without holding the counts.
        let Some(dir) = inner.dir.clone() else { return };
        drop(guard);
        for hour in expired {
            let _ = std::fs::remove_file(dir.join(format!("{}.json", hour_segment(hour))));
        }
    }

    /// How many hours are held in memory (tests; the endurance walk).
    pub fn hours_held(&self) -> usize {
        self.lock().hours.len()
    }
}

/// Has the hour written: by the writer thread, or at once without one.
fn persist(inner: &mut Inner, hour: DateTime<Utc>) {
    match &inner.writer {
        Some(writer) => {
            // A writer gone (it never is while `Stats` lives) loses the
            // write rather than write on the counting (UI) thread.
            if writer.send(Write::Hour(hour)).is_ok() {
                inner.unsaved.insert(hour);
            }
        }
        None => {
            if let (Some(dir), Some(file)) = (&inner.dir, inner.hours.get(&hour)) {
                save(dir, hour, file);
            }
        }
    }
}

/// Writes one hour to disk (atomically: a temporary file renamed), where
/// the data directory exists.
fn save(dir: &Path, hour: DateTime<Utc>, file: &HourFile) {
    let parent_exists = dir.parent().is_some_and(Path::is_dir);
    if !parent_exists {
        return;
    }
    if let Err(e) = std::fs::create_dir_all(dir) {
        tracing::warn!(error = %e, "cannot keep the statistics");
        return;
    }
    let path = dir.join(format!("{}.json", hour_segment(hour)));
    let json = serde_json::to_vec(file).unwrap_or_default();
    if let Err(e) = crate::audit::write_atomically(&path, &json) {
        tracing::warn!(file = %path.display(), error = %e, "cannot save the statistics");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(h: u32, m: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 23, h, m, 0).unwrap()
    }

    #[test]
    fn events_count_by_fixed_names_per_hour() {
        let stats = Stats::in_memory();
        let needs = TicketNeeds {
            interpreter_language: Some("ar".into()),
            accessibility: vec![AccessibilityNeed::Wheelchair],
        };
        stats.count(Counted::Session { language: "ar" }, at(9, 5));
        stats.count(
            Counted::Ticket {
                service_id: "e-services",
                name: "Hjälp med e-tjänster",
                needs: &needs,
                topic: Some("guide:e-post"),
            },
            at(9, 6),
        );
        stats.count(Counted::Search { found: false }, at(10, 1));
        let pending = stats.pending();
        assert_eq!(pending.len(), 2);
        let (hour, counts) = &pending[0];
        assert_eq!(*hour, at(9, 0));
        let names: Vec<&str> = counts.keys().map(String::as_str).collect();
        assert_eq!(
            names,
            [
                "session.language.ar",
                "ticket.need.interpreter",
                "ticket.need.wheelchair",
                "ticket.service.e-services",
                "ticket.topic.guide:e-post"
            ]
        );
        assert_eq!(pending[1].1["search.empty"], 1);
        assert_eq!(pending[1].1["search.made"], 1);
    }

    #[test]
    fn a_name_that_is_not_fixed_is_never_counted() {
        let stats = Stats::in_memory();
        stats.count(
            Counted::GuideOpened {
                id: "Min granne Kalle",
            },
            at(9, 0),
        );
        assert!(stats.pending().iter().all(|(_, c)| c.is_empty()));
    }

    #[test]
    fn hours_survive_a_restart_and_delivered_ones_are_not_sent_again() {
        let dir = tempfile::tempdir().unwrap();
        let stats = Stats::open(dir.path(), at(9, 0));
        stats.count(Counted::IdleReset, at(9, 10));
        stats.count(Counted::IdleReset, at(9, 20));
        stats.flush();
        let again = Stats::open(dir.path(), at(9, 30));
        let pending = again.pending();
        assert_eq!(
            pending,
            vec![(at(9, 0), BTreeMap::from([("idle.reset".into(), 2)]))]
        );
        again.delivered(pending[0].0, pending[0].1.clone());
        assert!(again.pending().is_empty());
        // Counted again in the same hour: sent again (the server replaces).
        again.count(Counted::IdleReset, at(9, 40));
        assert_eq!(again.pending()[0].1["idle.reset"], 3);
        again.flush();
        // After a restart the delivered state is remembered.
        let third = Stats::open(dir.path(), at(9, 50));
        assert_eq!(third.pending().len(), 1);
        third.delivered(at(9, 0), third.pending()[0].1.clone());
        third.flush();
        assert!(Stats::open(dir.path(), at(9, 55)).pending().is_empty());
        // A week later the delivered hour is gone from disk.
        let later = Stats::open(dir.path(), at(9, 0) + Duration::days(9));
        assert!(later.pending().is_empty());
        assert_eq!(
            std::fs::read_dir(dir.path().join("stats")).unwrap().count(),
            0
        );
    }

    #[test]
    fn the_staff_tally_is_todays_hours_in_stockholm() {
        let stats = Stats::in_memory();
        let none = TicketNeeds::default();
        // 22:30 UTC on the 23rd is 23:30 in Stockholm: still the 23rd.
        stats.count(Counted::Session { language: "sv" }, at(22, 30));
        // 23:30 UTC is 00:30 on the 24th in Stockholm.
        stats.count(Counted::Session { language: "ar" }, at(23, 30));
        stats.count(
            Counted::Ticket {
                service_id: "forms",
                name: "Blanketter",
                needs: &none,
                topic: None,
            },
            at(10, 0),
        );
        stats.count(
            Counted::Synpunkt {
                area: "medborgarcenter",
                kind: "praise",
                topics: &["treatment"],
                with_contact: false,
            },
            at(11, 0),
        );
        let day = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let tally = stats.tally(day);
        assert_eq!(tally.languages, BTreeMap::from([("sv".into(), 1)]));
        assert_eq!(tally.tickets, BTreeMap::from([("Blanketter".into(), 1)]));
        assert_eq!(tally.synpunkter, BTreeMap::from([("praise".into(), 1)]));
        let next = stats.tally(day.succ_opt().unwrap());
        assert_eq!(next.languages, BTreeMap::from([("ar".into(), 1)]));
    }

    #[test]
    fn a_running_kiosk_lets_go_of_delivered_hours_but_never_of_undelivered_ones() {
        let dir = tempfile::tempdir().unwrap();
        let start = at(9, 0);
        let stats = Stats::open(dir.path(), start);
        // Four days, one count an hour; all but the first hour delivered.
        for hour in 0..96 {
            stats.count(Counted::IdleReset, start + Duration::hours(hour));
        }
        for (hour, counts) in stats.pending().into_iter().skip(1) {
            stats.delivered(hour, counts);
        }
        stats.flush();
        let now = start + Duration::hours(96);
        stats.prune(now);
        // In memory: the undelivered first hour and the last two days.
        assert_eq!(stats.hours_held(), 1 + 48);
        assert_eq!(
            stats.pending(),
            vec![(start, BTreeMap::from([("idle.reset".into(), 1)]))]
        );
        let today = crate::clock::stockholm(now - Duration::hours(1)).date();
        assert_eq!(
            stats.tally(today),
            Stats::open(dir.path(), now).tally(today)
        );
        // On disk: every hour, until it is eight days old.
        let files = || std::fs::read_dir(dir.path().join("stats")).unwrap().count();
        assert_eq!(files(), 96);
        stats.prune(start + Duration::days(KEEP_DAYS) + Duration::hours(72));
        // The undelivered hour and the 24 delivered ones younger than that.
        assert_eq!(files(), 1 + 24);
        assert_eq!(stats.pending().len(), 1, "the undelivered hour is kept");
        // A restart reads the same.
        let again = Stats::open(
            dir.path(),
            start + Duration::days(KEEP_DAYS) + Duration::hours(72),
        );
        assert_eq!(again.pending(), stats.pending());
    }

    #[test]
    fn a_refused_hour_is_kept_but_not_sent_again() {
        let stats = Stats::in_memory();
        stats.count(Counted::CrisisTakeover, at(9, 0));
        stats.refused(at(9, 0));
        assert!(stats.pending().is_empty());
    }

    #[test]
    fn counting_does_not_wait_for_a_write_that_hangs() {
        // The hour's temporary file is a FIFO nobody reads: the writer
        // thread's write blocks, as on a stalled disk, until the test reads.
        let dir = tempfile::tempdir().unwrap();
        let stats = Stats::open(dir.path(), at(9, 0));
        let hours = dir.path().join("stats");
        std::fs::create_dir_all(&hours).unwrap();
        let fifo = hours.join(format!("{}.json.tmp", hour_segment(at(9, 0))));
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .expect("mkfifo (coreutils)");
        assert!(made.success());
        stats.count(Counted::IdleReset, at(9, 10));
        // Give the writer time to block in its write.
        std::thread::sleep(std::time::Duration::from_millis(200));
        let (done, counted) = std::sync::mpsc::channel();
        let counting = stats.clone();
        std::thread::spawn(move || {
            counting.count(Counted::IdleReset, at(9, 20));
            let _ = done.send(counting.pending());
        });
        let pending = counted
            .recv_timeout(std::time::Duration::from_secs(5))
            .expect("a count waited for the stalled write");
        assert_eq!(pending[0].1["idle.reset"], 2);
        // The disk comes back: the first write goes through the FIFO, and
        // the second is a file with both counts.
        let mut first = String::new();
        std::io::Read::read_to_string(&mut std::fs::File::open(&fifo).unwrap(), &mut first)
            .unwrap();
        assert!(first.contains("idle.reset"), "{first}");
        stats.flush();
        let again = Stats::open(dir.path(), at(9, 30));
        assert_eq!(again.pending()[0].1["idle.reset"], 2);
    }
}

//! A month of synthetic activity against the reference server (issue 22):
//! three kiosks of Medborgarcenter Tumba, 30 days from Monday 2 November
//! 2026, every working day within the office's opening hours. Per kiosk
//! and hour a seeded number of sessions (languages, entries, flows
//! started, completed or left at a step, guides and help from staff,
//! contacts, searches with and without result, accessibility, idle
//! resets) delivered as `HourCounts`; tickets issued by the kiosks and
//! called by one desk per service after a seeded wait, each done when its
//! desk calls the next; synpunkter with and without contact, answered on
//! time, late, or not at all. The generator keeps its own totals and the
//! report's figures are checked against them; then the report as HTML is
//! rendered in headless Chromium and the screenshot checked not blank.
//!
//! On a manual clock set to each event's instant: no wall clock, the
//! same figures on every run (a fixed seed). Chromium as in
//! tests/suite/counter_browser.rs: skipped when it is not installed, required
//! when MEDBORGARKIOSK_REQUIRE_CHROMIUM is set.

use crate::common;
use crate::support::browser;

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use browser::{browser, driver, out_dir};
use chrono::{DateTime, Datelike, Duration as Span, NaiveDate, NaiveTime, Timelike, Utc};
use common::{ADMIN_TOKEN, TOKEN, TOKEN_TUMBA_0, TOKEN_TUMBA_2, start_server_with};
use medborgarkiosk::api::client::{ApiClient, ApiConfig};
use medborgarkiosk::central::config::Day;
use medborgarkiosk::central::{Role, TokenConfig};
use medborgarkiosk::clock::{Clock, stockholm, utc_of};
use medborgarkiosk::contract::stats::{Cell, HourCounts, Named, Report, hour_segment, name};
use medborgarkiosk::contract::*;
use medborgarkiosk::i18n::Language;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use reqwest::StatusCode;
use serde_json::json;
use uuid::Uuid;

const OFFICE: &str = "botkyrka-tumba";
const SEED: u64 = 22;
const DAYS: i64 = 30;

/// The kiosks of the office and their tokens (tests/common).
const KIOSKS: [(&str, &str); 3] = [
    ("tumba-0", TOKEN_TUMBA_0),
    ("tumba-1", TOKEN),
    ("tumba-2", TOKEN_TUMBA_2),
];

fn first_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 2).unwrap()
}

fn last_day() -> NaiveDate {
    first_day() + Span::days(DAYS - 1)
}

/// The desk that calls service `service` and its token.
fn desk(service: &str) -> (String, String) {
    (
        format!("desk-{service}"),
        format!("test-counter-{service}-tumba-token-0123456789abcdef"),
    )
}

/// Languages with their weights (a Botkyrka office: Swedish first, then
/// Arabic, Somali, Turkish, Finnish, Persian, Tigrinya, English).
const LANGUAGES: [(Language, u32); 8] = [
    (Language::Sv, 45),
    (Language::Ar, 16),
    (Language::So, 9),
    (Language::Tr, 7),
    (Language::Fi, 6),
    (Language::Fa, 6),
    (Language::Ti, 5),
    (Language::En, 6),
];

const GUIDES: [(&str, u32); 12] = [
    ("bankid", 20),
    ("forskola", 14),
    ("bygglov", 10),
    ("ekonomiskt-bistand", 9),
    ("parkeringstillstand", 7),
    ("fardtjanst", 6),
    ("bostadsanpassning", 5),
    ("skolval", 5),
    ("avfall", 4),
    ("hemtjanst", 3),
    ("e-legitimation", 3),
    ("felanmalan", 2),
];

const CONTACTS: [&str; 4] = ["kontaktcenter", "socialtjanst", "skola", "bygg"];
const AREAS: [&str; 3] = ["medborgarcenter", "skola", "bygg"];
const KINDS: [(SynpunktKind, &str); 3] = [
    (SynpunktKind::Complaint, "complaint"),
    (SynpunktKind::Praise, "praise"),
    (SynpunktKind::Suggestion, "suggestion"),
];

fn pick<T: Copy>(rng: &mut StdRng, items: &[(T, u32)]) -> T {
    let total: u32 = items.iter().map(|(_, w)| w).sum();
    let mut at = rng.random_range(0..total);
    for (item, w) in items {
        if at < *w {
            return *item;
        }
        at -= w;
    }
    items[items.len() - 1].0
}

fn day_of(date: NaiveDate) -> Day {
    [
        Day::Mon,
        Day::Tue,
        Day::Wed,
        Day::Thu,
        Day::Fri,
        Day::Sat,
        Day::Sun,
    ][date.weekday().num_days_from_monday() as usize]
}

/// A service's hours on `date` (Stockholm), if it is open.
fn service_hours(
    service: &medborgarkiosk::central::config::ServiceConfig,
    date: NaiveDate,
) -> Option<(NaiveTime, NaiveTime)> {
    service
        .hours
        .iter()
        .find(|h| h.days.contains(&day_of(date)))
        .map(|h| (h.open, h.close))
}

/// The office's clock hours on `date`: from the earliest opening to the
/// latest closing of its services.
fn office_hours(config: &medborgarkiosk::central::CentralConfig, date: NaiveDate) -> Vec<u32> {
    let office = config.office(OFFICE).unwrap();
    let spans: Vec<_> = office
        .services
        .iter()
        .filter_map(|s| service_hours(s, date))
        .collect();
    let (Some(open), Some(close)) = (
        spans.iter().map(|s| s.0).min(),
        spans.iter().map(|s| s.1).max(),
    ) else {
        return Vec::new();
    };
    (open.hour()..close.hour()).collect()
}

// ------------------------------------------------------- the generator

/// One ticket as generated: who took it, when it was issued and called,
/// and when its desk called the next (done).
#[derive(Debug, Clone)]
struct Ticket {
    service: String,
    kiosk: usize,
    language: Language,
    interpreter: bool,
    issued: DateTime<Utc>,
    called: DateTime<Utc>,
    done: DateTime<Utc>,
    /// Set when the server issued it.
    number: Option<String>,
}

/// One synpunkt as generated, and what the contact centre will report.
#[derive(Debug, Clone)]
struct Synpunkt {
    kiosk: usize,
    at: DateTime<Utc>,
    area: &'static str,
    kind: (SynpunktKind, &'static str),
    language: Language,
    contact: bool,
    outcome: Outcome,
    reference: Option<String>,
    respond_by: Option<NaiveDate>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    AnsweredOnTime,
    AcknowledgedOnTimeAnsweredLate,
    AnsweredLate,
    Never,
}

/// What happens at one instant of a day, in time order.
#[derive(Debug, Clone, Copy)]
enum Event {
    Issue(usize),
    /// A desk calls next; `Some(i)`: ticket `i` is expected, `None`:
    /// nobody waits (the last ticket of its service is done).
    Call(usize, Option<usize>),
    Synpunkt(usize),
}

/// The generator's own figures.
#[derive(Debug, Default)]
struct Totals {
    /// Every count name, summed over kiosks and hours.
    counts: BTreeMap<String, u64>,
    /// Sessions per Stockholm weekday and hour.
    visits: [[u64; 24]; 7],
    hours: usize,
}

/// Generates the month: the tickets (by day), the synpunkter, and each
/// kiosk's hours of counts.
struct Month {
    tickets: Vec<Ticket>,
    synpunkter: Vec<Synpunkt>,
    /// Per day: its events in time order.
    days: Vec<Vec<(DateTime<Utc>, Event)>>,
    /// (kiosk, hour start) → counts.
    hours: BTreeMap<(usize, DateTime<Utc>), BTreeMap<String, u32>>,
    totals: Totals,
}

fn at(date: NaiveDate, time: NaiveTime) -> DateTime<Utc> {
    utc_of(date.and_time(time))
}

fn minutes(rng: &mut StdRng, from: i64, to: i64) -> Span {
    Span::seconds(rng.random_range(from * 60..to * 60))
}

/// A seeded wait: mostly short, some beyond the target, a few long.
fn wait(rng: &mut StdRng) -> Span {
    let r: f64 = rng.random();
    if r < 0.6 {
        minutes(rng, 1, 12)
    } else if r < 0.85 {
        minutes(rng, 12, 25)
    } else if r < 0.95 {
        minutes(rng, 25, 45)
    } else {
        minutes(rng, 45, 80)
    }
}

fn generate(config: &medborgarkiosk::central::CentralConfig) -> Month {
    let mut rng = StdRng::seed_from_u64(SEED);
    let office = config.office(OFFICE).unwrap();
    let mut month = Month {
        tickets: Vec::new(),
        synpunkter: Vec::new(),
        days: Vec::new(),
        hours: BTreeMap::new(),
        totals: Totals::default(),
    };
    for d in 0..DAYS {
        let date = first_day() + Span::days(d);
        let open_hours = office_hours(config, date);
        if open_hours.is_empty() {
            continue;
        }
        let mut events: Vec<(DateTime<Utc>, Event)> = Vec::new();
        // Tickets: per service open today, arrivals within its hours (not
        // in its last 45 minutes), each called after a seeded wait, not
        // before the desk is done with the one before.
        for service in &office.services {
            let Some((open, close)) = service_hours(service, date) else {
                continue;
            };
            let per_day = match service.id.as_str() {
                "information" => rng.random_range(8..=14),
                "e-services" => rng.random_range(6..=12),
                "forms" => rng.random_range(4..=8),
                _ => rng.random_range(3..=6),
            };
            let from = at(date, open);
            let span = (at(date, close) - from - Span::minutes(45)).num_seconds();
            let mut arrivals: Vec<DateTime<Utc>> = (0..per_day)
                .map(|_| from + Span::seconds(rng.random_range(0..span)))
                .collect();
            arrivals.sort();
            let mut desk_free = from;
            let first = month.tickets.len();
            for issued in arrivals {
                let called = (issued + wait(&mut rng)).max(desk_free);
                desk_free = called + minutes(&mut rng, 3, 15);
                let language = pick(&mut rng, &LANGUAGES);
                let interpreter = language != Language::Sv && rng.random_bool(0.15);
                let i = month.tickets.len();
                month.tickets.push(Ticket {
                    service: service.id.clone(),
                    kiosk: rng.random_range(0..KIOSKS.len()),
                    language,
                    interpreter,
                    issued,
                    called,
                    done: desk_free,
                    number: None,
                });
                events.push((issued, Event::Issue(i)));
                events.push((called, Event::Call(i, Some(i))));
            }
            // Each ticket is done when its desk calls the next; the last
            // when the desk calls and nobody waits.
            for i in first..month.tickets.len() {
                if i + 1 < month.tickets.len() {
                    month.tickets[i].done = month.tickets[i + 1].called;
                }
            }
            if let Some(last) = month.tickets.last()
                && month.tickets.len() > first
            {
                events.push((last.done, Event::Call(month.tickets.len() - 1, None)));
            }
        }
        // Synpunkter: a few a day, most with contact.
        for _ in 0..rng.random_range(3..=6) {
            let hour = open_hours[rng.random_range(0..open_hours.len())];
            let when = at(date, NaiveTime::from_hms_opt(hour, 0, 0).unwrap())
                + Span::seconds(rng.random_range(0..3600));
            let contact = rng.random_bool(0.8);
            let r: f64 = rng.random();
            let outcome = if r < 0.55 {
                Outcome::AnsweredOnTime
            } else if r < 0.7 {
                Outcome::AcknowledgedOnTimeAnsweredLate
            } else if r < 0.9 {
                Outcome::AnsweredLate
            } else {
                Outcome::Never
            };
            let i = month.synpunkter.len();
            month.synpunkter.push(Synpunkt {
                kiosk: rng.random_range(0..KIOSKS.len()),
                at: when,
                area: AREAS[pick(&mut rng, &[(0, 5), (1, 3), (2, 2)])],
                kind: KINDS[pick(&mut rng, &[(0, 5), (1, 2), (2, 3)])],
                language: pick(&mut rng, &LANGUAGES),
                contact,
                outcome,
                reference: None,
                respond_by: None,
            });
            events.push((when, Event::Synpunkt(i)));
        }
        // Issues before calls at the same instant.
        events.sort_by_key(|(t, e)| (*t, matches!(e, Event::Call(..))));
        month.days.push(events);
        // Each kiosk's hours.
        for (k, _) in KIOSKS.iter().enumerate() {
            for &hour in &open_hours {
                let start = at(date, NaiveTime::from_hms_opt(hour, 0, 0).unwrap());
                let end = start + Span::hours(1);
                let counts = hour_counts(&mut rng, &month, k, start, end);
                let sessions: u64 = counts
                    .iter()
                    .filter(|(n, _)| n.starts_with("session.language."))
                    .map(|(_, v)| u64::from(*v))
                    .sum();
                let local = stockholm(start);
                month.totals.visits[local.weekday().num_days_from_monday() as usize]
                    [local.hour() as usize] += sessions;
                for (n, v) in &counts {
                    *month.totals.counts.entry(n.clone()).or_insert(0) += u64::from(*v);
                }
                month.totals.hours += 1;
                month.hours.insert((k, start), counts);
            }
        }
    }
    month
}

/// A session began in `language`: its accessibility and idle counts.
fn session(add: &mut dyn FnMut(String), rng: &mut StdRng, language: Language) {
    add(name::session_language(language.code()));
    if rng.random_bool(0.1) {
        add(name::access("text-size"));
    }
    if rng.random_bool(0.05) {
        add(name::access("contrast"));
    }
    if rng.random_bool(0.03) {
        add(name::access("speech"));
    }
    if rng.random_bool(0.3) {
        add(name::IDLE_RESET.to_owned());
    }
    if rng.random_bool(0.1) {
        add(name::IDLE_EXTENDED.to_owned());
    }
}

/// What kiosk `k` counted from `start` to `end`: a session for each ticket
/// and synpunkt it took in that hour, and a seeded number of others.
fn hour_counts(
    rng: &mut StdRng,
    month: &Month,
    k: usize,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
) -> BTreeMap<String, u32> {
    let mut c: BTreeMap<String, u32> = BTreeMap::new();
    let mut add = |name: String| *c.entry(name).or_insert(0) += 1;
    for t in month
        .tickets
        .iter()
        .filter(|t| t.kiosk == k && t.issued >= start && t.issued < end)
    {
        session(&mut add, rng, t.language);
        add(name::session_entry("ticket"));
        add(name::flow_started("ticket"));
        add(name::flow_completed("ticket"));
        add(name::ticket_service(&t.service));
        if t.interpreter {
            add(name::ticket_need("interpreter"));
        }
        if rng.random_bool(0.3) {
            add(name::qr_shown("ticket"));
        }
    }
    for s in month
        .synpunkter
        .iter()
        .filter(|s| s.kiosk == k && s.at >= start && s.at < end)
    {
        session(&mut add, rng, s.language);
        add(name::session_entry("synpunkt"));
        add(name::flow_started("synpunkt"));
        add(name::flow_completed("synpunkt"));
        add(name::synpunkt_sent(s.area, s.kind.1));
        add(name::synpunkt_topic("handling_time"));
        add(name::synpunkt_contact(s.contact));
    }
    for _ in 0..rng.random_range(2..=9) {
        let language = pick(rng, &LANGUAGES);
        session(&mut add, rng, language);
        let entry = pick(
            rng,
            &[
                ("guides", 40),
                ("ticket", 15),
                ("contacts", 15),
                ("synpunkt", 8),
                ("news", 10),
                ("hours", 12),
            ],
        );
        add(name::session_entry(entry));
        match entry {
            "guides" => {
                add(name::flow_started("guides"));
                let opened = rng.random_range(0..=3);
                for _ in 0..opened {
                    let guide = pick(rng, &GUIDES);
                    add(name::guide_opened(guide));
                    if rng.random_bool(0.12) {
                        add(name::guide_help(guide));
                    }
                    if rng.random_bool(0.2) {
                        add(name::qr_shown("guide"));
                    }
                }
                if rng.random_bool(0.35) {
                    add(name::SEARCH_MADE.to_owned());
                    if rng.random_bool(0.3) {
                        add(name::SEARCH_EMPTY.to_owned());
                    }
                }
                if opened == 0 {
                    add(name::flow_left("guides", "list"));
                } else {
                    add(name::flow_completed("guides"));
                }
            }
            // Ticket and synpunkt sessions here are those who left.
            "ticket" => {
                add(name::flow_started("ticket"));
                let step = pick(rng, &[("service", 6), ("needs", 3), ("confirm", 1)]);
                add(name::flow_left("ticket", step));
            }
            "synpunkt" => {
                add(name::flow_started("synpunkt"));
                let step = pick(
                    rng,
                    &[("kind", 3), ("area", 2), ("message", 4), ("contact", 2)],
                );
                add(name::flow_left("synpunkt", step));
            }
            "contacts" => {
                add(name::contact_opened(
                    CONTACTS[rng.random_range(0..CONTACTS.len())],
                ));
                if rng.random_bool(0.3) {
                    add(name::qr_shown("contact"));
                }
            }
            _ => {}
        }
    }
    c
}

// ------------------------------------------------------------ the server

fn client_as(base: &str, token: &str) -> ApiClient {
    let config = ApiConfig {
        request_timeout_ms: 10_000,
        backoff_initial_ms: 10,
        backoff_max_ms: 100,
        ..ApiConfig::default()
    };
    ApiClient::new(base, token, &config).unwrap()
}

/// Runs `jobs` at most `n` at a time; each must succeed.
async fn in_batches<F>(n: usize, jobs: Vec<F>)
where
    F: std::future::Future<Output = ()> + Send + 'static,
{
    let mut set = tokio::task::JoinSet::new();
    for job in jobs {
        if set.len() >= n {
            set.join_next().await.unwrap().unwrap();
        }
        set.spawn(job);
    }
    while let Some(done) = set.join_next().await {
        done.unwrap();
    }
}

async fn put_hour(
    http: reqwest::Client,
    base: Arc<str>,
    k: usize,
    hour: DateTime<Utc>,
    body: HourCounts,
) {
    let (kiosk, token) = KIOSKS[k];
    let r = http
        .put(format!(
            "{base}/v1/kiosks/{kiosk}/stats/{}",
            hour_segment(hour)
        ))
        .bearer_auth(token)
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NO_CONTENT, "{kiosk} {hour}");
}

async fn post_status(
    http: reqwest::Client,
    base: Arc<str>,
    reference: String,
    status: &'static str,
    at: DateTime<Utc>,
) {
    let r = http
        .post(format!("{base}/v1/synpunkter/{reference}/status"))
        .bearer_auth(ADMIN_TOKEN)
        .header("Idempotency-Key", Uuid::new_v4().to_string())
        .json(&json!({ "status": status, "at": at }))
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NO_CONTENT, "{reference} {status}");
}

/// Plays the month against the server on `clock`; fills in the tickets'
/// numbers and the synpunkter's references.
async fn play(month: &mut Month, base: &str, clock: &Clock) {
    let kiosks: Vec<ApiClient> = KIOSKS.iter().map(|(_, t)| client_as(base, t)).collect();
    let mut desks: BTreeMap<String, ApiClient> = BTreeMap::new();
    let days = std::mem::take(&mut month.days);
    for events in &days {
        for (when, event) in events {
            clock.set(*when);
            match *event {
                Event::Issue(i) => {
                    let t = &month.tickets[i];
                    let request = TicketRequest {
                        service_id: t.service.clone(),
                        office: OFFICE.into(),
                        kiosk_id: KIOSKS[t.kiosk].0.into(),
                        language: t.language,
                        needs: TicketNeeds {
                            interpreter_language: t
                                .interpreter
                                .then(|| t.language.code().to_owned()),
                            ..TicketNeeds::default()
                        },
                        requested_at: *when,
                        topic: None,
                    };
                    let response = kiosks[t.kiosk]
                        .create_ticket(&request, Uuid::new_v4())
                        .await
                        .unwrap();
                    month.tickets[i].number = Some(response.ticket_number);
                }
                Event::Call(i, expected) => {
                    let service = month.tickets[i].service.clone();
                    let desk = desks.entry(service.clone()).or_insert_with(|| {
                        let (_, token) = self::desk(&service);
                        client_as(base, &token)
                    });
                    let request = CallNextRequest {
                        service_ids: vec![service.clone()],
                    };
                    let called = desk
                        .call_next(OFFICE, &self::desk(&service).0, &request, Uuid::new_v4())
                        .await
                        .unwrap()
                        .called
                        .map(|c| c.ticket_number);
                    let expected = expected.and_then(|e| month.tickets[e].number.clone());
                    assert_eq!(called, expected, "{service} at {when}");
                }
                Event::Synpunkt(i) => {
                    let s = &month.synpunkter[i];
                    let request = SynpunktRequest {
                        kind: s.kind.0,
                        service_area: s.area.into(),
                        topics: vec![SynpunktTopic::HandlingTime],
                        message: format!("Synpunkt nummer {i} om väntetiden."),
                        contact: s.contact.then(|| Contact {
                            email: Some(format!("besokare{i}@example.org")),
                            ..Contact::default()
                        }),
                        language: s.language,
                        kiosk_id: KIOSKS[s.kiosk].0.into(),
                        submitted_at: *when,
                        local_reference: format!("BK-MONTH{i:04}"),
                    };
                    let receipt = kiosks[s.kiosk]
                        .submit_synpunkt(&request, Uuid::new_v4())
                        .await
                        .unwrap();
                    assert_eq!(receipt.respond_by.is_some(), s.contact);
                    month.synpunkter[i].reference = Some(receipt.reference);
                    month.synpunkter[i].respond_by = receipt.respond_by;
                }
            }
        }
    }
    month.days = days;

    // A week after the month: the kiosks' hours (some delivered during
    // the hour first, then finally), then what the contact centre reports.
    clock.set(at(
        last_day() + Span::days(9),
        NaiveTime::from_hms_opt(12, 0, 0).unwrap(),
    ));
    let http = reqwest::Client::new();
    let base: Arc<str> = Arc::from(base);
    let early: Vec<_> = month
        .hours
        .iter()
        .enumerate()
        .filter(|(n, _)| n % 7 == 0)
        .map(|(_, ((k, hour), counts))| {
            let partial = counts.iter().map(|(n, v)| (n.clone(), v / 2)).collect();
            put_hour(
                http.clone(),
                base.clone(),
                *k,
                *hour,
                HourCounts {
                    office: OFFICE.into(),
                    counts: partial,
                },
            )
        })
        .collect();
    in_batches(8, early).await;
    let finals: Vec<_> = month
        .hours
        .iter()
        .map(|((k, hour), counts)| {
            put_hour(
                http.clone(),
                base.clone(),
                *k,
                *hour,
                HourCounts {
                    office: OFFICE.into(),
                    counts: counts.clone(),
                },
            )
        })
        .collect();
    in_batches(8, finals).await;

    let mut statuses = Vec::new();
    for s in &month.synpunkter {
        let (Some(reference), Some(by)) = (&s.reference, s.respond_by) else {
            continue;
        };
        let on_time = at(by, NaiveTime::from_hms_opt(14, 0, 0).unwrap());
        let late = at(
            by + Span::days(1),
            NaiveTime::from_hms_opt(9, 30, 0).unwrap(),
        );
        let reports: &[(&'static str, DateTime<Utc>)] = match s.outcome {
            Outcome::AnsweredOnTime => &[("answered", on_time)],
            Outcome::AcknowledgedOnTimeAnsweredLate => {
                &[("acknowledged", on_time), ("answered", late)]
            }
            Outcome::AnsweredLate => &[("answered", late)],
            Outcome::Never => &[],
        };
        for (status, when) in reports {
            statuses.push(post_status(
                http.clone(),
                base.clone(),
                reference.clone(),
                status,
                *when,
            ));
        }
    }
    in_batches(8, statuses).await;
}

// ------------------------------------------------------- expectations

fn median_minutes(mut ms: Vec<i64>) -> Option<u32> {
    if ms.len() < 3 {
        return None;
    }
    ms.sort_unstable();
    let mid = ms.len() / 2;
    let median = if ms.len() % 2 == 1 {
        ms[mid] as f64
    } else {
        (ms[mid - 1] + ms[mid]) as f64 / 2.0
    };
    Some((median / 60_000.0).round() as u32)
}

fn percent(part: u64, base: u64) -> Option<u32> {
    (base >= 3).then(|| (part as f64 * 100.0 / base as f64).round() as u32)
}

/// The names under `prefix` as the report lists them: most first, then
/// by name.
fn expected_named(counts: &BTreeMap<String, u64>, prefix: &str) -> Vec<Named> {
    let mut list: Vec<(String, u64)> = counts
        .iter()
        .filter_map(|(n, v)| Some((n.strip_prefix(prefix)?.to_owned(), *v)))
        .collect();
    list.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    list.into_iter()
        .map(|(name, n)| Named {
            name,
            value: Cell::of(n),
        })
        .collect()
}

fn check_report(report: &Report, month: &Month, config: &medborgarkiosk::central::CentralConfig) {
    let totals = &month.totals;
    let counts = &totals.counts;
    let count = |name: &str| counts.get(name).copied().unwrap_or(0);
    // The numbers are large enough to be shown.
    let sessions: u64 = counts
        .iter()
        .filter(|(n, _)| n.starts_with("session.language."))
        .map(|(_, v)| v)
        .sum();
    assert!(sessions > 2000, "{sessions} sessions");
    assert_eq!(totals.hours, 22 * 3 * 9 - 4 * 3 * 2, "22 working days");

    // Visits per weekday and hour.
    for (day, row) in report.visits.iter().enumerate() {
        for (hour, cell) in row.iter().enumerate() {
            assert_eq!(
                *cell,
                Cell::of(totals.visits[day][hour]),
                "visits {day} {hour}"
            );
        }
    }
    assert!(matches!(report.visits[0][9], Cell::Count(n) if n > 30));
    // Languages, entries, guides, searches, synpunkter.
    assert_eq!(
        report.languages,
        expected_named(counts, "session.language.")
    );
    assert_eq!(report.languages.len(), 8);
    assert!(
        report
            .languages
            .iter()
            .all(|n| matches!(n.value, Cell::Count(_)))
    );
    assert_eq!(report.languages[0].name, "sv");
    assert_eq!(report.entries, expected_named(counts, "session.entry."));
    let mut top = expected_named(counts, "guide.opened.");
    top.truncate(10);
    assert_eq!(report.top_guides, top);
    assert_eq!(report.top_guides[0].name, "bankid");
    assert_eq!(report.guides_help, expected_named(counts, "guide.help."));
    assert_eq!(report.searches, Cell::of(count(name::SEARCH_MADE)));
    assert_eq!(
        report.searches_without_result,
        Cell::of(count(name::SEARCH_EMPTY))
    );
    assert!(count(name::SEARCH_EMPTY) >= 3 && count(name::SEARCH_EMPTY) < count(name::SEARCH_MADE));
    let synpunkter: Vec<Named> = expected_named(counts, "synpunkt.sent.")
        .into_iter()
        .map(|n| Named {
            name: n.name.replacen('.', "/", 1),
            value: n.value,
        })
        .collect();
    assert_eq!(report.synpunkter, synpunkter);
    // The kiosks' synpunkt counts and the synpunkter the server received
    // are the same.
    for area in AREAS {
        for (_, kind) in KINDS {
            let sent = month
                .synpunkter
                .iter()
                .filter(|s| s.area == area && s.kind.1 == kind)
                .count() as u64;
            let reported = report
                .synpunkter
                .iter()
                .find(|n| n.name == format!("{area}/{kind}"))
                .map(|n| n.value);
            assert_eq!(reported, Some(Cell::of(sent)), "{area}/{kind}");
        }
    }
    // Flows: started, completed, left by step.
    for flow in ["ticket", "guides", "synpunkt"] {
        let f = report.flows.iter().find(|f| f.flow == flow).unwrap();
        assert_eq!(
            f.started,
            Cell::of(count(&name::flow_started(flow))),
            "{flow}"
        );
        assert_eq!(
            f.completed,
            Cell::of(count(&name::flow_completed(flow))),
            "{flow}"
        );
        let left = expected_named(counts, &format!("flow.{flow}.left."));
        assert!(!left.is_empty());
        assert_eq!(f.left_at, left, "{flow}");
    }
    let ticket_flow = report.flows.iter().find(|f| f.flow == "ticket").unwrap();
    assert_eq!(
        ticket_flow.completed,
        Cell::Count(month.tickets.len() as u64),
        "a completed ticket flow per ticket issued"
    );
    // Everything else, by full name.
    let other: BTreeMap<&str, Cell> = report
        .other
        .iter()
        .map(|n| (n.name.as_str(), n.value))
        .collect();
    for name in [
        "access.text-size",
        "access.contrast",
        "access.speech",
        "idle.reset",
        "idle.extended",
        "qr.shown.ticket",
        "ticket.need.interpreter",
        "synpunkt.contact.with",
        "synpunkt.contact.without",
        "contact.opened.kontaktcenter",
    ] {
        assert_eq!(other.get(name), Some(&Cell::of(count(name))), "{name}");
    }

    // Services: tickets, called, waits and handling from the tickets.
    let office = config.office(OFFICE).unwrap();
    assert_eq!(report.services.len(), office.services.len());
    for service in &office.services {
        let s = report
            .services
            .iter()
            .find(|s| s.service_id == service.id)
            .unwrap();
        let mine: Vec<&Ticket> = month
            .tickets
            .iter()
            .filter(|t| t.service == service.id)
            .collect();
        let n = mine.len() as u64;
        assert!(n >= 20, "{} {n}", service.id);
        assert_eq!(s.tickets, Cell::Count(n), "{}", service.id);
        assert_eq!(s.called, Cell::Count(n), "{}", service.id);
        assert_eq!(s.no_shows, Cell::Below3);
        // The kiosks counted the same tickets.
        assert_eq!(
            other.get(name::ticket_service(&service.id).as_str()),
            Some(&Cell::Count(n))
        );
        let waits: Vec<i64> = mine
            .iter()
            .map(|t| (t.called - t.issued).num_milliseconds())
            .collect();
        let handling: Vec<i64> = mine
            .iter()
            .map(|t| (t.done - t.called).num_milliseconds())
            .collect();
        let target = i64::from(service.target_wait_minutes) * 60_000;
        let within = waits.iter().filter(|w| **w <= target).count() as u64;
        assert!(within < n, "some waited beyond the target");
        assert_eq!(s.target_wait_minutes, service.target_wait_minutes);
        assert_eq!(
            s.within_target_percent,
            percent(within, n),
            "{}",
            service.id
        );
        assert_eq!(
            s.median_wait_minutes,
            median_minutes(waits.clone()),
            "{}",
            service.id
        );
        assert_eq!(
            s.median_handling_minutes,
            median_minutes(handling),
            "{}",
            service.id
        );
        let edges = [5, 10, 20, 30, 60];
        let mut buckets = [0u64; 6];
        for w in &waits {
            let m = *w as f64 / 60_000.0;
            buckets[edges.iter().position(|e| m < f64::from(*e)).unwrap_or(5)] += 1;
        }
        let reported: Vec<Cell> = s.wait_buckets.iter().map(|b| b.value).collect();
        let expected: Vec<Cell> = buckets.iter().map(|b| Cell::of(*b)).collect();
        assert_eq!(reported, expected, "{}", service.id);
    }

    // The promise, per area.
    assert_eq!(report.promise.len(), AREAS.len());
    for area in AREAS {
        let with: Vec<&Synpunkt> = month
            .synpunkter
            .iter()
            .filter(|s| s.area == area && s.contact)
            .collect();
        let kept = with
            .iter()
            .filter(|s| {
                matches!(
                    s.outcome,
                    Outcome::AnsweredOnTime | Outcome::AcknowledgedOnTimeAnsweredLate
                )
            })
            .count() as u64;
        let p = report
            .promise
            .iter()
            .find(|p| p.service_area == area)
            .unwrap();
        let n = with.len() as u64;
        assert!(n >= 3 && kept < n, "{area}: {kept} of {n}");
        assert_eq!(p.with_contact, Cell::of(n), "{area}");
        assert_eq!(p.kept, Cell::of(kept), "{area}");
        assert_eq!(p.kept_percent, percent(kept, n), "{area}");
    }
    // Nothing personal.
    let text = serde_json::to_string(report).unwrap();
    assert!(!text.contains("example.org") && !text.contains("väntetiden"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_month_of_three_kiosks_is_reported_as_generated() {
    let mut config = common::central_config();
    for service in [
        "information",
        "e-services",
        "forms",
        "mobility",
        "social-services",
    ] {
        let (id, token) = desk(service);
        config = config.with_token(
            TokenConfig::for_token(Role::Counter, &id, &token)
                .unwrap()
                .in_office(OFFICE),
        );
    }
    let mut month = generate(&config);
    assert!(month.tickets.len() > 500, "{} tickets", month.tickets.len());
    assert!(month.synpunkter.len() > 80);

    let dir = tempfile::tempdir().unwrap();
    let clock = Clock::manual(at(first_day(), NaiveTime::from_hms_opt(8, 0, 0).unwrap()));
    let server = start_server_with(dir.path(), &clock, config.clone()).await;
    let base = server.base_url.clone();
    play(&mut month, &base, &clock).await;
    assert_eq!(
        server.central().counts().unwrap().stat_hours,
        month.hours.len() as u64
    );

    let r = reqwest::Client::new()
        .get(format!(
            "{base}/v1/reports?office={OFFICE}&from={}&to={}",
            first_day(),
            last_day()
        ))
        .bearer_auth(ADMIN_TOKEN)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK);
    let report: Report = r.json().await.unwrap();
    assert_eq!((report.from, report.to), (first_day(), last_day()));
    check_report(&report, &month, &config);

    // The HTML report in a browser.
    let html = medborgarkiosk::central::report_html::render(&report).unwrap();
    let out = out_dir("stats-month");
    let page = out.join("report.html");
    std::fs::write(&page, &html).unwrap();
    screenshot_is_not_blank(&page, &out.join("report.png")).await;
}

// ------------------------------------------------------------ Chromium

/// Opens `page` (a local file) in headless Chromium, saves a screenshot
/// to `png` and checks it shows something: a share of pixels that are
/// not white, in more than a handful of colours; and the charts are in
/// the page.
async fn screenshot_is_not_blank(page: &Path, png_path: &Path) {
    let Some(driver) = driver() else { return };
    let c = browser(&driver, 1280, 1400).await;
    c.goto(&format!("file://{}", page.display())).await.unwrap();
    let svgs = c
        .find_all(fantoccini::Locator::Css("svg"))
        .await
        .unwrap()
        .len();
    let title = c
        .find(fantoccini::Locator::Css("h1"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let shot = c.screenshot().await.unwrap();
    c.close().await.unwrap();
    std::fs::write(png_path, &shot).unwrap();
    assert!(svgs >= 6, "{svgs} <svg> in the page");
    assert!(!title.is_empty());

    let mut decoder = png::Decoder::new(std::io::Cursor::new(&shot));
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let channels = info.color_type.samples();
    assert!(channels >= 3, "{:?}", info.color_type);
    let pixels = buf[..info.buffer_size()].chunks(channels);
    let mut total = 0u64;
    let mut ink = 0u64;
    // The charts' blue (bars, the heat map's cells).
    let mut blue = 0u64;
    let mut colours = std::collections::HashSet::new();
    for p in pixels {
        total += 1;
        if p[..3].iter().any(|v| *v < 245) {
            ink += 1;
        }
        if i32::from(p[2]) > i32::from(p[0]) + 40 {
            blue += 1;
        }
        colours.insert([p[0], p[1], p[2]]);
    }
    assert!(
        info.width >= 800 && info.height >= 600,
        "{}x{}",
        info.width,
        info.height
    );
    let share = ink as f64 / total as f64;
    let charts = blue as f64 / total as f64;
    eprintln!(
        "screenshot {}x{}: {:.1} % not white, {:.1} % chart blue, {} colours ({})",
        info.width,
        info.height,
        share * 100.0,
        charts * 100.0,
        colours.len(),
        png_path.display()
    );
    assert!(share > 0.05, "{:.3} of the pixels are not white", share);
    assert!(colours.len() > 16, "{} colours", colours.len());
    assert!(
        charts > 0.02,
        "{:.3} of the pixels are the charts' blue",
        charts
    );
}

//! A year of statistics for 20 kiosks (issue 22): the report must take at
//! most 2 s. Fills a database through the reference server's HTTP API on
//! loopback (generous rate limits, the server's clock stepped through the
//! year): every working day of 2026, 12 opening hours, 20 kiosks, each
//! hour's counts about 60 names (≈ 60,000 hour rows), and 300 tickets a
//! day issued by the kiosks and called (then done) by 5 desks. Then times
//! `GET /v1/reports` for the whole year (JSON and CSV), the same report
//! in-process, and the `report` command writing the HTML file.
//!
//! Seeded (the same data on every run). The database is in /dev/shm when
//! there is one (filling it is not what is measured; SQLite's fsync on a
//! disk would make it take minutes). Run: `cargo bench --bench report`.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::process::Command;
use std::time::{Duration, Instant};

use chrono::{DateTime, Datelike, Duration as Span, NaiveDate, NaiveTime, Utc};
use medborgarkiosk::api::client::{ApiClient, ApiConfig};
use medborgarkiosk::calendar::is_working_day;
use medborgarkiosk::central::{self, Central, CentralConfig, Limits, Role, TokenConfig};
use medborgarkiosk::clock::{Clock, utc_of};
use medborgarkiosk::contract::stats::{HourCounts, name};
use medborgarkiosk::contract::{CallNextRequest, TicketNeeds, TicketRequest};
use medborgarkiosk::i18n::Language;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use uuid::Uuid;

const OFFICE: &str = "botkyrka-tumba";
const KIOSKS: usize = 20;
const DESKS: usize = 5;
const YEAR: i32 = 2026;
/// Opening hours, 08:00-20:00 Stockholm.
const FIRST_HOUR: u32 = 8;
const HOURS: u32 = 12;
/// Tickets an hour: 5 rounds of 5 (300 a day).
const ROUNDS: i64 = 5;
const PER_ROUND: usize = 5;
const TARGET: Duration = Duration::from_secs(2);

const SERVICES: [&str; 5] = [
    "information",
    "e-services",
    "forms",
    "mobility",
    "social-services",
];
const GUIDES: [&str; 14] = [
    "bankid",
    "forskola",
    "bygglov",
    "ekonomiskt-bistand",
    "parkeringstillstand",
    "fardtjanst",
    "bostadsanpassning",
    "skolval",
    "avfall",
    "hemtjanst",
    "e-legitimation",
    "felanmalan",
    "bibliotek",
    "simhall",
];

fn at(date: NaiveDate, hour: u32, minute: u32) -> DateTime<Utc> {
    utc_of(date.and_time(NaiveTime::from_hms_opt(hour, minute, 0).unwrap()))
}

/// One kiosk's hour: about 60 names with small seeded counts.
fn hour_counts(rng: &mut StdRng) -> BTreeMap<String, u32> {
    let mut c = BTreeMap::new();
    let mut put = |name: String, rng: &mut StdRng, max: u32| {
        c.insert(name, rng.random_range(1..=max));
    };
    for language in Language::ALL {
        put(name::session_language(language.code()), rng, 6);
    }
    for entry in ["ticket", "guides", "synpunkt", "contacts", "news", "hours"] {
        put(name::session_entry(entry), rng, 5);
    }
    for flow in ["ticket", "guides", "synpunkt"] {
        put(name::flow_started(flow), rng, 6);
        put(name::flow_completed(flow), rng, 4);
    }
    for (flow, step) in [
        ("ticket", "service"),
        ("ticket", "needs"),
        ("guides", "list"),
        ("synpunkt", "message"),
        ("synpunkt", "contact"),
    ] {
        put(name::flow_left(flow, step), rng, 2);
    }
    for guide in GUIDES {
        put(name::guide_opened(guide), rng, 4);
    }
    for guide in &GUIDES[..4] {
        put(name::guide_help(guide), rng, 2);
    }
    for service in SERVICES {
        put(name::ticket_service(service), rng, 4);
    }
    for contact in ["kontaktcenter", "socialtjanst", "skola"] {
        put(name::contact_opened(contact), rng, 2);
    }
    put(name::SEARCH_MADE.into(), rng, 5);
    put(name::SEARCH_EMPTY.into(), rng, 2);
    put(name::synpunkt_sent("medborgarcenter", "complaint"), rng, 2);
    put(name::synpunkt_contact(true), rng, 2);
    for what in ["text-size", "contrast", "speech"] {
        put(name::access(what), rng, 2);
    }
    put(name::IDLE_RESET.into(), rng, 4);
    put(name::IDLE_EXTENDED.into(), rng, 2);
    put(name::qr_shown("guide"), rng, 3);
    c
}

fn working_days() -> Vec<NaiveDate> {
    let mut date = NaiveDate::from_ymd_opt(YEAR, 1, 1).unwrap();
    let mut days = Vec::new();
    while date.year() == YEAR {
        if is_working_day(date) {
            days.push(date);
        }
        date = date.succ_opt().unwrap();
    }
    days
}

fn secs(d: Duration) -> String {
    format!("{:.3} s", d.as_secs_f64())
}

fn main() {
    // /dev/shm: the fill's fsyncs cost nothing (tmpfs); else a temp dir.
    let dir = if std::path::Path::new("/dev/shm").is_dir() {
        tempfile::tempdir_in("/dev/shm").expect("tempdir")
    } else {
        tempfile::tempdir().expect("tempdir")
    };
    let db = dir.path().join("central.sqlite3");
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let days = working_days();
    let clock = Clock::manual(at(days[0], 7, 0));
    let kiosk_tokens: Vec<String> = (0..KIOSKS).map(|_| central::generate_token()).collect();
    let desk_tokens: Vec<String> = (0..DESKS).map(|_| central::generate_token()).collect();
    let admin_token = central::generate_token();
    let mut config = CentralConfig::demo().with_limits(Limits::generous());
    for (i, t) in kiosk_tokens.iter().enumerate() {
        config = config.with_token(
            TokenConfig::for_token(Role::Kiosk, &format!("kiosk-{i:02}"), t).expect("token"),
        );
    }
    for (i, t) in desk_tokens.iter().enumerate() {
        config = config.with_token(
            TokenConfig::for_token(Role::Counter, &(i + 1).to_string(), t)
                .expect("token")
                .in_office(OFFICE),
        );
    }
    config =
        config.with_token(TokenConfig::for_token(Role::Admin, "it", &admin_token).expect("token"));
    let server = runtime.block_on(async {
        let central = Central::open(config, &db, clock.clone()).expect("central");
        central::spawn(
            central,
            SocketAddr::from(([127, 0, 0, 1], 0)),
            kiosk_tokens[0].clone(),
        )
        .await
        .expect("spawn")
    });
    let base = server.base_url.clone();
    let api = ApiConfig {
        request_timeout_ms: 30_000,
        ..ApiConfig::default()
    };
    let kiosks: Vec<ApiClient> = kiosk_tokens
        .iter()
        .map(|t| ApiClient::new(&base, t, &api).expect("client"))
        .collect();
    let desks: Vec<ApiClient> = desk_tokens
        .iter()
        .map(|t| ApiClient::new(&base, t, &api).expect("client"))
        .collect();
    let mut rng = StdRng::seed_from_u64(22);

    // Tickets: each hour 5 rounds 12 minutes apart; in each, 5 tickets
    // issued at once, and 6-11 minutes later each desk calls next (which
    // finishes the ticket it had).
    let fill = Instant::now();
    let mut tickets = 0usize;
    runtime.block_on(async {
        for date in &days {
            for hour in FIRST_HOUR..FIRST_HOUR + HOURS {
                for round in 0..ROUNDS {
                    let start = at(*date, hour, 0) + Span::minutes(round * 12);
                    clock.set(start);
                    let mut set = tokio::task::JoinSet::new();
                    for _ in 0..PER_ROUND {
                        let k = rng.random_range(0..KIOSKS);
                        let request = TicketRequest {
                            service_id: SERVICES
                                [[0, 0, 0, 1, 1, 2, 3, 4][rng.random_range(0..8usize)]]
                            .into(),
                            office: OFFICE.into(),
                            kiosk_id: format!("kiosk-{k:02}"),
                            language: Language::ALL[rng.random_range(0..Language::ALL.len())],
                            needs: TicketNeeds::default(),
                            requested_at: start,
                            topic: None,
                        };
                        let client = kiosks[k].clone();
                        set.spawn(async move {
                            client
                                .create_ticket(&request, Uuid::new_v4())
                                .await
                                .expect("ticket");
                        });
                    }
                    set.join_all().await;
                    tickets += PER_ROUND;
                    clock.set(start + Span::minutes(rng.random_range(6..=11)));
                    let mut set = tokio::task::JoinSet::new();
                    for (d, desk) in desks.iter().enumerate() {
                        let desk = desk.clone();
                        set.spawn(async move {
                            desk.call_next(
                                OFFICE,
                                &(d + 1).to_string(),
                                &CallNextRequest::default(),
                                Uuid::new_v4(),
                            )
                            .await
                            .expect("call next");
                        });
                    }
                    set.join_all().await;
                }
            }
        }
    });
    let tickets_took = fill.elapsed();

    // The kiosks' hours, delivered after the year (16 at a time).
    clock.set(at(NaiveDate::from_ymd_opt(YEAR + 1, 1, 1).unwrap(), 9, 0));
    let stats = Instant::now();
    let mut hours = 0usize;
    runtime.block_on(async {
        let mut set = tokio::task::JoinSet::new();
        for date in &days {
            for hour in FIRST_HOUR..FIRST_HOUR + HOURS {
                for (k, kiosk) in kiosks.iter().enumerate() {
                    let body = HourCounts {
                        office: OFFICE.into(),
                        counts: hour_counts(&mut rng),
                    };
                    let start = at(*date, hour, 0);
                    let kiosk = kiosk.clone();
                    if set.len() >= 16 {
                        set.join_next().await.expect("a task").expect("joined");
                    }
                    set.spawn(async move {
                        kiosk
                            .put_stats(&format!("kiosk-{k:02}"), start, &body)
                            .await
                            .expect("stats");
                    });
                    hours += 1;
                }
            }
        }
        set.join_all().await;
    });
    let stats_took = stats.elapsed();
    let counts = server.central().counts().expect("counts");
    assert_eq!(counts.stat_hours as usize, hours);
    assert_eq!(counts.tickets as usize, tickets);
    let size = std::fs::metadata(&db).map(|m| m.len()).unwrap_or(0);
    println!(
        "filled: {} working days, {tickets} tickets in {}, {hours} kiosk hours in {}; \
         database {:.1} MiB",
        days.len(),
        secs(tickets_took),
        secs(stats_took),
        size as f64 / (1024.0 * 1024.0),
    );

    // The year's report.
    let from = NaiveDate::from_ymd_opt(YEAR, 1, 1).unwrap();
    let to = NaiveDate::from_ymd_opt(YEAR, 12, 31).unwrap();
    let http = reqwest::Client::new();
    let get = |format: &'static str| {
        let url = format!("{base}/v1/reports?office={OFFICE}&from={from}&to={to}{format}");
        let http = http.clone();
        let token = admin_token.clone();
        runtime.block_on(async move {
            let t = Instant::now();
            let r = http
                .get(url)
                .bearer_auth(token)
                .send()
                .await
                .expect("report");
            assert!(r.status().is_success(), "{}", r.status());
            let body = r.bytes().await.expect("body");
            (t.elapsed(), body.len())
        })
    };
    let mut worst = Duration::ZERO;
    for run in 1..=3 {
        let (took, len) = get("");
        worst = worst.max(took);
        println!(
            "GET /v1/reports (JSON, a year)   run {run}: {} ({len} bytes)",
            secs(took)
        );
    }
    let (took, len) = get("&format=csv");
    worst = worst.max(took);
    println!(
        "GET /v1/reports (CSV, a year):         {} ({len} bytes)",
        secs(took)
    );
    let t = Instant::now();
    let report = server.central().report(OFFICE, from, to).expect("report");
    let in_process = t.elapsed();
    println!(
        "the report in-process (no HTTP):       {}",
        secs(in_process)
    );
    assert!(!report.languages.is_empty() && !report.services.is_empty());

    let out = dir.path().join("report.html");
    let t = Instant::now();
    let done = Command::new(env!("CARGO_BIN_EXE_medborgarkiosk"))
        .args(["report", "--db"])
        .arg(&db)
        .args([
            "--office",
            OFFICE,
            "--from",
            &from.to_string(),
            "--to",
            &to.to_string(),
            "--out",
        ])
        .arg(&out)
        .output()
        .expect("report command");
    let html_took = t.elapsed();
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    let html_len = std::fs::metadata(&out).map(|m| m.len()).unwrap_or(0);
    worst = worst.max(html_took);
    println!(
        "`medborgarkiosk report` (HTML, a year): {} ({html_len} bytes, process start included)",
        secs(html_took)
    );
    println!(
        "slowest: {} (target {}): {}",
        secs(worst),
        secs(TARGET),
        if worst <= TARGET { "ok" } else { "TOO SLOW" }
    );
    drop(server);
}

//! An office's morning on the reference central API (issue 21), over
//! loopback: 50 visitors' phones refreshing their queue page every 15 s,
//! 5 desks working the counter page (a look at the page and "call next"
//! every 90 s each), and 4 kiosks issuing a ticket a minute each, for 10
//! simulated minutes (the server's clock is stepped a second at a time;
//! each second's requests go at once, as they would). Reports p50/p99/max
//! per kind of request and the process's memory (the server runs in this
//! process). Run: `cargo bench --bench office`.

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use chrono::{TimeZone, Utc};
use medborgarkiosk::api::client::{ApiClient, ApiConfig};
use medborgarkiosk::central::{self, Central, CentralConfig, Limits, Role, TokenConfig};
use medborgarkiosk::clock::Clock;
use medborgarkiosk::contract::{TicketNeeds, TicketRequest};
use medborgarkiosk::i18n::Language;

const PHONES: usize = 50;
const DESKS: usize = 5;
const KIOSKS: usize = 4;
const SECONDS: u64 = 600;
const OFFICE: &str = "botkyrka-tumba";

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

/// (VmRSS, Pss) of this process in KiB.
fn memory() -> (u64, u64) {
    let field = |file: &str, name: &str| {
        std::fs::read_to_string(file)
            .ok()
            .and_then(|t| {
                t.lines()
                    .find(|l| l.starts_with(name))
                    .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
            })
            .unwrap_or(0)
    };
    (
        field("/proc/self/status", "VmRSS:"),
        field("/proc/self/smaps_rollup", "Pss:"),
    )
}

fn report(name: &str, mut times: Vec<Duration>) {
    times.sort();
    println!(
        "{name:<22} n={:<5} p50={:>7.2} ms  p99={:>7.2} ms  max={:>7.2} ms",
        times.len(),
        percentile(&times, 0.5).as_secs_f64() * 1e3,
        percentile(&times, 0.99).as_secs_f64() * 1e3,
        times.last().copied().unwrap_or_default().as_secs_f64() * 1e3,
    );
}

fn main() {
    let dir = tempfile::tempdir().expect("tempdir");
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    // Monday 23 November 2026, 09:00 in Stockholm: the office opens.
    let clock = Clock::manual(Utc.with_ymd_and_hms(2026, 11, 23, 8, 0, 0).unwrap());
    let kiosk_tokens: Vec<String> = (0..KIOSKS).map(|_| central::generate_token()).collect();
    let desk_tokens: Vec<String> = (0..DESKS).map(|_| central::generate_token()).collect();
    let mut config = CentralConfig::demo().with_limits(Limits::generous());
    config.public_base_url = Some("https://ko.example.se".into());
    for (i, t) in kiosk_tokens.iter().enumerate() {
        config = config.with_token(
            TokenConfig::for_token(Role::Kiosk, &format!("kiosk-{i}"), t).expect("token"),
        );
    }
    for (i, t) in desk_tokens.iter().enumerate() {
        config = config.with_token(
            TokenConfig::for_token(Role::Counter, &(i + 1).to_string(), t)
                .expect("token")
                .in_office(OFFICE),
        );
    }
    let server = runtime.block_on(async {
        let central = Central::open(config, &dir.path().join("central.sqlite3"), clock.clone())
            .expect("central");
        central::spawn(
            central,
            SocketAddr::from(([127, 0, 0, 1], 0)),
            kiosk_tokens[0].clone(),
        )
        .await
        .expect("spawn")
    });
    let base = server.base_url.clone();
    let (rss0, pss0) = memory();
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("http");
    let kiosks: Vec<ApiClient> = kiosk_tokens
        .iter()
        .map(|t| ApiClient::new(&base, t, &ApiConfig::default()).expect("client"))
        .collect();
    let services = ["information", "e-services", "forms"];
    let issue = |k: usize, n: usize| {
        let request = TicketRequest {
            service_id: services[n % services.len()].into(),
            office: OFFICE.into(),
            kiosk_id: format!("kiosk-{k}"),
            language: Language::ALL[n % Language::ALL.len()],
            needs: TicketNeeds::default(),
            requested_at: clock.now(),
            topic: None,
        };
        let client = kiosks[k].clone();
        async move {
            let start = Instant::now();
            let t = client
                .create_ticket(&request, uuid::Uuid::new_v4())
                .await
                .expect("ticket");
            (start.elapsed(), t)
        }
    };
    // The morning queue: 50 visitors waiting, each following on a phone.
    let phones: Vec<String> = runtime.block_on(async {
        let mut paths = Vec::new();
        for n in 0..PHONES {
            let (_, t) = issue(n % KIOSKS, n).await;
            let url = t.follow_url.expect("follow url");
            paths.push(url.replacen("https://ko.example.se", "", 1));
        }
        paths
    });
    // Desks sign in (their cookies).
    let cookies: Vec<String> = runtime.block_on(async {
        let mut cookies = Vec::new();
        for t in &desk_tokens {
            let r = http
                .post(format!("{base}/counter/sign-in"))
                .form(&[("token", t.as_str())])
                .send()
                .await
                .expect("sign in");
            let set = r.headers()["set-cookie"]
                .to_str()
                .expect("cookie")
                .to_owned();
            cookies.push(set.split(';').next().expect("pair").to_owned());
        }
        cookies
    });
    let (mut phone_times, mut page_times, mut act_times, mut ticket_times) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let wall = Instant::now();
    for second in 0..SECONDS {
        clock.advance(Duration::from_secs(1));
        runtime.block_on(async {
            let mut phone_loads = Vec::new();
            for (i, path) in phones.iter().enumerate() {
                if (second + i as u64).is_multiple_of(15) {
                    let http = http.clone();
                    let url = format!("{base}{path}");
                    phone_loads.push(tokio::spawn(async move {
                        let start = Instant::now();
                        let r = http.get(url).send().await.expect("phone");
                        let _ = r.text().await;
                        start.elapsed()
                    }));
                }
            }
            let mut desk_work = Vec::new();
            for (d, cookie) in cookies.iter().enumerate() {
                if (second + 18 * d as u64).is_multiple_of(90) {
                    let http = http.clone();
                    let base = base.clone();
                    let cookie = cookie.clone();
                    desk_work.push(tokio::spawn(async move {
                        let start = Instant::now();
                        let page = http
                            .get(format!("{base}/counter"))
                            .header("cookie", &cookie)
                            .send()
                            .await
                            .expect("page")
                            .text()
                            .await
                            .expect("body");
                        let page_time = start.elapsed();
                        let value = |name: &str| {
                            let marker = format!("name=\"{name}\" value=\"");
                            page.rfind(&marker)
                                .map(|i| {
                                    let rest = &page[i + marker.len()..];
                                    rest[..rest.find('"').unwrap_or(0)].to_owned()
                                })
                                .unwrap_or_default()
                        };
                        let (csrf, ticket) = (value("csrf"), value("ticket"));
                        let start = Instant::now();
                        http.post(format!("{base}/counter/act"))
                            .header("cookie", &cookie)
                            .form(&[
                                ("csrf", csrf.as_str()),
                                ("action", "call-next"),
                                ("ticket", ticket.as_str()),
                            ])
                            .send()
                            .await
                            .expect("act");
                        (page_time, start.elapsed())
                    }));
                }
            }
            let mut tickets = Vec::new();
            for k in 0..KIOSKS {
                if (second + 15 * k as u64).is_multiple_of(60) {
                    tickets.push(issue(k, second as usize + k));
                }
            }
            for t in tickets {
                ticket_times.push(t.await.0);
            }
            for p in phone_loads {
                phone_times.push(p.await.expect("join"));
            }
            for d in desk_work {
                let (page, act) = d.await.expect("join");
                page_times.push(page);
                act_times.push(act);
            }
        });
    }
    let (rss1, pss1) = memory();
    println!(
        "office: {PHONES} phones every 15 s, {DESKS} desks every 90 s, {KIOSKS} kiosks every 60 s, {SECONDS} simulated s in {:.1} s",
        wall.elapsed().as_secs_f64()
    );
    report("phone page /f/{token}", phone_times);
    report("counter page GET", page_times);
    report("counter call-next POST", act_times);
    report("ticket POST (kiosk)", ticket_times);
    println!("memory (server in process): VmRSS {rss0} -> {rss1} KiB, Pss {pss0} -> {pss1} KiB");
}

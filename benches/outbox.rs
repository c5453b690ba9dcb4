//! Enqueue and deliver 10,000 synpunkter through the outbox to the
//! reference server on loopback. Reports throughput, p50/p99
//! submit-to-confirmed latency and p50/p99 of the enqueue commit (the time
//! from "send" to a receipt on screen).
//!
//! Targets (issue 3, 2-core machine): all confirmed within 20 s; commit
//! p99 under 20 ms. Run: `cargo bench --bench outbox` (set
//! `OUTBOX_BENCH_N` for another count).

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use medborgarkiosk::api::client::{ApiClient, ApiConfig};
use medborgarkiosk::central::{self, Central, CentralConfig, Limits, Role, TokenConfig};
use medborgarkiosk::clock::Clock;
use medborgarkiosk::contract::{Contact, SynpunktKind, SynpunktTopic};
use medborgarkiosk::i18n::Language;
use medborgarkiosk::outbox::{NewSynpunkt, Outbox, OutboxConfig};

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let idx = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[idx]
}

fn main() {
    let n: usize = std::env::var("OUTBOX_BENCH_N")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    let dir = tempfile::tempdir().expect("tempdir");
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let token = central::generate_token();
    let server = runtime.block_on(async {
        let config = CentralConfig::demo()
            .with_token(TokenConfig::for_token(Role::Kiosk, "bench-kiosk", &token).expect("token"))
            .with_limits(Limits::generous());
        let central = Central::open(config, &dir.path().join("central.sqlite3"), Clock::system())
            .expect("central");
        central::spawn(
            central,
            SocketAddr::from(([127, 0, 0, 1], 0)),
            token.clone(),
        )
        .await
        .expect("spawn")
    });
    let outbox = Outbox::open(
        &dir.path().join("outbox.sqlite3"),
        OutboxConfig {
            batch_size: 64,
            concurrency: 16,
            ..OutboxConfig::default()
        },
        // A bench measures real time; its dates do not matter.
        Clock::system(),
    )
    .expect("outbox");
    let client = ApiClient::new(&server.base_url, &token, &ApiConfig::default()).expect("client");
    let delivery = {
        let _guard = runtime.enter();
        outbox.spawn_delivery(client)
    };

    let started = Instant::now();
    let mut commits = Vec::with_capacity(n);
    for i in 0..n {
        let t = Instant::now();
        outbox
            .enqueue_synpunkt(NewSynpunkt {
                kind: SynpunktKind::Complaint,
                service_area: "medborgarcenter".into(),
                topics: vec![SynpunktTopic::HandlingTime],
                message: format!(
                    "Benchmark-synpunkt {i}: väntetiden var lång, men bemötandet bra."
                ),
                contact: (i.is_multiple_of(2)).then(|| Contact {
                    name: Some("Bench Besökare".into()),
                    email: Some("bench@example.org".into()),
                    phone: None,
                }),
                language: Language::Sv,
                kiosk_id: "bench-kiosk".into(),
            })
            .expect("enqueue");
        commits.push(t.elapsed());
    }
    let enqueued_in = started.elapsed();
    let mut rx = outbox.subscribe();
    runtime.block_on(async {
        while rx.borrow_and_update().pending > 0 {
            if tokio::time::timeout(Duration::from_secs(120), rx.changed())
                .await
                .is_err()
            {
                break;
            }
        }
    });
    let all_confirmed = started.elapsed();
    runtime.block_on(delivery.stop());
    let state = outbox.state();
    let stored = server.central().counts().expect("counts").synpunkter;

    // Submit-to-confirmed latency per row, from the outbox's own timestamps.
    let conn = rusqlite::Connection::open(dir.path().join("outbox.sqlite3")).expect("open");
    let mut stmt = conn
        .prepare("SELECT delivered_at - created_at FROM outbox WHERE state = 'delivered'")
        .expect("prepare");
    let mut latencies: Vec<Duration> = stmt
        .query_map([], |r| r.get::<_, i64>(0))
        .expect("query")
        .filter_map(Result::ok)
        .map(|ms| Duration::from_millis(ms.max(0) as u64))
        .collect();
    latencies.sort();
    commits.sort();

    println!("outbox bench: {n} synpunkter, reference server on loopback");
    println!("  enqueued in        {:>8.2} s", enqueued_in.as_secs_f64());
    println!(
        "  all confirmed in   {:>8.2} s (target < 20 s)",
        all_confirmed.as_secs_f64()
    );
    println!(
        "  throughput         {:>8.0} /s",
        n as f64 / all_confirmed.as_secs_f64()
    );
    println!(
        "  delivered {} pending {} rejected {}; stored at server {stored}",
        state.delivered, state.pending, state.rejected
    );
    println!(
        "  submit->confirmed  p50 {:>7.1} ms  p99 {:>7.1} ms  max {:>7.1} ms",
        percentile(&latencies, 0.50).as_secs_f64() * 1e3,
        percentile(&latencies, 0.99).as_secs_f64() * 1e3,
        latencies.last().copied().unwrap_or_default().as_secs_f64() * 1e3
    );
    println!(
        "  enqueue commit     p50 {:>7.2} ms  p99 {:>7.2} ms  max {:>7.2} ms (target p99 < 20 ms)",
        percentile(&commits, 0.50).as_secs_f64() * 1e3,
        percentile(&commits, 0.99).as_secs_f64() * 1e3,
        commits.last().copied().unwrap_or_default().as_secs_f64() * 1e3
    );
    assert_eq!(stored as usize, n, "every synpunkt stored exactly once");
    runtime.block_on(server.shutdown());
}

//! Domain hot paths that run while a visitor waits (`cargo bench --bench
//! domain`): the answer-by date of a synpunkt (every second on the
//! synpunkt screen, and at every send), and parsing each kind of feed
//! (every fetch). Search per keystroke has its own bench (`search`), the
//! outbox commit too (`outbox`), the frame cost too (`frames`).
//!
//! Plain `harness = false` bench, like the others: p50/p99 per case.
//! Feeds are parsed on the backend's runtime, not on the UI thread: their
//! target (100 ms) is about a fetch not holding a core, not about frames.

use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::{DateTime, TimeZone, Utc};
use medborgarkiosk::calendar;
use medborgarkiosk::feeds::{self, FeedKind};

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

/// Runs `f` `n` times (after 10 warm-up calls) and prints p50/p99/max.
fn bench(name: &str, n: usize, target: Duration, mut f: impl FnMut(usize)) {
    for i in 0..10 {
        f(i);
    }
    let mut samples = Vec::with_capacity(n);
    for i in 0..n {
        let t = Instant::now();
        f(i);
        samples.push(t.elapsed());
    }
    samples.sort();
    let us = |d: Duration| d.as_secs_f64() * 1e6;
    let p99 = percentile(&samples, 0.99);
    println!(
        "{name:<34} n={n:<6} p50 {:>9.1} µs  p99 {:>9.1} µs  max {:>9.1} µs  (target p99 < {} µs)",
        us(percentile(&samples, 0.5)),
        us(p99),
        us(samples.last().copied().unwrap_or_default()),
        target.as_micros()
    );
    if p99 > target {
        println!("WARNING: {name} p99 over target");
    }
}

/// A news feed the size of a busy municipality's: 200 items with HTML.
fn big_rss() -> Vec<u8> {
    let mut s = String::from(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel>\
         <title>Botkyrka kommun nyheter</title><link>https://www.botkyrka.se</link>\
         <language>sv</language>",
    );
    for i in 0..200 {
        s.push_str(&format!(
            "<item><title>Nyhet nummer {i}: öppettider för återvinningscentralen ändras</title>\
             <link>https://www.botkyrka.se/nyheter/{i}</link>\
             <guid>https://www.botkyrka.se/nyheter/{i}</guid>\
             <pubDate>Mon, 23 Nov 2026 {:02}:{:02}:00 +0100</pubDate>\
             <description>&lt;p&gt;Från och med &lt;strong&gt;1 december&lt;/strong&gt; har \
             återvinningscentralen i Tumba nya öppettider. Läs mer på webbplatsen eller fråga i \
             medborgarcenter.&lt;/p&gt;&lt;p&gt;Välkommen!&lt;/p&gt;</description></item>",
            i % 24,
            i % 60
        ));
    }
    s.push_str("</channel></rss>");
    s.into_bytes()
}

fn main() {
    // Calendar: every 17 minutes over five years, so every kind of day
    // (eves, Easter, midsummer, year ends) is asked about.
    let start = Utc
        .with_ymd_and_hms(2026, 1, 1, 0, 0, 0)
        .single()
        .expect("date");
    let moments: Vec<DateTime<Utc>> = (0..(5 * 365 * 24 * 60 / 17))
        .map(|i| start + chrono::Duration::minutes(17 * i))
        .collect();
    bench(
        "calendar::answer_by",
        moments.len(),
        Duration::from_micros(100),
        |i| {
            black_box(calendar::answer_by(black_box(moments[i % moments.len()])));
        },
    );

    // Statistics (issue 22): one count on the UI thread, with the data
    // directory on disk (the writer thread writes the hour, not the UI),
    // and the memory of a full day of counts.
    let stats_dir = tempfile::tempdir().expect("tempdir");
    let stats = medborgarkiosk::stats::Stats::open(stats_dir.path(), start);
    let guides = ["bygglov", "forskola", "sjukpenning", "e-post", "id-kort"];
    bench(
        "stats::count (guide opened)",
        20_000,
        Duration::from_micros(50),
        |i| {
            stats.count(
                medborgarkiosk::stats::Counted::GuideOpened {
                    id: guides[i % guides.len()],
                },
                start + chrono::Duration::seconds(i as i64),
            );
        },
    );
    stats.flush();
    let day: usize = stats.pending().iter().map(|(_, c)| c.len()).sum();
    println!(
        "stats: {day} names over the hours counted; a day of a busy kiosk holds a few hundred (a few tens of KiB)"
    );

    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/feeds");
    let read = |name: &str| std::fs::read(data.join(name)).expect("test feed");
    let cases: Vec<(&str, FeedKind, Vec<u8>)> = vec![
        ("feed: RSS (3 items)", FeedKind::Rss, read("news-rss.xml")),
        ("feed: Atom", FeedKind::Rss, read("news-atom.xml")),
        ("feed: RSS, 200 items with HTML", FeedKind::Rss, big_rss()),
        (
            "feed: Krisinformation JSON",
            FeedKind::Krisinformation,
            read("krisinformation-news.json"),
        ),
        ("feed: VMA JSON", FeedKind::Vma, read("vma-alerts.json")),
        ("feed: CAP chain", FeedKind::Cap, read("cap-chain.xml")),
    ];
    for (name, kind, bytes) in &cases {
        // Every feed must parse, or the bench measures an error path.
        feeds::parse(*kind, bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        bench(name, 500, Duration::from_millis(100), |_| {
            black_box(feeds::parse(*kind, black_box(bytes)).ok());
        });
        let detect = format!("{name} (detect+parse)");
        bench(&detect, 200, Duration::from_millis(100), |_| {
            black_box(feeds::parse_any(None, black_box(bytes)).ok());
        });
    }
}

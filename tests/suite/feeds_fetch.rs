//! Fetching over loopback from a deliberately bad server: slow, 500, HTML,
//! 50 MiB, malformed. The last good data stays, fetches end within their
//! limits, and the disk cache survives a restart.

use std::sync::Arc;
use std::sync::atomic::{AtomicU8, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use medborgarkiosk::feeds::fetch::{ErrorClass, FetchError, FetchLimits, client, fetch_bytes};
use medborgarkiosk::feeds::{Feeds, FeedsConfig};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

const GOOD: u8 = 0;
const SLOW_HEADERS: u8 = 1;
const SLOW_BODY: u8 = 2;
const ERROR_500: u8 = 3;
const HTML: u8 = 4;
const HUGE: u8 = 5;
const MALFORMED: u8 = 6;
const HUGE_WITH_LENGTH: u8 = 7;

const HUGE_BYTES: u64 = 50 * 1024 * 1024;

fn data(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/data/feeds/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

struct Server {
    base: String,
    mode: Arc<AtomicU8>,
    body_bytes_sent: Arc<AtomicU64>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for Server {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// A raw HTTP/1.1 server on 127.0.0.1 whose behaviour `mode` selects.
/// `/rss` serves news, `/cap` a CAP alert (in GOOD mode).
async fn server() -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let mode = Arc::new(AtomicU8::new(GOOD));
    let sent = Arc::new(AtomicU64::new(0));
    let (m, s) = (mode.clone(), sent.clone());
    let task = tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                return;
            };
            tokio::spawn(handle(stream, m.load(Ordering::SeqCst), s.clone()));
        }
    });
    Server {
        base,
        mode,
        body_bytes_sent: sent,
        task,
    }
}

async fn handle(mut stream: TcpStream, mode: u8, sent: Arc<AtomicU64>) {
    let mut request = Vec::new();
    let mut buf = [0u8; 1024];
    while !request.windows(4).any(|w| w == b"\r\n\r\n") {
        match stream.read(&mut buf).await {
            Ok(0) | Err(_) => return,
            Ok(n) => request.extend_from_slice(&buf[..n]),
        }
    }
    let path = String::from_utf8_lossy(&request)
        .split_whitespace()
        .nth(1)
        .unwrap_or("/")
        .to_owned();
    let good = if path == "/cap" {
        data("cap-multilang.xml")
    } else {
        data("news-rss.xml")
    };
    let respond = |status: &str, body: &[u8]| {
        let mut r = format!(
            "HTTP/1.1 {status}\r\nContent-Type: application/xml\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            body.len()
        )
        .into_bytes();
        r.extend_from_slice(body);
        r
    };
    let _ = match mode {
        GOOD => stream.write_all(&respond("200 OK", &good)).await,
        SLOW_HEADERS => {
            tokio::time::sleep(Duration::from_secs(5)).await;
            stream.write_all(&respond("200 OK", &good)).await
        }
        SLOW_BODY => {
            let head = format!(
                "HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                good.len()
            );
            let _ = stream.write_all(head.as_bytes()).await;
            for byte in &good {
                if stream.write_all(&[*byte]).await.is_err() {
                    return;
                }
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            Ok(())
        }
        ERROR_500 => {
            stream
                .write_all(&respond("500 Internal Server Error", b"oops"))
                .await
        }
        HTML => {
            stream
                .write_all(&respond("200 OK", &data("not-a-feed.html")))
                .await
        }
        MALFORMED => {
            stream
                .write_all(&respond("200 OK", &data("broken.xml")))
                .await
        }
        HUGE | HUGE_WITH_LENGTH => {
            let head = if mode == HUGE {
                "HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\nConnection: close\r\n\r\n"
                    .to_owned()
            } else {
                format!(
                    "HTTP/1.1 200 OK\r\nContent-Length: {HUGE_BYTES}\r\nConnection: close\r\n\r\n"
                )
            };
            let _ = stream.write_all(head.as_bytes()).await;
            let mut chunk = b"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>".to_vec();
            chunk.resize(64 * 1024, b' ');
            let mut total = 0u64;
            while total < HUGE_BYTES {
                if stream.write_all(&chunk).await.is_err() {
                    break;
                }
                total += chunk.len() as u64;
                sent.fetch_add(chunk.len() as u64, Ordering::SeqCst);
            }
            Ok(())
        }
        _ => Ok(()),
    };
    let _ = stream.shutdown().await;
}

fn limits() -> FetchLimits {
    FetchLimits {
        max_bytes: 2 * 1024 * 1024,
        timeout: Duration::from_secs(1),
    }
}

fn config(base: &str) -> FeedsConfig {
    FeedsConfig {
        news_feeds: vec![format!("{base}/rss")],
        krisinformation_url: String::new(),
        vma_url: String::new(),
        cap_urls: vec![format!("{base}/cap")],
        ..FeedsConfig::default()
    }
}

#[tokio::test]
async fn bad_responses_never_replace_good_data_and_cache_survives_restart() {
    let server = server().await;
    let dir = tempfile::tempdir().unwrap();
    let feeds = Feeds::with_limits(config(&server.base), dir.path(), limits(), clock());

    let empty = feeds.snapshot();
    assert!(empty.news.is_empty() && empty.crisis.is_empty());
    assert!(empty.sources.iter().all(|s| s.last_success.is_none()));

    let good = feeds.refresh_all().await;
    assert_eq!(good.news.len(), 3);
    assert_eq!(good.crisis.len(), 1);
    assert!(good.crisis[0].retrieved_at.is_some());
    assert_eq!(good.news[0].retrieved_at, good.sources[0].last_success);
    assert!(
        good.sources
            .iter()
            .all(|s| s.last_error.is_none() && s.last_success.is_some())
    );
    let good_time = good.sources[0].last_success;

    for (mode, class) in [
        (SLOW_HEADERS, ErrorClass::Timeout),
        (SLOW_BODY, ErrorClass::Timeout),
        (ERROR_500, ErrorClass::HttpStatus),
        (HTML, ErrorClass::NotAFeed),
        (MALFORMED, ErrorClass::Malformed),
        (HUGE, ErrorClass::TooLarge),
        (HUGE_WITH_LENGTH, ErrorClass::TooLarge),
    ] {
        server.mode.store(mode, Ordering::SeqCst);
        let started = Instant::now();
        let snapshot = feeds.refresh_all().await;
        let took = started.elapsed();
        assert!(
            took < Duration::from_secs(3),
            "mode {mode}: refresh took {took:?}"
        );
        assert_eq!(snapshot.news, good.news, "mode {mode}: news replaced");
        assert_eq!(snapshot.crisis, good.crisis, "mode {mode}: crisis replaced");
        for status in &snapshot.sources {
            assert_eq!(status.last_error, Some(class), "mode {mode}: {status:?}");
            assert!(status.last_error_detail.is_some());
            assert!(status.last_success.is_some());
            assert_eq!(
                status.item_count,
                if status.url.ends_with("/cap") { 1 } else { 3 }
            );
        }
        assert_eq!(snapshot.sources[0].last_success, good_time);
        assert!(snapshot.has_problems());
    }
    // The four 50 MiB responses (two sources, two modes) were cut off near
    // the limit, not read to the end: what the server got out is the 2 MiB
    // read plus socket buffers, far below 4 x 50 MiB (about 19 MiB here).
    let sent = server.body_bytes_sent.load(Ordering::SeqCst);
    assert!(
        sent < 4 * HUGE_BYTES * 3 / 10,
        "server sent {sent} bytes of 4 x 50 MiB"
    );

    // "Restart" with the server gone: a new instance on the same folder
    // shows the last good data with its fetch time.
    drop(feeds);
    let base = server.base.clone();
    drop(server);
    let restarted = Feeds::with_limits(config(&base), dir.path(), limits(), clock());
    let cached = restarted.snapshot();
    assert_eq!(cached.news, good.news);
    assert_eq!(cached.crisis, good.crisis);
    assert_eq!(cached.sources[0].last_success, good_time);
    let offline = restarted.refresh_all().await;
    assert_eq!(offline.news, good.news);
    assert_eq!(offline.sources[0].last_error, Some(ErrorClass::Network));

    // Atomic writes leave no temporary files behind.
    let names: Vec<String> = std::fs::read_dir(dir.path().join("feeds"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
    assert!(names.iter().all(|n| n.ends_with(".json")), "{names:?}");
}

#[tokio::test]
async fn fetch_limits_hold() {
    let server = server().await;
    let client = client();
    let url = format!("{}/rss", server.base);

    let body = fetch_bytes(&client, &url, limits()).await.unwrap();
    assert_eq!(body, data("news-rss.xml"));

    server.mode.store(HUGE, Ordering::SeqCst);
    let small = FetchLimits {
        max_bytes: 100 * 1024,
        timeout: Duration::from_secs(5),
    };
    let started = Instant::now();
    assert_eq!(
        fetch_bytes(&client, &url, small).await,
        Err(FetchError::TooLarge(100 * 1024))
    );
    assert!(started.elapsed() < Duration::from_secs(3));

    server.mode.store(SLOW_HEADERS, Ordering::SeqCst);
    let quick = FetchLimits {
        max_bytes: 1024 * 1024,
        timeout: Duration::from_millis(300),
    };
    let started = Instant::now();
    assert_eq!(
        fetch_bytes(&client, &url, quick).await,
        Err(FetchError::Timeout(Duration::from_millis(300)))
    );
    assert!(started.elapsed() < Duration::from_secs(2));

    server.mode.store(ERROR_500, Ordering::SeqCst);
    assert_eq!(
        fetch_bytes(&client, &url, limits()).await,
        Err(FetchError::HttpStatus(500))
    );
}

#[tokio::test]
async fn damaged_cache_is_ignored() {
    let dir = tempfile::tempdir().unwrap();
    let config = FeedsConfig {
        news_feeds: vec!["http://127.0.0.1:9/rss".into()],
        krisinformation_url: String::new(),
        vma_url: String::new(),
        ..FeedsConfig::default()
    };
    let store = medborgarkiosk::feeds::store::Store::new(dir.path());
    std::fs::create_dir_all(store.dir()).unwrap();
    std::fs::write(store.path_for("http://127.0.0.1:9/rss"), b"{ not json").unwrap();
    let feeds = Feeds::with_limits(config, dir.path(), limits(), clock());
    let snapshot = feeds.snapshot();
    assert!(snapshot.news.is_empty());
    assert_eq!(snapshot.sources[0].last_success, None);
}

#[tokio::test]
async fn spawned_refresh_loop_publishes_snapshots() {
    let server = server().await;
    let dir = tempfile::tempdir().unwrap();
    let feeds = Feeds::with_limits(config(&server.base), dir.path(), limits(), clock());
    let mut receiver = feeds.spawn();
    assert!(
        receiver.borrow().news.is_empty(),
        "starts with the (empty) cache"
    );
    tokio::time::timeout(Duration::from_secs(5), receiver.changed())
        .await
        .expect("a refreshed snapshot within 5 s")
        .unwrap();
    let snapshot = receiver.borrow().clone();
    assert_eq!(snapshot.news.len(), 3);
    let (news, own) = snapshot.news_for(medborgarkiosk::i18n::Language::Sv);
    assert!(own);
    assert_eq!(news.len(), 3);
    let (news, own) = snapshot.news_for(medborgarkiosk::i18n::Language::Ar);
    assert!(!own, "no Arabic items: Swedish ones with a note");
    assert_eq!(news.len(), 3);
    // The CAP alert's expiry (2026-11-21 18:00) decides whether it is up:
    // a second before it, and at it.
    let expires = medborgarkiosk::feeds::detect::parse_time("2026-11-21T18:00:00+01:00").unwrap();
    let ar = medborgarkiosk::i18n::Language::Ar;
    let before = expires - chrono::Duration::seconds(1);
    assert_eq!(
        snapshot.active_crisis(feeds.config(), ar, before).0.len(),
        1
    );
    assert_eq!(
        snapshot.active_crisis(feeds.config(), ar, expires).0.len(),
        0
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn snapshot_is_served_while_a_fetch_hangs() {
    let server = server().await;
    let dir = tempfile::tempdir().unwrap();
    let slow = FetchLimits {
        max_bytes: 2 * 1024 * 1024,
        timeout: Duration::from_secs(1),
    };
    let feeds = Feeds::with_limits(config(&server.base), dir.path(), slow, clock());
    let good = feeds.refresh_all().await;
    server.mode.store(SLOW_HEADERS, Ordering::SeqCst);
    let background = feeds.clone();
    let refresh = tokio::spawn(async move { background.refresh_all().await });
    tokio::time::sleep(Duration::from_millis(200)).await;
    // The UI reads the last good data while the fetch is still waiting.
    let during = feeds.snapshot();
    assert!(
        !refresh.is_finished(),
        "the server holds the answer for 5 s"
    );
    assert_eq!(during.news, good.news);
    let after = refresh.await.unwrap();
    assert_eq!(after.news, good.news);
    assert_eq!(after.sources[0].last_error, Some(ErrorClass::Timeout));
}

/// The feeds' clock: from Monday 23 November 2026, 10:00 in Stockholm,
/// running on with real time (fetch ages are real, dates are pinned).
fn clock() -> medborgarkiosk::clock::Clock {
    medborgarkiosk::clock::Clock::running_from(
        chrono::DateTime::parse_from_rfc3339("2026-11-23T10:00:00+01:00")
            .unwrap()
            .to_utc(),
    )
}

//! `content-check --links` (issue 19): the link check against a server on
//! loopback, never the real sites. The server speaks HTTPS with a
//! certificate for 127.0.0.1 from the test CA (`tests/data/tls`, its key
//! thrown away), and the fixture's catalog points at it with ordinary
//! `https://127.0.0.1:PORT/…` URLs that the loader accepts as they are.
//! The checker is told to trust the test CA (`extra_roots`) and nothing
//! else changes: no URL is rewritten, TLS is real, so a redirect down to
//! plain http and a TLS failure can be tested too.
//!
//! Each answer the checker must tell apart has a path: 200, 404, 410, 500,
//! two 301s to a 200, a redirect loop, an endless chain of redirects, a
//! redirect to plain http, HEAD refused (405) with GET answering, no
//! answer at all, an endless body, a redirect to a 404, a redirect without
//! Location; and beside the server a port that speaks plain http (a TLS
//! failure) and one where nothing listens (connection refused).

use std::convert::Infallible;
use std::path::Path;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::task::{Context, Poll};
use std::time::Duration;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{Path as UrlPath, State};
use axum::http::{Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{any, get};
use hyper::body::Frame;
use hyper_util::rt::TokioIo;
use hyper_util::service::TowerToHyperService;
use medborgarkiosk::content::Catalog;
use medborgarkiosk::content::links::{
    self, Hop, LinkCheckConfig, LinkReport, Outcome, Summary, Verdict,
};

use crate::test_tls;
use test_tls::{acceptor, tls_file};

// ------------------------------------------------------------- the server

#[derive(Clone)]
struct Site {
    /// `https://127.0.0.1:PORT`
    base: String,
    /// `http://127.0.0.1:PORT` of the plain server.
    plain: String,
    /// Bytes of the endless body handed to the connection so far.
    endless_sent: Arc<AtomicU64>,
}

struct Server {
    site: Site,
    plain_port: u16,
}

fn redirect(status: StatusCode, to: &str) -> Response {
    (status, [(header::LOCATION, to.to_string())]).into_response()
}

/// A body that never ends, 64 KiB at a time, counting what it hands out.
struct Endless(Arc<AtomicU64>);

static CHUNK: [u8; 64 * 1024] = [b'x'; 64 * 1024];

impl hyper::body::Body for Endless {
    type Data = Bytes;
    type Error = Infallible;

    fn poll_frame(
        self: Pin<&mut Self>,
        _: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Infallible>>> {
        self.0.fetch_add(CHUNK.len() as u64, Ordering::Relaxed);
        Poll::Ready(Some(Ok(Frame::data(Bytes::from_static(&CHUNK)))))
    }
}

fn app(site: Site) -> Router {
    Router::new()
        .route("/ok", get(|| async { "hello" }))
        .route("/not-found", get(|| async { StatusCode::NOT_FOUND }))
        .route("/gone", get(|| async { StatusCode::GONE }))
        .route("/fail", get(|| async { StatusCode::INTERNAL_SERVER_ERROR }))
        // Two hops: a relative Location, then an absolute one.
        .route(
            "/moved",
            get(|| async { redirect(StatusCode::MOVED_PERMANENTLY, "/moved-2") }),
        )
        .route(
            "/moved-2",
            get(|State(s): State<Site>| async move {
                redirect(StatusCode::MOVED_PERMANENTLY, &format!("{}/ok", s.base))
            }),
        )
        .route(
            "/loop/a",
            get(|| async { redirect(StatusCode::FOUND, "/loop/b") }),
        )
        .route(
            "/loop/b",
            get(|| async { redirect(StatusCode::FOUND, "/loop/a") }),
        )
        .route(
            "/endless/{n}",
            get(|UrlPath(n): UrlPath<u32>| async move {
                redirect(
                    StatusCode::MOVED_PERMANENTLY,
                    &format!("/endless/{}", n + 1),
                )
            }),
        )
        .route(
            "/to-http",
            get(|State(s): State<Site>| async move {
                redirect(StatusCode::MOVED_PERMANENTLY, &format!("{}/ok", s.plain))
            }),
        )
        .route(
            "/no-head",
            any(|method: Method| async move {
                if method == Method::HEAD {
                    StatusCode::METHOD_NOT_ALLOWED.into_response()
                } else {
                    "hello by GET".into_response()
                }
            }),
        )
        .route("/never", get(std::future::pending::<&'static str>))
        .route(
            "/endless-body",
            any(|method: Method, State(s): State<Site>| async move {
                if method == Method::HEAD {
                    StatusCode::METHOD_NOT_ALLOWED.into_response()
                } else {
                    Body::new(Endless(s.endless_sent)).into_response()
                }
            }),
        )
        .route(
            "/moved-to-404",
            get(|| async { redirect(StatusCode::FOUND, "/not-found") }),
        )
        .route("/no-location", get(|| async { StatusCode::FOUND }))
        .with_state(site)
}

/// The HTTPS server, and a plain-http one beside it, on 127.0.0.1.
async fn serve() -> Server {
    let tls = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let plain = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let plain_port = plain.local_addr().unwrap().port();
    let site = Site {
        base: format!("https://{}", tls.local_addr().unwrap()),
        plain: format!("http://127.0.0.1:{plain_port}"),
        endless_sent: Arc::new(AtomicU64::new(0)),
    };
    let router = app(site.clone());
    let acceptor = acceptor();
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = tls.accept().await else {
                continue;
            };
            let acceptor = acceptor.clone();
            let router = router.clone();
            tokio::spawn(async move {
                // A client that does not trust us ends the handshake.
                let Ok(tls) = acceptor.accept(stream).await else {
                    return;
                };
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(TokioIo::new(tls), TowerToHyperService::new(router))
                    .await;
            });
        }
    });
    let plain_app = Router::new().route("/ok", get(|| async { "plain" }));
    tokio::spawn(async move {
        let _ = axum::serve(plain, plain_app).await;
    });
    Server { site, plain_port }
}

/// A port on 127.0.0.1 where nothing listens.
async fn closed_port() -> u16 {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    port
}

// ------------------------------------------------------------ the content

/// The fixture's guides: id and URL, in order. Line numbers in the
/// assertions follow from [`write_content`]: the contact's `web` is on
/// line 7, the route's `url` on line 14, guide `i`'s `url` on 20 + 8i.
fn guides(site: &Site, plain_port: u16, closed: u16) -> Vec<(&'static str, String)> {
    let b = &site.base;
    vec![
        ("ok", format!("{b}/ok")),
        ("not-found", format!("{b}/not-found")),
        ("gone", format!("{b}/gone")),
        ("fail", format!("{b}/fail")),
        ("moved", format!("{b}/moved")),
        ("loop", format!("{b}/loop/a")),
        ("endless", format!("{b}/endless/0")),
        ("to-http", format!("{b}/to-http")),
        ("no-head", format!("{b}/no-head")),
        ("never", format!("{b}/never")),
        ("endless-body", format!("{b}/endless-body")),
        ("moved-to-404", format!("{b}/moved-to-404")),
        ("no-location", format!("{b}/no-location")),
        ("plain-port", format!("https://127.0.0.1:{plain_port}/ok")),
        ("nobody-listens", format!("https://127.0.0.1:{closed}/")),
    ]
}

fn write_content(dir: &Path, site: &Site, guides: &[(&str, String)]) {
    let mut catalog = format!(
        r#"[[categories]]
id = "c"

[[contacts]]
id = "k"
kind = "agency"
web = "{base}/ok"

[[areas]]
id = "other"

[[routes]]
id = "appeal"
url = "{base}/moved"

"#,
        base = site.base
    );
    let mut texts = String::from(
        "[categories]\nc = \"C\"\n\n[contacts.k]\nname = \"K\"\nhours = \"Alltid.\"\n\n\
         [areas]\nother = \"Annat\"\n\n[routes.appeal]\ntitle = \"Överklaga\"\ntext = \"Så.\"\n\n",
    );
    for (id, url) in guides {
        catalog.push_str(&format!(
            "[[guides]]\nid = \"{id}\"\ncategory = \"c\"\nprovider = \"other\"\nurl = \"{url}\"\n\
             needs = []\nhelp_contact = \"k\"\n\n"
        ));
        texts.push_str(&format!(
            "[guides.{id}]\ntitle = \"{id}\"\nsummary = \"S.\"\nwho = \"W.\"\nneed = [\"N\"]\n\
             steps = [\"A.\", \"B.\"]\ntime = \"T.\"\nhelp = \"H.\"\n\n"
        ));
    }
    std::fs::write(dir.join("catalog.toml"), catalog).unwrap();
    std::fs::create_dir_all(dir.join("sv")).unwrap();
    std::fs::write(dir.join("sv/guides.toml"), texts).unwrap();
}

fn config() -> LinkCheckConfig {
    LinkCheckConfig {
        timeout: Duration::from_secs(3),
        connect_timeout: Duration::from_secs(1),
        max_body: 256 * 1024,
        max_redirects: 5,
        concurrency: 4,
        extra_roots: Some(tls_file("ca.pem")),
    }
}

fn report<'a>(reports: &'a [LinkReport], url: &str) -> &'a LinkReport {
    reports
        .iter()
        .find(|r| r.url == url)
        .unwrap_or_else(|| panic!("no report for {url}"))
}

fn places(r: &LinkReport) -> Vec<String> {
    r.places.iter().map(|p| p.to_string()).collect()
}

// ------------------------------------------------------------------ tests

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_kind_of_answer_is_reported_with_its_places() {
    let server = serve().await;
    let closed = closed_port().await;
    let site = &server.site;
    let b = site.base.clone();
    let dir = tempfile::tempdir().unwrap();
    let guides = guides(site, server.plain_port, closed);
    write_content(dir.path(), site, &guides);
    let catalog = match Catalog::load(dir.path()) {
        Ok(c) => c,
        Err(p) => panic!("{p:?}"),
    };

    let targets = links::targets(&catalog);
    // 17 places, 15 distinct URLs: /ok and /moved are used twice.
    assert_eq!(targets.len(), 15);
    assert_eq!(targets.iter().map(|t| t.places.len()).sum::<usize>(), 17);

    let reports = links::check(&targets, &config()).await.expect("check runs");
    let rendered = links::render(&reports);
    // The whole report, for the record (`cargo test -- --nocapture`).
    println!("{rendered}");

    // In the order the catalog first uses each URL.
    let order: Vec<&str> = reports.iter().map(|r| r.url.as_str()).collect();
    assert_eq!(order[0], format!("{b}/ok"));
    assert_eq!(order[1], format!("{b}/moved"));
    assert_eq!(order[2], format!("{b}/not-found"));

    let text = |url: &str| report(&reports, url).to_string();
    assert_eq!(
        text(&format!("{b}/ok")),
        format!(
            "ok: {b}/ok: 200 OK\n    catalog.toml:7: contact `k` web\n    \
             catalog.toml:20: guide `ok` url"
        )
    );
    assert_eq!(
        text(&format!("{b}/moved")),
        format!(
            "redirected: {b}/moved: 200 OK at {b}/ok\n    \
             redirects to {b}/moved-2 (301 Moved Permanently)\n    \
             redirects to {b}/ok (301 Moved Permanently)\n    \
             catalog.toml:14: route `appeal` url\n    catalog.toml:52: guide `moved` url"
        )
    );
    assert_eq!(
        text(&format!("{b}/not-found")),
        format!(
            "broken: {b}/not-found: 404 Not Found: the page does not exist\n    \
             catalog.toml:28: guide `not-found` url"
        )
    );
    assert_eq!(
        text(&format!("{b}/gone")),
        format!(
            "broken: {b}/gone: 410 Gone: the page was removed\n    \
             catalog.toml:36: guide `gone` url"
        )
    );
    assert_eq!(
        text(&format!("{b}/fail")),
        format!(
            "broken: {b}/fail: 500 Internal Server Error: the server failed\n    \
             catalog.toml:44: guide `fail` url"
        )
    );
    // A loop is seen when it comes back, not after five hops.
    assert_eq!(
        text(&format!("{b}/loop/a")),
        format!(
            "broken: {b}/loop/a: redirect loop back to {b}/loop/a\n    \
             redirects to {b}/loop/b (302 Found)\n    \
             redirects to {b}/loop/a (302 Found)\n    \
             catalog.toml:60: guide `loop` url"
        )
    );
    // An endless chain stops at the sixth redirect.
    let endless = report(&reports, &format!("{b}/endless/0"));
    assert_eq!(endless.outcome, Outcome::TooManyRedirects { max: 5 });
    assert_eq!(endless.hops.len(), 6);
    assert_eq!(endless.hops[5].to, format!("{b}/endless/6"));
    assert_eq!(places(endless), ["catalog.toml:68: guide `endless` url"]);
    // Down to plain http: reported with its target, not followed.
    assert_eq!(
        text(&format!("{b}/to-http")),
        format!(
            "broken: {b}/to-http: redirect from https to plain http ({}/ok), not followed\n    \
             catalog.toml:76: guide `to-http` url",
            site.plain
        )
    );
    // HEAD refused: GET answers.
    assert_eq!(
        text(&format!("{b}/no-head")),
        format!(
            "ok: {b}/no-head: 200 OK (GET: HEAD was refused)\n    \
             catalog.toml:84: guide `no-head` url"
        )
    );
    // No answer: the URL's time runs out, the rest of the check goes on.
    assert_eq!(
        text(&format!("{b}/never")),
        format!(
            "broken: {b}/never: timeout: no answer within 3 s\n    \
             catalog.toml:92: guide `never` url"
        )
    );
    // An endless body: 256 KiB are read and the connection closed; the
    // check ends well within its time.
    assert_eq!(
        text(&format!("{b}/endless-body")),
        format!(
            "ok: {b}/endless-body: 200 OK (GET: HEAD was refused)\n    \
             catalog.toml:100: guide `endless-body` url"
        )
    );
    assert_eq!(
        text(&format!("{b}/moved-to-404")),
        format!(
            "broken: {b}/moved-to-404: 404 Not Found: the page does not exist at \
             {b}/not-found, after a redirect\n    \
             redirects to {b}/not-found (302 Found)\n    \
             catalog.toml:108: guide `moved-to-404` url"
        )
    );
    assert_eq!(
        text(&format!("{b}/no-location")),
        format!(
            "broken: {b}/no-location: 302 Found without a usable Location: no Location \
             header\n    catalog.toml:116: guide `no-location` url"
        )
    );
    // Plain http where TLS was expected: a TLS failure, not a 400.
    let plain = report(
        &reports,
        &format!("https://127.0.0.1:{}/ok", server.plain_port),
    );
    assert!(matches!(&plain.outcome, Outcome::Tls(_)), "{plain}");
    assert_eq!(places(plain), ["catalog.toml:124: guide `plain-port` url"]);
    let refused = report(&reports, &format!("https://127.0.0.1:{closed}/"));
    assert!(
        matches!(&refused.outcome, Outcome::Connect(e) if e.contains("refused")),
        "{refused}"
    );
    assert_eq!(
        places(refused),
        ["catalog.toml:132: guide `nobody-listens` url"]
    );

    assert_eq!(
        Summary::of(&reports),
        Summary {
            urls: 15,
            places: 17,
            ok: 3,
            redirected: 1,
            broken: 11,
        }
    );
    assert!(rendered.ends_with("links: 15 URLs in 17 places: 3 OK, 1 redirected, 11 broken\n"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_endless_body_is_not_read_to_its_end() {
    let server = serve().await;
    let site = &server.site;
    let dir = tempfile::tempdir().unwrap();
    write_content(
        dir.path(),
        site,
        &[("endless-body", format!("{}/endless-body", site.base))],
    );
    let catalog = Catalog::load(dir.path())
        .map_err(|p| format!("{p:?}"))
        .unwrap();
    let config = LinkCheckConfig {
        // Long enough that only the size bound can end the read in time.
        timeout: Duration::from_secs(30),
        ..config()
    };
    let started = tokio::time::Instant::now();
    let reports = links::check(&links::targets(&catalog), &config)
        .await
        .unwrap();
    let r = report(&reports, &format!("{}/endless-body", site.base));
    assert_eq!(
        r.outcome,
        Outcome::Ok {
            status: 200,
            via_get: true
        }
    );
    assert!(started.elapsed() < Duration::from_secs(10));
    // The server stops handing out bytes once the connection is closed:
    // what it sent is the bound plus what the sockets buffer, not more.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let sent = site.endless_sent.load(Ordering::Relaxed);
    tokio::time::sleep(Duration::from_millis(300)).await;
    let later = site.endless_sent.load(Ordering::Relaxed);
    assert!(sent >= 256 * 1024, "sent {sent}");
    assert!(sent < 32 * 1024 * 1024, "sent {sent}");
    assert_eq!(sent, later, "the server still sends");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_certificate_the_phone_would_not_trust_is_a_tls_failure() {
    let server = serve().await;
    let site = &server.site;
    let dir = tempfile::tempdir().unwrap();
    write_content(dir.path(), site, &[("ok", format!("{}/ok", site.base))]);
    let catalog = Catalog::load(dir.path())
        .map_err(|p| format!("{p:?}"))
        .unwrap();
    // Without the test CA: only the public web roots, as on a phone.
    let config = LinkCheckConfig {
        extra_roots: None,
        ..config()
    };
    let reports = links::check(&links::targets(&catalog), &config)
        .await
        .unwrap();
    let r = report(&reports, &format!("{}/ok", site.base));
    assert_eq!(r.verdict(), Verdict::Broken);
    assert!(
        matches!(&r.outcome, Outcome::Tls(e) if e.contains("certificate")),
        "{r}"
    );
    assert_eq!(r.hops, Vec::<Hop>::new());
}

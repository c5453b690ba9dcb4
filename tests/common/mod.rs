//! Test helpers: a reference server on loopback and a fault-injecting
//! loopback proxy in front of it. No mocks: every request ends at the real
//! reference server (or is refused by the proxy before reaching it).
#![allow(dead_code)]

use std::collections::VecDeque;
use std::net::SocketAddr;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::{DateTime, TimeZone, Utc};
use medborgarkiosk::central::{
    self, Central, CentralConfig, Limits, LocalCentral, Role, TokenConfig,
};
use medborgarkiosk::clock::Clock;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// The token of kiosk `tumba-1`, the kiosk most tests speak as.
pub const TOKEN: &str = "test-kiosk-tumba-1-token-0123456789abcdef";
/// The token of kiosk `tumba-2`.
pub const TOKEN_TUMBA_2: &str = "test-kiosk-tumba-2-token-0123456789abcdef";
/// The token of kiosk `tumba-0`.
pub const TOKEN_TUMBA_0: &str = "test-kiosk-tumba-0-token-0123456789abcdef";
/// The token of kiosk `fittja-1`.
pub const TOKEN_FITTJA_1: &str = "test-kiosk-fittja-1-token-0123456789abcdef";
/// The token of the wall display `tumba-wall`.
pub const DISPLAY_TOKEN: &str = "test-display-tumba-wall-token-0123456789ab";
/// The tokens of counters 1 and 2 in office `botkyrka-tumba`.
pub const COUNTER_1_TOKEN: &str = "test-counter-1-tumba-token-0123456789abcdef";
pub const COUNTER_2_TOKEN: &str = "test-counter-2-tumba-token-0123456789abcdef";
/// IT's token.
pub const ADMIN_TOKEN: &str = "test-admin-it-token-0123456789abcdef012345";

/// The demo offices with one token per test device, and no practical rate
/// limit (tests about rates set their own).
pub fn central_config() -> CentralConfig {
    let token = |role, id, token| TokenConfig::for_token(role, id, token).unwrap();
    CentralConfig::demo()
        .with_token(token(Role::Kiosk, "tumba-1", TOKEN))
        .with_token(token(Role::Kiosk, "tumba-2", TOKEN_TUMBA_2))
        .with_token(token(Role::Kiosk, "tumba-0", TOKEN_TUMBA_0))
        .with_token(token(Role::Kiosk, "fittja-1", TOKEN_FITTJA_1))
        .with_token(token(Role::Display, "tumba-wall", DISPLAY_TOKEN))
        .with_token(token(Role::Counter, "1", COUNTER_1_TOKEN).in_office("botkyrka-tumba"))
        .with_token(token(Role::Counter, "2", COUNTER_2_TOKEN).in_office("botkyrka-tumba"))
        .with_token(token(Role::Admin, "it", ADMIN_TOKEN))
        .with_limits(Limits::generous())
}

/// The clock of a test's server and outbox: Monday 23 November 2026,
/// 10:00 in Stockholm (the office is open) when the test process starts,
/// running on with real time from there, so retries and time-outs take
/// real time while every date is the same whenever the tests run.
pub fn clock() -> Clock {
    static CLOCK: std::sync::OnceLock<Clock> = std::sync::OnceLock::new();
    CLOCK
        .get_or_init(|| Clock::running_from(Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap()))
        .clone()
}

/// "Now" on [`clock`].
pub fn now() -> DateTime<Utc> {
    clock().now()
}

/// The reference server on loopback, on [`clock`].
pub async fn start_server(dir: &Path) -> LocalCentral {
    start_server_with_clock(dir, &clock()).await
}

/// The reference server on loopback, on `clock` (a manual one crosses
/// midnight when the test says so).
pub async fn start_server_with_clock(dir: &Path, clock: &Clock) -> LocalCentral {
    start_server_with(dir, clock, central_config()).await
}

/// The reference server on loopback with `config`, on `clock`.
pub async fn start_server_with(dir: &Path, clock: &Clock, config: CentralConfig) -> LocalCentral {
    let central = Central::open(config, &dir.join("central.sqlite3"), clock.clone()).unwrap();
    central::spawn(
        central,
        SocketAddr::from(([127, 0, 0, 1], 0)),
        TOKEN.to_owned(),
    )
    .await
    .unwrap()
}

/// What the fault proxy does with one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// Forward and return the upstream answer.
    Pass,
    /// Answer 500 without forwarding.
    Status500,
    /// Answer 503 with `Retry-After: 1` without forwarding.
    Status503RetryAfter,
    /// Answer 429 with `Retry-After: 1` without forwarding.
    Status429,
    /// Forward (so the server stores it), then send half a response and
    /// close the connection.
    ForwardThenClose,
    /// Forward, then wait this long before answering (beyond the client's
    /// timeout, the client has given up by then).
    ForwardThenDelay(Duration),
    /// Close the connection at once without reading.
    Drop,
    /// Answer this status with a problem+json body of type `about:blank`
    /// (a 404, a 409 …), without forwarding.
    Problem(u16),
    /// A captive portal: 200 with an HTML page, without forwarding.
    Html200,
    /// 422 with a plain JSON body that is no problem document.
    Plain422,
    /// A redirect to another host (a captive portal's login page).
    Redirect302,
    /// A proxy's own error page: 502 text/html.
    ProxyHtml502,
    /// The central API's definite refusal: 422 invalid-submission naming
    /// `contact.email`, without forwarding.
    InvalidSubmission,
}

/// A loopback HTTP/1.1 proxy that applies scripted faults, then `Pass`es.
pub struct FaultProxy {
    pub addr: SocketAddr,
    pub requests: Arc<AtomicUsize>,
    script: Arc<Mutex<VecDeque<Fault>>>,
    default: Arc<Mutex<Fault>>,
    task: tokio::task::JoinHandle<()>,
}

impl FaultProxy {
    pub async fn start(upstream: SocketAddr, script: Vec<Fault>) -> FaultProxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        Self::start_on(listener, upstream, script, Fault::Pass)
    }

    pub fn start_on(
        listener: TcpListener,
        upstream: SocketAddr,
        script: Vec<Fault>,
        default: Fault,
    ) -> FaultProxy {
        let addr = listener.local_addr().unwrap();
        let requests = Arc::new(AtomicUsize::new(0));
        let script = Arc::new(Mutex::new(VecDeque::from(script)));
        let default = Arc::new(Mutex::new(default));
        let (r, s, d) = (requests.clone(), script.clone(), default.clone());
        let task = tokio::spawn(async move {
            loop {
                let Ok((stream, _)) = listener.accept().await else {
                    continue;
                };
                let fault = s.lock().unwrap().pop_front().unwrap_or(*d.lock().unwrap());
                r.fetch_add(1, Ordering::SeqCst);
                tokio::spawn(handle(stream, upstream, fault));
            }
        });
        FaultProxy {
            addr,
            requests,
            script,
            default,
            task,
        }
    }

    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn set_default(&self, fault: Fault) {
        *self.default.lock().unwrap() = fault;
    }

    pub fn push(&self, faults: &[Fault]) {
        self.script.lock().unwrap().extend(faults.iter().copied());
    }

    /// Stops listening (the port is free afterwards: "the server is down").
    pub fn stop(self) {
        self.task.abort();
    }
}

/// Reads one HTTP/1.1 request: head and `Content-Length` body.
pub async fn read_request(stream: &mut TcpStream) -> Option<(String, Vec<u8>)> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 8192];
    let head_end = loop {
        if let Some(pos) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break pos + 4;
        }
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
    let len = head
        .lines()
        .find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.trim()
                .eq_ignore_ascii_case("content-length")
                .then(|| v.trim().parse::<usize>().ok())?
        })
        .unwrap_or(0);
    let mut body = buf[head_end..].to_vec();
    while body.len() < len {
        let n = stream.read(&mut chunk).await.ok()?;
        if n == 0 {
            return None;
        }
        body.extend_from_slice(&chunk[..n]);
    }
    Some((head, body))
}

/// Sends a request head+body to `upstream` with `Connection: close` and
/// returns the raw response bytes.
async fn forward(upstream: SocketAddr, head: &str, body: &[u8]) -> Vec<u8> {
    let mut up = TcpStream::connect(upstream).await.unwrap();
    let mut new_head = String::new();
    for line in head.split("\r\n").filter(|l| !l.is_empty()) {
        if line.to_ascii_lowercase().starts_with("connection:") {
            continue;
        }
        new_head.push_str(line);
        new_head.push_str("\r\n");
    }
    new_head.push_str("Connection: close\r\n\r\n");
    up.write_all(new_head.as_bytes()).await.unwrap();
    up.write_all(body).await.unwrap();
    let mut response = Vec::new();
    up.read_to_end(&mut response).await.unwrap();
    response
}

fn canned(status: &str, extra: &str) -> Vec<u8> {
    let body = format!(
        "{{\"type\":\"about:blank\",\"title\":\"{status}\",\"status\":{}}}",
        &status[..3]
    );
    format!(
        "HTTP/1.1 {status}\r\nContent-Type: application/problem+json\r\n{extra}Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

async fn handle(mut stream: TcpStream, upstream: SocketAddr, fault: Fault) {
    if fault == Fault::Drop {
        drop(stream);
        return;
    }
    let Some((head, body)) = read_request(&mut stream).await else {
        return;
    };
    match fault {
        Fault::Pass => {
            let response = forward(upstream, &head, &body).await;
            let _ = stream.write_all(&response).await;
        }
        Fault::Status500 => {
            let _ = stream
                .write_all(&canned("500 Internal Server Error", ""))
                .await;
        }
        Fault::Status503RetryAfter => {
            let _ = stream
                .write_all(&canned("503 Service Unavailable", "Retry-After: 1\r\n"))
                .await;
        }
        Fault::Status429 => {
            let _ = stream
                .write_all(&canned("429 Too Many Requests", "Retry-After: 1\r\n"))
                .await;
        }
        Fault::ForwardThenClose => {
            let response = forward(upstream, &head, &body).await;
            let half = &response[..response.len() / 2];
            let _ = stream.write_all(half).await;
            let _ = stream.shutdown().await;
        }
        Fault::ForwardThenDelay(d) => {
            let response = forward(upstream, &head, &body).await;
            tokio::time::sleep(d).await;
            let _ = stream.write_all(&response).await;
        }
        Fault::Problem(code) => {
            let status = format!(
                "{code} {}",
                reqwest::StatusCode::from_u16(code)
                    .ok()
                    .and_then(|s| s.canonical_reason())
                    .unwrap_or("Whatever")
            );
            let _ = stream.write_all(&canned(&status, "")).await;
        }
        Fault::Html200 => {
            let _ = stream
                .write_all(&page(
                    "200 OK",
                    "",
                    "<html><body>Logga in på Wi-Fi</body></html>",
                ))
                .await;
        }
        Fault::Plain422 => {
            let body = "{\"error\":\"unprocessable\"}";
            let _ = stream
                .write_all(
                    format!(
                        "HTTP/1.1 422 Unprocessable Entity\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                        body.len()
                    )
                    .as_bytes(),
                )
                .await;
        }
        Fault::Redirect302 => {
            let _ = stream
                .write_all(&page(
                    "302 Found",
                    "Location: http://portal.example/login\r\n",
                    "<html>moved</html>",
                ))
                .await;
        }
        Fault::ProxyHtml502 => {
            let _ = stream
                .write_all(&page(
                    "502 Bad Gateway",
                    "",
                    "<html><h1>502 Bad Gateway</h1>nginx</html>",
                ))
                .await;
        }
        Fault::InvalidSubmission => {
            let body = serde_json::json!({
                "type": medborgarkiosk::contract::PROBLEM_INVALID_SUBMISSION,
                "title": "The submission is not valid",
                "status": 422,
                "errors": [{"field": "contact.email", "code": "invalid", "detail": "not an e-mail address"}],
            })
            .to_string();
            let _ = stream
                .write_all(
                    format!(
                        "HTTP/1.1 422 Unprocessable Entity\r\nContent-Type: application/problem+json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                        body.len()
                    )
                    .as_bytes(),
                )
                .await;
        }
        Fault::Drop => {}
    }
    let _ = stream.shutdown().await;
}

fn page(status: &str, extra: &str, html: &str) -> Vec<u8> {
    format!(
        "HTTP/1.1 {status}\r\nContent-Type: text/html\r\n{extra}Content-Length: {}\r\nConnection: close\r\n\r\n{html}",
        html.len()
    )
    .into_bytes()
}

/// Raw HTTP/1.1 request over a TcpStream ("curl-like"); returns status,
/// lowercase headers and body.
pub async fn raw(addr: SocketAddr, request: &[u8]) -> (u16, String, Vec<u8>) {
    let mut s = TcpStream::connect(addr).await.unwrap();
    s.write_all(request).await.unwrap();
    let mut response = Vec::new();
    let _ = s.read_to_end(&mut response).await;
    let head_end = response
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|p| p + 4)
        .unwrap_or(response.len());
    let head = String::from_utf8_lossy(&response[..head_end]).to_ascii_lowercase();
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    (status, head, response[head_end..].to_vec())
}

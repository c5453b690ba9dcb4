//! The URLs of the content, checked (issue 19): how old each one's check
//! date is ([`date_problems`]), and whether it still leads to a page
//! ([`check`], `medborgarkiosk content-check --links`).
//!
//! The network check is for IT on a machine with internet, never for the
//! kiosk and never in tests against the real sites: tests point it at a
//! server on loopback. Each distinct URL is fetched once, however many
//! guides, forms, contacts or routes use it, with HEAD (GET when HEAD is
//! refused with 405 or 501), redirects followed here one hop at a time (so
//! each hop is reported), bounded in time, in body size and in how many
//! requests are in flight.
//!
//! Plain Rust: no iced, no clock. Today's date is handed in by the caller
//! (`main.rs`, from [`crate::clock::Clock`]).

use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use chrono::NaiveDate;
use reqwest::{Method, StatusCode, Url};

use super::model::Catalog;
use super::problem::{ContentProblem, ProblemKind, Severity};

/// A URL checked more than this many days before today is reported.
pub const MAX_AGE_DAYS: i64 = 365;

// ------------------------------------------------------------ check dates

/// Every URL of `catalog` without a check date, checked more than
/// [`MAX_AGE_DAYS`] days before `today`, or checked after `today`, as
/// warnings with the file and line of the URL (never checked) or of its
/// date. The catalog does not know today: this is why these are not among
/// [`Catalog::warnings`], which the kiosk shows to staff.
pub fn date_problems(catalog: &Catalog, today: NaiveDate) -> Vec<ContentProblem> {
    let mut problems = Vec::new();
    for site in catalog.links() {
        let (line, kind) = match site.checked {
            None => (
                site.line,
                ProblemKind::NeverChecked {
                    item: site.item.clone(),
                    field: site.field.into(),
                    date_field: site.date_field.into(),
                    url: site.url.clone(),
                },
            ),
            Some(c) if c.date > today => (
                c.line,
                ProblemKind::CheckedAfterToday {
                    item: site.item.clone(),
                    date_field: site.date_field.into(),
                    checked: c.date,
                    today,
                },
            ),
            Some(c) => {
                let days = (today - c.date).num_days();
                if days <= MAX_AGE_DAYS {
                    continue;
                }
                (
                    c.line,
                    ProblemKind::StaleLink {
                        item: site.item.clone(),
                        date_field: site.date_field.into(),
                        url: site.url.clone(),
                        checked: c.date,
                        days,
                        max_days: MAX_AGE_DAYS,
                    },
                )
            }
        };
        problems.push(ContentProblem {
            severity: Severity::Warning,
            file: site.file.clone(),
            line: Some(line),
            kind,
        });
    }
    problems
}

// ---------------------------------------------------------- what to check

/// One place that uses a URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub file: String,
    pub line: usize,
    /// ``guide `bygglov` ``
    pub item: String,
    /// `url` or `web`.
    pub field: &'static str,
}

impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}: {} {}",
            self.file, self.line, self.item, self.field
        )
    }
}

/// A distinct URL and every place that uses it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkTarget {
    pub url: String,
    pub places: Vec<Place>,
}

/// The distinct URLs of `catalog`, in the order they are first used, each
/// with the places that use it.
pub fn targets(catalog: &Catalog) -> Vec<LinkTarget> {
    let mut targets: Vec<LinkTarget> = Vec::new();
    for site in catalog.links() {
        let place = Place {
            file: site.file.clone(),
            line: site.line,
            item: site.item.clone(),
            field: site.field,
        };
        match targets.iter_mut().find(|t| t.url == site.url) {
            Some(t) => t.places.push(place),
            None => targets.push(LinkTarget {
                url: site.url.clone(),
                places: vec![place],
            }),
        }
    }
    targets
}

// -------------------------------------------------------------- the check

/// How the check fetches.
#[derive(Debug, Clone)]
pub struct LinkCheckConfig {
    /// All of one URL: name lookup, every hop, the body read.
    pub timeout: Duration,
    /// Setting up one connection (TCP and TLS).
    pub connect_timeout: Duration,
    /// At most this much of a body is read (a GET answered 200); the rest
    /// is left unread and the connection closed.
    pub max_body: usize,
    /// Redirects followed before the URL is reported broken.
    pub max_redirects: usize,
    /// Requests in flight at once.
    pub concurrency: usize,
    /// Extra root certificates (PEM) to trust besides the built-in web
    /// roots. Tests only: they serve the fixture's `https://127.0.0.1:…`
    /// URLs on loopback with a certificate from the test CA
    /// (`tests/data/tls`), so the checker does real TLS and needs no other
    /// way into a test. The command line never sets it: a visitor's phone
    /// trusts only public roots, and so should the check.
    pub extra_roots: Option<PathBuf>,
}

impl Default for LinkCheckConfig {
    fn default() -> LinkCheckConfig {
        LinkCheckConfig {
            timeout: Duration::from_secs(10),
            connect_timeout: Duration::from_secs(5),
            max_body: 256 * 1024,
            max_redirects: 5,
            concurrency: 4,
            extra_roots: None,
        }
    }
}

/// Why the check cannot start.
#[derive(Debug, thiserror::Error)]
pub enum LinkCheckError {
    #[error(transparent)]
    Tls(#[from] crate::net::TlsError),
    #[error("HTTP client: {0}")]
    Client(String),
}

/// One redirect: the status and where it points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hop {
    pub status: u16,
    pub to: String,
}

/// How a URL's check ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// A 2xx answer (at the end of the redirects, if any). `via_get`: HEAD
    /// was refused (405, 501) and GET answered.
    Ok { status: u16, via_get: bool },
    /// A 4xx or 5xx answer, or a status the check cannot use (1xx, a 3xx
    /// other than a redirect).
    Status { status: u16, via_get: bool },
    /// A redirect from https down to plain http (not followed).
    Downgrade { to: String },
    /// More than `max` redirects.
    TooManyRedirects { max: usize },
    /// A redirect back to a URL already visited.
    Loop { to: String },
    /// A redirect without a usable `Location`.
    BadRedirect { status: u16, reason: String },
    /// No answer within the time for the whole URL.
    Timeout { after: Duration },
    /// No connection within the connect time.
    ConnectTimeout { after: Duration },
    /// The host name does not resolve.
    Dns(String),
    /// No connection (refused, reset, unreachable).
    Connect(String),
    /// The TLS handshake failed (certificate, protocol).
    Tls(String),
    /// Anything else (a malformed answer, a body cut off).
    Failed(String),
}

/// How bad a report is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// Answers 2xx where the catalog points.
    Ok,
    /// Answers 2xx after redirects: update the catalog to the final URL.
    Redirected,
    /// Does not lead to a page.
    Broken,
}

impl Verdict {
    fn label(self) -> &'static str {
        match self {
            Verdict::Ok => "ok",
            Verdict::Redirected => "redirected",
            Verdict::Broken => "broken",
        }
    }
}

/// The check of one distinct URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkReport {
    pub url: String,
    pub places: Vec<Place>,
    /// The redirects followed, in order.
    pub hops: Vec<Hop>,
    pub outcome: Outcome,
}

impl LinkReport {
    pub fn verdict(&self) -> Verdict {
        match self.outcome {
            Outcome::Ok { .. } if self.hops.is_empty() => Verdict::Ok,
            Outcome::Ok { .. } => Verdict::Redirected,
            _ => Verdict::Broken,
        }
    }

    /// Where the redirects ended (the URL itself without redirects).
    pub fn final_url(&self) -> &str {
        self.hops.last().map_or(&self.url, |h| &h.to)
    }
}

fn status_text(status: u16) -> String {
    let reason = StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason());
    match reason {
        Some(r) => format!("{status} {r}"),
        None => status.to_string(),
    }
}

fn seconds(d: Duration) -> String {
    let s = d.as_secs_f64();
    if s.fract() == 0.0 {
        format!("{s:.0} s")
    } else {
        format!("{s} s")
    }
}

impl fmt::Display for Outcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let get = |via_get: bool| {
            if via_get {
                " (GET: HEAD was refused)"
            } else {
                ""
            }
        };
        match self {
            Outcome::Ok { status, via_get } => {
                write!(f, "{}{}", status_text(*status), get(*via_get))
            }
            Outcome::Status { status, via_get } => {
                let what = match status {
                    404 => ": the page does not exist",
                    410 => ": the page was removed",
                    500..=599 => ": the server failed",
                    _ => "",
                };
                write!(f, "{}{what}{}", status_text(*status), get(*via_get))
            }
            Outcome::Downgrade { to } => {
                write!(f, "redirect from https to plain http ({to}), not followed")
            }
            Outcome::TooManyRedirects { max } => write!(f, "more than {max} redirects"),
            Outcome::Loop { to } => write!(f, "redirect loop back to {to}"),
            Outcome::BadRedirect { status, reason } => {
                write!(
                    f,
                    "{} without a usable Location: {reason}",
                    status_text(*status)
                )
            }
            Outcome::Timeout { after } => {
                write!(f, "timeout: no answer within {}", seconds(*after))
            }
            Outcome::ConnectTimeout { after } => {
                write!(f, "timeout: no connection within {}", seconds(*after))
            }
            Outcome::Dns(e) => write!(f, "DNS failure: {e}"),
            Outcome::Connect(e) => write!(f, "connection failure: {e}"),
            Outcome::Tls(e) => write!(f, "TLS failure: {e}"),
            Outcome::Failed(e) => write!(f, "failure: {e}"),
        }
    }
}

/// Three or more lines: the verdict, the URL and what happened (with the
/// final URL after redirects), each redirect, each place that uses it.
impl fmt::Display for LinkReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: ", self.verdict().label(), self.url)?;
        match (&self.outcome, self.hops.len()) {
            (_, 0) => write!(f, "{}", self.outcome)?,
            (Outcome::Ok { .. }, _) => write!(f, "{} at {}", self.outcome, self.final_url())?,
            (Outcome::Status { .. }, 1) => write!(
                f,
                "{} at {}, after a redirect",
                self.outcome,
                self.final_url()
            )?,
            (Outcome::Status { .. }, n) => write!(
                f,
                "{} at {}, after {n} redirects",
                self.outcome,
                self.final_url()
            )?,
            _ => write!(f, "{}", self.outcome)?,
        }
        for hop in &self.hops {
            write!(
                f,
                "\n    redirects to {} ({})",
                hop.to,
                status_text(hop.status)
            )?;
        }
        for place in &self.places {
            write!(f, "\n    {place}")?;
        }
        Ok(())
    }
}

/// The counts of a check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    pub urls: usize,
    pub places: usize,
    pub ok: usize,
    pub redirected: usize,
    pub broken: usize,
}

impl Summary {
    pub fn of(reports: &[LinkReport]) -> Summary {
        let count = |v: Verdict| reports.iter().filter(|r| r.verdict() == v).count();
        Summary {
            urls: reports.len(),
            places: reports.iter().map(|r| r.places.len()).sum(),
            ok: count(Verdict::Ok),
            redirected: count(Verdict::Redirected),
            broken: count(Verdict::Broken),
        }
    }
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "links: {} URLs in {} places: {} OK, {} redirected, {} broken",
            self.urls, self.places, self.ok, self.redirected, self.broken
        )
    }
}

/// Every report, then the summary line: what `content-check --links`
/// prints.
pub fn render(reports: &[LinkReport]) -> String {
    let mut out = String::new();
    for r in reports {
        out.push_str(&r.to_string());
        out.push('\n');
    }
    out.push_str(&Summary::of(reports).to_string());
    out.push('\n');
    out
}

/// Checks every target, at most `config.concurrency` at a time; the
/// reports come back in the order of `targets`.
pub async fn check(
    targets: &[LinkTarget],
    config: &LinkCheckConfig,
) -> Result<Vec<LinkReport>, LinkCheckError> {
    let client = crate::net::client_builder(config.extra_roots.as_deref())?
        .user_agent(concat!(
            "medborgarkiosk-content-check/",
            env!("CARGO_PKG_VERSION")
        ))
        // Each hop is followed (and reported) here.
        .redirect(reqwest::redirect::Policy::none())
        .connect_timeout(config.connect_timeout)
        .build()
        .map_err(|e| LinkCheckError::Client(describe(&e)))?;
    let permits = Arc::new(tokio::sync::Semaphore::new(config.concurrency.max(1)));
    let mut running = Vec::with_capacity(targets.len());
    for target in targets {
        let client = client.clone();
        let config = config.clone();
        let permits = Arc::clone(&permits);
        let url = target.url.clone();
        running.push(tokio::spawn(async move {
            // The semaphore is never closed: a permit always comes.
            let _permit = permits.acquire_owned().await.ok();
            check_one(&client, &url, &config).await
        }));
    }
    let mut reports = Vec::with_capacity(targets.len());
    for (target, task) in targets.iter().zip(running) {
        let (hops, outcome) = task.await.unwrap_or_else(|e| {
            (
                Vec::new(),
                Outcome::Failed(format!("the check stopped: {e}")),
            )
        });
        reports.push(LinkReport {
            url: target.url.clone(),
            places: target.places.clone(),
            hops,
            outcome,
        });
    }
    Ok(reports)
}

async fn check_one(
    client: &reqwest::Client,
    url: &str,
    config: &LinkCheckConfig,
) -> (Vec<Hop>, Outcome) {
    let mut hops = Vec::new();
    let outcome =
        match tokio::time::timeout(config.timeout, follow(client, url, config, &mut hops)).await {
            Ok(outcome) => outcome,
            Err(_) => Outcome::Timeout {
                after: config.timeout,
            },
        };
    (hops, outcome)
}

/// Fetches `url` and follows its redirects, pushing each onto `hops`.
async fn follow(
    client: &reqwest::Client,
    url: &str,
    config: &LinkCheckConfig,
    hops: &mut Vec<Hop>,
) -> Outcome {
    let mut current = match Url::parse(url) {
        Ok(u) => u,
        Err(e) => return Outcome::Failed(format!("not a URL: {e}")),
    };
    let mut visited = vec![current.clone()];
    loop {
        if let Err(outcome) = resolve(&current).await {
            return outcome;
        }
        let (response, via_get) = match fetch(client, &current, config.connect_timeout).await {
            Ok(r) => r,
            Err(outcome) => return outcome,
        };
        let status = response.status();
        if status.is_success() {
            if via_get && let Err(outcome) = read_some(response, config.max_body).await {
                return outcome;
            }
            return Outcome::Ok {
                status: status.as_u16(),
                via_get,
            };
        }
        let redirect = matches!(status.as_u16(), 301 | 302 | 303 | 307 | 308);
        if !redirect {
            return Outcome::Status {
                status: status.as_u16(),
                via_get,
            };
        }
        let next = match location(&current, &response) {
            Ok(next) => next,
            Err(reason) => {
                return Outcome::BadRedirect {
                    status: status.as_u16(),
                    reason,
                };
            }
        };
        if current.scheme() == "https" && next.scheme() == "http" {
            return Outcome::Downgrade {
                to: next.to_string(),
            };
        }
        hops.push(Hop {
            status: status.as_u16(),
            to: next.to_string(),
        });
        if visited.contains(&next) {
            return Outcome::Loop {
                to: next.to_string(),
            };
        }
        if hops.len() > config.max_redirects {
            return Outcome::TooManyRedirects {
                max: config.max_redirects,
            };
        }
        visited.push(next.clone());
        current = next;
    }
}

/// Looks the host name up first, so that a name that does not resolve is
/// told apart from a host that does not answer. An IP address needs no
/// lookup.
async fn resolve(url: &Url) -> Result<(), Outcome> {
    let Some(url::Host::Domain(name)) = url.host() else {
        return Ok(());
    };
    let port = url.port_or_known_default().unwrap_or(443);
    match tokio::net::lookup_host((name, port)).await {
        Ok(mut addresses) => match addresses.next() {
            Some(_) => Ok(()),
            None => Err(Outcome::Dns(format!("{name} has no address"))),
        },
        Err(e) => Err(Outcome::Dns(format!("{name}: {e}"))),
    }
}

/// HEAD, or GET when the server refuses HEAD (405, 501). `true`: GET.
async fn fetch(
    client: &reqwest::Client,
    url: &Url,
    connect_timeout: Duration,
) -> Result<(reqwest::Response, bool), Outcome> {
    let send = |method: Method| {
        client
            .request(method, url.clone())
            .header(
                reqwest::header::ACCEPT,
                "text/html,application/xhtml+xml,*/*;q=0.8",
            )
            .send()
    };
    let head = send(Method::HEAD)
        .await
        .map_err(|e| classify(&e, connect_timeout))?;
    if matches!(head.status().as_u16(), 405 | 501) {
        let get = send(Method::GET)
            .await
            .map_err(|e| classify(&e, connect_timeout))?;
        return Ok((get, true));
    }
    Ok((head, false))
}

/// Reads at most `max_body` bytes of the body, then drops the rest (the
/// connection is closed).
async fn read_some(mut response: reqwest::Response, max_body: usize) -> Result<(), Outcome> {
    let mut read = 0usize;
    while read < max_body {
        match response.chunk().await {
            Ok(Some(chunk)) => read += chunk.len(),
            Ok(None) => break,
            Err(e) => {
                return Err(Outcome::Failed(format!(
                    "the body broke off after {read} bytes: {}",
                    describe(&e)
                )));
            }
        }
    }
    Ok(())
}

/// Where a redirect points, resolved against the URL it came from.
fn location(current: &Url, response: &reqwest::Response) -> Result<Url, String> {
    let value = response
        .headers()
        .get(reqwest::header::LOCATION)
        .ok_or_else(|| "no Location header".to_string())?;
    let text = value
        .to_str()
        .map_err(|_| "the Location header is not text".to_string())?;
    let next = current
        .join(text)
        .map_err(|e| format!("`{text}` is not a URL: {e}"))?;
    if !matches!(next.scheme(), "http" | "https") {
        return Err(format!("`{text}` is not an http(s) URL"));
    }
    Ok(next)
}

/// What a failed request means for the visitor's phone.
fn classify(e: &reqwest::Error, connect_timeout: Duration) -> Outcome {
    if e.is_timeout() {
        return Outcome::ConnectTimeout {
            after: connect_timeout,
        };
    }
    if e.is_connect() {
        return if is_tls(e) {
            Outcome::Tls(describe(e))
        } else {
            Outcome::Connect(describe(e))
        };
    }
    Outcome::Failed(describe(e))
}

/// A TLS failure: the TLS layer (rustls via tokio-rustls) reports a failed
/// handshake or certificate as an I/O error of kind `InvalidData` carrying
/// the TLS error; the connector wraps that in another I/O error. A refused
/// or reset connection has another kind. (`io::Error::source` skips the
/// error it wraps, so wrapped I/O errors are opened here one by one.)
fn is_tls(e: &reqwest::Error) -> bool {
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        let mut wrapped: Option<&(dyn std::error::Error + 'static)> = Some(s);
        while let Some(io) = wrapped.and_then(|w| w.downcast_ref::<std::io::Error>()) {
            if io.kind() == std::io::ErrorKind::InvalidData && io.get_ref().is_some() {
                return true;
            }
            wrapped = io
                .get_ref()
                .map(|inner| inner as &(dyn std::error::Error + 'static));
        }
        source = s.source();
    }
    false
}

/// The error and its causes on one line, without the URL (the report
/// names it).
fn describe(e: &reqwest::Error) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        let text = s.to_string();
        // Each layer often repeats the one below it.
        if !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
        source = s.source();
    }
    if parts.is_empty() {
        parts.push(e.to_string());
    }
    parts.join(": ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_report_names_the_final_url_and_each_hop() {
        let report = LinkReport {
            url: "https://a.example/x".into(),
            places: vec![Place {
                file: "catalog.toml".into(),
                line: 12,
                item: "guide `x`".into(),
                field: "url",
            }],
            hops: vec![Hop {
                status: 301,
                to: "https://a.example/y".into(),
            }],
            outcome: Outcome::Ok {
                status: 200,
                via_get: false,
            },
        };
        assert_eq!(report.verdict(), Verdict::Redirected);
        assert_eq!(
            report.to_string(),
            "redirected: https://a.example/x: 200 OK at https://a.example/y\n    \
             redirects to https://a.example/y (301 Moved Permanently)\n    \
             catalog.toml:12: guide `x` url"
        );
    }

    #[test]
    fn durations_read_as_seconds() {
        assert_eq!(seconds(Duration::from_secs(10)), "10 s");
        assert_eq!(seconds(Duration::from_millis(1500)), "1.5 s");
    }
}

//! `medborgarkiosk feed-check SOURCE [--kind ...] [--json] [--now TIME]`:
//! what the kiosk would make of a feed, through exactly the kiosk's code
//! (detection, parsers, fetch limits, [`super::active_messages`]).

use std::path::Path;
use std::process::ExitCode;

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::crisis::{ActiveMessage, DroppedMessage};
use super::detect::parse_time;
use super::fetch::{self, FetchError};
use super::{FeedKind, FeedsConfig, Parsed, news};
use crate::clock::Clock;
use crate::i18n::Language;

/// `--kind` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Kind {
    /// RSS or Atom news/events.
    Rss,
    /// Krisinformation.se API v3 news JSON.
    Krisinformation,
    /// Sveriges Radio VMA API JSON.
    Vma,
    /// CAP 1.2 XML.
    Cap,
}

impl From<Kind> for FeedKind {
    fn from(kind: Kind) -> FeedKind {
        match kind {
            Kind::Rss => FeedKind::Rss,
            Kind::Krisinformation => FeedKind::Krisinformation,
            Kind::Vma => FeedKind::Vma,
            Kind::Cap => FeedKind::Cap,
        }
    }
}

/// The arguments of `feed-check`.
#[derive(Debug, Clone)]
pub struct FeedCheckArgs {
    /// A file path or an http(s) URL.
    pub source: String,
    pub kind: Option<Kind>,
    pub json: bool,
    /// Evaluate expiry as of this time (RFC 3339; local times are Swedish).
    pub now: Option<String>,
}

#[derive(Debug, Serialize)]
struct ItemLine {
    id: String,
    title: String,
    time: Option<DateTime<Utc>>,
    event_start: Option<DateTime<Utc>>,
    language: Option<String>,
    link: Option<String>,
}

#[derive(Debug, Serialize)]
struct ActiveLine {
    id: String,
    source: String,
    headline: String,
    language: String,
    status: &'static str,
    msg_type: &'static str,
    severity: &'static str,
    urgency: &'static str,
    certainty: &'static str,
    takes_over_screen: bool,
    sent: Option<DateTime<Utc>>,
    expires: Option<DateTime<Utc>>,
    areas: Vec<String>,
}

impl From<&ActiveMessage> for ActiveLine {
    fn from(a: &ActiveMessage) -> Self {
        let info = a.info();
        ActiveLine {
            id: a.message.id.clone(),
            source: a.message.source.display_name().to_owned(),
            headline: info.headline.clone(),
            language: info.language_tag.clone(),
            status: a.message.status.as_str(),
            msg_type: a.message.msg_type.as_str(),
            severity: a.severity.as_str(),
            urgency: a.urgency.as_str(),
            certainty: info.certainty.as_str(),
            takes_over_screen: a.takes_over_screen,
            sent: a.message.sent,
            expires: a.message.expires(),
            areas: info.areas.clone(),
        }
    }
}

#[derive(Debug, Serialize)]
struct DroppedLine {
    #[serde(flatten)]
    dropped: DroppedMessage,
    /// The reason in English, for IT.
    explanation: String,
}

#[derive(Debug, Serialize)]
struct Report {
    source: String,
    kind: FeedKind,
    kind_detected: bool,
    bytes: usize,
    evaluated_at: DateTime<Utc>,
    feed_title: Option<String>,
    items: Vec<ItemLine>,
    active: Vec<ActiveLine>,
    dropped: Vec<DroppedLine>,
    problems: Vec<String>,
}

#[derive(Debug, Serialize)]
struct Failure {
    source: String,
    error: String,
}

/// `feed-check` as the binary runs it: the `[feeds]` table of the kiosk's
/// config file when one is given (defaults otherwise), then [`feed_check`].
/// Without `--now`, "now" is `clock`'s.
pub fn run(args: &FeedCheckArgs, config_file: Option<&Path>, clock: &Clock) -> ExitCode {
    let config = match config_file {
        Some(path) => match FeedsConfig::from_kiosk_config_file(path) {
            Ok(config) => config,
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::from(2);
            }
        },
        None => FeedsConfig::default(),
    };
    feed_check(args, &config, clock)
}

/// Runs `feed-check` with the kiosk's feeds config; prints to stdout.
/// Exit status: 0 parsed, 1 did not parse, 2 could not read the source or
/// bad arguments.
pub fn feed_check(args: &FeedCheckArgs, config: &FeedsConfig, clock: &Clock) -> ExitCode {
    let now = match args.now.as_deref() {
        None => clock.now(),
        Some(text) => match parse_time(text) {
            Some(t) => t,
            None => {
                eprintln!(
                    "error: --now `{text}` is not a time (use e.g. 2026-11-21T12:00:00+01:00)"
                );
                return ExitCode::from(2);
            }
        },
    };
    let bytes = match read_source(&args.source, config) {
        Ok(bytes) => bytes,
        Err(e) => return fail(args, &format!("cannot read {}: {e}", args.source), 2),
    };
    let kind = args.kind.map(FeedKind::from);
    let (kind, parsed) = match super::parse_any(kind, &bytes) {
        Ok(ok) => ok,
        Err(e) => {
            let what = kind.map_or("a feed".to_owned(), |k| format!("kind `{}`", k.code()));
            return fail(
                args,
                &format!("{} did not parse as {what}: {e}", args.source),
                1,
            );
        }
    };
    let report = build_report(args, kind, &bytes, &parsed, now, config);
    if args.json {
        match serde_json::to_string_pretty(&report) {
            Ok(json) => println!("{json}"),
            Err(e) => {
                eprintln!("error: cannot write JSON: {e}");
                return ExitCode::from(2);
            }
        }
    } else {
        print_text(&report);
    }
    ExitCode::SUCCESS
}

fn fail(args: &FeedCheckArgs, message: &str, code: u8) -> ExitCode {
    if args.json {
        let failure = Failure {
            source: args.source.clone(),
            error: message.to_owned(),
        };
        if let Ok(json) = serde_json::to_string_pretty(&failure) {
            println!("{json}");
        }
    }
    eprintln!("error: {message}");
    ExitCode::from(code)
}

fn read_source(source: &str, config: &FeedsConfig) -> Result<Vec<u8>, FetchError> {
    let limits = config.fetch_limits();
    if source.starts_with("http://") || source.starts_with("https://") {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| FetchError::Io(e.to_string()))?;
        // The kiosk's own CA file ([tls]), as the kiosk would fetch it.
        let client = fetch::client_with_ca(config.ca_file.as_deref());
        runtime.block_on(fetch::fetch_bytes(&client, source, limits))
    } else {
        fetch::read_file_limited(Path::new(source), limits.max_bytes)
    }
}

fn build_report(
    args: &FeedCheckArgs,
    kind: FeedKind,
    bytes: &[u8],
    parsed: &Parsed,
    now: DateTime<Utc>,
    config: &FeedsConfig,
) -> Report {
    let mut report = Report {
        source: args.source.clone(),
        kind,
        kind_detected: args.kind.is_none(),
        bytes: bytes.len(),
        evaluated_at: now,
        feed_title: None,
        items: Vec::new(),
        active: Vec::new(),
        dropped: Vec::new(),
        problems: parsed.problems().to_vec(),
    };
    match parsed {
        Parsed::News(feed) => {
            report.feed_title = feed.title.clone();
            report.items = news::merge_news([feed.items.clone()])
                .into_iter()
                .map(|i| ItemLine {
                    time: i.sort_time(),
                    event_start: i.event_start,
                    language: i.language_tag.clone(),
                    id: i.id,
                    title: i.title,
                    link: i.link,
                })
                .collect();
        }
        Parsed::Crisis(crisis) => {
            let options = config.active_options(Language::Sv);
            let (active, dropped) = super::active_messages(&crisis.messages, now, &options);
            report.active = active.iter().map(ActiveLine::from).collect();
            report.dropped = dropped
                .into_iter()
                .map(|d| DroppedLine {
                    explanation: d.reason.to_string(),
                    dropped: d,
                })
                .collect();
        }
    }
    report
}

fn local(t: Option<DateTime<Utc>>) -> String {
    t.map(|t| {
        t.with_timezone(&chrono_tz::Europe::Stockholm)
            .format("%Y-%m-%d %H:%M %Z")
            .to_string()
    })
    .unwrap_or_else(|| "(no time)".to_owned())
}

fn print_text(r: &Report) {
    println!("source: {} ({} bytes)", r.source, r.bytes);
    println!(
        "kind: {} ({})",
        r.kind.code(),
        if r.kind_detected { "detected" } else { "given" }
    );
    if let Some(title) = &r.feed_title {
        println!("feed title: {title}");
    }
    if r.kind == FeedKind::Rss {
        println!(
            "items the kiosk would show ({}), newest first:",
            r.items.len()
        );
        for item in &r.items {
            let event = item
                .event_start
                .map(|t| format!(" [event {}]", local(Some(t))))
                .unwrap_or_default();
            println!(
                "  {}  [{}]  {}{}",
                local(item.time),
                item.language.as_deref().unwrap_or("-"),
                item.title,
                event
            );
        }
    } else {
        println!("evaluated at: {}", local(Some(r.evaluated_at)));
        println!("active crisis messages ({}):", r.active.len());
        for a in &r.active {
            println!(
                "  [{}/{}{}] {} ({}) - {}; sent {}, expires {}",
                a.severity,
                a.urgency,
                if a.takes_over_screen {
                    ", takes over the screen"
                } else {
                    ""
                },
                a.headline,
                a.language,
                a.source,
                local(a.sent),
                local(a.expires),
            );
        }
        println!("not shown ({}):", r.dropped.len());
        for d in &r.dropped {
            println!(
                "  {} \"{}\": {}",
                d.dropped.id, d.dropped.headline, d.explanation
            );
        }
    }
    println!("problems ({}):", r.problems.len());
    for p in &r.problems {
        println!("  - {p}");
    }
}

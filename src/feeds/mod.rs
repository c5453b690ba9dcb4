//! Area news, events and crisis information (issue 7), plain Rust.
//!
//! * [`news`]: RSS/Atom news and events through feed-rs.
//! * [`krisinformation`], [`vma`], [`cap`]: crisis sources, all turned into
//!   [`crisis::CrisisMessage`]; [`crisis::active_messages`] is the one place
//!   where CAP rules decide what is shown. Two small modules under them:
//!   `json` (lenient JSON fields) and `area` (county codes, municipality
//!   keys), so that the parsers and the crisis rules share them without
//!   importing each other.
//! * [`fetch`]: bounded HTTP fetching (size, time), [`store`]: the last good
//!   result of every source on disk, [`service::Feeds`]: the whole thing on a
//!   schedule, for the UI; [`link::FeedsLink`]: that service on a runtime of
//!   its own, started apart from the central API.
//! * [`cli`]: `medborgarkiosk feed-check`, using exactly the code above.

mod area;
pub mod cap;
pub mod cli;
pub mod config;
pub mod crisis;
pub mod detect;
pub mod fetch;
mod json;
pub mod krisinformation;
pub mod link;
pub mod news;
pub mod sample;
pub mod service;
pub mod store;
pub mod text;
pub mod vma;

use serde::{Deserialize, Serialize};

pub use config::FeedsConfig;
pub use crisis::{
    ActiveMessage, ActiveOptions, CrisisInfo, CrisisMessage, CrisisSource, DropReason,
    DroppedMessage, active_messages,
};
pub use detect::FeedKind;
pub use link::FeedsLink;
pub use news::{Event, NewsItem};
pub use service::{Feeds, FeedsSnapshot, SourceRole, SourceStatus};

/// Why a payload could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseError {
    #[error("the response is empty")]
    Empty,
    #[error("the response is an HTML page, not a feed")]
    Html,
    #[error(
        "not a format the kiosk knows (expected RSS/Atom, CAP XML, Krisinformation or VMA JSON)"
    )]
    Unrecognized,
    #[error("{0}")]
    Malformed(String),
}

/// Crisis messages parsed from one payload.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParsedCrisis {
    /// In payload order, at most [`text::MAX_ITEMS`].
    pub messages: Vec<CrisisMessage>,
    /// Things worth telling IT, in English.
    pub problems: Vec<String>,
}

/// What one payload holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Parsed {
    News(news::ParsedNewsFeed),
    Crisis(ParsedCrisis),
}

impl Parsed {
    pub fn problems(&self) -> &[String] {
        match self {
            Parsed::News(n) => &n.problems,
            Parsed::Crisis(c) => &c.problems,
        }
    }

    pub fn item_count(&self) -> usize {
        match self {
            Parsed::News(n) => n.items.len(),
            Parsed::Crisis(c) => c.messages.len(),
        }
    }
}

/// Parses a payload of the given kind. The kiosk and `feed-check` both go
/// through here.
pub fn parse(kind: FeedKind, bytes: &[u8]) -> Result<Parsed, ParseError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(ParseError::Empty);
    }
    match kind {
        FeedKind::Rss => news::parse_news(bytes).map(Parsed::News),
        FeedKind::Krisinformation => {
            krisinformation::parse_krisinformation(bytes).map(Parsed::Crisis)
        }
        FeedKind::Vma => vma::parse_vma(bytes).map(Parsed::Crisis),
        FeedKind::Cap => cap::parse_cap(bytes).map(Parsed::Crisis),
    }
}

/// Detects the kind (unless given) and parses.
pub fn parse_any(kind: Option<FeedKind>, bytes: &[u8]) -> Result<(FeedKind, Parsed), ParseError> {
    let kind = match kind {
        Some(kind) => kind,
        None => detect::detect_kind(bytes)?,
    };
    parse(kind, bytes).map(|parsed| (kind, parsed))
}

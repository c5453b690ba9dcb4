//! News and events from RSS 2.0 / RSS 1.0 / Atom feeds, through `feed-rs`.
//!
//! The raw bytes go to the parser, so the XML declaration's encoding (for
//! instance ISO-8859-1) is honoured. Item HTML becomes plain text. Items
//! without an id get a stable one (hash of link, title and date), so the same
//! item is the same on every fetch and duplicates collapse.

use std::collections::HashSet;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::ParseError;
use super::text::{self, MAX_ITEMS, MAX_TEXT_CHARS, MAX_TITLE_CHARS};
use crate::i18n::Language;

/// One news item or event, as the kiosk shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewsItem {
    /// Stable id: the feed's guid/id, else `sha256:` + hash of link, title, date.
    pub id: String,
    /// Plain text, one line.
    pub title: String,
    /// Plain text (paragraphs separated by `\n`), may be empty.
    pub summary: String,
    pub link: Option<String>,
    pub published: Option<DateTime<Utc>>,
    pub updated: Option<DateTime<Utc>>,
    /// Start of the event, when the feed gives one (RSS event module
    /// `ev:startdate`).
    pub event_start: Option<DateTime<Utc>>,
    /// Language tag from the item, else from the feed (e.g. `sv-SE`), if any.
    pub language_tag: Option<String>,
    /// Title of the feed it came from (plain text), if any.
    pub feed_title: Option<String>,
    /// When the kiosk fetched it (set in [`super::FeedsSnapshot`]; the UI
    /// shows the age). None straight from the parser.
    #[serde(default)]
    pub retrieved_at: Option<DateTime<Utc>>,
}

impl NewsItem {
    /// The item's language, if it is one the kiosk offers.
    pub fn language(&self) -> Option<Language> {
        self.language_tag.as_deref().and_then(language_from_tag)
    }

    /// The time used to sort news: updated, else published, else event start.
    pub fn sort_time(&self) -> Option<DateTime<Utc>> {
        self.published.or(self.updated).or(self.event_start)
    }

    /// The time used to sort events: the event's start, else published.
    pub fn event_time(&self) -> Option<DateTime<Utc>> {
        self.event_start.or(self.published).or(self.updated)
    }
}

/// Events use the same model; their date is [`NewsItem::event_time`].
pub type Event = NewsItem;

/// Maps a language tag such as `sv-SE`, `en_GB` or `ar` to a kiosk language.
pub fn language_from_tag(tag: &str) -> Option<Language> {
    let primary = tag.trim().split(['-', '_']).next()?;
    primary.parse().ok()
}

/// The result of parsing one news or events feed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParsedNewsFeed {
    pub title: Option<String>,
    pub language_tag: Option<String>,
    /// De-duplicated, at most [`MAX_ITEMS`], in feed order.
    pub items: Vec<NewsItem>,
    /// Things worth telling IT (e.g. items without title), in English.
    pub problems: Vec<String>,
}

/// Parses RSS 2.0, RSS 1.0/0.9x or Atom from raw bytes.
pub fn parse_news(bytes: &[u8]) -> Result<ParsedNewsFeed, ParseError> {
    if super::detect::looks_like_html(bytes) {
        return Err(ParseError::Html);
    }
    let parser = feed_rs::parser::Builder::new()
        // An empty id marks "the feed gave none": we hash our own below,
        // because feed-rs falls back to a random UUID.
        .id_generator(|_links, _title, _uri| String::new())
        .build();
    let feed = parser
        .parse(bytes)
        .map_err(|e| ParseError::Malformed(format!("not an RSS/Atom feed: {e}")))?;
    let feed_title = feed
        .title
        .as_ref()
        .map(|t| text::single_line(&t.content, MAX_TITLE_CHARS))
        .filter(|t| !t.is_empty());
    let feed_lang = feed
        .language
        .as_deref()
        .map(text::short)
        .filter(|l| !l.is_empty());
    let extras = if feed.feed_type == feed_rs::model::FeedType::JSON {
        Vec::new()
    } else {
        super::detect::item_extras(bytes)
    };

    let mut problems = Vec::new();
    let mut seen = HashSet::new();
    let mut items = Vec::new();
    let mut without_id = 0usize;
    let mut without_title = 0usize;
    let mut duplicates = 0usize;
    for (index, entry) in feed.entries.iter().enumerate() {
        if items.len() >= MAX_ITEMS {
            problems.push(format!(
                "more than {MAX_ITEMS} items; the rest were ignored"
            ));
            break;
        }
        let title = entry
            .title
            .as_ref()
            .map(|t| text::single_line(&t.content, MAX_TITLE_CHARS))
            .unwrap_or_default();
        let summary_html = entry
            .summary
            .as_ref()
            .map(|s| s.content.as_str())
            .filter(|s| !s.trim().is_empty())
            .or_else(|| entry.content.as_ref().and_then(|c| c.body.as_deref()))
            .unwrap_or("");
        let summary = text::html_to_text(summary_html, MAX_TEXT_CHARS);
        let title = if title.is_empty() {
            without_title += 1;
            text::truncate_chars(summary.lines().next().unwrap_or(""), MAX_TITLE_CHARS)
        } else {
            title
        };
        if title.is_empty() {
            continue;
        }
        let link = entry
            .links
            .iter()
            .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
            .or(entry.links.first())
            .map(|l| text::short(&l.href))
            .filter(|l| !l.is_empty());
        let id = if entry.id.trim().is_empty() {
            without_id += 1;
            stable_id(link.as_deref(), &title, entry.published.or(entry.updated))
        } else {
            text::short(&entry.id)
        };
        if !seen.insert(id.clone()) {
            duplicates += 1;
            continue;
        }
        let extra = extras.get(index).cloned().unwrap_or_default();
        items.push(NewsItem {
            id,
            title,
            summary,
            link,
            published: entry.published,
            updated: entry.updated,
            event_start: extra.event_start,
            language_tag: extra
                .language
                .or_else(|| entry.language.as_deref().map(text::short))
                .filter(|l| !l.is_empty())
                .or_else(|| feed_lang.clone()),
            feed_title: feed_title.clone(),
            retrieved_at: None,
        });
    }
    if without_id > 0 {
        problems.push(format!(
            "{without_id} item(s) without guid/id: identified by a hash of link, title and date"
        ));
    }
    if without_title > 0 {
        problems.push(format!("{without_title} item(s) without title"));
    }
    if duplicates > 0 {
        problems.push(format!("{duplicates} duplicate item(s) dropped"));
    }
    if feed.entries.is_empty() {
        problems.push("the feed has no items".to_owned());
    }
    Ok(ParsedNewsFeed {
        title: feed_title,
        language_tag: feed_lang,
        items,
        problems,
    })
}

/// `sha256:` + the first 32 hex digits of SHA-256(link, title, date).
pub fn stable_id(link: Option<&str>, title: &str, date: Option<DateTime<Utc>>) -> String {
    let mut hasher = Sha256::new();
    hasher.update(link.unwrap_or("").as_bytes());
    hasher.update([0]);
    hasher.update(title.as_bytes());
    hasher.update([0]);
    if let Some(date) = date {
        hasher.update(date.to_rfc3339().as_bytes());
    }
    let digest = hasher.finalize();
    let hex: String = digest.iter().take(16).map(|b| format!("{b:02x}")).collect();
    format!("sha256:{hex}")
}

/// News from several feeds merged: duplicates (same id, or same link and
/// title) removed, newest first.
pub fn merge_news(feeds: impl IntoIterator<Item = Vec<NewsItem>>) -> Vec<NewsItem> {
    let mut all = dedupe(feeds);
    all.sort_by(|a, b| {
        b.sort_time()
            .cmp(&a.sort_time())
            .then(a.title.cmp(&b.title))
    });
    all
}

/// Events from several feeds merged and de-duplicated, those that start
/// before `today` (the office's local date) left out, in date order (events
/// without any date last).
pub fn merge_events(
    feeds: impl IntoIterator<Item = Vec<NewsItem>>,
    today: NaiveDate,
) -> Vec<NewsItem> {
    let tz = chrono_tz::Europe::Stockholm;
    let mut all: Vec<NewsItem> = dedupe(feeds)
        .into_iter()
        .filter(|e| {
            e.event_time()
                .is_none_or(|t| t.with_timezone(&tz).date_naive() >= today)
        })
        .collect();
    all.sort_by(|a, b| match (a.event_time(), b.event_time()) {
        (Some(x), Some(y)) => x.cmp(&y).then(a.title.cmp(&b.title)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.title.cmp(&b.title),
    });
    all
}

fn dedupe(feeds: impl IntoIterator<Item = Vec<NewsItem>>) -> Vec<NewsItem> {
    let mut ids = HashSet::new();
    let mut keys = HashSet::new();
    let mut out = Vec::new();
    for item in feeds.into_iter().flatten() {
        let key = (item.link.clone(), item.title.to_lowercase());
        if item.link.is_some() && keys.contains(&key) {
            continue;
        }
        if ids.insert(item.id.clone()) {
            keys.insert(key);
            out.push(item);
        }
    }
    out
}

/// Items for a visitor: those in their language if any, else the Swedish
/// ones (and those without a language: the office's own, in Swedish),
/// which the UI shows with a note in the visitor's language. The bool is
/// true when the items are in the visitor's language. Easy-to-read Swedish
/// gets the note too: the feeds' Swedish is ordinary Swedish.
pub fn for_language(items: &[NewsItem], language: Language) -> (Vec<&NewsItem>, bool) {
    let own: Vec<&NewsItem> = items
        .iter()
        .filter(|n| n.language().unwrap_or(Language::Sv) == language)
        .collect();
    if !own.is_empty() {
        return (own, true);
    }
    let swedish = items
        .iter()
        .filter(|n| matches!(n.language(), Some(Language::Sv) | None))
        .collect();
    (swedish, language == Language::Sv)
}

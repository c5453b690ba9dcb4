//! All configured sources together: fetched on a schedule, each keeping its
//! last good result (in memory and on disk), merged into a
//! [`FeedsSnapshot`] for the UI.

use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard};

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::crisis::{ActiveMessage, CrisisMessage, DroppedMessage, active_messages};
use super::fetch::{self, ErrorClass, FetchLimits};
use super::news::{self, NewsItem};
use super::store::{CachedSource, Store};
use super::{FeedKind, FeedsConfig, ParseError, Parsed};
use crate::clock::Clock;
use crate::i18n::Language;

/// What a source is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceRole {
    News,
    Events,
    Crisis,
}

/// The state of one source, for the staff panel.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SourceStatus {
    pub url: String,
    pub role: SourceRole,
    pub kind: FeedKind,
    /// When the data now shown was fetched (also after a restart, from the
    /// disk cache). None: nothing good yet.
    pub last_success: Option<DateTime<Utc>>,
    /// When the last fetch (good or bad) ended.
    pub last_attempt: Option<DateTime<Utc>>,
    /// Class of the last fetch's failure; None when the last fetch was good.
    pub last_error: Option<ErrorClass>,
    /// The failure in English, for IT (no personal data: feed texts only).
    pub last_error_detail: Option<String>,
    /// Items or messages in the data shown.
    pub item_count: usize,
    /// Problems found in the data shown (English, for IT).
    pub problems: Vec<String>,
}

struct Source {
    status: SourceStatus,
    cached: Option<CachedSource>,
}

struct Inner {
    config: FeedsConfig,
    store: Store,
    client: reqwest::Client,
    limits: FetchLimits,
    sources: Mutex<Vec<Source>>,
    /// The kiosk's clock: when each source was fetched or failed.
    clock: Clock,
}

/// The feeds of one kiosk. Cheap to clone (shared state); every method
/// is safe to call from any task.
#[derive(Clone)]
pub struct Feeds {
    inner: Arc<Inner>,
}

/// Everything the UI shows from feeds, at one moment.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct FeedsSnapshot {
    /// All news, de-duplicated, newest first.
    pub news: Vec<NewsItem>,
    /// All events, de-duplicated, by date (see [`FeedsSnapshot::upcoming_events`]).
    pub events: Vec<NewsItem>,
    /// Every crisis message of every source; decide what to show with
    /// [`FeedsSnapshot::active_crisis`].
    pub crisis: Vec<CrisisMessage>,
    pub sources: Vec<SourceStatus>,
}

impl FeedsSnapshot {
    /// The crisis messages to show to a visitor in `language` at `now`, and
    /// those not shown with the reason.
    pub fn active_crisis(
        &self,
        config: &FeedsConfig,
        language: Language,
        now: DateTime<Utc>,
    ) -> (Vec<ActiveMessage>, Vec<DroppedMessage>) {
        active_messages(&self.crisis, now, &config.active_options(language))
    }

    /// Events from today on (office's local date), by date.
    pub fn upcoming_events(&self, now: DateTime<Utc>) -> Vec<NewsItem> {
        let today = now
            .with_timezone(&chrono_tz::Europe::Stockholm)
            .date_naive();
        news::merge_events([self.events.clone()], today)
    }

    /// News for a visitor ([`news::for_language`]). Newest first.
    pub fn news_for(&self, language: Language) -> (Vec<&NewsItem>, bool) {
        news::for_language(&self.news, language)
    }

    /// True when any source has never delivered good data or failed last time.
    pub fn has_problems(&self) -> bool {
        self.sources
            .iter()
            .any(|s| s.last_error.is_some() || s.last_success.is_none())
    }
}

fn parse_error_class(e: &ParseError) -> ErrorClass {
    match e {
        ParseError::Html => ErrorClass::NotAFeed,
        _ => ErrorClass::Malformed,
    }
}

impl Feeds {
    /// Sets up the sources of `config` and loads their last good results
    /// from `<data_dir>/feeds/`. No network access here.
    /// Fetch and error times come from `clock`, the kiosk's.
    pub fn new(config: FeedsConfig, data_dir: &Path, clock: Clock) -> Feeds {
        let limits = config.fetch_limits();
        Feeds::with_limits(config, data_dir, limits, clock)
    }

    /// Like [`Feeds::new`] with explicit fetch limits (tests use short ones).
    pub fn with_limits(
        config: FeedsConfig,
        data_dir: &Path,
        limits: FetchLimits,
        clock: Clock,
    ) -> Feeds {
        let store = Store::new(data_dir);
        let mut list: Vec<(String, SourceRole, FeedKind)> = Vec::new();
        for url in &config.news_feeds {
            list.push((url.clone(), SourceRole::News, FeedKind::Rss));
        }
        for url in &config.event_feeds {
            list.push((url.clone(), SourceRole::Events, FeedKind::Rss));
        }
        if !config.krisinformation_url.is_empty() {
            list.push((
                config.krisinformation_url.clone(),
                SourceRole::Crisis,
                FeedKind::Krisinformation,
            ));
        }
        if !config.vma_url.is_empty() {
            list.push((config.vma_url.clone(), SourceRole::Crisis, FeedKind::Vma));
        }
        for url in &config.cap_urls {
            list.push((url.clone(), SourceRole::Crisis, FeedKind::Cap));
        }
        let sources = list
            .into_iter()
            .map(|(url, role, kind)| {
                let cached = store.load(&url, kind);
                Source {
                    status: SourceStatus {
                        last_success: cached.as_ref().map(|c| c.fetched_at),
                        last_attempt: None,
                        last_error: None,
                        last_error_detail: None,
                        item_count: cached.as_ref().map_or(0, |c| c.parsed.item_count()),
                        problems: cached
                            .as_ref()
                            .map(|c| c.parsed.problems().to_vec())
                            .unwrap_or_default(),
                        url,
                        role,
                        kind,
                    },
                    cached,
                }
            })
            .collect();
        let client = fetch::client_with_ca(config.ca_file.as_deref());
        Feeds {
            inner: Arc::new(Inner {
                config,
                store,
                client,
                limits,
                sources: Mutex::new(sources),
                clock,
            }),
        }
    }

    pub fn config(&self) -> &FeedsConfig {
        &self.inner.config
    }

    fn sources(&self) -> MutexGuard<'_, Vec<Source>> {
        // A panic elsewhere while holding the lock leaves plain data behind.
        self.inner
            .sources
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The current merged data and source states (no network access).
    pub fn snapshot(&self) -> FeedsSnapshot {
        let sources = self.sources();
        let mut news_lists = Vec::new();
        let mut event_lists = Vec::new();
        let mut crisis = Vec::new();
        for source in sources.iter() {
            let Some(cached) = &source.cached else {
                continue;
            };
            let stamped = |items: &[NewsItem]| -> Vec<NewsItem> {
                items
                    .iter()
                    .cloned()
                    .map(|mut i| {
                        i.retrieved_at = Some(cached.fetched_at);
                        i
                    })
                    .collect()
            };
            match (&cached.parsed, source.status.role) {
                (Parsed::News(feed), SourceRole::News) => news_lists.push(stamped(&feed.items)),
                (Parsed::News(feed), SourceRole::Events) => event_lists.push(stamped(&feed.items)),
                (Parsed::Crisis(parsed), _) => {
                    crisis.extend(parsed.messages.iter().cloned().map(|mut m| {
                        m.retrieved_at = Some(cached.fetched_at);
                        m
                    }))
                }
                _ => {}
            }
        }
        let far_past = chrono::NaiveDate::MIN;
        FeedsSnapshot {
            news: news::merge_news(news_lists),
            events: news::merge_events(event_lists, far_past),
            crisis,
            sources: sources.iter().map(|s| s.status.clone()).collect(),
        }
    }

    /// Fetches every source once (concurrently), keeps what is good, and
    /// returns the new snapshot. A failing source keeps its last good data.
    pub async fn refresh_all(&self) -> FeedsSnapshot {
        let count = self.sources().len();
        let mut tasks = tokio::task::JoinSet::new();
        for index in 0..count {
            let this = self.clone();
            tasks.spawn(async move { this.refresh_source(index).await });
        }
        while tasks.join_next().await.is_some() {}
        self.snapshot()
    }

    /// Fetches one source (by its index in [`FeedsSnapshot::sources`]).
    pub async fn refresh_source(&self, index: usize) {
        let Some((url, kind)) = self
            .sources()
            .get(index)
            .map(|s| (s.status.url.clone(), s.status.kind))
        else {
            return;
        };
        let result = match fetch::fetch_bytes(&self.inner.client, &url, self.inner.limits).await {
            Err(e) => Err((e.class(), e.to_string())),
            // Parsing up to 2 MiB takes a moment: off the async workers.
            Ok(bytes) => {
                match tokio::task::spawn_blocking(move || super::parse(kind, &bytes)).await {
                    Ok(parsed) => parsed.map_err(|e| (parse_error_class(&e), e.to_string())),
                    Err(e) => Err((ErrorClass::Malformed, format!("the parser failed: {e}"))),
                }
            }
        };
        let now = self.inner.clock.now();
        let to_save = {
            let mut sources = self.sources();
            let Some(source) = sources.get_mut(index) else {
                return;
            };
            source.status.last_attempt = Some(now);
            match result {
                Ok(parsed) => {
                    source.status.last_success = Some(now);
                    source.status.last_error = None;
                    source.status.last_error_detail = None;
                    source.status.item_count = parsed.item_count();
                    source.status.problems = parsed.problems().to_vec();
                    let cached = CachedSource {
                        url: url.clone(),
                        kind,
                        fetched_at: now,
                        parsed,
                    };
                    source.cached = Some(cached.clone());
                    Some(cached)
                }
                Err((class, detail)) => {
                    tracing::warn!(source = %url, error = %detail, "feeds: fetch failed, keeping last good data");
                    source.status.last_error = Some(class);
                    source.status.last_error_detail = Some(detail);
                    None
                }
            }
        };
        if let Some(cached) = to_save {
            let store = self.inner.store.clone();
            let saved = tokio::task::spawn_blocking(move || store.save(&cached)).await;
            if !matches!(saved, Ok(Ok(()))) {
                tracing::warn!(source = %url, "feeds: cannot write the cache");
            }
        }
    }

    /// Refreshes now and then every `refresh_interval`, publishing each new
    /// snapshot; stops when every receiver is gone. Spawn it on the tokio
    /// runtime: `tokio::spawn(feeds.clone().run(sender))`.
    pub async fn run(self, sender: tokio::sync::watch::Sender<FeedsSnapshot>) {
        let mut interval = tokio::time::interval(self.inner.config.refresh_interval());
        interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            interval.tick().await;
            let snapshot = self.refresh_all().await;
            if sender.send(snapshot).is_err() {
                return;
            }
        }
    }

    /// A channel whose value is the cached snapshot now and every refreshed
    /// one later; the refresh loop runs on the current tokio runtime.
    pub fn spawn(&self) -> tokio::sync::watch::Receiver<FeedsSnapshot> {
        let (sender, receiver) = tokio::sync::watch::channel(self.snapshot());
        tokio::spawn(self.clone().run(sender));
        receiver
    }
}

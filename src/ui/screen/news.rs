//! News and events (issue 7): the office area's news newest first and the
//! coming events by date, in the visitor's language when the feeds have it,
//! else the Swedish items with a note. A source that is stale or offline
//! says how old its data is.

use chrono::{DateTime, Utc};
use iced::widget::{Column, container, scrollable};
use iced::{Element, Length};

use crate::describe::ScreenText;
use crate::feeds::{FeedsConfig, FeedsSnapshot, NewsItem, SourceRole};
use crate::i18n::Language;
use crate::t;
use crate::ui::widget::{Ctx, Place};

use super::{Env, Parts};

/// At most this many news and this many events on the screen.
pub const MAX_SHOWN: usize = 8;
/// A summary longer than this is cut (the kiosk is no reader).
const MAX_SUMMARY_CHARS: usize = 280;

pub use crate::feeds::news::for_language;

/// What the screen shows, in the visitor's language.
pub struct Content<'a> {
    pub news: Vec<&'a NewsItem>,
    pub events: Vec<&'a NewsItem>,
    /// Some items are not in the visitor's language (shown in Swedish).
    pub in_swedish: bool,
    /// "The data from X was fetched at …" per stale source.
    pub stale: Vec<String>,
}

pub fn content<'a>(
    snapshot: &'a FeedsSnapshot,
    events: &'a [NewsItem],
    config: &FeedsConfig,
    now: DateTime<Utc>,
    language: Language,
) -> Content<'a> {
    let (mut news, news_own) = snapshot.news_for(language);
    news.truncate(MAX_SHOWN);
    let (mut events, events_own) = for_language(events, language);
    events.truncate(MAX_SHOWN);
    Content {
        in_swedish: (!news.is_empty() && !news_own) || (!events.is_empty() && !events_own),
        news,
        events,
        stale: stale_sources(snapshot, config, now, language),
    }
}

/// A line for each news or events source whose data is old: the last fetch
/// failed, or the last good one is more than two refresh intervals ago.
pub fn stale_sources(
    snapshot: &FeedsSnapshot,
    config: &FeedsConfig,
    now: DateTime<Utc>,
    language: Language,
) -> Vec<String> {
    stale_sources_of(
        snapshot,
        config,
        now,
        language,
        &[SourceRole::News, SourceRole::Events],
    )
}

/// [`stale_sources`] for the sources of some roles only (the wall's news
/// slide speaks of the news sources, its events slide of the events').
pub fn stale_sources_of(
    snapshot: &FeedsSnapshot,
    config: &FeedsConfig,
    now: DateTime<Utc>,
    language: Language,
    roles: &[SourceRole],
) -> Vec<String> {
    let limit = chrono::Duration::from_std(config.refresh_interval() * 2)
        .unwrap_or(chrono::Duration::hours(1));
    snapshot
        .sources
        .iter()
        .filter(|s| roles.contains(&s.role))
        .filter_map(|s| {
            let at = s.last_success?;
            (s.last_error.is_some() || now - at > limit).then(|| {
                let host = reqwest::Url::parse(&s.url)
                    .ok()
                    .and_then(|u| u.host_str().map(str::to_owned))
                    .unwrap_or_else(|| s.url.clone());
                t!(
                    language,
                    "news-stale",
                    source = host,
                    time = when(at, language)
                )
            })
        })
        .collect()
}

/// "måndag 23 november 14:05".
pub fn when(at: DateTime<Utc>, language: Language) -> String {
    let local = crate::clock::stockholm(at);
    format!(
        "{} {}",
        crate::speech::spoken::date(language, local.date()),
        local.format("%H:%M")
    )
}

/// The item's date line: the event's start, or the news's publication.
fn item_time(item: &NewsItem, event: bool, language: Language) -> Option<String> {
    let at = if event {
        item.event_time()
    } else {
        item.sort_time()
    }?;
    Some(when(at, language))
}

fn summary(item: &NewsItem) -> String {
    let text = item.summary.replace('\n', " ");
    if text.chars().count() <= MAX_SUMMARY_CHARS {
        return text;
    }
    let cut: String = text.chars().take(MAX_SUMMARY_CHARS).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{cut} …")
}

fn item_card<'a, M: 'a>(ctx: &Ctx, item: &NewsItem, event: bool) -> Element<'a, M> {
    // The item's own language decides direction and font of its text.
    let own = ctx.in_language(item.language().unwrap_or(Language::Sv));
    let mut column = Column::new().spacing(8).width(Length::Fill);
    if let Some(time) = item_time(item, event, ctx.language) {
        column = column.push(ctx.styled(
            time,
            ctx.sizes.body(),
            ctx.bold(),
            ctx.palette.muted,
            Place::Start,
        ));
    }
    column = column.push(own.heading(item.title.clone()));
    let summary = summary(item);
    if !summary.is_empty() {
        column = column.push(own.text(summary));
    }
    ctx.card(column)
}

fn list<'a, M: 'a>(
    ctx: &Ctx,
    heading: String,
    items: &[&NewsItem],
    empty: String,
    event: bool,
) -> Element<'a, M> {
    let mut column = Column::new()
        .spacing(16)
        .width(Length::Fill)
        .push(ctx.heading(heading));
    if items.is_empty() {
        column = column.push(ctx.muted(empty));
    }
    for item in items {
        column = column.push(item_card(ctx, item, event));
    }
    column.into()
}

pub fn view<'a, M: 'a>(ctx: &Ctx, env: &Env<'a>) -> Parts<'a, M> {
    let (snapshot, config, now) = (env.feeds, env.feeds_config, env.wall());
    let language = ctx.language;
    let events = snapshot.upcoming_events(now);
    let content = content(snapshot, &events, config, now, language);
    let mut info = Column::new()
        .spacing(12)
        .width(Length::Fill)
        .push(ctx.title(t!(language, "news-title")));
    if content.in_swedish {
        info = info.push(ctx.text(t!(language, "news-in-swedish")));
    }
    for line in &content.stale {
        info = info.push(ctx.muted(line.clone()));
    }
    let news = list(
        ctx,
        t!(language, "news-heading"),
        &content.news,
        t!(language, "news-none"),
        false,
    );
    let events = list(
        ctx,
        t!(language, "events-heading"),
        &content.events,
        t!(language, "events-none"),
        true,
    );
    let lists: Element<'a, M> = if ctx.is_portrait() {
        Column::new().spacing(32).push(news).push(events).into()
    } else {
        ctx.row(vec![news, events]).spacing(32).into()
    };
    let controls = scrollable(container(lists).padding([0, 16]))
        .width(Length::Fill)
        .height(Length::Fill)
        .into();
    (info.into(), controls)
}

pub fn describe(env: &Env, language: Language) -> ScreenText {
    let (snapshot, config, now) = (env.feeds, env.feeds_config, env.wall());
    let events = snapshot.upcoming_events(now);
    let content = content(snapshot, &events, config, now, language);
    let mut text = ScreenText::new(t!(language, "news-title"));
    if content.in_swedish {
        text = text.body(t!(language, "news-in-swedish"));
    }
    for line in &content.stale {
        text = text.body(line.clone());
    }
    for (heading, items, empty, event) in [
        (
            t!(language, "news-heading"),
            &content.news,
            t!(language, "news-none"),
            false,
        ),
        (
            t!(language, "events-heading"),
            &content.events,
            t!(language, "events-none"),
            true,
        ),
    ] {
        text = text.body(heading);
        if items.is_empty() {
            text = text.body(empty);
        }
        for item in items.iter() {
            if let Some(time) = item_time(item, event, language) {
                text = text.body(time);
            }
            text = text.body(item.title.clone());
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(id: &str, tag: Option<&str>) -> NewsItem {
        NewsItem {
            id: id.into(),
            title: id.into(),
            summary: String::new(),
            link: None,
            published: None,
            updated: None,
            event_start: None,
            language_tag: tag.map(str::to_owned),
            feed_title: None,
            retrieved_at: None,
        }
    }

    #[test]
    fn own_language_else_swedish() {
        let items = [
            item("a", Some("sv-SE")),
            item("b", Some("en")),
            item("c", None),
        ];
        let (en, own) = for_language(&items, Language::En);
        assert!(own);
        assert_eq!(en.len(), 1);
        let (ar, own) = for_language(&items, Language::Ar);
        assert!(!own);
        assert_eq!(
            ar.iter().map(|i| i.id.as_str()).collect::<Vec<_>>(),
            ["a", "c"]
        );
        let (sv, own) = for_language(&items, Language::Sv);
        assert!(own);
        assert_eq!(sv.len(), 2);
        // Easy-to-read Swedish sees the same items, with the note that
        // they are in (ordinary) Swedish.
        let (easy, own) = for_language(&items, Language::SvEasy);
        assert!(!own);
        assert_eq!(easy.len(), 2);
    }

    #[test]
    fn long_summaries_are_cut_at_a_word() {
        let mut long = item("a", None);
        long.summary = "ord ".repeat(200);
        let s = summary(&long);
        assert!(s.chars().count() <= MAX_SUMMARY_CHARS + 2, "{s}");
        assert!(s.ends_with(" …"));
    }

    #[test]
    fn stale_or_failing_sources_say_how_old_their_data_is() {
        use crate::feeds::{FeedKind, SourceStatus, fetch::ErrorClass};
        let now = chrono::DateTime::parse_from_rfc3339("2026-11-23T12:00:00+01:00")
            .unwrap()
            .to_utc();
        let source = |url: &str, minutes: i64, error: bool| SourceStatus {
            url: url.to_owned(),
            role: SourceRole::News,
            kind: FeedKind::Rss,
            last_success: Some(now - chrono::Duration::minutes(minutes)),
            last_attempt: Some(now),
            last_error: error.then_some(ErrorClass::Network),
            last_error_detail: None,
            item_count: 1,
            problems: Vec::new(),
        };
        let snapshot = FeedsSnapshot {
            sources: vec![
                source("https://fresh.example/a.rss", 4, false),
                source("https://old.example/a.rss", 11, false),
                source("https://down.example/a.rss", 1, true),
            ],
            ..FeedsSnapshot::default()
        };
        // Refreshed every 5 minutes: data older than 10 minutes is stale.
        let lines = stale_sources(&snapshot, &FeedsConfig::default(), now, Language::Sv);
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!(lines[0].contains("old.example"), "{lines:?}");
        assert!(lines[0].contains("11:49"), "{lines:?}");
        assert!(lines[1].contains("down.example"), "{lines:?}");
    }
}

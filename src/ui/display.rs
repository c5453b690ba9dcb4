//! `medborgarkiosk --mode display`: the lobby wall screen (issue 7). No
//! touch; slides rotate (now serving with counters, news, upcoming events,
//! today's opening hours, the clock), each in large type readable from
//! five metres, and each slide in the next of the offered languages. An
//! active crisis message replaces the rotation until it is cancelled or
//! expires.
//!
//! [`Rotation`] is the state machine (plain, tested below); [`WallDisplay`]
//! is the iced program around it. New calls in the now-serving list
//! (`speech::calls::CallTracker`) are said aloud by a
//! `speech::calls::CallAnnouncer` and highlighted for [`CALL_HIGHLIGHT`] on
//! the now-serving slide, which the rotation then holds.

use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{DateTime, NaiveDateTime, Utc};
use iced::widget::{Column, Space, container};
use iced::{Border, Element, Length, Size, Subscription, Task, Theme, time, window};

use crate::backend::Backend;
use crate::clock::Clock;
use crate::config::{Config, Slide};
use crate::contract::{NowServing, NowServingEntry};
use crate::feeds::{ActiveMessage, FeedsConfig, FeedsLink, FeedsSnapshot, NewsItem, SourceRole};
use crate::hours::OpeningHours;
use crate::i18n::Language;
use crate::session::{Session, TextSize};
use crate::speech::calls::{Call, CallAnnouncer, CallTracker};
use crate::t;
use crate::ui::crisis;
use crate::ui::screen::news;
use crate::ui::theme;
use crate::ui::widget::{Ctx, Place};

/// Type sizes of the wall display (logical pixels at 1920×1080): body text
/// about 3 cm high on a 55" screen, readable from 5 m.
pub const BODY: f32 = 52.0;
pub const HEADING: f32 = 64.0;
pub const TITLE: f32 = 96.0;
pub const HUGE: f32 = 180.0;

/// How often the now-serving list is fetched.
pub const SERVING_REFRESH: Duration = Duration::from_secs(5);

/// How long a new call is highlighted (and the now-serving slide held).
pub const CALL_HIGHLIGHT: Duration = Duration::from_secs(10);

/// The widget id of the highlighted call's row (tests find it by this).
pub const HIGHLIGHT_ID: &str = "call-highlight";

/// The highlighted number's size; larger still when the call was not
/// said in the visitor's language (no voice for it).
pub const HIGHLIGHT: f32 = HUGE * 1.25;
pub const HIGHLIGHT_NO_VOICE: f32 = HUGE * 1.5;

/// What the wall shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Showing {
    Slide(Slide, Language),
    /// The crisis messages, in this language, instead of the rotation.
    Crisis(Language),
}

/// The slide rotation: which slide in which language, and when the next.
#[derive(Debug, Clone)]
pub struct Rotation {
    slides: Vec<Slide>,
    languages: Vec<Language>,
    slide_time: Duration,
    slide: usize,
    language: usize,
    since: Instant,
    /// Changes so far (the crisis shows one message per turn).
    turns: usize,
    /// A call holds its slide until then.
    hold_until: Option<Instant>,
}

impl Rotation {
    /// Starts with the first slide in the first language.
    pub fn new(
        slides: Vec<Slide>,
        languages: Vec<Language>,
        slide_time: Duration,
        now: Instant,
    ) -> Self {
        Rotation {
            slides: if slides.is_empty() {
                vec![Slide::Clock]
            } else {
                slides
            },
            languages: if languages.is_empty() {
                vec![Language::Sv]
            } else {
                languages
            },
            slide_time,
            slide: 0,
            language: 0,
            since: now,
            turns: 0,
            hold_until: None,
        }
    }

    pub fn slide(&self) -> Slide {
        self.slides[self.slide]
    }

    pub fn language(&self) -> Language {
        self.languages[self.language]
    }

    /// How many times the rotation has moved on.
    pub fn turns(&self) -> usize {
        self.turns
    }

    /// Moves on when the slide's time is up: the next slide that has
    /// something to show (`has_content`), and the next language. True when
    /// something changed.
    pub fn tick(&mut self, now: Instant, has_content: impl Fn(Slide) -> bool) -> bool {
        let time_left = match self.hold_until {
            Some(until) => now < until,
            None => now.duration_since(self.since) < self.slide_time,
        };
        // Still, a slide that has lost its content goes at once.
        if time_left && has_content(self.slide()) {
            return false;
        }
        self.hold_until = None;
        self.since = now;
        self.turns = self.turns.wrapping_add(1);
        self.language = (self.language + 1) % self.languages.len();
        let count = self.slides.len();
        for step in 1..=count {
            let next = (self.slide + step) % count;
            if has_content(self.slides[next]) {
                self.slide = next;
                return true;
            }
        }
        // Nothing has content: stay (the clock always has).
        true
    }

    /// Shows `slide` (if in the rotation) in `language` (if offered) now
    /// (screenshots).
    pub fn force(&mut self, slide: Slide, language: Language, now: Instant) {
        if let Some(i) = self.slides.iter().position(|&s| s == slide) {
            self.slide = i;
        }
        if let Some(i) = self.languages.iter().position(|&l| l == language) {
            self.language = i;
        }
        self.since = now;
        self.hold_until = None;
    }

    /// Shows `slide` now, in the current language, and holds it for `time`
    /// (a new call on the now-serving slide); a hold already running is
    /// lengthened, never shortened. Then the rotation goes on from it.
    /// False, and nothing changes, when `slide` is not in the rotation.
    pub fn hold(&mut self, slide: Slide, now: Instant, time: Duration) -> bool {
        let Some(i) = self.slides.iter().position(|&s| s == slide) else {
            return false;
        };
        self.slide = i;
        self.since = now;
        let until = now + time;
        self.hold_until = Some(self.hold_until.map_or(until, |held| held.max(until)));
        true
    }

    /// Until when the slide is held, if it is.
    pub fn held_until(&self) -> Option<Instant> {
        self.hold_until
    }

    /// The crisis replaces the rotation; the language keeps rotating.
    pub fn showing(&self, crisis: bool) -> Showing {
        if crisis {
            Showing::Crisis(self.language())
        } else {
            Showing::Slide(self.slide(), self.language())
        }
    }
}

#[derive(Debug, Clone)]
pub enum Message {
    /// Once a second: the clock, the rotation and the now-serving poll.
    Tick,
    Feeds(Arc<FeedsSnapshot>),
    /// The now-serving list, or None when the API failed (the last good
    /// one stays).
    Serving(Option<NowServing>),
    Resized(Size),
}

/// The newest call, highlighted on the now-serving slide until `until`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Highlight {
    pub call: Call,
    pub until: Instant,
    /// Not said in the visitor's language (no voice for it): the number is
    /// shown larger still.
    pub no_voice: bool,
}

/// The wall display program.
pub struct WallDisplay {
    config: Arc<Config>,
    backend: Option<Arc<Backend>>,
    /// The feeds service, apart from the backend (a crisis shows even
    /// without the central API).
    feeds_link: Option<Arc<FeedsLink>>,
    rotation: Rotation,
    feeds: Arc<FeedsSnapshot>,
    feeds_config: FeedsConfig,
    serving: Option<NowServing>,
    last_poll: Option<Instant>,
    /// Which calls of the lists are new.
    calls: CallTracker,
    /// Says new calls aloud (None: not configured, or no speech).
    announcer: Option<Arc<CallAnnouncer>>,
    highlight: Option<Highlight>,
    /// The process's one clock: the clock slide, the rotation, the polls.
    clock: Clock,
    viewport: Size,
}

impl WallDisplay {
    /// A display that keeps time by `clock` (the system clock in
    /// production; tests and screenshots pin it).
    pub fn new(config: Arc<Config>, backend: Option<Arc<Backend>>, clock: Clock) -> Self {
        let now = clock.instant();
        WallDisplay {
            rotation: Rotation::new(
                config.wall_display.slides.clone(),
                config.languages.clone(),
                Duration::from_secs(config.wall_display.slide_seconds.into()),
                now,
            ),
            feeds_config: config.feeds.clone().unwrap_or_default(),
            config,
            backend,
            feeds_link: None,
            feeds: Arc::default(),
            serving: None,
            last_poll: None,
            calls: CallTracker::new(),
            announcer: None,
            highlight: None,
            clock,
            viewport: crate::ui::widget::LANDSCAPE,
        }
    }

    /// Connects the display to the feeds service.
    pub fn with_feeds(mut self, feeds: Option<Arc<FeedsLink>>) -> Self {
        self.feeds_link = feeds;
        self
    }

    /// Connects the display to the call announcer (`ui::display::run`
    /// makes it from `[wall_display.calls]`; tests give one over a
    /// recording engine).
    pub fn with_announcer(mut self, announcer: Option<Arc<CallAnnouncer>>) -> Self {
        self.announcer = announcer;
        self
    }

    /// Whether new calls are said aloud.
    pub fn has_announcer(&self) -> bool {
        self.announcer.is_some()
    }

    /// Waits, at most `max`, until every call queued so far has been said
    /// (tests); true at once without an announcer.
    pub fn wait_for_calls(&self, max: Duration) -> bool {
        self.announcer
            .as_ref()
            .is_none_or(|announcer| announcer.wait_idle(max))
    }

    /// The highlighted call, while its time lasts.
    pub fn highlight(&self) -> Option<&Highlight> {
        let now = self.clock.instant();
        self.highlight.as_ref().filter(|h| now < h.until)
    }

    pub fn set_viewport(&mut self, size: Size) {
        self.viewport = size;
    }

    /// The clock the display keeps time by.
    pub fn clock(&self) -> &Clock {
        &self.clock
    }

    /// The wall-clock time in Stockholm now.
    fn wall(&self) -> NaiveDateTime {
        self.clock.stockholm()
    }

    pub fn rotation(&self) -> &Rotation {
        &self.rotation
    }

    pub fn rotation_mut(&mut self) -> &mut Rotation {
        &mut self.rotation
    }

    fn now_utc(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    fn active_crisis(&self, language: Language) -> Vec<ActiveMessage> {
        crisis::active(&self.feeds, &self.feeds_config, language, self.now_utc())
    }

    /// What the wall shows now.
    pub fn showing(&self) -> Showing {
        let crisis = !self.active_crisis(self.rotation.language()).is_empty();
        self.rotation.showing(crisis)
    }

    fn news(&self, language: Language) -> Vec<&NewsItem> {
        self.feeds.news_for(language).0
    }

    fn events(&self, language: Language) -> Vec<NewsItem> {
        let events = self.feeds.upcoming_events(self.now_utc());
        news::for_language(&events, language)
            .0
            .into_iter()
            .cloned()
            .collect()
    }

    fn has_content(&self, slide: Slide) -> bool {
        match slide {
            Slide::NowServing => self.backend.is_some() || self.serving.is_some(),
            Slide::News => !self.feeds.news.is_empty(),
            Slide::Events => !self.feeds.upcoming_events(self.now_utc()).is_empty(),
            Slide::Hours | Slide::Clock => true,
        }
    }

    /// Handles a message at the clock's "now".
    pub fn update(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Tick => return self.tick(),
            Message::Feeds(snapshot) => self.feeds = snapshot,
            Message::Serving(Some(serving)) => self.serving_arrived(serving),
            Message::Serving(None) => {}
            Message::Resized(size) => self.viewport = size,
        }
        Task::none()
    }

    /// A fetched list: its new calls are said (oldest first) and the
    /// newest is highlighted on the now-serving slide, which is shown.
    fn serving_arrived(&mut self, serving: NowServing) {
        let calls = self.calls.observe(&serving.entries);
        self.serving = Some(serving);
        let Some(newest) = calls.last() else {
            return;
        };
        let now = self.clock.instant();
        let no_voice = newest.language.is_some_and(|language| {
            !self
                .announcer
                .as_ref()
                .is_some_and(|announcer| announcer.says_in(language))
        });
        self.highlight = Some(Highlight {
            call: newest.clone(),
            until: now + CALL_HIGHLIGHT,
            no_voice,
        });
        self.rotation.hold(Slide::NowServing, now, CALL_HIGHLIGHT);
        if let Some(announcer) = &self.announcer {
            for call in calls {
                announcer.announce(call);
            }
        }
    }

    /// Advances the rotation to the clock's "now" and starts a now-serving
    /// fetch when due.
    pub fn tick(&mut self) -> Task<Message> {
        let now = self.clock.instant();
        let has = |slide: Slide| self.has_content(slide);
        let mut rotation = self.rotation.clone();
        rotation.tick(now, has);
        self.rotation = rotation;
        if self.highlight.as_ref().is_some_and(|h| now >= h.until) {
            self.highlight = None;
        }
        let due = self
            .last_poll
            .is_none_or(|at| now.duration_since(at) >= SERVING_REFRESH);
        match &self.backend {
            Some(backend) if due => {
                self.last_poll = Some(now);
                let backend = backend.clone();
                Task::perform(
                    async move { backend.client.now_serving(&backend.office).await },
                    |result| match result {
                        Ok(serving) => Message::Serving(Some(serving)),
                        Err(e) => {
                            tracing::warn!(error_class = ?e.class(), "now serving not available");
                            Message::Serving(None)
                        }
                    },
                )
            }
            _ => Task::none(),
        }
    }

    pub fn theme(&self) -> Theme {
        theme::Palette::get(self.config.display.high_contrast).iced_theme()
    }

    pub fn subscription(&self) -> Subscription<Message> {
        let tick = time::every(Duration::from_secs(1)).map(|_| Message::Tick);
        let resize = window::resize_events().map(|(_, size)| Message::Resized(size));
        let feeds = crisis::subscription(self.feeds_link.as_deref()).map(Message::Feeds);
        Subscription::batch([tick, resize, feeds])
    }

    fn ctx(&self, language: Language) -> Ctx {
        let mut session = Session::new(language, self.config.display.high_contrast);
        session.text_size = TextSize::Largest;
        Ctx::new(&session, self.viewport, false)
    }

    pub fn view(&self) -> Element<'_, Message> {
        match self.showing() {
            Showing::Crisis(language) => {
                let ctx = self.ctx(language);
                // One message at a time (there is no scrolling on a wall),
                // the next one each turn.
                let mut active = self.active_crisis(language);
                let one = if active.is_empty() {
                    active
                } else {
                    let index = self.rotation.turns() % active.len();
                    vec![active.swap_remove(index)]
                };
                crisis::full_with(&ctx, &one, None, None)
            }
            Showing::Slide(slide, language) => {
                let ctx = self.ctx(language);
                let body = match slide {
                    Slide::NowServing => self.serving_slide(&ctx),
                    Slide::News => self.news_slide(&ctx),
                    Slide::Events => self.events_slide(&ctx),
                    Slide::Hours => self.hours_slide(&ctx),
                    Slide::Clock => self.clock_slide(&ctx),
                };
                let palette = ctx.palette;
                let page = Column::new().spacing(48).push(self.header(&ctx)).push(body);
                container(page)
                    .padding([48, 80])
                    .width(Length::Fill)
                    .height(Length::Fill)
                    .style(move |_| container::Style {
                        background: Some(iced::Background::Color(palette.background)),
                        text_color: Some(palette.text),
                        ..container::Style::default()
                    })
                    .into()
            }
        }
    }

    /// The office's name and the time, on every slide.
    fn header(&self, ctx: &Ctx) -> Element<'_, Message> {
        let name = ctx.styled(
            self.config.office.name.clone(),
            HEADING,
            ctx.bold(),
            ctx.palette.muted,
            Place::Start,
        );
        let time = container(ctx.inline(
            self.wall().format("%H:%M").to_string(),
            HEADING,
            ctx.palette.muted,
        ))
        .width(Length::Shrink)
        .into();
        ctx.row(vec![name, time]).width(Length::Fill).into()
    }

    fn big<'a>(ctx: &Ctx, content: String, size: f32, bold: bool) -> Element<'a, Message> {
        ctx.styled(
            content,
            size,
            if bold { ctx.bold() } else { ctx.font() },
            ctx.palette.text,
            Place::Start,
        )
    }

    fn serving_slide(&self, ctx: &Ctx) -> Element<'_, Message> {
        let language = ctx.language;
        let mut column = Column::new().spacing(24).push(Self::big(
            ctx,
            t!(language, "display-now-serving"),
            TITLE,
            true,
        ));
        let entries = self
            .serving
            .as_ref()
            .map(|s| s.entries.as_slice())
            .unwrap_or_default();
        if entries.is_empty() {
            return column
                .push(Self::big(
                    ctx,
                    t!(language, "display-no-one"),
                    HEADING,
                    false,
                ))
                .into();
        }
        column = column.push(ctx.row(vec![
            ctx.styled(
                t!(language, "display-ticket"),
                BODY,
                ctx.font(),
                ctx.palette.muted,
                Place::Start,
            ),
            ctx.styled(
                t!(language, "display-counter"),
                BODY,
                ctx.font(),
                ctx.palette.muted,
                Place::Start,
            ),
        ]));
        let highlight = self.highlight();
        // A highlighted call's larger row leaves room for two more.
        let rows = if highlight.is_some() { 3 } else { 4 };
        for (i, entry) in entries.iter().take(rows).enumerate() {
            let lit = highlight.filter(|h| h.call.is(entry));
            column = column.push(Self::serving_row(ctx, entry, i == 0, lit));
        }
        column.into()
    }

    /// One called ticket: number and counter; the latest call largest, a
    /// highlighted one larger still, on the selection colour with a border.
    fn serving_row<'a>(
        ctx: &Ctx,
        entry: &NowServingEntry,
        latest: bool,
        highlight: Option<&Highlight>,
    ) -> Element<'a, Message> {
        let palette = ctx.palette;
        let (number_size, counter_size, color) = match highlight {
            Some(h) if h.no_voice => (HIGHLIGHT_NO_VOICE, HUGE, palette.on_selected),
            Some(_) => (HIGHLIGHT, HUGE, palette.on_selected),
            None if latest => (HUGE, HUGE, palette.text),
            None => (TITLE * 0.8, TITLE * 0.8, palette.text),
        };
        let row = ctx.row(vec![
            container(ctx.inline(entry.ticket_number.clone(), number_size, color))
                .width(Length::Fill)
                .align_x(ctx.start())
                .into(),
            container(ctx.inline(
                counter_name(&entry.counter, ctx.language),
                counter_size,
                color,
            ))
            .width(Length::Fill)
            .align_x(ctx.start())
            .into(),
        ]);
        if highlight.is_none() {
            return row.into();
        }
        container(row)
            .id(HIGHLIGHT_ID)
            .width(Length::Fill)
            .padding([8, 32])
            .style(move |_| container::Style {
                background: Some(iced::Background::Color(palette.selected)),
                text_color: Some(palette.on_selected),
                border: Border {
                    color: palette.border,
                    width: 6.0,
                    radius: 16.0.into(),
                },
                ..container::Style::default()
            })
            .into()
    }

    fn item_lines<'a>(
        ctx: &Ctx,
        heading: String,
        items: &[&NewsItem],
        event: bool,
        stale: Vec<String>,
    ) -> Element<'a, Message> {
        let language = ctx.language;
        let mut column = Column::new()
            .spacing(32)
            .push(Self::big(ctx, heading, TITLE, true));
        // Old data says how old it is (as on the news screen).
        for line in stale {
            column = column.push(ctx.styled(
                line,
                BODY * 0.75,
                ctx.font(),
                ctx.palette.muted,
                Place::Start,
            ));
        }
        if items.iter().any(|i| i.language() != Some(language)) && language != Language::Sv {
            column = column.push(ctx.styled(
                t!(language, "news-in-swedish"),
                BODY,
                ctx.font(),
                ctx.palette.muted,
                Place::Start,
            ));
        }
        for item in items.iter().take(4) {
            let at = if event {
                item.event_time()
            } else {
                item.sort_time()
            };
            let own = ctx.in_language(item.language().unwrap_or(Language::Sv));
            let mut entry = Column::new().spacing(4);
            if let Some(at) = at {
                entry = entry.push(ctx.styled(
                    news::when(at, language),
                    BODY,
                    ctx.font(),
                    ctx.palette.muted,
                    Place::Start,
                ));
            }
            entry = entry.push(Self::big(&own, item.title.clone(), HEADING, true));
            column = column.push(entry);
        }
        column.into()
    }

    /// "The data from X was fetched at …" for each stale source of `role`.
    fn stale(&self, language: Language, role: SourceRole) -> Vec<String> {
        news::stale_sources_of(
            &self.feeds,
            &self.feeds_config,
            self.now_utc(),
            language,
            &[role],
        )
    }

    fn news_slide(&self, ctx: &Ctx) -> Element<'_, Message> {
        let items = self.news(ctx.language);
        let stale = self.stale(ctx.language, SourceRole::News);
        Self::item_lines(ctx, t!(ctx.language, "news-heading"), &items, false, stale)
    }

    fn events_slide(&self, ctx: &Ctx) -> Element<'_, Message> {
        let events = self.events(ctx.language);
        let items: Vec<&NewsItem> = events.iter().collect();
        let stale = self.stale(ctx.language, SourceRole::Events);
        Self::item_lines(ctx, t!(ctx.language, "events-heading"), &items, true, stale)
    }

    fn hours_slide(&self, ctx: &Ctx) -> Element<'_, Message> {
        let language = ctx.language;
        let today = self.clock.today();
        let hours =
            crate::ui::screen::hours::hours_text(self.config.opening_hours.on(today), language);
        let mut column = Column::new()
            .spacing(32)
            .push(Self::big(
                ctx,
                t!(language, "display-hours-today"),
                TITLE,
                true,
            ))
            .push(Self::big(
                ctx,
                crate::speech::spoken::date(language, today),
                HEADING,
                false,
            ))
            .push(Self::big(ctx, hours, HUGE, true));
        if let Some(line) = next_opening_line(&self.config.opening_hours, self.wall(), language) {
            column = column.push(Self::big(ctx, line, HEADING, true));
        }
        column.into()
    }

    fn clock_slide(&self, ctx: &Ctx) -> Element<'_, Message> {
        let language = ctx.language;
        Column::new()
            .spacing(32)
            .push(Space::new().height(80))
            .push(ctx.styled(
                self.wall().format("%H:%M").to_string(),
                HUGE * 1.5,
                ctx.bold(),
                ctx.palette.text,
                Place::Center,
            ))
            .push(ctx.styled(
                crate::speech::spoken::date(language, self.clock.today()),
                TITLE,
                ctx.font(),
                ctx.palette.text,
                Place::Center,
            ))
            .into()
    }
}

/// A counter as the visitor reads it: "Lucka 3", "الشباك 3".
pub fn counter_name(counter: &str, language: Language) -> String {
    t!(
        language,
        "display-counter-name",
        counter = counter.trim().to_owned()
    )
}

/// When the office is closed for the rest of the day: "Closed now. Opens
/// Tuesday 24 November at 08:00." ("Opens …" on a day closed all day,
/// which the slide already says); None while it opens again today, or
/// when no opening is known in the next two weeks.
pub fn next_opening_line(
    hours: &OpeningHours,
    now: NaiveDateTime,
    language: Language,
) -> Option<String> {
    if !hours.closed_for_the_day(now) {
        return None;
    }
    let opens = hours.next_opening(now)?;
    let day = crate::speech::spoken::date(language, opens.date());
    let time = opens.format("%H:%M").to_string();
    // Closed all day: the slide already says so in large type.
    Some(if *hours.on(now.date()) == crate::hours::DayHours::Closed {
        t!(language, "display-opens", day = day, time = time)
    } else {
        t!(language, "display-closed-opens", day = day, time = time)
    })
}

/// Runs the wall display until the window closes. Full screen unless
/// `windowed`; no touch input is acted on.
pub fn run<F>(config: Config, backend: F, clock: Clock, windowed: bool) -> iced::Result
where
    F: FnOnce() -> Option<Backend> + 'static,
{
    // Not a thread before the window system is up (`ui::startup` says
    // why): the backend, the feeds and the announcer start in the boot.
    let config = Arc::new(config);
    // Once, however often iced boots.
    let beside = std::sync::LazyLock::new({
        let (config, clock) = (config.clone(), clock.clone());
        move || {
            // The now-serving list comes from the central API: before the
            // first slide.
            let backend = backend().map(Arc::new);
            // Feeds run apart from the backend: a crisis shows without
            // the API.
            let feeds = FeedsLink::for_config(&config, clock.clone()).map(Arc::new);
            // Calls are said on a worker thread of their own (espeak-ng is
            // probed there, not before the first frame).
            let announcer = CallAnnouncer::for_config(
                &config.wall_display.calls,
                &config.speech,
                crate::speech::calls::espeak(&config.speech),
            )
            .map(Arc::new);
            (backend, feeds, announcer)
        }
    });
    let boot = move || {
        crate::logging::start_writer_thread();
        let (backend, feeds, announcer) = &*beside;
        WallDisplay::new(config.clone(), backend.clone(), clock.clone())
            .with_feeds(feeds.clone())
            .with_announcer(announcer.clone())
    };
    let window = iced::window::Settings {
        size: if windowed {
            iced::Size::new(1280.0, 720.0)
        } else {
            crate::ui::widget::LANDSCAPE
        },
        fullscreen: !windowed,
        decorations: windowed,
        exit_on_close_request: windowed,
        ..iced::window::Settings::default()
    };
    let application = iced::application(boot, WallDisplay::update, WallDisplay::view)
        .title("Medborgarkiosk")
        .subscription(WallDisplay::subscription)
        .theme(WallDisplay::theme)
        .default_font(crate::ui::fonts::DEFAULT)
        .window(window);
    crate::ui::fonts::install();
    application.run()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rotation(t0: Instant) -> Rotation {
        Rotation::new(
            vec![Slide::NowServing, Slide::News, Slide::Clock],
            vec![Language::Sv, Language::En, Language::Ar],
            Duration::from_secs(10),
            t0,
        )
    }

    #[test]
    fn slides_rotate_on_time_with_the_next_language() {
        let t0 = Instant::now();
        let mut r = rotation(t0);
        let all = |_: Slide| true;
        assert_eq!(
            r.showing(false),
            Showing::Slide(Slide::NowServing, Language::Sv)
        );
        assert!(!r.tick(t0 + Duration::from_secs(9), all));
        assert_eq!(r.slide(), Slide::NowServing);
        assert!(r.tick(t0 + Duration::from_secs(10), all));
        assert_eq!(r.showing(false), Showing::Slide(Slide::News, Language::En));
        assert!(r.tick(t0 + Duration::from_secs(20), all));
        assert_eq!(r.showing(false), Showing::Slide(Slide::Clock, Language::Ar));
        assert!(r.tick(t0 + Duration::from_secs(30), all));
        assert_eq!(
            r.showing(false),
            Showing::Slide(Slide::NowServing, Language::Sv)
        );
    }

    #[test]
    fn a_call_holds_the_now_serving_slide_then_the_rotation_goes_on() {
        let t0 = Instant::now();
        let mut r = rotation(t0);
        let all = |_: Slide| true;
        assert!(r.tick(t0 + Duration::from_secs(10), all));
        assert_eq!(r.showing(false), Showing::Slide(Slide::News, Language::En));
        // A call at 12 s: now serving at once, the language stays.
        let call = t0 + Duration::from_secs(12);
        assert!(r.hold(Slide::NowServing, call, Duration::from_secs(15)));
        assert_eq!(
            r.showing(false),
            Showing::Slide(Slide::NowServing, Language::En)
        );
        // Held past its slide time (10 s), until 27 s.
        assert!(!r.tick(t0 + Duration::from_secs(26), all));
        assert_eq!(r.slide(), Slide::NowServing);
        // Another call at 20 s for 5 s does not shorten the hold.
        assert!(r.hold(
            Slide::NowServing,
            t0 + Duration::from_secs(20),
            Duration::from_secs(5)
        ));
        assert_eq!(r.held_until(), Some(call + Duration::from_secs(15)));
        assert!(r.tick(t0 + Duration::from_secs(27), all));
        assert_eq!(r.showing(false), Showing::Slide(Slide::News, Language::Ar));
        assert_eq!(r.held_until(), None);
        // Back to the slide time.
        assert!(!r.tick(t0 + Duration::from_secs(36), all));
        assert!(r.tick(t0 + Duration::from_secs(37), all));
        // A slide not in the rotation is not held.
        assert!(!r.hold(Slide::Hours, t0, Duration::from_secs(10)));
        assert_eq!(r.held_until(), None);
    }

    #[test]
    fn empty_slides_are_skipped_and_a_crisis_replaces_the_rotation() {
        let t0 = Instant::now();
        let mut r = rotation(t0);
        let no_news = |s: Slide| s != Slide::News;
        assert!(r.tick(t0 + Duration::from_secs(10), no_news));
        assert_eq!(r.slide(), Slide::Clock);
        assert_eq!(r.showing(true), Showing::Crisis(Language::En));
        // A slide that loses its content goes before its time is up.
        let only_clock = |s: Slide| s == Slide::Clock;
        let mut r = rotation(t0);
        assert!(r.tick(t0 + Duration::from_secs(1), only_clock));
        assert_eq!(r.slide(), Slide::Clock);
    }
}

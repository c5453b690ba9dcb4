//! The root of the kiosk UI: owns the visitor's [`Session`], the current
//! [`Screen`] and the idle timer; turns screen events into state changes
//! and tasks.

use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use iced::widget::{Column, Space, center, container, opaque, stack, text};
use iced::{Element, Length, Size, Subscription, Task, Theme, event, mouse, time, touch, window};

use crate::clock;
use crate::config::Config;
use crate::describe::ScreenText;
use crate::i18n::Language;
use crate::idle::{IdleState, IdleTimer};
use crate::session::{Session, TextSize};
use crate::synpunkt::Draft;
use crate::t;
use crate::ui::fonts;
use crate::ui::screen::{self, Screen, home, hours, start, synpunkt};
use crate::ui::theme::{self, ButtonKind, TOUCH_GAP};
use crate::ui::widget::{Ctx, touch};

/// The landscape size the kiosk is designed for.
pub const LANDSCAPE: Size = Size::new(1920.0, 1080.0);
pub const PORTRAIT: Size = Size::new(1080.0, 1920.0);

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    Start(start::Message),
    Home(home::Message),
    Synpunkt(synpunkt::Message),
    Bar(Bar),
    /// A language chosen in the bar's language picker.
    PickLanguage(Language),
    ClosePicker,
    /// "Yes, I am here" on the idle overlay.
    StillHere,
    /// Any touch or click anywhere.
    Activity,
    /// Once a second during a visitor session (idle countdown).
    Tick,
    /// Once a minute on Start (the clock).
    ClockTick,
    Resized(Size),
}

/// The buttons of the bar on every visitor screen.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Bar {
    Back,
    Language,
    TextSize(TextSize),
    Contrast,
    StartOver,
}

pub struct Kiosk {
    config: Arc<Config>,
    session: Session,
    screen: Screen,
    idle: IdleTimer,
    idle_state: IdleState,
    picker_open: bool,
    now: NaiveDateTime,
    viewport: Size,
    /// When a synpunkt sent at a moment is answered (two Swedish working
    /// days). LEAD: set to `crate::calendar::answer_by` once it is merged.
    answer_by: fn(DateTime<Utc>) -> NaiveDate,
}

impl Kiosk {
    pub fn new(config: Arc<Config>) -> Self {
        Kiosk::at(config, Instant::now(), clock::stockholm_now())
    }

    /// A kiosk whose clocks start at the given moments (tests, screenshots).
    pub fn at(config: Arc<Config>, now: Instant, wall_clock: NaiveDateTime) -> Self {
        let mut idle = IdleTimer::new(
            Duration::from_secs(config.idle.quiet_seconds.into()),
            Duration::from_secs(config.idle.countdown_seconds.into()),
            now,
        );
        // Nothing to protect on Start.
        idle.set_held(true, now);
        Kiosk {
            session: Session::new(config.default_language(), config.display.high_contrast),
            config,
            screen: Screen::Start,
            idle,
            idle_state: IdleState::Active,
            picker_open: false,
            now: wall_clock,
            viewport: LANDSCAPE,
            answer_by: provisional_answer_by,
        }
    }

    pub fn session(&self) -> &Session {
        &self.session
    }

    pub fn screen(&self) -> &Screen {
        &self.screen
    }

    pub fn idle_state(&self) -> IdleState {
        self.idle_state
    }

    pub fn is_picker_open(&self) -> bool {
        self.picker_open
    }

    /// Sets the function that names the answer-by date of a synpunkt.
    pub fn set_answer_by(&mut self, answer_by: fn(DateTime<Utc>) -> NaiveDate) {
        self.answer_by = answer_by;
    }

    /// The moment "now" as a UTC instant, from the kiosk's wall clock.
    fn now_utc(&self) -> DateTime<Utc> {
        use chrono::TimeZone;
        chrono_tz::Europe::Stockholm
            .from_local_datetime(&self.now)
            .earliest()
            .map_or_else(Utc::now, |t| t.with_timezone(&Utc))
    }

    /// The service areas and "not a synpunkt" routes in `language`.
    /// LEAD: replace with the data from the content files (`crate::content`).
    fn synpunkt_content(&self, language: Language) -> synpunkt::Content {
        synpunkt::builtin_content(language)
    }

    /// The visitor pressed send on a synpunkt.
    ///
    /// LEAD: replace this body with the durable outbox: commit `draft`,
    /// then answer with the reference the outbox gives (and `queued: true`
    /// while the central API is unreachable). For now the flow ends with a
    /// local receipt and NOTHING IS STORED OR DELIVERED.
    fn submit_synpunkt(&mut self, draft: Draft) -> synpunkt::Receipt {
        let submitted_at = self.now_utc();
        tracing::warn!(
            kind = draft.kind.id(),
            area = %draft.area,
            anonymous = draft.is_anonymous(),
            "synpunkt not delivered: the outbox is not wired yet"
        );
        let reference = uuid::Uuid::new_v4().simple().to_string()[..8].to_uppercase();
        synpunkt::Receipt {
            reference: format!("L-{reference}"),
            kind: draft.kind,
            answer_by: (!draft.is_anonymous()).then(|| (self.answer_by)(submitted_at)),
            queued: true,
        }
    }

    pub fn set_viewport(&mut self, size: Size) {
        self.viewport = size;
    }

    /// Goes to a screen directly (screenshots).
    pub fn show(&mut self, screen: Screen, now: Instant) {
        self.screen = screen;
        self.idle.set_held(self.screen == Screen::Start, now);
        self.refresh_answer_by();
    }

    pub fn open_picker(&mut self) {
        self.picker_open = true;
    }

    pub fn theme(&self) -> Theme {
        theme::Palette::get(self.session.high_contrast).iced_theme()
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        self.update_at(message, Instant::now())
    }

    /// `update` with the clock passed in, so tests control time.
    pub fn update_at(&mut self, message: Message, now: Instant) -> Task<Message> {
        match message {
            Message::Start(message) => match start::update(message) {
                Some(start::Event::Begin(language)) => {
                    self.session.language = language;
                    self.show(Screen::Home, now);
                    tracing::info!(language = %language, "session started");
                }
                None => {}
            },
            Message::Home(message) => match home::update(message) {
                Some(home::Event::Open(flow)) => {
                    self.show(Screen::of_flow(flow, self.session.language), now);
                }
                None => {}
            },
            Message::Synpunkt(message) => {
                let event = match &mut self.screen {
                    Screen::Synpunkt(state) => state.update(message),
                    _ => None,
                };
                match event {
                    Some(synpunkt::Event::Submit(draft)) => {
                        let receipt = self.submit_synpunkt(draft);
                        if let Screen::Synpunkt(state) = &mut self.screen {
                            state.show_receipt(receipt);
                        }
                    }
                    Some(synpunkt::Event::Done) => self.show(Screen::Home, now),
                    None => self.refresh_answer_by(),
                }
            }
            Message::Bar(bar) => match bar {
                Bar::Back => {
                    if let Screen::Synpunkt(state) = &mut self.screen
                        && state.back()
                    {
                        return Task::none();
                    }
                    if let Some(parent) = self.screen.parent() {
                        self.show(parent, now);
                    }
                }
                Bar::Language => self.picker_open = true,
                Bar::TextSize(size) => self.session.text_size = size,
                Bar::Contrast => self.session.high_contrast = !self.session.high_contrast,
                Bar::StartOver => self.reset(now),
            },
            Message::PickLanguage(language) => {
                self.session.language = language;
                self.picker_open = false;
                if let Screen::Synpunkt(state) = &mut self.screen {
                    state.set_language(language);
                }
            }
            Message::ClosePicker => self.picker_open = false,
            Message::StillHere | Message::Activity => {
                self.idle.touch(now);
                self.idle_state = self.idle.state(now);
            }
            Message::Tick => self.tick_at(now),
            Message::ClockTick => self.now = clock::stockholm_now(),
            Message::Resized(size) => self.viewport = size,
        }
        Task::none()
    }

    /// Tells the synpunkt screen the date an answer would come by if sent now.
    fn refresh_answer_by(&mut self) {
        let date = (self.answer_by)(self.now_utc());
        if let Screen::Synpunkt(state) = &mut self.screen {
            state.set_answer_by(date);
        }
    }

    /// Advances the idle timer; resets the session when it has expired.
    pub fn tick_at(&mut self, now: Instant) {
        self.now = clock::stockholm_now();
        self.refresh_answer_by();
        self.idle_state = self.idle.state(now);
        if self.idle_state == IdleState::Expired {
            tracing::info!(screen = self.screen.name(), "idle reset");
            self.reset(now);
        }
    }

    /// Back to Start in the default language; everything the visitor chose
    /// or entered is dropped.
    fn reset(&mut self, now: Instant) {
        self.session = Session::new(
            self.config.default_language(),
            self.config.display.high_contrast,
        );
        self.picker_open = false;
        self.show(Screen::Start, now);
        self.idle.touch(now);
        self.idle_state = IdleState::Active;
    }

    pub fn subscription(&self) -> Subscription<Message> {
        let activity = event::listen_with(|event, _status, _window| match event {
            iced::Event::Mouse(mouse::Event::ButtonPressed(_))
            | iced::Event::Touch(touch::Event::FingerPressed { .. }) => Some(Message::Activity),
            _ => None,
        });
        let resize = window::resize_events().map(|(_, size)| Message::Resized(size));
        // On Start only the clock changes, once a minute; during a session the
        // idle countdown needs a tick a second.
        let clock = if self.screen == Screen::Start {
            Subscription::run(minute_ticks)
        } else {
            time::every(Duration::from_secs(1)).map(|_| Message::Tick)
        };
        Subscription::batch([activity, resize, clock])
    }

    fn ctx(&self) -> Ctx {
        Ctx::new(&self.session, self.viewport, self.config.display.reach_mode)
    }

    pub fn view(&self) -> Element<'_, Message> {
        let ctx = self.ctx();
        let (info, controls): (Element<'_, Message>, Element<'_, Message>) = match &self.screen {
            Screen::Start => {
                let (info, controls) = start::view(&ctx, &self.config, self.now);
                (info.map(Message::Start), controls.map(Message::Start))
            }
            Screen::Home => {
                let (info, controls) = home::view(&ctx);
                (info.map(Message::Home), controls.map(Message::Home))
            }
            Screen::Hours => hours::view(&ctx, &self.config.opening_hours, self.now.date()),
            Screen::Synpunkt(state) => {
                let content = self.synpunkt_content(ctx.language);
                let (info, controls) = synpunkt::view(&ctx, state, &content);
                (info.map(Message::Synpunkt), controls.map(Message::Synpunkt))
            }
        };

        // In reach mode the controls sit in the lower part of the screen.
        let body = if ctx.reach_mode {
            Column::new()
                .spacing(TOUCH_GAP * 2.0)
                .push(info)
                .push(Space::new().height(Length::Fill))
                .push(controls)
        } else {
            Column::new()
                .spacing(TOUCH_GAP * 2.0)
                .push(info)
                .push(controls)
        };
        let body = container(body)
            .padding([32, 48])
            .width(Length::Fill)
            .height(Length::Fill);

        let bar = self.bar(&ctx);
        let page = if ctx.reach_mode {
            Column::new().push(body).push(bar)
        } else {
            Column::new().push(bar).push(body)
        };

        let mut layers = stack![page.width(Length::Fill).height(Length::Fill)];
        if self.picker_open {
            layers = layers.push(self.picker(&ctx));
        }
        if let IdleState::Asking { seconds_left } = self.idle_state {
            layers = layers.push(self.idle_overlay(&ctx, seconds_left));
        }
        layers.into()
    }

    fn bar(&self, ctx: &Ctx) -> Element<'_, Message> {
        let language = ctx.language;
        let palette = ctx.palette;
        let on_start = self.screen == Screen::Start;
        let mut items: Vec<Element<'_, Message>> = Vec::new();

        if let Some(_parent) = self.screen.parent() {
            // A chevron that points backwards in the reading direction.
            let arrow = if ctx.is_rtl() { "›" } else { "‹" };
            let label = format!("{arrow} {}", t!(language, "bar-back"));
            items.push(ctx.button(label, ButtonKind::Secondary, Message::Bar(Bar::Back)));
        }
        if !on_start {
            items.push(ctx.button(
                t!(language, "bar-language"),
                ButtonKind::Secondary,
                Message::Bar(Bar::Language),
            ));
        }

        let sample = t!(language, "text-size-sample");
        let mut sizes: Vec<Element<'_, Message>> = vec![ctx.inline(
            t!(language, "bar-text-size"),
            ctx.sizes.small(),
            palette.surface_text,
        )];
        for (i, size) in TextSize::ALL.into_iter().enumerate() {
            let kind = if self.session.text_size == size {
                ButtonKind::Selected
            } else {
                ButtonKind::Secondary
            };
            sizes.push(touch(
                iced::widget::button(center(ctx.inline(
                    sample.clone(),
                    24.0 + 10.0 * i as f32,
                    match kind {
                        ButtonKind::Selected => palette.on_selected,
                        _ => palette.on_secondary,
                    },
                )))
                .width(76)
                .height(76)
                .on_press(Message::Bar(Bar::TextSize(size)))
                .style(move |_, status| theme::button_style(palette, kind, status)),
            ));
        }
        items.push(
            ctx.row(sizes)
                .align_y(iced::Alignment::Center)
                .width(Length::Shrink)
                .into(),
        );

        let contrast_kind = if self.session.high_contrast {
            ButtonKind::Selected
        } else {
            ButtonKind::Secondary
        };
        items.push(ctx.button(
            t!(language, "bar-contrast"),
            contrast_kind,
            Message::Bar(Bar::Contrast),
        ));
        if !on_start {
            items.push(ctx.button(
                t!(language, "bar-start-over"),
                ButtonKind::Primary,
                Message::Bar(Bar::StartOver),
            ));
        }

        container(
            ctx.row(items)
                .align_y(iced::Alignment::Center)
                .width(Length::Fill),
        )
        .padding([12, 48])
        .width(Length::Fill)
        .style(move |_| theme::bar_style(palette))
        .into()
    }

    fn picker(&self, ctx: &Ctx) -> Element<'_, Message> {
        let palette = ctx.palette;
        let buttons = self
            .config
            .languages
            .iter()
            .map(|&l| {
                let kind = if l == self.session.language {
                    ButtonKind::Selected
                } else {
                    ButtonKind::Primary
                };
                ctx.labelled_button(
                    l,
                    l.native_name(),
                    kind,
                    Message::PickLanguage(l),
                    Length::Fill,
                )
            })
            .collect();
        let per_row = if ctx.is_portrait() { 2 } else { 4 };
        let dialog = Column::new()
            .spacing(24)
            .push(ctx.title(t!(ctx.language, "language-picker-title")))
            .push(ctx.grid(buttons, per_row))
            .push(
                container(ctx.labelled_button(
                    ctx.language,
                    t!(ctx.language, "bar-back"),
                    ButtonKind::Secondary,
                    Message::ClosePicker,
                    Length::Shrink,
                ))
                .width(Length::Fill)
                .align_x(ctx.start()),
            );
        overlay(palette, ctx, dialog.into())
    }

    fn idle_overlay(&self, ctx: &Ctx, seconds_left: u32) -> Element<'_, Message> {
        let language = ctx.language;
        let dialog = Column::new()
            .spacing(24)
            .push(ctx.title(t!(language, "idle-title")))
            .push(
                text(seconds_left.to_string())
                    .size(ctx.sizes.huge() * 1.5)
                    .font(fonts::DEFAULT)
                    .width(Length::Fill)
                    .align_x(iced::alignment::Horizontal::Center),
            )
            .push(ctx.text(t!(language, "idle-countdown", seconds = seconds_left)))
            .push(ctx.button(
                t!(language, "idle-yes"),
                ButtonKind::Primary,
                Message::StillHere,
            ));
        overlay(ctx.palette, ctx, dialog.into())
    }

    /// The current screen as plain text in the visitor's language.
    pub fn describe(&self) -> ScreenText {
        let language = self.session.language;
        if let IdleState::Asking { seconds_left } = self.idle_state {
            return ScreenText::new(t!(language, "idle-title"))
                .body(t!(language, "idle-countdown", seconds = seconds_left))
                .choice(t!(language, "idle-yes"));
        }
        if self.picker_open {
            return ScreenText::new(t!(language, "language-picker-title"))
                .choices(self.config.languages.iter().map(|l| l.native_name()));
        }
        match &self.screen {
            Screen::Start => {
                start::describe(&self.config, self.now, self.config.default_language())
            }
            Screen::Home => home::describe(language),
            Screen::Hours => hours::describe(&self.config.opening_hours, self.now.date(), language),
            Screen::Synpunkt(state) => {
                synpunkt::describe(state, &self.synpunkt_content(language), language)
            }
        }
    }
}

/// PROVISIONAL answer-by date: two weekdays after `submitted_at` in
/// Europe/Stockholm, skipping Saturdays and Sundays only (NOT public
/// holidays or the eves). LEAD: replace with `crate::calendar::answer_by`
/// through [`Kiosk::set_answer_by`] or by changing the default above.
pub fn provisional_answer_by(submitted_at: DateTime<Utc>) -> NaiveDate {
    use chrono::{Datelike, Weekday};
    let mut date = clock::stockholm(submitted_at).date();
    let mut left = 2;
    while left > 0 {
        date = date.succ_opt().unwrap_or(date);
        if !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) {
            left -= 1;
        }
    }
    date
}

/// A dialog over a dimmed screen; nothing below it can be touched.
fn overlay<'a>(
    palette: &'static theme::Palette,
    ctx: &Ctx,
    dialog: Element<'a, Message>,
) -> Element<'a, Message> {
    let width = (ctx.viewport.width * 0.8).min(1400.0);
    let dialog = container(dialog)
        .padding(40)
        .width(width)
        .style(move |_| theme::dialog_style(palette));
    opaque(
        center(dialog)
            .width(Length::Fill)
            .height(Length::Fill)
            .style(move |_| theme::scrim_style(palette)),
    )
}

/// A message at every full minute of the wall clock.
fn minute_ticks() -> impl iced::futures::Stream<Item = Message> {
    iced::futures::stream::unfold((), |()| async {
        let seconds = u64::from(chrono::Timelike::second(&clock::stockholm_now()));
        tokio::time::sleep(Duration::from_secs(60 - seconds.min(59))).await;
        Some((Message::ClockTick, ()))
    })
}

// Keep the screen module's types reachable from tests through `app`.
pub use screen::home::Flow;

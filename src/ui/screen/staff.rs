//! Staff mode on screen: the PIN pad (our keyboard's PIN layout, digits
//! shown as dots), the staff panel (Swedish: staff texts are in the
//! kiosk's default language), the "out of service" screen Start shows
//! while the kiosk is paused (every offered language), the assist marker
//! and the hidden corner. The logic is in [`crate::staff`].

use chrono::{DateTime, Utc};
use iced::widget::{Column, Space, container, mouse_area, scrollable};
use iced::{Alignment, Element, Length, Task};

use crate::config::Config;
use crate::contract::ErrorClass;
use crate::describe::ScreenText;
use crate::i18n::Language;
use crate::keyboard::{Key, Keyboard, TextBuffer};
use crate::outbox::Refusal;
use crate::staff::status::StaffStatus;
use crate::staff::{self, Action, Lock, PinOutcome, pin};
use crate::t;
use crate::ui::fonts;
use crate::ui::keyboard as kb;
use crate::ui::theme::{ButtonKind, TOUCH_GAP};
use crate::ui::widget::{Ctx, Place, label};

use super::{Env, Event, Parts};

/// Staff texts are in the kiosk's default language.
pub const STAFF_LANGUAGE: Language = Language::DEFAULT;

/// The dot shown for each PIN digit.
pub const DOT: &str = "●";

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    Key(Key),
    Submit,
    Cancel,
    RetryNow,
    ReloadContent,
    Pause(bool),
    Assist(bool),
    Headphones(bool),
    Leave,
    /// What the PIN's check (on a blocking thread) came to.
    PinChecked(PinOutcome),
    /// From the root, after the panel's "reload content": whether the
    /// reload failed and the old content is still served.
    ContentReloaded {
        kept: bool,
    },
}

/// What a touch asks for (the screen carries it out in `update`).
#[derive(Debug, Clone, PartialEq, Eq)]
enum Request {
    /// Check this PIN (never logged).
    Submit(String),
    /// The PIN checked.
    Checked(PinOutcome),
    Cancel,
    RetryNow,
    ReloadContent,
    Pause(bool),
    Assist(bool),
    Headphones(bool),
    Leave,
}

/// A line under the PIN pad.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PinNotice {
    None,
    Wrong {
        left: u32,
    },
    /// Locked until this local time (HH:MM).
    Locked {
        until: String,
    },
    /// Locked until IT resets it (15 wrong PINs).
    LockedUntilReset,
    NotConfigured,
}

/// A line at the top of the panel after an action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PanelNotice {
    None,
    RetryStarted,
    ContentReloaded,
    /// The reload failed; the old content is still shown.
    ContentKept,
}

#[derive(Debug)]
pub enum State {
    Pin {
        buffer: TextBuffer,
        keyboard: Keyboard,
        notice: PinNotice,
        /// A PIN is being checked: another is not taken meanwhile.
        checking: bool,
    },
    Panel {
        notice: PanelNotice,
    },
}

impl State {
    pub fn pin_pad(notice: PinNotice) -> State {
        State::Pin {
            buffer: TextBuffer::new(pin::MAX_DIGITS),
            keyboard: Keyboard::pin(),
            notice,
            checking: false,
        }
    }

    pub fn panel() -> State {
        State::Panel {
            notice: PanelNotice::None,
        }
    }

    pub fn is_panel(&self) -> bool {
        matches!(self, State::Panel { .. })
    }

    /// The PIN pad's key a message presses, with the keyboard as it was
    /// (a secret one: speech says only "digit entered").
    pub fn pressed(&self, message: &Message) -> Option<(Keyboard, Key)> {
        match (self, message) {
            (State::Pin { keyboard, .. }, Message::Key(key)) => Some((*keyboard, *key)),
            _ => None,
        }
    }

    /// The message a key typed on a physical keyboard gives (the PIN).
    pub fn typed(&self, key: Key) -> Option<Message> {
        matches!(self, State::Pin { .. }).then_some(Message::Key(key))
    }

    /// How many digits are typed (never which).
    pub fn digits(&self) -> usize {
        match self {
            State::Pin { buffer, .. } => buffer.char_count(),
            State::Panel { .. } => 0,
        }
    }

    pub fn pin_notice(&self) -> Option<&PinNotice> {
        match self {
            State::Pin { notice, .. } => Some(notice),
            State::Panel { .. } => None,
        }
    }

    pub fn set_pin_notice(&mut self, new: PinNotice) {
        if let State::Pin { notice, buffer, .. } = self {
            *notice = new;
            buffer.clear();
        }
    }

    pub fn set_panel_notice(&mut self, new: PanelNotice) {
        if let State::Panel { notice } = self {
            *notice = new;
        }
    }

    /// Handles a message: the PIN is checked, the panel's actions are
    /// carried out and audited through the services. Staff mode's own
    /// two-minute timeout restarts with every touch.
    pub fn update(&mut self, message: Message, env: &Env) -> (Task<Message>, Option<Event>) {
        if let Some((keyboard, key)) = self.pressed(&message) {
            env.services.speak_key(&keyboard, key);
        }
        if let Message::ContentReloaded { kept } = message {
            self.set_panel_notice(if kept {
                PanelNotice::ContentKept
            } else {
                PanelNotice::ContentReloaded
            });
            return (Task::none(), None);
        }
        let Some(request) = self.step(message) else {
            return (Task::none(), None);
        };
        let wall = env.wall();
        let services = env.services;
        services.staff().touch(env.now);
        let event = match request {
            Request::Submit(pin) => {
                // Checked on a blocking thread: the pad stays live.
                let check = services.check_pin(pin, env.now, wall);
                return (Task::perform(check, Message::PinChecked), None);
            }
            Request::Checked(outcome) => {
                self.pin_outcome(outcome, env);
                None
            }
            Request::Cancel => Some(Event::StartOver),
            Request::Leave => {
                services.staff().leave(wall);
                Some(Event::StaffLeft)
            }
            Request::RetryNow => {
                services.staff().record(Action::RetryNow, wall, None);
                self.set_panel_notice(PanelNotice::RetryStarted);
                return (Task::future(services.retry_outbox()).discard(), None);
            }
            // The root serves the content; it answers with ContentReloaded.
            Request::ReloadContent => Some(Event::ReloadContent),
            Request::Pause(on) => {
                services.staff().set_paused(on, wall);
                None
            }
            Request::Assist(on) => {
                services.staff().set_assist(on, wall);
                None
            }
            Request::Headphones(on) => {
                services.staff().set_headphones(on, wall);
                if let Some(speaker) = &mut services.speech().speaker {
                    speaker.set_headphones(on);
                }
                None
            }
        };
        (Task::none(), event)
    }

    pub fn view<'a>(&'a self, ctx: &Ctx, env: &Env<'a>) -> Parts<'a, Message> {
        view(self, ctx, &status(env))
    }

    pub fn describe(&self, env: &Env) -> ScreenText {
        describe(self, &status(env))
    }

    /// Applies a message to the state alone, without effects (screenshots).
    pub fn apply(&mut self, message: Message) {
        let _ = self.step(message);
    }

    /// What a PIN's check came to, on the pad or as the panel.
    fn pin_outcome(&mut self, outcome: PinOutcome, env: &Env) {
        match outcome {
            PinOutcome::Entered => {
                tracing::info!("staff mode entered");
                *self = State::panel();
            }
            PinOutcome::Wrong { left } => {
                tracing::warn!(left, "wrong staff PIN");
                self.set_pin_notice(PinNotice::Wrong { left });
            }
            PinOutcome::LockedOut { .. } | PinOutcome::Locked { .. } => {
                tracing::warn!("staff entry locked after too many wrong PINs");
                self.set_pin_notice(lock_notice(env));
            }
            PinOutcome::NotConfigured => self.set_pin_notice(PinNotice::NotConfigured),
            // No pad to answer on (its message finds no staff screen).
            PinOutcome::PadClosed => {}
        }
    }

    /// The screen's own logic: keys typed, what a touch asks for.
    fn step(&mut self, message: Message) -> Option<Request> {
        match message {
            Message::Key(key) => {
                if let State::Pin {
                    buffer, keyboard, ..
                } = self
                {
                    keyboard.press(key, buffer);
                }
                None
            }
            Message::Submit => match self {
                State::Pin {
                    buffer, checking, ..
                } if !*checking => {
                    let pin = buffer.as_str().to_owned();
                    buffer.clear();
                    *checking = true;
                    Some(Request::Submit(pin))
                }
                State::Pin { .. } | State::Panel { .. } => None,
            },
            Message::PinChecked(outcome) => match self {
                State::Pin { checking, .. } if *checking => {
                    *checking = false;
                    Some(Request::Checked(outcome))
                }
                State::Pin { .. } | State::Panel { .. } => None,
            },
            Message::Cancel => Some(Request::Cancel),
            Message::RetryNow => Some(Request::RetryNow),
            Message::ReloadContent => Some(Request::ReloadContent),
            Message::Pause(on) => Some(Request::Pause(on)),
            Message::Assist(on) => Some(Request::Assist(on)),
            Message::Headphones(on) => Some(Request::Headphones(on)),
            Message::Leave => Some(Request::Leave),
            Message::ContentReloaded { .. } => None,
        }
    }
}

/// The context for staff texts: the visitor's size and contrast, in
/// Swedish.
pub fn staff_ctx(ctx: &Ctx) -> Ctx {
    ctx.in_language(STAFF_LANGUAGE)
}

fn pin_notice_text(notice: &PinNotice) -> Option<String> {
    let l = STAFF_LANGUAGE;
    match notice {
        PinNotice::None => None,
        PinNotice::Wrong { left } => Some(t!(l, "staff-pin-wrong", left = left)),
        PinNotice::Locked { until } => Some(t!(l, "staff-pin-locked", time = until.clone())),
        PinNotice::LockedUntilReset => Some(t!(l, "staff-pin-locked-reset")),
        PinNotice::NotConfigured => Some(t!(l, "staff-pin-not-set")),
    }
}

fn panel_notice_text(notice: &PanelNotice) -> Option<String> {
    let l = STAFF_LANGUAGE;
    match notice {
        PanelNotice::None => None,
        PanelNotice::RetryStarted => Some(t!(l, "staff-retry-started")),
        PanelNotice::ContentReloaded => Some(t!(l, "staff-content-reloaded")),
        PanelNotice::ContentKept => Some(t!(l, "staff-content-kept")),
    }
}

/// Why the PIN pad may not open: no PIN configured, or locked until when
/// (or until IT resets it).
pub fn lock_notice(env: &Env) -> PinNotice {
    let staff = env.services.staff();
    if !staff.has_pin() {
        return PinNotice::NotConfigured;
    }
    match staff.lock(env.wall()) {
        Some(Lock::Until(until)) => PinNotice::Locked {
            until: crate::clock::stockholm(until).format("%H:%M").to_string(),
        },
        Some(Lock::UntilReset) => PinNotice::LockedUntilReset,
        None => PinNotice::None,
    }
}

/// Everything the staff panel shows.
pub fn status(env: &Env) -> StaffStatus {
    let services = env.services;
    let (content_problems, content_stale) = services.content_problems();
    let backend = services.backend();
    let staff = services.staff();
    let settings = staff.settings();
    let speech = services.speech();
    StaffStatus {
        api: backend.map(|b| b.health.api()),
        demo: backend.is_some_and(|b| b.health.is_demo()),
        clock: backend.map(|b| b.health.clock_status()),
        outbox: backend.map(|b| b.outbox.state()),
        content_version: services.catalog().version().to_string(),
        content_problems,
        content_stale,
        feeds: env
            .config()
            .feeds
            .as_ref()
            .map(|_| env.feeds.sources.clone()),
        speech_engine: speech.speaker.as_ref().and_then(|s| s.engine_name()),
        headphone_output: speech
            .speaker
            .as_ref()
            .is_some_and(|s| s.has_headphone_output()),
        headphones: settings.headphones,
        paused: settings.paused,
        assist: staff.assist(),
        counts: staff.tally(services.today()),
        now: env.wall(),
    }
}

/// The staff screen: (information, controls).
fn view<'a>(
    state: &'a State,
    ctx: &Ctx,
    status: &StaffStatus,
) -> (Element<'a, Message>, Element<'a, Message>) {
    let ctx = staff_ctx(ctx);
    match state {
        State::Pin {
            buffer,
            keyboard,
            notice,
            ..
        } => pin_view(&ctx, buffer, keyboard, notice),
        State::Panel { notice } => panel_view(&ctx, notice, status),
    }
}

fn pin_view<'a>(
    ctx: &Ctx,
    buffer: &TextBuffer,
    keyboard: &Keyboard,
    notice: &PinNotice,
) -> (Element<'a, Message>, Element<'a, Message>) {
    let l = ctx.language;
    let palette = ctx.palette;
    let dots = DOT.repeat(buffer.char_count());
    let display = container(
        iced::widget::text(if dots.is_empty() { " ".into() } else { dots })
            .size(ctx.sizes.title())
            .font(fonts::DEFAULT)
            .color(ctx.palette.surface_text),
    )
    .padding([12, 24])
    .width(Length::Fixed(480.0))
    .align_x(Alignment::Center)
    .style(move |_| crate::ui::theme::surface_style(palette));
    let mut info = Column::new()
        .spacing(16)
        .width(Length::Fill)
        .push(ctx.title(t!(l, "staff-pin-title")))
        .push(ctx.text(t!(l, "staff-pin-hint")))
        .push(
            container(display)
                .width(Length::Fill)
                .align_x(Alignment::Center),
        );
    if let Some(text) = pin_notice_text(notice) {
        info = info.push(ctx.heading(text));
    }
    let controls = Column::new()
        .spacing(TOUCH_GAP * 2.0)
        .push(kb::view(ctx, keyboard, Message::Key))
        .push(
            ctx.row(vec![
                ctx.button(
                    t!(l, "staff-cancel"),
                    ButtonKind::Secondary,
                    Message::Cancel,
                ),
                ctx.button(
                    t!(l, "staff-pin-open"),
                    ButtonKind::Primary,
                    Message::Submit,
                ),
            ])
            .width(Length::Fill),
        );
    (info.into(), controls.into())
}

/// "Hörlursläge: På" as a button that is green while on.
fn toggle<'a>(ctx: &Ctx, name: String, on: bool, message: Message) -> Element<'a, Message> {
    let l = ctx.language;
    let state = if on {
        t!(l, "staff-on")
    } else {
        t!(l, "staff-off")
    };
    let kind = if on {
        ButtonKind::Selected
    } else {
        ButtonKind::Secondary
    };
    ctx.button(
        t!(l, "staff-toggle", name = name, state = state),
        kind,
        message,
    )
}

/// An error class in plain Swedish.
pub fn error_words(class: ErrorClass) -> String {
    let l = STAFF_LANGUAGE;
    match class {
        ErrorClass::Network => t!(l, "staff-error-network"),
        ErrorClass::Timeout => t!(l, "staff-error-timeout"),
        ErrorClass::Server => t!(l, "staff-error-server"),
        ErrorClass::RateLimited => t!(l, "staff-error-rate-limited"),
        ErrorClass::Auth => t!(l, "staff-error-auth"),
        ErrorClass::Rejected => t!(l, "staff-error-rejected"),
        ErrorClass::Protocol => t!(l, "staff-error-protocol"),
        ErrorClass::Local => t!(l, "staff-error-local"),
        ErrorClass::ClockSkew => t!(l, "staff-error-clock-skew"),
    }
}

/// A feed's last error in plain Swedish words.
pub fn feed_error_words(class: crate::feeds::fetch::ErrorClass) -> String {
    use crate::feeds::fetch::ErrorClass as E;
    let l = STAFF_LANGUAGE;
    match class {
        E::Network => t!(l, "staff-error-network"),
        E::Timeout => t!(l, "staff-error-timeout"),
        E::HttpStatus => t!(l, "staff-feed-error-http"),
        E::TooLarge => t!(l, "staff-feed-error-too-large"),
        E::NotAFeed => t!(l, "staff-feed-error-not-a-feed"),
        E::Malformed => t!(l, "staff-feed-error-malformed"),
        E::Io => t!(l, "staff-error-local"),
    }
}

fn local_time(at: DateTime<Utc>) -> String {
    crate::clock::stockholm(at).format("%H:%M").to_string()
}

fn when(at: Option<DateTime<Utc>>) -> String {
    match at {
        Some(at) => local_time(at),
        None => t!(STAFF_LANGUAGE, "staff-never"),
    }
}

/// Why the central API refused a submission, in plain words: the fields
/// it named ("e-postadressen godtogs inte").
pub fn refusal_words(refusal: Option<&Refusal>) -> String {
    let l = STAFF_LANGUAGE;
    let mut names: Vec<String> = Vec::new();
    for (field, _code) in refusal.map(|r| r.fields.as_slice()).unwrap_or_default() {
        let name = match field.as_str() {
            "message" => t!(l, "staff-refused-field-message"),
            "contact.email" => t!(l, "staff-refused-field-email"),
            "contact.phone" => t!(l, "staff-refused-field-phone"),
            "contact.name" => t!(l, "staff-refused-field-name"),
            _ => t!(l, "staff-refused-field-other"),
        };
        if !names.contains(&name) {
            names.push(name);
        }
    }
    if names.is_empty() {
        t!(l, "staff-refused-no-reason")
    } else {
        t!(l, "staff-refused-fields", fields = names.join(", "))
    }
}

/// The panel's sections as text: (heading, lines). Shared by the view and
/// `describe`, so what is read is what is shown.
pub fn sections(status: &StaffStatus) -> Vec<(String, Vec<String>)> {
    let l = STAFF_LANGUAGE;
    let mut out = Vec::new();

    let api = match &status.api {
        None => vec![t!(l, "staff-api-none")],
        Some(api) => {
            let mut lines = Vec::new();
            if status.demo {
                lines.push(t!(l, "staff-api-demo"));
            }
            lines.push(t!(l, "staff-last-success", time = when(api.last_success)));
            let error = match api.last_error {
                Some(class) if api.last_error_at >= api.last_success => {
                    format!("{} ({})", error_words(class), when(api.last_error_at))
                }
                _ => t!(l, "staff-no-error"),
            };
            lines.push(t!(l, "staff-last-error", error = error));
            lines
        }
    };
    out.push((t!(l, "staff-api"), api));

    if let Some(outbox) = &status.outbox {
        let mut lines = vec![t!(l, "staff-outbox-pending", count = outbox.pending)];
        if let Some(at) = outbox.oldest_pending_at {
            lines.push(t!(
                l,
                "staff-outbox-oldest",
                minutes = status.minutes_since(at)
            ));
        }
        let error = match outbox.last_error {
            Some(class) => error_words(class),
            None => t!(l, "staff-no-error"),
        };
        lines.push(t!(l, "staff-last-error", error = error));
        if outbox.rejected > 0 {
            lines.push(t!(l, "staff-outbox-refused", count = outbox.rejected));
            if let Some(at) = outbox.oldest_refused_at {
                let days = (status.now - at).num_days().max(0);
                lines.push(t!(l, "staff-outbox-refused-oldest", days = days));
            }
            lines.push(t!(
                l,
                "staff-outbox-refused-reason",
                reason = refusal_words(outbox.last_refusal.as_ref())
            ));
            lines.push(t!(l, "staff-refused-it"));
        }
        out.push((t!(l, "staff-outbox"), lines));
    }

    if let Some(clock) = &status.clock {
        let ntp = match clock.ntp_synchronized {
            Some(true) => t!(l, "staff-clock-ntp-yes"),
            Some(false) => t!(l, "staff-clock-ntp-no"),
            None => t!(l, "staff-clock-ntp-unknown"),
        };
        let skew = match clock.skew_seconds {
            Some(seconds) => t!(l, "staff-clock-skew", seconds = seconds),
            None => t!(l, "staff-clock-skew-unknown"),
        };
        out.push((t!(l, "staff-clock"), vec![ntp, skew]));
    }

    let mut content = vec![t!(
        l,
        "staff-content-version",
        version = status.content_version.clone()
    )];
    if status.content_stale {
        content.push(t!(l, "staff-content-kept"));
    }
    // The problems are for IT, in English with file and line.
    content.extend(status.content_problems.iter().take(5).cloned());
    out.push((t!(l, "staff-content"), content));

    let feeds = match &status.feeds {
        None => vec![t!(l, "staff-feeds-none")],
        Some(feeds) if feeds.is_empty() => vec![t!(l, "staff-feeds-none")],
        Some(feeds) => feeds
            .iter()
            .map(|feed| {
                let mut line = format!(
                    "{}: {}",
                    feed.url,
                    t!(l, "staff-last-success", time = when(feed.last_success))
                );
                if let Some(class) = feed.last_error {
                    line.push_str(" — ");
                    line.push_str(&feed_error_words(class));
                }
                line
            })
            .collect(),
    };
    out.push((t!(l, "staff-feeds"), feeds));

    let speech = match &status.speech_engine {
        Some(engine) => {
            let mut lines = vec![t!(l, "staff-speech-engine", engine = engine.clone())];
            if !status.headphone_output {
                lines.push(t!(l, "staff-headphones-same"));
            }
            lines
        }
        None => vec![t!(l, "staff-speech-none")],
    };
    out.push((t!(l, "staff-speech"), speech));

    let mut counts = Vec::new();
    let groups = [
        (t!(l, "staff-counts-tickets"), &status.counts.tickets),
        (t!(l, "staff-counts-synpunkter"), &status.counts.synpunkter),
        (t!(l, "staff-counts-languages"), &status.counts.languages),
    ];
    for (title, map) in groups {
        let items: Vec<String> = map
            .iter()
            .map(|(name, count)| format!("{} {count}", count_name(name)))
            .collect();
        let items = if items.is_empty() {
            t!(l, "staff-counts-none")
        } else {
            items.join(", ")
        };
        counts.push(format!("{title}: {items}"));
    }
    out.push((t!(l, "staff-counts"), counts));
    out
}

/// A counted name for staff: synpunkt kinds and languages in Swedish.
fn count_name(name: &str) -> String {
    let l = STAFF_LANGUAGE;
    match name {
        "complaint" => t!(l, "syn-kind-complaint"),
        "praise" => t!(l, "syn-kind-praise"),
        "suggestion" => t!(l, "syn-kind-suggestion"),
        code => match code.parse::<Language>() {
            Ok(language) => language.code().to_owned(),
            Err(_) => code.to_owned(),
        },
    }
}

fn panel_view<'a>(
    ctx: &Ctx,
    notice: &PanelNotice,
    status: &StaffStatus,
) -> (Element<'a, Message>, Element<'a, Message>) {
    let l = ctx.language;
    let mut cards: Vec<Element<'a, Message>> = Vec::new();
    for (i, (heading, lines)) in sections(status).into_iter().enumerate() {
        let mut column = Column::new().spacing(8).push(ctx.heading(heading));
        for line in lines {
            column = column.push(ctx.text(line));
        }
        // The section's own action.
        let action: Option<Element<'a, Message>> = match i {
            1 if status.outbox.is_some() => Some(ctx.button(
                t!(l, "staff-retry-now"),
                ButtonKind::Primary,
                Message::RetryNow,
            )),
            _ => None,
        };
        if let Some(action) = action {
            column = column.push(action);
        }
        cards.push(ctx.card(column));
    }
    let per_row = if ctx.is_portrait() { 1 } else { 3 };
    let mut info = Column::new()
        .spacing(TOUCH_GAP * 2.0)
        .push(ctx.title(t!(l, "staff-title")))
        .push(ctx.muted(t!(l, "staff-auto-leave")));
    if let Some(text) = panel_notice_text(notice) {
        info = info.push(ctx.heading(text));
    }
    info = info.push(ctx.grid(cards, per_row));
    let info = scrollable(container(info).padding([0, 16])).height(Length::Fill);

    let controls = Column::new()
        .spacing(TOUCH_GAP)
        .push(
            ctx.row(vec![
                ctx.button(
                    t!(l, "staff-content-reload"),
                    ButtonKind::Secondary,
                    Message::ReloadContent,
                ),
                toggle(
                    ctx,
                    t!(l, "staff-headphones"),
                    status.headphones,
                    Message::Headphones(!status.headphones),
                ),
                toggle(
                    ctx,
                    t!(l, "staff-assist"),
                    status.assist,
                    Message::Assist(!status.assist),
                ),
            ])
            .width(Length::Fill),
        )
        .push(
            ctx.row(vec![
                if status.paused {
                    ctx.button(
                        t!(l, "staff-resume"),
                        ButtonKind::Selected,
                        Message::Pause(false),
                    )
                } else {
                    ctx.button(
                        t!(l, "staff-pause"),
                        ButtonKind::Secondary,
                        Message::Pause(true),
                    )
                },
                ctx.button(t!(l, "staff-leave"), ButtonKind::Primary, Message::Leave),
            ])
            .width(Length::Fill),
        );
    (info.into(), controls.into())
}

/// The staff screen as text (Swedish). The PIN pad says how many digits
/// are typed, never which.
fn describe(state: &State, status: &StaffStatus) -> ScreenText {
    let l = STAFF_LANGUAGE;
    match state {
        State::Pin { notice, .. } => {
            let mut text = ScreenText::new(t!(l, "staff-pin-title")).body(t!(l, "staff-pin-hint"));
            if let Some(notice) = pin_notice_text(notice) {
                text = text.body(notice);
            }
            text.choice(t!(l, "staff-cancel"))
                .choice(t!(l, "staff-pin-open"))
        }
        State::Panel { notice } => {
            let mut text = ScreenText::new(t!(l, "staff-title")).body(t!(l, "staff-auto-leave"));
            if let Some(notice) = panel_notice_text(notice) {
                text = text.body(notice);
            }
            for (heading, lines) in sections(status) {
                text = text.body(heading);
                for line in lines {
                    text = text.body(line);
                }
            }
            let on_off = |on: bool| {
                if on {
                    t!(l, "staff-on")
                } else {
                    t!(l, "staff-off")
                }
            };
            text.choice(t!(l, "staff-retry-now"))
                .choice(t!(l, "staff-content-reload"))
                .choice(t!(
                    l,
                    "staff-toggle",
                    name = t!(l, "staff-headphones"),
                    state = on_off(status.headphones)
                ))
                .choice(t!(
                    l,
                    "staff-toggle",
                    name = t!(l, "staff-assist"),
                    state = on_off(status.assist)
                ))
                .choice(if status.paused {
                    t!(l, "staff-resume")
                } else {
                    t!(l, "staff-pause")
                })
                .choice(t!(l, "staff-leave"))
        }
    }
}

/// Start while the kiosk is paused: "out of service, please go to the
/// desk" in every offered language, nothing to touch.
pub fn out_of_service_view<'a, M: 'a>(
    ctx: &Ctx,
    config: &Config,
) -> (Element<'a, M>, Element<'a, M>) {
    let fixed = crate::ui::theme::Sizes::new(crate::session::TextSize::Normal);
    let per_row = if ctx.is_portrait() { 1 } else { 2 };
    let notices: Vec<Element<'a, M>> = config
        .languages
        .iter()
        .map(|&l| {
            let column = Column::new()
                .spacing(4)
                .push(label(
                    l,
                    t!(l, "out-of-service-title"),
                    fixed.heading(),
                    fonts::bold(l),
                    Some(ctx.palette.surface_text),
                    Place::Center,
                ))
                .push(label(
                    l,
                    t!(l, "out-of-service-text"),
                    fixed.body(),
                    fonts::regular(l),
                    Some(ctx.palette.surface_text),
                    Place::Center,
                ));
            ctx.card(column)
        })
        .collect();
    let info = Column::new()
        .spacing(16)
        .align_x(Alignment::Center)
        .width(Length::Fill)
        .push(ctx.styled(
            config.office.name.clone(),
            fixed.heading(),
            ctx.bold(),
            ctx.palette.text,
            Place::Center,
        ))
        .push(ctx.grid(notices, per_row));
    (info.into(), Space::new().into())
}

pub fn out_of_service_describe(config: &Config, language: Language) -> ScreenText {
    let _ = config;
    ScreenText::new(t!(language, "out-of-service-title")).body(t!(language, "out-of-service-text"))
}

/// The marker on every screen while staff assist a visitor, in the
/// visitor's language.
pub fn assist_marker<'a, M: 'a>(ctx: &Ctx) -> Element<'a, M> {
    let palette = ctx.palette;
    container(ctx.styled(
        t!(ctx.language, "staff-assist-marker"),
        ctx.sizes.body(),
        ctx.bold(),
        palette.on_selected,
        Place::Center,
    ))
    .padding([6, 24])
    .width(Length::Fill)
    .style(move |_| container::Style {
        background: Some(palette.selected.into()),
        ..container::Style::default()
    })
    .into()
}

/// The hidden corner: a fixed, invisible square at the top left (never
/// mirrored) that reports presses and releases.
pub fn corner<'a, M: Clone + 'a>(pressed: M, released: M) -> Element<'a, M> {
    container(
        mouse_area(Space::new().width(staff::CORNER).height(staff::CORNER))
            .on_press(pressed)
            .on_release(released.clone())
            .on_exit(released),
    )
    .width(Length::Fill)
    .height(Length::Fill)
    .align_x(Alignment::Start)
    .align_y(Alignment::Start)
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pin_pad_reports_its_keys_on_a_secret_keyboard() {
        let state = State::pin_pad(PinNotice::None);
        let (keyboard, key) = state
            .pressed(&Message::Key(Key::Char("7")))
            .expect("a key on the PIN pad");
        assert!(keyboard.secret, "PIN digits must never be spoken");
        assert_eq!(key, Key::Char("7"));
        assert_eq!(
            crate::speech::spoken::keyboard_key(crate::i18n::Language::Sv, &keyboard, key),
            crate::t!(crate::i18n::Language::Sv, "speech-digit-entered")
        );
        assert_eq!(State::panel().pressed(&Message::Key(Key::Char("7"))), None);
    }

    #[test]
    fn refused_submissions_clock_and_demo_are_in_the_panel_in_plain_words() {
        use crate::contract::ClockStatus;
        use crate::outbox::OutboxState;
        use crate::staff::health::ApiHealth;
        let now: DateTime<Utc> = "2026-11-23T11:00:00Z".parse().unwrap();
        let status = StaffStatus {
            api: Some(ApiHealth::default()),
            demo: true,
            clock: Some(ClockStatus {
                ntp_synchronized: Some(false),
                skew_seconds: Some(-3600),
            }),
            outbox: Some(OutboxState {
                rejected: 2,
                oldest_refused_at: Some(now - chrono::Duration::days(4)),
                last_refusal: Some(Refusal {
                    status: 422,
                    fields: vec![
                        ("contact.email".into(), "invalid".into()),
                        ("message".into(), "too_long".into()),
                    ],
                }),
                ..OutboxState::default()
            }),
            now,
            ..StaffStatus::default()
        };
        let text: Vec<String> = sections(&status)
            .into_iter()
            .flat_map(|(heading, lines)| std::iter::once(heading).chain(lines))
            .collect();
        let all = text.join("\n");
        assert!(all.contains("Demoläge"), "{all}");
        assert!(all.contains("Avvisade av servern: 2"), "{all}");
        assert!(all.contains("4 dagar"), "{all}");
        assert!(
            all.contains("e-postadressen, meddelandet godtogs inte"),
            "{all}"
        );
        assert!(all.contains("medborgarkiosk outbox list"), "{all}");
        assert!(all.contains("synkroniseras inte"), "{all}");
        assert!(all.contains("-3600 s"), "{all}");
        assert!(
            !all.contains("invalid") && !all.contains("too_long"),
            "no codes: {all}"
        );
        assert_eq!(
            refusal_words(None),
            t!(STAFF_LANGUAGE, "staff-refused-no-reason")
        );
    }

    #[test]
    fn feed_errors_are_plain_words() {
        let words = feed_error_words(crate::feeds::fetch::ErrorClass::NotAFeed);
        assert!(words.contains("webbsida"), "{words}");
        assert!(!words.contains("NotAFeed"));
    }
}

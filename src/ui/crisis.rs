//! Crisis information on the kiosk (issue 7): the banner on every visitor
//! screen while a message is active, the full message when the banner is
//! touched, and the takeover of the most severe (a VMA, or CAP Extreme +
//! Immediate) until the visitor acknowledges it.
//!
//! What is active is decided by [`crate::feeds::active_messages`] (through
//! [`FeedsSnapshot::active_crisis`]); this module only shows it. Every view
//! names the source ("Källa: Krisinformation.se").

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use iced::widget::{Column, button, container, opaque, scrollable};
use iced::{Background, Border, Color, Element, Length, Shadow};

use crate::describe::ScreenText;
use crate::feeds::crisis::Status;
use crate::feeds::{ActiveMessage, FeedsConfig, FeedsSnapshot};
use crate::i18n::Language;
use crate::t;
use crate::ui::fonts;
use crate::ui::theme::{self, ButtonKind, CrisisColours, TOUCH_GAP};
use crate::ui::widget::{Ctx, Place, label};

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    /// The banner was touched: show the full messages.
    Open,
    /// Close the full messages (back to the screen below).
    Close,
    /// "I have read it" on the takeover.
    Acknowledge,
    /// Read the messages aloud (the bar is covered by them).
    Listen,
}

/// What the kiosk keeps about crisis messages between snapshots.
#[derive(Debug, Default)]
pub struct CrisisState {
    /// The full messages are open (the banner was touched).
    pub open: bool,
    /// Takeover messages the visitor acknowledged in this session
    /// ([`message_key`]); cleared when the kiosk returns to Start.
    pub acknowledged: HashSet<String>,
}

impl CrisisState {
    /// Acts on a message; `active` is what is shown now.
    pub fn update(&mut self, message: Message, active: &[ActiveMessage]) {
        match message {
            Message::Open => self.open = true,
            Message::Close => self.open = false,
            Message::Listen => {}
            Message::Acknowledge => {
                for m in active.iter().filter(|m| m.takes_over_screen) {
                    self.acknowledged.insert(message_key(m));
                }
                self.open = false;
            }
        }
    }

    /// A new session: every takeover shows again.
    pub fn reset(&mut self) {
        self.open = false;
        self.acknowledged.clear();
    }

    /// Whether an unacknowledged takeover message is active.
    pub fn takeover(&self, active: &[ActiveMessage]) -> bool {
        active
            .iter()
            .any(|m| m.takes_over_screen && !self.acknowledged.contains(&message_key(m)))
    }

    /// Which layer shows now, if any.
    pub fn layer(&self, active: &[ActiveMessage]) -> Option<Layer> {
        if active.is_empty() {
            None
        } else if self.takeover(active) {
            Some(Layer::Takeover)
        } else if self.open {
            Some(Layer::Full)
        } else {
            Some(Layer::Banner)
        }
    }
}

/// How crisis information covers the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layer {
    /// A strip on top of the visitor screen.
    Banner,
    /// The full messages, opened from the banner.
    Full,
    /// The full messages over everything, until acknowledged.
    Takeover,
}

/// Identifies a message across snapshots (an Update has its own id).
pub fn message_key(m: &ActiveMessage) -> String {
    format!("{}\u{1f}{}", m.message.sender, m.message.id)
}

/// The messages to show a visitor in `language` at `now`, most severe first.
pub fn active(
    snapshot: &FeedsSnapshot,
    config: &FeedsConfig,
    language: Language,
    now: DateTime<Utc>,
) -> Vec<ActiveMessage> {
    if snapshot.crisis.is_empty() {
        return Vec::new();
    }
    snapshot.active_crisis(config, language, now).0
}

/// The language a message's text is in (Swedish when it does not say).
fn text_language(m: &ActiveMessage) -> Language {
    m.info().language().unwrap_or(Language::Sv)
}

/// "Källa: Krisinformation.se" in the visitor's language.
pub fn source_line(m: &ActiveMessage, language: Language) -> String {
    t!(
        language,
        "crisis-source",
        source = m.message.source.display_name().to_owned()
    )
}

/// The headline, else the event, else the first line of the description.
fn headline(m: &ActiveMessage) -> String {
    let info = m.info();
    [&info.headline, &info.event, &info.description]
        .into_iter()
        .find(|s| !s.trim().is_empty())
        .map(|s| s.lines().next().unwrap_or_default().trim().to_owned())
        .unwrap_or_default()
}

/// The marks before a message: exercise or test, not for real.
fn status_note(m: &ActiveMessage, language: Language) -> Option<String> {
    match m.message.status {
        Status::Exercise => Some(t!(language, "crisis-exercise")),
        Status::Test => Some(t!(language, "crisis-test")),
        _ => None,
    }
}

fn published(m: &ActiveMessage, language: Language) -> Option<String> {
    let at = m.message.updated.or(m.message.sent)?;
    let local = crate::clock::stockholm(at);
    Some(t!(
        language,
        "crisis-published",
        time = format!(
            "{} {}",
            crate::speech::spoken::date(language, local.date()),
            local.format("%H:%M")
        )
    ))
}

/// The crisis colours of the visitor's theme (`theme::CrisisColours`).
fn colours(ctx: &Ctx) -> &'static CrisisColours {
    CrisisColours::get(ctx.palette.is_high_contrast())
}

fn crisis_style(ctx: &Ctx) -> container::Style {
    let colours = colours(ctx);
    container::Style {
        background: Some(Background::Color(colours.background)),
        text_color: Some(colours.text),
        border: Border {
            color: colours.text,
            width: if ctx.palette.is_high_contrast() {
                4.0
            } else {
                0.0
            },
            radius: 0.0.into(),
        },
        ..container::Style::default()
    }
}

/// A heading with the warning pictogram before it (issue 19).
fn warning_heading<'a, M: 'a>(ctx: &Ctx, heading: String, colour: iced::Color) -> Element<'a, M> {
    let words = ctx.styled(
        heading,
        ctx.sizes.heading(),
        ctx.bold(),
        colour,
        Place::Start,
    );
    ctx.beside(
        Some(crate::icons::ui::CRISIS),
        ctx.sizes.heading(),
        colour,
        words,
    )
}

/// The banner: the most severe message's headline and source; touching it
/// opens the full messages.
pub fn banner<'a>(ctx: &Ctx, active: &[ActiveMessage]) -> Option<Element<'a, Message>> {
    let first = active.first()?;
    let language = ctx.language;
    let colours = colours(ctx);
    let text = colours.text;
    let lang = text_language(first);
    let mut title = headline(first);
    if let Some(note) = status_note(first, language) {
        title = format!("{note}: {title}");
    }
    let mut more = format!(
        "{} · {}",
        source_line(first, language),
        t!(language, "crisis-banner-more")
    );
    if active.len() > 1 {
        more = format!(
            "{more} ({})",
            t!(
                language,
                "crisis-more-messages",
                count = ((active.len() - 1) as u64)
            )
        );
    }
    let spoken = format!("{title}. {more}");
    let words = Column::new()
        .spacing(4)
        .width(Length::Fill)
        .push(label(
            lang,
            title,
            ctx.sizes.heading(),
            fonts::bold(lang),
            Some(text),
            Place::Start,
        ))
        .push(ctx.styled(more, ctx.sizes.body(), ctx.font(), text, Place::Start));
    // The warning pictogram beside the words (issue 19).
    let content = ctx.beside(
        Some(crate::icons::ui::CRISIS),
        ctx.sizes.heading(),
        text,
        words.into(),
    );
    Some(
        ctx.focusable(
            button(content)
                .padding([12, 48])
                .width(Length::Fill)
                .on_press(Message::Open)
                .style(move |_, status| {
                    let pressed = matches!(status, button::Status::Pressed);
                    button::Style {
                        background: Some(Background::Color(if pressed {
                            colours.pressed
                        } else {
                            colours.background
                        })),
                        text_color: text,
                        border: Border {
                            color: text,
                            width: 2.0,
                            radius: 0.0.into(),
                        },
                        shadow: Shadow::default(),
                        snap: true,
                    }
                }),
            spoken,
            crate::ui::focus::Role::Button,
            Message::Open,
        ),
    )
}

/// One message in full: headline, source and time, notes, text.
fn message_view<'a, M: 'a>(ctx: &Ctx, m: &ActiveMessage, colour: Color) -> Element<'a, M> {
    let language = ctx.language;
    let lang = text_language(m);
    let info = m.info();
    let mut column = Column::new().spacing(12).width(Length::Fill);
    if let Some(note) = status_note(m, language) {
        column =
            column.push(ctx.styled(note, ctx.sizes.heading(), ctx.bold(), colour, Place::Start));
    }
    column = column.push(label(
        lang,
        headline(m),
        ctx.sizes.title(),
        fonts::bold(lang),
        Some(colour),
        Place::Start,
    ));
    let mut meta = source_line(m, language);
    if let Some(published) = published(m, language) {
        meta = format!("{meta} · {published}");
    }
    column = column.push(ctx.styled(meta, ctx.sizes.body(), ctx.bold(), colour, Place::Start));
    if m.language_fallback {
        column = column.push(ctx.styled(
            t!(language, "crisis-not-in-language"),
            ctx.sizes.body(),
            ctx.font(),
            colour,
            Place::Start,
        ));
    }
    for paragraph in [&info.description, &info.instruction]
        .into_iter()
        .flat_map(|t| t.split('\n'))
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        column = column.push(label(
            lang,
            paragraph.to_owned(),
            ctx.sizes.body(),
            fonts::regular(lang),
            Some(colour),
            Place::Start,
        ));
    }
    column.into()
}

/// The full messages over the whole screen: with "Close" when opened from
/// the banner, with "I have read it" when they took over the screen.
/// `listen` adds the Listen button (speech reads [`describe`]).
pub fn full<'a>(
    ctx: &Ctx,
    active: &[ActiveMessage],
    layer: Layer,
    listen: Option<(String, Message)>,
) -> Element<'a, Message> {
    let language = ctx.language;
    let action = match layer {
        Layer::Takeover => Some((t!(language, "crisis-ack"), Message::Acknowledge)),
        Layer::Full => Some((t!(language, "crisis-close"), Message::Close)),
        Layer::Banner => None,
    };
    full_with(ctx, active, action, listen)
}

/// The full messages with any buttons (the wall display has none).
pub fn full_with<'a, M: Clone + 'a>(
    ctx: &Ctx,
    active: &[ActiveMessage],
    action: Option<(String, M)>,
    listen: Option<(String, M)>,
) -> Element<'a, M> {
    let language = ctx.language;
    let colours = colours(ctx);
    let colour = colours.text;
    let mut messages = Column::new().spacing(40).width(Length::Fill);
    for m in active {
        messages = messages.push(message_view(ctx, m, colour));
    }
    let mut page = Column::new()
        .spacing(TOUCH_GAP * 2.0)
        .width(Length::Fill)
        .height(Length::Fill)
        .push(warning_heading(
            ctx,
            t!(language, "crisis-takeover-title"),
            colour,
        ))
        .push(scrollable(container(messages).padding([0, 16])).height(Length::Fill));
    let mut buttons: Vec<Element<'a, M>> = Vec::new();
    if let Some((caption, message)) = action {
        // Not the theme's primary blue: it would vanish on the dark red.
        let spoken = caption.clone();
        let content = label(
            language,
            caption,
            ctx.sizes.body(),
            fonts::regular(language),
            Some(colours.on_action),
            Place::Center,
        );
        buttons.push(
            ctx.focusable(
                button(content)
                    .padding([18.0, 28.0])
                    .width(Length::Fill)
                    .on_press(message.clone())
                    .style(move |_, status| theme::crisis_action_style(colours, status)),
                spoken,
                crate::ui::focus::Role::Button,
                message,
            ),
        );
    }
    if let Some((caption, message)) = listen {
        buttons.push(ctx.button(caption, ButtonKind::Secondary, message));
    }
    if !buttons.is_empty() {
        page = page.push(ctx.row(buttons).width(Length::Fill));
    }
    let style = crisis_style(ctx);
    opaque(
        container(page)
            .padding([40, 48])
            .width(Length::Fill)
            .height(Length::Fill)
            .style(move |_| style),
    )
}

/// The full messages as plain text in `language`, for speech.
pub fn describe(active: &[ActiveMessage], layer: Layer, language: Language) -> ScreenText {
    let mut text = ScreenText::new(t!(language, "crisis-takeover-title"));
    for m in active {
        let info = m.info();
        if let Some(note) = status_note(m, language) {
            text = text.body(note);
        }
        text = text.body(headline(m)).body(source_line(m, language));
        if let Some(published) = published(m, language) {
            text = text.body(published);
        }
        if m.language_fallback {
            text = text.body(t!(language, "crisis-not-in-language"));
        }
        for paragraph in [&info.description, &info.instruction]
            .into_iter()
            .flat_map(|t| t.split('\n'))
            .map(str::trim)
            .filter(|p| !p.is_empty())
        {
            text = text.body(paragraph);
        }
    }
    match layer {
        Layer::Takeover => text.choice(t!(language, "crisis-ack")),
        Layer::Full => text.choice(t!(language, "crisis-close")),
        Layer::Banner => text,
    }
}

/// The banner as a line of speech, read after the screen it is on.
pub fn describe_banner(active: &[ActiveMessage], language: Language) -> Option<String> {
    let first = active.first()?;
    Some(format!(
        "{}. {}. {}",
        headline(first),
        source_line(first, language),
        t!(language, "crisis-banner-more")
    ))
}

/// The feeds service's snapshots as a subscription (none without one).
pub fn subscription(
    link: Option<&crate::feeds::FeedsLink>,
) -> iced::Subscription<std::sync::Arc<FeedsSnapshot>> {
    match link {
        Some(link) => iced::Subscription::run_with(Updates(link.updates.clone()), Updates::stream),
        None => iced::Subscription::none(),
    }
}

/// The feeds service's channel as a subscription: the current snapshot at
/// once, then every new one.
pub struct Updates(pub tokio::sync::watch::Receiver<FeedsSnapshot>);

impl std::hash::Hash for Updates {
    /// One feeds service per kiosk: the subscription never changes.
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        "feeds-updates".hash(state);
    }
}

impl Updates {
    pub fn stream(
        &self,
    ) -> impl iced::futures::Stream<Item = std::sync::Arc<FeedsSnapshot>> + use<> {
        let mut receiver = self.0.clone();
        receiver.mark_changed();
        iced::futures::stream::unfold(receiver, |mut receiver| async move {
            receiver.changed().await.ok()?;
            let snapshot = std::sync::Arc::new(receiver.borrow_and_update().clone());
            Some((snapshot, receiver))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::session::Session;

    #[test]
    fn high_contrast_visitors_get_the_high_contrast_crisis_colours() {
        for (high_contrast, expected) in [
            (false, &CrisisColours::NORMAL),
            (true, &CrisisColours::HIGH_CONTRAST),
        ] {
            let session = Session::new(Language::Sv, high_contrast);
            let ctx = Ctx::new(&session, crate::ui::widget::LANDSCAPE, false);
            assert_eq!(colours(&ctx), expected, "high contrast {high_contrast}");
            let style = crisis_style(&ctx);
            assert_eq!(
                style.background,
                Some(Background::Color(expected.background))
            );
            assert_eq!(style.text_color, Some(expected.text));
        }
    }
}

//! The root's chrome: the bar on every visitor screen, the language
//! picker and the overlays (crisis messages, the speech offer, "are you
//! still there?"), and their descriptions for speech.

use iced::widget::{Column, center, container, opaque, text};
use iced::{Element, Length};

use super::{Bar, Kiosk, Message};
use crate::config::Config;
use crate::describe::ScreenText;
use crate::feeds::ActiveMessage;
use crate::i18n::Language;
use crate::icons::ui as icons;
use crate::session::TextSize;
use crate::t;
use crate::ui::crisis::{self, Layer};
use crate::ui::focus::Role;
use crate::ui::fonts;
use crate::ui::screen::Screen;
use crate::ui::theme::{self, ButtonKind, TOUCH_GAP};
use crate::ui::widget::Ctx;

impl Kiosk {
    pub(super) fn bar_view(&self, ctx: &Ctx) -> Element<'_, Message> {
        let language = ctx.language;
        let palette = ctx.palette;
        let on_start = self.screen == Screen::Start;
        let speech = self.services.speech();
        let mut items: Vec<Element<'_, Message>> = Vec::new();

        if self.screen.has_parent() {
            // An arrow that points backwards in the reading direction.
            items.push(ctx.icon_button(
                Some(icons::back(ctx.is_rtl())),
                t!(language, "bar-back"),
                ButtonKind::Secondary,
                Message::Bar(Bar::Back),
            ));
        }
        if !on_start {
            items.push(ctx.icon_button(
                Some(icons::LANGUAGE),
                t!(language, "bar-language"),
                ButtonKind::Secondary,
                Message::Bar(Bar::Language),
            ));
        }

        let sample = t!(language, "text-size-sample");
        let mut sizes: Vec<Element<'_, Message>> = vec![ctx.beside(
            Some(icons::TEXT_SIZE),
            ctx.sizes.small(),
            palette.surface_text,
            ctx.inline(
                t!(language, "bar-text-size"),
                ctx.sizes.small(),
                palette.surface_text,
            ),
        )];
        for (i, size) in TextSize::ALL.into_iter().enumerate() {
            let kind = if self.session.text_size == size {
                ButtonKind::Selected
            } else {
                ButtonKind::Secondary
            };
            sizes.push(
                ctx.focusable(
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
                    t!(language, "focus-text-size", step = ((i + 1) as u32)),
                    Role::Choice {
                        selected: kind == ButtonKind::Selected,
                    },
                    Message::Bar(Bar::TextSize(size)),
                ),
            );
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
        items.push(ctx.icon_button(
            Some(icons::CONTRAST),
            t!(language, "bar-contrast"),
            contrast_kind,
            Message::Bar(Bar::Contrast),
        ));
        if !on_start {
            items.push(ctx.icon_button(
                Some(icons::START_OVER),
                t!(language, "bar-start-over"),
                ButtonKind::Primary,
                Message::Bar(Bar::StartOver),
            ));
        }

        if speech.offers_listen() {
            let (icon, label, kind) = if speech.is_speaking() {
                (
                    icons::STOP,
                    t!(language, "bar-listen-stop"),
                    ButtonKind::Selected,
                )
            } else {
                (
                    icons::LISTEN,
                    t!(language, "bar-listen"),
                    ButtonKind::Secondary,
                )
            };
            items.insert(
                0,
                ctx.icon_button(Some(icon), label, kind, Message::Bar(Bar::Listen)),
            );
        }
        // Portrait is narrow: the bar takes two rows there.
        let mut bar = Column::new().spacing(TOUCH_GAP);
        let rows = if ctx.is_portrait() && items.len() > 3 {
            let second = items.split_off(items.len().div_ceil(2));
            vec![items, second]
        } else {
            vec![items]
        };
        for row in rows {
            bar = bar.push(
                ctx.row(row)
                    .align_y(iced::Alignment::Center)
                    .width(Length::Fill),
            );
        }
        if speech.is_speaking() {
            bar = bar.push(
                ctx.row(vec![
                    ctx.button(
                        t!(language, "speech-repeat"),
                        ButtonKind::Secondary,
                        Message::Bar(Bar::Repeat),
                    ),
                    ctx.button(
                        t!(language, "speech-quieter"),
                        ButtonKind::Secondary,
                        Message::Bar(Bar::Quieter),
                    ),
                    ctx.button(
                        t!(language, "speech-louder"),
                        ButtonKind::Secondary,
                        Message::Bar(Bar::Louder),
                    ),
                ])
                .width(Length::Fill),
            );
        }
        // 16 px above and below: the crisis banner under the bar is a
        // touch target too.
        container(bar)
            .padding([TOUCH_GAP, 48.0])
            .width(Length::Fill)
            .style(move |_| theme::bar_style(palette))
            .into()
    }

    /// No voice for the visitor's language: say so in it, and offer others.
    pub(super) fn speech_offer_overlay(
        &self,
        ctx: &Ctx,
        offer: &[Language],
    ) -> Element<'_, Message> {
        let language = ctx.language;
        let buttons = offer
            .iter()
            .map(|&l| {
                ctx.labelled_button(
                    l,
                    l.native_name(),
                    ButtonKind::Primary,
                    Message::ListenIn(l),
                    Length::Fill,
                )
            })
            .collect();
        let dialog = Column::new()
            .spacing(24)
            .push(ctx.title(t!(language, "speech-not-available")))
            .push(ctx.text(t!(language, "speech-offer")))
            .push(ctx.grid(buttons, offer.len().max(1)))
            .push(
                container(ctx.labelled_button(
                    language,
                    t!(language, "bar-back"),
                    ButtonKind::Secondary,
                    Message::CloseSpeechOffer,
                    Length::Shrink,
                ))
                .width(Length::Fill)
                .align_x(ctx.start()),
            );
        overlay(ctx.palette, ctx, dialog.into())
    }

    pub(super) fn picker(&self, ctx: &Ctx) -> Element<'_, Message> {
        let palette = ctx.palette;
        let buttons = self
            .services
            .config()
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

    pub(super) fn idle_overlay(&self, ctx: &Ctx, seconds_left: u32) -> Element<'_, Message> {
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

    /// The full crisis messages or the takeover, with its own Listen
    /// button (the bar is covered).
    pub(super) fn crisis_overlay<'a>(
        &'a self,
        ctx: &Ctx,
        active: &[ActiveMessage],
        layer: Layer,
    ) -> Element<'a, Message> {
        let speech = self.services.speech();
        let listen = speech.can_speak().then(|| {
            let caption = if speech.is_speaking() {
                t!(ctx.language, "bar-listen-stop")
            } else {
                t!(ctx.language, "crisis-listen")
            };
            (caption, crisis::Message::Listen)
        });
        crisis::full(ctx, active, layer, listen).map(Message::Crisis)
    }
}

/// "Are you still there?" as plain text.
pub(super) fn describe_idle(language: Language, seconds_left: u32) -> ScreenText {
    ScreenText::new(t!(language, "idle-title"))
        .body(t!(language, "idle-countdown", seconds = seconds_left))
        .choice(t!(language, "idle-yes"))
}

/// The language picker as plain text.
pub(super) fn describe_picker(config: &Config, language: Language) -> ScreenText {
    ScreenText::new(t!(language, "language-picker-title"))
        .choices(config.languages.iter().map(|l| l.native_name()))
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

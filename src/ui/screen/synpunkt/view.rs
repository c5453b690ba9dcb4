//! The synpunkt screen's views: one function per step.

use iced::widget::{Column, Space, container, scrollable};
use iced::{Alignment, Element, Length};

use super::text::*;
use super::{Content, Field, Message, Qr, Receipt, State, Step};
use crate::i18n::Language;
use crate::keyboard::LayoutId;
use crate::synpunkt::{Kind, Topic};
use crate::t;
use crate::ui::fonts;
use crate::ui::keyboard;
use crate::ui::screen::Parts;
use crate::ui::screen::hours::long_date;
use crate::ui::theme::ButtonKind;
use crate::ui::widget::{Ctx, Place};

/// A red-free error line: the text is what marks it (not colour alone).
fn error<'a>(ctx: &Ctx, text: String) -> Element<'a, Message> {
    let palette = ctx.palette;
    container(ctx.styled(
        text,
        ctx.sizes.body(),
        ctx.bold(),
        palette.on_primary,
        Place::Start,
    ))
    .padding([12, 16])
    .width(Length::Fill)
    .style(move |_| iced::widget::container::Style {
        background: Some(iced::Background::Color(palette.primary)),
        border: iced::Border {
            radius: 8.0.into(),
            ..iced::Border::default()
        },
        text_color: Some(palette.on_primary),
        ..iced::widget::container::Style::default()
    })
    .into()
}

/// Information that may be taller than the screen at large text sizes:
/// it scrolls, and the controls below it stay in view.
fn scroll<'a>(info: Column<'a, Message>) -> Element<'a, Message> {
    scrollable(info.padding(iced::Padding::ZERO.right(12).left(12)))
        .width(Length::Fill)
        .height(Length::Fill)
        .into()
}

/// Whether the visitor enlarged the text.
fn enlarged(ctx: &Ctx) -> bool {
    ctx.sizes.body() > crate::ui::theme::BASE_TEXT * 1.1
}

/// Information above controls; with enlarged text both scroll together, so
/// nothing is squeezed or pushed off the screen.
fn fit<'a>(
    ctx: &Ctx,
    info: Column<'a, Message>,
    controls: Element<'a, Message>,
) -> (Element<'a, Message>, Element<'a, Message>) {
    if enlarged(ctx) {
        (scroll(info.push(controls)), Space::new().into())
    } else {
        (info.into(), controls)
    }
}

fn info<'a>() -> Column<'a, Message> {
    Column::new().spacing(16).width(Length::Fill)
}

/// The step's primary action, as wide as its caption.
fn action_button<'a>(ctx: &Ctx, caption: String, message: Message) -> Element<'a, Message> {
    ctx.labelled_button(
        ctx.language,
        caption,
        ButtonKind::Primary,
        message,
        Length::Shrink,
    )
}

/// A primary button on the end side of the row.
fn next_button<'a>(ctx: &Ctx, caption: String, message: Message) -> Element<'a, Message> {
    container(action_button(ctx, caption, message))
        .width(Length::Fill)
        .align_x(ctx.end())
        .into()
}

/// The synpunkt screen's parts: one view function per step.
pub fn view<'a>(ctx: &Ctx, state: &'a State, content: &Content) -> Parts<'a, Message> {
    match state.step {
        Step::Intro => intro(ctx, state, content),
        Step::Route(index) => route(ctx, state, content, index),
        Step::Kind => kind(ctx, state, content),
        Step::Area => area(ctx, state, content),
        Step::Topics => topics(ctx, state, content),
        Step::Message => message(ctx, state, content),
        Step::Contact => contact(ctx, state, content),
        Step::Details => details(ctx, state, content),
        Step::Field(field) => field_page(ctx, state, content, field),
        Step::Review => review(ctx, state, content),
        Step::Sending => sending(ctx, state, content),
        Step::Receipt => receipt(ctx, state, content),
    }
}

/// The intro step.
fn intro<'a>(ctx: &Ctx, _state: &'a State, content: &Content) -> Parts<'a, Message> {
    let language = ctx.language;
    let per_row = if ctx.is_portrait() { 1 } else { 2 };
    let info = info()
        .push(ctx.title(t!(language, "syn-intro-title")))
        .push(ctx.text(t!(language, "syn-intro-what")))
        .push(ctx.text(t!(language, "syn-intro-use")));
    // Built in the order they stand (the focus follows the building
    // order): "continue" above the routes.
    let continue_button = next_button(ctx, t!(language, "syn-intro-continue"), Message::Continue);
    let routes = content
        .routes
        .iter()
        .enumerate()
        .map(|(i, r)| {
            ctx.tile(
                r.icon.as_deref(),
                r.title.clone(),
                r.explanation.lines().next().unwrap_or_default().to_owned(),
                Message::OpenRoute(i, r.url.clone()),
            )
        })
        .collect();
    let controls = Column::new()
        .spacing(16)
        .width(Length::Fill)
        .push(continue_button)
        .push(ctx.heading(t!(language, "syn-not-title")))
        .push(ctx.grid(routes, per_row));
    fit(ctx, info, controls.into())
}

/// The route step.
fn route<'a>(ctx: &Ctx, state: &'a State, content: &Content, index: usize) -> Parts<'a, Message> {
    let language = ctx.language;
    let route = content.routes.get(index);
    let mut info = info();
    if let Some(route) = route {
        info = info.push(ctx.title(route.title.clone()));
        for paragraph in route.explanation.lines() {
            info = info.push(ctx.text(paragraph.to_owned()));
        }
        let mut qr_column = Column::new().spacing(12).align_x(Alignment::Center);
        if let Some(Qr {
            data: Some(data), ..
        }) = &state.qr
        {
            // Dark cells on white in both themes (ui::qr).
            qr_column = qr_column.push(data.view());
        }
        qr_column = qr_column
            .push(ctx.styled(
                t!(language, "syn-route-scan"),
                ctx.sizes.body(),
                ctx.font(),
                ctx.palette.surface_text,
                Place::Center,
            ))
            .push(
                iced::widget::text(route.url.clone())
                    .size(ctx.sizes.body())
                    .font(fonts::DEFAULT)
                    .color(ctx.palette.text),
            );
        info = info.push(ctx.card(qr_column.width(Length::Fill)));
    }
    let controls = ctx.button(
        t!(language, "syn-route-back"),
        ButtonKind::Secondary,
        Message::CloseRoute,
    );
    (scroll(info), controls)
}

/// The pictogram of a kind of synpunkt.
pub fn kind_icon(kind: Kind) -> &'static str {
    use crate::icons::ui;
    match kind {
        Kind::Complaint => ui::COMPLAINT,
        Kind::Praise => ui::PRAISE,
        Kind::Suggestion => ui::SUGGESTION,
    }
}

/// The pictogram of a topic.
pub fn topic_icon(topic: Topic) -> &'static str {
    use crate::icons::ui;
    match topic {
        Topic::Treatment => ui::TREATMENT,
        Topic::HandlingTime => ui::HANDLING_TIME,
        Topic::Accessibility => ui::ACCESSIBILITY,
        Topic::Competence => ui::COMPETENCE,
        Topic::Other => ui::OTHER,
    }
}

/// The kind step.
fn kind<'a>(ctx: &Ctx, _state: &'a State, _content: &Content) -> Parts<'a, Message> {
    let language = ctx.language;
    let info = info().push(ctx.title(t!(language, "syn-kind-title")));
    let tiles = Kind::ALL
        .iter()
        .map(|&k| {
            ctx.tile(
                Some(kind_icon(k)),
                kind_title(k, language),
                kind_text(k, language),
                Message::Kind(k),
            )
        })
        .collect();
    fit(ctx, info, ctx.grid(tiles, 1).into())
}

/// The area step.
fn area<'a>(ctx: &Ctx, state: &'a State, content: &Content) -> Parts<'a, Message> {
    let language = ctx.language;
    let info = info().push(ctx.title(t!(language, "syn-area-title")));
    let buttons = content
        .areas
        .iter()
        .map(|a| {
            let kind = if state.area.as_deref() == Some(a.id.as_str()) {
                ButtonKind::Selected
            } else {
                ButtonKind::Primary
            };
            ctx.icon_button(
                a.icon.as_deref(),
                a.title.clone(),
                kind,
                Message::Area(a.id.clone()),
            )
        })
        .collect();
    fit(ctx, info, ctx.grid(buttons, 2).into())
}

/// The topics step.
fn topics<'a>(ctx: &Ctx, state: &'a State, _content: &Content) -> Parts<'a, Message> {
    let language = ctx.language;
    let mut info = info()
        .push(ctx.title(t!(language, "syn-topics-title")))
        .push(ctx.muted(t!(language, "syn-topics-hint")));
    if state.topic_error {
        info = info.push(error(ctx, t!(language, "syn-error-no-topic")));
    }
    let buttons = Topic::ALL
        .iter()
        .map(|&topic| {
            let selected = state.topics.contains(&topic);
            let caption = if selected {
                t!(
                    language,
                    "syn-selected",
                    choice = topic_title(topic, language)
                )
            } else {
                topic_title(topic, language)
            };
            ctx.icon_button(
                Some(topic_icon(topic)),
                caption,
                if selected {
                    ButtonKind::Selected
                } else {
                    ButtonKind::Secondary
                },
                Message::Toggle(topic),
            )
        })
        .collect();
    let controls = Column::new()
        .spacing(32)
        .push(ctx.grid(buttons, 2))
        .push(next_button(
            ctx,
            t!(language, "syn-next"),
            Message::TopicsDone,
        ));
    fit(ctx, info, controls.into())
}

/// The message step.
fn message<'a>(ctx: &Ctx, state: &'a State, _content: &Content) -> Parts<'a, Message> {
    let language = ctx.language;
    let compact = keyboard::compact(ctx);
    let mut info = info().spacing(12).push(if compact {
        ctx.heading(t!(language, "syn-message-title"))
    } else {
        ctx.title(t!(language, "syn-message-title"))
    });
    // An error takes the hint's place: it says what to do now, and the
    // screen keeps its height for the keyboard.
    let error = state
        .message_error
        .map(|e| error(ctx, message_error_text(e, language)));
    // Before the visitor writes (issue 19): what is written becomes a
    // public document; no sensitive details. Where large text leaves no
    // room above the keyboard (landscape, compact), it stays on the
    // contact step, and speech says it here in every size.
    if !compact {
        if error.is_none() {
            info = info.push(ctx.muted(t!(language, "syn-message-hint")));
        }
        info = info.push(ctx.muted(t!(language, "syn-contact-public")));
    }
    info = info.push(keyboard::text_display(
        ctx,
        t!(language, "syn-message-title"),
        &state.message,
        state.keyboard.layout,
        keyboard::display_lines(ctx),
    ));
    if let Some(counter) = keyboard::counter(ctx, &state.message) {
        info = info.push(counter);
    }
    if let Some(error) = error {
        info = info.push(error);
    }
    let controls = keyboard::with_action(ctx, &state.keyboard, Message::Key, || {
        action_button(ctx, t!(language, "syn-next"), Message::MessageDone)
    });
    (info.into(), controls)
}

/// The contact step.
fn contact<'a>(ctx: &Ctx, _state: &'a State, content: &Content) -> Parts<'a, Message> {
    let language = ctx.language;
    let per_row = if ctx.is_portrait() { 1 } else { 2 };
    let info = info()
        .push(ctx.title(t!(language, "syn-contact-title")))
        .push(
            ctx.card(
                Column::new()
                    .spacing(16)
                    .push(ctx.heading(t!(language, "syn-contact-with-title")))
                    .push(ctx.text(answer_promise(content, language)))
                    .push(ctx.heading(t!(language, "syn-contact-anonymous-title")))
                    .push(ctx.text(t!(language, "syn-contact-anonymous")))
                    .push(ctx.heading(t!(language, "syn-contact-public-title")))
                    .push(ctx.text(t!(language, "syn-contact-public"))),
            ),
        );
    let controls = ctx.grid(
        vec![
            ctx.button(
                t!(language, "syn-contact-with"),
                ButtonKind::Primary,
                Message::WithContact,
            ),
            ctx.button(
                t!(language, "syn-contact-anonymous-button"),
                ButtonKind::Secondary,
                Message::Anonymous,
            ),
        ],
        per_row,
    );
    (scroll(info), controls.into())
}

/// The details step.
fn details<'a>(ctx: &Ctx, state: &'a State, _content: &Content) -> Parts<'a, Message> {
    let language = ctx.language;
    let mut info = info()
        .push(ctx.title(t!(language, "syn-details-title")))
        .push(ctx.muted(t!(language, "syn-details-hint")));
    if state.contact_errors.no_way_to_reach {
        info = info.push(error(ctx, t!(language, "syn-error-no-contact")));
    }
    let mut fields = Column::new().spacing(16).width(Length::Fill);
    for field in [Field::Name, Field::Email, Field::Phone] {
        let value = field_value(state, field).trim();
        let mut column = Column::new()
            .spacing(8)
            .width(Length::Fill)
            .push(ctx.heading(field_title(field, language)));
        column = if value.is_empty() {
            column.push(ctx.muted(t!(language, "syn-field-empty")))
        } else {
            column.push(ctx.styled(
                value.to_owned(),
                ctx.sizes.body(),
                fonts::DEFAULT,
                ctx.palette.text,
                Place::Start,
            ))
        };
        if let Some(text) = field_error(state, field, language) {
            column = column.push(error(ctx, text));
        }
        let edit = ctx.labelled_button(
            language,
            t!(
                language,
                "syn-field-write",
                field = field_title(field, language)
            ),
            ButtonKind::Secondary,
            Message::EditField(field),
            Length::Shrink,
        );
        fields = fields.push(
            ctx.card(
                ctx.row(vec![column.into(), edit])
                    .align_y(Alignment::Center)
                    .width(Length::Fill),
            ),
        );
    }
    let next = next_button(ctx, t!(language, "syn-next"), Message::DetailsDone);
    if enlarged(ctx) {
        (scroll(info.push(fields)), next)
    } else {
        let controls = Column::new().spacing(16).push(fields).push(next);
        (info.into(), controls.into())
    }
}

/// The field step.
fn field_page<'a>(
    ctx: &Ctx,
    state: &'a State,
    _content: &Content,
    field: Field,
) -> Parts<'a, Message> {
    let language = ctx.language;
    let buffer = match field {
        Field::Name => &state.name,
        Field::Email => &state.email,
        Field::Phone => &state.phone,
    };
    let compact = keyboard::compact(ctx);
    let mut info = info().spacing(12).push(if compact {
        ctx.heading(field_title(field, language))
    } else {
        ctx.title(field_title(field, language))
    });
    // As on the message step, an error takes the hint's place.
    let error = field_error(state, field, language).map(|text| error(ctx, text));
    if !compact && error.is_none() {
        info = info.push(ctx.muted(field_hint(field, language)));
    }
    info = info.push(keyboard::text_display(
        ctx,
        field_title(field, language),
        buffer,
        state.field_keyboard.layout,
        1.0,
    ));
    if let Some(error) = error {
        info = info.push(error);
    }
    let controls = keyboard::with_action(ctx, &state.field_keyboard, Message::FieldKey, || {
        action_button(ctx, t!(language, "syn-field-done"), Message::FieldDone)
    });
    (info.into(), controls)
}

/// The review step.
fn review<'a>(ctx: &Ctx, state: &'a State, content: &Content) -> Parts<'a, Message> {
    let language = ctx.language;
    let per_row = if ctx.is_portrait() { 1 } else { 2 };
    let card = |(heading, lines, edit, step): (String, Vec<String>, String, Step)| {
        let mut column = Column::new()
            .spacing(4)
            .width(Length::Fill)
            .push(ctx.heading(heading));
        for line in lines {
            // Typed text keeps its own direction.
            let script = keyboard::text_language(&line, LayoutId::Latin, language);
            column = column.push(crate::ui::widget::label(
                script,
                line,
                ctx.sizes.body(),
                fonts::regular(script),
                Some(ctx.palette.surface_text),
                Place::Start,
            ));
        }
        let button = ctx.labelled_button(
            language,
            edit,
            ButtonKind::Secondary,
            Message::Edit(step),
            Length::Shrink,
        );
        ctx.card(
            ctx.row(vec![column.into(), button])
                .align_y(Alignment::Center)
                .width(Length::Fill),
        )
    };
    // The message (the longest) gets the full width, under the others; the
    // cards are built in that order too (the focus follows it).
    let mut sections = review_sections(state, content, language);
    let message = sections.remove(3);
    let cards: Vec<Element<'a, Message>> = sections.into_iter().map(card).collect();
    let message = card(message);
    let sections = Column::new()
        .spacing(16)
        .push(ctx.grid(cards, per_row))
        .push(message);
    let info = info()
        .push(ctx.title(t!(language, "syn-review-title")))
        .push(ctx.muted(t!(language, "syn-review-hint")))
        .push(sections);
    let controls = next_button(ctx, t!(language, "syn-send"), Message::Send);
    (scroll(info), controls)
}

/// The sending step.
fn sending<'a>(ctx: &Ctx, _state: &'a State, _content: &Content) -> Parts<'a, Message> {
    let language = ctx.language;
    (
        info().push(ctx.title(t!(language, "syn-sending"))).into(),
        Space::new().into(),
    )
}

/// The receipt step.
fn receipt<'a>(ctx: &Ctx, state: &'a State, _content: &Content) -> Parts<'a, Message> {
    let language = ctx.language;
    let mut info = info();
    if let Some(receipt) = &state.receipt {
        for (i, paragraph) in receipt_paragraphs(receipt, language)
            .into_iter()
            .enumerate()
        {
            info = info.push(if i == 0 {
                ctx.title(paragraph)
            } else {
                ctx.text(paragraph)
            });
        }
        let reference = Column::new()
            .spacing(8)
            .width(Length::Fill)
            .push(ctx.heading(t!(language, "syn-receipt-reference")))
            .push(ctx.styled(
                receipt.reference.clone(),
                ctx.sizes.title(),
                fonts::bold(Language::Sv),
                ctx.palette.surface_text,
                Place::Start,
            ));
        info = info.push(ctx.card(reference));
    }
    let controls = next_button(ctx, t!(language, "syn-receipt-done"), Message::Done);
    (scroll(info), controls)
}

/// The review's sections: heading, lines, edit button caption, step.
pub(super) fn review_sections(
    state: &State,
    content: &Content,
    language: Language,
) -> Vec<(String, Vec<String>, String, Step)> {
    let message = {
        let text = state.message.as_str();
        let chars = text.chars().count();
        if chars > 300 {
            let tail: String = text.chars().take(300).collect();
            format!("{tail} …")
        } else {
            text.to_owned()
        }
    };
    vec![
        (
            t!(language, "syn-review-kind"),
            vec![
                state
                    .kind
                    .map(|k| kind_title(k, language))
                    .unwrap_or_default(),
            ],
            t!(language, "syn-review-edit-kind"),
            Step::Kind,
        ),
        (
            t!(language, "syn-review-area"),
            vec![area_title(state, content)],
            t!(language, "syn-review-edit-area"),
            Step::Area,
        ),
        (
            t!(language, "syn-review-topics"),
            vec![topics_text(state, language)],
            t!(language, "syn-review-edit-topics"),
            Step::Topics,
        ),
        (
            t!(language, "syn-review-message"),
            vec![message],
            t!(language, "syn-review-edit-message"),
            Step::Message,
        ),
        (
            t!(language, "syn-review-contact"),
            contact_lines(state, language),
            t!(language, "syn-review-edit-contact"),
            Step::Contact,
        ),
    ]
}

/// The receipt, paragraph by paragraph; the first is the title.
pub fn receipt_paragraphs(receipt: &Receipt, language: Language) -> Vec<String> {
    let mut out = vec![t!(language, "syn-receipt-title")];
    if receipt.kind == Kind::Complaint {
        out.push(t!(language, "syn-receipt-sorry"));
    }
    if receipt.queued {
        out.push(t!(language, "syn-receipt-queued"));
    }
    out.push(t!(language, "syn-receipt-next"));
    match receipt.answer_by {
        Some(date) => out.push(t!(
            language,
            "syn-receipt-answer",
            date = long_date(date, language)
        )),
        None => out.push(t!(language, "syn-receipt-no-answer")),
    }
    out.push(t!(language, "syn-receipt-unhappy"));
    out
}

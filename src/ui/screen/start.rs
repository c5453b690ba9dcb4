//! Start: welcome in every offered language, a button per language with its
//! own name, the clock and today's opening hours.

use chrono::NaiveDateTime;
use iced::widget::{Column, Space, text};
use iced::{Alignment, Element, Length, Task};

use super::{Env, Event, Parts};

use crate::config::Config;
use crate::describe::ScreenText;
use crate::i18n::Language;
use crate::t;
use crate::ui::fonts;
use crate::ui::theme::ButtonKind;
use crate::ui::widget::{Ctx, Place, label};

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    Choose(Language),
}

pub fn update(message: Message, _env: &Env) -> (Task<Message>, Option<Event>) {
    match message {
        Message::Choose(language) => (Task::none(), Some(Event::Begin(language))),
    }
}

/// Today's hours as one line in `language`.
pub fn hours_today(config: &Config, now: NaiveDateTime, language: Language) -> String {
    match config.opening_hours.on(now.date()).intervals_text() {
        None => t!(language, "start-closed-today"),
        Some(hours) => t!(language, "start-open-today", hours = hours),
    }
}

/// The parts of the Start screen: information on top, controls below (the
/// root places controls low in reach mode).
pub fn view<'a>(ctx: &Ctx, env: &Env<'a>) -> Parts<'a, Message> {
    let config = env.config();
    let now = env.local();
    let language = config.default_language();
    // The clock, the office and the welcomes keep their size: the visitor's
    // text-size choice enlarges what is read and touched, and Start must
    // still fit on one screen at the largest size.
    let fixed = crate::ui::theme::Sizes::new(crate::session::TextSize::Normal);
    let clock = text(now.format("%H:%M").to_string())
        .size(fixed.huge())
        .font(fonts::DEFAULT)
        .color(ctx.palette.text);
    let office = ctx.styled(
        config.office.name.clone(),
        fixed.heading(),
        ctx.bold(),
        ctx.palette.text,
        Place::Center,
    );
    let hours = ctx.styled(
        hours_today(config, now, language),
        ctx.sizes.body(),
        ctx.font(),
        ctx.palette.text,
        Place::Center,
    );

    let per_row = if ctx.is_portrait() {
        2
    } else {
        // At most four to a row, the rows as even as they come: eight
        // languages in two rows of four, nine in three rows of three.
        let n = config.languages.len().max(1);
        n.div_ceil(n.div_ceil(4))
    };
    // Easy-to-read Swedish says "Välkommen" as Swedish does: each greeting
    // once.
    let mut greeted: Vec<String> = Vec::new();
    let welcomes: Vec<Element<'a, Message>> = config
        .languages
        .iter()
        .filter_map(|&l| {
            let welcome = l.welcome();
            if greeted.contains(&welcome) {
                return None;
            }
            greeted.push(welcome.clone());
            Some(label(
                l,
                welcome,
                fixed.heading(),
                fonts::bold(l),
                Some(ctx.palette.text),
                Place::Center,
            ))
        })
        .collect();

    let info = Column::new()
        .spacing(12)
        .align_x(Alignment::Center)
        .width(Length::Fill)
        .push(clock)
        .push(office)
        .push(hours)
        .push(Space::new().height(16))
        .push(ctx.grid(welcomes, per_row));

    let buttons: Vec<Element<'a, Message>> = config
        .languages
        .iter()
        .map(|&l| {
            ctx.labelled_button(
                l,
                l.native_name(),
                ButtonKind::Primary,
                Message::Choose(l),
                Length::Fill,
            )
        })
        .collect();
    let controls = Column::new()
        .spacing(16)
        .width(Length::Fill)
        .push(ctx.styled(
            t!(language, "start-touch-language"),
            ctx.sizes.heading(),
            ctx.font(),
            ctx.palette.text,
            Place::Center,
        ))
        .push(ctx.grid(buttons, per_row));

    (info.into(), controls.into())
}

/// Start, read in the kiosk's default language (the visitor has not
/// chosen one yet).
pub fn describe(env: &Env, _language: Language) -> ScreenText {
    let config = env.config();
    describe_at(config, env.local(), config.default_language())
}

/// Start at `now` in `language`, as plain text.
pub fn describe_at(config: &Config, now: NaiveDateTime, language: Language) -> ScreenText {
    ScreenText::new(t!(language, "welcome"))
        .body(config.office.name.clone())
        .body(hours_today(config, now, language))
        .body(t!(language, "start-touch-language"))
        .choices(config.languages.iter().map(|l| l.native_name()))
}

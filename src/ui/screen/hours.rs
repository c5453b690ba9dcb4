//! Opening hours for the next seven days, with changed days marked.

use chrono::NaiveDate;
use iced::Length;
use iced::widget::{Column, container};

use crate::describe::ScreenText;
use crate::hours::{DayHours, OpeningHours};
use crate::i18n::Language;
use crate::t;
use crate::ui::widget::{Ctx, Place};

use super::{Env, Parts};

/// "måndag 23 november" in the visitor's language (the same words the
/// kiosk speaks).
pub fn long_date(date: NaiveDate, language: Language) -> String {
    crate::speech::spoken::date(language, date)
}

pub fn weekday_name(date: NaiveDate, language: Language) -> String {
    crate::speech::spoken::weekday_name(language, date)
}

/// A day's hours as shown: the intervals, or "closed" in `language`.
pub fn hours_text(hours: &DayHours, language: Language) -> String {
    hours
        .intervals_text()
        .unwrap_or_else(|| t!(language, "hours-closed"))
}

struct Line {
    day: String,
    hours: String,
    changed: bool,
}

fn lines(hours: &OpeningHours, today: NaiveDate, language: Language) -> Vec<Line> {
    hours
        .week_from(today)
        .map(|(date, day)| Line {
            day: if date == today {
                t!(
                    language,
                    "hours-today-date",
                    date = long_date(date, language)
                )
            } else {
                long_date(date, language)
            },
            hours: hours_text(day, language),
            changed: hours.is_exception(date),
        })
        .collect()
}

/// The opening hours screen.
pub fn view<'a, M: 'a>(ctx: &Ctx, env: &Env<'a>) -> Parts<'a, M> {
    week(ctx, &env.config().opening_hours, env.today())
}

/// The opening hours screen as plain text.
pub fn describe(env: &Env, language: Language) -> ScreenText {
    describe_week(&env.config().opening_hours, env.today(), language)
}

/// The coming week's hours from `today`.
pub fn week<'a, M: 'a>(ctx: &Ctx, hours: &OpeningHours, today: NaiveDate) -> Parts<'a, M> {
    let language = ctx.language;
    let mut days = Column::new().spacing(12).width(Length::Fill);
    for line in lines(hours, today, language) {
        let mut left = Column::new()
            .width(Length::FillPortion(3))
            .push(ctx.text(line.day));
        if line.changed {
            left = left.push(ctx.muted(t!(language, "hours-changed")));
        }
        let right = container(ctx.styled(
            line.hours,
            ctx.sizes.body(),
            ctx.bold(),
            ctx.palette.text,
            Place::Start,
        ))
        .width(Length::FillPortion(2));
        days = days.push(ctx.row(vec![left.into(), right.into()]).width(Length::Fill));
    }
    let info = Column::new()
        .spacing(16)
        .width(Length::Fill)
        .push(ctx.title(t!(language, "hours-title")))
        .push(ctx.card(days));
    (info.into(), Column::new().into())
}

/// The coming week's hours from `today`, as plain text.
pub fn describe_week(hours: &OpeningHours, today: NaiveDate, language: Language) -> ScreenText {
    let mut screen = ScreenText::new(t!(language, "hours-title"));
    for line in lines(hours, today, language) {
        screen = screen.body(t!(
            language,
            "hours-day-line",
            day = line.day,
            hours = line.hours
        ));
        if line.changed {
            screen = screen.body(t!(language, "hours-changed"));
        }
    }
    screen
}

//! Home: big tiles for the flows that exist. A tile appears only when its
//! flow works; later flows add a [`Flow`] variant and a tile here.

use iced::widget::Column;
use iced::{Length, Task};

use super::{Env, Event, Parts};

use crate::describe::ScreenText;
use crate::i18n::Language;
use crate::t;
use crate::ui::widget::Ctx;

/// The flows reachable from Home, in tile order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    Queue,
    Synpunkt,
    /// E-service guides and paper forms (needs content).
    Guides,
    /// Contacts of the municipality and agencies (needs content).
    Contacts,
    Hours,
    /// Area news and events (needs feeds with items).
    News,
    /// The office's digital tools (needs `office.toml` with tools).
    Tools,
}

impl Flow {
    /// The pictogram on the flow's tile (issue 19).
    pub fn icon(self) -> &'static str {
        use crate::icons::ui;
        match self {
            Flow::Queue => ui::QUEUE,
            Flow::Synpunkt => ui::SYNPUNKT,
            Flow::Guides => ui::GUIDES,
            Flow::Contacts => ui::CONTACTS,
            Flow::Hours => ui::HOURS,
            Flow::News => ui::NEWS,
            Flow::Tools => ui::TOOLS,
        }
    }

    /// Every flow, in tile order.
    pub const ALL: [Flow; 7] = [
        Flow::Queue,
        Flow::Guides,
        Flow::Synpunkt,
        Flow::Tools,
        Flow::Contacts,
        Flow::News,
        Flow::Hours,
    ];

    /// The flow's fixed name in the statistics.
    pub fn id(self) -> &'static str {
        match self {
            Flow::Queue => "ticket",
            Flow::Guides => "guides",
            Flow::Synpunkt => "synpunkt",
            Flow::Contacts => "contacts",
            Flow::Hours => "hours",
            Flow::News => "news",
            Flow::Tools => "tools",
        }
    }

    pub fn title(self, language: Language) -> String {
        match self {
            Flow::Queue => t!(language, "tile-queue"),
            Flow::Guides => t!(language, "tile-guides"),
            Flow::Contacts => t!(language, "tile-contacts"),
            Flow::Hours => t!(language, "tile-hours"),
            Flow::Synpunkt => t!(language, "tile-synpunkt"),
            Flow::News => t!(language, "tile-news"),
            Flow::Tools => t!(language, "tile-tools"),
        }
    }

    fn explanation(self, language: Language) -> String {
        match self {
            Flow::Queue => t!(language, "tile-queue-text"),
            Flow::Guides => t!(language, "tile-guides-text"),
            Flow::Contacts => t!(language, "tile-contacts-text"),
            Flow::Hours => t!(language, "tile-hours-text"),
            Flow::Synpunkt => t!(language, "tile-synpunkt-text"),
            Flow::News => t!(language, "tile-news-text"),
            Flow::Tools => t!(language, "tile-tools-text"),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    Open(Flow),
}

pub fn update(message: Message, _env: &Env) -> (Task<Message>, Option<Event>) {
    match message {
        Message::Open(flow) => (Task::none(), Some(Event::Open(flow))),
    }
}

/// Home with the tiles of the flows that work on this kiosk.
pub fn view<'a>(ctx: &Ctx, env: &Env<'a>) -> Parts<'a, Message> {
    let flows = env.flows;
    let language = ctx.language;
    let info = Column::new()
        .spacing(12)
        .width(Length::Fill)
        .push(ctx.title(t!(language, "home-title")))
        .push(ctx.muted(t!(language, "home-desk-hint")));
    let tiles = flows
        .iter()
        .map(|&flow| {
            ctx.tile(
                Some(flow.icon()),
                flow.title(language),
                flow.explanation(language),
                Message::Open(flow),
            )
        })
        .collect();
    let per_row = if ctx.is_portrait() { 1 } else { 2 };
    (info.into(), ctx.grid(tiles, per_row).into())
}

pub fn describe(env: &Env, language: Language) -> ScreenText {
    describe_flows(language, env.flows)
}

/// Home with these tiles, as plain text.
pub fn describe_flows(language: Language, flows: &[Flow]) -> ScreenText {
    ScreenText::new(t!(language, "home-title"))
        .body(t!(language, "home-desk-hint"))
        .choices(flows.iter().map(|f| f.title(language)))
}

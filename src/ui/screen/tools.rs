//! Digital tools in the office: what this office lends and how to use it
//! (public computers, printing, scanning, Wi-Fi, charging, the kiosk,
//! drop-in digital help), the guides to the digital basics, and "I want
//! help from staff" with a ticket that says which tool it is about.
//!
//! The office's own data comes from `office.toml` in the content. The
//! Wi-Fi password is in the QR code, and on screen only when the visitor
//! asks; speech reads it in a private headset only, never on the
//! loudspeaker.

use iced::widget::Column;
use iced::{Element, Length, Task};

use crate::content::{Catalog, Tool, Wifi, WifiSecurity};
use crate::contract::Topic;
use crate::describe::ScreenText;
use crate::i18n::Language;
use crate::staff::Counted;
use crate::t;
use crate::ui::qr;
use crate::ui::screen::contacts::field;
use crate::ui::screen::guides::{
    self, DIGITAL_HELP_SERVICE, QR_SIZE, numbered, plain, qr_card, scroll,
};
use crate::ui::theme::{ButtonKind, TOUCH_GAP};
use crate::ui::widget::Ctx;

use super::{Env, Event, Parts};

/// The guide category the "digital basics" tile opens.
pub const SKILLS_CATEGORY: &str = "digital-skills";

#[derive(Debug, Default)]
pub enum Page {
    #[default]
    List,
    Tool {
        id: String,
        /// The guest network's QR code (joins it in one scan).
        qr: Option<qr::Code>,
        /// The visitor asked to see the Wi-Fi password.
        password_shown: bool,
    },
}

#[derive(Debug, Default)]
pub struct State {
    pub page: Page,
}

#[derive(Debug, Clone)]
pub enum Message {
    Open(String),
    /// Show or hide the Wi-Fi password.
    ShowPassword(bool),
    /// The guides to the digital basics.
    Skills,
    HelpFromStaff,
}

impl State {
    /// The page of one tool (search hits, screenshots, tests); the list
    /// when there is no such tool.
    pub fn tool(catalog: &Catalog, id: &str) -> Self {
        let mut state = State::default();
        state.open(catalog, id);
        state
    }

    fn open(&mut self, catalog: &Catalog, id: &str) {
        let Some(tool) = catalog.tool(id) else {
            return;
        };
        let qr = tool
            .network
            .as_ref()
            .and_then(|n| qr::Code::new(&n.qr_payload(), QR_SIZE));
        self.page = Page::Tool {
            id: tool.id.clone(),
            qr,
            password_shown: false,
        };
    }

    pub fn update(&mut self, message: Message, env: &Env) -> (Task<Message>, Option<Event>) {
        let event = match message {
            Message::Open(id) => {
                self.open(env.catalog(), &id);
                if let Page::Tool { id, qr, .. } = &self.page {
                    env.services.count(Counted::ToolOpened { id });
                    if qr.is_some() {
                        env.services.count(Counted::QrShown { kind: "wifi" });
                    }
                }
                None
            }
            Message::ShowPassword(show) => {
                if let Page::Tool { password_shown, .. } = &mut self.page {
                    *password_shown = show;
                }
                None
            }
            Message::Skills => Some(Event::OpenCategory(SKILLS_CATEGORY.to_owned())),
            Message::HelpFromStaff if env.services.has_api() => {
                let topic = match &self.page {
                    Page::Tool { id, .. } => Some(Topic::Tool(id.clone()).to_string()),
                    Page::List => None,
                };
                tracing::info!(
                    topic = topic.as_deref().unwrap_or("-"),
                    "digital help requested from the tools"
                );
                Some(Event::Queue {
                    service: DIGITAL_HELP_SERVICE.to_owned(),
                    topic,
                })
            }
            Message::HelpFromStaff => None,
        };
        (Task::none(), event)
    }

    /// One step back; `false` at the list (the root then goes Home).
    pub fn back(&mut self) -> bool {
        match std::mem::take(&mut self.page) {
            Page::List => false,
            Page::Tool { .. } => true,
        }
    }

    pub fn view<'a>(&'a self, ctx: &Ctx, env: &Env<'a>) -> Parts<'a, Message> {
        let catalog = env.catalog();
        let help = help_button(ctx, env.services.has_api());
        match &self.page {
            Page::List => (list_info(ctx), with_help(scroll(list(ctx, catalog)), help)),
            Page::Tool {
                id,
                qr,
                password_shown,
            } => match catalog.tool(id) {
                Some(tool) => tool_view(ctx, catalog, tool, qr.as_ref(), *password_shown, help),
                None => (list_info(ctx), help),
            },
        }
    }

    pub fn describe(&self, env: &Env, language: Language) -> ScreenText {
        let catalog = env.catalog();
        match &self.page {
            Page::Tool {
                id, password_shown, ..
            } => match catalog.tool(id) {
                Some(tool) => describe_tool(catalog, tool, *password_shown, language),
                None => describe_list(catalog, language),
            },
            Page::List => describe_list(catalog, language),
        }
    }
}

/// A scrolled list with the help button under it.
fn with_help<'a>(list: Element<'a, Message>, help: Element<'a, Message>) -> Element<'a, Message> {
    Column::new()
        .spacing(TOUCH_GAP * 2.0)
        .height(Length::Fill)
        .push(list)
        .push(help)
        .into()
}

fn help_button<'a>(ctx: &Ctx, has_queue: bool) -> Element<'a, Message> {
    if has_queue {
        ctx.button(
            t!(ctx.language, "guide-help-from-staff"),
            ButtonKind::Primary,
            Message::HelpFromStaff,
        )
    } else {
        Column::new().into()
    }
}

fn list_info<'a>(ctx: &Ctx) -> Element<'a, Message> {
    Column::new()
        .spacing(12)
        .push(ctx.title(t!(ctx.language, "tools-title")))
        .push(ctx.muted(t!(ctx.language, "tools-intro")))
        .into()
}

/// The tools with a text, as (id, title, summary, the text's language).
fn tool_titles(catalog: &Catalog, language: Language) -> Vec<(String, String, String, Language)> {
    catalog
        .tools()
        .iter()
        .filter_map(|tool| {
            let text = catalog.tool_text(&tool.id, language)?;
            Some((
                tool.id.clone(),
                plain(&text.value.title),
                plain(&text.value.summary),
                text.language,
            ))
        })
        .collect()
}

fn has_skills(catalog: &Catalog) -> bool {
    catalog.guides_in(SKILLS_CATEGORY).next().is_some()
}

fn list<'a>(ctx: &Ctx, catalog: &'a Catalog) -> Element<'a, Message> {
    let language = ctx.language;
    // The digital basics first, built first so that they take the focus
    // first too; then the tools, three to a row in landscape, so all fit a
    // 1080p screen.
    let mut list = Column::new().spacing(TOUCH_GAP * 2.0);
    if has_skills(catalog) {
        list = list.push(ctx.tile(
            catalog.category_icon(SKILLS_CATEGORY),
            t!(language, "tools-skills"),
            t!(language, "tools-skills-text"),
            Message::Skills,
        ));
    }
    let tiles = tool_titles(catalog, language)
        .into_iter()
        .map(|(id, title, summary, in_lang)| {
            let icon = catalog.tool(&id).and_then(|t| t.icon.as_deref());
            ctx.in_language(in_lang)
                .tile(icon, title, summary, Message::Open(id))
        })
        .collect();
    let per_row = if ctx.is_portrait() { 1 } else { 3 };
    list.push(ctx.grid(tiles, per_row)).into()
}

fn tool_view<'a>(
    ctx: &Ctx,
    catalog: &'a Catalog,
    tool: &'a Tool,
    qr: Option<&qr::Code>,
    password_shown: bool,
    help: Element<'a, Message>,
) -> Parts<'a, Message> {
    let language = ctx.language;
    let Some(text) = catalog.tool_text(&tool.id, language) else {
        return (list_info(ctx), help);
    };
    let c = ctx.in_language(text.language);
    let mut main = Column::new().spacing(20).width(Length::Fill);
    if text.is_fallback {
        main = main.push(ctx.card(ctx.text(t!(language, "guides-in-swedish"))));
    }
    main = main
        .push(c.text(plain(&text.value.summary)))
        .push(ctx.heading(t!(language, "guide-steps")));
    for (i, step) in text.value.steps.iter().enumerate() {
        main = main.push(numbered(ctx, &c, i + 1, plain(step)));
    }
    if tool.drop_in {
        main = main.push(ctx.heading(t!(language, "tools-drop-in")));
        for line in guides::drop_in_lines(catalog, language) {
            main = main.push(ctx.text(line));
        }
    }
    let mut side = Column::new().spacing(20).width(Length::Fill);
    if let Some(network) = &tool.network {
        side = side.push(network_card(ctx, network, password_shown));
        if let Some(data) = qr {
            side = side.push(qr_card(
                ctx,
                data,
                t!(language, "tools-wifi-qr"),
                t!(language, "tools-wifi-scan"),
            ));
        }
    }
    let content: Element<'a, Message> = if tool.network.is_none() {
        scroll(main)
    } else if ctx.is_portrait() {
        scroll(Column::new().spacing(24).push(main).push(side))
    } else {
        ctx.row(vec![
            iced::widget::container(scroll(main))
                .width(Length::FillPortion(3))
                .into(),
            scroll(side),
        ])
        .spacing(TOUCH_GAP * 3.0)
        .height(Length::Fill)
        .into()
    };
    let info = Column::new()
        .spacing(20)
        .height(Length::Fill)
        .push(c.title(plain(&text.value.title)))
        .push(content);
    (info.into(), help)
}

/// The network's name, how it is protected, and the password behind a
/// button (left to right whatever the visitor's language).
fn network_card<'a>(ctx: &Ctx, network: &'a Wifi, password_shown: bool) -> Element<'a, Message> {
    let language = ctx.language;
    let mut card = Column::new().spacing(16).push(field(
        ctx,
        t!(language, "tools-wifi-network"),
        &network.ssid,
    ));
    if network.hidden {
        card = card.push(ctx.muted(t!(language, "tools-wifi-hidden")));
    }
    match (&network.password, network.security) {
        (_, WifiSecurity::Open) | (None, _) => {
            card = card.push(ctx.text(t!(language, "tools-wifi-open")));
        }
        (Some(password), _) if password_shown => {
            card = card
                .push(field(ctx, t!(language, "tools-wifi-password"), password))
                .push(ctx.button(
                    t!(language, "tools-wifi-hide-password"),
                    ButtonKind::Secondary,
                    Message::ShowPassword(false),
                ));
        }
        (Some(_), _) => {
            card = card.push(ctx.button(
                t!(language, "tools-wifi-show-password"),
                ButtonKind::Secondary,
                Message::ShowPassword(true),
            ));
        }
    }
    ctx.card(card)
}

fn describe_list(catalog: &Catalog, language: Language) -> ScreenText {
    let mut screen = ScreenText::new(t!(language, "tools-title")).body(t!(language, "tools-intro"));
    if has_skills(catalog) {
        screen = screen.choice(t!(language, "tools-skills"));
    }
    screen
        .choices(
            tool_titles(catalog, language)
                .into_iter()
                .map(|(_, title, _, _)| title),
        )
        .choice(t!(language, "guide-help-from-staff"))
}

/// A tool as plain text. The Wi-Fi password only as a private line: read in
/// a headset, replaced by a notice on the loudspeaker.
fn describe_tool(
    catalog: &Catalog,
    tool: &Tool,
    password_shown: bool,
    language: Language,
) -> ScreenText {
    let Some(text) = catalog.tool_text(&tool.id, language) else {
        return describe_list(catalog, language);
    };
    let mut screen = ScreenText::new(plain(&text.value.title));
    if text.is_fallback {
        screen = screen.body(t!(language, "guides-in-swedish"));
    }
    screen = screen
        .body(plain(&text.value.summary))
        .body(t!(language, "guide-steps"));
    for (i, step) in text.value.steps.iter().enumerate() {
        screen = screen.body(format!("{}. {}", i + 1, plain(step)));
    }
    if tool.drop_in {
        screen = screen
            .body(t!(language, "tools-drop-in"))
            .body(guides::drop_in_lines(catalog, language).join(". "));
    }
    if let Some(network) = &tool.network {
        screen = screen.body(format!(
            "{} {}",
            t!(language, "tools-wifi-network"),
            network.ssid
        ));
        if network.hidden {
            screen = screen.body(t!(language, "tools-wifi-hidden"));
        }
        match &network.password {
            Some(password) if network.security != WifiSecurity::Open => {
                if password_shown {
                    screen = screen.secret_body(
                        format!("{} {password}", t!(language, "tools-wifi-password")),
                        t!(language, "tools-wifi-password-not-read"),
                    );
                    screen = screen.choice(t!(language, "tools-wifi-hide-password"));
                } else {
                    screen = screen.choice(t!(language, "tools-wifi-show-password"));
                }
            }
            _ => screen = screen.body(t!(language, "tools-wifi-open")),
        }
        screen = screen.body(t!(language, "tools-wifi-scan"));
    }
    screen.choice(t!(language, "guide-help-from-staff"))
}

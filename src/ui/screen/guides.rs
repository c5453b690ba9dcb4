//! E-services and forms: categories → the guides of a category → one guide
//! (plain numbered steps, what you need, a QR code to continue on the phone,
//! "I want help from staff"), and the paper forms the desk hands out.
//!
//! The guide is rendered from its structured fields with our own text
//! helpers, not with iced's markdown widget: iced 0.14's markdown places
//! right-to-left paragraphs wrongly (see `widget::label`), and the
//! structured fields carry everything the Markdown body would.
//!
//! Content texts are shown in the language they are in: a guide missing in
//! the visitor's language is shown in Swedish (left to right) under
//! headings in the visitor's language, with a note saying so.

use iced::widget::{Column, container, scrollable};
use iced::{Alignment, Element, Length, Task};

use crate::content::{Catalog, Guide, GuideText, Need, Provider, Scope, Target};
use crate::contract::Topic;
use crate::describe::ScreenText;
use crate::i18n::Language;
use crate::keyboard::{Key, Keyboard};
use crate::staff::Counted;
use crate::t;
use crate::ui::qr;
use crate::ui::search::{self, Search};
use crate::ui::theme::{self, ButtonKind, TOUCH_GAP};
use crate::ui::widget::{Ctx, inline_text};

use super::{Env, Event, Parts};

/// The queue service that gives help with e-services (the demo central
/// config's id for "help with e-services and digital tools").
pub const DIGITAL_HELP_SERVICE: &str = "e-services";

#[derive(Debug)]
pub enum Page {
    Categories,
    List {
        category: String,
    },
    Guide {
        id: String,
        /// The category the visitor came from (back leads there).
        category: String,
        /// The official URL as a QR code ("continue on your phone").
        qr: Option<qr::Code>,
        /// The search it was found by (back returns to its results).
        search: Option<Box<Search>>,
    },
    Forms {
        /// The search the forms were found by (back returns to its results).
        search: Option<Box<Search>>,
    },
    /// Search over guides, forms and contacts on our keyboard.
    Search(Box<Search>),
}

#[derive(Debug)]
pub struct State {
    pub page: Page,
}

#[derive(Debug, Clone)]
pub enum Message {
    Category(String),
    Guide(String),
    Forms,
    HelpFromStaff,
    /// Open the search (from the categories).
    Search,
    /// A key of the search keyboard.
    SearchKey(Key),
    /// A search result touched.
    Open(Target),
}

/// What a page asks of the screen's owner.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Request {
    /// Take a queue ticket for help with e-services, about this guide.
    HelpFromStaff(Option<String>),
    /// A contact was found by the search: show it on the contacts screen.
    OpenContact(String),
    /// One of the office's tools was found by the search.
    OpenTool(String),
}

impl Default for State {
    fn default() -> Self {
        State::new()
    }
}

impl State {
    pub fn new() -> Self {
        State {
            page: Page::Categories,
        }
    }

    /// The guide page for `id` (screenshots, tests).
    pub fn guide(catalog: &Catalog, id: &str) -> Self {
        let mut state = State::new();
        state.open_guide(catalog, id);
        state
    }

    /// The guides of one category.
    pub fn category(id: String) -> Self {
        State {
            page: Page::List { category: id },
        }
    }

    pub fn forms() -> Self {
        State {
            page: Page::Forms { search: None },
        }
    }

    /// The search page with a query already typed (screenshots, tests).
    pub fn searching(language: Language, query: &str) -> Self {
        State {
            page: Page::Search(Box::new(Search::with_query(language, Scope::All, query))),
        }
    }

    /// The search keyboard (as it was before the press) and the key, when
    /// `message` is a key press on it: the root speaks keys while speech
    /// is on.
    pub fn pressed(&self, message: &Message) -> Option<(Keyboard, Key)> {
        match (message, &self.page) {
            (Message::SearchKey(key), Page::Search(search)) => Some((search.keyboard, *key)),
            _ => None,
        }
    }

    /// The message a key typed on a physical keyboard gives, on the
    /// search page.
    pub fn typed(&self, key: Key) -> Option<Message> {
        matches!(self.page, Page::Search(_)).then_some(Message::SearchKey(key))
    }

    /// The visitor changed language: the search keyboard follows.
    pub fn set_language(&mut self, language: Language) {
        if let Page::Search(search) = &mut self.page {
            search.set_language(language);
        }
    }

    /// The search the visitor is on, taken to come back to it (`None`
    /// when not on the search page; the page is left as it was).
    fn take_search(&mut self) -> Option<Box<Search>> {
        match std::mem::replace(&mut self.page, Page::Categories) {
            Page::Search(search) => Some(search),
            page => {
                self.page = page;
                None
            }
        }
    }

    fn open_guide(&mut self, catalog: &Catalog, id: &str) {
        let Some(guide) = catalog.guide(id) else {
            return;
        };
        let search = self.take_search();
        self.page = Page::Guide {
            id: guide.id.clone(),
            category: guide.category.clone(),
            qr: qr::Code::new(&guide.url, QR_SIZE),
            search,
        };
    }

    /// Handles a message; keys pressed on the search keyboard are spoken
    /// while speech is on.
    pub fn update(&mut self, message: Message, env: &Env) -> (Task<Message>, Option<Event>) {
        if let Some((keyboard, key)) = self.pressed(&message) {
            env.services.speak_key(&keyboard, key);
        }
        let searched = search_state(&self.page, env);
        let opens = matches!(
            message,
            Message::Guide(_) | Message::Open(_) | Message::Forms
        );
        let request = self.page_update(message, env.catalog(), env.language);
        count(
            &self.page,
            searched,
            search_state(&self.page, env),
            opens,
            env,
        );
        let event = match request {
            Some(Request::HelpFromStaff(guide)) if env.services.has_api() => {
                if let Some(id) = &guide {
                    env.services.count(Counted::GuideHelp { id });
                }
                tracing::info!(
                    guide = guide.as_deref().unwrap_or("-"),
                    "help with e-services requested from a guide"
                );
                Some(Event::Queue {
                    service: DIGITAL_HELP_SERVICE.to_owned(),
                    topic: guide.map(|id| Topic::Guide(id).to_string()),
                })
            }
            Some(Request::HelpFromStaff(_)) | None => None,
            Some(Request::OpenContact(id)) => Some(Event::OpenContact(id)),
            Some(Request::OpenTool(id)) => Some(Event::OpenTool(id)),
        };
        (Task::none(), event)
    }

    pub fn view<'a>(&'a self, ctx: &Ctx, env: &Env<'a>) -> Parts<'a, Message> {
        view(self, env.catalog(), ctx, env.services.has_api())
    }

    pub fn describe(&self, env: &Env, language: Language) -> ScreenText {
        describe(self, env.catalog(), language)
    }

    fn page_update(
        &mut self,
        message: Message,
        catalog: &Catalog,
        language: Language,
    ) -> Option<Request> {
        match message {
            Message::Search => {
                self.page = Page::Search(Box::new(Search::new(language, Scope::All)));
                None
            }
            Message::SearchKey(key) => {
                if let Page::Search(search) = &mut self.page {
                    search.press(key);
                }
                None
            }
            Message::Open(Target::Guide(id)) => {
                self.open_guide(catalog, &id);
                None
            }
            Message::Open(Target::Form(_)) => {
                let search = self.take_search();
                self.page = Page::Forms { search };
                None
            }
            Message::Open(Target::Contact(id)) => Some(Request::OpenContact(id)),
            Message::Open(Target::Tool(id)) => Some(Request::OpenTool(id)),
            Message::Category(id) => {
                self.page = Page::List { category: id };
                None
            }
            Message::Guide(id) => {
                self.open_guide(catalog, &id);
                None
            }
            Message::Forms => {
                self.page = Page::Forms { search: None };
                None
            }
            Message::HelpFromStaff => {
                let guide = match &self.page {
                    Page::Guide { id, .. } => Some(id.clone()),
                    _ => None,
                };
                Some(Request::HelpFromStaff(guide))
            }
        }
    }

    /// One step back inside the flow; `false` when already at its start
    /// (the root then goes Home).
    pub fn back(&mut self) -> bool {
        let page = std::mem::replace(&mut self.page, Page::Categories);
        match page {
            Page::Categories => false,
            Page::List { .. } | Page::Forms { search: None } | Page::Search(_) => true,
            Page::Guide {
                search: Some(search),
                ..
            }
            | Page::Forms {
                search: Some(search),
            } => {
                self.page = Page::Search(search);
                true
            }
            Page::Guide { category, .. } => {
                self.page = Page::List { category };
                true
            }
        }
    }
}

/// On the search page: whether its query is typed and has results.
fn search_state(page: &Page, env: &Env) -> Option<(bool, bool)> {
    match page {
        Page::Search(search) => {
            let typed = !search.query.as_str().trim().is_empty();
            Some((typed, !search.hits(env.catalog(), env.language).is_empty()))
        }
        _ => None,
    }
}

/// The statistics of a step: a guide opened (and its QR code shown), the
/// forms, a search that led somewhere or came to nothing.
fn count(
    page: &Page,
    before: Option<(bool, bool)>,
    after: Option<(bool, bool)>,
    opened: bool,
    env: &Env,
) {
    match page {
        Page::Guide { id, .. } if opened => {
            env.services.count(Counted::GuideOpened { id });
            env.services.count(Counted::QrShown { kind: "guide" });
        }
        Page::Forms { .. } if opened => env.services.count(Counted::FormsOpened),
        _ => {}
    }
    match (before, after) {
        // A result opened from the search.
        (Some((true, true)), None) if opened => env.services.count(Counted::Search { found: true }),
        // Typing came to nothing (once, until results come back).
        (Some((_, found)), Some((true, false))) if found || before.is_some_and(|(t, _)| !t) => {
            env.services.count(Counted::Search { found: false })
        }
        _ => {}
    }
}

/// The provider's name from Fluent (`provider-<id>`).
pub fn provider_name(provider: Provider, language: Language) -> String {
    match provider {
        Provider::Municipality => t!(language, "provider-municipality"),
        Provider::Forsakringskassan => t!(language, "provider-forsakringskassan"),
        Provider::Csn => t!(language, "provider-csn"),
        Provider::Migrationsverket => t!(language, "provider-migrationsverket"),
        Provider::Skatteverket => t!(language, "provider-skatteverket"),
        Provider::Arbetsformedlingen => t!(language, "provider-arbetsformedlingen"),
        Provider::AKassa => t!(language, "provider-a-kassa"),
        Provider::Konsumentverket => t!(language, "provider-konsumentverket"),
        Provider::Region => t!(language, "provider-region"),
        Provider::Bank => t!(language, "provider-bank"),
        Provider::Polisen => t!(language, "provider-polisen"),
        Provider::Pensionsmyndigheten => t!(language, "provider-pensionsmyndigheten"),
        Provider::Transportstyrelsen => t!(language, "provider-transportstyrelsen"),
        Provider::Other => t!(language, "provider-other"),
    }
}

/// The need's label from Fluent (`need-<id>`).
pub fn need_name(need: Need, language: Language) -> String {
    match need {
        Need::Bankid => t!(language, "need-bankid"),
        Need::Personnummer => t!(language, "need-personnummer"),
        Need::IdDocument => t!(language, "need-id-document"),
        Need::Documents => t!(language, "need-documents"),
        Need::Email => t!(language, "need-email"),
        Need::Photo => t!(language, "need-photo"),
        Need::Fee => t!(language, "need-fee"),
    }
}

pub use crate::ui::widget::plain;

/// A context whose language is the one a content text is in (Swedish when
/// the visitor's language lacks it): its direction and font follow it.
fn in_language(ctx: &Ctx, language: Language) -> Ctx {
    ctx.in_language(language)
}

/// A scrolled column of content, padded from the scrollbar.
pub fn scroll<'a, M: 'a>(content: impl Into<Element<'a, M>>) -> Element<'a, M> {
    scrollable(container(content).padding([0, 16]))
        .width(Length::Fill)
        .height(Length::Fill)
        .into()
}

/// How big [`qr_card`] shows a code: six pixels a module.
pub const QR_SIZE: qr::Size = qr::Size::Cell(6);

/// A QR code on a light card with its caption (shared with contacts).
pub fn qr_card<'a, M: 'a>(
    ctx: &Ctx,
    code: &qr::Code,
    heading: String,
    explanation: String,
) -> Element<'a, M> {
    let palette = ctx.palette;
    let code = container(code.view())
        .padding(16)
        .style(move |_| theme::surface_style(palette));
    ctx.card(
        Column::new()
            .spacing(12)
            .push(ctx.heading(heading))
            .push(ctx.text(explanation))
            .push(container(code).width(Length::Fill).align_x(ctx.start())),
    )
}

fn view<'a>(
    state: &'a State,
    catalog: &'a Catalog,
    ctx: &Ctx,
    has_queue: bool,
) -> (Element<'a, Message>, Element<'a, Message>) {
    let language = ctx.language;
    match &state.page {
        Page::Categories => {
            let info = Column::new()
                .spacing(12)
                .push(ctx.title(t!(language, "guides-title")))
                .push(ctx.muted(t!(language, "guides-choose-category")));
            // Search first: it opens our keyboard, results as you type.
            // (Built first too: controls take the focus in the order they
            // are built.)
            let search = ctx.tile(
                Some(crate::icons::ui::SEARCH),
                t!(language, "search-button"),
                t!(language, "search-hint"),
                Message::Search,
            );
            let buttons = catalog
                .categories()
                .iter()
                .filter(|c| catalog.guides_in(&c.id).next().is_some())
                .map(|c| {
                    // Drawn in the language the name is in (Swedish
                    // where the content lacks the visitor's language).
                    let (name, in_lang) = catalog.category_name(&c.id, language).map_or_else(
                        || (c.id.clone(), language),
                        |n| (n.value.to_owned(), n.language),
                    );
                    in_language(ctx, in_lang).icon_button(
                        c.icon.as_deref(),
                        name,
                        ButtonKind::Secondary,
                        Message::Category(c.id.clone()),
                    )
                })
                .collect();
            let per_row = if ctx.is_portrait() { 2 } else { 3 };
            let mut controls = Column::new()
                .spacing(TOUCH_GAP * 2.0)
                .push(search)
                .push(ctx.grid(buttons, per_row));
            if !catalog.forms().is_empty() {
                controls = controls.push(ctx.tile(
                    Some(crate::icons::ui::FORMS),
                    t!(language, "forms-title"),
                    t!(language, "forms-tile-text"),
                    Message::Forms,
                ));
            }
            (info.into(), scroll(controls))
        }
        Page::List { category } => {
            let name = catalog
                .category_name(category, language)
                .map_or_else(|| category.clone(), |n| n.value.to_owned());
            let info = Column::new()
                .spacing(12)
                .push(ctx.title(name))
                .push(ctx.muted(t!(language, "guides-choose-guide")));
            let mut fallback = false;
            let tiles = catalog
                .guides_in(category)
                .filter_map(|g| {
                    let text = catalog.guide_text(&g.id, language)?;
                    fallback |= text.is_fallback;
                    let c = in_language(ctx, text.language);
                    Some(c.tile(
                        g.icon.as_deref(),
                        plain(&text.value.title),
                        plain(&text.value.summary),
                        Message::Guide(g.id.clone()),
                    ))
                })
                .collect();
            let per_row = if ctx.is_portrait() { 1 } else { 2 };
            let mut controls = Column::new().spacing(TOUCH_GAP);
            if fallback {
                controls = controls.push(ctx.card(ctx.text(t!(language, "guides-in-swedish"))));
            }
            controls = controls.push(ctx.grid(tiles, per_row));
            (info.into(), scroll(controls))
        }
        Page::Guide { id, qr, .. } => guide_view(catalog, ctx, id, qr.as_ref(), has_queue),
        Page::Forms { .. } => forms_view(catalog, ctx),
        Page::Search(search) => {
            search::view(ctx, search, catalog, Message::SearchKey, Message::Open)
        }
    }
}

fn guide_view<'a>(
    catalog: &'a Catalog,
    ctx: &Ctx,
    id: &str,
    qr: Option<&qr::Code>,
    has_queue: bool,
) -> (Element<'a, Message>, Element<'a, Message>) {
    let language = ctx.language;
    let (Some(guide), Some(text)) = (catalog.guide(id), catalog.guide_text(id, language)) else {
        return (
            ctx.title(t!(language, "guides-title")),
            Column::new().into(),
        );
    };
    let c = in_language(ctx, text.language);
    let body: &GuideText = text.value;

    let mut main = Column::new().spacing(20).width(Length::Fill);
    if text.is_fallback {
        main = main.push(ctx.card(ctx.text(t!(language, "guides-in-swedish"))));
    }
    main = main
        .push(c.text(plain(&body.summary)))
        .push(ctx.muted(t!(
            language,
            "guide-provider",
            provider = provider_name(guide.provider, language)
        )))
        .push(ctx.heading(t!(language, "guide-who")))
        .push(c.text(plain(&body.who)))
        .push(ctx.heading(t!(language, "guide-need")));
    if !guide.needs.is_empty() {
        let needs = guide
            .needs
            .iter()
            .map(|&n| chip(ctx, need_name(n, language)))
            .collect();
        main = main.push(ctx.row(needs).width(Length::Fill));
    }
    for item in &body.need {
        main = main.push(c.text(format!("• {}", plain(item))));
    }
    main = main.push(ctx.heading(t!(language, "guide-steps")));
    for (i, step) in body.steps.iter().enumerate() {
        main = main.push(numbered(ctx, &c, i + 1, plain(step)));
    }
    main = main
        .push(ctx.heading(t!(language, "guide-time")))
        .push(c.text(plain(&body.time)));
    if let Some(more) = &body.more {
        main = main.push(c.text(plain(more)));
    }
    if guide.drop_in && !catalog.drop_in().is_empty() {
        main = main.push(ctx.heading(t!(language, "tools-drop-in")));
        for line in drop_in_lines(catalog, language) {
            main = main.push(ctx.text(line));
        }
    }
    let related = related(catalog, guide, language);
    if !related.is_empty() {
        main = main.push(ctx.heading(t!(language, "guide-related")));
        for (id, title, in_lang) in related {
            main = main.push(in_language(ctx, in_lang).button(
                title,
                ButtonKind::Secondary,
                Message::Guide(id),
            ));
        }
    }

    let mut side = Column::new().spacing(20).width(Length::Fill);
    if let Some(data) = qr {
        side = side.push(qr_card(
            ctx,
            data,
            t!(language, "guide-continue-on-phone"),
            t!(language, "guide-scan-text"),
        ));
    }
    side = side.push(
        ctx.card(
            Column::new()
                .spacing(12)
                .push(ctx.heading(t!(language, "guide-help")))
                .push(c.text(plain(&body.help))),
        ),
    );

    // Landscape: the steps scroll, the QR code and help stay in view.
    let content: Element<'a, Message> = if ctx.is_portrait() {
        scroll(Column::new().spacing(24).push(main).push(side))
    } else {
        ctx.row(vec![
            container(scroll(main)).width(Length::FillPortion(3)).into(),
            container(side).width(Length::FillPortion(2)).into(),
        ])
        .spacing(TOUCH_GAP * 3.0)
        .height(Length::Fill)
        .into()
    };
    let info = Column::new()
        .spacing(20)
        .height(Length::Fill)
        .push(c.title(plain(&body.title)))
        .push(content);
    let controls: Element<'a, Message> = if has_queue {
        ctx.button(
            t!(language, "guide-help-from-staff"),
            ButtonKind::Primary,
            Message::HelpFromStaff,
        )
    } else {
        Column::new().into()
    };
    (info.into(), controls)
}

/// A guide's related guides that have a text: (id, title, the title's
/// language).
fn related(
    catalog: &Catalog,
    guide: &Guide,
    language: Language,
) -> Vec<(String, String, Language)> {
    guide
        .related
        .iter()
        .filter_map(|id| {
            let text = catalog.guide_text(id, language)?;
            Some((id.clone(), plain(&text.value.title), text.language))
        })
        .collect()
}

/// The office's drop-in times for digital help, one line per day
/// ("tisdag: 13:00–15:00"), in the visitor's language.
pub fn drop_in_lines(catalog: &Catalog, language: Language) -> Vec<String> {
    catalog
        .drop_in()
        .iter()
        .filter_map(|day| {
            let hours = day.hours.intervals_text()?;
            let weekday = crate::speech::spoken::day_name(language, day.weekday);
            Some(t!(
                language,
                "tools-drop-in-day",
                weekday = weekday,
                hours = hours
            ))
        })
        .collect()
}

/// A need as a small labelled chip.
fn chip<'a, M: 'a>(ctx: &Ctx, caption: String) -> Element<'a, M> {
    let palette = ctx.palette;
    container(inline_text(
        ctx.language,
        caption,
        ctx.sizes.body(),
        ctx.bold(),
        Some(palette.surface_text),
    ))
    .padding([8, 16])
    .style(move |_| theme::surface_style(palette))
    .into()
}

/// A numbered step: a large number in a badge, the step beside it.
pub fn numbered<'a, M: 'a>(ctx: &Ctx, content: &Ctx, n: usize, step: String) -> Element<'a, M> {
    let palette = ctx.palette;
    let size = ctx.sizes.heading();
    let badge = container(inline_text(
        Language::En,
        n.to_string(),
        size,
        // A Latin font: the Ethiopic one has no digits of its own.
        crate::ui::fonts::bold(Language::En),
        Some(palette.on_primary),
    ))
    .center_x(size * 1.8)
    .center_y(size * 1.8)
    .style(move |_| iced::widget::container::Style {
        background: Some(iced::Background::Color(palette.primary)),
        border: iced::Border::default().rounded(size),
        ..Default::default()
    });
    let step = content.styled(
        step,
        ctx.sizes.body() * 1.15,
        content.font(),
        palette.text,
        crate::ui::widget::Place::Start,
    );
    // The badge sits at the start edge of the visitor's reading direction.
    ctx.row(vec![badge.into(), step])
        .align_y(Alignment::Center)
        .width(Length::Fill)
        .into()
}

fn forms_view<'a>(catalog: &'a Catalog, ctx: &Ctx) -> (Element<'a, Message>, Element<'a, Message>) {
    let language = ctx.language;
    let info = Column::new()
        .spacing(12)
        .push(ctx.title(t!(language, "forms-title")))
        .push(ctx.muted(t!(language, "forms-intro")));
    let mut list = Column::new().spacing(TOUCH_GAP);
    for form in catalog.forms() {
        let Some(text) = catalog.form_text(&form.id, language) else {
            continue;
        };
        let c = in_language(ctx, text.language);
        let heading = c.beside(
            form.icon.as_deref(),
            ctx.sizes.heading(),
            ctx.palette.surface_text,
            c.heading(plain(&text.value.title)),
        );
        let mut card = Column::new()
            .spacing(10)
            .push(heading)
            .push(c.text(plain(&text.value.purpose)))
            .push(ctx.muted(t!(language, "forms-hand-in")))
            .push(c.text(plain(&text.value.hand_in)));
        if text.is_fallback {
            card = card.push(ctx.muted(t!(language, "guides-in-swedish")));
        }
        list = list.push(ctx.card(card));
    }
    (info.into(), scroll(list))
}

fn describe(state: &State, catalog: &Catalog, language: Language) -> ScreenText {
    match &state.page {
        Page::Search(search) => search::describe(search, catalog, language),
        Page::Categories => ScreenText::new(t!(language, "guides-title"))
            .body(t!(language, "guides-choose-category"))
            .choice(t!(language, "search-button"))
            .choices(
                catalog
                    .categories()
                    .iter()
                    .filter(|c| catalog.guides_in(&c.id).next().is_some())
                    .map(|c| {
                        catalog
                            .category_name(&c.id, language)
                            .map_or_else(|| c.id.clone(), |n| n.value.to_owned())
                    }),
            )
            .choice(t!(language, "forms-title")),
        Page::List { category } => {
            let name = catalog
                .category_name(category, language)
                .map_or_else(|| category.clone(), |n| n.value.to_owned());
            ScreenText::new(name)
                .body(t!(language, "guides-choose-guide"))
                .choices(
                    catalog
                        .guides_in(category)
                        .filter_map(|g| catalog.guide_text(&g.id, language))
                        .map(|t| plain(&t.value.title)),
                )
        }
        Page::Guide { id, .. } => {
            let (Some(guide), Some(text)) = (catalog.guide(id), catalog.guide_text(id, language))
            else {
                return ScreenText::new(t!(language, "guides-title"));
            };
            let body = text.value;
            let mut screen = ScreenText::new(plain(&body.title));
            if text.is_fallback {
                screen = screen.body(t!(language, "guides-in-swedish"));
            }
            screen = screen
                .body(plain(&body.summary))
                .body(t!(
                    language,
                    "guide-provider",
                    provider = provider_name(guide.provider, language)
                ))
                .body(t!(language, "guide-who"))
                .body(plain(&body.who))
                .body(t!(language, "guide-need"));
            for item in &body.need {
                screen = screen.body(plain(item));
            }
            screen = screen.body(t!(language, "guide-steps"));
            for (i, step) in body.steps.iter().enumerate() {
                screen = screen.body(format!("{}. {}", i + 1, plain(step)));
            }
            screen = screen
                .body(t!(language, "guide-time"))
                .body(plain(&body.time));
            if guide.drop_in && !catalog.drop_in().is_empty() {
                screen = screen
                    .body(t!(language, "tools-drop-in"))
                    .body(drop_in_lines(catalog, language).join(". "));
            }
            let related = related(catalog, guide, language);
            if !related.is_empty() {
                screen = screen
                    .body(t!(language, "guide-related"))
                    .choices(related.into_iter().map(|(_, title, _)| title));
            }
            screen
                .body(t!(language, "guide-help"))
                .body(plain(&body.help))
                .body(t!(language, "guide-continue-on-phone"))
                .choice(t!(language, "guide-help-from-staff"))
        }
        Page::Forms { .. } => {
            let mut screen =
                ScreenText::new(t!(language, "forms-title")).body(t!(language, "forms-intro"));
            for form in catalog.forms() {
                if let Some(text) = catalog.form_text(&form.id, language) {
                    screen = screen.body(format!(
                        "{}. {} {} {}",
                        plain(&text.value.title),
                        plain(&text.value.purpose),
                        t!(language, "forms-hand-in"),
                        plain(&text.value.hand_in)
                    ));
                }
            }
            screen
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_drops_inline_markdown() {
        assert_eq!(
            plain("Gå till **Mina sidor** på [1177](https://www.1177.se)."),
            "Gå till Mina sidor på 1177."
        );
        assert_eq!(plain("a [b c"), "a [b c");
    }

    #[test]
    fn back_walks_up_the_flow() {
        let catalog = Catalog::bundled().unwrap();
        let first = &catalog.guides()[0];
        let mut state = State::guide(&catalog, &first.id);
        assert!(matches!(state.page, Page::Guide { qr: Some(_), .. }));
        assert!(state.back());
        assert!(matches!(&state.page, Page::List { category } if *category == first.category));
        assert!(state.back());
        assert!(matches!(state.page, Page::Categories));
        assert!(!state.back());
    }
}

//! Contacts: the municipality's functions and other agencies. A list, then
//! one contact with phone, e-mail, address, web and hours, and a QR code
//! that dials the number (`tel:`) from the visitor's phone.
//!
//! Phone numbers, e-mail and street addresses are written left to right
//! whatever the visitor's language: they are shown as separate left-to-right
//! texts beside their (translated) labels, never inside a right-to-left
//! sentence (where "+46 8 530" would come out as "530 8 46+").

use iced::widget::{Column, container};
use iced::{Element, Length, Task};

use crate::content::{Catalog, Contact, Scope, Target};
use crate::describe::ScreenText;
use crate::i18n::Language;
use crate::keyboard::{Key, Keyboard};
use crate::staff::Counted;
use crate::t;
use crate::ui::fonts;
use crate::ui::qr;
use crate::ui::screen::guides::{QR_SIZE, plain, qr_card, scroll};
use crate::ui::search::{self, Search};
use crate::ui::theme::TOUCH_GAP;
use crate::ui::widget::{Ctx, inline_text};

use super::{Env, Event, Parts};

#[derive(Debug)]
pub enum Page {
    List,
    Contact {
        id: String,
        /// `tel:` URI of the phone number as a QR code.
        qr: Option<qr::Code>,
        /// The search it was found by (back returns to its results).
        search: Option<Box<Search>>,
    },
    /// Search among the contacts on our keyboard.
    Search(Box<Search>),
}

#[derive(Debug)]
pub struct State {
    pub page: Page,
    /// The e-services screen the contact was opened from (its search):
    /// back from that contact returns there, not to the contacts list.
    from_guides: Option<Box<super::guides::State>>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Open(String),
    /// Open the search.
    Search,
    /// A key of the search keyboard.
    SearchKey(Key),
    /// A search result touched.
    Found(Target),
}

impl Default for State {
    fn default() -> Self {
        State::new()
    }
}

/// The `tel:` URI for a phone number as written (`+46 8 530 610 00` →
/// `tel:+46853061000`).
pub fn tel_uri(phone: &str) -> String {
    let digits: String = phone
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    format!("tel:{digits}")
}

impl State {
    pub fn new() -> Self {
        State {
            page: Page::List,
            from_guides: None,
        }
    }

    /// A contact opened from the e-services screen (its search results):
    /// back returns to `guides` as it was.
    pub fn from_guides(catalog: &Catalog, id: &str, guides: Box<super::guides::State>) -> Self {
        let mut state = State::contact(catalog, id);
        if matches!(state.page, Page::Contact { .. }) {
            state.from_guides = Some(guides);
        }
        state
    }

    /// Back from a contact opened from the e-services screen: that screen
    /// (the root shows it). `None` anywhere else.
    pub fn return_to_guides(&mut self) -> Option<Box<super::guides::State>> {
        match self.page {
            Page::Contact { .. } => self.from_guides.take(),
            _ => None,
        }
    }

    /// The page of one contact (screenshots, tests).
    pub fn contact(catalog: &Catalog, id: &str) -> Self {
        let mut state = State::new();
        state.open(catalog, id);
        state
    }

    /// The search page with a query already typed (screenshots, tests).
    pub fn searching(language: Language, query: &str) -> Self {
        State {
            page: Page::Search(Box::new(Search::with_query(
                language,
                Scope::Contacts,
                query,
            ))),
            from_guides: None,
        }
    }

    fn open(&mut self, catalog: &Catalog, id: &str) {
        let Some(contact) = catalog.contact(id) else {
            return;
        };
        let search = match std::mem::replace(&mut self.page, Page::List) {
            Page::Search(search) => Some(search),
            _ => None,
        };
        self.page = Page::Contact {
            id: contact.id.clone(),
            qr: contact
                .phone
                .as_deref()
                .and_then(|p| qr::Code::new(&tel_uri(p), QR_SIZE)),
            search,
        };
    }

    /// The search keyboard (before the press) and the key, when `message`
    /// is a key press on it (the root speaks keys while speech is on).
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

    /// Handles a message; keys pressed on the search keyboard are spoken
    /// while speech is on.
    pub fn update(&mut self, message: Message, env: &Env) -> (Task<Message>, Option<Event>) {
        if let Some((keyboard, key)) = self.pressed(&message) {
            env.services.speak_key(&keyboard, key);
        }
        let from_search = matches!(self.page, Page::Search(_));
        let opens = matches!(
            message,
            Message::Open(_) | Message::Found(Target::Contact(_))
        );
        self.page_update(message, env.catalog(), env.language);
        if let (true, Page::Contact { id, qr, .. }) = (opens, &self.page) {
            if from_search {
                env.services.count(Counted::Search { found: true });
            }
            env.services.count(Counted::ContactOpened { id });
            if qr.is_some() {
                env.services.count(Counted::QrShown { kind: "contact" });
            }
        }
        (Task::none(), None)
    }

    pub fn view<'a>(&'a self, ctx: &Ctx, env: &Env<'a>) -> Parts<'a, Message> {
        view(self, env.catalog(), ctx)
    }

    pub fn describe(&self, env: &Env, language: Language) -> ScreenText {
        describe(self, env.catalog(), language)
    }

    fn page_update(&mut self, message: Message, catalog: &Catalog, language: Language) {
        match message {
            Message::Open(id) | Message::Found(Target::Contact(id)) => self.open(catalog, &id),
            // The contacts search covers contacts only.
            Message::Found(_) => {}
            Message::Search => {
                self.page = Page::Search(Box::new(Search::new(language, Scope::Contacts)));
            }
            Message::SearchKey(key) => {
                if let Page::Search(search) = &mut self.page {
                    search.press(key);
                }
            }
        }
    }

    /// One step back; `false` at the list (the root then goes Home).
    pub fn back(&mut self) -> bool {
        match std::mem::replace(&mut self.page, Page::List) {
            Page::List => false,
            Page::Contact {
                search: Some(search),
                ..
            } => {
                self.page = Page::Search(search);
                true
            }
            Page::Contact { .. } | Page::Search(_) => true,
        }
    }
}

fn name(catalog: &Catalog, contact: &Contact, language: Language) -> String {
    catalog
        .contact_text(&contact.id, language)
        .map_or_else(|| contact.id.clone(), |t| plain(&t.value.name))
}

/// A label in the visitor's language and a left-to-right value under it,
/// both at the start edge of the visitor's reading direction.
pub fn field<'a, M: 'a>(ctx: &Ctx, label: String, value: &str) -> Element<'a, M> {
    Column::new()
        .spacing(4)
        .push(ctx.muted(label))
        .push(
            container(inline_text(
                Language::En,
                value.to_owned(),
                ctx.sizes.heading(),
                fonts::bold(Language::En),
                Some(ctx.palette.text),
            ))
            .width(Length::Fill)
            .align_x(ctx.start()),
        )
        .into()
}

fn view<'a>(
    state: &'a State,
    catalog: &'a Catalog,
    ctx: &Ctx,
) -> (Element<'a, Message>, Element<'a, Message>) {
    let language = ctx.language;
    match &state.page {
        Page::List => {
            let info = Column::new()
                .spacing(12)
                .push(ctx.title(t!(language, "contacts-title")))
                .push(ctx.muted(t!(language, "contacts-choose")));
            // Built before the list: controls take the focus in the order
            // they are built, and search comes first on screen.
            let search = ctx.tile(
                Some(crate::icons::ui::SEARCH),
                t!(language, "search-button"),
                t!(language, "search-contacts-hint"),
                Message::Search,
            );
            let tiles = catalog
                .contacts()
                .iter()
                .map(|contact| {
                    let (title, about, c) = match catalog.contact_text(&contact.id, language) {
                        Some(text) => (
                            plain(&text.value.name),
                            plain(&text.value.about),
                            ctx.in_language(text.language),
                        ),
                        None => (contact.id.clone(), String::new(), ctx.clone()),
                    };
                    c.tile(
                        contact.icon.as_deref(),
                        title,
                        about,
                        Message::Open(contact.id.clone()),
                    )
                })
                .collect();
            let per_row = if ctx.is_portrait() { 1 } else { 2 };
            let list = Column::new()
                .spacing(TOUCH_GAP * 2.0)
                .push(search)
                .push(ctx.grid(tiles, per_row));
            (info.into(), scroll(list))
        }
        Page::Search(search) => {
            search::view(ctx, search, catalog, Message::SearchKey, Message::Found)
        }
        Page::Contact { id, qr, .. } => {
            let Some(contact) = catalog.contact(id) else {
                return (
                    ctx.title(t!(language, "contacts-title")),
                    Column::new().into(),
                );
            };
            let text = catalog.contact_text(id, language);
            let c = text.map_or_else(|| ctx.clone(), |t| ctx.in_language(t.language));
            let mut details = Column::new().spacing(20).width(Length::Fill);
            if let Some(text) = text {
                if text.is_fallback {
                    details = details.push(ctx.card(ctx.text(t!(language, "guides-in-swedish"))));
                }
                if !text.value.about.is_empty() {
                    details = details.push(c.text(plain(&text.value.about)));
                }
            }
            if let Some(phone) = &contact.phone {
                details = details.push(field(ctx, t!(language, "contact-phone"), phone));
            }
            if let Some(email) = &contact.email {
                details = details.push(field(ctx, t!(language, "contact-email"), email));
            }
            if let Some(address) = &contact.address {
                details = details.push(field(ctx, t!(language, "contact-address"), address));
            }
            if let Some(web) = &contact.web {
                let web = web.trim_start_matches("https://").trim_end_matches('/');
                details = details.push(field(ctx, t!(language, "contact-web"), web));
            }
            if let Some(text) = text
                && !text.value.hours.is_empty()
            {
                details = details
                    .push(ctx.muted(t!(language, "contact-hours")))
                    .push(c.text(plain(&text.value.hours)));
            }
            let side: Element<'a, Message> = match qr {
                Some(data) => qr_card(
                    ctx,
                    data,
                    t!(language, "contact-call-on-phone"),
                    t!(language, "contact-scan-text"),
                ),
                None => Column::new().into(),
            };
            let content: Element<'a, Message> = if ctx.is_portrait() {
                Column::new().spacing(24).push(details).push(side).into()
            } else {
                ctx.row(vec![
                    container(details).width(Length::FillPortion(3)).into(),
                    container(side).width(Length::FillPortion(2)).into(),
                ])
                .spacing(TOUCH_GAP * 3.0)
                .into()
            };
            let info = Column::new()
                .spacing(20)
                .height(Length::Fill)
                .push(c.title(name(catalog, contact, language)))
                .push(scroll(content));
            (info.into(), Column::new().into())
        }
    }
}

fn describe(state: &State, catalog: &Catalog, language: Language) -> ScreenText {
    match &state.page {
        Page::Search(search) => search::describe(search, catalog, language),
        Page::List => ScreenText::new(t!(language, "contacts-title"))
            .body(t!(language, "contacts-choose"))
            .choice(t!(language, "search-button"))
            .choices(
                catalog
                    .contacts()
                    .iter()
                    .map(|c| name(catalog, c, language)),
            ),
        Page::Contact { id, .. } => {
            let Some(contact) = catalog.contact(id) else {
                return ScreenText::new(t!(language, "contacts-title"));
            };
            let text = catalog.contact_text(id, language);
            let mut screen = ScreenText::new(name(catalog, contact, language));
            if let Some(text) = text {
                if text.is_fallback {
                    screen = screen.body(t!(language, "guides-in-swedish"));
                }
                screen = screen.body(plain(&text.value.about));
            }
            // Contact details are not read aloud digit by digit: they are
            // on screen and in the QR code; say what kinds there are.
            if let Some(phone) = &contact.phone {
                screen = screen.body(format!("{} {phone}", t!(language, "contact-phone")));
            }
            if contact.email.is_some() {
                screen = screen.body(t!(language, "contact-email"));
            }
            if let Some(address) = &contact.address {
                screen = screen.body(format!("{} {address}", t!(language, "contact-address")));
            }
            if let Some(text) = text {
                screen = screen
                    .body(t!(language, "contact-hours"))
                    .body(plain(&text.value.hours));
            }
            if contact.phone.is_some() {
                screen = screen.body(t!(language, "contact-call-on-phone"));
            }
            screen
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tel_uri_keeps_plus_and_digits() {
        assert_eq!(tel_uri("+46 8 530 610 00"), "tel:+46853061000");
        assert_eq!(tel_uri("020-12 34 56"), "tel:020123456");
    }
}

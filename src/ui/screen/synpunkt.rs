//! Synpunkt: what it is (and what it is not, with routes and QR codes) →
//! kind → service area → topics → message on our keyboard → contact or
//! anonymous → review → send → receipt.
//!
//! The root gives this screen its data: the service areas and the "not a
//! synpunkt" routes ([`Content`], from the content files; [`builtin_content`]
//! until they exist), the date an answer would come by if sent now
//! ([`State::set_answer_by`]) and, after [`Event::Submit`], the
//! [`Receipt`] ([`State::show_receipt`]).

use std::collections::BTreeSet;
use std::sync::Arc;

use chrono::NaiveDate;
use iced::widget::{Column, Space, container, qr_code, scrollable};
use iced::{Alignment, Element, Length};

use crate::describe::ScreenText;
use crate::i18n::Language;
use crate::keyboard::{Key, Keyboard, LayoutId, TextBuffer};
use crate::synpunkt::{
    self, Contact, ContactErrors, Draft, DraftError, EmailError, Kind, MESSAGE_MAX_CHARS,
    MessageError, NAME_MAX_CHARS, NameError, PhoneError, Topic,
};
use crate::t;
use crate::ui::fonts;
use crate::ui::keyboard;
use crate::ui::screen::hours::long_date;
use crate::ui::theme::ButtonKind;
use crate::ui::widget::{Ctx, Place};

/// A service area, with its title in the visitor's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Area {
    pub id: String,
    pub title: String,
}

/// Somewhere to go instead, for what is not a synpunkt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Route {
    pub title: String,
    pub explanation: String,
    pub url: String,
}

/// What the synpunkt screens show that comes from content files, in the
/// visitor's language.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Content {
    pub areas: Vec<Area>,
    pub routes: Vec<Route>,
}

/// The built-in service areas and routes, until the content files give
/// them. The URLs are Botkyrka's public pages; content should confirm them.
pub fn builtin_content(language: Language) -> Content {
    let area = |id: &str, title: String| Area {
        id: id.to_owned(),
        title,
    };
    let route = |title: String, explanation: String, url: &str| Route {
        title,
        explanation,
        url: url.to_owned(),
    };
    Content {
        areas: vec![
            area("school", t!(language, "syn-area-school")),
            area("social", t!(language, "syn-area-social")),
            area("building", t!(language, "syn-area-building")),
            area("streets", t!(language, "syn-area-streets")),
            area("culture", t!(language, "syn-area-culture")),
            area("center", t!(language, "syn-area-center")),
            area("other", t!(language, "syn-area-other")),
        ],
        routes: vec![
            route(
                t!(language, "syn-route-fault-title"),
                t!(language, "syn-route-fault-text"),
                "https://www.botkyrka.se/boende-och-narmiljo/utomhusmiljo",
            ),
            route(
                t!(language, "syn-route-proposal-title"),
                t!(language, "syn-route-proposal-text"),
                "https://www.botkyrka.se/kommun-och-politik/sa-kan-du-paverka",
            ),
            route(
                t!(language, "syn-route-damage-title"),
                t!(language, "syn-route-damage-text"),
                "https://www.botkyrka.se/sjalvservice-och-blanketter",
            ),
            route(
                t!(language, "syn-route-appeal-title"),
                t!(language, "syn-route-appeal-text"),
                "https://www.botkyrka.se/kommun-och-politik",
            ),
        ],
    }
}

/// What the root answers a [`Event::Submit`] with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Receipt {
    /// The reference the visitor keeps (local while queued offline).
    pub reference: String,
    pub kind: Kind,
    /// When the municipality answers; `None` when anonymous.
    pub answer_by: Option<NaiveDate>,
    /// Saved at the kiosk, to be delivered when the central API answers.
    pub queued: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Name,
    Email,
    Phone,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Intro,
    /// A "not a synpunkt" route, by index in [`Content::routes`].
    Route(usize),
    Kind,
    Area,
    Topics,
    Message,
    /// Contact details or anonymous: the explanations and the choice.
    Contact,
    /// The three fields.
    Details,
    /// One field on the keyboard.
    Field(Field),
    Review,
    Sending,
    Receipt,
}

/// A QR code for a URL (iced's QR data is neither `Clone` nor `PartialEq`).
#[derive(Clone)]
struct Qr {
    url: String,
    data: Option<Arc<qr_code::Data>>,
}

impl Qr {
    fn new(url: &str) -> Qr {
        Qr {
            url: url.to_owned(),
            data: qr_code::Data::new(url).ok().map(Arc::new),
        }
    }
}

impl PartialEq for Qr {
    fn eq(&self, other: &Self) -> bool {
        self.url == other.url
    }
}

impl std::fmt::Debug for Qr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Qr({})", self.url)
    }
}

/// Everything the visitor has chosen and typed in this flow. Dropped with
/// the screen (start over, idle, done).
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    step: Step,
    kind: Option<Kind>,
    area: Option<String>,
    topics: BTreeSet<Topic>,
    message: TextBuffer,
    keyboard: Keyboard,
    anonymous: Option<bool>,
    name: TextBuffer,
    email: TextBuffer,
    phone: TextBuffer,
    field_keyboard: Keyboard,
    message_error: Option<MessageError>,
    topic_error: bool,
    contact_errors: ContactErrors,
    /// Back to the review after an edit.
    from_review: bool,
    answer_by: Option<NaiveDate>,
    qr: Option<Qr>,
    receipt: Option<Receipt>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Message {
    Continue,
    OpenRoute(usize, String),
    CloseRoute,
    Kind(Kind),
    Area(String),
    Toggle(Topic),
    TopicsDone,
    Key(Key),
    MessageDone,
    Anonymous,
    WithContact,
    EditField(Field),
    FieldKey(Key),
    FieldDone,
    DetailsDone,
    Edit(Step),
    Send,
    Done,
    /// From the root after the first delivery attempt: whether the
    /// synpunkt waits at the kiosk for the connection to come back.
    Queued(bool),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// The visitor pressed send: the root commits the draft (outbox) and
    /// answers with [`State::show_receipt`].
    Submit(Draft),
    /// The visitor is done (back to Home).
    Done,
}

impl State {
    pub fn new(language: Language) -> State {
        State {
            step: Step::Intro,
            kind: None,
            area: None,
            topics: BTreeSet::new(),
            message: TextBuffer::new(MESSAGE_MAX_CHARS),
            keyboard: Keyboard::for_language(language),
            anonymous: None,
            name: TextBuffer::new(NAME_MAX_CHARS),
            email: TextBuffer::new(synpunkt::EMAIL_MAX_CHARS),
            phone: TextBuffer::new(40),
            field_keyboard: Keyboard::for_language(language),
            message_error: None,
            topic_error: false,
            contact_errors: ContactErrors::default(),
            from_review: false,
            answer_by: None,
            qr: None,
            receipt: None,
        }
    }

    pub fn step(&self) -> Step {
        self.step
    }

    /// Goes to a step directly (screenshots, tests).
    pub fn set_step(&mut self, step: Step) {
        self.step = step;
    }

    pub fn message_text(&self) -> &str {
        self.message.as_str()
    }

    /// Replaces the message (screenshots, tests).
    pub fn set_message(&mut self, text: &str) {
        self.message = TextBuffer::with_text(MESSAGE_MAX_CHARS, text);
    }

    /// Replaces a contact field's text (screenshots, tests).
    pub fn set_field(&mut self, field: Field, text: &str) {
        let max = self.field(field).max_chars();
        *self.field(field) = TextBuffer::with_text(max, text);
    }

    pub fn receipt(&self) -> Option<&Receipt> {
        self.receipt.as_ref()
    }

    /// The date the screen promises an answer by, if sent now.
    pub fn answer_by(&self) -> Option<NaiveDate> {
        self.answer_by
    }

    /// The date an answer would come by if the synpunkt were sent now
    /// (the root computes it: two Swedish working days).
    pub fn set_answer_by(&mut self, date: NaiveDate) {
        self.answer_by = Some(date);
    }

    /// The visitor changed language mid-flow: the keyboard follows when it
    /// was on the old language's layout.
    pub fn set_language(&mut self, language: Language) {
        let home = LayoutId::for_language(language);
        if self.keyboard.layout == self.keyboard.home {
            self.keyboard.layout = home;
        }
        self.keyboard.home = home;
    }

    /// The keyboard (as it was before the press) and the key, when
    /// `message` is a key press on this step's keyboard: the root speaks
    /// keys while speech is on.
    pub fn pressed(&self, message: &Message) -> Option<(Keyboard, Key)> {
        match (message, self.step) {
            (Message::Key(key), Step::Message) => Some((self.keyboard, *key)),
            (Message::FieldKey(key), Step::Field(_)) => Some((self.field_keyboard, *key)),
            _ => None,
        }
    }

    /// The root's answer to [`Event::Submit`].
    pub fn show_receipt(&mut self, receipt: Receipt) {
        self.receipt = Some(receipt);
        self.step = Step::Receipt;
    }

    /// The bar's back button: one step back. `false` when the flow has no
    /// earlier step (the root goes Home).
    pub fn back(&mut self) -> bool {
        let previous = match self.step {
            Step::Intro | Step::Sending | Step::Receipt => return false,
            Step::Route(_) | Step::Kind => Step::Intro,
            Step::Area => Step::Kind,
            Step::Topics => Step::Area,
            Step::Message => Step::Topics,
            Step::Contact => Step::Message,
            Step::Details => Step::Contact,
            Step::Field(_) => Step::Details,
            Step::Review => {
                if self.anonymous == Some(false) {
                    Step::Details
                } else {
                    Step::Contact
                }
            }
        };
        self.from_review = false;
        self.step = previous;
        true
    }

    /// The next step, or the review after an edit from there.
    fn advance(&mut self, next: Step) {
        self.step = if self.from_review {
            self.from_review = false;
            Step::Review
        } else {
            next
        };
    }

    fn field(&mut self, field: Field) -> &mut TextBuffer {
        match field {
            Field::Name => &mut self.name,
            Field::Email => &mut self.email,
            Field::Phone => &mut self.phone,
        }
    }

    fn contact(&self) -> Result<Contact, ContactErrors> {
        Contact::parse(self.name.as_str(), self.email.as_str(), self.phone.as_str())
    }

    fn draft(&self) -> Result<Draft, DraftError> {
        let contact = if self.anonymous == Some(false) {
            self.contact().ok()
        } else {
            None
        };
        Draft::new(
            self.kind.unwrap_or(Kind::Suggestion),
            self.area.clone().unwrap_or_default(),
            self.topics.clone(),
            self.message.as_str(),
            contact,
        )
    }

    pub fn update(&mut self, message: Message) -> Option<Event> {
        match message {
            Message::Continue => self.step = Step::Kind,
            Message::OpenRoute(index, url) => {
                self.qr = Some(Qr::new(&url));
                self.step = Step::Route(index);
            }
            Message::CloseRoute => self.step = Step::Intro,
            Message::Kind(kind) => {
                self.kind = Some(kind);
                self.advance(Step::Area);
            }
            Message::Area(id) => {
                self.area = Some(id);
                self.advance(Step::Topics);
            }
            Message::Toggle(topic) => {
                if !self.topics.remove(&topic) {
                    self.topics.insert(topic);
                }
                self.topic_error = false;
            }
            Message::TopicsDone => {
                if self.topics.is_empty() {
                    self.topic_error = true;
                } else {
                    self.advance(Step::Message);
                }
            }
            Message::Key(key) => {
                self.keyboard.press(key, &mut self.message);
                self.message_error = None;
            }
            Message::MessageDone => match synpunkt::validate_message(self.message.as_str()) {
                Ok(()) => self.advance(Step::Contact),
                Err(e) => self.message_error = Some(e),
            },
            Message::Anonymous => {
                self.anonymous = Some(true);
                self.from_review = false;
                self.step = Step::Review;
            }
            Message::WithContact => {
                self.anonymous = Some(false);
                self.step = Step::Details;
            }
            Message::EditField(field) => {
                self.field_keyboard = match field {
                    Field::Name => Keyboard {
                        shift: true,
                        ..Keyboard::fixed(self.keyboard.home)
                    },
                    Field::Email => Keyboard::fixed(LayoutId::Email),
                    Field::Phone => Keyboard::fixed(LayoutId::Phone),
                };
                self.step = Step::Field(field);
            }
            Message::FieldKey(key) => {
                if let Step::Field(field) = self.step {
                    let mut keyboard = self.field_keyboard;
                    keyboard.press(key, self.field(field));
                    self.field_keyboard = keyboard;
                    self.clear_error(field);
                }
            }
            Message::FieldDone => {
                if let Step::Field(field) = self.step {
                    self.check_field(field);
                    if !self.has_error(field) {
                        self.step = Step::Details;
                    }
                }
            }
            Message::DetailsDone => match self.contact() {
                Ok(_) => {
                    self.contact_errors = ContactErrors::default();
                    self.from_review = false;
                    self.step = Step::Review;
                }
                Err(errors) => self.contact_errors = errors,
            },
            Message::Edit(step) => {
                self.from_review = !matches!(step, Step::Contact);
                self.step = step;
            }
            Message::Send => match self.draft() {
                Ok(draft) => {
                    self.step = Step::Sending;
                    return Some(Event::Submit(draft));
                }
                Err(DraftError::NoArea) => self.step = Step::Area,
                Err(DraftError::NoTopic) => self.step = Step::Topics,
                Err(DraftError::Message(e)) => {
                    self.message_error = Some(e);
                    self.step = Step::Message;
                }
            },
            Message::Done => return Some(Event::Done),
            Message::Queued(queued) => {
                if let Some(receipt) = &mut self.receipt {
                    receipt.queued = queued;
                }
            }
        }
        None
    }

    fn clear_error(&mut self, field: Field) {
        match field {
            Field::Name => self.contact_errors.name = None,
            Field::Email => self.contact_errors.email = None,
            Field::Phone => self.contact_errors.phone = None,
        }
        self.contact_errors.no_way_to_reach = false;
    }

    fn check_field(&mut self, field: Field) {
        match field {
            Field::Name => {
                self.contact_errors.name = synpunkt::validate_name(self.name.as_str()).err();
            }
            Field::Email => {
                let text = self.email.as_str();
                self.contact_errors.email = if text.trim().is_empty() {
                    None
                } else {
                    synpunkt::Email::parse(text).err()
                };
            }
            Field::Phone => {
                let text = self.phone.as_str();
                self.contact_errors.phone = if text.trim().is_empty() {
                    None
                } else {
                    synpunkt::Phone::parse(text).err()
                };
            }
        }
    }

    fn has_error(&self, field: Field) -> bool {
        match field {
            Field::Name => self.contact_errors.name.is_some(),
            Field::Email => self.contact_errors.email.is_some(),
            Field::Phone => self.contact_errors.phone.is_some(),
        }
    }
}

// ---- texts ----------------------------------------------------------------

pub fn kind_title(kind: Kind, language: Language) -> String {
    match kind {
        Kind::Complaint => t!(language, "syn-kind-complaint"),
        Kind::Praise => t!(language, "syn-kind-praise"),
        Kind::Suggestion => t!(language, "syn-kind-suggestion"),
    }
}

fn kind_text(kind: Kind, language: Language) -> String {
    match kind {
        Kind::Complaint => t!(language, "syn-kind-complaint-text"),
        Kind::Praise => t!(language, "syn-kind-praise-text"),
        Kind::Suggestion => t!(language, "syn-kind-suggestion-text"),
    }
}

pub fn topic_title(topic: Topic, language: Language) -> String {
    match topic {
        Topic::Treatment => t!(language, "syn-topic-treatment"),
        Topic::HandlingTime => t!(language, "syn-topic-handling-time"),
        Topic::Accessibility => t!(language, "syn-topic-accessibility"),
        Topic::Competence => t!(language, "syn-topic-competence"),
        Topic::Other => t!(language, "syn-topic-other"),
    }
}

fn field_title(field: Field, language: Language) -> String {
    match field {
        Field::Name => t!(language, "syn-field-name"),
        Field::Email => t!(language, "syn-field-email"),
        Field::Phone => t!(language, "syn-field-phone"),
    }
}

fn field_hint(field: Field, language: Language) -> String {
    match field {
        Field::Name => t!(language, "syn-field-name-hint"),
        Field::Email => t!(language, "syn-field-email-hint"),
        Field::Phone => t!(language, "syn-field-phone-hint"),
    }
}

pub fn message_error_text(error: MessageError, language: Language) -> String {
    match error {
        MessageError::Empty => t!(language, "syn-error-message-empty"),
        MessageError::TooLong { .. } => t!(language, "syn-error-message-too-long"),
        MessageError::ControlCharacter => t!(language, "syn-error-message-control"),
    }
}

pub fn email_error_text(error: EmailError, language: Language) -> String {
    match error {
        EmailError::Empty | EmailError::MissingAt | EmailError::MoreThanOneAt => {
            t!(language, "syn-error-email-at")
        }
        EmailError::EmptyLocalPart | EmailError::BadDomain => {
            t!(language, "syn-error-email-domain")
        }
        EmailError::BadCharacter => t!(language, "syn-error-email-character"),
        EmailError::TooLong => t!(language, "syn-error-email-too-long"),
    }
}

pub fn phone_error_text(error: PhoneError, language: Language) -> String {
    match error {
        PhoneError::Empty | PhoneError::TooShort => t!(language, "syn-error-phone-too-short"),
        PhoneError::TooLong => t!(language, "syn-error-phone-too-long"),
        PhoneError::BadCharacter | PhoneError::MisplacedPlus => {
            t!(language, "syn-error-phone-character")
        }
        PhoneError::MissingPrefix => t!(language, "syn-error-phone-prefix"),
    }
}

fn name_error_text(_error: NameError, language: Language) -> String {
    t!(language, "syn-error-name")
}

fn field_error(state: &State, field: Field, language: Language) -> Option<String> {
    match field {
        Field::Name => state
            .contact_errors
            .name
            .map(|e| name_error_text(e, language)),
        Field::Email => state
            .contact_errors
            .email
            .map(|e| email_error_text(e, language)),
        Field::Phone => state
            .contact_errors
            .phone
            .map(|e| phone_error_text(e, language)),
    }
}

fn field_value(state: &State, field: Field) -> &str {
    match field {
        Field::Name => state.name.as_str(),
        Field::Email => state.email.as_str(),
        Field::Phone => state.phone.as_str(),
    }
}

fn area_title(state: &State, content: &Content) -> String {
    let id = state.area.as_deref().unwrap_or_default();
    content
        .areas
        .iter()
        .find(|a| a.id == id)
        .map_or_else(|| id.to_owned(), |a| a.title.clone())
}

fn topics_text(state: &State, language: Language) -> String {
    state
        .topics
        .iter()
        .map(|&t| topic_title(t, language))
        .collect::<Vec<_>>()
        .join(&t!(language, "syn-list-separator"))
}

/// The contact details as one line each.
fn contact_lines(state: &State, language: Language) -> Vec<String> {
    if state.anonymous != Some(false) {
        return vec![t!(language, "syn-review-anonymous")];
    }
    [Field::Name, Field::Email, Field::Phone]
        .into_iter()
        .filter(|&f| !field_value(state, f).trim().is_empty())
        .map(|f| {
            t!(
                language,
                "syn-review-line",
                label = field_title(f, language),
                value = field_value(state, f).trim().to_owned()
            )
        })
        .collect()
}

/// The contact step's promise: answer by a named date.
fn answer_promise(state: &State, language: Language) -> String {
    match state.answer_by {
        Some(date) => t!(
            language,
            "syn-contact-answer",
            date = long_date(date, language)
        ),
        None => t!(language, "syn-contact-answer-soon"),
    }
}

// ---- view -----------------------------------------------------------------

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

/// A primary button on the end side of the row.
fn next_button<'a>(ctx: &Ctx, caption: String, message: Message) -> Element<'a, Message> {
    let end = if ctx.is_rtl() {
        iced::alignment::Horizontal::Left
    } else {
        iced::alignment::Horizontal::Right
    };
    container(ctx.labelled_button(
        ctx.language,
        caption,
        ButtonKind::Primary,
        message,
        Length::Shrink,
    ))
    .width(Length::Fill)
    .align_x(end)
    .into()
}

pub fn view<'a>(
    ctx: &Ctx,
    state: &'a State,
    content: &Content,
) -> (Element<'a, Message>, Element<'a, Message>) {
    let language = ctx.language;
    let per_row = if ctx.is_portrait() { 1 } else { 2 };
    match state.step {
        Step::Intro => {
            let info = info()
                .push(ctx.title(t!(language, "syn-intro-title")))
                .push(ctx.text(t!(language, "syn-intro-what")))
                .push(ctx.text(t!(language, "syn-intro-use")));
            let routes = content
                .routes
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    ctx.tile(
                        r.title.clone(),
                        r.explanation.lines().next().unwrap_or_default().to_owned(),
                        Message::OpenRoute(i, r.url.clone()),
                    )
                })
                .collect();
            let controls = Column::new()
                .spacing(16)
                .width(Length::Fill)
                .push(next_button(
                    ctx,
                    t!(language, "syn-intro-continue"),
                    Message::Continue,
                ))
                .push(ctx.heading(t!(language, "syn-not-title")))
                .push(ctx.grid(routes, per_row));
            fit(ctx, info, controls.into())
        }
        Step::Route(index) => {
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
                    // Dark cells on white in both themes: phone cameras
                    // do not all read inverted codes.
                    qr_column =
                        qr_column.push(qr_code(data).total_size(280).style(|_| qr_code::Style {
                            cell: iced::Color::BLACK,
                            background: iced::Color::WHITE,
                        }));
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
        Step::Kind => {
            let info = info().push(ctx.title(t!(language, "syn-kind-title")));
            let tiles = Kind::ALL
                .iter()
                .map(|&k| {
                    ctx.tile(
                        kind_title(k, language),
                        kind_text(k, language),
                        Message::Kind(k),
                    )
                })
                .collect();
            fit(ctx, info, ctx.grid(tiles, 1).into())
        }
        Step::Area => {
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
                    ctx.labelled_button(
                        language,
                        a.title.clone(),
                        kind,
                        Message::Area(a.id.clone()),
                        Length::Fill,
                    )
                })
                .collect();
            fit(ctx, info, ctx.grid(buttons, 2).into())
        }
        Step::Topics => {
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
                    ctx.labelled_button(
                        language,
                        caption,
                        if selected {
                            ButtonKind::Selected
                        } else {
                            ButtonKind::Secondary
                        },
                        Message::Toggle(topic),
                        Length::Fill,
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
        Step::Message => {
            let compact = keyboard::compact(ctx);
            let mut info = info().spacing(12).push(if compact {
                ctx.heading(t!(language, "syn-message-title"))
            } else {
                ctx.title(t!(language, "syn-message-title"))
            });
            if !compact {
                info = info.push(ctx.muted(t!(language, "syn-message-hint")));
            }
            let lines = if compact { 2.0 } else { 4.0 };
            info = info.push(keyboard::text_display(
                ctx,
                &state.message,
                state.keyboard.layout,
                lines,
            ));
            if let Some(counter) = keyboard::counter(ctx, &state.message) {
                info = info.push(counter);
            }
            if let Some(e) = state.message_error {
                info = info.push(error(ctx, message_error_text(e, language)));
            }
            let controls = Column::new()
                .spacing(16)
                .push(keyboard::view(ctx, &state.keyboard, Message::Key))
                .push(next_button(
                    ctx,
                    t!(language, "syn-next"),
                    Message::MessageDone,
                ));
            (info.into(), controls.into())
        }
        Step::Contact => {
            let info = info()
                .push(ctx.title(t!(language, "syn-contact-title")))
                .push(
                    ctx.card(
                        Column::new()
                            .spacing(16)
                            .push(ctx.heading(t!(language, "syn-contact-with-title")))
                            .push(ctx.text(answer_promise(state, language)))
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
        Step::Details => {
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
        Step::Field(field) => {
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
            if !compact {
                info = info.push(ctx.muted(field_hint(field, language)));
            }
            info = info.push(keyboard::text_display(
                ctx,
                buffer,
                state.field_keyboard.layout,
                1.0,
            ));
            if let Some(text) = field_error(state, field, language) {
                info = info.push(error(ctx, text));
            }
            let controls = Column::new()
                .spacing(16)
                .push(keyboard::view(
                    ctx,
                    &state.field_keyboard,
                    Message::FieldKey,
                ))
                .push(next_button(
                    ctx,
                    t!(language, "syn-field-done"),
                    Message::FieldDone,
                ));
            (info.into(), controls.into())
        }
        Step::Review => {
            let mut cards: Vec<Element<'a, Message>> = review_sections(state, content, language)
                .into_iter()
                .map(|(heading, lines, edit, step)| {
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
                })
                .collect();
            // The message (the longest) gets the full width.
            let message = cards.remove(3);
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
        Step::Sending => (
            info().push(ctx.title(t!(language, "syn-sending"))).into(),
            Space::new().into(),
        ),
        Step::Receipt => {
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
    }
}

/// The review's sections: heading, lines, edit button caption, step.
fn review_sections(
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

pub fn describe(state: &State, content: &Content, language: Language) -> ScreenText {
    match state.step {
        Step::Intro => ScreenText::new(t!(language, "syn-intro-title"))
            .body(t!(language, "syn-intro-what"))
            .body(t!(language, "syn-intro-use"))
            .choice(t!(language, "syn-intro-continue"))
            .body(t!(language, "syn-not-title"))
            .choices(content.routes.iter().map(|r| r.title.clone())),
        Step::Route(index) => {
            let mut screen = ScreenText::new(
                content
                    .routes
                    .get(index)
                    .map(|r| r.title.clone())
                    .unwrap_or_default(),
            );
            if let Some(route) = content.routes.get(index) {
                for paragraph in route.explanation.lines() {
                    screen = screen.body(paragraph.to_owned());
                }
                screen = screen
                    .body(t!(language, "syn-route-scan"))
                    .body(route.url.clone());
            }
            screen.choice(t!(language, "syn-route-back"))
        }
        Step::Kind => ScreenText::new(t!(language, "syn-kind-title")).choices(
            Kind::ALL
                .iter()
                .map(|&k| format!("{}: {}", kind_title(k, language), kind_text(k, language))),
        ),
        Step::Area => ScreenText::new(t!(language, "syn-area-title"))
            .choices(content.areas.iter().map(|a| a.title.clone())),
        Step::Topics => {
            let mut screen = ScreenText::new(t!(language, "syn-topics-title"))
                .body(t!(language, "syn-topics-hint"));
            if state.topic_error {
                screen = screen.body(t!(language, "syn-error-no-topic"));
            }
            screen
                .choices(Topic::ALL.iter().map(|&t| {
                    if state.topics.contains(&t) {
                        t!(language, "syn-selected", choice = topic_title(t, language))
                    } else {
                        topic_title(t, language)
                    }
                }))
                .choice(t!(language, "syn-next"))
        }
        Step::Message => {
            let mut screen = ScreenText::new(t!(language, "syn-message-title"))
                .body(t!(language, "syn-message-hint"))
                .body(state.message.as_str().to_owned());
            if let Some(counter) = keyboard::counter_text(language, &state.message) {
                screen = screen.body(counter);
            }
            if let Some(e) = state.message_error {
                screen = screen.body(message_error_text(e, language));
            }
            screen.choice(t!(language, "syn-next"))
        }
        Step::Contact => ScreenText::new(t!(language, "syn-contact-title"))
            .body(answer_promise(state, language))
            .body(t!(language, "syn-contact-anonymous"))
            .body(t!(language, "syn-contact-public"))
            .choice(t!(language, "syn-contact-with"))
            .choice(t!(language, "syn-contact-anonymous-button")),
        Step::Details => {
            let mut screen = ScreenText::new(t!(language, "syn-details-title"))
                .body(t!(language, "syn-details-hint"));
            if state.contact_errors.no_way_to_reach {
                screen = screen.body(t!(language, "syn-error-no-contact"));
            }
            for field in [Field::Name, Field::Email, Field::Phone] {
                if let Some(text) = field_error(state, field, language) {
                    screen = screen.body(text);
                }
                screen = screen.choice(t!(
                    language,
                    "syn-field-write",
                    field = field_title(field, language)
                ));
            }
            screen.choice(t!(language, "syn-next"))
        }
        Step::Field(field) => {
            let mut screen = ScreenText::new(field_title(field, language))
                .body(field_hint(field, language))
                .body(field_value(state, field).to_owned());
            if let Some(text) = field_error(state, field, language) {
                screen = screen.body(text);
            }
            screen.choice(t!(language, "syn-field-done"))
        }
        Step::Review => {
            let mut screen = ScreenText::new(t!(language, "syn-review-title"))
                .body(t!(language, "syn-review-hint"));
            for (heading, lines, edit, _) in review_sections(state, content, language) {
                screen = screen.body(heading);
                for line in lines {
                    screen = screen.body(line);
                }
                screen = screen.choice(edit);
            }
            screen.choice(t!(language, "syn-send"))
        }
        Step::Sending => ScreenText::new(t!(language, "syn-sending")),
        Step::Receipt => {
            let Some(receipt) = &state.receipt else {
                return ScreenText::new(t!(language, "syn-sending"));
            };
            let mut paragraphs = receipt_paragraphs(receipt, language).into_iter();
            let mut screen = ScreenText::new(paragraphs.next().unwrap_or_default());
            for p in paragraphs {
                screen = screen.body(p);
            }
            // The reference is spelled out, character by character.
            screen
                .body(t!(language, "syn-receipt-reference"))
                .body(crate::speech::spoken::reference(
                    language,
                    &receipt.reference,
                ))
                .choice(t!(language, "syn-receipt-done"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::speech::spoken::utterance;

    fn receipt_state(language: Language) -> State {
        let mut state = State::new(language);
        state.show_receipt(Receipt {
            reference: "BK-7QH2XK".into(),
            kind: Kind::Complaint,
            answer_by: NaiveDate::from_ymd_opt(2026, 11, 25),
            queued: true,
        });
        state
    }

    #[test]
    fn the_spoken_receipt_spells_the_reference_in_swedish_and_arabic() {
        for (language, spelled) in [
            (Language::Sv, "B, K. 7, Q, H, 2, X, K"),
            (Language::Ar, "B، K. 7، Q، H، 2، X، K"),
        ] {
            let state = receipt_state(language);
            let text = describe(&state, &Content::default(), language);
            assert_eq!(text.title, t!(language, "syn-receipt-title"));
            let reference = text
                .body
                .iter()
                .position(|b| b == spelled)
                .unwrap_or_else(|| panic!("{language}: no spelled reference in {:?}", text.body));
            assert_eq!(
                text.body[reference - 1],
                t!(language, "syn-receipt-reference")
            );
            // Not the reference as one word.
            assert!(!utterance(&text).contains("BK-7QH2XK"), "{language}");
            // The offline line and the apology come before what happens next.
            let queued = text
                .body
                .iter()
                .position(|b| *b == t!(language, "syn-receipt-queued"))
                .expect("offline line");
            let next = text
                .body
                .iter()
                .position(|b| *b == t!(language, "syn-receipt-next"))
                .unwrap();
            assert!(queued < next);
            assert_eq!(text.choices, vec![t!(language, "syn-receipt-done")]);
        }
    }

    #[test]
    fn pressed_keys_are_reported_only_on_the_keyboard_steps() {
        let mut state = State::new(Language::Sv);
        let key = Key::Char("a");
        assert_eq!(state.pressed(&Message::Key(key)), None);
        state.set_step(Step::Message);
        assert_eq!(
            state.pressed(&Message::Key(key)),
            Some((Keyboard::for_language(Language::Sv), key))
        );
        assert_eq!(state.pressed(&Message::Continue), None);
    }
}

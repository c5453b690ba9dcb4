//! Synpunkt: what it is (and what it is not, with routes and QR codes) →
//! kind → service area → topics → message on our keyboard → contact or
//! anonymous → review → send → receipt.
//!
//! The screen keeps its own state here (testable without a window); its
//! words are in `text`, one view function per step in `view`, and the
//! screen as plain text in `describe`. It reads the service areas and the
//! "not a synpunkt" routes from the content ([`Content`]; [`builtin_content`]
//! until the content files have them), and sends through the services: the
//! synpunkt is committed to the outbox off the UI thread, and the receipt
//! shows its reference and the answer-by date from the one clock.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use iced::Task;

use crate::describe::ScreenText;
use crate::i18n::Language;
use crate::keyboard::{Key, Keyboard, LayoutId, TextBuffer};
use crate::services::SubmitError;
use crate::staff::Counted;
use crate::synpunkt::{
    self, Contact, ContactErrors, Draft, DraftError, Kind, MESSAGE_MAX_CHARS, MessageError,
    NAME_MAX_CHARS, Topic,
};
use crate::t;
use crate::ui::screen::{Env, Event, Parts};
use crate::ui::widget::Ctx;

mod describe;
mod text;
mod view;

pub use describe::describe;
pub use text::{email_error_text, kind_title, message_error_text, phone_error_text, topic_title};
pub use view::{receipt_paragraphs, view};

/// A service area, with its title in the visitor's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Area {
    pub id: String,
    pub title: String,
    /// Its pictogram (a bundled icon name).
    pub icon: Option<String>,
}

/// Somewhere to go instead, for what is not a synpunkt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Route {
    pub title: String,
    pub explanation: String,
    pub url: String,
    pub icon: Option<String>,
}

/// What the synpunkt screens show that comes from content files, in the
/// visitor's language.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Content {
    pub areas: Vec<Area>,
    pub routes: Vec<Route>,
    /// The date an answer would come by if the synpunkt were sent now
    /// (two Swedish working days, from the services' clock).
    pub answer_by: Option<NaiveDate>,
    /// A demo kiosk: nothing is sent, nothing promised.
    pub demo: bool,
}

/// The built-in service areas and routes, until the content files give
/// them. The URLs are Botkyrka's public pages; content should confirm them.
pub fn builtin_content(language: Language) -> Content {
    let area = |id: &str, title: String, icon: &str| Area {
        id: id.to_owned(),
        title,
        icon: Some(icon.to_owned()),
    };
    let route = |title: String, explanation: String, url: &str, icon: &str| Route {
        title,
        explanation,
        url: url.to_owned(),
        icon: Some(icon.to_owned()),
    };
    Content {
        areas: vec![
            area("school", t!(language, "syn-area-school"), "backpack"),
            area("social", t!(language, "syn-area-social"), "heart-handshake"),
            area(
                "building",
                t!(language, "syn-area-building"),
                "building-community",
            ),
            area("streets", t!(language, "syn-area-streets"), "trees"),
            area("culture", t!(language, "syn-area-culture"), "masks-theater"),
            area("center", t!(language, "syn-area-center"), "building"),
            area("other", t!(language, "syn-area-other"), "dots"),
        ],
        routes: vec![
            route(
                t!(language, "syn-route-fault-title"),
                t!(language, "syn-route-fault-text"),
                "https://www.botkyrka.se/boende-och-narmiljo/utomhusmiljo",
                "tool",
            ),
            route(
                t!(language, "syn-route-proposal-title"),
                t!(language, "syn-route-proposal-text"),
                "https://www.botkyrka.se/kommun-och-politik/sa-kan-du-paverka",
                "speakerphone",
            ),
            route(
                t!(language, "syn-route-damage-title"),
                t!(language, "syn-route-damage-text"),
                "https://www.botkyrka.se/sjalvservice-och-blanketter",
                "car-crash",
            ),
            route(
                t!(language, "syn-route-appeal-title"),
                t!(language, "syn-route-appeal-text"),
                "https://www.botkyrka.se/kommun-och-politik",
                "gavel",
            ),
        ],
        answer_by: None,
        demo: false,
    }
}

pub use crate::synpunkt::Receipt;

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

/// A QR code for a URL (compared by its URL).
#[derive(Clone)]
struct Qr {
    url: String,
    data: Option<crate::ui::qr::Code>,
}

impl Qr {
    fn new(url: &str) -> Qr {
        Qr {
            url: url.to_owned(),
            data: crate::ui::qr::Code::new(url, crate::ui::qr::Size::Total(280)),
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
    /// The outbox stored the synpunkt (the receipt), or could not.
    Stored(Result<Receipt, SubmitError>),
    /// After the first delivery attempt: whether the synpunkt waits at the
    /// kiosk for the connection to come back.
    Queued(bool),
}

/// What a touch asks for beyond the screen's own state.
#[derive(Debug, Clone, PartialEq)]
enum Request {
    /// The visitor pressed send: commit the draft to the outbox.
    Submit(Draft),
    /// The visitor is done (back to Home).
    Done,
}

/// The service areas and "not a synpunkt" routes in `language`, from the
/// content files (the built-in list only if they have none).
pub fn content(env: &Env, language: Language) -> Content {
    let catalog = env.catalog();
    let answer_by = Some(env.services.answer_by_now());
    let demo = env.services.is_demo();
    if catalog.areas().is_empty() {
        return Content {
            answer_by,
            demo,
            ..builtin_content(language)
        };
    }
    Content {
        answer_by,
        demo,
        areas: catalog
            .areas()
            .iter()
            .filter_map(|area| {
                let name = catalog.area_name(&area.id, language)?;
                Some(Area {
                    id: area.id.clone(),
                    title: name.value.to_owned(),
                    icon: area.icon.clone(),
                })
            })
            .collect(),
        routes: catalog
            .routes()
            .iter()
            .filter_map(|route| {
                let text = catalog.route_text(&route.id, language)?;
                Some(Route {
                    title: text.value.title.clone(),
                    explanation: text.value.text.clone(),
                    url: route.url.clone(),
                    icon: route.icon.clone(),
                })
            })
            .collect(),
    }
}

impl State {
    /// The flow, opened.
    pub fn open(env: &Env) -> State {
        State::new(env.language)
    }

    /// Handles a message: keys are spoken while speech is on; "send"
    /// commits the synpunkt through the services and the receipt follows.
    pub fn update(&mut self, message: Message, env: &Env) -> (Task<Message>, Option<Event>) {
        if let Some((keyboard, key)) = self.pressed(&message) {
            env.services.speak_key(&keyboard, key);
        }
        let event = match message {
            Message::Stored(Ok(receipt)) => {
                // Counted by fixed names: its area, kind, topics, and
                // whether it has contact details (never what was written).
                if let Ok(draft) = self.draft() {
                    let topics: Vec<&str> = draft.topics.iter().map(|t| t.id()).collect();
                    env.services.count(Counted::Synpunkt {
                        area: &draft.area,
                        kind: receipt.kind.id(),
                        topics: &topics,
                        with_contact: draft.contact.is_some(),
                    });
                }
                let delivery = env.services.delivery_outcome(&receipt);
                self.show_receipt(receipt);
                return (Task::perform(delivery, Message::Queued), None);
            }
            Message::Stored(Err(_)) => {
                // Nothing is claimed: the visitor stays on the review.
                self.step = Step::Review;
                None
            }
            message => match self.request(message) {
                Some(Request::Submit(draft)) => {
                    let stored = env.services.submit_synpunkt(draft, env.language);
                    return (Task::perform(stored, Message::Stored), None);
                }
                Some(Request::Done) => Some(Event::VisitDone),
                None => None,
            },
        };
        (Task::none(), event)
    }

    pub fn view<'a>(&'a self, ctx: &Ctx, env: &Env<'a>) -> Parts<'a, Message> {
        view(ctx, self, &content(env, ctx.language))
    }

    pub fn describe(&self, env: &Env, language: Language) -> ScreenText {
        describe(self, &content(env, language), language)
    }

    /// The message a key typed on a physical keyboard gives, on the steps
    /// with a text display.
    pub fn typed(&self, key: Key) -> Option<Message> {
        match self.step {
            Step::Message => Some(Message::Key(key)),
            Step::Field(_) => Some(Message::FieldKey(key)),
            _ => None,
        }
    }

    /// Applies a message to the state alone, without effects (screenshots
    /// and tests put the screen in a state with it).
    pub fn apply(&mut self, message: Message) {
        let _ = self.request(message);
    }

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
            qr: None,
            receipt: None,
        }
    }

    /// The step's fixed name in the statistics.
    pub fn step_name(&self) -> &'static str {
        match self.step {
            Step::Intro => "intro",
            Step::Route(_) => "route",
            Step::Kind => "kind",
            Step::Area => "area",
            Step::Topics => "topics",
            Step::Message => "message",
            Step::Contact => "contact",
            Step::Details | Step::Field(_) => "details",
            Step::Review => "review",
            Step::Sending => "sending",
            Step::Receipt => "receipt",
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

    /// The receipt: the outbox stored the synpunkt.
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

    fn request(&mut self, message: Message) -> Option<Request> {
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
                    return Some(Request::Submit(draft));
                }
                Err(DraftError::NoArea) => self.step = Step::Area,
                Err(DraftError::NoTopic) => self.step = Step::Topics,
                Err(DraftError::Message(e)) => {
                    self.message_error = Some(e);
                    self.step = Step::Message;
                }
            },
            Message::Done => return Some(Request::Done),
            // Carried out by `update`.
            Message::Stored(_) => {}
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

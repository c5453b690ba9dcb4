//! The visitor screens, and the one contract they all keep (halloy's, as in
//! iced's "scaling applications" advice):
//!
//! - a `State` (a screen without state of its own has none) and a `Message`;
//! - `update(&mut self, Message, &Env) -> (Task<Message>, Option<Event>)`:
//!   the screen does its own effects through [`Env::services`] (returning
//!   the task that carries them out) and tells the root, with an `Event`,
//!   only what the root must do: go somewhere else;
//! - `view(&self, &Ctx, &Env)`: the screen's parts, information on top and
//!   controls below (the root lays them out, low in reach mode);
//! - `describe(&self, &Env, Language)`: the screen as plain text, in reading
//!   order, for speech output.
//!
//! [`Screen`] routes to the screen on show; the root never reads or writes
//! a screen's inner state.

use std::sync::Arc;
use std::time::Instant;

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use iced::{Element, Subscription, Task};

use crate::config::Config;
use crate::content::Catalog;
use crate::describe::ScreenText;
use crate::feeds::{FeedsConfig, FeedsSnapshot};
use crate::i18n::Language;
use crate::services::Services;
use crate::ui::widget::Ctx;

pub mod contacts;
pub mod finish;
pub mod guides;
pub mod home;
pub mod hours;
pub mod news;
pub mod queue;
pub mod staff;
pub mod start;
pub mod synpunkt;
pub mod tools;

pub use home::Flow;

/// What a screen may use: the services (and through them the clock, the
/// config and the content), the visitor's language and the moment.
pub struct Env<'a> {
    pub services: &'a Services,
    pub language: Language,
    /// The moment the message is handled (monotonic: durations only).
    pub now: Instant,
    /// The latest news, events and crisis data, and the rules to read it.
    pub feeds: &'a FeedsSnapshot,
    pub feeds_config: &'a FeedsConfig,
    /// The flows that work on this kiosk now (Home's tiles).
    pub flows: &'a [Flow],
}

impl<'a> Env<'a> {
    pub fn config(&self) -> &'a Config {
        self.services.config()
    }

    pub fn catalog(&self) -> &'a Arc<Catalog> {
        self.services.catalog()
    }

    /// The wall-clock moment now (UTC).
    pub fn wall(&self) -> DateTime<Utc> {
        self.services.now()
    }

    /// The wall-clock time in Stockholm now.
    pub fn local(&self) -> NaiveDateTime {
        self.services.clock().stockholm()
    }

    pub fn today(&self) -> NaiveDate {
        self.services.today()
    }
}

/// A screen's parts: information on top, controls below.
pub type Parts<'a, M> = (Element<'a, M>, Element<'a, M>);

/// A message for the screen on show.
#[derive(Debug, Clone)]
pub enum Message {
    Start(start::Message),
    Home(home::Message),
    Queue(queue::Message),
    Synpunkt(synpunkt::Message),
    Guides(guides::Message),
    Contacts(contacts::Message),
    Tools(tools::Message),
    /// "Something else?" at the end of a visit.
    Finish(finish::Message),
    /// The PIN pad and the staff panel.
    Staff(staff::Message),
}

/// What the root must do for a screen: navigation, and the session's own
/// state.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// The visitor chose a language on Start.
    Begin(Language),
    /// A tile on Home.
    Open(Flow),
    /// Back to Home (done with a flow).
    Home,
    /// Back to Start for the next visitor (the ticket has been shown long
    /// enough, staff cancelled the PIN pad, the visitor said they are done).
    StartOver,
    /// The visitor is done (a ticket's or a receipt's "Done"): ask
    /// "Something else?" for a few seconds, then end the visit.
    VisitDone,
    /// "I want help from staff": the queue, with this service chosen; the
    /// ticket says what help it is for (`guide:<id>`, `tool:<id>`).
    Queue {
        service: String,
        topic: Option<String>,
    },
    /// One of the office's tools (found by the e-services search).
    OpenTool(String),
    /// The guides of one category (the digital-skills guides, from the
    /// tools screen).
    OpenCategory(String),
    /// A contact found by the e-services search.
    OpenContact(String),
    /// Staff mode ended: Home for the visitor staff assist, else Start.
    StaffLeft,
    /// The staff panel asks for the content to be loaded again now.
    ReloadContent,
}

/// Which screen the visitor is on, with the screen's own state.
#[derive(Debug)]
pub enum Screen {
    Start,
    Home,
    Hours,
    Queue(Box<queue::State>),
    Synpunkt(Box<synpunkt::State>),
    /// E-services and forms.
    Guides(Box<guides::State>),
    Contacts(Box<contacts::State>),
    /// The office's digital tools.
    Tools(Box<tools::State>),
    /// Area news and events.
    News,
    /// "Something else?" after a ticket or a receipt.
    Finish(finish::State),
    /// Staff mode: the PIN pad or the staff panel.
    Staff(Box<staff::State>),
}

/// What "back" did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Back {
    /// A step back inside the screen (or to the screen it came from).
    Within,
    /// The screen is at its start: the root goes Home (when it has a
    /// parent).
    Out,
}

impl Screen {
    /// Whether "back" leads to Home from here ("Something else?" too:
    /// back is "yes, something more").
    pub fn has_parent(&self) -> bool {
        !matches!(self, Screen::Start | Screen::Home | Screen::Staff(_))
    }

    /// Whether the screen scrolls its own parts (lists, keyboards, long
    /// guides, the tools); the root scrolls the others' body when it does
    /// not fit. A screen that uses `scrollable` must say so here: a
    /// scrollable inside the root's has no height of its own.
    pub fn scrolls_itself(&self) -> bool {
        matches!(
            self,
            Screen::Synpunkt(_)
                | Screen::Guides(_)
                | Screen::Contacts(_)
                | Screen::Tools(_)
                | Screen::News
                | Screen::Staff(_)
        )
    }

    /// Stable name, used in screenshot file names and logs.
    pub fn name(&self) -> &'static str {
        match self {
            Screen::Start => "start",
            Screen::Home => "home",
            Screen::Hours => "hours",
            Screen::Queue(_) => "queue",
            Screen::Synpunkt(_) => "synpunkt",
            Screen::Guides(_) => "guides",
            Screen::Contacts(_) => "contacts",
            Screen::Tools(_) => "tools",
            Screen::News => "news",
            Screen::Finish(_) => "finish",
            Screen::Staff(_) => "staff",
        }
    }

    /// The flow this screen belongs to, and where a visitor who leaves now
    /// leaves it: `Ok` at its end (a ticket, a receipt, a guide, a contact,
    /// a tool, the hours), `Err(step)` unfinished (the statistics).
    pub fn outcome(&self) -> Option<(Flow, Result<(), &'static str>)> {
        use super::screen::{contacts::Page as C, guides::Page as G, tools::Page as T};
        let done = |flow| Some((flow, Ok(())));
        let left = |flow, step| Some((flow, Err(step)));
        match self {
            Screen::Start | Screen::Home | Screen::Finish(_) | Screen::Staff(_) => None,
            Screen::Hours => done(Flow::Hours),
            Screen::News => done(Flow::News),
            Screen::Queue(state) => match state.phase {
                queue::Phase::Ticket { .. } => done(Flow::Queue),
                queue::Phase::Loading => left(Flow::Queue, "loading"),
                queue::Phase::List => left(Flow::Queue, "list"),
                queue::Phase::Specialist { .. } => left(Flow::Queue, "specialist"),
                queue::Phase::Needs { .. } => left(Flow::Queue, "needs"),
                queue::Phase::Issuing { .. } => left(Flow::Queue, "issuing"),
                queue::Phase::Failed(_) => left(Flow::Queue, "failed"),
            },
            Screen::Synpunkt(state) => match state.step_name() {
                "receipt" => done(Flow::Synpunkt),
                step => left(Flow::Synpunkt, step),
            },
            Screen::Guides(state) => match state.page {
                G::Guide { .. } | G::Forms { .. } => done(Flow::Guides),
                G::Categories => left(Flow::Guides, "categories"),
                G::List { .. } => left(Flow::Guides, "list"),
                G::Search(_) => left(Flow::Guides, "search"),
            },
            Screen::Contacts(state) => match state.page {
                C::Contact { .. } => done(Flow::Contacts),
                C::List => left(Flow::Contacts, "list"),
                C::Search(_) => left(Flow::Contacts, "search"),
            },
            Screen::Tools(state) => match state.page {
                T::Tool { .. } => done(Flow::Tools),
                T::List => left(Flow::Tools, "list"),
            },
        }
    }

    /// The screen a flow opens on, and the work it starts with.
    pub fn open(flow: Flow, env: &Env) -> (Screen, Task<Message>) {
        match flow {
            Flow::Hours => (Screen::Hours, Task::none()),
            Flow::News => (Screen::News, Task::none()),
            Flow::Synpunkt => (
                Screen::Synpunkt(Box::new(synpunkt::State::open(env))),
                Task::none(),
            ),
            Flow::Guides => (Screen::Guides(Box::default()), Task::none()),
            Flow::Contacts => (Screen::Contacts(Box::default()), Task::none()),
            Flow::Queue => Screen::queue(None, None, env),
            Flow::Tools => (Screen::Tools(Box::default()), Task::none()),
        }
    }

    /// The queue, with `service` chosen as soon as the list arrives (where
    /// it is open now), for help with `topic`.
    pub fn queue(
        service: Option<String>,
        topic: Option<String>,
        env: &Env,
    ) -> (Screen, Task<Message>) {
        let (state, task) = queue::State::open(service, topic, env);
        (Screen::Queue(Box::new(state)), task.map(Message::Queue))
    }

    /// The PIN pad, saying why it may not open.
    pub fn pin_pad(env: &Env) -> Screen {
        Screen::Staff(Box::new(staff::State::pin_pad(staff::lock_notice(env))))
    }

    /// Routes a message to the screen on show; a message for another
    /// screen (a late answer after the visitor moved on) is dropped.
    pub fn update(&mut self, message: Message, env: &Env) -> (Task<Message>, Option<Event>) {
        match (self, message) {
            (Screen::Start, Message::Start(m)) => {
                let (task, event) = start::update(m, env);
                (task.map(Message::Start), event)
            }
            (Screen::Home, Message::Home(m)) => {
                let (task, event) = home::update(m, env);
                (task.map(Message::Home), event)
            }
            (Screen::Queue(state), Message::Queue(m)) => {
                let (task, event) = state.update(m, env);
                (task.map(Message::Queue), event)
            }
            (Screen::Synpunkt(state), Message::Synpunkt(m)) => {
                let (task, event) = state.update(m, env);
                (task.map(Message::Synpunkt), event)
            }
            (Screen::Guides(state), Message::Guides(m)) => {
                let (task, event) = state.update(m, env);
                (task.map(Message::Guides), event)
            }
            (Screen::Contacts(state), Message::Contacts(m)) => {
                let (task, event) = state.update(m, env);
                (task.map(Message::Contacts), event)
            }
            (Screen::Tools(state), Message::Tools(m)) => {
                let (task, event) = state.update(m, env);
                (task.map(Message::Tools), event)
            }
            (Screen::Finish(state), Message::Finish(m)) => {
                let (task, event) = state.update(m, env);
                (task.map(Message::Finish), event)
            }
            (Screen::Staff(state), Message::Staff(m)) => {
                let (task, event) = state.update(m, env);
                (task.map(Message::Staff), event)
            }
            _ => (Task::none(), None),
        }
    }

    /// The visitor touched the screen or pressed a key: a screen that
    /// counts down ("Something else?") starts its time again.
    pub fn touched(&mut self, now: Instant) {
        if let Screen::Finish(state) = self {
            state.touched(now);
        }
    }

    /// Once a second while a visitor is here.
    pub fn tick(&mut self, env: &Env) -> Option<Event> {
        match self {
            Screen::Queue(state) => state.tick(env),
            Screen::Finish(state) => state.tick(env),
            _ => None,
        }
    }

    /// One step back. A contact opened from the e-services search goes
    /// back to that search.
    pub fn back(&mut self) -> Back {
        let within = match self {
            Screen::Synpunkt(state) => state.back(),
            Screen::Guides(state) => state.back(),
            Screen::Tools(state) => state.back(),
            Screen::Contacts(state) => match state.return_to_guides() {
                Some(from) => {
                    *self = Screen::Guides(from);
                    true
                }
                None => state.back(),
            },
            _ => false,
        };
        if within { Back::Within } else { Back::Out }
    }

    /// The e-services search opens a contact it found: the contacts screen,
    /// whose back returns to that search.
    pub fn open_contact(&mut self, id: &str, env: &Env) {
        let catalog = env.catalog();
        let state = match std::mem::replace(self, Screen::Home) {
            Screen::Guides(from) => contacts::State::from_guides(catalog, id, from),
            _ => contacts::State::contact(catalog, id),
        };
        *self = Screen::Contacts(Box::new(state));
    }

    /// The visitor changed language mid-flow: keyboards follow.
    pub fn set_language(&mut self, language: Language) {
        match self {
            Screen::Synpunkt(state) => state.set_language(language),
            Screen::Guides(state) => state.set_language(language),
            Screen::Contacts(state) => state.set_language(language),
            _ => {}
        }
    }

    /// The message a key typed on a physical keyboard gives, where the
    /// screen has a text display on show.
    pub fn typed(&self, key: crate::keyboard::Key) -> Option<Message> {
        match self {
            Screen::Synpunkt(state) => state.typed(key).map(Message::Synpunkt),
            Screen::Guides(state) => state.typed(key).map(Message::Guides),
            Screen::Contacts(state) => state.typed(key).map(Message::Contacts),
            Screen::Staff(state) => state.typed(key).map(Message::Staff),
            _ => None,
        }
    }

    /// The screen's own subscriptions (the queue's live waits).
    pub fn subscription(&self) -> Subscription<Message> {
        match self {
            Screen::Queue(state) => state.subscription().map(Message::Queue),
            _ => Subscription::none(),
        }
    }

    /// The screen's parts.
    pub fn view<'a>(&'a self, ctx: &Ctx, env: &Env<'a>) -> Parts<'a, Message> {
        fn map<'a, M: 'a>(
            (info, controls): Parts<'a, M>,
            f: impl Fn(M) -> Message + Copy + 'a,
        ) -> Parts<'a, Message> {
            (info.map(f), controls.map(f))
        }
        match self {
            Screen::Start if env.services.staff().is_paused() => {
                staff::out_of_service_view(ctx, env.config())
            }
            Screen::Start => map(start::view(ctx, env), Message::Start),
            Screen::Home => map(home::view(ctx, env), Message::Home),
            Screen::Hours => hours::view(ctx, env),
            Screen::News => news::view(ctx, env),
            Screen::Queue(state) => map(state.view(ctx, env), Message::Queue),
            Screen::Synpunkt(state) => map(state.view(ctx, env), Message::Synpunkt),
            Screen::Guides(state) => map(state.view(ctx, env), Message::Guides),
            Screen::Contacts(state) => map(state.view(ctx, env), Message::Contacts),
            Screen::Tools(state) => map(state.view(ctx, env), Message::Tools),
            Screen::Finish(state) => map(state.view(ctx, env), Message::Finish),
            Screen::Staff(state) => map(state.view(ctx, env), Message::Staff),
        }
    }

    /// The screen as plain text in `language`.
    pub fn describe(&self, env: &Env, language: Language) -> ScreenText {
        match self {
            Screen::Start if env.services.staff().is_paused() => {
                staff::out_of_service_describe(env.config(), language)
            }
            Screen::Start => start::describe(env, language),
            Screen::Home => home::describe(env, language),
            Screen::Hours => hours::describe(env, language),
            Screen::News => news::describe(env, language),
            Screen::Queue(state) => state.describe(env, language),
            Screen::Synpunkt(state) => state.describe(env, language),
            Screen::Guides(state) => state.describe(env, language),
            Screen::Contacts(state) => state.describe(env, language),
            Screen::Tools(state) => state.describe(env, language),
            Screen::Finish(state) => state.describe(env, language),
            Screen::Staff(state) => state.describe(env),
        }
    }
}

/// Screens are equal when they are the same screen, whatever their state.
impl PartialEq for Screen {
    fn eq(&self, other: &Screen) -> bool {
        self.name() == other.name()
    }
}

//! Queue ticket: choose the errand (with the live wait), optional needs,
//! then a ticket with the number the queue system issued. Three touches:
//! Home → service → "Get a ticket".
//!
//! The screen never invents a number: it shows a ticket only from a
//! `TicketResponse` the root got from the central API.

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use chrono::{DateTime, NaiveDate, Utc};
use iced::widget::{Column, container, text};
use iced::{Alignment, Element, Length, Subscription, Task};

use crate::clock;
use crate::content::Catalog;
use crate::contract::{AccessibilityNeed, Service, TicketNeeds, TicketResponse, Topic};
use crate::describe::ScreenText;
use crate::i18n::Language;
pub use crate::queue::wait_text;
use crate::queue::{self, AutoReturn, Route, need_text};
use crate::t;
use crate::ui::fonts;
use crate::ui::qr;
use crate::ui::screen::guides::plain;
use crate::ui::screen::hours::weekday_name;
use crate::ui::theme::ButtonKind;
use crate::ui::widget::{Ctx, Place, label};

use super::{Env, Event, Parts};
use crate::print::PrintOutcome;
use crate::staff::Counted;

pub use crate::queue::Failure;

/// How printing the ticket went (shown under the ticket).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Printing {
    NoPrinter,
    Printing,
    Printed,
    Failed,
}

const NEEDS: [AccessibilityNeed; 4] = [
    AccessibilityNeed::Wheelchair,
    AccessibilityNeed::HearingLoop,
    AccessibilityNeed::LowVision,
    AccessibilityNeed::QuietPlace,
];

#[derive(Debug)]
pub enum Phase {
    Loading,
    List,
    /// A level 4–6 errand: explain, offer the desk.
    Specialist {
        errand: Service,
    },
    Needs {
        service: Service,
        /// The errand the visitor wants help to start (specialist path).
        errand: Option<Service>,
        interpreter: Option<Language>,
        accessibility: BTreeSet<AccessibilityNeed>,
    },
    Issuing {
        service: Service,
        needs: TicketNeeds,
    },
    Ticket {
        ticket: TicketResponse,
        service: Service,
        back: AutoReturn,
        printing: Printing,
        /// The follow URL as a QR code, when the API gave one.
        qr: Option<qr::Code>,
        /// What the visitor asked help with (`guide:<id>`, `tool:<id>`).
        topic: Option<String>,
        /// What the visitor said they need at the desk.
        needs: TicketNeeds,
    },
    Failed(Failure),
}

#[derive(Debug)]
pub struct State {
    pub phase: Phase,
    services: Vec<Service>,
    desk_service: Option<String>,
    return_after: Duration,
    /// A service to choose as soon as the list arrives ("I want help from
    /// staff" on a guide: help with e-services).
    preselect: Option<String>,
    /// What the visitor wants help with (`guide:<id>`, `tool:<id>`), for a
    /// ticket of the preselected service only.
    topic: Option<(String, String)>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Loaded(Result<Vec<Service>, Failure>),
    Choose(String),
    DeskTicket,
    /// "I need an interpreter": pre-selects the visitor's own language.
    WantInterpreter(bool),
    Interpreter(Language),
    ToggleNeed(AccessibilityNeed),
    Confirm,
    Issued(Result<TicketResponse, Failure>),
    Printed(Printing),
    Tick,
    /// Fetch the list again (every 30 s while it is shown).
    Refresh,
    Retry,
    Home,
    /// "Done" on the ticket: the visitor has what they came for.
    Done,
}

/// What a step of the screen asks for (carried out by [`State::update`]
/// through the services).
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Fetch the office's services (on open, every 30 s, on retry).
    Refresh,
    /// Ask the central API for a ticket.
    Issue {
        service_id: String,
        needs: TicketNeeds,
        /// What the visitor wants help with (`guide:<id>`, `tool:<id>`).
        topic: Option<String>,
    },
    /// A ticket was issued: print it where a printer is set up.
    Print,
    /// Back to Home.
    Home,
    /// The visitor is done with their ticket: "Something else?".
    Done,
    /// The ticket has been shown long enough: back to Start.
    Finished,
}

impl State {
    pub fn new(desk_service: Option<String>, return_after: Duration) -> Self {
        State {
            phase: Phase::Loading,
            services: Vec::new(),
            desk_service,
            return_after,
            preselect: None,
            topic: None,
        }
    }

    /// Chooses `service` when the list first arrives, if it is open now;
    /// otherwise the visitor sees the list.
    pub fn preselect(mut self, service: Option<String>) -> Self {
        self.preselect = service;
        self
    }

    /// The ticket says what help it is for (a guide's or a tool's fixed
    /// id), when it is of the preselected service: a visitor who chooses
    /// another service gets a ticket without it.
    pub fn about(mut self, topic: Option<String>) -> Self {
        self.topic = self.preselect.clone().zip(topic);
        self
    }

    /// The topic a ticket of `service_id` carries.
    fn topic_for(&self, service_id: &str) -> Option<String> {
        self.topic
            .as_ref()
            .filter(|(for_service, _)| for_service == service_id)
            .map(|(_, topic)| topic.clone())
    }

    /// The queue, opened: the list is fetched at once.
    pub fn open(
        preselect: Option<String>,
        topic: Option<String>,
        env: &Env,
    ) -> (State, Task<Message>) {
        let config = env.config();
        let state = State::new(
            config.queue.desk_service.clone(),
            Duration::from_secs(config.queue.ticket_seconds.into()),
        )
        .preselect(preselect)
        .about(topic);
        (state, load(env))
    }

    /// Handles a message and carries out what it asks for through the
    /// services: fetching the list, issuing the ticket, printing it.
    pub fn update(&mut self, message: Message, env: &Env) -> (Task<Message>, Option<Event>) {
        let issued = matches!(message, Message::Issued(Ok(_)));
        let effect = self.step(message, env.language, env.now);
        if issued
            && let Phase::Ticket {
                service,
                needs,
                topic,
                ..
            } = &self.phase
        {
            let name = service_name(service, Language::Sv);
            if self.ticket().is_some_and(|(t, _)| t.follow_url.is_some()) {
                env.services.count(Counted::QrShown { kind: "ticket" });
            }
            env.services.count(Counted::Ticket {
                service_id: &service.id,
                name: &name,
                needs,
                topic: topic.as_deref(),
            });
        }
        match effect {
            None => (Task::none(), None),
            Some(Effect::Refresh) => (load(env), None),
            Some(Effect::Issue {
                service_id,
                needs,
                topic,
            }) => (
                Task::perform(
                    env.services
                        .issue_ticket(service_id, needs, topic, env.language),
                    Message::Issued,
                ),
                None,
            ),
            Some(Effect::Print) => (self.print(env), None),
            Some(Effect::Home) => (Task::none(), Some(Event::Home)),
            Some(Effect::Done) => (Task::none(), Some(Event::VisitDone)),
            Some(Effect::Finished) => (Task::none(), Some(Event::StartOver)),
        }
    }

    /// Once a second: the ticket goes back to Start when it has been shown
    /// long enough.
    pub fn tick(&mut self, env: &Env) -> Option<Event> {
        match self.step(Message::Tick, env.language, env.now) {
            Some(Effect::Finished) => {
                tracing::info!("ticket shown; back to Start");
                Some(Event::StartOver)
            }
            _ => None,
        }
    }

    /// The list shows live waits: it is fetched again every 30 s.
    pub fn subscription(&self) -> Subscription<Message> {
        if self.wants_refresh() {
            iced::time::every(Duration::from_secs(30)).map(|_| Message::Refresh)
        } else {
            Subscription::none()
        }
    }

    /// The issued ticket to the printer, where one is set up: the ticket
    /// is on screen whatever the printer does.
    fn print(&self, env: &Env) -> Task<Message> {
        let Some((ticket, service)) = self.ticket() else {
            return Task::none();
        };
        let Some(printing) = env.services.print_ticket(ticket, service, env.language) else {
            return Task::none();
        };
        Task::done(Message::Printed(Printing::Printing)).chain(Task::perform(printing, |outcome| {
            Message::Printed(match outcome {
                PrintOutcome::Printed => Printing::Printed,
                PrintOutcome::Failed { reason } => {
                    tracing::warn!(?reason, "ticket not printed");
                    Printing::Failed
                }
            })
        }))
    }

    /// One step of the screen's own logic, without effects (screenshots
    /// put the screen in a state with it). `now` is the moment the message
    /// is handled (the ticket's time on screen counts from it).
    pub fn step(&mut self, message: Message, language: Language, now: Instant) -> Option<Effect> {
        match message {
            Message::Loaded(Ok(services)) => {
                self.services = services;
                if matches!(self.phase, Phase::Loading | Phase::Failed(_)) {
                    self.phase = Phase::List;
                    if let Some(id) = self.preselect.take() {
                        return self.step(Message::Choose(id), language, now);
                    }
                }
                None
            }
            Message::Loaded(Err(failure)) => {
                // A failed refresh keeps a list already shown; with nothing
                // to show, say so.
                if self.services.is_empty() || matches!(self.phase, Phase::Loading) {
                    self.phase = Phase::Failed(failure);
                }
                None
            }
            Message::Choose(id) => {
                let service = self.services.iter().find(|s| s.id == id)?.clone();
                if !service.open_now {
                    return None;
                }
                self.phase = match Route::for_level(service.rosa_level) {
                    Route::Desk => needs(service, None),
                    Route::Specialist => Phase::Specialist { errand: service },
                };
                None
            }
            Message::DeskTicket => {
                if let Phase::Specialist { errand } = &self.phase {
                    let desk =
                        queue::desk_service(&self.services, self.desk_service.as_deref())?.clone();
                    self.phase = needs(desk, Some(errand.clone()));
                }
                None
            }
            Message::WantInterpreter(want) => {
                if let Phase::Needs { interpreter, .. } = &mut self.phase {
                    // An interpreter speaks a language, not a variety of
                    // it: easy-to-read Swedish asks for Swedish.
                    *interpreter = want.then_some(language.base());
                }
                None
            }
            Message::Interpreter(choice) => {
                if let Phase::Needs { interpreter, .. } = &mut self.phase {
                    *interpreter = Some(choice);
                }
                None
            }
            Message::ToggleNeed(need) => {
                if let Phase::Needs { accessibility, .. } = &mut self.phase
                    && !accessibility.remove(&need)
                {
                    accessibility.insert(need);
                }
                None
            }
            Message::Confirm => {
                let Phase::Needs {
                    service,
                    interpreter,
                    accessibility,
                    ..
                } = &self.phase
                else {
                    return None;
                };
                let topic = self.topic_for(&service.id);
                let needs = TicketNeeds {
                    interpreter_language: interpreter.map(|l| l.code().to_owned()),
                    accessibility: accessibility.iter().copied().collect(),
                };
                let effect = Effect::Issue {
                    topic,
                    service_id: service.id.clone(),
                    needs: needs.clone(),
                };
                self.phase = Phase::Issuing {
                    service: service.clone(),
                    needs,
                };
                Some(effect)
            }
            Message::Issued(result) => {
                let Phase::Issuing { service, needs } = &self.phase else {
                    return None;
                };
                match result {
                    Ok(ticket) => {
                        let qr = ticket
                            .follow_url
                            .as_ref()
                            .and_then(|url| qr::Code::new(url, qr::Size::Cell(5)));
                        self.phase = Phase::Ticket {
                            topic: self.topic_for(&service.id),
                            ticket,
                            service: service.clone(),
                            back: AutoReturn::new(now, self.return_after),
                            printing: Printing::NoPrinter,
                            qr,
                            needs: needs.clone(),
                        };
                        Some(Effect::Print)
                    }
                    Err(failure) => {
                        self.phase = Phase::Failed(failure);
                        None
                    }
                }
            }
            Message::Printed(status) => {
                if let Phase::Ticket { printing, .. } = &mut self.phase {
                    *printing = status;
                }
                None
            }
            Message::Tick => match &self.phase {
                Phase::Ticket { back, .. } if back.is_due(now) => Some(Effect::Finished),
                _ => None,
            },
            Message::Refresh => Some(Effect::Refresh),
            Message::Retry => {
                self.phase = Phase::Loading;
                Some(Effect::Refresh)
            }
            Message::Home => Some(Effect::Home),
            Message::Done => Some(Effect::Done),
        }
    }

    /// The ticket on screen, if any (for printing).
    pub fn ticket(&self) -> Option<(&TicketResponse, &Service)> {
        match &self.phase {
            Phase::Ticket {
                ticket, service, ..
            } => Some((ticket, service)),
            _ => None,
        }
    }

    /// Whether the list is on screen (it refreshes every 30 s then).
    pub fn wants_refresh(&self) -> bool {
        matches!(self.phase, Phase::List | Phase::Loading)
    }

    /// Whether the screen needs a tick a second (the ticket's way back).
    pub fn wants_ticks(&self) -> bool {
        matches!(self.phase, Phase::Ticket { .. })
    }
}

fn needs(service: Service, errand: Option<Service>) -> Phase {
    Phase::Needs {
        service,
        errand,
        interpreter: None,
        accessibility: BTreeSet::new(),
    }
}

pub use crate::queue::service_name;

fn waiting_text(waiting: u32, language: Language) -> String {
    t!(language, "queue-people-waiting", count = waiting)
}

fn opens_text(next: Option<DateTime<Utc>>, today: NaiveDate, language: Language) -> String {
    match next {
        Some(at) => {
            let local = clock::stockholm(at);
            let time = local.format("%H:%M").to_string();
            if local.date() == today {
                t!(language, "queue-closed-opens-today", time = time)
            } else {
                let weekday = weekday_name(local.date(), language);
                t!(
                    language,
                    "queue-closed-opens-on",
                    weekday = weekday,
                    time = time
                )
            }
        }
        None => t!(language, "queue-closed"),
    }
}

/// What the printer did with the ticket, if there is a printer.
fn printing_text(printing: Printing, language: Language) -> Option<String> {
    match printing {
        Printing::NoPrinter => None,
        Printing::Printing => Some(t!(language, "queue-printing")),
        Printing::Printed => Some(t!(language, "queue-printed")),
        Printing::Failed => Some(t!(language, "queue-print-failed")),
    }
}

fn failure_text(failure: Failure, language: Language) -> (String, String) {
    match failure {
        Failure::Unreachable => (
            t!(language, "queue-unreachable-title"),
            t!(language, "queue-unreachable-text"),
        ),
        Failure::Refused => (
            t!(language, "queue-refused-title"),
            t!(language, "queue-refused-text"),
        ),
    }
}

fn service_line(service: &Service, today: NaiveDate, language: Language) -> String {
    if service.open_now {
        format!(
            "{} · {}",
            waiting_text(service.waiting, language),
            wait_text(service.estimated_wait_minutes, language)
        )
    } else {
        opens_text(service.next_opening, today, language)
    }
}

impl State {
    pub fn view<'a>(&'a self, ctx: &Ctx, env: &Env<'a>) -> Parts<'a, Message> {
        view(
            self,
            ctx,
            &env.config().languages,
            env.today(),
            env.catalog(),
        )
    }

    pub fn describe(&self, env: &Env, language: Language) -> ScreenText {
        describe(self, env.today(), language, env.catalog())
    }
}

/// "Help with: E-mail address": the title of the guide or tool a ticket
/// is about, in the visitor's language (Swedish where it lacks one).
fn topic_line(catalog: &Catalog, topic: Option<&str>, language: Language) -> Option<String> {
    let title = match topic?.parse::<Topic>().ok()? {
        Topic::Guide(id) => plain(&catalog.guide_text(&id, language)?.value.title),
        Topic::Tool(id) => plain(&catalog.tool_text(&id, language)?.value.title),
    };
    Some(t!(language, "ticket-topic", topic = title))
}

/// The fetch of the office's services, as a task.
fn load(env: &Env) -> Task<Message> {
    Task::perform(env.services.list_services(), Message::Loaded)
}

fn view<'a>(
    state: &'a State,
    ctx: &Ctx,
    office_languages: &[Language],
    today: NaiveDate,
    catalog: &Catalog,
) -> (Element<'a, Message>, Element<'a, Message>) {
    let language = ctx.language;
    match &state.phase {
        Phase::Loading => (
            Column::new()
                .spacing(16)
                .push(ctx.title(t!(language, "queue-title")))
                .push(ctx.text(t!(language, "queue-loading")))
                .into(),
            Column::new().into(),
        ),
        Phase::List => {
            let (desk, specialist) = queue::grouped(&state.services);
            let per_row = if ctx.is_portrait() { 1 } else { 2 };
            let tiles = |services: Vec<&'a Service>| -> Vec<Element<'a, Message>> {
                services
                    .into_iter()
                    .map(|s| {
                        if s.open_now {
                            ctx.tile(
                                Some(crate::icons::ui::service(&s.id)),
                                service_name(s, language),
                                service_line(s, today, language),
                                Message::Choose(s.id.clone()),
                            )
                        } else {
                            // Closed services are shown, not hidden, and cannot be chosen.
                            ctx.card(
                                Column::new()
                                    .spacing(8)
                                    .push(ctx.beside(
                                        Some(crate::icons::ui::service(&s.id)),
                                        ctx.sizes.heading(),
                                        ctx.palette.surface_text,
                                        ctx.heading(service_name(s, language)),
                                    ))
                                    .push(ctx.muted(service_line(s, today, language))),
                            )
                        }
                    })
                    .collect()
            };
            let mut controls = Column::new().spacing(24).width(Length::Fill);
            if !desk.is_empty() {
                controls = controls
                    .push(ctx.heading(t!(language, "queue-group-desk")))
                    .push(ctx.grid(tiles(desk), per_row));
            }
            if !specialist.is_empty() {
                controls = controls
                    .push(ctx.heading(t!(language, "queue-group-specialist")))
                    .push(ctx.grid(tiles(specialist), per_row));
            }
            (
                Column::new()
                    .spacing(12)
                    .push(ctx.title(t!(language, "queue-title")))
                    .push(ctx.muted(t!(language, "queue-choose")))
                    .into(),
                controls.into(),
            )
        }
        Phase::Specialist { errand } => (
            Column::new()
                .spacing(16)
                .push(ctx.title(service_name(errand, language)))
                .push(
                    ctx.card(
                        Column::new()
                            .spacing(12)
                            .push(ctx.text(t!(language, "queue-specialist-text")))
                            .push(ctx.text(t!(language, "queue-specialist-desk"))),
                    ),
                )
                .into(),
            Column::new()
                .spacing(16)
                .push(ctx.button(
                    t!(language, "queue-specialist-take-ticket"),
                    ButtonKind::Primary,
                    Message::DeskTicket,
                ))
                .into(),
        ),
        Phase::Needs {
            service,
            errand,
            interpreter,
            accessibility,
        } => {
            let mut info = Column::new()
                .spacing(12)
                .push(ctx.title(t!(language, "queue-needs-title")))
                .push(ctx.heading(service_name(service, language)));
            if let Some(errand) = errand {
                info = info.push(ctx.muted(t!(
                    language,
                    "queue-needs-help-with",
                    errand = service_name(errand, language)
                )));
            }
            info = info.push(ctx.muted(t!(language, "queue-needs-optional")));

            let per_row = if ctx.is_portrait() { 2 } else { 4 };
            let want = vec![
                ctx.icon_button(
                    Some(crate::icons::ui::NO_INTERPRETER),
                    t!(language, "queue-interpreter-none"),
                    kind(interpreter.is_none()),
                    Message::WantInterpreter(false),
                ),
                ctx.icon_button(
                    Some(crate::icons::ui::INTERPRETER),
                    t!(language, "queue-interpreter-want"),
                    kind(interpreter.is_some()),
                    Message::WantInterpreter(true),
                ),
            ];
            let mut controls = Column::new()
                .spacing(16)
                .push(ctx.heading(t!(language, "queue-interpreter-question")))
                .push(ctx.grid(want, 2));
            if let Some(chosen) = interpreter {
                // The visitor's own language first (pre-selected), then the
                // others offered; languages, not varieties (no "easy-to-read
                // Swedish" interpreter).
                let own = language.base();
                let mut languages = vec![own];
                languages.extend(
                    office_languages
                        .iter()
                        .copied()
                        .filter(|l| *l == l.base() && *l != own),
                );
                let buttons = languages
                    .into_iter()
                    .map(|l| {
                        ctx.labelled_button(
                            l,
                            l.native_name(),
                            kind(*chosen == l),
                            Message::Interpreter(l),
                            Length::Fill,
                        )
                    })
                    .collect();
                controls = controls
                    .push(ctx.text(t!(language, "queue-interpreter-which")))
                    .push(ctx.grid(buttons, per_row));
            }
            // Built where they stand: the focus follows the building order.
            let need_buttons = NEEDS
                .iter()
                .map(|&need| {
                    ctx.icon_button(
                        Some(crate::icons::ui::need(need)),
                        need_text(need, language),
                        kind(accessibility.contains(&need)),
                        Message::ToggleNeed(need),
                    )
                })
                .collect();
            let controls = controls
                .push(ctx.heading(t!(language, "queue-accessibility-question")))
                .push(ctx.grid(need_buttons, per_row))
                .push(ctx.button(
                    t!(language, "queue-get-ticket"),
                    ButtonKind::Primary,
                    Message::Confirm,
                ));
            (info.into(), controls.into())
        }
        Phase::Issuing { service, .. } => (
            Column::new()
                .spacing(16)
                .push(ctx.title(service_name(service, language)))
                .push(ctx.text(t!(language, "queue-issuing")))
                .into(),
            Column::new().into(),
        ),
        Phase::Ticket {
            ticket,
            service,
            printing,
            qr,
            topic,
            ..
        } => {
            let number = text(ticket.ticket_number.clone())
                .size(ctx.sizes.huge() * 2.2)
                .font(fonts::bold(Language::Sv))
                .color(ctx.palette.text);
            let card = Column::new()
                .spacing(12)
                .align_x(Alignment::Center)
                .push(label(
                    language,
                    t!(language, "queue-your-number"),
                    ctx.sizes.heading(),
                    ctx.font(),
                    Some(ctx.palette.text),
                    Place::Center,
                ))
                .push(number)
                .push(ctx.styled(
                    service_name(service, language),
                    ctx.sizes.heading(),
                    ctx.bold(),
                    ctx.palette.text,
                    Place::Center,
                ))
                .push(ctx.styled(
                    t!(language, "queue-position", position = ticket.position),
                    ctx.sizes.body(),
                    ctx.font(),
                    ctx.palette.text,
                    Place::Center,
                ))
                .push(ctx.styled(
                    wait_text(ticket.estimated_wait_minutes, language),
                    ctx.sizes.body(),
                    ctx.font(),
                    ctx.palette.text,
                    Place::Center,
                ));
            let card = match topic_line(catalog, topic.as_deref(), language) {
                Some(line) => card.push(ctx.styled(
                    line,
                    ctx.sizes.body(),
                    ctx.bold(),
                    ctx.palette.text,
                    Place::Center,
                )),
                None => card,
            };
            // Beside the number: where to wait, the QR code, the printer.
            let mut side = Column::new()
                .spacing(16)
                .width(Length::Fill)
                .push(ctx.text(t!(language, "queue-where-to-wait")));
            if let Some(data) = qr {
                let palette = ctx.palette;
                let code = container(data.view())
                    .padding(16)
                    .style(move |_| crate::ui::theme::surface_style(palette));
                side = side
                    .push(ctx.text(t!(language, "queue-follow-on-phone")))
                    .push(container(code).width(Length::Fill).align_x(ctx.start()));
            }
            if let Some(line) = printing_text(*printing, language) {
                side = side.push(ctx.muted(line));
            }
            let card = container(ctx.card(card.width(Length::Fill)));
            let info: Element<'a, Message> = if ctx.is_portrait() {
                Column::new().spacing(24).push(card).push(side).into()
            } else {
                ctx.row(vec![
                    card.width(Length::FillPortion(3)).into(),
                    container(side).width(Length::FillPortion(2)).into(),
                ])
                .into()
            };
            (
                info,
                Column::new()
                    .push(ctx.button(
                        t!(language, "queue-done"),
                        ButtonKind::Primary,
                        Message::Done,
                    ))
                    .into(),
            )
        }
        Phase::Failed(failure) => {
            let (title, body) = failure_text(*failure, language);
            (
                Column::new()
                    .spacing(16)
                    .push(ctx.title(title))
                    .push(ctx.card(ctx.text(body)))
                    .into(),
                Column::new()
                    .spacing(16)
                    .push(ctx.button(
                        t!(language, "queue-retry"),
                        ButtonKind::Secondary,
                        Message::Retry,
                    ))
                    .into(),
            )
        }
    }
}

fn kind(selected: bool) -> ButtonKind {
    if selected {
        ButtonKind::Selected
    } else {
        ButtonKind::Secondary
    }
}

fn describe(state: &State, today: NaiveDate, language: Language, catalog: &Catalog) -> ScreenText {
    match &state.phase {
        Phase::Loading => {
            ScreenText::new(t!(language, "queue-title")).body(t!(language, "queue-loading"))
        }
        Phase::List => {
            let (desk, specialist) = queue::grouped(&state.services);
            let mut screen =
                ScreenText::new(t!(language, "queue-title")).body(t!(language, "queue-choose"));
            for s in desk.into_iter().chain(specialist) {
                screen = screen.choice(format!(
                    "{}. {}",
                    service_name(s, language),
                    service_line(s, today, language)
                ));
            }
            screen
        }
        Phase::Specialist { errand } => ScreenText::new(service_name(errand, language))
            .body(t!(language, "queue-specialist-text"))
            .body(t!(language, "queue-specialist-desk"))
            .choice(t!(language, "queue-specialist-take-ticket")),
        Phase::Needs { service, .. } => ScreenText::new(t!(language, "queue-needs-title"))
            .body(service_name(service, language))
            .body(t!(language, "queue-needs-optional"))
            .choice(t!(language, "queue-interpreter-question"))
            .choice(t!(language, "queue-accessibility-question"))
            .choice(t!(language, "queue-get-ticket")),
        Phase::Issuing { service, .. } => {
            ScreenText::new(service_name(service, language)).body(t!(language, "queue-issuing"))
        }
        Phase::Ticket {
            ticket,
            service,
            printing,
            topic,
            ..
        } => {
            // The number spelled out, one by one ("B, 0, 4, 2").
            let mut text = ScreenText::new(t!(language, "queue-your-number"))
                .body(crate::speech::spoken::ticket_number(
                    language,
                    &ticket.ticket_number,
                ))
                .body(service_name(service, language));
            if let Some(line) = topic_line(catalog, topic.as_deref(), language) {
                text = text.body(line);
            }
            let text = text
                .body(t!(language, "queue-position", position = ticket.position))
                .body(wait_text(ticket.estimated_wait_minutes, language))
                .body(t!(language, "queue-where-to-wait"));
            // Printing, printed or failed: said as it happens.
            match printing_text(*printing, language) {
                Some(line) => text.body(line),
                None => text,
            }
            .choice(t!(language, "queue-done"))
        }
        Phase::Failed(failure) => {
            let (title, body) = failure_text(*failure, language);
            ScreenText::new(title)
                .body(body)
                .choice(t!(language, "queue-retry"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn service(id: &str) -> Service {
        Service {
            id: id.into(),
            prefix: "B".into(),
            names: Default::default(),
            rosa_level: 2,
            open_now: true,
            next_opening: None,
            waiting: 0,
            estimated_wait_minutes: 5,
        }
    }

    /// The ticket's topic for `choose` after opening for `e-services`.
    fn topic_when_choosing(choose: &str) -> Option<String> {
        let at = chrono::TimeZone::with_ymd_and_hms(&Utc, 2026, 11, 23, 9, 0, 0).unwrap();
        let now = crate::clock::Clock::manual(at).instant();
        let mut state = State::new(None, Duration::from_secs(60))
            .preselect(Some("e-services".into()))
            .about(Some("tool:wifi".into()));
        let list = vec![service("e-services"), service("forms")];
        state.step(Message::Loaded(Ok(list)), Language::Sv, now);
        state.step(Message::Choose(choose.into()), Language::Sv, now);
        match state.step(Message::Confirm, Language::Sv, now) {
            Some(Effect::Issue { topic, .. }) => topic,
            other => panic!("no ticket asked for: {other:?}"),
        }
    }

    #[test]
    fn the_topic_goes_only_with_the_service_it_was_for() {
        assert_eq!(
            topic_when_choosing("e-services").as_deref(),
            Some("tool:wifi")
        );
        assert_eq!(topic_when_choosing("forms"), None);
    }

    #[test]
    fn without_a_preselected_service_there_is_no_topic() {
        let state = State::new(None, Duration::from_secs(60)).about(Some("tool:wifi".into()));
        assert_eq!(state.topic_for("e-services"), None);
    }
}

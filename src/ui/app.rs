//! The root of the kiosk UI: owns the visitor's [`Session`], the current
//! [`Screen`] and the idle timer; turns screen events into state changes
//! and tasks.

use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};

use crate::clock::Clock;
use iced::widget::{Column, Space, center, container, opaque, stack, text};
use iced::{Element, Length, Size, Subscription, Task, Theme, event, mouse, time, touch, window};

use crate::api::client::ClientError;
use crate::backend::Backend;
use crate::clock;
use crate::config::Config;
use crate::content::{Catalog, ContentCheck, ContentStore, ReloadOutcome};
use crate::contract::{Contact as ApiContact, SynpunktKind, SynpunktTopic, TicketRequest};
use crate::describe::ScreenText;
use crate::feeds::{ActiveMessage, FeedsConfig, FeedsLink, FeedsSnapshot};
use crate::i18n::Language;
use crate::idle::{IdleState, IdleTimer};
use crate::outbox::{FirstAttempt, NewSynpunkt};
use crate::print::{PrintOutcome, TicketPrint};
use crate::session::{Session, TextSize};
use crate::speech::{Availability, Speaker};
use crate::synpunkt::Draft;
use crate::t;
use crate::ui::crisis::{self, CrisisState, Layer};
use crate::ui::fonts;
use crate::ui::print_view;
use crate::ui::screen::{
    self, Screen, contacts, guides, home, hours, news, queue, staff, start, synpunkt,
};
use crate::ui::theme::{self, ButtonKind, TOUCH_GAP};
use crate::ui::widget::{Ctx, touch};

mod staff_mode;

/// The landscape size the kiosk is designed for.
pub const LANDSCAPE: Size = Size::new(1920.0, 1080.0);
pub const PORTRAIT: Size = Size::new(1080.0, 1920.0);

/// How long the receipt waits for the first delivery attempt before it
/// says the synpunkt waits at the kiosk.
const DELIVERY_WAIT: Duration = Duration::from_secs(8);

/// How often a content override directory is checked for changes.
pub const CONTENT_CHECK: Duration = Duration::from_secs(60);

#[derive(Debug, Clone)]
pub enum Message {
    Start(start::Message),
    Home(home::Message),
    Queue(queue::Message),
    Synpunkt(synpunkt::Message),
    Guides(guides::Message),
    Contacts(contacts::Message),
    /// The banner, full messages or takeover of crisis information.
    Crisis(crisis::Message),
    /// New news, events and crisis data (from the feeds service, or a test).
    Feeds(Arc<FeedsSnapshot>),
    /// The PIN pad and the staff panel.
    Staff(staff::Message),
    /// The hidden staff corner pressed (true) or let go (false).
    Corner(bool),
    /// The window system asked the window to close (ignored in kiosk mode).
    CloseRequested,
    Bar(Bar),
    /// A language chosen in the bar's language picker.
    PickLanguage(Language),
    ClosePicker,
    /// "Yes, I am here" on the idle overlay.
    StillHere,
    /// Any touch or click anywhere.
    Activity,
    /// Once a second during a visitor session (idle countdown).
    Tick,
    /// Once a minute on Start (the clock).
    ClockTick,
    /// Read the screen aloud in this language (offered where the visitor's
    /// language has no voice).
    ListenIn(Language),
    CloseSpeechOffer,
    Resized(Size),
    /// Once a minute with a content override: look for changed content
    /// (on a blocking thread, never on the UI's).
    ContentTick,
    /// The background check's answer: the new catalog when good changed
    /// content was loaded.
    ContentChecked(Option<Arc<Catalog>>),
    /// Reload the content now (staff).
    ReloadContent,
    /// The central API and speech, started beside the window (startup.rs).
    Ready(crate::ui::startup::Ready),
    /// The first frame is on screen (startup.rs).
    FramePresented,
    /// The next screen of the measuring walk (`MEDBORGARKIOSK_WALK=1`).
    WalkStep,
}

/// The buttons of the bar on every visitor screen.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Bar {
    Back,
    Language,
    TextSize(TextSize),
    Contrast,
    StartOver,
    /// Read the screen aloud, or stop reading.
    Listen,
    Repeat,
    Louder,
    Quieter,
}

pub struct Kiosk {
    config: Arc<Config>,
    /// The central API and outbox; `None` where none could be started (the
    /// flows that need it then have no tile).
    backend: Option<Arc<Backend>>,
    /// Guides, forms and contacts (empty: those flows have no tile).
    catalog: Arc<Catalog>,
    /// The override content directory being served (`[content] dir`),
    /// checked for changes once a minute and on demand.
    content_store: Option<Arc<std::sync::Mutex<ContentStore>>>,
    /// A background content check is under way (ticks meanwhile are skipped).
    content_checking: bool,
    /// Speech output; `None` or without engine: no Listen button.
    speaker: Option<Speaker>,
    /// Languages offered for speech when the visitor's has no voice.
    speech_offer: Option<Vec<Language>>,
    /// The language speech is on in for this visitor (Listen was used):
    /// then every key pressed on the on-screen keyboard is spoken. `None`
    /// after a reset.
    speech_on: Option<Language>,
    session: Session,
    screen: Screen,
    idle: IdleTimer,
    idle_state: IdleState,
    picker_open: bool,
    /// The process's one clock: the idle timer, the wall-clock time shown,
    /// ticket and synpunkt times, staff counts and lock-out.
    clock: Clock,
    viewport: Size,
    /// When a synpunkt sent at a moment is answered (two Swedish working
    /// days): `calendar::answer_by`; tests may set another.
    answer_by: fn(DateTime<Utc>) -> NaiveDate,
    /// The latest news, events and crisis data, and the rules to read it.
    feeds: Arc<FeedsSnapshot>,
    feeds_config: FeedsConfig,
    /// The feeds service (apart from the backend: crisis information shows
    /// even when the central API could not start).
    feeds_link: Option<Arc<FeedsLink>>,
    crisis: CrisisState,
    /// Staff mode: entry, lock, settings, counts, audit.
    staff: crate::staff::Staff,
    /// Full-screen kiosk: close requests are ignored (not `--windowed`).
    kiosk_mode: bool,
}

impl Kiosk {
    /// Connects the kiosk to a backend (tests give one on loopback).
    pub fn with_backend(mut self, backend: Option<Arc<Backend>>) -> Self {
        self.backend = backend;
        self.report_content();
        self
    }

    /// The central API and speech, started beside the window, join the
    /// kiosk ([`Message::Ready`]): the heartbeat learns the content, feeds
    /// and speech; the speaker takes the staff's headphone setting.
    fn attach_services(&mut self, backend: Option<Arc<Backend>>, speaker: Option<Speaker>) {
        if let Some(backend) = &backend
            && self.config.feeds.is_some()
        {
            backend.health.set_feeds(Some(self.feeds.sources.clone()));
        }
        self.backend = backend;
        self.set_speaker(speaker);
    }

    fn set_speaker(&mut self, mut speaker: Option<Speaker>) {
        if let Some(speaker) = &mut speaker {
            speaker.set_headphones(self.staff.settings().headphones);
        }
        self.speaker = speaker;
        self.report_content();
    }

    /// Connects the kiosk to the feeds service (news, events, crisis).
    pub fn with_feeds(mut self, feeds: Option<Arc<FeedsLink>>) -> Self {
        self.set_feeds(feeds);
        self
    }

    /// See [`Kiosk::with_feeds`]; the subscription follows at once.
    pub fn set_feeds(&mut self, feeds: Option<Arc<FeedsLink>>) {
        self.feeds_link = feeds;
    }

    /// Serves this content (e.g. from a [`ContentStore`] the caller keeps
    /// for reloading) instead of the one the config names.
    pub fn with_content(mut self, catalog: Arc<Catalog>) -> Self {
        self.catalog = catalog;
        // The caller reloads it; the kiosk's own check would replace it.
        self.content_store = None;
        self
    }

    pub fn catalog(&self) -> &Arc<Catalog> {
        &self.catalog
    }

    /// Looks for changed content (the override directory's files hashed;
    /// parsed again only when they changed). New good content is served at
    /// once; broken content is kept out (the last good stays) and its
    /// problems are logged with file and line. Runs once a minute
    /// ([`Message::ContentTick`]).
    pub fn check_content(&mut self) -> ContentCheck {
        self.content_check(false)
    }

    /// Loads the content again now, changed or not (the staff panel's
    /// "reload content"), and returns what was found: the problems with
    /// file and line, and whether older content is still being served.
    pub fn reload_content(&mut self) -> ContentCheck {
        self.content_check(true)
    }

    fn content_check(&mut self, forced: bool) -> ContentCheck {
        let Some(store) = &self.content_store else {
            // Bundled content: it cannot change while the kiosk runs.
            return ContentCheck {
                outcome: ReloadOutcome::Unchanged,
                problems: self.catalog.warnings().to_vec(),
                stale: false,
            };
        };
        let (check, catalog) = check_store(store, forced);
        if let Some(catalog) = catalog {
            self.catalog = catalog;
        }
        check
    }

    /// The minute's content check as a task: the override's files are
    /// hashed (and parsed when changed) on a blocking thread, and the new
    /// catalog comes back as [`Message::ContentChecked`].
    fn content_task(&mut self) -> Task<Message> {
        let Some(store) = self.content_store.clone() else {
            return Task::none();
        };
        if self.content_checking {
            return Task::none();
        }
        self.content_checking = true;
        Task::perform(
            async move {
                tokio::task::spawn_blocking(move || check_store(&store, false).1)
                    .await
                    .ok()
                    .flatten()
            },
            Message::ContentChecked,
        )
    }

    /// Gives the kiosk a voice.
    pub fn with_speaker(mut self, speaker: Option<Speaker>) -> Self {
        self.set_speaker(speaker);
        self
    }

    pub fn speaker(&self) -> Option<&Speaker> {
        self.speaker.as_ref()
    }

    pub fn speech_offer(&self) -> Option<&[Language]> {
        self.speech_offer.as_deref()
    }

    fn can_speak(&self) -> bool {
        self.speaker.as_ref().is_some_and(Speaker::has_engine)
    }

    fn is_speaking(&self) -> bool {
        self.speaker.as_ref().is_some_and(Speaker::is_speaking)
    }

    /// Whether speech is on for this visitor, and in which language
    /// (keys pressed on the on-screen keyboard are then spoken).
    pub fn speech_on(&self) -> Option<Language> {
        self.speech_on
    }

    /// Speaks a key pressed on an on-screen keyboard (its state before the
    /// press), when speech is on. A secret keyboard says only "digit
    /// entered".
    pub fn speak_key(&mut self, keyboard: &crate::keyboard::Keyboard, key: crate::keyboard::Key) {
        let Some(language) = self.speech_on else {
            return;
        };
        let said = crate::speech::spoken::keyboard_key(language, keyboard, key);
        if let Some(speaker) = &mut self.speaker
            && let Err(e) = speaker.speak(said.as_str(), language)
        {
            tracing::warn!(error = %e, "speech failed");
        }
    }

    /// Reads the current screen in `language` (its describe text).
    fn speak_screen(&mut self, language: Language) {
        self.speech_on = Some(language);
        let text = self.describe_in(language);
        if let Some(speaker) = &mut self.speaker
            && let Err(e) = speaker.speak(&text, language)
        {
            tracing::warn!(error = %e, "speech failed");
        }
    }

    /// A kiosk that keeps time by `clock` (the system clock in
    /// production; tests and screenshots pin it).
    pub fn new(config: Arc<Config>, clock: Clock) -> Self {
        let now = clock.instant();
        let mut idle = IdleTimer::new(
            Duration::from_secs(config.idle.quiet_seconds.into()),
            Duration::from_secs(config.idle.countdown_seconds.into()),
            now,
        );
        // Nothing to protect on Start.
        idle.set_held(true, now);
        let staff =
            crate::staff::Staff::new(&config.staff, &config.data_dir, clock.now(), clock.today());
        let (catalog, content_store) = content_for(&config);
        Kiosk {
            staff,
            kiosk_mode: false,
            catalog,
            content_store: content_store.map(|s| Arc::new(std::sync::Mutex::new(s))),
            content_checking: false,
            feeds_config: config.feeds.clone().unwrap_or_default(),
            session: Session::new(config.default_language(), config.display.high_contrast),
            config,
            backend: None,
            speaker: None,
            speech_offer: None,
            speech_on: None,
            screen: Screen::Start,
            idle,
            idle_state: IdleState::Active,
            picker_open: false,
            clock,
            viewport: LANDSCAPE,
            answer_by: crate::calendar::answer_by,
            feeds: Arc::default(),
            feeds_link: None,
            crisis: CrisisState::default(),
        }
    }

    /// The crisis messages shown to the visitor now, most severe first.
    pub fn active_crisis(&self) -> Vec<ActiveMessage> {
        crisis::active(
            &self.feeds,
            &self.feeds_config,
            self.session.language,
            self.now_utc(),
        )
    }

    /// How crisis information covers the screen now, if at all.
    pub fn crisis_layer(&self) -> Option<Layer> {
        self.crisis.layer(&self.active_crisis())
    }

    pub fn feeds(&self) -> &FeedsSnapshot {
        &self.feeds
    }

    /// The clock the kiosk keeps time by.
    pub fn clock(&self) -> &Clock {
        &self.clock
    }

    /// The wall-clock time in Stockholm now.
    fn wall(&self) -> NaiveDateTime {
        self.clock.stockholm()
    }

    pub fn session(&self) -> &Session {
        &self.session
    }

    pub fn screen(&self) -> &Screen {
        &self.screen
    }

    pub fn idle_state(&self) -> IdleState {
        self.idle_state
    }

    pub fn is_picker_open(&self) -> bool {
        self.picker_open
    }

    /// Sets the function that names the answer-by date of a synpunkt.
    pub fn set_answer_by(&mut self, answer_by: fn(DateTime<Utc>) -> NaiveDate) {
        self.answer_by = answer_by;
    }

    /// The moment "now" as a UTC instant.
    fn now_utc(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    /// The service areas and "not a synpunkt" routes in `language`, from
    /// the content files (the built-in list only if they have none).
    fn synpunkt_content(&self, language: Language) -> synpunkt::Content {
        let catalog = &self.catalog;
        if catalog.areas().is_empty() {
            return synpunkt::builtin_content(language);
        }
        synpunkt::Content {
            areas: catalog
                .areas()
                .iter()
                .filter_map(|area| {
                    let name = catalog.area_name(&area.id, language)?;
                    Some(synpunkt::Area {
                        id: area.id.clone(),
                        title: name.value.to_owned(),
                    })
                })
                .collect(),
            routes: catalog
                .routes()
                .iter()
                .filter_map(|route| {
                    let text = catalog.route_text(&route.id, language)?;
                    Some(synpunkt::Route {
                        title: text.value.title.clone(),
                        explanation: text.value.text.clone(),
                        url: route.url.clone(),
                    })
                })
                .collect(),
        }
    }

    /// The visitor pressed send on a synpunkt: it is committed to the
    /// durable outbox before the receipt shows, and delivered to the
    /// central API in the background. `None` when it could not be stored
    /// (the visitor stays on the review and nothing is claimed).
    fn submit_synpunkt(&mut self, draft: Draft) -> Option<synpunkt::Receipt> {
        let backend = self.backend.clone()?;
        let new = NewSynpunkt {
            kind: match draft.kind {
                crate::synpunkt::Kind::Complaint => SynpunktKind::Complaint,
                crate::synpunkt::Kind::Praise => SynpunktKind::Praise,
                crate::synpunkt::Kind::Suggestion => SynpunktKind::Suggestion,
            },
            service_area: draft.area.clone(),
            topics: draft
                .topics
                .iter()
                .map(|topic| match topic {
                    crate::synpunkt::Topic::Treatment => SynpunktTopic::Treatment,
                    crate::synpunkt::Topic::HandlingTime => SynpunktTopic::HandlingTime,
                    crate::synpunkt::Topic::Accessibility => SynpunktTopic::Accessibility,
                    crate::synpunkt::Topic::Competence => SynpunktTopic::Competence,
                    crate::synpunkt::Topic::Other => SynpunktTopic::Other,
                })
                .collect(),
            message: draft.message.clone(),
            contact: draft.contact.as_ref().map(|c| ApiContact {
                name: c.name.clone(),
                email: c.email.as_ref().map(|e| e.as_str().to_owned()),
                phone: c.phone.as_ref().map(|p| p.e164().to_owned()),
            }),
            language: self.session.language,
            kiosk_id: self.config.kiosk_id.clone(),
        };
        match backend.outbox.enqueue_synpunkt(new) {
            Ok(receipt) => {
                self.staff.count(
                    crate::staff::Counted::Synpunkt {
                        kind: draft.kind.id(),
                    },
                    self.clock.today(),
                );
                tracing::info!(
                    kind = draft.kind.id(),
                    anonymous = draft.is_anonymous(),
                    "synpunkt saved in the outbox"
                );
                Some(synpunkt::Receipt {
                    reference: receipt.local_reference,
                    kind: draft.kind,
                    answer_by: receipt.respond_by,
                    // The API failed lately: say it will be sent when it answers.
                    queued: backend.outbox.state().last_error.is_some(),
                })
            }
            Err(e) => {
                tracing::error!(error = %e, "synpunkt could not be saved");
                None
            }
        }
    }

    /// After the receipt is shown: waits for the outbox's first attempt to
    /// deliver it, and tells the receipt whether the synpunkt waits at the
    /// kiosk because the central API cannot be reached.
    fn delivery_task(&self, receipt: &synpunkt::Receipt) -> Task<Message> {
        let Some(backend) = self.backend.clone() else {
            return Task::none();
        };
        let reference = receipt.reference.clone();
        let shown = receipt.queued;
        Task::perform(
            async move {
                backend
                    .outbox
                    .first_attempt(&reference, DELIVERY_WAIT)
                    .await
            },
            move |result| {
                let queued = match result {
                    Ok(FirstAttempt::Waiting) => true,
                    Ok(FirstAttempt::Delivered) => false,
                    Ok(FirstAttempt::Refused | FirstAttempt::Unknown) | Err(_) => shown,
                };
                Message::Synpunkt(synpunkt::Message::Queued(queued))
            },
        )
    }

    pub fn set_viewport(&mut self, size: Size) {
        self.viewport = size;
    }

    /// The flows that work on this kiosk, in tile order.
    pub fn flows(&self) -> Vec<Flow> {
        Flow::ALL
            .into_iter()
            .filter(|flow| match flow {
                // Both need the central API (a synpunkt its outbox).
                Flow::Queue | Flow::Synpunkt => self.backend.is_some(),
                Flow::Guides => {
                    !self.catalog.guides().is_empty() || !self.catalog.forms().is_empty()
                }
                Flow::Contacts => !self.catalog.contacts().is_empty(),
                Flow::Hours => true,
                Flow::News => !self.feeds.news.is_empty() || !self.feeds.events.is_empty(),
            })
            .collect()
    }

    /// Opens a flow from Home.
    pub fn open(&mut self, flow: Flow, now: Instant) -> Task<Message> {
        match flow {
            Flow::Hours => {
                self.show(Screen::Hours, now);
                Task::none()
            }
            Flow::Synpunkt => {
                let state = synpunkt::State::new(self.session.language);
                self.show(Screen::Synpunkt(Box::new(state)), now);
                Task::none()
            }
            Flow::Queue => self.open_queue(None, now),
            Flow::Guides => {
                self.show(Screen::Guides(Box::default()), now);
                Task::none()
            }
            Flow::Contacts => {
                self.show(Screen::Contacts(Box::default()), now);
                Task::none()
            }
            Flow::News => {
                self.show(Screen::News, now);
                Task::none()
            }
        }
    }

    /// Opens the queue flow; with `service`, that service is chosen as soon
    /// as the list arrives (where it is open now).
    fn open_queue(&mut self, service: Option<&str>, now: Instant) -> Task<Message> {
        let state = queue::State::new(
            self.config.queue.desk_service.clone(),
            Duration::from_secs(self.config.queue.ticket_seconds.into()),
        )
        .preselect(service.map(str::to_owned));
        self.show(Screen::Queue(Box::new(state)), now);
        self.queue_task(queue::Event::Refresh)
    }

    /// Goes to a screen directly (screenshots).
    pub fn show(&mut self, screen: Screen, now: Instant) {
        // Speech stops the moment the screen changes.
        if let Some(speaker) = &self.speaker {
            speaker.stop();
        }
        self.speech_offer = None;
        self.screen = screen;
        // No idle reset on Start, in staff mode, or while staff assist.
        let held = matches!(self.screen, Screen::Start | Screen::Staff(_)) || self.staff.assist();
        self.idle.set_held(held, now);
        self.refresh_answer_by();
    }

    pub fn open_picker(&mut self) {
        self.picker_open = true;
    }

    pub fn theme(&self) -> Theme {
        theme::Palette::get(self.session.high_contrast).iced_theme()
    }

    /// Handles a message at the clock's "now".
    pub fn update(&mut self, message: Message) -> Task<Message> {
        let now = self.clock.instant();
        self.update_at(message, now)
    }

    fn update_at(&mut self, message: Message, now: Instant) -> Task<Message> {
        match message {
            Message::Start(message) => match start::update(message) {
                Some(start::Event::Begin(language)) => {
                    self.count_language(language);
                    self.session.language = language;
                    self.show(Screen::Home, now);
                    tracing::info!(language = %language, "session started");
                }
                None => {}
            },
            Message::Home(message) => match home::update(message) {
                Some(home::Event::Open(flow)) => return self.open(flow, now),
                None => {}
            },
            Message::Queue(message) => {
                let language = self.session.language;
                let issued = matches!(message, queue::Message::Issued(Ok(_)));
                if let Screen::Queue(state) = &mut self.screen
                    && let Some(event) = state.update(message, language, now)
                {
                    return self.queue_task(event);
                }
                if issued {
                    self.count_ticket();
                }
            }
            Message::Synpunkt(message) => {
                if let Screen::Synpunkt(state) = &self.screen
                    && let Some((keyboard, key)) = state.pressed(&message)
                {
                    self.speak_key(&keyboard, key);
                }
                let event = match &mut self.screen {
                    Screen::Synpunkt(state) => state.update(message),
                    _ => None,
                };
                match event {
                    Some(synpunkt::Event::Submit(draft)) => {
                        let receipt = self.submit_synpunkt(draft);
                        let task = receipt.as_ref().map(|r| self.delivery_task(r));
                        if let Screen::Synpunkt(state) = &mut self.screen {
                            match receipt {
                                Some(receipt) => state.show_receipt(receipt),
                                None => state.set_step(synpunkt::Step::Review),
                            }
                        }
                        if let Some(task) = task {
                            return task;
                        }
                    }
                    Some(synpunkt::Event::Done) => self.show(Screen::Home, now),
                    None => self.refresh_answer_by(),
                }
            }
            Message::Guides(message) => {
                if let Screen::Guides(state) = &self.screen
                    && let Some((keyboard, key)) = state.pressed(&message)
                {
                    self.speak_key(&keyboard, key);
                }
                let language = self.session.language;
                if let Screen::Guides(state) = &mut self.screen
                    && let Some(event) = state.update(message, &self.catalog, language)
                {
                    match event {
                        guides::Event::HelpFromStaff if self.backend.is_some() => {
                            tracing::info!("help with e-services requested from a guide");
                            return self.open_queue(Some(guides::DIGITAL_HELP_SERVICE), now);
                        }
                        guides::Event::HelpFromStaff => {}
                        guides::Event::OpenContact(id) => {
                            // Back from the contact returns to the search.
                            let state = match std::mem::replace(&mut self.screen, Screen::Home) {
                                Screen::Guides(from) => {
                                    contacts::State::from_guides(&self.catalog, &id, from)
                                }
                                _ => contacts::State::contact(&self.catalog, &id),
                            };
                            self.show(Screen::Contacts(Box::new(state)), now);
                        }
                    }
                }
            }
            Message::Contacts(message) => {
                if let Screen::Contacts(state) = &self.screen
                    && let Some((keyboard, key)) = state.pressed(&message)
                {
                    self.speak_key(&keyboard, key);
                }
                let language = self.session.language;
                if let Screen::Contacts(state) = &mut self.screen {
                    state.update(message, &self.catalog, language);
                }
            }
            Message::Crisis(crisis::Message::Listen) => {
                return self.update_at(Message::Bar(Bar::Listen), now);
            }
            Message::Crisis(message) => {
                let active = self.active_crisis();
                if message == crisis::Message::Acknowledge {
                    tracing::info!("crisis takeover acknowledged");
                }
                self.crisis.update(message, &active);
                if let Some(speaker) = &self.speaker {
                    speaker.stop();
                }
            }
            Message::Feeds(snapshot) => {
                // The heartbeat reports each source's age and last error.
                if let Some(backend) = &self.backend {
                    backend.health.set_feeds(Some(snapshot.sources.clone()));
                }
                self.feeds = snapshot;
                // A screen about feeds that have gone goes Home.
                if self.screen == Screen::News && !self.flows().contains(&Flow::News) {
                    self.show(Screen::Home, now);
                }
            }
            Message::Staff(message) => return self.staff_message(message, now),
            Message::Corner(pressed) => self.corner(pressed, now),
            Message::CloseRequested => {
                tracing::info!("close request ignored: the kiosk runs full screen");
            }
            Message::Bar(bar) => match bar {
                Bar::Back => {
                    if let Screen::Synpunkt(state) = &mut self.screen
                        && state.back()
                    {
                        return Task::none();
                    }
                    // A contact opened from the e-services search goes back there.
                    if let Screen::Contacts(state) = &mut self.screen
                        && let Some(from) = state.return_to_guides()
                    {
                        self.show(Screen::Guides(from), now);
                        return Task::none();
                    }
                    // Flows with pages of their own go back one page first.
                    let within = match &mut self.screen {
                        Screen::Guides(state) => state.back(),
                        Screen::Contacts(state) => state.back(),
                        _ => false,
                    };
                    if within {
                        if let Some(speaker) = &self.speaker {
                            speaker.stop();
                        }
                    } else if self.screen.has_parent() {
                        self.show(Screen::Home, now);
                    }
                }
                Bar::Language => self.picker_open = true,
                Bar::TextSize(size) => self.session.text_size = size,
                Bar::Contrast => self.session.high_contrast = !self.session.high_contrast,
                Bar::StartOver => self.reset(now),
                Bar::Listen => {
                    // Staff screens are in Swedish whatever the visitor chose.
                    let language = match self.screen {
                        Screen::Staff(_) => staff::STAFF_LANGUAGE,
                        _ => self.session.language,
                    };
                    match self.speaker.as_ref().map(|s| s.availability(language)) {
                        Some(Availability::Voice(_)) => {
                            let text = self.describe_in(language);
                            if let Some(speaker) = &mut self.speaker {
                                match speaker.toggle(&text, language) {
                                    Ok(true) => self.speech_on = Some(language),
                                    Ok(false) => {}
                                    Err(e) => tracing::warn!(error = %e, "speech failed"),
                                }
                            }
                        }
                        Some(Availability::NoVoice { offer }) => {
                            if self.is_speaking() {
                                if let Some(speaker) = &self.speaker {
                                    speaker.stop();
                                }
                            } else {
                                self.speech_offer = Some(offer);
                            }
                        }
                        Some(Availability::NoEngine) | None => {}
                    }
                }
                Bar::Repeat => {
                    if let Some(speaker) = &mut self.speaker
                        && let Err(e) = speaker.repeat()
                    {
                        tracing::warn!(error = %e, "speech failed");
                    }
                }
                Bar::Louder => {
                    if let Some(speaker) = &mut self.speaker {
                        speaker.volume_up();
                    }
                }
                Bar::Quieter => {
                    if let Some(speaker) = &mut self.speaker {
                        speaker.volume_down();
                    }
                }
            },
            Message::ListenIn(language) => {
                self.speech_offer = None;
                self.speak_screen(language);
            }
            Message::CloseSpeechOffer => self.speech_offer = None,
            Message::PickLanguage(language) => {
                self.count_language(language);
                self.session.language = language;
                self.picker_open = false;
                // Keys go on being spoken, in the new language where it has a voice.
                if self.speech_on.is_some()
                    && let Some(Availability::Voice(_)) =
                        self.speaker.as_ref().map(|s| s.availability(language))
                {
                    self.speech_on = Some(language);
                }
                match &mut self.screen {
                    Screen::Synpunkt(state) => state.set_language(language),
                    Screen::Guides(state) => state.set_language(language),
                    Screen::Contacts(state) => state.set_language(language),
                    _ => {}
                }
            }
            Message::ClosePicker => self.picker_open = false,
            Message::StillHere | Message::Activity => {
                self.staff.touch(now);
                self.idle.touch(now);
                self.idle_state = self.idle.state(now);
            }
            Message::Tick => self.tick_at(now),
            // The view reads the clock; the tick only redraws it.
            Message::ClockTick => {}
            Message::Resized(size) => self.viewport = size,
            Message::ContentTick => return self.content_task(),
            Message::ContentChecked(catalog) => {
                self.content_checking = false;
                if let Some(catalog) = catalog {
                    self.catalog = catalog;
                }
            }
            Message::ReloadContent => {
                let check = self.reload_content();
                tracing::info!(
                    target: "content",
                    outcome = ?check.outcome,
                    problems = check.problems.len(),
                    "content reloaded on request"
                );
            }
            Message::Ready(ready) => {
                if let Some((backend, speaker)) = ready.take() {
                    self.attach_services(backend.map(Arc::new), speaker);
                }
            }
            Message::FramePresented => crate::ui::startup::frame_presented(),
            Message::WalkStep => self.walk_step(now),
        }
        Task::none()
    }

    /// Turns a queue screen event into work.
    fn queue_task(&mut self, event: queue::Event) -> Task<Message> {
        match event {
            queue::Event::Refresh => {
                let Some(backend) = self.backend.clone() else {
                    return Task::done(Message::Queue(queue::Message::Loaded(Err(
                        queue::Failure::Unreachable,
                    ))));
                };
                Task::perform(
                    async move {
                        let result = backend.client.services(&backend.office).await;
                        staff_mode::note_api(&backend, &result);
                        result
                    },
                    |result| {
                        Message::Queue(queue::Message::Loaded(result.map_err(|e| failure(&e))))
                    },
                )
            }
            queue::Event::Issue { service_id, needs } => {
                let Some(backend) = self.backend.clone() else {
                    return Task::done(Message::Queue(queue::Message::Issued(Err(
                        queue::Failure::Unreachable,
                    ))));
                };
                let request = TicketRequest {
                    service_id,
                    office: backend.office.clone(),
                    kiosk_id: backend.kiosk_id.clone(),
                    language: self.session.language,
                    needs,
                    requested_at: self.clock.now(),
                };
                // One key per touch of "Get ticket": the client's retries
                // can never issue two tickets.
                let key = uuid::Uuid::new_v4();
                tracing::info!(service = %request.service_id, "ticket requested");
                Task::perform(
                    async move {
                        let result = backend.client.create_ticket(&request, key).await;
                        staff_mode::note_api(&backend, &result);
                        result
                    },
                    |result| {
                        if let Err(e) = &result {
                            tracing::warn!(error_class = ?e.class(), "no ticket issued");
                        }
                        Message::Queue(queue::Message::Issued(result.map_err(|e| failure(&e))))
                    },
                )
            }
            queue::Event::Print => {
                let Screen::Queue(state) = &self.screen else {
                    return Task::none();
                };
                let Some((ticket, service)) = state.ticket() else {
                    return Task::none();
                };
                if self.config.printer.target.is_none() {
                    return Task::none();
                }
                let language = self.session.language;
                let job = TicketPrint {
                    number: ticket.ticket_number.clone(),
                    service: queue::service_name(service, language),
                    service_sv: queue::service_name(service, Language::Sv),
                    position: ticket.position,
                    wait_minutes: ticket.estimated_wait_minutes,
                    issued_at: clock::stockholm(ticket.issued_at),
                    follow_url: ticket.follow_url.clone(),
                    language,
                    office: self.config.office.name.clone(),
                };
                // The printer works in the background: the ticket is on
                // screen whatever the printer does.
                Task::done(Message::Queue(queue::Message::Printed(
                    queue::Printing::Printing,
                )))
                .chain(Task::perform(
                    print_view::print(self.config.printer.clone(), job),
                    |outcome| {
                        let status = match outcome {
                            PrintOutcome::Printed => queue::Printing::Printed,
                            PrintOutcome::Failed { reason } => {
                                tracing::warn!(?reason, "ticket not printed");
                                queue::Printing::Failed
                            }
                        };
                        Message::Queue(queue::Message::Printed(status))
                    },
                ))
            }
            queue::Event::Home => {
                self.show(Screen::Home, self.clock.instant());
                Task::none()
            }
            queue::Event::Finished => {
                self.reset(self.clock.instant());
                Task::none()
            }
        }
    }

    /// Tells the synpunkt screen the date an answer would come by if sent now.
    fn refresh_answer_by(&mut self) {
        let date = (self.answer_by)(self.now_utc());
        if let Screen::Synpunkt(state) = &mut self.screen {
            state.set_answer_by(date);
        }
    }

    /// Shows the next screen of the measuring walk, with this kiosk's
    /// backend, speaker and content (startup.rs); Start when it is over.
    fn walk_step(&mut self, now: Instant) {
        let Some((shot, language)) = crate::ui::startup::walk_next(&self.config.languages) else {
            self.reset(now);
            return;
        };
        let mut next = crate::ui::screenshots::kiosk_for(
            &self.config,
            shot,
            language,
            self.viewport,
            self.wall(),
        );
        // The walk goes on by the kiosk's own clock.
        next.clock = self.clock.clone();
        next.backend = self.backend.take();
        next.speaker = self.speaker.take();
        next.catalog = self.catalog.clone();
        *self = next;
    }

    /// The second's tick at the clock's "now": advances the idle timer and
    /// resets the session when it has expired.
    pub fn tick(&mut self) {
        let now = self.clock.instant();
        self.tick_at(now);
    }

    fn tick_at(&mut self, now: Instant) {
        if self.staff_tick(now) {
            return;
        }
        if let Screen::Queue(state) = &mut self.screen
            && let Some(queue::Event::Finished) =
                state.update(queue::Message::Tick, self.session.language, now)
        {
            tracing::info!("ticket shown; back to Start");
            self.reset(now);
            return;
        }
        self.refresh_answer_by();
        self.idle_state = self.idle.state(now);
        if self.idle_state == IdleState::Expired {
            tracing::info!(screen = self.screen.name(), "idle reset");
            self.reset(now);
        }
    }

    /// Back to Start in the default language; everything the visitor chose
    /// or entered is dropped.
    fn reset(&mut self, now: Instant) {
        self.staff_reset();
        // Silence, the default volume, and no memory of what was read.
        if let Some(speaker) = &mut self.speaker {
            speaker.reset();
        }
        self.speech_on = None;
        self.session = Session::new(
            self.config.default_language(),
            self.config.display.high_contrast,
        );
        self.picker_open = false;
        // Every takeover shows again to the next visitor.
        self.crisis.reset();
        self.show(Screen::Start, now);
        self.idle.touch(now);
        self.idle_state = IdleState::Active;
    }

    pub fn subscription(&self) -> Subscription<Message> {
        let activity = event::listen_with(|event, _status, _window| match event {
            iced::Event::Mouse(mouse::Event::ButtonPressed(_))
            | iced::Event::Touch(touch::Event::FingerPressed { .. }) => Some(Message::Activity),
            _ => None,
        });
        let resize = window::resize_events().map(|(_, size)| Message::Resized(size));
        // On Start only the clock changes, once a minute; during a session the
        // idle countdown needs a tick a second.
        let clock =
            if self.screen == Screen::Start && !self.is_speaking() && !self.staff.corner_held() {
                Subscription::run_with(self.clock.clone(), minute_ticks)
            } else {
                time::every(Duration::from_secs(1)).map(|_| Message::Tick)
            };
        // The service list shows live waits: refresh it every 30 s.
        let refresh = match &self.screen {
            Screen::Queue(state) if state.wants_refresh() => time::every(Duration::from_secs(30))
                .map(|_| Message::Queue(queue::Message::Refresh)),
            _ => Subscription::none(),
        };
        // With exit_on_close_request off, a close request is only an event.
        let close = if self.kiosk_mode {
            window::close_requests().map(|_| Message::CloseRequested)
        } else {
            Subscription::none()
        };
        let feeds = crisis::subscription(self.feeds_link.as_deref()).map(Message::Feeds);
        // A content override is checked for changes once a minute.
        let content = if self.content_store.is_some() {
            time::every(CONTENT_CHECK).map(|_| Message::ContentTick)
        } else {
            Subscription::none()
        };
        Subscription::batch([
            activity,
            resize,
            clock,
            refresh,
            feeds,
            content,
            close,
            crate::ui::startup::frames(),
            crate::ui::startup::walk(),
        ])
    }

    fn ctx(&self) -> Ctx {
        Ctx::new(&self.session, self.viewport, self.config.display.reach_mode)
    }

    pub fn view(&self) -> Element<'_, Message> {
        crate::ui::startup::viewed();
        let ctx = self.ctx();
        let (info, controls): (Element<'_, Message>, Element<'_, Message>) = match &self.screen {
            Screen::Start if self.staff.is_paused() => {
                staff::out_of_service_view(&ctx, &self.config)
            }
            Screen::Start => {
                let (info, controls) = start::view(&ctx, &self.config, self.wall());
                (info.map(Message::Start), controls.map(Message::Start))
            }
            Screen::Staff(state) => {
                let (info, controls) = staff::view(state, &ctx, &self.staff_status());
                (info.map(Message::Staff), controls.map(Message::Staff))
            }
            Screen::Home => {
                let (info, controls) = home::view(&ctx, &self.flows());
                (info.map(Message::Home), controls.map(Message::Home))
            }
            Screen::Hours => hours::view(&ctx, &self.config.opening_hours, self.clock.today()),
            Screen::Queue(state) => {
                let (info, controls) =
                    queue::view(state, &ctx, &self.config.languages, self.clock.today());
                (info.map(Message::Queue), controls.map(Message::Queue))
            }
            Screen::Synpunkt(state) => {
                let content = self.synpunkt_content(ctx.language);
                let (info, controls) = synpunkt::view(&ctx, state, &content);
                (info.map(Message::Synpunkt), controls.map(Message::Synpunkt))
            }
            Screen::Guides(state) => {
                let (info, controls) =
                    guides::view(state, &self.catalog, &ctx, self.backend.is_some());
                (info.map(Message::Guides), controls.map(Message::Guides))
            }
            Screen::Contacts(state) => {
                let (info, controls) = contacts::view(state, &self.catalog, &ctx);
                (info.map(Message::Contacts), controls.map(Message::Contacts))
            }
            Screen::News => news::view(&ctx, &self.feeds, &self.feeds_config, self.now_utc()),
        };

        // In reach mode the controls sit in the lower part of the screen.
        let body = if ctx.reach_mode {
            Column::new()
                .spacing(TOUCH_GAP * 2.0)
                .push(info)
                .push(Space::new().height(Length::Fill))
                .push(controls)
        } else {
            Column::new()
                .spacing(TOUCH_GAP * 2.0)
                .push(info)
                .push(controls)
        };
        let body = container(body)
            .padding([32, 48])
            .width(Length::Fill)
            .height(Length::Fill);

        let bar = self.bar(&ctx);
        let active = self.active_crisis();
        let banner = crisis::banner(&ctx, &active).map(|b| b.map(Message::Crisis));
        let mut page = if ctx.reach_mode {
            Column::new().push(body).push(banner).push(bar)
        } else {
            Column::new().push(bar).push(banner).push(body)
        };
        if self.staff.assist() {
            page = page.push(staff::assist_marker(&ctx));
        }

        let mut layers = stack![
            page.width(Length::Fill).height(Length::Fill),
            staff::corner(Message::Corner(true), Message::Corner(false)),
        ];
        if self.picker_open {
            layers = layers.push(self.picker(&ctx));
        }
        if let Some(layer @ (Layer::Full | Layer::Takeover)) = self.crisis.layer(&active) {
            let listen = self.can_speak().then(|| {
                let caption = if self.is_speaking() {
                    t!(ctx.language, "bar-listen-stop")
                } else {
                    t!(ctx.language, "crisis-listen")
                };
                (caption, crisis::Message::Listen)
            });
            layers = layers.push(crisis::full(&ctx, &active, layer, listen).map(Message::Crisis));
        }
        if let Some(offer) = &self.speech_offer {
            layers = layers.push(self.speech_offer_overlay(&ctx, offer));
        }
        if let IdleState::Asking { seconds_left } = self.idle_state {
            layers = layers.push(self.idle_overlay(&ctx, seconds_left));
        }
        layers.into()
    }

    fn bar(&self, ctx: &Ctx) -> Element<'_, Message> {
        let language = ctx.language;
        let palette = ctx.palette;
        let on_start = self.screen == Screen::Start;
        let mut items: Vec<Element<'_, Message>> = Vec::new();

        if self.screen.has_parent() {
            // A chevron that points backwards in the reading direction.
            let arrow = if ctx.is_rtl() { "›" } else { "‹" };
            let label = format!("{arrow} {}", t!(language, "bar-back"));
            items.push(ctx.button(label, ButtonKind::Secondary, Message::Bar(Bar::Back)));
        }
        if !on_start {
            items.push(ctx.button(
                t!(language, "bar-language"),
                ButtonKind::Secondary,
                Message::Bar(Bar::Language),
            ));
        }

        let sample = t!(language, "text-size-sample");
        let mut sizes: Vec<Element<'_, Message>> = vec![ctx.inline(
            t!(language, "bar-text-size"),
            ctx.sizes.small(),
            palette.surface_text,
        )];
        for (i, size) in TextSize::ALL.into_iter().enumerate() {
            let kind = if self.session.text_size == size {
                ButtonKind::Selected
            } else {
                ButtonKind::Secondary
            };
            sizes.push(touch(
                iced::widget::button(center(ctx.inline(
                    sample.clone(),
                    24.0 + 10.0 * i as f32,
                    match kind {
                        ButtonKind::Selected => palette.on_selected,
                        _ => palette.on_secondary,
                    },
                )))
                .width(76)
                .height(76)
                .on_press(Message::Bar(Bar::TextSize(size)))
                .style(move |_, status| theme::button_style(palette, kind, status)),
            ));
        }
        items.push(
            ctx.row(sizes)
                .align_y(iced::Alignment::Center)
                .width(Length::Shrink)
                .into(),
        );

        let contrast_kind = if self.session.high_contrast {
            ButtonKind::Selected
        } else {
            ButtonKind::Secondary
        };
        items.push(ctx.button(
            t!(language, "bar-contrast"),
            contrast_kind,
            Message::Bar(Bar::Contrast),
        ));
        if !on_start {
            items.push(ctx.button(
                t!(language, "bar-start-over"),
                ButtonKind::Primary,
                Message::Bar(Bar::StartOver),
            ));
        }

        if self.can_speak() {
            let (label, kind) = if self.is_speaking() {
                (t!(language, "bar-listen-stop"), ButtonKind::Selected)
            } else {
                (t!(language, "bar-listen"), ButtonKind::Secondary)
            };
            items.insert(0, ctx.button(label, kind, Message::Bar(Bar::Listen)));
        }
        // Portrait is narrow: the bar takes two rows there.
        let mut bar = Column::new().spacing(TOUCH_GAP);
        let rows = if ctx.is_portrait() && items.len() > 3 {
            let second = items.split_off(items.len().div_ceil(2));
            vec![items, second]
        } else {
            vec![items]
        };
        for row in rows {
            bar = bar.push(
                ctx.row(row)
                    .align_y(iced::Alignment::Center)
                    .width(Length::Fill),
            );
        }
        if self.is_speaking() {
            bar = bar.push(
                ctx.row(vec![
                    ctx.button(
                        t!(language, "speech-repeat"),
                        ButtonKind::Secondary,
                        Message::Bar(Bar::Repeat),
                    ),
                    ctx.button(
                        t!(language, "speech-quieter"),
                        ButtonKind::Secondary,
                        Message::Bar(Bar::Quieter),
                    ),
                    ctx.button(
                        t!(language, "speech-louder"),
                        ButtonKind::Secondary,
                        Message::Bar(Bar::Louder),
                    ),
                ])
                .width(Length::Fill),
            );
        }
        container(bar)
            .padding([12, 48])
            .width(Length::Fill)
            .style(move |_| theme::bar_style(palette))
            .into()
    }

    /// No voice for the visitor's language: say so in it, and offer others.
    fn speech_offer_overlay(&self, ctx: &Ctx, offer: &[Language]) -> Element<'_, Message> {
        let language = ctx.language;
        let buttons = offer
            .iter()
            .map(|&l| {
                ctx.labelled_button(
                    l,
                    l.native_name(),
                    ButtonKind::Primary,
                    Message::ListenIn(l),
                    Length::Fill,
                )
            })
            .collect();
        let dialog = Column::new()
            .spacing(24)
            .push(ctx.title(t!(language, "speech-not-available")))
            .push(ctx.text(t!(language, "speech-offer")))
            .push(ctx.grid(buttons, offer.len().max(1)))
            .push(
                container(ctx.labelled_button(
                    language,
                    t!(language, "bar-back"),
                    ButtonKind::Secondary,
                    Message::CloseSpeechOffer,
                    Length::Shrink,
                ))
                .width(Length::Fill)
                .align_x(ctx.start()),
            );
        overlay(ctx.palette, ctx, dialog.into())
    }

    fn picker(&self, ctx: &Ctx) -> Element<'_, Message> {
        let palette = ctx.palette;
        let buttons = self
            .config
            .languages
            .iter()
            .map(|&l| {
                let kind = if l == self.session.language {
                    ButtonKind::Selected
                } else {
                    ButtonKind::Primary
                };
                ctx.labelled_button(
                    l,
                    l.native_name(),
                    kind,
                    Message::PickLanguage(l),
                    Length::Fill,
                )
            })
            .collect();
        let per_row = if ctx.is_portrait() { 2 } else { 4 };
        let dialog = Column::new()
            .spacing(24)
            .push(ctx.title(t!(ctx.language, "language-picker-title")))
            .push(ctx.grid(buttons, per_row))
            .push(
                container(ctx.labelled_button(
                    ctx.language,
                    t!(ctx.language, "bar-back"),
                    ButtonKind::Secondary,
                    Message::ClosePicker,
                    Length::Shrink,
                ))
                .width(Length::Fill)
                .align_x(ctx.start()),
            );
        overlay(palette, ctx, dialog.into())
    }

    fn idle_overlay(&self, ctx: &Ctx, seconds_left: u32) -> Element<'_, Message> {
        let language = ctx.language;
        let dialog = Column::new()
            .spacing(24)
            .push(ctx.title(t!(language, "idle-title")))
            .push(
                text(seconds_left.to_string())
                    .size(ctx.sizes.huge() * 1.5)
                    .font(fonts::DEFAULT)
                    .width(Length::Fill)
                    .align_x(iced::alignment::Horizontal::Center),
            )
            .push(ctx.text(t!(language, "idle-countdown", seconds = seconds_left)))
            .push(ctx.button(
                t!(language, "idle-yes"),
                ButtonKind::Primary,
                Message::StillHere,
            ));
        overlay(ctx.palette, ctx, dialog.into())
    }

    /// The current screen as plain text in the visitor's language.
    pub fn describe(&self) -> ScreenText {
        self.describe_in(self.session.language)
    }

    /// The current screen as plain text in a given language (speech offers
    /// Swedish or English where the visitor's language has no voice).
    pub fn describe_in(&self, language: Language) -> ScreenText {
        if let IdleState::Asking { seconds_left } = self.idle_state {
            return ScreenText::new(t!(language, "idle-title"))
                .body(t!(language, "idle-countdown", seconds = seconds_left))
                .choice(t!(language, "idle-yes"));
        }
        let active = crisis::active(&self.feeds, &self.feeds_config, language, self.now_utc());
        match self.crisis.layer(&active) {
            Some(layer @ (Layer::Full | Layer::Takeover)) => {
                return crisis::describe(&active, layer, language);
            }
            Some(Layer::Banner) => {
                let mut text = self.describe_screen(language);
                if let Some(line) = crisis::describe_banner(&active, language) {
                    text.body.insert(0, line);
                }
                return text;
            }
            None => {}
        }
        self.describe_screen(language)
    }

    fn describe_screen(&self, language: Language) -> ScreenText {
        if self.picker_open {
            return ScreenText::new(t!(language, "language-picker-title"))
                .choices(self.config.languages.iter().map(|l| l.native_name()));
        }
        match &self.screen {
            Screen::Start if self.staff.is_paused() => {
                staff::out_of_service_describe(&self.config, language)
            }
            Screen::Start => {
                start::describe(&self.config, self.wall(), self.config.default_language())
            }
            Screen::Staff(state) => staff::describe(state, &self.staff_status()),
            Screen::Home => home::describe(language, &self.flows()),
            Screen::Hours => {
                hours::describe(&self.config.opening_hours, self.clock.today(), language)
            }
            Screen::Queue(state) => queue::describe(state, self.clock.today(), language),
            Screen::Synpunkt(state) => {
                synpunkt::describe(state, &self.synpunkt_content(language), language)
            }
            Screen::Guides(state) => guides::describe(state, &self.catalog, language),
            Screen::Contacts(state) => contacts::describe(state, &self.catalog, language),
            Screen::News => {
                news::describe(&self.feeds, &self.feeds_config, self.now_utc(), language)
            }
        }
    }
}

/// A dialog over a dimmed screen; nothing below it can be touched.
fn overlay<'a>(
    palette: &'static theme::Palette,
    ctx: &Ctx,
    dialog: Element<'a, Message>,
) -> Element<'a, Message> {
    let width = (ctx.viewport.width * 0.8).min(1400.0);
    let dialog = container(dialog)
        .padding(40)
        .width(width)
        .style(move |_| theme::dialog_style(palette));
    opaque(
        center(dialog)
            .width(Length::Fill)
            .height(Length::Fill)
            .style(move |_| theme::scrim_style(palette)),
    )
}

/// Checks the store (`forced`: reload even if unchanged) and returns the
/// check and, when good new content was loaded, its catalog.
fn check_store(
    store: &std::sync::Mutex<ContentStore>,
    forced: bool,
) -> (ContentCheck, Option<Arc<Catalog>>) {
    // A panic elsewhere while holding the lock leaves plain data behind.
    let mut store = store
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let check = store.check(forced);
    let catalog = match &check.outcome {
        ReloadOutcome::Loaded { version, .. } => {
            tracing::info!(target: "content", %version, "serving reloaded content");
            Some(store.catalog())
        }
        _ => None,
    };
    (check, catalog)
}

/// Loads the bundled content on another thread (start-up: while the window
/// opens), so the first `Kiosk` finds it loaded. A content directory in the
/// config is loaded by the kiosk itself.
pub fn preload_content(config: &Config) {
    if config.content.dir.is_none() {
        let config = config.clone();
        let _ = std::thread::Builder::new()
            .name("kiosk-content".into())
            .spawn(move || {
                let _ = content_for(&config);
            });
    }
}

/// The content the config names: its override directory (falling back to
/// the bundled content when broken; the store is kept so staff can reload
/// and the last good content stays), else the bundled content, loaded once
/// per process. Never fails: at worst an empty catalog (logged), and the
/// content flows have no tile.
fn content_for(config: &Config) -> (Arc<Catalog>, Option<ContentStore>) {
    static BUNDLED: std::sync::OnceLock<Arc<Catalog>> = std::sync::OnceLock::new();
    if config.content.dir.is_some() {
        let store = ContentStore::new(config.content.clone());
        return (store.catalog(), Some(store));
    }
    let catalog = BUNDLED
        .get_or_init(|| match Catalog::bundled() {
            Ok(catalog) => Arc::new(catalog),
            Err(problems) => {
                tracing::error!(
                    target: "content",
                    errors = problems.len(),
                    "bundled content is broken; no guides, forms or contacts"
                );
                Arc::new(Catalog::empty())
            }
        })
        .clone();
    (catalog, None)
}

/// What the visitor is told when the central API fails: refused when it
/// answered no, unreachable otherwise.
fn failure(error: &ClientError) -> queue::Failure {
    match error.class() {
        crate::contract::ErrorClass::Rejected => queue::Failure::Refused,
        _ => queue::Failure::Unreachable,
    }
}

/// A message at every full minute of the kiosk's clock.
fn minute_ticks(clock: &Clock) -> impl iced::futures::Stream<Item = Message> + use<> {
    iced::futures::stream::unfold(clock.clone(), |clock| async {
        let seconds = u64::from(chrono::Timelike::second(&clock.stockholm()));
        tokio::time::sleep(Duration::from_secs(60 - seconds.min(59))).await;
        Some((Message::ClockTick, clock))
    })
}

// Keep the screen module's types reachable from tests through `app`.
pub use screen::home::Flow;

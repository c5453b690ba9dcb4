//! The root of the kiosk UI. It routes: messages to the screen on show,
//! screen events to navigation; it keeps what belongs to the visit (the
//! [`Session`], the idle timer, the language picker, crisis
//! acknowledgements) and lays out the bar, the banner and the overlays
//! around the screen. It never reads or writes a screen's inner state:
//! screens do their own effects through [`Services`].
//!
//! Its parts: `chrome` (the bar, the picker and the overlays), `speech`
//! (Listen, repeat, volume), `content` (polling a content override),
//! `staff_mode` (the hidden corner, staff mode's timeouts) and `prewarm`
//! (Home drawn off-screen in every language after start-up).

use std::sync::Arc;
use std::time::{Duration, Instant};

use iced::{Size, Subscription, Task, Theme, event, mouse, time, touch, window};

use crate::clock::Clock;
use crate::config::Config;
use crate::content::{Catalog, ContentCheck};
use crate::feeds::{FeedsConfig, FeedsLink, FeedsSnapshot};
use crate::i18n::Language;
use crate::idle::{IdleState, IdleTimer};
use crate::services::Services;
use crate::session::{Session, TextSize};
use crate::staff::{Action, Counted};
use crate::ui::crisis::{self, CrisisState};
use crate::ui::print_view::TicketRenderer;
use crate::ui::screen::{self, Back, Env, Event, Screen, finish, guides, staff, tools};
use crate::ui::theme;

/// The screens' view of the kiosk, from its fields (so the screen itself
/// can be borrowed mutably beside it).
macro_rules! env {
    ($kiosk:expr, $now:expr) => {
        Env {
            services: &$kiosk.services,
            language: $kiosk.session.language,
            now: $now,
            feeds: &$kiosk.feeds,
            feeds_config: &$kiosk.feeds_config,
            flows: &$kiosk.flows,
        }
    };
}

mod access;
mod chrome;
mod content;
mod counting;
mod keys;
mod layout;
mod prewarm;
mod speech;
mod staff_mode;
#[cfg(test)]
mod tests;

pub use crate::ui::screen::Flow;
pub use keys::KeyPress;

pub use crate::ui::widget::{LANDSCAPE, PORTRAIT};

/// How often a content override directory is checked for changes.
pub const CONTENT_CHECK: Duration = Duration::from_secs(60);

#[derive(Debug, Clone)]
pub enum Message {
    /// For the screen on show.
    Screen(screen::Message),
    /// A key pressed on a keyboard or a navigation keypad.
    Key(KeyPress),
    /// Headphones plugged into the jack (true) or out.
    Headset(bool),
    /// The banner, full messages or takeover of crisis information.
    Crisis(crisis::Message),
    /// New news, events and crisis data (from the feeds service, or a test).
    Feeds(Arc<FeedsSnapshot>),
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
    /// Reload the content now, on a blocking thread (staff).
    ReloadContent,
    /// The reload's answer: the check, the new catalog when good content
    /// was loaded, and whether staff asked (their panel hears of it).
    ContentReloaded {
        check: ContentCheck,
        catalog: Option<Arc<Catalog>>,
        by_staff: bool,
    },
    /// The central API and speech, started beside the window (startup.rs).
    Ready(crate::ui::startup::Ready),
    /// The first frame is on screen (startup.rs).
    FramePresented,
    /// The body of a page that does not fit says where it is scrolled:
    /// whether there is more below (issue 19).
    Body(layout::Page, bool),
    /// "More below": scroll the body down by most of a screen.
    MoreBelow,
    /// Draw Home off-screen in the given step's language (prewarm.rs).
    Prewarm(usize),
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
    /// The kiosk's effects and its one clock.
    services: Services,
    session: Session,
    screen: Screen,
    idle: IdleTimer,
    idle_state: IdleState,
    picker_open: bool,
    /// Languages offered for speech when the visitor's has no voice.
    speech_offer: Option<Vec<Language>>,
    viewport: Size,
    /// The flows that work now, in tile order.
    flows: Vec<Flow>,
    /// The latest news, events and crisis data, and the rules to read it.
    feeds: Arc<FeedsSnapshot>,
    feeds_config: FeedsConfig,
    /// The feeds service (apart from the backend: crisis information shows
    /// even when the central API could not start).
    feeds_link: Option<Arc<FeedsLink>>,
    crisis: CrisisState,
    /// A background content check is under way (ticks meanwhile are skipped).
    content_checking: bool,
    /// Full-screen kiosk: close requests are ignored (not `--windowed`).
    kiosk_mode: bool,
    /// The focused control, once the visitor uses keys (`None`: touch, no
    /// focus ring).
    focus: Option<usize>,
    /// The focusable controls of the last view, in reading order.
    scope: std::cell::RefCell<std::rc::Rc<crate::ui::focus::FocusScope>>,
    /// Key names → actions: the defaults and the `[keypad]` table.
    keymap: crate::keys::Keymap,
    /// The keys that activate the focused control (from the keymap, once:
    /// every view needs them).
    select_keys: Vec<String>,
    /// The headphone jack, where there is one.
    jack: Option<tokio::sync::watch::Receiver<bool>>,
    /// What this visit has counted (the statistics).
    visit: counting::Visit,
    /// The page whose body last said it does not fit, and whether there is
    /// more below where it is scrolled now.
    more_below: Option<(layout::Page, bool)>,
    /// Whether Home is drawn ahead in every language after start-up
    /// (prewarm.rs).
    prewarm: bool,
}

impl Kiosk {
    /// A kiosk that keeps time by `clock` (the system clock in
    /// production; tests and screenshots pin it).
    pub fn new(config: Arc<Config>, clock: Clock) -> Self {
        Kiosk::with_services(Services::new(config, clock, Arc::new(TicketRenderer)))
    }

    /// The kiosk of the window: its content (guides, forms, contacts)
    /// joins with the other services after the first frame
    /// ([`Message::Ready`]); Start does not need it.
    pub fn awaiting_content(config: Arc<Config>, clock: Clock) -> Self {
        Kiosk::with_services(Services::awaiting_content(
            config,
            clock,
            Arc::new(TicketRenderer),
        ))
    }

    fn with_services(services: Services) -> Self {
        let config = services.config().clone();
        let now = services.clock().instant();
        let mut idle = IdleTimer::new(
            Duration::from_secs(config.idle.quiet_seconds.into()),
            Duration::from_secs(config.idle.countdown_seconds.into()),
            now,
        );
        // Nothing to protect on Start.
        idle.set_held(true, now);
        let session = Session::new(config.default_language(), config.display.high_contrast);
        let feeds_config = config.feeds.clone().unwrap_or_default();
        let keymap = crate::keys::Keymap::new(&config.keypad);
        let mut kiosk = Kiosk {
            services,
            session,
            screen: Screen::Start,
            idle,
            idle_state: IdleState::Active,
            picker_open: false,
            speech_offer: None,
            viewport: LANDSCAPE,
            flows: Vec::new(),
            feeds: Arc::default(),
            feeds_config,
            feeds_link: None,
            crisis: CrisisState::default(),
            content_checking: false,
            kiosk_mode: false,
            focus: None,
            scope: std::cell::RefCell::default(),
            select_keys: keymap
                .keys_for(crate::keys::Action::Select)
                .into_iter()
                .map(str::to_owned)
                .collect(),
            keymap,
            jack: None,
            visit: counting::Visit::default(),
            more_below: None,
            prewarm: false,
        };
        kiosk.refresh_flows();
        kiosk
    }

    fn refresh_flows(&mut self) {
        let catalog = self.services.catalog();
        let has_api = self.services.has_api();
        self.flows = Flow::ALL
            .into_iter()
            .filter(|flow| match flow {
                // Both need the central API (a synpunkt its outbox).
                Flow::Queue | Flow::Synpunkt => has_api,
                Flow::Guides => !catalog.guides().is_empty() || !catalog.forms().is_empty(),
                Flow::Contacts => !catalog.contacts().is_empty(),
                Flow::Tools => !catalog.tools().is_empty(),
                Flow::Hours => true,
                Flow::News => !self.feeds.news.is_empty() || !self.feeds.events.is_empty(),
            })
            .collect();
    }

    pub fn theme(&self) -> Theme {
        theme::Palette::get(self.session.high_contrast).iced_theme()
    }

    /// Opens a flow as its Home tile does.
    pub fn open(&mut self, flow: Flow, now: Instant) -> Task<Message> {
        self.navigate(Event::Open(flow), now)
    }

    /// Goes to a screen directly (screenshots, tests).
    pub fn show(&mut self, screen: Screen, now: Instant) {
        self.count_leaving(&screen);
        self.screen = screen;
        self.shown(now);
    }

    /// After the screen changed: speech stops, and the idle timer is held
    /// on Start, in staff mode and while staff assist.
    fn shown(&mut self, now: Instant) {
        self.services.speech().stop();
        self.speech_offer = None;
        // A new screen: the focus on its first choice, and with speech on,
        // its title and how many choices it has.
        if self.focus.is_some() {
            self.focus = Some(0);
        }
        let said = self.services.speech().on.map(|l| self.describe_in(l));
        if let Some(said) = said {
            self.announce_page(Some(&said));
        }
        let held = matches!(self.screen, Screen::Start | Screen::Staff(_))
            || self.services.staff().assist();
        self.idle.set_held(held, now);
    }

    /// Handles a message at the clock's "now".
    pub fn update(&mut self, message: Message) -> Task<Message> {
        let now = self.services.clock().instant();
        match message {
            Message::Screen(message) => self.update_screen(message, now),
            Message::Key(press) => self.key(press, now),
            Message::Headset(plugged) => {
                self.headset(plugged);
                Task::none()
            }
            Message::Crisis(crisis::Message::Listen) => self.update(Message::Bar(Bar::Listen)),
            Message::Crisis(message) => {
                let active = self.active_crisis();
                if message == crisis::Message::Acknowledge {
                    tracing::info!("crisis takeover acknowledged");
                }
                self.crisis.update(message, &active);
                self.services.speech().stop();
                Task::none()
            }
            Message::Feeds(snapshot) => {
                // The heartbeat reports each source's age and last error.
                if let Some(backend) = self.services.backend() {
                    backend.health.set_feeds(Some(snapshot.sources.clone()));
                }
                self.feeds = snapshot;
                self.refresh_flows();
                // A screen about feeds that have gone goes Home.
                if self.screen == Screen::News && !self.flows.contains(&Flow::News) {
                    self.show(Screen::Home, now);
                }
                Task::none()
            }
            Message::Corner(pressed) => {
                self.corner(pressed, now);
                Task::none()
            }
            Message::CloseRequested => {
                tracing::info!("close request ignored: the kiosk runs full screen");
                Task::none()
            }
            Message::Bar(bar) => {
                self.bar(bar, now);
                Task::none()
            }
            Message::ListenIn(language) => {
                self.speech_offer = None;
                self.speak_screen(language);
                Task::none()
            }
            Message::CloseSpeechOffer => {
                self.speech_offer = None;
                Task::none()
            }
            Message::PickLanguage(language) => {
                self.pick_language(language);
                Task::none()
            }
            Message::ClosePicker => {
                self.picker_open = false;
                Task::none()
            }
            Message::StillHere if self.idle_state != IdleState::Active => {
                self.services.count(Counted::IdleExtended);
                self.update(Message::Activity)
            }
            Message::StillHere | Message::Activity => {
                self.services.staff().touch(now);
                self.idle.touch(now);
                self.screen.touched(now);
                self.idle_state = self.idle.state(now);
                Task::none()
            }
            Message::Tick => {
                self.tick_at(now);
                Task::none()
            }
            // The view reads the clock; the tick only redraws it.
            Message::ClockTick => Task::none(),
            Message::Resized(size) => {
                self.viewport = size;
                Task::none()
            }
            Message::ContentTick => self.content_task(),
            Message::ContentChecked(catalog) => {
                self.content_checking = false;
                if let Some(catalog) = catalog {
                    self.services.set_catalog(catalog);
                    self.refresh_flows();
                }
                Task::none()
            }
            Message::ReloadContent => self.reload_task(false),
            Message::ContentReloaded {
                check,
                catalog,
                by_staff,
            } => self.content_reloaded(&check, catalog, by_staff, now),
            Message::Ready(ready) => {
                if let Some(started) = ready.take() {
                    if let Some(content) = started.content {
                        self.services.set_content(content);
                    }
                    let (backend, speaker) = started.services;
                    self.join(backend.map(Arc::new), speaker);
                    return self.prewarm_start();
                }
                Task::none()
            }
            Message::Prewarm(step) => self.prewarm_step(step),
            Message::FramePresented => {
                crate::ui::startup::frame_presented();
                Task::none()
            }
            Message::Body(page, more) => {
                self.more_below = Some((page, more));
                Task::none()
            }
            Message::MoreBelow => layout::scroll_down(self.viewport),
        }
    }

    /// A message for the screen on show. With speech on, what changed is
    /// said: a new page (its title, what is new, its choices), or a new
    /// line (an error, a result).
    fn update_screen(&mut self, message: screen::Message, now: Instant) -> Task<Message> {
        let speaking = self.services.speech().on;
        let before = speaking.map(|language| self.describe_in(language));
        let said = self.last_said();
        let (task, event) = self.screen.update(message, &env!(self, now));
        // The screen spoke itself (a key's echo): that is what is heard.
        let echoed = self.last_said() != said;
        let task = task.map(Message::Screen);
        let task = match event {
            Some(event) => Task::batch([task, self.navigate(event, now)]),
            None => task,
        };
        if let (Some(before), Some(language), false) = (before, speaking, echoed) {
            let after = self.describe_in(language);
            if after.title != before.title {
                if self.focus.is_some() {
                    self.focus = Some(0);
                }
                self.announce_page(Some(&before));
            } else if after.body.iter().any(|line| !before.body.contains(line)) {
                self.announce_page(Some(&before));
            }
        }
        task
    }

    /// How many utterances speech has started (to tell whether a screen
    /// spoke for itself).
    fn last_said(&self) -> u64 {
        self.services.speech().said
    }

    /// Carries out what a screen asked of the root: navigation.
    fn navigate(&mut self, event: Event, now: Instant) -> Task<Message> {
        crate::ui::fonts::forget_old_shapes();
        match event {
            Event::Begin(language) => {
                self.count_language(language);
                self.session.language = language;
                // Speech, if on, goes on in the chosen language.
                self.follow_language(language);
                self.show(Screen::Home, now);
                tracing::info!(language = %language, "session started");
            }
            Event::Open(flow) => {
                self.count_open(flow);
                let (screen, task) = Screen::open(flow, &env!(self, now));
                self.show(screen, now);
                return task.map(Message::Screen);
            }
            Event::Queue { service, topic } => {
                self.count_open(Flow::Queue);
                let (screen, task) = Screen::queue(Some(service), topic, &env!(self, now));
                self.show(screen, now);
                return task.map(Message::Screen);
            }
            Event::OpenTool(id) => {
                self.count_open(Flow::Tools);
                let state = tools::State::tool(self.services.catalog(), &id);
                self.show(Screen::Tools(Box::new(state)), now);
            }
            Event::OpenCategory(id) => {
                self.count_open(Flow::Guides);
                let state = guides::State::category(id);
                self.show(Screen::Guides(Box::new(state)), now);
            }
            Event::OpenContact(id) => {
                self.count_open(Flow::Contacts);
                // The guides flow done: the visitor found the contact.
                if let Some((flow, _)) = self.screen.outcome() {
                    self.services
                        .count(Counted::FlowCompleted { flow: flow.id() });
                }
                self.screen.open_contact(&id, &env!(self, now));
                self.shown(now);
            }
            Event::Home => self.show(Screen::Home, now),
            Event::StartOver => self.reset(now),
            Event::VisitDone => self.show(Screen::Finish(finish::State::new(now)), now),
            Event::StaffLeft => self.after_staff(now),
            Event::ReloadContent => return self.reload_task(true),
        }
        Task::none()
    }

    fn bar(&mut self, bar: Bar, now: Instant) {
        match bar {
            Bar::Back => match self.screen.back() {
                Back::Within => self.shown(now),
                Back::Out if self.screen.has_parent() => self.show(Screen::Home, now),
                Back::Out => {}
            },
            Bar::Language => self.picker_open = true,
            Bar::TextSize(size) => {
                self.count_access("text-size");
                self.session.text_size = size;
            }
            Bar::Contrast => {
                self.count_access("contrast");
                self.session.high_contrast = !self.session.high_contrast;
            }
            Bar::StartOver => self.reset(now),
            Bar::Listen => {
                self.count_access("speech");
                self.listen();
            }
            Bar::Repeat => self.repeat(),
            Bar::Louder => self.louder(),
            Bar::Quieter => self.quieter(),
        }
    }

    fn pick_language(&mut self, language: Language) {
        self.session.language = language;
        self.picker_open = false;
        self.follow_language(language);
        self.screen.set_language(language);
    }

    /// A session began in `language`.
    fn count_language(&self, language: Language) {
        self.services.count(Counted::Session {
            language: language.code(),
        });
    }

    /// The second's tick at the clock's "now": advances the idle timer and
    /// resets the session when it has expired.
    pub fn tick(&mut self) {
        let now = self.services.clock().instant();
        self.tick_at(now);
    }

    fn tick_at(&mut self, now: Instant) {
        if self.staff_tick(now) {
            return;
        }
        if let Some(event) = self.screen.tick(&env!(self, now)) {
            let _ = self.navigate(event, now);
            return;
        }
        let was = self.idle_state;
        self.idle_state = self.idle.state(now);
        self.warn_idle(was);
        if self.idle_state == IdleState::Expired {
            tracing::info!(screen = self.screen.name(), "idle reset");
            self.services.count(Counted::IdleReset);
            self.reset(now);
        }
    }

    /// Back to Start in the default language; everything the visitor chose
    /// or entered is dropped.
    fn reset(&mut self, now: Instant) {
        self.staff_reset();
        // Silence, the default volume, and no memory of what was read.
        self.services.speech().reset();
        let config = self.services.config();
        self.session = Session::new(config.default_language(), config.display.high_contrast);
        self.picker_open = false;
        // The next visitor starts with touch: no focus ring, no speech, the
        // ordinary quiet time.
        self.focus = None;
        let quiet = u64::from(self.services.config().idle.quiet_seconds);
        self.idle.set_quiet(Duration::from_secs(quiet));
        // Every takeover shows again to the next visitor.
        self.crisis.reset();
        self.show(Screen::Start, now);
        self.new_visit();
        self.idle.touch(now);
        self.idle_state = IdleState::Active;
        // What the visit freed goes back to the system once all is quiet.
        crate::memory::give_back_after_visit();
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
        let speaking = self.services.speech().is_speaking();
        let clock = if self.screen == Screen::Start && !speaking && !self.corner_held() {
            Subscription::run_with(self.services.clock().clone(), minute_ticks)
        } else {
            time::every(Duration::from_secs(1)).map(|_| Message::Tick)
        };
        // With exit_on_close_request off, a close request is only an event.
        let close = if self.kiosk_mode {
            window::close_requests().map(|_| Message::CloseRequested)
        } else {
            Subscription::none()
        };
        let feeds = crisis::subscription(self.feeds_link.as_deref()).map(Message::Feeds);
        Subscription::batch([
            activity,
            resize,
            clock,
            self.screen.subscription().map(Message::Screen),
            feeds,
            self.content_subscription(),
            close,
            crate::ui::startup::frames().map(|_| Message::FramePresented),
            keys::subscription(),
            keys::headset_subscription(self.jack.as_ref()),
        ])
    }

    /// The reload as a task: the override's files are read and parsed on a
    /// blocking thread, never the UI's (issue 24); bundled content answers
    /// at once (it cannot change while the kiosk runs).
    fn reload_task(&mut self, by_staff: bool) -> Task<Message> {
        let answer = move |(check, catalog)| Message::ContentReloaded {
            check,
            catalog,
            by_staff,
        };
        match self.services.content_reload() {
            Some(reload) => Task::perform(reload, answer),
            None => Task::done(answer((self.services.check_content_now(true), None))),
        }
    }

    /// The reload done: good new content is served, the log and (when staff
    /// asked) the audit log and the staff panel hear what was found.
    fn content_reloaded(
        &mut self,
        check: &ContentCheck,
        catalog: Option<Arc<Catalog>>,
        by_staff: bool,
        now: Instant,
    ) -> Task<Message> {
        if let Some(catalog) = catalog {
            self.services.set_catalog(catalog);
        }
        self.refresh_flows();
        tracing::info!(
            target: "content",
            outcome = ?check.outcome,
            problems = check.problems.len(),
            "content reloaded on request"
        );
        if !by_staff {
            return Task::none();
        }
        let version = self.services.catalog().version().to_string();
        let wall = self.services.now();
        self.services
            .staff()
            .record(Action::ReloadContent, wall, Some(version.as_str()));
        let kept = matches!(
            check.outcome,
            crate::content::ReloadOutcome::KeptPrevious { .. }
        );
        let reloaded = staff::Message::ContentReloaded { kept };
        let (task, _) = self
            .screen
            .update(screen::Message::Staff(reloaded), &env!(self, now));
        task.map(Message::Screen)
    }

    /// Reloads the content now on this thread, changed or not (tests and
    /// IT tools; the kiosk reloads through [`Message::ReloadContent`]),
    /// and returns what was found: the problems with file and line, and
    /// whether older content is still being served.
    pub fn reload_content(&mut self) -> ContentCheck {
        let check = self.services.check_content_now(true);
        self.refresh_flows();
        check
    }

    /// Looks for changed content now (what the minute's check does, on
    /// this thread).
    pub fn check_content(&mut self) -> ContentCheck {
        let check = self.services.check_content_now(false);
        self.refresh_flows();
        check
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

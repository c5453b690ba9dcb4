//! `medborgarkiosk screenshots`: renders screens headless (no display, the
//! tiny-skia renderer, the bundled fonts) to
//! `DIR/<screen>-<language>-<landscape|portrait>.png`, so translators and
//! reviewers can see every screen in every language without a kiosk.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use chrono::NaiveDateTime;
use iced::Size;

use crate::backend::Backend;
use crate::clock::Clock;
use crate::config::Config;
use crate::config::Slide;
use crate::i18n::Language;
use crate::ui::app::{Kiosk, LANDSCAPE, PORTRAIT};
use crate::ui::display::{Message as DisplayMessage, WallDisplay};
use crate::ui::render::Camera;
pub use crate::ui::render::{ScreenshotError, write_png};
use crate::ui::screen::{Screen, contacts, guides, queue, staff, start, synpunkt, tools};

/// What can be rendered: the screens, plus the overlays on Home.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shot {
    Start,
    Home,
    Hours,
    Languages,
    Idle,
    Queue,
    QueueNeeds,
    QueueTicket,
    QueueUnreachable,
    SynpunktIntro,
    SynpunktRoute,
    SynpunktTopics,
    SynpunktMessage,
    SynpunktContact,
    SynpunktDetails,
    SynpunktEmail,
    SynpunktPhone,
    SynpunktReview,
    SynpunktReceipt,
    /// E-services: the categories.
    Guides,
    /// One guide (the first of the catalog) with its QR code.
    Guide,
    Forms,
    Contacts,
    /// One contact with its dialling QR code.
    Contact,
    /// The office's digital tools.
    Tools,
    /// The Wi-Fi tool: network name and QR code.
    ToolsWifi,
    /// Staff mode: the PIN pad (two digits typed, a wrong-PIN line).
    StaffPin,
    /// Staff mode: the panel.
    StaffPanel,
    /// Start while staff have paused the kiosk.
    OutOfService,
    /// Home with the assist-mode marker.
    Assist,
    /// The e-services search with a query typed, results as you type.
    Search,
    /// The contacts search with a query typed.
    ContactsSearch,
    /// Home with a crisis banner.
    CrisisBanner,
    /// The full crisis messages, opened from the banner.
    CrisisMessage,
    /// The most severe message taking over the screen.
    CrisisTakeover,
    /// News and events.
    News,
    /// Wall display (`--mode display`) slides.
    DisplayServing,
    DisplayNews,
    DisplayEvents,
    DisplayHours,
    DisplayClock,
    DisplayCrisis,
}

impl Shot {
    pub const ALL: [Shot; 42] = [
        Shot::Start,
        Shot::Home,
        Shot::Hours,
        Shot::Languages,
        Shot::Idle,
        Shot::Queue,
        Shot::QueueNeeds,
        Shot::QueueTicket,
        Shot::QueueUnreachable,
        Shot::SynpunktIntro,
        Shot::SynpunktRoute,
        Shot::SynpunktTopics,
        Shot::SynpunktMessage,
        Shot::SynpunktContact,
        Shot::SynpunktDetails,
        Shot::SynpunktEmail,
        Shot::SynpunktPhone,
        Shot::SynpunktReview,
        Shot::SynpunktReceipt,
        Shot::Guides,
        Shot::Guide,
        Shot::Forms,
        Shot::Contacts,
        Shot::Contact,
        Shot::Tools,
        Shot::ToolsWifi,
        Shot::CrisisBanner,
        Shot::CrisisMessage,
        Shot::CrisisTakeover,
        Shot::News,
        Shot::DisplayServing,
        Shot::DisplayNews,
        Shot::DisplayEvents,
        Shot::DisplayHours,
        Shot::DisplayClock,
        Shot::DisplayCrisis,
        Shot::Search,
        Shot::ContactsSearch,
        Shot::StaffPin,
        Shot::StaffPanel,
        Shot::OutOfService,
        Shot::Assist,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Shot::Start => "start",
            Shot::Home => "home",
            Shot::Hours => "hours",
            Shot::Languages => "languages",
            Shot::Idle => "idle",
            Shot::Queue => "queue",
            Shot::QueueNeeds => "queue-needs",
            Shot::QueueTicket => "queue-ticket",
            Shot::QueueUnreachable => "queue-unreachable",
            Shot::SynpunktIntro => "synpunkt-intro",
            Shot::SynpunktRoute => "synpunkt-route",
            Shot::SynpunktTopics => "synpunkt-topics",
            Shot::SynpunktMessage => "synpunkt-message",
            Shot::SynpunktContact => "synpunkt-contact",
            Shot::SynpunktDetails => "synpunkt-details",
            Shot::SynpunktEmail => "synpunkt-email",
            Shot::SynpunktPhone => "synpunkt-phone",
            Shot::SynpunktReview => "synpunkt-review",
            Shot::SynpunktReceipt => "synpunkt-receipt",
            Shot::Guides => "guides",
            Shot::Guide => "guide",
            Shot::Forms => "forms",
            Shot::Contacts => "contacts",
            Shot::Contact => "contact",
            Shot::Tools => "tools",
            Shot::ToolsWifi => "tools-wifi",
            Shot::CrisisBanner => "crisis-banner",
            Shot::CrisisMessage => "crisis-message",
            Shot::CrisisTakeover => "crisis-takeover",
            Shot::News => "news",
            Shot::DisplayServing => "display-serving",
            Shot::DisplayNews => "display-news",
            Shot::DisplayEvents => "display-events",
            Shot::DisplayHours => "display-hours",
            Shot::DisplayClock => "display-clock",
            Shot::DisplayCrisis => "display-crisis",
            Shot::Search => "search",
            Shot::ContactsSearch => "contacts-search",
            Shot::StaffPin => "staff-pin",
            Shot::StaffPanel => "staff-panel",
            Shot::OutOfService => "out-of-service",
            Shot::Assist => "assist",
        }
    }

    pub fn from_name(name: &str) -> Option<Shot> {
        Shot::ALL.into_iter().find(|s| s.name() == name)
    }
}

/// Puts a kiosk into the state that a shot shows, its clock standing at
/// `wall_clock` (Stockholm) so every picture shows the same moment.
pub fn kiosk_for(
    config: &Arc<Config>,
    shot: Shot,
    language: Language,
    size: Size,
    wall_clock: NaiveDateTime,
) -> Kiosk {
    kiosk_on(
        config,
        shot,
        language,
        size,
        Clock::manual_stockholm(wall_clock),
    )
}

/// [`kiosk_for`] on a given clock (the measuring walk uses the kiosk's
/// own). "Are you still there?" needs a clock that can be moved on: on the
/// machine's clock that shot is Home.
pub fn kiosk_on(
    config: &Arc<Config>,
    shot: Shot,
    language: Language,
    size: Size,
    clock: Clock,
) -> Kiosk {
    let now = clock.instant();
    let at = clock.now();
    let mut kiosk = Kiosk::new(config.clone(), clock.clone());
    kiosk.set_viewport(size);
    let screen = match shot {
        Shot::Start | Shot::OutOfService => Screen::Start,
        Shot::Home | Shot::Languages | Shot::Idle | Shot::Assist => Screen::Home,
        Shot::StaffPin => {
            let mut state = staff::State::pin_pad(staff::PinNotice::Wrong { left: 3 });
            for digit in ["4", "7"] {
                state.apply(staff::Message::Key(crate::keyboard::Key::Char(digit)));
            }
            Screen::Staff(Box::new(state))
        }
        Shot::StaffPanel => Screen::Staff(Box::new(staff::State::panel())),
        Shot::Hours => Screen::Hours,
        Shot::Queue | Shot::QueueNeeds | Shot::QueueTicket | Shot::QueueUnreachable => {
            Screen::Queue(Box::new(sample_queue(config, shot, language, now, at)))
        }
        Shot::Guides => Screen::Guides(Box::default()),
        Shot::Guide => {
            let catalog = kiosk.catalog().clone();
            let id = catalog.guides().first().map_or("", |g| g.id.as_str());
            Screen::Guides(Box::new(guides::State::guide(&catalog, id)))
        }
        Shot::Forms => Screen::Guides(Box::new(guides::State::forms())),
        Shot::News => Screen::News,
        Shot::CrisisBanner | Shot::CrisisMessage | Shot::CrisisTakeover => Screen::Home,
        Shot::Contacts => Screen::Contacts(Box::default()),
        Shot::Contact => {
            let catalog = kiosk.catalog().clone();
            // The first contact with a phone number (its QR code dials).
            let id = catalog
                .contacts()
                .iter()
                .find(|c| c.phone.is_some())
                .map_or("", |c| c.id.as_str());
            Screen::Contacts(Box::new(contacts::State::contact(&catalog, id)))
        }
        Shot::Tools => Screen::Tools(Box::default()),
        Shot::ToolsWifi => {
            let catalog = kiosk.catalog().clone();
            // The guest network's page, as the visitor first sees it.
            let id = catalog
                .tools()
                .iter()
                .find(|t| t.network.is_some())
                .map_or("", |t| t.id.as_str());
            Screen::Tools(Box::new(tools::State::tool(&catalog, id)))
        }
        Shot::Search => Screen::Guides(Box::new(guides::State::searching(
            language,
            search_sample(language, false),
        ))),
        Shot::ContactsSearch => Screen::Contacts(Box::new(contacts::State::searching(
            language,
            search_sample(language, true),
        ))),
        _ => Screen::Synpunkt(Box::new(synpunkt_state(shot, language))),
    };
    match shot {
        Shot::OutOfService => kiosk.preview_staff(
            crate::staff::Settings {
                paused: true,
                headphones: false,
            },
            false,
        ),
        Shot::Assist => kiosk.preview_staff(crate::staff::Settings::default(), true),
        // Whatever the kiosk's own settings: shown unpaused, and choosing
        // the shot's language is not counted.
        _ => kiosk.preview_staff(crate::staff::Settings::default(), false),
    }
    if !matches!(shot, Shot::Start | Shot::OutOfService) {
        let _ = kiosk.update(start::Message::Choose(language).into());
    }
    kiosk.show(screen, now);
    if shot == Shot::SynpunktReceipt {
        let _ = kiosk.update(synpunkt::Message::Send.into());
    }
    let feeds_shot = feeds_shot(shot, &mut kiosk);
    if feeds_shot {
        return kiosk;
    }
    match shot {
        Shot::Languages => kiosk.open_picker(),
        Shot::Idle if clock.is_pinned() => {
            let quiet = u64::from(config.idle.quiet_seconds);
            clock.advance(std::time::Duration::from_secs(quiet + 3));
            kiosk.tick();
        }
        _ => {}
    }
    kiosk
}

/// The queue screen in the state a shot shows, with the demo office's
/// services (as the built-in central API serves them) and sample waits.
fn sample_queue(
    config: &Config,
    shot: Shot,
    language: Language,
    now: Instant,
    at: chrono::DateTime<chrono::Utc>,
) -> queue::State {
    use crate::central::CentralConfig;
    use crate::contract::{Service, TicketResponse};
    let demo = CentralConfig::demo();
    let services: Vec<Service> = demo
        .offices
        .first()
        .map(|office| {
            office
                .services
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    let (open_now, next_opening) = demo.opening(s, at);
                    // Sample figures so reviewers see every kind of line.
                    let open = open_now || i < 3;
                    Service {
                        id: s.id.clone(),
                        prefix: s.prefix.clone(),
                        names: s.names.clone(),
                        rosa_level: s.rosa_level,
                        open_now: open,
                        next_opening: if open { None } else { next_opening },
                        waiting: (i as u32 * 3) % 7,
                        estimated_wait_minutes: (i as u32 * 11) % 40,
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    let first = services.first().cloned();
    let mut state = queue::State::new(
        config.queue.desk_service.clone(),
        std::time::Duration::from_secs(config.queue.ticket_seconds.into()),
    );
    if shot == Shot::QueueUnreachable {
        let _ = state.step(
            queue::Message::Loaded(Err(queue::Failure::Unreachable)),
            language,
            now,
        );
        return state;
    }
    let _ = state.step(queue::Message::Loaded(Ok(services)), language, now);
    if let (Some(first), true) = (first, matches!(shot, Shot::QueueNeeds | Shot::QueueTicket)) {
        let _ = state.step(queue::Message::Choose(first.id.clone()), language, now);
        let _ = state.step(queue::Message::WantInterpreter(true), language, now);
        if shot == Shot::QueueTicket {
            let _ = state.step(queue::Message::Confirm, language, now);
            let ticket = TicketResponse {
                ticket_number: format!("{}042", first.prefix),
                service_id: first.id.clone(),
                position: 3,
                estimated_wait_minutes: 12,
                issued_at: at,
                follow_url: Some(format!(
                    "https://ko.example.se/{}/{}042",
                    config.office.id, first.prefix
                )),
            };
            let _ = state.step(queue::Message::Issued(Ok(ticket)), language, now);
        }
    }
    state
}

/// A synpunkt filled in as far as `shot` shows, with sample text in
/// `language` (a paragraph of the screen's own explanation).
fn synpunkt_state(shot: Shot, language: Language) -> synpunkt::State {
    use crate::synpunkt::{Kind, Topic};
    use synpunkt::{Field, Message, Step};
    let mut state = synpunkt::State::new(language);
    let content = synpunkt::builtin_content(language);
    let url = content
        .routes
        .last()
        .map(|r| r.url.clone())
        .unwrap_or_default();
    let steps = [
        Message::Continue,
        Message::Kind(Kind::Complaint),
        Message::Area("center".to_owned()),
        Message::Toggle(Topic::Treatment),
        Message::Toggle(Topic::HandlingTime),
    ];
    for message in steps {
        state.apply(message);
    }
    let sample = crate::t!(language, "syn-intro-what");
    state.set_message(&sample);
    state.set_field(Field::Name, "Anna Svensson");
    state.set_field(Field::Email, "anna.svensson@exempel.se");
    match shot {
        Shot::SynpunktIntro => state.set_step(Step::Intro),
        Shot::SynpunktRoute => {
            state.apply(Message::OpenRoute(3, url));
        }
        Shot::SynpunktTopics => state.set_step(Step::Topics),
        Shot::SynpunktMessage => state.set_step(Step::Message),
        Shot::SynpunktContact => state.set_step(Step::Contact),
        Shot::SynpunktDetails => {
            state.apply(Message::WithContact);
            state.set_field(Field::Phone, "070-123");
            state.apply(Message::EditField(Field::Phone));
            state.apply(Message::FieldDone);
            state.apply(Message::EditField(Field::Phone));
            state.set_step(Step::Details);
        }
        Shot::SynpunktEmail => {
            state.apply(Message::WithContact);
            state.apply(Message::EditField(Field::Email));
        }
        Shot::SynpunktPhone => {
            state.apply(Message::WithContact);
            state.set_field(Field::Phone, "070-123");
            state.apply(Message::EditField(Field::Phone));
            state.apply(Message::FieldDone);
        }
        _ => {
            state.apply(Message::WithContact);
            state.apply(Message::DetailsDone);
        }
    }
    state
}

impl Camera {
    /// Renders the kiosk's current view at `size`, scale 1, as RGBA.
    pub fn render(&mut self, kiosk: &Kiosk, size: Size) -> Vec<u8> {
        self.render_themed(kiosk.view(), &kiosk.theme(), size)
    }
}

/// Puts a kiosk into the state of a feeds screenshot (`shot`); false when
/// `shot` is not one of them.
fn feeds_shot(shot: Shot, kiosk: &mut Kiosk) -> bool {
    use crate::ui::app::Message as App;
    use crate::ui::crisis;
    let at = kiosk.clock().now();
    let (snapshot, messages) = match shot {
        Shot::News => (crate::feeds::sample::news(at), vec![]),
        Shot::CrisisBanner => (
            crate::feeds::sample::crisis(at),
            vec![App::Crisis(crisis::Message::Acknowledge)],
        ),
        Shot::CrisisMessage => (
            crate::feeds::sample::crisis(at),
            vec![
                App::Crisis(crisis::Message::Acknowledge),
                App::Crisis(crisis::Message::Open),
            ],
        ),
        Shot::CrisisTakeover => (crate::feeds::sample::crisis(at), vec![]),
        _ => return false,
    };
    let _ = kiosk.update(App::Feeds(Arc::new(snapshot)));
    for message in messages {
        let _ = kiosk.update(message);
    }
    true
}

/// A wall display in the state of a display screenshot; None when `shot`
/// is not one.
pub fn display_shot(
    config: &Arc<Config>,
    shot: Shot,
    language: Language,
    size: Size,
    wall_clock: NaiveDateTime,
) -> Option<WallDisplay> {
    let slide = match shot {
        Shot::DisplayServing => Slide::NowServing,
        Shot::DisplayNews => Slide::News,
        Shot::DisplayEvents => Slide::Events,
        Shot::DisplayHours => Slide::Hours,
        Shot::DisplayClock | Shot::DisplayCrisis => Slide::Clock,
        _ => return None,
    };
    let clock = Clock::manual_stockholm(wall_clock);
    let now = clock.instant();
    let mut config = (**config).clone();
    config.wall_display.slides = Slide::ALL.to_vec();
    if !config.languages.contains(&language) {
        config.languages.push(language);
    }
    let at = clock.now();
    let mut display = WallDisplay::new(Arc::new(config), None, clock);
    display.set_viewport(size);
    let mut snapshot = crate::feeds::sample::news(at);
    if shot == Shot::DisplayCrisis {
        snapshot.crisis = crate::feeds::sample::crisis(at).crisis;
    }
    let _ = display.update(DisplayMessage::Feeds(Arc::new(snapshot)));
    let called = |minutes: i64| at - chrono::Duration::minutes(minutes);
    let entries = [
        ("A042", "3", 1),
        ("B017", "1", 3),
        ("A041", "2", 6),
        ("C008", "4", 9),
    ]
    .into_iter()
    .map(
        |(number, counter, minutes)| crate::contract::NowServingEntry {
            ticket_number: number.to_owned(),
            service_id: "demo".to_owned(),
            counter: counter.to_owned(),
            called_at: called(minutes),
            language: None,
        },
    )
    .collect();
    let _ = display.update(DisplayMessage::Serving(Some(crate::contract::NowServing {
        office: "demo".to_owned(),
        entries,
    })));
    display.rotation_mut().force(slide, language, now);
    Some(display)
}

/// Renders every requested shot in every requested language, landscape and
/// portrait. Returns the files written.
pub fn render_all(
    config: Config,
    out: &Path,
    shots: &[Shot],
    languages: &[Language],
    text_size: crate::session::TextSize,
    wall_clock: NaiveDateTime,
) -> Result<Vec<PathBuf>, ScreenshotError> {
    fs::create_dir_all(out).map_err(|source| ScreenshotError::Io {
        path: out.to_owned(),
        source,
    })?;
    // A real backend (the built-in central API in a scratch directory), so
    // Home shows the tiles a working kiosk shows.
    let scratch =
        std::env::temp_dir().join(format!("medborgarkiosk-screenshots-{}", std::process::id()));
    let backend = {
        let mut config = config.clone();
        config.data_dir = scratch.clone();
        config.api.base_url = None;
        Backend::start(&config, Clock::manual_stockholm(wall_clock))
            .ok()
            .map(Arc::new)
    };
    let config = Arc::new(config);
    // Detected once for every picture (it asks the program for its voices).
    let engine = if config.speech.enabled {
        crate::speech::Espeak::detect(&config.speech.program)
            .ok()
            .map(Arc::new)
    } else {
        None
    };
    let mut camera = Camera::new()?;
    let mut written = Vec::new();
    for &shot in shots {
        for &language in languages {
            // Start is always in the kiosk's default language: one picture.
            if shot == Shot::Start && languages.len() > 1 && language != config.default_language() {
                continue;
            }
            for (orientation, size) in [("landscape", LANDSCAPE), ("portrait", PORTRAIT)] {
                // With a voice where this machine has one, so the bar looks
                // as on a kiosk with speech (the engine found once, above).
                let speaker = engine.as_ref().map(|engine| {
                    crate::speech::Speaker::new(
                        Some(Box::new(Arc::clone(engine))),
                        crate::speech::VoiceTable::builtin(),
                        crate::speech::Volume::new(config.speech.volume),
                    )
                });
                let rgba = match display_shot(&config, shot, language, size, wall_clock) {
                    Some(display) => camera.render_element(display.view(), size),
                    None => {
                        let mut kiosk = kiosk_for(&config, shot, language, size, wall_clock)
                            .with_backend(backend.clone())
                            .with_speaker(speaker);
                        if text_size != crate::session::TextSize::Normal {
                            let _ = kiosk.update(crate::ui::app::Message::Bar(
                                crate::ui::app::Bar::TextSize(text_size),
                            ));
                        }
                        camera.render(&kiosk, size)
                    }
                };
                let path = out.join(format!(
                    "{}-{}-{}{}.png",
                    shot.name(),
                    language.code(),
                    orientation,
                    match text_size {
                        crate::session::TextSize::Normal => "",
                        crate::session::TextSize::Large => "-large",
                        crate::session::TextSize::Largest => "-largest",
                    }
                ));
                write_png(&path, size, &rgba)?;
                written.push(path);
            }
        }
    }
    drop(backend);
    let _ = fs::remove_dir_all(&scratch);
    Ok(written)
}

/// A query a visitor might type, in the keyboard's script: e-services
/// ("preschool", without diacritics in Swedish) or contacts ("tax").
fn search_sample(language: Language, contacts: bool) -> &'static str {
    match (language, contacts) {
        (Language::Sv | Language::SvEasy | Language::Ti, false) => "forskola",
        (Language::Sv | Language::SvEasy | Language::Ti, true) => "skatt",
        (Language::En, false) => "preschool",
        (Language::En, true) => "tax",
        (Language::Fi, false) => "esikoulu",
        (Language::Fi, true) => "vero",
        (Language::Ar, false) => "روضه",
        (Language::Ar, true) => "الضرائب",
        (Language::Fa, false) => "پیش دبستانی",
        (Language::Fa, true) => "مالیات",
        (Language::So, false) => "xannaano",
        (Language::So, true) => "canshuur",
        (Language::Tr, false) => "anaokulu",
        (Language::Tr, true) => "vergi",
    }
}

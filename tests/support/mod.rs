//! A headless kiosk for flow tests: iced_test's simulator over the real
//! `Kiosk` view, with the clock in the test's hand and the tasks the root
//! returns run to completion (so calls to the central API really happen).
#![allow(dead_code)]

pub mod browser;

use std::sync::Arc;
use std::time::Duration;

use chrono::NaiveDate;
use iced::futures::StreamExt;
use iced::{Rectangle, Size, Task};
use iced_runtime::Action;
use iced_test::Simulator;
use iced_test::selector::Candidate;
use medborgarkiosk::backend::Backend;
use medborgarkiosk::clock::Clock;
use medborgarkiosk::config::Config;
use medborgarkiosk::i18n::Language;
use medborgarkiosk::speech::{Espeak, Speaker, VoiceTable, Volume};
use medborgarkiosk::ui::app::{Kiosk, Message};
use medborgarkiosk::ui::fonts;
use medborgarkiosk::ui::tools::screenshots::{Shot, kiosk_for};
use medborgarkiosk::ui::widget::{TOUCH_TARGET, displayed};

/// espeak-ng, or None when it is not installed and this run does not
/// require it: a newcomer's `cargo test` passes without it (saying what
/// was skipped); CI sets MEDBORGARKIOSK_REQUIRE_ESPEAK=1, and there a
/// missing engine fails.
pub fn espeak() -> Option<Espeak> {
    match Espeak::detect("espeak-ng") {
        Ok(engine) => Some(engine),
        Err(e) if std::env::var_os("MEDBORGARKIOSK_REQUIRE_ESPEAK").is_some() => {
            panic!("{e}\nthese tests need the Debian package espeak-ng (.ci/run installs it)")
        }
        Err(e) => {
            eprintln!("skipped: {e} (apt-get install espeak-ng to run the speech tests)");
            None
        }
    }
}

pub fn config(extra: &str) -> Arc<Config> {
    // Top-level keys of `extra` must come before any table.
    let text = format!(
        "{}{extra}\n[idle]\nquiet_seconds = 90\ncountdown_seconds = 20\n",
        default_data_dir(extra)
    );
    Arc::new(Config::parse(&text, std::path::Path::new("test.toml")).unwrap())
}

/// A `data_dir` line for a config that names none: this test process's
/// own empty directory, never the machine's real kiosk data (a developer's
/// paused kiosk or today's counts must not leak into a test, nor the other
/// way round).
pub fn default_data_dir(extra: &str) -> String {
    static DIR: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    if extra.contains("data_dir") {
        return String::new();
    }
    let dir = DIR.get_or_init(|| tempfile::tempdir().expect("a temp dir"));
    format!("data_dir = {:?}\n", dir.path())
}

fn settings() -> iced::Settings {
    fonts::install();
    iced::Settings {
        default_font: fonts::DEFAULT,
        ..iced::Settings::default()
    }
}

/// iced_test draws with tiny-skia: no display, no GPU. Cargo gives every
/// test `ICED_TEST_BACKEND=tiny-skia` (.cargo/config.toml); a test binary
/// run by hand without it gets it here, once, before its first renderer.
pub fn headless() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        if std::env::var_os("ICED_TEST_BACKEND").is_none_or(|v| v != "tiny-skia") {
            // SAFETY: the first test to draw sets it, before any renderer
            // exists; under cargo it is set already and this never runs.
            unsafe { std::env::set_var("ICED_TEST_BACKEND", "tiny-skia") };
        }
    });
}

/// Every text of any view (e.g. the wall display's), in layout order.
pub fn texts_of<'a, M: 'a>(size: Size, view: iced::Element<'a, M>) -> Vec<String> {
    headless();
    let mut texts = Vec::new();
    let mut ui = Simulator::with_size(settings(), size, view);
    let _ = ui.find(|candidate: Candidate<'_>| -> Option<()> {
        if let Candidate::Text { content, .. } = candidate {
            texts.push(content.to_owned());
        }
        None
    });
    texts
}

/// What every touch screen must give a finger: each target at least
/// 64×64 and at least 16 px from every other. One line per problem, each
/// starting with `place`.
pub fn touch_problems(place: &str, targets: &[Rectangle]) -> Vec<String> {
    touch_problems_of(place, targets, Gaps::All)
}

/// [`touch_problems`] of a screen with layers (an overlay over it): two
/// targets that overlap are not on the same layer, so only their sizes
/// count.
pub fn touch_problems_on_layers(place: &str, targets: &[Rectangle]) -> Vec<String> {
    touch_problems_of(place, targets, Gaps::WhereApart)
}

/// Only the sizes of [`touch_problems`], where the layout's bounds cannot
/// say which targets a finger sees side by side (a list scrolled under
/// the edge of its view).
pub fn touch_sizes(place: &str, targets: &[Rectangle]) -> Vec<String> {
    touch_problems_of(place, targets, Gaps::No)
}

#[derive(PartialEq)]
enum Gaps {
    All,
    WhereApart,
    No,
}

fn touch_problems_of(place: &str, targets: &[Rectangle], gaps: Gaps) -> Vec<String> {
    let mut problems = Vec::new();
    for (i, a) in targets.iter().enumerate() {
        if a.width < 64.0 || a.height < 64.0 {
            problems.push(format!("{place}: target {a:?} smaller than 64×64"));
        }
        for b in &targets[i + 1..] {
            if gaps == Gaps::No || (gaps == Gaps::WhereApart && a.intersects(b)) {
                continue;
            }
            let gap_x = (b.x - (a.x + a.width)).max(a.x - (b.x + b.width));
            let gap_y = (b.y - (a.y + a.height)).max(a.y - (b.y + b.height));
            if gap_x.max(gap_y) < 16.0 - 0.5 {
                problems.push(format!(
                    "{place}: targets {a:?} and {b:?} closer than 16 px"
                ));
            }
        }
    }
    problems
}

/// Every text of any view with its bounds, and the bounds of each
/// container whose id is `id`.
pub fn layout_of<'a, M: 'a>(
    size: Size,
    view: iced::Element<'a, M>,
    id: &'static str,
) -> (Vec<(String, Rectangle)>, Vec<Rectangle>) {
    headless();
    let mut texts = Vec::new();
    let mut containers = Vec::new();
    let mut ui = Simulator::with_size(settings(), size, view);
    let _ = ui.find(|candidate: Candidate<'_>| -> Option<()> {
        match candidate {
            Candidate::Text {
                content, bounds, ..
            } => texts.push((content.to_owned(), bounds)),
            Candidate::Container {
                id: Some(found),
                bounds,
                ..
            } if *found == iced::widget::Id::new(id) => containers.push(bounds),
            _ => {}
        }
        None
    });
    (texts, containers)
}

/// The kiosk's screens and overlays that the screenshots tool puts up
/// (`Shot::ALL` but the wall display's, which is another window).
pub fn kiosk_shots() -> impl Iterator<Item = Shot> {
    Shot::ALL
        .into_iter()
        .filter(|shot| !shot.name().starts_with("display"))
}

/// A harness showing `shot` in `language` as the screenshots tool puts it
/// up, on Monday 23 November 2026 at noon.
pub fn on_shot(config: &Arc<Config>, shot: Shot, language: Language, size: Size) -> Harness {
    let noon = NaiveDate::from_ymd_opt(2026, 11, 23)
        .and_then(|d| d.and_hms_opt(12, 0, 0))
        .expect("a date");
    let kiosk = kiosk_for(config, shot, language, size, noon);
    let mut h = Harness::at(config.clone(), size, kiosk.clock().clone());
    h.kiosk = kiosk;
    h
}

/// Monday 23 November 2026, 12:00 in Stockholm: the moment a harness
/// starts at unless a test chooses another (a synpunkt sent then is
/// answered by Wednesday 25 November).
pub fn monday_noon() -> Clock {
    Clock::manual_stockholm(
        NaiveDate::from_ymd_opt(2026, 11, 23)
            .unwrap()
            .and_hms_opt(12, 0, 0)
            .unwrap(),
    )
}

pub struct Harness {
    pub kiosk: Kiosk,
    /// The one clock of this test: the kiosk's, its backend's and (through
    /// [`LoopbackCentral`]) the central API's. It stands still until the
    /// test moves it.
    pub clock: Clock,
    pub size: Size,
    /// The kiosk's backend, if it has one.
    pub backend: Option<Arc<Backend>>,
    /// The data directory of a backend the harness started itself.
    _dir: Option<tempfile::TempDir>,
    runtime: tokio::runtime::Runtime,
}

impl Harness {
    /// A kiosk on Monday 23 November 2026 at noon (a synpunkt sent then is
    /// answered by Wednesday 25 November), without a central API.
    pub fn new(size: Size) -> Self {
        Harness::with(config(""), None, size)
    }

    /// A kiosk with the built-in central API on loopback (online), its data
    /// in a temporary directory.
    pub fn online(size: Size) -> Self {
        Harness::with_api(size, None)
    }

    /// A kiosk whose central API does not answer (offline): the outbox
    /// keeps what is sent.
    pub fn offline(size: Size) -> Self {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        drop(listener);
        Harness::with_api(size, Some(url))
    }

    /// A kiosk with a backend in a temporary data directory: the built-in
    /// central API, or the API at `base_url` (no retries).
    pub fn with_api(size: Size, base_url: Option<String>) -> Self {
        Harness::with_api_at(size, base_url, monday_noon())
    }

    /// The built-in central API on loopback (online), kiosk and server on
    /// `clock`.
    pub fn online_at(size: Size, clock: Clock) -> Self {
        Harness::with_api_at(size, None, clock)
    }

    /// [`Harness::with_api`] on `clock`.
    pub fn with_api_at(size: Size, base_url: Option<String>, clock: Clock) -> Self {
        let dir = tempfile::tempdir().unwrap();
        let mut text = format!("data_dir = {:?}\n", dir.path());
        if let Some(url) = base_url {
            let token = dir.path().join("token");
            std::fs::write(&token, "offline-token-0123456789abcdef0123").unwrap();
            text +=
                &format!("[api]\nbase_url = {url:?}\ntoken_file = {token:?}\nmax_retries = 0\n");
        }
        let config = Arc::new(Config::parse(&text, std::path::Path::new("test.toml")).unwrap());
        let backend = Arc::new(Backend::start(&config, clock).expect("backend starts"));
        let mut h = Harness::with(config, Some(backend), size);
        h._dir = Some(dir);
        h
    }

    /// A kiosk on `backend`'s clock (Monday noon without a backend).
    pub fn with(config: Arc<Config>, backend: Option<Arc<Backend>>, size: Size) -> Self {
        let clock = backend
            .as_ref()
            .map_or_else(monday_noon, |b| b.clock().clone());
        Harness::build(config, backend, size, None, clock)
    }

    /// A kiosk without a backend whose clock is `clock`.
    pub fn at(config: Arc<Config>, size: Size, clock: Clock) -> Self {
        Harness::build(config, None, size, None, clock)
    }

    /// A kiosk that speaks with the real espeak-ng, its "player" a 30 s
    /// sleep: nothing is heard, and speech lasts long enough to be seen.
    ///
    /// None when espeak-ng is not installed and this run does not require
    /// it (see [`espeak`]): the test then returns early.
    pub fn speaking(size: Size) -> Option<Self> {
        let engine = espeak()?.with_player(vec!["sleep".to_owned(), "30".to_owned()]);
        let speaker = Speaker::new(
            Some(Box::new(engine)),
            VoiceTable::builtin(),
            Volume::NORMAL,
        );
        Some(Harness::build(
            config(""),
            None,
            size,
            Some(speaker),
            monday_noon(),
        ))
    }

    /// Whether the kiosk is speaking now.
    pub fn is_speaking(&self) -> bool {
        self.kiosk.speech().is_speaking()
    }

    fn build(
        config: Arc<Config>,
        backend: Option<Arc<Backend>>,
        size: Size,
        speaker: Option<Speaker>,
        clock: Clock,
    ) -> Self {
        headless();
        let mut kiosk = Kiosk::new(config, clock.clone())
            .with_backend(backend.clone())
            .with_speaker(speaker);
        kiosk.set_viewport(size);
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        Harness {
            kiosk,
            clock,
            size,
            backend,
            _dir: None,
            runtime,
        }
    }

    pub fn ui(&self) -> Simulator<'_, Message> {
        Simulator::with_size(settings(), self.size, self.kiosk.view())
    }

    /// Feeds a message to the kiosk and runs the tasks it starts, and the
    /// tasks their messages start, to the end.
    pub fn send(&mut self, message: Message) {
        // In order: a task's messages arrive as it produces them.
        let mut queue = std::collections::VecDeque::from([message]);
        while let Some(message) = queue.pop_front() {
            let task = self.kiosk.update(message);
            queue.extend(self.run(task));
        }
    }

    /// Runs a task `update` returned (and what its messages start) to
    /// the end: tests that look between the update and its task.
    pub fn finish(&mut self, task: Task<Message>) {
        for message in self.run(task) {
            self.send(message);
        }
    }

    fn run(&self, task: Task<Message>) -> Vec<Message> {
        let Some(stream) = iced_runtime::task::into_stream(task) else {
            return Vec::new();
        };
        self.runtime.block_on(
            stream
                .filter_map(|action| async move {
                    match action {
                        Action::Output(message) => Some(message),
                        _ => None,
                    }
                })
                .collect(),
        )
    }

    /// Clicks the text (as drawn) and feeds the resulting messages back.
    pub fn click(&mut self, text: &str) {
        let messages: Vec<Message> = {
            let mut ui = self.ui();
            ui.click(text)
                .unwrap_or_else(|e| panic!("cannot click {text:?}: {e:?}"));
            ui.into_messages().collect()
        };
        assert!(!messages.is_empty(), "clicking {text:?} did nothing");
        for message in messages {
            self.send(message);
        }
    }

    pub fn click_in(&mut self, language: Language, text: &str) {
        self.click(&displayed(language, text));
    }

    /// Types by clicking keys; `script` is the language the key labels are
    /// drawn in (Arabic for the Arabic and Persian layouts).
    pub fn type_keys(&mut self, script: Language, keys: &[&str]) {
        for key in keys {
            self.click_in(script, key);
        }
    }

    pub fn bounds_of(&self, language: Language, text: &str) -> Rectangle {
        let shown = displayed(language, text);
        self.ui()
            .find(shown.as_str())
            .unwrap_or_else(|e| panic!("{text:?} not on screen: {e:?}"))
            .bounds()
    }

    pub fn shows(&self, language: Language, text: &str) -> bool {
        let shown = displayed(language, text);
        self.ui().find(shown.as_str()).is_ok()
    }

    /// Every text and every touch target on screen.
    pub fn layout(&self) -> (Vec<(String, Rectangle)>, Vec<Rectangle>) {
        let mut texts = Vec::new();
        let mut targets = Vec::new();
        let mut ui = self.ui();
        let _ = ui.find(|candidate: Candidate<'_>| -> Option<()> {
            match candidate {
                Candidate::Text {
                    content, bounds, ..
                } => texts.push((content.to_owned(), bounds)),
                Candidate::Container {
                    id: Some(id),
                    bounds,
                    ..
                } if *id == iced::widget::Id::new(TOUCH_TARGET) => targets.push(bounds),
                _ => {}
            }
            None
        });
        (texts, targets)
    }

    /// All texts on screen, in layout order.
    pub fn texts(&self) -> Vec<String> {
        self.layout().0.into_iter().map(|(t, _)| t).collect()
    }

    /// Lets the window draw one frame of the current view, as it does after
    /// every change, and feeds back what the view said while drawing (a
    /// page that does not fit says so: the "more below" cue).
    pub fn redraw(&mut self) {
        let mut ui = self.ui();
        ui.simulate([iced::Event::Window(iced::window::Event::RedrawRequested(
            self.clock.instant(),
        ))]);
        let messages: Vec<Message> = ui.into_messages().collect();
        for message in messages {
            self.send(message);
        }
    }

    /// Moves the clock on by `seconds` and gives the kiosk its tick.
    pub fn advance(&mut self, seconds: u64) {
        self.clock.advance(Duration::from_secs(seconds));
        self.kiosk.tick();
    }

    /// Goes to a screen directly, now.
    pub fn show(&mut self, screen: medborgarkiosk::ui::screen::Screen) {
        let now = self.clock.instant();
        self.kiosk.show(screen, now);
    }
}

/// A kiosk config whose central API is `base_url`: data in `dir/kiosk`, the
/// token in `dir/token`, no retries and short timeouts (a test waits for
/// nothing), then `extra` (further tables, e.g. `[printer]`).
pub fn api_config(dir: &std::path::Path, base_url: &str, token: &str, extra: &str) -> Arc<Config> {
    let token_file = dir.join("token");
    std::fs::write(&token_file, token).unwrap();
    config(&format!(
        "data_dir = {:?}\n[api]\nbase_url = {base_url:?}\ntoken_file = {token_file:?}\n\
         max_retries = 0\nconnect_timeout_ms = 500\nrequest_timeout_ms = 2000\n{extra}\n",
        dir.join("kiosk"),
    ))
}

fn counter_token(kiosk_token: &str, counter: &str) -> String {
    format!("{kiosk_token}-counter-{counter}")
}

/// The reference central API (the demo offices) on loopback, on a runtime
/// of its own, its clock standing still at a chosen moment.
pub struct LoopbackCentral {
    pub dir: tempfile::TempDir,
    pub runtime: tokio::runtime::Runtime,
    pub server: medborgarkiosk::central::LocalCentral,
    pub token: String,
    /// The server's clock: kiosks started with [`LoopbackCentral::backend`]
    /// share it, so kiosk and server agree on "now" on any date.
    pub clock: Clock,
}

impl LoopbackCentral {
    /// The server with the clock at `at`; `follow_url` is the demo's
    /// ticket-follow link template (None: the demo's own). `token` is the
    /// token of kiosk `kiosk-1` (the harness configs' kiosk id); desks 1-9
    /// of `botkyrka-tumba` have tokens of their own
    /// ([`LoopbackCentral::counter_token`]); no practical rate limit.
    pub fn start(token: &str, at: chrono::DateTime<chrono::Utc>, follow_url: Option<&str>) -> Self {
        let follow_url = follow_url.map(str::to_owned);
        Self::start_with(token, at, move |mut config| {
            if let Some(url) = follow_url {
                config.follow_url = Some(url);
            }
            config
        })
    }

    /// [`LoopbackCentral::start`] with the demo config changed by `configure`
    /// (after the tokens are added).
    pub fn start_with(
        token: &str,
        at: chrono::DateTime<chrono::Utc>,
        configure: impl FnOnce(
            medborgarkiosk::central::CentralConfig,
        ) -> medborgarkiosk::central::CentralConfig,
    ) -> Self {
        use medborgarkiosk::central::{self, Central, CentralConfig, Limits, Role, TokenConfig};
        let dir = tempfile::tempdir().unwrap();
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let mut central_config = CentralConfig::demo()
            .with_token(TokenConfig::for_token(Role::Kiosk, "kiosk-1", token).unwrap())
            .with_limits(Limits::generous());
        for counter in 1..=9 {
            let id = counter.to_string();
            central_config = central_config.with_token(
                TokenConfig::for_token(Role::Counter, &id, &counter_token(token, &id))
                    .unwrap()
                    .in_office("botkyrka-tumba"),
            );
        }
        let central_config = configure(central_config);
        let clock = Clock::manual(at);
        let central = Central::open(
            central_config,
            &dir.path().join("central.sqlite3"),
            clock.clone(),
        )
        .unwrap();
        let server = runtime
            .block_on(central::spawn(
                central,
                std::net::SocketAddr::from(([127, 0, 0, 1], 0)),
                token.to_owned(),
            ))
            .unwrap();
        LoopbackCentral {
            dir,
            runtime,
            server,
            token: token.to_owned(),
            clock,
        }
    }

    /// A kiosk backend for `config` on this server's clock.
    pub fn backend(&self, config: &Config) -> Arc<Backend> {
        Arc::new(Backend::start(config, self.clock.clone()).expect("backend starts"))
    }

    pub fn base_url(&self) -> &str {
        &self.server.base_url
    }

    /// The token of desk `counter` (1-9) in `botkyrka-tumba`.
    pub fn counter_token(&self, counter: &str) -> String {
        counter_token(&self.token, counter)
    }

    /// Desk `counter` of `botkyrka-tumba` calls the next visitor (any
    /// service), with the desk's own token: what the desk is told.
    pub fn call_next(&self, counter: &str) -> Option<medborgarkiosk::contract::CalledTicket> {
        let desk = medborgarkiosk::api::client::ApiClient::new(
            self.base_url(),
            &self.counter_token(counter),
            &Default::default(),
        )
        .unwrap();
        let counter = counter.to_owned();
        self.runtime
            .block_on(async move {
                desk.call_next(
                    "botkyrka-tumba",
                    &counter,
                    &medborgarkiosk::contract::CallNextRequest::default(),
                    uuid::Uuid::new_v4(),
                )
                .await
            })
            .unwrap()
            .called
    }

    /// A kiosk config that uses this server (see [`api_config`]).
    pub fn kiosk_config(&self, extra: &str) -> Arc<Config> {
        api_config(self.dir.path(), self.base_url(), &self.token, extra)
    }
}

/// An engine that speaks nothing and remembers everything it was asked to
/// say: the transcript of a test.
#[derive(Debug, Default, Clone)]
pub struct Recorder(pub Arc<std::sync::Mutex<Vec<String>>>);

impl Recorder {
    pub fn said(&self) -> Vec<String> {
        self.0.lock().unwrap().clone()
    }

    /// Everything said, as one text.
    pub fn transcript(&self) -> String {
        self.said().join("\n")
    }

    pub fn clear(&self) {
        self.0.lock().unwrap().clear();
    }
}

impl medborgarkiosk::speech::SpeechEngine for Recorder {
    fn name(&self) -> String {
        "recorder".into()
    }
    fn has_voice(&self, _voice: &str) -> bool {
        true
    }
    fn speak(
        &self,
        text: &str,
        _voice: &str,
        _volume: Volume,
        rate: medborgarkiosk::speech::Rate,
    ) -> Result<(), medborgarkiosk::speech::SpeechError> {
        let mut said = self.0.lock().unwrap();
        // The transcript notes a rate other than normal, so a test can hear
        // that easy-to-read Swedish is read slower.
        if rate != medborgarkiosk::speech::Rate::NORMAL {
            said.push(format!("(rate {}%)", rate.percent()));
        }
        said.push(text.to_owned());
        Ok(())
    }
    fn cancel(&self) {}
    fn is_speaking(&self) -> bool {
        false
    }
    fn chime(&self) -> Result<(), medborgarkiosk::speech::SpeechError> {
        self.0.lock().unwrap().push(CHIME.to_owned());
        Ok(())
    }
}

/// What the recorder notes for the attention tone.
pub const CHIME: &str = "(chime)";

/// The iced key of a W3C key name.
pub fn iced_key(name: &str) -> iced::keyboard::Key {
    use iced::keyboard::{Key, key::Named};
    let named = match name {
        "Tab" => Named::Tab,
        "Enter" => Named::Enter,
        " " => Named::Space,
        "Escape" => Named::Escape,
        "Home" => Named::Home,
        "Backspace" => Named::Backspace,
        "ArrowUp" => Named::ArrowUp,
        "ArrowDown" => Named::ArrowDown,
        "ArrowLeft" => Named::ArrowLeft,
        "ArrowRight" => Named::ArrowRight,
        "F1" => Named::F1,
        "F14" => Named::F14,
        "F5" => Named::F5,
        other => return Key::Character(other.into()),
    };
    Key::Named(named)
}

impl Harness {
    /// The bar as an installed kiosk shows it, with the Listen button (a
    /// kiosk with espeak-ng offers it): the layout tests measure with it,
    /// since it takes room in the bar and may make its buttons wrap.
    pub fn with_listen_button(&mut self) {
        let _ = self.listening();
    }

    /// Gives the kiosk a recording voice; returns the recorder.
    pub fn listening(&mut self) -> Recorder {
        let recorder = Recorder::default();
        let speaker = Speaker::new(
            Some(Box::new(recorder.clone())),
            VoiceTable::builtin(),
            Volume::NORMAL,
        );
        let kiosk = std::mem::replace(&mut self.kiosk, Kiosk::new(config(""), self.clock.clone()));
        self.kiosk = kiosk.with_speaker(Some(speaker));
        recorder
    }

    /// Presses a key as a keyboard or keypad sends it: the focused control
    /// takes Select itself, as in the window, and the root gets the key.
    pub fn key(&mut self, name: &str) {
        let (taken, messages) = {
            let mut ui = self.ui();
            let status = ui.tap_key(iced_key(name));
            (
                status == iced::event::Status::Captured,
                ui.into_messages().collect::<Vec<_>>(),
            )
        };
        for message in messages {
            self.send(message);
        }
        let press = medborgarkiosk::ui::app::KeyPress {
            taken,
            ..medborgarkiosk::ui::app::KeyPress::named(name)
        };
        self.send(Message::Key(press));
        // Draw, so the focus scope follows.
        let _ = self.ui();
    }

    /// Shift+Tab: the focus goes back one control.
    pub fn shift_tab(&mut self) {
        self.send(Message::Key(medborgarkiosk::ui::app::KeyPress {
            shift: true,
            ..medborgarkiosk::ui::app::KeyPress::named("Tab")
        }));
        // Draw, so the focus scope follows.
        let _ = self.ui();
    }

    /// Types on a physical keyboard.
    pub fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            self.send(Message::Key(medborgarkiosk::ui::app::KeyPress::typed(c)));
        }
        let _ = self.ui();
    }

    /// Tabs until the focused control's label starts with `label`
    /// (at most once round), then presses Enter.
    pub fn choose_by_keys(&mut self, label: &str) {
        let _ = self.ui();
        for _ in 0..120 {
            if let Some((focused, _)) = self.kiosk.focused()
                && focused.starts_with(label)
            {
                self.key("Enter");
                return;
            }
            self.key("Tab");
        }
        panic!(
            "no control {label:?} reachable by Tab; focus at {:?}, screen {:?}",
            self.kiosk.focused(),
            self.texts()
        );
    }
}

//! The kiosk's effects behind one plain-Rust façade: the screens ask
//! `Services` to list the queue's services, issue a ticket, print it,
//! submit a synpunkt, speak, count, reload content and read the clock, and
//! get back plain values or futures the UI turns into tasks. No iced here:
//! everything is unit-tested without a window (see the tests below).
//!
//! `Services` owns the process's one [`Clock`], so a receipt's answer-by
//! date and the date the screen promises come from the same "now". It is
//! shared by reference with every screen (`&Services` in the screen's
//! `Env`); what changes while a visitor uses the kiosk (the speaker, staff
//! state and counts, the served content) sits behind a lock inside. The
//! futures it returns own what they need (`'static`), so they run on any
//! executor, never on the UI thread: the outbox's commit (an fsync) runs on
//! a blocking thread.

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Instant;

use chrono::{DateTime, NaiveDate, Utc};

use crate::backend::Backend;
use crate::clock::{self, Clock};
use crate::config::Config;
use crate::content::{Catalog, ContentCheck, ContentProblem, ContentStore, ReloadOutcome};
use crate::contract::{Service, TicketNeeds, TicketRequest, TicketResponse};
use crate::i18n::Language;
use crate::keyboard::{Key, Keyboard};
use crate::outbox::FirstAttempt;
use crate::print::{FailReason, PrintOutcome, Printer, TicketPrint};
use crate::queue::Failure;
use crate::speech::{Availability, Speaker, ToUtterance};
use crate::staff::{Counted, PinOutcome, Staff};
use crate::synpunkt::{Draft, Receipt};

/// How long the receipt waits for the first delivery attempt before it
/// says the synpunkt waits at the kiosk.
pub const DELIVERY_WAIT: std::time::Duration = std::time::Duration::from_secs(8);

/// A future a service returns: owns what it needs, runs anywhere.
pub type Effect<T> = Pin<Box<dyn Future<Output = T> + Send + 'static>>;

/// Renders and sends a ticket to the printer. The kiosk's implementation
/// draws the ticket with the UI's renderer (so Arabic and Tigrinya print);
/// tests give one of their own.
pub trait TicketPrinter: Send + Sync {
    fn print(&self, printer: Printer, ticket: TicketPrint) -> Effect<PrintOutcome>;
}

/// No printer renderer (a kiosk without a window, or tests that print
/// nothing): every job fails as "not configured".
#[derive(Debug, Default)]
pub struct NoPrinter;

impl TicketPrinter for NoPrinter {
    fn print(&self, _: Printer, _: TicketPrint) -> Effect<PrintOutcome> {
        Box::pin(std::future::ready(PrintOutcome::failed(
            FailReason::NotConfigured,
        )))
    }
}

/// Why a synpunkt could not be stored: the visitor stays on the review and
/// nothing is claimed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SubmitError {
    #[error("no central API or outbox on this kiosk")]
    NoOutbox,
    #[error("the outbox refused it: {0}")]
    Outbox(String),
}

/// Speech for this visitor: the speaker, and the language speech was
/// turned on in (then every key pressed is spoken).
#[derive(Debug, Default)]
pub struct Speech {
    pub speaker: Option<Speaker>,
    /// `None` after a reset.
    pub on: Option<Language>,
    /// How many utterances were started (a screen that spoke for itself
    /// is not talked over).
    pub said: u64,
    /// Before the speaker has started: whether it most likely will speak
    /// ([`Speaker::likely`]); the Listen button is shown on that.
    pub expected: bool,
}

impl Speech {
    pub fn can_speak(&self) -> bool {
        self.speaker.as_ref().is_some_and(Speaker::has_engine)
    }

    /// Whether the Listen button is shown: speech works, or, until the
    /// speaker has started, most likely will (so the bar is laid out once).
    pub fn offers_listen(&self) -> bool {
        match &self.speaker {
            Some(speaker) => speaker.has_engine(),
            None => self.expected,
        }
    }

    pub fn is_speaking(&self) -> bool {
        self.speaker.as_ref().is_some_and(Speaker::is_speaking)
    }

    pub fn stop(&self) {
        if let Some(speaker) = &self.speaker {
            speaker.stop();
        }
    }

    /// Says `text` in `language` (errors are logged: speech is best effort).
    pub fn say<T: ToUtterance + ?Sized>(&mut self, text: &T, language: Language) {
        self.said += 1;
        if let Some(speaker) = &mut self.speaker
            && let Err(e) = speaker.speak(text, language)
        {
            tracing::warn!(error = %e, "speech failed");
        }
    }

    /// Says a screen; what the visitor typed is read only in a private
    /// headset (on the loudspeaker: how many characters were typed).
    pub fn say_screen(&mut self, text: &crate::describe::ScreenText, language: Language) {
        if self.private() {
            self.say(text, language);
        } else {
            let public = text.for_loudspeaker(|count| {
                crate::t!(language, "text-entered", count = (count as u32))
            });
            self.say(&public, language);
        }
    }

    /// Whether speech goes to a private headset now.
    pub fn private(&self) -> bool {
        self.speaker.as_ref().is_some_and(Speaker::headphones)
    }

    pub fn availability(&self, language: Language) -> Option<Availability> {
        self.speaker.as_ref().map(|s| s.availability(language))
    }

    /// Silence, the default volume, and no memory of what was read.
    pub fn reset(&mut self) {
        if let Some(speaker) = &mut self.speaker {
            speaker.reset();
        }
        self.on = None;
    }
}

pub struct Services {
    config: Arc<Config>,
    clock: Clock,
    /// The central API and outbox; `None` until they have started (after
    /// the first frame) or where they could not start.
    backend: Option<Arc<Backend>>,
    /// Guides, forms and contacts (empty: those flows have no tile).
    catalog: Arc<Catalog>,
    /// The override content directory being served, checked once a minute.
    content_store: Option<Watched>,
    speech: Mutex<Speech>,
    staff: Arc<Mutex<Staff>>,
    printer: Arc<dyn TicketPrinter>,
    /// When a synpunkt sent at a moment is answered (two Swedish working
    /// days): `calendar::answer_by`.
    answer_by: fn(DateTime<Utc>) -> NaiveDate,
}

impl std::fmt::Debug for Services {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Services")
            .field("clock", &self.clock)
            .field("backend", &self.backend.is_some())
            .finish_non_exhaustive()
    }
}

impl Services {
    /// The services of a kiosk with `config`, keeping time by `clock`;
    /// content is loaded (the override directory, else the bundled
    /// content), staff state opened from the data directory. The backend
    /// and the speaker join later ([`Services::attach`]).
    pub fn new(config: Arc<Config>, clock: Clock, printer: Arc<dyn TicketPrinter>) -> Services {
        let content = Content::load(&config);
        let mut services = Services::awaiting_content(config, clock, printer);
        services.set_content(content);
        services
    }

    /// The same, but without guides, forms and contacts until the content
    /// joins ([`Services::set_content`]): the kiosk's window loads it
    /// beside itself after its first frame, which does not need it.
    pub fn awaiting_content(
        config: Arc<Config>,
        clock: Clock,
        printer: Arc<dyn TicketPrinter>,
    ) -> Services {
        let staff = Staff::new(&config.staff, &config.data_dir, clock.now());
        Services {
            staff: Arc::new(Mutex::new(staff)),
            catalog: Content::none().catalog,
            content_store: None,
            config,
            clock,
            backend: None,
            speech: Mutex::new(Speech::default()),
            printer,
            answer_by: crate::calendar::answer_by,
        }
    }

    pub fn config(&self) -> &Arc<Config> {
        &self.config
    }

    pub fn clock(&self) -> &Clock {
        &self.clock
    }

    pub fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    pub fn today(&self) -> NaiveDate {
        self.clock.today()
    }

    pub fn backend(&self) -> Option<&Arc<Backend>> {
        self.backend.as_ref()
    }

    /// Whether the central API (and so tickets and synpunkter) is there.
    pub fn has_api(&self) -> bool {
        self.backend.is_some()
    }

    /// The central API joins (tests give one on loopback).
    pub fn set_backend(&mut self, backend: Option<Arc<Backend>>) {
        if let Some(backend) = &backend {
            backend.deliver_stats(self.staff().stats());
        }
        self.backend = backend;
        self.report_content();
    }

    /// The speaker joins; it takes the staff's headphone setting.
    pub fn set_speaker(&mut self, mut speaker: Option<Speaker>) {
        if let Some(speaker) = &mut speaker {
            speaker.set_headphones(self.staff().settings().headphones);
        }
        self.speech().speaker = speaker;
        self.report_content();
    }

    /// The services started beside the window join: the heartbeat learns
    /// the feeds (when configured), the content and speech.
    pub fn attach(
        &mut self,
        backend: Option<Arc<Backend>>,
        speaker: Option<Speaker>,
        feeds: Option<Vec<crate::feeds::SourceStatus>>,
    ) {
        if let (Some(backend), Some(feeds)) = (&backend, feeds) {
            backend.health.set_feeds(Some(feeds));
        }
        self.backend = backend;
        self.set_speaker(speaker);
    }

    /// The backend and the speaker, handed over to another kiosk (the
    /// measuring walk).
    pub fn hand_over(&mut self) -> (Option<Arc<Backend>>, Option<Speaker>) {
        (self.backend.take(), self.speech().speaker.take())
    }

    /// Replaces the rule that dates an answer (tests).
    pub fn set_answer_by(&mut self, answer_by: fn(DateTime<Utc>) -> NaiveDate) {
        self.answer_by = answer_by;
    }

    // ------------------------------------------------------------ content

    pub fn catalog(&self) -> &Arc<Catalog> {
        &self.catalog
    }

    /// Serves `content`, loaded for this kiosk's config.
    pub fn set_content(&mut self, content: Content) {
        self.content_store = content.store.map(Watched::new);
        self.set_catalog(content.catalog);
    }

    /// Serves `catalog` (a background check found good new content).
    pub fn set_catalog(&mut self, catalog: Arc<Catalog>) {
        self.catalog = catalog;
        self.report_content();
    }

    /// Serves `catalog` and stops checking the override directory (the
    /// caller reloads it).
    pub fn use_catalog(&mut self, catalog: Arc<Catalog>) {
        self.content_store = None;
        self.set_catalog(catalog);
    }

    /// Whether an override directory is checked for changes.
    pub fn watches_content(&self) -> bool {
        self.content_store.is_some()
    }

    /// The minute's content check, to run on a blocking thread: the
    /// override's files are hashed (parsed only when changed); the new
    /// catalog when good changed content was loaded. `None` without an
    /// override.
    pub fn content_check(&self) -> Option<Effect<Option<Arc<Catalog>>>> {
        let store = self.content_store.clone()?;
        Some(Box::pin(async move {
            tokio::task::spawn_blocking(move || check_store(&store, false).1)
                .await
                .ok()
                .flatten()
        }))
    }

    /// Checks the content now (`forced`: reload even if unchanged) and
    /// serves what was found good; returns the problems with file and line
    /// and whether older content is still served.
    pub fn check_content_now(&mut self, forced: bool) -> ContentCheck {
        let Some(store) = &self.content_store else {
            // Bundled content: it cannot change while the kiosk runs.
            return ContentCheck {
                outcome: ReloadOutcome::Unchanged,
                problems: self.catalog().warnings().to_vec(),
                stale: false,
            };
        };
        let (check, catalog) = check_store(&store.clone(), forced);
        if let Some(catalog) = catalog {
            self.set_catalog(catalog);
        }
        check
    }

    /// The staff panel's reload, to run on a blocking thread: the override
    /// reloaded even if unchanged; the check, and the new catalog when good
    /// content was loaded. `None` without an override (bundled content
    /// cannot change while the kiosk runs: see [`Self::check_content_now`]).
    pub fn content_reload(&self) -> Option<Effect<(ContentCheck, Option<Arc<Catalog>>)>> {
        let store = self.content_store.clone()?;
        Some(Box::pin(async move {
            let reloaded = tokio::task::spawn_blocking(move || check_store(&store, true)).await;
            reloaded.unwrap_or_else(|e| {
                // The load panicked: what was served is served still.
                tracing::error!(error = %e, "the content reload did not finish");
                let check = ContentCheck {
                    outcome: ReloadOutcome::KeptPrevious { errors: 0 },
                    problems: Vec::new(),
                    stale: false,
                };
                (check, None)
            })
        }))
    }

    /// The problems of the content's last load (file and line, for IT) and
    /// whether older content is served because that load failed.
    /// Never waits for a check in progress (the staff panel's status
    /// line asks on the UI thread).
    pub fn content_problems(&self) -> (Vec<String>, bool) {
        match &self.content_store {
            Some(watched) => watched
                .found
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .clone(),
            None => (Vec::new(), false),
        }
    }

    /// Tells the heartbeat what content is served and whether speech works.
    pub fn report_content(&self) {
        if let Some(backend) = &self.backend {
            let (_, broken) = self.content_problems();
            backend
                .health
                .set_content(self.catalog().version().to_string(), broken);
            if let Some(speaker) = &self.speech().speaker {
                backend.health.set_speech_missing(!speaker.has_engine());
            }
        }
    }

    // -------------------------------------------------------------- queue

    /// The office's services with their live waits.
    pub fn list_services(&self) -> Effect<Result<Vec<Service>, Failure>> {
        let Some(backend) = self.backend.clone() else {
            return Box::pin(std::future::ready(Err(Failure::Unreachable)));
        };
        Box::pin(async move {
            let result = backend.client.services(&backend.office).await;
            note_api(&backend, &result);
            result.map_err(|e| Failure::of(&e))
        })
    }

    /// Asks the central API for a ticket, stamped now. One idempotency key
    /// per call: the client's retries can never issue two tickets.
    pub fn issue_ticket(
        &self,
        service_id: String,
        needs: TicketNeeds,
        topic: Option<String>,
        language: Language,
    ) -> Effect<Result<TicketResponse, Failure>> {
        let Some(backend) = self.backend.clone() else {
            return Box::pin(std::future::ready(Err(Failure::Unreachable)));
        };
        let request = TicketRequest {
            service_id,
            office: backend.office.clone(),
            kiosk_id: backend.kiosk_id.clone(),
            language,
            needs,
            requested_at: self.clock.now(),
            topic,
        };
        let key = uuid::Uuid::new_v4();
        tracing::info!(service = %request.service_id, "ticket requested");
        Box::pin(async move {
            let result = backend.client.create_ticket(&request, key).await;
            note_api(&backend, &result);
            result.map_err(|e| {
                tracing::warn!(error_class = ?e.class(), "no ticket issued");
                Failure::of(&e)
            })
        })
    }

    /// Whether tickets are printed here.
    pub fn has_printer(&self) -> bool {
        self.config.printer.target.is_some()
    }

    /// Prints an issued ticket in the background (`None` without a
    /// printer): the ticket is on screen whatever the printer does.
    pub fn print_ticket(
        &self,
        ticket: &TicketResponse,
        service: &Service,
        language: Language,
    ) -> Option<Effect<PrintOutcome>> {
        if !self.has_printer() {
            return None;
        }
        let job = TicketPrint {
            number: ticket.ticket_number.clone(),
            service: crate::queue::service_name(service, language),
            service_sv: crate::queue::service_name(service, Language::Sv),
            position: ticket.position,
            wait_minutes: ticket.estimated_wait_minutes,
            issued_at: clock::stockholm(ticket.issued_at),
            follow_url: ticket.follow_url.clone(),
            language,
            office: self.config.office.name.clone(),
        };
        Some(self.printer.print(self.config.printer.clone(), job))
    }

    // ----------------------------------------------------------- synpunkt

    /// The date an answer would come by if a synpunkt were sent now.
    pub fn answer_by_now(&self) -> NaiveDate {
        (self.answer_by)(self.clock.now())
    }

    /// Whether this kiosk runs the built-in demo API on purpose
    /// (`demo = true`): nothing reaches the municipality, nothing is
    /// promised.
    pub fn is_demo(&self) -> bool {
        self.config.demo
    }

    /// Commits a synpunkt to the durable outbox (on a blocking thread: the
    /// commit is an fsync) and resolves to the visitor's receipt; the
    /// outbox delivers it in the background. Counted once stored.
    pub fn submit_synpunkt(
        &self,
        draft: Draft,
        language: Language,
    ) -> Effect<Result<Receipt, SubmitError>> {
        let Some(backend) = self.backend.clone() else {
            return Box::pin(std::future::ready(Err(SubmitError::NoOutbox)));
        };
        let kind = draft.kind;
        let anonymous = draft.is_anonymous();
        let new = crate::outbox::NewSynpunkt::from_draft(draft, language, &self.config.kiosk_id);
        Box::pin(async move {
            match backend.outbox.submit_synpunkt(new).await {
                Ok(receipt) => {
                    tracing::info!(kind = kind.id(), anonymous, "synpunkt saved in the outbox");
                    Ok(Receipt {
                        reference: receipt.local_reference,
                        kind,
                        answer_by: receipt.respond_by,
                        // The API failed lately: say it will be sent when it answers.
                        queued: backend.outbox.state().last_error.is_some(),
                    })
                }
                Err(e) => {
                    tracing::error!(error = %e, "synpunkt could not be saved");
                    Err(SubmitError::Outbox(e.to_string()))
                }
            }
        })
    }

    /// After the receipt is shown: waits for the outbox's first attempt to
    /// deliver it; `true` when the synpunkt waits at the kiosk because the
    /// central API cannot be reached (`shown`: what the receipt says now).
    pub fn delivery_outcome(&self, receipt: &Receipt) -> Effect<bool> {
        let shown = receipt.queued;
        let Some(backend) = self.backend.clone() else {
            return Box::pin(std::future::ready(shown));
        };
        let reference = receipt.reference.clone();
        Box::pin(async move {
            match backend
                .outbox
                .first_attempt(&reference, DELIVERY_WAIT)
                .await
            {
                Ok(FirstAttempt::Waiting) => true,
                Ok(FirstAttempt::Delivered) => false,
                Ok(FirstAttempt::Refused | FirstAttempt::Unknown) | Err(_) => shown,
            }
        })
    }

    // ------------------------------------------------------------- speech

    /// The visitor's speech (the speaker and whether speech is on).
    pub fn speech(&self) -> MutexGuard<'_, Speech> {
        self.speech.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Speaks a key pressed on an on-screen keyboard (its state before the
    /// press), when speech is on. A secret keyboard says only "digit
    /// entered".
    pub fn speak_key(&self, keyboard: &Keyboard, key: Key) {
        let mut speech = self.speech();
        let Some(language) = speech.on else {
            return;
        };
        // What the visitor types is said only in a private headset; the
        // loudspeaker says that a character was typed, not which.
        let typed = matches!(key, Key::Char(_) | Key::Typed(_));
        let said = if typed && !keyboard.secret && !speech.private() {
            crate::t!(language, "text-char-entered")
        } else {
            crate::speech::spoken::keyboard_key(language, keyboard, key)
        };
        speech.say(said.as_str(), language);
    }

    // ------------------------------------------------------ staff, counts

    /// Staff mode's state: entry, lock, settings, counts, audit.
    pub fn staff(&self) -> MutexGuard<'_, Staff> {
        self.staff.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Counts something, by fixed names: the hour's statistics (and
    /// today's figures on the staff panel).
    pub fn count(&self, what: Counted<'_>) {
        let now = self.clock.now();
        self.staff().count(what, now);
    }

    /// Checks a staff PIN without the UI thread waiting: Argon2id (tens of
    /// milliseconds of CPU) and the lockout's file write run on a blocking
    /// thread; only what needs no check (no PIN set, locked) is answered
    /// here. The PIN is dropped on that thread and never logged.
    pub fn check_pin(&self, pin: String, now: Instant, wall: DateTime<Utc>) -> Effect<PinOutcome> {
        let check = self.staff().pin_to_check(wall);
        let staff = Arc::clone(&self.staff);
        Box::pin(async move {
            let check = match check {
                Ok(check) => check,
                Err(outcome) => return outcome,
            };
            let checked = tokio::task::spawn_blocking(move || {
                let matched = crate::staff::pin::verify(&pin, &check.hash);
                drop(pin);
                let mut staff = staff.lock().unwrap_or_else(PoisonError::into_inner);
                staff.pin_checked(&check, matched, now, wall)
            });
            checked.await.unwrap_or_else(|e| {
                tracing::error!(error = %e, "the PIN check did not finish");
                PinOutcome::NotConfigured
            })
        })
    }

    /// Makes every waiting submission due now ("retry now", staff), on a
    /// blocking thread: the outbox's database may be busy committing.
    pub fn retry_outbox(&self) -> Effect<()> {
        let outbox = self.backend.as_ref().map(|backend| backend.outbox.clone());
        Box::pin(async move {
            let Some(outbox) = outbox else { return };
            match tokio::task::spawn_blocking(move || outbox.retry_now()).await {
                Ok(Ok(())) => {}
                Ok(Err(e)) => tracing::error!(error = %e, "retry now failed"),
                Err(e) => tracing::error!(error = %e, "retry now did not finish"),
            }
        })
    }
}

/// A call to the central API answered or failed: the staff panel's
/// connectivity line follows it (the heartbeat updates it too).
pub fn note_api<T>(backend: &Backend, result: &Result<T, crate::api::client::ClientError>) {
    match result {
        Ok(_) => backend.health.api_ok(backend.clock().now()),
        Err(e) => backend.health.api_failed(e.class(), backend.clock().now()),
    }
}

/// The override directory's store, checked on blocking threads, and what
/// its last load found, which the UI reads without waiting for a check
/// (hashing and parsing the files hold the store's lock).
#[derive(Clone)]
struct Watched {
    store: Arc<Mutex<ContentStore>>,
    /// The last load's problems (as text) and whether older content is
    /// served because it failed.
    found: Arc<Mutex<(Vec<String>, bool)>>,
}

impl Watched {
    fn new(store: ContentStore) -> Watched {
        let found = found(store.problems(), store.is_stale());
        Watched {
            store: Arc::new(Mutex::new(store)),
            found: Arc::new(Mutex::new(found)),
        }
    }
}

fn found(problems: &[ContentProblem], stale: bool) -> (Vec<String>, bool) {
    (problems.iter().map(ToString::to_string).collect(), stale)
}

/// Checks the store (`forced`: reload even if unchanged) and returns the
/// check and, when good new content was loaded, its catalog.
fn check_store(watched: &Watched, forced: bool) -> (ContentCheck, Option<Arc<Catalog>>) {
    // A panic elsewhere while holding the lock leaves plain data behind.
    let mut store = watched.store.lock().unwrap_or_else(PoisonError::into_inner);
    let check = store.check(forced);
    *watched.found.lock().unwrap_or_else(PoisonError::into_inner) =
        found(&check.problems, check.stale);
    let catalog = match &check.outcome {
        ReloadOutcome::Loaded { version, .. } => {
            tracing::info!(target: "content", %version, "serving reloaded content");
            Some(store.catalog())
        }
        _ => None,
    };
    (check, catalog)
}

/// Guides, forms and contacts as a config names them: the catalog, and
/// the override directory's store when there is one.
pub struct Content {
    catalog: Arc<Catalog>,
    store: Option<ContentStore>,
}

impl Content {
    /// Loads the content `config` names (tens of milliseconds for the
    /// bundled content: parsed and indexed once per process).
    pub fn load(config: &Config) -> Content {
        let (catalog, store) = content_for(config);
        Content { catalog, store }
    }

    /// No guides, forms or contacts (their flows have no tile).
    pub fn none() -> Content {
        Content {
            catalog: Arc::new(Catalog::empty()),
            store: None,
        }
    }
}

impl std::fmt::Debug for Content {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Content")
            .field("version", &self.catalog.version())
            .field("override", &self.store.is_some())
            .finish()
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::synpunkt::{Contact, Kind, Phone, Topic};
    use chrono::TimeZone;

    fn config(dir: &std::path::Path) -> Arc<Config> {
        let text = format!("data_dir = {:?}\n", dir);
        Arc::new(Config::parse(&text, std::path::Path::new("t.toml")).unwrap())
    }

    /// Friday 19 June 2026 (midsommarafton), 10:00 in Stockholm.
    fn midsommarafton() -> Clock {
        Clock::manual(Utc.with_ymd_and_hms(2026, 6, 19, 8, 0, 0).unwrap())
    }

    fn draft(contact: bool) -> Draft {
        Draft::new(
            Kind::Complaint,
            "citizen-center",
            [Topic::Treatment].into(),
            "Lång väntan",
            contact.then(|| Contact {
                name: None,
                email: None,
                phone: Some(Phone::parse("0701234567").unwrap()),
            }),
        )
        .unwrap()
    }

    fn block_on<T>(future: Effect<T>) -> T {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
            .block_on(future)
    }

    /// The staff panel asks for the content's problems on the UI thread,
    /// while the minute's check may hold the store for its reads.
    #[test]
    fn the_content_problems_do_not_wait_for_a_check_in_progress() {
        let dir = tempfile::tempdir().unwrap();
        let content = dir.path().join("content");
        std::fs::create_dir_all(&content).unwrap();
        std::fs::write(content.join("guides.toml"), "[[guide]]\nid = \n").unwrap();
        let text = format!(
            "data_dir = {:?}\n[content]\ndir = {:?}\n",
            dir.path(),
            content
        );
        let config = Arc::new(Config::parse(&text, std::path::Path::new("t.toml")).unwrap());
        let services = Arc::new(Services::new(config, midsommarafton(), Arc::new(NoPrinter)));
        let (problems, _) = services.content_problems();
        assert!(!problems.is_empty(), "the broken override is reported");

        let watched = services.content_store.clone().unwrap();
        let held = watched.store.lock().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn({
            let services = Arc::clone(&services);
            move || tx.send(services.content_problems()).unwrap()
        });
        let answer = rx.recv_timeout(std::time::Duration::from_secs(5));
        drop(held);
        assert_eq!(
            answer.expect("answered while the store was held").0,
            problems
        );
    }

    #[test]
    fn without_a_backend_nothing_is_claimed() {
        let dir = tempfile::tempdir().unwrap();
        let services = Services::new(config(dir.path()), midsommarafton(), Arc::new(NoPrinter));
        assert!(!services.has_api());
        assert_eq!(
            block_on(services.submit_synpunkt(draft(true), Language::Sv)),
            Err(SubmitError::NoOutbox)
        );
        assert_eq!(
            block_on(services.list_services()),
            Err(Failure::Unreachable)
        );
        assert_eq!(
            block_on(services.issue_ticket(
                "information".into(),
                TicketNeeds::default(),
                None,
                Language::Sv
            )),
            Err(Failure::Unreachable)
        );
    }

    #[test]
    fn the_promise_and_the_receipt_come_from_the_one_clock() {
        let dir = tempfile::tempdir().unwrap();
        let clock = midsommarafton();
        // A central API that does not answer: the row keeps its body (a
        // delivered one is erased), so it can be read here.
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        drop(listener);
        let token = dir.path().join("token");
        std::fs::write(&token, "services-test-token-0123456789abcdef").unwrap();
        let text = format!(
            "data_dir = {:?}\n[api]\nbase_url = {url:?}\ntoken_file = {token:?}\nmax_retries = 0\n",
            dir.path()
        );
        let config = Arc::new(Config::parse(&text, std::path::Path::new("t.toml")).unwrap());
        let backend = Arc::new(Backend::start(&config, clock.clone()).unwrap());
        let mut services = Services::new(config, clock.clone(), Arc::new(NoPrinter));
        services.set_backend(Some(backend.clone()));
        // Sent on midsommarafton: Monday 22 and Tuesday 23 June.
        let tuesday = NaiveDate::from_ymd_opt(2026, 6, 23).unwrap();
        assert_eq!(services.answer_by_now(), tuesday);
        let receipt = block_on(services.submit_synpunkt(draft(true), Language::Ar)).unwrap();
        assert_eq!(receipt.answer_by, Some(tuesday));
        assert_eq!(receipt.kind, Kind::Complaint);
        assert!(receipt.reference.starts_with("BK-"));
        // Stored with the contract's names and the kiosk's id and time.
        let row = backend.outbox.row(&receipt.reference).unwrap().unwrap();
        let body: serde_json::Value = serde_json::from_str(&row.body).unwrap();
        assert_eq!(body["kind"], "complaint");
        assert_eq!(body["topics"][0], "treatment");
        assert_eq!(body["language"], "ar");
        assert_eq!(body["contact"]["phone"], "+46701234567");
        assert_eq!(body["submitted_at"], "2026-06-19T08:00:00Z");
        // A week later the promise has moved; the receipt's date did not.
        clock.advance(std::time::Duration::from_secs(7 * 24 * 3600));
        assert_eq!(
            services.answer_by_now(),
            NaiveDate::from_ymd_opt(2026, 6, 30).unwrap()
        );
        // Anonymous: no date.
        let receipt = block_on(services.submit_synpunkt(draft(false), Language::Sv)).unwrap();
        assert_eq!(receipt.answer_by, None);
    }

    #[test]
    fn a_ticket_is_stamped_by_the_clock_and_printed_through_the_printer() {
        struct Recorder(Mutex<Vec<TicketPrint>>);
        impl TicketPrinter for Recorder {
            fn print(&self, _: Printer, ticket: TicketPrint) -> Effect<PrintOutcome> {
                self.0.lock().unwrap().push(ticket);
                Box::pin(std::future::ready(PrintOutcome::Printed))
            }
        }
        let dir = tempfile::tempdir().unwrap();
        let text = format!(
            "data_dir = {:?}\n[printer]\ntarget = \"{}\"\n",
            dir.path(),
            dir.path().join("printer").display()
        );
        let config = Arc::new(Config::parse(&text, std::path::Path::new("t.toml")).unwrap());
        // Monday 23 November 2026, 10:00: the demo office is open.
        let clock = Clock::manual(Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap());
        let backend = Arc::new(Backend::start(&config, clock.clone()).unwrap());
        let printer = Arc::new(Recorder(Mutex::new(Vec::new())));
        let mut services = Services::new(config, clock, printer.clone());
        services.set_backend(Some(backend));
        let list = block_on(services.list_services()).unwrap();
        let service = list.iter().find(|s| s.id == "information").unwrap().clone();
        let ticket = block_on(services.issue_ticket(
            service.id.clone(),
            TicketNeeds::default(),
            None,
            Language::Fi,
        ))
        .unwrap();
        assert_eq!(ticket.ticket_number, "A001");
        assert_eq!(ticket.issued_at, services.now());
        let outcome = block_on(
            services
                .print_ticket(&ticket, &service, Language::Fi)
                .unwrap(),
        );
        assert_eq!(outcome, PrintOutcome::Printed);
        let printed = printer.0.lock().unwrap();
        assert_eq!(printed[0].number, "A001");
        assert_eq!(printed[0].service_sv, "Information och vägledning");
        assert_eq!(printed[0].language, Language::Fi);
        assert_eq!(printed[0].issued_at, clock::stockholm(services.now()));
    }

    #[test]
    fn counts_fall_on_the_clocks_day() {
        let dir = tempfile::tempdir().unwrap();
        // 23:59:59 on New Year's Eve in Stockholm.
        let clock = Clock::manual(Utc.with_ymd_and_hms(2026, 12, 31, 22, 59, 59).unwrap());
        let services = Services::new(config(dir.path()), clock.clone(), Arc::new(NoPrinter));
        services.count(Counted::Session { language: "sv" });
        clock.advance(std::time::Duration::from_secs(1));
        services.count(Counted::Session { language: "ar" });
        let new_year = services
            .staff()
            .tally(NaiveDate::from_ymd_opt(2027, 1, 1).unwrap());
        assert_eq!(new_year.languages.get("ar"), Some(&1));
        assert_eq!(new_year.languages.get("sv"), None);
    }
}

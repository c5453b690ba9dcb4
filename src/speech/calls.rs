//! Numbers called aloud on the wall display (issue 21): "Nummer A, 0, 4, 2,
//! lucka 3", after a chime, in Swedish and then in the language the visitor
//! chose at the kiosk when there is a voice for it.
//!
//! - [`CallTracker`]: which entries of a now-serving list are new calls. The
//!   first list after start-up only says what is old; a ticket called again
//!   (a newer `called_at`) is a new call.
//! - [`CallAnnouncer`]: a queue and one worker thread, so calls never
//!   overlap. For each call: the chime, then each utterance once the engine
//!   is silent, waiting (bounded by [`Pacing::max_wait`]) until it has
//!   finished before the next.
//! - [`CallsConfig`]: `[wall_display.calls]` in the config.
//!
//! Plain Rust: the wall display (`ui::display`) feeds it lists and shows the
//! highlight; nothing here reads a clock (waits are counted in polls).

use std::collections::{HashSet, VecDeque};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread;
use std::time::Duration;

use chrono::{DateTime, Utc};
use serde::Deserialize;

use super::{Availability, SpeechConfig, SpeechEngine, VoiceTable, Volume};
use super::{Espeak, Speaker, spoken, tone};
use crate::contract::NowServingEntry;
use crate::i18n::Language;
use crate::t;

/// The language every call is said in first.
pub const FIRST_LANGUAGE: Language = Language::Sv;

/// The largest chime file accepted (a few seconds of CD-quality audio).
pub const MAX_CHIME_BYTES: u64 = 2 * 1024 * 1024;

/// One call of a ticket to a counter.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Call {
    pub ticket_number: String,
    pub counter: String,
    /// When it was called (a call again has a new time).
    pub called_at: DateTime<Utc>,
    /// The language the visitor chose at the kiosk, if the server says.
    pub language: Option<Language>,
}

impl Call {
    pub fn from_entry(entry: &NowServingEntry) -> Call {
        Call {
            ticket_number: entry.ticket_number.clone(),
            counter: entry.counter.clone(),
            called_at: entry.called_at,
            language: entry.language,
        }
    }

    /// Whether `entry` is this call (the same ticket, counter and time).
    pub fn is(&self, entry: &NowServingEntry) -> bool {
        self.ticket_number == entry.ticket_number
            && self.counter == entry.counter
            && self.called_at == entry.called_at
    }
}

/// What is said for a call in `language`: "Nummer A, 0, 4, 2, lucka 3."
pub fn call_text(language: Language, call: &Call) -> String {
    t!(
        language,
        "display-call",
        number = spoken::ticket_number(language, &call.ticket_number),
        counter = call.counter.trim().to_owned()
    )
}

type Key = (String, String, DateTime<Utc>);

fn key(entry: &NowServingEntry) -> Key {
    (
        entry.ticket_number.clone(),
        entry.counter.clone(),
        entry.called_at,
    )
}

/// Remembered calls at most; beyond this the oldest half is forgotten (a
/// list holds the day's latest few, so those are long gone from it).
const MAX_SEEN: usize = 1024;

/// Which calls of a now-serving list are new.
#[derive(Debug, Clone, Default)]
pub struct CallTracker {
    seen: HashSet<Key>,
    primed: bool,
    /// The newest call of the first list: nothing at or before it is new.
    start: Option<DateTime<Utc>>,
}

impl CallTracker {
    pub fn new() -> CallTracker {
        CallTracker::default()
    }

    /// Whether a list has been seen since start-up.
    pub fn primed(&self) -> bool {
        self.primed
    }

    /// Takes a fetched list (most recent call first) and returns its new
    /// calls, oldest first. The first list only primes: its calls were made
    /// before the display started and are never said.
    pub fn observe(&mut self, entries: &[NowServingEntry]) -> Vec<Call> {
        if !self.primed {
            self.primed = true;
            self.start = entries.iter().map(|e| e.called_at).max();
            self.seen = entries.iter().map(key).collect();
            return Vec::new();
        }
        let mut new = Vec::new();
        // Oldest first: the list is newest first, and equal times keep the
        // server's order.
        for entry in entries.iter().rev() {
            if self.start.is_some_and(|start| entry.called_at <= start) {
                continue;
            }
            if self.seen.insert(key(entry)) {
                new.push(Call::from_entry(entry));
            }
        }
        new.sort_by_key(|call| call.called_at);
        if self.seen.len() > MAX_SEEN {
            let mut times: Vec<DateTime<Utc>> = self.seen.iter().map(|k| k.2).collect();
            times.sort_unstable();
            let cut = times[times.len() / 2];
            self.seen.retain(|k| k.2 >= cut);
        }
        new
    }
}

// ---- the config ------------------------------------------------------------

/// `[wall_display.calls]` in the kiosk's config. Every key is optional:
///
/// ```toml
/// [wall_display.calls]
/// enabled = true            # false: calls are not said aloud
/// volume = 100              # 20-200 (percent of normal); unset: [speech] volume
/// second_language = true    # then in the ticket's language, if it has a voice
/// chime = "/etc/medborgarkiosk/chime.wav"   # unset: the bundled two-note chime
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct CallsConfig {
    pub enabled: bool,
    pub volume: Option<u8>,
    pub second_language: bool,
    pub chime: Option<PathBuf>,
}

impl Default for CallsConfig {
    fn default() -> Self {
        CallsConfig {
            enabled: true,
            volume: None,
            second_language: true,
            chime: None,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum CallsConfigError {
    #[error("{0} is out of range: allowed 20 to 200 (percent of normal)")]
    Volume(u8),
    #[error("cannot read the chime {path}: {source}")]
    ChimeRead {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the chime {path} is larger than 2 MiB")]
    ChimeTooLarge { path: PathBuf },
    #[error("the chime {path} is not a WAV file (RIFF/WAVE with PCM data)")]
    ChimeNotWav { path: PathBuf },
}

impl CallsConfigError {
    /// The config key the error is about.
    pub fn key(&self) -> &'static str {
        match self {
            CallsConfigError::Volume(_) => "wall_display.calls.volume",
            _ => "wall_display.calls.chime",
        }
    }
}

impl CallsConfig {
    /// Checks the volume and that the chime file is a WAV file.
    pub fn validate(&self) -> Result<(), CallsConfigError> {
        if let Some(volume) = self.volume
            && !(Volume::MIN.percent()..=Volume::MAX.percent()).contains(&volume)
        {
            return Err(CallsConfigError::Volume(volume));
        }
        if let Some(path) = &self.chime {
            read_chime(path)?;
        }
        Ok(())
    }

    /// The volume of calls: this table's, else `[speech] volume`.
    pub fn volume(&self, speech: &SpeechConfig) -> Volume {
        Volume::new(self.volume.unwrap_or(speech.volume))
    }
}

/// Reads a chime file: at most [`MAX_CHIME_BYTES`], a WAV file.
pub fn read_chime(path: &Path) -> Result<Vec<u8>, CallsConfigError> {
    let read = |source| CallsConfigError::ChimeRead {
        path: path.to_owned(),
        source,
    };
    let size = std::fs::metadata(path).map_err(read)?.len();
    if size > MAX_CHIME_BYTES {
        return Err(CallsConfigError::ChimeTooLarge {
            path: path.to_owned(),
        });
    }
    let bytes = std::fs::read(path).map_err(read)?;
    if wav_length(&bytes).is_none() {
        return Err(CallsConfigError::ChimeNotWav {
            path: path.to_owned(),
        });
    }
    Ok(bytes)
}

/// How long a WAV file plays (its data size over its byte rate); None when
/// it is not a WAV file.
pub fn wav_length(wav: &[u8]) -> Option<Duration> {
    if wav.len() < 12 || &wav[0..4] != b"RIFF" || &wav[8..12] != b"WAVE" {
        return None;
    }
    let mut at = 12;
    let mut byte_rate = None;
    while at + 8 <= wav.len() {
        let id = &wav[at..at + 4];
        let size = u32::from_le_bytes(wav[at + 4..at + 8].try_into().ok()?) as usize;
        let body = at + 8;
        if id == b"fmt " && size >= 16 && body + 16 <= wav.len() {
            byte_rate = Some(u32::from_le_bytes(
                wav[body + 8..body + 12].try_into().ok()?,
            ));
        }
        if id == b"data" {
            let rate = byte_rate.filter(|&r| r > 0)?;
            // A streamed WAV may claim more data than it holds.
            let size = size.min(wav.len() - body);
            return Some(Duration::from_secs_f64(size as f64 / f64::from(rate)));
        }
        // Chunks are padded to an even size.
        at = body.checked_add(size)?.checked_add(size % 2)?;
    }
    None
}

// ---- the announcer ---------------------------------------------------------

/// How the worker waits. Nothing here reads a clock: a wait is a number of
/// polls of `poll`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pacing {
    /// How often the worker asks the engine whether it is still speaking.
    pub poll: Duration,
    /// The longest wait for one utterance (or for silence before one);
    /// then the engine is cancelled and the queue goes on.
    pub max_wait: Duration,
    /// The pause after the chime before the number; None: the chime's own
    /// length and a short breath.
    pub after_chime: Option<Duration>,
}

impl Default for Pacing {
    fn default() -> Self {
        Pacing {
            poll: Duration::from_millis(50),
            max_wait: Duration::from_secs(15),
            after_chime: None,
        }
    }
}

/// What the announcer says and how.
#[derive(Debug, Clone)]
pub struct Settings {
    pub volume: Volume,
    /// Also say the call in the ticket's language (when it has a voice).
    pub second_language: bool,
    /// A chime file's bytes; None: the engine's own chime.
    pub chime: Option<Arc<[u8]>>,
    pub voices: VoiceTable,
    pub pacing: Pacing,
}

impl Settings {
    /// From `[wall_display.calls]` and `[speech]`. A chime file that cannot
    /// be read now (it was checked when the config was loaded) is logged
    /// and the bundled chime plays instead.
    pub fn from_config(calls: &CallsConfig, speech: &SpeechConfig) -> Settings {
        let chime = calls
            .chime
            .as_deref()
            .and_then(|path| match read_chime(path) {
                Ok(bytes) => Some(Arc::from(bytes)),
                Err(e) => {
                    tracing::warn!(error = %e, "calls: the bundled chime plays instead");
                    None
                }
            });
        Settings {
            volume: calls.volume(speech),
            second_language: calls.second_language,
            chime,
            voices: VoiceTable::builtin(),
            pacing: Pacing::default(),
        }
    }
}

/// Makes the engine, on the worker's thread (espeak-ng is probed there, not
/// on the UI's).
pub type MakeEngine = Box<dyn FnOnce() -> Option<Box<dyn SpeechEngine>> + Send>;

/// espeak-ng as `[speech]` configures it (program and player), or None
/// when it is not installed (logged).
pub fn espeak(speech: &SpeechConfig) -> MakeEngine {
    let program = speech.program.clone();
    let player = speech.player.clone();
    Box::new(move || match Espeak::detect(&program) {
        Ok(espeak) => Some(Box::new(espeak.with_player(player)) as Box<dyn SpeechEngine>),
        Err(e) => {
            tracing::warn!(
                error = %e,
                "calls are not said aloud: no speech engine (install the Debian package espeak-ng)"
            );
            None
        }
    })
}

#[derive(Debug, Default)]
struct Queue {
    calls: VecDeque<Call>,
    /// The worker is saying a call.
    busy: bool,
    stop: bool,
    /// The languages the engine has a voice for, once the worker knows.
    voiced: Option<Vec<Language>>,
}

#[derive(Debug, Default)]
struct Shared {
    queue: Mutex<Queue>,
    changed: Condvar,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Queue> {
        // A panic while holding the lock leaves the queue usable.
        self.queue.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn stopping(&self) -> bool {
        self.lock().stop
    }
}

/// Says calls one after the other on a worker thread of its own.
#[derive(Debug)]
pub struct CallAnnouncer {
    shared: Arc<Shared>,
    second_language: bool,
    voices: VoiceTable,
    worker: Option<thread::JoinHandle<()>>,
}

impl CallAnnouncer {
    /// The announcer `[wall_display.calls]` asks for, or None when calls
    /// are off there or all speech is off in `[speech]`.
    pub fn for_config(
        calls: &CallsConfig,
        speech: &SpeechConfig,
        engine: MakeEngine,
    ) -> Option<CallAnnouncer> {
        if !calls.enabled || !speech.enabled {
            tracing::info!("calls: not said aloud (off in the config)");
            return None;
        }
        Some(CallAnnouncer::start(
            engine,
            Settings::from_config(calls, speech),
        ))
    }

    /// Starts the worker; it makes the engine first.
    pub fn start(engine: MakeEngine, settings: Settings) -> CallAnnouncer {
        let shared = Arc::new(Shared::default());
        let second_language = settings.second_language;
        let voices = settings.voices.clone();
        let worker = {
            let shared = Arc::clone(&shared);
            thread::Builder::new()
                .name("calls".to_owned())
                .spawn(move || Worker::new(engine(), settings, shared).run())
        };
        let worker = match worker {
            Ok(handle) => Some(handle),
            Err(e) => {
                tracing::error!(error = %e, "calls: cannot start the worker; calls are not said");
                None
            }
        };
        CallAnnouncer {
            shared,
            second_language,
            voices,
            worker,
        }
    }

    /// Queues a call; it is said after those before it.
    pub fn announce(&self, call: Call) {
        if self.worker.is_none() {
            return;
        }
        self.shared.lock().calls.push_back(call);
        self.shared.changed.notify_all();
    }

    /// Whether calls for a ticket in `language` are said in it: Swedish
    /// always (if the engine has the voice), another language when
    /// `second_language` is on and it has a voice (the voice table's until
    /// the worker has asked the engine).
    pub fn says_in(&self, language: Language) -> bool {
        // Easy-to-read Swedish is said as Swedish.
        let language = language.base();
        if language != FIRST_LANGUAGE && !self.second_language {
            return false;
        }
        match &self.shared.lock().voiced {
            Some(voiced) => voiced.contains(&language),
            None => self.voices.voice(language).is_some(),
        }
    }

    /// Waits until every queued call has been said, at most `max`; true
    /// when the queue is empty and the worker idle (tests, shutdown).
    pub fn wait_idle(&self, max: Duration) -> bool {
        let queue = self.shared.lock();
        let (queue, _) = self
            .shared
            .changed
            .wait_timeout_while(queue, max, |q| {
                !q.stop && (q.busy || !q.calls.is_empty() || q.voiced.is_none())
            })
            .unwrap_or_else(|e| e.into_inner());
        !queue.busy && queue.calls.is_empty()
    }
}

impl Drop for CallAnnouncer {
    /// Stops at once: what is being said is cancelled, the queue dropped.
    fn drop(&mut self) {
        {
            let mut queue = self.shared.lock();
            queue.stop = true;
            queue.calls.clear();
        }
        self.shared.changed.notify_all();
        if let Some(worker) = self.worker.take() {
            let _ = worker.join();
        }
    }
}

struct Worker {
    /// The engine itself, for a chime file.
    engine: Option<Arc<dyn SpeechEngine>>,
    /// The same engine with its voices and volume.
    speaker: Speaker,
    settings: Settings,
    shared: Arc<Shared>,
}

impl Worker {
    fn new(engine: Option<Box<dyn SpeechEngine>>, settings: Settings, shared: Arc<Shared>) -> Self {
        let engine: Option<Arc<dyn SpeechEngine>> = engine.map(Arc::from);
        let speaker = Speaker::new(
            engine.clone().map(|e| Box::new(e) as Box<dyn SpeechEngine>),
            settings.voices.clone(),
            settings.volume,
        );
        let voiced = Language::ALL
            .into_iter()
            .filter(|&l| matches!(speaker.availability(l), Availability::Voice(_)))
            .collect();
        shared.lock().voiced = Some(voiced);
        shared.changed.notify_all();
        Worker {
            engine,
            speaker,
            settings,
            shared,
        }
    }

    fn run(mut self) {
        loop {
            let call = {
                let mut queue = self.shared.lock();
                loop {
                    if queue.stop {
                        drop(queue);
                        self.speaker.stop();
                        return;
                    }
                    if let Some(call) = queue.calls.pop_front() {
                        queue.busy = true;
                        break call;
                    }
                    queue = self
                        .shared
                        .changed
                        .wait(queue)
                        .unwrap_or_else(|e| e.into_inner());
                }
            };
            self.say(&call);
            self.shared.lock().busy = false;
            self.shared.changed.notify_all();
        }
    }

    /// The chime, the call in Swedish, then in the ticket's language.
    fn say(&mut self, call: &Call) {
        let Some(engine) = self.engine.clone() else {
            return;
        };
        if !self.wait_silent() {
            return;
        }
        let chimed = match &self.settings.chime {
            Some(wav) => engine.chime_wav(wav),
            None => engine.chime(),
        };
        if let Err(e) = chimed {
            tracing::warn!(error = %e, "calls: the chime could not be played");
        }
        let after_chime = self.settings.pacing.after_chime.unwrap_or_else(|| {
            let wav = self
                .settings
                .chime
                .as_deref()
                .map_or_else(|| wav_length(&tone::chime()), wav_length);
            wav.unwrap_or_default() + Duration::from_millis(150)
        });
        if !self.pause(after_chime.min(self.settings.pacing.max_wait)) {
            return;
        }
        let mut languages = vec![FIRST_LANGUAGE];
        if self.settings.second_language
            && let Some(language) = call.language
            // Easy-to-read Swedish is Swedish: said once.
            && language.base() != FIRST_LANGUAGE
            && matches!(self.speaker.availability(language), Availability::Voice(_))
        {
            languages.push(language);
        }
        for language in languages {
            if !self.wait_silent() {
                return;
            }
            let text = call_text(language, call);
            match self.speaker.speak(text.as_str(), language) {
                Ok(()) => {}
                Err(e) => {
                    tracing::warn!(error = %e, "calls: a call could not be said");
                    continue;
                }
            }
            // The utterance itself: the next starts only when it is over.
            if !self.wait_silent() {
                return;
            }
        }
    }

    /// Waits until the engine is silent, polling, at most `max_wait`; a
    /// stuck engine is cancelled. False when the announcer is stopping.
    fn wait_silent(&self) -> bool {
        let pacing = self.settings.pacing;
        let poll = pacing.poll.max(Duration::from_millis(1));
        let polls = (pacing.max_wait.as_millis() / poll.as_millis()).max(1);
        for _ in 0..polls {
            if self.shared.stopping() {
                self.speaker.stop();
                return false;
            }
            if !self.speaker.is_speaking() {
                return true;
            }
            thread::sleep(poll);
        }
        tracing::warn!(
            max_seconds = pacing.max_wait.as_secs(),
            "calls: the speech engine did not finish in time; cancelled"
        );
        self.speaker.stop();
        !self.shared.stopping()
    }

    /// Sleeps `time` in polls; false when the announcer is stopping.
    fn pause(&self, time: Duration) -> bool {
        let poll = self.settings.pacing.poll.max(Duration::from_millis(1));
        let mut left = time;
        while !left.is_zero() {
            if self.shared.stopping() {
                return false;
            }
            let step = left.min(poll);
            thread::sleep(step);
            left -= step;
        }
        !self.shared.stopping()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(
        number: &str,
        counter: &str,
        minute: u32,
        language: Option<Language>,
    ) -> NowServingEntry {
        NowServingEntry {
            ticket_number: number.to_owned(),
            service_id: "s".to_owned(),
            counter: counter.to_owned(),
            called_at: format!("2026-11-23T10:{minute:02}:00Z").parse().unwrap(),
            language,
        }
    }

    fn numbers(calls: &[Call]) -> Vec<&str> {
        calls.iter().map(|c| c.ticket_number.as_str()).collect()
    }

    #[test]
    fn the_first_list_primes_and_new_calls_come_oldest_first() {
        let mut tracker = CallTracker::new();
        let first = [entry("A001", "1", 5, None), entry("A000", "2", 4, None)];
        assert!(tracker.observe(&first).is_empty());
        assert!(tracker.primed());
        // The same list again: nothing new.
        assert!(tracker.observe(&first).is_empty());
        // Two new calls in one fetch (newest first in the list).
        let second = [
            entry("B002", "3", 7, Some(Language::Ar)),
            entry("A002", "1", 6, None),
            entry("A001", "1", 5, None),
        ];
        assert_eq!(numbers(&tracker.observe(&second)), ["A002", "B002"]);
        assert!(tracker.observe(&second).is_empty());
    }

    #[test]
    fn a_call_again_is_new_and_old_calls_never_are() {
        let mut tracker = CallTracker::new();
        tracker.observe(&[entry("A001", "1", 5, None)]);
        // Called again at 10:08: new.
        let again = [entry("A001", "1", 8, None)];
        assert_eq!(numbers(&tracker.observe(&again)), ["A001"]);
        // An entry older than the first list (e.g. a list that shrank and
        // shows an earlier call): not new.
        assert!(tracker.observe(&[entry("Z009", "4", 1, None)]).is_empty());
        // An empty first list: everything after is new.
        let mut tracker = CallTracker::new();
        assert!(tracker.observe(&[]).is_empty());
        assert_eq!(
            numbers(&tracker.observe(&[entry("C003", "2", 0, None)])),
            ["C003"]
        );
    }

    #[test]
    fn the_seen_set_stays_bounded() {
        let mut tracker = CallTracker::new();
        tracker.observe(&[]);
        for i in 0..3000u32 {
            let mut e = entry(&format!("A{i:03}"), "1", 0, None);
            e.called_at += chrono::Duration::seconds(i.into());
            assert_eq!(tracker.observe(&[e]).len(), 1);
        }
        assert!(tracker.seen.len() <= MAX_SEEN + 1, "{}", tracker.seen.len());
    }

    #[test]
    fn the_call_is_said_with_the_spoken_number_and_the_counter() {
        let call = Call::from_entry(&entry("A042", " 3 ", 0, None));
        assert_eq!(call_text(Language::Sv, &call), "Nummer A, 0, 4, 2, lucka 3");
        assert_eq!(call_text(Language::En, &call), "Number A, 0, 4, 2, desk 3");
        for language in Language::ALL {
            let text = call_text(language, &call);
            assert!(
                text.contains('3') && text.contains('4'),
                "{language}: {text}"
            );
        }
    }

    #[test]
    fn config_defaults_and_validation() {
        let config: CallsConfig = toml::from_str("").unwrap();
        assert_eq!(config, CallsConfig::default());
        assert!(config.enabled && config.second_language && config.chime.is_none());
        assert_eq!(config.volume(&SpeechConfig::default()), Volume::NORMAL);
        let speech = SpeechConfig {
            volume: 140,
            ..SpeechConfig::default()
        };
        assert_eq!(config.volume(&speech).percent(), 140);
        let config: CallsConfig = toml::from_str("volume = 80").unwrap();
        assert_eq!(config.volume(&speech).percent(), 80);
        let config: CallsConfig = toml::from_str("volume = 0").unwrap();
        let err = config.validate().unwrap_err();
        assert_eq!(err.key(), "wall_display.calls.volume");
        assert!(toml::from_str::<CallsConfig>("loud = true").is_err());

        let dir = tempfile::tempdir().unwrap();
        let good = dir.path().join("chime.wav");
        std::fs::write(&good, tone::chime()).unwrap();
        let bad = dir.path().join("chime.mp3");
        std::fs::write(&bad, b"ID3 not a wav").unwrap();
        let config = CallsConfig {
            chime: Some(good),
            ..CallsConfig::default()
        };
        config.validate().unwrap();
        for path in [bad, dir.path().join("missing.wav")] {
            let config = CallsConfig {
                chime: Some(path),
                ..CallsConfig::default()
            };
            assert_eq!(
                config.validate().unwrap_err().key(),
                "wall_display.calls.chime"
            );
        }
    }

    #[test]
    fn a_wav_files_length() {
        let length = wav_length(&tone::chime()).unwrap();
        assert!(
            (Duration::from_millis(350)..Duration::from_millis(370)).contains(&length),
            "{length:?}"
        );
        assert_eq!(wav_length(b"RIFF\0\0\0\0WAVE"), None);
        assert_eq!(wav_length(b"not a wav at all"), None);
        // A chunk that claims more than the file holds ends the walk.
        let mut broken = tone::chime()[..20].to_vec();
        broken[16..20].copy_from_slice(&u32::MAX.to_le_bytes());
        assert_eq!(wav_length(&broken), None);
    }
}

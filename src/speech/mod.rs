//! Speech output (issue 10): every screen can be read aloud in the visitor's
//! language.
//!
//! - [`SpeechEngine`]: a small trait for an engine that speaks in the
//!   background and can be cancelled at once. [`espeak::Espeak`] runs the
//!   espeak-ng program (Debian package `espeak-ng`).
//! - [`Speaker`]: the service the UI owns. It knows which languages have a
//!   voice ([`VoiceTable`], data in `resources/speech/voices.toml`), the
//!   volume, and the last utterance for "repeat".
//! - [`spoken`]: screen text, ticket numbers, references, dates and keys
//!   formatted for the ear.
//!
//! The UI calls [`Speaker::stop`] on every screen change and
//! [`Speaker::reset`] when the session resets. Nothing here blocks the UI:
//! speaking runs in a child process.

pub mod calls;
pub mod cli;
pub mod espeak;
pub mod headset;
pub mod spoken;
pub mod tone;
pub mod voices;

use std::collections::BTreeMap;
use std::fmt;
use std::path::PathBuf;

use serde::Deserialize;

use crate::describe::ScreenText;
use crate::i18n::Language;

pub use espeak::{DetectError, Espeak, SpeechError};
pub use voices::{VoiceTable, VoiceTableError};

/// Loudness in percent of the engine's normal volume.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Volume(u8);

impl Volume {
    pub const MIN: Volume = Volume(20);
    pub const MAX: Volume = Volume(200);
    pub const NORMAL: Volume = Volume(100);
    /// One press of "volume up" or "volume down".
    pub const STEP: u8 = 20;

    /// A volume, clamped to [`Volume::MIN`]..=[`Volume::MAX`].
    pub fn new(percent: u8) -> Volume {
        Volume(percent.clamp(Self::MIN.0, Self::MAX.0))
    }

    pub fn percent(self) -> u8 {
        self.0
    }

    pub fn louder(self) -> Volume {
        Volume::new(self.0.saturating_add(Self::STEP))
    }

    pub fn quieter(self) -> Volume {
        Volume::new(self.0.saturating_sub(Self::STEP))
    }
}

/// Speaking rate in percent of the engine's normal rate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Rate(u8);

impl Rate {
    pub const NORMAL: Rate = Rate(100);
    /// Easy-to-read Swedish is read more slowly (issue 19): a listener who
    /// reads little often also follows fast speech less well.
    pub const EASY: Rate = Rate(80);

    /// A rate, kept to 50–200 % of normal.
    pub fn new(percent: u8) -> Rate {
        Rate(percent.clamp(50, 200))
    }

    pub fn percent(self) -> u8 {
        self.0
    }

    /// The rate a language is read at: its variety's, not only its voice's.
    pub fn for_language(language: Language) -> Rate {
        match language {
            Language::SvEasy => Rate::EASY,
            _ => Rate::NORMAL,
        }
    }
}

impl Default for Rate {
    fn default() -> Self {
        Rate::NORMAL
    }
}

impl Default for Volume {
    fn default() -> Self {
        Volume::NORMAL
    }
}

/// A speech engine: speaks in the background, stops at once.
pub trait SpeechEngine: Send + Sync + fmt::Debug {
    /// Name and version for the staff panel and the log, e.g.
    /// "eSpeak NG 1.51".
    fn name(&self) -> String;

    /// Whether the engine has this voice.
    fn has_voice(&self, voice: &str) -> bool;

    /// Starts speaking `text` in `voice` at `volume` and `rate`, and returns
    /// at once. Anything still being spoken is cancelled first.
    fn speak(&self, text: &str, voice: &str, volume: Volume, rate: Rate)
    -> Result<(), SpeechError>;

    /// Stops speaking at once. Does nothing when silent.
    fn cancel(&self);

    /// Whether an utterance is still being spoken.
    fn is_speaking(&self) -> bool;

    /// Plays the attention tone (before "are you still there?"); an
    /// engine without a way to play one does nothing.
    fn chime(&self) -> Result<(), SpeechError> {
        Ok(())
    }

    /// Plays `wav` (a complete WAV file: a chime the config names) as the
    /// attention tone, the way [`SpeechEngine::chime`] plays its own; an
    /// engine without a way to play a sound plays its chime.
    fn chime_wav(&self, wav: &[u8]) -> Result<(), SpeechError> {
        let _ = wav;
        self.chime()
    }
}

/// A shared engine is an engine, so a caller can keep a handle (e.g. for
/// [`Espeak::pids`]) while the [`Speaker`] owns another.
impl<E: SpeechEngine + ?Sized> SpeechEngine for std::sync::Arc<E> {
    fn name(&self) -> String {
        (**self).name()
    }
    fn has_voice(&self, voice: &str) -> bool {
        (**self).has_voice(voice)
    }
    fn speak(
        &self,
        text: &str,
        voice: &str,
        volume: Volume,
        rate: Rate,
    ) -> Result<(), SpeechError> {
        (**self).speak(text, voice, volume, rate)
    }
    fn chime(&self) -> Result<(), SpeechError> {
        (**self).chime()
    }
    fn chime_wav(&self, wav: &[u8]) -> Result<(), SpeechError> {
        (**self).chime_wav(wav)
    }
    fn cancel(&self) {
        (**self).cancel()
    }
    fn is_speaking(&self) -> bool {
        (**self).is_speaking()
    }
}

/// Whether speech can be offered in a language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Availability {
    /// The engine has a voice for the language (the voice's name).
    Voice(String),
    /// No voice for the language: say so on screen (`speech-not-available`,
    /// `speech-offer`) and offer these languages instead.
    NoVoice { offer: Vec<Language> },
    /// No speech engine is installed: hide the Listen button.
    NoEngine,
}

#[derive(Debug, thiserror::Error)]
pub enum SpeakError {
    #[error("no speech engine is installed")]
    NoEngine,
    #[error("no voice for language `{0}`")]
    NoVoice(Language),
    #[error(transparent)]
    Engine(#[from] SpeechError),
}

/// Something that can be read aloud: a whole screen or a single text.
pub trait ToUtterance {
    fn to_utterance(&self) -> String;
}

impl ToUtterance for ScreenText {
    fn to_utterance(&self) -> String {
        spoken::utterance(self)
    }
}

impl ToUtterance for str {
    fn to_utterance(&self) -> String {
        self.trim().to_owned()
    }
}

impl ToUtterance for String {
    fn to_utterance(&self) -> String {
        self.as_str().to_utterance()
    }
}

/// `[speech]` in the kiosk's config. Every key is optional:
///
/// ```toml
/// [speech]
/// enabled = true          # false: no speech, the Listen button is hidden
/// program = "espeak-ng"   # the espeak-ng program, a name on PATH or a path
/// volume = 100            # default volume in percent of normal, 20-200;
///                         # back to this at every session reset
/// player = []             # empty: espeak-ng plays on the default audio
///                         # device. Otherwise a program that plays a WAV
///                         # stream from its standard input, e.g. for a
///                         # headset jack:
///                         # ["aplay", "-q", "-D", "plughw:CARD=Headset"]
/// # Headphone mode (staff switch it on in the staff panel):
/// headphone_player = []   # the output for headphones, as `player`;
///                         # empty: the same output as `player`
/// headphone_volume = 60   # default volume in headphone mode, 20-200
/// headset_jack = true     # plugging headphones into the jack turns speech
///                         # on, private, to `headphone_player`
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SpeechConfig {
    pub enabled: bool,
    pub program: PathBuf,
    pub volume: u8,
    pub player: Vec<String>,
    pub headphone_player: Vec<String>,
    pub headphone_volume: u8,
    /// Watch the headphone jack (`headset::Jack`).
    pub headset_jack: bool,
}

impl Default for SpeechConfig {
    fn default() -> Self {
        SpeechConfig {
            enabled: true,
            program: PathBuf::from("espeak-ng"),
            volume: Volume::NORMAL.percent(),
            player: Vec::new(),
            headphone_player: Vec::new(),
            headphone_volume: 60,
            headset_jack: true,
        }
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SpeechConfigError {
    #[error("[speech] volume = {0}: allowed is 20 to 200 (percent of normal)")]
    Volume(u8),
    #[error("[speech] program is empty: give the espeak-ng program, e.g. \"espeak-ng\"")]
    EmptyProgram,
    #[error("[speech] player: the first element must be a program, e.g. [\"aplay\", \"-q\"]")]
    EmptyPlayer,
    #[error("[speech] headphone_volume = {0}: allowed is 20 to 200 (percent of normal)")]
    HeadphoneVolume(u8),
}

impl SpeechConfig {
    pub fn validate(&self) -> Result<(), SpeechConfigError> {
        if !(Volume::MIN.0..=Volume::MAX.0).contains(&self.volume) {
            return Err(SpeechConfigError::Volume(self.volume));
        }
        if self.program.as_os_str().is_empty() {
            return Err(SpeechConfigError::EmptyProgram);
        }
        if self.player.first().is_some_and(|p| p.trim().is_empty())
            || self
                .headphone_player
                .first()
                .is_some_and(|p| p.trim().is_empty())
        {
            return Err(SpeechConfigError::EmptyPlayer);
        }
        if !(Volume::MIN.0..=Volume::MAX.0).contains(&self.headphone_volume) {
            return Err(SpeechConfigError::HeadphoneVolume(self.headphone_volume));
        }
        Ok(())
    }
}

#[derive(Debug, Clone)]
struct Said {
    text: String,
    voice: String,
    rate: Rate,
}

/// The speech service the UI owns: one per kiosk.
pub struct Speaker {
    engine: Option<Box<dyn SpeechEngine>>,
    voices: VoiceTable,
    /// The languages whose voice the engine really has.
    usable: Vec<(Language, String)>,
    default_volume: Volume,
    volume: Volume,
    last: Option<Said>,
    /// Headphone mode: the output (`None`: the normal one) and its volume.
    headphone_engine: Option<Box<dyn SpeechEngine>>,
    headphone_volume: Volume,
    headphones: bool,
}

impl fmt::Debug for Speaker {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // No utterance text: it may contain what the visitor typed.
        f.debug_struct("Speaker")
            .field("engine", &self.engine)
            .field("usable", &self.usable)
            .field("volume", &self.volume)
            .finish_non_exhaustive()
    }
}

impl Speaker {
    /// A speaker over an engine (`None`: no engine, speech is off). Asks the
    /// engine once for each voice of the table.
    pub fn new(
        engine: Option<Box<dyn SpeechEngine>>,
        voices: VoiceTable,
        default_volume: Volume,
    ) -> Speaker {
        let mut usable = Vec::new();
        if let Some(engine) = &engine {
            // One question per distinct voice: a variety shares its base's.
            let mut known: BTreeMap<&str, bool> = BTreeMap::new();
            for (language, voice) in voices.iter() {
                let has = *known
                    .entry(voice)
                    .or_insert_with(|| engine.has_voice(voice));
                if has {
                    usable.push((language, voice.to_owned()));
                } else {
                    tracing::warn!(
                        language = language.code(),
                        voice,
                        engine = engine.name(),
                        "speech: the engine has no such voice; the language gets no speech"
                    );
                }
            }
        }
        Speaker {
            engine,
            voices,
            usable,
            default_volume,
            volume: default_volume,
            last: None,
            headphone_engine: None,
            headphone_volume: default_volume,
            headphones: false,
        }
    }

    /// Sets what headphone mode uses: an output of its own (`None`: the
    /// normal output) and a default volume.
    pub fn with_headphones(
        mut self,
        engine: Option<Box<dyn SpeechEngine>>,
        volume: Volume,
    ) -> Speaker {
        self.headphone_engine = engine;
        self.headphone_volume = volume;
        self
    }

    /// Headphone mode on or off (staff panel): speech stops, and the
    /// output and default volume change.
    pub fn set_headphones(&mut self, on: bool) {
        if self.headphones != on {
            self.stop();
            self.headphones = on;
            self.volume = self.mode_volume();
        }
    }

    pub fn headphones(&self) -> bool {
        self.headphones
    }

    /// Whether headphone mode has an output of its own.
    pub fn has_headphone_output(&self) -> bool {
        self.headphone_engine.is_some()
    }

    fn mode_volume(&self) -> Volume {
        if self.headphones {
            self.headphone_volume
        } else {
            self.default_volume
        }
    }

    /// The engine for the current mode.
    fn output(&self) -> Option<&dyn SpeechEngine> {
        if self.headphones
            && let Some(engine) = &self.headphone_engine
        {
            return Some(engine.as_ref());
        }
        self.engine.as_deref()
    }

    /// Whether speech will most likely work, known without running
    /// anything: enabled in the config and its program found (a file
    /// lookup on `PATH`, microseconds). The Listen button takes its place
    /// from the first frame on this guess, so the bar does not move when
    /// the real probe ([`Speaker::start`], which runs the program) answers
    /// after it (issue 24).
    pub fn likely(config: &SpeechConfig) -> bool {
        if !config.enabled {
            return false;
        }
        let program = &config.program;
        if program.components().count() > 1 {
            return program.is_file();
        }
        std::env::var_os("PATH").is_some_and(|paths| {
            std::env::split_paths(&paths).any(|dir| dir.join(program).is_file())
        })
    }

    /// Detects espeak-ng as configured and builds the speaker. A missing or
    /// broken engine is logged and gives a speaker without engine
    /// ([`Availability::NoEngine`] everywhere); nothing fails.
    pub fn start(config: &SpeechConfig, voices: VoiceTable) -> Speaker {
        let volume = Volume::new(config.volume);
        if !config.enabled {
            tracing::info!("speech: off in the config");
            return Speaker::new(None, voices, volume);
        }
        match Espeak::detect(&config.program) {
            Ok(espeak) => {
                let headphones: Option<Box<dyn SpeechEngine>> =
                    if config.headphone_player.is_empty() {
                        None
                    } else {
                        Some(Box::new(
                            espeak.with_output(config.headphone_player.clone()),
                        ))
                    };
                let espeak = espeak.with_player(config.player.clone());
                tracing::info!(engine = espeak.name(), "speech: engine found");
                Speaker::new(Some(Box::new(espeak)), voices, volume)
                    .with_headphones(headphones, Volume::new(config.headphone_volume))
            }
            Err(e) => {
                tracing::warn!(
                    error = %e,
                    "speech: no engine; the Listen button is hidden (install the Debian package espeak-ng)"
                );
                Speaker::new(None, voices, volume)
            }
        }
    }

    /// The engine's name and version for the staff panel, or `None` when
    /// there is no engine.
    pub fn engine_name(&self) -> Option<String> {
        self.engine.as_ref().map(|e| e.name())
    }

    /// Whether there is an engine at all (show the Listen button).
    pub fn has_engine(&self) -> bool {
        self.engine.is_some()
    }

    /// Whether speech can be offered in `language`, and what to offer
    /// instead if not.
    pub fn availability(&self, language: Language) -> Availability {
        if self.engine.is_none() {
            return Availability::NoEngine;
        }
        match self.voice(language) {
            Some(voice) => Availability::Voice(voice.to_owned()),
            None => Availability::NoVoice {
                offer: self
                    .voices
                    .offer()
                    .iter()
                    .copied()
                    .filter(|l| self.voice(*l).is_some())
                    .collect(),
            },
        }
    }

    fn voice(&self, language: Language) -> Option<&str> {
        self.usable
            .iter()
            .find(|(l, _)| *l == language)
            .map(|(_, v)| v.as_str())
    }

    /// Reads a screen or a text aloud in `language`'s voice and returns at
    /// once; whatever was being spoken stops. The text must already be in
    /// that language (for a language without a voice the UI describes the
    /// screen again in the offered language it chose).
    pub fn speak<T: ToUtterance + ?Sized>(
        &mut self,
        what: &T,
        language: Language,
    ) -> Result<(), SpeakError> {
        let engine = self.output().ok_or(SpeakError::NoEngine)?;
        let voice = self
            .voice(language)
            .ok_or(SpeakError::NoVoice(language))?
            .to_owned();
        let text = what.to_utterance();
        engine.cancel();
        if text.is_empty() {
            return Ok(());
        }
        tracing::debug!(voice, chars = text.chars().count(), "speech: speaking");
        let rate = Rate::for_language(language);
        engine.speak(&text, &voice, self.volume, rate)?;
        self.last = Some(Said { text, voice, rate });
        Ok(())
    }

    /// The Listen button: stops if speaking, otherwise reads `what`.
    /// Returns whether speech is now on.
    pub fn toggle<T: ToUtterance + ?Sized>(
        &mut self,
        what: &T,
        language: Language,
    ) -> Result<bool, SpeakError> {
        if self.is_speaking() {
            self.stop();
            Ok(false)
        } else {
            self.speak(what, language)?;
            Ok(true)
        }
    }

    /// Plays the attention tone on the current output.
    pub fn chime(&self) {
        if let Some(engine) = self.output()
            && let Err(e) = engine.chime()
        {
            tracing::warn!(error = %e, "the attention tone could not be played");
        }
    }

    /// Stops at once (screen change, Listen touched again).
    pub fn stop(&self) {
        for engine in self.engine.iter().chain(&self.headphone_engine) {
            engine.cancel();
        }
    }

    /// Reads the last text again, from the start. Nothing happens if
    /// nothing was read in this session.
    pub fn repeat(&mut self) -> Result<(), SpeakError> {
        let engine = self.output().ok_or(SpeakError::NoEngine)?;
        if let Some(said) = &self.last {
            engine.speak(&said.text, &said.voice, self.volume, said.rate)?;
        }
        Ok(())
    }

    /// The text last given to the engine in this session (tests check
    /// what a key press said; it may hold what the visitor typed, so it is
    /// never logged and is forgotten at reset).
    pub fn last_text(&self) -> Option<&str> {
        self.last.as_ref().map(|said| said.text.as_str())
    }

    pub fn is_speaking(&self) -> bool {
        self.engine
            .iter()
            .chain(&self.headphone_engine)
            .any(|e| e.is_speaking())
    }

    pub fn volume(&self) -> Volume {
        self.volume
    }

    /// One step louder. While speaking, the current text starts again at
    /// the new volume (the engine cannot change a running utterance).
    pub fn volume_up(&mut self) -> Volume {
        self.set_volume(self.volume.louder())
    }

    /// One step quieter; see [`Speaker::volume_up`].
    pub fn volume_down(&mut self) -> Volume {
        self.set_volume(self.volume.quieter())
    }

    /// Back to the configured default volume (of headphone mode when on).
    pub fn reset_volume(&mut self) -> Volume {
        self.set_volume(self.mode_volume())
    }

    fn set_volume(&mut self, volume: Volume) -> Volume {
        if volume != self.volume {
            self.volume = volume;
            if self.is_speaking()
                && let Err(e) = self.repeat()
            {
                tracing::warn!(error = %e, "speech: cannot restart at the new volume");
            }
        }
        self.volume
    }

    /// Session reset: stop, default volume, forget the last text (it may
    /// hold what the visitor typed).
    pub fn reset(&mut self) {
        self.stop();
        self.last = None;
        self.volume = self.mode_volume();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn volume_steps_and_limits() {
        let mut v = Volume::NORMAL;
        for _ in 0..10 {
            v = v.louder();
        }
        assert_eq!(v, Volume::MAX);
        for _ in 0..20 {
            v = v.quieter();
        }
        assert_eq!(v, Volume::MIN);
        assert_eq!(Volume::NORMAL.louder().percent(), 120);
        assert_eq!(Volume::new(0), Volume::MIN);
        assert_eq!(Volume::new(255), Volume::MAX);
    }

    #[test]
    fn config_defaults_and_validation() {
        let config: SpeechConfig = toml::from_str("").unwrap();
        assert_eq!(config, SpeechConfig::default());
        assert!(config.validate().is_ok());
        let config: SpeechConfig = toml::from_str("volume = 250").unwrap();
        assert_eq!(config.validate(), Err(SpeechConfigError::Volume(250)));
        assert!(toml::from_str::<SpeechConfig>("voice = \"sv\"").is_err());
        let config: SpeechConfig = toml::from_str("player = [\"\"]").unwrap();
        assert_eq!(config.validate(), Err(SpeechConfigError::EmptyPlayer));
    }

    #[test]
    fn without_engine_everything_is_no_engine_and_nothing_panics() {
        let mut speaker = Speaker::new(None, VoiceTable::builtin(), Volume::NORMAL);
        for language in Language::ALL {
            assert_eq!(speaker.availability(language), Availability::NoEngine);
        }
        assert!(matches!(
            speaker.speak("Hej", Language::Sv),
            Err(SpeakError::NoEngine)
        ));
        assert!(matches!(speaker.repeat(), Err(SpeakError::NoEngine)));
        speaker.stop();
        assert!(!speaker.is_speaking());
        assert_eq!(speaker.volume_up().percent(), 120);
        speaker.reset();
        assert_eq!(speaker.volume(), Volume::NORMAL);
        assert_eq!(speaker.engine_name(), None);
    }

    /// Records what it was asked to say.
    #[derive(Debug, Default)]
    struct Fake {
        said: std::sync::Mutex<Vec<(String, u8)>>,
    }

    impl SpeechEngine for std::sync::Arc<Fake> {
        fn name(&self) -> String {
            "fake".into()
        }
        fn has_voice(&self, _: &str) -> bool {
            true
        }
        fn speak(&self, text: &str, _: &str, volume: Volume, _: Rate) -> Result<(), SpeechError> {
            self.said
                .lock()
                .unwrap()
                .push((text.to_owned(), volume.percent()));
            Ok(())
        }
        fn cancel(&self) {}
        fn is_speaking(&self) -> bool {
            false
        }
    }

    #[test]
    fn headphone_mode_uses_its_output_and_volume() {
        let speakers = std::sync::Arc::new(Fake::default());
        let headset = std::sync::Arc::new(Fake::default());
        let mut speaker = Speaker::new(
            Some(Box::new(speakers.clone())),
            VoiceTable::builtin(),
            Volume::NORMAL,
        )
        .with_headphones(Some(Box::new(headset.clone())), Volume::new(60));
        assert!(speaker.has_headphone_output());
        speaker.speak("Hej", Language::Sv).unwrap();
        speaker.set_headphones(true);
        assert!(speaker.headphones());
        speaker.speak("Hallå", Language::Sv).unwrap();
        speaker.volume_up();
        speaker.reset();
        assert_eq!(
            speaker.volume().percent(),
            60,
            "reset keeps headphone volume"
        );
        speaker.set_headphones(false);
        assert_eq!(speaker.volume(), Volume::NORMAL);
        assert_eq!(*speakers.said.lock().unwrap(), [("Hej".to_owned(), 100)]);
        assert_eq!(*headset.said.lock().unwrap(), [("Hallå".to_owned(), 60)]);
    }
}

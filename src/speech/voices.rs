//! The language → voice table: data (`resources/speech/voices.toml`), not
//! code.
//!
//! ```toml
//! offer = ["sv", "en"]   # offered when the visitor's language has no voice
//!
//! [voices]               # kiosk language code = engine voice name
//! sv = "sv"
//! ar = "ar"
//! ```
//!
//! A language missing under `[voices]` has no voice. Every language in
//! `offer` must have one.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::i18n::Language;

/// The table shipped with the kiosk (the same file, embedded at build time).
pub const BUILTIN: &str = include_str!("../../resources/speech/voices.toml");

#[derive(Debug, thiserror::Error)]
pub enum VoiceTableError {
    #[error("cannot read the voice table {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("the voice table{} is not valid TOML: {message}", at(.path))]
    Syntax {
        path: Option<PathBuf>,
        message: String,
    },
    #[error("the voice table{}: `{code}` is not a kiosk language (allowed: sv, sv-x-lattlast, en, fi, ar, fa, so, tr, ti)", at(.path))]
    UnknownLanguage { path: Option<PathBuf>, code: String },
    #[error("the voice table{}: the voice of `{language}` is `{voice}`; a voice name is letters, digits, `-`, `_`, `+` or `/` and does not start with `-`", at(.path))]
    BadVoiceName {
        path: Option<PathBuf>,
        language: Language,
        voice: String,
    },
    #[error("the voice table{}: `offer` is empty; name at least one language with a voice", at(.path))]
    EmptyOffer { path: Option<PathBuf> },
    #[error("the voice table{}: `offer` names `{language}`, which has no voice under [voices]", at(.path))]
    OfferWithoutVoice {
        path: Option<PathBuf>,
        language: Language,
    },
}

fn at(path: &Option<PathBuf>) -> String {
    path.as_ref()
        .map(|p| format!(" {}", p.display()))
        .unwrap_or_default()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    offer: Vec<String>,
    #[serde(default)]
    voices: BTreeMap<String, String>,
}

/// Which voice reads each language, and what to offer when there is none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VoiceTable {
    voices: BTreeMap<Language, String>,
    offer: Vec<Language>,
}

impl VoiceTable {
    /// The table shipped with the kiosk.
    pub fn builtin() -> VoiceTable {
        // The embedded file is checked by a unit test; failing here is a
        // build defect, not outside input.
        VoiceTable::parse(BUILTIN).expect("resources/speech/voices.toml is valid")
    }

    /// Reads and validates a table from a file.
    pub fn load(path: &Path) -> Result<VoiceTable, VoiceTableError> {
        let text = std::fs::read_to_string(path).map_err(|source| VoiceTableError::Read {
            path: path.to_owned(),
            source,
        })?;
        Self::parse_from(&text, Some(path))
    }

    /// Validates a table given as TOML text.
    pub fn parse(text: &str) -> Result<VoiceTable, VoiceTableError> {
        Self::parse_from(text, None)
    }

    fn parse_from(text: &str, path: Option<&Path>) -> Result<VoiceTable, VoiceTableError> {
        let path = path.map(Path::to_owned);
        let raw: Raw = toml::from_str(text).map_err(|e| VoiceTableError::Syntax {
            path: path.clone(),
            message: e.to_string(),
        })?;
        let language = |code: &str| {
            code.parse::<Language>()
                .map_err(|_| VoiceTableError::UnknownLanguage {
                    path: path.clone(),
                    code: code.to_owned(),
                })
        };
        let mut voices = BTreeMap::new();
        for (code, voice) in raw.voices {
            let lang = language(&code)?;
            if !valid_voice_name(&voice) {
                return Err(VoiceTableError::BadVoiceName {
                    path,
                    language: lang,
                    voice,
                });
            }
            voices.insert(lang, voice);
        }
        let mut offer = Vec::new();
        for code in &raw.offer {
            let lang = language(code)?;
            if !voices.contains_key(&lang) {
                return Err(VoiceTableError::OfferWithoutVoice {
                    path,
                    language: lang,
                });
            }
            if !offer.contains(&lang) {
                offer.push(lang);
            }
        }
        if offer.is_empty() {
            return Err(VoiceTableError::EmptyOffer { path });
        }
        Ok(VoiceTable { voices, offer })
    }

    /// The voice for a language, if it has one. A variety without its own
    /// line reads with its base language's voice (easy-to-read Swedish with
    /// the Swedish one, at its own rate: [`super::Rate::for_language`]).
    pub fn voice(&self, language: Language) -> Option<&str> {
        self.voices
            .get(&language)
            .or_else(|| self.voices.get(&language.base()))
            .map(String::as_str)
    }

    /// Languages offered instead when the visitor's has no voice.
    pub fn offer(&self) -> &[Language] {
        &self.offer
    }

    /// Every language with a voice, with its voice (varieties included).
    pub fn iter(&self) -> impl Iterator<Item = (Language, &str)> {
        Language::ALL
            .into_iter()
            .filter_map(|l| self.voice(l).map(|v| (l, v)))
    }
}

/// A voice name goes on the engine's command line after `-v`: keep it to
/// the characters voice names use, and never let it look like an option.
pub(crate) fn valid_voice_name(voice: &str) -> bool {
    !voice.is_empty()
        && !voice.starts_with('-')
        && voice.len() <= 64
        && voice
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '+' | '/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_table_has_the_six_espeak_languages_and_offers_swedish_then_english() {
        let table = VoiceTable::builtin();
        let with_voice: Vec<Language> = table.iter().map(|(l, _)| l).collect();
        assert_eq!(
            with_voice,
            [
                Language::Sv,
                Language::SvEasy,
                Language::En,
                Language::Fi,
                Language::Ar,
                Language::Fa,
                Language::Tr
            ]
        );
        assert_eq!(table.voice(Language::Ar), Some("ar"));
        assert_eq!(table.voice(Language::So), None);
        assert_eq!(table.voice(Language::Ti), None);
        assert_eq!(table.offer(), [Language::Sv, Language::En]);
    }

    #[test]
    fn unknown_language_is_named() {
        let err = VoiceTable::parse("offer = [\"sv\"]\n[voices]\nsv = \"sv\"\nde = \"de\"\n")
            .unwrap_err();
        assert!(
            matches!(&err, VoiceTableError::UnknownLanguage { code, .. } if code == "de"),
            "{err}"
        );
        assert!(err.to_string().contains("`de`"));
    }

    #[test]
    fn voice_names_cannot_smuggle_options() {
        for bad in ["", "-w/tmp/x", "sv x", "sv;rm"] {
            let text = format!("offer = [\"en\"]\n[voices]\nen = \"en\"\nsv = \"{bad}\"\n");
            let err = VoiceTable::parse(&text).unwrap_err();
            assert!(
                matches!(
                    err,
                    VoiceTableError::BadVoiceName {
                        language: Language::Sv,
                        ..
                    }
                ),
                "{bad:?}: {err}"
            );
        }
        assert!(VoiceTable::parse("offer = [\"en\"]\n[voices]\nen = \"en-gb-x-rp\"\n").is_ok());
    }

    #[test]
    fn offer_must_be_speakable_and_not_empty() {
        let err = VoiceTable::parse("offer = [\"so\"]\n[voices]\nsv = \"sv\"\n").unwrap_err();
        assert!(matches!(
            err,
            VoiceTableError::OfferWithoutVoice {
                language: Language::So,
                ..
            }
        ));
        let err = VoiceTable::parse("offer = []\n[voices]\nsv = \"sv\"\n").unwrap_err();
        assert!(matches!(err, VoiceTableError::EmptyOffer { .. }));
    }

    #[test]
    fn syntax_and_unknown_keys_are_rejected_with_the_path() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("voices.toml");
        std::fs::write(&path, "offer = [\"sv\"]\nvoice = 3\n").unwrap();
        let err = VoiceTable::load(&path).unwrap_err();
        assert!(matches!(err, VoiceTableError::Syntax { .. }), "{err}");
        assert!(err.to_string().contains("voices.toml"), "{err}");
        let err = VoiceTable::load(&dir.path().join("missing.toml")).unwrap_err();
        assert!(matches!(err, VoiceTableError::Read { .. }));
    }
}

//! Languages offered by the kiosk and the Fluent loaders behind `t!`.
//!
//! Plain Rust: no iced here. Every user-visible string comes from
//! `i18n/<code>/medborgarkiosk.ftl`; the `t!` macro checks keys at compile
//! time against the Swedish file (see `i18n.toml`).

use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use i18n_embed::LanguageLoader;
use i18n_embed::fluent::FluentLanguageLoader;
use rust_embed::RustEmbed;
use serde::{Deserialize, Serialize};

#[derive(RustEmbed)]
#[folder = "i18n/"]
struct Localizations;

/// Writing direction of a language. One table ([`Language::direction`])
/// drives all mirroring in the UI.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    LeftToRight,
    RightToLeft,
}

/// A language the kiosk can be used in. The order here is the default order
/// of the language buttons; the config may choose a subset and reorder it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    Sv,
    En,
    Fi,
    Ar,
    Fa,
    So,
    Tr,
    Ti,
}

impl Language {
    pub const ALL: [Language; 8] = [
        Language::Sv,
        Language::En,
        Language::Fi,
        Language::Ar,
        Language::Fa,
        Language::So,
        Language::Tr,
        Language::Ti,
    ];

    /// The default language of the kiosk and the language of staff texts.
    pub const DEFAULT: Language = Language::Sv;

    /// ISO 639-1 code, also the folder name under `i18n/`.
    pub fn code(self) -> &'static str {
        match self {
            Language::Sv => "sv",
            Language::En => "en",
            Language::Fi => "fi",
            Language::Ar => "ar",
            Language::Fa => "fa",
            Language::So => "so",
            Language::Tr => "tr",
            Language::Ti => "ti",
        }
    }

    pub fn direction(self) -> Direction {
        match self {
            Language::Ar | Language::Fa => Direction::RightToLeft,
            _ => Direction::LeftToRight,
        }
    }

    pub fn is_rtl(self) -> bool {
        self.direction() == Direction::RightToLeft
    }

    /// Whether the language's script needs complex shaping (joining,
    /// reordering) and so font fallback for mixed text.
    pub fn script_needs_shaping(self) -> bool {
        matches!(self, Language::Ar | Language::Fa | Language::Ti)
    }

    /// The language's own name (endonym), as shown on its button.
    pub fn native_name(self) -> String {
        crate::t!(self, "language-name")
    }

    fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("unknown language code `{0}` (allowed: sv, en, fi, ar, fa, so, tr, ti)")]
pub struct UnknownLanguage(pub String);

impl FromStr for Language {
    type Err = UnknownLanguage;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Language::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| UnknownLanguage(s.to_owned()))
    }
}

static LOADERS: [OnceLock<FluentLanguageLoader>; 8] = [const { OnceLock::new() }; 8];

/// The Fluent loader for one language, with Swedish as fallback. Built on
/// first use, so start-up parses only the languages it shows.
pub fn loader(language: Language) -> &'static FluentLanguageLoader {
    LOADERS[language.index()].get_or_init(|| {
        let fallback: unic_langid::LanguageIdentifier = "sv".parse().expect("static id");
        let loader = FluentLanguageLoader::new("medborgarkiosk", fallback);
        let id: unic_langid::LanguageIdentifier =
            language.code().parse().expect("static language id");
        // The files are embedded at compile time and checked by tests, so a
        // failure here is a build defect, not outside input.
        loader
            .load_languages(&Localizations, &[id])
            .expect("embedded Fluent files must parse");
        // Bidi isolation marks around placeables are drawn as boxes by some
        // fonts; our own layout handles direction.
        loader.set_use_isolating(false);
        loader
    })
}

/// The raw Fluent source of a language, for the completeness tests.
pub fn source(language: Language) -> Option<String> {
    let file = Localizations::get(&format!("{}/medborgarkiosk.ftl", language.code()))?;
    String::from_utf8(file.data.into_owned()).ok()
}

/// Look a message up in a language: `t!(lang, "key")` or
/// `t!(lang, "key", name = value)`. Keys and arguments are checked at
/// compile time against `i18n/sv/medborgarkiosk.ftl`.
#[macro_export]
macro_rules! t {
    ($lang:expr, $id:literal) => {
        i18n_embed_fl::fl!($crate::i18n::loader($lang), $id)
    };
    ($lang:expr, $id:literal, $($args:tt)*) => {
        i18n_embed_fl::fl!($crate::i18n::loader($lang), $id, $($args)*)
    };
}

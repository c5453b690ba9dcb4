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
    /// Lättläst svenska: easy-to-read Swedish (issue 19), written anew to the
    /// guidelines of Centrum för lättläst / MTM. BCP 47 `sv-x-lattlast` (a
    /// private-use subtag of Swedish): Swedish for speech, search, keyboard
    /// and dates.
    #[serde(rename = "sv-x-lattlast")]
    SvEasy,
    En,
    Fi,
    Ar,
    Fa,
    So,
    Tr,
    Ti,
}

impl Language {
    pub const ALL: [Language; 9] = [
        Language::Sv,
        Language::SvEasy,
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

    /// The BCP 47 tag: ISO 639-1 code, or `sv-x-lattlast` for easy-to-read
    /// Swedish. Also the folder name under `i18n/` and `resources/content/`.
    pub fn code(self) -> &'static str {
        match self {
            Language::Sv => "sv",
            Language::SvEasy => "sv-x-lattlast",
            Language::En => "en",
            Language::Fi => "fi",
            Language::Ar => "ar",
            Language::Fa => "fa",
            Language::So => "so",
            Language::Tr => "tr",
            Language::Ti => "ti",
        }
    }

    /// The language whose rules a variety follows: easy-to-read Swedish is
    /// Swedish for speech voices, search folding, the keyboard, fonts, date
    /// formats and plural rules; every other language is its own base.
    pub fn base(self) -> Language {
        match self {
            Language::SvEasy => Language::Sv,
            other => other,
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
        greetings()[self.index()].name.clone()
    }

    /// The language's greeting ("Välkommen"), as Start shows it.
    pub fn welcome(self) -> String {
        greetings()[self.index()].welcome.clone()
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
#[error("unknown language code `{0}` (allowed: sv, sv-x-lattlast, en, fi, ar, fa, so, tr, ti)")]
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

static LOADERS: [OnceLock<FluentLanguageLoader>; 9] = [const { OnceLock::new() }; 9];

/// The Fluent loader for one language. Built on first use and kept: a
/// language's loader exists once a visitor has chosen it.
pub fn loader(language: Language) -> &'static FluentLanguageLoader {
    LOADERS[language.index()].get_or_init(|| build_loader(language))
}

fn build_loader(language: Language) -> FluentLanguageLoader {
    // The Fluent locale decides plural rules and number formats, which
    // a variety takes from its base language: easy-to-read Swedish is
    // loaded as `sv` from its own folder.
    let id: unic_langid::LanguageIdentifier =
        language.base().code().parse().expect("static language id");
    // The language is its own fallback: every file has exactly the
    // Swedish keys (tests/suite/i18n.rs), so a Swedish fallback would only
    // parse and keep the Swedish file once more in every loader, about
    // 0.3 MB each on the heap (issue 24).
    let loader = FluentLanguageLoader::new("medborgarkiosk", id.clone());
    // The files are embedded at compile time and checked by tests, so a
    // failure here is a build defect, not outside input.
    let loaded = if language == language.base() {
        loader.load_languages(&Localizations, &[id])
    } else {
        loader.load_languages(&Variety(language), &[id])
    };
    loaded.expect("embedded Fluent files must parse");
    // Bidi isolation marks around placeables are drawn as boxes by some
    // fonts; our own layout handles direction.
    loader.set_use_isolating(false);
    loader
}

/// What every language says of itself on Start and in the language
/// picker, where all of them show at once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Greeting {
    /// "Välkommen", "Welcome", …
    pub welcome: String,
    /// The language's own name, as on its button.
    pub name: String,
}

static GREETINGS: OnceLock<[Greeting; 9]> = OnceLock::new();

/// Every language's greeting, from its Fluent file. A language whose
/// loader is not kept yet is read by one made for the purpose and dropped:
/// Start shows nine languages, and keeping nine Fluent bundles for it cost
/// about 2.5 MB while most visits use one or two (issue 24).
pub fn greetings() -> &'static [Greeting; 9] {
    GREETINGS.get_or_init(|| {
        Language::ALL.map(|language| {
            let read = |loader: &FluentLanguageLoader| Greeting {
                welcome: i18n_embed_fl::fl!(loader, "welcome"),
                name: i18n_embed_fl::fl!(loader, "language-name"),
            };
            match LOADERS[language.index()].get() {
                Some(kept) => read(kept),
                None => read(&build_loader(language)),
            }
        })
    })
}

/// The embedded Fluent files as a variety sees them: its own folder in
/// place of its base language's (`sv/` reads `sv-x-lattlast/`).
struct Variety(Language);

impl i18n_embed::I18nAssets for Variety {
    fn get_files(&self, file_path: &str) -> Vec<std::borrow::Cow<'_, [u8]>> {
        let base = format!("{}/", self.0.base().code());
        let path = match file_path.strip_prefix(&base) {
            Some(rest) => format!("{}/{rest}", self.0.code()),
            None => file_path.to_owned(),
        };
        Localizations::get(&path)
            .map(|file| file.data)
            .into_iter()
            .collect()
    }

    fn filenames_iter(&self) -> Box<dyn Iterator<Item = String> + '_> {
        Box::new(Localizations::iter().map(|name| name.to_string()))
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_greeting_is_the_languages_own_fluent_text() {
        let greetings = greetings();
        for language in Language::ALL {
            assert_eq!(
                greetings[language.index()].welcome,
                crate::t!(language, "welcome")
            );
            assert_eq!(language.welcome(), crate::t!(language, "welcome"));
            assert_eq!(language.native_name(), crate::t!(language, "language-name"));
        }
        assert_eq!(Language::Ar.native_name(), "العربية");
        assert_eq!(Language::Sv.welcome(), "Välkommen");
    }
}

//! The bundled Noto fonts (`crate::fonts`) in iced's text system, and the
//! font for each language.

use iced::Font;
use iced::font::{Family, Weight};

use crate::i18n::Language;

const LATIN: &str = "Noto Sans";
const ARABIC: &str = "Noto Sans Arabic";
const ETHIOPIC: &str = "Noto Sans Ethiopic";

/// A fontconfig file that names one directory that does not exist: the
/// text system (cosmic-text) and the SVG renderer (usvg) each scan the
/// machine's fonts on first use (`fontdb::Database::load_system_fonts`,
/// which parses every fonts.conf include and every font file it names).
/// The kiosk draws only its bundled fonts, so that scan is start-up time
/// and memory for nothing (issue 24).
const NO_SYSTEM_FONTS: &str = "<?xml version=\"1.0\"?>\n<!-- Written by medborgarkiosk: the kiosk draws only its bundled fonts. -->\n<fontconfig><dir>/nonexistent/medborgarkiosk-bundled-fonts-only</dir></fontconfig>\n";

/// Before any text is drawn: make the font scans find no system fonts,
/// unless `FONTCONFIG_FILE` is already set (IT's choice wins). Writes the
/// small config above to the temporary directory. Must run first thing in
/// `main`, while the process has one thread (it sets an environment
/// variable).
pub fn bundled_fonts_only() {
    if std::env::var_os("FONTCONFIG_FILE").is_some() {
        return;
    }
    let path = std::env::temp_dir().join("medborgarkiosk-fonts.conf");
    let current = std::fs::read_to_string(&path).ok();
    if current.as_deref() != Some(NO_SYSTEM_FONTS)
        && let Err(e) = std::fs::write(&path, NO_SYSTEM_FONTS)
    {
        // Not fatal: the machine's fonts are scanned, as iced does.
        eprintln!(
            "cannot write {}: {e}; the system fonts will be scanned",
            path.display()
        );
        return;
    }
    // SAFETY: called first thing in `main`, before any other thread
    // exists, so nothing reads the environment concurrently.
    unsafe { std::env::set_var("FONTCONFIG_FILE", &path) };
}

/// Loads every bundled font into iced's text system, once per process,
/// before any text is shaped. The fonts are handed over as the program's
/// own bytes: iced's `font::load` and `Application::font` copy each file
/// onto the heap (`Cow::into_owned`), 2.2 MB kept for the life of the
/// kiosk beside the same bytes in the binary (issue 24).
pub fn install() {
    use iced::advanced::graphics::text::{cosmic_text::fontdb::Source, font_system};
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| match font_system().write() {
        Ok(mut system) => {
            let db = system.raw().db_mut();
            for file in &crate::fonts::FILES {
                db.load_font_source(Source::Binary(std::sync::Arc::new(file.bytes)));
            }
        }
        Err(_) => tracing::error!("the text system is poisoned; the bundled fonts are not loaded"),
    });
}

/// Changes of screen a shaped word is kept for after it was last shown.
/// Words shaped once (cosmic-text's shape-run cache) are not shaped again
/// when a screen opens again: opening an Arabic guide spent a sixth of its
/// frame shaping (issue 24). The words of about this many screens stay.
const SHAPES_KEPT_FOR: u64 = 12;

/// Forgets the shaped words not shown for [`SHAPES_KEPT_FOR`] changes of
/// screen; called at every change of screen, it bounds the cache.
pub fn forget_old_shapes() {
    use iced::advanced::graphics::text::font_system;
    match font_system().write() {
        Ok(mut system) => system.raw().shape_run_cache.trim(SHAPES_KEPT_FOR),
        Err(_) => tracing::error!("the text system is poisoned; shaped words are not trimmed"),
    }
}

/// The font for text that is not in any one language (numbers, times).
pub const DEFAULT: Font = Font::with_name(LATIN);

fn family(language: Language) -> &'static str {
    match language {
        Language::Ar | Language::Fa => ARABIC,
        Language::Ti => ETHIOPIC,
        Language::Sv
        | Language::SvEasy
        | Language::En
        | Language::Fi
        | Language::So
        | Language::Tr => LATIN,
    }
}

pub fn regular(language: Language) -> Font {
    Font {
        family: Family::Name(family(language)),
        ..Font::DEFAULT
    }
}

pub fn bold(language: Language) -> Font {
    Font {
        weight: Weight::Bold,
        ..regular(language)
    }
}

//! The bundled Noto fonts (resources/fonts, SIL OFL 1.1). The kiosk never
//! relies on the machine's fonts: every script it offers is covered here.

use std::borrow::Cow;

use iced::Font;
use iced::font::{Family, Weight};

use crate::i18n::Language;

const LATIN: &str = "Noto Sans";
const ARABIC: &str = "Noto Sans Arabic";
const ETHIOPIC: &str = "Noto Sans Ethiopic";

/// Every bundled font file, to hand to iced at start.
pub fn all() -> [Cow<'static, [u8]>; 6] {
    [
        Cow::Borrowed(include_bytes!("../../resources/fonts/NotoSans-Regular.ttf")),
        Cow::Borrowed(include_bytes!("../../resources/fonts/NotoSans-Bold.ttf")),
        Cow::Borrowed(include_bytes!(
            "../../resources/fonts/NotoSansArabic-Regular.ttf"
        )),
        Cow::Borrowed(include_bytes!(
            "../../resources/fonts/NotoSansArabic-Bold.ttf"
        )),
        Cow::Borrowed(include_bytes!(
            "../../resources/fonts/NotoSansEthiopic-Regular.ttf"
        )),
        Cow::Borrowed(include_bytes!(
            "../../resources/fonts/NotoSansEthiopic-Bold.ttf"
        )),
    ]
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

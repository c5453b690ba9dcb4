//! What one visitor chose: language, text size, contrast. Everything here is
//! forgotten when the session resets (idle or "start over").

use crate::i18n::Language;

/// Three text sizes; the largest is 1.75 times the base.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TextSize {
    #[default]
    Normal,
    Large,
    Largest,
}

impl TextSize {
    pub const ALL: [TextSize; 3] = [TextSize::Normal, TextSize::Large, TextSize::Largest];

    /// Factor applied to every text size.
    pub fn factor(self) -> f32 {
        match self {
            TextSize::Normal => 1.0,
            TextSize::Large => 1.35,
            TextSize::Largest => 1.75,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    pub language: Language,
    pub text_size: TextSize,
    pub high_contrast: bool,
}

impl Session {
    /// A fresh session in the kiosk's default language and theme.
    pub fn new(language: Language, high_contrast: bool) -> Self {
        Session {
            language,
            text_size: TextSize::Normal,
            high_contrast,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn largest_text_is_at_least_175_percent() {
        assert_eq!(TextSize::Normal.factor(), 1.0);
        assert!(TextSize::Largest.factor() >= 1.75);
        assert!(TextSize::Normal.factor() < TextSize::Large.factor());
        assert!(TextSize::Large.factor() < TextSize::Largest.factor());
    }
}

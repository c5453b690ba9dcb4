//! Colours and sizes. Two palettes (normal and high contrast) whose text
//! pairs are checked against WCAG 2 contrast (4.5:1 and 7:1) by tests, and
//! text sizes scaled by the visitor's text-size choice.

use iced::widget::{button, container};
use iced::{Background, Border, Color, Shadow, Theme};

use crate::session::TextSize;

/// Minimum touch target, logical pixels (at 1920×1080).
pub const TOUCH_MIN: f32 = 64.0;
/// Minimum gap between touch targets.
pub const TOUCH_GAP: f32 = 16.0;
/// Base body text size; never smaller than 24 px.
pub const BASE_TEXT: f32 = 26.0;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette {
    pub background: Color,
    pub text: Color,
    /// Secondary text on the background.
    pub muted: Color,
    /// Tiles and cards.
    pub surface: Color,
    pub surface_text: Color,
    /// Main buttons.
    pub primary: Color,
    pub on_primary: Color,
    /// Bar buttons.
    pub secondary: Color,
    pub on_secondary: Color,
    /// The visitor's current choice (selected language, text size).
    pub selected: Color,
    pub on_selected: Color,
    pub border: Color,
    /// The "are you still there?" dialog.
    pub dialog: Color,
    pub on_dialog: Color,
    /// Behind a dialog: opaque, so the screen behind does not compete with
    /// the dialog, and cheap to paint (a translucent full-screen layer cost
    /// the software renderer ~8 ms a frame: docs/PERFORMANCE.md).
    pub scrim: Color,
}

const fn rgb(hex: u32) -> Color {
    Color::from_rgb8((hex >> 16) as u8, (hex >> 8) as u8, hex as u8)
}

impl Palette {
    pub const NORMAL: Palette = Palette {
        background: rgb(0xF4F6F8),
        text: rgb(0x15202B),
        muted: rgb(0x46525E),
        surface: rgb(0xFFFFFF),
        surface_text: rgb(0x15202B),
        primary: rgb(0x0B4F8A),
        on_primary: rgb(0xFFFFFF),
        secondary: rgb(0xDCE4EC),
        on_secondary: rgb(0x15202B),
        selected: rgb(0x1D6B3A),
        on_selected: rgb(0xFFFFFF),
        border: rgb(0x8A99A8),
        dialog: rgb(0xFFFFFF),
        on_dialog: rgb(0x15202B),
        scrim: rgb(0x2B3440),
    };

    pub const HIGH_CONTRAST: Palette = Palette {
        background: rgb(0x000000),
        text: rgb(0xFFFFFF),
        muted: rgb(0xE6E6E6),
        surface: rgb(0x000000),
        surface_text: rgb(0xFFFFFF),
        primary: rgb(0xFFE500),
        on_primary: rgb(0x000000),
        secondary: rgb(0x000000),
        on_secondary: rgb(0xFFFFFF),
        selected: rgb(0x00E5FF),
        on_selected: rgb(0x000000),
        border: rgb(0xFFFFFF),
        dialog: rgb(0x000000),
        on_dialog: rgb(0xFFFFFF),
        scrim: rgb(0x000000),
    };

    /// The focus ring's two bands: one dark, one light, so one of them
    /// stands out at least 3:1 from any control and any background.
    pub fn ring(&self) -> crate::ui::focus::Ring {
        if self.is_high_contrast() {
            crate::ui::focus::Ring {
                outer: rgb(0xFFFFFF),
                inner: rgb(0x000000),
            }
        } else {
            crate::ui::focus::Ring {
                outer: rgb(0x15202B),
                inner: rgb(0xFFFFFF),
            }
        }
    }

    /// Whether this is the high-contrast palette (by value: a `const`'s
    /// address is not stable, so never compare palettes by pointer).
    pub fn is_high_contrast(&self) -> bool {
        *self == Palette::HIGH_CONTRAST
    }

    pub fn get(high_contrast: bool) -> &'static Palette {
        if high_contrast {
            &Palette::HIGH_CONTRAST
        } else {
            &Palette::NORMAL
        }
    }

    /// Every (foreground, background) pair that carries text.
    pub fn text_pairs(&self) -> [(&'static str, Color, Color); 7] {
        [
            ("text", self.text, self.background),
            ("muted", self.muted, self.background),
            ("surface", self.surface_text, self.surface),
            ("primary", self.on_primary, self.primary),
            ("secondary", self.on_secondary, self.secondary),
            ("selected", self.on_selected, self.selected),
            ("dialog", self.on_dialog, self.dialog),
        ]
    }

    pub fn iced_theme(&self) -> Theme {
        Theme::custom(
            "Medborgarkiosk",
            iced::theme::Palette {
                background: self.background,
                text: self.text,
                primary: self.primary,
                success: self.selected,
                warning: self.primary,
                danger: self.primary,
            },
        )
    }
}

/// Crisis information's own colours, in both themes: white on dark red,
/// and in high contrast yellow on black (with a yellow frame).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CrisisColours {
    pub background: Color,
    pub text: Color,
    /// The banner while pressed (its text keeps `text`).
    pub pressed: Color,
    /// The takeover's main button ("I have read it") and the text on it:
    /// it must stand out from the crisis background itself.
    pub action: Color,
    pub on_action: Color,
}

impl CrisisColours {
    pub const NORMAL: CrisisColours = CrisisColours {
        background: rgb(0xA3121B),
        text: rgb(0xFFFFFF),
        pressed: rgb(0x7A0C13),
        action: rgb(0xFFFFFF),
        on_action: rgb(0xA3121B),
    };

    pub const HIGH_CONTRAST: CrisisColours = CrisisColours {
        background: rgb(0x000000),
        text: rgb(0xFFE500),
        // Not the normal theme's dark red: a dark grey keeps yellow at 10:1.
        pressed: rgb(0x333333),
        action: rgb(0xFFE500),
        on_action: rgb(0x000000),
    };

    pub fn get(high_contrast: bool) -> &'static CrisisColours {
        if high_contrast {
            &CrisisColours::HIGH_CONTRAST
        } else {
            &CrisisColours::NORMAL
        }
    }

    /// Every (foreground, background) pair that carries text.
    pub fn text_pairs(&self) -> [(&'static str, Color, Color); 3] {
        [
            ("crisis text", self.text, self.background),
            ("crisis banner pressed", self.text, self.pressed),
            ("crisis action", self.on_action, self.action),
        ]
    }
}

/// The takeover's main button: the crisis's action colours, a frame of
/// the crisis text colour.
pub fn crisis_action_style(colours: &CrisisColours, status: button::Status) -> button::Style {
    let pressed = matches!(status, button::Status::Pressed);
    button::Style {
        background: Some(Background::Color(if pressed {
            mix(colours.action, colours.on_action, 0.15)
        } else {
            colours.action
        })),
        text_color: colours.on_action,
        border: Border {
            color: colours.text,
            width: if pressed { 4.0 } else { 2.0 },
            radius: 12.0.into(),
        },
        shadow: Shadow::default(),
        snap: true,
    }
}

/// WCAG 2.x relative luminance of an sRGB colour.
pub fn luminance(color: Color) -> f32 {
    fn channel(c: f32) -> f32 {
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    }
    0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)
}

/// WCAG 2.x contrast ratio, 1.0 to 21.0.
pub fn contrast_ratio(a: Color, b: Color) -> f32 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// Text sizes for the visitor's text-size choice.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sizes {
    factor: f32,
}

impl Sizes {
    pub fn new(text_size: TextSize) -> Self {
        Sizes {
            factor: text_size.factor(),
        }
    }

    pub fn body(&self) -> f32 {
        BASE_TEXT * self.factor
    }
    pub fn small(&self) -> f32 {
        // The bar's labels stay at least 24 px.
        24.0 * self.factor
    }
    pub fn heading(&self) -> f32 {
        34.0 * self.factor
    }
    pub fn title(&self) -> f32 {
        48.0 * self.factor
    }
    pub fn huge(&self) -> f32 {
        72.0 * self.factor
    }
}

// ---- widget styles -------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ButtonKind {
    Primary,
    Secondary,
    Selected,
    Tile,
}

/// The colour of a button's text (and of its pictogram).
pub fn button_text(palette: &Palette, kind: ButtonKind) -> Color {
    button_colors(palette, kind).1
}

fn button_colors(palette: &Palette, kind: ButtonKind) -> (Color, Color, Color) {
    match kind {
        ButtonKind::Primary => (palette.primary, palette.on_primary, palette.primary),
        ButtonKind::Secondary => (palette.secondary, palette.on_secondary, palette.border),
        ButtonKind::Selected => (palette.selected, palette.on_selected, palette.selected),
        ButtonKind::Tile => (palette.surface, palette.surface_text, palette.border),
    }
}

pub fn button_style(palette: &Palette, kind: ButtonKind, status: button::Status) -> button::Style {
    let (background, text, border_color) = button_colors(palette, kind);
    let pressed = matches!(status, button::Status::Pressed);
    button::Style {
        background: Some(Background::Color(if pressed {
            mix(background, text, 0.15)
        } else {
            background
        })),
        text_color: text,
        border: Border {
            color: border_color,
            width: if pressed { 4.0 } else { 2.0 },
            radius: 12.0.into(),
        },
        shadow: Shadow::default(),
        snap: true,
    }
}

pub fn surface_style(palette: &Palette) -> container::Style {
    container::Style {
        background: Some(Background::Color(palette.surface)),
        text_color: Some(palette.surface_text),
        border: Border {
            color: palette.border,
            width: 2.0,
            radius: 12.0.into(),
        },
        ..container::Style::default()
    }
}

pub fn dialog_style(palette: &Palette) -> container::Style {
    container::Style {
        background: Some(Background::Color(palette.dialog)),
        text_color: Some(palette.on_dialog),
        border: Border {
            color: palette.border,
            width: 3.0,
            radius: 16.0.into(),
        },
        ..container::Style::default()
    }
}

pub fn scrim_style(palette: &Palette) -> container::Style {
    container::Style {
        background: Some(Background::Color(palette.scrim)),
        ..container::Style::default()
    }
}

pub fn bar_style(palette: &Palette) -> container::Style {
    container::Style {
        background: Some(Background::Color(palette.surface)),
        text_color: Some(palette.surface_text),
        border: Border {
            color: palette.border,
            width: 1.0,
            radius: 0.0.into(),
        },
        ..container::Style::default()
    }
}

fn mix(a: Color, b: Color, t: f32) -> Color {
    Color::from_rgb(
        a.r + (b.r - a.r) * t,
        a.g + (b.g - a.g) * t,
        a.b + (b.b - a.b) * t,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wcag_formula_matches_known_values() {
        let ratio = contrast_ratio(Color::BLACK, Color::WHITE);
        assert!((ratio - 21.0).abs() < 0.01, "{ratio}");
        assert!((contrast_ratio(Color::WHITE, Color::WHITE) - 1.0).abs() < 1e-6);
        // #767676 on white is the classic 4.54:1.
        let grey = rgb(0x767676);
        let ratio = contrast_ratio(grey, Color::WHITE);
        assert!((ratio - 4.54).abs() < 0.01, "{ratio}");
    }

    #[test]
    fn normal_theme_text_is_at_least_4_5_to_1() {
        for (name, fg, bg) in Palette::NORMAL.text_pairs() {
            let ratio = contrast_ratio(fg, bg);
            assert!(ratio >= 4.5, "{name}: {ratio:.2}:1");
        }
    }

    #[test]
    fn high_contrast_theme_text_is_at_least_7_to_1() {
        for (name, fg, bg) in Palette::HIGH_CONTRAST.text_pairs() {
            let ratio = contrast_ratio(fg, bg);
            assert!(ratio >= 7.0, "{name}: {ratio:.2}:1");
        }
    }

    #[test]
    fn crisis_colours_meet_wcag_aa_and_in_high_contrast_aaa() {
        for (name, fg, bg) in CrisisColours::NORMAL.text_pairs() {
            let ratio = contrast_ratio(fg, bg);
            assert!(ratio >= 4.5, "{name}: {ratio:.2}:1");
        }
        for (name, fg, bg) in CrisisColours::HIGH_CONTRAST.text_pairs() {
            let ratio = contrast_ratio(fg, bg);
            assert!(ratio >= 7.0, "high contrast {name}: {ratio:.2}:1");
        }
        // The pressed action (15 % towards its text) still reads.
        for colours in [CrisisColours::NORMAL, CrisisColours::HIGH_CONTRAST] {
            let pressed = mix(colours.action, colours.on_action, 0.15);
            let ratio = contrast_ratio(colours.on_action, pressed);
            assert!(ratio >= 4.5, "pressed action: {ratio:.2}:1");
        }
        // The action button stands out from the crisis background (WCAG
        // 1.4.11: 3:1 for a control's outline).
        for colours in [CrisisColours::NORMAL, CrisisColours::HIGH_CONTRAST] {
            let ratio = contrast_ratio(colours.action, colours.background);
            assert!(ratio >= 3.0, "action on background: {ratio:.2}:1");
        }
        // High contrast is its own look, not the normal dark red.
        assert_ne!(
            CrisisColours::HIGH_CONTRAST.pressed,
            CrisisColours::NORMAL.pressed
        );
        assert_ne!(
            CrisisColours::HIGH_CONTRAST.background,
            CrisisColours::NORMAL.background
        );
    }

    #[test]
    fn the_focus_ring_stands_out_3_to_1_from_every_control_and_background() {
        for palette in [Palette::NORMAL, Palette::HIGH_CONTRAST] {
            let ring = palette.ring();
            // Two bands of at least 3 px: one of them contrasts 3:1 with
            // whatever the ring is drawn on or next to.
            const { assert!(crate::ui::focus::BAND >= 3.0) };
            for (name, fill) in [
                ("background", palette.background),
                ("surface", palette.surface),
                ("primary", palette.primary),
                ("secondary", palette.secondary),
                ("selected", palette.selected),
                ("dialog", palette.dialog),
                ("scrim", palette.scrim),
            ] {
                let best = contrast_ratio(ring.outer, fill).max(contrast_ratio(ring.inner, fill));
                assert!(
                    best >= 3.0,
                    "{} ring on {name}: {best:.2}:1",
                    if palette.is_high_contrast() {
                        "high contrast"
                    } else {
                        "normal"
                    }
                );
            }
            // And the two bands against each other: the ring reads as one.
            assert!(contrast_ratio(ring.outer, ring.inner) >= 3.0);
        }
        for colours in [CrisisColours::NORMAL, CrisisColours::HIGH_CONTRAST] {
            let ring = Palette::NORMAL.ring();
            for fill in [colours.background, colours.action] {
                let best = contrast_ratio(ring.outer, fill).max(contrast_ratio(ring.inner, fill));
                assert!(best >= 3.0, "ring on crisis colours: {best:.2}:1");
            }
        }
    }

    #[test]
    fn the_high_contrast_palette_is_known_by_value() {
        let palette: &Palette = Palette::get(true);
        assert!(palette.is_high_contrast());
        assert!(!Palette::get(false).is_high_contrast());
        let copy = Palette::HIGH_CONTRAST;
        assert!(copy.is_high_contrast());
    }

    #[test]
    fn text_sizes_meet_the_minimums() {
        let normal = Sizes::new(TextSize::Normal);
        assert!(normal.body() >= 24.0);
        assert!(normal.small() >= 24.0);
        let largest = Sizes::new(TextSize::Largest);
        assert!(largest.body() / normal.body() >= 1.75);
    }
}

//! The on-screen keyboard and the text display, drawn from
//! [`crate::keyboard`]'s data.
//!
//! Keys sit in fixed rows that never mirror (an Arabic keyboard has ض top
//! left, like a physical one) and never move: shift changes labels only.
//! Every key is a touch target at least [`KEY_HEIGHT`] high and
//! [`MIN_KEY`] wide with [`TOUCH_GAP`] between keys.

use iced::widget::{Column, Row, Space, button, center, container, scrollable};
use iced::{Alignment, Element, Length};

use crate::i18n::{Direction, Language};
use crate::keyboard::{Key, KeySlot, Keyboard, LayoutId, TextBuffer, direction_of};
use crate::t;
use crate::ui::focus::Role;
use crate::ui::fonts;
use crate::ui::theme::{self, ButtonKind, TOUCH_GAP, TOUCH_MIN};
use crate::ui::widget::{Ctx, Place, label};

/// Key height, logical pixels.
pub const KEY_HEIGHT: f32 = 72.0;
/// Key labels never grow beyond this (larger would not fit the key).
const MAX_KEY_TEXT: f32 = 40.0;

/// Whether a keyboard screen must save height: landscape with enlarged
/// text (the keyboard, the display and the bar no longer fit otherwise).
pub fn compact(ctx: &Ctx) -> bool {
    !ctx.is_portrait() && ctx.sizes.body() > crate::ui::theme::BASE_TEXT * 1.1
}

/// How many lines of a long text (the synpunkt's message) its display
/// shows: four in portrait, three in landscape (the keyboard needs the
/// height), two when [`compact`].
pub fn display_lines(ctx: &Ctx) -> f32 {
    if compact(ctx) {
        2.0
    } else if ctx.is_portrait() {
        4.0
    } else {
        3.0
    }
}

/// Key height on this screen: [`KEY_HEIGHT`], or the 64 px minimum when
/// [`compact`].
pub fn key_height(ctx: &Ctx) -> f32 {
    if compact(ctx) { TOUCH_MIN } else { KEY_HEIGHT }
}
/// The narrowest key.
pub const MIN_KEY: f32 = TOUCH_MIN;
/// The widest single key (large screens would otherwise get huge keys).
const MAX_KEY: f32 = 104.0;
/// Phone pad keys may be wider.
const MAX_PAD_KEY: f32 = 180.0;
/// The size of the labels of the word keys (shift, space …): the body
/// size at normal text, and no larger so the words fit their keys.
const WORD_KEY_TEXT: f32 = 24.0;
/// Horizontal padding of the body the keyboard sits in (see `app::view`).
const BODY_PADDING: f32 = 48.0;

/// The width of one key on `layout` for the current screen: the widest
/// that lets the widest row fit, at least [`MIN_KEY`].
pub fn key_width(ctx: &Ctx, layout: LayoutId) -> f32 {
    let keys = layout.width_in_keys() as f32;
    let available = ctx.viewport.width - 2.0 * BODY_PADDING;
    let fit = ((available - (keys - 1.0) * TOUCH_GAP) / keys).floor();
    let max = if matches!(layout, LayoutId::Phone | LayoutId::Pin) {
        MAX_PAD_KEY
    } else {
        MAX_KEY
    };
    fit.clamp(MIN_KEY, max)
}

/// The language whose script draws a layout's letters.
fn script(layout: LayoutId) -> Language {
    match layout {
        LayoutId::Arabic | LayoutId::Persian => Language::Ar,
        _ => Language::Sv,
    }
}

fn layout_sample(layout: LayoutId, language: Language) -> String {
    match layout {
        LayoutId::Swedish => t!(language, "kb-layout-swedish"),
        LayoutId::Turkish => t!(language, "kb-layout-turkish"),
        LayoutId::Arabic => t!(language, "kb-layout-arabic"),
        LayoutId::Persian => t!(language, "kb-layout-persian"),
        LayoutId::Latin | LayoutId::Phone | LayoutId::Email | LayoutId::Pin => {
            t!(language, "kb-layout-latin")
        }
    }
}

/// What a key shows, and in which script.
pub fn key_label(keyboard: &Keyboard, key: Key, language: Language) -> (Language, String) {
    match key {
        Key::Char(c) => (script(keyboard.layout), keyboard.output(c)),
        Key::Shift => (language, t!(language, "kb-shift")),
        Key::Backspace => (language, t!(language, "kb-backspace")),
        Key::Space => (language, t!(language, "kb-space")),
        Key::Clear => (language, t!(language, "kb-clear")),
        // Never on screen: typed on a physical keyboard.
        Key::Typed(c) => (language, c.to_string()),
        Key::Switch => {
            let next = keyboard.layout.next(keyboard.home);
            (script(next), layout_sample(next, language))
        }
    }
}

/// The keyboard: one row of keys per layout row, centred.
pub fn view<'a, M: Clone + 'a>(
    ctx: &Ctx,
    keyboard: &Keyboard,
    on_key: impl Fn(Key) -> M,
) -> Element<'a, M> {
    container(keys(ctx, keyboard, on_key))
        .width(Length::Fill)
        .align_x(Alignment::Center)
        .into()
}

/// The keyboard, centred, with the step's action (Next, Done) at the end
/// side of the screen and at the height of the keyboard's bottom row: the
/// place the action has on every step, without a row of its own where the
/// screen is wide enough to leave room beside the keyboard (landscape).
/// In portrait it sits below the keyboard.
///
/// `action` is made after the keys, so keys and speech reach it after
/// them (reading order), and laid out in a container as wide as the room
/// beside the keyboard, aligned to the end of the reading direction.
pub fn with_action<'a, M: Clone + 'a>(
    ctx: &Ctx,
    keyboard: &Keyboard,
    on_key: impl Fn(Key) -> M,
    action: impl FnOnce() -> Element<'a, M>,
) -> Element<'a, M> {
    let at_end = |element| container(element).width(Length::Fill).align_x(ctx.end());
    if ctx.is_portrait() {
        let keys = view(ctx, keyboard, on_key);
        return Column::new()
            .spacing(TOUCH_GAP)
            .push(keys)
            .push(at_end(action()))
            .into();
    }
    // The two sides share the room equally, so the keyboard stays centred;
    // the row is as high as the keyboard (a filling child would make it
    // take the rest of the screen), and the action's side as high as the
    // row, its button at the bottom.
    let keys = keys(ctx, keyboard, on_key);
    ctx.row(vec![
        Space::new().width(Length::Fill).into(),
        keys,
        at_end(action())
            .height(Length::Fill)
            .align_y(iced::alignment::Vertical::Bottom)
            .into(),
    ])
    .height(Length::Shrink)
    .into()
}

/// The keys in their rows, as wide as they are.
fn keys<'a, M: Clone + 'a>(
    ctx: &Ctx,
    keyboard: &Keyboard,
    on_key: impl Fn(Key) -> M,
) -> Element<'a, M> {
    let width = key_width(ctx, keyboard.layout);
    let palette = ctx.palette;
    // Rows are centred under each other (staggered like a keyboard); the
    // phone pad keeps its columns (+ under 7, 0 under 8).
    let mut rows =
        Column::new()
            .spacing(TOUCH_GAP)
            .align_x(if keyboard.layout == LayoutId::Phone {
                Alignment::Start
            } else {
                Alignment::Center
            });
    for row in keyboard.layout.rows() {
        let keys: Vec<Element<'a, M>> = row
            .into_iter()
            .map(|KeySlot { key, span }| {
                let span = f32::from(span);
                let (script, caption) = key_label(keyboard, key, ctx.language);
                let word = !matches!(key, Key::Char(_) | Key::Switch);
                let size = if word {
                    WORD_KEY_TEXT
                } else {
                    ctx.sizes.heading().min(MAX_KEY_TEXT)
                };
                let kind = if key == Key::Shift && keyboard.shift {
                    ButtonKind::Selected
                } else if matches!(key, Key::Char(_) | Key::Space) {
                    ButtonKind::Tile
                } else {
                    ButtonKind::Secondary
                };
                let spoken = caption.clone();
                let content = center(label(
                    script,
                    caption,
                    size,
                    fonts::regular(script),
                    None,
                    Place::Center,
                ));
                ctx.focusable(
                    button(content)
                        .padding(4)
                        .width(span * width + (span - 1.0) * TOUCH_GAP)
                        .height(key_height(ctx))
                        .on_press(on_key(key))
                        .style(move |_, status| theme::button_style(palette, kind, status)),
                    spoken,
                    Role::Key,
                    on_key(key),
                )
            })
            .collect();
        // Never mirrored: keyboards keep their physical order.
        rows = rows.push(Row::with_children(keys).spacing(TOUCH_GAP));
    }
    rows.into()
}

/// The caret drawn at the end of the typed text.
pub const CARET: &str = "|";

/// The language a typed text is laid out in: its own direction (or the
/// layout's, while it has no letters), the visitor's language when that
/// has the same direction.
pub fn text_language(text: &str, layout: LayoutId, visitor: Language) -> Language {
    let direction = direction_of(text).unwrap_or(layout.direction());
    match direction {
        Direction::RightToLeft if visitor.is_rtl() => visitor,
        Direction::RightToLeft => Language::Ar,
        Direction::LeftToRight if !visitor.is_rtl() => visitor,
        Direction::LeftToRight => Language::En,
    }
}

/// The text as the display draws it: the text and the caret at its end.
pub fn display_content(text: &str) -> String {
    format!("{text}{CARET}")
}

/// Our own text display: the typed text wrapped, with the caret at its
/// end, right-aligned for right-to-left text, in a box `lines` lines high
/// that keeps the end in view (and scrolls for the rest). It takes the
/// focus like a control, so speech says what it is (`name`) and holds.
pub fn text_display<'a, M: Clone + 'a>(
    ctx: &Ctx,
    name: String,
    buffer: &TextBuffer,
    layout: LayoutId,
    lines: f32,
) -> Element<'a, M> {
    // iced's default line height is 1.3 em; 2 × 16 px padding and a margin.
    let height = lines * ctx.sizes.body() * 1.3 + 32.0 + 6.0;
    let language = text_language(buffer.as_str(), layout, ctx.language);
    let palette = ctx.palette;
    let shown = label(
        language,
        display_content(buffer.as_str()),
        ctx.sizes.body(),
        fonts::regular(language),
        Some(palette.surface_text),
        Place::Start,
    );
    let display = container(
        scrollable(container(shown).width(Length::Fill).padding([0, 8]))
            .anchor_bottom()
            .width(Length::Fill)
            .height(Length::Fill),
    )
    .padding(16)
    .width(Length::Fill)
    .height(height)
    .style(move |_| theme::surface_style(palette));
    let label = if buffer.as_str().is_empty() {
        name
    } else {
        format!("{name}. {}", buffer.as_str())
    };
    crate::ui::focus::Focusable::new(
        display,
        &ctx.focus,
        label,
        Role::TextField {
            chars: buffer.char_count(),
        },
        None,
        palette.ring(),
    )
    .into()
}

/// From how many characters before the limit the counter shows.
pub const COUNTER_FROM: usize = 200;

/// "12 characters left", shown only near the limit.
pub fn counter<'a, M: 'a>(ctx: &Ctx, buffer: &TextBuffer) -> Option<Element<'a, M>> {
    counter_text(ctx.language, buffer).map(|text| ctx.text(text))
}

pub fn counter_text(language: Language, buffer: &TextBuffer) -> Option<String> {
    let left = buffer.remaining();
    (left <= COUNTER_FROM).then(|| t!(language, "kb-chars-left", count = left))
}

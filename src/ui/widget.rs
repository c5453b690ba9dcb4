//! The kiosk's building blocks. Every view gets a [`Ctx`] that knows the
//! visitor's language (and so its direction and font), the palette and the
//! text sizes. Direction is handled here, once: rows run right to left and
//! text is right-aligned for right-to-left languages.

use iced::alignment::Horizontal;
use iced::widget::text::{Alignment as TextAlignment, Shaping};
use iced::widget::{Column, Row, Space, button, container, text};
use iced::{Color, Element, Font, Length, Size};

use std::rc::Rc;

use crate::i18n::{Direction, Language};
use crate::session::Session;
use crate::ui::focus::{FocusScope, Focusable, Role};
use crate::ui::fonts;
use crate::ui::theme::{self, ButtonKind, Palette, Sizes, TOUCH_GAP};

/// The landscape size the kiosk is designed for.
pub const LANDSCAPE: Size = Size::new(1920.0, 1080.0);
/// The same screen turned upright.
pub const PORTRAIT: Size = Size::new(1080.0, 1920.0);

/// What every view needs to know about the visitor and the screen.
#[derive(Debug, Clone)]
pub struct Ctx {
    pub language: Language,
    pub palette: &'static Palette,
    pub sizes: Sizes,
    pub viewport: Size,
    pub reach_mode: bool,
    /// The view's focusable controls (keys and speech).
    pub focus: Rc<FocusScope>,
}

impl Ctx {
    pub fn new(session: &Session, viewport: Size, reach_mode: bool) -> Self {
        Ctx {
            language: session.language,
            palette: Palette::get(session.high_contrast),
            sizes: Sizes::new(session.text_size),
            viewport,
            reach_mode,
            focus: Rc::default(),
        }
    }

    /// The same context for text in another language (content shown in
    /// the language it is in).
    pub fn in_language(&self, language: Language) -> Ctx {
        Ctx {
            language,
            ..self.clone()
        }
    }

    /// The same, with the controls registering in `focus`.
    pub fn with_focus(mut self, focus: Rc<FocusScope>) -> Self {
        self.focus = focus;
        self
    }

    /// A control that can take the keyboard focus: drawn with the focus
    /// ring when focused, activated by Select as by a touch, spoken as
    /// `label` and `role`. Every touch target of the kiosk is one.
    pub fn focusable<'a, M: Clone + 'a>(
        &self,
        control: impl Into<Element<'a, M>>,
        label: impl Into<String>,
        role: Role,
        on_select: M,
    ) -> Element<'a, M> {
        Focusable::new(
            touch(control),
            &self.focus,
            label.into(),
            role,
            Some(on_select),
            self.palette.ring(),
        )
        .into()
    }

    pub fn is_rtl(&self) -> bool {
        self.language.direction() == Direction::RightToLeft
    }

    pub fn is_portrait(&self) -> bool {
        self.viewport.height > self.viewport.width
    }

    pub fn font(&self) -> Font {
        fonts::regular(self.language)
    }

    pub fn bold(&self) -> Font {
        fonts::bold(self.language)
    }

    /// The start edge of the reading direction.
    pub fn start(&self) -> Horizontal {
        if self.is_rtl() {
            Horizontal::Right
        } else {
            Horizontal::Left
        }
    }

    /// The end edge of the reading direction.
    pub fn end(&self) -> Horizontal {
        if self.is_rtl() {
            Horizontal::Left
        } else {
            Horizontal::Right
        }
    }

    /// Body text in the visitor's language, aligned to the start edge.
    pub fn text<'a, M: 'a>(&self, content: impl Into<String>) -> Element<'a, M> {
        self.styled(
            content,
            self.sizes.body(),
            self.font(),
            self.palette.text,
            Place::Start,
        )
    }

    /// Secondary text.
    pub fn muted<'a, M: 'a>(&self, content: impl Into<String>) -> Element<'a, M> {
        self.styled(
            content,
            self.sizes.body(),
            self.font(),
            self.palette.muted,
            Place::Start,
        )
    }

    pub fn heading<'a, M: 'a>(&self, content: impl Into<String>) -> Element<'a, M> {
        self.styled(
            content,
            self.sizes.heading(),
            self.bold(),
            self.palette.text,
            Place::Start,
        )
    }

    pub fn title<'a, M: 'a>(&self, content: impl Into<String>) -> Element<'a, M> {
        self.styled(
            content,
            self.sizes.title(),
            self.bold(),
            self.palette.text,
            Place::Start,
        )
    }

    /// Text in the visitor's language with every property given.
    pub fn styled<'a, M: 'a>(
        &self,
        content: impl Into<String>,
        size: f32,
        font: Font,
        color: Color,
        place: Place,
    ) -> Element<'a, M> {
        label(
            self.language,
            content.into(),
            size,
            font,
            Some(color),
            place,
        )
    }
    /// A short text that takes only the room it needs (inside rows).
    pub fn inline<'a, M: 'a>(
        &self,
        content: impl Into<String>,
        size: f32,
        color: Color,
    ) -> Element<'a, M> {
        let content = content.into();
        let shaping = if self.language.script_needs_shaping() {
            Shaping::Advanced
        } else {
            Shaping::Auto
        };
        let content = if self.is_rtl() {
            format!("\u{200F}{content}")
        } else {
            content
        };
        text(content)
            .size(size)
            .font(self.font())
            .color(color)
            .shaping(shaping)
            .into()
    }

    /// A row that runs in the reading direction.
    pub fn row<'a, M: 'a>(&self, children: Vec<Element<'a, M>>) -> Row<'a, M> {
        let mut children = children;
        if self.is_rtl() {
            children.reverse();
        }
        Row::with_children(children).spacing(TOUCH_GAP)
    }

    /// Lays `items` out in rows of `per_row`, in reading order; the last row
    /// is padded so every item has the same width.
    pub fn grid<'a, M: 'a>(&self, items: Vec<Element<'a, M>>, per_row: usize) -> Column<'a, M> {
        let per_row = per_row.max(1);
        let mut rows = Column::new().spacing(TOUCH_GAP).width(Length::Fill);
        let mut items = items.into_iter().peekable();
        while items.peek().is_some() {
            let mut cells: Vec<Element<'a, M>> = items.by_ref().take(per_row).collect();
            while cells.len() < per_row {
                cells.push(Space::new().width(Length::Fill).into());
            }
            rows = rows.push(self.row(cells).width(Length::Fill));
        }
        rows
    }

    /// A large button with a label in the visitor's language.
    pub fn button<'a, M: Clone + 'a>(
        &self,
        caption: impl Into<String>,
        kind: ButtonKind,
        on_press: M,
    ) -> Element<'a, M> {
        self.labelled_button(self.language, caption, kind, on_press, Length::Fill)
    }

    /// A large button with a pictogram beside its label (issue 19): the
    /// picture never replaces the words, and is not read aloud.
    pub fn icon_button<'a, M: Clone + 'a>(
        &self,
        icon: Option<&str>,
        caption: impl Into<String>,
        kind: ButtonKind,
        on_press: M,
    ) -> Element<'a, M> {
        self.button_with(
            self.language,
            icon,
            caption.into(),
            kind,
            on_press,
            Length::Fill,
        )
    }

    /// A button whose label is in a given language (language buttons show
    /// each language's own name in its own script and direction).
    pub fn labelled_button<'a, M: Clone + 'a>(
        &self,
        language: Language,
        caption: impl Into<String>,
        kind: ButtonKind,
        on_press: M,
        width: Length,
    ) -> Element<'a, M> {
        self.button_with(language, None, caption.into(), kind, on_press, width)
    }

    /// The pictogram for a label of `size`, in `color`, if it is bundled.
    pub fn pictogram<'a, M: 'a>(
        &self,
        icon: Option<&str>,
        size: f32,
        color: Color,
    ) -> Option<Element<'a, M>> {
        crate::ui::icon::icon(icon?, (size * 1.25).round(), color)
    }

    /// `content` with the pictogram for text of `size` before it in the
    /// reading direction (issue 19); `content` alone without one.
    pub fn beside<'a, M: 'a>(
        &self,
        icon: Option<&str>,
        size: f32,
        color: Color,
        content: Element<'a, M>,
    ) -> Element<'a, M> {
        match self.pictogram(icon, size, color) {
            Some(picture) => self
                .row(vec![picture, content])
                .align_y(iced::alignment::Vertical::Center)
                .into(),
            None => content,
        }
    }

    fn button_with<'a, M: Clone + 'a>(
        &self,
        language: Language,
        icon: Option<&str>,
        caption: String,
        kind: ButtonKind,
        on_press: M,
        width: Length,
    ) -> Element<'a, M> {
        let palette = self.palette;
        let font = fonts::regular(language);
        let spoken = caption.clone();
        let size = self.sizes.body();
        let content: Element<'a, M> = if width == Length::Shrink {
            inline_text(language, caption, size, font, None)
        } else {
            label(language, caption, size, font, None, Place::Center)
        };
        let content = self.beside(icon, size, theme::button_text(palette, kind), content);
        let role = match kind {
            ButtonKind::Selected => Role::Choice { selected: true },
            _ => Role::Button,
        };
        self.focusable(
            button(content)
                // 18 px padding around a 24 px+ line keeps every button over 64 px high.
                .padding([18.0, 28.0])
                .height(Length::Shrink)
                .width(width)
                .on_press(on_press.clone())
                .style(move |_, status| theme::button_style(palette, kind, status)),
            spoken,
            role,
            on_press,
        )
    }

    /// A home-screen tile: a pictogram, a title and a line of explanation.
    pub fn tile<'a, M: Clone + 'a>(
        &self,
        icon: Option<&str>,
        title: String,
        explanation: String,
        on_press: M,
    ) -> Element<'a, M> {
        let palette = self.palette;
        let spoken = format!("{title}. {explanation}");
        let content = Column::new()
            .spacing(8)
            .push(label(
                self.language,
                title,
                self.sizes.heading(),
                self.bold(),
                None,
                Place::Start,
            ))
            .push(label(
                self.language,
                explanation,
                self.sizes.body(),
                self.font(),
                None,
                Place::Start,
            ));
        let content = self.beside(
            icon,
            self.sizes.heading() * 1.6,
            theme::button_text(palette, ButtonKind::Tile),
            content.width(Length::Fill).into(),
        );
        self.focusable(
            button(content)
                .padding(24)
                .width(Length::Fill)
                .height(Length::Shrink)
                .on_press(on_press.clone())
                .style(move |_, status| theme::button_style(palette, ButtonKind::Tile, status)),
            spoken,
            Role::Button,
            on_press,
        )
    }

    /// A card on the background.
    pub fn card<'a, M: 'a>(&self, content: impl Into<Element<'a, M>>) -> Element<'a, M> {
        let palette = self.palette;
        container(content)
            .padding(24)
            .width(Length::Fill)
            .style(move |_| theme::surface_style(palette))
            .into()
    }
}

/// Where a text sits in the width it is given, in reading terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// The start of the line: left for left-to-right, right for right-to-left.
    Start,
    Center,
}

/// A text in `language`, placed in the full width available.
///
/// Right-to-left text gets an RLM first (so a line that starts with a
/// Latin name still runs right to left), advanced shaping (so Latin parts
/// fall back to the Latin font), iced's default alignment and a container
/// that places it. iced 0.14 draws a single right-to-left line twice-shifted
/// when given an explicit alignment; this recipe avoids that path (see
/// examples/rtl_probe.rs).
pub fn label<'a, M: 'a>(
    language: Language,
    content: String,
    size: f32,
    font: Font,
    color: Option<Color>,
    place: Place,
) -> Element<'a, M> {
    if language.direction() == Direction::RightToLeft {
        container(inline_text(language, content, size, font, color))
            .width(Length::Fill)
            .align_x(match place {
                Place::Start => Horizontal::Right,
                Place::Center => Horizontal::Center,
            })
            .into()
    } else {
        let mut t = text(content)
            .size(size)
            .font(font)
            .shaping(shaping(language))
            .width(Length::Fill)
            .align_x(match place {
                Place::Start => Horizontal::Left,
                Place::Center => Horizontal::Center,
            });
        if let Some(color) = color {
            t = t.color(color);
        }
        t.into()
    }
}

/// The text as drawn: right-to-left text starts with an RLM so that its
/// paragraph direction is right to left even when it begins with a Latin
/// name or a number. Tests look texts up by this.
pub fn displayed(language: Language, content: &str) -> String {
    if language.direction() == Direction::RightToLeft {
        format!("\u{200F}{content}")
    } else {
        content.to_owned()
    }
}

fn shaping(language: Language) -> Shaping {
    if language.script_needs_shaping() {
        Shaping::Advanced
    } else {
        Shaping::Auto
    }
}

/// A text that takes only the width it needs, in iced's default alignment
/// (the only one iced 0.14 places right for a single right-to-left line).
pub fn inline_text<'a, M: 'a>(
    language: Language,
    content: String,
    size: f32,
    font: Font,
    color: Option<Color>,
) -> Element<'a, M> {
    let mut t = text(displayed(language, &content))
        .size(size)
        .font(font)
        .shaping(shaping(language))
        .align_x(TextAlignment::Default);
    if let Some(color) = color {
        t = t.color(color);
    }
    t.into()
}

/// The id every touch target carries, so tests can find them all and check
/// their size and spacing.
pub const TOUCH_TARGET: &str = "touch-target";

/// Marks a control as a touch target.
pub fn touch<'a, M: 'a>(control: impl Into<Element<'a, M>>) -> Element<'a, M> {
    container(control).id(TOUCH_TARGET).into()
}

/// Content text fields may hold simple inline Markdown (`**bold**`,
/// `[text](url)`); the kiosk shows them as plain text.
pub fn plain(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    let mut rest = markdown;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        match after
            .find("](")
            .and_then(|close| after[close + 2..].find(')').map(|end| (close, end)))
        {
            Some((close, end)) => {
                out.push_str(&rest[..open]);
                out.push_str(&after[..close]);
                rest = &after[close + 2 + end + 1..];
            }
            None => {
                out.push_str(&rest[..=open]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out.replace("**", "").replace("__", "")
}

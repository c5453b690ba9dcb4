//! Keyboard focus over the kiosk's own controls. iced 0.14 gives buttons no
//! focus, so every control the kiosk draws (buttons, tiles, keyboard keys,
//! the bar's) is wrapped in [`Focusable`] by the building blocks in
//! `widget.rs`: each registers itself, in the order the view builds it
//! (the main area first, then the bar, then overlays on top), in the
//! view's [`FocusScope`] with what speech says about it. The root keeps the
//! focused index; the focused control draws a two-tone ring (a dark and a
//! light band, each 3 px, so one of them stands out 3:1 against any control
//! and any background) and activates on Select (Enter, Space, or the
//! keypad's key) exactly as a touch would: it publishes the control's own
//! message.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use iced::advanced::layout::{self, Layout};
use iced::advanced::widget::{Operation, Tree};
use iced::advanced::{Clipboard, Shell, Widget, overlay, renderer};
use iced::{Border, Color, Element, Event, Length, Rectangle, Size, Vector, keyboard, mouse};

/// What a control is, for speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Button,
    /// One of several, chosen or not (a language, a text size, a topic).
    Choice {
        selected: bool,
    },
    /// A key of our on-screen keyboard.
    Key,
    /// Our text display: what it holds (read only in a private headset).
    TextField {
        chars: usize,
    },
}

/// A control in the view, as speech and navigation know it.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub label: String,
    pub role: Role,
    /// Where it was last laid out (for arrow keys); empty until then.
    pub bounds: Rectangle,
}

/// The focusable controls of one view, in reading order.
#[derive(Debug, Default)]
pub struct FocusScope {
    /// The focused control's index, when the visitor uses keys.
    focused: Option<usize>,
    /// Key names that activate the focused control.
    select_keys: Vec<String>,
    entries: RefCell<Vec<Entry>>,
    /// Where the topmost layer's controls begin (an overlay takes the
    /// focus to itself).
    layer: Cell<usize>,
}

impl FocusScope {
    pub fn new(focused: Option<usize>, select_keys: Vec<String>) -> Rc<FocusScope> {
        Rc::new(FocusScope {
            focused,
            select_keys,
            ..FocusScope::default()
        })
    }

    /// Registers a control; its index, and whether it has the focus.
    pub fn register(&self, label: String, role: Role) -> (usize, bool) {
        let mut entries = self.entries.borrow_mut();
        let index = entries.len();
        entries.push(Entry {
            label,
            role,
            bounds: Rectangle::default(),
        });
        (index, self.focused == Some(index))
    }

    /// The controls registered from now on are a layer over the others
    /// (a dialog): the focus stays among them.
    pub fn begin_layer(&self) {
        self.layer.set(self.entries.borrow().len());
    }

    /// The indices the focus may take: the topmost layer's.
    pub fn range(&self) -> std::ops::Range<usize> {
        self.layer.get()..self.entries.borrow().len()
    }

    pub fn entry(&self, index: usize) -> Option<Entry> {
        self.entries.borrow().get(index).cloned()
    }

    pub fn len(&self) -> usize {
        self.entries.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn place(&self, index: usize, bounds: Rectangle) {
        if let Some(entry) = self.entries.borrow_mut().get_mut(index) {
            entry.bounds = bounds;
        }
    }

    fn selects(&self, key: &keyboard::Key) -> bool {
        let name = key_name(key);
        self.select_keys.contains(&name)
    }

    /// The control nearest to `from` in a direction (dx, dy: -1, 0, 1),
    /// within the layer; `None` when nothing lies that way or nothing was
    /// laid out.
    pub fn nearest(&self, from: usize, dx: f32, dy: f32) -> Option<usize> {
        let entries = self.entries.borrow();
        let origin = entries.get(from)?.bounds;
        if origin.width == 0.0 && origin.height == 0.0 {
            return None;
        }
        let centre = origin.center();
        self.range()
            .filter(|&i| i != from)
            .filter_map(|i| {
                let b = entries[i].bounds;
                if b.width == 0.0 && b.height == 0.0 {
                    return None;
                }
                let c = b.center();
                let (along, across) = if dx != 0.0 {
                    ((c.x - centre.x) * dx, (c.y - centre.y).abs())
                } else {
                    ((c.y - centre.y) * dy, (c.x - centre.x).abs())
                };
                // Ahead in the direction; the one most in line, then nearest.
                (along > 1.0).then_some((i, across * 2.0 + along))
            })
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(i, _)| i)
    }
}

/// The W3C name of a key ("Enter", "ArrowUp", "F1", "+").
pub fn key_name(key: &keyboard::Key) -> String {
    match key {
        keyboard::Key::Named(named) => format!("{named:?}").replace("Space", " "),
        keyboard::Key::Character(c) => c.to_string(),
        keyboard::Key::Unidentified => String::new(),
    }
}

/// The ring's two bands, dark and light, of a palette.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Ring {
    pub outer: Color,
    pub inner: Color,
}

/// Each band's width, px.
pub const BAND: f32 = 3.0;

/// A control that can take the keyboard focus.
pub struct Focusable<'a, Message> {
    content: Element<'a, Message>,
    index: usize,
    focused: bool,
    on_select: Option<Message>,
    scope: Rc<FocusScope>,
    ring: Ring,
}

impl<'a, Message: Clone + 'a> Focusable<'a, Message> {
    pub fn new(
        content: impl Into<Element<'a, Message>>,
        scope: &Rc<FocusScope>,
        label: String,
        role: Role,
        on_select: Option<Message>,
        ring: Ring,
    ) -> Self {
        let (index, focused) = scope.register(label, role);
        Focusable {
            content: content.into(),
            index,
            focused,
            on_select,
            scope: Rc::clone(scope),
            ring,
        }
    }
}

impl<Message> Focusable<'_, Message> {
    /// Focused, and on the topmost layer (a control under a dialog never
    /// takes a key).
    fn has_focus(&self) -> bool {
        self.focused && self.scope.range().contains(&self.index)
    }
}

impl<'a, Message: Clone + 'a> Widget<Message, iced::Theme, iced::Renderer>
    for Focusable<'a, Message>
{
    fn size(&self) -> Size<Length> {
        self.content.as_widget().size()
    }

    fn size_hint(&self) -> Size<Length> {
        self.content.as_widget().size_hint()
    }

    fn children(&self) -> Vec<Tree> {
        vec![Tree::new(&self.content)]
    }

    fn diff(&self, tree: &mut Tree) {
        tree.diff_children(std::slice::from_ref(&self.content));
    }

    fn layout(
        &mut self,
        tree: &mut Tree,
        renderer: &iced::Renderer,
        limits: &layout::Limits,
    ) -> layout::Node {
        self.content
            .as_widget_mut()
            .layout(&mut tree.children[0], renderer, limits)
    }

    fn draw(
        &self,
        tree: &Tree,
        renderer: &mut iced::Renderer,
        theme: &iced::Theme,
        style: &renderer::Style,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
    ) {
        self.scope.place(self.index, layout.bounds());
        self.content.as_widget().draw(
            &tree.children[0],
            renderer,
            theme,
            style,
            layout,
            cursor,
            viewport,
        );
        if self.has_focus() {
            use iced::advanced::Renderer as _;
            let b = layout.bounds();
            for (inset, color) in [(0.0, self.ring.outer), (BAND, self.ring.inner)] {
                renderer.fill_quad(
                    renderer::Quad {
                        bounds: Rectangle {
                            x: b.x + inset,
                            y: b.y + inset,
                            width: (b.width - 2.0 * inset).max(0.0),
                            height: (b.height - 2.0 * inset).max(0.0),
                        },
                        border: Border {
                            color,
                            width: BAND,
                            radius: 6.0.into(),
                        },
                        ..renderer::Quad::default()
                    },
                    Color::TRANSPARENT,
                );
            }
        }
    }

    fn operate(
        &mut self,
        tree: &mut Tree,
        layout: Layout<'_>,
        renderer: &iced::Renderer,
        operation: &mut dyn Operation,
    ) {
        self.scope.place(self.index, layout.bounds());
        self.content
            .as_widget_mut()
            .operate(&mut tree.children[0], layout, renderer, operation);
    }

    fn update(
        &mut self,
        tree: &mut Tree,
        event: &Event,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        renderer: &iced::Renderer,
        clipboard: &mut dyn Clipboard,
        shell: &mut Shell<'_, Message>,
        viewport: &Rectangle,
    ) {
        self.scope.place(self.index, layout.bounds());
        if self.has_focus()
            && let Event::Keyboard(keyboard::Event::KeyPressed { key, .. }) = event
            && self.scope.selects(key)
        {
            if let Some(message) = &self.on_select {
                shell.publish(message.clone());
            }
            shell.capture_event();
            return;
        }
        self.content.as_widget_mut().update(
            &mut tree.children[0],
            event,
            layout,
            cursor,
            renderer,
            clipboard,
            shell,
            viewport,
        );
    }

    fn mouse_interaction(
        &self,
        tree: &Tree,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
        renderer: &iced::Renderer,
    ) -> mouse::Interaction {
        self.content.as_widget().mouse_interaction(
            &tree.children[0],
            layout,
            cursor,
            viewport,
            renderer,
        )
    }

    fn overlay<'b>(
        &'b mut self,
        tree: &'b mut Tree,
        layout: Layout<'b>,
        renderer: &iced::Renderer,
        viewport: &Rectangle,
        translation: Vector,
    ) -> Option<overlay::Element<'b, Message, iced::Theme, iced::Renderer>> {
        self.content.as_widget_mut().overlay(
            &mut tree.children[0],
            layout,
            renderer,
            viewport,
            translation,
        )
    }
}

impl<'a, Message: Clone + 'a> From<Focusable<'a, Message>> for Element<'a, Message> {
    fn from(focusable: Focusable<'a, Message>) -> Self {
        Element::new(focusable)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scope_of(rects: &[(f32, f32)]) -> Rc<FocusScope> {
        let scope = FocusScope::new(Some(0), vec!["Enter".into()]);
        for (i, (x, y)) in rects.iter().enumerate() {
            let (index, _) = scope.register(format!("c{i}"), Role::Button);
            scope.place(
                index,
                Rectangle {
                    x: *x,
                    y: *y,
                    width: 100.0,
                    height: 80.0,
                },
            );
        }
        scope
    }

    #[test]
    fn arrows_move_to_the_nearest_control_that_way() {
        // A 2×2 grid: 0 1 / 2 3.
        let scope = scope_of(&[(0.0, 0.0), (200.0, 0.0), (0.0, 200.0), (200.0, 200.0)]);
        assert_eq!(scope.nearest(0, 1.0, 0.0), Some(1));
        assert_eq!(scope.nearest(0, 0.0, 1.0), Some(2));
        assert_eq!(scope.nearest(3, -1.0, 0.0), Some(2));
        assert_eq!(scope.nearest(3, 0.0, -1.0), Some(1));
        assert_eq!(scope.nearest(0, -1.0, 0.0), None, "nothing to the left");
    }

    #[test]
    fn a_layer_keeps_the_focus_to_itself() {
        let scope = scope_of(&[(0.0, 0.0), (200.0, 0.0)]);
        scope.begin_layer();
        let (dialog, _) = scope.register("yes".into(), Role::Button);
        assert_eq!(scope.range(), dialog..dialog + 1);
        assert_eq!(scope.entry(dialog).unwrap().label, "yes");
    }

    #[test]
    fn key_names_are_the_w3c_ones() {
        use keyboard::key::Named;
        assert_eq!(key_name(&keyboard::Key::Named(Named::Enter)), "Enter");
        assert_eq!(key_name(&keyboard::Key::Named(Named::Space)), " ");
        assert_eq!(key_name(&keyboard::Key::Named(Named::ArrowUp)), "ArrowUp");
        assert_eq!(key_name(&keyboard::Key::Named(Named::F1)), "F1");
        assert_eq!(key_name(&keyboard::Key::Character("+".into())), "+");
    }
}

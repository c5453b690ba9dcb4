//! Draws the bundled pictograms ([`crate::icons`]) with iced's `svg`: in the
//! colour of the text beside them, so the normal and the high-contrast
//! theme and every button kind colour them, and at the size of that text.

use std::cell::RefCell;
use std::collections::HashMap;

use iced::widget::svg;
use iced::{Color, Element, Length};

thread_local! {
    /// One handle per icon: iced caches the rasterised image by the
    /// handle's id, so the same handle each frame draws from that cache.
    static HANDLES: RefCell<HashMap<String, Option<svg::Handle>>> = RefCell::new(HashMap::new());
}

fn handle(name: &str) -> Option<svg::Handle> {
    HANDLES.with(|cache| {
        cache
            .borrow_mut()
            .entry(name.to_owned())
            .or_insert_with(|| crate::icons::svg(name).map(svg::Handle::from_memory))
            .clone()
    })
}

/// The icon `name`, `size` pixels square, in `color`. A name that is not
/// bundled (content a municipality wrote itself, checked by `content-check`)
/// draws nothing rather than failing.
pub fn icon<'a, M: 'a>(name: &str, size: f32, color: Color) -> Option<Element<'a, M>> {
    let handle = handle(name)?;
    Some(
        svg(handle)
            .width(Length::Fixed(size))
            .height(Length::Fixed(size))
            .style(move |_, _| svg::Style { color: Some(color) })
            .into(),
    )
}

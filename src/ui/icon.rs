//! Draws the bundled pictograms ([`crate::icons`]) in the colour of the
//! text beside them, so the normal and the high-contrast theme and every
//! button kind colour them, and at the size of that text.
//!
//! We rasterise the SVG ourselves (resvg, no text, no system fonts) once
//! per icon, size and colour, and hand iced the pixels: iced's own `svg`
//! drops its parsed trees and rasters that the last frame did not draw, so
//! every change of screen parsed and painted each of the new screen's
//! icons again (issue 24: press → screen), and its first use scanned every
//! font of the machine.

use std::cell::RefCell;
use std::collections::HashMap;

use iced::widget::image;
use iced::{Color, Element, Length};
use resvg::{tiny_skia, usvg};

/// Cached drawings beyond this many are dropped. A screen draws at most a
/// few dozen pictograms; every size, colour and pressed state a day of
/// visitors meets is far more, and 512 drawings of up to 64×64 pixels held
/// up to 8 MB (the endurance walk grew 8.6 MiB, issue 24): 128 keep a few
/// screens' worth, and a full cache costs one screen a few milliseconds of
/// drawing again.
const MAX_DRAWN: usize = 128;

type Key = (String, u32, [u8; 4]);

#[derive(Default)]
struct Cache {
    trees: HashMap<String, Option<usvg::Tree>>,
    drawn: HashMap<Key, Option<image::Handle>>,
}

thread_local! {
    static CACHE: RefCell<Cache> = RefCell::new(Cache::default());
}

fn parse(name: &str) -> Option<usvg::Tree> {
    let bytes = crate::icons::svg(name)?;
    match usvg::Tree::from_data(&bytes, &usvg::Options::default()) {
        Ok(tree) => Some(tree),
        Err(e) => {
            tracing::warn!(icon = name, error = %e, "a bundled icon does not parse");
            None
        }
    }
}

/// `tree` painted into `px`×`px` straight RGBA in `colour` (the icons are
/// drawn in `currentColor`, black here: their alpha is the shape).
fn paint(tree: &usvg::Tree, px: u32, colour: [u8; 4]) -> Option<image::Handle> {
    let mut pixmap = tiny_skia::Pixmap::new(px, px)?;
    let size = tree.size();
    let scale = px as f32 / size.width().max(size.height());
    resvg::render(
        tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    let [r, g, b, a] = colour;
    let mut rgba = Vec::with_capacity((px * px * 4) as usize);
    for pixel in pixmap.pixels() {
        let coverage = u16::from(pixel.alpha());
        rgba.extend_from_slice(&[r, g, b, ((coverage * u16::from(a)) / 255) as u8]);
    }
    Some(image::Handle::from_rgba(px, px, rgba))
}

fn handle(name: &str, px: u32, colour: Color) -> Option<image::Handle> {
    let key: Key = (name.to_owned(), px, colour.into_rgba8());
    CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some(drawn) = cache.drawn.get(&key) {
            return drawn.clone();
        }
        if cache.drawn.len() >= MAX_DRAWN {
            cache.drawn.clear();
        }
        let tree = cache
            .trees
            .entry(name.to_owned())
            .or_insert_with(|| parse(name));
        let drawn = tree.as_ref().and_then(|tree| paint(tree, px, key.2));
        cache.drawn.insert(key, drawn.clone());
        drawn
    })
}

/// The icon `name`, `size` pixels square, in `color`. A name that is not
/// bundled (content a municipality wrote itself, checked by `content-check`)
/// draws nothing rather than failing.
pub fn icon<'a, M: 'a>(name: &str, size: f32, color: Color) -> Option<Element<'a, M>> {
    let px = size.round().max(1.0) as u32;
    let handle = handle(name, px, color)?;
    Some(
        image(handle)
            .width(Length::Fixed(px as f32))
            .height(Length::Fixed(px as f32))
            .into(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_icon_is_painted_in_the_colour_asked_and_drawn_once_per_size_and_colour() {
        let red = Color::from_rgb8(200, 0, 0);
        let tree = parse("clock").expect("clock parses");
        let Some(image::Handle::Rgba { pixels, width, .. }) = paint(&tree, 40, red.into_rgba8())
        else {
            panic!("an RGBA image");
        };
        assert_eq!(width, 40);
        let inked: Vec<&[u8]> = pixels.chunks(4).filter(|p| p[3] > 128).collect();
        assert!(inked.len() > 100, "the clock's strokes: {}", inked.len());
        assert!(inked.iter().all(|p| p[..3] == [200, 0, 0]));
        // The same size and colour: the same image (iced keeps its upload).
        let a = handle("clock", 40, red).unwrap();
        let b = handle("clock", 40, red).unwrap();
        assert_eq!(a.id(), b.id());
        assert_ne!(a.id(), handle("clock", 41, red).unwrap().id());
        assert!(handle("no-such-icon", 40, red).is_none());
    }
}

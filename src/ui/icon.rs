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

/// At most this many drawings are kept. A screen draws at most a few dozen
/// pictograms; every size, colour and pressed state a day of visitors
/// meets is far more, and 512 drawings of up to 64×64 pixels held up to
/// 8 MB (the endurance walk grew 8.6 MiB, issue 24). The drawings are kept
/// in two generations of half as many each: when the newer is full it
/// becomes the older and the oldest are dropped, and a drawing used again
/// moves back to the newer. So the screens just shown keep theirs, and a
/// full cache never makes the next screen paint every pictogram again
/// (a press that did was a frame late).
const MAX_DRAWN: usize = 128;

type Key = (String, u32, [u8; 4]);

#[derive(Default)]
struct Cache {
    trees: HashMap<String, Option<usvg::Tree>>,
    /// Drawn since the last turn of generations.
    newer: HashMap<Key, Option<image::Handle>>,
    /// Drawn (or used) in the generation before.
    older: HashMap<Key, Option<image::Handle>>,
}

impl Cache {
    fn drawn(&mut self, key: &Key) -> Option<Option<image::Handle>> {
        if let Some(drawn) = self.newer.get(key) {
            return Some(drawn.clone());
        }
        let drawn = self.older.remove(key)?;
        self.keep(key.clone(), drawn.clone());
        Some(drawn)
    }

    fn keep(&mut self, key: Key, drawn: Option<image::Handle>) {
        if self.newer.len() >= MAX_DRAWN / 2 {
            self.older = std::mem::take(&mut self.newer);
        }
        self.newer.insert(key, drawn);
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.newer.len() + self.older.len()
    }
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
        if let Some(drawn) = cache.drawn(&key) {
            return drawn;
        }
        let tree = cache
            .trees
            .entry(name.to_owned())
            .or_insert_with(|| parse(name));
        let drawn = tree.as_ref().and_then(|tree| paint(tree, px, key.2));
        cache.keep(key, drawn.clone());
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

    #[test]
    fn a_drawing_used_again_outlives_a_full_cache_and_the_cache_stays_bounded() {
        let red = Color::from_rgb8(200, 0, 0);
        let kept = handle("clock", 40, red).unwrap();
        // Many screens of other drawings, with the clock on every screen.
        for size in 0..(4 * MAX_DRAWN as u32) {
            handle(
                "clock",
                20 + size % 7,
                Color::from_rgb8(0, 0, (size / 7) as u8),
            );
            if size % 16 == 0 {
                assert_eq!(handle("clock", 40, red).unwrap().id(), kept.id());
            }
            CACHE.with(|cache| assert!(cache.borrow().len() <= MAX_DRAWN));
        }
        assert_eq!(handle("clock", 40, red).unwrap().id(), kept.id());
        // Not used for a while: dropped, and drawn anew when asked.
        for size in 0..(2 * MAX_DRAWN as u32) {
            handle(
                "clock",
                20 + size % 7,
                Color::from_rgb8(0, 1, (size / 7) as u8),
            );
        }
        assert_ne!(handle("clock", 40, red).unwrap().id(), kept.id());
    }
}

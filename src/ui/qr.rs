//! QR codes drawn as one picture: encoded once, painted once into pixels
//! at the size they are shown, and handed to iced as an image.
//!
//! iced's `qr_code` widget fills one path per dark module on every frame
//! (its cache keeps the shapes, not the pixels): on tiny-skia a guide page
//! spent a quarter of each frame filling a few hundred anti-aliased squares
//! (issue 24: press → screen). A picture is one blit, its edges are sharp
//! (a printer and a phone camera both want that), and it is drawn dark on
//! white in every theme: phone cameras do not all read inverted codes.

use std::cell::RefCell;
use std::rc::Rc;

use iced::widget::image;
use iced::{Color, Element, Length};

/// Light modules around the code, as iced's widget draws (the card around
/// it adds more).
const QUIET_ZONE: usize = 2;
/// The largest picture painted (a side in pixels): far above any code
/// shown, it bounds the memory a wrong size could ask for.
const MAX_SIDE: u32 = 2048;

/// Encoded codes kept for their text: a guide, contact or ticket opened
/// again does not encode its code again (the encoding tries eight masks and
/// took about a millisecond of the press). The modules are small; the
/// pixels are painted anew each time.
const ENCODED_KEPT: usize = 16;

/// One encoded code: its modules, dark or light, row by row.
struct Encoded {
    payload: String,
    width: usize,
    dark: Vec<bool>,
}

/// Painted codes kept for their text and size: a code shown again is the
/// same picture, which the renderer has kept converted, so opening a guide
/// again neither paints nor converts its code (issue 24: press → screen).
/// A guide's code is about 240 KB.
const PAINTED_KEPT: usize = 4;

thread_local! {
    /// The most recently used first.
    static ENCODED: RefCell<Vec<Rc<Encoded>>> = const { RefCell::new(Vec::new()) };
    /// The most recently used first.
    static PAINTED: RefCell<Vec<(Rc<str>, Size, Code)>> = const { RefCell::new(Vec::new()) };
}

/// `payload` encoded (error correction M, the smallest version that holds
/// it), from the recent ones if it is there.
fn encoded(payload: &str) -> Option<Rc<Encoded>> {
    ENCODED.with(|kept| {
        recent_or_made(
            kept,
            ENCODED_KEPT,
            |e| e.payload == payload,
            || {
                let code = match qrcode::QrCode::new(payload.as_bytes()) {
                    Ok(code) => code,
                    Err(e) => {
                        tracing::warn!(error = %e, bytes = payload.len(), "no QR code for this text");
                        return None;
                    }
                };
                Some(Rc::new(Encoded {
                    payload: payload.to_owned(),
                    width: code.width(),
                    dark: code
                        .into_colors()
                        .into_iter()
                        .map(|c| c == qrcode::Color::Dark)
                        .collect(),
                }))
            },
        )
    })
}

/// The item of `kept` (the most recently used first) that `is` picks,
/// moved to the front; otherwise the one `make` makes, put in front, and
/// no more than `keep` kept.
fn recent_or_made<T: Clone>(
    kept: &RefCell<Vec<T>>,
    keep: usize,
    is: impl Fn(&T) -> bool,
    make: impl FnOnce() -> Option<T>,
) -> Option<T> {
    let mut list = kept.borrow_mut();
    if let Some(at) = list.iter().position(is) {
        let hit = list.remove(at);
        list.insert(0, hit.clone());
        return Some(hit);
    }
    drop(list);
    let made = make()?;
    let mut list = kept.borrow_mut();
    list.insert(0, made.clone());
    list.truncate(keep);
    Some(made)
}

/// How big a code is shown.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Size {
    /// Each module this many pixels.
    Cell(u32),
    /// The whole code (quiet zone included) about this many pixels: the
    /// modules share them as evenly as whole pixels allow.
    Total(u32),
}

/// An encoded and painted QR code.
#[derive(Debug, Clone)]
pub struct Code {
    handle: image::Handle,
    side: u32,
    modules: usize,
}

impl Code {
    /// `payload` as a QR code (error correction M, the smallest version
    /// that holds it); `None` when it is too long for one.
    pub fn new(payload: &str, size: Size) -> Option<Code> {
        PAINTED
            .with(|kept| {
                recent_or_made(
                    kept,
                    PAINTED_KEPT,
                    |(text, shown, _)| **text == *payload && *shown == size,
                    || Some((Rc::from(payload), size, Self::paint(payload, size)?)),
                )
            })
            .map(|(_, _, code)| code)
    }

    /// `payload` encoded ([`encoded`]) and painted at `size`.
    fn paint(payload: &str, size: Size) -> Option<Code> {
        let code = encoded(payload)?;
        let width = code.width;
        let modules = width + 2 * QUIET_ZONE;
        let side = match size {
            Size::Cell(px) => px.max(1).saturating_mul(modules as u32),
            Size::Total(px) => px.max(modules as u32),
        }
        .min(MAX_SIDE);
        let is_dark = |row: usize, column: usize| {
            let (Some(row), Some(column)) =
                (row.checked_sub(QUIET_ZONE), column.checked_sub(QUIET_ZONE))
            else {
                return false;
            };
            row < width && column < width && code.dark[row * width + column]
        };
        let (dark, light) = (Color::BLACK.into_rgba8(), Color::WHITE.into_rgba8());
        // Pixel p lies in module p·modules/side: whole modules when the
        // side is a multiple, otherwise some a pixel wider.
        let module_of = |p: u32| (p as usize * modules) / side as usize;
        let columns: Vec<usize> = (0..side).map(module_of).collect();
        // Each row of modules is painted once and repeated for its pixel
        // rows (opening a guide paints its code).
        let row_bytes = side as usize * 4;
        let mut rgba: Vec<u8> = Vec::with_capacity(row_bytes * side as usize);
        let mut painted = None;
        for y in 0..side {
            let row = module_of(y);
            if let Some((last, at)) = painted
                && last == row
            {
                rgba.extend_from_within(at..at + row_bytes);
                continue;
            }
            painted = Some((row, rgba.len()));
            for &column in &columns {
                rgba.extend_from_slice(if is_dark(row, column) { &dark } else { &light });
            }
        }
        Some(Code {
            handle: image::Handle::from_rgba(side, side, rgba),
            side,
            modules,
        })
    }

    /// Side of the picture in pixels.
    pub fn side(&self) -> u32 {
        self.side
    }

    /// Modules across, quiet zone included.
    pub fn modules(&self) -> usize {
        self.modules
    }

    /// The code, at its painted size, pixel for pixel.
    pub fn view<'a, M: 'a>(&self) -> Element<'a, M> {
        let side = Length::Fixed(self.side as f32);
        image(self.handle.clone())
            .width(side)
            .height(side)
            .filter_method(image::FilterMethod::Nearest)
            .into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pixels(code: &Code) -> Vec<u8> {
        match code.handle.clone() {
            image::Handle::Rgba { pixels, .. } => pixels.to_vec(),
            other => panic!("not pixels: {other:?}"),
        }
    }

    #[test]
    fn a_code_is_painted_module_by_module_with_its_quiet_zone() {
        let code = Code::new("https://www.botkyrka.se/", Size::Cell(6)).unwrap();
        let expected = qrcode::QrCode::new("https://www.botkyrka.se/").unwrap();
        assert_eq!(code.modules(), expected.width() + 4);
        assert_eq!(code.side(), 6 * code.modules() as u32);
        let px = pixels(&code);
        let side = code.side() as usize;
        let at = |x: usize, y: usize| px[(y * side + x) * 4];
        // Every module's pixels are all the module's colour.
        for row in 0..code.modules() {
            for column in 0..code.modules() {
                let dark = row >= 2
                    && column >= 2
                    && row - 2 < expected.width()
                    && column - 2 < expected.width()
                    && expected[(column - 2, row - 2)] == qrcode::Color::Dark;
                let want = if dark { 0 } else { 255 };
                for dy in 0..6 {
                    for dx in 0..6 {
                        assert_eq!(
                            at(column * 6 + dx, row * 6 + dy),
                            want,
                            "module {row},{column}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn a_total_size_is_shared_as_evenly_as_whole_pixels_allow() {
        let code = Code::new("tel:+4685304000", Size::Total(280)).unwrap();
        assert_eq!(code.side(), 280);
        let px = pixels(&code);
        // The first row: light quiet zone, then the finder's dark edge,
        // with no grey anywhere (sharp edges).
        assert!(px.chunks(4).all(|p| p[0] == 0 || p[0] == 255));
        // The first pixel of module 2: the smallest p with p·modules/280 ≥ 2.
        let quiet = (2 * 280usize).div_ceil(code.modules());
        assert_eq!(
            px[(quiet * 280 + quiet) * 4],
            0,
            "the finder starts after the quiet zone"
        );
        assert_eq!(px[((quiet - 1) * 280 + quiet - 1) * 4], 255);
    }

    #[test]
    fn a_code_shown_again_is_not_encoded_again_and_few_are_kept() {
        let first = encoded("https://www.botkyrka.se/again").unwrap();
        assert!(Rc::ptr_eq(
            &first,
            &encoded("https://www.botkyrka.se/again").unwrap()
        ));
        for n in 0..ENCODED_KEPT {
            encoded(&format!("https://www.botkyrka.se/{n}")).unwrap();
        }
        ENCODED.with(|kept| assert_eq!(kept.borrow().len(), ENCODED_KEPT));
        assert!(!Rc::ptr_eq(
            &first,
            &encoded("https://www.botkyrka.se/again").unwrap()
        ));
        // The same modules either way, and another size paints them anew.
        let a = Code::new("https://www.botkyrka.se/again", Size::Cell(4)).unwrap();
        let b = Code::new("https://www.botkyrka.se/again", Size::Cell(5)).unwrap();
        assert_eq!(a.modules(), b.modules());
        assert_eq!(b.side(), 5 * b.modules() as u32);
    }

    #[test]
    fn a_code_shown_again_at_its_size_is_the_same_picture_and_few_are_kept() {
        let url = "https://www.botkyrka.se/painted";
        let first = Code::new(url, Size::Cell(6)).unwrap();
        // The same picture (the renderer keeps it converted by its id).
        assert_eq!(
            Code::new(url, Size::Cell(6)).unwrap().handle.id(),
            first.handle.id()
        );
        // Another size is another picture.
        assert_ne!(
            Code::new(url, Size::Cell(7)).unwrap().handle.id(),
            first.handle.id()
        );
        for n in 0..PAINTED_KEPT {
            Code::new(
                &format!("https://www.botkyrka.se/painted/{n}"),
                Size::Cell(6),
            )
            .unwrap();
        }
        PAINTED.with(|kept| assert_eq!(kept.borrow().len(), PAINTED_KEPT));
        // Pushed out by newer ones: painted anew, the same pixels.
        let again = Code::new(url, Size::Cell(6)).unwrap();
        assert_ne!(again.handle.id(), first.handle.id());
        assert_eq!(pixels(&again), pixels(&first));
    }

    #[test]
    fn too_long_a_text_gives_no_code_and_a_huge_size_is_bounded() {
        assert!(Code::new(&"x".repeat(5000), Size::Cell(4)).is_none());
        let code = Code::new("https://www.botkyrka.se/", Size::Cell(10_000)).unwrap();
        assert_eq!(code.side(), MAX_SIDE);
    }
}

//! ESC/POS encoding of a ticket: initialise, one raster bit image (sent in
//! bands of at most [`BAND_ROWS`] rows, which every printer's buffer takes),
//! feed, cut.
//!
//! Commands used (Epson ESC/POS, also understood by the common clones):
//! - `ESC @` (`1B 40`): initialise the printer;
//! - `GS v 0 m xL xH yL yH d…` (`1D 76 30 00 …`): raster bit image, normal
//!   density; `x` is the width in bytes, `y` the height in dots, the data is
//!   row by row, 8 dots a byte, most significant bit on the left, 1 = black;
//! - `ESC d n` (`1B 64 n`): print and feed `n` lines;
//! - `GS V m` (`1D 56 m`): cut, `m = 0` full, `m = 1` partial.

use super::config::Cut;

pub const DLE: u8 = 0x10;
pub const EOT: u8 = 0x04;

/// `DLE EOT 4`: transmit the paper roll sensor status.
pub const STATUS_PAPER: [u8; 3] = [DLE, EOT, 4];
/// `DLE EOT 2`: transmit the offline cause.
pub const STATUS_OFFLINE: [u8; 3] = [DLE, EOT, 2];
/// In the paper status: the roll is nearly empty (bits 2 and 3).
pub const PAPER_NEAR_END: u8 = 0b0000_1100;
/// In the paper status: the roll is empty (bits 5 and 6).
pub const PAPER_END: u8 = 0b0110_0000;
/// In the offline cause: the cover is open (bit 2).
pub const COVER_OPEN: u8 = 0b0000_0100;
/// In the offline cause: printing stopped for lack of paper (bit 5).
pub const PAPER_STOP: u8 = 0b0010_0000;
/// In the offline cause: an error occurred (bit 6).
pub const ERROR: u8 = 0b0100_0000;

/// Whether a byte has the fixed bits of a `DLE EOT` answer (`0xx1xx10`).
pub fn is_status(byte: u8) -> bool {
    byte & 0b1001_0011 == 0b0001_0010
}

/// Rows per `GS v 0` command. Printers accept up to 2303 (some 4095), but
/// small bands keep their input buffer from overflowing on long tickets.
pub const BAND_ROWS: u32 = 256;

pub const ESC: u8 = 0x1B;
pub const GS: u8 = 0x1D;

/// A 1-bit image, row by row, each row padded to whole bytes, most
/// significant bit first, 1 = black: exactly the layout of `GS v 0`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Raster {
    width: u32,
    height: u32,
    bits: Vec<u8>,
}

/// Pixels darker than this (0–255 luma, after compositing on white) print.
pub const DEFAULT_THRESHOLD: u8 = 160;

impl Raster {
    /// An all-white image.
    pub fn blank(width: u32, height: u32) -> Raster {
        let bytes = Raster::row_bytes_for(width) * height as usize;
        Raster {
            width,
            height,
            bits: vec![0; bytes],
        }
    }

    /// Thresholds RGBA pixels (`width × height × 4` bytes; missing pixels
    /// count as white): a pixel prints when its luma, composited on white,
    /// is below `threshold`.
    pub fn from_rgba(rgba: &[u8], width: u32, height: u32, threshold: u8) -> Raster {
        let mut raster = Raster::blank(width, height);
        for y in 0..height {
            for x in 0..width {
                let i = (y as usize * width as usize + x as usize) * 4;
                let Some(px) = rgba.get(i..i + 4) else {
                    continue;
                };
                let luma =
                    (299 * u32::from(px[0]) + 587 * u32::from(px[1]) + 114 * u32::from(px[2]))
                        / 1000;
                let alpha = u32::from(px[3]);
                let on_white = (luma * alpha + 255 * (255 - alpha)) / 255;
                if on_white < u32::from(threshold) {
                    raster.set(x, y, true);
                }
            }
        }
        raster
    }

    /// Builds a raster from packed rows (the `GS v 0` data layout). `None`
    /// when `bits` is not `row_bytes × height` long.
    pub fn from_bits(width: u32, height: u32, bits: Vec<u8>) -> Option<Raster> {
        (bits.len() == Raster::row_bytes_for(width) * height as usize).then_some(Raster {
            width,
            height,
            bits,
        })
    }

    fn row_bytes_for(width: u32) -> usize {
        width.div_ceil(8) as usize
    }

    pub fn width(&self) -> u32 {
        self.width
    }

    pub fn height(&self) -> u32 {
        self.height
    }

    /// Bytes per row (`xL + 256 × xH` of `GS v 0`).
    pub fn row_bytes(&self) -> usize {
        Raster::row_bytes_for(self.width)
    }

    /// The packed rows.
    pub fn bits(&self) -> &[u8] {
        &self.bits
    }

    pub fn get(&self, x: u32, y: u32) -> bool {
        if x >= self.width || y >= self.height {
            return false;
        }
        let byte = self.bits[y as usize * self.row_bytes() + (x / 8) as usize];
        byte & (0x80 >> (x % 8)) != 0
    }

    pub fn set(&mut self, x: u32, y: u32, black: bool) {
        if x >= self.width || y >= self.height {
            return;
        }
        let index = y as usize * self.row_bytes() + (x / 8) as usize;
        let mask = 0x80 >> (x % 8);
        if black {
            self.bits[index] |= mask;
        } else {
            self.bits[index] &= !mask;
        }
    }

    /// The number of rows down to the last row with a black dot (0 for a
    /// blank image).
    pub fn content_height(&self) -> u32 {
        let row = self.row_bytes();
        if row == 0 {
            return 0;
        }
        self.bits
            .chunks(row)
            .rposition(|r| r.iter().any(|&b| b != 0))
            .map_or(0, |last| last as u32 + 1)
    }

    /// The top `height` rows (or all, if the image is shorter).
    pub fn cropped(&self, height: u32) -> Raster {
        let height = height.min(self.height);
        Raster {
            width: self.width,
            height,
            bits: self.bits[..self.row_bytes() * height as usize].to_vec(),
        }
    }

    /// Grey-scale-free RGBA (black or white), for PNG previews: what you see
    /// is what prints.
    pub fn to_rgba(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.width as usize * self.height as usize * 4);
        for y in 0..self.height {
            for x in 0..self.width {
                let v = if self.get(x, y) { 0 } else { 255 };
                out.extend_from_slice(&[v, v, v, 255]);
            }
        }
        out
    }
}

/// How a ticket ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Finish {
    /// Lines fed after the image, so the cut is below it.
    pub feed_lines: u8,
    pub cut: Cut,
}

/// `ESC @`.
pub fn init() -> [u8; 2] {
    [ESC, b'@']
}

/// One `GS v 0` command for the whole raster (callers use [`raster`], which
/// bands it); rows beyond 65535 or widths beyond 65535 bytes are not
/// representable and are cut off.
fn raster_command(out: &mut Vec<u8>, row_bytes: usize, rows: u32, data: &[u8]) {
    let x = row_bytes.min(0xFFFF) as u16;
    let y = rows.min(0xFFFF) as u16;
    out.extend_from_slice(&[GS, b'v', b'0', 0]);
    out.extend_from_slice(&x.to_le_bytes());
    out.extend_from_slice(&y.to_le_bytes());
    out.extend_from_slice(data);
}

/// The raster as `GS v 0` commands of at most `band_rows` rows each.
pub fn raster(out: &mut Vec<u8>, image: &Raster, band_rows: u32) {
    let band_rows = band_rows.max(1);
    let row_bytes = image.row_bytes();
    if row_bytes == 0 || image.height() == 0 {
        return;
    }
    let mut top = 0;
    while top < image.height() {
        let rows = band_rows.min(image.height() - top);
        let start = top as usize * row_bytes;
        let end = start + rows as usize * row_bytes;
        raster_command(out, row_bytes, rows, &image.bits()[start..end]);
        top += rows;
    }
}

/// `ESC d n` then the cut.
pub fn finish(out: &mut Vec<u8>, finish: Finish) {
    if finish.feed_lines > 0 {
        out.extend_from_slice(&[ESC, b'd', finish.feed_lines]);
    }
    match finish.cut {
        Cut::Full => out.extend_from_slice(&[GS, b'V', 0]),
        Cut::Partial => out.extend_from_slice(&[GS, b'V', 1]),
        Cut::None => {}
    }
}

/// A whole print job: init, the image in bands, feed, cut.
pub fn job(image: &Raster, end: Finish) -> Vec<u8> {
    let mut out = Vec::with_capacity(image.bits().len() + 64);
    out.extend_from_slice(&init());
    raster(&mut out, image, BAND_ROWS);
    finish(&mut out, end);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn end() -> Finish {
        Finish {
            feed_lines: 3,
            cut: Cut::Partial,
        }
    }

    #[test]
    fn a_3x2_image_packs_msb_first_and_pads_rows() {
        let mut image = Raster::blank(3, 2);
        image.set(0, 0, true); // top left
        image.set(2, 1, true); // bottom right
        assert_eq!(image.bits(), &[0b1000_0000, 0b0010_0000]);
        assert_eq!(
            job(&image, end()),
            vec![
                0x1B, 0x40, // ESC @
                0x1D, 0x76, 0x30, 0x00, 1, 0, 2, 0, // GS v 0, 1 byte wide, 2 high
                0x80, 0x20, // the rows
                0x1B, 0x64, 3, // ESC d 3
                0x1D, 0x56, 1, // GS V 1
            ]
        );
    }

    #[test]
    fn width_over_8_uses_two_bytes_per_row_and_little_endian_sizes() {
        let mut image = Raster::blank(9, 300);
        image.set(8, 0, true);
        image.set(0, 299, true);
        let mut out = Vec::new();
        raster(&mut out, &image, 1000);
        assert_eq!(&out[..8], &[0x1D, 0x76, 0x30, 0, 2, 0, 44, 1]); // 300 = 0x012C
        assert_eq!(out[8], 0x00);
        assert_eq!(out[9], 0x80); // x = 8 is the first bit of the second byte
        assert_eq!(out[8 + 299 * 2], 0x80);
        assert_eq!(out.len(), 8 + 600);
    }

    #[test]
    fn tall_images_are_sent_in_bands() {
        let mut image = Raster::blank(16, 600);
        for y in 0..600 {
            image.set(y % 16, y, true);
        }
        let mut out = Vec::new();
        raster(&mut out, &image, 256);
        // 256 + 256 + 88 rows, each band with its own header.
        let header = |rows: u16| {
            let mut h = vec![0x1D, 0x76, 0x30, 0, 2, 0];
            h.extend_from_slice(&rows.to_le_bytes());
            h
        };
        assert_eq!(out.len(), 3 * 8 + 600 * 2);
        assert_eq!(&out[..8], header(256).as_slice());
        let second = 8 + 256 * 2;
        assert_eq!(&out[second..second + 8], header(256).as_slice());
        let third = second + 8 + 256 * 2;
        assert_eq!(&out[third..third + 8], header(88).as_slice());
        // Row 512 (first of the third band) has its dot at x = 0.
        assert_eq!(&out[third + 8..third + 10], &[0x80, 0x00]);
    }

    #[test]
    fn threshold_turns_dark_pixels_black_and_transparent_white() {
        let rgba = [
            0, 0, 0, 255, // black
            255, 255, 255, 255, // white
            100, 100, 100, 255, // dark grey: black
            200, 200, 200, 255, // light grey: white
            0, 0, 0, 0, // transparent: white
            255, 0, 0, 255, // red, luma 76: black
        ];
        let image = Raster::from_rgba(&rgba, 6, 1, DEFAULT_THRESHOLD);
        let dots: Vec<bool> = (0..6).map(|x| image.get(x, 0)).collect();
        assert_eq!(dots, [true, false, true, false, false, true]);
    }

    #[test]
    fn content_height_and_crop_drop_the_white_bottom() {
        let mut image = Raster::blank(10, 50);
        assert_eq!(image.content_height(), 0);
        image.set(9, 20, true);
        assert_eq!(image.content_height(), 21);
        let cropped = image.cropped(21);
        assert_eq!((cropped.width(), cropped.height()), (10, 21));
        assert!(cropped.get(9, 20));
        assert_eq!(cropped.bits().len(), 2 * 21);
    }

    #[test]
    fn no_cut_and_no_feed_end_right_after_the_image() {
        let image = Raster::blank(8, 1);
        let bytes = job(
            &image,
            Finish {
                feed_lines: 0,
                cut: Cut::None,
            },
        );
        assert_eq!(bytes, vec![0x1B, 0x40, 0x1D, 0x76, 0x30, 0, 1, 0, 1, 0, 0]);
    }

    #[test]
    fn status_bytes_have_their_fixed_bits() {
        assert!(is_status(0x12)); // all fine
        assert!(is_status(0x72)); // paper end
        assert!(!is_status(0x00));
        assert!(!is_status(0x13));
        assert!(!is_status(0x92));
    }

    /// What a printer makes of a job, read by the command table in the
    /// module docs (not by [`Raster`]): the commands in order, the dots of
    /// every printed row (whole bytes, MSB on the left), the lines fed and
    /// the cut. Panics on a byte that starts no known command.
    #[derive(Debug, Default)]
    struct Printed {
        commands: Vec<&'static str>,
        band_heights: Vec<usize>,
        row_bytes: Vec<usize>,
        rows: Vec<Vec<bool>>,
        feed: u32,
        cut: Option<u8>,
    }

    fn print(bytes: &[u8]) -> Printed {
        let mut printed = Printed::default();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i..] {
                [0x1B, 0x40, ..] => {
                    printed.commands.push("init");
                    i += 2;
                }
                [0x1D, 0x76, 0x30, mode, xl, xh, yl, yh, ..] => {
                    assert_eq!(mode, 0, "normal density");
                    let x = usize::from(u16::from_le_bytes([xl, xh]));
                    let y = usize::from(u16::from_le_bytes([yl, yh]));
                    let data = bytes
                        .get(i + 8..i + 8 + x * y)
                        .unwrap_or_else(|| panic!("band of {x}×{y} bytes runs past the job"));
                    for row in data.chunks(x) {
                        let dots = row
                            .iter()
                            .flat_map(|byte| (0..8).map(move |bit| byte & (0x80 >> bit) != 0));
                        printed.rows.push(dots.collect());
                    }
                    printed.commands.push("raster");
                    printed.band_heights.push(y);
                    printed.row_bytes.push(x);
                    i += 8 + x * y;
                }
                [0x1B, 0x64, n, ..] => {
                    printed.commands.push("feed");
                    printed.feed += u32::from(n);
                    i += 3;
                }
                [0x1D, 0x56, m, ..] => {
                    printed.commands.push("cut");
                    printed.cut = Some(m);
                    i += 3;
                }
                _ => panic!("no command starts at byte {i}: {:02x?}", &bytes[i..]),
            }
        }
        printed
    }

    /// A pattern without symmetry, so that a swapped axis, a mirrored byte
    /// or a shifted row shows.
    fn dot(x: u32, y: u32) -> bool {
        (x * 7 + y * 13 + x * y / 3).is_multiple_of(5) || x == y
    }

    #[test]
    fn a_job_prints_back_the_image_it_was_made_from() {
        let finishes = [
            (3, Cut::Partial, Some(1)),
            (0, Cut::Full, Some(0)),
            (5, Cut::None, None),
        ];
        // Widths on and off byte boundaries (576 dots: an 80 mm printer),
        // heights below, at and over one band (300 = 0x012C rows).
        for (width, height) in [(1, 1), (7, 3), (8, 2), (17, 300), (576, 513)] {
            let mut rgba = Vec::new();
            for y in 0..height {
                for x in 0..width {
                    let v = if dot(x, y) { 0 } else { 255 };
                    rgba.extend_from_slice(&[v, v, v, 255]);
                }
            }
            let image = Raster::from_rgba(&rgba, width, height, DEFAULT_THRESHOLD);
            for (feed_lines, cut, cut_byte) in finishes {
                let bytes = job(&image, Finish { feed_lines, cut });
                let printed = print(&bytes);
                let case = format!("{width}×{height}, {cut:?}");

                let bands = (height as usize).div_ceil(BAND_ROWS as usize);
                let mut expected = vec!["init"];
                expected.extend(std::iter::repeat_n("raster", bands));
                if feed_lines > 0 {
                    expected.push("feed");
                }
                if cut_byte.is_some() {
                    expected.push("cut");
                }
                assert_eq!(printed.commands, expected, "{case}");
                assert!(
                    printed
                        .band_heights
                        .iter()
                        .all(|&h| h <= BAND_ROWS as usize),
                    "{case}: bands {:?}",
                    printed.band_heights
                );
                let row_bytes = (width as usize).div_ceil(8);
                assert!(printed.row_bytes.iter().all(|&x| x == row_bytes), "{case}");
                assert_eq!(printed.rows.len(), height as usize, "{case}");
                for (y, row) in printed.rows.iter().enumerate() {
                    for (x, &black) in row.iter().enumerate() {
                        // The padding at the end of a row stays white.
                        let want = x < width as usize && dot(x as u32, y as u32);
                        assert_eq!(black, want, "{case}: dot ({x}, {y})");
                    }
                }
                assert_eq!(printed.feed, u32::from(feed_lines), "{case}");
                assert_eq!(printed.cut, cut_byte, "{case}");
            }
        }
    }

    #[test]
    fn from_bits_checks_the_length() {
        assert!(Raster::from_bits(9, 2, vec![0; 4]).is_some());
        assert!(Raster::from_bits(9, 2, vec![0; 3]).is_none());
    }
}

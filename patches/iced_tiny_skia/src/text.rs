use crate::core::alignment;
use crate::core::text::{Alignment, Shaping};
use crate::core::{Color, Font, Pixels, Point, Rectangle, Transformation};
use crate::graphics::text::cache::{self, Cache};
use crate::graphics::text::editor;
use crate::graphics::text::font_system;
use crate::graphics::text::paragraph;

use rustc_hash::{FxHashMap, FxHashSet};
use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::collections::hash_map;
use std::sync::{LazyLock, Mutex, MutexGuard};

/// The rasterised glyphs of every renderer of the process (patched for
/// medborgarkiosk): a glyph drawn by one renderer, an off-screen one
/// included, is not rasterised again by another. Taken after the font
/// system's lock, as every drawing of text holds that one first.
static GLYPHS: LazyLock<Mutex<GlyphCache>> =
    LazyLock::new(|| Mutex::new(GlyphCache::new()));

thread_local! {
    /// Whether the glyphs this thread draws are kept for good
    /// ([`keep_glyphs`]).
    static KEEPING: Cell<bool> = const { Cell::new(false) };
    /// Glyphs this thread had to rasterise ([`glyph_misses`]).
    static MISSES: Cell<u64> = const { Cell::new(0) };
}

fn glyphs() -> MutexGuard<'static, GlyphCache> {
    // A panic while the cache was held leaves it whole: an entry is
    // inserted complete or not at all.
    GLYPHS.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Runs `draw`, and keeps every glyph it draws on this thread for the
/// life of the process: trimming drops glyphs no frame has drawn for a
/// while, but not these. For the screens a visitor's first press shows,
/// drawn off-screen before anyone presses, so that the press does not
/// wait for their glyphs.
pub fn keep_glyphs<R>(draw: impl FnOnce() -> R) -> R {
    let before = KEEPING.with(|keeping| keeping.replace(true));
    let result = draw();
    KEEPING.with(|keeping| keeping.set(before));
    result
}

/// How many glyphs this thread has rasterised (not found in the cache)
/// since it began.
pub fn glyph_misses() -> u64 {
    MISSES.with(Cell::get)
}

/// How many glyphs the cache holds, how many of them are kept for good,
/// and the bytes of their pixels.
pub fn glyph_cache_size() -> (usize, usize, usize) {
    let cache = glyphs();
    let bytes = cache
        .entries
        .values()
        .map(|(pixels, _)| pixels.bytes())
        .sum();
    (cache.entries.len(), cache.kept.len(), bytes)
}

#[derive(Debug)]
pub struct Pipeline {
    cache: RefCell<Cache>,
    swash: cosmic_text::SwashCache,
}

impl Pipeline {
    pub fn new() -> Self {
        Pipeline {
            cache: RefCell::new(Cache::new()),
            swash: cosmic_text::SwashCache::new(),
        }
    }

    // TODO: Shared engine
    #[allow(dead_code)]
    pub fn load_font(&mut self, bytes: Cow<'static, [u8]>) {
        font_system()
            .write()
            .expect("Write font system")
            .load_font(bytes);

        self.cache = RefCell::new(Cache::new());
    }

    pub fn draw_paragraph(
        &mut self,
        paragraph: &paragraph::Weak,
        position: Point,
        color: Color,
        pixels: &mut tiny_skia::PixmapMut<'_>,
        clip_mask: Option<&tiny_skia::Mask>,
        transformation: Transformation,
    ) {
        let Some(paragraph) = paragraph.upgrade() else {
            return;
        };

        let mut font_system = font_system().write().expect("Write font system");

        draw(
            font_system.raw(),
            &mut glyphs(),
            &mut self.swash,
            paragraph.buffer(),
            position,
            color,
            pixels,
            clip_mask,
            transformation,
        );
    }

    pub fn draw_editor(
        &mut self,
        editor: &editor::Weak,
        position: Point,
        color: Color,
        pixels: &mut tiny_skia::PixmapMut<'_>,
        clip_mask: Option<&tiny_skia::Mask>,
        transformation: Transformation,
    ) {
        let Some(editor) = editor.upgrade() else {
            return;
        };

        let mut font_system = font_system().write().expect("Write font system");

        draw(
            font_system.raw(),
            &mut glyphs(),
            &mut self.swash,
            editor.buffer(),
            position,
            color,
            pixels,
            clip_mask,
            transformation,
        );
    }

    pub fn draw_cached(
        &mut self,
        content: &str,
        bounds: Rectangle,
        color: Color,
        size: Pixels,
        line_height: Pixels,
        font: Font,
        align_x: Alignment,
        align_y: alignment::Vertical,
        shaping: Shaping,
        pixels: &mut tiny_skia::PixmapMut<'_>,
        clip_mask: Option<&tiny_skia::Mask>,
        transformation: Transformation,
    ) {
        let line_height = f32::from(line_height);

        let mut font_system = font_system().write().expect("Write font system");
        let font_system = font_system.raw();

        let key = cache::Key {
            bounds: bounds.size(),
            content,
            font,
            size: size.into(),
            line_height,
            shaping,
            align_x,
        };

        let (_, entry) = self.cache.get_mut().allocate(font_system, key);

        let width = entry.min_bounds.width;
        let height = entry.min_bounds.height;

        let x = match align_x {
            Alignment::Default | Alignment::Left | Alignment::Justified => {
                bounds.x
            }
            Alignment::Center => bounds.x - width / 2.0,
            Alignment::Right => bounds.x - width,
        };

        let y = match align_y {
            alignment::Vertical::Top => bounds.y,
            alignment::Vertical::Center => bounds.y - height / 2.0,
            alignment::Vertical::Bottom => bounds.y - height,
        };

        draw(
            font_system,
            &mut glyphs(),
            &mut self.swash,
            &entry.buffer,
            Point::new(x, y),
            color,
            pixels,
            clip_mask,
            transformation,
        );
    }

    pub fn draw_raw(
        &mut self,
        buffer: &cosmic_text::Buffer,
        position: Point,
        color: Color,
        pixels: &mut tiny_skia::PixmapMut<'_>,
        clip_mask: Option<&tiny_skia::Mask>,
        transformation: Transformation,
    ) {
        let mut font_system = font_system().write().expect("Write font system");

        draw(
            font_system.raw(),
            &mut glyphs(),
            &mut self.swash,
            buffer,
            position,
            color,
            pixels,
            clip_mask,
            transformation,
        );
    }

    pub fn trim_cache(&mut self) {
        self.cache.get_mut().trim();
        glyphs().trim();
    }
}

fn draw(
    font_system: &mut cosmic_text::FontSystem,
    glyph_cache: &mut GlyphCache,
    swash: &mut cosmic_text::SwashCache,
    buffer: &cosmic_text::Buffer,
    position: Point,
    color: Color,
    pixels: &mut tiny_skia::PixmapMut<'_>,
    clip_mask: Option<&tiny_skia::Mask>,
    transformation: Transformation,
) {
    let position = position * transformation;

    for run in buffer.layout_runs() {
        for glyph in run.glyphs {
            let physical_glyph = glyph.physical(
                (position.x, position.y),
                transformation.scale_factor(),
            );

            if let Some((glyph_pixels, placement)) = glyph_cache.allocate(
                physical_glyph.cache_key,
                font_system,
                swash,
            ) {
                let opacity = color.a
                    * glyph
                        .color_opt
                        .map(|c| c.a() as f32 / 255.0)
                        .unwrap_or(1.0);

                let source = match glyph_pixels {
                    GlyphPixels::Mask(alpha) => {
                        let [r, g, b, _a] = glyph
                            .color_opt
                            .map(from_color)
                            .unwrap_or(color)
                            .into_rgba8();
                        Source::Mask(
                            alpha,
                            u32::from_le_bytes([b, g, r, u8::MAX]),
                        )
                    }
                    GlyphPixels::Color(colors) => {
                        Source::Premultiplied(bytemuck::cast_slice(colors))
                    }
                };

                blend_pixels(
                    pixels,
                    physical_glyph.x + placement.left,
                    physical_glyph.y - placement.top
                        + (run.line_y * transformation.scale_factor()).round()
                            as i32,
                    source,
                    placement.width,
                    placement.height,
                    opacity,
                    clip_mask,
                );
            }
        }
    }
}

/// What [`blend_pixels`] draws.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Source<'a> {
    /// Premultiplied BGRA pixels, 4 bytes each: an image, a colour glyph.
    Premultiplied(&'a [u8]),
    /// A glyph's coverage, a byte a pixel, in one opaque colour (BGRA
    /// with alpha 255, not premultiplied): each pixel is that colour
    /// premultiplied by its coverage, as tiny-skia premultiplies.
    Mask(&'a [u8], u32),
}

/// Draws `source` (`width`×`height`: a rasterised glyph, or an image at
/// its own size) at `(x, y)` with source-over, through `clip_mask`: what
/// `draw_pixmap` did with an identity transform, without building a
/// raster pipeline (with a pattern shader, the slow high-precision one)
/// for every call, which cost more than the glyphs' pixels (issue 24 of
/// Medborgarkiosk). A pixel is blended two channels at a time, rounded as
/// `v / 255` is.
#[allow(clippy::too_many_arguments)]
pub(crate) fn blend_pixels(
    pixels: &mut tiny_skia::PixmapMut<'_>,
    x: i32,
    y: i32,
    source: Source<'_>,
    width: u32,
    height: u32,
    opacity: f32,
    clip_mask: Option<&tiny_skia::Mask>,
) {
    /// Every channel of `pixel` (alpha in the top byte) times `by / 255`.
    #[inline(always)]
    fn scale(pixel: u32, by: u32) -> u32 {
        let rb = (pixel & 0x00FF_00FF) * by + 0x0080_0080;
        let rb = ((rb + ((rb >> 8) & 0x00FF_00FF)) >> 8) & 0x00FF_00FF;
        let ag = ((pixel >> 8) & 0x00FF_00FF) * by + 0x0080_0080;
        let ag = (ag + ((ag >> 8) & 0x00FF_00FF)) & 0xFF00_FF00;
        rb | ag
    }

    let (target_width, target_height) =
        (pixels.width() as i32, pixels.height() as i32);
    let (x0, y0) = (x.max(0), y.max(0));
    let x1 = x.saturating_add(width as i32).min(target_width);
    let y1 = y.saturating_add(height as i32).min(target_height);
    if x0 >= x1 || y0 >= y1 {
        return;
    }
    let opacity = (opacity.clamp(0.0, 1.0) * 255.0).round() as u32;
    if opacity == 0 {
        return;
    }
    // The clip mask is the target's size (the compositor makes both).
    if clip_mask.is_some_and(|mask| {
        mask.width() as i32 != target_width
            || mask.height() as i32 != target_height
    }) {
        return;
    }
    let stride = target_width as usize;
    let data = pixels.data_mut();

    for target_y in y0..y1 {
        let glyph_row = (target_y - y) as usize * width as usize;
        let target_row = target_y as usize * stride;
        // A row of opaque pixels, not faded and not cut by the mask (an
        // image's), is copied; a row of a glyph's full coverage is filled
        // with its colour.
        let (from, to) = (
            glyph_row + (x0 - x) as usize,
            glyph_row + (x1 - x) as usize,
        );
        let (start, end) = (target_row + x0 as usize, target_row + x1 as usize);
        let uncut = || {
            opacity == 255
                && clip_mask.is_none_or(|mask| {
                    mask.data()[start..end].iter().all(|&m| m == u8::MAX)
                })
        };
        let target_bytes = &mut data[start * 4..end * 4];
        match source {
            Source::Premultiplied(glyph) => {
                let source_row = &glyph[from * 4..to * 4];
                if source_row.chunks_exact(4).all(|pixel| pixel[3] == u8::MAX)
                    && uncut()
                {
                    target_bytes.copy_from_slice(source_row);
                    continue;
                }
            }
            Source::Mask(alpha, color) => {
                if alpha[from..to].iter().all(|&a| a == u8::MAX) && uncut() {
                    for target in target_bytes.chunks_exact_mut(4) {
                        target.copy_from_slice(&color.to_le_bytes());
                    }
                    continue;
                }
            }
        }
        for target_x in x0..x1 {
            let from = glyph_row + (target_x - x) as usize;
            let mut source = match source {
                Source::Premultiplied(glyph) => u32::from_le_bytes([
                    glyph[from * 4],
                    glyph[from * 4 + 1],
                    glyph[from * 4 + 2],
                    glyph[from * 4 + 3],
                ]),
                Source::Mask(alpha, color) => match alpha[from] {
                    0 => 0,
                    u8::MAX => color,
                    coverage => scale(color, u32::from(coverage)),
                },
            };
            if source == 0 {
                continue;
            }
            let at = target_row + target_x as usize;
            let coverage = match clip_mask {
                Some(mask) => {
                    (opacity * u32::from(mask.data()[at]) + 255) >> 8
                }
                None => opacity,
            };
            if coverage < 255 {
                source = scale(source, coverage);
            }
            let alpha = source >> 24;
            if alpha == 0 {
                continue;
            }
            let target = &mut data[at * 4..at * 4 + 4];
            let blended = if alpha == 255 {
                source
            } else {
                let below = u32::from_le_bytes([
                    target[0], target[1], target[2], target[3],
                ]);
                source + scale(below, 255 - alpha)
            };
            target.copy_from_slice(&blended.to_le_bytes());
        }
    }
}

fn from_color(color: cosmic_text::Color) -> Color {
    let [r, g, b, a] = color.as_rgba();

    Color::from_rgba8(r, g, b, a as f32 / 255.0)
}

/// A rasterised glyph's pixels.
#[derive(Debug, Clone)]
enum GlyphPixels {
    /// Its coverage, a byte a pixel, drawn in the text's colour (patched
    /// for medborgarkiosk: upstream kept premultiplied pixels in the
    /// colour, four bytes a pixel, one entry for every colour).
    Mask(Vec<u8>),
    /// Premultiplied BGRA (a colour glyph, an emoji).
    Color(Vec<u32>),
}

impl GlyphPixels {
    /// The bytes of its pixels (0: a glyph without pixels, a space).
    fn bytes(&self) -> usize {
        match self {
            GlyphPixels::Mask(alpha) => alpha.len(),
            GlyphPixels::Color(colors) => colors.len() * 4,
        }
    }
}

#[derive(Debug, Clone, Default)]
struct GlyphCache {
    entries: FxHashMap<
        cosmic_text::CacheKey,
        (GlyphPixels, cosmic_text::Placement),
    >,
    recently_used: FxHashSet<cosmic_text::CacheKey>,
    /// Drawn inside [`keep_glyphs`]: never trimmed.
    kept: FxHashSet<cosmic_text::CacheKey>,
    trim_count: usize,
}

impl GlyphCache {
    const TRIM_INTERVAL: usize = 300;
    const CAPACITY_LIMIT: usize = 16 * 1024;

    fn new() -> Self {
        GlyphCache::default()
    }

    fn allocate(
        &mut self,
        key: cosmic_text::CacheKey,
        font_system: &mut cosmic_text::FontSystem,
        swash: &mut cosmic_text::SwashCache,
    ) -> Option<(&GlyphPixels, cosmic_text::Placement)> {
        if KEEPING.with(Cell::get) {
            let _ = self.kept.insert(key);
        }

        if let hash_map::Entry::Vacant(entry) = self.entries.entry(key) {
            MISSES.with(|misses| misses.set(misses.get() + 1));

            // TODO: Outline support
            let image = swash.get_image_uncached(font_system, key);

            let glyph_size = image.as_ref().map_or(0, |image| {
                image.placement.width as usize
                    * image.placement.height as usize
            });

            // A glyph without pixels (a space) is kept too, empty: it was
            // rasterised again in every frame that drew it, some 50 times
            // a press on Home (patched for medborgarkiosk).
            let Some(image) = image.filter(|_| glyph_size > 0) else {
                let _ = entry.insert((
                    GlyphPixels::Mask(Vec::new()),
                    cosmic_text::Placement::default(),
                ));
                let _ = self.recently_used.insert(key);
                return None;
            };

            let pixels = match image.content {
                cosmic_text::SwashContent::Mask => {
                    GlyphPixels::Mask(image.data[..glyph_size].to_vec())
                }
                cosmic_text::SwashContent::Color => GlyphPixels::Color(
                    image.data[..glyph_size * 4]
                        .chunks_exact(4)
                        .map(|rgba| {
                            // TODO: Blend alpha
                            bytemuck::cast(
                                tiny_skia::ColorU8::from_rgba(
                                    rgba[2], rgba[1], rgba[0], rgba[3],
                                )
                                .premultiply(),
                            )
                        })
                        .collect(),
                ),
                // TODO: nothing drawn, as upstream.
                cosmic_text::SwashContent::SubpixelMask => {
                    GlyphPixels::Mask(vec![0; glyph_size])
                }
            };

            let _ = entry.insert((pixels, image.placement));
        }

        let _ = self.recently_used.insert(key);

        self.entries
            .get(&key)
            .filter(|(pixels, _)| pixels.bytes() > 0)
            .map(|(pixels, placement)| (pixels, *placement))
    }

    pub fn trim(&mut self) {
        if self.trim_count > Self::TRIM_INTERVAL
            || self.recently_used.len() >= Self::CAPACITY_LIMIT
        {
            self.entries.retain(|key, _| {
                self.recently_used.contains(key) || self.kept.contains(key)
            });

            self.recently_used.clear();

            self.entries.shrink_to(Self::CAPACITY_LIMIT);
            self.recently_used.shrink_to(Self::CAPACITY_LIMIT);

            self.trim_count = 0;
        } else {
            self.trim_count += 1;
        }
    }
}

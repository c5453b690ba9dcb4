use crate::core::alignment;
use crate::core::text::{Alignment, Shaping};
use crate::core::{Color, Font, Pixels, Point, Rectangle, Transformation};
use crate::graphics::text::cache::{self, Cache};
use crate::graphics::text::editor;
use crate::graphics::text::font_system;
use crate::graphics::text::paragraph;

use rustc_hash::{FxHashMap, FxHashSet};
use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::hash_map;

#[derive(Debug)]
pub struct Pipeline {
    glyph_cache: GlyphCache,
    cache: RefCell<Cache>,
    swash: cosmic_text::SwashCache,
}

impl Pipeline {
    pub fn new() -> Self {
        Pipeline {
            glyph_cache: GlyphCache::new(),
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
            &mut self.glyph_cache,
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
            &mut self.glyph_cache,
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
            &mut self.glyph_cache,
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
            &mut self.glyph_cache,
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
        self.glyph_cache.trim();
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

            if let Some((buffer, placement)) = glyph_cache.allocate(
                physical_glyph.cache_key,
                glyph.color_opt.map(from_color).unwrap_or(color),
                font_system,
                swash,
            ) {
                let opacity = color.a
                    * glyph
                        .color_opt
                        .map(|c| c.a() as f32 / 255.0)
                        .unwrap_or(1.0);

                blend_pixels(
                    pixels,
                    physical_glyph.x + placement.left,
                    physical_glyph.y - placement.top
                        + (run.line_y * transformation.scale_factor()).round()
                            as i32,
                    buffer,
                    placement.width,
                    placement.height,
                    opacity,
                    clip_mask,
                );
            }
        }
    }
}

/// Draws premultiplied pixels (`width`×`height`: a rasterised glyph, or an
/// image at its own size) at `(x, y)` with source-over, through
/// `clip_mask`: what `draw_pixmap` did with an identity transform, without
/// building a raster pipeline (with a pattern shader, the slow
/// high-precision one) for every call, which cost more than the glyphs'
/// pixels (issue 24 of Medborgarkiosk). A pixel is blended two channels at
/// a time, rounded as `v / 255` is.
#[allow(clippy::too_many_arguments)]
pub(crate) fn blend_pixels(
    pixels: &mut tiny_skia::PixmapMut<'_>,
    x: i32,
    y: i32,
    glyph: &[u8],
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
        // image's), is copied.
        let (from, to) = (
            (glyph_row + (x0 - x) as usize) * 4,
            (glyph_row + (x1 - x) as usize) * 4,
        );
        let source_row = &glyph[from..to];
        let (start, end) = (target_row + x0 as usize, target_row + x1 as usize);
        if opacity == 255
            && source_row.chunks_exact(4).all(|pixel| pixel[3] == u8::MAX)
            && clip_mask.is_none_or(|mask| {
                mask.data()[start..end].iter().all(|&m| m == u8::MAX)
            })
        {
            data[start * 4..end * 4].copy_from_slice(source_row);
            continue;
        }
        for target_x in x0..x1 {
            let from = (glyph_row + (target_x - x) as usize) * 4;
            let mut source = u32::from_le_bytes([
                glyph[from],
                glyph[from + 1],
                glyph[from + 2],
                glyph[from + 3],
            ]);
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

#[derive(Debug, Clone, Default)]
struct GlyphCache {
    entries: FxHashMap<
        (cosmic_text::CacheKey, [u8; 3]),
        (Vec<u32>, cosmic_text::Placement),
    >,
    recently_used: FxHashSet<(cosmic_text::CacheKey, [u8; 3])>,
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
        cache_key: cosmic_text::CacheKey,
        color: Color,
        font_system: &mut cosmic_text::FontSystem,
        swash: &mut cosmic_text::SwashCache,
    ) -> Option<(&[u8], cosmic_text::Placement)> {
        let [r, g, b, _a] = color.into_rgba8();
        let key = (cache_key, [r, g, b]);

        if let hash_map::Entry::Vacant(entry) = self.entries.entry(key) {
            // TODO: Outline support
            let image = swash.get_image_uncached(font_system, cache_key);

            let glyph_size = image.as_ref().map_or(0, |image| {
                image.placement.width as usize
                    * image.placement.height as usize
            });

            // A glyph without pixels (a space) is kept too, empty: it was
            // rasterised again in every frame that drew it, some 50 times
            // a press on Home (patched for medborgarkiosk).
            let Some(image) = image.filter(|_| glyph_size > 0) else {
                let _ = entry.insert((Vec::new(), cosmic_text::Placement::default()));
                let _ = self.recently_used.insert(key);
                return None;
            };

            let mut buffer = vec![0u32; glyph_size];

            match image.content {
                cosmic_text::SwashContent::Mask => {
                    let mut i = 0;

                    // TODO: Blend alpha

                    for _y in 0..image.placement.height {
                        for _x in 0..image.placement.width {
                            buffer[i] = bytemuck::cast(
                                tiny_skia::ColorU8::from_rgba(
                                    b,
                                    g,
                                    r,
                                    image.data[i],
                                )
                                .premultiply(),
                            );

                            i += 1;
                        }
                    }
                }
                cosmic_text::SwashContent::Color => {
                    let mut i = 0;

                    for _y in 0..image.placement.height {
                        for _x in 0..image.placement.width {
                            // TODO: Blend alpha
                            buffer[i >> 2] = bytemuck::cast(
                                tiny_skia::ColorU8::from_rgba(
                                    image.data[i + 2],
                                    image.data[i + 1],
                                    image.data[i],
                                    image.data[i + 3],
                                )
                                .premultiply(),
                            );

                            i += 4;
                        }
                    }
                }
                cosmic_text::SwashContent::SubpixelMask => {
                    // TODO
                }
            }

            let _ = entry.insert((buffer, image.placement));
        }

        let _ = self.recently_used.insert(key);

        self.entries
            .get(&key)
            .filter(|(buffer, _)| !buffer.is_empty())
            .map(|(buffer, placement)| {
                (bytemuck::cast_slice(buffer.as_slice()), *placement)
            })
    }

    pub fn trim(&mut self) {
        if self.trim_count > Self::TRIM_INTERVAL
            || self.recently_used.len() >= Self::CAPACITY_LIMIT
        {
            self.entries
                .retain(|key, _| self.recently_used.contains(key));

            self.recently_used.clear();

            self.entries.shrink_to(Self::CAPACITY_LIMIT);
            self.recently_used.shrink_to(Self::CAPACITY_LIMIT);

            self.trim_count = 0;
        } else {
            self.trim_count += 1;
        }
    }
}

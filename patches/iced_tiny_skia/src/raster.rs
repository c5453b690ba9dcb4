use crate::core::image as raster;
use crate::core::{Rectangle, Size};
use crate::graphics;

use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::collections::hash_map;

#[derive(Debug)]
pub struct Pipeline {
    cache: RefCell<Cache>,
}

impl Pipeline {
    pub fn new() -> Self {
        Self {
            cache: RefCell::new(Cache::default()),
        }
    }

    pub fn load(
        &self,
        handle: &raster::Handle,
    ) -> Result<raster::Allocation, raster::Error> {
        let mut cache = self.cache.borrow_mut();
        let image = cache.allocate(handle)?;

        #[allow(unsafe_code)]
        Ok(unsafe {
            raster::allocate(handle, Size::new(image.width(), image.height()))
        })
    }

    pub fn dimensions(&self, handle: &raster::Handle) -> Option<Size<u32>> {
        let mut cache = self.cache.borrow_mut();
        let image = cache.allocate(handle).ok()?;

        Some(Size::new(image.width(), image.height()))
    }

    pub fn draw(
        &mut self,
        handle: &raster::Handle,
        filter_method: raster::FilterMethod,
        bounds: Rectangle,
        opacity: f32,
        pixels: &mut tiny_skia::PixmapMut<'_>,
        transform: tiny_skia::Transform,
        clip_mask: Option<&tiny_skia::Mask>,
    ) {
        let mut cache = self.cache.borrow_mut();

        let Ok(image) = cache.allocate(handle) else {
            return;
        };

        let width_scale = bounds.width / image.width() as f32;
        let height_scale = bounds.height / image.height() as f32;

        let transform = transform.pre_scale(width_scale, height_scale);

        // Drawn at its own size on whole pixels (a QR code): blended
        // directly, as a glyph is (patched for medborgarkiosk).
        if let Some((x, y)) = crate::engine::whole_pixel_origin(
            transform,
            (bounds.x / width_scale) as i32,
            (bounds.y / height_scale) as i32,
        ) {
            crate::text::blend_pixels(
                pixels,
                x,
                y,
                crate::text::Source::Premultiplied(image.data()),
                image.width(),
                image.height(),
                opacity,
                clip_mask,
            );
            return;
        }

        let quality = match filter_method {
            raster::FilterMethod::Linear => tiny_skia::FilterQuality::Bilinear,
            raster::FilterMethod::Nearest => tiny_skia::FilterQuality::Nearest,
        };

        pixels.draw_pixmap(
            (bounds.x / width_scale) as i32,
            (bounds.y / height_scale) as i32,
            image,
            &tiny_skia::PixmapPaint {
                quality,
                opacity,
                ..Default::default()
            },
            transform,
            clip_mask,
        );
    }

    pub fn trim_cache(&mut self) {
        self.cache.borrow_mut().trim();
    }
}

#[derive(Debug, Default)]
struct Cache {
    entries: FxHashMap<raster::Id, Option<Entry>>,
    /// Frames trimmed so far, and the frame each entry was last drawn in:
    /// those drawn in this frame are at `frames` (patched for
    /// medborgarkiosk).
    frames: u64,
    last_hit: FxHashMap<raster::Id, u64>,
}

/// Bytes of converted images kept after they leave the screen, the most
/// recently drawn first (patched for medborgarkiosk): a QR code or an icon
/// shown again is not converted again. 2 MiB holds eight guide codes.
const KEPT_BYTES: usize = 2 * 1024 * 1024;

impl Cache {
    pub fn allocate(
        &mut self,
        handle: &raster::Handle,
    ) -> Result<tiny_skia::PixmapRef<'_>, raster::Error> {
        let id = handle.id();

        if let hash_map::Entry::Vacant(entry) = self.entries.entry(id) {
            let image = match graphics::image::load(handle) {
                Ok(image) => image,
                Err(error) => {
                    let _ = entry.insert(None);

                    return Err(error);
                }
            };

            if image.width() == 0 || image.height() == 0 {
                return Err(raster::Error::Empty);
            }

            let mut buffer =
                vec![0u32; image.width() as usize * image.height() as usize];

            for (i, pixel) in image.pixels().enumerate() {
                let [r, g, b, a] = pixel.0;

                buffer[i] = bytemuck::cast(
                    tiny_skia::ColorU8::from_rgba(b, g, r, a).premultiply(),
                );
            }

            let _ = entry.insert(Some(Entry {
                width: image.width(),
                height: image.height(),
                pixels: buffer,
            }));
        }

        let _ = self.last_hit.insert(id.clone(), self.frames);

        Ok(self
            .entries
            .get(&id)
            .unwrap()
            .as_ref()
            .map(|entry| {
                tiny_skia::PixmapRef::from_bytes(
                    bytemuck::cast_slice(&entry.pixels),
                    entry.width,
                    entry.height,
                )
                .expect("Build pixmap from image bytes")
            })
            .expect("Image should be allocated"))
    }

    fn trim(&mut self) {
        // Images drawn in this frame stay; of the others, the most
        // recently drawn while they fit in `KEPT_BYTES`.
        let mut idle: Vec<(u64, raster::Id, usize)> = self
            .entries
            .iter()
            .filter_map(|(id, entry)| {
                let last = self.last_hit.get(id).copied().unwrap_or_default();
                (last != self.frames).then(|| {
                    (
                        last,
                        id.clone(),
                        entry.as_ref().map_or(1, |entry| entry.pixels.len() * 4),
                    )
                })
            })
            .collect();
        idle.sort_unstable_by(|a, b| b.0.cmp(&a.0));
        let mut room = KEPT_BYTES;
        for (_, id, bytes) in idle {
            if bytes <= room {
                room -= bytes;
            } else {
                let _ = self.entries.remove(&id);
                let _ = self.last_hit.remove(&id);
            }
        }
        self.frames += 1;
    }
}

#[derive(Debug)]
struct Entry {
    width: u32,
    height: u32,
    pixels: Vec<u32>,
}

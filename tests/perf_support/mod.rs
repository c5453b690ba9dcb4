//! A headless frame, as the window makes it: a tiny-skia renderer with the
//! bundled fonts and a pixmap. Shared by `benches/frames.rs` (per-screen
//! frame cost), `benches/wall.rs` (the wall display at 4K),
//! `tests/endurance.rs` (memory over 10,000 sessions) and `tests/suite/damage.rs`
//! (frames painted over the last one).
#![allow(dead_code)]

use std::time::{Duration, Instant};

use iced::advanced::renderer::Style;
use iced::{Pixels, Size, mouse};
use iced_runtime::UserInterface;
use iced_runtime::user_interface::Cache;
use iced_tiny_skia::window::compositor;
use medborgarkiosk::ui::app::{Kiosk, Message};
use medborgarkiosk::ui::fonts;

/// CPU time of the calling thread: unlike the wall clock, it does not
/// count the time other processes had the cores (the machine the figures
/// come from is shared).
pub fn thread_cpu() -> Duration {
    let mut t = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes one timespec to the pointer given.
    let ok = unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut t) } == 0;
    if !ok {
        return Duration::ZERO;
    }
    Duration::new(t.tv_sec as u64, t.tv_nsec as u32)
}

/// The `p` quantile of sorted samples (zero for none).
pub fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

pub fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// The machine's load, printed with every bench's figures.
pub fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .unwrap_or_default()
        .trim()
        .to_owned()
}

#[derive(Default, Clone, Copy)]
pub struct Split {
    /// CPU time of the whole frame (this thread).
    pub cpu: Duration,
    pub update: Duration,
    pub view: Duration,
    pub layout: Duration,
    pub draw: Duration,
    pub raster: Duration,
}

impl Split {
    pub fn total(&self) -> Duration {
        self.update + self.view + self.layout + self.draw + self.raster
    }
}

/// A tiny-skia renderer with the bundled fonts, and a 1920×1080 pixmap.
pub struct Frame {
    renderer: iced::Renderer,
    pixels: Vec<u32>,
    mask: tiny_skia::Mask,
    size: Size,
    /// What [`Frame::present`] keeps, as the window does: the user
    /// interface's cache and the layers of the last frame.
    cache: Option<Cache>,
    last: Option<Vec<iced_tiny_skia::Layer>>,
}

impl Frame {
    pub fn new(size: Size) -> Frame {
        fonts::install();
        let (w, h) = (size.width as u32, size.height as u32);
        Frame {
            renderer: iced::Renderer::Secondary(iced_tiny_skia::Renderer::new(
                fonts::DEFAULT,
                Pixels(16.0),
            )),
            pixels: vec![0; (w * h) as usize],
            mask: tiny_skia::Mask::new(w, h).expect("mask"),
            size,
            cache: None,
            last: None,
        }
    }

    /// The pixels painted so far.
    pub fn pixels(&self) -> &[u32] {
        &self.pixels
    }

    /// One touch: update, view, layout, draw and raster, timed.
    pub fn touch(&mut self, kiosk: &mut Kiosk) -> Split {
        let cpu = thread_cpu();
        let t = Instant::now();
        let _ = kiosk.update(Message::Activity);
        let update = t.elapsed();
        let theme = kiosk.theme();
        let t = Instant::now();
        let element = kiosk.view();
        let view = t.elapsed();
        let mut split = self.element(element, &theme);
        split.update = update;
        split.view = view;
        split.cpu = thread_cpu().saturating_sub(cpu);
        split
    }
}

impl Frame {
    /// Any view already built (the wall display's): layout, draw and
    /// raster, timed, with `theme`; the caller times the view.
    pub fn element<M>(&mut self, element: iced::Element<'_, M>, theme: &iced::Theme) -> Split {
        let mut split = Split::default();
        let cpu = thread_cpu();
        let t = Instant::now();
        let mut ui = UserInterface::build(element, self.size, Cache::default(), &mut self.renderer);
        split.layout = t.elapsed();
        let base = iced::theme::Base::base(theme);
        let t = Instant::now();
        ui.draw(
            &mut self.renderer,
            theme,
            &Style {
                text_color: base.text_color,
            },
            mouse::Cursor::Unavailable,
        );
        split.draw = t.elapsed();
        let t = Instant::now();
        self.raster(base.background_color);
        split.raster = t.elapsed();
        split.cpu = thread_cpu().saturating_sub(cpu);
        // Only now: the renderer's layers hold weak references to the
        // texts' paragraphs, which the interface's widget tree owns.
        // Dropped before the paint, the frame would have no text.
        drop(ui);
        split
    }

    /// The kiosk's current view: layout, draw and (with `raster`) paint.
    pub fn render(&mut self, kiosk: &Kiosk, raster: bool) {
        // The cache owns the texts' paragraphs: kept until painted.
        let (_cache, background) = self.lay_out(kiosk, Cache::default());
        if raster {
            self.raster(background);
        } else {
            // Not painted, to save time, but done with as a frame is: the
            // renderer lets go of the images and glyphs it did not use, as
            // after every frame the window presents.
            self.paint(background, &[]);
        }
    }

    /// The kiosk's next frame as the window presents it: the user
    /// interface rebuilt from the last frame's cache, and only what
    /// changed painted over the last frame (the patched compositor's
    /// `changed` and `regions`); everything on the first frame.
    pub fn present(&mut self, kiosk: &Kiosk) {
        let cache = self.cache.take().unwrap_or_default();
        let (cache, background) = self.lay_out(kiosk, cache);
        self.cache = Some(cache);
        let iced::Renderer::Secondary(renderer) = &mut self.renderer else {
            unreachable!("a tiny-skia renderer")
        };
        let layers = renderer.layers().to_vec();
        let regions = match &self.last {
            Some(last) => compositor::regions(compositor::changed(last, &layers), self.size),
            None => vec![iced::Rectangle::with_size(self.size)],
        };
        self.last = Some(layers);
        self.paint(background, &regions);
    }

    /// Lays the kiosk's view out from `cache` and draws it into the
    /// renderer's layers; the cache for the next frame and the background.
    fn lay_out(&mut self, kiosk: &Kiosk, cache: Cache) -> (Cache, iced::Color) {
        let theme = kiosk.theme();
        let mut ui = UserInterface::build(kiosk.view(), self.size, cache, &mut self.renderer);
        let base = iced::theme::Base::base(&theme);
        ui.draw(
            &mut self.renderer,
            &theme,
            &Style {
                text_color: base.text_color,
            },
            mouse::Cursor::Unavailable,
        );
        (ui.into_cache(), base.background_color)
    }

    fn raster(&mut self, background: iced::Color) {
        self.paint(background, &[iced::Rectangle::with_size(self.size)]);
    }

    fn paint(&mut self, background: iced::Color, damage: &[iced::Rectangle]) {
        let (w, h) = (self.size.width as u32, self.size.height as u32);
        if let iced::Renderer::Secondary(renderer) = &mut self.renderer {
            let mut pixmap =
                tiny_skia::PixmapMut::from_bytes(bytemuck::cast_slice_mut(&mut self.pixels), w, h)
                    .expect("pixmap");
            renderer.draw(
                &mut pixmap,
                &mut self.mask,
                &iced_tiny_skia::graphics::Viewport::with_physical_size(Size::new(w, h), 1.0),
                damage,
                background,
            );
        }
        std::hint::black_box(&self.pixels);
    }
}

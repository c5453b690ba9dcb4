//! The wall display's frame at 4K (issue 24): every slide and the crisis
//! takeover at 3840×2160 and 2160×3840 on tiny-skia, the whole frame
//! painted (no damage tracking: the worst case; a slide change repaints
//! everything). `cargo bench --bench wall`; `WALL_BENCH_ROUNDS` (default
//! 20), `WALL_BENCH_SIZES=3840x2160,1920x1080` to choose sizes. Target:
//! p99 ≤ 16 ms per frame; the wall changes a slide every few seconds, so a
//! frame over it costs a late slide, never a late touch.

use std::sync::Arc;
use std::time::{Duration, Instant};

use iced::Size;
use medborgarkiosk::config::Config;
use medborgarkiosk::i18n::Language;
use medborgarkiosk::ui::tools::screenshots::{Shot, display_shot};

#[path = "../tests/perf_support/mod.rs"]
mod perf_support;
use perf_support::{Frame, load_average, ms, percentile};

const TARGET: Duration = Duration::from_millis(16);
const SLIDES: [Shot; 6] = [
    Shot::DisplayServing,
    Shot::DisplayNews,
    Shot::DisplayEvents,
    Shot::DisplayHours,
    Shot::DisplayClock,
    Shot::DisplayCrisis,
];

fn sizes() -> Vec<Size> {
    let spec = std::env::var("WALL_BENCH_SIZES").unwrap_or_else(|_| "3840x2160,2160x3840".into());
    spec.split(',')
        .filter_map(|s| {
            let (w, h) = s.split_once('x')?;
            Some(Size::new(w.trim().parse().ok()?, h.trim().parse().ok()?))
        })
        .collect()
}

fn main() {
    let rounds: usize = std::env::var("WALL_BENCH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20);
    let config = Arc::new(Config::default());
    let wall_clock = chrono::NaiveDate::from_ymd_opt(2026, 11, 23)
        .and_then(|d| d.and_hms_opt(12, 0, 0))
        .expect("date");
    let mut missed = 0;
    for size in sizes() {
        let mut frame = Frame::new(size);
        println!(
            "wall display frame, {}x{}, tiny-skia, {rounds} rounds per slide and language (target p99 ≤ {} ms)",
            size.width,
            size.height,
            TARGET.as_millis()
        );
        println!(
            "{:<18} {:>8} {:>8} {:>8} {:>8}  {:>7} {:>7} {:>7} {:>7}",
            "slide", "p50 ms", "p99 ms", "max ms", "p99 cpu", "view", "layout", "draw", "raster"
        );
        for shot in SLIDES {
            let mut all = Vec::new();
            let mut cpu = Vec::new();
            let (mut view, mut layout, mut draw, mut raster) = (
                Duration::ZERO,
                Duration::ZERO,
                Duration::ZERO,
                Duration::ZERO,
            );
            for language in [Language::Sv, Language::Ar, Language::Ti] {
                let Some(display) = display_shot(&config, shot, language, size, wall_clock) else {
                    continue;
                };
                let theme = display.theme();
                // Warm-up: glyph caches, the layers' first allocation.
                let _ = frame.element(display.view(), &theme);
                for _ in 0..rounds {
                    let t = Instant::now();
                    let element = display.view();
                    let v = t.elapsed();
                    let mut split = frame.element(element, &theme);
                    split.view = v;
                    view += split.view;
                    layout += split.layout;
                    draw += split.draw;
                    raster += split.raster;
                    all.push(split.total());
                    cpu.push(split.cpu + v);
                }
            }
            all.sort();
            cpu.sort();
            let n = all.len().max(1) as u32;
            let p99 = percentile(&all, 0.99);
            println!(
                "{:<18} {:>8.2} {:>8.2} {:>8.2} {:>8.2}  {:>7.2} {:>7.2} {:>7.2} {:>7.2}",
                shot.name(),
                ms(percentile(&all, 0.5)),
                ms(p99),
                ms(all.last().copied().unwrap_or_default()),
                ms(percentile(&cpu, 0.99)),
                ms(view / n),
                ms(layout / n),
                ms(draw / n),
                ms(raster / n),
            );
            if p99 > TARGET {
                missed += 1;
            }
        }
    }
    println!("load average: {}", load_average());
    if missed > 0 {
        println!(
            "{missed} slide(s) over {} ms at p99 (wall clock)",
            TARGET.as_millis()
        );
    }
}

//! Touch to next frame, per screen and language (`cargo bench --bench
//! frames`). Target (issue 9): `update` + `view` + layout + draw of any
//! screen under 16 ms at p99 in every language, 1920×1080, tiny-skia.
//!
//! Every screen state that `medborgarkiosk screenshots` knows
//! (`ui::tools::screenshots::Shot::ALL`) is put up with `kiosk_for`, in every
//! language, and then, `FRAMES_BENCH_ROUNDS` times (default 15):
//!
//! - **update**: `Kiosk::update` with the message every touch gives
//!   (`Message::Activity`);
//! - **view**: `Kiosk::view`;
//! - **layout**: `UserInterface::build` with a fresh cache, as on a change
//!   of screen (every text shaped again; the worst case);
//! - **draw**: `UserInterface::draw` (the primitives);
//! - **raster**: tiny-skia paints the whole 1920×1080 frame (no damage
//!   tracking: the worst case; the window only repaints what changed).
//!
//! The sum is the frame. Reports p50/p99 of the frame per screen over all
//! languages (wall clock, and the thread's CPU time, which does not count
//! time other processes had the cores: on a busy machine it is the better
//! estimate of a quiet one), the slowest language, and the mean split.
//! `FRAMES_BENCH_SHOTS=home,guide` limits the screens;
//! `FRAMES_BENCH_PORTRAIT=1` measures 1080×1920 instead;
//! `FRAMES_BENCH_FOCUS=1` draws every frame with the keyboard focus ring
//! (the visitor pressed Tab twice), to compare with a run without.
//!
//! A new screen needs nothing here: add it to `Shot` (and `kiosk_for`) in
//! src/ui/tools/screenshots.rs and it is measured.

use std::sync::Arc;
use std::time::Duration;

use medborgarkiosk::config::Config;
use medborgarkiosk::i18n::Language;
use medborgarkiosk::ui::app::{LANDSCAPE, PORTRAIT};
use medborgarkiosk::ui::tools::screenshots::{Shot, kiosk_for};

const TARGET: Duration = Duration::from_millis(16);

#[path = "../tests/perf_support/mod.rs"]
mod perf_support;
use perf_support::{Frame, Split, load_average, ms, percentile};

/// The focus ring on screen: the visitor used keys (Tab twice: the first
/// shows the focus, the second moves it).
fn focus_second(kiosk: &mut medborgarkiosk::ui::app::Kiosk) {
    use medborgarkiosk::ui::app::{KeyPress, Message};
    for _ in 0..2 {
        let _ = kiosk.view();
        let _ = kiosk.update(Message::Key(KeyPress::named("Tab")));
    }
}

fn main() {
    // FRAMES_BENCH_FOCUS=1: every frame with the keyboard focus ring drawn.
    let focus = std::env::var("FRAMES_BENCH_FOCUS").is_ok_and(|v| v == "1");
    let rounds: usize = std::env::var("FRAMES_BENCH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(15);
    let only: Option<Vec<String>> = std::env::var("FRAMES_BENCH_SHOTS")
        .ok()
        .map(|v| v.split(',').map(str::to_owned).collect());
    let size = if std::env::var("FRAMES_BENCH_PORTRAIT").is_ok_and(|v| v == "1") {
        PORTRAIT
    } else {
        LANDSCAPE
    };
    let config = Arc::new(Config::default());
    let wall_clock = chrono::NaiveDate::from_ymd_opt(2026, 11, 23)
        .and_then(|d| d.and_hms_opt(12, 0, 0))
        .expect("date");
    let mut frame = Frame::new(size);

    println!(
        "frame cost: update+view+layout+draw+raster, {}x{}, tiny-skia, {rounds} rounds per screen and language (target p99 < {} ms)",
        size.width,
        size.height,
        TARGET.as_millis()
    );
    println!(
        "{:<20} {:>8} {:>8} {:>8} {:>8}  {:<8} {:>7} {:>7} {:>7} {:>7} {:>7}",
        "screen",
        "p50 ms",
        "p99 ms",
        "max ms",
        "p99 cpu",
        "slowest",
        "update",
        "view",
        "layout",
        "draw",
        "raster"
    );
    let mut worst: Vec<(Shot, Duration)> = Vec::new();
    let mut missed = 0;
    let mut missed_cpu = 0;
    for shot in Shot::ALL {
        if let Some(only) = &only
            && !only.iter().any(|n| n == shot.name())
        {
            continue;
        }
        let mut all: Vec<Duration> = Vec::new();
        let mut cpu: Vec<Duration> = Vec::new();
        let mut slowest = (Language::Sv, Duration::ZERO);
        let mut mean = Split::default();
        for language in Language::ALL {
            // Warm-up: glyph caches, first allocation of the layers.
            let mut kiosk = kiosk_for(&config, shot, language, size, wall_clock);
            if focus {
                focus_second(&mut kiosk);
            }
            let _ = frame.touch(&mut kiosk);
            let mut samples = Vec::with_capacity(rounds);
            for _ in 0..rounds {
                // The same state every round (a touch may change it: on
                // the idle overlay it closes the overlay).
                let mut kiosk = kiosk_for(&config, shot, language, size, wall_clock);
                if focus {
                    focus_second(&mut kiosk);
                }
                let split = frame.touch(&mut kiosk);
                mean.update += split.update;
                mean.view += split.view;
                mean.layout += split.layout;
                mean.draw += split.draw;
                mean.raster += split.raster;
                samples.push(split.total());
                cpu.push(split.cpu);
            }
            samples.sort();
            let p99 = percentile(&samples, 0.99);
            if p99 > slowest.1 {
                slowest = (language, p99);
            }
            all.extend(samples);
        }
        all.sort();
        cpu.sort();
        let n = all.len().max(1) as u32;
        let p99 = percentile(&all, 0.99);
        let p99_cpu = percentile(&cpu, 0.99);
        println!(
            "{:<20} {:>8.2} {:>8.2} {:>8.2} {:>8.2}  {:<8} {:>7.2} {:>7.2} {:>7.2} {:>7.2} {:>7.2}",
            shot.name(),
            ms(percentile(&all, 0.5)),
            ms(p99),
            ms(all.last().copied().unwrap_or_default()),
            ms(p99_cpu),
            slowest.0.code(),
            ms(mean.update / n),
            ms(mean.view / n),
            ms(mean.layout / n),
            ms(mean.draw / n),
            ms(mean.raster / n),
        );
        if p99 > TARGET {
            missed += 1;
        }
        if p99_cpu > TARGET {
            missed_cpu += 1;
        }
        worst.push((shot, p99));
    }
    worst.sort_by_key(|(_, d)| std::cmp::Reverse(*d));
    if let Some((shot, p99)) = worst.first() {
        println!(
            "slowest screen: {} at p99 {:.2} ms; {} of {} screens over {} ms",
            shot.name(),
            ms(*p99),
            missed,
            worst.len(),
            TARGET.as_millis()
        );
    }
    println!("load average: {}", load_average());
    if missed > 0 {
        println!(
            "WARNING: {missed} screens over the {} ms target at p99 (wall clock); {missed_cpu} in CPU time",
            TARGET.as_millis()
        );
    }
}

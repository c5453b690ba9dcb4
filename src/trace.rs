//! `--trace-startup` (or `MEDBORGARKIOSK_TRACE_STARTUP=1`): timing marks on
//! stderr, for measuring start-up and idle cost (`scripts/measure.sh`,
//! docs/PERFORMANCE.md).
//!
//! Each mark is one line:
//!
//! ```text
//! trace-startup: first frame presented +87.3 ms epoch_ms=1795292274512.345 threads=9 cpu=41.2 queued=3.5
//! ```
//!
//! `+ms` counts from `main` (the "process start" mark); `epoch_ms` is the
//! wall clock, so a script that noted the time it launched the kiosk can
//! add the time before `main` (exec, dynamic linking); `threads` counts the
//! process's threads at the mark (1 until the window system is up); `cpu`
//! and `queued` are the marking thread's time on a core and waiting for
//! one so far (ms; the rest of its wall time it was blocked). With
//! tracing on, every redraw of the window also prints a `trace-frame: N`
//! line, so a script can count redraws while nothing changes. Off (the
//! default), a mark costs one relaxed atomic load.
//!
//! Plain Rust: the UI reports its first view and frames through
//! [`first`] and [`frame`].

use std::io::Write;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

/// The environment variable that turns tracing on like `--trace-startup`.
pub const ENV: &str = "MEDBORGARKIOSK_TRACE_STARTUP";

static ENABLED: AtomicBool = AtomicBool::new(false);
static START: OnceLock<Instant> = OnceLock::new();
static FRAMES: AtomicU64 = AtomicU64::new(0);

/// Notes the moment the process started: call first thing in `main`.
pub fn start() {
    let _ = START.get_or_init(Instant::now);
}

/// Turns tracing on if `flag` is set or the environment variable is
/// `1`/`true`, and prints the "process start" mark (with the time noted
/// by [`start`]).
pub fn init(flag: bool) {
    start();
    let env = std::env::var(ENV).is_ok_and(|v| v == "1" || v.eq_ignore_ascii_case("true"));
    if flag || env {
        ENABLED.store(true, Ordering::Relaxed);
        let epoch = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0.0, |d| d.as_secs_f64() * 1e3)
            - elapsed_ms();
        let line = format!("trace-startup: process start +0.0 ms epoch_ms={epoch:.3}\n");
        let _ = std::io::stderr().lock().write_all(line.as_bytes());
    }
}

/// Whether marks are printed.
pub fn enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

/// Milliseconds since [`init`].
pub fn elapsed_ms() -> f64 {
    START
        .get()
        .map_or(0.0, |start| start.elapsed().as_secs_f64() * 1e3)
}

/// Prints a mark (when tracing is on).
pub fn mark(name: &str) {
    if !enabled() {
        return;
    }
    let epoch = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64() * 1e3);
    let (on_cpu, queued) = thread_times_ms();
    let line = format!(
        "trace-startup: {name} +{:.1} ms epoch_ms={epoch:.3} threads={} cpu={on_cpu:.1} queued={queued:.1}\n",
        elapsed_ms(),
        threads()
    );
    // One write per line, so marks from threads do not interleave.
    let _ = std::io::stderr().lock().write_all(line.as_bytes());
}

/// The process's threads now (0 where `/proc` is not there): the kiosk
/// starts none before the window system is up (`ui::startup`).
pub fn threads() -> usize {
    std::fs::read_dir("/proc/self/task").map_or(0, Iterator::count)
}

/// The calling thread's time so far on a core and waiting for one, in ms
/// (`/proc/thread-self/schedstat`; zeros where it is not there). Beside
/// the wall time of a mark they tell work from waiting.
pub fn thread_times_ms() -> (f64, f64) {
    let Ok(stat) = std::fs::read_to_string("/proc/thread-self/schedstat") else {
        return (0.0, 0.0);
    };
    let mut fields = stat
        .split_whitespace()
        .map(|f| f.parse::<f64>().unwrap_or(0.0) / 1e6);
    (fields.next().unwrap_or(0.0), fields.next().unwrap_or(0.0))
}

/// A mark that prints only the first time `seen` is passed (e.g. the first
/// `view`). Returns whether this was the first time.
pub fn first(seen: &AtomicBool, name: &str) -> bool {
    if !enabled() || seen.swap(true, Ordering::Relaxed) {
        return false;
    }
    mark(name);
    true
}

/// Counts a redraw of the window and prints `trace-frame: N`; returns N
/// (1 for the first frame). 0 when tracing is off.
pub fn frame() -> u64 {
    if !enabled() {
        return 0;
    }
    let n = FRAMES.fetch_add(1, Ordering::Relaxed) + 1;
    let line = format!("trace-frame: {n} +{:.1} ms\n", elapsed_ms());
    let _ = std::io::stderr().lock().write_all(line.as_bytes());
    n
}

/// Redraws counted so far.
pub fn frames() -> u64 {
    FRAMES.load(Ordering::Relaxed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn off_by_default_marks_nothing() {
        // Not initialised with the flag: nothing is counted.
        let seen = AtomicBool::new(false);
        if !enabled() {
            assert!(!first(&seen, "x"));
            assert_eq!(frame(), 0);
        }
    }
}

//! A sampling heap profiler for the endurance walk (`ENDURANCE_HEAP=1`):
//! about one allocation per `SAMPLE` bytes allocated is remembered with
//! its stack while it lives, so the live heap can be split by where it
//! was allocated, and two moments compared. Off, it costs one relaxed
//! atomic load per allocation.

use std::alloc::{GlobalAlloc, Layout, System};
use std::backtrace::Backtrace;
use std::cell::Cell;
use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

/// One allocation in about this many bytes is sampled; each sample stands
/// for this many bytes.
const SAMPLE: usize = 32 * 1024;

pub struct Sampler;

static ON: AtomicBool = AtomicBool::new(false);
static LIVE: Mutex<Option<HashMap<usize, Sample>>> = Mutex::new(None);

struct Sample {
    id: u64,
    stack: Backtrace,
}

thread_local! {
    static BUSY: Cell<bool> = const { Cell::new(false) };
    static UNTIL_NEXT: Cell<usize> = const { Cell::new(SAMPLE) };
    static NEXT_ID: Cell<u64> = const { Cell::new(0) };
}

fn sampled(size: usize) -> bool {
    UNTIL_NEXT.with(|left| {
        if size >= left.get() {
            left.set(SAMPLE);
            true
        } else {
            left.set(left.get() - size);
            false
        }
    })
}

fn remember(ptr: *mut u8, size: usize) {
    if ptr.is_null() || BUSY.with(Cell::get) || !sampled(size) {
        return;
    }
    BUSY.with(|b| b.set(true));
    let stack = Backtrace::force_capture();
    let id = NEXT_ID.with(|n| {
        n.set(n.get() + 1);
        n.get()
    });
    if let Ok(mut live) = LIVE.lock() {
        live.get_or_insert_with(HashMap::new)
            .insert(ptr as usize, Sample { id, stack });
    }
    BUSY.with(|b| b.set(false));
}

fn forget(ptr: *mut u8) {
    if BUSY.with(Cell::get) {
        return;
    }
    BUSY.with(|b| b.set(true));
    if let Ok(mut live) = LIVE.lock()
        && let Some(live) = live.as_mut()
    {
        live.remove(&(ptr as usize));
    }
    BUSY.with(|b| b.set(false));
}

unsafe impl GlobalAlloc for Sampler {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let ptr = unsafe { System.alloc(layout) };
        if ON.load(Ordering::Relaxed) {
            remember(ptr, layout.size());
        }
        ptr
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let ptr = unsafe { System.alloc_zeroed(layout) };
        if ON.load(Ordering::Relaxed) {
            remember(ptr, layout.size());
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if ON.load(Ordering::Relaxed) {
            forget(ptr);
        }
        unsafe { System.dealloc(ptr, layout) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if ON.load(Ordering::Relaxed) {
            forget(ptr);
        }
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if ON.load(Ordering::Relaxed) {
            remember(new, new_size);
        }
        new
    }
}

/// Starts sampling if `ENDURANCE_HEAP` is set.
pub fn start() -> bool {
    let on = std::env::var_os("ENDURANCE_HEAP").is_some();
    ON.store(on, Ordering::Relaxed);
    on
}

/// The ids of the samples alive now (a moment to compare with).
pub fn moment() -> std::collections::HashSet<(usize, u64)> {
    BUSY.with(|b| b.set(true));
    let ids = LIVE
        .lock()
        .ok()
        .and_then(|live| {
            live.as_ref()
                .map(|l| l.iter().map(|(p, s)| (*p, s.id)).collect())
        })
        .unwrap_or_default();
    BUSY.with(|b| b.set(false));
    ids
}

/// Prints the live bytes allocated after `earlier` by stack, largest
/// first: what the heap grew by since then.
pub fn report_growth(earlier: &std::collections::HashSet<(usize, u64)>, top: usize) {
    BUSY.with(|b| b.set(true));
    ON.store(false, Ordering::Relaxed);
    let live = LIVE
        .lock()
        .ok()
        .and_then(|mut l| l.take())
        .unwrap_or_default();
    let mut by_stack: HashMap<String, (usize, usize)> = HashMap::new();
    let (mut kept, mut new) = (0, 0);
    for (ptr, sample) in &live {
        if earlier.contains(&(*ptr, sample.id)) {
            kept += 1;
            continue;
        }
        new += 1;
        let text = sample.stack.to_string();
        let frames: Vec<&str> = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.starts_with("at ") && l.contains(": "))
            .map(|l| l.split_once(": ").map_or(l, |(_, f)| f))
            .filter(|f| {
                !f.starts_with("std::")
                    && !f.starts_with("alloc::")
                    && !f.starts_with("core::")
                    && !f.starts_with("<alloc::")
                    && !f.starts_with("endurance::heap_sampler")
                    && !f.contains("GlobalAlloc")
                    && !f.starts_with("__rust")
            })
            .take(8)
            .collect();
        let entry = by_stack.entry(frames.join("\n    <- ")).or_default();
        entry.0 += SAMPLE;
        entry.1 += 1;
    }
    let mut rows: Vec<_> = by_stack.into_iter().collect();
    rows.sort_by_key(|row| std::cmp::Reverse(row.1.0));
    let mib = |n: usize| (n * SAMPLE) as f64 / 1048576.0;
    println!(
        "heap samples: {} then ({:.1} MiB), {kept} of them alive ({:.1} MiB), {new} new ({:.1} MiB)",
        earlier.len(),
        mib(earlier.len()),
        mib(kept),
        mib(new)
    );
    for (stack, (bytes, n)) in rows.into_iter().take(top) {
        println!(
            "{:7.2} MiB ({n} samples)\n    {stack}",
            bytes as f64 / 1048576.0
        );
    }
    BUSY.with(|b| b.set(false));
}

//! Log lines to stderr (journald under systemd), written by a thread of
//! their own once the window system is up.
//!
//! No thread that logs, the UI's least, should wait for a write to stderr,
//! so the lines go through tracing-appender's writer thread. But that
//! thread must not start before the window system does: opening the X
//! input method, libX11 reads the locale's Compose file one `getc` at a
//! time, and glibc locks the stream for each character once the process
//! has a second thread (8 ms of every launch, issue 24; `ui::startup`).
//! So [`init`] installs the subscriber writing straight to stderr, and
//! [`start_writer_thread`], called when the window system is up, moves the
//! writing to the thread. Lines written before come first, in order.
//!
//! Lines are never dropped: a full queue makes the logger wait instead.
//! Plain Rust, no iced.

use std::sync::{Mutex, OnceLock};

use tracing_appender::non_blocking::{NonBlocking, NonBlockingBuilder, WorkerGuard};
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::fmt::writer::EitherWriter;

/// Log lines the writer thread's queue holds: its slots are allocated (and
/// touched) when it starts, 32 bytes each; tracing-appender's default,
/// 128,000, was 4 MB of the kiosk's memory on Start (issue 24). The kiosk
/// logs a few lines a visit.
pub const QUEUE_LINES: usize = 1024;

/// The process's log writer: stderr until the thread is started.
static WRITER: Deferred = Deferred::new();

/// Installs the global subscriber (filter from `MEDBORGARKIOSK_LOG`, JSON
/// lines if `json`), writing straight to stderr until
/// [`start_writer_thread`]. Keep the returned guard to the end of `main`:
/// dropping it writes what is still queued.
pub fn init(json: bool) -> Guard {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_from_env("MEDBORGARKIOSK_LOG").unwrap_or_else(|_| {
        EnvFilter::new("info,wgpu_core=warn,wgpu_hal=warn,naga=warn,iced_wgpu=warn")
    });
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(|| WRITER.make_writer());
    if json {
        builder.json().init();
    } else {
        builder.init();
    }
    Guard(())
}

/// From now on log lines are written by the writer thread. Call once the
/// window system is up; later calls do nothing.
pub fn start_writer_thread() {
    WRITER.start(std::io::stderr);
}

/// Held by `main`: when dropped, the writer thread writes what is queued
/// and stops.
#[must_use = "dropping the guard stops the log writer"]
pub struct Guard(());

impl Drop for Guard {
    fn drop(&mut self) {
        WRITER.finish();
    }
}

/// A writer that writes in place until [`Deferred::start`], then through a
/// writer thread.
pub struct Deferred {
    thread: OnceLock<NonBlocking>,
    guard: Mutex<Option<WorkerGuard>>,
}

impl Deferred {
    pub const fn new() -> Self {
        Self {
            thread: OnceLock::new(),
            guard: Mutex::new(None),
        }
    }

    /// Starts the writer thread over what `output` makes, once.
    pub fn start<W, F>(&self, output: F)
    where
        W: std::io::Write + Send + 'static,
        F: FnOnce() -> W,
    {
        self.thread.get_or_init(|| {
            let (writer, guard) = NonBlockingBuilder::default()
                .lossy(false)
                .buffered_lines_limit(QUEUE_LINES)
                .thread_name("log-writer")
                .finish(output());
            if let Ok(mut slot) = self.guard.lock() {
                *slot = Some(guard);
            }
            writer
        });
    }

    /// Whether lines go through the writer thread.
    pub fn threaded(&self) -> bool {
        self.thread.get().is_some()
    }

    /// Writes what is queued and stops the thread (lines after this are
    /// queued for nobody: call at the end).
    pub fn finish(&self) {
        let guard = self.guard.lock().ok().and_then(|mut slot| slot.take());
        drop(guard);
    }
}

impl Default for Deferred {
    fn default() -> Self {
        Self::new()
    }
}

impl<'a> MakeWriter<'a> for Deferred {
    type Writer = EitherWriter<NonBlocking, std::io::Stderr>;

    fn make_writer(&'a self) -> Self::Writer {
        match self.thread.get() {
            Some(thread) => EitherWriter::A(thread.make_writer()),
            None => EitherWriter::B(std::io::stderr()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;
    use std::sync::Arc;

    /// A `Write` into shared memory, noting the writing thread's name.
    #[derive(Clone, Default)]
    struct Shared {
        bytes: Arc<Mutex<Vec<u8>>>,
        threads: Arc<Mutex<Vec<Option<String>>>>,
    }

    impl Write for Shared {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.threads
                .lock()
                .unwrap()
                .push(std::thread::current().name().map(str::to_owned));
            self.bytes.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn writes_in_place_until_started_then_on_the_writer_thread() {
        let writer = Deferred::new();
        assert!(!writer.threaded());
        assert!(matches!(writer.make_writer(), EitherWriter::B(_)));

        let shared = Shared::default();
        writer.start({
            let shared = shared.clone();
            move || shared
        });
        assert!(writer.threaded());
        // A second start keeps the first thread and its output.
        writer.start(Shared::default);
        for n in 0..3 {
            let mut line = writer.make_writer();
            writeln!(line, "line {n}").unwrap();
        }
        writer.finish();

        assert_eq!(
            String::from_utf8(shared.bytes.lock().unwrap().clone()).unwrap(),
            "line 0\nline 1\nline 2\n"
        );
        let threads = shared.threads.lock().unwrap().clone();
        assert!(!threads.is_empty());
        assert!(
            threads.iter().all(|t| t.as_deref() == Some("log-writer")),
            "{threads:?}"
        );
    }
}

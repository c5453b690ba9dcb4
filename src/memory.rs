//! The allocator over months of visitors (issue 24): few arenas, and what a
//! visit freed given back to the system once the kiosk is quiet again.
//!
//! glibc keeps the memory a program frees for its next allocations, and
//! gives back only what lies at the top of the heap. A visit builds
//! screens, shapes text, draws pictograms and talks to the central API;
//! when the visitor leaves, most of that is freed, but scattered, and the
//! kiosk's resident memory creeps up session by session. After each visit
//! (back on Start), once nothing has happened for [`QUIET`], a worker
//! thread asks glibc to return every free page (`malloc_trim`), off the UI
//! thread and out of any press's path.
//!
//! On other platforms the calls do nothing.

use std::sync::OnceLock;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::time::Duration;

/// How long the kiosk is left alone after a visit before memory is given
/// back: the Start screen is drawn and the next visitor's first press is
/// not met by the trim.
pub const QUIET: Duration = Duration::from_secs(1);

/// glibc gives each thread that allocates an arena of its own (up to eight
/// per core), and each keeps the memory freed in it. The kiosk's dozen
/// threads (text, content, services, speech, statistics, the runtimes'
/// workers) mostly wait; two arenas for all of them save about 0.8 MiB of
/// PSS on Start (docs/PERFORMANCE.md). `MALLOC_ARENA_MAX` in the
/// environment wins.
///
/// Call first thing in `main`, while the process has one thread.
pub fn few_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    if std::env::var_os("MALLOC_ARENA_MAX").is_none() {
        // SAFETY: mallopt only sets one of malloc's tunables.
        unsafe {
            libc::mallopt(libc::M_ARENA_MAX, 2);
        }
    }
}

/// A visit has ended: give the memory it freed back once the kiosk has
/// been quiet for [`QUIET`]. Returns at once.
pub fn give_back_after_visit() {
    send(Request::AfterQuiet);
}

/// Gives the freed memory back now and returns when it is done: what the
/// kiosk does [`QUIET`] after a visit, for measurements that compare the
/// kiosk between visitors (`tests/endurance.rs`).
pub fn give_back_now() {
    let (done, wait) = channel();
    send(Request::Now(done));
    let _ = wait.recv();
}

enum Request {
    AfterQuiet,
    Now(Sender<()>),
}

fn send(request: Request) {
    static WORKER: OnceLock<Option<Sender<Request>>> = OnceLock::new();
    let worker = WORKER.get_or_init(|| {
        let (tx, rx) = channel();
        let spawned = std::thread::Builder::new()
            .name("memory-trim".into())
            .spawn(move || serve(&rx, QUIET, trim));
        match spawned {
            Ok(_) => Some(tx),
            Err(e) => {
                tracing::warn!(error = %e, "no memory worker: freed memory stays with the kiosk");
                None
            }
        }
    });
    if let Some(tx) = worker
        && let Err(std::sync::mpsc::SendError(Request::Now(done))) = tx.send(request)
    {
        // The worker is gone; nobody waits for it.
        let _ = done.send(());
    }
}

/// The worker: after a request, waits until `quiet` has passed without
/// another, then trims once (a request to trim now is answered at once).
/// Ends when every sender is gone.
fn serve(requests: &Receiver<Request>, quiet: Duration, trim: impl Fn()) {
    while let Ok(mut request) = requests.recv() {
        let waiting = loop {
            match request {
                Request::Now(done) => break Some(done),
                Request::AfterQuiet => match requests.recv_timeout(quiet) {
                    Ok(next) => request = next,
                    Err(RecvTimeoutError::Timeout) => break None,
                    Err(RecvTimeoutError::Disconnected) => return,
                },
            }
        };
        trim();
        if let Some(done) = waiting {
            let _ = done.send(());
        }
    }
}

fn trim() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        // SAFETY: malloc_trim only returns free pages to the system; it
        // takes each arena's lock itself.
        let released = unsafe { libc::malloc_trim(0) };
        tracing::debug!(released = released != 0, "freed memory given back");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// A worker with a counting trim; its sender and the count.
    fn worker(
        quiet: Duration,
    ) -> (
        Sender<Request>,
        Arc<AtomicUsize>,
        std::thread::JoinHandle<()>,
    ) {
        let (tx, rx) = channel();
        let trims = Arc::new(AtomicUsize::new(0));
        let counted = trims.clone();
        let handle = std::thread::spawn(move || {
            serve(&rx, quiet, || {
                counted.fetch_add(1, Ordering::SeqCst);
            });
        });
        (tx, trims, handle)
    }

    #[test]
    fn visits_in_a_row_give_back_once_and_a_request_now_waits_for_its_trim() {
        // A quiet time far longer than the test: only the request to trim
        // now makes the worker trim.
        let (tx, trims, handle) = worker(Duration::from_secs(3600));
        for _ in 0..5 {
            tx.send(Request::AfterQuiet).unwrap();
        }
        let (done, wait) = channel();
        tx.send(Request::Now(done)).unwrap();
        wait.recv().unwrap();
        assert_eq!(
            trims.load(Ordering::SeqCst),
            1,
            "five visits and a request: one trim"
        );
        drop(tx);
        handle.join().unwrap();
        assert_eq!(
            trims.load(Ordering::SeqCst),
            1,
            "nothing trimmed on the way out"
        );
    }

    #[test]
    fn a_visit_is_given_back_after_the_quiet_time() {
        let (tx, trims, handle) = worker(Duration::from_millis(1));
        tx.send(Request::AfterQuiet).unwrap();
        // The quiet time passes: the trim comes by itself.
        let deadline = std::time::Instant::now() + Duration::from_secs(30);
        while trims.load(Ordering::SeqCst) == 0 && std::time::Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(5));
        }
        assert_eq!(
            trims.load(Ordering::SeqCst),
            1,
            "given back after the quiet time"
        );
        // A request to trim now trims again.
        let (done, wait) = channel();
        tx.send(Request::Now(done)).unwrap();
        wait.recv().unwrap();
        assert_eq!(trims.load(Ordering::SeqCst), 2);
        drop(tx);
        handle.join().unwrap();
    }

    #[test]
    fn the_process_worker_answers() {
        give_back_after_visit();
        give_back_now();
    }
}

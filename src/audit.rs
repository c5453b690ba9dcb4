//! The kiosk's local audit log: staff actions, IT's outbox actions and the
//! outbox's retention erasures, one JSON object per line in
//! `staff-audit.jsonl` in the data directory, e.g.
//! `{"time":"2026-11-23T11:00:00Z","action":"pin_failed"}`.
//! Never a PIN, never anything a visitor typed (a submission's local
//! reference, `BK-…`, is not).
//!
//! Its writer thread also saves the staff settings (`replace_file`), in
//! order with the lines: a staff press never waits for the disk.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Sender, channel};
use std::sync::{Mutex, OnceLock};

use chrono::{DateTime, Utc};
use serde::Serialize;

pub const FILE: &str = "staff-audit.jsonl";

/// Everything staff can do, as logged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// The hidden corner was held; the PIN pad opened.
    PinPadOpened,
    PinFailed,
    /// The fifth wrong PIN: entry locked.
    LockedOut,
    /// The PIN pad was opened while entry was locked.
    LockedEntryRefused,
    Entered,
    Left,
    /// Staff mode ended after two minutes untouched.
    TimedOut,
    RetryNow,
    ReloadContent,
    Paused,
    Resumed,
    AssistOn,
    AssistOff,
    HeadphonesOn,
    HeadphonesOff,
    /// The tenth wrong PIN: entry locked for an hour.
    LockedOutHour,
    /// The fifteenth wrong PIN: entry locked until IT resets it.
    LockedOutUntilReset,
    /// A new PIN in the config lifted a lock that waited for IT.
    LockReset,
    /// The personal fields of a submission refused by the central API
    /// were erased after `[outbox] keep_refused_days` (detail: reference).
    OutboxRefusedErased,
    /// IT put a refused submission back in the queue (detail: reference).
    OutboxRequeued,
    /// IT deleted a refused submission (detail: reference).
    OutboxPurged,
}

#[derive(Debug, Serialize)]
struct Line<'a> {
    time: DateTime<Utc>,
    action: Action,
    #[serde(skip_serializing_if = "Option::is_none")]
    detail: Option<&'a str>,
}

#[derive(Debug, Clone)]
pub struct AuditLog {
    path: PathBuf,
}

impl AuditLog {
    pub fn new(data_dir: &Path) -> AuditLog {
        AuditLog {
            path: data_dir.join(FILE),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Appends one line, in order, on the audit writer's thread: a staff
    /// press never waits for the disk (issue 24). `detail` is for fixed,
    /// non-personal words only (e.g. a content version). Failures are
    /// logged, never fatal.
    pub fn record(&self, time: DateTime<Utc>, action: Action, detail: Option<&str>) {
        let mut line = match serde_json::to_string(&Line {
            time,
            action,
            detail,
        }) {
            Ok(line) => line,
            Err(_) => return,
        };
        line.push('\n');
        tracing::info!(action = ?action, "audited action");
        send(Job::Line {
            path: self.path.clone(),
            line,
        });
    }

    /// The actions recorded so far, in order (tests and IT tools).
    pub fn actions(&self) -> Vec<String> {
        flush();
        std::fs::read_to_string(&self.path)
            .unwrap_or_default()
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v.get("action")?.as_str().map(str::to_owned))
            .collect()
    }
}

enum Job {
    Line {
        path: PathBuf,
        line: String,
    },
    /// A small file replaced whole (a temporary file renamed).
    Replace {
        path: PathBuf,
        bytes: Vec<u8>,
    },
    /// Answered when every job sent before it is done.
    Flush(Sender<()>),
}

/// The one audit writer of the process: lines from every log, in the
/// order they were recorded.
fn writer() -> &'static Mutex<Sender<Job>> {
    static WRITER: OnceLock<Mutex<Sender<Job>>> = OnceLock::new();
    WRITER.get_or_init(|| {
        let (tx, rx) = channel::<Job>();
        std::thread::Builder::new()
            .name("audit-writer".into())
            .spawn(move || {
                for job in rx {
                    match job {
                        Job::Line { path, line } => append(&path, &line),
                        Job::Replace { path, bytes } => replace(&path, &bytes),
                        Job::Flush(done) => {
                            let _ = done.send(());
                        }
                    }
                }
            })
            .expect("the audit writer thread starts");
        Mutex::new(tx)
    })
}

fn send(job: Job) {
    let tx = writer().lock().unwrap_or_else(|e| e.into_inner()).clone();
    if tx.send(job).is_err() {
        tracing::error!("the audit writer has stopped; a line is lost");
    }
}

/// Replaces a small file (the staff settings) with `bytes` on the audit
/// writer's thread, after everything asked before; failures are logged.
pub fn replace_file(path: PathBuf, bytes: Vec<u8>) {
    send(Job::Replace { path, bytes });
}

/// Waits until every line recorded and every file replaced so far is on
/// disk (tests, IT tools, and the end of the process).
pub fn flush() {
    let (done, wait) = channel();
    send(Job::Flush(done));
    let _ = wait.recv();
}

fn append(path: &Path, line: &str) {
    let result = ensure_parent(path)
        .and_then(|()| {
            std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(path)
        })
        .and_then(|mut f| f.write_all(line.as_bytes()));
    if let Err(e) = result {
        tracing::error!(file = %path.display(), error = %e, "cannot write the audit log");
    }
}

fn replace(path: &Path, bytes: &[u8]) {
    if let Err(e) = write_atomically(path, bytes) {
        tracing::error!(file = %path.display(), error = %e, "cannot save the file");
    }
}

/// Replaces the small file at `path` with `bytes` (its folder made if
/// missing): written beside it as `<name>.tmp`, then renamed over it, so a
/// reader finds the old file or the new one, never half of one.
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".tmp");
    ensure_parent(path)
        .and_then(|()| std::fs::write(&tmp, bytes))
        .and_then(|()| std::fs::rename(&tmp, path))
}

fn ensure_parent(path: &Path) -> std::io::Result<()> {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => std::fs::create_dir_all(dir),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn appends_json_lines() {
        let dir = tempfile::tempdir().unwrap();
        let log = AuditLog::new(dir.path());
        let t: DateTime<Utc> = "2026-11-23T11:00:00Z".parse().unwrap();
        log.record(t, Action::PinFailed, None);
        log.record(t, Action::ReloadContent, Some("abc123"));
        flush();
        let text = std::fs::read_to_string(log.path()).unwrap();
        assert_eq!(
            text,
            "{\"time\":\"2026-11-23T11:00:00Z\",\"action\":\"pin_failed\"}\n\
             {\"time\":\"2026-11-23T11:00:00Z\",\"action\":\"reload_content\",\"detail\":\"abc123\"}\n"
        );
        assert_eq!(log.actions(), ["pin_failed", "reload_content"]);
    }
}

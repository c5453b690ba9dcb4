//! Sending a print job to the printer, bounded in time.
//!
//! [`send`] blocks its caller for at most about `connect_timeout +
//! write_timeout + 1 s`, whatever the printer does: the I/O runs on its own
//! thread and a watchdog gives up on it. A printer that stays stuck (a
//! device write the kernel never completes) keeps that thread; further jobs
//! for the same target fail at once with [`FailReason::Busy`] until it comes
//! back, instead of piling up threads. [`send_async`] is the same for async
//! callers (the UI's `Task`s): it never blocks the executor.
//!
//! With `check_status`, a network printer is asked for its paper and cover
//! status (`DLE EOT 4`, `DLE EOT 2`) before the job, so that an empty roll is
//! reported as [`FailReason::PaperOut`] rather than a job swallowed by the
//! printer's buffer. Device files are not asked: a read from a USB printer
//! that does not answer would hold the device.

use std::collections::HashSet;
use std::fs::OpenOptions;
use std::io::{self, Read, Write};
use std::net::{Shutdown, TcpStream, ToSocketAddrs};
use std::sync::mpsc;
use std::sync::{Mutex, PoisonError};
use std::time::Duration;

use super::config::{Printer, Target};
use super::escpos;

/// How a print job ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PrintOutcome {
    /// The printer took every byte of the job.
    Printed,
    Failed {
        reason: FailReason,
    },
}

impl PrintOutcome {
    pub fn failed(reason: FailReason) -> PrintOutcome {
        PrintOutcome::Failed { reason }
    }

    pub fn is_printed(&self) -> bool {
        matches!(self, PrintOutcome::Printed)
    }
}

/// Why a job did not print. No personal data: safe to log.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum FailReason {
    #[error("no printer is configured")]
    NotConfigured,
    /// Nothing answers: connection refused, unknown host, no device file.
    #[error("the printer cannot be reached")]
    Unreachable,
    /// It answered but did not take the job in time (slow, out of paper,
    /// cover open, never reading).
    #[error("the printer did not take the job in time")]
    Timeout,
    /// The printer reported that its paper roll is empty (only with
    /// `check_status`).
    #[error("the printer is out of paper")]
    PaperOut,
    /// The printer reported its cover open or an error (only with
    /// `check_status`).
    #[error("the printer reports its cover open or an error")]
    Offline,
    /// An earlier job to the same printer is still stuck.
    #[error("the printer is still stuck on an earlier job")]
    Busy,
    /// The ticket could not be rendered.
    #[error("the ticket could not be rendered")]
    Render,
    #[error("input/output error: {0}")]
    Io(io::ErrorKind),
}

impl FailReason {
    fn from_io(error: &io::Error) -> FailReason {
        use io::ErrorKind as K;
        match error.kind() {
            K::TimedOut | K::WouldBlock => FailReason::Timeout,
            K::NotFound
            | K::ConnectionRefused
            | K::ConnectionReset
            | K::ConnectionAborted
            | K::HostUnreachable
            | K::NetworkUnreachable
            | K::AddrNotAvailable
            | K::NotConnected => FailReason::Unreachable,
            kind => FailReason::Io(kind),
        }
    }
}

/// Targets with an I/O thread still running.
static IN_FLIGHT: Mutex<Option<HashSet<Target>>> = Mutex::new(None);

fn claim(target: &Target) -> bool {
    let mut guard = IN_FLIGHT.lock().unwrap_or_else(PoisonError::into_inner);
    guard
        .get_or_insert_with(HashSet::new)
        .insert(target.clone())
}

/// Frees the target when the I/O thread ends, however it ends.
struct Claim(Target);

impl Drop for Claim {
    fn drop(&mut self) {
        let mut guard = IN_FLIGHT.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(set) = guard.as_mut() {
            set.remove(&self.0);
        }
    }
}

/// Sends `bytes` to the configured printer. Blocks for at most about
/// `connect_timeout + write_timeout + 1 s`.
pub fn send(printer: &Printer, bytes: Vec<u8>) -> PrintOutcome {
    let Some(target) = printer.target.clone() else {
        return PrintOutcome::failed(FailReason::NotConfigured);
    };
    if !claim(&target) {
        tracing::warn!(printer = %target, "printer still busy with an earlier job");
        return PrintOutcome::failed(FailReason::Busy);
    }
    let claim = Claim(target.clone());
    let connect_timeout = printer.connect_timeout();
    let write_timeout = printer.write_timeout();
    let check_status = printer.check_status;
    let (tx, rx) = mpsc::sync_channel(1);
    let spawned = std::thread::Builder::new()
        .name("printer-io".into())
        .spawn(move || {
            let _claim = claim;
            let result = match &target {
                Target::Tcp { host, port } => send_tcp(
                    host,
                    *port,
                    &bytes,
                    connect_timeout,
                    write_timeout,
                    check_status,
                ),
                Target::Device(path) => OpenOptions::new()
                    .write(true)
                    .open(path)
                    .and_then(|mut device| {
                        device.write_all(&bytes)?;
                        device.flush()
                    })
                    .map_err(|e| FailReason::from_io(&e)),
            };
            let _ = tx.send(result);
        });
    if let Err(e) = spawned {
        return PrintOutcome::failed(FailReason::from_io(&e));
    }
    let target = printer.target.as_ref().map(ToString::to_string);
    let mut watchdog = connect_timeout + write_timeout + Duration::from_secs(1);
    if check_status {
        // Two status answers, each waited for at most a connect timeout.
        watchdog += 2 * connect_timeout;
    }
    let outcome = match rx.recv_timeout(watchdog) {
        Ok(Ok(())) => PrintOutcome::Printed,
        Ok(Err(reason)) => PrintOutcome::failed(reason),
        Err(mpsc::RecvTimeoutError::Timeout) => PrintOutcome::failed(FailReason::Timeout),
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            PrintOutcome::failed(FailReason::Io(io::ErrorKind::Other))
        }
    };
    match &outcome {
        PrintOutcome::Printed => tracing::info!(printer = target.as_deref(), "ticket printed"),
        PrintOutcome::Failed { reason } => {
            tracing::warn!(printer = target.as_deref(), %reason, "printing failed")
        }
    }
    outcome
}

/// [`send`] for async code: runs on its own thread, never blocks the
/// executor, and works on any executor.
pub async fn send_async(printer: Printer, bytes: Vec<u8>) -> PrintOutcome {
    let (tx, rx) = tokio::sync::oneshot::channel();
    let spawned = std::thread::Builder::new()
        .name("printer-send".into())
        .spawn(move || {
            let _ = tx.send(send(&printer, bytes));
        });
    if let Err(e) = spawned {
        return PrintOutcome::failed(FailReason::from_io(&e));
    }
    rx.await
        .unwrap_or(PrintOutcome::failed(FailReason::Io(io::ErrorKind::Other)))
}

fn send_tcp(
    host: &str,
    port: u16,
    bytes: &[u8],
    connect_timeout: Duration,
    write_timeout: Duration,
    check_status: bool,
) -> Result<(), FailReason> {
    let io = |e: io::Error| FailReason::from_io(&e);
    let addresses = (host, port)
        .to_socket_addrs()
        .map_err(|_| FailReason::Unreachable)?;
    let mut last = FailReason::Unreachable;
    for address in addresses {
        match TcpStream::connect_timeout(&address, connect_timeout) {
            Ok(mut stream) => {
                stream.set_write_timeout(Some(write_timeout)).map_err(io)?;
                stream.set_nodelay(true).map_err(io)?;
                if check_status {
                    stream.set_read_timeout(Some(connect_timeout)).map_err(io)?;
                    check(&mut stream)?;
                }
                stream.write_all(bytes).map_err(io)?;
                stream.flush().map_err(io)?;
                // Tell the printer the job is complete; it may close first.
                let _ = stream.shutdown(Shutdown::Write);
                return Ok(());
            }
            Err(e) => last = FailReason::from_io(&e),
        }
    }
    Err(last)
}

/// Asks the printer for its paper and offline status (`DLE EOT 4`, `DLE EOT
/// 2`). A printer that does not answer is printed to anyway: the check is
/// there to say "out of paper" instead of a timeout, not to gate printing.
fn check(stream: &mut TcpStream) -> Result<(), FailReason> {
    match status(stream, escpos::STATUS_PAPER) {
        Some(byte) if byte & escpos::PAPER_END != 0 => return Err(FailReason::PaperOut),
        Some(byte) if byte & escpos::PAPER_NEAR_END != 0 => {
            tracing::warn!("printer paper is running low")
        }
        Some(_) => {}
        None => {
            tracing::warn!("printer does not answer status requests; printing anyway");
            return Ok(());
        }
    }
    match status(stream, escpos::STATUS_OFFLINE) {
        Some(byte) if byte & (escpos::COVER_OPEN | escpos::ERROR) != 0 => Err(FailReason::Offline),
        Some(byte) if byte & escpos::PAPER_STOP != 0 => Err(FailReason::PaperOut),
        _ => Ok(()),
    }
}

/// Sends one `DLE EOT n` and reads its answer; `None` without a valid
/// status byte in time.
fn status(stream: &mut TcpStream, request: [u8; 3]) -> Option<u8> {
    stream.write_all(&request).ok()?;
    let mut byte = [0u8; 1];
    stream.read_exact(&mut byte).ok()?;
    escpos::is_status(byte[0]).then_some(byte[0])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_target_means_not_configured() {
        assert_eq!(
            send(&Printer::default(), vec![1, 2, 3]),
            PrintOutcome::failed(FailReason::NotConfigured)
        );
    }

    #[test]
    fn a_missing_device_is_unreachable_and_never_created() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("lp0");
        let printer = Printer::at(Target::Device(path.clone()));
        assert_eq!(
            send(&printer, vec![0x1B, 0x40]),
            PrintOutcome::failed(FailReason::Unreachable)
        );
        assert!(!path.exists());
    }

    #[test]
    fn io_errors_map_to_reasons() {
        use io::ErrorKind as K;
        let reason = |k| FailReason::from_io(&io::Error::from(k));
        assert_eq!(reason(K::ConnectionRefused), FailReason::Unreachable);
        assert_eq!(reason(K::TimedOut), FailReason::Timeout);
        assert_eq!(reason(K::WouldBlock), FailReason::Timeout);
        assert_eq!(
            reason(K::PermissionDenied),
            FailReason::Io(K::PermissionDenied)
        );
    }
}

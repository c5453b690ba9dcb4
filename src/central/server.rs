//! Running the reference server: serving a listener within bounds (a
//! time to send the request head, a time to complete the request, a cap
//! on open connections), a server in this process ([`LocalCentral`]) and
//! its lifecycle, and the hourly retention run.

use std::future::Future;
use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::{Semaphore, oneshot};
use tokio::task::JoinHandle;

use super::config::{Role, TokenConfig};
use super::routes::router;
use super::{Central, CentralConfig, CentralError, Clock};

/// A random 256-bit token, hex encoded (64 characters).
pub fn generate_token() -> String {
    let bytes: [u8; 32] = rand::random();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// How often the retention run erases what has been kept long enough.
const RETENTION_INTERVAL: Duration = Duration::from_secs(3600);

/// How long shutdown waits for open connections to finish.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(10);

/// Serves the contract on `listener` until `shutdown` completes.
///
/// Bounded by `[limits]`: a client must send its request head within
/// `header_read_timeout_secs` — also on an idle kept-alive connection —
/// or the connection is closed (hyper's own header-read time-out, on
/// tokio's timer); a request must be read and answered within
/// `request_timeout_secs` (tower-http's time-out, 408 problem+json); at
/// most `max_connections` connections are open at once — the next waits
/// in the listen backlog until one closes, so a crowd of half-open
/// connections cannot use up the process's file descriptors, and each of
/// them is gone after the header time-out. HTTP/1.1 only.
pub async fn serve(
    listener: TcpListener,
    central: Central,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let limits = central.config().limits.clone();
    let app = router(central.clone());
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(Duration::from_secs(limits.header_read_timeout_secs.max(1)))
        .keep_alive(true);
    let cap = limits.max_connections.clamp(1, descriptor_budget());
    if cap < limits.max_connections {
        tracing::info!(
            configured = limits.max_connections,
            cap,
            "connection cap lowered to fit the process's file descriptor limit"
        );
    }
    let connections = Arc::new(Semaphore::new(cap));
    let graceful = GracefulShutdown::new();
    let retention = tokio::spawn(retention_runs(central));
    tokio::pin!(shutdown);
    loop {
        let permit = tokio::select! {
            permit = connections.clone().acquire_owned() => match permit {
                Ok(permit) => permit,
                Err(_) => break,
            },
            () = &mut shutdown => break,
        };
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(e) => {
                    // Out of descriptors and the like: the listener stays;
                    // try again shortly instead of spinning.
                    tracing::warn!(error = %e, "cannot accept a connection");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let _ = stream.set_nodelay(true);
        let connection =
            http.serve_connection(TokioIo::new(stream), TowerToHyperService::new(app.clone()));
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            // Errors here are a client's (closed early, too slow, garbage).
            if let Err(e) = connection.await {
                tracing::debug!(error = %e, "connection ended");
            }
            drop(permit);
        });
    }
    retention.abort();
    drop(listener);
    if tokio::time::timeout(SHUTDOWN_GRACE, graceful.shutdown())
        .await
        .is_err()
    {
        tracing::warn!("connections still open at shutdown were dropped");
    }
    Ok(())
}

/// File descriptors the connections may use: the soft `RLIMIT_NOFILE`
/// less a reserve for the database (SQLite's file, journal and WAL), the
/// listener and the runtime, so a crowd of clients can never take the
/// descriptors the server itself needs (today's probe: at a low limit,
/// `/v1/health` stopped answering).
fn descriptor_budget() -> usize {
    const RESERVE: u64 = 64;
    #[cfg(unix)]
    {
        let mut limit = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        // SAFETY: getrlimit only writes the struct it is given.
        if unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) } == 0
            && limit.rlim_cur != libc::RLIM_INFINITY
        {
            // rlim_t is u64 on Linux, other widths elsewhere.
            #[allow(clippy::useless_conversion)]
            let soft = u64::try_from(limit.rlim_cur).unwrap_or(u64::MAX);
            return usize::try_from(soft.saturating_sub(RESERVE).max(1)).unwrap_or(usize::MAX);
        }
    }
    usize::MAX
}

/// The retention run at start and every hour.
async fn retention_runs(central: Central) {
    let mut every = tokio::time::interval(RETENTION_INTERVAL);
    loop {
        every.tick().await;
        let c = central.clone();
        match tokio::task::spawn_blocking(move || c.purge_expired()).await {
            Ok(Ok(_)) => {}
            Ok(Err(e)) => tracing::error!(error = %e, "retention run failed"),
            Err(_) => tracing::error!("retention run panicked"),
        }
    }
}

/// A reference server running in this process.
pub struct LocalCentral {
    /// e.g. `http://127.0.0.1:41234` (no trailing slash).
    pub base_url: String,
    /// The token a local kiosk uses (the in-process server's own kiosk
    /// token; a test's choice otherwise).
    pub token: String,
    pub addr: SocketAddr,
    central: Central,
    shutdown: Option<oneshot::Sender<()>>,
    task: Option<JoinHandle<std::io::Result<()>>>,
}

impl LocalCentral {
    pub fn central(&self) -> &Central {
        &self.central
    }

    /// Stops serving and waits for open connections to finish.
    pub async fn shutdown(mut self) {
        self.stop().await;
    }

    async fn stop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for LocalCentral {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

/// Serves `central` on `addr` (port 0 = any free port) in a tokio task.
pub async fn spawn(
    central: Central,
    addr: SocketAddr,
    token: String,
) -> Result<LocalCentral, CentralError> {
    let listener = TcpListener::bind(addr)
        .await
        .map_err(|source| CentralError::Listen { addr, source })?;
    let addr = listener
        .local_addr()
        .map_err(|source| CentralError::Listen { addr, source })?;
    let (tx, rx) = oneshot::channel::<()>();
    let task = tokio::spawn(serve(listener, central.clone(), async {
        let _ = rx.await;
    }));
    Ok(LocalCentral {
        base_url: format!("http://{addr}"),
        token,
        addr,
        central,
        shutdown: Some(tx),
        task: Some(task),
    })
}

/// Starts the reference server with `config` (the bundled demo's, for a
/// kiosk) on 127.0.0.1 (a free port), its database `central.sqlite3` in
/// `data_dir`, and one freshly generated kiosk token bound to `kiosk_id`
/// (the only device it lets in). For a kiosk with no `api.base_url`.
pub async fn spawn_in_process(
    data_dir: &Path,
    kiosk_id: &str,
    config: CentralConfig,
    clock: Clock,
) -> Result<LocalCentral, CentralError> {
    std::fs::create_dir_all(data_dir).map_err(|source| CentralError::DataDir {
        path: data_dir.to_owned(),
        source,
    })?;
    let token = generate_token();
    let config = config.with_token(TokenConfig::for_token(Role::Kiosk, kiosk_id, &token)?);
    let db = data_dir.join("central.sqlite3");
    let opened = tokio::task::spawn_blocking(move || Central::open(config, &db, clock)).await;
    let central = opened.map_err(|e| CentralError::DataDir {
        path: data_dir.to_owned(),
        source: std::io::Error::other(e),
    })??;
    spawn(central, SocketAddr::from(([127, 0, 0, 1], 0)), token).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_tokens_are_256_bits_of_hex() {
        let a = generate_token();
        assert_eq!(a.len(), 64);
        assert!(a.bytes().all(|b| b.is_ascii_hexdigit()));
        assert_ne!(a, generate_token());
    }
}

//! `medborgarkiosk central --listen ADDR --db PATH [--config PATH]`.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use super::{Central, CentralConfig, CentralError, resolve_token};

/// Runs the reference server until Ctrl-C / SIGTERM. Errors go to stderr
/// in English (for IT) and give exit code 2.
pub fn run(listen: SocketAddr, db: PathBuf, config: Option<PathBuf>) -> ExitCode {
    match run_inner(listen, db, config) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("medborgarkiosk central: {e}");
            ExitCode::from(2)
        }
    }
}

fn run_inner(listen: SocketAddr, db: PathBuf, config: Option<PathBuf>) -> Result<(), CentralError> {
    let config = match &config {
        Some(path) => CentralConfig::load(path)?,
        None => CentralConfig::demo(),
    };
    let token = resolve_token(&config)?;
    // The server's own process: the machine's clock.
    let central = Central::open(config, &db, &token, crate::clock::Clock::system())?;
    let runtime = tokio::runtime::Runtime::new().map_err(|source| CentralError::Listen {
        addr: listen,
        source,
    })?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(listen)
            .await
            .map_err(|source| CentralError::Listen {
                addr: listen,
                source,
            })?;
        let local = listener.local_addr().unwrap_or(listen);
        tracing::info!(%local, "central API listening");
        eprintln!("medborgarkiosk central: listening on http://{local}");
        super::serve(listener, central, shutdown_signal())
            .await
            .map_err(|source| CentralError::Listen {
                addr: listen,
                source,
            })
    })
}

async fn shutdown_signal() {
    #[cfg(unix)]
    {
        let mut term =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(s) => s,
                Err(_) => {
                    let _ = tokio::signal::ctrl_c().await;
                    return;
                }
            };
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

//! Running the reference server: the accepted token, serving a listener,
//! a server in this process ([`LocalCentral`]) and its lifecycle.

use std::future::Future;
use std::net::SocketAddr;
use std::path::Path;

use tokio::net::TcpListener;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use super::routes::router;
use super::{Central, CentralConfig, CentralError, Clock, TOKEN_ENV};

/// The accepted token: from [`TOKEN_ENV`], else from the config's
/// `token_file`; neither is an error.
pub fn resolve_token(config: &CentralConfig) -> Result<String, CentralError> {
    if let Ok(token) = std::env::var(TOKEN_ENV) {
        let token = token.trim().to_owned();
        if !token.is_empty() {
            return Ok(token);
        }
    }
    let Some(path) = &config.token_file else {
        return Err(CentralError::NoToken);
    };
    let text = std::fs::read_to_string(path).map_err(|source| CentralError::TokenFile {
        path: path.clone(),
        source,
    })?;
    let token = text.lines().next().unwrap_or("").trim().to_owned();
    if token.is_empty() {
        return Err(CentralError::EmptyToken(path.clone()));
    }
    Ok(token)
}

/// A random 256-bit token, hex encoded.
pub fn generate_token() -> String {
    let bytes: [u8; 32] = rand::random();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Serves the contract on `listener` until `shutdown` completes.
pub async fn serve(
    listener: TcpListener,
    central: Central,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, router(central))
        .with_graceful_shutdown(shutdown)
        .await
}

/// A reference server running in this process.
pub struct LocalCentral {
    /// e.g. `http://127.0.0.1:41234` (no trailing slash).
    pub base_url: String,
    /// The token it accepts.
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

/// Starts the reference server with the bundled demo config on
/// 127.0.0.1 (a free port), its database `central.sqlite3` in `data_dir`
/// and a freshly generated token. For a kiosk with no `api.base_url`.
pub async fn spawn_in_process(data_dir: &Path, clock: Clock) -> Result<LocalCentral, CentralError> {
    std::fs::create_dir_all(data_dir).map_err(|source| CentralError::DataDir {
        path: data_dir.to_owned(),
        source,
    })?;
    let token = generate_token();
    let db = data_dir.join("central.sqlite3");
    let opened = {
        let token = token.clone();
        tokio::task::spawn_blocking(move || {
            Central::open(CentralConfig::demo(), &db, &token, clock)
        })
        .await
    };
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
    fn token_from_a_file_and_a_clear_refusal_without_one() {
        if std::env::var(TOKEN_ENV).is_ok() {
            // The environment variable wins; nothing to test here then.
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let mut config = CentralConfig::demo();
        let err = resolve_token(&config).unwrap_err();
        assert!(err.to_string().contains(TOKEN_ENV), "{err}");
        let path = dir.path().join("token");
        std::fs::write(&path, "s3cret-token\n").unwrap();
        config.token_file = Some(path.clone());
        assert_eq!(resolve_token(&config).unwrap(), "s3cret-token");
        std::fs::write(&path, "\n").unwrap();
        assert!(matches!(
            resolve_token(&config),
            Err(CentralError::EmptyToken(_))
        ));
        config.token_file = Some(dir.path().join("missing"));
        assert!(matches!(
            resolve_token(&config),
            Err(CentralError::TokenFile { .. })
        ));
    }
}

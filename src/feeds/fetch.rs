//! Bounded fetching: at most `max_bytes` (the body is streamed and the
//! fetch stops as soon as it goes past the limit) and at most `timeout` for
//! the whole exchange, connect to last byte.

use std::time::Duration;

use serde::{Deserialize, Serialize};

/// Limits of one fetch.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FetchLimits {
    pub max_bytes: u64,
    pub timeout: Duration,
}

impl Default for FetchLimits {
    fn default() -> Self {
        FetchLimits {
            max_bytes: 2 * 1024 * 1024,
            timeout: Duration::from_secs(10),
        }
    }
}

/// Kind of failure, for the staff panel (no details, stable names).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorClass {
    /// DNS, connection refused, TLS, reset.
    Network,
    /// Slower than the time limit.
    Timeout,
    /// A non-2xx HTTP status.
    HttpStatus,
    /// Larger than the size limit.
    TooLarge,
    /// An HTML page instead of a feed.
    NotAFeed,
    /// Unparseable or of the wrong kind.
    Malformed,
    /// A local file could not be read.
    Io,
}

/// Why a fetch failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FetchError {
    #[error("network error: {0}")]
    Network(String),
    #[error("no complete answer within {0:?}")]
    Timeout(Duration),
    #[error("HTTP status {0}")]
    HttpStatus(u16),
    #[error("the response is larger than {0} bytes")]
    TooLarge(u64),
    #[error("cannot read the file: {0}")]
    Io(String),
}

impl FetchError {
    pub fn class(&self) -> ErrorClass {
        match self {
            FetchError::Network(_) => ErrorClass::Network,
            FetchError::Timeout(_) => ErrorClass::Timeout,
            FetchError::HttpStatus(_) => ErrorClass::HttpStatus,
            FetchError::TooLarge(_) => ErrorClass::TooLarge,
            FetchError::Io(_) => ErrorClass::Io,
        }
    }
}

/// The HTTP client the kiosk uses for feeds (rustls, redirects limited,
/// a connect timeout; the overall limit is applied per fetch).
pub fn client() -> reqwest::Client {
    client_with_ca(None)
}

/// [`client`] that also trusts the certificates of `ca_file` (`[tls]`),
/// and never follows a redirect from https down to plain http off
/// loopback. An unusable CA file (checked when the config was read) gives
/// a client without it, logged.
pub fn client_with_ca(ca_file: Option<&std::path::Path>) -> reqwest::Client {
    let builder = crate::net::client_builder(ca_file).unwrap_or_else(|e| {
        tracing::error!(error = %e, "feeds: the CA file cannot be used");
        reqwest::Client::builder().use_rustls_tls()
    });
    builder
        .user_agent(concat!("medborgarkiosk/", env!("CARGO_PKG_VERSION")))
        .connect_timeout(Duration::from_secs(5))
        .redirect(crate::net::redirect_policy(5))
        .build()
        .unwrap_or_else(|_| reqwest::Client::new())
}

/// Fetches `url` within `limits`.
pub async fn fetch_bytes(
    client: &reqwest::Client,
    url: &str,
    limits: FetchLimits,
) -> Result<Vec<u8>, FetchError> {
    match tokio::time::timeout(limits.timeout, fetch_inner(client, url, limits.max_bytes)).await {
        Ok(result) => result,
        Err(_) => Err(FetchError::Timeout(limits.timeout)),
    }
}

async fn fetch_inner(
    client: &reqwest::Client,
    url: &str,
    max_bytes: u64,
) -> Result<Vec<u8>, FetchError> {
    let mut response = client
        .get(url)
        .header(
            reqwest::header::ACCEPT,
            "application/rss+xml, application/atom+xml, application/cap+xml, application/xml, application/json;q=0.9, */*;q=0.5",
        )
        .send()
        .await
        .map_err(|e| FetchError::Network(describe(e)))?;
    let status = response.status();
    if !status.is_success() {
        return Err(FetchError::HttpStatus(status.as_u16()));
    }
    if response.content_length().is_some_and(|len| len > max_bytes) {
        return Err(FetchError::TooLarge(max_bytes));
    }
    let mut body = Vec::new();
    while let Some(chunk) = response
        .chunk()
        .await
        .map_err(|e| FetchError::Network(describe(e)))?
    {
        if body.len() as u64 + chunk.len() as u64 > max_bytes {
            return Err(FetchError::TooLarge(max_bytes));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

fn describe(e: reqwest::Error) -> String {
    // No URL in the message: the caller knows which source it is.
    let e = e.without_url();
    let mut text = e.to_string();
    let mut source = std::error::Error::source(&e);
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

/// Reads a local file within the size limit.
pub fn read_file_limited(path: &std::path::Path, max_bytes: u64) -> Result<Vec<u8>, FetchError> {
    use std::io::Read;
    let file = std::fs::File::open(path).map_err(|e| FetchError::Io(e.to_string()))?;
    let mut body = Vec::new();
    file.take(max_bytes + 1)
        .read_to_end(&mut body)
        .map_err(|e| FetchError::Io(e.to_string()))?;
    if body.len() as u64 > max_bytes {
        return Err(FetchError::TooLarge(max_bytes));
    }
    Ok(body)
}

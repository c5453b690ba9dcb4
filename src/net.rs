//! Network rules shared by the kiosk's HTTP clients (central API, Open311,
//! feeds): which URLs may be plain `http` — loopback only, decided by
//! parsing the URL and its host, never by a prefix — and the
//! municipality's own certificate authority (`[tls] ca_file`, PEM), added
//! to rustls' roots (no system OpenSSL).
//!
//! ```toml
//! [tls]
//! # Extra root certificates (PEM, one or more) for the central API,
//! # Open311 and the feeds, beside the built-in web roots.
//! ca_file = "/etc/medborgarkiosk/kommun-ca.pem"
//! ```

use std::path::{Path, PathBuf};

use serde::Deserialize;
use url::{Host, Url};

/// The kiosk's `[tls]` config table.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TlsConfig {
    /// A PEM file with one or more CA certificates to trust besides the
    /// built-in web roots.
    pub ca_file: Option<PathBuf>,
}

/// What is wrong with a URL.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UrlError {
    #[error("`{0}` is not a URL")]
    NotAUrl(String),
    #[error("`{0}` is not an http(s) URL")]
    Scheme(String),
    #[error(
        "`{0}` is not allowed: use https:// (plain http only on loopback: 127.0.0.0/8, [::1] or localhost)"
    )]
    PlainHttp(String),
    #[error(
        "`{0}` must not carry a user name or password (they would be sent in the clear and logged)"
    )]
    Credentials(String),
}

/// Whether the URL's host is the machine itself: an IPv4 address in
/// 127.0.0.0/8, the IPv6 address ::1, or exactly the name `localhost`
/// (any case; not `localhost.`, not `localhost.example`, not an IPv4
/// address mapped into IPv6). The host is the one the URL parser (and so
/// the HTTP client) connects to, after percent-decoding and numeric forms
/// such as `127.1` or `2130706433`.
pub fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(Host::Ipv4(ip)) => ip.is_loopback(),
        Some(Host::Ipv6(ip)) => ip.is_loopback(),
        Some(Host::Domain(name)) => name.eq_ignore_ascii_case("localhost"),
        None => false,
    }
}

/// Parses `text` as an `https` URL, or an `http` one whose host is
/// loopback ([`is_loopback`]). No user name or password in it.
pub fn https_or_loopback(text: &str) -> Result<Url, UrlError> {
    let url = parse_http(text)?;
    if url.scheme() == "http" && !is_loopback(&url) {
        return Err(UrlError::PlainHttp(text.to_owned()));
    }
    without_credentials(url, text)
}

/// Parses `text` as an `http` or `https` URL with a host and without a
/// user name or password.
pub fn http_url(text: &str) -> Result<Url, UrlError> {
    without_credentials(parse_http(text)?, text)
}

fn parse_http(text: &str) -> Result<Url, UrlError> {
    let url = Url::parse(text.trim()).map_err(|_| UrlError::NotAUrl(text.to_owned()))?;
    if !matches!(url.scheme(), "http" | "https") || url.host().is_none() {
        return Err(UrlError::Scheme(text.to_owned()));
    }
    Ok(url)
}

fn without_credentials(url: Url, text: &str) -> Result<Url, UrlError> {
    if !url.username().is_empty() || url.password().is_some() {
        return Err(UrlError::Credentials(text.to_owned()));
    }
    Ok(url)
}

/// Why a CA file cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum TlsError {
    #[error("cannot read the CA file {path}: {source}")]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("the CA file {path} is not PEM certificates: {detail}")]
    Pem { path: PathBuf, detail: String },
    #[error("the CA file {0} holds no certificate")]
    Empty(PathBuf),
    #[error("HTTP client: {0}")]
    Client(String),
}

/// The certificates of a PEM file (at least one).
pub fn load_ca_file(path: &Path) -> Result<Vec<reqwest::Certificate>, TlsError> {
    let pem = std::fs::read(path).map_err(|source| TlsError::Read {
        path: path.to_owned(),
        source,
    })?;
    let certificates = reqwest::Certificate::from_pem_bundle(&pem).map_err(|e| TlsError::Pem {
        path: path.to_owned(),
        detail: e.to_string(),
    })?;
    if certificates.is_empty() {
        return Err(TlsError::Empty(path.to_owned()));
    }
    Ok(certificates)
}

/// A reqwest client builder on rustls that also trusts the certificates of
/// `ca_file`, if any.
pub fn client_builder(ca_file: Option<&Path>) -> Result<reqwest::ClientBuilder, TlsError> {
    let mut builder = reqwest::Client::builder().use_rustls_tls();
    if let Some(path) = ca_file {
        for certificate in load_ca_file(path)? {
            builder = builder.add_root_certificate(certificate);
        }
    }
    Ok(builder)
}

/// A redirect policy for the kiosk's clients: at most `max` redirects, and
/// never from `https` down to plain `http` off loopback (a redirect must
/// not undo what the URL rule decided).
pub fn redirect_policy(max: usize) -> reqwest::redirect::Policy {
    reqwest::redirect::Policy::custom(move |attempt| {
        if attempt.previous().len() > max {
            return attempt.error("too many redirects");
        }
        let downgrade = attempt.url().scheme() == "http"
            && !is_loopback(attempt.url())
            && attempt.previous().iter().any(|u| u.scheme() == "https");
        if downgrade {
            attempt.error("redirect from https to plain http refused")
        } else {
            attempt.follow()
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The hosts that fooled a prefix check, and their honest neighbours.
    #[test]
    fn plain_http_only_when_the_parsed_host_is_loopback() {
        let allowed = [
            "http://127.0.0.1:8080",
            "http://127.0.0.1:8080/v1",
            "http://127.1.2.3",
            "http://127.1/",      // short IPv4 form: 127.0.0.1
            "http://2130706433/", // 127.0.0.1 as one number
            "http://0x7f.0.0.1/", // hexadecimal
            "http://[::1]:8080",
            "http://localhost",
            "http://LOCALHOST:9000/", // the parser lower-cases names
            "https://kiosk-api.botkyrka.se",
            "https://127.attacker.example", // https anywhere is fine
        ];
        for url in allowed {
            assert!(https_or_loopback(url).is_ok(), "{url} should be allowed");
        }
        let refused = [
            "http://127.attacker.example",
            "http://localhost.attacker.example",
            "http://127.0.0.1.nip.io",
            "http://localhost./",
            "http://localhost@attacker.example/",
            "http://127.0.0.1:80@attacker.example/",
            "http://attacker.example/#@127.0.0.1",
            "http://attacker.example/?x=http://127.0.0.1",
            "http://127.0.0.1%2eattacker.example/",
            "http://[::ffff:127.0.0.1]/", // v4-mapped: not ::1
            "http://0.0.0.0:8080",
            "http://128.0.0.1",
            "http://10.0.0.1",
            "http://api.example.se",
        ];
        for url in refused {
            let result = https_or_loopback(url);
            assert!(result.is_err(), "{url} should be refused: {result:?}");
        }
        assert!(matches!(
            https_or_loopback("http://user:pw@127.0.0.1/"),
            Err(UrlError::Credentials(_))
        ));
        assert!(matches!(
            https_or_loopback("ftp://127.0.0.1/"),
            Err(UrlError::Scheme(_))
        ));
        assert!(matches!(
            https_or_loopback("not a url"),
            Err(UrlError::NotAUrl(_))
        ));
        assert!(matches!(
            https_or_loopback("file:///etc/passwd"),
            Err(UrlError::Scheme(_))
        ));
    }

    #[test]
    fn a_ca_file_must_hold_pem_certificates() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("missing.pem");
        assert!(matches!(load_ca_file(&missing), Err(TlsError::Read { .. })));
        let empty = dir.path().join("empty.pem");
        std::fs::write(&empty, "no certificates here\n").unwrap();
        assert!(matches!(load_ca_file(&empty), Err(TlsError::Empty(_))));
        let ca = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/tls/ca.pem");
        assert_eq!(load_ca_file(&ca).unwrap().len(), 1);
        assert!(client_builder(Some(&ca)).unwrap().build().is_ok());
    }
}

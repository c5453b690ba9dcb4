//! `[tls] ca_file` (issue 20): a municipality's own certificate authority
//! for the central API, Open311 and the feeds. A loopback HTTPS server
//! whose certificate is signed by a test CA (`tests/data/tls`, its key
//! thrown away) serves the real central API, a GeoReport endpoint and a
//! CAP feed; a kiosk given the CA file trusts it, one without refuses it.
//! rustls throughout, no system OpenSSL.

use crate::common;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use axum::Router;
use axum::routing::{get, post};
use hyper_util::rt::TokioIo;
use hyper_util::service::TowerToHyperService;
use medborgarkiosk::api::client::{ApiClient, ApiConfig, ClientError};
use medborgarkiosk::central::{self, Central};
use medborgarkiosk::config::Config;
use medborgarkiosk::contract::*;
use medborgarkiosk::feeds::{Feeds, FeedsConfig};
use medborgarkiosk::i18n::Language;
use medborgarkiosk::open311::{Open311Client, Open311Config};

use crate::test_tls;
use test_tls::{acceptor, tls_file};

/// Serves `app` over TLS on 127.0.0.1 (a free port).
async fn serve_tls(app: Router) -> SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let acceptor = acceptor();
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                continue;
            };
            let acceptor = acceptor.clone();
            let app = app.clone();
            tokio::spawn(async move {
                // A client that does not trust us ends the handshake.
                let Ok(tls) = acceptor.accept(stream).await else {
                    return;
                };
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(TokioIo::new(tls), TowerToHyperService::new(app))
                    .await;
            });
        }
    });
    addr
}

const CAP: &str = include_str!("../data/feeds/cap-multilang.xml");

/// The central API, plus `/georeport/v2/requests.json` and `/cap.xml`.
async fn server(dir: &Path) -> SocketAddr {
    let central = Central::open(
        common::central_config(),
        &dir.join("central.sqlite3"),
        common::clock(),
    )
    .unwrap();
    let extra = Router::new()
        .route(
            "/georeport/v2/requests.json",
            post(|| async { axum::Json(serde_json::json!([{ "service_request_id": "4711" }])) }),
        )
        .route(
            "/cap.xml",
            get(|| async { ([("content-type", "application/cap+xml")], CAP) }),
        );
    serve_tls(central::router(central).merge(extra)).await
}

fn api_config(ca_file: Option<PathBuf>) -> ApiConfig {
    ApiConfig {
        max_retries: 0,
        connect_timeout_ms: 2_000,
        request_timeout_ms: 5_000,
        ca_file,
        ..ApiConfig::default()
    }
}

#[tokio::test]
async fn the_municipalitys_ca_is_trusted_for_the_api_open311_and_feeds_and_nothing_else_is() {
    let dir = tempfile::tempdir().unwrap();
    let addr = server(dir.path()).await;
    let ca = tls_file("ca.pem");

    // The central API, by IP address and by name.
    for base in [
        format!("https://127.0.0.1:{}", addr.port()),
        format!("https://localhost:{}", addr.port()),
    ] {
        let trusted = ApiClient::new(&base, common::TOKEN, &api_config(Some(ca.clone()))).unwrap();
        assert_eq!(trusted.health().await.unwrap().status, "ok", "{base}");
        assert!(!trusted.offices().await.unwrap().is_empty());
        // Without the CA file: the handshake fails (unknown issuer).
        let untrusted = ApiClient::new(&base, common::TOKEN, &api_config(None)).unwrap();
        let err = untrusted.health().await.unwrap_err();
        assert!(matches!(err, ClientError::Network(_)), "{err:?}");
        assert_eq!(err.class(), ErrorClass::Network);
    }

    // Open311 over the same CA.
    let open311 = |ca_file: Option<PathBuf>| Open311Config {
        endpoint: format!("https://localhost:{}/georeport/v2", addr.port()),
        api_key_file: None,
        jurisdiction_id: None,
        default_service_code: "synpunkt".into(),
        service_codes: Default::default(),
        address_string: None,
        timeout_ms: 5_000,
        ca_file,
    };
    let request = SynpunktRequest {
        kind: SynpunktKind::Praise,
        service_area: "medborgarcenter".into(),
        topics: vec![SynpunktTopic::Competence],
        message: "Tack!".into(),
        contact: None,
        language: Language::Sv,
        kiosk_id: "tumba-1".into(),
        submitted_at: common::now(),
        local_reference: "BK-TLS001".into(),
    };
    let created = Open311Client::new(&open311(Some(ca.clone())), "key")
        .unwrap()
        .create(&request)
        .await
        .unwrap();
    assert_eq!(created.reference(), "4711");
    let refused = Open311Client::new(&open311(None), "key")
        .unwrap()
        .create(&request)
        .await
        .unwrap_err();
    assert_eq!(refused.class(), ErrorClass::Network, "{refused:?}");

    // A CAP crisis feed over https with the same CA.
    let feeds = |ca_file: Option<PathBuf>| {
        let config = FeedsConfig {
            cap_urls: vec![format!("https://localhost:{}/cap.xml", addr.port())],
            krisinformation_url: String::new(),
            vma_url: String::new(),
            ca_file,
            ..FeedsConfig::default()
        };
        config.validate().unwrap();
        config
    };
    let feeds_dir = tempfile::tempdir().unwrap();
    let trusted = Feeds::new(feeds(Some(ca.clone())), feeds_dir.path(), common::clock());
    let snapshot = trusted.refresh_all().await;
    assert_eq!(
        snapshot.sources[0].last_error, None,
        "{:?}",
        snapshot.sources
    );
    assert!(!snapshot.crisis.is_empty());
    let other_dir = tempfile::tempdir().unwrap();
    let untrusted = Feeds::new(feeds(None), other_dir.path(), common::clock());
    let snapshot = untrusted.refresh_all().await;
    assert!(snapshot.sources[0].last_error.is_some());
    assert!(snapshot.crisis.is_empty());
}

/// The config hands the one CA file to every client; `check-config`
/// refuses a file that is not PEM certificates.
#[test]
fn the_ca_file_comes_from_the_kiosk_config() {
    let ca = tls_file("ca.pem");
    let text = format!(
        "[tls]\nca_file = {ca:?}\n[api]\nbase_url = \"https://localhost:9\"\n\
         [feeds]\ncap_urls = [\"https://localhost:9/cap.xml\"]\n"
    );
    let config = Config::parse(&text, Path::new("kiosk.toml")).unwrap();
    assert_eq!(config.api.ca_file.as_deref(), Some(ca.as_path()));
    assert_eq!(
        config.feeds.as_ref().unwrap().ca_file.as_deref(),
        Some(ca.as_path())
    );
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("kiosk.toml");
    std::fs::write(
        &bad,
        format!("[tls]\nca_file = {:?}\n", tls_file("README.md")),
    )
    .unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_medborgarkiosk"))
        .arg("check-config")
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("tls.ca_file"),
        "{out:?}"
    );
}

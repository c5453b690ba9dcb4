//! `GET /v1/health`: no token needed.

use axum::http::StatusCode;
use axum::response::Response;

use crate::central::http::json_response;
use crate::contract::{API_VERSION, Health};

pub(super) async fn health() -> Response {
    json_response(
        StatusCode::OK,
        &Health {
            status: "ok".to_owned(),
            version: format!(
                "{API_VERSION} ({} {})",
                env!("CARGO_PKG_NAME"),
                env!("CARGO_PKG_VERSION")
            ),
        },
    )
}

//! `GET /v1/kiosks` (the last status of every kiosk) and
//! `PUT /v1/kiosks/{kiosk_id}/status` (a kiosk's heartbeat).

use axum::body::Body;
use axum::extract::{Path as UrlPath, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;

use crate::central::http::{
    admit, bound_to_kiosk, db_failed, internal, json_response, parse_json, read_body,
};
use crate::central::validate::Check;
use crate::central::{Central, RouteId};
use crate::contract::{KioskList, KioskStatus, KioskStatusRecord};

pub(super) async fn kiosks(State(central): State<Central>, headers: HeaderMap) -> Response {
    if let Err(r) = admit(&central, &headers, RouteId::Kiosks) {
        return r;
    }
    let c = central.clone();
    let result = tokio::task::spawn_blocking(move || c.store().kiosk_statuses()).await;
    match result {
        Ok(Ok(kiosks)) => json_response(StatusCode::OK, &KioskList { kiosks }),
        Ok(Err(e)) => db_failed(e),
        Err(_) => internal(),
    }
}

pub(super) async fn put_kiosk_status(
    State(central): State<Central>,
    UrlPath(kiosk_id): UrlPath<String>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let caller = match admit(&central, &headers, RouteId::KioskStatus) {
        Ok(caller) => caller,
        Err(r) => return r,
    };
    let bytes = match read_body(&headers, body).await {
        Ok(b) => b,
        Err(r) => return r,
    };
    let status = match parse_json::<KioskStatus>(&bytes) {
        Ok(s) => s,
        Err(r) => return r,
    };
    let mut check = Check::default();
    check.ident("kiosk_id", &kiosk_id);
    check.text("version", &status.version, 64, true, false);
    if let Some(v) = &status.content_version {
        check.text("content_version", v, 128, false, false);
    }
    if status.feeds.len() > 32 {
        check.push("feeds", "too_long", "at most 32 feeds");
    }
    for (i, feed) in status.feeds.iter().enumerate() {
        check.text(
            &format!("feeds[{i}].source"),
            &feed.source,
            512,
            true,
            false,
        );
        if let Some(class) = &feed.last_error_class {
            check.text(
                &format!("feeds[{i}].last_error_class"),
                class,
                32,
                true,
                false,
            );
        }
    }
    if let Some(clock) = &status.clock
        && clock
            .skew_seconds
            .is_some_and(|s| s.unsigned_abs() > 10 * 365 * 24 * 3600)
    {
        check.push("clock.skew_seconds", "invalid", "more than ten years");
    }
    if status.error_classes.len() > 16 {
        check.push("error_classes", "too_long", "at most 16 entries");
    }
    for (part, class) in &status.error_classes {
        check.text("error_classes", part, 32, true, false);
        check.text("error_classes", class, 32, true, false);
    }
    if let Err(r) = check.finish() {
        return r;
    }
    // A kiosk (or wall display) writes its own heartbeat only.
    if let Err(r) = bound_to_kiosk(&caller, &kiosk_id) {
        return r;
    }
    let c = central.clone();
    let result = tokio::task::spawn_blocking(move || -> rusqlite::Result<KioskStatusRecord> {
        let record = KioskStatusRecord {
            kiosk_id,
            received_at: c.now(),
            status,
        };
        c.store().put_kiosk_status(&record)?;
        Ok(record)
    })
    .await;
    match result {
        Ok(Ok(record)) => json_response(StatusCode::OK, &record),
        Ok(Err(e)) => db_failed(e),
        Err(_) => internal(),
    }
}

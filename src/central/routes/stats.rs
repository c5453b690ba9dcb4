//! Anonymous service statistics (issue 22):
//! `PUT /v1/kiosks/{kiosk_id}/stats/{hour}` (what a kiosk counted in an
//! hour), `POST /v1/synpunkter/{reference}/status` (the contact centre's
//! answer) and `GET /v1/reports` (the report, JSON or CSV).

use std::collections::BTreeMap;

use axum::body::Body;
use axum::extract::{Path as UrlPath, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;

use crate::central::http::{
    Post, admit, bound_to_kiosk, db_failed, field_error, idempotent, internal, json_response,
    parse_json, post_prelude, problem, read_body, unknown_office, unprocessable,
};
use crate::central::report::{ReportError, to_csv};
use crate::central::store;
use crate::central::validate::Check;
use crate::central::{Central, RouteId};
use crate::contract::stats::{
    HourCounts, MAX_COUNT_NAMES, SynpunktStatus, SynpunktStatusRequest, hour_segment,
    is_count_name, parse_hour_segment,
};

pub(super) async fn put_stats(
    State(central): State<Central>,
    UrlPath((kiosk_id, hour)): UrlPath<(String, String)>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let caller = match admit(&central, &headers, RouteId::KioskStats) {
        Ok(caller) => caller,
        Err(r) => return r,
    };
    let bytes = match read_body(&headers, body).await {
        Ok(b) => b,
        Err(r) => return r,
    };
    let counts = match parse_json::<HourCounts>(&bytes) {
        Ok(c) => c,
        Err(r) => return r,
    };
    let mut check = Check::default();
    check.ident("kiosk_id", &kiosk_id);
    let start = parse_hour_segment(&hour);
    match start {
        None => check.push(
            "hour",
            "invalid",
            "the hour's start in UTC as YYYY-MM-DDTHH",
        ),
        Some(start) => check.not_future(
            "hour",
            start,
            central.now(),
            central.config().limits.max_clock_skew_hours,
        ),
    }
    if central.config().office(&counts.office).is_none() {
        check.push(
            "office",
            "unknown_office",
            format!("no office {:?}", counts.office),
        );
    }
    if counts.counts.len() > MAX_COUNT_NAMES {
        check.push(
            "counts",
            "too_long",
            format!("at most {MAX_COUNT_NAMES} names"),
        );
    }
    // A name that is not a fixed name could be anything a visitor typed:
    // it is refused, and neither logged nor echoed.
    for (i, name) in counts.counts.keys().enumerate() {
        if !is_count_name(name) {
            check.push(
                &format!("counts[{i}]"),
                "invalid_name",
                "a count name: 1-120 of a-z 0-9 . _ : - with at least one '.'",
            );
        }
    }
    if let Err(r) = check.finish() {
        return r;
    }
    if let Err(r) = bound_to_kiosk(&caller, &kiosk_id) {
        return r;
    }
    let Some(start) = start else {
        return internal();
    };
    let c = central.clone();
    let result = tokio::task::spawn_blocking(move || -> rusqlite::Result<()> {
        let json = serde_json::to_string(&counts.counts).unwrap_or_default();
        c.store().put_stats(
            &kiosk_id,
            &hour_segment(start),
            &counts.office,
            &json,
            c.now(),
        )
    })
    .await;
    match result {
        Ok(Ok(())) => StatusCode::NO_CONTENT.into_response(),
        Ok(Err(e)) => db_failed(e),
        Err(_) => internal(),
    }
}

pub(super) async fn synpunkt_status(
    State(central): State<Central>,
    UrlPath(reference): UrlPath<String>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let route = format!("POST /v1/synpunkter/{reference}/status");
    let Post {
        key,
        hash,
        body: req,
        ..
    } = match post_prelude::<SynpunktStatusRequest>(
        &central,
        RouteId::SynpunktStatus,
        &route,
        &headers,
        body,
    )
    .await
    {
        Ok(v) => v,
        Err(r) => return r,
    };
    let mut check = Check::default();
    check.ident("reference", &reference);
    check.not_future(
        "at",
        req.at,
        central.now(),
        central.config().limits.max_clock_skew_hours,
    );
    if let Err(r) = check.finish() {
        return r;
    }
    idempotent(&central, key, hash, move |tx, _c, _now| {
        let answered = req.status == SynpunktStatus::Answered;
        if !store::set_synpunkt_status(tx, &reference, answered, req.at).map_err(db_failed)? {
            return Err(problem(
                StatusCode::NOT_FOUND,
                "unknown-synpunkt",
                "Unknown synpunkt",
                Some(format!("no synpunkt {reference:?}")),
                vec![field_error(
                    "reference",
                    "unknown_synpunkt",
                    "no such reference",
                )],
            ));
        }
        tracing::info!(reference = %reference, status = ?req.status, "synpunkt status recorded");
        Ok((StatusCode::NO_CONTENT, String::new()))
    })
    .await
}

pub(super) async fn report(
    State(central): State<Central>,
    Query(query): Query<BTreeMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    if let Err(r) = admit(&central, &headers, RouteId::Reports) {
        return r;
    }
    let mut check = Check::default();
    let office = query.get("office").cloned().unwrap_or_default();
    check.ident("office", &office);
    let mut date = |field: &str| -> Option<NaiveDate> {
        let parsed = query.get(field).and_then(|d| d.parse::<NaiveDate>().ok());
        if parsed.is_none() {
            check.push(field, "invalid", "a date, YYYY-MM-DD");
        }
        parsed
    };
    let (from, to) = (date("from"), date("to"));
    let csv = match query.get("format").map(String::as_str) {
        None => headers
            .get(header::ACCEPT)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.contains("text/csv")),
        Some("csv") => true,
        Some("json") => false,
        Some(_) => {
            check.push("format", "invalid", "json or csv");
            false
        }
    };
    if let Err(r) = check.finish() {
        return r;
    }
    let (Some(from), Some(to)) = (from, to) else {
        return internal();
    };
    let c = central.clone();
    let office_id = office.clone();
    let result = tokio::task::spawn_blocking(move || c.report(&office_id, from, to)).await;
    match result {
        Ok(Ok(report)) if csv => (
            StatusCode::OK,
            [(header::CONTENT_TYPE, "text/csv; charset=utf-8")],
            to_csv(&report),
        )
            .into_response(),
        Ok(Ok(report)) => json_response(StatusCode::OK, &report),
        Ok(Err(ReportError::UnknownOffice(_))) => unknown_office(&office),
        Ok(Err(e @ (ReportError::Backwards { .. } | ReportError::TooLong))) => {
            unprocessable(vec![field_error("to", "invalid_period", e.to_string())])
        }
        Ok(Err(ReportError::Database(e))) => db_failed(e),
        Ok(Err(ReportError::NoDatabase(_))) | Err(_) => internal(),
    }
}

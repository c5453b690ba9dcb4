//! `GET /v1/offices`, `GET /v1/offices/{office}/services` (with queue
//! lengths and wait estimates) and `GET /v1/offices/{office}/now-serving`.

use axum::extract::{Path as UrlPath, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;

use crate::calendar::stockholm_date;
use crate::central::http::{admit, db_failed, internal, json_response, unknown_office};
use crate::central::wait::{active_counters, service_minutes, wait_minutes};
use crate::central::{Central, RouteId, store};
use crate::contract::{NowServing, Office, OfficeList, Service, ServiceList};

pub(super) async fn offices(State(central): State<Central>, headers: HeaderMap) -> Response {
    if let Err(r) = admit(&central, &headers, RouteId::Offices) {
        return r;
    }
    let offices = central
        .config()
        .offices
        .iter()
        .map(|o| Office {
            id: o.id.clone(),
            name: o.name.clone(),
            area: o.area.clone(),
        })
        .collect();
    json_response(StatusCode::OK, &OfficeList { offices })
}

pub(super) async fn services(
    State(central): State<Central>,
    UrlPath(office): UrlPath<String>,
    headers: HeaderMap,
) -> Response {
    if let Err(r) = admit(&central, &headers, RouteId::Services) {
        return r;
    }
    if central.config().office(&office).is_none() {
        return unknown_office(&office);
    }
    let c = central.clone();
    let result = tokio::task::spawn_blocking(move || -> Result<Response, Response> {
        let Some(office_config) = c.config().office(&office) else {
            return Err(unknown_office(&office));
        };
        let now = c.now();
        let day = stockholm_date(now).to_string();
        let default_minutes = c.config().default_service_minutes;
        let mut conn = c.store().lock();
        let tx = conn.transaction().map_err(db_failed)?;
        let mut services = Vec::new();
        for s in &office_config.services {
            let waiting = store::waiting_count(&tx, &office, &s.id, &day).map_err(db_failed)?;
            let minutes =
                service_minutes(&tx, default_minutes, &office, &s.id).map_err(db_failed)?;
            let counters = active_counters(&tx, &office, &s.id, now).map_err(db_failed)?;
            let (open_now, next_opening) = c.config().opening(s, now);
            services.push(Service {
                id: s.id.clone(),
                prefix: s.prefix.clone(),
                names: s.names.clone(),
                rosa_level: s.rosa_level,
                open_now,
                next_opening,
                waiting,
                estimated_wait_minutes: if waiting == 0 {
                    0
                } else {
                    wait_minutes(waiting + 1, minutes, counters)
                },
            });
        }
        Ok(json_response(
            StatusCode::OK,
            &ServiceList { office, services },
        ))
    })
    .await;
    match result {
        Ok(Ok(r)) | Ok(Err(r)) => r,
        Err(_) => internal(),
    }
}

pub(super) async fn now_serving(
    State(central): State<Central>,
    UrlPath(office): UrlPath<String>,
    headers: HeaderMap,
) -> Response {
    if let Err(r) = admit(&central, &headers, RouteId::NowServing) {
        return r;
    }
    if central.config().office(&office).is_none() {
        return unknown_office(&office);
    }
    let c = central.clone();
    let result = tokio::task::spawn_blocking(move || -> rusqlite::Result<NowServing> {
        let day = stockholm_date(c.now()).to_string();
        let entries = c
            .store()
            .now_serving(&office, &day, c.config().now_serving_count)?;
        Ok(NowServing { office, entries })
    })
    .await;
    match result {
        Ok(Ok(list)) => json_response(StatusCode::OK, &list),
        Ok(Err(e)) => db_failed(e),
        Err(_) => internal(),
    }
}

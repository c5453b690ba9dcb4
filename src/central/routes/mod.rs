//! The handlers, one module per group of routes, and the router built
//! from [`ROUTES`](super::ROUTES).

mod health;
mod kiosks;
mod offices;
mod stats;
mod synpunkter;
mod tickets;

use std::time::Duration;

use axum::Router;
use axum::http::StatusCode;
use axum::routing::{MethodRouter, get, post, put};
use tower_http::timeout::TimeoutLayer;

use super::http::{problem, problem_json, stamp_date};
use super::{Central, ROUTES, RouteId};

/// The axum router of the contract: every request read and answered
/// within `[limits] request_timeout_secs` (tower-http's time-out, 408),
/// every error answer problem+json (axum's own 405 too), and every answer
/// dated by the server's clock (`Date`, which kiosks measure their skew
/// against; hyper would otherwise read the machine's clock).
pub fn router(central: Central) -> Router {
    let timeout = Duration::from_secs(central.config().limits.request_timeout_secs.max(1));
    let mut router = Router::new();
    for &(id, _method, path) in ROUTES {
        let handler: MethodRouter<Central> = match id {
            RouteId::Health => get(health::health),
            RouteId::Offices => get(offices::offices),
            RouteId::Services => get(offices::services),
            RouteId::NowServing => get(offices::now_serving),
            RouteId::CallNext => post(tickets::call_next),
            RouteId::Tickets => post(tickets::create_ticket),
            RouteId::Synpunkter => post(synpunkter::create_synpunkt),
            RouteId::Kiosks => get(kiosks::kiosks),
            RouteId::KioskStatus => put(kiosks::put_kiosk_status),
            RouteId::KioskStats => put(stats::put_stats),
            RouteId::SynpunktStatus => post(stats::synpunkt_status),
            RouteId::Reports => get(stats::report),
        };
        router = router.route(path, handler);
    }
    router
        .merge(super::pages::router())
        .fallback(|| async {
            problem(
                StatusCode::NOT_FOUND,
                "not-found",
                "No such route",
                None,
                Vec::new(),
            )
        })
        .with_state(central.clone())
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            timeout,
        ))
        .layer(axum::middleware::map_response(problem_json))
        .layer(axum::middleware::map_response_with_state(
            central, stamp_date,
        ))
}

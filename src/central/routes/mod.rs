//! The handlers, one module per group of routes, and the router built
//! from [`ROUTES`](super::ROUTES).

mod health;
mod kiosks;
mod offices;
mod synpunkter;
mod tickets;

use axum::Router;
use axum::http::StatusCode;
use axum::routing::{MethodRouter, get, post, put};

use super::http::problem;
use super::{Central, ROUTES, RouteId};

/// The axum router of the contract.
pub fn router(central: Central) -> Router {
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
        };
        router = router.route(path, handler);
    }
    router
        .fallback(|| async {
            problem(
                StatusCode::NOT_FOUND,
                "not-found",
                "No such route",
                None,
                Vec::new(),
            )
        })
        .with_state(central)
}

//! The web pages of the reference server (issue 21), beside the JSON API:
//! the counter page where staff call the next visitor (`/counter`), and the
//! queue on the visitor's phone (`/f/{token}`). Server-rendered with
//! askama (templates in `resources/central/templates/`), working without
//! JavaScript: forms post, the server answers with a redirect (303), pages
//! refresh themselves with `<meta http-equiv="refresh">`.
//!
//! Every text comes from Fluent, like the kiosk's. The pages send no
//! script and load nothing from elsewhere (a strict Content-Security-Policy
//! says so to the browser); the fonts are the kiosk's bundled Noto fonts.

mod counter;
mod follow;
mod session;

use axum::Router;
use axum::extract::Path as UrlPath;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};

use super::Central;
use crate::i18n::{Direction, Language};

pub(super) use session::Sessions;

/// The pages' routes (merged into the API's router).
pub(super) fn router() -> Router<Central> {
    Router::new()
        .route("/counter", get(counter::page))
        .route("/counter/sign-in", post(counter::sign_in))
        .route("/counter/sign-out", post(counter::sign_out))
        .route("/counter/services", post(counter::services))
        .route("/counter/act", post(counter::act))
        .route("/f/{token}", get(follow::page))
        .route("/assets/fonts/{name}", get(font))
}

/// The bundled font `name` (the pages' `@font-face`s).
async fn font(UrlPath(name): UrlPath<String>) -> Response {
    match crate::fonts::by_name(&name) {
        Some(bytes) => (
            [
                (header::CONTENT_TYPE, HeaderValue::from_static("font/ttf")),
                (
                    header::CACHE_CONTROL,
                    HeaderValue::from_static("public, max-age=86400"),
                ),
            ],
            bytes,
        )
            .into_response(),
        None => html(StatusCode::NOT_FOUND, String::new()),
    }
}

/// An HTML answer that is never cached, never framed and runs no script.
fn html(status: StatusCode, body: String) -> Response {
    let mut response = (status, body).into_response();
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/html; charset=utf-8"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; style-src 'unsafe-inline'; font-src 'self'; \
             form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        ),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    response
}

/// A rendered template, or a plain 500 page if it cannot be (never a
/// stack trace).
fn render(status: StatusCode, page: &impl askama::Template) -> Response {
    match page.render() {
        Ok(body) => html(status, body),
        Err(e) => {
            tracing::error!(error = %e, "page could not be rendered");
            html(
                StatusCode::INTERNAL_SERVER_ERROR,
                "<!DOCTYPE html><title>500</title><p>Error / Fel</p>".into(),
            )
        }
    }
}

/// A redirect after a form (303: the browser fetches the page with GET).
fn see_other(location: &str) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let Ok(value) = HeaderValue::from_str(location) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}

/// `lang` and `dir` of a page in `language`.
fn lang_dir(language: Language) -> (&'static str, &'static str) {
    let dir = match language.direction() {
        Direction::RightToLeft => "rtl",
        Direction::LeftToRight => "ltr",
    };
    (language.code(), dir)
}

//! `/f/{token}`: the queue on the visitor's phone, in the language the
//! visitor chose at the kiosk (right to left for Arabic and Persian): the
//! number, the service, how many are ahead, the estimated wait, and when
//! called, in large type, "It's your turn — go to desk 3". It refreshes by
//! itself every 15 seconds, without JavaScript. No personal data: a ticket
//! has none. An unknown or expired token gets a plain page in Swedish and
//! English.

use askama::Template;
use axum::extract::{Path as UrlPath, State};
use axum::http::StatusCode;
use axum::response::Response;

use super::{lang_dir, render};
use crate::central::wait::{active_counters, service_minutes, wait_minutes};
use crate::central::{Central, store};
use crate::i18n::Language;
use crate::t;

/// How often the page refreshes itself (seconds).
pub const REFRESH_SECONDS: u32 = 15;

#[derive(Template)]
#[template(path = "follow.html")]
struct FollowPage {
    lang: &'static str,
    dir: &'static str,
    page_title: String,
    refresh_seconds: u32,
    number_label: String,
    number: String,
    service: String,
    /// "It's your turn", "Go to desk 3" when called.
    turn: Option<(String, String)>,
    lines: Vec<String>,
    refresh_note: String,
}

#[derive(Template)]
#[template(path = "gone.html")]
struct GonePage {
    lang: &'static str,
    dir: &'static str,
    page_title: String,
    refresh_seconds: u32,
    /// (language code, title, text) in Swedish and English.
    parts: Vec<(&'static str, String, String)>,
}

fn gone() -> Response {
    let part = |l: Language| {
        (
            l.code(),
            t!(l, "follow-gone-title"),
            t!(l, "follow-gone-text"),
        )
    };
    render(
        StatusCode::NOT_FOUND,
        &GonePage {
            lang: "sv",
            dir: "ltr",
            page_title: t!(Language::Sv, "follow-gone-title"),
            refresh_seconds: 0,
            parts: vec![part(Language::Sv), part(Language::En)],
        },
    )
}

/// `GET /f/{token}`.
pub(super) async fn page(
    State(central): State<Central>,
    UrlPath(token): UrlPath<String>,
) -> Response {
    // 32 hex digits, or it is not one of ours (no database lookup).
    if token.len() != 32 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        return gone();
    }
    let c = central.clone();
    let built = tokio::task::spawn_blocking(move || follow_page(&c, &token)).await;
    match built {
        Ok(Ok(Some(page))) => render(StatusCode::OK, &page),
        Ok(Ok(None)) => gone(),
        Ok(Err(e)) => {
            tracing::error!(error = %e, "follow page: database");
            super::html(StatusCode::SERVICE_UNAVAILABLE, String::new())
        }
        Err(_) => super::html(StatusCode::INTERNAL_SERVER_ERROR, String::new()),
    }
}

fn follow_page(central: &Central, token: &str) -> rusqlite::Result<Option<FollowPage>> {
    let now = central.now();
    let mut conn = central.store().lock();
    let tx = conn.transaction()?;
    let Some(ticket) = store::ticket_by_follow_token(&tx, token)? else {
        return Ok(None);
    };
    if ticket
        .follow_until_ms
        .is_none_or(|until| now.timestamp_millis() >= until)
    {
        return Ok(None);
    }
    let l: Language = ticket.language.parse().unwrap_or(Language::Sv);
    let service = central
        .config()
        .office(&ticket.office)
        .and_then(|o| o.service(&ticket.service_id))
        .map_or_else(|| ticket.service_id.clone(), |s| s.name(l));
    let mut turn = None;
    let mut lines = Vec::new();
    let mut refresh_seconds = REFRESH_SECONDS;
    match (
        &ticket.finished_at_ms,
        &ticket.called_at_ms,
        &ticket.counter,
    ) {
        (Some(_), _, _) => {
            refresh_seconds = 0;
            lines.push(if ticket.outcome.as_deref() == Some("no_show") {
                t!(l, "follow-no-show")
            } else {
                t!(l, "follow-finished")
            });
        }
        (None, Some(_), Some(counter)) => {
            turn = Some((
                t!(l, "follow-your-turn"),
                t!(l, "follow-go-to", counter = counter.clone()),
            ));
        }
        _ => {
            let ahead = store::ahead_of(&tx, &ticket)?;
            let default = central.config().default_service_minutes;
            let minutes = service_minutes(&tx, default, &ticket.office, &ticket.service_id)?;
            let counters = active_counters(&tx, &ticket.office, &ticket.service_id, now)?;
            lines.push(t!(l, "follow-ahead", count = ahead));
            lines.push(crate::queue::wait_text(
                wait_minutes(ahead + 1, minutes, counters),
                l,
            ));
        }
    }
    let (lang, dir) = lang_dir(l);
    Ok(Some(FollowPage {
        lang,
        dir,
        page_title: t!(l, "follow-page-title"),
        refresh_seconds,
        number_label: t!(l, "follow-number"),
        number: ticket.number,
        service,
        turn,
        lines,
        refresh_note: t!(l, "follow-refresh"),
    }))
}

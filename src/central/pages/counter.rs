//! `/counter`: the page staff use at the desk. Sign in with the counter's
//! token, choose which services the counter takes, see who waits for each
//! (number, waiting time, language, interpreter and accessibility needs,
//! what the ticket is about — tickets carry no names), and call next (the
//! longest-waiting ticket of the counter's services, exactly as the API's
//! call-next), call again, done, no-show, or send the visitor to another
//! service (the ticket keeps its issue time). Each action is recorded with
//! its time (`ticket_events`), for waiting and handling times.
//!
//! Every action form carries the ticket it was shown for: a form posted
//! twice, or from a page that is out of date, does nothing and says so.

use askama::Template;
use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::Response;
use chrono::{DateTime, TimeZone, Utc};
use chrono_tz::Europe::Stockholm;
use serde::Deserialize;

use super::session::{self, Session};
use super::{lang_dir, render, see_other};
use crate::central::config::Role;
use crate::central::{Central, store};
use crate::contract::TicketNeeds;
use crate::i18n::Language;
use crate::t;

/// The languages of the counter page.
const LANGUAGES: [Language; 2] = [Language::Sv, Language::En];

/// A one-time message shown after a redirect.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flash {
    Stale,
    NobodyToCall,
    ChooseServices,
}

/// The page's labels in its language.
struct Labels {
    other_language: String,
    sign_in_title: String,
    sign_in_text: String,
    token_label: String,
    sign_in: String,
    sign_out: String,
    skip: String,
    current: String,
    none_current: String,
    call_next: String,
    transfer: String,
    transfer_button: String,
    services: String,
    services_save: String,
    nobody_waiting: String,
    col_number: String,
    col_waited: String,
    col_language: String,
    col_needs: String,
    col_topic: String,
}

impl Labels {
    fn new(l: Language) -> Labels {
        Labels {
            other_language: t!(l, "counter-other-language"),
            sign_in_title: t!(l, "counter-sign-in-title"),
            sign_in_text: t!(l, "counter-sign-in-text"),
            token_label: t!(l, "counter-token-label"),
            sign_in: t!(l, "counter-sign-in"),
            sign_out: t!(l, "counter-sign-out"),
            skip: t!(l, "counter-skip"),
            current: t!(l, "counter-current"),
            none_current: t!(l, "counter-none-current"),
            call_next: t!(l, "counter-call-next"),
            transfer: t!(l, "counter-transfer"),
            transfer_button: t!(l, "counter-transfer-button"),
            services: t!(l, "counter-services"),
            services_save: t!(l, "counter-services-save"),
            nobody_waiting: t!(l, "counter-nobody-waiting"),
            col_number: t!(l, "counter-col-number"),
            col_waited: t!(l, "counter-col-waited"),
            col_language: t!(l, "counter-col-language"),
            col_needs: t!(l, "counter-col-needs"),
            col_topic: t!(l, "counter-col-topic"),
        }
    }
}

#[derive(Template)]
#[template(path = "sign_in.html")]
struct SignInPage {
    l: Labels,
    lang: &'static str,
    dir: &'static str,
    page_title: String,
    refresh_seconds: u32,
    other_lang: &'static str,
    error: Option<String>,
}

#[derive(Template)]
#[template(path = "counter.html")]
struct CounterPage {
    l: Labels,
    lang: &'static str,
    dir: &'static str,
    page_title: String,
    refresh_seconds: u32,
    other_lang: &'static str,
    heading: String,
    csrf: String,
    notice: Option<String>,
    current: Option<CurrentView>,
    /// The current ticket's id, 0 when none (the call-next form's guard).
    current_id: i64,
    transfer_targets: Vec<(String, String)>,
    services: Vec<ServiceView>,
}

struct CurrentView {
    id: i64,
    number: String,
    service: String,
    language: String,
    needs: Vec<String>,
    topic: Option<String>,
    issued: String,
    called: String,
    /// (action, label) of the buttons.
    actions: Vec<(&'static str, String)>,
}

struct ServiceView {
    id: String,
    name: String,
    heading: String,
    chosen: bool,
    waiting: Vec<WaitingView>,
}

struct WaitingView {
    number: String,
    waited: String,
    language: String,
    needs: String,
    topic: String,
}

#[derive(Deserialize)]
pub(super) struct LangQuery {
    lang: Option<String>,
}

fn page_language(code: Option<&str>) -> Language {
    code.and_then(|c| c.parse().ok())
        .filter(|l| LANGUAGES.contains(l))
        .unwrap_or(Language::Sv)
}

fn other(language: Language) -> &'static str {
    if language == Language::En { "sv" } else { "en" }
}

/// Whether the server is reached over https (the cookie is then Secure).
fn secure(central: &Central) -> bool {
    central
        .config()
        .public_base_url
        .as_deref()
        .is_some_and(|u| u.starts_with("https://"))
}

fn sign_in_page(language: Language, status: StatusCode, error: Option<String>) -> Response {
    let (lang, dir) = lang_dir(language);
    render(
        status,
        &SignInPage {
            l: Labels::new(language),
            lang,
            dir,
            page_title: t!(language, "counter-page-title"),
            refresh_seconds: 0,
            other_lang: other(language),
            error,
        },
    )
}

/// The form fields of a posted form, repeated names kept.
fn fields(body: &Bytes) -> Vec<(String, String)> {
    form_urlencoded::parse(body).into_owned().collect()
}

fn field<'a>(fields: &'a [(String, String)], name: &str) -> Option<&'a str> {
    fields
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// `GET /counter`: the counter page, or the sign-in form.
pub(super) async fn page(
    State(central): State<Central>,
    Query(query): Query<LangQuery>,
    headers: HeaderMap,
) -> Response {
    let now = central.now();
    let Some((id, session)) = central.sessions().of(&headers, now) else {
        return sign_in_page(page_language(query.lang.as_deref()), StatusCode::OK, None);
    };
    let mut session = session;
    if let Some(code) = query.lang.as_deref() {
        let language = page_language(Some(code));
        central.sessions().update(&id, |s| s.language = language);
        session.language = language;
    }
    let flash = central.sessions().take_flash(&id);
    let c = central.clone();
    let built = tokio::task::spawn_blocking(move || counter_page(&c, &session, flash, now)).await;
    match built {
        Ok(Ok(page)) => render(StatusCode::OK, &page),
        Ok(Err(e)) => {
            tracing::error!(error = %e, "counter page: database");
            super::html(StatusCode::SERVICE_UNAVAILABLE, String::new())
        }
        Err(_) => super::html(StatusCode::INTERNAL_SERVER_ERROR, String::new()),
    }
}

/// `POST /counter/sign-in`: the counter's token opens a session.
pub(super) async fn sign_in(State(central): State<Central>, body: Bytes) -> Response {
    let fields = fields(&body);
    let language = page_language(field(&fields, "lang"));
    let now = central.now();
    if !central.sessions().may_try(now) {
        tracing::warn!("counter sign-in: too many failures, waiting");
        let error = t!(language, "counter-sign-in-locked");
        return sign_in_page(language, StatusCode::TOO_MANY_REQUESTS, Some(error));
    }
    let token = field(&fields, "token").unwrap_or_default().trim();
    let caller = central
        .tokens()
        .find(token)
        .filter(|c| c.role == Role::Counter);
    let office = caller.as_ref().and_then(|c| match &c.office {
        Some(office) => central.config().office(office),
        // A counter token bound to no office: the one office there is.
        None => match central.config().offices.as_slice() {
            [only] => Some(only),
            _ => None,
        },
    });
    let (Some(caller), Some(office)) = (caller, office) else {
        central.sessions().failed(now);
        tracing::warn!("counter sign-in refused");
        let error = t!(language, "counter-sign-in-failed");
        return sign_in_page(language, StatusCode::UNAUTHORIZED, Some(error));
    };
    let expires = session::end_of_day(now);
    let id = central.sessions().create(Session {
        counter: caller.id.clone(),
        office: office.id.clone(),
        services: office.services.iter().map(|s| s.id.clone()).collect(),
        csrf: session::random_hex(),
        language,
        expires,
        flash: None,
    });
    tracing::info!(counter = %caller.id, office = %office.id, "counter signed in");
    let mut response = see_other("/counter");
    if let Ok(value) = HeaderValue::from_str(&session::set_cookie(&id, expires, secure(&central))) {
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
    response
}

/// The session of a posted form, when its CSRF token is the session's.
fn posted_session(
    central: &Central,
    headers: &HeaderMap,
    fields: &[(String, String)],
) -> Option<(String, Session)> {
    let (id, session) = central.sessions().of(headers, central.now())?;
    let csrf = field(fields, "csrf")?;
    let same = csrf.len() == session.csrf.len()
        && csrf
            .bytes()
            .zip(session.csrf.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0;
    same.then_some((id, session))
}

/// A form without a valid session or CSRF token: back to the page (which
/// asks to sign in when the session is gone).
fn refused() -> Response {
    tracing::warn!("counter form refused: no session or a wrong CSRF token");
    see_other("/counter")
}

/// `POST /counter/sign-out`.
pub(super) async fn sign_out(
    State(central): State<Central>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let fields = fields(&body);
    let Some((id, session)) = posted_session(&central, &headers, &fields) else {
        return refused();
    };
    central.sessions().remove(&id);
    tracing::info!(counter = %session.counter, "counter signed out");
    let mut response = see_other("/counter");
    if let Ok(value) = HeaderValue::from_str(&session::clear_cookie(secure(&central))) {
        response.headers_mut().insert(header::SET_COOKIE, value);
    }
    response
}

/// `POST /counter/services`: the services this counter takes.
pub(super) async fn services(
    State(central): State<Central>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let fields = fields(&body);
    let Some((id, session)) = posted_session(&central, &headers, &fields) else {
        return refused();
    };
    let Some(office) = central.config().office(&session.office) else {
        return refused();
    };
    // In the office's order, known services only.
    let chosen: Vec<String> = office
        .services
        .iter()
        .filter(|s| fields.iter().any(|(k, v)| k == "service" && *v == s.id))
        .map(|s| s.id.clone())
        .collect();
    central.sessions().update(&id, |s| {
        s.flash = chosen.is_empty().then_some(Flash::ChooseServices);
        s.services = chosen;
    });
    see_other("/counter")
}

/// `POST /counter/act`: call next, call again, done, no-show, transfer.
pub(super) async fn act(
    State(central): State<Central>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let fields = fields(&body);
    let Some((id, session)) = posted_session(&central, &headers, &fields) else {
        return refused();
    };
    let action = field(&fields, "action").unwrap_or_default().to_owned();
    let shown: i64 = field(&fields, "ticket")
        .and_then(|t| t.parse().ok())
        .unwrap_or(-1);
    let to = field(&fields, "to").map(str::to_owned);
    let c = central.clone();
    let now = central.now();
    let done =
        tokio::task::spawn_blocking(move || act_in_store(&c, &session, &action, shown, to, now))
            .await;
    match done {
        Ok(Ok(flash)) => {
            central.sessions().update(&id, |s| s.flash = flash);
            see_other("/counter")
        }
        Ok(Err(e)) => {
            tracing::error!(error = %e, "counter action: database");
            super::html(StatusCode::SERVICE_UNAVAILABLE, String::new())
        }
        Err(_) => super::html(StatusCode::INTERNAL_SERVER_ERROR, String::new()),
    }
}

/// Carries out an action in one transaction; `Some` flash when nothing
/// could be done.
fn act_in_store(
    central: &Central,
    session: &Session,
    action: &str,
    shown: i64,
    to: Option<String>,
    now: DateTime<Utc>,
) -> rusqlite::Result<Option<Flash>> {
    let Some(office) = central.config().office(&session.office) else {
        return Ok(Some(Flash::Stale));
    };
    let mut conn = central.store().lock();
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let now_ms = now.timestamp_millis();
    let counter = session.counter.as_str();
    let current = store::current_ticket(&tx, &office.id, counter)?;
    // The page the form came from must show what is true now.
    if current.as_ref().map_or(0, |t| t.id) != shown {
        return Ok(Some(Flash::Stale));
    }
    let flash = match (action, &current) {
        ("call-next", _) => {
            if session.services.is_empty() {
                return Ok(Some(Flash::ChooseServices));
            }
            store::finish_counter(&tx, &office.id, counter, now_ms)?;
            let day = crate::calendar::stockholm_date(now).to_string();
            match store::first_waiting(&tx, &office.id, &day, &session.services)? {
                Some(next) => {
                    store::mark_called(&tx, next.id, now_ms, counter)?;
                    tracing::info!(ticket = %next.number, counter, "ticket called at the counter page");
                    None
                }
                None => Some(Flash::NobodyToCall),
            }
        }
        ("recall", Some(t)) => {
            store::recall(&tx, t.id, now_ms, counter)?;
            tracing::info!(ticket = %t.number, counter, "ticket called again");
            None
        }
        ("done", Some(t)) => {
            store::finish(&tx, t.id, now_ms, counter, "done")?;
            None
        }
        ("no-show", Some(t)) => {
            store::finish(&tx, t.id, now_ms, counter, "no_show")?;
            tracing::info!(ticket = %t.number, counter, "no-show");
            None
        }
        ("transfer", Some(t)) => match to.as_deref().and_then(|id| office.service(id)) {
            Some(service) if service.id != t.service_id => {
                store::transfer(&tx, t.id, now_ms, counter, &service.id)?;
                tracing::info!(ticket = %t.number, to = %service.id, "ticket sent to another service");
                None
            }
            _ => Some(Flash::Stale),
        },
        _ => Some(Flash::Stale),
    };
    tx.commit()?;
    Ok(flash)
}

fn local_time(ms: i64) -> String {
    Utc.timestamp_millis_opt(ms)
        .single()
        .map(|t| t.with_timezone(&Stockholm).format("%H:%M").to_string())
        .unwrap_or_default()
}

fn language_name(code: &str) -> String {
    code.parse::<Language>()
        .map_or_else(|_| code.to_owned(), Language::native_name)
}

/// The needs of a ticket as the desk reads them.
fn needs_text(needs_json: &str, language: Language) -> Vec<String> {
    let needs: TicketNeeds = serde_json::from_str(needs_json).unwrap_or_default();
    let mut out = Vec::new();
    if let Some(code) = &needs.interpreter_language {
        out.push(t!(
            language,
            "counter-interpreter",
            language = language_name(code)
        ));
    }
    for need in needs.accessibility {
        out.push(crate::queue::need_text(need, language));
    }
    out
}

/// What a ticket is about, as the desk reads it: the guide's or tool's
/// Swedish title from the bundled content, else the id.
fn topic_text(topic: Option<&str>) -> Option<String> {
    use crate::contract::Topic;
    let topic = topic?;
    let catalog = bundled_catalog();
    let title = match topic.parse::<Topic>() {
        Ok(Topic::Guide(id)) => catalog.and_then(|c| {
            c.guide_text(&id, Language::Sv)
                .map(|t| t.value.title.clone())
        }),
        Ok(Topic::Tool(id)) => catalog.and_then(|c| {
            c.tool_text(&id, Language::Sv)
                .map(|t| t.value.title.clone())
        }),
        Err(()) => None,
    };
    Some(title.unwrap_or_else(|| topic.to_owned()))
}

fn bundled_catalog() -> Option<&'static crate::content::Catalog> {
    static CATALOG: std::sync::OnceLock<Option<crate::content::Catalog>> =
        std::sync::OnceLock::new();
    CATALOG
        .get_or_init(|| crate::content::Catalog::bundled().ok())
        .as_ref()
}

fn counter_page(
    central: &Central,
    session: &Session,
    flash: Option<Flash>,
    now: DateTime<Utc>,
) -> rusqlite::Result<CounterPage> {
    let l = session.language;
    let office = central.config().office(&session.office);
    let office_name = office.map_or(session.office.clone(), |o| o.name.clone());
    let service_name = |id: &str| {
        office
            .and_then(|o| o.service(id))
            .map_or_else(|| id.to_owned(), |s| s.name(l))
    };
    let mut conn = central.store().lock();
    let tx = conn.transaction()?;
    let day = crate::calendar::stockholm_date(now).to_string();
    let current = store::current_ticket(&tx, &session.office, &session.counter)?;
    let mut services = Vec::new();
    for s in office.map(|o| o.services.as_slice()).unwrap_or_default() {
        let waiting = store::waiting_tickets(&tx, &session.office, &day, &s.id)?
            .into_iter()
            .map(|w| WaitingView {
                waited: t!(
                    l,
                    "counter-minutes",
                    minutes = ((now.timestamp_millis() - w.issued_at_ms).max(0) / 60_000)
                ),
                language: language_name(&w.language),
                needs: needs_text(&w.needs, l).join(", "),
                topic: topic_text(w.topic.as_deref()).unwrap_or_default(),
                number: w.number,
            })
            .collect();
        let name = service_name(&s.id);
        services.push(ServiceView {
            id: s.id.clone(),
            heading: t!(l, "counter-waiting", service = name.clone()),
            name,
            chosen: session.services.contains(&s.id),
            waiting,
        });
    }
    drop(tx);
    let transfer_targets = match (&current, office) {
        (Some(t), Some(o)) => o
            .services
            .iter()
            .filter(|s| s.id != t.service_id)
            .map(|s| (s.id.clone(), service_name(&s.id)))
            .collect(),
        _ => Vec::new(),
    };
    let current_id = current.as_ref().map_or(0, |t| t.id);
    let current = current.map(|t| CurrentView {
        id: t.id,
        service: service_name(&t.service_id),
        language: language_name(&t.language),
        needs: needs_text(&t.needs, l),
        topic: topic_text(t.topic.as_deref()),
        issued: t!(l, "counter-issued-at", time = local_time(t.issued_at_ms)),
        called: t!(
            l,
            "counter-called-at",
            time = local_time(t.called_at_ms.unwrap_or_default())
        ),
        actions: vec![
            ("recall", t!(l, "counter-call-again")),
            ("done", t!(l, "counter-done")),
            ("no-show", t!(l, "counter-no-show")),
        ],
        number: t.number,
    });
    let notice = flash.map(|f| match f {
        Flash::Stale => t!(l, "counter-stale"),
        Flash::NobodyToCall => t!(l, "counter-nobody-to-call"),
        Flash::ChooseServices => t!(l, "counter-choose-services"),
    });
    let (lang, dir) = lang_dir(l);
    Ok(CounterPage {
        l: Labels::new(l),
        lang,
        dir,
        page_title: t!(l, "counter-page-title"),
        // The lists stay fresh on their own; a click answers at once.
        refresh_seconds: 30,
        other_lang: other(l),
        heading: t!(
            l,
            "counter-heading",
            counter = session.counter.clone(),
            office = office_name
        ),
        csrf: session.csrf.clone(),
        notice,
        current,
        current_id,
        transfer_targets,
        services,
    })
}

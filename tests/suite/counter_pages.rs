//! The office side of the queue (issue 21) over real HTTP on loopback: the
//! counter page (sign in with the counter's token, call next, call again,
//! done, no-show, send to another service; CSRF and stale forms refused),
//! the queue on the visitor's phone (`/f/{token}`, in the ticket's
//! language, right to left in Arabic, a plain page when unknown or
//! expired), the role checks, and the HTML's labels and landmarks.

use crate::support;

use chrono::{DateTime, Duration, TimeZone, Utc};
use medborgarkiosk::api::client::ApiClient;
use medborgarkiosk::contract::{
    AccessibilityNeed, CallNextRequest, TicketNeeds, TicketRequest, TicketResponse,
};
use medborgarkiosk::i18n::Language;
use medborgarkiosk::t;
use reqwest::StatusCode;
use reqwest::header::{COOKIE, LOCATION, SET_COOKIE};
use scraper::{Html, Selector};
use support::LoopbackCentral;

const TOKEN: &str = "counter-pages-test-token-0123456789abcdef";
const OFFICE: &str = "botkyrka-tumba";

/// Monday 23 November 2026, 10:00 in Stockholm: the office is open.
fn monday_ten() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap()
}

fn central() -> LoopbackCentral {
    LoopbackCentral::start_with(TOKEN, monday_ten(), |mut config| {
        // Phones reach the server here (the tests use the path only).
        config.public_base_url = Some("https://ko.example.se".into());
        config
    })
}

/// A kiosk takes a ticket.
fn ticket(
    central: &LoopbackCentral,
    service: &str,
    language: Language,
    needs: TicketNeeds,
    topic: Option<&str>,
) -> TicketResponse {
    let client = ApiClient::new(central.base_url(), TOKEN, &Default::default()).unwrap();
    let request = TicketRequest {
        service_id: service.into(),
        office: OFFICE.into(),
        kiosk_id: "kiosk-1".into(),
        language,
        needs,
        requested_at: central.clock.now(),
        topic: topic.map(str::to_owned),
    };
    central
        .runtime
        .block_on(async move { client.create_ticket(&request, uuid::Uuid::new_v4()).await })
        .unwrap()
}

/// A browser at the desk: no redirects followed, the session cookie kept.
struct Desk<'a> {
    central: &'a LoopbackCentral,
    http: reqwest::Client,
    cookie: Option<String>,
}

struct Page {
    status: StatusCode,
    body: String,
}

impl Page {
    fn html(&self) -> Html {
        Html::parse_document(&self.body)
    }

    fn csrf(&self) -> String {
        let selector = Selector::parse("input[name=csrf]").unwrap();
        self.html()
            .select(&selector)
            .next()
            .and_then(|e| e.value().attr("value").map(str::to_owned))
            .expect("a CSRF field")
    }

    /// The ticket id the call-next form was shown for.
    fn shown_ticket(&self) -> String {
        let selector = Selector::parse("form[action='/counter/act'] input[name=ticket]").unwrap();
        let html = self.html();
        let inputs: Vec<_> = html.select(&selector).collect();
        inputs
            .last()
            .and_then(|e| e.value().attr("value").map(str::to_owned))
            .expect("a call-next form")
    }

    fn text_of(&self, css: &str) -> Option<String> {
        let selector = Selector::parse(css).unwrap();
        self.html()
            .select(&selector)
            .next()
            .map(|e| e.text().collect::<String>().trim().to_owned())
    }
}

impl<'a> Desk<'a> {
    fn new(central: &'a LoopbackCentral) -> Self {
        Desk {
            central,
            http: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap(),
            cookie: None,
        }
    }

    fn get(&self, path: &str) -> Page {
        let mut request = self.http.get(format!("{}{path}", self.central.base_url()));
        if let Some(cookie) = &self.cookie {
            request = request.header(COOKIE, cookie.clone());
        }
        self.central.runtime.block_on(async move {
            let response = request.send().await.unwrap();
            Page {
                status: response.status(),
                body: response.text().await.unwrap(),
            }
        })
    }

    /// Posts a form; returns the status and the `Location`.
    fn post(&mut self, path: &str, form: &[(&str, &str)]) -> (StatusCode, Option<String>) {
        let mut request = self
            .http
            .post(format!("{}{path}", self.central.base_url()))
            .form(form);
        if let Some(cookie) = &self.cookie {
            request = request.header(COOKIE, cookie.clone());
        }
        let (status, location, set_cookie) = self.central.runtime.block_on(async move {
            let response = request.send().await.unwrap();
            let header = |name| {
                response
                    .headers()
                    .get(name)
                    .and_then(|v: &reqwest::header::HeaderValue| v.to_str().ok())
                    .map(str::to_owned)
            };
            (response.status(), header(LOCATION), header(SET_COOKIE))
        });
        if let Some(set) = set_cookie {
            let pair = set.split(';').next().unwrap().to_owned();
            self.cookie = (!pair.ends_with('=')).then_some(pair);
        }
        (status, location)
    }

    fn sign_in(&mut self, token: &str) -> (StatusCode, Option<String>) {
        self.post("/counter/sign-in", &[("token", token), ("lang", "sv")])
    }

    /// Presses an action button of the page as it is now.
    fn act(&mut self, action: &str, extra: &[(&str, &str)]) -> Page {
        let page = self.get("/counter");
        let (csrf, shown) = (page.csrf(), page.shown_ticket());
        let mut form = vec![
            ("csrf", csrf.as_str()),
            ("action", action),
            ("ticket", shown.as_str()),
        ];
        form.extend_from_slice(extra);
        let (status, location) = self.post("/counter/act", &form);
        assert_eq!(status, StatusCode::SEE_OTHER);
        assert_eq!(location.as_deref(), Some("/counter"));
        self.get("/counter")
    }
}

macro_rules! sv {
    ($key:literal) => {
        t!(Language::Sv, $key)
    };
}

#[test]
fn staff_sign_in_call_next_and_mark_done() {
    let central = central();
    let needs = TicketNeeds {
        interpreter_language: Some("ar".into()),
        accessibility: vec![AccessibilityNeed::Wheelchair],
    };
    let issued = ticket(
        &central,
        "e-services",
        Language::Ar,
        needs,
        Some("tool:wifi"),
    );
    let mut desk = Desk::new(&central);
    // Not signed in: the sign-in form.
    let page = desk.get("/counter");
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains(&sv!("counter-sign-in-title")));
    // The counter's token opens a session: an HttpOnly, SameSite=Strict
    // cookie, Secure since the server is reached over https.
    let (status, location) = desk.sign_in(&central.counter_token("3"));
    assert_eq!(
        (status, location.as_deref()),
        (StatusCode::SEE_OTHER, Some("/counter"))
    );
    let page = desk.get("/counter");
    assert!(
        page.body.contains(&t!(
            Language::Sv,
            "counter-heading",
            counter = "3",
            office = "Medborgarcenter Tumba"
        )),
        "{}",
        page.body
    );
    // The waiting list: number, language, needs, what it is about.
    assert!(page.body.contains(&issued.ticket_number));
    assert!(page.body.contains("العربية"), "the visitor's language");
    assert!(page.body.contains(&t!(
        Language::Sv,
        "counter-interpreter",
        language = "العربية"
    )));
    assert!(page.body.contains(&sv!("queue-need-wheelchair")));
    assert!(
        page.body.contains("Gratis wifi"),
        "the tool's title: {}",
        page.body
    );
    // Call next: the ticket is with this counter, and on now-serving in
    // the visitor's language.
    let page = desk.act("call-next", &[]);
    assert_eq!(
        page.text_of("#current-number").as_deref(),
        Some(issued.ticket_number.as_str())
    );
    let serving = now_serving(&central);
    assert_eq!(serving[0].ticket_number, issued.ticket_number);
    assert_eq!(serving[0].counter, "3");
    assert_eq!(serving[0].language, Some(Language::Ar));
    // Call again: a new call time, first on now-serving.
    central.clock.advance(std::time::Duration::from_secs(60));
    let first_call = serving[0].called_at;
    desk.act("recall", &[]);
    let serving = now_serving(&central);
    assert_eq!(serving[0].ticket_number, issued.ticket_number);
    assert_eq!(serving[0].called_at, first_call + Duration::seconds(60));
    // Done: nobody with the counter; the times are recorded.
    central.clock.advance(std::time::Duration::from_secs(240));
    let page = desk.act("done", &[]);
    assert!(page.body.contains(&sv!("counter-none-current")));
    let history = central
        .server
        .central()
        .ticket_history(OFFICE, &issued.ticket_number)
        .unwrap();
    let actions: Vec<&str> = history.iter().map(|(a, _, _)| a.as_str()).collect();
    assert_eq!(actions, ["called", "called_again", "done"]);
    // Waiting time issued → called, handling time called → done.
    assert_eq!(history[0].1 - issued.issued_at.timestamp_millis(), 0);
    assert_eq!(history[2].1 - history[0].1, 300_000);
    // Sign out: the cookie is cleared and the page asks to sign in.
    let page = desk.get("/counter");
    let (status, _) = desk.post("/counter/sign-out", &[("csrf", &page.csrf())]);
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert!(
        desk.get("/counter")
            .body
            .contains(&sv!("counter-sign-in-title"))
    );
}

fn now_serving(central: &LoopbackCentral) -> Vec<medborgarkiosk::contract::NowServingEntry> {
    let client = ApiClient::new(central.base_url(), TOKEN, &Default::default()).unwrap();
    central
        .runtime
        .block_on(async move { client.now_serving(OFFICE).await })
        .unwrap()
        .entries
}

#[test]
fn the_session_cookie_is_http_only_strict_secure_and_ends_with_the_day() {
    let central = central();
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let url = format!("{}/counter/sign-in", central.base_url());
    let token = central.counter_token("1");
    let set = central.runtime.block_on(async move {
        let r = http
            .post(url)
            .form(&[("token", token.as_str())])
            .send()
            .await
            .unwrap();
        r.headers()
            .get(SET_COOKIE)
            .unwrap()
            .to_str()
            .unwrap()
            .to_owned()
    });
    assert!(set.contains("HttpOnly"), "{set}");
    assert!(set.contains("SameSite=Strict"), "{set}");
    assert!(set.contains("Secure"), "{set}");
    assert!(set.contains("Path=/counter"), "{set}");
    // 10:00 in Stockholm on 23 November: the session ends at midnight.
    assert!(
        set.contains("Expires=Mon, 23 Nov 2026 23:00:00 GMT"),
        "{set}"
    );
}

#[test]
fn forms_without_the_csrf_token_or_from_an_old_page_do_nothing() {
    let central = central();
    ticket(
        &central,
        "information",
        Language::Sv,
        TicketNeeds::default(),
        None,
    );
    ticket(
        &central,
        "information",
        Language::Sv,
        TicketNeeds::default(),
        None,
    );
    let mut desk = Desk::new(&central);
    desk.sign_in(&central.counter_token("1"));
    // No CSRF token, or a wrong one: nothing is called.
    for csrf in ["", "00000000000000000000000000000000"] {
        let (status, _) = desk.post(
            "/counter/act",
            &[("csrf", csrf), ("action", "call-next"), ("ticket", "0")],
        );
        assert_eq!(status, StatusCode::SEE_OTHER);
    }
    assert!(now_serving(&central).is_empty());
    // Call next posted twice from the same page (a double click): one call.
    let page = desk.get("/counter");
    let form = [
        ("csrf", page.csrf()),
        ("action", "call-next".into()),
        ("ticket", page.shown_ticket()),
    ];
    let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    desk.post("/counter/act", &form);
    desk.post("/counter/act", &form);
    assert_eq!(now_serving(&central).len(), 1);
    assert!(desk.get("/counter").body.contains(&sv!("counter-stale")));
    // A cookie without a session (made up): the sign-in form.
    desk.cookie = Some("mk_counter=0123456789abcdef0123456789abcdef".into());
    assert!(
        desk.get("/counter")
            .body
            .contains(&sv!("counter-sign-in-title"))
    );
}

#[test]
fn only_a_counter_token_signs_in_and_a_counter_calls_only_for_itself() {
    let central = central();
    let mut desk = Desk::new(&central);
    // A kiosk's token, or nonsense: refused, and no cookie.
    for token in [TOKEN, "not-a-token", ""] {
        let (status, _) = desk.sign_in(token);
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{token:?}");
        assert!(desk.cookie.is_none());
    }
    // The API: a kiosk token cannot call; desk 1 cannot call for desk 2.
    let call = |token: &str, counter: &str| {
        let client = ApiClient::new(central.base_url(), token, &Default::default()).unwrap();
        let counter = counter.to_owned();
        central.runtime.block_on(async move {
            client
                .call_next(
                    OFFICE,
                    &counter,
                    &CallNextRequest::default(),
                    uuid::Uuid::new_v4(),
                )
                .await
        })
    };
    assert!(call(TOKEN, "1").is_err());
    assert!(call(&central.counter_token("1"), "2").is_err());
    assert!(call(&central.counter_token("2"), "2").is_ok());
}

#[test]
fn sign_in_waits_after_ten_failures_a_minute() {
    let central = central();
    let mut desk = Desk::new(&central);
    for _ in 0..10 {
        assert_eq!(
            desk.sign_in("wrong-token-wrong-token-wrong").0,
            StatusCode::UNAUTHORIZED
        );
    }
    // Even the right token waits now, for a minute.
    assert_eq!(
        desk.sign_in(&central.counter_token("1")).0,
        StatusCode::TOO_MANY_REQUESTS
    );
    central.clock.advance(std::time::Duration::from_secs(61));
    assert_eq!(
        desk.sign_in(&central.counter_token("1")).0,
        StatusCode::SEE_OTHER
    );
}

#[test]
fn a_visitor_sent_to_another_service_keeps_the_place_of_the_issue_time() {
    let central = central();
    let first = ticket(
        &central,
        "information",
        Language::Sv,
        TicketNeeds::default(),
        None,
    );
    central.clock.advance(std::time::Duration::from_secs(120));
    let later = ticket(
        &central,
        "forms",
        Language::Sv,
        TicketNeeds::default(),
        None,
    );
    let mut desk = Desk::new(&central);
    desk.sign_in(&central.counter_token("1"));
    // The desk takes information only, calls the first, sends it to forms.
    let page = desk.get("/counter");
    desk.post(
        "/counter/services",
        &[("csrf", &page.csrf()), ("service", "information")],
    );
    let page = desk.act("call-next", &[]);
    assert_eq!(
        page.text_of("#current-number").as_deref(),
        Some(first.ticket_number.as_str())
    );
    desk.act("transfer", &[("to", "forms")]);
    // A forms desk calls it before the later forms ticket: issued first.
    let mut forms_desk = Desk::new(&central);
    forms_desk.sign_in(&central.counter_token("2"));
    let page = forms_desk.get("/counter");
    forms_desk.post(
        "/counter/services",
        &[("csrf", &page.csrf()), ("service", "forms")],
    );
    let page = forms_desk.act("call-next", &[]);
    assert_eq!(
        page.text_of("#current-number").as_deref(),
        Some(first.ticket_number.as_str())
    );
    let page = forms_desk.act("done", &[]);
    let page = {
        let _ = page;
        forms_desk.act("call-next", &[])
    };
    assert_eq!(
        page.text_of("#current-number").as_deref(),
        Some(later.ticket_number.as_str())
    );
    let history = central
        .server
        .central()
        .ticket_history(OFFICE, &first.ticket_number)
        .unwrap();
    let actions: Vec<&str> = history.iter().map(|(a, _, _)| a.as_str()).collect();
    assert_eq!(actions, ["called", "transferred", "called", "done"]);
    // A ticket sent to a service that has issued none today does not move
    // that service's numbering: its first own ticket is still 001.
    let third = ticket(
        &central,
        "information",
        Language::Sv,
        TicketNeeds::default(),
        None,
    );
    desk.act("call-next", &[]);
    let page = desk.get("/counter");
    assert_eq!(
        page.text_of("#current-number").as_deref(),
        Some(third.ticket_number.as_str())
    );
    desk.act("transfer", &[("to", "e-services")]);
    let own = ticket(
        &central,
        "e-services",
        Language::Sv,
        TicketNeeds::default(),
        None,
    );
    assert_eq!(own.ticket_number, "B001");
}

/// The follow page's path from a ticket's follow URL.
fn follow_path(ticket: &TicketResponse) -> String {
    let url = ticket.follow_url.as_deref().expect("a follow URL");
    let path = url
        .strip_prefix("https://ko.example.se")
        .expect("under the public base URL");
    assert!(path.starts_with("/f/"), "{url}");
    // 128 bits or more: 32 hex digits.
    assert_eq!(path.len(), 3 + 32, "{url}");
    path.to_owned()
}

#[test]
fn the_phone_page_follows_the_ticket_in_its_language() {
    let central = central();
    let before = ticket(
        &central,
        "information",
        Language::Sv,
        TicketNeeds::default(),
        None,
    );
    let mine = ticket(
        &central,
        "information",
        Language::Ar,
        TicketNeeds::default(),
        None,
    );
    let path = follow_path(&mine);
    let desk = Desk::new(&central);
    let ar = Language::Ar;
    let page = desk.get(&path);
    assert_eq!(page.status, StatusCode::OK);
    let html = page.html();
    let root = html.root_element();
    assert_eq!(root.value().attr("lang"), Some("ar"));
    assert_eq!(root.value().attr("dir"), Some("rtl"));
    assert!(page.body.contains(&mine.ticket_number));
    assert!(
        page.body.contains(&t!(ar, "follow-ahead", count = 1)),
        "{}",
        page.body
    );
    assert!(page.body.contains(r#"http-equiv="refresh" content="15""#));
    assert!(!page.body.contains("<script"), "no JavaScript");
    // The one before is called; then this one: "go to desk 2".
    let mut desk = Desk::new(&central);
    desk.sign_in(&central.counter_token("2"));
    desk.act("call-next", &[]);
    assert!(
        desk.get(&path)
            .body
            .contains(&t!(ar, "follow-ahead", count = 0))
    );
    desk.act("call-next", &[]);
    let page = desk.get(&path);
    assert!(
        page.body.contains(&t!(ar, "follow-your-turn")),
        "{}",
        page.body
    );
    assert!(page.body.contains(&t!(ar, "follow-go-to", counter = "2")));
    let _ = before;
    // Did not come: said so, and the page stops refreshing.
    desk.act("no-show", &[]);
    let page = desk.get(&path);
    assert!(page.body.contains(&t!(ar, "follow-no-show")));
    assert!(!page.body.contains("http-equiv=\"refresh\""));
}

#[test]
fn an_unknown_or_expired_link_gets_a_plain_page() {
    let central = central();
    let mine = ticket(
        &central,
        "information",
        Language::Fi,
        TicketNeeds::default(),
        None,
    );
    let path = follow_path(&mine);
    let desk = Desk::new(&central);
    for bad in [
        "/f/0123456789abcdef0123456789abcdef",
        "/f/nonsense",
        "/f/%3Cscript%3E",
    ] {
        let page = desk.get(bad);
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{bad}");
        assert!(
            page.body.contains(&sv!("follow-gone-title")),
            "{bad}: {}",
            page.body
        );
        assert!(
            page.body.contains("<!DOCTYPE html>"),
            "a page, not an error body"
        );
        assert!(!page.body.contains("<script"));
    }
    assert_eq!(desk.get(&path).status, StatusCode::OK);
    // The office closes at 18:00 on Mondays: the link is gone after it.
    central
        .clock
        .set(Utc.with_ymd_and_hms(2026, 11, 23, 17, 0, 1).unwrap());
    let page = desk.get(&path);
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(page.body.contains(&t!(Language::En, "follow-gone-title")));
}

/// Every form control has a label, every page has its language, a title,
/// a main landmark and a first-level heading.
fn check_accessible(page: &Page, name: &str) {
    let html = page.html();
    let sel = |s: &str| Selector::parse(s).unwrap();
    let root = html.root_element();
    assert!(root.value().attr("lang").is_some(), "{name}: <html lang>");
    assert!(
        html.select(&sel("head > title")).next().is_some(),
        "{name}: <title>"
    );
    assert!(html.select(&sel("main")).next().is_some(), "{name}: <main>");
    assert!(html.select(&sel("h1")).next().is_some(), "{name}: <h1>");
    assert!(
        html.select(&sel("meta[name=viewport]")).next().is_some(),
        "{name}: viewport"
    );
    for control in html.select(&sel("input:not([type=hidden]), select, textarea")) {
        let id = control.value().attr("id");
        let labelled_by_for = id.is_some_and(|id| {
            html.select(&sel(&format!("label[for='{id}']")))
                .next()
                .is_some()
        });
        let inside_label = control
            .ancestors()
            .filter_map(scraper::ElementRef::wrap)
            .any(|a| a.value().name() == "label");
        assert!(
            labelled_by_for || inside_label,
            "{name}: a control without a label: {:?}",
            control.value()
        );
    }
    for button in html.select(&sel("button")) {
        assert!(
            !button.text().collect::<String>().trim().is_empty(),
            "{name}: a button without text"
        );
    }
    for table in html.select(&sel("table")) {
        assert!(
            table.select(&sel("th[scope=col]")).next().is_some(),
            "{name}: table headers"
        );
    }
}

#[test]
fn the_pages_have_labels_landmarks_and_their_language() {
    let central = central();
    let mine = ticket(
        &central,
        "information",
        Language::Fa,
        TicketNeeds::default(),
        None,
    );
    let mut desk = Desk::new(&central);
    check_accessible(&desk.get("/counter"), "sign-in");
    check_accessible(&desk.get("/counter?lang=en"), "sign-in en");
    desk.sign_in(&central.counter_token("1"));
    check_accessible(&desk.get("/counter"), "counter");
    desk.act("call-next", &[]);
    let page = desk.get("/counter?lang=en");
    assert!(page.body.contains(&t!(Language::En, "counter-call-again")));
    assert_eq!(page.html().root_element().value().attr("lang"), Some("en"));
    check_accessible(&page, "counter with a visitor");
    let page = desk.get(&follow_path(&mine));
    assert_eq!(page.html().root_element().value().attr("dir"), Some("rtl"));
    check_accessible(&page, "follow");
    check_accessible(&desk.get("/f/0123456789abcdef0123456789abcdef"), "gone");
}

#[test]
fn without_a_public_base_url_tickets_have_no_follow_page() {
    let central = LoopbackCentral::start(TOKEN, monday_ten(), None);
    let t = ticket(
        &central,
        "information",
        Language::Sv,
        TicketNeeds::default(),
        None,
    );
    assert_eq!(t.follow_url, None);
}

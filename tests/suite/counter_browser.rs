//! The counter page and the phone page in a real browser (issue 21):
//! headless Chromium (Debian's `chromium` and `chromium-driver`, which
//! `.ci/run` installs) driven over WebDriver against the central API on
//! loopback. A visitor takes a ticket at the kiosk; staff sign in, call
//! next and mark it done; the number is on now-serving. The Arabic phone
//! page is right to left and shows the position (screenshot in
//! `target/counter-browser/`); an expired link shows the plain page.
//!
//! Without Chromium a newcomer's `cargo test` skips these (saying so); CI
//! sets MEDBORGARKIOSK_REQUIRE_CHROMIUM=1, and there a missing browser
//! fails.

use crate::support;

use std::time::Duration;

use chrono::{TimeZone, Utc};
use fantoccini::Locator;
use medborgarkiosk::i18n::Language;
use medborgarkiosk::t;
use medborgarkiosk::ui::app::LANDSCAPE;
use support::browser::{browser, driver, out_dir};
use support::{Harness, LoopbackCentral};

const TOKEN: &str = "counter-browser-test-token-0123456789abcdef";
fn central() -> LoopbackCentral {
    // Monday 23 November 2026, 10:00 in Stockholm: the office is open.
    let at = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
    LoopbackCentral::start_with(TOKEN, at, |mut config| {
        config.public_base_url = Some("https://ko.example.se".into());
        config
    })
}

/// A visitor takes a ticket at the kiosk, by touch: its number.
fn kiosk_ticket(central: &LoopbackCentral, language: Language, service: &str) -> String {
    let config = central.kiosk_config("");
    let backend = central.backend(&config);
    let mut h = Harness::with(config, Some(backend), LANDSCAPE);
    h.click_in(language, &language.native_name());
    h.click_in(language, &t!(language, "tile-queue"));
    h.click_in(language, service);
    h.click_in(language, &t!(language, "queue-get-ticket"));
    let medborgarkiosk::ui::screen::Screen::Queue(state) = h.kiosk.screen() else {
        panic!("not on the queue: {:?}", h.texts());
    };
    let (ticket, _) = state.ticket().expect("a ticket on screen");
    ticket.ticket_number.clone()
}

#[test]
fn staff_call_a_kiosk_ticket_in_the_browser_and_it_is_on_now_serving() {
    let Some(driver) = driver() else { return };
    let central = central();
    let number = kiosk_ticket(&central, Language::Sv, "Information och vägledning");
    let base = central.base_url().to_owned();
    let counter_token = central.counter_token("3");
    let sv = Language::Sv;
    let (current, after_done) = central.runtime.block_on(async {
        let c = browser(&driver, 1280, 900).await;
        c.goto(&format!("{base}/counter")).await.unwrap();
        // The sign-in form: its field found by its label's target.
        c.find(Locator::Css("#token"))
            .await
            .unwrap()
            .send_keys(&counter_token)
            .await
            .unwrap();
        c.find(Locator::Css("button[type=submit]"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        // Signed in: the page with its call-next button (waited for: the
        // form's answer is a new page).
        c.wait()
            .for_element(Locator::Css("#call-next"))
            .await
            .unwrap();
        let heading = c
            .find(Locator::Css("h1"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert_eq!(
            heading,
            t!(
                sv,
                "counter-heading",
                counter = "3",
                office = "Medborgarcenter Tumba"
            )
        );
        // The kiosk's ticket waits.
        let body = c.source().await.unwrap();
        assert!(body.contains(&number), "{body}");
        c.find(Locator::Css("#call-next"))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
        let current = c
            .wait()
            .for_element(Locator::Css("#current-number"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let shot = c.screenshot().await.unwrap();
        std::fs::write(out_dir("counter-browser").join("counter-sv.png"), shot).unwrap();
        let done = t!(sv, "counter-done");
        c.find(Locator::XPath(&format!(
            "//button[normalize-space()='{done}']"
        )))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
        // The next page has nobody with the desk.
        let none = t!(sv, "counter-none-current");
        let mut after = String::new();
        for _ in 0..100 {
            // The page may be replaced between finding and reading (stale):
            // then look again.
            if let Ok(main) = c.find(Locator::Css("main")).await
                && let Ok(text) = main.text().await
            {
                after = text;
                if after.contains(&none) {
                    break;
                }
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        c.close().await.unwrap();
        (current, after)
    });
    assert_eq!(current, number);
    assert!(
        after_done.contains(&t!(sv, "counter-none-current")),
        "{after_done}"
    );
    // On now-serving, at desk 3.
    let client =
        medborgarkiosk::api::client::ApiClient::new(central.base_url(), TOKEN, &Default::default())
            .unwrap();
    let serving = central
        .runtime
        .block_on(async move { client.now_serving("botkyrka-tumba").await })
        .unwrap();
    assert_eq!(serving.entries[0].ticket_number, number);
    assert_eq!(serving.entries[0].counter, "3");
    let history = central
        .server
        .central()
        .ticket_history("botkyrka-tumba", &number)
        .unwrap();
    let actions: Vec<&str> = history.iter().map(|(a, _, _)| a.as_str()).collect();
    assert_eq!(actions, ["called", "done"]);
}

#[test]
fn the_arabic_phone_page_is_right_to_left_and_shows_the_position() {
    let Some(driver) = driver() else { return };
    let central = central();
    let ar = Language::Ar;
    // Someone is ahead; then the visitor takes an Arabic ticket.
    kiosk_ticket(&central, Language::Sv, "Information och vägledning");
    let config = central.kiosk_config("");
    let backend = central.backend(&config);
    let mut h = Harness::with(config, Some(backend), LANDSCAPE);
    h.click_in(ar, "العربية");
    h.click_in(ar, &t!(ar, "tile-queue"));
    h.click_in(ar, "معلومات وإرشاد");
    h.click_in(ar, &t!(ar, "queue-get-ticket"));
    let medborgarkiosk::ui::screen::Screen::Queue(state) = h.kiosk.screen() else {
        panic!("not on the queue: {:?}", h.texts());
    };
    let (ticket, _) = state.ticket().expect("a ticket");
    let url = ticket.follow_url.clone().expect("a follow URL");
    let path = url
        .strip_prefix("https://ko.example.se")
        .unwrap()
        .to_owned();
    let base = central.base_url().to_owned();
    let ahead = t!(ar, "follow-ahead", count = 1);
    let (direction, edges, (), text) = central.runtime.block_on(async {
        let c = browser(&driver, 1280, 900).await;
        c.goto(&format!("{base}{path}")).await.unwrap();
        let direction = c
            .execute("return getComputedStyle(document.body).direction", vec![])
            .await
            .unwrap();
        // Where the title's text is, in the main column: right to left,
        // it starts at the column's right edge.
        let edges = c
            .execute(
                "const r = document.createRange(); \
                 r.selectNodeContents(document.querySelector('h1')); \
                 const t = r.getBoundingClientRect(); \
                 const m = document.querySelector('main').getBoundingClientRect(); \
                 return [t.left, t.right, m.left, m.right];",
                vec![],
            )
            .await
            .unwrap();
        let text = c
            .find(Locator::Css("main"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let shot = c.screenshot().await.unwrap();
        std::fs::write(out_dir("counter-browser").join("follow-ar.png"), shot).unwrap();
        // An expired or unknown link: the plain page.
        c.goto(&format!("{base}/f/0123456789abcdef0123456789abcdef"))
            .await
            .unwrap();
        let gone = c
            .find(Locator::Css("h1"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert_eq!(gone, t!(Language::Sv, "follow-gone-title"));
        c.close().await.unwrap();
        (direction, edges, (), text)
    });
    assert_eq!(direction, serde_json::json!("rtl"));
    // Right to left: the title's text starts at the column's right edge
    // (inside its padding) and stops well short of its left edge.
    let e: Vec<f64> = edges
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_f64().unwrap())
        .collect();
    let (text_left, text_right, main_left, main_right) = (e[0], e[1], e[2], e[3]);
    assert!(text_right > main_right - 40.0, "{e:?}");
    assert!(text_left > main_left + 200.0, "{e:?}");
    assert!(text.contains(&ahead), "{text}");
    assert!(text.contains(&ticket.ticket_number), "{text}");
}

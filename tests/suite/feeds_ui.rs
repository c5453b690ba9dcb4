//! Crisis information, news and the wall display on screen (issue 7):
//! iced_test over the real views. Feed data comes either straight in a
//! `Message::Feeds` (parsed from CAP payloads written here) or over
//! loopback HTTP from a local axum server through the kiosk's feeds service.

use crate::support;

use std::sync::Arc;
use std::time::Duration;

use chrono::{NaiveDate, NaiveDateTime};
use iced::futures::StreamExt;
use medborgarkiosk::backend::Backend;
use medborgarkiosk::clock::Clock;
use medborgarkiosk::config::{Config, Slide};
use medborgarkiosk::feeds::{self, FeedKind, FeedsLink, FeedsSnapshot, NewsItem, Parsed};
use medborgarkiosk::i18n::Language;
use medborgarkiosk::t;
use medborgarkiosk::ui::app::{Bar, Flow, LANDSCAPE, Message, PORTRAIT};
use medborgarkiosk::ui::crisis::{self, Layer};
use medborgarkiosk::ui::display::{self, Showing, WallDisplay};
use medborgarkiosk::ui::screen::{Screen, home, start};
use support::{Harness, config};

const SENDER: &str = "Länsstyrelsen Stockholm";
const LEAK: &str = "Vattenläcka i Tumba centrum";
const GAS: &str = "Gasutsläpp i Tumba: stäng fönster och dörrar";
const GAS_EN: &str = "Gas leak in Tumba: close windows and doors";

/// Noon on Monday 23 November 2026 in Stockholm (the harness's wall clock).
fn noon() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 23)
        .unwrap()
        .and_hms_opt(12, 0, 0)
        .unwrap()
}

fn at(hour: u32, minute: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 23)
        .unwrap()
        .and_hms_opt(hour, minute, 0)
        .unwrap()
}

/// A Stockholm wall-clock time as UTC.
fn utc(local: NaiveDateTime) -> chrono::DateTime<chrono::Utc> {
    use chrono::TimeZone;
    chrono_tz::Europe::Stockholm
        .from_local_datetime(&local)
        .unwrap()
        .to_utc()
}

struct Info<'a> {
    lang: &'a str,
    severity: &'a str,
    urgency: &'a str,
    headline: &'a str,
}

/// One CAP 1.2 alert for Botkyrka (SCB 0127), sent on the test day.
fn alert(id: &str, msg_type: &str, references: Option<&str>, sent: &str, infos: &[Info]) -> String {
    let references = references
        .map(|r| format!("<references>cap@lst.example,{r},2026-11-23T10:00:00+01:00</references>"))
        .unwrap_or_default();
    let infos: String = infos
        .iter()
        .map(|i| {
            format!(
                "<info><language>{}</language><category>Safety</category><event>Larm</event>\
                 <urgency>{}</urgency><severity>{}</severity><certainty>Observed</certainty>\
                 <senderName>{SENDER}</senderName><headline>{}</headline>\
                 <description>Beskrivning: {}.</description>\
                 <instruction>Lyssna på Sveriges Radio P4.</instruction>\
                 <expires>2026-11-23T14:00:00+01:00</expires>\
                 <area><areaDesc>Tumba</areaDesc><geocode><valueName>SCB</valueName><value>0127</value></geocode></area>\
                 </info>",
                i.lang, i.urgency, i.severity, i.headline, i.headline
            )
        })
        .collect();
    format!(
        "<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"><identifier>{id}</identifier>\
         <sender>cap@lst.example</sender><sent>2026-11-23T{sent}:00+01:00</sent>\
         <status>Actual</status><msgType>{msg_type}</msgType><scope>Public</scope>\
         {references}{infos}</alert>"
    )
}

fn leak() -> String {
    alert(
        "LEAK-1",
        "Alert",
        None,
        "10:00",
        &[Info {
            lang: "sv-SE",
            severity: "Severe",
            urgency: "Expected",
            headline: LEAK,
        }],
    )
}

fn leak_cancelled() -> String {
    alert("LEAK-2", "Cancel", Some("LEAK-1"), "11:30", &[])
}

/// Extreme and Immediate, in Swedish and English: takes over the screen.
fn gas() -> String {
    alert(
        "GAS-1",
        "Alert",
        None,
        "11:00",
        &[
            Info {
                lang: "sv-SE",
                severity: "Extreme",
                urgency: "Immediate",
                headline: GAS,
            },
            Info {
                lang: "en-GB",
                severity: "Extreme",
                urgency: "Immediate",
                headline: GAS_EN,
            },
        ],
    )
}

fn cap_payload(alerts: &[String]) -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><alerts>{}</alerts>",
        alerts.concat()
    )
}

fn snapshot(alerts: &[String]) -> Arc<FeedsSnapshot> {
    let Parsed::Crisis(parsed) =
        feeds::parse(FeedKind::Cap, cap_payload(alerts).as_bytes()).unwrap()
    else {
        panic!("not crisis");
    };
    Arc::new(FeedsSnapshot {
        crisis: parsed.messages,
        ..FeedsSnapshot::default()
    })
}

fn news_item(id: &str, title: &str, lang: &str, day: u32, event_day: Option<u32>) -> NewsItem {
    let time = |d: u32| {
        chrono::DateTime::parse_from_rfc3339(&format!("2026-11-{d:02}T09:00:00+01:00"))
            .unwrap()
            .to_utc()
    };
    NewsItem {
        id: id.into(),
        title: title.into(),
        summary: format!("Mer om {title}."),
        link: None,
        published: Some(time(day)),
        updated: None,
        event_start: event_day.map(time),
        language_tag: Some(lang.into()),
        feed_title: Some("Botkyrka kommun".into()),
        retrieved_at: None,
    }
}

fn news_snapshot() -> FeedsSnapshot {
    FeedsSnapshot {
        news: vec![
            news_item("n2", "Ny lekplats i Tumba", "sv", 22, None),
            news_item("n1", "Biblioteket byggs om", "sv", 20, None),
        ],
        events: vec![
            news_item("e2", "Julmarknad på torget", "sv", 1, Some(29)),
            news_item("e1", "Läxhjälp för unga", "sv", 1, Some(25)),
            news_item("e0", "Höstmöte (redan hållet)", "sv", 1, Some(10)),
        ],
        ..FeedsSnapshot::default()
    }
}

fn has_text(h: &Harness, needle: &str) -> bool {
    h.texts().iter().any(|t| t.contains(needle))
}

/// Every visitor screen this kiosk has, reached from Home by its tile.
fn visit_every_screen(h: &mut Harness, check: &dyn Fn(&Harness, &str)) {
    check(h, "start");
    h.send(Message::from(start::Message::Choose(Language::Sv)));
    check(h, "home");
    for flow in h.kiosk.flows() {
        h.send(Message::from(home::Message::Open(flow)));
        check(h, h.kiosk.screen().name());
        h.send(Message::Bar(Bar::Back));
        // Flows with pages of their own: back until Home.
        while *h.kiosk.screen() != Screen::Home {
            h.send(Message::Bar(Bar::Back));
        }
    }
}

#[test]
fn banner_on_every_screen_until_cancelled() {
    let mut h = Harness::new(LANDSCAPE);
    let mut feeds = news_snapshot();
    feeds.crisis = snapshot(&[leak()]).crisis.clone();
    h.send(Message::Feeds(Arc::new(feeds)));
    assert_eq!(h.kiosk.crisis_layer(), Some(Layer::Banner));
    let screens = std::cell::RefCell::new(Vec::new());
    visit_every_screen(&mut h, &|h, name| {
        assert!(has_text(h, LEAK), "no banner on {name}: {:?}", h.texts());
        assert!(
            has_text(h, &format!("Källa: {SENDER}")),
            "no source on {name}"
        );
        screens.borrow_mut().push(name.to_owned());
    });
    let screens = screens.into_inner();
    for expected in ["start", "home", "hours", "guides", "contacts", "news"] {
        assert!(
            screens.iter().any(|s| s == expected),
            "{expected} not visited: {screens:?}"
        );
    }

    // Touching the banner opens the whole message; Close returns.
    h.click(LEAK);
    assert_eq!(h.kiosk.crisis_layer(), Some(Layer::Full));
    assert!(has_text(&h, "Lyssna på Sveriges Radio P4."));
    let spoken = h.kiosk.describe().to_string();
    assert!(spoken.contains(LEAK), "{spoken}");
    assert!(spoken.contains(&format!("Källa: {SENDER}")), "{spoken}");
    h.click(&t!(Language::Sv, "crisis-close"));
    assert_eq!(h.kiosk.crisis_layer(), Some(Layer::Banner));
    assert_eq!(*h.kiosk.screen(), Screen::Home);

    // The Cancel arrives: the banner goes.
    h.send(Message::Feeds(snapshot(&[leak(), leak_cancelled()])));
    assert_eq!(h.kiosk.crisis_layer(), None);
    assert!(!has_text(&h, LEAK));
}

#[test]
fn banner_in_arabic_names_the_source_and_goes_when_expired() {
    let mut h = Harness::new(PORTRAIT);
    h.send(Message::Feeds(snapshot(&[leak()])));
    h.send(Message::from(start::Message::Choose(Language::Ar)));
    let source = t!(Language::Ar, "crisis-source", source = SENDER.to_owned());
    assert!(has_text(&h, LEAK), "{:?}", h.texts());
    assert!(has_text(&h, &source), "{:?}", h.texts());
    // The message is only in Swedish: the full message says so in Arabic.
    h.click(LEAK);
    assert!(h.shows(Language::Ar, &t!(Language::Ar, "crisis-not-in-language")));
    h.click_in(Language::Ar, &t!(Language::Ar, "crisis-close"));

    // It expires at 14:00.
    h.clock.set_stockholm(at(13, 59));
    assert!(has_text(&h, LEAK));
    h.clock.set_stockholm(at(14, 0));
    assert_eq!(h.kiosk.crisis_layer(), None);
    assert!(!has_text(&h, LEAK));
}

#[test]
fn takeover_needs_acknowledgement_and_returns_on_start() {
    let mut h = Harness::new(LANDSCAPE);
    h.send(Message::Feeds(snapshot(&[gas(), leak()])));
    let sv = Language::Sv;
    assert_eq!(h.kiosk.crisis_layer(), Some(Layer::Takeover));
    assert!(has_text(&h, GAS));
    // Nothing below can be touched: the Start buttons are covered.
    let spoken = h.kiosk.describe();
    assert_eq!(spoken.title, t!(sv, "crisis-takeover-title"));
    assert!(spoken.body.iter().any(|l| l == GAS), "{spoken}");
    assert!(spoken.body.iter().any(|l| l.contains(LEAK)), "{spoken}");
    assert_eq!(spoken.choices, [t!(sv, "crisis-ack")]);

    h.click(&t!(sv, "crisis-ack"));
    assert_eq!(h.kiosk.crisis_layer(), Some(Layer::Banner));
    // The banner shows the most severe message, and the visitor goes on.
    assert!(has_text(&h, GAS));
    h.send(Message::from(start::Message::Choose(Language::En)));
    assert_eq!(*h.kiosk.screen(), Screen::Home);
    assert_eq!(h.kiosk.crisis_layer(), Some(Layer::Banner));
    // In English, from the message's English block.
    assert!(has_text(&h, GAS_EN), "{:?}", h.texts());

    // Start over: the next visitor sees the takeover again.
    h.send(Message::Bar(Bar::StartOver));
    assert_eq!(*h.kiosk.screen(), Screen::Start);
    assert_eq!(h.kiosk.crisis_layer(), Some(Layer::Takeover));
    h.click(&t!(sv, "crisis-ack"));

    // And after an idle reset.
    h.send(Message::from(start::Message::Choose(Language::Sv)));
    h.advance(90 + 21);
    assert_eq!(*h.kiosk.screen(), Screen::Start);
    assert_eq!(h.kiosk.crisis_layer(), Some(Layer::Takeover));

    // Cancelled: gone, without acknowledgement.
    let cancel = alert("GAS-2", "Cancel", Some("GAS-1"), "11:45", &[]);
    h.send(Message::Feeds(snapshot(&[gas(), cancel, leak()])));
    assert_eq!(h.kiosk.crisis_layer(), Some(Layer::Banner));
    assert!(!has_text(&h, GAS));
}

#[test]
fn news_screen_shows_news_newest_first_and_events_by_date() {
    let mut h = Harness::new(LANDSCAPE);
    h.send(Message::from(start::Message::Choose(Language::Sv)));
    assert!(!h.kiosk.flows().contains(&Flow::News), "no feeds, no tile");
    h.send(Message::Feeds(Arc::new(news_snapshot())));
    assert!(h.kiosk.flows().contains(&Flow::News));
    h.click(&t!(Language::Sv, "tile-news"));
    assert_eq!(*h.kiosk.screen(), Screen::News);
    let texts = h.texts();
    let pos = |needle: &str| {
        texts
            .iter()
            .position(|t| t == needle)
            .unwrap_or_else(|| panic!("{needle} not shown: {texts:?}"))
    };
    assert!(pos("Ny lekplats i Tumba") < pos("Biblioteket byggs om"));
    assert!(pos("Läxhjälp för unga") < pos("Julmarknad på torget"));
    assert!(
        !texts.iter().any(|t| t.contains("Höstmöte")),
        "past event shown"
    );
    assert!(!has_text(&h, &t!(Language::Sv, "news-in-swedish")));

    // An Arabic visitor gets the Swedish items and a note in Arabic.
    h.send(Message::PickLanguage(Language::Ar));
    assert!(h.shows(Language::Ar, &t!(Language::Ar, "news-in-swedish")));
    assert!(has_text(&h, "Ny lekplats i Tumba"));
    let spoken = h.kiosk.describe().to_string();
    assert!(spoken.contains("Julmarknad på torget"), "{spoken}");
}

/// A CAP feed served over loopback HTTP by axum, fetched by the kiosk's own
/// feeds service (started from `[feeds]`, apart from the backend), arriving
/// through the subscription's stream. The central API's config is broken
/// here, so `Backend::start` fails: the crisis must still reach the kiosk
/// and the wall display, neither of which has a backend.
#[test]
fn crisis_from_a_cap_feed_over_loopback_http_without_a_backend() {
    let server_runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let payload = cap_payload(&[gas()]);
    let addr = server_runtime.block_on(async move {
        let app = axum::Router::new().route(
            "/cap.xml",
            axum::routing::get(move || {
                let payload = payload.clone();
                async move { ([("content-type", "application/cap+xml")], payload) }
            }),
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
        addr
    });
    let dir = tempfile::tempdir().unwrap();
    // The backend cannot start: its token file is missing, and where the
    // outbox's database should be there is a folder.
    std::fs::create_dir(dir.path().join("outbox.sqlite3")).unwrap();
    let text = format!(
        "data_dir = {:?}\n[api]\nbase_url = \"https://kiosk-api.invalid\"\n\
         token_file = {:?}\n[feeds]\nkrisinformation_url = \"\"\nvma_url = \"\"\n\
         cap_urls = [\"http://{addr}/cap.xml\"]\n",
        dir.path(),
        dir.path().join("no-such-token"),
    );
    let config = Arc::new(Config::parse(&text, std::path::Path::new("test.toml")).unwrap());
    assert!(
        Backend::start(&config, support::monday_noon()).is_err(),
        "the backend must fail here"
    );

    let link = Arc::new(
        FeedsLink::for_config(&config, support::monday_noon())
            .expect("feeds start from [feeds] alone"),
    );
    let stream = crisis::Updates(link.updates.clone()).stream();
    let mut arrivals = Box::pin(stream.filter(|s| std::future::ready(!s.crisis.is_empty())));
    let snapshot = server_runtime.block_on(async {
        tokio::time::timeout(Duration::from_secs(20), arrivals.next())
            .await
            .expect("the feed arrives in time")
            .unwrap()
    });
    assert_eq!(snapshot.sources.len(), 1);
    assert!(snapshot.sources[0].last_error.is_none());

    let mut h = Harness::with(config.clone(), None, LANDSCAPE);
    h.kiosk.set_feeds(Some(link.clone()));
    assert_eq!(h.kiosk.crisis_layer(), None);
    h.send(Message::Feeds(snapshot.clone()));
    assert_eq!(h.kiosk.crisis_layer(), Some(Layer::Takeover));
    assert!(has_text(&h, GAS));
    assert!(has_text(&h, &format!("Källa: {SENDER}")));
    // Acknowledged: the banner stays on Home, which has no queue or
    // synpunkt tile (no backend) but does have the crisis.
    h.click(&t!(Language::Sv, "crisis-ack"));
    assert_eq!(h.kiosk.crisis_layer(), Some(Layer::Banner));

    let mut d = WallDisplay::new(config, None, h.clock.clone()).with_feeds(Some(link.clone()));
    let _ = d.update(display::Message::Feeds(snapshot));
    assert!(matches!(d.showing(), Showing::Crisis(_)));
    assert!(display_texts(&d).iter().any(|t| t.contains(GAS)));
    drop(h);
    drop(link);
}

fn display_config() -> Arc<Config> {
    config(
        "[wall_display]\nslide_seconds = 10\nslides = [\"news\", \"events\", \"hours\", \"clock\"]\n[languages]\noffered = [\"sv\", \"ar\", \"en\"]",
    )
}

fn display_texts(d: &WallDisplay) -> Vec<String> {
    support::texts_of(LANDSCAPE, d.view())
}

#[test]
fn wall_display_rotates_and_a_crisis_replaces_it() {
    support::headless();
    let clock = Clock::manual_stockholm(noon());
    let mut d = WallDisplay::new(display_config(), None, clock.clone());
    let _ = d.update(display::Message::Feeds(Arc::new(news_snapshot())));
    let shown = |d: &WallDisplay| display_texts(d);

    assert_eq!(
        d.showing(),
        Showing::Slide(medborgarkiosk::config::Slide::News, Language::Sv)
    );
    let texts = shown(&d);
    assert!(
        texts.iter().any(|t| t == "Ny lekplats i Tumba"),
        "{texts:?}"
    );
    assert!(texts.iter().any(|t| t == &t!(Language::Sv, "news-heading")));

    clock.advance(Duration::from_secs(5));
    let _ = d.tick();
    assert_eq!(
        d.showing(),
        Showing::Slide(medborgarkiosk::config::Slide::News, Language::Sv)
    );
    clock.advance(Duration::from_secs(5));
    let _ = d.tick();
    assert_eq!(
        d.showing(),
        Showing::Slide(medborgarkiosk::config::Slide::Events, Language::Ar)
    );
    let texts = shown(&d);
    let heading =
        medborgarkiosk::ui::widget::displayed(Language::Ar, &t!(Language::Ar, "events-heading"));
    assert!(texts.contains(&heading), "{texts:?}");
    assert!(texts.iter().any(|t| t == "Läxhjälp för unga"), "{texts:?}");

    clock.advance(Duration::from_secs(10));
    let _ = d.tick();
    assert_eq!(
        d.showing(),
        Showing::Slide(medborgarkiosk::config::Slide::Hours, Language::En)
    );
    let texts = shown(&d);
    assert!(
        texts
            .iter()
            .any(|t| t == "08:00–17:00" || t.contains("08:00")),
        "{texts:?}"
    );

    // A crisis replaces the rotation, whatever the slide.
    let _ = d.update(display::Message::Feeds(snapshot(&[leak()])));
    assert_eq!(d.showing(), Showing::Crisis(Language::En));
    let texts = shown(&d);
    assert!(texts.iter().any(|t| t.contains(LEAK)), "{texts:?}");
    assert!(texts.iter().any(|t| t.contains(SENDER)), "{texts:?}");

    // Cancelled: the rotation is back.
    let _ = d.update(display::Message::Feeds(snapshot(&[
        leak(),
        leak_cancelled(),
    ])));
    assert!(matches!(d.showing(), Showing::Slide(..)));
    assert!(!shown(&d).iter().any(|t| t.contains(LEAK)));
}

/// The now-serving slide shows what the reference central API says was
/// called, fetched through `ApiClient::now_serving` over loopback.
#[test]
fn wall_display_now_serving_from_the_central_api() {
    use medborgarkiosk::contract::{CallNextRequest, TicketNeeds, TicketRequest};
    const TOKEN: &str = "display-test-token-0123456789abcdef";
    support::headless();
    // Monday 23 November 2026, 10:00 in Stockholm: the office is open.
    let opened = chrono::DateTime::parse_from_rfc3339("2026-11-23T10:00:00+01:00")
        .unwrap()
        .to_utc();
    let central = support::LoopbackCentral::start(TOKEN, opened, None);
    let runtime = &central.runtime;
    let config = central.kiosk_config("[wall_display]\nslides = [\"now_serving\", \"clock\"]");
    let backend = central.backend(&config);
    // A visitor takes a ticket; desk 4 calls it (with the desk's token).
    let client = backend.client.clone();
    let desk = medborgarkiosk::api::client::ApiClient::new(
        central.base_url(),
        &central.counter_token("4"),
        &Default::default(),
    )
    .unwrap();
    let number = runtime.block_on(async move {
        let ticket = client
            .create_ticket(
                &TicketRequest {
                    service_id: "forms".into(),
                    office: "botkyrka-tumba".into(),
                    kiosk_id: "kiosk-1".into(),
                    language: Language::Sv,
                    needs: TicketNeeds::default(),
                    requested_at: opened,
                    topic: None,
                },
                uuid::Uuid::new_v4(),
            )
            .await
            .unwrap();
        desk.call_next(
            "botkyrka-tumba",
            "4",
            &CallNextRequest::default(),
            uuid::Uuid::new_v4(),
        )
        .await
        .unwrap();
        ticket.ticket_number
    });

    // The display keeps the server's time, like the kiosk that took the ticket.
    let mut d = WallDisplay::new(config, Some(backend.clone()), backend.clock().clone());
    assert_eq!(
        d.showing(),
        Showing::Slide(medborgarkiosk::config::Slide::NowServing, Language::Sv)
    );
    assert!(display_texts(&d).contains(&t!(Language::Sv, "display-no-one")));
    // The tick fetches the list; its answer comes back as a message.
    let task = d.tick();
    let messages: Vec<display::Message> = runtime.block_on(async {
        match iced_runtime::task::into_stream(task) {
            Some(stream) => {
                stream
                    .filter_map(|action| async move {
                        match action {
                            iced_runtime::Action::Output(m) => Some(m),
                            _ => None,
                        }
                    })
                    .collect()
                    .await
            }
            None => Vec::new(),
        }
    });
    assert_eq!(messages.len(), 1);
    for message in messages {
        let _ = d.update(message);
    }
    let texts = display_texts(&d);
    assert!(texts.contains(&number), "{number} not in {texts:?}");
    assert!(texts.contains(&"Lucka 4".to_owned()), "{texts:?}");
    assert!(texts.contains(&t!(Language::Sv, "display-now-serving")));
    drop(d);
    drop(backend);
    drop(central);
}

/// The takeover covers the bar, so it has a Listen button of its own; it
/// reads the crisis text (`describe`), and acknowledging stops it.
#[test]
fn takeover_can_be_listened_to() {
    let Some(mut h) = Harness::speaking(LANDSCAPE) else {
        return;
    };
    h.send(Message::Feeds(snapshot(&[gas()])));
    assert_eq!(h.kiosk.crisis_layer(), Some(Layer::Takeover));
    assert!(!h.is_speaking());
    h.click(&t!(Language::Sv, "crisis-listen"));
    assert!(h.is_speaking());
    assert!(h.shows(Language::Sv, &t!(Language::Sv, "bar-listen-stop")));
    h.click(&t!(Language::Sv, "crisis-ack"));
    assert!(!h.is_speaking());
    assert_eq!(h.kiosk.crisis_layer(), Some(Layer::Banner));
}

/// The banner, the full messages and the news screen in every language,
/// both orientations, at the largest text size: nothing runs off the sides.
#[test]
fn crisis_and_news_fit_the_width_in_every_language() {
    use medborgarkiosk::session::TextSize;
    let mut problems = Vec::new();
    for size in [LANDSCAPE, PORTRAIT] {
        for language in Language::ALL {
            let mut h = Harness::new(size);
            let mut feeds = news_snapshot();
            feeds.crisis = snapshot(&[leak()]).crisis.clone();
            h.send(Message::Feeds(Arc::new(feeds)));
            h.send(Message::from(start::Message::Choose(language)));
            h.send(Message::Bar(Bar::TextSize(TextSize::Largest)));
            let mut check = |h: &Harness, name: &str| {
                for (text, b) in h.layout().0 {
                    if b.x < -0.5 || b.x + b.width > size.width + 0.5 {
                        problems.push(format!(
                            "{name} {language} {size:?}: {text:?} outside at {b:?}"
                        ));
                    }
                }
            };
            check(&h, "banner");
            h.send(Message::from(home::Message::Open(Flow::News)));
            check(&h, "news");
            h.send(Message::Crisis(crisis::Message::Open));
            check(&h, "message");
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The wall's hours slide says when the office opens next once it is
/// closed for the day; the now-serving counters are named in the slide's
/// language; the news and events slides say how old stale data is.
#[test]
fn wall_display_next_opening_named_counters_and_stale_data() {
    support::headless();
    let config = config(
        "[wall_display]\nslides = [\"now_serving\", \"news\", \"events\", \"hours\", \"clock\"]\n\
         [languages]\noffered = [\"sv\", \"ar\", \"en\"]\n\
         [opening_hours]\nmonday = \"08:00-17:00\"\ntuesday = \"closed\"\n\
         exceptions = [{ date = \"2026-11-25\", hours = \"closed\" }]\n",
    );
    let clock = Clock::manual_stockholm(noon());
    let t0 = clock.instant();
    let has = |d: &WallDisplay, needle: &str| display_texts(d).iter().any(|t| t.contains(needle));

    // Monday 23 November at noon: open; nothing about the next opening.
    let mut d = WallDisplay::new(config.clone(), None, clock.clone());
    d.rotation_mut().force(Slide::Hours, Language::Sv, t0);
    assert!(has(&d, "08:00–17:00"));
    assert!(!has(&d, "Stängt nu"), "{:?}", display_texts(&d));
    // 17:30: closed for the day. Tuesday is closed, Wednesday an
    // exception: it opens Thursday 26 November at 08:00 (the default).
    clock.set_stockholm(at(17, 30));
    let line = t!(
        Language::Sv,
        "display-closed-opens",
        day = "torsdag 26 november",
        time = "08:00"
    );
    assert!(has(&d, &line), "{:?}", display_texts(&d));
    d.rotation_mut().force(Slide::Hours, Language::Ar, t0);
    assert!(has(&d, "08:00"), "{:?}", display_texts(&d));
    assert!(
        has(
            &d,
            &t!(
                Language::Ar,
                "display-closed-opens",
                day = medborgarkiosk::speech::spoken::date(
                    Language::Ar,
                    NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
                ),
                time = "08:00"
            )
        ),
        "{:?}",
        display_texts(&d)
    );

    // Tuesday (closed all day): "Opens Thursday …", without repeating
    // the "closed" the slide shows in large type.
    clock.set_stockholm(
        NaiveDate::from_ymd_opt(2026, 11, 24)
            .unwrap()
            .and_hms_opt(9, 0, 0)
            .unwrap(),
    );
    d.rotation_mut().force(Slide::Hours, Language::Sv, t0);
    let opens = t!(
        Language::Sv,
        "display-opens",
        day = "torsdag 26 november",
        time = "08:00"
    );
    assert!(has(&d, &opens), "{:?}", display_texts(&d));
    assert!(!has(&d, "Stängt nu"), "{:?}", display_texts(&d));

    // Counters by name, in each language.
    let serving = medborgarkiosk::contract::NowServing {
        office: "demo".to_owned(),
        entries: vec![medborgarkiosk::contract::NowServingEntry {
            ticket_number: "A042".to_owned(),
            service_id: "demo".to_owned(),
            counter: "3".to_owned(),
            called_at: clock.now(),
            language: None,
        }],
    };
    let _ = d.update(display::Message::Serving(Some(serving)));
    d.rotation_mut().force(Slide::NowServing, Language::Sv, t0);
    assert!(has(&d, "Lucka 3"), "{:?}", display_texts(&d));
    assert!(!display_texts(&d).iter().any(|t| t == "3"));
    d.rotation_mut().force(Slide::NowServing, Language::Ar, t0);
    assert!(has(&d, "الشباك 3"), "{:?}", display_texts(&d));
    d.rotation_mut().force(Slide::NowServing, Language::En, t0);
    assert!(has(&d, "Desk 3"), "{:?}", display_texts(&d));

    // A news source down since 14:05: the news slide says so, with the time.
    let mut snapshot = news_snapshot();
    snapshot.sources = vec![feeds::SourceStatus {
        url: "https://www.botkyrka.se/nyheter.rss".to_owned(),
        role: feeds::SourceRole::News,
        kind: FeedKind::Rss,
        last_success: Some(utc(at(14, 5))),
        last_attempt: Some(utc(at(17, 30))),
        last_error: Some(feeds::fetch::ErrorClass::Network),
        last_error_detail: None,
        item_count: 2,
        problems: Vec::new(),
    }];
    let _ = d.update(display::Message::Feeds(Arc::new(snapshot)));
    d.rotation_mut().force(Slide::News, Language::Sv, t0);
    assert!(has(&d, "www.botkyrka.se"), "{:?}", display_texts(&d));
    assert!(has(&d, "14:05"), "{:?}", display_texts(&d));
    // The events slide speaks only of events sources: this one is fine.
    d.rotation_mut().force(Slide::Events, Language::Sv, t0);
    assert!(!has(&d, "www.botkyrka.se"), "{:?}", display_texts(&d));
}

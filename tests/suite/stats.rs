//! What the kiosk counts as visitors move (issue 22), through the UI: a
//! session's language and entry, a flow started and done or left at its
//! step, a guide opened with its QR code, help from staff with the guide,
//! the ticket with its service and topic, and never anything typed.

use crate::support;

use std::collections::BTreeMap;

use chrono::{TimeZone, Utc};
use medborgarkiosk::i18n::Language;
use medborgarkiosk::t;
use medborgarkiosk::ui::app::{Bar, LANDSCAPE, Message};
use support::{Harness, LoopbackCentral};

const TOKEN: &str = "stats-test-token-0123456789abcdef";

fn world() -> (LoopbackCentral, Harness) {
    // Monday 23 November 2026, 10:00 in Stockholm: the office is open.
    let at = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
    let central = LoopbackCentral::start(TOKEN, at, None);
    let config = central.kiosk_config("");
    let backend = central.backend(&config);
    let h = Harness::with(config, Some(backend), LANDSCAPE);
    (central, h)
}

/// Everything counted so far, all hours together.
fn counted(h: &Harness) -> BTreeMap<String, u32> {
    let mut all = BTreeMap::new();
    for (_, counts) in h.kiosk.staff().stats().pending() {
        for (name, n) in counts {
            *all.entry(name).or_default() += n;
        }
    }
    all
}

#[test]
fn a_guide_then_help_from_staff_is_counted_by_fixed_names() {
    let sv = Language::Sv;
    let (_central, mut h) = world();
    h.click("Svenska");
    h.click(&t!(sv, "tile-guides"));
    let catalog = h.kiosk.catalog().clone();
    let guide = catalog.guides_in("work-money").next().unwrap().clone();
    let category = catalog
        .category_name("work-money", sv)
        .unwrap()
        .value
        .to_owned();
    h.click(&category);
    h.click(&catalog.guide_text(&guide.id, sv).unwrap().value.title);
    h.click(&t!(sv, "guide-help-from-staff"));
    h.click(&t!(sv, "queue-get-ticket"));
    // The ticket goes back to Start by itself: the visit ends.
    h.send(Message::Bar(Bar::StartOver));
    let c = counted(&h);
    let expect = [
        "session.language.sv".to_owned(),
        "session.entry.guides".to_owned(),
        "flow.guides.started".to_owned(),
        format!("guide.opened.{}", guide.id),
        "qr.shown.guide".to_owned(),
        format!("guide.help.{}", guide.id),
        "flow.guides.completed".to_owned(),
        "flow.ticket.started".to_owned(),
        "ticket.service.e-services".to_owned(),
        format!("ticket.topic.guide:{}", guide.id),
        "flow.ticket.completed".to_owned(),
    ];
    for name in &expect {
        assert_eq!(c.get(name), Some(&1), "{name} in {c:?}");
    }
    // Nothing else than these (and no second entry).
    assert_eq!(c.len(), expect.len(), "{c:?}");
}

#[test]
fn a_synpunkt_left_at_the_message_counts_the_step_and_never_the_text() {
    let sv = Language::Sv;
    let (_central, mut h) = world();
    h.key("Tab");
    h.choose_by_keys("Svenska");
    h.choose_by_keys(&t!(sv, "tile-synpunkt"));
    h.choose_by_keys(&t!(sv, "syn-intro-continue"));
    h.choose_by_keys("Klagomål");
    let catalog = h.kiosk.catalog().clone();
    h.choose_by_keys(catalog.area_name("citizen-center", sv).unwrap().value);
    h.choose_by_keys("Bemötande");
    h.choose_by_keys("Nästa");
    const SECRET: &str = "Kalle Svensson 070";
    h.type_text(SECRET);
    h.send(Message::Bar(Bar::TextSize(
        medborgarkiosk::session::TextSize::Largest,
    )));
    // The visitor walks away: the idle reset ends the visit.
    h.advance(200);
    let c = counted(&h);
    assert_eq!(c.get("flow.synpunkt.left.message"), Some(&1), "{c:?}");
    assert_eq!(c.get("idle.reset"), Some(&1), "{c:?}");
    assert_eq!(c.get("access.keys"), Some(&1), "{c:?}");
    assert_eq!(c.get("access.text-size"), Some(&1), "{c:?}");
    assert!(
        c.keys().all(|k| !k.to_lowercase().contains("kalle")),
        "{c:?}"
    );
    // Not in the files on disk either.
    h.kiosk.staff().stats().flush();
    let dir = h.kiosk.services().config().data_dir.join("stats");
    for entry in std::fs::read_dir(&dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        assert!(!text.contains("Kalle") && !text.contains("070"), "{text}");
    }
}

#[test]
fn the_staff_panel_reads_todays_figures_from_the_same_counts() {
    let (_central, mut h) = world();
    h.click("Svenska");
    h.send(Message::Bar(Bar::StartOver));
    h.click_in(Language::Ar, "العربية");
    let today = h.kiosk.services().today();
    let tally = h.kiosk.staff().tally(today);
    assert_eq!(tally.languages.get("sv"), Some(&1));
    assert_eq!(tally.languages.get("ar"), Some(&1));
    let c = counted(&h);
    assert_eq!(c.get("session.language.ar"), Some(&1));
}

const ADMIN: &str = "stats-test-admin-token-0123456789abcdef";

/// The kiosk delivers its hours to the central API; the report counts
/// them once, however often they are delivered.
#[test]
fn the_kiosks_hours_reach_the_report_once() {
    use medborgarkiosk::central::{Role, TokenConfig};
    use medborgarkiosk::contract::stats::{Cell, Report};
    let at = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
    let central = LoopbackCentral::start_with(TOKEN, at, |config| {
        config.with_token(TokenConfig::for_token(Role::Admin, "it", ADMIN).unwrap())
    });
    let config = central.kiosk_config("");
    let backend = central.backend(&config);
    let mut h = Harness::with(config.clone(), Some(backend.clone()), LANDSCAPE);
    // Three visitors in Swedish, one opens the guides.
    for _ in 0..3 {
        h.click("Svenska");
        h.click(&t!(Language::Sv, "tile-guides"));
        h.send(Message::Bar(Bar::StartOver));
    }
    let stats = h.kiosk.staff().stats();
    let deliver = || {
        let (client, stats) = (backend.client.clone(), stats.clone());
        let (office, kiosk) = (backend.office.clone(), backend.kiosk_id.clone());
        central.runtime.block_on(async move {
            medborgarkiosk::backend::deliver_stats_now(&client, &stats, &office, &kiosk).await
        })
    };
    assert_eq!(deliver(), 1, "one hour delivered");
    assert!(stats.pending().is_empty());
    // Delivered again (a retry after a lost answer): nothing changes.
    let hour = medborgarkiosk::stats::hour_of(at);
    stats.delivered(hour, Default::default());
    assert_eq!(deliver(), 1);
    let base = central.base_url().to_owned();
    let office = backend.office.clone();
    let report: Report = central.runtime.block_on(async move {
        reqwest::Client::new()
            .get(format!(
                "{base}/v1/reports?office={office}&from=2026-11-23&to=2026-11-23"
            ))
            .bearer_auth(ADMIN)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap()
    });
    let sv = report
        .languages
        .iter()
        .find(|n| n.name == "sv")
        .expect("sv");
    assert_eq!(sv.value, Cell::Count(3), "{report:?}");
    let guides = report
        .flows
        .iter()
        .find(|f| f.flow == "guides")
        .expect("guides");
    assert_eq!(guides.started, Cell::Count(3));
    // Left at the categories each time: three.
    assert_eq!(
        guides
            .left_at
            .iter()
            .find(|n| n.name == "categories")
            .map(|n| n.value),
        Some(Cell::Count(3)),
        "{guides:?}"
    );
}

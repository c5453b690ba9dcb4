//! Parsers and the CAP evaluation on the payloads in tests/data/feeds/.

use chrono::{DateTime, NaiveDate, Utc};
use medborgarkiosk::feeds::crisis::{MsgType, Severity, Status, Urgency};
use medborgarkiosk::feeds::detect::{FeedKind, detect_kind, parse_time};
use medborgarkiosk::feeds::news::{merge_events, merge_news};
use medborgarkiosk::feeds::{
    ActiveOptions, CrisisMessage, CrisisSource, DropReason, ParseError, Parsed, active_messages,
    parse, parse_any,
};
use medborgarkiosk::i18n::Language;

fn data(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/data/feeds/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn now() -> DateTime<Utc> {
    parse_time("2026-11-21T12:00:00+01:00").unwrap()
}

fn news(name: &str) -> medborgarkiosk::feeds::news::ParsedNewsFeed {
    match parse(FeedKind::Rss, &data(name)).unwrap() {
        Parsed::News(n) => n,
        other => panic!("{other:?}"),
    }
}

fn crisis(kind: FeedKind, name: &str) -> Vec<CrisisMessage> {
    match parse(kind, &data(name)).unwrap() {
        Parsed::Crisis(c) => c.messages,
        other => panic!("{other:?}"),
    }
}

fn ids(active: &[medborgarkiosk::feeds::ActiveMessage]) -> Vec<&str> {
    active.iter().map(|a| a.message.id.as_str()).collect()
}

#[test]
fn detection_of_every_payload() {
    for (name, kind) in [
        ("news-rss.xml", FeedKind::Rss),
        ("news-latin1.xml", FeedKind::Rss),
        ("news-atom.xml", FeedKind::Rss),
        ("events-rss.xml", FeedKind::Rss),
        ("krisinformation-news.json", FeedKind::Krisinformation),
        ("vma-alerts.json", FeedKind::Vma),
        ("cap-multilang.xml", FeedKind::Cap),
        ("cap-chain.xml", FeedKind::Cap),
        ("cap-expired.xml", FeedKind::Cap),
    ] {
        assert_eq!(detect_kind(&data(name)).unwrap(), kind, "{name}");
    }
    assert_eq!(detect_kind(&data("not-a-feed.html")), Err(ParseError::Html));
    assert_eq!(
        parse(FeedKind::Rss, &data("not-a-feed.html")),
        Err(ParseError::Html)
    );
    assert!(matches!(
        parse_any(None, &data("broken.xml")),
        Err(ParseError::Malformed(_))
    ));
    // The wrong kind is an error, not garbage.
    assert!(parse(FeedKind::Vma, &data("news-rss.xml")).is_err());
    assert!(parse(FeedKind::Cap, &data("news-rss.xml")).is_err());
    assert!(parse(FeedKind::Krisinformation, &data("cap-chain.xml")).is_err());
}

#[test]
fn rss_html_is_plain_text_and_items_without_guid_dedupe() {
    let feed = news("news-rss.xml");
    assert_eq!(feed.title.as_deref(), Some("Botkyrka kommun – Nyheter"));
    assert_eq!(
        feed.items.len(),
        3,
        "the duplicate item without guid is dropped"
    );
    let library = feed
        .items
        .iter()
        .find(|i| i.id == "botkyrka-news-4711")
        .unwrap();
    assert_eq!(
        library.summary,
        "Det nya biblioteket i Alby öppnar den 1 december.\nVälkommen på invigning & fika kl. 14!"
    );
    assert!(!library.summary.contains("tracking") && !library.summary.contains("color"));
    assert_eq!(library.language(), Some(Language::Sv));
    let plow = feed
        .items
        .iter()
        .find(|i| i.title.starts_with("Vinter"))
        .unwrap();
    assert_eq!(
        plow.summary,
        "Kommunen plogar gång- och cykelvägar först.\nHuvudgator\nBussgator"
    );
    let summer = feed
        .items
        .iter()
        .find(|i| i.title.starts_with("Sommarjobb"))
        .unwrap();
    assert!(summer.id.starts_with("sha256:"));
    // Stable across parses: the same item is the same item on every fetch.
    assert_eq!(news("news-rss.xml").items, feed.items);
    let merged = merge_news([feed.items.clone()]);
    let titles: Vec<&str> = merged.iter().map(|i| i.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Vinterväghållning: så plogar vi",
            "Nytt bibliotek öppnar i Alby",
            "Sommarjobb för unga – ansök nu"
        ]
    );
}

#[test]
fn iso_8859_1_rss_is_decoded() {
    let raw = data("news-latin1.xml");
    assert!(
        std::str::from_utf8(&raw).is_err(),
        "the file really is Latin-1"
    );
    let feed = news("news-latin1.xml");
    assert_eq!(feed.title.as_deref(), Some("Föreningsnytt i Tumba"));
    assert_eq!(feed.items.len(), 2);
    assert_eq!(feed.items[0].title, "Öppet hus på fritidsgården Hågelby");
    assert_eq!(
        feed.items[1].summary,
        "Vi städar längs Tumbaån på lördag. Handskar finns & kaffe bjuds."
    );
    assert!(feed.items[1].link.is_none());
    assert!(feed.problems.iter().any(|p| p.contains("without guid")));
}

#[test]
fn atom_languages_per_entry() {
    let feed = news("news-atom.xml");
    let en = feed
        .items
        .iter()
        .find(|i| i.id == "urn:botkyrka:en:news:100")
        .unwrap();
    assert_eq!(en.title, "Free Swedish courses at the library");
    assert_eq!(en.summary, "Courses start in January. Sign up.");
    assert_eq!(en.language(), Some(Language::En));
    let ar = feed
        .items
        .iter()
        .find(|i| i.id == "urn:botkyrka:ar:news:100")
        .unwrap();
    assert_eq!(ar.language(), Some(Language::Ar));
    assert_eq!(ar.summary, "تبدأ الدورات في يناير.");
}

#[test]
fn events_by_start_date_past_ones_left_out() {
    let feed = news("events-rss.xml");
    let today = NaiveDate::from_ymd_opt(2026, 11, 21).unwrap();
    let events = merge_events([feed.items], today);
    let titles: Vec<&str> = events.iter().map(|e| e.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Läxhjälp på biblioteket", "Julmarknad i Tumba centrum"]
    );
    assert_eq!(
        events[1].event_start,
        parse_time("2026-12-12T11:00:00+01:00")
    );
}

#[test]
fn krisinformation_filtered_to_county_municipality_and_national() {
    let messages = crisis(FeedKind::Krisinformation, "krisinformation-news.json");
    assert_eq!(messages.len(), 7);
    let water = &messages[0];
    assert_eq!(water.source, CrisisSource::Krisinformation);
    assert_eq!(
        water.infos[0].headline,
        "Koka dricksvattnet i Tullinge och Tumba"
    );
    let description = &water.infos[0].description;
    assert!(description.starts_with("Botkyrka kommun rekommenderar"));
    assert!(description.contains(
        "Koka vattnet i minst en minut. Det gäller även vatten till matlagning & tandborstning."
    ));
    assert!(!description.contains("track()") && !description.contains('<'));
    assert_eq!(water.updated, parse_time("2026-11-21T10:15:00+01:00"));

    let (active, dropped) = active_messages(&messages, now(), &ActiveOptions::default());
    let mut active_ids = ids(&active);
    active_ids.sort();
    assert_eq!(
        active_ids,
        [
            "krisinfo-2026-1121-botkyrka-vatten",
            "krisinfo-2026-1121-english",
            "krisinfo-2026-1121-national-it",
            "krisinfo-2026-1121-stockholm-storm",
        ]
    );
    let reason = |id: &str| {
        dropped
            .iter()
            .find(|d| d.id == id)
            .map(|d| d.reason.clone())
    };
    assert_eq!(
        reason("krisinfo-2026-1121-skane-flood"),
        Some(DropReason::OtherArea)
    );
    assert_eq!(
        reason("krisinfo-2026-1121-huddinge-brand"),
        Some(DropReason::OtherArea)
    );
    assert!(matches!(
        reason("krisinfo-2026-1115-old"),
        Some(DropReason::TooOld { .. })
    ));
    assert!(active.iter().all(|a| !a.takes_over_screen));

    // Another office: Huddinge (0126) sees its fire, not Botkyrka's water.
    let huddinge = ActiveOptions {
        municipality_code: "0126".into(),
        municipality_name: "Huddinge".into(),
        ..ActiveOptions::default()
    };
    let (active, _) = active_messages(&messages, now(), &huddinge);
    let active_ids = ids(&active);
    assert!(active_ids.contains(&"krisinfo-2026-1121-huddinge-brand"));
    assert!(!active_ids.contains(&"krisinfo-2026-1121-botkyrka-vatten"));
}

#[test]
fn vma_update_cancel_test_exercise_and_area() {
    let messages = crisis(FeedKind::Vma, "vma-alerts.json");
    assert_eq!(messages.len(), 7);
    let first = &messages[0];
    assert_eq!(first.source, CrisisSource::SverigesRadioVma);
    assert_eq!(first.infos.len(), 2);
    assert_eq!(
        first.infos[1].categories,
        ["Fire", "Safety"],
        "category as an array"
    );
    assert_eq!(first.infos[0].categories, ["Fire"], "category as a string");
    assert_eq!(
        first.infos[1].geocodes,
        ["0127"],
        "area and geocode as objects"
    );
    let cancel = messages
        .iter()
        .find(|m| m.msg_type == MsgType::Cancel)
        .unwrap();
    assert!(cancel.infos.is_empty(), "info: null on a Cancel");
    assert_eq!(cancel.references[0].identifier, "SRVMA-2026-1120-010");

    let (active, dropped) = active_messages(&messages, now(), &ActiveOptions::default());
    assert_eq!(ids(&active), ["SRVMA-2026-1121-002"]);
    assert!(
        active[0].takes_over_screen,
        "every VMA takes over the screen"
    );
    assert_eq!(active[0].severity, Severity::Severe);
    let reason = |id: &str| {
        dropped
            .iter()
            .find(|d| d.id == id)
            .map(|d| d.reason.clone())
    };
    assert_eq!(
        reason("SRVMA-2026-1121-001"),
        Some(DropReason::Superseded {
            by: "SRVMA-2026-1121-002".into()
        })
    );
    assert_eq!(
        reason("SRVMA-2026-1120-010"),
        Some(DropReason::Cancelled {
            by: "SRVMA-2026-1120-011".into()
        })
    );
    assert_eq!(reason("SRVMA-2026-1120-011"), Some(DropReason::IsCancel));
    assert_eq!(
        reason("SRVMA-2026-1201-TEST"),
        Some(DropReason::Status {
            status: Status::Test
        })
    );
    assert_eq!(
        reason("SRVMA-2026-1121-EXERCISE"),
        Some(DropReason::Status {
            status: Status::Exercise
        })
    );
    assert_eq!(
        reason("SRVMA-2026-1121-GOTLAND"),
        Some(DropReason::OtherArea)
    );

    // Configured to show tests and exercises: the test (no area) shows; the
    // exercise is for Södertälje, so it is dropped for its area instead.
    let options = ActiveOptions {
        show_tests: true,
        show_exercises: true,
        ..Default::default()
    };
    let (active, dropped) = active_messages(&messages, now(), &options);
    assert!(ids(&active).contains(&"SRVMA-2026-1201-TEST"));
    let test = active
        .iter()
        .find(|a| a.message.id == "SRVMA-2026-1201-TEST")
        .unwrap();
    assert!(!test.takes_over_screen, "a test VMA only gets the banner");
    assert!(
        dropped
            .iter()
            .any(|d| d.id == "SRVMA-2026-1121-EXERCISE" && d.reason == DropReason::OtherArea)
    );
}

#[test]
fn vma_english_visitor_gets_english_block_of_original_before_update() {
    let messages = crisis(FeedKind::Vma, "vma-alerts.json");
    let original: Vec<CrisisMessage> = messages.into_iter().take(1).collect();
    let options = ActiveOptions {
        language: Language::En,
        ..Default::default()
    };
    let (active, _) = active_messages(&original, now(), &options);
    assert_eq!(
        active[0].info().headline,
        "Fire in Tumba – close doors and windows"
    );
    assert!(!active[0].language_fallback);
}

#[test]
fn cap_multilanguage_takeover() {
    let messages = crisis(FeedKind::Cap, "cap-multilang.xml");
    assert_eq!(messages.len(), 1);
    let m = &messages[0];
    assert_eq!(
        m.source,
        CrisisSource::Cap {
            sender: "Länsstyrelsen Stockholm".into()
        }
    );
    assert_eq!(m.infos.len(), 4);
    assert_eq!(
        m.infos[0].description,
        "Ett utsläpp av ammoniak har skett vid en industri i Fittja.\nGasen sprids med vinden mot nordost."
    );
    for (language, headline, fallback) in [
        (Language::Sv, "Farligt utsläpp av ammoniak i Fittja", false),
        (Language::En, "Ammonia release in Fittja", false),
        (Language::Ar, "تسرب الأمونيا في فيتيا", false),
        (Language::So, "Ammonia ayaa ka daatay Fittja", false),
        (Language::Fi, "Farligt utsläpp av ammoniak i Fittja", true),
        (Language::Ti, "Farligt utsläpp av ammoniak i Fittja", true),
    ] {
        let options = ActiveOptions {
            language,
            ..Default::default()
        };
        let (active, _) = active_messages(&messages, now(), &options);
        assert_eq!(active.len(), 1);
        assert_eq!(active[0].info().headline, headline, "{language}");
        assert_eq!(active[0].language_fallback, fallback, "{language}");
        assert!(active[0].takes_over_screen);
        assert_eq!(active[0].urgency, Urgency::Immediate);
    }
    // After it expires (18:00), it is gone.
    let later = parse_time("2026-11-21T18:00:01+01:00").unwrap();
    let (active, dropped) = active_messages(&messages, later, &ActiveOptions::default());
    assert!(active.is_empty());
    assert!(matches!(dropped[0].reason, DropReason::Expired { .. }));
}

#[test]
fn cap_chain_update_cancel_expired_exercise_minimal() {
    let messages = crisis(FeedKind::Cap, "cap-chain.xml");
    assert_eq!(messages.len(), 9);
    let minimal = messages.iter().find(|m| m.id == "SBFF-M-500").unwrap();
    assert_eq!(
        minimal.infos[0].language_tag, "en-US",
        "CAP default language"
    );
    assert!(minimal.infos[0].expires.is_none() && minimal.infos[0].areas.is_empty());

    let (active, dropped) = active_messages(&messages, now(), &ActiveOptions::default());
    assert_eq!(ids(&active), ["SBFF-B-201", "SBFF-M-500"]);
    assert_eq!(
        active[0].info().instruction,
        "Hämta vatten vid tankbilen vid Tumba station."
    );
    let reason = |id: &str| {
        dropped
            .iter()
            .find(|d| d.id == id)
            .map(|d| d.reason.clone())
    };
    assert_eq!(
        reason("SBFF-A-100"),
        Some(DropReason::Superseded {
            by: "SBFF-A-101".into()
        })
    );
    assert_eq!(
        reason("SBFF-A-101"),
        Some(DropReason::Cancelled {
            by: "SBFF-A-102".into()
        })
    );
    assert_eq!(reason("SBFF-A-102"), Some(DropReason::IsCancel));
    assert_eq!(
        reason("SBFF-B-200"),
        Some(DropReason::Superseded {
            by: "SBFF-B-201".into()
        })
    );
    assert!(matches!(
        reason("SBFF-E-300"),
        Some(DropReason::Expired { .. })
    ));
    assert_eq!(
        reason("SBFF-X-400"),
        Some(DropReason::Status {
            status: Status::Exercise
        })
    );
    assert_eq!(
        reason("SBFF-S-600"),
        Some(DropReason::Status {
            status: Status::System
        })
    );

    // Before the cancel was sent (evaluated as at 10:00 with only what had
    // been sent then), the fire update was active.
    let early: Vec<CrisisMessage> = messages
        .iter()
        .filter(|m| m.sent <= parse_time("2026-11-21T10:00:00+01:00"))
        .cloned()
        .collect();
    let at_ten = parse_time("2026-11-21T10:00:00+01:00").unwrap();
    let (active, _) = active_messages(&early, at_ten, &ActiveOptions::default());
    // (The icy roads warning expired at 10:00 sharp.)
    assert_eq!(ids(&active), ["SBFF-A-101", "SBFF-B-200"]);

    // Exercises configured on: the Extreme/Immediate exercise shows (first,
    // as the most severe) but never takes over the screen.
    let options = ActiveOptions {
        show_exercises: true,
        ..Default::default()
    };
    let (active, _) = active_messages(&messages, now(), &options);
    assert_eq!(active[0].message.id, "SBFF-X-400");
    assert_eq!(active[0].severity, Severity::Extreme);
    assert!(!active[0].takes_over_screen);
}

#[test]
fn cap_expired_alert() {
    let messages = crisis(FeedKind::Cap, "cap-expired.xml");
    let (active, dropped) = active_messages(&messages, now(), &ActiveOptions::default());
    assert!(active.is_empty());
    assert_eq!(
        dropped[0].reason,
        DropReason::Expired {
            at: parse_time("2026-11-20T23:59:00+01:00").unwrap()
        }
    );
    // The day before, it was active.
    let before = parse_time("2026-11-20T15:00:00+01:00").unwrap();
    let (active, _) = active_messages(&messages, before, &ActiveOptions::default());
    assert_eq!(active.len(), 1);
    assert_eq!(active[0].message.msg_type, MsgType::Alert);
}

#[test]
fn duplicates_across_sources_keep_the_latest() {
    let mut messages = crisis(FeedKind::Cap, "cap-expired.xml");
    let mut newer = messages[0].clone();
    newer.sent = parse_time("2026-11-20T07:00:00+01:00");
    newer.infos[0].headline = "Ny rubrik".into();
    messages.push(newer);
    let before = parse_time("2026-11-20T15:00:00+01:00").unwrap();
    let (active, dropped) = active_messages(&messages, before, &ActiveOptions::default());
    assert_eq!(active.len(), 1);
    assert_eq!(active[0].info().headline, "Ny rubrik");
    assert_eq!(dropped[0].reason, DropReason::Duplicate);
}

#[test]
fn lenient_vma_shapes() {
    // A bare list, a single alert, null and missing fields, odd key case.
    let bare = br#"[{"identifier":"a","sender":"s","sent":"2026-11-21T11:00:00+01:00","status":"Actual","msgType":"Alert","info":{"headline":"H","category":null,"area":null}}]"#;
    let Parsed::Crisis(c) = parse(FeedKind::Vma, bare).unwrap() else {
        panic!()
    };
    assert_eq!(c.messages[0].infos[0].headline, "H");
    assert_eq!(c.messages[0].infos[0].language_tag, "sv-SE");
    let single = br#"{"Identifier":"b","Sender":"s","Sent":"2026-11-21T11:00:00+01:00","Status":"actual","MsgType":"update"}"#;
    let Parsed::Crisis(c) = parse(FeedKind::Vma, single).unwrap() else {
        panic!()
    };
    assert_eq!(c.messages[0].status, Status::Actual);
    assert!(c.problems.iter().any(|p| p.contains("without references")));
    let empty = br#"{"timestamp":"2026-11-21T11:00:00Z","alerts":[]}"#;
    let Parsed::Crisis(c) = parse(FeedKind::Vma, empty).unwrap() else {
        panic!()
    };
    assert!(c.messages.is_empty());
}

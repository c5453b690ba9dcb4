//! Sample feed data for screenshots and demos: area news and events, and
//! crisis messages as CAP 1.2 (parsed by the real parser), all relative to
//! a given moment so they are current when shown.

use chrono::{DateTime, Duration, Utc};

use super::fetch::ErrorClass;
use super::news::NewsItem;
use super::{FeedKind, FeedsSnapshot, Parsed, SourceRole, SourceStatus};

fn item(id: &str, title: &str, summary: &str, lang: &str, published: DateTime<Utc>) -> NewsItem {
    NewsItem {
        id: id.to_owned(),
        title: title.to_owned(),
        summary: summary.to_owned(),
        link: None,
        published: Some(published),
        updated: None,
        event_start: None,
        language_tag: Some(lang.to_owned()),
        feed_title: Some("Botkyrka kommun".to_owned()),
        retrieved_at: Some(published),
    }
}

/// News (Swedish and English) and upcoming events (Swedish).
pub fn news(now: DateTime<Utc>) -> FeedsSnapshot {
    let day = Duration::days(1);
    let news = vec![
        item(
            "n3",
            "Ny lekplats vid Tumba torg",
            "Lekplatsen vid Tumba torg är klar. Den har gungor, klätterställning och en sandlåda som passar barn med rullstol.",
            "sv-SE",
            now - Duration::hours(3),
        ),
        item(
            "n3-en",
            "New playground at Tumba square",
            "The playground at Tumba square is ready, with swings, a climbing frame and a sandpit for children in wheelchairs.",
            "en",
            now - Duration::hours(3),
        ),
        item(
            "n2",
            "Biblioteket i Tumba har nya öppettider",
            "Från och med december har biblioteket öppet till klockan 20 på tisdagar och torsdagar.",
            "sv-SE",
            now - day * 2,
        ),
        item(
            "n1",
            "Snöröjning i Botkyrka",
            "Kommunen plogar gång- och cykelvägar först. Ring kontaktcenter om din väg inte är plogad.",
            "sv-SE",
            now - day * 4,
        ),
    ];
    let event = |id: &str, title: &str, summary: &str, days: i32| NewsItem {
        event_start: Some(now + day * days),
        ..item(id, title, summary, "sv-SE", now - day * 7)
    };
    let events = vec![
        event(
            "e1",
            "Läxhjälp för unga på biblioteket",
            "Varje tisdag klockan 15 till 17. Gratis, ingen anmälan.",
            1,
        ),
        event(
            "e2",
            "Julmarknad på Tumba torg",
            "Hantverk, glögg och tomtar. Klockan 11 till 16.",
            6,
        ),
        event(
            "e3",
            "Informationsmöte om nya bostäder i Alby",
            "Kommunen berättar om planerna och svarar på frågor.",
            9,
        ),
    ];
    // The news feed answered a minute ago; the events feed has been down
    // for three hours (its data is shown with its age).
    let source = |url: &str, role, fetched: DateTime<Utc>, down: bool| SourceStatus {
        url: url.to_owned(),
        role,
        kind: FeedKind::Rss,
        last_success: Some(fetched),
        last_attempt: Some(now),
        last_error: down.then_some(ErrorClass::Network),
        last_error_detail: None,
        item_count: 0,
        problems: Vec::new(),
    };
    FeedsSnapshot {
        news,
        events,
        sources: vec![
            source(
                "https://www.botkyrka.se/nyheter.rss",
                SourceRole::News,
                now - Duration::minutes(1),
                false,
            ),
            source(
                "https://www.botkyrka.se/evenemang.rss",
                SourceRole::Events,
                now - Duration::hours(3),
                true,
            ),
        ],
        ..FeedsSnapshot::default()
    }
}

/// A takeover message (Extreme, Immediate; Swedish, English and Arabic) and
/// a banner message (Severe, only Swedish), current at `now`.
pub fn crisis(now: DateTime<Utc>) -> FeedsSnapshot {
    let time = |t: DateTime<Utc>| t.format("%Y-%m-%dT%H:%M:%S+00:00").to_string();
    let sent = time(now - Duration::minutes(20));
    let expires = time(now + Duration::hours(4));
    let info = |lang: &str,
                severity: &str,
                urgency: &str,
                headline: &str,
                text: &str,
                instruction: &str| {
        format!(
            "<info><language>{lang}</language><category>Safety</category><event>Larm</event>\
             <urgency>{urgency}</urgency><severity>{severity}</severity><certainty>Observed</certainty>\
             <senderName>Länsstyrelsen Stockholm</senderName><headline>{headline}</headline>\
             <description>{text}</description><instruction>{instruction}</instruction>\
             <expires>{expires}</expires><area><areaDesc>Tumba</areaDesc>\
             <geocode><valueName>SCB</valueName><value>0127</value></geocode></area></info>"
        )
    };
    let alert = |id: &str, infos: String| {
        format!(
            "<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"><identifier>{id}</identifier>\
             <sender>cap@lansstyrelsen.example</sender><sent>{sent}</sent><status>Actual</status>\
             <msgType>Alert</msgType><scope>Public</scope>{infos}</alert>"
        )
    };
    let gas = [
        info(
            "sv-SE",
            "Extreme",
            "Immediate",
            "Gasutsläpp i Tumba: gå inomhus",
            "Ett gasutsläpp har skett vid Tumba station. Gasen kan vara farlig att andas in.",
            "Gå inomhus och stäng fönster, dörrar och ventilation. Lyssna på Sveriges Radio P4.",
        ),
        info(
            "en-GB",
            "Extreme",
            "Immediate",
            "Gas leak in Tumba: go indoors",
            "Gas has leaked near Tumba station. It can be dangerous to breathe.",
            "Go indoors and close windows, doors and ventilation. Listen to Sveriges Radio P4.",
        ),
        info(
            "ar",
            "Extreme",
            "Immediate",
            "تسرب غاز في تومبا: ادخل إلى المبنى",
            "حدث تسرب غاز قرب محطة تومبا. قد يكون استنشاق الغاز خطيراً.",
            "ادخل إلى مبنى وأغلق النوافذ والأبواب والتهوية. استمع إلى إذاعة السويد P4.",
        ),
    ]
    .concat();
    let water = info(
        "sv-SE",
        "Severe",
        "Expected",
        "Vattenläcka: inget vatten i Tumba centrum",
        "En vattenledning har gått sönder. Det finns inget kranvatten i Tumba centrum till klockan 18.",
        "Hämta vatten i tanken vid Tumba torg.",
    );
    let payload = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><alerts>{}{}</alerts>",
        alert("SAMPLE-GAS", gas),
        alert("SAMPLE-WATER", water)
    );
    let crisis = match super::parse(FeedKind::Cap, payload.as_bytes()) {
        Ok(Parsed::Crisis(parsed)) => parsed
            .messages
            .into_iter()
            .map(|mut m| {
                m.retrieved_at = Some(now);
                m
            })
            .collect(),
        _ => Vec::new(),
    };
    FeedsSnapshot {
        crisis,
        ..FeedsSnapshot::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::feeds::FeedsConfig;
    use crate::i18n::Language;

    #[test]
    fn samples_are_current() {
        // Any moment: the samples are made relative to the one given.
        let now = DateTime::parse_from_rfc3339("2026-06-19T23:59:59+02:00")
            .unwrap()
            .with_timezone(&Utc);
        let crisis = crisis(now);
        let (active, dropped) = crisis.active_crisis(&FeedsConfig::default(), Language::Ar, now);
        assert_eq!(active.len(), 2, "{dropped:?}");
        assert!(active[0].takes_over_screen);
        assert!(!active[0].language_fallback);
        assert_eq!(news(now).upcoming_events(now).len(), 3);
    }
}

//! Property tests ("fuzzing") of every parser: arbitrary bytes and mutated
//! real payloads never panic, and the output stays bounded.
//!
//! Cases per property: `PROPTEST_CASES` (default 256 here, fast); run
//! longer with e.g. `PROPTEST_CASES=20000 cargo test --test suite feeds_fuzz::`.

use medborgarkiosk::feeds::detect::{FeedKind, detect_kind, parse_time};
use medborgarkiosk::feeds::text::{
    MAX_ITEMS, MAX_SHORT_CHARS, MAX_TEXT_CHARS, MAX_TITLE_CHARS, html_to_text,
};
use medborgarkiosk::feeds::{ActiveOptions, Parsed, active_messages, parse, parse_any};
use proptest::prelude::*;

const KINDS: [FeedKind; 4] = [
    FeedKind::Rss,
    FeedKind::Krisinformation,
    FeedKind::Vma,
    FeedKind::Cap,
];

const FILES: [&str; 9] = [
    "news-rss.xml",
    "news-latin1.xml",
    "news-atom.xml",
    "events-rss.xml",
    "krisinformation-news.json",
    "vma-alerts.json",
    "cap-multilang.xml",
    "cap-chain.xml",
    "cap-expired.xml",
];

fn file(index: usize) -> Vec<u8> {
    let name = FILES[index % FILES.len()];
    std::fs::read(format!(
        "{}/tests/data/feeds/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn chars(s: &str) -> usize {
    s.chars().count()
}

/// The bounds every parse result obeys, whatever the input.
fn check_bounds(parsed: &Parsed, input_len: usize) {
    match parsed {
        Parsed::News(feed) => {
            assert!(feed.items.len() <= MAX_ITEMS);
            for item in &feed.items {
                assert!(chars(&item.title) <= MAX_TITLE_CHARS);
                assert!(chars(&item.summary) <= MAX_TEXT_CHARS);
                assert!(chars(&item.id) <= MAX_SHORT_CHARS);
            }
        }
        Parsed::Crisis(crisis) => {
            assert!(crisis.messages.len() <= MAX_ITEMS);
            for m in &crisis.messages {
                assert!(m.infos.len() <= 50);
                assert!(m.references.len() <= 100);
                for info in &m.infos {
                    assert!(chars(&info.headline) <= MAX_TITLE_CHARS);
                    assert!(chars(&info.description) <= MAX_TEXT_CHARS);
                    assert!(chars(&info.instruction) <= MAX_TEXT_CHARS);
                }
            }
        }
    }
    // No amplification: the parsed data is never much larger than the input.
    let out = serde_json::to_vec(parsed).unwrap().len();
    assert!(
        out <= 8 * input_len + 64 * 1024,
        "{out} bytes out of {input_len} in"
    );
}

fn run_all(bytes: &[u8]) {
    let _ = detect_kind(bytes);
    for kind in KINDS {
        if let Ok(parsed) = parse(kind, bytes) {
            check_bounds(&parsed, bytes.len());
            if let Parsed::Crisis(c) = &parsed {
                let now = parse_time("2026-11-21T12:00:00Z").unwrap();
                let (active, dropped) =
                    active_messages(&c.messages, now, &ActiveOptions::default());
                assert_eq!(active.len() + dropped.len(), c.messages.len());
            }
        }
    }
    if let Ok((_, parsed)) = parse_any(None, bytes) {
        check_bounds(&parsed, bytes.len());
    }
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|c| c.parse().ok())
            .unwrap_or(256),
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        run_all(&bytes);
    }

    #[test]
    fn arbitrary_text_with_markup_never_panics(text in "[<>/&;#a-z0-9 \"'=!?\\[\\]{}:,\n-]{0,600}") {
        run_all(text.as_bytes());
        let out = html_to_text(&text, 100);
        prop_assert!(chars(&out) <= 100);
        prop_assert!(!out.contains("<script"));
    }

    #[test]
    fn mutated_real_payloads_never_panic(
        index in 0usize..FILES.len(),
        cut in any::<proptest::sample::Index>(),
        edits in proptest::collection::vec((any::<proptest::sample::Index>(), any::<u8>()), 0..12),
    ) {
        let mut bytes = file(index);
        for (at, byte) in edits {
            let i = at.index(bytes.len());
            bytes[i] = byte;
        }
        let keep = cut.index(bytes.len() + 1);
        // Half the cases keep the whole (edited) file.
        if keep % 2 == 0 {
            bytes.truncate(keep);
        }
        run_all(&bytes);
    }

    #[test]
    fn html_to_text_is_bounded(text in ".{0,2000}", max in 1usize..500) {
        let out = html_to_text(&text, max);
        prop_assert!(chars(&out) <= max);
        prop_assert!(!out.contains('\r'));
    }
}

#[test]
fn hostile_inputs() {
    // Billion laughs: DTDs are refused.
    let laughs = br#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>&lol2;</identifier></alert>"#;
    assert!(parse(FeedKind::Cap, laughs).is_err());
    let _ = parse(FeedKind::Rss, laughs);
    // Deep nesting in XML and JSON.
    let deep_xml = "<a>".repeat(50_000);
    run_all(deep_xml.as_bytes());
    // Well-formed deep nesting inside a feed item and in Atom XHTML content
    // (run on the test thread's 2 MiB stack, like a tokio worker).
    let deep_rss = format!(
        "<rss version=\"2.0\"><channel><item><title>t</title><description>{}x{}</description></item></channel></rss>",
        "<div>".repeat(60_000),
        "</div>".repeat(60_000)
    );
    run_all(deep_rss.as_bytes());
    let deep_atom = format!(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>t</title><content type=\"xhtml\">{}{}</content></entry></feed>",
        "<div>".repeat(60_000),
        "</div>".repeat(60_000)
    );
    run_all(deep_atom.as_bytes());
    let deep_cap = format!(
        "<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\"><identifier>i</identifier>{}{}</alert>",
        "<x>".repeat(60_000),
        "</x>".repeat(60_000)
    );
    assert!(parse(FeedKind::Cap, deep_cap.as_bytes()).is_err());
    let deep_json = "[".repeat(50_000);
    run_all(deep_json.as_bytes());
    let deep_alert = format!("{{\"alerts\":[{}]}}", "{\"info\":".repeat(10_000));
    run_all(deep_alert.as_bytes());
    // Many items: cut at MAX_ITEMS.
    let many: String = (0..2_000)
        .map(|i| format!("{{\"Identifier\":\"id{i}\",\"Headline\":\"h\",\"Published\":\"2026-11-21T10:00:00Z\"}}"))
        .collect::<Vec<_>>()
        .join(",");
    let Ok(Parsed::Crisis(c)) = parse(FeedKind::Krisinformation, format!("[{many}]").as_bytes())
    else {
        panic!()
    };
    assert_eq!(c.messages.len(), MAX_ITEMS);
    assert!(c.problems.iter().any(|p| p.contains("ignored")));
    // A huge single field is cut.
    let long = format!(
        "<rss version=\"2.0\"><channel><title>t</title><item><title>{}</title><description>{}</description></item></channel></rss>",
        "x".repeat(100_000),
        "y ".repeat(500_000)
    );
    let Ok(Parsed::News(n)) = parse(FeedKind::Rss, long.as_bytes()) else {
        panic!()
    };
    assert_eq!(chars(&n.items[0].title), MAX_TITLE_CHARS);
    assert!(chars(&n.items[0].summary) <= MAX_TEXT_CHARS);
}

//! Logs and the outbox never keep a visitor's personal data: a whole
//! synpunkt with a name, an e-mail address, a phone number and a message
//! goes through the UI to the in-process reference server, with every
//! tracing event captured (text and JSON, all levels); none of that data
//! may appear in the logs, nor in the outbox's files once delivered.
//!
//! One test in its own binary: the capturing subscriber is global, so the
//! backend's threads are captured too.

mod support;

use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use medborgarkiosk::backend::Backend;
use medborgarkiosk::config::Config;
use medborgarkiosk::i18n::Language;
use medborgarkiosk::t;
use medborgarkiosk::ui::app::LANDSCAPE;
use medborgarkiosk::ui::screen::Screen;
use medborgarkiosk::ui::screen::synpunkt::Step;
use support::Harness;
use tracing_subscriber::layer::SubscriberExt;

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Captured {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
}

fn capture_all_logs() -> Captured {
    let captured = Captured::default();
    let text = captured.clone();
    let json = captured.clone();
    let subscriber = tracing_subscriber::registry()
        .with(tracing_subscriber::filter::LevelFilter::TRACE)
        .with(
            tracing_subscriber::fmt::layer()
                .with_ansi(false)
                .with_writer(move || text.clone()),
        )
        .with(
            tracing_subscriber::fmt::layer()
                .json()
                .with_writer(move || json.clone()),
        );
    tracing::subscriber::set_global_default(subscriber).expect("first subscriber");
    captured
}

fn step(h: &Harness) -> Step {
    match h.kiosk.screen() {
        Screen::Synpunkt(state) => state.step(),
        other => panic!("not on the synpunkt screen but {other:?}"),
    }
}

/// Clicks the keys; a letter key may show in capitals (the name field
/// starts words with a capital).
fn keys(h: &mut Harness, keys: &[&str]) {
    for key in keys {
        if h.shows(Language::Sv, key) {
            h.click(key);
        } else {
            h.click(&key.to_uppercase());
        }
    }
}

/// What the visitor types; none of it may be logged or kept.
const NAME: &[&str] = &["zelda", "qvist"];
const EMAIL: &str = "zelda.qvist@ex.se";
const PHONE_DIGITS: &str = "0701234567";
const MESSAGE: &[&str] = &["hemlig", "granne"];

fn forbidden() -> Vec<String> {
    let mut words: Vec<String> = NAME.iter().chain(MESSAGE).map(|s| s.to_string()).collect();
    words.push(EMAIL.to_owned());
    words.push(PHONE_DIGITS.to_owned());
    // The phone number as sent (E.164) and without its leading zero.
    words.push("701234567".to_owned());
    words
}

#[test]
fn a_synpunkt_with_personal_data_leaves_no_trace_in_logs_or_outbox() {
    let logs = capture_all_logs();
    let sv = Language::Sv;
    let dir = tempfile::tempdir().unwrap();
    let text = format!(
        "data_dir = {:?}\n[idle]\nquiet_seconds = 90\ncountdown_seconds = 20\n[outbox]\nidle_poll_ms = 100\n",
        dir.path()
    );
    let config = Arc::new(Config::parse(&text, std::path::Path::new("t.toml")).unwrap());
    // The reference server in this process, on loopback.
    let backend =
        Arc::new(Backend::start(&config, support::monday_noon()).expect("backend starts"));
    let mut h = Harness::with(config, Some(backend.clone()), LANDSCAPE);

    h.click("Svenska");
    h.click(&t!(sv, "tile-synpunkt"));
    h.click(&t!(sv, "syn-intro-continue"));
    h.click(&t!(sv, "syn-kind-complaint"));
    assert_eq!(step(&h), Step::Area);
    let catalog = h.kiosk.catalog().clone();
    let area = catalog
        .area_name("citizen-center", sv)
        .unwrap()
        .value
        .to_owned();
    h.click(&area);
    h.click("Bemötande");
    h.click(&t!(sv, "syn-next"));
    assert_eq!(step(&h), Step::Message);
    keys(&mut h, &["h", "e", "m", "l", "i", "g", "Mellanslag"]);
    keys(&mut h, &["g", "r", "a", "n", "n", "e"]);
    h.click(&t!(sv, "syn-next"));
    h.click(&t!(sv, "syn-contact-with"));
    assert_eq!(step(&h), Step::Details);

    let field = |name: String| t!(sv, "syn-field-write", field = name);
    h.click(&field(t!(sv, "syn-field-name")));
    keys(
        &mut h,
        &[
            "z",
            "e",
            "l",
            "d",
            "a",
            "Mellanslag",
            "q",
            "v",
            "i",
            "s",
            "t",
        ],
    );
    h.click(&t!(sv, "syn-field-done"));
    h.click(&field(t!(sv, "syn-field-email")));
    keys(
        &mut h,
        &["z", "e", "l", "d", "a", ".", "q", "v", "i", "s", "t"],
    );
    keys(&mut h, &["@", "e", "x", ".se"]);
    h.click(&t!(sv, "syn-field-done"));
    h.click(&field(t!(sv, "syn-field-phone")));
    for digit in PHONE_DIGITS.chars() {
        h.click(&digit.to_string());
    }
    h.click(&t!(sv, "syn-field-done"));
    assert_eq!(step(&h), Step::Details);
    h.click(&t!(sv, "syn-next"));
    assert_eq!(step(&h), Step::Review);
    assert!(h.shows(sv, "hemlig granne"), "the draft is what was typed");
    assert!(h.shows(
        sv,
        &t!(
            sv,
            "syn-review-line",
            label = t!(sv, "syn-field-email"),
            value = EMAIL
        )
    ));
    h.click(&t!(sv, "syn-send"));
    assert_eq!(step(&h), Step::Receipt);

    // Delivered to the reference server.
    let deadline = Instant::now() + Duration::from_secs(15);
    while backend.outbox.state().delivered < 1 {
        assert!(Instant::now() < deadline, "the synpunkt was not delivered");
        std::thread::sleep(Duration::from_millis(50));
    }
    // The visitor leaves; the kiosk resets.
    h.click(&t!(sv, "syn-receipt-done"));
    h.click(&t!(sv, "bar-start-over"));

    // The next visitor searches for a known name in the e-services (issue
    // 22: searches are counted, never what was typed).
    h.click("Svenska");
    h.click(&t!(sv, "tile-guides"));
    h.click(&t!(sv, "search-button"));
    h.type_text("zelda qvist");
    h.click(&t!(sv, "bar-start-over"));
    // The hour's statistics: counted, delivered to the built-in central
    // API, and in its report — none of it holds what was typed.
    let stats = h.kiosk.staff().stats();
    let counted = format!("{:?}", stats.pending());
    assert!(
        counted.contains("search.made"),
        "the search was counted: {counted}"
    );
    let delivered = backend
        .handle()
        .unwrap()
        .block_on(medborgarkiosk::backend::deliver_stats_now(
            &backend.client,
            &stats,
            &backend.office,
            &backend.kiosk_id,
        ));
    assert_eq!(delivered, 1, "the hour reached the central API");
    let central = backend.local_central().expect("the built-in central API");
    let today = backend.clock().today();
    let report = central
        .central()
        .report(&backend.office, today, today)
        .unwrap();
    let report = serde_json::to_string(&report).unwrap().to_lowercase();
    assert!(report.contains("search"), "{report}");
    stats.flush();
    let stats_dir = dir.path().join("stats");
    let stats_files: String = std::fs::read_dir(&stats_dir)
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    for word in forbidden() {
        let word = word.to_lowercase();
        assert!(
            !counted.to_lowercase().contains(&word),
            "the counts hold {word:?}"
        );
        assert!(
            !stats_files.to_lowercase().contains(&word),
            "the stats files hold {word:?}"
        );
        assert!(!report.contains(&word), "the report holds {word:?}");
    }

    let captured = logs.text();
    assert!(
        captured.contains("synpunkt saved in the outbox")
            && captured.contains("outbox submission confirmed"),
        "the logs were captured: {captured}"
    );
    for word in forbidden() {
        assert!(
            !captured.to_lowercase().contains(&word.to_lowercase()),
            "the logs contain {word:?}"
        );
    }

    // The outbox's files: the database, its write-ahead log and index.
    let mut files = 0;
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !name.starts_with("outbox.sqlite3") {
            continue;
        }
        files += 1;
        let bytes = std::fs::read(&path).unwrap().to_ascii_lowercase();
        for word in forbidden() {
            assert!(
                !bytes.windows(word.len()).any(|w| w == word.as_bytes()),
                "{name} still holds {word:?} after delivery"
            );
        }
    }
    assert!(files >= 1, "no outbox file in {:?}", dir.path());
}

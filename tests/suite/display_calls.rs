//! Numbers called aloud on the wall display (issue 21): new calls in the
//! now-serving list are said through the display's call announcer (chime,
//! Swedish, then the ticket's language when it has a voice), one after the
//! other, never overlapping; the newest is highlighted on the now-serving
//! slide for `display::CALL_HIGHLIGHT`. Headless: a recording engine that
//! "speaks" for a few polls after each utterance and notes any overlap.

use crate::support;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::{DateTime, NaiveDate, Utc};
use medborgarkiosk::clock::Clock;
use medborgarkiosk::config::{Config, Slide};
use medborgarkiosk::contract::{NowServing, NowServingEntry};
use medborgarkiosk::i18n::Language;
use medborgarkiosk::speech::calls::{Call, CallAnnouncer, call_text};
use medborgarkiosk::speech::{Rate, SpeechEngine, SpeechError, Volume};
use medborgarkiosk::ui::display::{self, CALL_HIGHLIGHT, HIGHLIGHT_ID, Showing, WallDisplay};
use medborgarkiosk::ui::widget::LANDSCAPE;
use support::{CHIME, config};

/// How long a test waits for the announcer to say everything queued.
const SAY_ALL: Duration = Duration::from_secs(20);

#[derive(Debug, Default)]
struct Log {
    said: Vec<String>,
    voices: Vec<String>,
    volumes: Vec<u8>,
    /// Polls left that the current utterance is still "speaking".
    speaking: usize,
    /// Something started (or was cut off) while an utterance was still
    /// being spoken.
    overlaps: Vec<String>,
}

/// Records what it is asked to say, and reports speaking for `polls`
/// calls of `is_speaking` after each utterance.
#[derive(Debug, Clone)]
struct SlowRecorder {
    log: Arc<Mutex<Log>>,
    polls: usize,
}

impl SlowRecorder {
    fn new(polls: usize) -> Self {
        SlowRecorder {
            log: Arc::default(),
            polls,
        }
    }

    fn said(&self) -> Vec<String> {
        self.log.lock().unwrap().said.clone()
    }

    fn voices(&self) -> Vec<String> {
        self.log.lock().unwrap().voices.clone()
    }

    fn overlaps(&self) -> Vec<String> {
        self.log.lock().unwrap().overlaps.clone()
    }

    fn volumes(&self) -> Vec<u8> {
        self.log.lock().unwrap().volumes.clone()
    }
}

impl SpeechEngine for SlowRecorder {
    fn name(&self) -> String {
        "slow recorder".into()
    }
    fn has_voice(&self, _voice: &str) -> bool {
        true
    }
    fn speak(
        &self,
        text: &str,
        voice: &str,
        volume: Volume,
        _rate: Rate,
    ) -> Result<(), SpeechError> {
        let mut log = self.log.lock().unwrap();
        if log.speaking > 0 {
            log.overlaps
                .push(format!("{text:?} started while speaking"));
        }
        log.said.push(text.to_owned());
        log.voices.push(voice.to_owned());
        log.volumes.push(volume.percent());
        log.speaking = self.polls;
        Ok(())
    }
    fn cancel(&self) {
        let mut log = self.log.lock().unwrap();
        if log.speaking > 0 {
            log.overlaps.push("an utterance was cut off".to_owned());
        }
        log.speaking = 0;
    }
    fn is_speaking(&self) -> bool {
        let mut log = self.log.lock().unwrap();
        if log.speaking > 0 {
            log.speaking -= 1;
            true
        } else {
            false
        }
    }
    fn chime(&self) -> Result<(), SpeechError> {
        let mut log = self.log.lock().unwrap();
        if log.speaking > 0 {
            log.overlaps
                .push("the chime started while speaking".to_owned());
        }
        log.said.push(CHIME.to_owned());
        Ok(())
    }
}

/// Noon on Monday 23 November 2026 in Stockholm.
fn clock() -> Clock {
    Clock::manual_stockholm(
        NaiveDate::from_ymd_opt(2026, 11, 23)
            .unwrap()
            .and_hms_opt(12, 0, 0)
            .unwrap(),
    )
}

fn display_config(calls: &str) -> Arc<Config> {
    config(&format!(
        "[wall_display]\nslides = [\"now_serving\", \"news\", \"clock\"]\n{calls}\n\
         [languages]\noffered = [\"sv\", \"en\", \"ar\"]"
    ))
}

/// A wall display whose announcer (made as `display::run` makes it, from
/// the config) speaks through `engine`.
fn wall(config: Arc<Config>, clock: &Clock, engine: &SlowRecorder) -> WallDisplay {
    let engine = engine.clone();
    let announcer = CallAnnouncer::for_config(
        &config.wall_display.calls,
        &config.speech,
        Box::new(move || Some(Box::new(engine) as Box<dyn SpeechEngine>)),
    )
    .map(Arc::new);
    WallDisplay::new(config, None, clock.clone()).with_announcer(announcer)
}

fn at(minute: u32) -> DateTime<Utc> {
    format!("2026-11-23T10:{minute:02}:00Z").parse().unwrap()
}

fn entry(number: &str, counter: &str, minute: u32, language: Option<Language>) -> NowServingEntry {
    NowServingEntry {
        ticket_number: number.to_owned(),
        service_id: "forms".to_owned(),
        counter: counter.to_owned(),
        called_at: at(minute),
        language,
    }
}

/// A fetched list (most recent call first).
fn serving(entries: &[NowServingEntry]) -> display::Message {
    display::Message::Serving(Some(NowServing {
        office: "botkyrka-tumba".to_owned(),
        entries: entries.to_vec(),
    }))
}

fn said_for(number: &str, counter: &str, language: Language) -> String {
    call_text(
        language,
        &Call::from_entry(&entry(number, counter, 0, Some(language))),
    )
}

/// The prime list: two calls made before the display started.
fn before_start() -> Vec<NowServingEntry> {
    vec![
        entry("A001", "1", 1, Some(Language::Sv)),
        entry("B001", "2", 0, Some(Language::Ar)),
    ]
}

/// Feeds `lists` to a display and waits until everything is said.
fn run(calls: &str, polls: usize, lists: &[Vec<NowServingEntry>]) -> (SlowRecorder, WallDisplay) {
    let engine = SlowRecorder::new(polls);
    let clock = clock();
    let mut d = wall(display_config(calls), &clock, &engine);
    for list in lists {
        let _ = d.update(serving(list));
    }
    assert!(d.wait_for_calls(SAY_ALL), "the calls were not said in time");
    (engine, d)
}

#[test]
fn two_calls_in_one_fetch_are_said_oldest_first_without_overlap() {
    // A (Arabic) at 10:05, B (no language given) at 10:06, in one fetch.
    let list = [
        entry("B002", "4", 6, None),
        entry("A042", "3", 5, Some(Language::Ar)),
    ];
    let mut second = list.to_vec();
    second.extend(before_start());
    // The engine "speaks" for 4 polls after each utterance.
    let (engine, _d) = run("", 4, &[before_start(), second]);
    assert_eq!(
        engine.said(),
        [
            CHIME.to_owned(),
            "Nummer A, 0, 4, 2, lucka 3".to_owned(),
            said_for("A042", "3", Language::Ar),
            CHIME.to_owned(),
            "Nummer B, 0, 0, 2, lucka 4".to_owned(),
        ]
    );
    assert_eq!(engine.voices(), ["sv", "ar", "sv"]);
    assert_eq!(engine.overlaps(), Vec::<String>::new());
    assert_eq!(engine.volumes(), [100, 100, 100]);
}

#[test]
fn a_call_is_said_in_the_tickets_language_when_it_has_a_voice() {
    let arabic = entry("C007", "2", 5, Some(Language::Ar));
    let somali = entry("C008", "5", 6, Some(Language::So));
    let tigrinya = entry("C009", "6", 7, Some(Language::Ti));
    let lists = [
        before_start(),
        vec![arabic.clone()],
        vec![somali.clone(), arabic.clone()],
        vec![tigrinya, somali, arabic],
    ];
    let (engine, _d) = run("[wall_display.calls]\nvolume = 140", 2, &lists);
    assert_eq!(
        engine.said(),
        [
            CHIME.to_owned(),
            said_for("C007", "2", Language::Sv),
            said_for("C007", "2", Language::Ar),
            // Somali and Tigrinya have no voice: Swedish only.
            CHIME.to_owned(),
            said_for("C008", "5", Language::Sv),
            CHIME.to_owned(),
            said_for("C009", "6", Language::Sv),
        ]
    );
    assert!(
        engine.said()[2].starts_with("الرقم C، 0، 0، 7"),
        "{:?}",
        engine.said()
    );
    assert_eq!(engine.overlaps(), Vec::<String>::new());
    // The calls' own volume.
    assert!(engine.volumes().iter().all(|&v| v == 140));

    // second_language = false: Swedish only, whatever the ticket's language.
    let (engine, _d) = run(
        "[wall_display.calls]\nsecond_language = false",
        0,
        &[
            before_start(),
            vec![entry("C007", "2", 5, Some(Language::Ar))],
        ],
    );
    assert_eq!(
        engine.said(),
        [CHIME.to_owned(), said_for("C007", "2", Language::Sv)]
    );
}

/// Easy-to-read Swedish is Swedish: the call is said once, in Swedish
/// (issue 19), not twice by the same voice.
#[test]
fn a_call_for_easy_swedish_is_said_once_in_swedish() {
    let easy = entry("A010", "1", 5, Some(Language::SvEasy));
    let lists = [before_start(), vec![easy]];
    let (engine, _d) = run("[wall_display.calls]", 2, &lists);
    assert_eq!(
        engine.said(),
        [CHIME.to_owned(), said_for("A010", "1", Language::Sv)]
    );
    assert_eq!(engine.voices(), ["sv"]);
}

#[test]
fn a_call_again_is_said_again() {
    let first = entry("A042", "3", 5, Some(Language::En));
    let again = entry("A042", "3", 8, Some(Language::En));
    let lists = [
        before_start(),
        vec![first.clone()],
        // The same list again (the next poll): nothing new.
        vec![first],
        // "Call again" at the desk: the same ticket, a newer time.
        vec![again],
    ];
    let (engine, _d) = run("", 1, &lists);
    let once = [
        CHIME.to_owned(),
        "Nummer A, 0, 4, 2, lucka 3".to_owned(),
        "Number A, 0, 4, 2, desk 3".to_owned(),
    ];
    assert_eq!(engine.said(), [once.clone(), once].concat());
    assert_eq!(engine.overlaps(), Vec::<String>::new());
}

#[test]
fn the_first_list_after_start_up_says_nothing() {
    let (engine, d) = run("", 0, &[before_start()]);
    assert_eq!(engine.said(), Vec::<String>::new());
    assert_eq!(d.highlight(), None);
    // Nor does the same list again, nor an older call turning up.
    let (engine, d) = run(
        "",
        0,
        &[
            before_start(),
            before_start(),
            vec![entry("Z099", "9", 0, None)],
        ],
    );
    assert_eq!(engine.said(), Vec::<String>::new());
    assert_eq!(d.highlight(), None);
}

#[test]
fn calls_off_in_the_config_say_nothing() {
    for calls in [
        "[wall_display.calls]\nenabled = false",
        "[speech]\nenabled = false",
    ] {
        let engine = SlowRecorder::new(0);
        let clock = clock();
        let config = display_config(calls);
        let mut d = wall(config, &clock, &engine);
        assert!(!d.has_announcer(), "{calls}");
        let _ = d.update(serving(&before_start()));
        let _ = d.update(serving(&[entry("A042", "3", 5, Some(Language::Ar))]));
        assert!(d.wait_for_calls(SAY_ALL));
        assert_eq!(engine.said(), Vec::<String>::new(), "{calls}");
        // The newest call is still shown.
        assert!(d.highlight().is_some(), "{calls}");
    }
}

/// The number on screen and its height.
fn number_height(d: &WallDisplay, number: &str) -> f32 {
    let (texts, _) = support::layout_of(LANDSCAPE, d.view(), HIGHLIGHT_ID);
    texts
        .iter()
        .find(|(t, _)| t == number)
        .unwrap_or_else(|| panic!("{number} not in {texts:?}"))
        .1
        .height
}

#[test]
fn the_newest_call_is_highlighted_on_the_now_serving_slide_for_a_while() {
    support::headless();
    let engine = SlowRecorder::new(0);
    let clock = clock();
    let t0 = clock.instant();
    let mut d = wall(display_config(""), &clock, &engine);
    let _ = d.update(serving(&before_start()));
    // Nothing highlighted after start-up; the wall is on the clock slide.
    let (_, lit) = support::layout_of(LANDSCAPE, d.view(), HIGHLIGHT_ID);
    assert!(lit.is_empty());
    d.rotation_mut().force(Slide::Clock, Language::En, t0);
    // The latest call's size without a highlight.
    let mut plain = WallDisplay::new(display_config(""), None, clock.clone());
    let _ = plain.update(serving(&before_start()));
    plain
        .rotation_mut()
        .force(Slide::NowServing, Language::En, t0);
    let plain = number_height(&plain, "A001");

    // Desk 3 calls A042 (a Swedish visitor), and B002 just before it.
    clock.advance(Duration::from_secs(3));
    let mut list = vec![
        entry("A042", "3", 6, Some(Language::Sv)),
        entry("B002", "4", 5, Some(Language::Ar)),
    ];
    list.extend(before_start());
    let _ = d.update(serving(&list));
    // The now-serving slide at once, in the language on show.
    assert_eq!(d.showing(), Showing::Slide(Slide::NowServing, Language::En));
    let highlight = d.highlight().expect("the newest call is highlighted");
    assert_eq!(highlight.call.ticket_number, "A042");
    assert!(!highlight.no_voice);
    let (texts, lit) = support::layout_of(LANDSCAPE, d.view(), HIGHLIGHT_ID);
    assert_eq!(lit.len(), 1, "one highlighted row: {texts:?}");
    let row = lit[0];
    // The highlighted row holds the number, larger than the latest call
    // was before, and fits the screen.
    let (_, number) = texts.iter().find(|(t, _)| t == "A042").unwrap();
    assert!(row.contains(number.center()), "{row:?} {number:?}");
    assert!(number.height > plain * 1.1, "{} vs {plain}", number.height);
    assert!(row.y + row.height <= LANDSCAPE.height, "{row:?}");
    let (_, b) = texts.iter().find(|(t, _)| t == "B002").unwrap();
    assert!(!row.contains(b.center()), "only the newest is highlighted");

    // Held past the slide time (12 s) for CALL_HIGHLIGHT.
    clock.advance(CALL_HIGHLIGHT - Duration::from_secs(1));
    let _ = d.tick();
    assert_eq!(d.showing(), Showing::Slide(Slide::NowServing, Language::En));
    assert!(d.highlight().is_some());
    // Over: no highlight, and the rotation goes on.
    clock.advance(Duration::from_secs(1));
    assert_eq!(d.highlight(), None);
    let (_, lit) = support::layout_of(LANDSCAPE, d.view(), HIGHLIGHT_ID);
    assert!(lit.is_empty());
    let _ = d.tick();
    assert_ne!(d.rotation().slide(), Slide::NowServing);
    // (Back to English, to compare sizes in one script.)
    d.rotation_mut()
        .force(Slide::Clock, Language::En, clock.instant());

    // A Somali visitor's call: no voice for Somali, so the number is
    // larger still.
    let mut list = vec![entry("S010", "5", 9, Some(Language::So))];
    list.extend(before_start());
    let _ = d.update(serving(&list));
    let highlight = d.highlight().expect("highlighted");
    assert!(highlight.no_voice);
    let (texts, lit) = support::layout_of(LANDSCAPE, d.view(), HIGHLIGHT_ID);
    assert_eq!(lit.len(), 1);
    let (_, somali) = texts.iter().find(|(t, _)| t == "S010").unwrap();
    assert!(
        somali.height > number.height * 1.1,
        "{} vs {}",
        somali.height,
        number.height
    );
    assert!(lit[0].y + lit[0].height <= LANDSCAPE.height, "{:?}", lit[0]);
    assert!(d.wait_for_calls(SAY_ALL));
    assert_eq!(
        engine.said().iter().filter(|s| *s == CHIME).count(),
        3,
        "{:?}",
        engine.said()
    );
}

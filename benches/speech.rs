//! How long the UI thread waits for speech: `Speaker::start` (once, at
//! kiosk start), `speak` (Listen touched) and `stop` (screen change).
//! Needs espeak-ng. Run: `cargo bench --bench speech`.

use std::sync::Arc;
use std::time::{Duration, Instant};

use medborgarkiosk::i18n::Language;
use medborgarkiosk::speech::{Espeak, Speaker, SpeechConfig, VoiceTable, Volume, cli::sample};

fn report(what: &str, mut times: Vec<Duration>) {
    times.sort();
    let median = times[times.len() / 2];
    let max = times[times.len() - 1];
    println!(
        "{what:<40} median {:>8.2} ms   max {:>8.2} ms   (n = {})",
        median.as_secs_f64() * 1e3,
        max.as_secs_f64() * 1e3,
        times.len()
    );
}

fn main() {
    let starts: Vec<Duration> = (0..10)
        .map(|_| {
            let t = Instant::now();
            let speaker = Speaker::start(&SpeechConfig::default(), VoiceTable::builtin());
            let took = t.elapsed();
            assert!(speaker.has_engine(), "the benchmark needs espeak-ng");
            took
        })
        .collect();
    report("Speaker::start (detect + voice probes)", starts);

    // A player that never reads keeps each utterance running, as a sound
    // card playing a long text would.
    let engine = Arc::new(
        Espeak::detect("espeak-ng")
            .expect("the benchmark needs espeak-ng")
            .with_player(vec!["sleep".into(), "60".into()]),
    );
    let mut speaker = Speaker::new(
        Some(Box::new(Arc::clone(&engine))),
        VoiceTable::builtin(),
        Volume::NORMAL,
    );
    let mut speaks = Vec::new();
    let mut stops = Vec::new();
    for i in 0..50 {
        let language = [Language::Sv, Language::Ar, Language::Fi][i % 3];
        let text = sample(language).repeat(20);
        let t = Instant::now();
        speaker.speak(&text, language).expect("speak");
        speaks.push(t.elapsed());
        std::thread::sleep(Duration::from_millis(20));
        assert!(speaker.is_speaking());
        let t = Instant::now();
        speaker.stop();
        stops.push(t.elapsed());
        assert!(engine.pids().is_empty());
    }
    report("Speaker::speak (returns while speaking)", speaks);
    report("Speaker::stop (processes killed, reaped)", stops);
    key_to_sound();
}

/// A key pressed → the first sound reaches the audio player (issue 18:
/// at most 150 ms). The player notes when its first bytes of audio (past
/// the WAV header) arrive; the kiosk gets Tab as a keyboard sends it and
/// says the focused control.
fn key_to_sound() {
    use medborgarkiosk::clock::Clock;
    use medborgarkiosk::config::Config;
    use medborgarkiosk::ui::app::{KeyPress, Kiosk, Message};
    use std::time::{SystemTime, UNIX_EPOCH};

    let dir = tempfile::tempdir().expect("temp dir");
    let marks = dir.path().join("marks");
    let text = format!("data_dir = {:?}\n", dir.path());
    let config = Arc::new(Config::parse(&text, std::path::Path::new("b.toml")).expect("config"));
    let player = format!(
        "head -c 2048 > /dev/null; date +%s%N >> {}; cat > /dev/null",
        marks.display()
    );
    let engine = Espeak::detect("espeak-ng")
        .expect("the benchmark needs espeak-ng")
        .with_player(vec!["sh".into(), "-c".into(), player]);
    let speaker = Speaker::new(
        Some(Box::new(engine)),
        VoiceTable::builtin(),
        Volume::NORMAL,
    );
    // A bench measures real time: the machine's clock.
    let mut kiosk = Kiosk::new(config, Clock::system()).with_speaker(Some(speaker));
    let _ = kiosk.view();
    let mut times = Vec::new();
    for round in 0..21 {
        let lines = std::fs::read_to_string(&marks).map_or(0, |t| t.lines().count());
        let pressed = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap()
            .as_nanos();
        let _ = kiosk.update(Message::Key(KeyPress::named("Tab")));
        let _ = kiosk.view();
        let deadline = Instant::now() + Duration::from_secs(3);
        let heard = loop {
            let text = std::fs::read_to_string(&marks).unwrap_or_default();
            if text.lines().count() > lines {
                break text
                    .lines()
                    .last()
                    .and_then(|l| l.trim().parse::<u128>().ok());
            }
            assert!(Instant::now() < deadline, "no sound within 3 s");
            std::thread::sleep(Duration::from_millis(2));
        };
        // The first key says the whole page; from then on, one control.
        if round > 0
            && let Some(heard) = heard
        {
            times.push(Duration::from_nanos((heard.saturating_sub(pressed)) as u64));
        }
    }
    report("key → first sound at the player (focus)", times.clone());
    times.sort();
    let p99 = times[times.len() * 99 / 100 - usize::from(times.len() * 99 % 100 == 0)];
    println!(
        "key → first sound p99 {:.1} ms (target ≤ 150 ms)",
        p99.as_secs_f64() * 1e3
    );
}

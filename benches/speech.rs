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
}

//! Speech output with the real espeak-ng program (Debian package
//! `espeak-ng`; `.ci/run` installs it): audio in every language with a
//! voice, cancel on screen change, and a kiosk without engine.

use crate::support;

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use medborgarkiosk::describe::ScreenText;
use medborgarkiosk::i18n::Language;
use medborgarkiosk::speech::spoken;
use medborgarkiosk::speech::{
    Availability, DetectError, Espeak, Rate, SpeakError, Speaker, SpeechConfig, SpeechEngine,
    VoiceTable, Volume,
};
use medborgarkiosk::t;
use support::espeak;

const SPOKEN_LANGUAGES: [Language; 6] = [
    Language::Sv,
    Language::En,
    Language::Fi,
    Language::Ar,
    Language::Fa,
    Language::Tr,
];

struct Audio {
    seconds: f64,
    rms: f64,
    sample_rate: u32,
    channels: u16,
}

fn read_wav(path: &Path) -> Audio {
    let mut reader = hound::WavReader::open(path).expect("espeak-ng writes a valid WAV");
    let spec = reader.spec();
    assert_eq!(spec.sample_format, hound::SampleFormat::Int);
    assert_eq!(spec.bits_per_sample, 16);
    let samples: Vec<i16> = reader
        .samples::<i16>()
        .collect::<Result<_, _>>()
        .expect("WAV samples");
    let sum: f64 = samples.iter().map(|&s| f64::from(s).powi(2)).sum();
    let rms = (sum / samples.len().max(1) as f64).sqrt();
    Audio {
        seconds: samples.len() as f64 / f64::from(spec.sample_rate) / f64::from(spec.channels),
        rms,
        sample_rate: spec.sample_rate,
        channels: spec.channels,
    }
}

/// The ticket announcement as the ticket screen will say it: a greeting
/// from Fluent, then the number letter and digit by digit.
fn announcement(language: Language) -> String {
    spoken::utterance(
        &ScreenText::new(t!(language, "welcome")).body(spoken::ticket_number(language, "B042")),
    )
}

#[test]
fn ticket_announcement_is_audible_and_plausibly_long_in_every_voiced_language() {
    let Some(engine) = espeak() else { return };
    let table = VoiceTable::builtin();
    let dir = tempfile::tempdir().unwrap();
    for language in SPOKEN_LANGUAGES {
        let voice = table.voice(language).expect("voiced language");
        assert!(engine.has_voice(voice), "espeak-ng lacks voice {voice}");
        let path = dir.path().join(format!("ticket-{language}.wav"));
        engine
            .synthesize_to_wav(
                &announcement(language),
                voice,
                Volume::NORMAL,
                Rate::for_language(language),
                &path,
            )
            .unwrap_or_else(|e| panic!("{language}: {e}"));
        let audio = read_wav(&path);
        eprintln!(
            "{language}: {:.2} s, {} Hz, RMS {:.0}",
            audio.seconds, audio.sample_rate, audio.rms
        );
        assert_eq!(audio.channels, 1);
        assert!(
            (8_000..=48_000).contains(&audio.sample_rate),
            "{language}: {} Hz",
            audio.sample_rate
        );
        // A greeting and four characters with pauses: seconds, not
        // milliseconds, and not a minute of noise.
        assert!(
            (1.5..=12.0).contains(&audio.seconds),
            "{language}: {:.2} s",
            audio.seconds
        );
        // Speech from espeak-ng at normal volume has an RMS in the
        // thousands (of 32767); silence is 0.
        assert!(audio.rms > 500.0, "{language}: RMS {:.0}", audio.rms);
    }
}

#[test]
fn a_longer_text_gives_longer_audio_and_volume_reaches_the_engine() {
    let Some(engine) = espeak() else { return };
    let dir = tempfile::tempdir().unwrap();
    let short = dir.path().join("short.wav");
    let long = dir.path().join("long.wav");
    let quiet = dir.path().join("quiet.wav");
    let text = spoken::ticket_number(Language::Sv, "B042");
    engine
        .synthesize_to_wav(&text, "sv", Volume::NORMAL, Rate::NORMAL, &short)
        .unwrap();
    engine
        .synthesize_to_wav(
            &format!("{text}. {text}. {text}"),
            "sv",
            Volume::NORMAL,
            Rate::NORMAL,
            &long,
        )
        .unwrap();
    engine
        .synthesize_to_wav(&text, "sv", Volume::new(40), Rate::NORMAL, &quiet)
        .unwrap();
    let slow = dir.path().join("slow.wav");
    engine
        .synthesize_to_wav(&text, "sv", Volume::NORMAL, Rate::EASY, &slow)
        .unwrap();
    let slow = read_wav(&slow);
    let (short, long, quiet) = (read_wav(&short), read_wav(&long), read_wav(&quiet));
    // Easy-to-read Swedish is read at 80 %: the same text takes longer.
    assert!(
        slow.seconds > 1.15 * short.seconds,
        "at 80 %: {:.2} s, at 100 %: {:.2} s",
        slow.seconds,
        short.seconds
    );
    assert!(
        long.seconds > 2.5 * short.seconds,
        "{:.2} s vs {:.2} s",
        long.seconds,
        short.seconds
    );
    assert!(
        quiet.rms < 0.6 * short.rms,
        "RMS at 40 %: {:.0}, at 100 %: {:.0}",
        quiet.rms,
        short.rms
    );
    assert!(quiet.rms > 100.0, "40 % is still audible: {:.0}", quiet.rms);
}

fn alive(pid: u32) -> bool {
    // A reaped process has no /proc entry; we always reap what we kill.
    Path::new(&format!("/proc/{pid}")).exists()
}

/// Waits up to two seconds for `done`: the engine starts and reaps its
/// processes on worker threads (issue 24), so they come and go just after
/// the call that asked for it.
fn settle(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(2);
    while !done() {
        assert!(Instant::now() < deadline, "not within 2 s: {what}");
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// A long utterance kept in progress: the "player" `sleep` never reads,
/// so espeak-ng stops in the middle of the text with a full pipe, as on a
/// slow sound card, and both processes stay until killed.
fn speaker_in_the_middle_of_a_long_text() -> Option<(Speaker, Arc<Espeak>, Vec<u32>)> {
    let engine = Arc::new(espeak()?.with_player(vec!["sleep".into(), "60".into()]));
    let mut speaker = Speaker::new(
        Some(Box::new(Arc::clone(&engine))),
        VoiceTable::builtin(),
        Volume::NORMAL,
    );
    let sentence = t!(Language::Sv, "idle-countdown", seconds = 20);
    let long = vec![sentence; 200].join(" ");
    speaker.speak(&long, Language::Sv).unwrap();
    std::thread::sleep(Duration::from_millis(300));
    let pids = engine.pids();
    assert_eq!(pids.len(), 2, "espeak-ng and the player run");
    assert!(pids.iter().all(|&p| alive(p)), "{pids:?} should be running");
    assert!(speaker.is_speaking());
    Some((speaker, engine, pids))
}

#[test]
fn screen_change_stops_speech_in_progress_at_once() {
    let Some((speaker, engine, pids)) = speaker_in_the_middle_of_a_long_text() else {
        return;
    };
    // What the UI does on a screen change.
    let started = Instant::now();
    speaker.stop();
    let took = started.elapsed();
    // Silent at once (SIGKILL sent); reaped on a worker just after.
    assert!(!speaker.is_speaking());
    assert!(engine.pids().is_empty());
    settle("the killed processes are reaped", || {
        pids.iter().all(|p| !alive(*p))
    });
    assert!(took < Duration::from_millis(500), "stop() took {took:?}");
}

#[test]
fn speaking_a_new_screen_replaces_the_old_utterance_and_repeat_reads_it_again() {
    let Some((mut speaker, engine, old)) = speaker_in_the_middle_of_a_long_text() else {
        return;
    };
    speaker
        .speak(
            &ScreenText::new("Öppettider").choice("Tillbaka"),
            Language::Sv,
        )
        .unwrap();
    // Speaking from the moment it was asked, while the worker starts it.
    assert!(speaker.is_speaking());
    settle("the old utterance is gone", || {
        old.iter().all(|p| !alive(*p))
    });
    let fresh = |before: &[u32]| {
        let engine = Arc::clone(&engine);
        let before = before.to_vec();
        move || {
            let now = engine.pids();
            now.len() == 2 && now.iter().all(|p| !before.contains(p) && alive(*p))
        }
    };
    settle("the new utterance runs", fresh(&old));
    let new = engine.pids();
    speaker.repeat().unwrap();
    settle("repeat reads it again", fresh(&new));
    let again = engine.pids();
    // Volume while speaking restarts the text at the new volume.
    assert_eq!(speaker.volume_up(), Volume::new(120));
    settle("speaking again at the new volume", fresh(&again));
    let louder = engine.pids();
    // Session reset: silent, default volume.
    speaker.reset();
    assert!(!speaker.is_speaking());
    assert_eq!(speaker.volume(), Volume::NORMAL);
    settle("everything is reaped", || {
        again.iter().chain(&louder).all(|p| !alive(*p))
    });
}

#[test]
fn an_utterance_that_ends_by_itself_is_reaped() {
    // `cat` plays the WAV stream into /dev/null as fast as it comes.
    let Some(engine) = espeak() else { return };
    let engine = engine.with_player(vec!["cat".into()]);
    engine
        .speak(
            &spoken::ticket_number(Language::Sv, "B042"),
            "sv",
            Volume::NORMAL,
            Rate::NORMAL,
        )
        .unwrap();
    settle("espeak-ng and the player start", || {
        engine.pids().len() == 2
    });
    let pids = engine.pids();
    let deadline = Instant::now() + Duration::from_secs(10);
    while engine.is_speaking() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(!engine.is_speaking());
    std::thread::sleep(Duration::from_millis(200));
    assert!(engine.pids().is_empty());
    assert!(pids.iter().all(|p| !alive(*p)), "zombies: {pids:?}");
}

#[test]
fn availability_per_language_with_espeak() {
    if espeak().is_none() {
        return;
    }
    let speaker = Speaker::start(&SpeechConfig::default(), VoiceTable::builtin());
    assert!(speaker.has_engine());
    assert!(
        speaker
            .engine_name()
            .is_some_and(|n| n.starts_with("eSpeak NG 1."))
    );
    for language in SPOKEN_LANGUAGES {
        assert_eq!(
            speaker.availability(language),
            Availability::Voice(language.code().to_owned())
        );
    }
    for language in [Language::So, Language::Ti] {
        assert_eq!(
            speaker.availability(language),
            Availability::NoVoice {
                offer: vec![Language::Sv, Language::En]
            }
        );
    }
}

#[test]
fn a_voice_the_engine_lacks_is_no_voice_and_speaking_it_is_refused() {
    // As if someone listed Somali before espeak-ng had a voice for it.
    let table =
        VoiceTable::parse("offer = [\"en\"]\n[voices]\nen = \"en\"\nso = \"so\"\n").unwrap();
    let Some(engine) = espeak() else { return };
    let mut speaker = Speaker::new(Some(Box::new(engine)), table, Volume::NORMAL);
    assert_eq!(
        speaker.availability(Language::So),
        Availability::NoVoice {
            offer: vec![Language::En]
        }
    );
    assert_eq!(
        speaker.availability(Language::En),
        Availability::Voice("en".into())
    );
    assert!(matches!(
        speaker.speak("Soo dhawoow", Language::So),
        Err(SpeakError::NoVoice(Language::So))
    ));
}

#[test]
fn missing_program_means_no_engine_and_the_kiosk_goes_on() {
    let config = SpeechConfig {
        program: "/nonexistent/bin/espeak-ng".into(),
        ..SpeechConfig::default()
    };
    assert!(matches!(
        Espeak::detect(&config.program),
        Err(DetectError::NotRunnable { .. })
    ));
    let mut speaker = Speaker::start(&config, VoiceTable::builtin());
    assert!(!speaker.has_engine());
    for language in Language::ALL {
        assert_eq!(speaker.availability(language), Availability::NoEngine);
    }
    assert!(matches!(
        speaker.speak("Hej", Language::Sv),
        Err(SpeakError::NoEngine)
    ));
    speaker.stop();
    speaker.reset();
}

#[test]
fn a_program_that_is_not_espeak_is_not_taken_for_one() {
    // GNU `true --version` succeeds and prints its own version.
    assert!(matches!(
        Espeak::detect("true"),
        Err(DetectError::NotEspeak { .. })
    ));
    let off = SpeechConfig {
        enabled: false,
        ..SpeechConfig::default()
    };
    let speaker = Speaker::start(&off, VoiceTable::builtin());
    assert_eq!(speaker.availability(Language::Sv), Availability::NoEngine);
}

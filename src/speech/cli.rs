//! `medborgarkiosk speech-check`: for IT, is speech output working on this
//! kiosk? Shows the engine and the voice of each language, and can say a
//! test announcement or write it to a WAV file.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use crate::describe::ScreenText;
use crate::i18n::Language;
use crate::t;

use super::{Availability, Espeak, Rate, Speaker, SpeechConfig, VoiceTable, Volume, spoken};

#[derive(Debug, clap::Args)]
pub struct SpeechCheckArgs {
    /// The espeak-ng program (a name on PATH or a path).
    #[arg(long, default_value = "espeak-ng")]
    pub program: PathBuf,
    /// The language → voice table (default: the one built in,
    /// resources/speech/voices.toml).
    #[arg(long)]
    pub voices: Option<PathBuf>,
    /// Say a test announcement in this language on the audio device.
    #[arg(long)]
    pub say: Option<Language>,
    /// With --say: write the announcement to this WAV file instead.
    #[arg(long, requires = "say")]
    pub wav: Option<PathBuf>,
}

/// The test announcement: a welcome and a ticket number, as the ticket
/// screen will say it.
pub fn sample(language: Language) -> String {
    spoken::utterance(
        &ScreenText::new(t!(language, "welcome")).body(spoken::ticket_number(language, "B042")),
    )
}

pub fn speech_check(args: SpeechCheckArgs) -> ExitCode {
    let voices = match &args.voices {
        Some(path) => match VoiceTable::load(path) {
            Ok(table) => table,
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::from(2);
            }
        },
        None => VoiceTable::builtin(),
    };
    let config = SpeechConfig {
        program: args.program.clone(),
        ..SpeechConfig::default()
    };
    let mut speaker = Speaker::start(&config, voices.clone());
    let Some(engine) = speaker.engine_name() else {
        println!(
            "no speech engine: `{}` is not an espeak-ng program; install the Debian package espeak-ng. The kiosk runs without the Listen button.",
            args.program.display()
        );
        return ExitCode::from(1);
    };
    println!("speech engine: {engine} ({})", args.program.display());
    for language in Language::ALL {
        match speaker.availability(language) {
            Availability::Voice(voice) => println!("{language}  voice {voice}"),
            Availability::NoVoice { offer } => {
                let offer: Vec<&str> = offer.iter().map(|l| l.code()).collect();
                println!("{language}  no voice; offers {}", offer.join(", "));
            }
            Availability::NoEngine => println!("{language}  no engine"),
        }
    }
    let Some(language) = args.say else {
        return ExitCode::SUCCESS;
    };
    let text = sample(language);
    if let Some(path) = &args.wav {
        let Some(voice) = speaker_voice(&speaker, language) else {
            eprintln!("no voice for {language}");
            return ExitCode::from(1);
        };
        let espeak = match Espeak::detect(&args.program) {
            Ok(espeak) => espeak,
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::from(1);
            }
        };
        return match espeak.synthesize_to_wav(
            &text,
            &voice,
            Volume::NORMAL,
            Rate::for_language(language),
            path,
        ) {
            Ok(()) => {
                println!("wrote {}", path.display());
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("{e}");
                ExitCode::from(1)
            }
        };
    }
    if let Err(e) = speaker.speak(&text, language) {
        eprintln!("{e}");
        return ExitCode::from(1);
    }
    println!("saying: {text}");
    // At most 30 s (600 waits of 50 ms) for the engine to finish.
    for _ in 0..600 {
        if !speaker.is_speaking() {
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    speaker.stop();
    ExitCode::SUCCESS
}

fn speaker_voice(speaker: &Speaker, language: Language) -> Option<String> {
    match speaker.availability(language) {
        Availability::Voice(voice) => Some(voice),
        _ => None,
    }
}

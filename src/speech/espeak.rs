//! The espeak-ng program (Debian package `espeak-ng`) as the speech engine.
//!
//! Each utterance is one child process, given its text on standard input
//! (so it never shows in the process list) and killed on cancel. By
//! default espeak-ng plays on the default audio device itself; with a
//! player configured, espeak-ng writes a WAV stream to the player's
//! standard input instead (e.g. `aplay -D …` for a headset jack), and
//! cancel kills both.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread;
use std::time::Duration;

use super::voices::valid_voice_name;
use super::{Rate, SpeechEngine, Volume};

/// espeak-ng's default speed in words per minute (`-s`), the 100 % of [`Rate`].
const NORMAL_WORDS_PER_MINUTE: u32 = 175;

#[derive(Debug, thiserror::Error)]
pub enum DetectError {
    #[error("cannot run the speech program `{program}`: {source}")]
    NotRunnable {
        program: PathBuf,
        source: std::io::Error,
    },
    #[error("`{program} --version` failed ({status})")]
    Failed { program: PathBuf, status: String },
    #[error("`{program} --version` does not look like espeak-ng: {output:?}")]
    NotEspeak { program: PathBuf, output: String },
}

#[derive(Debug, thiserror::Error)]
pub enum SpeechError {
    #[error("cannot start the speech program `{program}`: {source}")]
    Spawn {
        program: PathBuf,
        source: std::io::Error,
    },
    #[error("cannot start the audio player `{program}`: {source}")]
    Player {
        program: String,
        source: std::io::Error,
    },
    #[error("`{0}` is not a valid voice name")]
    BadVoice(String),
    #[error("the speech program failed ({status}): {stderr}")]
    Failed { status: String, stderr: String },
    #[error("speech I/O: {0}")]
    Io(#[from] std::io::Error),
}

/// One utterance in progress: espeak-ng and, if configured, the player.
#[derive(Debug)]
struct Running {
    synth: Child,
    player: Option<Child>,
}

impl Running {
    /// Stops the sound at once: SIGKILL to every process (no waiting).
    fn signal(&mut self) {
        for child in std::iter::once(&mut self.synth).chain(self.player.as_mut()) {
            // An error here means the process has already ended.
            let _ = child.kill();
        }
    }

    /// Waits for the killed processes, so none is left a zombie.
    fn reap(mut self) {
        for child in std::iter::once(&mut self.synth).chain(self.player.as_mut()) {
            let _ = child.wait();
        }
    }

    /// Stops and reaps, here and now (off the UI thread, or at the end).
    fn kill(mut self) {
        self.signal();
        self.reap();
    }

    /// Stops the sound now and reaps on a thread of its own: the UI thread
    /// never waits for a process (issue 24).
    fn kill_in_background(mut self) {
        self.signal();
        thread::spawn(move || self.reap());
    }

    /// Reaps what has ended; true when every process has.
    fn finished(&mut self) -> bool {
        std::iter::once(&mut self.synth)
            .chain(self.player.as_mut())
            .all(|child| !matches!(child.try_wait(), Ok(None)))
    }

    fn pids(&self) -> Vec<u32> {
        std::iter::once(&self.synth)
            .chain(self.player.as_ref())
            .map(Child::id)
            .collect()
    }
}

#[derive(Debug, Default)]
struct State {
    running: Option<Running>,
    /// Counts utterances, so a watcher of an old one leaves a new one alone.
    generation: u64,
    /// An utterance whose processes a worker thread is starting: speaking
    /// already, for the Listen button and the calls' pacing.
    starting: bool,
}

/// espeak-ng, found by [`Espeak::detect`].
#[derive(Debug)]
pub struct Espeak {
    program: PathBuf,
    version: String,
    player: Vec<String>,
    state: Arc<Mutex<State>>,
}

fn lock(state: &Mutex<State>) -> MutexGuard<'_, State> {
    // A panic while holding the lock leaves the state usable.
    state.lock().unwrap_or_else(|e| e.into_inner())
}

impl Espeak {
    /// Runs `program --version` and checks that it is espeak-ng.
    pub fn detect(program: impl AsRef<Path>) -> Result<Espeak, DetectError> {
        let program = program.as_ref().to_owned();
        let output = Command::new(&program)
            .arg("--version")
            .stdin(Stdio::null())
            .stderr(Stdio::null())
            .output()
            .map_err(|source| DetectError::NotRunnable {
                program: program.clone(),
                source,
            })?;
        if !output.status.success() {
            return Err(DetectError::Failed {
                program,
                status: output.status.to_string(),
            });
        }
        let text = String::from_utf8_lossy(&output.stdout).trim().to_owned();
        // "eSpeak NG text-to-speech: 1.51  Data at: /usr/lib/…"
        let Some(rest) = text.strip_prefix("eSpeak NG text-to-speech:") else {
            return Err(DetectError::NotEspeak {
                program,
                output: text.chars().take(200).collect(),
            });
        };
        let version = rest.split_whitespace().next().unwrap_or("?").to_owned();
        Ok(Espeak {
            program,
            version,
            player: Vec::new(),
            state: Arc::default(),
        })
    }

    /// Plays through `player` (a program and its arguments that plays a WAV
    /// stream from standard input) instead of espeak-ng's own audio output.
    /// An empty list keeps espeak-ng's own output.
    pub fn with_player(mut self, player: Vec<String>) -> Espeak {
        self.player = player;
        self
    }

    /// The same engine playing through another output (staff's headphone
    /// mode). Both share one utterance: speaking on one stops the other.
    pub fn with_output(&self, player: Vec<String>) -> Espeak {
        Espeak {
            program: self.program.clone(),
            version: self.version.clone(),
            player,
            state: Arc::clone(&self.state),
        }
    }

    /// espeak-ng's version, e.g. "1.51".
    pub fn version(&self) -> &str {
        &self.version
    }

    /// The process ids of the utterance in progress (espeak-ng first, then
    /// the player), for the staff panel's diagnostics and tests.
    pub fn pids(&self) -> Vec<u32> {
        lock(&self.state)
            .running
            .as_ref()
            .map(Running::pids)
            .unwrap_or_default()
    }

    fn command(&self, voice: &str, volume: Volume, rate: Rate) -> Result<Command, SpeechError> {
        if !valid_voice_name(voice) {
            return Err(SpeechError::BadVoice(voice.to_owned()));
        }
        let mut command = Command::new(&self.program);
        command
            .args(["-v", voice])
            .args(["-a", &volume.percent().to_string()])
            // Words per minute: espeak-ng's normal 175 scaled.
            .args([
                "-s",
                &(NORMAL_WORDS_PER_MINUTE * u32::from(rate.percent()) / 100).to_string(),
            ])
            // Input is UTF-8.
            .args(["-b", "1"]);
        Ok(command)
    }

    fn spawn_error(&self) -> impl FnOnce(std::io::Error) -> SpeechError + '_ {
        |source| SpeechError::Spawn {
            program: self.program.clone(),
            source,
        }
    }

    /// Synthesises `text` into a WAV file (blocking), for tests and checks
    /// of a kiosk without speakers.
    pub fn synthesize_to_wav(
        &self,
        text: &str,
        voice: &str,
        volume: Volume,
        rate: Rate,
        path: &Path,
    ) -> Result<(), SpeechError> {
        let mut command = self.command(voice, volume, rate)?;
        let mut child = command
            .arg("-w")
            .arg(path)
            .arg("--stdin")
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(self.spawn_error())?;
        feed(&mut child, text);
        let output = child.wait_with_output()?;
        if !output.status.success() {
            return Err(SpeechError::Failed {
                status: output.status.to_string(),
                stderr: String::from_utf8_lossy(&output.stderr).trim().to_owned(),
            });
        }
        Ok(())
    }
}

/// Starts espeak-ng (`command`, built by [`Espeak::command`]) reading
/// `text`, through `player` where one is set. Runs on a worker thread.
fn launch(
    mut command: Command,
    program: &Path,
    player: &[String],
    text: &str,
) -> Result<Running, SpeechError> {
    let spawn_error = |source| SpeechError::Spawn {
        program: program.to_owned(),
        source,
    };
    command
        .arg("--stdin")
        .stdin(Stdio::piped())
        // espeak-ng and ALSA print to stderr when there is no sound card.
        .stderr(Stdio::null());
    let Some((player_program, player_args)) = player.split_first() else {
        let mut synth = command.stdout(Stdio::null()).spawn().map_err(spawn_error)?;
        feed(&mut synth, text);
        return Ok(Running {
            synth,
            player: None,
        });
    };
    let mut synth = command
        .arg("--stdout")
        .stdout(Stdio::piped())
        .spawn()
        .map_err(spawn_error)?;
    let audio = synth.stdout.take().map(Stdio::from);
    let player = Command::new(player_program)
        .args(player_args)
        .stdin(audio.unwrap_or_else(Stdio::null))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn();
    match player {
        Ok(player) => {
            feed(&mut synth, text);
            Ok(Running {
                synth,
                player: Some(player),
            })
        }
        Err(source) => {
            Running {
                synth,
                player: None,
            }
            .kill();
            Err(SpeechError::Player {
                program: player_program.clone(),
                source,
            })
        }
    }
}

/// Writes the text to the child's standard input from a thread, so a long
/// text never blocks the caller; a killed child just ends the write.
fn feed(child: &mut Child, text: &str) {
    if let Some(mut stdin) = child.stdin.take() {
        let text = text.to_owned();
        thread::spawn(move || {
            let _ = stdin.write_all(text.as_bytes());
            let _ = stdin.write_all(b"\n");
        });
    }
}

impl Espeak {
    /// Plays a WAV file through the configured player, or `aplay`
    /// (alsa-utils) where espeak-ng plays by itself. The player starts on
    /// a thread of its own and is fed from it, never waited on: the tick or
    /// press that plays a tone never waits for fork and exec (issue 24). A
    /// player that cannot start is logged there.
    fn play(&self, wav: Vec<u8>) -> Result<(), SpeechError> {
        let player = if self.player.is_empty() {
            vec!["aplay".to_owned(), "-q".to_owned()]
        } else {
            self.player.clone()
        };
        thread::spawn(move || {
            let Some((program, args)) = player.split_first() else {
                return;
            };
            let started = Command::new(program)
                .args(args)
                .stdin(Stdio::piped())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn();
            match started {
                Ok(mut child) => {
                    if let Some(mut stdin) = child.stdin.take() {
                        let _ = stdin.write_all(&wav);
                    }
                    let _ = child.wait();
                }
                Err(source) => {
                    let error = SpeechError::Player {
                        program: program.clone(),
                        source,
                    };
                    tracing::warn!(error = %error, "a tone could not be played");
                }
            }
        });
        Ok(())
    }
}

impl SpeechEngine for Espeak {
    /// The chime through the configured player, or `aplay` (alsa-utils)
    /// where espeak-ng plays by itself; fed from a thread, never waited on.
    fn chime(&self) -> Result<(), SpeechError> {
        self.play(super::tone::chime())
    }

    /// A configured chime file, played as [`SpeechEngine::chime`] plays the
    /// bundled one.
    fn chime_wav(&self, wav: &[u8]) -> Result<(), SpeechError> {
        self.play(wav.to_vec())
    }

    fn name(&self) -> String {
        format!("eSpeak NG {}", self.version)
    }

    fn has_voice(&self, voice: &str) -> bool {
        let Ok(mut command) = self.command(voice, Volume::NORMAL, Rate::NORMAL) else {
            return false;
        };
        // -q: no sound. espeak-ng exits with 1 for an unknown voice.
        command
            .args(["-q", ""])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    }

    fn speak(
        &self,
        text: &str,
        voice: &str,
        volume: Volume,
        rate: Rate,
    ) -> Result<(), SpeechError> {
        // A bad voice is refused here, where the caller hears of it; the
        // processes start on a thread of their own, so a press that starts
        // speech never waits for fork and exec (issue 24).
        let command = self.command(voice, volume, rate)?;
        let mut state = lock(&self.state);
        state.generation += 1;
        let generation = state.generation;
        let mut old = state.running.take();
        if let Some(old) = old.as_mut() {
            // The old utterance falls silent now; it is reaped below.
            old.signal();
        }
        state.starting = true;
        drop(state);
        let shared = Arc::clone(&self.state);
        let (program, player, text) = (self.program.clone(), self.player.clone(), text.to_owned());
        thread::spawn(move || {
            if let Some(old) = old {
                old.reap();
            }
            let started = launch(command, &program, &player, &text);
            let mut state = lock(&shared);
            if state.generation != generation {
                // Cancelled or replaced while starting.
                drop(state);
                if let Ok(running) = started {
                    running.kill();
                }
                return;
            }
            state.starting = false;
            match started {
                Ok(running) => state.running = Some(running),
                Err(e) => {
                    tracing::warn!(error = %e, "speech: an utterance could not start");
                    return;
                }
            }
            drop(state);
            // Reap the processes when they end by themselves.
            loop {
                thread::sleep(Duration::from_millis(50));
                let mut state = lock(&shared);
                if state.generation != generation {
                    return;
                }
                let done = state.running.as_mut().is_none_or(Running::finished);
                if done {
                    state.running = None;
                    return;
                }
            }
        });
        Ok(())
    }

    fn cancel(&self) {
        let mut state = lock(&self.state);
        state.generation += 1;
        state.starting = false;
        if let Some(running) = state.running.take() {
            running.kill_in_background();
        }
    }

    fn is_speaking(&self) -> bool {
        let mut state = lock(&self.state);
        state.starting || state.running.as_mut().is_some_and(|r| !r.finished())
    }
}

impl Drop for Espeak {
    fn drop(&mut self) {
        // At the end nothing may be left speaking: kill and reap here.
        let mut state = lock(&self.state);
        state.generation += 1;
        state.starting = false;
        if let Some(running) = state.running.take() {
            running.kill();
        }
    }
}

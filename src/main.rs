//! The `medborgarkiosk` binary: the kiosk itself (default) and the tools
//! that IT and translators use beside it (see `--help`).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use medborgarkiosk::backend::Backend;
use medborgarkiosk::clock::Clock;
use medborgarkiosk::config::Config;
use medborgarkiosk::i18n::Language;
use medborgarkiosk::speech::{Speaker, VoiceTable};
use medborgarkiosk::{platform, trace, ui};

#[derive(Debug, Parser)]
#[command(
    name = "medborgarkiosk",
    version,
    about = "Touch kiosk for a municipal citizen service center"
)]
struct Cli {
    /// The kiosk's TOML config file (default: /etc/medborgarkiosk/kiosk.toml
    /// if it exists, else built-in defaults).
    #[arg(long, global = true)]
    config: Option<PathBuf>,

    /// Run in a normal window instead of full screen (development).
    #[arg(long)]
    windowed: bool,

    /// `kiosk` (touch, for visitors) or `display` (the lobby wall screen:
    /// rotating slides, no touch).
    #[arg(long, value_enum, default_value = "kiosk")]
    mode: Mode,

    /// Print start-up timing marks and every redraw to stderr (also
    /// MEDBORGARKIOSK_TRACE_STARTUP=1); see docs/PERFORMANCE.md.
    #[arg(long)]
    trace_startup: bool,

    /// Log as JSON lines instead of human-readable text.
    #[arg(long, global = true)]
    log_json: bool,

    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Mode {
    Kiosk,
    Display,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Validate a config file without starting the kiosk.
    CheckConfig {
        /// The file to check.
        path: PathBuf,
    },
    /// Render screens to PNG without a display: DIR/<screen>-<language>-<orientation>.png.
    Screenshots {
        /// Output directory.
        #[arg(long)]
        out: PathBuf,
        /// Only this screen (start, home, hours, languages, idle, synpunkt-intro, synpunkt-message, …).
        #[arg(long)]
        screen: Option<String>,
        /// Only this language (sv, en, fi, ar, fa, so, tr, ti).
        #[arg(long)]
        language: Option<Language>,
        /// Render in the high-contrast theme (as if the visitor chose it).
        #[arg(long)]
        high_contrast: bool,
        /// Render at this text size (as if the visitor chose it): normal,
        /// large or largest.
        #[arg(long, default_value = "normal")]
        text_size: String,
    },
    /// Run the reference central API (tickets, synpunkter, heartbeats):
    /// `central --listen ADDR --db PATH` with the global --config as its
    /// TOML config (offices, [[tokens]], [limits], [retention]); or make a
    /// device token: `central token new --role kiosk --id KIOSK_ID`.
    Central(medborgarkiosk::central::cli::CentralArgs),
    /// Write an office's statistics report as one HTML file in Swedish
    /// (charts inline, prints well), read from the central API's database
    /// with the global --config as the central config:
    /// `report --db central.sqlite3 --office ID --from DATE --to DATE --out report.html`.
    Report(medborgarkiosk::central::cli::ReportArgs),
    /// IT's view of the kiosk's outbox (the --config's data_dir): list
    /// what waits or was refused, requeue or purge refused submissions.
    Outbox(medborgarkiosk::outbox::cli::OutboxArgs),
    /// Check speech output: the engine, each language's voice; optionally say a test announcement.
    SpeechCheck(medborgarkiosk::speech::cli::SpeechCheckArgs),
    /// Render a sample queue ticket as it prints: to a PNG (the 1-bit image)
    /// and/or to a printer (ESC/POS raster image, then a cut).
    TestPrint {
        /// The ticket's language (sv, en, fi, ar, fa, so, tr, ti; default: the kiosk's).
        #[arg(long)]
        language: Option<Language>,
        /// Write the ticket image to this PNG file.
        #[arg(long, required_unless_present = "printer")]
        png: Option<PathBuf>,
        /// Send the ticket to a printer: tcp:HOST:PORT, tcp:HOST (port 9100) or a device path such as /dev/usb/lp0.
        #[arg(long)]
        printer: Option<String>,
    },
    /// Validate e-service content (guides, forms, contacts); prints every
    /// problem with file and line, and every URL never checked or last
    /// checked more than a year ago. Without a directory: the bundled content.
    ContentCheck {
        /// A content directory (format: resources/content/README.md).
        dir: Option<PathBuf>,
        /// Also fetch every URL of the catalog (needs internet) and report
        /// each as OK, redirected or broken, with the places that use it.
        /// Exit code 1 when a link is broken.
        #[arg(long)]
        links: bool,
    },
    /// Try a content search as the kiosk does it.
    ContentSearch {
        /// Language code (sv en fi ar fa so tr ti).
        #[arg(long, default_value = "sv")]
        lang: medborgarkiosk::i18n::Language,
        /// A content directory; default: the bundled content.
        #[arg(long)]
        dir: Option<PathBuf>,
        /// What the visitor types.
        query: String,
    },
    /// Make the Argon2id hash of a staff PIN for `[staff] pin_hash`. The PIN
    /// is read from the terminal (not echoed) or from standard input, never
    /// from the command line.
    HashPin,
    /// Show what the kiosk would make of a news, events or crisis feed.
    FeedCheck {
        /// A file path or an http(s) URL.
        source: String,
        /// The kind of feed (detected when not given).
        #[arg(long, value_enum)]
        kind: Option<medborgarkiosk::feeds::cli::Kind>,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
        /// Evaluate expiry as of this time (RFC 3339, e.g. 2026-11-21T12:00:00+01:00).
        #[arg(long)]
        now: Option<String>,
    },
}

fn main() -> ExitCode {
    medborgarkiosk::trace::start();
    // First, while this is the only thread: no scan of the machine's fonts.
    medborgarkiosk::ui::fonts::bundled_fonts_only();
    medborgarkiosk::memory::few_arenas();
    let cli = Cli::parse();
    // Held to the end: dropping it writes the last log lines. Lines go
    // straight to stderr until the window system is up (`logging`).
    let _logging = medborgarkiosk::logging::init(cli.log_json);
    let code = run(cli);
    // The audit writer's last lines (IT's outbox actions, staff leaving)
    // and the staff settings it saves.
    medborgarkiosk::audit::flush();
    code
}

fn run(cli: Cli) -> ExitCode {
    match cli.command {
        Some(Command::HashPin) => medborgarkiosk::staff::cli::hash_pin(),
        Some(Command::SpeechCheck(args)) => medborgarkiosk::speech::cli::speech_check(args),
        Some(Command::CheckConfig { path }) => match Config::from_file(&path) {
            Ok(config) => {
                println!(
                    "{}: OK (kiosk {}, office {}, {} languages)",
                    path.display(),
                    config.kiosk_id,
                    config.office.id,
                    config.languages.len()
                );
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("{e}");
                ExitCode::from(2)
            }
        },
        Some(Command::Screenshots {
            out,
            screen,
            language,
            high_contrast,
            text_size,
        }) => {
            let text_size = match text_size.as_str() {
                "normal" => medborgarkiosk::session::TextSize::Normal,
                "large" => medborgarkiosk::session::TextSize::Large,
                "largest" => medborgarkiosk::session::TextSize::Largest,
                other => {
                    eprintln!("--text-size {other}: allowed are normal, large, largest");
                    return ExitCode::from(2);
                }
            };
            let config = match Config::load(cli.config.as_deref()) {
                Ok(mut config) => {
                    config.display.high_contrast |= high_contrast;
                    config
                }
                Err(e) => {
                    eprintln!("{e}");
                    return ExitCode::from(2);
                }
            };
            let shots = match screen.as_deref() {
                None => ui::tools::screenshots::Shot::ALL.to_vec(),
                Some(name) => match ui::tools::screenshots::Shot::from_name(name) {
                    Some(shot) => vec![shot],
                    None => {
                        let names: Vec<_> = ui::tools::screenshots::Shot::ALL
                            .iter()
                            .map(|s| s.name())
                            .collect();
                        eprintln!("unknown screen `{name}` (allowed: {})", names.join(", "));
                        return ExitCode::from(2);
                    }
                },
            };
            let languages = match language {
                Some(language) => vec![language],
                None => config.languages.clone(),
            };
            match ui::tools::screenshots::render_all(
                config,
                &out,
                &shots,
                &languages,
                text_size,
                Clock::system().stockholm(),
            ) {
                Ok(files) => {
                    println!("wrote {} screenshots to {}", files.len(), out.display());
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprintln!("screenshots failed: {e}");
                    ExitCode::FAILURE
                }
            }
        }
        Some(Command::Central(args)) => medborgarkiosk::central::cli::run(args, cli.config),
        Some(Command::Report(args)) => medborgarkiosk::central::cli::report(args, cli.config),
        Some(Command::Outbox(args)) => {
            medborgarkiosk::outbox::cli::run(args, cli.config.as_deref())
        }
        Some(Command::TestPrint {
            language,
            png,
            printer,
        }) => {
            let config = match Config::load(cli.config.as_deref()) {
                Ok(config) => config,
                Err(e) => {
                    eprintln!("{e}");
                    return ExitCode::from(2);
                }
            };
            // Width, timeouts and cut from the kiosk's `[printer]` table.
            let settings = config.printer.clone();
            ui::print_view::test_print_cli(
                &config,
                &settings,
                language,
                png.as_deref(),
                printer.as_deref(),
                &Clock::system(),
            )
        }
        Some(Command::ContentCheck { dir, links }) => medborgarkiosk::content::cli::content_check(
            dir.as_deref(),
            Clock::system().today(),
            links,
        ),
        Some(Command::ContentSearch { lang, dir, query }) => {
            medborgarkiosk::content::cli::content_search(dir.as_deref(), lang, &query)
        }
        Some(Command::FeedCheck {
            source,
            kind,
            json,
            now,
        }) => {
            let args = medborgarkiosk::feeds::cli::FeedCheckArgs {
                source,
                kind,
                json,
                now,
            };
            medborgarkiosk::feeds::cli::run(&args, cli.config.as_deref(), &Clock::system())
        }
        None => run_kiosk(&cli),
    }
}

fn run_kiosk(cli: &Cli) -> ExitCode {
    platform::install_panic_hook();
    trace::init(cli.trace_startup);
    let config = match Config::load(cli.config.as_deref()) {
        Ok(config) => config,
        Err(e) => {
            eprintln!("medborgarkiosk: bad configuration: {e}");
            return ExitCode::from(2);
        }
    };
    trace::mark("config loaded");

    // The renderer is chosen deliberately: ICED_BACKEND wins if set, else the
    // config (default tiny-skia, so a machine without a GPU does not end up
    // on a slow software emulation of one).
    let backend = std::env::var("ICED_BACKEND")
        .ok()
        .or_else(|| config.display.renderer.iced_backend().map(str::to_owned));
    if let Some(backend) = &backend {
        // SAFETY: called before any other thread exists (no runtime, no
        // window yet), so nothing reads the environment concurrently.
        unsafe { std::env::set_var("ICED_BACKEND", backend) };
    }
    let gpu = backend.as_deref() != Some("tiny-skia");

    if let Err(e) = platform::check(gpu) {
        eprintln!("medborgarkiosk: {e}");
        return ExitCode::from(3);
    }

    tracing::info!(
        kiosk = %config.kiosk_id,
        office = %config.office.id,
        renderer = backend.as_deref().unwrap_or("auto"),
        "starting"
    );
    // The Start screen needs neither the central API (with the outbox) nor
    // the speech engine: they start on other threads while the window
    // opens, and join the kiosk when ready. Without either the kiosk still
    // serves everything else, and says so in the log.
    // The process's one clock: the kiosk, its backend and its feeds keep
    // time by it.
    let clock = Clock::system();
    let result = match cli.mode {
        Mode::Kiosk => {
            let services = {
                let config = config.clone();
                let clock = clock.clone();
                move || start_services(&config, &clock, true)
            };
            ui::run(config, services, clock, cli.windowed)
        }
        // The wall display reads no screens aloud (its calls are said by
        // its own announcer, `ui::display::run`); it needs the central API
        // for the now-serving list before its first slide.
        Mode::Display => {
            let backend = {
                let config = config.clone();
                let clock = clock.clone();
                move || start_services(&config, &clock, false).0
            };
            ui::display::run(config, backend, clock, cli.windowed)
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // A lost display or GPU: exit non-zero so systemd restarts us.
            tracing::error!(error = %e, "the window system failed");
            eprintln!("medborgarkiosk: the window system failed: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The central API with the outbox, and the speech engine, started side by
/// side (off the UI thread); speech only when `speech` (not on the wall).
fn start_services(
    config: &Config,
    clock: &Clock,
    speech: bool,
) -> (Option<Backend>, Option<Speaker>) {
    let (backend, speaker) = std::thread::scope(|scope| {
        let speaker = scope.spawn(|| {
            if !speech || !config.speech.enabled {
                return None;
            }
            let speaker = Speaker::start(&config.speech, VoiceTable::builtin());
            if !speaker.has_engine() {
                tracing::warn!(
                    "speech output off: espeak-ng is not installed (apt-get install espeak-ng)"
                );
            }
            Some(speaker)
        });
        let backend = match Backend::start(config, clock.clone()) {
            Ok(backend) => Some(backend),
            Err(e) => {
                tracing::error!(error = %e, "central API not available; queue tickets and synpunkter are off");
                None
            }
        };
        (backend, speaker.join().unwrap_or(None))
    });
    trace::mark("backend and speech started");
    (backend, speaker)
}

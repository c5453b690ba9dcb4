//! The `medborgarkiosk` binary: the kiosk itself (default) and the tools
//! that IT and translators use beside it (see `--help`).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use medborgarkiosk::config::Config;
use medborgarkiosk::i18n::Language;
use medborgarkiosk::{clock, platform, ui};

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

    /// Log as JSON lines instead of human-readable text.
    #[arg(long, global = true)]
    log_json: bool,

    #[command(subcommand)]
    command: Option<Command>,
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
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_logging(cli.log_json);

    match cli.command {
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
        }) => {
            let config = match Config::load(cli.config.as_deref()) {
                Ok(config) => config,
                Err(e) => {
                    eprintln!("{e}");
                    return ExitCode::from(2);
                }
            };
            let shots = match screen.as_deref() {
                None => ui::screenshots::Shot::ALL.to_vec(),
                Some(name) => match ui::screenshots::Shot::from_name(name) {
                    Some(shot) => vec![shot],
                    None => {
                        let names: Vec<_> = ui::screenshots::Shot::ALL
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
            match ui::screenshots::render_all(
                config,
                &out,
                &shots,
                &languages,
                clock::stockholm_now(),
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
        None => run_kiosk(&cli),
    }
}

fn run_kiosk(cli: &Cli) -> ExitCode {
    let config = match Config::load(cli.config.as_deref()) {
        Ok(config) => config,
        Err(e) => {
            eprintln!("medborgarkiosk: bad configuration: {e}");
            return ExitCode::from(2);
        }
    };

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
    match ui::run(config, cli.windowed) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // A lost display or GPU: exit non-zero so systemd restarts us.
            tracing::error!(error = %e, "the window system failed");
            eprintln!("medborgarkiosk: the window system failed: {e}");
            ExitCode::FAILURE
        }
    }
}

fn init_logging(json: bool) {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_from_env("MEDBORGARKIOSK_LOG").unwrap_or_else(|_| {
        EnvFilter::new("info,wgpu_core=warn,wgpu_hal=warn,naga=warn,iced_wgpu=warn")
    });
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    if json {
        builder.json().init();
    } else {
        builder.init();
    }
}

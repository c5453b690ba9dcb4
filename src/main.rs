//! The `medborgarkiosk` binary: the kiosk itself (default) and the tools
//! that IT and translators use beside it (see `--help`).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "medborgarkiosk",
    version,
    about = "Touch kiosk for a municipal citizen service center"
)]
struct Cli {
    /// The kiosk's TOML config file (default: see README, "Configuration").
    #[arg(long, global = true)]
    config: Option<PathBuf>,

    /// Run in a normal window instead of full screen (development).
    #[arg(long)]
    windowed: bool,

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
    let cli = Cli::parse();
    match cli.command {
        Some(Command::CheckConfig { path }) => {
            let _ = path;
            ExitCode::SUCCESS
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
            medborgarkiosk::feeds::cli::run(&args, cli.config.as_deref())
        }
        None => ExitCode::SUCCESS,
    }
}

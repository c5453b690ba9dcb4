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
    /// Run the reference central API (tickets, synpunkter, heartbeats).
    /// Uses the global --config as its TOML config (default: a bundled
    /// Botkyrka demo); the token comes from MEDBORGARKIOSK_API_TOKEN or
    /// the config's token_file.
    Central {
        /// Address to listen on, e.g. 127.0.0.1:8080.
        #[arg(long)]
        listen: std::net::SocketAddr,
        /// The SQLite database file (created if missing).
        #[arg(long)]
        db: PathBuf,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::CheckConfig { path }) => {
            let _ = path;
            ExitCode::SUCCESS
        }
        Some(Command::Central { listen, db }) => {
            medborgarkiosk::central::cli::run(listen, db, cli.config)
        }
        None => ExitCode::SUCCESS,
    }
}

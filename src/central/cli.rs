//! `medborgarkiosk central --listen ADDR --db PATH` (with the global
//! `--config PATH`) runs the reference server;
//! `medborgarkiosk central token new --role ROLE --id ID` makes a device
//! token; `medborgarkiosk report --db PATH --office ID --from DATE --to
//! DATE --out FILE` writes an office's statistics report as one HTML file.

use std::io::Write;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::config::{Role, TokenConfig};
use super::{Central, CentralConfig, CentralError, generate_token};

/// The arguments of `medborgarkiosk central`.
#[derive(Debug, clap::Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct CentralArgs {
    #[command(subcommand)]
    pub command: Option<CentralCommand>,
    /// Address to listen on, e.g. 127.0.0.1:8080.
    #[arg(long)]
    pub listen: Option<SocketAddr>,
    /// The SQLite database file (created if missing).
    #[arg(long)]
    pub db: Option<PathBuf>,
}

#[derive(Debug, clap::Subcommand)]
pub enum CentralCommand {
    /// Device tokens for the central config's [[tokens]].
    #[command(subcommand)]
    Token(TokenCommand),
}

#[derive(Debug, clap::Subcommand)]
pub enum TokenCommand {
    /// Make a new random token for one device. Prints the [[tokens]] entry
    /// (role, id, SHA-256 of the token) on standard output, to append to
    /// the central config; the token itself goes to --token-file (created
    /// with mode 0600), or to standard error when none is given. It is
    /// shown only this once and stored nowhere else.
    New {
        /// kiosk, display, counter or admin.
        #[arg(long)]
        role: Role,
        /// The kiosk id (kiosk, display), the counter id (counter) or a
        /// name for the logs (admin).
        #[arg(long)]
        id: String,
        /// Counter only: the office whose counter it is.
        #[arg(long)]
        office: Option<String>,
        /// Write the token to this new file (refused if it exists).
        #[arg(long)]
        token_file: Option<PathBuf>,
    },
}

impl clap::ValueEnum for Role {
    fn value_variants<'a>() -> &'a [Self] {
        &Role::ALL
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(self.name()))
    }
}

/// The arguments of `medborgarkiosk report`.
#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// The central API's SQLite database (read; never created).
    #[arg(long)]
    pub db: PathBuf,
    /// The office (its id in the central config).
    #[arg(long)]
    pub office: String,
    /// The first day (YYYY-MM-DD, Stockholm).
    #[arg(long)]
    pub from: chrono::NaiveDate,
    /// The last day, inclusive (YYYY-MM-DD, Stockholm).
    #[arg(long)]
    pub to: chrono::NaiveDate,
    /// The HTML file to write.
    #[arg(long)]
    pub out: PathBuf,
}

/// Runs `medborgarkiosk report …` with the global `--config` as the
/// central config (the bundled demo without one). Errors go to stderr
/// (exit code 2).
pub fn report(args: ReportArgs, config: Option<PathBuf>) -> ExitCode {
    match write_report(&args, config.as_deref()) {
        Ok(()) => {
            println!("wrote {}", args.out.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("medborgarkiosk report: {e}");
            ExitCode::from(2)
        }
    }
}

fn write_report(args: &ReportArgs, config: Option<&Path>) -> Result<(), String> {
    let config = match config {
        Some(path) => CentralConfig::load(path).map_err(|e| e.to_string())?,
        None => CentralConfig::demo(),
    };
    // A tool run by hand: the machine's clock dates the report.
    let now = crate::clock::Clock::system().now();
    let report =
        super::report::from_database(&config, &args.db, &args.office, args.from, args.to, now)
            .map_err(|e| e.to_string())?;
    let html = super::report_html::render(&report).map_err(|e| e.to_string())?;
    std::fs::write(&args.out, html).map_err(|e| format!("cannot write {}: {e}", args.out.display()))
}

/// Runs `medborgarkiosk central …`. Errors go to stderr in English (for
/// IT) and give exit code 2.
pub fn run(args: CentralArgs, config: Option<PathBuf>) -> ExitCode {
    let result = match args.command {
        Some(CentralCommand::Token(TokenCommand::New {
            role,
            id,
            office,
            token_file,
        })) => new_token(role, &id, office.as_deref(), token_file.as_deref()),
        None => match (args.listen, args.db) {
            (Some(listen), Some(db)) => serve(listen, db, config),
            _ => Err("give --listen ADDR and --db PATH (or a subcommand: token new)".to_owned()),
        },
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("medborgarkiosk central: {e}");
            ExitCode::from(2)
        }
    }
}

fn new_token(
    role: Role,
    id: &str,
    office: Option<&str>,
    token_file: Option<&Path>,
) -> Result<(), String> {
    if office.is_some() && role != Role::Counter {
        return Err("--office is for counter tokens only".to_owned());
    }
    let token = generate_token();
    let mut entry = TokenConfig::for_token(role, id, &token).map_err(|e| e.to_string())?;
    if let Some(office) = office {
        entry = entry.in_office(office);
    }
    match token_file {
        Some(path) => write_secret(path, &token)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?,
        None => eprintln!(
            "The token for {} {id} (shown only now; put it in the device's token file):\n{token}",
            role.name()
        ),
    }
    let mut out = std::io::stdout();
    writeln!(
        out,
        "# {} {id}: append to the central API's config",
        role.name()
    )
    .and_then(|()| out.write_all(entry.to_toml().as_bytes()))
    .map_err(|e| e.to_string())
}

/// Creates `path` readable by its owner only and writes the token in it.
fn write_secret(path: &Path, token: &str) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    writeln!(file, "{token}")
}

fn serve(listen: SocketAddr, db: PathBuf, config: Option<PathBuf>) -> Result<(), String> {
    serve_inner(listen, db, config).map_err(|e| e.to_string())
}

fn serve_inner(
    listen: SocketAddr,
    db: PathBuf,
    config: Option<PathBuf>,
) -> Result<(), CentralError> {
    let config = match &config {
        Some(path) => CentralConfig::load(path)?,
        None => CentralConfig::demo(),
    };
    // The server's own process: the machine's clock.
    let central = Central::open(config, &db, crate::clock::Clock::system())?;
    let runtime = tokio::runtime::Runtime::new().map_err(|source| CentralError::Listen {
        addr: listen,
        source,
    })?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(listen)
            .await
            .map_err(|source| CentralError::Listen {
                addr: listen,
                source,
            })?;
        let local = listener.local_addr().unwrap_or(listen);
        tracing::info!(%local, "central API listening");
        eprintln!("medborgarkiosk central: listening on http://{local}");
        super::serve(listener, central, shutdown_signal())
            .await
            .map_err(|source| CentralError::Listen {
                addr: listen,
                source,
            })
    })
}

async fn shutdown_signal() {
    #[cfg(unix)]
    {
        let mut term =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(s) => s,
                Err(_) => {
                    let _ = tokio::signal::ctrl_c().await;
                    return;
                }
            };
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_token_goes_to_its_own_file_and_only_its_hash_to_the_config() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tumba-1.token");
        new_token(Role::Kiosk, "tumba-1", None, Some(&path)).unwrap();
        let token = std::fs::read_to_string(&path).unwrap();
        let token = token.trim();
        assert_eq!(token.len(), 64);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        // Never overwritten.
        assert!(new_token(Role::Kiosk, "tumba-1", None, Some(&path)).is_err());
        assert!(new_token(Role::Kiosk, "tumba-1", Some("x"), None).is_err());
        assert!(new_token(Role::Kiosk, "not an id", None, None).is_err());
    }
}

//! IT's view of the kiosk's outbox: `medborgarkiosk outbox list`,
//! `outbox requeue REF|--all`, `outbox purge REF|--all` (on the data
//! directory of the kiosk's config; every change is in the audit log,
//! nothing personal is printed). And the `medborgarkiosk-outbox-drive`
//! test tool (src/bin): enqueues test synpunkter into an outbox and
//! delivers them, printing progress on stdout. Used by the crash-safety
//! test, which `kill -9`s it during delivery and restarts it.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

use super::{NewSynpunkt, Outbox, OutboxConfig, RowSummary, Which};
use crate::api::client::{ApiClient, ApiConfig};
use crate::clock::Clock;
use crate::config::Config;
use crate::contract::{Contact, SynpunktKind, SynpunktTopic};
use crate::i18n::Language;

/// The file name of the outbox in the data directory.
pub const FILE: &str = "outbox.sqlite3";

/// The arguments of `medborgarkiosk outbox`.
#[derive(Debug, clap::Args)]
pub struct OutboxArgs {
    #[command(subcommand)]
    pub command: OutboxCommand,
}

#[derive(Debug, clap::Subcommand)]
pub enum OutboxCommand {
    /// Submissions not yet delivered: waiting ones and those the central
    /// API refused, with the reason (the fields it named). Never a
    /// message, a name or contact details.
    List,
    /// Put refused submissions back in the queue after the cause is fixed
    /// (the running kiosk sends them within its idle poll).
    Requeue {
        /// A local reference, e.g. BK-7QH2XK.
        reference: Option<String>,
        /// Every refused submission that still has its fields.
        #[arg(long, conflicts_with = "reference")]
        all: bool,
    },
    /// Delete refused submissions for good.
    Purge {
        /// A local reference, e.g. BK-7QH2XK.
        reference: Option<String>,
        /// Every refused submission.
        #[arg(long, conflicts_with = "reference")]
        all: bool,
    },
}

/// Runs `medborgarkiosk outbox …` on the outbox of the kiosk's config.
/// Errors go to stderr in English (for IT) and give exit code 2.
pub fn run(args: OutboxArgs, config: Option<&Path>) -> ExitCode {
    let config = match Config::load(config) {
        Ok(config) => config,
        Err(e) => {
            eprintln!("medborgarkiosk outbox: {e}");
            return ExitCode::from(2);
        }
    };
    let mut out = std::io::stdout();
    match run_on(&config.data_dir, args.command, Clock::system(), &mut out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("medborgarkiosk outbox: {e}");
            ExitCode::from(2)
        }
    }
}

/// The outbox command on the outbox in `data_dir`, writing to `out`.
pub fn run_on(
    data_dir: &Path,
    command: OutboxCommand,
    clock: Clock,
    out: &mut dyn Write,
) -> Result<(), Box<dyn std::error::Error>> {
    let path = data_dir.join(FILE);
    if !path.exists() {
        return Err(format!("no outbox at {}", path.display()).into());
    }
    let now = clock.now();
    let outbox = Outbox::open(&path, OutboxConfig::default(), clock)?;
    let which = |reference: Option<String>, all: bool| match (reference, all) {
        (Some(reference), false) => Ok(Which::One(reference)),
        (None, true) => Ok(Which::AllRefused),
        _ => Err("name a reference or give --all"),
    };
    match command {
        OutboxCommand::List => {
            let rows = outbox.list()?;
            if rows.is_empty() {
                writeln!(out, "nothing waiting, nothing refused")?;
            }
            for row in rows {
                writeln!(out, "{}", describe_row(&row, now))?;
            }
        }
        OutboxCommand::Requeue { reference, all } => {
            for reference in outbox.requeue(&which(reference, all)?)? {
                writeln!(out, "requeued {reference}")?;
            }
        }
        OutboxCommand::Purge { reference, all } => {
            for reference in outbox.purge(&which(reference, all)?)? {
                writeln!(out, "purged {reference}")?;
            }
        }
    }
    Ok(())
}

/// One line per row: reference, state, age, attempts, and why.
fn describe_row(row: &RowSummary, now: chrono::DateTime<chrono::Utc>) -> String {
    let age = |at: chrono::DateTime<chrono::Utc>| {
        let minutes = (now - at).num_minutes().max(0);
        if minutes >= 2 * 24 * 60 {
            format!("{} d", minutes / (24 * 60))
        } else if minutes >= 120 {
            format!("{} h", minutes / 60)
        } else {
            format!("{minutes} min")
        }
    };
    let mut line = format!(
        "{}  {:<8}  sent {} ago  attempts {}",
        row.local_reference,
        if row.state == "rejected" {
            "refused"
        } else {
            row.state.as_str()
        },
        age(row.created_at),
        row.attempts
    );
    if let Some(at) = row.refused_at {
        line.push_str(&format!("  refused {} ago", age(at)));
    }
    match &row.refusal {
        Some(refusal) if !refusal.fields.is_empty() => {
            let fields: Vec<String> = refusal
                .fields
                .iter()
                .map(|(field, code)| format!("{field} ({code})"))
                .collect();
            line.push_str(&format!(
                "  reason: HTTP {}: {}",
                refusal.status,
                fields.join(", ")
            ));
        }
        Some(refusal) => line.push_str(&format!("  reason: HTTP {}", refusal.status)),
        None => {
            if let Some(error) = &row.last_error {
                line.push_str(&format!("  last error: {error}"));
            }
        }
    }
    if row.erased_at.is_some() {
        line.push_str("  (personal fields erased)");
    }
    line
}

/// Arguments of the hidden `outbox-drive` subcommand.
#[derive(Debug, Clone)]
pub struct DriveArgs {
    pub db: PathBuf,
    pub base_url: String,
    /// How many synpunkter to enqueue before delivering (0 = only deliver).
    pub enqueue: u32,
    pub kiosk_id: String,
    /// The process's clock.
    pub clock: crate::clock::Clock,
}

pub fn drive(args: DriveArgs) -> ExitCode {
    match drive_inner(args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("outbox-drive: {e}");
            ExitCode::from(2)
        }
    }
}

fn drive_inner(args: DriveArgs) -> Result<(), Box<dyn std::error::Error>> {
    let api = ApiConfig {
        base_url: Some(args.base_url.clone()),
        request_timeout_ms: 2_000,
        connect_timeout_ms: 500,
        max_retries: 1,
        backoff_initial_ms: 20,
        backoff_max_ms: 200,
        ..ApiConfig::default()
    };
    let token = api.resolve_token()?;
    let client = ApiClient::new(&args.base_url, &token, &api)?;
    let outbox = Outbox::open(
        &args.db,
        OutboxConfig {
            batch_size: 4,
            concurrency: 2,
            backoff_initial_ms: 20,
            backoff_max_ms: 200,
            idle_poll_ms: 100,
            ..OutboxConfig::default()
        },
        args.clock.clone(),
    )?;
    let mut out = std::io::stdout();
    for i in 0..args.enqueue {
        let receipt = outbox.enqueue_synpunkt(NewSynpunkt {
            kind: SynpunktKind::Suggestion,
            service_area: "medborgarcenter".into(),
            topics: vec![SynpunktTopic::HandlingTime],
            message: format!("Crash test synpunkt {i}"),
            contact: (i.is_multiple_of(2)).then(|| Contact {
                name: Some(format!("Visitor {i}")),
                email: Some(format!("visitor{i}@example.org")),
                phone: None,
            }),
            language: Language::Sv,
            kiosk_id: args.kiosk_id.clone(),
        })?;
        writeln!(out, "ENQUEUED {}", receipt.local_reference)?;
    }
    writeln!(out, "DELIVERING")?;
    out.flush()?;
    let runtime = tokio::runtime::Runtime::new()?;
    runtime.block_on(async {
        let mut state = outbox.subscribe();
        let handle = outbox.spawn_delivery(client);
        loop {
            let s = state.borrow_and_update().clone();
            let _ = writeln!(
                std::io::stdout(),
                "STATE pending={} delivered={}",
                s.pending,
                s.delivered
            );
            if s.pending == 0 {
                break;
            }
            if tokio::time::timeout(Duration::from_secs(30), state.changed())
                .await
                .is_err()
            {
                break;
            }
        }
        handle.stop().await;
    });
    let s = outbox.state();
    writeln!(
        out,
        "DONE pending={} delivered={} rejected={}",
        s.pending, s.delivered, s.rejected
    )?;
    out.flush()?;
    if s.pending == 0 {
        Ok(())
    } else {
        Err("submissions left pending".into())
    }
}

//! Test tool (used by `tests/suite/outbox_delivery.rs`): enqueues test
//! synpunkter into an outbox and delivers them, printing progress lines.
//! The crash-safety test kills it with SIGKILL during delivery and starts
//! it again.
//!
//! `medborgarkiosk-outbox-drive --db PATH --base-url URL [--enqueue N] [--kiosk-id ID] [--clock-from TIME]`
//! with the token in `MEDBORGARKIOSK_API_TOKEN`.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

#[derive(Debug, Parser)]
#[command(name = "medborgarkiosk-outbox-drive")]
struct Args {
    #[arg(long)]
    db: PathBuf,
    #[arg(long)]
    base_url: String,
    /// Synpunkter to enqueue before delivering (0 = only deliver).
    #[arg(long, default_value_t = 0)]
    enqueue: u32,
    #[arg(long, default_value = "crash-test-kiosk")]
    kiosk_id: String,
    /// Start the process's clock at this moment (RFC 3339) and let it run
    /// from there: a test's server and this process then agree on "now".
    #[arg(long)]
    clock_from: Option<chrono::DateTime<chrono::FixedOffset>>,
}

fn main() -> ExitCode {
    let args = Args::parse();
    medborgarkiosk::outbox::cli::drive(medborgarkiosk::outbox::cli::DriveArgs {
        db: args.db,
        base_url: args.base_url,
        enqueue: args.enqueue,
        kiosk_id: args.kiosk_id,
        clock: match args.clock_from {
            Some(at) => medborgarkiosk::clock::Clock::running_from(at.to_utc()),
            None => medborgarkiosk::clock::Clock::system(),
        },
    })
}

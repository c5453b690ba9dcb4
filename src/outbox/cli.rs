//! The `medborgarkiosk-outbox-drive` test tool (src/bin): enqueues test synpunkter into an
//! outbox and delivers them, printing progress on stdout. Used by the
//! crash-safety test, which `kill -9`s it during delivery and restarts it.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use super::{NewSynpunkt, Outbox, OutboxConfig};
use crate::api::client::{ApiClient, ApiConfig};
use crate::contract::{Contact, SynpunktKind, SynpunktTopic};
use crate::i18n::Language;

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

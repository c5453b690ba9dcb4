//! CLI tools for IT and content editors (`medborgarkiosk content-check
//! [--links]`, `medborgarkiosk content-search`). English output; no
//! personal data.

use std::path::Path;
use std::process::ExitCode;

use chrono::NaiveDate;

use crate::i18n::Language;

use super::links::{self, LinkCheckConfig, Summary};
use super::{Catalog, ContentProblem, Severity, Target};

fn load(dir: Option<&Path>) -> Result<Catalog, Vec<ContentProblem>> {
    match dir {
        Some(d) => Catalog::load(d),
        None => Catalog::bundled(),
    }
}

/// Validate a content directory (or the bundled content) and print every
/// problem as `severity: file:line: message`, then a warning for each URL
/// never checked or last checked more than a year before `today` (from the
/// process's clock, `main.rs`). Exit code 1 on errors.
///
/// With `links`, then fetch every distinct URL of the catalog
/// ([`links::check`]) and print a report for each with every place that
/// uses it, and a summary line; exit code 1 when a link is broken (a
/// redirect alone is not).
pub fn content_check(dir: Option<&Path>, today: NaiveDate, links: bool) -> ExitCode {
    let catalog = match load(dir) {
        Ok(catalog) => catalog,
        Err(problems) => {
            for p in &problems {
                println!("{p}");
            }
            let errors = problems
                .iter()
                .filter(|p| p.severity == Severity::Error)
                .count();
            println!("content has {errors} error(s)");
            if links {
                println!("links not checked: the content has errors");
            }
            return ExitCode::FAILURE;
        }
    };
    let dates = links::date_problems(&catalog, today);
    for w in catalog.warnings().iter().chain(&dates) {
        println!("{w}");
    }
    println!(
        "content OK: version {}, {} guides, {} forms, {} contacts, {} warnings ({} about link check dates)",
        catalog.version(),
        catalog.guides().len(),
        catalog.forms().len(),
        catalog.contacts().len(),
        catalog.warnings().len() + dates.len(),
        dates.len(),
    );
    if !links {
        return ExitCode::SUCCESS;
    }
    check_links(&catalog)
}

/// `content-check --links`: the network check, on a runtime of its own.
fn check_links(catalog: &Catalog) -> ExitCode {
    let targets = links::targets(catalog);
    let config = LinkCheckConfig::default();
    eprintln!(
        "checking {} distinct URLs ({} at a time, at most {} s each)…",
        targets.len(),
        config.concurrency,
        config.timeout.as_secs()
    );
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            println!("links not checked: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(links::check(&targets, &config)) {
        Ok(reports) => {
            print!("{}", links::render(&reports));
            if Summary::of(&reports).broken > 0 {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            }
        }
        Err(e) => {
            println!("links not checked: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Run one search as the kiosk would and print the ranked hits.
pub fn content_search(dir: Option<&Path>, language: Language, query: &str) -> ExitCode {
    let catalog = match load(dir) {
        Ok(c) => c,
        Err(problems) => {
            for p in &problems {
                println!("{p}");
            }
            return ExitCode::FAILURE;
        }
    };
    for hit in catalog.search(query, language, 10) {
        let (kind, id, title) = match &hit.target {
            Target::Guide(id) => (
                "guide",
                id,
                catalog
                    .guide_text(id, language)
                    .map(|t| t.value.title.clone()),
            ),
            Target::Form(id) => (
                "form",
                id,
                catalog
                    .form_text(id, language)
                    .map(|t| t.value.title.clone()),
            ),
            Target::Contact(id) => (
                "contact",
                id,
                catalog
                    .contact_text(id, language)
                    .map(|t| t.value.name.clone()),
            ),
            Target::Tool(id) => (
                "tool",
                id,
                catalog
                    .tool_text(id, language)
                    .map(|t| t.value.title.clone()),
            ),
        };
        println!(
            "{:6.1}  {kind:7} {id:28} {}",
            hit.score,
            title.unwrap_or_default()
        );
    }
    ExitCode::SUCCESS
}

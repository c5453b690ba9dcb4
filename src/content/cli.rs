//! CLI tools for IT and content editors (`medborgarkiosk content-check`,
//! `medborgarkiosk content-search`). English output; no personal data.

use std::path::Path;
use std::process::ExitCode;

use crate::i18n::Language;

use super::{Catalog, ContentProblem, Severity, Target};

fn load(dir: Option<&Path>) -> Result<Catalog, Vec<ContentProblem>> {
    match dir {
        Some(d) => Catalog::load(d),
        None => Catalog::bundled(),
    }
}

/// Validate a content directory (or the bundled content) and print every
/// problem as `severity: file:line: message`. Exit code 1 on errors.
pub fn content_check(dir: Option<&Path>) -> ExitCode {
    match load(dir) {
        Ok(catalog) => {
            for w in catalog.warnings() {
                println!("{w}");
            }
            println!(
                "content OK: version {}, {} guides, {} forms, {} contacts, {} warnings",
                catalog.version(),
                catalog.guides().len(),
                catalog.forms().len(),
                catalog.contacts().len(),
                catalog.warnings().len()
            );
            ExitCode::SUCCESS
        }
        Err(problems) => {
            for p in &problems {
                println!("{p}");
            }
            let errors = problems
                .iter()
                .filter(|p| p.severity == Severity::Error)
                .count();
            println!("content has {errors} error(s)");
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

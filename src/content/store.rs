//! The content the kiosk is serving, reloadable without a restart. A broken
//! override never takes the kiosk down: the last good catalog stays, and
//! the problems are kept for the log and the staff view.

use std::path::PathBuf;
use std::sync::Arc;

use serde::Deserialize;

use super::model::{Catalog, ContentVersion};
use super::problem::{ContentProblem, Severity};

/// The `[content]` table of the kiosk config.
///
/// ```toml
/// [content]
/// # A directory in the format of resources/content/README.md that
/// # replaces the bundled content. Unset: the bundled content is used.
/// dir = "/etc/medborgarkiosk/content"
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ContentConfig {
    pub dir: Option<PathBuf>,
}

/// Where the content being served came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContentSource {
    Bundled,
    Override(PathBuf),
    /// Even the bundled content failed (never in a tested build).
    Empty,
}

/// The result of [`ContentStore::reload`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReloadOutcome {
    /// New content is in use (it may carry warnings).
    Loaded {
        version: ContentVersion,
        warnings: usize,
    },
    /// The content had errors; the last good content is still in use.
    KeptPrevious { errors: usize },
    /// [`ContentStore::reload_if_changed`]: the files are the same as at
    /// the last attempt; nothing was done.
    Unchanged,
}

/// What a content check found, for the log and the staff view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentCheck {
    pub outcome: ReloadOutcome,
    /// The problems of the last load (errors when it failed, else
    /// warnings), each with file and line.
    pub problems: Vec<ContentProblem>,
    /// True when older content is being shown because the last load failed.
    pub stale: bool,
}

/// Keeps the current catalog and the problems of the last load.
#[derive(Debug)]
pub struct ContentStore {
    config: ContentConfig,
    current: Arc<Catalog>,
    source: ContentSource,
    problems: Vec<ContentProblem>,
    stale: bool,
    /// Hash of the override files at the last load attempt.
    attempted: Option<String>,
}

fn log_problems(problems: &[ContentProblem]) {
    for p in problems {
        match p.severity {
            Severity::Error => tracing::error!(target: "content", "{p}"),
            Severity::Warning => tracing::warn!(target: "content", "{p}"),
        }
    }
}

impl ContentStore {
    /// Loads the override directory if configured, else (or if it is
    /// broken) the bundled content. Never fails.
    pub fn new(config: ContentConfig) -> ContentStore {
        let mut store = ContentStore {
            config,
            current: Arc::new(Catalog::empty()),
            source: ContentSource::Empty,
            problems: Vec::new(),
            stale: false,
            attempted: None,
        };
        if store.config.dir.is_some() && matches!(store.reload(), ReloadOutcome::Loaded { .. }) {
            return store;
        }
        let override_problems = std::mem::take(&mut store.problems);
        match Catalog::bundled() {
            Ok(c) => {
                store.problems = c.warnings().to_vec();
                store.current = Arc::new(c);
                store.source = ContentSource::Bundled;
            }
            Err(p) => {
                log_problems(&p);
                store.problems = p;
            }
        }
        // Show the override's errors to staff even though we fell back.
        store.stale = !override_problems.is_empty();
        store.problems.splice(0..0, override_problems);
        store
    }

    /// Loads from the configured source again (the override directory, or
    /// the bundled content). On errors the previous catalog stays.
    pub fn reload(&mut self) -> ReloadOutcome {
        let (result, source) = match &self.config.dir {
            Some(dir) => {
                self.attempted = Some(Catalog::dir_hash(dir));
                (Catalog::load(dir), ContentSource::Override(dir.clone()))
            }
            None => (Catalog::bundled(), ContentSource::Bundled),
        };
        match result {
            Ok(catalog) => {
                log_problems(catalog.warnings());
                tracing::info!(target: "content", version = %catalog.version(), "content loaded");
                self.problems = catalog.warnings().to_vec();
                let outcome = ReloadOutcome::Loaded {
                    version: catalog.version().clone(),
                    warnings: self.problems.len(),
                };
                self.current = Arc::new(catalog);
                self.source = source;
                self.stale = false;
                outcome
            }
            Err(problems) => {
                log_problems(&problems);
                let errors = problems
                    .iter()
                    .filter(|p| p.severity == Severity::Error)
                    .count();
                tracing::error!(
                    target: "content",
                    errors,
                    version = %self.current.version(),
                    "content has errors; keeping the last good content"
                );
                self.problems = problems;
                self.stale = true;
                ReloadOutcome::KeptPrevious { errors }
            }
        }
    }

    /// For polling (e.g. once a minute): reloads only when the override
    /// directory's files changed since the last attempt, good or broken, so
    /// a broken override is reported once, not on every poll. Without an
    /// override directory: always [`ReloadOutcome::Unchanged`].
    pub fn reload_if_changed(&mut self) -> ReloadOutcome {
        let Some(dir) = &self.config.dir else {
            return ReloadOutcome::Unchanged;
        };
        if self.attempted.as_deref() == Some(Catalog::dir_hash(dir).as_str()) {
            return ReloadOutcome::Unchanged;
        }
        self.reload()
    }

    /// [`ContentStore::reload_if_changed`] (or, `forced`, [`ContentStore::reload`])
    /// with what it found.
    pub fn check(&mut self, forced: bool) -> ContentCheck {
        let outcome = if forced {
            self.reload()
        } else {
            self.reload_if_changed()
        };
        ContentCheck {
            outcome,
            problems: self.problems.clone(),
            stale: self.stale,
        }
    }

    /// The catalog in use (cheap to clone and hand to the UI).
    pub fn catalog(&self) -> Arc<Catalog> {
        Arc::clone(&self.current)
    }

    pub fn source(&self) -> &ContentSource {
        &self.source
    }

    /// Problems of the last load (errors when it failed, else warnings).
    pub fn problems(&self) -> &[ContentProblem] {
        &self.problems
    }

    /// True when the last load failed and older content is being shown.
    pub fn is_stale(&self) -> bool {
        self.stale
    }
}

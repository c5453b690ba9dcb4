//! Problems found in the content: what is wrong, where, and how bad.
//! Shared by loading, the catalog (its warnings), the store and the CLI.

use std::fmt;

use chrono::NaiveDate;

use crate::i18n::Language;

/// How bad a problem is. Errors make the content unusable (the last good
/// content stays); warnings are shown to staff but the content is used
/// (a missing language is shown in Swedish).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}

/// What is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemKind {
    /// The file could not be read.
    Io(String),
    /// TOML syntax or type error.
    Syntax(String),
    /// A required field is missing (or empty).
    MissingField { item: String, field: String },
    /// A required file is missing.
    MissingFile,
    /// A whole language is missing.
    MissingLanguage(Language),
    /// An item has no text in a language.
    MissingTranslation { language: Language, item: String },
    /// An id refers to something that does not exist.
    BrokenReference {
        item: String,
        field: String,
        target: String,
    },
    /// A URL that is not a valid https URL.
    NotHttps { item: String, url: String },
    /// The same id twice.
    Duplicate { item: String },
    /// A value outside the allowed set (provider, need ...).
    UnknownValue {
        item: String,
        field: String,
        value: String,
    },
    /// A value that breaks a rule of its field (a Wi-Fi password too
    /// short, drop-in hours that do not parse), with the rule.
    Invalid {
        item: String,
        field: String,
        reason: String,
    },
    /// A URL without a date it was checked (`checked`, `web_checked`):
    /// nobody has looked whether it still leads anywhere.
    NeverChecked {
        item: String,
        field: String,
        date_field: String,
        url: String,
    },
    /// A URL last checked more than `max_days` days before today.
    StaleLink {
        item: String,
        date_field: String,
        url: String,
        checked: NaiveDate,
        days: i64,
        max_days: i64,
    },
    /// A check date after today: a typo, or a wrong clock.
    CheckedAfterToday {
        item: String,
        date_field: String,
        checked: NaiveDate,
        today: NaiveDate,
    },
}

/// One problem in the content, for the log and the staff view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentProblem {
    pub severity: Severity,
    /// Path relative to the content directory, with `/`.
    pub file: String,
    /// 1-based line, where known.
    pub line: Option<usize>,
    pub kind: ProblemKind,
}

impl fmt::Display for ContentProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        match self.line {
            Some(line) => write!(f, "{sev}: {}:{line}: ", self.file)?,
            None => write!(f, "{sev}: {}: ", self.file)?,
        }
        match &self.kind {
            ProblemKind::Io(e) => write!(f, "cannot read: {e}"),
            ProblemKind::Syntax(e) => write!(f, "TOML error: {e}"),
            ProblemKind::MissingField { item, field } => {
                write!(f, "{item}: missing field `{field}`")
            }
            ProblemKind::MissingFile => write!(f, "file missing"),
            ProblemKind::MissingLanguage(l) => {
                write!(
                    f,
                    "language `{}` missing (Swedish is shown instead)",
                    l.code()
                )
            }
            ProblemKind::MissingTranslation { language, item } => {
                write!(f, "{item} has no text in `{}`", language.code())
            }
            ProblemKind::BrokenReference {
                item,
                field,
                target,
            } => {
                write!(f, "{item}: `{field}` refers to unknown `{target}`")
            }
            ProblemKind::NotHttps { item, url } => {
                write!(f, "{item}: `{url}` is not a valid https URL")
            }
            ProblemKind::Duplicate { item } => write!(f, "{item} defined twice"),
            ProblemKind::UnknownValue { item, field, value } => {
                write!(f, "{item}: unknown {field} `{value}`")
            }
            ProblemKind::Invalid {
                item,
                field,
                reason,
            } => write!(f, "{item}: `{field}` {reason}"),
            ProblemKind::NeverChecked {
                item,
                field,
                date_field,
                url,
            } => write!(
                f,
                "{item}: `{field}` {url} was never checked (no `{date_field}` date)"
            ),
            ProblemKind::StaleLink {
                item,
                date_field,
                url,
                checked,
                days,
                max_days,
            } => write!(
                f,
                "{item}: `{date_field}` {checked} is {days} days ago (more than {max_days}): check {url} again"
            ),
            ProblemKind::CheckedAfterToday {
                item,
                date_field,
                checked,
                today,
            } => write!(
                f,
                "{item}: `{date_field}` {checked} is after today ({today})"
            ),
        }
    }
}

impl std::error::Error for ContentProblem {}

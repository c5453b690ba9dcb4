//! Field checks shared by the POST and PUT handlers: every problem with a
//! request is collected, then answered at once as one 422.

use axum::response::Response;
use chrono::{DateTime, Duration, Utc};

use super::MAX_FUTURE_SKEW_MINUTES;
use super::http::{field_error, unprocessable};
use crate::contract::FieldError;

#[derive(Default)]
pub(super) struct Check {
    errors: Vec<FieldError>,
}

impl Check {
    /// Any other problem with a field.
    pub(super) fn push(&mut self, field: &str, code: &str, detail: impl Into<String>) {
        self.errors.push(field_error(field, code, detail));
    }

    /// A free text: length in characters, no control characters other
    /// than newline (and none at all unless `multiline`).
    pub(super) fn text(
        &mut self,
        field: &str,
        value: &str,
        max_chars: usize,
        required: bool,
        multiline: bool,
    ) {
        if required && value.trim().is_empty() {
            self.push(field, "required", "must not be empty");
            return;
        }
        let chars = value.chars().count();
        if chars > max_chars {
            self.push(
                field,
                "too_long",
                format!("{chars} characters, at most {max_chars}"),
            );
        }
        if value
            .chars()
            .any(|c| c.is_control() && !(multiline && c == '\n'))
        {
            self.push(
                field,
                "control_character",
                if multiline {
                    "control characters other than newline are not allowed"
                } else {
                    "control characters are not allowed"
                },
            );
        }
    }

    /// An identifier: 1-64 of `A-Z a-z 0-9 . _ -`.
    pub(super) fn ident(&mut self, field: &str, value: &str) {
        let ok = !value.is_empty()
            && value.len() <= 64
            && value
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
        if !ok {
            self.push(
                field,
                "invalid",
                "1-64 characters of A-Z, a-z, 0-9, '.', '_' or '-'",
            );
        }
    }

    pub(super) fn not_future(&mut self, field: &str, at: DateTime<Utc>, now: DateTime<Utc>) {
        if at > now + Duration::minutes(MAX_FUTURE_SKEW_MINUTES) {
            self.push(
                field,
                "in_future",
                format!("more than {MAX_FUTURE_SKEW_MINUTES} minutes in the future"),
            );
        }
    }

    pub(super) fn finish(self) -> Result<(), Response> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(unprocessable(self.errors))
        }
    }
}

//! Field checks shared by the POST and PUT handlers: every problem with a
//! request is collected, then answered at once as one 422 — of the type
//! "invalid submission" when a field is wrong, of the type "clock skew"
//! when only a timestamp is too far ahead (the kiosk's clock, not the
//! submission, is at fault).

use axum::response::Response;
use chrono::{DateTime, Duration, Utc};

use super::http::{clock_skew, field_error, unprocessable};
use crate::contract::FieldError;
use crate::synpunkt::is_bidi_control;

#[derive(Default)]
pub(super) struct Check {
    errors: Vec<FieldError>,
    skew: Vec<FieldError>,
}

impl Check {
    /// Any other problem with a field.
    pub(super) fn push(&mut self, field: &str, code: &str, detail: impl Into<String>) {
        self.errors.push(field_error(field, code, detail));
    }

    /// A free text: length in characters, no control characters other
    /// than newline (and none at all unless `multiline`). A single line
    /// (a name, an e-mail address, a phone number, an id) carries no
    /// bidirectional controls (U+202A–U+202E, U+2066–U+2069) either: they
    /// could make it read differently than it is. Multi-line text (a
    /// message) keeps its words; the route neutralises such controls.
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
        if !multiline && value.chars().any(is_bidi_control) {
            self.push(
                field,
                "bidi_control",
                "bidirectional control characters (U+202A-U+202E, U+2066-U+2069) are not allowed",
            );
        }
    }

    /// An identifier: 1-64 of `A-Z a-z 0-9 . _ -`.
    pub(super) fn ident(&mut self, field: &str, value: &str) {
        if !super::config::is_ident(value) {
            self.push(
                field,
                "invalid",
                "1-64 characters of A-Z, a-z, 0-9, '.', '_' or '-'",
            );
        }
    }

    /// A client's timestamp: at most `max_hours` ahead of the server's
    /// clock (clock skew); beyond that the request waits for the clocks
    /// to agree.
    pub(super) fn not_future(
        &mut self,
        field: &str,
        at: DateTime<Utc>,
        now: DateTime<Utc>,
        max_hours: u32,
    ) {
        if at > now + Duration::hours(i64::from(max_hours)) {
            self.skew.push(field_error(
                field,
                "in_future",
                format!("more than {max_hours} hours ahead of the server's clock"),
            ));
        }
    }

    pub(super) fn finish(self) -> Result<(), Response> {
        if !self.errors.is_empty() {
            let mut errors = self.errors;
            errors.extend(self.skew);
            Err(unprocessable(errors))
        } else if !self.skew.is_empty() {
            Err(clock_skew(self.skew))
        } else {
            Ok(())
        }
    }
}

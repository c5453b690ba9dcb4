//! The synpunkt screen's words: titles, errors, the review's lines and the
//! answer promise, shared by its views and its description.

use crate::i18n::Language;
use crate::synpunkt::{EmailError, Kind, MessageError, NameError, PhoneError, Topic};
use crate::t;
use crate::ui::screen::hours::long_date;

use super::{Content, Field, State};

pub fn kind_title(kind: Kind, language: Language) -> String {
    match kind {
        Kind::Complaint => t!(language, "syn-kind-complaint"),
        Kind::Praise => t!(language, "syn-kind-praise"),
        Kind::Suggestion => t!(language, "syn-kind-suggestion"),
    }
}

pub(super) fn kind_text(kind: Kind, language: Language) -> String {
    match kind {
        Kind::Complaint => t!(language, "syn-kind-complaint-text"),
        Kind::Praise => t!(language, "syn-kind-praise-text"),
        Kind::Suggestion => t!(language, "syn-kind-suggestion-text"),
    }
}

pub fn topic_title(topic: Topic, language: Language) -> String {
    match topic {
        Topic::Treatment => t!(language, "syn-topic-treatment"),
        Topic::HandlingTime => t!(language, "syn-topic-handling-time"),
        Topic::Accessibility => t!(language, "syn-topic-accessibility"),
        Topic::Competence => t!(language, "syn-topic-competence"),
        Topic::Other => t!(language, "syn-topic-other"),
    }
}

pub(super) fn field_title(field: Field, language: Language) -> String {
    match field {
        Field::Name => t!(language, "syn-field-name"),
        Field::Email => t!(language, "syn-field-email"),
        Field::Phone => t!(language, "syn-field-phone"),
    }
}

pub(super) fn field_hint(field: Field, language: Language) -> String {
    match field {
        Field::Name => t!(language, "syn-field-name-hint"),
        Field::Email => t!(language, "syn-field-email-hint"),
        Field::Phone => t!(language, "syn-field-phone-hint"),
    }
}

pub fn message_error_text(error: MessageError, language: Language) -> String {
    match error {
        MessageError::Empty => t!(language, "syn-error-message-empty"),
        MessageError::TooLong { .. } => t!(language, "syn-error-message-too-long"),
        MessageError::ControlCharacter => t!(language, "syn-error-message-control"),
    }
}

pub fn email_error_text(error: EmailError, language: Language) -> String {
    match error {
        EmailError::Empty | EmailError::MissingAt | EmailError::MoreThanOneAt => {
            t!(language, "syn-error-email-at")
        }
        EmailError::EmptyLocalPart | EmailError::BadDomain => {
            t!(language, "syn-error-email-domain")
        }
        EmailError::BadCharacter => t!(language, "syn-error-email-character"),
        EmailError::TooLong => t!(language, "syn-error-email-too-long"),
    }
}

pub fn phone_error_text(error: PhoneError, language: Language) -> String {
    match error {
        PhoneError::Empty | PhoneError::TooShort => t!(language, "syn-error-phone-too-short"),
        PhoneError::TooLong => t!(language, "syn-error-phone-too-long"),
        PhoneError::BadCharacter | PhoneError::MisplacedPlus => {
            t!(language, "syn-error-phone-character")
        }
        PhoneError::MissingPrefix => t!(language, "syn-error-phone-prefix"),
    }
}

pub(super) fn name_error_text(_error: NameError, language: Language) -> String {
    t!(language, "syn-error-name")
}

pub(super) fn field_error(state: &State, field: Field, language: Language) -> Option<String> {
    match field {
        Field::Name => state
            .contact_errors
            .name
            .map(|e| name_error_text(e, language)),
        Field::Email => state
            .contact_errors
            .email
            .map(|e| email_error_text(e, language)),
        Field::Phone => state
            .contact_errors
            .phone
            .map(|e| phone_error_text(e, language)),
    }
}

pub(super) fn field_value(state: &State, field: Field) -> &str {
    match field {
        Field::Name => state.name.as_str(),
        Field::Email => state.email.as_str(),
        Field::Phone => state.phone.as_str(),
    }
}

pub(super) fn area_title(state: &State, content: &Content) -> String {
    let id = state.area.as_deref().unwrap_or_default();
    content
        .areas
        .iter()
        .find(|a| a.id == id)
        .map_or_else(|| id.to_owned(), |a| a.title.clone())
}

pub(super) fn topics_text(state: &State, language: Language) -> String {
    state
        .topics
        .iter()
        .map(|&t| topic_title(t, language))
        .collect::<Vec<_>>()
        .join(&t!(language, "syn-list-separator"))
}

/// The contact details as one line each.
pub(super) fn contact_lines(state: &State, language: Language) -> Vec<String> {
    if state.anonymous != Some(false) {
        return vec![t!(language, "syn-review-anonymous")];
    }
    [Field::Name, Field::Email, Field::Phone]
        .into_iter()
        .filter(|&f| !field_value(state, f).trim().is_empty())
        .map(|f| {
            t!(
                language,
                "syn-review-line",
                label = field_title(f, language),
                value = field_value(state, f).trim().to_owned()
            )
        })
        .collect()
}

/// The contact step's promise: answer by a named date.
pub(super) fn answer_promise(content: &Content, language: Language) -> String {
    if content.demo {
        return t!(language, "syn-contact-demo");
    }
    match content.answer_by {
        Some(date) => t!(
            language,
            "syn-contact-answer",
            date = long_date(date, language)
        ),
        None => t!(language, "syn-contact-answer-soon"),
    }
}

// ---- view -----------------------------------------------------------------

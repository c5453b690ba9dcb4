//! Krisinformation.se API v3 news (`/v3/news`): a JSON list of items with
//! `Identifier`, `PushMessage`, `Updated`, `Published`, `Headline`,
//! `Preamble`, `BodyText` (HTML), `Area` (list of `{Type, Description, ...}`,
//! Type `County`/`Municipality`/`Country`), `Web`, `Language`, `Event`,
//! `SenderName`. Codes are read where an area carries one (`Code`,
//! `CountyCode`, `MunicipalityCode`, `GeoCode`); county names are mapped to
//! SCB codes; municipality names without a code are kept as `name:<name>`.
//! Key case is ignored, optional fields may be absent or null.

use serde_json::Value;

use super::crisis::{
    Certainty, CrisisInfo, CrisisMessage, CrisisSource, MsgType, Severity, Status, Urgency,
};
use super::detect::parse_time;
use super::json::{field, list_field, str_field};
use super::text::{self, MAX_ITEMS, MAX_TEXT_CHARS, MAX_TITLE_CHARS};
use super::{ParseError, ParsedCrisis};

/// How Krisinformation's area names become codes (shared with the crisis
/// rules, which compare them with the office's area).
pub use super::area::{county_code, municipality_key};

/// The sender recorded for Krisinformation items.
pub const SENDER: &str = "krisinformation.se";

/// Parses Krisinformation v3 news into crisis messages.
pub fn parse_krisinformation(bytes: &[u8]) -> Result<ParsedCrisis, ParseError> {
    let value: Value = serde_json::from_slice(bytes).map_err(|e| {
        if super::detect::looks_like_html(bytes) {
            ParseError::Html
        } else {
            ParseError::Malformed(format!("invalid JSON: {e}"))
        }
    })?;
    let items: Vec<&Value> = match &value {
        Value::Array(items) => items.iter().collect(),
        Value::Object(_) => vec![&value],
        _ => {
            return Err(ParseError::Malformed(
                "JSON that is not a list of Krisinformation news".to_owned(),
            ));
        }
    };
    let mut messages = Vec::new();
    let mut problems = Vec::new();
    for item in items {
        if messages.len() >= MAX_ITEMS {
            problems.push(format!(
                "more than {MAX_ITEMS} items; the rest were ignored"
            ));
            break;
        }
        if !item.is_object() {
            problems.push("an item that is not a JSON object was skipped".to_owned());
            continue;
        }
        let id = text::short(&str_field(item, "Identifier"));
        if id.is_empty() {
            problems.push("an item without Identifier was skipped".to_owned());
            continue;
        }
        let headline = text::single_line(&str_field(item, "Headline"), MAX_TITLE_CHARS);
        let published = parse_time(&str_field(item, "Published"));
        let updated = parse_time(&str_field(item, "Updated"));
        if published.is_none() && updated.is_none() {
            problems.push(format!(
                "item {id}: neither Published nor Updated is a time"
            ));
        }
        if headline.is_empty() {
            problems.push(format!("item {id}: no Headline"));
        }
        let preamble = text::html_to_text(&str_field(item, "Preamble"), MAX_TEXT_CHARS);
        let body = text::html_to_text(&str_field(item, "BodyText"), MAX_TEXT_CHARS);
        let description = match (preamble.is_empty(), body.is_empty()) {
            (false, false) if !body.starts_with(&preamble) => {
                text::truncate_chars(&format!("{preamble}\n{body}"), MAX_TEXT_CHARS)
            }
            (false, true) => preamble,
            _ => body,
        };
        let mut areas = Vec::new();
        let mut geocodes = Vec::new();
        let mut national = false;
        for area in list_field(item, "Area") {
            let kind = str_field(area, "Type").to_lowercase();
            let desc = text::single_line(&str_field(area, "Description"), MAX_TITLE_CHARS);
            let code = ["Code", "GeoCode", "MunicipalityCode", "CountyCode"]
                .iter()
                .map(|k| text::short(&str_field(area, k)))
                .find(|c| !c.is_empty());
            let lower = desc.to_lowercase();
            if kind == "country"
                || lower == "sverige"
                || lower == "hela sverige"
                || lower == "hela landet"
                || lower == "sweden"
            {
                national = true;
            } else if let Some(code) = code {
                geocodes.push(code);
            } else if kind == "county" || desc.to_lowercase().ends_with(" län") {
                match county_code(&desc) {
                    Some(code) => geocodes.push(code.to_owned()),
                    None => problems.push(format!("item {id}: unknown county `{desc}`")),
                }
            } else if !desc.is_empty() {
                geocodes.push(municipality_key(&desc));
            }
            if !desc.is_empty() {
                areas.push(desc);
            }
        }
        let status = match field(item, "Status").and_then(Value::as_str) {
            Some(s) => Status::parse_lenient(s),
            None if field(item, "IsTest").and_then(Value::as_bool) == Some(true) => Status::Test,
            None => Status::Actual,
        };
        let non_empty = |s: String| (!s.is_empty()).then_some(s);
        let language = text::short(&str_field(item, "Language"));
        let info = CrisisInfo {
            language_tag: if language.is_empty() {
                "sv".to_owned()
            } else {
                language
            },
            event: text::single_line(&str_field(item, "Event"), MAX_TITLE_CHARS),
            headline,
            description,
            instruction: String::new(),
            severity: Severity::parse_lenient(&str_field(item, "Severity")),
            urgency: Urgency::parse_lenient(&str_field(item, "Urgency")),
            certainty: Certainty::Unknown,
            sender_name: non_empty(text::single_line(
                &str_field(item, "SenderName"),
                MAX_TITLE_CHARS,
            )),
            web: non_empty(text::short(&str_field(item, "Web"))),
            onset: None,
            expires: parse_time(&str_field(item, "Expires")),
            areas,
            geocodes,
            categories: Vec::new(),
        };
        messages.push(CrisisMessage {
            source: CrisisSource::Krisinformation,
            id,
            sender: SENDER.to_owned(),
            sent: published.or(updated),
            updated,
            status,
            msg_type: MsgType::Alert,
            references: Vec::new(),
            infos: vec![info],
            national,
            retrieved_at: None,
        });
    }
    Ok(ParsedCrisis { messages, problems })
}

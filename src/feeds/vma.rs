//! Sveriges Radio's VMA API v3: CAP 1.2 expressed as JSON, e.g.
//! `{"timestamp": "...", "alerts": [{"identifier": ..., "sender": ...,
//! "sent": ..., "status": "Actual", "msgType": "Alert", "references": ...,
//! "info": [{"language": "sv-SE", "category": "Safety", "event": ...,
//! "urgency": ..., "severity": ..., "headline": ..., "description": ...,
//! "area": [{"areaDesc": ..., "geocode": [{"valueName": ..., "value": "0127"}]}]}]}]}`.
//!
//! Lenient like the real feed: a bare list of alerts or a single alert is
//! accepted; `category`, `info`, `area` and `geocode` may be a value or a
//! list; `info: null` on a Cancel; optional fields may be absent or null;
//! key case is ignored.

use serde_json::Value;

use super::crisis::{
    Certainty, CrisisInfo, CrisisMessage, CrisisSource, MsgType, Reference, Severity, Status,
    Urgency,
};
use super::detect::parse_time;
use super::json::{field, list_field, str_field};
use super::text::{self, MAX_ITEMS, MAX_TEXT_CHARS, MAX_TITLE_CHARS};
use super::{ParseError, ParsedCrisis};

fn string_list(v: &Value, name: &str) -> Vec<String> {
    list_field(v, name)
        .into_iter()
        .filter_map(|c| match c {
            Value::String(s) => Some(text::short(s)),
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        })
        .filter(|s| !s.is_empty())
        .collect()
}

/// Parses the VMA API's JSON into crisis messages.
pub fn parse_vma(bytes: &[u8]) -> Result<ParsedCrisis, ParseError> {
    let value: Value = serde_json::from_slice(bytes).map_err(|e| {
        if super::detect::looks_like_html(bytes) {
            ParseError::Html
        } else {
            ParseError::Malformed(format!("invalid JSON: {e}"))
        }
    })?;
    let alerts: Vec<&Value> = match &value {
        Value::Array(items) => items.iter().collect(),
        Value::Object(_)
            if field(&value, "alerts").is_some() || field(&value, "identifier").is_none() =>
        {
            match field(&value, "alerts") {
                Some(Value::Array(items)) => items.iter().collect(),
                Some(_) => {
                    return Err(ParseError::Malformed("`alerts` is not a list".to_owned()));
                }
                None => {
                    return Err(ParseError::Malformed(
                        "JSON object without `alerts` list".to_owned(),
                    ));
                }
            }
        }
        Value::Object(_) => vec![&value],
        _ => {
            return Err(ParseError::Malformed(
                "JSON that is not a VMA alert list".to_owned(),
            ));
        }
    };
    let mut messages = Vec::new();
    let mut problems = Vec::new();
    for alert in alerts {
        if messages.len() >= MAX_ITEMS {
            problems.push(format!(
                "more than {MAX_ITEMS} alerts; the rest were ignored"
            ));
            break;
        }
        if !alert.is_object() {
            problems.push("an alert that is not a JSON object was skipped".to_owned());
            continue;
        }
        match alert_from_json(alert, CrisisSource::SverigesRadioVma) {
            Ok((m, mut p)) => {
                problems.append(&mut p);
                messages.push(m);
            }
            Err(p) => problems.push(p),
        }
    }
    Ok(ParsedCrisis { messages, problems })
}

/// One CAP alert in JSON form.
pub(crate) fn alert_from_json(
    alert: &Value,
    source: CrisisSource,
) -> Result<(CrisisMessage, Vec<String>), String> {
    let mut problems = Vec::new();
    let id = text::short(&str_field(alert, "identifier"));
    if id.is_empty() {
        return Err("an alert without `identifier` was skipped".to_owned());
    }
    let sender = text::short(&str_field(alert, "sender"));
    let sent_text = str_field(alert, "sent");
    let sent = parse_time(&sent_text);
    if sent.is_none() {
        problems.push(format!("alert {id}: `sent` missing or not a time"));
    }
    let status_text = str_field(alert, "status");
    let status = Status::parse_lenient(&status_text);
    if status == Status::Unknown {
        problems.push(format!(
            "alert {id}: unknown status `{}`",
            text::short(&status_text)
        ));
    }
    let type_text = str_field(alert, "msgType");
    let msg_type = MsgType::parse_lenient(&type_text);
    if msg_type == MsgType::Unknown {
        problems.push(format!(
            "alert {id}: unknown msgType `{}`",
            text::short(&type_text)
        ));
    }
    // `references` as the CAP string, or as a list of strings.
    let references: Vec<Reference> = list_field(alert, "references")
        .into_iter()
        .filter_map(|r| r.as_str())
        .flat_map(Reference::parse_list)
        .take(100)
        .collect();
    if matches!(msg_type, MsgType::Update | MsgType::Cancel) && references.is_empty() {
        problems.push(format!(
            "alert {id}: {} without references",
            msg_type.as_str()
        ));
    }
    let infos: Vec<CrisisInfo> = list_field(alert, "info")
        .into_iter()
        .filter(|i| i.is_object())
        .take(50)
        .map(info_from_json)
        .collect();
    if infos.is_empty() && msg_type != MsgType::Cancel {
        problems.push(format!("alert {id}: no info block"));
    }
    Ok((
        CrisisMessage {
            source,
            id,
            sender,
            sent,
            updated: None,
            status,
            msg_type,
            references,
            infos,
            national: false,
            retrieved_at: None,
        },
        problems,
    ))
}

fn info_from_json(info: &Value) -> CrisisInfo {
    let mut areas = Vec::new();
    let mut geocodes = Vec::new();
    for area in list_field(info, "area") {
        let desc = text::single_line(&str_field(area, "areaDesc"), MAX_TITLE_CHARS);
        if !desc.is_empty() {
            areas.push(desc);
        }
        for code in list_field(area, "geocode") {
            let value = text::short(&str_field(code, "value"));
            if !value.is_empty() {
                geocodes.push(value);
            }
        }
    }
    let non_empty = |s: String| (!s.is_empty()).then_some(s);
    let language = text::short(&str_field(info, "language"));
    CrisisInfo {
        language_tag: if language.is_empty() {
            "sv-SE".to_owned()
        } else {
            language
        },
        event: text::single_line(&str_field(info, "event"), MAX_TITLE_CHARS),
        headline: text::single_line(&str_field(info, "headline"), MAX_TITLE_CHARS),
        description: text::html_to_text(&str_field(info, "description"), MAX_TEXT_CHARS),
        instruction: text::html_to_text(&str_field(info, "instruction"), MAX_TEXT_CHARS),
        severity: Severity::parse_lenient(&str_field(info, "severity")),
        urgency: Urgency::parse_lenient(&str_field(info, "urgency")),
        certainty: Certainty::parse_lenient(&str_field(info, "certainty")),
        sender_name: non_empty(text::single_line(
            &str_field(info, "senderName"),
            MAX_TITLE_CHARS,
        )),
        web: non_empty(text::short(&str_field(info, "web"))),
        onset: parse_time(&str_field(info, "onset")),
        expires: parse_time(&str_field(info, "expires")),
        areas,
        geocodes,
        categories: string_list(info, "category"),
    }
}

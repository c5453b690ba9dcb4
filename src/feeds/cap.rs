//! CAP 1.2 XML (OASIS Common Alerting Protocol): one `<alert>`, or any
//! document holding several (an Atom index with embedded alerts, a list).

use roxmltree::Node;

use super::crisis::{
    Certainty, CrisisInfo, CrisisMessage, CrisisSource, MsgType, Reference, Severity, Status,
    Urgency,
};
use super::detect::{decode_xml, parse_time, parse_xml};
use super::text::{self, MAX_ITEMS, MAX_TEXT_CHARS, MAX_TITLE_CHARS};
use super::{ParseError, ParsedCrisis};

fn child<'a, 'i>(node: Node<'a, 'i>, name: &str) -> Option<Node<'a, 'i>> {
    node.children()
        .find(|c| c.is_element() && c.tag_name().name() == name)
}

fn children<'a, 'i>(node: Node<'a, 'i>, name: &'static str) -> impl Iterator<Item = Node<'a, 'i>> {
    node.children()
        .filter(move |c| c.is_element() && c.tag_name().name() == name)
}

fn text_of(node: Node<'_, '_>, name: &str) -> String {
    child(node, name)
        .and_then(|c| c.text())
        .map(text::short)
        .unwrap_or_default()
}

fn long_text(node: Node<'_, '_>, name: &str, max: usize) -> String {
    child(node, name)
        .and_then(|c| c.text())
        .map(|t| text::html_to_text(t, max))
        .unwrap_or_default()
}

/// Parses CAP 1.2 XML into crisis messages.
pub fn parse_cap(bytes: &[u8]) -> Result<ParsedCrisis, ParseError> {
    if super::detect::looks_like_html(bytes) {
        return Err(ParseError::Html);
    }
    let decoded = decode_xml(bytes);
    let doc = parse_xml(&decoded)?;
    let mut messages = Vec::new();
    let mut problems = Vec::new();
    let alerts = doc
        .descendants()
        .filter(|n| n.is_element() && n.tag_name().name() == "alert");
    let mut found = 0usize;
    for alert in alerts {
        found += 1;
        if messages.len() >= MAX_ITEMS {
            problems.push(format!(
                "more than {MAX_ITEMS} alerts; the rest were ignored"
            ));
            break;
        }
        match alert_from_xml(alert) {
            Ok((message, mut p)) => {
                problems.append(&mut p);
                messages.push(message);
            }
            Err(problem) => problems.push(problem),
        }
    }
    if found == 0 {
        return Err(ParseError::Malformed(
            "XML without any CAP <alert> element".to_owned(),
        ));
    }
    Ok(ParsedCrisis { messages, problems })
}

fn alert_from_xml(alert: Node<'_, '_>) -> Result<(CrisisMessage, Vec<String>), String> {
    let mut problems = Vec::new();
    let id = text_of(alert, "identifier");
    if id.is_empty() {
        return Err("a CAP alert without <identifier> was skipped".to_owned());
    }
    let sender = text_of(alert, "sender");
    if sender.is_empty() {
        problems.push(format!("alert {id}: no <sender>"));
    }
    let sent_text = text_of(alert, "sent");
    let sent = parse_time(&sent_text);
    if sent.is_none() {
        problems.push(format!(
            "alert {id}: <sent> missing or not a time: `{sent_text}`"
        ));
    }
    let status_text = text_of(alert, "status");
    let status = Status::parse_lenient(&status_text);
    if status == Status::Unknown {
        problems.push(format!("alert {id}: unknown <status> `{status_text}`"));
    }
    let type_text = text_of(alert, "msgType");
    let msg_type = MsgType::parse_lenient(&type_text);
    if msg_type == MsgType::Unknown {
        problems.push(format!("alert {id}: unknown <msgType> `{type_text}`"));
    }
    let references = child(alert, "references")
        .and_then(|r| r.text())
        .map(Reference::parse_list)
        .unwrap_or_default();
    if matches!(msg_type, MsgType::Update | MsgType::Cancel) && references.is_empty() {
        problems.push(format!(
            "alert {id}: {} without <references>",
            msg_type.as_str()
        ));
    }
    let infos: Vec<CrisisInfo> = children(alert, "info")
        .take(50)
        .map(info_from_xml)
        .collect();
    if infos.is_empty() && msg_type != MsgType::Cancel {
        problems.push(format!("alert {id}: no <info> block"));
    }
    let sender_name = infos
        .iter()
        .find_map(|i| i.sender_name.clone())
        .unwrap_or_else(|| sender.clone());
    Ok((
        CrisisMessage {
            source: CrisisSource::Cap {
                sender: sender_name,
            },
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

fn info_from_xml(info: Node<'_, '_>) -> CrisisInfo {
    let language = text_of(info, "language");
    let mut areas = Vec::new();
    let mut geocodes = Vec::new();
    for area in children(info, "area").take(100) {
        let desc = child(area, "areaDesc")
            .and_then(|d| d.text())
            .map(|d| text::single_line(d, MAX_TITLE_CHARS))
            .unwrap_or_default();
        if !desc.is_empty() {
            areas.push(desc);
        }
        for code in children(area, "geocode").take(100) {
            let value = text_of(code, "value");
            if !value.is_empty() {
                geocodes.push(value);
            }
        }
    }
    let non_empty = |s: String| (!s.is_empty()).then_some(s);
    CrisisInfo {
        // CAP 1.2: "en-US" when absent.
        language_tag: if language.is_empty() {
            "en-US".to_owned()
        } else {
            language
        },
        event: text::single_line(&text_of(info, "event"), MAX_TITLE_CHARS),
        headline: child(info, "headline")
            .and_then(|h| h.text())
            .map(|h| text::single_line(h, MAX_TITLE_CHARS))
            .unwrap_or_default(),
        description: long_text(info, "description", MAX_TEXT_CHARS),
        instruction: long_text(info, "instruction", MAX_TEXT_CHARS),
        severity: Severity::parse_lenient(&text_of(info, "severity")),
        urgency: Urgency::parse_lenient(&text_of(info, "urgency")),
        certainty: Certainty::parse_lenient(&text_of(info, "certainty")),
        sender_name: non_empty(text::single_line(
            &text_of(info, "senderName"),
            MAX_TITLE_CHARS,
        )),
        web: non_empty(text_of(info, "web")),
        onset: parse_time(&text_of(info, "onset")),
        expires: parse_time(&text_of(info, "expires")),
        areas,
        geocodes,
        categories: children(info, "category")
            .take(20)
            .filter_map(|c| c.text())
            .map(text::short)
            .collect(),
    }
}

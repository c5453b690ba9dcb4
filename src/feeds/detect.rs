//! Recognising what a payload is, and small XML helpers shared by parsers.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::ParseError;

/// The kinds of source the kiosk reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FeedKind {
    /// RSS 2.0, RSS 1.0/0.9x, Atom or JSON Feed (news and events).
    Rss,
    /// Krisinformation.se API v3 news (JSON).
    Krisinformation,
    /// Sveriges Radio VMA API v3 (CAP 1.2 as JSON).
    Vma,
    /// CAP 1.2 XML: one `<alert>`, or a document (e.g. an Atom index) holding several.
    Cap,
}

impl FeedKind {
    pub fn code(self) -> &'static str {
        match self {
            FeedKind::Rss => "rss",
            FeedKind::Krisinformation => "krisinformation",
            FeedKind::Vma => "vma",
            FeedKind::Cap => "cap",
        }
    }

    pub fn is_crisis(self) -> bool {
        !matches!(self, FeedKind::Rss)
    }
}

impl std::str::FromStr for FeedKind {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "rss" | "atom" => Ok(FeedKind::Rss),
            "krisinformation" => Ok(FeedKind::Krisinformation),
            "vma" => Ok(FeedKind::Vma),
            "cap" => Ok(FeedKind::Cap),
            other => Err(format!(
                "unknown kind `{other}` (allowed: rss, krisinformation, vma, cap)"
            )),
        }
    }
}

fn trim_start(bytes: &[u8]) -> &[u8] {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    &bytes[start..]
}

/// The local name of the first element of an XML/HTML document, lowercased.
fn root_element(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(16 * 1024)];
    let mut i = 0;
    while i < head.len() {
        if head[i] == b'<' {
            let rest = &head[i + 1..];
            match rest.first() {
                Some(b'?') | Some(b'!') => {
                    if rest.len() >= 8 && rest[..8].eq_ignore_ascii_case(b"!doctype") {
                        let doc = &rest[8..rest.len().min(40)];
                        let doc = String::from_utf8_lossy(doc).to_ascii_lowercase();
                        if doc.trim_start().starts_with("html") {
                            return Some("html".to_owned());
                        }
                    }
                }
                Some(_) => {
                    let name: Vec<u8> = rest
                        .iter()
                        .take_while(|b| !b.is_ascii_whitespace() && **b != b'>' && **b != b'/')
                        .copied()
                        .collect();
                    let name = String::from_utf8_lossy(&name).to_ascii_lowercase();
                    let local = name.rsplit(':').next().unwrap_or("").to_owned();
                    return Some(local);
                }
                None => return None,
            }
        }
        i += 1;
    }
    None
}

/// True when the payload is an HTML page (an error page, a login portal)
/// rather than a feed.
pub fn looks_like_html(bytes: &[u8]) -> bool {
    let b = trim_start(bytes);
    b.first() == Some(&b'<') && root_element(b).as_deref() == Some("html")
}

fn contains_ci(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle))
}

/// Works out which kind of source a payload is.
pub fn detect_kind(bytes: &[u8]) -> Result<FeedKind, ParseError> {
    let b = trim_start(bytes);
    match b.first() {
        None => Err(ParseError::Empty),
        Some(b'{') | Some(b'[') => {
            let value: serde_json::Value = serde_json::from_slice(b)
                .map_err(|e| ParseError::Malformed(format!("invalid JSON: {e}")))?;
            detect_json(&value)
        }
        Some(b'<') => {
            let root = root_element(b).unwrap_or_default();
            match root.as_str() {
                "html" => Err(ParseError::Html),
                "alert" => Ok(FeedKind::Cap),
                _ if contains_ci(b, b"urn:oasis:names:tc:emergency:cap:1.") => Ok(FeedKind::Cap),
                "rss" | "feed" | "rdf" | "entry" => Ok(FeedKind::Rss),
                "" => Err(ParseError::Unrecognized),
                other => Err(ParseError::Malformed(format!(
                    "XML with root element <{other}> is not a feed the kiosk knows"
                ))),
            }
        }
        Some(_) => Err(ParseError::Unrecognized),
    }
}

fn has_key(v: &serde_json::Value, key: &str) -> bool {
    v.as_object().is_some_and(|o| o.contains_key(key))
}

fn detect_json(value: &serde_json::Value) -> Result<FeedKind, ParseError> {
    let first = match value {
        serde_json::Value::Array(items) => match items.first() {
            Some(first) => first,
            // An empty list: nothing to tell apart, and nothing to show.
            None => return Ok(FeedKind::Krisinformation),
        },
        other => other,
    };
    if has_key(first, "alerts") || has_key(first, "Alerts") {
        return Ok(FeedKind::Vma);
    }
    if has_key(first, "identifier") && (has_key(first, "msgType") || has_key(first, "info")) {
        return Ok(FeedKind::Vma);
    }
    if has_key(first, "Identifier") && (has_key(first, "Headline") || has_key(first, "Area")) {
        return Ok(FeedKind::Krisinformation);
    }
    if has_key(first, "version") && has_key(first, "items") {
        return Ok(FeedKind::Rss);
    }
    Err(ParseError::Malformed(
        "JSON that is neither Krisinformation news, a VMA alert list nor a JSON Feed".to_owned(),
    ))
}

/// Decodes an XML document to text, honouring a BOM or the encoding named
/// in its XML declaration (ISO-8859-1, windows-1252, UTF-16...). Undecodable
/// bytes become U+FFFD.
pub fn decode_xml(bytes: &[u8]) -> String {
    if let Some((encoding, _)) = encoding_rs::Encoding::for_bom(bytes) {
        return encoding.decode_with_bom_removal(bytes).0.into_owned();
    }
    let head = &bytes[..bytes.len().min(200)];
    let mut encoding = encoding_rs::UTF_8;
    if head.starts_with(b"<?xml") {
        let decl_end = head.iter().position(|b| *b == b'>').unwrap_or(head.len());
        let decl = String::from_utf8_lossy(&head[..decl_end]);
        if let Some(pos) = decl.find("encoding") {
            let rest = decl[pos + 8..]
                .trim_start()
                .trim_start_matches('=')
                .trim_start();
            let label: String = rest
                .trim_start_matches(['"', '\''])
                .chars()
                .take_while(|c| *c != '"' && *c != '\'')
                .collect();
            if let Some(found) = encoding_rs::Encoding::for_label(label.trim().as_bytes()) {
                encoding = found;
            }
        }
    }
    encoding.decode_without_bom_handling(bytes).0.into_owned()
}

/// Deepest element nesting accepted in XML (real feeds and CAP stay far below).
pub const MAX_XML_DEPTH: usize = 256;

/// True when elements nest deeper than `limit`. A plain iterative scan
/// (comments, CDATA, processing instructions, declarations and quoted
/// attribute values skipped), run before roxmltree, whose parser recurses.
pub fn xml_depth_exceeds(text: &str, limit: usize) -> bool {
    let b = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0usize;
    let find = |from: usize, pat: &[u8]| {
        b[from.min(b.len())..]
            .windows(pat.len())
            .position(|w| w == pat)
            .map(|p| from + p + pat.len())
    };
    while i < b.len() {
        if b[i] != b'<' {
            i += 1;
            continue;
        }
        let rest = &b[i..];
        if rest.starts_with(b"<!--") {
            i = find(i + 4, b"-->").unwrap_or(b.len());
        } else if rest.starts_with(b"<![CDATA[") {
            i = find(i + 9, b"]]>").unwrap_or(b.len());
        } else if rest.starts_with(b"<?") {
            i = find(i + 2, b"?>").unwrap_or(b.len());
        } else if rest.starts_with(b"<!") {
            i = find(i + 2, b">").unwrap_or(b.len());
        } else if rest.starts_with(b"</") {
            depth = depth.saturating_sub(1);
            i = find(i + 2, b">").unwrap_or(b.len());
        } else {
            // A start tag: find its end outside quotes.
            let mut j = i + 1;
            let mut quote = None;
            while j < b.len() {
                match (quote, b[j]) {
                    (None, b'"') | (None, b'\'') => quote = Some(b[j]),
                    (Some(q), c) if c == q => quote = None,
                    (None, b'>') => break,
                    _ => {}
                }
                j += 1;
            }
            if j >= b.len() || b[j - 1] != b'/' {
                depth += 1;
                if depth > limit {
                    return true;
                }
            }
            i = j + 1;
        }
    }
    false
}

/// Parses an XML document with roxmltree: DTDs refused, nesting and node
/// count bounded.
pub fn parse_xml(text: &str) -> Result<roxmltree::Document<'_>, ParseError> {
    if xml_depth_exceeds(text, MAX_XML_DEPTH) {
        return Err(ParseError::Malformed(format!(
            "XML nested deeper than {MAX_XML_DEPTH} elements"
        )));
    }
    let options = roxmltree::ParsingOptions {
        allow_dtd: false,
        nodes_limit: 200_000,
    };
    roxmltree::Document::parse_with_options(text, options)
        .map_err(|e| ParseError::Malformed(format!("invalid XML: {e}")))
}

/// What feed-rs does not give us about one `<item>`/`<entry>`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ItemExtras {
    /// RSS event module `<ev:startdate>`.
    pub event_start: Option<DateTime<Utc>>,
    /// The item's own `xml:lang` or `<dc:language>`.
    pub language: Option<String>,
}

const XML_NS: &str = "http://www.w3.org/XML/1998/namespace";

/// For each `<item>`/`<entry>` of a feed, in document order, its event start
/// and own language, if any. Empty when the document is not well-formed XML
/// (feed-rs is more lenient; then these extras are simply absent).
pub fn item_extras(bytes: &[u8]) -> Vec<ItemExtras> {
    let text = decode_xml(bytes);
    let Ok(doc) = parse_xml(&text) else {
        return Vec::new();
    };
    doc.descendants()
        .filter(|n| n.is_element() && matches!(n.tag_name().name(), "item" | "entry"))
        .map(|item| {
            let child_text = |name: &str| {
                item.children()
                    .find(|c| c.is_element() && c.tag_name().name() == name)
                    .and_then(|c| c.text())
            };
            ItemExtras {
                event_start: child_text("startdate").and_then(parse_time),
                language: item
                    .attribute((XML_NS, "lang"))
                    .or_else(|| child_text("language"))
                    .map(super::text::short)
                    .filter(|l| !l.is_empty()),
            }
        })
        .collect()
}

/// Parses a timestamp as found in feeds: RFC 3339 (with or without offset,
/// local times taken as Swedish time), or RFC 2822.
pub fn parse_time(text: &str) -> Option<DateTime<Utc>> {
    let t = text.trim();
    if t.is_empty() {
        return None;
    }
    if let Ok(dt) = DateTime::parse_from_rfc3339(t) {
        return Some(dt.with_timezone(&Utc));
    }
    if let Ok(dt) = DateTime::parse_from_rfc2822(t) {
        return Some(dt.with_timezone(&Utc));
    }
    // No offset: "2026-11-21T10:00:00", "2026-11-21T10:00:00.123", "2026-11-21 10:00".
    for format in [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M",
    ] {
        if let Ok(naive) = chrono::NaiveDateTime::parse_from_str(t, format) {
            return naive
                .and_local_timezone(chrono_tz::Europe::Stockholm)
                .earliest()
                .map(|d| d.with_timezone(&Utc));
        }
    }
    if let Ok(date) = chrono::NaiveDate::parse_from_str(t, "%Y-%m-%d") {
        return date
            .and_hms_opt(0, 0, 0)?
            .and_local_timezone(chrono_tz::Europe::Stockholm)
            .earliest()
            .map(|d| d.with_timezone(&Utc));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_kinds() {
        assert_eq!(
            detect_kind(b"<?xml version=\"1.0\"?>\n<rss version=\"2.0\">").unwrap(),
            FeedKind::Rss
        );
        assert_eq!(
            detect_kind(b"\xEF\xBB\xBF<feed xmlns=\"http://www.w3.org/2005/Atom\">").unwrap(),
            FeedKind::Rss
        );
        assert_eq!(
            detect_kind(b"<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\">").unwrap(),
            FeedKind::Cap
        );
        assert_eq!(
            detect_kind(br#"{"timestamp":"x","alerts":[]}"#).unwrap(),
            FeedKind::Vma
        );
        assert_eq!(
            detect_kind(br#"[{"Identifier":"1","Headline":"h"}]"#).unwrap(),
            FeedKind::Krisinformation
        );
        assert!(matches!(
            detect_kind(b"<!DOCTYPE html><html><body>502</body></html>"),
            Err(ParseError::Html)
        ));
        assert!(matches!(detect_kind(b"  "), Err(ParseError::Empty)));
        assert!(matches!(
            detect_kind(b"hello"),
            Err(ParseError::Unrecognized)
        ));
    }

    #[test]
    fn parses_times() {
        assert_eq!(
            parse_time("2026-11-21T10:00:00+01:00")
                .unwrap()
                .to_rfc3339(),
            "2026-11-21T09:00:00+00:00"
        );
        assert_eq!(
            parse_time("2026-11-21T10:00:00").unwrap().to_rfc3339(),
            "2026-11-21T09:00:00+00:00"
        );
        assert_eq!(
            parse_time("Sat, 21 Nov 2026 10:00:00 +0100")
                .unwrap()
                .to_rfc3339(),
            "2026-11-21T09:00:00+00:00"
        );
        assert!(parse_time("tomorrow").is_none());
    }

    #[test]
    fn depth_scan() {
        assert!(!xml_depth_exceeds(
            "<a><b/><c x='>'>t</c><!-- <d><d><d> --></a>",
            2
        ));
        assert!(xml_depth_exceeds("<a><b><c></c></b></a>", 2));
        assert!(!xml_depth_exceeds("<a><![CDATA[<b><c>]]></a>", 1));
        assert!(xml_depth_exceeds(&"<a>".repeat(300), MAX_XML_DEPTH));
    }

    #[test]
    fn decodes_latin1_declaration() {
        let bytes = b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>\xe5\xe4\xf6</a>";
        assert!(decode_xml(bytes).contains("<a>åäö</a>"));
    }
}

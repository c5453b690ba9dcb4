//! HTML to plain text, and the length bounds every parsed field obeys.
//!
//! Uses html5ever's tokenizer only (no tree builder): it decodes entities the
//! way a browser does, never recurses (deeply nested hostile HTML cannot
//! overflow the stack), and lets us drop `<script>`/`<style>` content.

use std::cell::{Cell, RefCell};

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use html5ever::tokenizer::{EndTag, StartTag, TagToken};

/// Longest title or headline kept (characters); longer ones are cut with "…".
pub const MAX_TITLE_CHARS: usize = 400;
/// Longest summary or description kept (characters).
pub const MAX_TEXT_CHARS: usize = 8_000;
/// Longest short field (ids, codes, language tags, URLs) kept (characters).
pub const MAX_SHORT_CHARS: usize = 2_000;
/// Most items or messages kept from one source.
pub const MAX_ITEMS: usize = 500;
/// HTML input longer than this (bytes) is cut before tokenizing.
const MAX_HTML_BYTES: usize = 256 * 1024;

/// Tags after which a line break belongs in the text.
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "br"
            | "div"
            | "li"
            | "ul"
            | "ol"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "tr"
            | "table"
            | "section"
            | "article"
            | "header"
            | "footer"
            | "blockquote"
            | "pre"
            | "hr"
            | "dd"
            | "dt"
            | "figcaption"
    )
}

/// Elements whose content is never text for a visitor.
fn is_hidden(name: &str) -> bool {
    matches!(
        name,
        "script" | "style" | "noscript" | "template" | "iframe" | "object" | "svg" | "head"
    )
}

struct TextSink {
    out: RefCell<String>,
    hidden_depth: Cell<u32>,
}

impl TextSink {
    fn push_break(&self) {
        let mut out = self.out.borrow_mut();
        if !out.ends_with('\n') && !out.is_empty() {
            out.push('\n');
        }
    }
}

impl TokenSink for TextSink {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        match token {
            TagToken(tag) => {
                let name: &str = &tag.name;
                if is_hidden(name) {
                    match tag.kind {
                        StartTag if !tag.self_closing => {
                            self.hidden_depth
                                .set(self.hidden_depth.get().saturating_add(1));
                            return match name {
                                "script" => TokenSinkResult::RawData(RawKind::ScriptData),
                                "style" | "noscript" | "iframe" => {
                                    TokenSinkResult::RawData(RawKind::Rawtext)
                                }
                                _ => TokenSinkResult::Continue,
                            };
                        }
                        EndTag => {
                            self.hidden_depth
                                .set(self.hidden_depth.get().saturating_sub(1));
                        }
                        StartTag => {}
                    }
                } else if name == "title" && tag.kind == StartTag {
                    return TokenSinkResult::RawData(RawKind::Rcdata);
                } else if is_block(name) {
                    self.push_break();
                }
            }
            Token::CharacterTokens(text) if self.hidden_depth.get() == 0 => {
                let mut out = self.out.borrow_mut();
                if out.len() < MAX_HTML_BYTES {
                    out.push_str(&text);
                }
            }
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

/// Turns an HTML fragment into plain text: no markup, no script or style
/// content, entities decoded, whitespace collapsed (paragraph breaks kept as
/// single newlines), cut to `max_chars` characters.
pub fn html_to_text(html: &str, max_chars: usize) -> String {
    let html = cut_bytes(html, MAX_HTML_BYTES);
    if !html.contains(['<', '&']) {
        return clean_text(html, max_chars);
    }
    let sink = TextSink {
        out: RefCell::new(String::new()),
        hidden_depth: Cell::new(0),
    };
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    let tokenizer = Tokenizer::new(sink, TokenizerOpts::default());
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    let raw = tokenizer.sink.out.take();
    clean_text(&raw, max_chars)
}

/// Collapses whitespace within lines, drops empty lines and control
/// characters, and cuts to `max_chars` characters (adding "…").
pub fn clean_text(text: &str, max_chars: usize) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let mut words = line
            .split(|c: char| c.is_whitespace() || (c.is_control() && c != '\n'))
            .filter(|w| !w.is_empty())
            .peekable();
        if words.peek().is_none() {
            continue;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        let mut first = true;
        for word in words {
            if !first {
                out.push(' ');
            }
            first = false;
            out.push_str(word);
        }
        if out.len() > max_chars.saturating_mul(4) {
            break;
        }
    }
    truncate_chars(&out, max_chars)
}

/// Plain text of a single-line field (title, headline): HTML removed and all
/// whitespace, newlines included, collapsed to single spaces.
pub fn single_line(text: &str, max_chars: usize) -> String {
    let text = if text.contains(['<', '&']) {
        html_to_text(text, max_chars)
    } else {
        clean_text(text, max_chars)
    };
    text.replace('\n', " ")
}

/// A short raw field (id, URL, code): trimmed, control characters removed, cut.
pub fn short(text: &str) -> String {
    let t: String = text.trim().chars().filter(|c| !c.is_control()).collect();
    truncate_chars(&t, MAX_SHORT_CHARS)
}

/// Cuts to at most `max_chars` characters, ending with "…" when cut.
pub fn truncate_chars(text: &str, max_chars: usize) -> String {
    match text.char_indices().nth(max_chars) {
        None => text.to_owned(),
        Some((idx, _)) => {
            let mut cut = text[..idx].to_owned();
            cut.pop();
            cut.push('…');
            cut
        }
    }
}

fn cut_bytes(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_markup_scripts_and_decodes_entities() {
        let html = "<p>Fika p&aring; <b>biblioteket</b> &amp; caf&#233;</p>\
                    <script>alert('x<y')</script><style>p{color:red}</style>\
                    <ul><li>Ett</li><li>Tv&aring;</li></ul>";
        assert_eq!(
            html_to_text(html, 1000),
            "Fika på biblioteket & café\nEtt\nTvå"
        );
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let html = "<div>".repeat(40_000) + "text" + &"</div>".repeat(1_000);
        assert_eq!(html_to_text(&html, 100), "text");
    }

    #[test]
    fn truncates_on_char_boundary() {
        assert_eq!(truncate_chars("åäöåäö", 4), "åäö…");
        assert_eq!(truncate_chars("åäö", 3), "åäö");
        assert_eq!(single_line("  a\n\n b  ", 10), "a b");
    }

    #[test]
    fn unclosed_script_hides_rest() {
        assert_eq!(html_to_text("ok<script>var a = '<b>'", 100), "ok");
    }
}

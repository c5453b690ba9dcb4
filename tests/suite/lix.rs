//! Easy-to-read Swedish is easy to read (issue 19), measured by LIX
//! (läsbarhetsindex, Björnsson 1968):
//!
//!     LIX = words / sentences + 100 × long words / words
//!
//! where a long word has more than six letters. Measured over every UI
//! string (one Fluent message is one text) and every content item (a guide,
//! a form, a contact, a route, a tool; the category and area names as one
//! text each). A text of 25 words or more in lättläst must score 30 or
//! less, and the lättläst as a whole at least 5 below the ordinary Swedish.
//! Both pooled figures are printed (`cargo test --test suite lix:: -- --nocapture`).
//! Staff's, the counter page's and the report's texts are left out: only
//! staff and the organisation read them, in ordinary Swedish.

use std::collections::BTreeMap;
use std::path::Path;

use fluent_syntax::ast;
use medborgarkiosk::i18n::{self, Language};

/// Message prefixes of texts only staff and the organisation read.
const STAFF_ONLY: [&str; 3] = ["staff-", "counter-", "report-"];

/// Words, long words and sentences of some text.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
struct Counts {
    words: usize,
    long: usize,
    sentences: usize,
}

impl Counts {
    fn lix(self) -> f64 {
        if self.words == 0 {
            return 0.0;
        }
        self.words as f64 / self.sentences.max(1) as f64
            + 100.0 * self.long as f64 / self.words as f64
    }

    fn add(&mut self, other: Counts) {
        self.words += other.words;
        self.long += other.long;
        self.sentences += other.sentences;
    }
}

/// Markdown links keep their text; a bare URL is one short word; bold marks
/// go.
fn plain(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let Some(close) = rest[open..].find("](") else {
            break;
        };
        let Some(end) = rest[open + close..].find(')') else {
            break;
        };
        out.push_str(&rest[..open]);
        out.push_str(&rest[open + 1..open + close]);
        rest = &rest[open + close + end + 1..];
    }
    out.push_str(rest);
    out.replace("**", "")
        .split(' ')
        .map(|w| {
            if w.starts_with("https://") || w.starts_with("http://") {
                "X"
            } else {
                w
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// One segment: a field, a list item or a line. Each `.` `!` `?` `:`
/// followed by a space or the end ends a sentence; a segment that does not
/// end with one (a heading, a button label) is one sentence more.
fn count_segment(segment: &str) -> Counts {
    let text = plain(segment);
    let text = text.trim();
    if text.is_empty() {
        return Counts::default();
    }
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let chars: Vec<char> = text.chars().collect();
    let mut sentences = chars
        .iter()
        .enumerate()
        .filter(|&(i, c)| {
            matches!(c, '.' | '!' | '?' | ':') && chars.get(i + 1).is_none_or(|n| n.is_whitespace())
        })
        .count();
    if !matches!(chars.last(), Some('.' | '!' | '?' | ':')) {
        sentences += 1;
    }
    Counts {
        words: words.len(),
        long: words.iter().filter(|w| w.chars().count() > 6).count(),
        sentences,
    }
}

fn count(segments: &[String]) -> Counts {
    let mut total = Counts::default();
    for s in segments {
        for line in s.lines() {
            total.add(count_segment(line));
        }
    }
    total
}

/// A Fluent pattern as the visitor reads it: a select shows its default
/// variant; any other placeable (a number, a date, a name) is one short word.
fn pattern_text(pattern: &ast::Pattern<String>, out: &mut String) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable { expression } => match expression {
                ast::Expression::Select { variants, .. } => {
                    if let Some(v) = variants.iter().find(|v| v.default) {
                        pattern_text(&v.value, out);
                    }
                }
                ast::Expression::Inline(_) => out.push('X'),
            },
        }
    }
}

/// Every UI string of a language: message id → its text segments.
fn ui_texts(language: Language) -> BTreeMap<String, Vec<String>> {
    let source = i18n::source(language).unwrap_or_else(|| panic!("no Fluent file for {language}"));
    let resource = fluent_syntax::parser::parse(source)
        .unwrap_or_else(|(_, e)| panic!("{language} does not parse: {e:?}"));
    let mut texts = BTreeMap::new();
    for entry in &resource.body {
        let ast::Entry::Message(message) = entry else {
            continue;
        };
        // Staff's screens, the counter page and the statistics report are
        // shown in Swedish (and English), never in easy-to-read Swedish:
        // their texts would only dilute the measure.
        if STAFF_ONLY.iter().any(|p| message.id.name.starts_with(p)) {
            continue;
        }
        let mut segments = Vec::new();
        let patterns = message
            .value
            .iter()
            .chain(message.attributes.iter().map(|a| &a.value));
        for pattern in patterns {
            let mut text = String::new();
            pattern_text(pattern, &mut text);
            segments.push(text);
        }
        texts.insert(format!("ui {}", message.id.name), segments);
    }
    texts
}

/// Every string of a TOML value, search words left out.
fn strings(value: &toml::Value, out: &mut Vec<String>) {
    match value {
        toml::Value::String(s) => out.push(s.clone()),
        toml::Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
        toml::Value::Table(table) => {
            for (key, v) in table {
                if key != "keywords" && key != "synonyms" {
                    strings(v, out);
                }
            }
        }
        _ => {}
    }
}

/// Every content item of a language's bundled folder: `section.id` → its
/// text segments; a section of plain names (categories, areas) is one text.
fn content_texts(language: Language) -> BTreeMap<String, Vec<String>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("resources/content")
        .join(language.code());
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    let mut texts = BTreeMap::new();
    for file in files {
        let source = std::fs::read_to_string(&file).unwrap();
        let table: toml::Table =
            toml::from_str(&source).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        for (section, value) in &table {
            if section == "synonyms" {
                continue;
            }
            match value {
                toml::Value::Table(items) if items.values().all(toml::Value::is_table) => {
                    for (id, item) in items {
                        let mut out = Vec::new();
                        strings(item, &mut out);
                        texts.insert(format!("{section}.{id}"), out);
                    }
                }
                other => {
                    let mut out = Vec::new();
                    strings(other, &mut out);
                    texts.insert(section.clone(), out);
                }
            }
        }
    }
    texts
}

fn all_texts(language: Language) -> BTreeMap<String, Vec<String>> {
    let mut texts = ui_texts(language);
    texts.extend(content_texts(language));
    texts
}

fn pooled(texts: &BTreeMap<String, Vec<String>>) -> Counts {
    let mut total = Counts::default();
    for segments in texts.values() {
        total.add(count(segments));
    }
    total
}

#[test]
fn lix_counts_words_long_words_and_sentences() {
    // 10 words, 4 of them longer than six letters (ansökan, skickas,
    // kommunen, handläggaren), 2 sentences: 10 / 2 + 100 × 4 / 10 = 45.
    let c =
        count(&["Ansökan skickas till kommunen. Handläggaren svarar dig inom en vecka.".into()]);
    assert_eq!((c.words, c.long, c.sentences), (10, 4, 2));
    assert!((c.lix() - 45.0).abs() < 1e-9);
    // A label without a full stop is one sentence; a link counts its text,
    // a URL is one short word; "t.ex." inside a word does not end one.
    let c = count(&[
        "Ta kölapp".into(),
        "Läs [mer här](https://www.botkyrka.se/a/b).".into(),
    ]);
    assert_eq!((c.words, c.long, c.sentences), (5, 0, 2));
    let c = count(&["Gå till https://www.botkyrka.se/bygga-och-bo/bygglov nu.".into()]);
    assert_eq!((c.words, c.long, c.sentences), (4, 0, 1));
}

#[test]
fn easy_to_read_swedish_is_easier_to_read_than_swedish() {
    let ordinary = pooled(&all_texts(Language::Sv));
    let easy_texts = all_texts(Language::SvEasy);
    let easy = pooled(&easy_texts);
    println!(
        "LIX pooled: ordinary Swedish {:.1} ({} words, {} sentences), lättläst {:.1} ({} words, {} sentences)",
        ordinary.lix(),
        ordinary.words,
        ordinary.sentences,
        easy.lix(),
        easy.words,
        easy.sentences
    );
    let mut hard: Vec<String> = easy_texts
        .iter()
        .map(|(name, segments)| (name, count(segments)))
        .filter(|(_, c)| c.words >= 25 && c.lix() > 30.0)
        .map(|(name, c)| format!("{name}: LIX {:.1} over {} words", c.lix(), c.words))
        .collect();
    hard.sort();
    assert!(
        hard.is_empty(),
        "lättläst texts of 25 words or more above LIX 30:\n{}",
        hard.join("\n")
    );
    assert!(
        easy.lix() <= ordinary.lix() - 5.0,
        "lättläst pooled LIX {:.1} is not 5 below ordinary Swedish {:.1}",
        easy.lix(),
        ordinary.lix()
    );
}

#[test]
fn easy_to_read_swedish_covers_every_text_the_ordinary_has() {
    let ordinary = all_texts(Language::Sv);
    let easy = all_texts(Language::SvEasy);
    let missing: Vec<&String> = ordinary.keys().filter(|k| !easy.contains_key(*k)).collect();
    assert!(missing.is_empty(), "not in lättläst: {missing:?}");
}

//! No line of text is wider than the room it was laid out in, and every
//! line starts where Unicode allows a break (UAX #14). In Arabic, a Latin
//! name inside a sentence («Så kan du påverka») made cosmic-text put a word
//! on a line the earlier words had already filled, and a card's body ran
//! under its pictogram; fixed in patches/cosmic-text (patches/README.md)
//! without starting a line with the ")" or "." that closes a name. Every
//! message and every bundled content text, in every language, is laid out
//! the way the kiosk lays out body text, at the widths of its columns.

use std::path::Path;

use iced::advanced::graphics::text::Paragraph;
use iced::advanced::text::{Alignment, LineHeight, Paragraph as _, Shaping, Text, Wrapping};
use iced::alignment::Vertical;
use iced::{Pixels, Size};
use medborgarkiosk::i18n::{self, Language};
use medborgarkiosk::ui::{fonts, widget};

/// Body text's size, and the widths of the kiosk's text columns: a card's
/// text beside a pictogram in the two-column grid, a full-width card, a
/// button, and a narrow column (portrait, large text).
const SIZE: f32 = 24.0;
const WIDTHS: [f32; 6] = [240.0, 320.0, 480.0, 587.0, 771.0, 1100.0];

/// Every text a language shows: its Fluent messages and the strings of its
/// bundled content.
fn texts(language: Language) -> Vec<(String, String)> {
    let source = i18n::source(language).expect("the language's messages");
    let resource = fluent_syntax::parser::parse(source).expect("messages parse");
    let loader = i18n::loader(language);
    let mut texts: Vec<(String, String)> = resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.clone()),
            _ => None,
        })
        .map(|id| {
            let text = loader.get(&id);
            (format!("i18n/{language} {id}"), text)
        })
        .collect();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("resources/content")
        .join(language.code());
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("the language's content")
        .map(|entry| entry.expect("a content file").path())
        .filter(|path| path.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    for file in files {
        let value: toml::Value = toml::from_str(&std::fs::read_to_string(&file).expect("readable"))
            .expect("content parses");
        let name = file.file_name().expect("a name").to_string_lossy();
        strings(&value, &format!("content/{language}/{name}"), &mut texts);
    }
    texts
}

fn strings(value: &toml::Value, at: &str, out: &mut Vec<(String, String)>) {
    match value {
        toml::Value::String(s) => {
            // Paragraphs are laid out one by one, as the guide screen does.
            for paragraph in s.split("\n\n").filter(|p| !p.trim().is_empty()) {
                out.push((at.to_owned(), paragraph.to_owned()));
            }
        }
        toml::Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                strings(item, &format!("{at}[{i}]"), out);
            }
        }
        toml::Value::Table(table) => {
            for (key, item) in table {
                strings(item, &format!("{at}.{key}"), out);
            }
        }
        _ => {}
    }
}

/// The lines of `content` laid out in `width` that are wider than it,
/// other than a single word too long for any line, and the lines that
/// start where Unicode allows no break (UAX #14: "»" or "." right after a
/// Latin name in Arabic).
fn badly_laid_lines(paragraph: &Paragraph, width: f32) -> Vec<String> {
    let mut problems = Vec::new();
    // The break opportunities of the text line being laid out, and its index.
    let mut breaks: (usize, Vec<usize>) = (usize::MAX, Vec::new());
    // The stretch of its text line that the visual line before holds.
    let mut previous = 0..0;
    for run in paragraph.buffer().layout_runs() {
        // A visual line holds one stretch of its text line; it starts at
        // its first character in reading order.
        let starts_at = run.glyphs.iter().map(|g| g.start).min();
        let ends_at = run.glyphs.iter().map(|g| g.end).max();
        if breaks.0 != run.line_i {
            breaks = (
                run.line_i,
                unicode_linebreak::linebreaks(run.text)
                    .map(|(at, _)| at)
                    .collect(),
            );
        } else if let Some(at) = starts_at
            && !breaks.1.contains(&at)
            // A stretch without a break that is wider than the column
            // breaks where it must: the line before holds nothing else.
            && breaks.1.iter().any(|&b| previous.start < b && b < previous.end)
        {
            let (before, after) = run.text.split_at(at);
            let before: String = before.chars().rev().take(20).collect();
            let before: String = before.chars().rev().collect();
            let after: String = after.chars().take(20).collect();
            problems.push(format!(
                "a line starts where no break is allowed: {before}⏎{after}"
            ));
        }
        previous = starts_at.unwrap_or(0)..ends_at.unwrap_or(0);
        let (left, right) = run.glyphs.iter().fold((f32::MAX, f32::MIN), |(l, r), g| {
            (l.min(g.x), r.max(g.x + g.w))
        });
        let drawn = if run.glyphs.is_empty() {
            0.0
        } else {
            right - left
        };
        let wide = run.line_w.max(drawn);
        if wide <= width + 0.5 {
            continue;
        }
        let line: String = run
            .glyphs
            .iter()
            .map(|g| &run.text[g.start..g.end])
            .collect();
        let one_word = !run
            .glyphs
            .iter()
            .any(|g| run.text[g.start..g.end].chars().all(char::is_whitespace));
        if !one_word {
            problems.push(format!(
                "{wide:.0} px in {width} px (measured {:.0}): {line}",
                run.line_w
            ));
        }
    }
    problems
}

#[test]
fn every_line_fits_its_column_and_breaks_where_unicode_allows() {
    fonts::install();
    let mut problems = Vec::new();
    let mut laid_out = 0;
    for language in Language::ALL {
        let shaping = if language.script_needs_shaping() {
            Shaping::Advanced
        } else {
            Shaping::Auto
        };
        for (at, content) in texts(language) {
            let content = widget::displayed(language, &content);
            let mut paragraph = Paragraph::with_text(Text {
                content: content.as_str(),
                bounds: Size::new(WIDTHS[0], f32::INFINITY),
                size: Pixels(SIZE),
                line_height: LineHeight::default(),
                font: fonts::regular(language),
                align_x: Alignment::Default,
                align_y: Vertical::Top,
                shaping,
                wrapping: Wrapping::Word,
            });
            for width in WIDTHS {
                paragraph.resize(Size::new(width, f32::INFINITY));
                laid_out += 1;
                for problem in badly_laid_lines(&paragraph, width) {
                    problems.push(format!("{at}: {problem}"));
                }
            }
        }
    }
    assert!(laid_out > 10_000, "only {laid_out} layouts");
    assert!(
        problems.is_empty(),
        "{} lines overflow their column or break where Unicode allows no break:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

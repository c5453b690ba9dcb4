//! Search over guides, forms and contacts, as the visitor types.
//!
//! Text is normalised the same way for the index and the query
//! ([`normalize`]): lower case, Unicode NFKD with combining marks removed
//! (so `forskola` finds `förskola`, and Arabic tashkeel goes away), Arabic
//! letter variants unified (alef forms, taa marbuta, alef maqsura, Persian
//! kaf/yeh), tatweel and zero-width joiners removed, Turkish dotless ı → i.
//!
//! The index is built once at load: per language a vocabulary of distinct
//! words, each with the (entry, field) places it occurs in. A query word is
//! compared with each word of the vocabularies of the visitor's language
//! and of Swedish: whole word, prefix (as you type), or within a small edit
//! distance (misspellings). Scores: field weight (title > keywords and
//! synonyms > summary) × match quality, summed over query words; entries
//! matching more query words always rank first.

use std::collections::{HashMap, HashSet};

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::i18n::Language;

/// What a search hit points to.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Target {
    Guide(String),
    Form(String),
    Contact(String),
    /// One of the office's digital tools (Wi-Fi, computers, …).
    Tool(String),
}

/// Which kinds of content a search covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Scope {
    /// Guides, forms, contacts and the office's tools; guides rank before
    /// the others when they match equally well.
    #[default]
    All,
    Guides,
    Forms,
    Contacts,
}

impl Target {
    fn in_scope(&self, scope: Scope) -> bool {
        matches!(
            (scope, self),
            (Scope::All, _)
                | (Scope::Guides, Target::Guide(_))
                | (Scope::Forms, Target::Form(_))
                | (Scope::Contacts, Target::Contact(_))
        )
    }

    fn weight(&self) -> f32 {
        match self {
            Target::Guide(_) => 1.0,
            Target::Form(_) => 0.85,
            Target::Contact(_) => 0.8,
            Target::Tool(_) => 0.9,
        }
    }
}

/// One search result, best first.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchHit {
    pub target: Target,
    pub score: f32,
    /// The language the hit matched in (the visitor's or Swedish).
    pub matched_in: Language,
}

/// Lower case, strip diacritics, unify Arabic/Persian letter variants.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.nfkd() {
        if is_combining_mark(c) {
            continue;
        }
        match c {
            // Arabic: alef forms (the hamza/madda forms decompose to ا + mark).
            'ٱ' | 'أ' | 'إ' | 'آ' => out.push('ا'),
            'ة' => out.push('ه'),
            // yeh / alef maqsura / Persian yeh → Persian yeh
            'ى' | 'ي' | 'ئ' => out.push('ی'),
            'ك' => out.push('ک'),
            'ؤ' => out.push('و'),
            // tatweel, zero-width (non-)joiner
            '\u{0640}' | '\u{200C}' | '\u{200D}' => {}
            // Arabic-Indic and Persian digits
            '٠'..='٩' => out.push(char::from(b'0' + (c as u32 - '٠' as u32) as u8)),
            '۰'..='۹' => out.push(char::from(b'0' + (c as u32 - '۰' as u32) as u8)),
            'ı' => out.push('i'),
            'ß' => out.push_str("ss"),
            'æ' | 'Æ' => out.push_str("ae"),
            'ø' | 'Ø' => out.push('o'),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

/// Normalised words of a text.
pub fn tokens(text: &str) -> Vec<String> {
    normalize(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Field {
    Title,
    Keyword,
    Summary,
}

impl Field {
    fn weight(self) -> f32 {
        match self {
            Field::Title => 10.0,
            Field::Keyword => 6.0,
            Field::Summary => 3.0,
        }
    }
}

#[derive(Debug, Clone)]
struct Entry {
    target: Target,
    language: Language,
    /// Normalised title, for the "title starts with the query" bonus.
    title: String,
}

#[derive(Debug, Clone)]
struct Word {
    text: String,
    chars: Vec<char>,
    places: Vec<(u32, Field)>,
}

#[derive(Debug, Clone, Default)]
struct Vocabulary {
    words: Vec<Word>,
}

/// The prebuilt search index of the catalog's texts.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    entries: Vec<Entry>,
    vocab: HashMap<Language, Vocabulary>,
}

struct Builder {
    entries: Vec<Entry>,
    words: HashMap<Language, HashMap<String, HashSet<(u32, Field)>>>,
}

impl Builder {
    fn entry(&mut self, target: Target, language: Language, title: &str) -> u32 {
        self.entries.push(Entry {
            target,
            language,
            title: tokens(title).join(" "),
        });
        (self.entries.len() - 1) as u32
    }

    fn add(&mut self, entry: u32, language: Language, field: Field, text: &str) {
        let map = self.words.entry(language).or_default();
        for w in tokens(text) {
            map.entry(w).or_default().insert((entry, field));
        }
    }
}

fn contains_phrase(haystack: &[String], phrase: &[String]) -> bool {
    !phrase.is_empty() && haystack.windows(phrase.len()).any(|w| w == phrase)
}

/// The searchable texts of one item in one language. Plain data: the
/// index knows nothing of the catalog it is built from.
pub(crate) struct Document<'a> {
    pub target: Target,
    pub title: &'a str,
    pub summary: &'a str,
    /// Extra search words (not shown).
    pub keywords: &'a [String],
}

/// One language's documents, in the order they get their entries, and
/// its synonym groups (which apply to guides only).
pub(crate) struct LanguageDocuments<'a> {
    pub language: Language,
    pub synonyms: &'a [Vec<String>],
    pub documents: Vec<Document<'a>>,
}

impl SearchIndex {
    pub(crate) fn build<'a>(
        languages: impl IntoIterator<Item = LanguageDocuments<'a>>,
    ) -> SearchIndex {
        let mut b = Builder {
            entries: Vec::new(),
            words: HashMap::new(),
        };
        for LanguageDocuments {
            language,
            synonyms,
            documents,
        } in languages
        {
            let groups: Vec<Vec<Vec<String>>> = synonyms
                .iter()
                .map(|g| g.iter().map(|t| tokens(t)).collect())
                .collect();
            for doc in documents {
                let is_guide = matches!(doc.target, Target::Guide(_));
                let e = b.entry(doc.target, language, doc.title);
                b.add(e, language, Field::Title, doc.title);
                b.add(e, language, Field::Summary, doc.summary);
                let mut keyword_tokens = Vec::new();
                for k in doc.keywords {
                    b.add(e, language, Field::Keyword, k);
                    keyword_tokens.push(tokens(k));
                }
                if !is_guide {
                    continue;
                }
                let title_tokens = tokens(doc.title);
                // A synonym group that occurs in the title, or equals a
                // whole keyword, adds its other terms as keywords.
                for group in &groups {
                    if group.iter().any(|term| {
                        contains_phrase(&title_tokens, term) || keyword_tokens.contains(term)
                    }) {
                        for term in group {
                            for w in term {
                                b.words
                                    .entry(language)
                                    .or_default()
                                    .entry(w.clone())
                                    .or_default()
                                    .insert((e, Field::Keyword));
                            }
                        }
                    }
                }
            }
        }
        let vocab = b
            .words
            .into_iter()
            .map(|(lang, words)| {
                let mut words: Vec<Word> = words
                    .into_iter()
                    .map(|(text, places)| {
                        let mut places: Vec<_> = places.into_iter().collect();
                        places.sort_by_key(|p| (p.0, p.1 as u8));
                        Word {
                            chars: text.chars().collect(),
                            text,
                            places,
                        }
                    })
                    .collect();
                words.sort_by(|a, b| a.text.cmp(&b.text));
                (lang, Vocabulary { words })
            })
            .collect();
        SearchIndex {
            entries: b.entries,
            vocab,
        }
    }

    pub(crate) fn search(
        &self,
        query: &str,
        language: Language,
        scope: Scope,
        limit: usize,
    ) -> Vec<SearchHit> {
        let q: Vec<String> = tokens(query);
        if q.is_empty() || limit == 0 {
            return Vec::new();
        }
        let q = &q[..q.len().min(8)];
        let qchars: Vec<Vec<char>> = q.iter().map(|w| w.chars().collect()).collect();
        let n = q.len();
        // scores[entry * n + word] = best score of that query word in entry
        let mut scores = vec![0f32; self.entries.len() * n];
        let mut langs = vec![language];
        if language != Language::DEFAULT {
            langs.push(Language::DEFAULT);
        }
        for lang in &langs {
            let Some(vocab) = self.vocab.get(lang) else {
                continue;
            };
            for word in &vocab.words {
                for (qi, qw) in q.iter().enumerate() {
                    let quality = match_quality(qw, &qchars[qi], word);
                    if quality <= 0.0 {
                        continue;
                    }
                    for &(e, field) in &word.places {
                        let s = field.weight() * quality;
                        let slot = &mut scores[e as usize * n + qi];
                        if s > *slot {
                            *slot = s;
                        }
                    }
                }
            }
        }
        let query_norm = q.join(" ");
        let mut best: HashMap<&Target, (usize, f32, Language)> = HashMap::new();
        for (ei, entry) in self.entries.iter().enumerate() {
            if !entry.target.in_scope(scope) {
                continue;
            }
            let row = &scores[ei * n..(ei + 1) * n];
            let matched = row.iter().filter(|s| **s > 0.0).count();
            if matched == 0 || matched * 2 < n {
                continue;
            }
            let mut score: f32 = row.iter().sum();
            if entry.title.starts_with(&query_norm) {
                score += 4.0;
            } else if entry.title.contains(&query_norm) {
                score += 2.0;
            }
            if entry.language != language {
                score *= 0.9;
            }
            score *= entry.target.weight();
            let cur = best
                .entry(&entry.target)
                .or_insert((0, 0.0, entry.language));
            if (matched, score) > (cur.0, cur.1) {
                *cur = (matched, score, entry.language);
            }
        }
        let mut hits: Vec<(usize, SearchHit)> = best
            .into_iter()
            .map(|(t, (m, score, matched_in))| {
                (
                    m,
                    SearchHit {
                        target: t.clone(),
                        score,
                        matched_in,
                    },
                )
            })
            .collect();
        hits.sort_by(|a, b| {
            b.0.cmp(&a.0)
                .then(b.1.score.total_cmp(&a.1.score))
                .then_with(|| format!("{:?}", a.1.target).cmp(&format!("{:?}", b.1.target)))
        });
        hits.into_iter().take(limit).map(|(_, h)| h).collect()
    }
}

/// How well query word `q` matches vocabulary word `w` (0 = not at all).
fn match_quality(q: &str, qc: &[char], w: &Word) -> f32 {
    let ql = qc.len();
    let wl = w.chars.len();
    if w.text == q {
        return 1.0;
    }
    if wl > ql && w.text.starts_with(q) {
        // prefix while typing; longer prefixes are more certain
        return if ql >= 3 { 0.8 } else { 0.5 };
    }
    if ql < 4 {
        return 0.0;
    }
    let tol = if ql >= 8 { 2 } else { 1 };
    if wl.abs_diff(ql) <= tol && bounded_osa(qc, &w.chars, tol) {
        return 0.45;
    }
    // misspelt prefix: compare with the word's beginning
    if wl > ql {
        let head = &w.chars[..ql];
        if bounded_osa(qc, head, tol) {
            return 0.35;
        }
    }
    0.0
}

/// Whether the optimal string alignment distance (edits, with adjacent
/// transpositions) between `a` and `b` is at most `max`. Works on char
/// slices without allocating strings; rows are small stack arrays.
fn bounded_osa(a: &[char], b: &[char], max: usize) -> bool {
    const N: usize = 48;
    if a.len().abs_diff(b.len()) > max || a.len() >= N || b.len() >= N {
        return false;
    }
    let mut prev2 = [0usize; N];
    let mut prev: [usize; N] = std::array::from_fn(|j| j);
    let mut cur = [0usize; N];
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(prev2[j - 2] + 1);
            }
            cur[j] = v;
            row_min = row_min.min(v);
        }
        if row_min > max {
            return false;
        }
        prev2 = prev;
        prev = cur;
    }
    prev[b.len()] <= max
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_swedish_and_turkish() {
        assert_eq!(normalize("Förskola"), "forskola");
        assert_eq!(normalize("ÅÄÖ éü"), "aao eu");
        assert_eq!(normalize("İkamet IŞIK"), "ikamet isik");
    }

    #[test]
    fn normalizes_arabic_and_persian() {
        assert_eq!(normalize("أإآٱا"), "ااااا");
        assert_eq!(normalize("مدرسة"), "مدرسه");
        assert_eq!(normalize("مُسْتَشْفَى"), "مستشفی");
        assert_eq!(normalize("كتاب"), normalize("کتاب"));
        assert_eq!(normalize("ـمـدرسـة"), "مدرسه");
        assert_eq!(normalize("می\u{200C}خواهم"), "میخواهم");
        assert_eq!(normalize("٢٠٢٦"), "2026");
    }

    #[test]
    fn tokenizes_on_punctuation_and_ethiopic_separator() {
        assert_eq!(tokens("Bygglov, ansök!"), vec!["bygglov", "ansok"]);
        assert_eq!(tokens("ፍቓድ፡ህንጻ"), vec!["ፍቓድ", "ህንጻ"]);
    }

    #[test]
    fn fuzzy_matching() {
        let w = |s: &str| Word {
            text: s.into(),
            chars: s.chars().collect(),
            places: vec![],
        };
        let q = |s: &str| (s.to_string(), s.chars().collect::<Vec<_>>());
        let (a, ac) = q("bygglov");
        assert_eq!(match_quality(&a, &ac, &w("bygglov")), 1.0);
        let (a, ac) = q("bygg");
        assert!(match_quality(&a, &ac, &w("bygglov")) > 0.5);
        let (a, ac) = q("byglov");
        assert!(match_quality(&a, &ac, &w("bygglov")) > 0.0);
        let c = |s: &str| s.chars().collect::<Vec<_>>();
        assert!(bounded_osa(&c("förskola"), &c("fröskola"), 1));
        assert!(bounded_osa(&c("bygglov"), &c("bygglov"), 0));
        assert!(!bounded_osa(&c("kommun"), &c("kontor"), 2));
        assert!(bounded_osa(&c("medborgarskap"), &c("medborgarskp"), 1));
        let (a, ac) = q("bo");
        assert_eq!(match_quality(&a, &ac, &w("ab")), 0.0);
    }
}

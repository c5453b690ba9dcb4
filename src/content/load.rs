//! Reading and validating a content directory. Every problem is collected
//! (not just the first) with the file and, where known, the line.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use rust_embed::RustEmbed;
use serde::Deserialize;
use sha2::{Digest, Sha256};
use toml::Spanned;

use crate::i18n::Language;

use super::model::{
    Catalog, Category, Contact, ContactText, ContentVersion, Form, FormText, Guide, GuideText,
    LangTexts, Need, Provider, Route, RouteText, ServiceArea,
};
use super::problem::{ContentProblem, ProblemKind, Severity};

#[derive(RustEmbed)]
#[folder = "resources/content/"]
struct BundledContent;

// ---------------------------------------------------------------- raw TOML

type S<T> = Option<Spanned<T>>;

#[derive(Deserialize, Default)]
struct RawCatalog {
    meta: Option<RawMeta>,
    #[serde(default)]
    categories: Vec<Spanned<RawCategory>>,
    #[serde(default)]
    guides: Vec<Spanned<RawGuide>>,
    #[serde(default)]
    forms: Vec<Spanned<RawForm>>,
    #[serde(default)]
    contacts: Vec<Spanned<RawContact>>,
    #[serde(default)]
    areas: Vec<Spanned<RawId>>,
    #[serde(default)]
    routes: Vec<Spanned<RawRoute>>,
}

#[derive(Deserialize, Default)]
struct RawMeta {
    version: Option<String>,
}

#[derive(Deserialize)]
struct RawCategory {
    id: S<String>,
    icon: Option<String>,
}

#[derive(Deserialize)]
struct RawId {
    id: S<String>,
}

#[derive(Deserialize)]
struct RawGuide {
    id: S<String>,
    category: S<String>,
    provider: S<String>,
    url: S<String>,
    #[serde(default)]
    needs: Vec<Spanned<String>>,
    help_contact: S<String>,
    minutes: Option<u32>,
}

#[derive(Deserialize)]
struct RawForm {
    id: S<String>,
    url: S<String>,
    hand_in: S<String>,
}

#[derive(Deserialize)]
struct RawContact {
    id: S<String>,
    kind: S<String>,
    phone: Option<String>,
    email: Option<String>,
    web: S<String>,
    address: Option<String>,
}

#[derive(Deserialize)]
struct RawRoute {
    id: S<String>,
    url: S<String>,
}

#[derive(Deserialize, Default)]
struct RawLang {
    #[serde(default)]
    categories: BTreeMap<String, Spanned<String>>,
    #[serde(default)]
    guides: BTreeMap<String, Spanned<RawGuideText>>,
    #[serde(default)]
    forms: BTreeMap<String, Spanned<RawFormText>>,
    #[serde(default)]
    contacts: BTreeMap<String, Spanned<RawContactText>>,
    #[serde(default)]
    areas: BTreeMap<String, Spanned<String>>,
    #[serde(default)]
    routes: BTreeMap<String, Spanned<RawRouteText>>,
    #[serde(default)]
    synonyms: Vec<Vec<String>>,
}

#[derive(Deserialize)]
struct RawGuideText {
    title: Option<String>,
    summary: Option<String>,
    #[serde(default)]
    keywords: Vec<String>,
    who: Option<String>,
    need: Option<Vec<String>>,
    steps: Option<Vec<String>>,
    time: Option<String>,
    help: Option<String>,
}

#[derive(Deserialize)]
struct RawFormText {
    title: Option<String>,
    purpose: Option<String>,
    hand_in: Option<String>,
}

#[derive(Deserialize)]
struct RawContactText {
    name: Option<String>,
    #[serde(default)]
    about: String,
    hours: Option<String>,
}

#[derive(Deserialize)]
struct RawRouteText {
    title: Option<String>,
    text: Option<String>,
}

// ------------------------------------------------------------- collecting

struct Ctx<'a> {
    file: &'a str,
    text: &'a str,
    problems: &'a mut Vec<ContentProblem>,
}

fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

impl Ctx<'_> {
    fn push(&mut self, severity: Severity, offset: Option<usize>, kind: ProblemKind) {
        let line = offset.map(|o| line_of(self.text, o));
        self.problems.push(ContentProblem {
            severity,
            file: self.file.to_string(),
            line,
            kind,
        });
    }

    fn error(&mut self, offset: usize, kind: ProblemKind) {
        self.push(Severity::Error, Some(offset), kind);
    }

    /// A required, non-empty string field.
    fn req(&mut self, at: usize, item: &str, field: &str, value: &S<String>) -> Option<String> {
        match value {
            Some(v) if !v.get_ref().trim().is_empty() => Some(v.get_ref().clone()),
            _ => {
                let kind = ProblemKind::MissingField {
                    item: item.into(),
                    field: field.into(),
                };
                self.error(value.as_ref().map_or(at, |v| v.span().start), kind);
                None
            }
        }
    }

    fn https(&mut self, item: &str, url: &Spanned<String>) -> bool {
        let ok = reqwest::Url::parse(url.get_ref())
            .map(|u| u.scheme() == "https" && u.host_str().is_some_and(|h| !h.is_empty()))
            .unwrap_or(false);
        if !ok {
            let kind = ProblemKind::NotHttps {
                item: item.into(),
                url: url.get_ref().clone(),
            };
            self.error(url.span().start, kind);
        }
        ok
    }
}

fn parse<T: for<'de> Deserialize<'de> + Default>(
    file: &str,
    text: &str,
    problems: &mut Vec<ContentProblem>,
) -> Option<T> {
    match toml::from_str::<T>(text) {
        Ok(v) => Some(v),
        Err(e) => {
            let line = e.span().map(|s| line_of(text, s.start));
            problems.push(ContentProblem {
                severity: Severity::Error,
                file: file.to_string(),
                line,
                kind: ProblemKind::Syntax(e.message().trim().to_string()),
            });
            None
        }
    }
}

/// Content files: path relative to the content root (with `/`) → text.
pub(crate) type Files = BTreeMap<String, String>;

fn read_dir_files(dir: &Path, problems: &mut Vec<ContentProblem>) -> Files {
    let mut files = Files::new();
    let mut read = |rel: String, path: &Path| match std::fs::read_to_string(path) {
        Ok(text) => {
            files.insert(rel, text);
        }
        Err(e) => problems.push(ContentProblem {
            severity: Severity::Error,
            file: rel,
            line: None,
            kind: ProblemKind::Io(e.to_string()),
        }),
    };
    let catalog = dir.join("catalog.toml");
    if catalog.exists() {
        read("catalog.toml".into(), &catalog);
    }
    for lang in Language::ALL {
        for sub in ["", "guides/"] {
            let folder = dir.join(format!("{}/{sub}", lang.code()));
            let Ok(entries) = std::fs::read_dir(folder) else {
                continue;
            };
            let mut paths: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
            paths.sort();
            for path in paths {
                let Some(name) = path.file_name().map(|n| n.to_string_lossy().into_owned()) else {
                    continue;
                };
                let rel = format!("{}/{sub}{name}", lang.code());
                if is_content_file(&rel) && path.is_file() {
                    read(rel, &path);
                }
            }
        }
    }
    files
}

/// `catalog.toml`, `<lang>/*.toml` or `<lang>/guides/<id>.md`.
fn is_content_file(rel: &str) -> bool {
    let parts: Vec<&str> = rel.split('/').collect();
    let is_lang = |code: &str| Language::ALL.iter().any(|l| l.code() == code);
    match parts.as_slice() {
        ["catalog.toml"] => true,
        [lang, file] => is_lang(lang) && file.ends_with(".toml"),
        [lang, "guides", file] => is_lang(lang) && file.ends_with(".md"),
        _ => false,
    }
}

fn bundled_files() -> Files {
    let mut files = Files::new();
    for name in BundledContent::iter().filter(|n| is_content_file(n)) {
        if let Some(f) = BundledContent::get(&name) {
            files.insert(
                name.to_string(),
                String::from_utf8_lossy(&f.data).into_owned(),
            );
        }
    }
    files
}

impl Catalog {
    /// Load and validate a content directory. `Err` holds every problem
    /// found (errors and warnings); `Ok` may still carry warnings
    /// ([`Catalog::warnings`]).
    pub fn load(dir: &Path) -> Result<Catalog, Vec<ContentProblem>> {
        let mut problems = Vec::new();
        if !dir.is_dir() {
            problems.push(ContentProblem {
                severity: Severity::Error,
                file: dir.display().to_string(),
                line: None,
                kind: ProblemKind::Io("not a directory".into()),
            });
            return Err(problems);
        }
        let files = read_dir_files(dir, &mut problems);
        from_files(&files, problems)
    }

    /// Hash of the content files of `dir` as [`ContentVersion::hash`] would
    /// give it, without parsing (cheap change detection for polling).
    pub fn dir_hash(dir: &Path) -> String {
        let mut ignored = Vec::new();
        version_of(&read_dir_files(dir, &mut ignored), None).hash
    }

    /// The content bundled into the binary (from `resources/content/`).
    pub fn bundled() -> Result<Catalog, Vec<ContentProblem>> {
        from_files(&bundled_files(), Vec::new())
    }
}

fn version_of(files: &Files, declared: Option<String>) -> ContentVersion {
    let mut hasher = Sha256::new();
    for (name, text) in files {
        hasher.update(name.as_bytes());
        hasher.update([0]);
        hasher.update(text.as_bytes());
        hasher.update([0]);
    }
    let digest = hasher.finalize();
    let hash = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    ContentVersion { declared, hash }
}

pub(crate) fn from_files(
    files: &Files,
    mut problems: Vec<ContentProblem>,
) -> Result<Catalog, Vec<ContentProblem>> {
    let mut catalog = Catalog::empty();
    let mut known = Known::default();
    let declared = load_catalog(files, &mut catalog, &mut known, &mut problems);
    catalog.version = version_of(files, declared);

    for lang in Language::ALL {
        let prefix = format!("{}/", lang.code());
        let lang_files: Vec<(&String, &String)> = files
            .iter()
            .filter(|(k, _)| k.starts_with(&prefix))
            .collect();
        let severity = if lang == Language::DEFAULT {
            Severity::Error
        } else {
            Severity::Warning
        };
        if lang_files.is_empty() {
            problems.push(ContentProblem {
                severity,
                file: format!("{}guides.toml", prefix),
                line: None,
                kind: ProblemKind::MissingLanguage(lang),
            });
            continue;
        }
        let texts = load_lang(lang, &lang_files, &catalog, &known, severity, &mut problems);
        catalog.texts.insert(lang, texts);
    }

    if problems.iter().any(|p| p.severity == Severity::Error) {
        return Err(problems);
    }
    catalog.warnings = problems;
    catalog.build_index();
    Ok(catalog)
}

/// Every id defined in `catalog.toml`, complete or not (so that a text for
/// an incomplete item is not reported a second time as unknown).
#[derive(Default)]
struct Known {
    categories: HashSet<String>,
    guides: HashSet<String>,
    forms: HashSet<String>,
    contacts: HashSet<String>,
    areas: HashSet<String>,
    routes: HashSet<String>,
}

fn ids<T>(items: &[Spanned<T>], id: impl Fn(&T) -> &S<String>) -> HashSet<String> {
    items
        .iter()
        .filter_map(|i| id(i.get_ref()).as_ref().map(|s| s.get_ref().clone()))
        .collect()
}

fn load_catalog(
    files: &Files,
    catalog: &mut Catalog,
    known: &mut Known,
    problems: &mut Vec<ContentProblem>,
) -> Option<String> {
    let file = "catalog.toml";
    let Some(text) = files.get(file) else {
        problems.push(ContentProblem {
            severity: Severity::Error,
            file: file.into(),
            line: None,
            kind: ProblemKind::MissingFile,
        });
        return None;
    };
    let raw: RawCatalog = parse(file, text, problems)?;
    *known = Known {
        categories: ids(&raw.categories, |c| &c.id),
        guides: ids(&raw.guides, |g| &g.id),
        forms: ids(&raw.forms, |f| &f.id),
        contacts: ids(&raw.contacts, |c| &c.id),
        areas: ids(&raw.areas, |a| &a.id),
        routes: ids(&raw.routes, |r| &r.id),
    };
    let mut cx = Ctx {
        file,
        text,
        problems,
    };
    let mut seen: HashSet<(&str, String)> = HashSet::new();
    let mut unique = |cx: &mut Ctx, kind: &'static str, id: &str, at: usize| {
        if !seen.insert((kind, id.to_string())) {
            cx.error(
                at,
                ProblemKind::Duplicate {
                    item: format!("{kind} `{id}`"),
                },
            );
        }
    };

    for (i, c) in raw.categories.iter().enumerate() {
        let at = c.span().start;
        let c = c.get_ref();
        if let Some(id) = cx.req(at, &format!("category #{}", i + 1), "id", &c.id) {
            unique(&mut cx, "category", &id, at);
            catalog.categories.push(Category {
                id,
                icon: c.icon.clone(),
            });
        }
    }
    for (i, c) in raw.contacts.iter().enumerate() {
        let at = c.span().start;
        let c = c.get_ref();
        let Some(id) = cx.req(at, &format!("contact #{}", i + 1), "id", &c.id) else {
            continue;
        };
        let item = format!("contact `{id}`");
        unique(&mut cx, "contact", &id, at);
        let kind = cx.req(at, &item, "kind", &c.kind);
        if let Some(k) = &c.kind
            && !matches!(k.get_ref().as_str(), "municipality" | "agency")
        {
            let kind = ProblemKind::UnknownValue {
                item: item.clone(),
                field: "kind".into(),
                value: k.get_ref().clone(),
            };
            cx.error(k.span().start, kind);
        }
        if let Some(w) = &c.web {
            cx.https(&item, w);
        }
        if let Some(kind) = kind {
            catalog.contacts.push(Contact {
                id,
                kind,
                phone: c.phone.clone(),
                email: c.email.clone(),
                web: c.web.as_ref().map(|w| w.get_ref().clone()),
                address: c.address.clone(),
            });
        }
    }
    let categories: HashSet<&str> = raw
        .categories
        .iter()
        .filter_map(|c| c.get_ref().id.as_ref().map(|s| s.get_ref().as_str()))
        .collect();
    let contacts: HashSet<&str> = raw
        .contacts
        .iter()
        .filter_map(|c| c.get_ref().id.as_ref().map(|s| s.get_ref().as_str()))
        .collect();
    let check_ref =
        |cx: &mut Ctx, item: &str, field: &str, v: &Spanned<String>, set: &HashSet<&str>| {
            if !set.contains(v.get_ref().as_str()) {
                let kind = ProblemKind::BrokenReference {
                    item: item.into(),
                    field: field.into(),
                    target: v.get_ref().clone(),
                };
                cx.error(v.span().start, kind);
                false
            } else {
                true
            }
        };

    for (i, g) in raw.guides.iter().enumerate() {
        let at = g.span().start;
        let g = g.get_ref();
        let Some(id) = cx.req(at, &format!("guide #{}", i + 1), "id", &g.id) else {
            continue;
        };
        let item = format!("guide `{id}`");
        unique(&mut cx, "guide", &id, at);
        let category = cx.req(at, &item, "category", &g.category);
        if let Some(c) = &g.category
            && category.is_some()
        {
            check_ref(&mut cx, &item, "category", c, &categories);
        }
        let provider = cx.req(at, &item, "provider", &g.provider).and_then(|p| {
            let parsed = p.parse::<Provider>().ok();
            if parsed.is_none()
                && let Some(sp) = &g.provider
            {
                let kind = ProblemKind::UnknownValue {
                    item: item.clone(),
                    field: "provider".into(),
                    value: p.clone(),
                };
                cx.error(sp.span().start, kind);
            }
            parsed
        });
        let url = cx.req(at, &item, "url", &g.url);
        if let Some(u) = &g.url
            && url.is_some()
        {
            cx.https(&item, u);
        }
        let mut needs = Vec::new();
        for n in &g.needs {
            match n.get_ref().parse::<Need>() {
                Ok(need) => needs.push(need),
                Err(()) => {
                    let kind = ProblemKind::UnknownValue {
                        item: item.clone(),
                        field: "need".into(),
                        value: n.get_ref().clone(),
                    };
                    cx.error(n.span().start, kind);
                }
            }
        }
        let help = cx.req(at, &item, "help_contact", &g.help_contact);
        if let Some(h) = &g.help_contact
            && help.is_some()
        {
            check_ref(&mut cx, &item, "help_contact", h, &contacts);
        }
        if let (Some(category), Some(provider), Some(url), Some(help_contact)) =
            (category, provider, url, help)
        {
            catalog.guides.push(Guide {
                id,
                category,
                provider,
                url,
                needs,
                help_contact,
                minutes: g.minutes,
            });
        }
    }
    for (i, f) in raw.forms.iter().enumerate() {
        let at = f.span().start;
        let f = f.get_ref();
        let Some(id) = cx.req(at, &format!("form #{}", i + 1), "id", &f.id) else {
            continue;
        };
        let item = format!("form `{id}`");
        unique(&mut cx, "form", &id, at);
        if let Some(u) = &f.url {
            cx.https(&item, u);
        }
        let hand_in = cx.req(at, &item, "hand_in", &f.hand_in);
        if let Some(h) = &f.hand_in
            && hand_in.is_some()
        {
            check_ref(&mut cx, &item, "hand_in", h, &contacts);
        }
        if let Some(hand_in) = hand_in {
            let url = f.url.as_ref().map(|u| u.get_ref().clone());
            catalog.forms.push(Form { id, url, hand_in });
        }
    }
    for (i, a) in raw.areas.iter().enumerate() {
        let at = a.span().start;
        if let Some(id) = cx.req(at, &format!("area #{}", i + 1), "id", &a.get_ref().id) {
            unique(&mut cx, "area", &id, at);
            catalog.areas.push(ServiceArea { id });
        }
    }
    for (i, r) in raw.routes.iter().enumerate() {
        let at = r.span().start;
        let r = r.get_ref();
        let Some(id) = cx.req(at, &format!("route #{}", i + 1), "id", &r.id) else {
            continue;
        };
        let item = format!("route `{id}`");
        unique(&mut cx, "route", &id, at);
        if let Some(url) = cx.req(at, &item, "url", &r.url) {
            if let Some(u) = &r.url {
                cx.https(&item, u);
            }
            catalog.routes.push(Route { id, url });
        }
    }
    raw.meta.and_then(|m| m.version)
}

/// Checks one text item: reports missing fields, returns whether complete.
fn text_fields(cx: &mut Ctx, at: usize, item: &str, fields: &[(&str, bool)]) -> bool {
    let mut ok = true;
    for (name, present) in fields {
        if !present {
            cx.error(
                at,
                ProblemKind::MissingField {
                    item: item.into(),
                    field: (*name).into(),
                },
            );
            ok = false;
        }
    }
    ok
}

fn filled(s: &Option<String>) -> bool {
    s.as_ref().is_some_and(|s| !s.trim().is_empty())
}

fn filled_list(s: &Option<Vec<String>>) -> bool {
    s.as_ref()
        .is_some_and(|l| !l.is_empty() && l.iter().all(|s| !s.trim().is_empty()))
}

fn load_lang(
    lang: Language,
    files: &[(&String, &String)],
    catalog: &Catalog,
    known: &Known,
    missing_severity: Severity,
    problems: &mut Vec<ContentProblem>,
) -> LangTexts {
    let mut texts = LangTexts::default();
    // Where each item was defined, for duplicate and missing reports.
    let mut defined: HashMap<(&'static str, String), String> = HashMap::new();
    let main_file = format!("{}/guides.toml", lang.code());
    let mut markdown: Vec<(&String, &String)> = Vec::new();
    for (file, text) in files {
        if file.ends_with(".md") {
            markdown.push((file, text));
            continue;
        }
        let Some(raw) = parse::<RawLang>(file, text, problems) else {
            continue;
        };
        let mut cx = Ctx {
            file,
            text,
            problems,
        };
        let mut define = |cx: &mut Ctx, kind: &'static str, id: &str, at: usize, known: bool| {
            if !known {
                let kind_ = ProblemKind::BrokenReference {
                    item: format!("{kind} text"),
                    field: "id".into(),
                    target: id.to_string(),
                };
                cx.error(at, kind_);
            }
            if defined
                .insert((kind, id.to_string()), file.to_string())
                .is_some()
            {
                cx.error(
                    at,
                    ProblemKind::Duplicate {
                        item: format!("{kind} `{id}`"),
                    },
                );
            }
        };
        for (id, name) in &raw.categories {
            let ok = known.categories.contains(id);
            define(&mut cx, "category", id, name.span().start, ok);
            if name.get_ref().trim().is_empty() {
                let k = ProblemKind::MissingField {
                    item: format!("category `{id}`"),
                    field: "name".into(),
                };
                cx.error(name.span().start, k);
            }
            texts.categories.insert(id.clone(), name.get_ref().clone());
        }
        for (id, name) in &raw.areas {
            let ok = known.areas.contains(id);
            define(&mut cx, "area", id, name.span().start, ok);
            if name.get_ref().trim().is_empty() {
                let k = ProblemKind::MissingField {
                    item: format!("area `{id}`"),
                    field: "name".into(),
                };
                cx.error(name.span().start, k);
            }
            texts.areas.insert(id.clone(), name.get_ref().clone());
        }
        for (id, g) in &raw.guides {
            let at = g.span().start;
            let ok = known.guides.contains(id);
            define(&mut cx, "guide", id, at, ok);
            let g = g.get_ref();
            let item = format!("guide `{id}`");
            let ok = text_fields(
                &mut cx,
                at,
                &item,
                &[
                    ("title", filled(&g.title)),
                    ("summary", filled(&g.summary)),
                    ("who", filled(&g.who)),
                    ("need", filled_list(&g.need)),
                    ("steps", filled_list(&g.steps)),
                    ("time", filled(&g.time)),
                    ("help", filled(&g.help)),
                ],
            );
            if ok {
                texts.guides.insert(
                    id.clone(),
                    GuideText {
                        title: g.title.clone().unwrap_or_default(),
                        summary: g.summary.clone().unwrap_or_default(),
                        keywords: g.keywords.clone(),
                        who: g.who.clone().unwrap_or_default(),
                        need: g.need.clone().unwrap_or_default(),
                        steps: g.steps.clone().unwrap_or_default(),
                        time: g.time.clone().unwrap_or_default(),
                        help: g.help.clone().unwrap_or_default(),
                        more: None,
                    },
                );
            }
        }
        for (id, f) in &raw.forms {
            let at = f.span().start;
            let ok = known.forms.contains(id);
            define(&mut cx, "form", id, at, ok);
            let f = f.get_ref();
            let ok = text_fields(
                &mut cx,
                at,
                &format!("form `{id}`"),
                &[
                    ("title", filled(&f.title)),
                    ("purpose", filled(&f.purpose)),
                    ("hand_in", filled(&f.hand_in)),
                ],
            );
            if ok {
                texts.forms.insert(
                    id.clone(),
                    FormText {
                        title: f.title.clone().unwrap_or_default(),
                        purpose: f.purpose.clone().unwrap_or_default(),
                        hand_in: f.hand_in.clone().unwrap_or_default(),
                    },
                );
            }
        }
        for (id, c) in &raw.contacts {
            let at = c.span().start;
            let ok = known.contacts.contains(id);
            define(&mut cx, "contact", id, at, ok);
            let c = c.get_ref();
            let ok = text_fields(
                &mut cx,
                at,
                &format!("contact `{id}`"),
                &[("name", filled(&c.name)), ("hours", filled(&c.hours))],
            );
            if ok {
                texts.contacts.insert(
                    id.clone(),
                    ContactText {
                        name: c.name.clone().unwrap_or_default(),
                        about: c.about.clone(),
                        hours: c.hours.clone().unwrap_or_default(),
                    },
                );
            }
        }
        for (id, r) in &raw.routes {
            let at = r.span().start;
            let ok = known.routes.contains(id);
            define(&mut cx, "route", id, at, ok);
            let r = r.get_ref();
            let ok = text_fields(
                &mut cx,
                at,
                &format!("route `{id}`"),
                &[("title", filled(&r.title)), ("text", filled(&r.text))],
            );
            if ok {
                texts.routes.insert(
                    id.clone(),
                    RouteText {
                        title: r.title.clone().unwrap_or_default(),
                        text: r.text.clone().unwrap_or_default(),
                    },
                );
            }
        }
        texts.synonyms.extend(raw.synonyms.iter().cloned());
    }
    // Optional Markdown bodies: `<lang>/guides/<id>.md`, shown in the guide
    // after the steps.
    for (file, text) in markdown {
        let id = file
            .rsplit('/')
            .next()
            .and_then(|n| n.strip_suffix(".md"))
            .unwrap_or_default();
        if !known.guides.contains(id) {
            problems.push(ContentProblem {
                severity: Severity::Error,
                file: file.to_string(),
                line: Some(1),
                kind: ProblemKind::BrokenReference {
                    item: "guide body".into(),
                    field: "file name".into(),
                    target: id.to_string(),
                },
            });
        } else if let Some(g) = texts.guides.get_mut(id)
            && !text.trim().is_empty()
        {
            g.more = Some(text.trim().to_string());
        }
    }

    // Completeness: every item of the catalog has a text in this language.
    let mut missing = |kind: &str, id: &str, present: bool| {
        if !present && !defined.contains_key(&(kind_static(kind), id.to_string())) {
            problems.push(ContentProblem {
                severity: missing_severity,
                file: main_file.clone(),
                line: None,
                kind: ProblemKind::MissingTranslation {
                    language: lang,
                    item: format!("{kind} `{id}`"),
                },
            });
        }
    };
    for c in &catalog.categories {
        missing("category", &c.id, texts.categories.contains_key(&c.id));
    }
    for g in &catalog.guides {
        missing("guide", &g.id, texts.guides.contains_key(&g.id));
    }
    for f in &catalog.forms {
        missing("form", &f.id, texts.forms.contains_key(&f.id));
    }
    for c in &catalog.contacts {
        missing("contact", &c.id, texts.contacts.contains_key(&c.id));
    }
    for a in &catalog.areas {
        missing("area", &a.id, texts.areas.contains_key(&a.id));
    }
    for r in &catalog.routes {
        missing("route", &r.id, texts.routes.contains_key(&r.id));
    }
    texts
}

fn kind_static(kind: &str) -> &'static str {
    match kind {
        "category" => "category",
        "guide" => "guide",
        "form" => "form",
        "contact" => "contact",
        "area" => "area",
        _ => "route",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_counting() {
        assert_eq!(line_of("a\nb\nc", 0), 1);
        assert_eq!(line_of("a\nb\nc", 2), 2);
        assert_eq!(line_of("a\nb\nc", 4), 3);
        assert_eq!(line_of("a", 100), 1);
    }
}

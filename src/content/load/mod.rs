//! Reading and validating a content directory. Every problem is collected
//! (not just the first) with the file and, where known, the line.

mod office;

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use chrono::NaiveDate;
use rust_embed::RustEmbed;
use serde::Deserialize;
use sha2::{Digest, Sha256};
use toml::Spanned;

use crate::i18n::Language;

use super::model::{
    Catalog, Category, Checked, Contact, ContactText, ContentVersion, Form, FormText, Guide,
    GuideText, LangTexts, LinkSite, Need, Provider, Route, RouteText, ServiceArea,
};
use super::office::ToolText;
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
    icon: S<String>,
}

/// A service area: an id and its pictogram.
#[derive(Deserialize)]
struct RawId {
    id: S<String>,
    icon: S<String>,
}

#[derive(Deserialize)]
struct RawGuide {
    id: S<String>,
    category: S<String>,
    provider: S<String>,
    url: S<String>,
    icon: S<String>,
    #[serde(default)]
    needs: Vec<Spanned<String>>,
    help_contact: S<String>,
    minutes: Option<u32>,
    /// Ids of other guides this one points to.
    #[serde(default)]
    related: Vec<Spanned<String>>,
    /// The guide shows the office's drop-in times.
    #[serde(default)]
    drop_in: bool,
    /// When `url` was last checked (`YYYY-MM-DD`).
    checked: S<String>,
}

#[derive(Deserialize)]
struct RawForm {
    id: S<String>,
    icon: S<String>,
    url: S<String>,
    checked: S<String>,
    hand_in: S<String>,
}

#[derive(Deserialize)]
struct RawContact {
    id: S<String>,
    icon: S<String>,
    kind: S<String>,
    phone: Option<String>,
    email: Option<String>,
    web: S<String>,
    /// When `web` was last checked (`YYYY-MM-DD`).
    web_checked: S<String>,
    /// Not a contact field: read only to say so (a contact's date is
    /// `web_checked`, after its URL field `web`).
    checked: S<String>,
    address: Option<String>,
}

#[derive(Deserialize)]
struct RawRoute {
    id: S<String>,
    icon: S<String>,
    url: S<String>,
    checked: S<String>,
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
    tools: BTreeMap<String, Spanned<RawToolText>>,
    #[serde(default)]
    synonyms: Vec<Vec<String>>,
}

#[derive(Deserialize)]
struct RawToolText {
    title: Option<String>,
    summary: Option<String>,
    #[serde(default)]
    keywords: Vec<String>,
    steps: Option<Vec<String>>,
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

    fn line(&self, offset: usize) -> usize {
        line_of(self.text, offset)
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

    /// An item's pictogram: one of the bundled icons ([`crate::icons`]);
    /// an unknown name is reported with its line and the item has none.
    pub(super) fn icon(&mut self, item: &str, value: &S<String>) -> Option<String> {
        let icon = value.as_ref()?;
        if crate::icons::exists(icon.get_ref()) {
            return Some(icon.get_ref().clone());
        }
        let kind = ProblemKind::UnknownValue {
            item: item.into(),
            field: "icon".into(),
            value: icon.get_ref().clone(),
        };
        self.error(icon.span().start, kind);
        None
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
    let office = dir.join(office::FILE);
    if office.exists() {
        read(office::FILE.into(), &office);
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

/// `catalog.toml`, `office.toml`, `<lang>/*.toml` or `<lang>/guides/<id>.md`.
fn is_content_file(rel: &str) -> bool {
    let parts: Vec<&str> = rel.split('/').collect();
    let is_lang = |code: &str| Language::ALL.iter().any(|l| l.code() == code);
    match parts.as_slice() {
        ["catalog.toml"] | [office::FILE] => true,
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
    catalog.office = office::load(files, &mut known.tools, &mut problems);
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
    /// From `office.toml`.
    tools: HashSet<String>,
}

impl Known {
    fn of(raw: &RawCatalog) -> Known {
        Known {
            categories: ids(&raw.categories, |c| &c.id),
            guides: ids(&raw.guides, |g| &g.id),
            forms: ids(&raw.forms, |f| &f.id),
            contacts: ids(&raw.contacts, |c| &c.id),
            areas: ids(&raw.areas, |a| &a.id),
            routes: ids(&raw.routes, |r| &r.id),
            tools: HashSet::new(),
        }
    }
}

fn ids<T>(items: &[Spanned<T>], id: impl Fn(&T) -> &S<String>) -> HashSet<String> {
    items
        .iter()
        .filter_map(|i| id(i.get_ref()).as_ref().map(|s| s.get_ref().clone()))
        .collect()
}

// ------------------------------------------------------------ catalog.toml

/// Reads `catalog.toml` into `catalog` (the complete items), records every
/// id in `known` and reports what is wrong, kind by kind in file order.
/// Returns the declared version.
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
    *known = Known::of(&raw);
    let mut check = CatalogCheck {
        cx: Ctx {
            file,
            text,
            problems,
        },
        known,
        seen: HashSet::new(),
        links: Vec::new(),
    };
    for (i, c) in raw.categories.iter().enumerate() {
        catalog.categories.extend(check.category(i, c));
    }
    for (i, c) in raw.contacts.iter().enumerate() {
        catalog.contacts.extend(check.contact(i, c));
    }
    for (i, g) in raw.guides.iter().enumerate() {
        catalog.guides.extend(check.guide(i, g));
    }
    for (i, f) in raw.forms.iter().enumerate() {
        catalog.forms.extend(check.form(i, f));
    }
    for (i, a) in raw.areas.iter().enumerate() {
        catalog.areas.extend(check.area(i, a));
    }
    for (i, r) in raw.routes.iter().enumerate() {
        catalog.routes.extend(check.route(i, r));
    }
    // In file order, whatever the order of the kinds above.
    check.links.sort_by_key(|l| l.line);
    catalog.links = check.links;
    raw.meta.and_then(|m| m.version)
}

/// The validators of the items of `catalog.toml`, one per kind. Each
/// reports what is wrong with its item and returns it when it is complete.
struct CatalogCheck<'a> {
    cx: Ctx<'a>,
    known: &'a Known,
    /// The ids met so far, per kind (for duplicates).
    seen: HashSet<(&'static str, String)>,
    /// Every URL met so far, with its check date.
    links: Vec<LinkSite>,
}

/// A date written `YYYY-MM-DD` (exactly: four-digit year, two-digit month
/// and day), and one that exists.
fn parse_date(text: &str) -> Option<NaiveDate> {
    let b = text.as_bytes();
    let shape = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape {
        return None;
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

impl CatalogCheck<'_> {
    /// The required id of the `i`th item of a kind (named `<kind> #<n>` when
    /// it has none); a second item with the same id is reported.
    fn id(&mut self, kind: &'static str, i: usize, at: usize, id: &S<String>) -> Option<String> {
        let id = self.cx.req(at, &format!("{kind} #{}", i + 1), "id", id)?;
        if !self.seen.insert((kind, id.clone())) {
            let item = format!("{kind} `{id}`");
            self.cx.error(at, ProblemKind::Duplicate { item });
        }
        Some(id)
    }

    /// A required id of another item (a category, a contact): reported
    /// when missing or unknown; returned when present, even if unknown.
    fn reference(
        &mut self,
        at: usize,
        item: &str,
        field: &str,
        value: &S<String>,
        targets: impl Fn(&Known) -> &HashSet<String>,
    ) -> Option<String> {
        let id = self.cx.req(at, item, field, value)?;
        if let Some(v) = value
            && !targets(self.known).contains(v.get_ref())
        {
            let kind = ProblemKind::BrokenReference {
                item: item.into(),
                field: field.into(),
                target: v.get_ref().clone(),
            };
            self.cx.error(v.span().start, kind);
        }
        Some(id)
    }

    /// Records the URL `field` of `item` (when it has one) with its check
    /// date `date_field`: a date that does not parse is an error, and so is
    /// a date without a URL. Whether the date is recent is for
    /// `content-check`, which knows today (see `content::links`).
    fn link(
        &mut self,
        item: &str,
        (field, url): (&'static str, &S<String>),
        (date_field, checked): (&'static str, &S<String>),
    ) {
        let date_at = checked.as_ref().map(|c| c.span().start);
        let checked = checked.as_ref().and_then(|c| {
            let at = c.span().start;
            match parse_date(c.get_ref()) {
                Some(date) => Some(Checked {
                    date,
                    line: self.cx.line(at),
                }),
                None => {
                    let kind = ProblemKind::Invalid {
                        item: item.into(),
                        field: date_field.into(),
                        reason: format!("`{}` is not a date (YYYY-MM-DD)", c.get_ref()),
                    };
                    self.cx.error(at, kind);
                    None
                }
            }
        });
        match url {
            Some(u) => {
                let line = self.cx.line(u.span().start);
                self.links.push(LinkSite {
                    url: u.get_ref().clone(),
                    file: self.cx.file.to_string(),
                    line,
                    item: item.into(),
                    field,
                    date_field,
                    checked,
                });
            }
            None => {
                if let Some(at) = date_at {
                    let kind = ProblemKind::Invalid {
                        item: item.into(),
                        field: date_field.into(),
                        reason: format!("is set, but there is no `{field}` to check"),
                    };
                    self.cx.error(at, kind);
                }
            }
        }
    }

    /// A required https URL.
    fn required_url(&mut self, at: usize, item: &str, value: &S<String>) -> Option<String> {
        let url = self.cx.req(at, item, "url", value)?;
        if let Some(u) = value {
            self.cx.https(item, u);
        }
        Some(url)
    }

    /// An optional https URL (kept as written, reported when not https).
    fn optional_url(&mut self, item: &str, value: &S<String>) -> Option<String> {
        let u = value.as_ref()?;
        self.cx.https(item, u);
        Some(u.get_ref().clone())
    }

    fn category(&mut self, i: usize, c: &Spanned<RawCategory>) -> Option<Category> {
        let at = c.span().start;
        let c = c.get_ref();
        let id = self.id("category", i, at, &c.id)?;
        let icon = self.cx.icon(&format!("category `{id}`"), &c.icon);
        Some(Category { id, icon })
    }

    fn contact(&mut self, i: usize, c: &Spanned<RawContact>) -> Option<Contact> {
        let at = c.span().start;
        let c = c.get_ref();
        let id = self.id("contact", i, at, &c.id)?;
        let item = format!("contact `{id}`");
        let kind = self.cx.req(at, &item, "kind", &c.kind);
        if let Some(k) = &c.kind
            && !matches!(k.get_ref().as_str(), "municipality" | "agency")
        {
            let problem = ProblemKind::UnknownValue {
                item: item.clone(),
                field: "kind".into(),
                value: k.get_ref().clone(),
            };
            self.cx.error(k.span().start, problem);
        }
        let web = self.optional_url(&item, &c.web);
        let icon = self.cx.icon(&item, &c.icon);
        self.link(&item, ("web", &c.web), ("web_checked", &c.web_checked));
        if let Some(wrong) = &c.checked {
            let kind = ProblemKind::Invalid {
                item: item.clone(),
                field: "checked".into(),
                reason: "is not a contact field: a contact's URL is `web`, its date `web_checked`"
                    .into(),
            };
            self.cx.error(wrong.span().start, kind);
        }
        Some(Contact {
            id,
            icon,
            kind: kind?,
            phone: c.phone.clone(),
            email: c.email.clone(),
            web,
            address: c.address.clone(),
        })
    }

    fn guide(&mut self, i: usize, g: &Spanned<RawGuide>) -> Option<Guide> {
        let at = g.span().start;
        let g = g.get_ref();
        let id = self.id("guide", i, at, &g.id)?;
        let item = format!("guide `{id}`");
        let category = self.reference(at, &item, "category", &g.category, |k| &k.categories);
        let provider = self.provider(at, &item, &g.provider);
        let url = self.required_url(at, &item, &g.url);
        self.link(&item, ("url", &g.url), ("checked", &g.checked));
        let needs = self.needs(&item, &g.needs);
        let help_contact =
            self.reference(at, &item, "help_contact", &g.help_contact, |k| &k.contacts);
        let related = self.related(&id, &item, &g.related);
        let icon = self.cx.icon(&item, &g.icon);
        Some(Guide {
            id,
            icon,
            category: category?,
            provider: provider?,
            url: url?,
            needs,
            help_contact: help_contact?,
            minutes: g.minutes,
            related,
            drop_in: g.drop_in,
        })
    }

    /// A guide's `related` guides: each must exist and not be the guide
    /// itself; the ones that break that are reported and left out.
    fn related(&mut self, id: &str, item: &str, values: &[Spanned<String>]) -> Vec<String> {
        let mut related = Vec::new();
        for r in values {
            let target = r.get_ref();
            if target == id || !self.known.guides.contains(target) {
                let kind = ProblemKind::BrokenReference {
                    item: item.into(),
                    field: "related".into(),
                    target: target.clone(),
                };
                self.cx.error(r.span().start, kind);
            } else if !related.contains(target) {
                related.push(target.clone());
            }
        }
        related
    }

    /// A guide's required provider, one of [`Provider::ALL`].
    fn provider(&mut self, at: usize, item: &str, value: &S<String>) -> Option<Provider> {
        let p = self.cx.req(at, item, "provider", value)?;
        let parsed = p.parse::<Provider>().ok();
        if parsed.is_none()
            && let Some(sp) = value
        {
            let kind = ProblemKind::UnknownValue {
                item: item.into(),
                field: "provider".into(),
                value: p,
            };
            self.cx.error(sp.span().start, kind);
        }
        parsed
    }

    /// A guide's needs; unknown ones are reported and left out.
    fn needs(&mut self, item: &str, values: &[Spanned<String>]) -> Vec<Need> {
        let mut needs = Vec::new();
        for n in values {
            match n.get_ref().parse::<Need>() {
                Ok(need) => needs.push(need),
                Err(()) => {
                    let kind = ProblemKind::UnknownValue {
                        item: item.into(),
                        field: "need".into(),
                        value: n.get_ref().clone(),
                    };
                    self.cx.error(n.span().start, kind);
                }
            }
        }
        needs
    }

    fn form(&mut self, i: usize, f: &Spanned<RawForm>) -> Option<Form> {
        let at = f.span().start;
        let f = f.get_ref();
        let id = self.id("form", i, at, &f.id)?;
        let item = format!("form `{id}`");
        let url = self.optional_url(&item, &f.url);
        let icon = self.cx.icon(&item, &f.icon);
        self.link(&item, ("url", &f.url), ("checked", &f.checked));
        let hand_in = self.reference(at, &item, "hand_in", &f.hand_in, |k| &k.contacts)?;
        Some(Form {
            id,
            icon,
            url,
            hand_in,
        })
    }

    fn area(&mut self, i: usize, a: &Spanned<RawId>) -> Option<ServiceArea> {
        let id = self.id("area", i, a.span().start, &a.get_ref().id)?;
        let icon = self.cx.icon(&format!("area `{id}`"), &a.get_ref().icon);
        Some(ServiceArea { id, icon })
    }

    fn route(&mut self, i: usize, r: &Spanned<RawRoute>) -> Option<Route> {
        let at = r.span().start;
        let r = r.get_ref();
        let id = self.id("route", i, at, &r.id)?;
        let item = format!("route `{id}`");
        let icon = self.cx.icon(&item, &r.icon);
        self.link(&item, ("url", &r.url), ("checked", &r.checked));
        let url = self.required_url(at, &item, &r.url)?;
        Some(Route { id, icon, url })
    }
}

// ------------------------------------------------------ <lang>/*.toml, *.md

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

/// Reads the text files of one language: its texts, with what is wrong
/// reported file by file, then the Markdown guide bodies, then every
/// catalog item without a text (with `missing_severity`).
fn load_lang(
    lang: Language,
    files: &[(&String, &String)],
    catalog: &Catalog,
    known: &Known,
    missing_severity: Severity,
    problems: &mut Vec<ContentProblem>,
) -> LangTexts {
    let mut check = LangCheck {
        known,
        defined: HashSet::new(),
        texts: LangTexts::default(),
    };
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
        check.file(&mut cx, &raw);
    }
    // Optional Markdown bodies: `<lang>/guides/<id>.md`, shown in the guide
    // after the steps.
    for (file, text) in markdown {
        check.guide_body(file, text, problems);
    }
    check.completeness(lang, catalog, missing_severity, problems);
    check.texts
}

/// The validators of one language's texts, one per kind of item. Each
/// reports what is wrong with its text and keeps it when it is complete.
struct LangCheck<'a> {
    known: &'a Known,
    /// Every (kind, id) with a text in any file of the language, complete
    /// or not (for duplicates, and so a broken text is not also missing).
    defined: HashSet<(&'static str, String)>,
    texts: LangTexts,
}

impl LangCheck<'_> {
    /// One `<lang>/*.toml` file, kind by kind.
    fn file(&mut self, cx: &mut Ctx, raw: &RawLang) {
        for (id, name) in &raw.categories {
            self.category(cx, id, name);
        }
        for (id, name) in &raw.areas {
            self.area(cx, id, name);
        }
        for (id, g) in &raw.guides {
            self.guide(cx, id, g);
        }
        for (id, f) in &raw.forms {
            self.form(cx, id, f);
        }
        for (id, c) in &raw.contacts {
            self.contact(cx, id, c);
        }
        for (id, r) in &raw.routes {
            self.route(cx, id, r);
        }
        for (id, t) in &raw.tools {
            self.tool(cx, id, t);
        }
        self.texts.synonyms.extend(raw.synonyms.iter().cloned());
    }

    /// Reports a text for an id the catalog does not have, and a second
    /// text for the same item.
    fn define(&mut self, cx: &mut Ctx, kind: &'static str, id: &str, at: usize, known: bool) {
        if !known {
            let problem = ProblemKind::BrokenReference {
                item: format!("{kind} text"),
                field: "id".into(),
                target: id.to_string(),
            };
            cx.error(at, problem);
        }
        if !self.defined.insert((kind, id.to_string())) {
            let item = format!("{kind} `{id}`");
            cx.error(at, ProblemKind::Duplicate { item });
        }
    }

    /// A name (of a category or an area): defined, and not empty.
    fn name(
        &mut self,
        cx: &mut Ctx,
        kind: &'static str,
        id: &str,
        name: &Spanned<String>,
        known: bool,
    ) {
        self.define(cx, kind, id, name.span().start, known);
        if name.get_ref().trim().is_empty() {
            let problem = ProblemKind::MissingField {
                item: format!("{kind} `{id}`"),
                field: "name".into(),
            };
            cx.error(name.span().start, problem);
        }
    }

    fn category(&mut self, cx: &mut Ctx, id: &str, name: &Spanned<String>) {
        self.name(cx, "category", id, name, self.known.categories.contains(id));
        let name = name.get_ref().clone();
        self.texts.categories.insert(id.to_owned(), name);
    }

    fn area(&mut self, cx: &mut Ctx, id: &str, name: &Spanned<String>) {
        self.name(cx, "area", id, name, self.known.areas.contains(id));
        let name = name.get_ref().clone();
        self.texts.areas.insert(id.to_owned(), name);
    }

    fn guide(&mut self, cx: &mut Ctx, id: &str, g: &Spanned<RawGuideText>) {
        let at = g.span().start;
        self.define(cx, "guide", id, at, self.known.guides.contains(id));
        let g = g.get_ref();
        let complete = text_fields(
            cx,
            at,
            &format!("guide `{id}`"),
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
        if complete {
            let text = GuideText {
                title: g.title.clone().unwrap_or_default(),
                summary: g.summary.clone().unwrap_or_default(),
                keywords: g.keywords.clone(),
                who: g.who.clone().unwrap_or_default(),
                need: g.need.clone().unwrap_or_default(),
                steps: g.steps.clone().unwrap_or_default(),
                time: g.time.clone().unwrap_or_default(),
                help: g.help.clone().unwrap_or_default(),
                more: None,
            };
            self.texts.guides.insert(id.to_owned(), text);
        }
    }

    fn form(&mut self, cx: &mut Ctx, id: &str, f: &Spanned<RawFormText>) {
        let at = f.span().start;
        self.define(cx, "form", id, at, self.known.forms.contains(id));
        let f = f.get_ref();
        let complete = text_fields(
            cx,
            at,
            &format!("form `{id}`"),
            &[
                ("title", filled(&f.title)),
                ("purpose", filled(&f.purpose)),
                ("hand_in", filled(&f.hand_in)),
            ],
        );
        if complete {
            let text = FormText {
                title: f.title.clone().unwrap_or_default(),
                purpose: f.purpose.clone().unwrap_or_default(),
                hand_in: f.hand_in.clone().unwrap_or_default(),
            };
            self.texts.forms.insert(id.to_owned(), text);
        }
    }

    fn contact(&mut self, cx: &mut Ctx, id: &str, c: &Spanned<RawContactText>) {
        let at = c.span().start;
        self.define(cx, "contact", id, at, self.known.contacts.contains(id));
        let c = c.get_ref();
        let complete = text_fields(
            cx,
            at,
            &format!("contact `{id}`"),
            &[("name", filled(&c.name)), ("hours", filled(&c.hours))],
        );
        if complete {
            let text = ContactText {
                name: c.name.clone().unwrap_or_default(),
                about: c.about.clone(),
                hours: c.hours.clone().unwrap_or_default(),
            };
            self.texts.contacts.insert(id.to_owned(), text);
        }
    }

    fn route(&mut self, cx: &mut Ctx, id: &str, r: &Spanned<RawRouteText>) {
        let at = r.span().start;
        self.define(cx, "route", id, at, self.known.routes.contains(id));
        let r = r.get_ref();
        let complete = text_fields(
            cx,
            at,
            &format!("route `{id}`"),
            &[("title", filled(&r.title)), ("text", filled(&r.text))],
        );
        if complete {
            let text = RouteText {
                title: r.title.clone().unwrap_or_default(),
                text: r.text.clone().unwrap_or_default(),
            };
            self.texts.routes.insert(id.to_owned(), text);
        }
    }

    fn tool(&mut self, cx: &mut Ctx, id: &str, t: &Spanned<RawToolText>) {
        let at = t.span().start;
        self.define(cx, "tool", id, at, self.known.tools.contains(id));
        let t = t.get_ref();
        let complete = text_fields(
            cx,
            at,
            &format!("tool `{id}`"),
            &[
                ("title", filled(&t.title)),
                ("summary", filled(&t.summary)),
                ("steps", filled_list(&t.steps)),
            ],
        );
        if complete {
            let text = ToolText {
                title: t.title.clone().unwrap_or_default(),
                summary: t.summary.clone().unwrap_or_default(),
                keywords: t.keywords.clone(),
                steps: t.steps.clone().unwrap_or_default(),
            };
            self.texts.tools.insert(id.to_owned(), text);
        }
    }

    /// `<lang>/guides/<id>.md`: the extra body of a known guide.
    fn guide_body(&mut self, file: &str, text: &str, problems: &mut Vec<ContentProblem>) {
        let id = file
            .rsplit('/')
            .next()
            .and_then(|n| n.strip_suffix(".md"))
            .unwrap_or_default();
        if !self.known.guides.contains(id) {
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
        } else if let Some(g) = self.texts.guides.get_mut(id)
            && !text.trim().is_empty()
        {
            g.more = Some(text.trim().to_string());
        }
    }

    /// Every item of the catalog has a text in this language (reported on
    /// `<lang>/guides.toml` when not, unless a broken text was reported).
    fn completeness(
        &self,
        lang: Language,
        catalog: &Catalog,
        severity: Severity,
        problems: &mut Vec<ContentProblem>,
    ) {
        let file = format!("{}/guides.toml", lang.code());
        let mut missing = |kind: &'static str, id: &str, present: bool| {
            if !present && !self.defined.contains(&(kind, id.to_string())) {
                problems.push(ContentProblem {
                    severity,
                    file: file.clone(),
                    line: None,
                    kind: ProblemKind::MissingTranslation {
                        language: lang,
                        item: format!("{kind} `{id}`"),
                    },
                });
            }
        };
        let t = &self.texts;
        for c in &catalog.categories {
            missing("category", &c.id, t.categories.contains_key(&c.id));
        }
        for g in &catalog.guides {
            missing("guide", &g.id, t.guides.contains_key(&g.id));
        }
        for f in &catalog.forms {
            missing("form", &f.id, t.forms.contains_key(&f.id));
        }
        for c in &catalog.contacts {
            missing("contact", &c.id, t.contacts.contains_key(&c.id));
        }
        for a in &catalog.areas {
            missing("area", &a.id, t.areas.contains_key(&a.id));
        }
        for r in &catalog.routes {
            missing("route", &r.id, t.routes.contains_key(&r.id));
        }
        for tool in &catalog.office.tools {
            missing("tool", &tool.id, t.tools.contains_key(&tool.id));
        }
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

//! The validated, resolved content and its lookups.

use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;

use crate::i18n::Language;

use super::office::{DropInDay, Office, Tool, ToolText};
use super::problem::ContentProblem;
use super::search::{Document, LanguageDocuments, Scope, SearchHit, SearchIndex, Target};

/// Who provides an e-service. The UI shows the name from Fluent
/// (`provider-<id>`, e.g. `provider-forsakringskassan`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Provider {
    Municipality,
    Forsakringskassan,
    Csn,
    Migrationsverket,
    Skatteverket,
    Arbetsformedlingen,
    AKassa,
    Konsumentverket,
    Region,
    Bank,
    Polisen,
    Pensionsmyndigheten,
    Transportstyrelsen,
    Other,
}

impl Provider {
    pub const ALL: [Provider; 14] = [
        Provider::Municipality,
        Provider::Forsakringskassan,
        Provider::Csn,
        Provider::Migrationsverket,
        Provider::Skatteverket,
        Provider::Arbetsformedlingen,
        Provider::AKassa,
        Provider::Konsumentverket,
        Provider::Region,
        Provider::Bank,
        Provider::Polisen,
        Provider::Pensionsmyndigheten,
        Provider::Transportstyrelsen,
        Provider::Other,
    ];

    /// The id used in `catalog.toml`.
    pub fn id(self) -> &'static str {
        match self {
            Provider::Municipality => "municipality",
            Provider::Forsakringskassan => "forsakringskassan",
            Provider::Csn => "csn",
            Provider::Migrationsverket => "migrationsverket",
            Provider::Skatteverket => "skatteverket",
            Provider::Arbetsformedlingen => "arbetsformedlingen",
            Provider::AKassa => "a-kassa",
            Provider::Konsumentverket => "konsumentverket",
            Provider::Region => "region",
            Provider::Bank => "bank",
            Provider::Polisen => "polisen",
            Provider::Pensionsmyndigheten => "pensionsmyndigheten",
            Provider::Transportstyrelsen => "transportstyrelsen",
            Provider::Other => "other",
        }
    }
}

impl FromStr for Provider {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        Provider::ALL.into_iter().find(|p| p.id() == s).ok_or(())
    }
}

/// What a visitor needs to use an e-service (shown as icons/labels from
/// Fluent, `need-<id>`). The details are in [`GuideText::need`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Need {
    Bankid,
    Personnummer,
    IdDocument,
    Documents,
    Email,
    Photo,
    Fee,
}

impl Need {
    pub const ALL: [Need; 7] = [
        Need::Bankid,
        Need::Personnummer,
        Need::IdDocument,
        Need::Documents,
        Need::Email,
        Need::Photo,
        Need::Fee,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Need::Bankid => "bankid",
            Need::Personnummer => "personnummer",
            Need::IdDocument => "id-document",
            Need::Documents => "documents",
            Need::Email => "email",
            Need::Photo => "photo",
            Need::Fee => "fee",
        }
    }
}

impl FromStr for Need {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        Need::ALL.into_iter().find(|n| n.id() == s).ok_or(())
    }
}

/// A category of guides (e.g. `housing-building`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Category {
    pub id: String,
    /// Optional icon name for the UI.
    pub icon: Option<String>,
}

/// The language-neutral part of an e-service guide.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Guide {
    pub id: String,
    /// The pictogram beside its title (a bundled icon name).
    pub icon: Option<String>,
    pub category: String,
    pub provider: Provider,
    /// The official https URL (for the QR code "continue on your phone").
    pub url: String,
    pub needs: Vec<Need>,
    /// Id of the [`Contact`] that gives personal help.
    pub help_contact: String,
    /// Rough time to fill in the e-service, in minutes.
    pub minutes: Option<u32>,
    /// Other guides this one points to ("see also"), in order.
    pub related: Vec<String>,
    /// The guide shows the office's drop-in times for digital help.
    pub drop_in: bool,
}

/// The texts of a guide in one language. Plain, short sentences.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GuideText {
    pub title: String,
    /// What it is, in one or two sentences.
    pub summary: String,
    /// Extra search words (not shown).
    pub keywords: Vec<String>,
    /// Who can apply.
    pub who: String,
    /// What you need.
    pub need: Vec<String>,
    /// Numbered steps (the UI numbers them).
    pub steps: Vec<String>,
    /// How long it takes.
    pub time: String,
    /// Where to get personal help.
    pub help: String,
    /// Optional extra Markdown from `<lang>/guides/<id>.md`.
    pub more: Option<String>,
}

/// Section headings for [`GuideText::to_markdown`], from Fluent in the
/// visitor's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuideHeadings {
    pub who: String,
    pub need: String,
    pub steps: String,
    pub time: String,
    pub help: String,
}

impl GuideText {
    /// The guide body as Markdown (for iced's markdown widget): summary,
    /// then the sections with the given headings, steps as a numbered list.
    pub fn to_markdown(&self, headings: &GuideHeadings) -> String {
        let mut md = String::new();
        md.push_str(&self.summary);
        md.push_str("\n\n## ");
        md.push_str(&headings.who);
        md.push_str("\n\n");
        md.push_str(&self.who);
        md.push_str("\n\n## ");
        md.push_str(&headings.need);
        md.push_str("\n\n");
        for item in &self.need {
            md.push_str("- ");
            md.push_str(item);
            md.push('\n');
        }
        md.push_str("\n## ");
        md.push_str(&headings.steps);
        md.push_str("\n\n");
        for (i, step) in self.steps.iter().enumerate() {
            md.push_str(&format!("{}. {}\n", i + 1, step));
        }
        md.push_str("\n## ");
        md.push_str(&headings.time);
        md.push_str("\n\n");
        md.push_str(&self.time);
        if let Some(more) = &self.more {
            md.push_str("\n\n");
            md.push_str(more);
        }
        md.push_str("\n\n## ");
        md.push_str(&headings.help);
        md.push_str("\n\n");
        md.push_str(&self.help);
        md.push('\n');
        md
    }
}

/// A paper form the desk hands out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    pub id: String,
    /// The pictogram beside its title.
    pub icon: Option<String>,
    /// Where the form can also be downloaded (https), if anywhere.
    pub url: Option<String>,
    /// Id of the [`Contact`] where it is handed in or sent.
    pub hand_in: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FormText {
    pub title: String,
    /// What the form is for.
    pub purpose: String,
    /// Where to hand it in.
    pub hand_in: String,
}

/// A municipal function or another agency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    pub id: String,
    /// The pictogram beside its name.
    pub icon: Option<String>,
    /// `municipality` or `agency`.
    pub kind: String,
    /// Phone number in international form (`+46 8 530 610 00`).
    pub phone: Option<String>,
    pub email: Option<String>,
    /// Official https web page.
    pub web: Option<String>,
    /// Visiting address, as written on letters.
    pub address: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ContactText {
    pub name: String,
    /// What they help with.
    pub about: String,
    /// Opening / phone hours in words.
    pub hours: String,
}

/// A service area for synpunkter (school and preschool, ...).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServiceArea {
    pub id: String,
    /// The pictogram beside its name.
    pub icon: Option<String>,
}

/// Where to go instead when something is "not a synpunkt".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Route {
    pub id: String,
    /// The pictogram beside its title.
    pub icon: Option<String>,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RouteText {
    pub title: String,
    pub text: String,
}

/// A value in the requested language, or in Swedish when the requested
/// language lacks it (`is_fallback`: the UI says "shown in Swedish").
#[derive(Debug, PartialEq, Eq)]
pub struct Localized<'a, T: ?Sized> {
    pub value: &'a T,
    /// The language the value is actually in.
    pub language: Language,
    pub is_fallback: bool,
}

impl<T: ?Sized> Clone for Localized<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: ?Sized> Copy for Localized<'_, T> {}

/// Version of a loaded catalog: the `version` declared in `catalog.toml`
/// (if any) and a SHA-256 over all content files (first 16 hex digits).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ContentVersion {
    pub declared: Option<String>,
    pub hash: String,
}

impl fmt::Display for ContentVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.declared {
            Some(v) => write!(f, "{v} ({})", self.hash),
            None => f.write_str(&self.hash),
        }
    }
}

/// The texts of one language.
#[derive(Debug, Clone, Default)]
pub(crate) struct LangTexts {
    pub categories: HashMap<String, String>,
    pub guides: HashMap<String, GuideText>,
    pub forms: HashMap<String, FormText>,
    pub contacts: HashMap<String, ContactText>,
    pub areas: HashMap<String, String>,
    pub routes: HashMap<String, RouteText>,
    pub tools: HashMap<String, ToolText>,
    pub synonyms: Vec<Vec<String>>,
}

/// One place in the content where a URL is written: a guide's, form's or
/// route's `url` or a contact's `web`, with the date it was last checked
/// by hand or with `content-check --links` (`checked`, `web_checked`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkSite {
    pub url: String,
    /// Path relative to the content directory (`catalog.toml`).
    pub file: String,
    /// 1-based line of the URL.
    pub line: usize,
    /// The item, as problems name it: ``guide `bygglov` ``.
    pub item: String,
    /// The field that holds the URL: `url` or `web`.
    pub field: &'static str,
    /// The field that holds its date: `checked` or `web_checked`.
    pub date_field: &'static str,
    /// When it was last checked, and on which line; `None`: never.
    pub checked: Option<Checked>,
}

/// The date a URL was last checked, and the line it is written on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Checked {
    pub date: NaiveDate,
    pub line: usize,
}

/// The whole validated content. Cheap lookups by id and language; search
/// through a prebuilt index.
#[derive(Debug, Clone)]
pub struct Catalog {
    pub(crate) version: ContentVersion,
    pub(crate) categories: Vec<Category>,
    pub(crate) guides: Vec<Guide>,
    pub(crate) forms: Vec<Form>,
    pub(crate) contacts: Vec<Contact>,
    pub(crate) areas: Vec<ServiceArea>,
    pub(crate) routes: Vec<Route>,
    /// Every URL of `catalog.toml`, in file order.
    pub(crate) links: Vec<LinkSite>,
    /// The office's digital tools and drop-in times (`office.toml`).
    pub(crate) office: Office,
    pub(crate) texts: HashMap<Language, LangTexts>,
    /// Warnings found while loading (e.g. a language missing: Swedish is
    /// shown instead). Errors never get this far.
    pub(crate) warnings: Vec<ContentProblem>,
    pub(crate) index: SearchIndex,
}

fn localized<'a, T: ?Sized>(
    catalog: &'a Catalog,
    language: Language,
    get: impl Fn(&'a LangTexts) -> Option<&'a T>,
) -> Option<Localized<'a, T>> {
    if let Some(value) = catalog.texts.get(&language).and_then(&get) {
        return Some(Localized {
            value,
            language,
            is_fallback: false,
        });
    }
    let value = catalog.texts.get(&Language::DEFAULT).and_then(&get)?;
    Some(Localized {
        value,
        language: Language::DEFAULT,
        is_fallback: language != Language::DEFAULT,
    })
}

impl Catalog {
    /// A catalog with nothing in it (last resort if even the bundled
    /// content is broken; never the case for a tested build).
    pub fn empty() -> Catalog {
        Catalog {
            version: ContentVersion::default(),
            categories: Vec::new(),
            guides: Vec::new(),
            forms: Vec::new(),
            contacts: Vec::new(),
            areas: Vec::new(),
            routes: Vec::new(),
            links: Vec::new(),
            office: Office::default(),
            texts: HashMap::new(),
            warnings: Vec::new(),
            index: SearchIndex::default(),
        }
    }

    /// Builds the search index from the texts: per language, the guides,
    /// then the forms, then the contacts, each in catalog order.
    pub(crate) fn build_index(&mut self) {
        let languages = self.texts.iter().map(|(&language, texts)| {
            let guides = self.guides.iter().filter_map(|guide| {
                let t = texts.guides.get(&guide.id)?;
                Some(Document {
                    target: Target::Guide(guide.id.clone()),
                    title: &t.title,
                    summary: &t.summary,
                    keywords: &t.keywords,
                })
            });
            let forms = self.forms.iter().filter_map(|form| {
                let t = texts.forms.get(&form.id)?;
                Some(Document {
                    target: Target::Form(form.id.clone()),
                    title: &t.title,
                    summary: &t.purpose,
                    keywords: &[],
                })
            });
            let contacts = self.contacts.iter().filter_map(|contact| {
                let t = texts.contacts.get(&contact.id)?;
                Some(Document {
                    target: Target::Contact(contact.id.clone()),
                    title: &t.name,
                    summary: &t.about,
                    keywords: &[],
                })
            });
            let tools = self.office.tools.iter().filter_map(|tool| {
                let t = texts.tools.get(&tool.id)?;
                Some(Document {
                    target: Target::Tool(tool.id.clone()),
                    title: &t.title,
                    summary: &t.summary,
                    keywords: &t.keywords,
                })
            });
            LanguageDocuments {
                language,
                synonyms: &texts.synonyms,
                documents: guides.chain(forms).chain(contacts).chain(tools).collect(),
            }
        });
        let index = SearchIndex::build(languages);
        self.index = index;
    }

    pub fn version(&self) -> &ContentVersion {
        &self.version
    }

    /// Non-fatal problems found at load (missing languages/translations).
    pub fn warnings(&self) -> &[ContentProblem] {
        &self.warnings
    }

    /// Every URL of `catalog.toml` where it is written, in file order (a
    /// URL used twice is here twice).
    pub fn links(&self) -> &[LinkSite] {
        &self.links
    }

    /// Categories in the order of `catalog.toml`.
    pub fn categories(&self) -> &[Category] {
        &self.categories
    }

    /// All guides in the order of `catalog.toml`.
    pub fn guides(&self) -> &[Guide] {
        &self.guides
    }

    /// The guides of one category, in catalog order.
    pub fn guides_in<'a>(&'a self, category: &'a str) -> impl Iterator<Item = &'a Guide> + 'a {
        self.guides.iter().filter(move |g| g.category == category)
    }

    pub fn guide(&self, id: &str) -> Option<&Guide> {
        self.guides.iter().find(|g| g.id == id)
    }

    pub fn forms(&self) -> &[Form] {
        &self.forms
    }

    pub fn form(&self, id: &str) -> Option<&Form> {
        self.forms.iter().find(|f| f.id == id)
    }

    pub fn contacts(&self) -> &[Contact] {
        &self.contacts
    }

    pub fn contact(&self, id: &str) -> Option<&Contact> {
        self.contacts.iter().find(|c| c.id == id)
    }

    /// Synpunkt service areas in catalog order.
    pub fn areas(&self) -> &[ServiceArea] {
        &self.areas
    }

    /// "Not a synpunkt" routes in catalog order.
    pub fn routes(&self) -> &[Route] {
        &self.routes
    }

    pub fn route(&self, id: &str) -> Option<&Route> {
        self.routes.iter().find(|r| r.id == id)
    }

    /// The office's digital tools, in the order of `office.toml`.
    pub fn tools(&self) -> &[Tool] {
        &self.office.tools
    }

    pub fn tool(&self, id: &str) -> Option<&Tool> {
        self.office.tools.iter().find(|t| t.id == id)
    }

    /// The pictogram of a guide, form, contact or tool (issue 19).
    pub fn icon(&self, target: &Target) -> Option<&str> {
        match target {
            Target::Guide(id) => self.guide(id)?.icon.as_deref(),
            Target::Form(id) => self.form(id)?.icon.as_deref(),
            Target::Contact(id) => self.contact(id)?.icon.as_deref(),
            Target::Tool(id) => self.tool(id)?.icon.as_deref(),
        }
    }

    /// The pictogram of a category.
    pub fn category_icon(&self, id: &str) -> Option<&str> {
        self.categories
            .iter()
            .find(|c| c.id == id)
            .and_then(|c| c.icon.as_deref())
    }

    /// The office's drop-in times for digital help (open days, Monday
    /// first); empty when it has none.
    pub fn drop_in(&self) -> &[DropInDay] {
        &self.office.drop_in
    }

    pub fn tool_text(&self, id: &str, language: Language) -> Option<Localized<'_, ToolText>> {
        localized(self, language, |t| t.tools.get(id))
    }

    pub fn category_name(&self, id: &str, language: Language) -> Option<Localized<'_, str>> {
        localized(self, language, |t| t.categories.get(id).map(String::as_str))
    }

    pub fn guide_text(&self, id: &str, language: Language) -> Option<Localized<'_, GuideText>> {
        localized(self, language, |t| t.guides.get(id))
    }

    pub fn form_text(&self, id: &str, language: Language) -> Option<Localized<'_, FormText>> {
        localized(self, language, |t| t.forms.get(id))
    }

    pub fn contact_text(&self, id: &str, language: Language) -> Option<Localized<'_, ContactText>> {
        localized(self, language, |t| t.contacts.get(id))
    }

    pub fn area_name(&self, id: &str, language: Language) -> Option<Localized<'_, str>> {
        localized(self, language, |t| t.areas.get(id).map(String::as_str))
    }

    pub fn route_text(&self, id: &str, language: Language) -> Option<Localized<'_, RouteText>> {
        localized(self, language, |t| t.routes.get(id))
    }

    /// Whether `language` has its own texts at all (else everything is
    /// shown in Swedish).
    pub fn has_language(&self, language: Language) -> bool {
        self.texts.contains_key(&language)
    }

    /// Search guides, forms and contacts in the visitor's language and in
    /// Swedish; best first, at most `limit` hits. Fast enough to run on
    /// every keystroke (see `benches/search.rs`).
    pub fn search(&self, query: &str, language: Language, limit: usize) -> Vec<SearchHit> {
        self.index.search(query, language, Scope::All, limit)
    }

    /// Like [`Catalog::search`], limited to one kind of content (e.g. the
    /// contacts screen searches only contacts).
    pub fn search_in(
        &self,
        query: &str,
        language: Language,
        scope: Scope,
        limit: usize,
    ) -> Vec<SearchHit> {
        self.index.search(query, language, scope, limit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guide_markdown_has_sections_and_numbered_steps() {
        let text = GuideText {
            title: "Bygglov".into(),
            summary: "Tillstånd att bygga.".into(),
            keywords: vec![],
            who: "Ägaren.".into(),
            need: vec!["BankID".into(), "Ritningar".into()],
            steps: vec!["Ansök.".into(), "Vänta.".into()],
            time: "10 veckor.".into(),
            help: "Ring oss.".into(),
            more: None,
        };
        let headings = GuideHeadings {
            who: "Vem".into(),
            need: "Det behöver du".into(),
            steps: "Så gör du".into(),
            time: "Tid".into(),
            help: "Hjälp".into(),
        };
        let md = text.to_markdown(&headings);
        assert!(md.starts_with("Tillstånd att bygga.\n\n## Vem\n\nÄgaren."));
        assert!(md.contains("- BankID\n- Ritningar\n"));
        assert!(md.contains("## Så gör du\n\n1. Ansök.\n2. Vänta.\n"));
        assert!(md.ends_with("## Hjälp\n\nRing oss.\n"));
        let more = GuideText {
            more: Some("**Tips:** boka tid.".into()),
            ..text
        };
        let md = more.to_markdown(&headings);
        assert!(md.contains("10 veckor.\n\n**Tips:** boka tid.\n\n## Hjälp"));
    }

    #[test]
    fn provider_and_need_ids_round_trip() {
        for p in Provider::ALL {
            assert_eq!(p.id().parse::<Provider>(), Ok(p));
        }
        for n in Need::ALL {
            assert_eq!(n.id().parse::<Need>(), Ok(n));
        }
        assert!("forsakringskasan".parse::<Provider>().is_err());
    }
}

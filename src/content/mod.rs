//! Content of the "e-services, forms and contacts" part of the kiosk
//! (issue 6): e-service guides, paper forms, contacts, synpunkt service
//! areas, the "not a synpunkt" routes and search synonyms.
//!
//! The content is data the municipality edits, in the format documented in
//! `resources/content/README.md`: one language-neutral `catalog.toml` and
//! one folder of TOML text files per language. The bundled default is
//! embedded in the binary ([`Catalog::bundled`]); an override directory can
//! be loaded with [`Catalog::load`] and is managed by [`ContentStore`],
//! which keeps the last good catalog when a reload fails.
//!
//! Plain Rust: no iced here. Display sentences that are not content
//! (headings such as "What you need", provider names, need labels) come
//! from Fluent in the UI; this module returns ids and enums for them.

pub mod cli;
pub mod links;
mod load;
mod model;
pub mod office;
mod problem;
pub mod search;
mod store;

pub use model::{
    Catalog, Category, Checked, Contact, ContactText, ContentVersion, Form, FormText, Guide,
    GuideHeadings, GuideText, LinkSite, Localized, Need, Provider, Route, RouteText, ServiceArea,
};
pub use office::{DropInDay, Tool, ToolText, Wifi, WifiSecurity};
pub use problem::{ContentProblem, ProblemKind, Severity};
pub use search::{Scope, SearchHit, Target};
pub use store::{ContentCheck, ContentConfig, ContentSource, ContentStore, ReloadOutcome};

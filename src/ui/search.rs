//! The on-screen search shared by the guides and the contacts screens: the
//! query typed on our own keyboard (layout of the visitor's language,
//! switchable), shown in our own text display, and the ranked results,
//! recomputed as the visitor types (the index answers in well under 5 ms,
//! see `benches/search.rs`).
//!
//! Results are computed from the query when drawn and described, never
//! stored: a language change or a content reload can never leave stale
//! results on screen.

use iced::widget::{Column, container, scrollable};
use iced::{Element, Length};

use crate::content::{Catalog, Scope, SearchHit, Target};
use crate::describe::ScreenText;
use crate::i18n::Language;
use crate::keyboard::{Key, Keyboard, LayoutId, TextBuffer};
use crate::t;
use crate::ui::keyboard;
use crate::ui::theme::TOUCH_GAP;
use crate::ui::widget::Ctx;
use crate::ui::widget::plain;

/// The longest query (a few words).
pub const QUERY_MAX_CHARS: usize = 60;
/// Results shown at most.
pub const MAX_RESULTS: usize = 8;

/// The query and its keyboard.
#[derive(Debug, Clone, PartialEq)]
pub struct Search {
    pub query: TextBuffer,
    pub keyboard: Keyboard,
    pub scope: Scope,
}

impl Search {
    pub fn new(language: Language, scope: Scope) -> Self {
        Search {
            query: TextBuffer::new(QUERY_MAX_CHARS),
            keyboard: Keyboard::for_language(language),
            scope,
        }
    }

    /// A search with a query already typed (screenshots, tests).
    pub fn with_query(language: Language, scope: Scope, query: &str) -> Self {
        Search {
            query: TextBuffer::with_text(QUERY_MAX_CHARS, query),
            ..Search::new(language, scope)
        }
    }

    pub fn press(&mut self, key: Key) {
        self.keyboard.press(key, &mut self.query);
    }

    /// The visitor changed language: the keyboard follows when it was on
    /// the old language's layout.
    pub fn set_language(&mut self, language: Language) {
        let home = LayoutId::for_language(language);
        if self.keyboard.layout == self.keyboard.home {
            self.keyboard.layout = home;
        }
        self.keyboard.home = home;
    }

    /// The ranked results for the query as typed (none while it is empty).
    pub fn hits(&self, catalog: &Catalog, language: Language) -> Vec<SearchHit> {
        let query = self.query.as_str();
        if query.trim().is_empty() {
            return Vec::new();
        }
        catalog.search_in(query, language, self.scope, MAX_RESULTS)
    }
}

/// A result as shown: its title and a line under it, each with the
/// language it is in (Swedish where the content lacks the visitor's).
#[derive(Debug, Clone, PartialEq)]
pub struct Shown {
    pub target: Target,
    pub title: String,
    pub text: String,
    pub language: Language,
}

/// The results in the visitor's language, best first.
pub fn shown(search: &Search, catalog: &Catalog, language: Language) -> Vec<Shown> {
    search
        .hits(catalog, language)
        .into_iter()
        .filter_map(|hit| {
            let (title, text, in_language) = match &hit.target {
                Target::Guide(id) => {
                    let g = catalog.guide_text(id, language)?;
                    (plain(&g.value.title), plain(&g.value.summary), g.language)
                }
                Target::Form(id) => {
                    let f = catalog.form_text(id, language)?;
                    (
                        plain(&f.value.title),
                        format!(
                            "{}: {}",
                            t!(language, "search-kind-form"),
                            plain(&f.value.purpose)
                        ),
                        f.language,
                    )
                }
                Target::Contact(id) => {
                    let c = catalog.contact_text(id, language)?;
                    let about = plain(&c.value.about);
                    let text = if search.scope == Scope::Contacts {
                        about
                    } else {
                        format!("{}: {about}", t!(language, "search-kind-contact"))
                    };
                    (plain(&c.value.name), text, c.language)
                }
                Target::Tool(id) => {
                    let t = catalog.tool_text(id, language)?;
                    let text = format!(
                        "{}: {}",
                        t!(language, "search-kind-tool"),
                        plain(&t.value.summary)
                    );
                    (plain(&t.value.title), text, t.language)
                }
            };
            Some(Shown {
                target: hit.target,
                title,
                text,
                language: in_language,
            })
        })
        .collect()
}

fn hint(scope: Scope, language: Language) -> String {
    match scope {
        Scope::Contacts => t!(language, "search-contacts-hint"),
        _ => t!(language, "search-hint"),
    }
}

/// The search page: title, the query in our text display, the results
/// (or a hint / "nothing found"), and the keyboard as the controls.
pub fn view<'a, M: Clone + 'a>(
    ctx: &Ctx,
    search: &Search,
    catalog: &Catalog,
    on_key: impl Fn(Key) -> M,
    on_open: impl Fn(Target) -> M,
) -> (Element<'a, M>, Element<'a, M>) {
    let language = ctx.language;
    let compact = keyboard::compact(ctx);
    let mut info = Column::new()
        .spacing(12)
        .height(Length::Fill)
        .push(if compact {
            ctx.heading(t!(language, "search-title"))
        } else {
            ctx.title(t!(language, "search-title"))
        })
        .push(keyboard::text_display(
            ctx,
            t!(language, "search-title"),
            &search.query,
            search.keyboard.layout,
            1.0,
        ));
    let results = shown(search, catalog, language);
    if search.query.as_str().trim().is_empty() {
        info = info.push(ctx.muted(hint(search.scope, language)));
    } else if results.is_empty() {
        info = info.push(ctx.text(t!(language, "search-no-results")));
    } else {
        let tiles = results
            .into_iter()
            .map(|r| {
                ctx.in_language(r.language).tile(
                    catalog.icon(&r.target),
                    r.title,
                    r.text,
                    on_open(r.target),
                )
            })
            .collect();
        let per_row = if ctx.is_portrait() { 1 } else { 2 };
        info = info.push(
            scrollable(container(ctx.grid(tiles, per_row)).padding([0, 16]))
                .width(Length::Fill)
                .height(Length::Fill),
        );
    }
    let controls =
        Column::new()
            .spacing(TOUCH_GAP)
            .push(keyboard::view(ctx, &search.keyboard, on_key));
    (info.into(), controls.into())
}

/// The search page as text for speech: title, the query (or the hint),
/// then the results in order.
pub fn describe(search: &Search, catalog: &Catalog, language: Language) -> ScreenText {
    let screen = ScreenText::new(t!(language, "search-title"));
    let query = search.query.as_str().trim();
    if query.is_empty() {
        return screen.body(hint(search.scope, language));
    }
    let results = shown(search, catalog, language);
    let screen = screen.body(query.to_owned());
    if results.is_empty() {
        return screen.body(t!(language, "search-no-results"));
    }
    screen.choices(results.into_iter().map(|r| r.title))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog() -> Catalog {
        Catalog::bundled().unwrap()
    }

    #[test]
    fn results_follow_the_query_as_typed() {
        let catalog = catalog();
        let mut search = Search::new(Language::Sv, Scope::All);
        assert!(search.hits(&catalog, Language::Sv).is_empty());
        for key in ["f", "o", "r", "s", "k", "o", "l", "a"] {
            search.press(Key::Char(key));
        }
        assert_eq!(search.query.as_str(), "forskola");
        let hits = search.hits(&catalog, Language::Sv);
        assert!(!hits.is_empty());
        assert!(hits.len() <= MAX_RESULTS);
        let first = &shown(&search, &catalog, Language::Sv)[0];
        assert!(first.title.to_lowercase().contains("förskol"), "{first:?}");
    }

    #[test]
    fn contacts_scope_finds_only_contacts_and_describes_them() {
        let catalog = catalog();
        let search = Search::with_query(Language::Ar, Scope::Contacts, "الضرائب");
        let results = shown(&search, &catalog, Language::Ar);
        assert!(!results.is_empty(), "Skatteverket in Arabic");
        assert!(
            results
                .iter()
                .all(|r| matches!(r.target, Target::Contact(_)))
        );
        let text = describe(&search, &catalog, Language::Ar);
        assert_eq!(text.title, t!(Language::Ar, "search-title"));
        assert_eq!(text.choices[0], results[0].title);
    }

    #[test]
    fn nothing_found_and_empty_query_say_so() {
        let catalog = catalog();
        let empty = Search::new(Language::Sv, Scope::All);
        assert_eq!(
            describe(&empty, &catalog, Language::Sv).body,
            vec![t!(Language::Sv, "search-hint")]
        );
        let nonsense = Search::with_query(Language::Sv, Scope::All, "qqxqzz");
        assert!(
            describe(&nonsense, &catalog, Language::Sv)
                .body
                .contains(&t!(Language::Sv, "search-no-results"))
        );
    }

    #[test]
    fn the_keyboard_follows_a_language_change() {
        let mut search = Search::new(Language::Sv, Scope::All);
        search.set_language(Language::Ar);
        assert_eq!(search.keyboard.layout, LayoutId::Arabic);
        search.press(Key::Switch);
        let switched = search.keyboard.layout;
        search.set_language(Language::Fa);
        assert_eq!(search.keyboard.layout, switched, "a chosen layout stays");
        assert_eq!(search.keyboard.home, LayoutId::Persian);
    }
}

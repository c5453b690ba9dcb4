//! Every offered language is complete and its plurals follow CLDR.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use medborgarkiosk::i18n::{self, Language};

fn resource(language: Language) -> ast::Resource<String> {
    let source = i18n::source(language).unwrap_or_else(|| panic!("i18n/{language} is missing"));
    fluent_syntax::parser::parse(source)
        .unwrap_or_else(|(_, errors)| panic!("i18n/{language} does not parse: {errors:?}"))
}

fn message_ids(resource: &ast::Resource<String>) -> BTreeSet<String> {
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            ast::Entry::Message(m) => Some(m.id.name.clone()),
            ast::Entry::Term(t) => Some(format!("-{}", t.id.name)),
            _ => None,
        })
        .collect()
}

#[test]
fn every_language_has_exactly_the_swedish_messages() {
    let swedish = message_ids(&resource(Language::Sv));
    assert!(
        swedish.len() > 40,
        "only {} Swedish messages?",
        swedish.len()
    );
    let mut problems = Vec::new();
    for language in Language::ALL {
        let ids = message_ids(&resource(language));
        for missing in swedish.difference(&ids) {
            problems.push(format!("i18n/{language} lacks `{missing}`"));
        }
        for extra in ids.difference(&swedish) {
            problems.push(format!("i18n/{language} has `{extra}` which Swedish lacks"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_message_has_a_value_in_every_language() {
    for language in Language::ALL {
        for entry in resource(language).body {
            if let ast::Entry::Message(m) = entry {
                assert!(
                    m.value.is_some(),
                    "i18n/{language}: `{}` has no value",
                    m.id.name
                );
            }
        }
    }
}

fn cldr_name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

/// The CLDR cardinal categories that whole numbers reach in a language.
fn integer_categories(language: Language) -> BTreeSet<&'static str> {
    // A variety (easy-to-read Swedish) follows its base language's rules.
    let id: unic_langid::LanguageIdentifier = language.base().code().parse().unwrap();
    let rules = PluralRules::create(id, PluralRuleType::CARDINAL)
        .expect("CLDR has rules for every offered language");
    (0..1000u32)
        .map(|n| cldr_name(rules.select(n).unwrap()))
        .collect()
}

/// Variant key sets of every select expression whose keys are plural
/// categories, per message.
fn plural_selects(resource: &ast::Resource<String>) -> BTreeMap<String, Vec<BTreeSet<String>>> {
    const NAMES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];
    let mut out = BTreeMap::new();
    for entry in &resource.body {
        let ast::Entry::Message(m) = entry else {
            continue;
        };
        let Some(pattern) = &m.value else { continue };
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable {
                expression: ast::Expression::Select { variants, .. },
            } = element
            {
                let keys: BTreeSet<String> = variants
                    .iter()
                    .filter_map(|v| match &v.key {
                        ast::VariantKey::Identifier { name } => Some(name.clone()),
                        ast::VariantKey::NumberLiteral { .. } => None,
                    })
                    .collect();
                if keys.iter().all(|k| NAMES.contains(&k.as_str())) {
                    out.entry(m.id.name.clone())
                        .or_insert_with(Vec::new)
                        .push(keys);
                }
            }
        }
    }
    out
}

#[test]
fn plurals_use_each_languages_cldr_categories() {
    assert_eq!(
        integer_categories(Language::Ar).len(),
        6,
        "Arabic has six categories"
    );
    let swedish_plurals = plural_selects(&resource(Language::Sv));
    assert!(
        !swedish_plurals.is_empty(),
        "the Swedish file has plural messages"
    );
    for language in Language::ALL {
        let expected: BTreeSet<String> = integer_categories(language)
            .into_iter()
            .map(str::to_owned)
            .collect();
        let selects = plural_selects(&resource(language));
        for id in swedish_plurals.keys() {
            let found = selects
                .get(id)
                .unwrap_or_else(|| panic!("i18n/{language}: `{id}` is not a plural select"));
            for keys in found {
                assert_eq!(
                    keys, &expected,
                    "i18n/{language}: `{id}` must have exactly the CLDR categories"
                );
            }
        }
    }
}

#[test]
fn plural_messages_format_with_the_number_in_every_language() {
    for language in Language::ALL {
        for n in [0u32, 1, 2, 3, 11, 20, 100] {
            let text = medborgarkiosk::t!(language, "idle-countdown", seconds = n);
            assert!(!text.is_empty());
            // Arabic writes 0, 1 and 2 in words; everyone else shows the digits.
            if language != Language::Ar || n > 2 {
                assert!(text.contains(&n.to_string()), "{language} {n}: {text}");
            }
        }
    }
}

#[test]
fn language_buttons_show_each_languages_own_name() {
    let names: Vec<String> = Language::ALL.iter().map(|l| l.native_name()).collect();
    assert_eq!(
        names,
        [
            "Svenska",
            "Lättläst svenska",
            "English",
            "Suomi",
            "العربية",
            "فارسی",
            "Soomaali",
            "Türkçe",
            "ትግርኛ"
        ]
    );
}

#[test]
fn direction_table() {
    let rtl: Vec<Language> = Language::ALL.into_iter().filter(|l| l.is_rtl()).collect();
    assert_eq!(rtl, [Language::Ar, Language::Fa]);
    assert_eq!("AR".parse::<Language>(), Ok(Language::Ar));
    assert!("de".parse::<Language>().is_err());
}

//! Content validation: the bundled content, and each kind of broken
//! content reported with file and line (fixtures in tests/data/content/),
//! and the store keeping the last good content.

use std::fs;
use std::path::{Path, PathBuf};

use medborgarkiosk::content::links;
use medborgarkiosk::content::{
    Catalog, ContentConfig, ContentProblem, ContentSource, ContentStore, ProblemKind,
    ReloadOutcome, Severity,
};
use medborgarkiosk::i18n::Language;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/content")
        .join(name)
}

fn show(problems: &[ContentProblem]) -> String {
    problems
        .iter()
        .map(|p| p.to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

fn errors(dir: &str) -> Vec<ContentProblem> {
    match Catalog::load(&fixture(dir)) {
        Ok(_) => panic!("{dir} should not load"),
        Err(p) => p,
    }
}

fn find(problems: &[ContentProblem], pred: impl Fn(&ContentProblem) -> bool) -> &ContentProblem {
    problems
        .iter()
        .find(|p| pred(p))
        .unwrap_or_else(|| panic!("not found in:\n{}", show(problems)))
}

#[test]
fn bundled_content_has_no_problems() {
    let catalog = match Catalog::bundled() {
        Ok(c) => c,
        Err(p) => panic!("bundled content broken:\n{}", show(&p)),
    };
    assert!(
        catalog.warnings().is_empty(),
        "warnings:\n{}",
        show(catalog.warnings())
    );
    assert!(
        catalog.guides().len() >= 30,
        "only {} guides",
        catalog.guides().len()
    );
    assert!(catalog.contacts().len() >= 15);
    assert_eq!(catalog.areas().len(), 7);
    assert_eq!(catalog.routes().len(), 4);
    assert!(!catalog.version().hash.is_empty());
    assert!(catalog.version().declared.is_some());
}

#[test]
fn bundled_content_loads_from_the_resources_dir_too() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("resources/content");
    let from_dir = Catalog::load(&dir)
        .map_err(|p| show(&p))
        .expect("resources dir loads");
    let bundled = Catalog::bundled()
        .map_err(|p| show(&p))
        .expect("bundled loads");
    assert_eq!(from_dir.version(), bundled.version());
}

#[test]
fn every_item_exists_in_every_language() {
    let catalog = Catalog::bundled()
        .map_err(|p| show(&p))
        .expect("bundled loads");
    for lang in Language::ALL {
        assert!(catalog.has_language(lang), "{lang:?}");
        let own = |is_fallback: bool, what: &str| {
            assert!(
                !is_fallback,
                "{what} falls back to Swedish in {}",
                lang.code()
            )
        };
        for c in catalog.categories() {
            let t = catalog.category_name(&c.id, lang).expect("category text");
            own(t.is_fallback, &c.id);
        }
        for g in catalog.guides() {
            let t = catalog.guide_text(&g.id, lang).expect("guide text");
            own(t.is_fallback, &g.id);
            assert!(
                t.value.steps.len() >= 2,
                "{} {}: too few steps",
                g.id,
                lang.code()
            );
            assert!(!t.value.need.is_empty());
        }
        for f in catalog.forms() {
            own(
                catalog
                    .form_text(&f.id, lang)
                    .expect("form text")
                    .is_fallback,
                &f.id,
            );
        }
        for c in catalog.contacts() {
            own(
                catalog
                    .contact_text(&c.id, lang)
                    .expect("contact text")
                    .is_fallback,
                &c.id,
            );
        }
        for a in catalog.areas() {
            own(
                catalog
                    .area_name(&a.id, lang)
                    .expect("area text")
                    .is_fallback,
                &a.id,
            );
        }
        for r in catalog.routes() {
            own(
                catalog
                    .route_text(&r.id, lang)
                    .expect("route text")
                    .is_fallback,
                &r.id,
            );
        }
    }
}

#[test]
fn every_guide_has_https_url_and_known_help_contact() {
    let catalog = Catalog::bundled()
        .map_err(|p| show(&p))
        .expect("bundled loads");
    for g in catalog.guides() {
        assert!(g.url.starts_with("https://"), "{}", g.id);
        assert!(catalog.contact(&g.help_contact).is_some(), "{}", g.id);
    }
    let ids = ["fault-report", "citizen-proposal", "damage-claim", "appeal"];
    for id in ids {
        assert!(
            catalog
                .route(id)
                .is_some_and(|r| r.url.starts_with("https://")),
            "{id}"
        );
    }
}

#[test]
fn good_fixture_loads_with_warnings_for_missing_languages() {
    let catalog = Catalog::load(&fixture("good"))
        .map_err(|p| show(&p))
        .expect("loads");
    assert_eq!(catalog.guides().len(), 1);
    assert!(
        catalog
            .warnings()
            .iter()
            .all(|w| w.severity == Severity::Warning)
    );
    let missing: Vec<Language> = catalog
        .warnings()
        .iter()
        .filter_map(|w| match w.kind {
            ProblemKind::MissingLanguage(l) => Some(l),
            _ => None,
        })
        .collect();
    // Seven: fi, ar, fa, so, tr, ti and easy-to-read Swedish.
    assert_eq!(missing.len(), 7, "{}", show(catalog.warnings()));
    assert!(!missing.contains(&Language::Sv) && !missing.contains(&Language::En));
    // Missing Finnish: shown in Swedish, flagged.
    let t = catalog
        .guide_text("bygglov", Language::Fi)
        .expect("falls back");
    assert!(t.is_fallback);
    assert_eq!(t.language, Language::Sv);
    assert_eq!(t.value.title, "Bygglov");
    let t = catalog
        .guide_text("bygglov", Language::En)
        .expect("english");
    assert!(!t.is_fallback);
    assert_eq!(t.value.title, "Building permit");
}

#[test]
fn missing_field_reported_with_file_and_line() {
    let p = errors("missing-field");
    let url = find(
        &p,
        |p| matches!(&p.kind, ProblemKind::MissingField { field, .. } if field == "url"),
    );
    assert_eq!(url.file, "catalog.toml");
    assert_eq!(url.severity, Severity::Error);
    // The `[[guides]]` table of bygglov starts on line 9.
    assert_eq!(url.line, Some(9), "{url}");
    let steps = find(
        &p,
        |p| matches!(&p.kind, ProblemKind::MissingField { field, .. } if field == "steps"),
    );
    assert_eq!(steps.file, "sv/guides.toml");
    assert_eq!(steps.line, Some(4), "{steps}");
    // No follow-up noise: the incomplete guide is not "unknown" in its texts.
    assert!(
        !p.iter()
            .any(|p| matches!(p.kind, ProblemKind::BrokenReference { .. })),
        "{}",
        show(&p)
    );
}

#[test]
fn missing_language_and_translation_reported() {
    // Warnings only: the content still loads and shows Swedish.
    let catalog = Catalog::load(&fixture("missing-language"))
        .map_err(|p| show(&p))
        .expect("loads");
    let w = catalog.warnings();
    let t = find(
        w,
        |p| matches!(&p.kind, ProblemKind::MissingTranslation { language: Language::En, item } if item.contains("bygglov")),
    );
    assert_eq!(t.file, "en/guides.toml");
    let fi = find(w, |p| {
        matches!(p.kind, ProblemKind::MissingLanguage(Language::Fi))
    });
    assert_eq!(fi.file, "fi/guides.toml");
    let shown = catalog
        .guide_text("bygglov", Language::En)
        .expect("fallback");
    assert!(shown.is_fallback);
}

#[test]
fn missing_swedish_is_an_error() {
    let dir = tempfile::tempdir().expect("tempdir");
    fs::copy(
        fixture("good/catalog.toml"),
        dir.path().join("catalog.toml"),
    )
    .expect("copy");
    let p = match Catalog::load(dir.path()) {
        Ok(_) => panic!("must fail without Swedish"),
        Err(p) => p,
    };
    let sv = find(&p, |p| {
        matches!(p.kind, ProblemKind::MissingLanguage(Language::Sv))
    });
    assert_eq!(sv.severity, Severity::Error);
}

#[test]
fn broken_reference_reported_with_file_and_line() {
    let p = errors("broken-reference");
    let cat = find(
        &p,
        |p| matches!(&p.kind, ProblemKind::BrokenReference { field, target, .. } if field == "category" && target == "no-such-category"),
    );
    assert_eq!((cat.file.as_str(), cat.line), ("catalog.toml", Some(11)));
    let help = find(
        &p,
        |p| matches!(&p.kind, ProblemKind::BrokenReference { field, target, .. } if field == "help_contact" && target == "nobody"),
    );
    assert_eq!((help.file.as_str(), help.line), ("catalog.toml", Some(15)));
    let md = find(
        &p,
        |p| matches!(&p.kind, ProblemKind::BrokenReference { target, .. } if target == "nope"),
    );
    assert_eq!((md.file.as_str(), md.line), ("sv/guides/nope.md", Some(1)));
}

#[test]
fn non_https_url_reported_with_file_and_line() {
    let p = errors("not-https");
    let u = find(
        &p,
        |p| matches!(&p.kind, ProblemKind::NotHttps { url, .. } if url.starts_with("http://")),
    );
    assert_eq!((u.file.as_str(), u.line), ("catalog.toml", Some(13)));
    assert_eq!(
        p.iter().filter(|p| p.severity == Severity::Error).count(),
        1,
        "{}",
        show(&p)
    );
}

#[test]
fn syntax_error_reported_with_file_and_line() {
    let p = errors("syntax");
    let s = find(&p, |p| matches!(p.kind, ProblemKind::Syntax(_)));
    assert_eq!((s.file.as_str(), s.line), ("sv/guides.toml", Some(5)));
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("mkdir");
    for entry in fs::read_dir(from).expect("read_dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).expect("copy");
        }
    }
}

#[test]
fn broken_override_keeps_last_good_content() {
    let dir = tempfile::tempdir().expect("tempdir");
    let content = dir.path().join("content");
    copy_dir(&fixture("good"), &content);
    let mut store = ContentStore::new(ContentConfig {
        dir: Some(content.clone()),
    });
    assert_eq!(store.source(), &ContentSource::Override(content.clone()));
    assert!(!store.is_stale());
    let good_version = store.catalog().version().clone();
    assert_eq!(store.reload_if_changed(), ReloadOutcome::Unchanged);
    assert_eq!(good_version.declared.as_deref(), Some("fixture-1"));

    // Break it: a non-https URL.
    let cat = content.join("catalog.toml");
    let text = fs::read_to_string(&cat).expect("read");
    fs::write(
        &cat,
        text.replace("https://www.example.org/bygglov", "ftp://x"),
    )
    .expect("write");
    let outcome = store.reload_if_changed();
    assert_eq!(outcome, ReloadOutcome::KeptPrevious { errors: 1 });
    // Polling again does not re-report the same broken files.
    assert_eq!(store.reload_if_changed(), ReloadOutcome::Unchanged);
    assert!(store.is_stale());
    assert_eq!(store.catalog().version(), &good_version);
    assert!(store.catalog().guide("bygglov").is_some());
    assert!(
        store
            .problems()
            .iter()
            .any(|p| matches!(p.kind, ProblemKind::NotHttps { .. }))
    );

    // Fix it: the new content is taken.
    fs::write(&cat, text.replace("fixture-1", "fixture-2")).expect("write");
    match store.reload_if_changed() {
        ReloadOutcome::Loaded { version, .. } => {
            assert_eq!(version.declared.as_deref(), Some("fixture-2"))
        }
        other => panic!("{other:?}"),
    }
    assert!(!store.is_stale());
    assert_eq!(store.reload_if_changed(), ReloadOutcome::Unchanged);
}

#[test]
fn broken_override_at_start_falls_back_to_bundled() {
    let store = ContentStore::new(ContentConfig {
        dir: Some(fixture("not-https")),
    });
    assert_eq!(store.source(), &ContentSource::Bundled);
    assert!(store.is_stale());
    assert!(store.catalog().guides().len() >= 30);
    assert!(
        store
            .problems()
            .iter()
            .any(|p| matches!(p.kind, ProblemKind::NotHttps { .. }))
    );
}

#[test]
fn no_override_uses_bundled() {
    let store = ContentStore::new(ContentConfig::default());
    assert_eq!(store.source(), &ContentSource::Bundled);
    assert!(!store.is_stale());
    assert!(store.problems().is_empty());
}

/// "Enkelt språk" guard: steps and need items stay short, and a guide has
/// a handful of steps, in every language (limits in characters).
#[test]
fn guide_texts_stay_short() {
    let catalog = Catalog::bundled()
        .map_err(|p| show(&p))
        .expect("bundled loads");
    for lang in Language::ALL {
        for g in catalog.guides() {
            let t = catalog.guide_text(&g.id, lang).expect("text").value;
            let at = format!("{} {}", lang.code(), g.id);
            assert!(
                (2..=6).contains(&t.steps.len()),
                "{at}: {} steps",
                t.steps.len()
            );
            for s in t.steps.iter().chain(&t.need) {
                assert!(s.chars().count() <= 120, "{at}: long item {s:?}");
            }
            for s in [&t.summary, &t.who, &t.time, &t.help] {
                assert!(s.chars().count() <= 180, "{at}: long text {s:?}");
            }
        }
        // The office's tools: one more step allowed (how to start and end).
        for tool in catalog.tools() {
            let t = catalog.tool_text(&tool.id, lang).expect("text").value;
            let at = format!("{} tool {}", lang.code(), tool.id);
            assert!(
                (2..=7).contains(&t.steps.len()),
                "{at}: {} steps",
                t.steps.len()
            );
            for s in &t.steps {
                assert!(s.chars().count() <= 120, "{at}: long step {s:?}");
            }
            assert!(t.summary.chars().count() <= 180, "{at}: long summary");
        }
    }
}

/// The good fixture with an `office.toml` and Swedish tool texts added
/// (issue 23), in a temporary directory.
fn with_office(office: &str, sv_tools: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    copy_dir(&fixture("good"), dir.path());
    fs::write(dir.path().join("office.toml"), office).expect("office.toml");
    fs::write(dir.path().join("sv/tools.toml"), sv_tools).expect("sv/tools.toml");
    dir
}

const SV_TOOLS: &str = r#"[tools.wifi]
title = "Wifi"
summary = "Gratis wifi."
steps = ["Skanna koden."]

[tools.help]
title = "Drop-in"
summary = "Hjälp utan bokning."
steps = ["Kom hit."]
"#;

#[test]
fn a_good_office_loads_with_its_network_and_drop_in_times() {
    let office = r#"
[[tools]]
id = "wifi"
[tools.network]
ssid = "Gäst; nät"
security = "WPA2"
password = "lösen:ord,1"

[[tools]]
id = "help"
drop_in = true

[drop_in]
thursday = "09:30-11:30"
tuesday = "13:00-15:00, 16:00-17:00"
monday = "closed"
"#;
    let dir = with_office(office, SV_TOOLS);
    let catalog = Catalog::load(dir.path())
        .map_err(|p| show(&p))
        .expect("loads");
    let wifi = catalog.tool("wifi").expect("wifi");
    let network = wifi.network.as_ref().expect("network");
    assert_eq!(
        network.qr_payload(),
        r"WIFI:T:WPA;S:Gäst\; nät;P:lösen\:ord\,1;;"
    );
    assert!(catalog.tool("help").unwrap().drop_in);
    // Open days only, Monday first.
    let days: Vec<_> = catalog.drop_in().iter().map(|d| d.weekday).collect();
    assert_eq!(days, [chrono::Weekday::Tue, chrono::Weekday::Thu]);
    assert_eq!(
        catalog.tool_text("wifi", Language::Ar).unwrap().language,
        Language::Sv,
        "a tool without Arabic is shown in Swedish"
    );
    // The search finds the tool.
    let hits = catalog.search("wifi", Language::Sv, 3);
    assert_eq!(
        hits[0].target,
        medborgarkiosk::content::Target::Tool("wifi".into())
    );
}

#[test]
fn office_problems_are_reported_with_file_and_line() {
    // Line numbers: the `office` text starts with a newline (line 1 empty).
    let office = r#"
[[tools]]
id = "wifi"
[tools.network]
ssid = "Gäst"
security = "psk"
password = "x"

[[tools]]
id = "short"
[tools.network]
ssid = "Gäst"
security = "wpa"
password = "kort"

[[tools]]
id = "open"
[tools.network]
ssid = "Öppet"
security = "none"
password = "onödigt1"

[[tools]]
id = "wifi"

[[tools]]
id = "locked"
[tools.network]
ssid = "Låst"
security = "wep"

[drop_in]
funday = "10:00-11:00"
friday = "15:00-14:00"
"#;
    let dir = with_office(office, SV_TOOLS);
    let p = match Catalog::load(dir.path()) {
        Ok(_) => panic!("must not load"),
        Err(p) => p,
    };
    let at = |pred: &dyn Fn(&ProblemKind) -> bool| {
        let problem = find(&p, |x| pred(&x.kind));
        assert_eq!(problem.severity, Severity::Error, "{problem}");
        (problem.file.clone(), problem.line)
    };
    let office_at = |line| ("office.toml".to_owned(), Some(line));
    assert_eq!(
        at(
            &|k| matches!(k, ProblemKind::UnknownValue { field, value, .. } if field == "network.security" && value == "psk")
        ),
        office_at(6)
    );
    assert_eq!(
        at(
            &|k| matches!(k, ProblemKind::Invalid { item, field, .. } if item == "tool `short`" && field == "network.password")
        ),
        office_at(14)
    );
    assert_eq!(
        at(
            &|k| matches!(k, ProblemKind::Invalid { item, field, .. } if item == "tool `open`" && field == "network.password")
        ),
        office_at(21)
    );
    assert_eq!(
        at(&|k| matches!(k, ProblemKind::Duplicate { item } if item == "tool `wifi`")),
        office_at(23)
    );
    assert_eq!(
        at(
            &|k| matches!(k, ProblemKind::MissingField { item, field } if item == "tool `locked`" && field == "network.password")
        ),
        office_at(28)
    );
    assert_eq!(
        at(
            &|k| matches!(k, ProblemKind::UnknownValue { field, value, .. } if field == "weekday" && value == "funday")
        ),
        office_at(33)
    );
    let order = find(
        &p,
        |x| matches!(&x.kind, ProblemKind::Invalid { field, .. } if field == "friday"),
    );
    assert_eq!(order.line, Some(34), "{order}");
    assert!(
        order.to_string().contains("before the closing time"),
        "{order}"
    );
    // The texts of tools that exist are not reported; `help` has no tool.
    let help = find(
        &p,
        |x| matches!(&x.kind, ProblemKind::BrokenReference { item, target, .. } if item == "tool text" && target == "help"),
    );
    assert_eq!((help.file.as_str(), help.line), ("sv/tools.toml", Some(6)));
    // A tool without a Swedish text is an error too.
    for id in ["short", "open", "locked"] {
        assert!(
            !p.iter()
                .any(|x| x.to_string().contains(&format!("tool `{id}` has no text"))),
            "a broken tool is not also reported as untranslated: {}",
            show(&p)
        );
    }
}

#[test]
fn drop_in_on_a_tool_needs_times_and_guides_related_must_exist() {
    let dir = with_office("[[tools]]\nid = \"help\"\ndrop_in = true\n", SV_TOOLS);
    let mut catalog = fs::read_to_string(dir.path().join("catalog.toml")).unwrap();
    catalog = catalog.replace(
        "minutes = 30\n",
        "minutes = 30\nrelated = [\"bygglov\", \"no-such-guide\"]\n",
    );
    fs::write(dir.path().join("catalog.toml"), &catalog).unwrap();
    let p = match Catalog::load(dir.path()) {
        Ok(_) => panic!("must not load"),
        Err(p) => p,
    };
    let drop_in = find(
        &p,
        |x| matches!(&x.kind, ProblemKind::Invalid { field, .. } if field == "drop_in"),
    );
    assert_eq!(
        (drop_in.file.as_str(), drop_in.line),
        ("office.toml", Some(1))
    );
    // A guide may not point at itself, nor at a guide that does not exist.
    for target in ["bygglov", "no-such-guide"] {
        let r = find(
            &p,
            |x| matches!(&x.kind, ProblemKind::BrokenReference { field, target: t, .. } if field == "related" && t == target),
        );
        assert_eq!((r.file.as_str(), r.line), ("catalog.toml", Some(17)), "{r}");
    }
    // The wifi text has no tool.
    assert!(p.iter().any(
        |x| matches!(&x.kind, ProblemKind::BrokenReference { target, .. } if target == "wifi")
    ));
}

#[test]
fn a_tool_without_a_swedish_text_is_an_error() {
    let dir = with_office(
        "[[tools]]\nid = \"wifi\"\n[[tools]]\nid = \"kiosk\"\n",
        SV_TOOLS,
    );
    let p = match Catalog::load(dir.path()) {
        Ok(_) => panic!("must not load"),
        Err(p) => p,
    };
    let kiosk = find(
        &p,
        |x| matches!(&x.kind, ProblemKind::MissingTranslation { language: Language::Sv, item } if item == "tool `kiosk`"),
    );
    assert_eq!(kiosk.severity, Severity::Error);
}

#[test]
fn the_bundled_office_has_every_tool_in_every_language() {
    let catalog = Catalog::bundled().expect("bundled");
    let ids: Vec<&str> = catalog.tools().iter().map(|t| t.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "computers",
            "printing",
            "scanning",
            "wifi",
            "charging",
            "kiosk",
            "drop-in"
        ]
    );
    for language in Language::ALL {
        for tool in catalog.tools() {
            let text = catalog.tool_text(&tool.id, language).unwrap();
            assert!(!text.is_fallback, "{} in {language}", tool.id);
        }
        for guide in catalog.guides_in("digital-skills") {
            let text = catalog.guide_text(&guide.id, language).unwrap();
            assert!(!text.is_fallback, "{} in {language}", guide.id);
            // The Wi-Fi password is never in a text: only in office.toml.
        }
    }
    assert_eq!(catalog.guides_in("digital-skills").count(), 6);
    let network = catalog.tool("wifi").unwrap().network.as_ref().unwrap();
    let password = network.password.as_deref().unwrap();
    for language in Language::ALL {
        let t = catalog.tool_text("wifi", language).unwrap().value;
        let all = format!("{} {} {}", t.title, t.summary, t.steps.join(" "));
        assert!(!all.contains(password), "{language} writes the password");
    }
}

// ------------------------------------------- check dates of URLs (issue 19)

/// The good fixture with `catalog` as its catalog, in a temporary directory.
fn with_catalog(catalog: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    copy_dir(&fixture("good"), dir.path());
    fs::write(dir.path().join("catalog.toml"), catalog).expect("catalog.toml");
    dir
}

fn date(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(y, m, d).expect("a date")
}

/// Line numbers below are those of this text (line 1: `[[categories]]`).
const DATED: &str = r#"[[categories]]
id = "housing-building"

[[guides]]
id = "bygglov"
category = "housing-building"
provider = "municipality"
url = "https://www.example.org/bygglov"
checked = "2025-11-20"
needs = []
help_contact = "kontaktcenter"

[[forms]]
id = "fullmakt"
hand_in = "kontaktcenter"
url = "https://www.example.org/fullmakt.pdf"
checked = "2025-11-21"

[[contacts]]
id = "kontaktcenter"
kind = "municipality"
web = "https://www.example.org/kontakt"
web_checked = "2027-01-01"

[[areas]]
id = "other"

[[routes]]
id = "appeal"
url = "https://www.example.org/overklaga"
"#;

#[test]
fn check_dates_are_read_with_their_lines() {
    let dir = with_catalog(DATED);
    let catalog = Catalog::load(dir.path())
        .map_err(|p| show(&p))
        .expect("loads");
    let sites: Vec<_> = catalog
        .links()
        .iter()
        .map(|l| {
            (
                l.url.as_str(),
                l.line,
                l.date_field,
                l.checked.map(|c| (c.date, c.line)),
            )
        })
        .collect();
    assert_eq!(
        sites,
        [
            (
                "https://www.example.org/bygglov",
                8,
                "checked",
                Some((date(2025, 11, 20), 9))
            ),
            (
                "https://www.example.org/fullmakt.pdf",
                16,
                "checked",
                Some((date(2025, 11, 21), 17))
            ),
            (
                "https://www.example.org/kontakt",
                22,
                "web_checked",
                Some((date(2027, 1, 1), 23))
            ),
            ("https://www.example.org/overklaga", 30, "checked", None),
        ]
    );
    // Whether a date is recent is for content-check, which knows today:
    // nothing about dates among the catalog's own warnings.
    assert!(
        !catalog.warnings().iter().any(|w| matches!(
            w.kind,
            ProblemKind::NeverChecked { .. }
                | ProblemKind::StaleLink { .. }
                | ProblemKind::CheckedAfterToday { .. }
        )),
        "{}",
        show(catalog.warnings())
    );
}

#[test]
fn never_checked_stale_and_future_dates_are_warnings_with_the_line() {
    let dir = with_catalog(DATED);
    let catalog = Catalog::load(dir.path())
        .map_err(|p| show(&p))
        .expect("loads");
    // 2026-11-21: the guide was checked 366 days ago (stale), the form 365
    // days ago (still fine), the contact's date lies in the future, the
    // route was never checked.
    let p = links::date_problems(&catalog, date(2026, 11, 21));
    assert!(p.iter().all(|p| p.severity == Severity::Warning));
    assert_eq!(
        p.iter().map(|p| p.to_string()).collect::<Vec<_>>(),
        [
            "warning: catalog.toml:9: guide `bygglov`: `checked` 2025-11-20 is 366 days ago \
             (more than 365): check https://www.example.org/bygglov again",
            "warning: catalog.toml:23: contact `kontaktcenter`: `web_checked` 2027-01-01 is \
             after today (2026-11-21)",
            "warning: catalog.toml:30: route `appeal`: `url` https://www.example.org/overklaga \
             was never checked (no `checked` date)",
        ]
    );
    // A day earlier the guide is 365 days old: not yet reported.
    let p = links::date_problems(&catalog, date(2026, 11, 20));
    assert!(
        !p.iter()
            .any(|p| matches!(p.kind, ProblemKind::StaleLink { .. })),
        "{}",
        show(&p)
    );
}

#[test]
fn a_bad_check_date_is_an_error_with_the_line() {
    let catalog = DATED
        .replace(r#"checked = "2025-11-20""#, r#"checked = "2025-13-20""#)
        .replace(
            r#"web_checked = "2027-01-01""#,
            r#"web_checked = "21/11/2026""#,
        )
        // A date for a form without a URL, and a contact's date under the
        // name the other kinds use.
        .replace("url = \"https://www.example.org/fullmakt.pdf\"\n", "")
        .replace("[[areas]]", "checked = \"2026-11-01\"\n\n[[areas]]");
    let dir = with_catalog(&catalog);
    let p = match Catalog::load(dir.path()) {
        Ok(_) => panic!("bad dates must not load"),
        Err(p) => p,
    };
    let errors: Vec<String> = p
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .map(|p| p.to_string())
        .collect();
    assert_eq!(
        errors,
        [
            "error: catalog.toml:22: contact `kontaktcenter`: `web_checked` `21/11/2026` is \
             not a date (YYYY-MM-DD)",
            "error: catalog.toml:24: contact `kontaktcenter`: `checked` is not a contact \
             field: a contact's URL is `web`, its date `web_checked`",
            "error: catalog.toml:9: guide `bygglov`: `checked` `2025-13-20` is not a date \
             (YYYY-MM-DD)",
            "error: catalog.toml:16: form `fullmakt`: `checked` is set, but there is no \
             `url` to check",
        ],
        "{}",
        show(&p)
    );
}

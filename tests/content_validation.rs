//! Content validation: the bundled content, and each kind of broken
//! content reported with file and line (fixtures in tests/data/content/).

use std::path::{Path, PathBuf};

use medborgarkiosk::content::{
    Catalog, ContentConfig, ContentProblem, ContentSource, ContentStore, ProblemKind,
    ReloadOutcome, Severity,
};
use medborgarkiosk::i18n::Language;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/content").join(name)
}

fn show(problems: &[ContentProblem]) -> String {
    problems.iter().map(|p| p.to_string()).collect::<Vec<_>>().join("\n")
}

#[test]
fn bundled_content_has_no_problems() {
    let catalog = match Catalog::bundled() {
        Ok(c) => c,
        Err(p) => panic!("bundled content broken:\n{}", show(&p)),
    };
    assert!(catalog.warnings().is_empty(), "warnings:\n{}", show(catalog.warnings()));
    assert!(catalog.guides().len() >= 30, "only {} guides", catalog.guides().len());
    assert!(catalog.contacts().len() >= 15);
    assert!(!catalog.version().hash.is_empty());
}

#[test]
fn bundled_content_loads_from_the_resources_dir_too() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("resources/content");
    let from_dir = Catalog::load(&dir).map_err(|p| show(&p)).expect("resources dir loads");
    let bundled = Catalog::bundled().map_err(|p| show(&p)).expect("bundled loads");
    assert_eq!(from_dir.version(), bundled.version());
}

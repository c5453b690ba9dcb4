//! Content reloaded while the kiosk runs: a changed override directory is
//! picked up by the kiosk's periodic check (and on demand), and a broken
//! edit is kept out — the last good content stays on screen and the
//! problems come back with file and line.

use crate::support;

use std::path::Path;

use medborgarkiosk::content::ReloadOutcome;
use medborgarkiosk::i18n::Language;
use medborgarkiosk::ui::app::{LANDSCAPE, Message};
use medborgarkiosk::ui::screen::Screen;
use medborgarkiosk::ui::screen::guides;
use support::{Harness, config};

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

fn title(h: &Harness) -> String {
    h.kiosk
        .catalog()
        .guide_text("forskola", Language::Sv)
        .unwrap()
        .value
        .title
        .clone()
}

fn show_guide(h: &mut Harness) {
    let state = guides::State::guide(h.kiosk.catalog(), "forskola");
    h.show(Screen::Guides(Box::new(state)));
}

#[test]
fn an_edited_override_is_picked_up_and_a_broken_edit_is_kept_out() {
    let dir = tempfile::tempdir().unwrap();
    let content = dir.path().join("content");
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("resources/content"),
        &content,
    );
    let cfg = config(&format!("[content]\ndir = {:?}\n", content));
    let mut h = Harness::with(cfg, None, LANDSCAPE);
    h.click("Svenska");
    assert_eq!(title(&h), "Ansök om förskola");

    // Nothing changed: nothing is done.
    assert_eq!(h.kiosk.check_content().outcome, ReloadOutcome::Unchanged);

    // Staff edit the Swedish guide; the next minute's check serves it.
    let guides_file = content.join("sv/guides.toml");
    let good = std::fs::read_to_string(&guides_file).unwrap();
    let edited = good.replace(
        "title = \"Ansök om förskola\"",
        "title = \"Ansök om plats i förskola\"",
    );
    assert_ne!(good, edited);
    std::fs::write(&guides_file, &edited).unwrap();
    // The minute's check does not read files on the UI thread: the update
    // returns at once with a task, and the catalog changes when it is done.
    let task = h.kiosk.update(Message::ContentTick);
    assert_eq!(title(&h), "Ansök om förskola", "checked on the UI thread");
    h.finish(task);
    assert_eq!(title(&h), "Ansök om plats i förskola");
    show_guide(&mut h);
    assert!(h.shows(Language::Sv, "Ansök om plats i förskola"));

    // A broken edit: an unterminated string on a known line.
    let broken = edited.replace(
        "title = \"Ansök om plats i förskola\"",
        "title = \"Ansök om plats i förskola",
    );
    let line = broken
        .lines()
        .position(|l| l == "title = \"Ansök om plats i förskola")
        .unwrap()
        + 1;
    std::fs::write(&guides_file, &broken).unwrap();
    let check = h.kiosk.check_content();
    assert!(
        matches!(check.outcome, ReloadOutcome::KeptPrevious { errors } if errors >= 1),
        "{check:?}"
    );
    assert!(check.stale);
    let problem = check
        .problems
        .iter()
        .find(|p| p.file == "sv/guides.toml")
        .unwrap_or_else(|| panic!("no problem in sv/guides.toml: {:?}", check.problems));
    // The line of the error, or the next (TOML reports where it noticed).
    let at = problem.line.expect("a line number");
    assert!(at == line || at == line + 1, "line {at}, edited {line}");
    assert!(problem.to_string().contains("sv/guides.toml:"), "{problem}");
    // The last good content stays on screen.
    assert_eq!(title(&h), "Ansök om plats i förskola");
    assert!(h.shows(Language::Sv, "Ansök om plats i förskola"));
    // Reported once: the next check sees the same files and does nothing.
    assert_eq!(h.kiosk.check_content().outcome, ReloadOutcome::Unchanged);

    // The staff panel's reload gives the same problems on demand.
    let again = h.kiosk.reload_content();
    assert!(matches!(again.outcome, ReloadOutcome::KeptPrevious { .. }));
    assert!(again.problems.iter().any(|p| p.file == "sv/guides.toml"));
    h.send(Message::ReloadContent);
    assert_eq!(title(&h), "Ansök om plats i förskola");

    // Fixed: served again, no longer stale.
    std::fs::write(&guides_file, &good).unwrap();
    let fixed = h.kiosk.check_content();
    assert!(
        matches!(fixed.outcome, ReloadOutcome::Loaded { .. }),
        "{fixed:?}"
    );
    assert!(!fixed.stale);
    assert_eq!(title(&h), "Ansök om förskola");

    // The reload asked for (staff, IT) reads the files on a blocking
    // thread too: the update returns with a task, and the catalog changes
    // when it is done.
    std::fs::write(&guides_file, &edited).unwrap();
    let task = h.kiosk.update(Message::ReloadContent);
    assert_eq!(title(&h), "Ansök om förskola", "reloaded on the UI thread");
    h.finish(task);
    assert_eq!(title(&h), "Ansök om plats i förskola");
}

#[test]
fn without_an_override_there_is_nothing_to_reload() {
    let mut h = Harness::new(LANDSCAPE);
    let check = h.kiosk.reload_content();
    assert_eq!(check.outcome, ReloadOutcome::Unchanged);
    assert!(!check.stale);
}

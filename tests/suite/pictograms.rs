//! Pictograms beside the words (issue 19): every choice in the bundled
//! content has a bundled icon, an unknown icon is refused with file and
//! line, and the rendered screen shows them in the theme's colours, on the
//! reading-start side (right in Arabic).

use crate::support;

use std::fs;
use std::path::Path;

use medborgarkiosk::content::{Catalog, ProblemKind};
use medborgarkiosk::i18n::Language;
use medborgarkiosk::icons;
use medborgarkiosk::t;
use medborgarkiosk::ui::app::LANDSCAPE;
use medborgarkiosk::ui::render::Camera;
use medborgarkiosk::ui::screen::home::Flow;
use medborgarkiosk::ui::theme::Palette;
use support::Harness;

#[test]
fn every_choice_in_the_bundled_content_has_a_bundled_icon() {
    let catalog = Catalog::bundled().expect("bundled content");
    let mut missing = Vec::new();
    let mut check = |what: &str, id: &str, icon: Option<&str>| match icon {
        Some(name) if icons::exists(name) => {}
        Some(name) => missing.push(format!("{what} {id}: {name} is not bundled")),
        None => missing.push(format!("{what} {id}: no icon")),
    };
    for c in catalog.categories() {
        check("category", &c.id, c.icon.as_deref());
    }
    for g in catalog.guides() {
        check("guide", &g.id, g.icon.as_deref());
    }
    for f in catalog.forms() {
        check("form", &f.id, f.icon.as_deref());
    }
    for c in catalog.contacts() {
        check("contact", &c.id, c.icon.as_deref());
    }
    for a in catalog.areas() {
        check("area", &a.id, a.icon.as_deref());
    }
    for r in catalog.routes() {
        check("route", &r.id, r.icon.as_deref());
    }
    for tool in catalog.tools() {
        check("tool", &tool.id, tool.icon.as_deref());
    }
    for flow in Flow::ALL {
        check("home tile", &format!("{flow:?}"), Some(flow.icon()));
    }
    // The synpunkt's built-in areas and routes (a kiosk without content).
    let builtin = medborgarkiosk::ui::screen::synpunkt::builtin_content(Language::Sv);
    for area in &builtin.areas {
        check("built-in area", &area.id, area.icon.as_deref());
    }
    for route in &builtin.routes {
        check("built-in route", &route.title, route.icon.as_deref());
    }
    assert!(missing.is_empty(), "{missing:#?}");
}

#[test]
fn an_unknown_icon_is_refused_with_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/content/good"),
        dir.path(),
    );
    let catalog = dir.path().join("catalog.toml");
    let text = fs::read_to_string(&catalog).unwrap();
    let text = text.replacen(
        "id = \"bygglov\"\n",
        "id = \"bygglov\"\nicon = \"house-with-a-garden\"\n",
        1,
    );
    fs::write(&catalog, &text).unwrap();
    let line = text
        .lines()
        .position(|l| l.contains("house-with-a-garden"))
        .unwrap()
        + 1;
    let problems = Catalog::load(dir.path()).expect_err("an unknown icon is an error");
    let problem = problems
        .iter()
        .find(|p| {
            matches!(&p.kind, ProblemKind::UnknownValue { field, value, .. }
                if field == "icon" && value == "house-with-a-garden")
        })
        .unwrap_or_else(|| panic!("{problems:#?}"));
    assert_eq!(problem.file, "catalog.toml");
    assert_eq!(problem.line, Some(line));
    assert!(problem.to_string().contains("house-with-a-garden"));
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// How many pixels of `rgba` within the rectangle are close to `colour`.
fn pixels_like(rgba: &[u8], x0: f32, y0: f32, x1: f32, y1: f32, colour: [u8; 3]) -> usize {
    let width = LANDSCAPE.width as usize;
    let mut n = 0;
    for y in y0.max(0.0) as usize..(y1.min(LANDSCAPE.height) as usize) {
        for x in x0.max(0.0) as usize..(x1.min(LANDSCAPE.width) as usize) {
            let i = (y * width + x) * 4;
            let close = (0..3).all(|c| rgba[i + c].abs_diff(colour[c]) < 48);
            n += usize::from(close);
        }
    }
    n
}

fn rgb(c: iced::Color) -> [u8; 3] {
    let [r, g, b, _] = c.into_rgba8();
    [r, g, b]
}

/// Home's "opening hours" tile: its pictogram stands before the title in
/// the reading direction (left in Swedish, right in Arabic), drawn in the
/// tile's text colour in the normal and the high-contrast theme; on the
/// other side of the title there is none.
#[test]
fn home_tiles_show_their_pictogram_in_both_themes_mirrored_in_arabic() {
    let mut camera = Camera::new().unwrap();
    for language in [Language::Sv, Language::Ar] {
        for high_contrast in [false, true] {
            let mut h = Harness::new(LANDSCAPE);
            h.click_in(language, &language.native_name());
            if high_contrast {
                h.click_in(language, &t!(language, "bar-contrast"));
            }
            let palette = if high_contrast {
                Palette::HIGH_CONTRAST
            } else {
                Palette::NORMAL
            };
            let ink = rgb(palette.surface_text);
            let rgba = camera.render(&h.kiosk, LANDSCAPE);
            let title = h.bounds_of(language, &t!(language, "tile-hours"));
            let (top, bottom) = (title.y - 10.0, title.y + 90.0);
            // The pictogram is 1.6 × 1.25 × the heading size wide (about
            // 70 px at the normal size), with a gap before the title.
            let (before, after) = if language.is_rtl() {
                let right = title.x + title.width;
                (
                    pixels_like(&rgba, right + 4.0, top, right + 110.0, bottom, ink),
                    // Only the title's own line: the explanation below it
                    // runs further to the left.
                    pixels_like(
                        &rgba,
                        title.x - 110.0,
                        title.y,
                        title.x - 4.0,
                        title.y + title.height,
                        ink,
                    ),
                )
            } else {
                // A left-to-right title's label fills the tile's width: its
                // end is the tile's inner edge, where a mirrored pictogram
                // would stand; the short title leaves that empty.
                let end = title.x + title.width;
                (
                    pixels_like(&rgba, title.x - 110.0, top, title.x - 4.0, bottom, ink),
                    pixels_like(
                        &rgba,
                        end - 110.0,
                        title.y,
                        end - 4.0,
                        title.y + title.height,
                        ink,
                    ),
                )
            };
            let at = format!("{language} high contrast {high_contrast}");
            assert!(
                before > 150,
                "{at}: no pictogram before the title ({before} ink pixels) at {title:?}"
            );
            assert!(
                after < 20,
                "{at}: ink after the title where no pictogram should be: {after}"
            );
        }
    }
}

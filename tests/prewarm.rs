//! The first screens drawn ahead (src/ui/app/prewarm.rs, patch change
//! 15): after the kiosk has drawn its Home and the main flows' first
//! screens off-screen in every offered language, the window draws a
//! visitor's first Home, guides and synpunkt steps without rasterising a
//! glyph, in every language, and still so after hundreds of frames have
//! trimmed the glyph cache. Without it, the first Home of a language
//! rasterises its glyphs in the press's frame.
//!
//! A file of its own: the glyph cache is the process's, and another test
//! drawing in parallel would warm the languages this one expects cold.

mod perf_support;
mod support;

use iced_tiny_skia::{glyph_cache_size, glyph_misses};
use medborgarkiosk::content::Catalog;
use medborgarkiosk::i18n::Language;
use medborgarkiosk::t;
use medborgarkiosk::ui::app::{LANDSCAPE, Message};
use perf_support::Frame;
use support::Harness;

/// The glyphs the window rasterises to show the visitor's first Home in
/// `language`: Start drawn, the language pressed, Home drawn over it.
fn first_home_misses(language: Language) -> u64 {
    let mut h = Harness::new(LANDSCAPE);
    let mut window = Frame::new(LANDSCAPE);
    window.present(&h.kiosk);
    h.click_in(language, &language.native_name());
    let before = glyph_misses();
    window.present(&h.kiosk);
    glyph_misses() - before
}

/// More steps than drawing ahead takes (nine languages, each with Home
/// and at most twenty of the flows' screens).
const STEPS: usize = 9 * 21 + 10;

/// The glyphs the window rasterises at each of `presses` from Start, a
/// visitor's first time through them (with the built-in central API, so
/// every flow is offered).
fn first_visit_misses(language: Language, presses: &[String]) -> Vec<(String, u64)> {
    let mut h = Harness::online(LANDSCAPE);
    let mut window = Frame::new(LANDSCAPE);
    window.present(&h.kiosk);
    presses
        .iter()
        .map(|press| {
            h.click_in(language, press);
            let before = glyph_misses();
            window.present(&h.kiosk);
            (press.clone(), glyph_misses() - before)
        })
        .collect()
}

/// Home, the guides' categories and the first category's guides.
fn guides_presses(language: Language) -> Vec<String> {
    let catalog = Catalog::bundled().expect("bundled content is valid");
    let category = &catalog.categories()[0];
    vec![
        language.native_name(),
        t!(language, "tile-guides"),
        catalog
            .category_name(&category.id, language)
            .expect("named")
            .value
            .to_owned(),
    ]
}

/// Home and the synpunkt from its intro to the message and its keyboard.
fn synpunkt_presses(language: Language) -> Vec<String> {
    let catalog = Catalog::bundled().expect("bundled content is valid");
    let area = &catalog.areas()[0];
    vec![
        language.native_name(),
        t!(language, "tile-synpunkt"),
        t!(language, "syn-intro-continue"),
        t!(language, "syn-kind-complaint"),
        catalog
            .area_name(&area.id, language)
            .expect("named")
            .value
            .to_owned(),
        t!(language, "syn-topic-treatment"),
        t!(language, "syn-next"),
    ]
}

#[test]
fn the_first_screens_drawn_ahead_leave_no_glyph_to_the_visitors_first_presses() {
    // Cold: Tigrinya's Home rasterises its glyphs (Ethiopic, in no other
    // language's screens).
    let cold = first_home_misses(Language::Ti);
    assert!(cold > 30, "a cold Home rasterised only {cold} glyphs");

    // Cold, a first Somali synpunkt intro rasterises glyphs too (its
    // title's size is on no Home).
    let cold: u64 = first_visit_misses(Language::So, &synpunkt_presses(Language::So)[..2])
        .iter()
        .map(|(_, misses)| misses)
        .sum();
    assert!(
        cold > 10,
        "a cold synpunkt intro rasterised only {cold} glyphs"
    );

    // The kiosk on Start draws ahead, one screen in one language a step.
    let mut kiosk = Harness::online(LANDSCAPE);
    let languages = kiosk.kiosk.services().config().languages.clone();
    assert_eq!(languages.len(), 9);
    let (_, kept_before, _) = glyph_cache_size();
    for step in 0..STEPS {
        let _ = kiosk.kiosk.update(Message::Prewarm(step));
    }
    let (entries, kept, bytes) = glyph_cache_size();
    assert!(kept > kept_before + 2000, "{kept} glyphs kept");
    eprintln!(
        "kept {kept} of {entries} glyphs, {:.1} MiB of pixels",
        bytes as f64 / (1024.0 * 1024.0)
    );
    // Drawing ahead left the kiosk as it was: on Start, in its language.
    assert!(kiosk.texts().contains(&"Svenska".to_owned()));

    for &language in &languages {
        assert_eq!(
            first_home_misses(language),
            0,
            "{}: glyphs rasterised after Home was drawn ahead",
            language.code()
        );
        for presses in [guides_presses(language), synpunkt_presses(language)] {
            let misses = first_visit_misses(language, &presses);
            assert!(
                misses.iter().all(|(_, misses)| *misses == 0),
                "{}: glyphs rasterised after the flows were drawn ahead: {misses:?}",
                language.code()
            );
        }
    }

    // A thousand frames of Start later, the window having trimmed its
    // glyph cache (every 300 frames, of the glyphs no frame drew since
    // the trim before), still none.
    let mut other = Frame::new(LANDSCAPE);
    for _ in 0..1000 {
        other.render(&kiosk.kiosk, false);
    }
    for language in [Language::Ar, Language::Fa, Language::Ti] {
        assert_eq!(first_home_misses(language), 0, "{}", language.code());
        let misses = first_visit_misses(language, &synpunkt_presses(language));
        assert!(misses.iter().all(|(_, misses)| *misses == 0), "{misses:?}");
    }
}

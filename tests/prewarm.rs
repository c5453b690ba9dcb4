//! Home drawn ahead (src/ui/app/prewarm.rs, patch change 15): after the
//! kiosk has drawn its Home off-screen in every offered language, the
//! window draws a visitor's first Home without rasterising a glyph, in
//! every language, and still so after hundreds of frames have trimmed
//! the glyph cache. Without it, the first Home of a language rasterises
//! its glyphs in the press's frame.
//!
//! A file of its own: the glyph cache is the process's, and another test
//! drawing in parallel would warm the languages this one expects cold.

mod perf_support;
mod support;

use iced_tiny_skia::{glyph_cache_size, glyph_misses};
use medborgarkiosk::i18n::Language;
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

#[test]
fn home_drawn_ahead_leaves_no_glyph_to_the_visitors_first_press() {
    // Cold: Tigrinya's Home rasterises its glyphs (Ethiopic, in no other
    // language's screens).
    let cold = first_home_misses(Language::Ti);
    assert!(cold > 30, "a cold Home rasterised only {cold} glyphs");

    // The kiosk on Start draws Home ahead, one language a step.
    let mut kiosk = Harness::new(LANDSCAPE);
    let languages = kiosk.kiosk.services().config().languages.clone();
    assert_eq!(languages.len(), 9);
    let (_, kept_before, _) = glyph_cache_size();
    for step in 0..=languages.len() {
        let _ = kiosk.kiosk.update(Message::Prewarm(step));
    }
    let (entries, kept, bytes) = glyph_cache_size();
    assert!(kept > kept_before + 500, "{kept} glyphs kept");
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
    }
}

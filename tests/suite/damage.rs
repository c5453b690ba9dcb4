//! A frame drawn over the last one as the window draws it (only what
//! changed: the damage regions of the patched iced_tiny_skia compositor)
//! is the same picture as that frame drawn whole, at every step of the
//! main flows in Swedish and Arabic. Pixels left over from an earlier
//! screen are a visitor-visible fault: an Arabic title's hamza, drawn
//! above its line box, stayed on screen two screens later until the
//! damage of a text grew to where its glyphs may draw (patches/README.md,
//! change 12).

use crate::perf_support;
use crate::support;

use iced::Size;
use medborgarkiosk::i18n::Language;
use medborgarkiosk::keyboard::Key;
use medborgarkiosk::synpunkt::{Kind, Topic};
use medborgarkiosk::t;
use medborgarkiosk::ui::app::{LANDSCAPE, Message, PORTRAIT};
use medborgarkiosk::ui::screen::synpunkt::Message as Syn;
use perf_support::Frame;
use support::Harness;

/// Two pixels the same to the eye: no channel more than 2 of 255 apart.
/// A line that crosses the edge between two damage regions is drawn in
/// two pieces, each clipped, and its anti-aliased pixels on the edge may
/// come out one step apart from the line drawn whole.
fn same(a: u32, b: u32) -> bool {
    a.to_le_bytes()
        .iter()
        .zip(b.to_le_bytes())
        .all(|(x, y)| x.abs_diff(y) <= 2)
}

/// Where two frames differ to the eye, if they do.
fn differ(a: &[u32], b: &[u32], size: Size) -> Option<String> {
    let width = size.width as usize;
    let mut differ = 0;
    let (mut x0, mut y0, mut x1, mut y1) = (usize::MAX, usize::MAX, 0, 0);
    for (i, (a, b)) in a.iter().zip(b).enumerate() {
        if !same(*a, *b) {
            differ += 1;
            let (x, y) = (i % width, i / width);
            (x0, y0, x1, y1) = (x0.min(x), y0.min(y), x1.max(x), y1.max(y));
        }
    }
    (differ > 0).then(|| {
        format!(
            "{differ} pixels differ from the frame drawn whole, within x {x0}..={x1}, y {y0}..={y1}"
        )
    })
}

/// The window drawn step by step beside the same frames drawn whole.
struct Check {
    window: Frame,
    size: Size,
    steps: usize,
    problems: Vec<String>,
}

impl Check {
    fn new(size: Size) -> Check {
        Check {
            window: Frame::new(size),
            size,
            steps: 0,
            problems: Vec::new(),
        }
    }

    /// Draws the kiosk's next frame over the last and compares it with
    /// the frame drawn whole on a fresh renderer.
    fn step(&mut self, h: &Harness, what: &str) {
        self.window.present(&h.kiosk);
        // The first frame of a fresh window is drawn whole.
        let mut whole = Frame::new(self.size);
        whole.present(&h.kiosk);
        self.steps += 1;
        if let Some(problem) = differ(self.window.pixels(), whole.pixels(), self.size) {
            self.problems.push(format!("{what}: {problem}"));
        }
    }

    fn assert_none(self) {
        assert!(self.steps > 5, "{} steps", self.steps);
        assert!(self.problems.is_empty(), "{}", self.problems.join("\n"));
    }
}

/// The synpunkt flow to its message step and a few keys, then start over.
fn synpunkt(language: Language, size: Size) -> Check {
    let mut check = Check::new(size);
    let mut h = Harness::online(size);
    check.step(&h, "start");
    h.click_in(language, &language.native_name());
    check.step(&h, "home");
    h.click_in(language, &t!(language, "tile-synpunkt"));
    check.step(&h, "intro");
    for (what, message) in [
        ("kind", Syn::Continue),
        ("area", Syn::Kind(Kind::Complaint)),
        ("topics", Syn::Area("center".into())),
        ("a topic chosen", Syn::Toggle(Topic::Treatment)),
        ("message", Syn::TopicsDone),
    ] {
        h.send(Message::from(message));
        check.step(&h, what);
    }
    // The keys in the script their labels are drawn in.
    let (script, keys): (Language, &[&str]) = match language {
        Language::Ar => (Language::Ar, &["ل", "ا", "ض"]),
        Language::Fa => (Language::Ar, &["پ", "ژ", "گ"]),
        _ => (Language::Sv, &["h", "e", "j"]),
    };
    for key in keys {
        h.type_keys(script, &[key]);
        check.step(&h, &format!("typed {key}"));
    }
    h.send(Message::from(Syn::Key(Key::Backspace)));
    check.step(&h, "backspace");
    h.send(Message::from(Syn::MessageDone));
    check.step(&h, "contact");
    h.send(Message::Bar(medborgarkiosk::ui::app::Bar::StartOver));
    check.step(&h, "start over");
    check
}

#[test]
fn synpunkt_frames_drawn_over_the_last_equal_frames_drawn_whole() {
    for (language, size) in [
        (Language::Ar, LANDSCAPE),
        (Language::Sv, LANDSCAPE),
        (Language::Fa, PORTRAIT),
    ] {
        synpunkt(language, size).assert_none();
    }
}

/// Every screen and overlay the screenshots tool puts up, one after the
/// other in the same window, in Swedish and Arabic: each change of screen
/// is drawn over the last screen exactly.
#[test]
fn every_screen_drawn_over_the_last_equals_it_drawn_whole() {
    let config = support::config("");
    for language in [Language::Ar, Language::Sv] {
        let mut check = Check::new(LANDSCAPE);
        for shot in support::kiosk_shots() {
            let h = support::on_shot(&config, shot, language, LANDSCAPE);
            check.step(&h, shot.name());
        }
        check.assert_none();
    }
}

/// The frames bench (`Frame::touch`), the wall bench (`Frame::element`)
/// and the endurance test (`Frame::render`) paint the frame the window
/// paints, texts included. They once let go of the interface, which owns
/// the texts' paragraphs, before painting, and measured frames without
/// a letter on them.
#[test]
fn the_benches_paint_the_frame_the_window_paints() {
    let config = support::config("");
    let mut problems = Vec::new();
    for language in [Language::Ar, Language::Sv] {
        for shot in support::kiosk_shots() {
            let mut h = support::on_shot(&config, shot, language, LANDSCAPE);
            let mut bench = Frame::new(LANDSCAPE);
            // A touch may change the screen (it closes the idle
            // overlay): the window draws the screen after it.
            let _ = bench.touch(&mut h.kiosk);
            let mut window = Frame::new(LANDSCAPE);
            window.present(&h.kiosk);
            let mut endurance = Frame::new(LANDSCAPE);
            endurance.render(&h.kiosk, true);
            for (what, frame) in [("touch", &bench), ("render", &endurance)] {
                if let Some(problem) = differ(frame.pixels(), window.pixels(), LANDSCAPE) {
                    problems.push(format!(
                        "{} {} {what}: {problem}",
                        language.code(),
                        shot.name()
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The marks above a title at the top of a scrolled page are drawn in
/// full, as upstream draws them: a text is cut by its own clip (the
/// page's view) only where its line boxes cross it. Arabic Home: the
/// hamza over the alef of "أن" draws above the title's line box, which
/// is the top of the page's view.
#[test]
fn the_marks_above_a_title_at_the_top_of_a_page_are_drawn() {
    let ar = Language::Ar;
    let mut h = Harness::new(LANDSCAPE);
    h.click_in(ar, &ar.native_name());
    let title = h.bounds_of(ar, &t!(ar, "home-title"));
    let mut window = Frame::new(LANDSCAPE);
    window.present(&h.kiosk);
    let width = LANDSCAPE.width as usize;
    // Text pixels: dark on the light page.
    let dark = |x: usize, y: usize| {
        let [b, g, r, _] = window.pixels()[y * width + x].to_le_bytes();
        u32::from(r) + u32::from(g) + u32::from(b) < 3 * 128
    };
    let top = title.y as usize;
    let (left, right) = (title.x as usize, (title.x + title.width) as usize);
    let above: usize = (top.saturating_sub(12)..top)
        .map(|y| (left..right).filter(|&x| dark(x, y)).count())
        .sum();
    let inside: usize = (top..top + 12)
        .map(|y| (left..right).filter(|&x| dark(x, y)).count())
        .sum();
    assert!(inside > 0, "the title's own top is drawn");
    assert!(
        above >= 5,
        "the hamza above the title's line box: {above} dark pixels in the 12 rows above {title:?}"
    );
}

//! Large text that still fits (issue 19): at every text size, in every
//! language, landscape and portrait, Home either shows all its tiles or
//! says plainly that there is more — a "more below" button that touch and
//! keys reach, beside a visible scroll bar — and a page that fits shows no
//! such button.

use crate::support;

use medborgarkiosk::i18n::Language;
use medborgarkiosk::session::TextSize;
use medborgarkiosk::t;
use medborgarkiosk::ui::app::{Bar, LANDSCAPE, Message, PORTRAIT};
use support::Harness;

/// Home's last tile, wholly inside the window.
fn last_tile_visible(h: &Harness, language: Language, size: iced::Size) -> bool {
    let title = t!(language, "tile-hours");
    if !h.shows(language, &title) {
        return false;
    }
    let b = h.bounds_of(language, &title);
    b.y >= 0.0 && b.y + b.height <= size.height
}

/// A kiosk with the built-in central API: Home with all its tiles.
fn online(size: iced::Size) -> Harness {
    Harness::with_api(size, None)
}

#[test]
fn home_fits_or_says_there_is_more_at_every_size_in_every_language() {
    let mut cues = 0;
    for size in [LANDSCAPE, PORTRAIT] {
        let mut h = online(size);
        h.with_listen_button();
        h.click("Svenska");
        for language in Language::ALL {
            for text_size in TextSize::ALL {
                h.send(Message::PickLanguage(language));
                h.send(Message::Bar(Bar::TextSize(text_size)));
                h.redraw();
                let at = format!("{language} {text_size:?} {size:?}");
                let more = t!(language, "more-below");
                if h.kiosk.has_more_below() {
                    cues += 1;
                    assert!(h.shows(language, &more), "{at}: no cue on screen");
                    // The cue is a control: keys reach it and speech names it.
                    let described = h.kiosk.describe();
                    assert!(
                        !described.title.is_empty(),
                        "{at}: the page still describes itself"
                    );
                } else {
                    assert!(!h.shows(language, &more), "{at}: a cue on a page that fits");
                    assert!(
                        last_tile_visible(&h, language, size),
                        "{at}: the last tile is cut off and nothing says there is more"
                    );
                }
            }
        }
    }
    // Six tiles at the largest size do not fit 1080 lines in landscape:
    // the cue has been seen (the test checks something).
    println!("{cues} of 54 pages needed the cue");
    assert!(cues > 0, "no page needed the cue");
}

#[test]
fn a_page_that_fits_has_no_cue_and_a_new_page_forgets_the_old_one() {
    let mut h = online(LANDSCAPE);
    h.click("Svenska");
    h.redraw();
    assert!(!h.kiosk.has_more_below());
    assert!(!h.shows(Language::Sv, &t!(Language::Sv, "more-below")));
    // Arabic at the largest size: more below.
    h.send(Message::PickLanguage(Language::Ar));
    h.send(Message::Bar(Bar::TextSize(TextSize::Largest)));
    h.redraw();
    assert!(h.kiosk.has_more_below());
    assert!(h.shows(Language::Ar, &t!(Language::Ar, "more-below")));
    // Back to the normal size: the page says nothing (it fits) and the
    // old page's "more below" does not stay.
    h.send(Message::Bar(Bar::TextSize(TextSize::Normal)));
    h.redraw();
    assert!(!h.kiosk.has_more_below());
    assert!(!h.shows(Language::Ar, &t!(Language::Ar, "more-below")));
}

//! The router, without a window: messages go to the screen on show, screen
//! events become navigation, a reset forgets the visitor. Time is a manual
//! clock.

use std::sync::Arc;
use std::time::Duration;

use chrono::{TimeZone, Utc};

use super::*;
use crate::config::Config;
use crate::content::Target;
use crate::session::TextSize;
use crate::ui::screen::{contacts, guides, home, queue, start};

struct Fixture {
    kiosk: Kiosk,
    clock: Clock,
    _dir: tempfile::TempDir,
}

/// A kiosk without a central API, Monday 23 November 2026 at 10:00.
fn kiosk() -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let text = format!(
        "data_dir = {:?}\n[idle]\nquiet_seconds = 90\ncountdown_seconds = 20\n",
        dir.path()
    );
    let config = Arc::new(Config::parse(&text, std::path::Path::new("t.toml")).unwrap());
    let clock = Clock::manual(Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap());
    Fixture {
        kiosk: Kiosk::new(config, clock.clone()),
        clock,
        _dir: dir,
    }
}

fn send(kiosk: &mut Kiosk, message: impl Into<Message>) {
    let _ = kiosk.update(message.into());
}

#[test]
fn a_language_on_start_opens_home_in_it_and_is_counted() {
    let mut f = kiosk();
    assert_eq!(f.kiosk.screen(), &Screen::Start);
    send(&mut f.kiosk, start::Message::Choose(Language::Ar));
    assert_eq!(f.kiosk.screen(), &Screen::Home);
    assert_eq!(f.kiosk.session().language, Language::Ar);
    let today = f.clock.today();
    assert_eq!(f.kiosk.staff().tally(today).languages.get("ar"), Some(&1));
}

#[test]
fn without_a_central_api_there_is_no_queue_or_synpunkt_tile() {
    let f = kiosk();
    let flows = f.kiosk.flows();
    assert!(!flows.contains(&Flow::Queue) && !flows.contains(&Flow::Synpunkt));
    assert!(flows.contains(&Flow::Hours) && flows.contains(&Flow::Guides));
    // No news yet: no news tile either.
    assert!(!flows.contains(&Flow::News));
}

#[test]
fn a_tile_opens_its_screen_and_back_steps_inside_it_before_leaving() {
    let mut f = kiosk();
    send(&mut f.kiosk, start::Message::Choose(Language::Sv));
    send(&mut f.kiosk, home::Message::Open(Flow::Guides));
    assert_eq!(f.kiosk.screen(), &Screen::Guides(Box::default()));
    let category = f.kiosk.catalog().categories()[0].id.clone();
    send(&mut f.kiosk, guides::Message::Category(category));
    // Back: from the category to the categories, still the guides screen.
    send(&mut f.kiosk, Message::Bar(Bar::Back));
    assert_eq!(f.kiosk.screen().name(), "guides");
    // Back again: at the flow's start, so Home.
    send(&mut f.kiosk, Message::Bar(Bar::Back));
    assert_eq!(f.kiosk.screen(), &Screen::Home);
    // Home has no parent: back stays.
    send(&mut f.kiosk, Message::Bar(Bar::Back));
    assert_eq!(f.kiosk.screen(), &Screen::Home);
}

#[test]
fn a_contact_found_by_the_e_services_search_goes_back_to_that_search() {
    let mut f = kiosk();
    send(&mut f.kiosk, start::Message::Choose(Language::Sv));
    let now = f.clock.instant();
    f.kiosk.show(
        Screen::Guides(Box::new(guides::State::searching(Language::Sv, "skatt"))),
        now,
    );
    let id = f.kiosk.catalog().contacts()[0].id.clone();
    send(&mut f.kiosk, guides::Message::Open(Target::Contact(id)));
    assert_eq!(f.kiosk.screen().name(), "contacts");
    send(&mut f.kiosk, Message::Bar(Bar::Back));
    assert_eq!(f.kiosk.screen().name(), "guides", "back to the search");
    // A contact opened from the contacts list goes back to the list.
    let _ = f.kiosk.open(Flow::Contacts, now);
    let id = f.kiosk.catalog().contacts()[0].id.clone();
    send(&mut f.kiosk, contacts::Message::Open(id));
    send(&mut f.kiosk, Message::Bar(Bar::Back));
    assert_eq!(f.kiosk.screen().name(), "contacts");
}

#[test]
fn a_late_answer_for_a_screen_no_longer_shown_is_dropped() {
    let mut f = kiosk();
    send(&mut f.kiosk, start::Message::Choose(Language::Sv));
    send(&mut f.kiosk, queue::Message::Loaded(Ok(Vec::new())));
    assert_eq!(f.kiosk.screen(), &Screen::Home);
}

#[test]
fn start_over_forgets_the_visitor() {
    let mut f = kiosk();
    send(&mut f.kiosk, start::Message::Choose(Language::Fa));
    send(&mut f.kiosk, Message::Bar(Bar::TextSize(TextSize::Largest)));
    send(&mut f.kiosk, Message::Bar(Bar::Contrast));
    send(&mut f.kiosk, Message::Bar(Bar::Language));
    assert!(f.kiosk.is_picker_open());
    send(&mut f.kiosk, Message::Bar(Bar::StartOver));
    assert_eq!(f.kiosk.screen(), &Screen::Start);
    let session = f.kiosk.session();
    assert_eq!(session.language, Language::Sv);
    assert_eq!(session.text_size, TextSize::Normal);
    assert!(!session.high_contrast);
    assert!(!f.kiosk.is_picker_open());
    assert_eq!(f.kiosk.speech_on(), None);
}

#[test]
fn the_idle_reset_comes_by_the_clock_and_is_held_on_start() {
    let mut f = kiosk();
    // On Start nothing is reset, however long it is quiet.
    f.clock.advance(Duration::from_secs(3600));
    f.kiosk.tick();
    assert_eq!(f.kiosk.idle_state(), IdleState::Active);
    send(&mut f.kiosk, start::Message::Choose(Language::En));
    f.clock.advance(Duration::from_secs(91));
    f.kiosk.tick();
    assert!(matches!(f.kiosk.idle_state(), IdleState::Asking { .. }));
    // "Yes, I am here" starts the quiet time again.
    send(&mut f.kiosk, Message::StillHere);
    f.clock.advance(Duration::from_secs(89));
    f.kiosk.tick();
    assert_eq!(f.kiosk.screen(), &Screen::Home);
    f.clock.advance(Duration::from_secs(22));
    f.kiosk.tick();
    assert_eq!(f.kiosk.screen(), &Screen::Start);
    assert_eq!(f.kiosk.session().language, Language::Sv);
}

#[test]
fn staff_mode_ends_on_home_for_assist_and_on_start_otherwise() {
    let mut f = kiosk();
    send(&mut f.kiosk, start::Message::Choose(Language::Sv));
    let now = f.clock.instant();
    let _ = f.kiosk.navigate(Event::StaffLeft, now);
    assert_eq!(f.kiosk.screen(), &Screen::Start);
    send(&mut f.kiosk, start::Message::Choose(Language::Sv));
    f.kiosk.services().staff().set_assist(true, f.clock.now());
    let _ = f.kiosk.navigate(Event::StaffLeft, now);
    assert_eq!(f.kiosk.screen(), &Screen::Home, "the visitor staff assist");
}

#[test]
fn the_news_screen_goes_home_when_its_feeds_empty() {
    let mut f = kiosk();
    send(&mut f.kiosk, start::Message::Choose(Language::Sv));
    let at = f.clock.now();
    send(
        &mut f.kiosk,
        Message::Feeds(Arc::new(crate::feeds::sample::news(at))),
    );
    assert!(f.kiosk.flows().contains(&Flow::News));
    send(&mut f.kiosk, home::Message::Open(Flow::News));
    assert_eq!(f.kiosk.screen(), &Screen::News);
    send(&mut f.kiosk, Message::Feeds(Arc::default()));
    assert_eq!(f.kiosk.screen(), &Screen::Home);
    assert!(!f.kiosk.flows().contains(&Flow::News));
}

//! A week of visitors in one process (issue 9): random walks through every
//! flow — queue ticket, synpunkt, e-service guides and forms, contacts,
//! opening hours — in random languages, with language changes, text size
//! and contrast, "start over" and idle resets, against the reference
//! central API on loopback (its clock on a Monday morning, so services are
//! open). Every step is laid out and drawn as the window would (tiny-skia,
//! 1920×1080); the last screen of each session is also painted.
//!
//! Memory (PSS and RSS from /proc/self/smaps_rollup) is read after the
//! first 100 sessions and after the last; the target is that the last is
//! within 5 MiB of the first.
//!
//! ```sh
//! cargo test --release --test endurance -- --ignored --nocapture      # 10,000 sessions
//! ENDURANCE_SESSIONS=2000 cargo test --release --test endurance -- --ignored --nocapture
//! ENDURANCE_HEAP=1 cargo test --release --test endurance -- --ignored --nocapture
//! ```
//!
//! With `ENDURANCE_HEAP=1` a sampling heap profiler (`heap_sampler`) also
//! prints what the heap grew by between the two readings, by the stack
//! that allocated it (its own samples cost memory: read PSS without it).
//!
//! `a_few_sessions_walk_every_flow` (30 sessions, in the default
//! `cargo test`) checks that the walk itself works: every flow reached,
//! tickets issued by the server, synpunkter committed to the outbox.
//!
//! Adding a screen: give it a `Visit` below and a branch in `visit`.

mod heap_sampler;
mod perf_support;
mod support;

#[global_allocator]
static HEAP: heap_sampler::Sampler = heap_sampler::Sampler;

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, TimeZone, Utc};
use medborgarkiosk::backend::{Backend, STATS_INTERVAL, deliver_stats_now};
use medborgarkiosk::central::CentralConfig;
use medborgarkiosk::content::Catalog;
use medborgarkiosk::i18n::Language;
use medborgarkiosk::keyboard::Key;
use medborgarkiosk::session::TextSize;
use medborgarkiosk::synpunkt::{Kind, Topic};
use medborgarkiosk::ui::app::{Bar, Flow, LANDSCAPE, Message};
use medborgarkiosk::ui::screen::{
    Screen, contacts, finish, guides, home, queue, start, synpunkt, tools,
};
use perf_support::Frame;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use support::{Harness, LoopbackCentral};

const TOKEN: &str = "endurance-token-0123456789abcdef";

/// Monday 23 November 2026, 10:00 in Stockholm: every demo service open.
fn monday_ten() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap()
}

/// The reference server on loopback, on its own runtime.
struct World(LoopbackCentral);

impl World {
    fn new() -> World {
        World(LoopbackCentral::start(
            TOKEN,
            monday_ten(),
            Some("https://ko.example.se/{office}/{ticket}"),
        ))
    }

    fn kiosk(&self) -> (Harness, Arc<Backend>) {
        let config = self.0.kiosk_config("");
        let backend = self.0.backend(&config);
        (
            Harness::with(config, Some(backend.clone()), LANDSCAPE),
            backend,
        )
    }
}

/// What the walk saw, to check that it went everywhere.
#[derive(Debug, Default)]
struct Seen {
    sessions: usize,
    steps: usize,
    tickets: usize,
    synpunkter: usize,
    guides: usize,
    forms: usize,
    contacts: usize,
    tools: usize,
    hours: usize,
    language_changes: usize,
    idle_resets: usize,
    start_overs: usize,
}

/// One visitor's walk, rendering every step.
struct Walker {
    h: Harness,
    /// Delivers the statistics as the kiosk's backend does, every five
    /// minutes of the walk's clock.
    backend: Arc<Backend>,
    delivered_at: DateTime<Utc>,
    frame: Frame,
    rng: StdRng,
    catalog: Arc<Catalog>,
    languages: Vec<Language>,
    seen: Seen,
}

/// Message text typed on the keyboard, one key per character.
const TYPED: &str = "lang kö i receptionen idag";

impl Walker {
    fn step(&mut self, message: Message) {
        self.h.send(message);
        self.seen.steps += 1;
        self.frame.render(&self.h.kiosk, false);
    }

    fn language(&mut self) -> Language {
        self.languages[self.rng.random_range(0..self.languages.len())]
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        if items.is_empty() {
            None
        } else {
            Some(&items[self.rng.random_range(0..items.len())])
        }
    }

    /// What `Backend::deliver_stats` does every five minutes (its timer
    /// runs on the machine's time, which the walk outpaces).
    fn deliver_statistics(&mut self) {
        let now = self.h.clock.now();
        if now - self.delivered_at < chrono::Duration::from_std(STATS_INTERVAL).unwrap() {
            return;
        }
        self.delivered_at = now;
        let stats = self.h.kiosk.staff().stats();
        let b = &self.backend;
        b.handle()
            .expect("the backend's runtime")
            .block_on(deliver_stats_now(&b.client, &stats, &b.office, &b.kiosk_id));
        stats.prune(now);
    }

    fn session(&mut self) {
        self.seen.sessions += 1;
        assert_eq!(
            self.h.kiosk.screen(),
            &Screen::Start,
            "a session begins on Start"
        );
        if self.rng.random_bool(0.1) {
            self.step(Message::Bar(Bar::Contrast));
        }
        let language = self.language();
        self.step(Message::from(start::Message::Choose(language)));
        let visits = self.rng.random_range(1..=3);
        for _ in 0..visits {
            if self.rng.random_bool(0.15) {
                let size = TextSize::ALL[self.rng.random_range(0..TextSize::ALL.len())];
                self.step(Message::Bar(Bar::TextSize(size)));
            }
            if self.rng.random_bool(0.2) {
                self.seen.language_changes += 1;
                self.step(Message::Bar(Bar::Language));
                let language = self.language();
                self.step(Message::PickLanguage(language));
            }
            let flows = self.h.kiosk.flows();
            let flow = *self.pick(&flows).expect("some flow");
            let finished = self.visit(flow);
            if finished {
                // The ticket screen went back to Start by itself.
                break;
            }
            if self.h.kiosk.screen() != &Screen::Home {
                self.step(Message::Bar(Bar::Back));
                while self.h.kiosk.screen() != &Screen::Home
                    && self.h.kiosk.screen() != &Screen::Start
                {
                    self.step(Message::Bar(Bar::Back));
                }
            }
        }
        // The session ends: start over, walk away (idle reset), or the
        // ticket already returned to Start.
        if self.h.kiosk.screen() != &Screen::Start {
            if self.rng.random_bool(0.5) {
                self.seen.start_overs += 1;
                self.step(Message::Bar(Bar::StartOver));
            } else {
                self.seen.idle_resets += 1;
                // quiet 90 s, then the 20 s countdown.
                self.h.advance(95);
                self.frame.render(&self.h.kiosk, false);
                self.h.advance(30);
            }
        }
        // The frame the kiosk shows between visitors, painted.
        self.frame.render(&self.h.kiosk, true);
        self.deliver_statistics();
        assert_eq!(
            self.h.kiosk.screen(),
            &Screen::Start,
            "every session ends on Start"
        );
    }

    /// Goes through one flow from Home; true if it ended on Start.
    fn visit(&mut self, flow: Flow) -> bool {
        self.step(Message::from(home::Message::Open(flow)));
        match flow {
            Flow::Queue => return self.queue(),
            Flow::Synpunkt => self.synpunkt(),
            Flow::Guides => {
                if self.rng.random_bool(0.2) {
                    self.seen.forms += 1;
                    self.step(Message::from(guides::Message::Forms));
                } else {
                    let categories = self.catalog.categories().to_vec();
                    let category = self.pick(&categories).expect("a category").id.clone();
                    self.step(Message::from(guides::Message::Category(category.clone())));
                    let ids: Vec<String> = self
                        .catalog
                        .guides_in(&category)
                        .map(|g| g.id.clone())
                        .collect();
                    if let Some(id) = self.pick(&ids).cloned() {
                        self.seen.guides += 1;
                        self.step(Message::from(guides::Message::Guide(id)));
                        if self.rng.random_bool(0.1) {
                            // Help from staff: a digital-help ticket.
                            self.step(Message::from(guides::Message::HelpFromStaff));
                            return self.queue_from_list();
                        }
                    }
                }
            }
            Flow::Contacts => {
                let ids: Vec<String> = self
                    .catalog
                    .contacts()
                    .iter()
                    .map(|c| c.id.clone())
                    .collect();
                let id = self.pick(&ids).expect("a contact").clone();
                self.seen.contacts += 1;
                self.step(Message::from(contacts::Message::Open(id)));
            }
            Flow::Tools => {
                let ids: Vec<String> = self.catalog.tools().iter().map(|t| t.id.clone()).collect();
                let id = self.pick(&ids).expect("a tool").clone();
                self.seen.tools += 1;
                self.step(Message::from(tools::Message::Open(id)));
                if self.rng.random_bool(0.3) {
                    self.step(Message::from(tools::Message::ShowPassword(true)));
                }
                if self.rng.random_bool(0.1) {
                    self.step(Message::from(tools::Message::HelpFromStaff));
                    return self.queue_from_list();
                }
            }
            Flow::Hours => self.seen.hours += 1,
            // Only offered with [feeds] and items; this world has no feeds.
            Flow::News => {}
        }
        false
    }

    /// The queue from its list: a service, perhaps an interpreter, a
    /// ticket from the server; the ticket returns to Start by itself or
    /// the visitor goes back.
    fn queue(&mut self) -> bool {
        let ids: Vec<String> = CentralConfig::demo().offices[0]
            .services
            .iter()
            .map(|s| s.id.clone())
            .collect();
        let id = self.pick(&ids).expect("a service").clone();
        self.step(Message::from(queue::Message::Choose(id)));
        self.step(Message::from(queue::Message::DeskTicket));
        self.queue_from_list()
    }

    fn queue_from_list(&mut self) -> bool {
        if self.rng.random_bool(0.3) {
            self.step(Message::from(queue::Message::WantInterpreter(true)));
        }
        if self.rng.random_bool(0.1) {
            // Changes their mind.
            return false;
        }
        self.step(Message::from(queue::Message::Confirm));
        let Screen::Queue(state) = self.h.kiosk.screen() else {
            return false;
        };
        if state.ticket().is_none() {
            return false;
        }
        self.seen.tickets += 1;
        if self.rng.random_bool(0.5) {
            // The ticket's time on screen runs out.
            self.h.advance(60);
            return self.h.kiosk.screen() == &Screen::Start;
        }
        if self.rng.random_bool(0.5) {
            // "Done", then "Something else?": more, or the visit ends.
            self.step(Message::from(queue::Message::Done));
            if self.rng.random_bool(0.5) {
                self.step(Message::from(finish::Message::More));
                return false;
            }
            self.h.advance(13);
            return self.h.kiosk.screen() == &Screen::Start;
        }
        false
    }

    fn synpunkt(&mut self) {
        if self.rng.random_bool(0.15) {
            let url = "https://www.botkyrka.se/".to_owned();
            self.step(Message::from(synpunkt::Message::OpenRoute(0, url)));
            self.step(Message::from(synpunkt::Message::CloseRoute));
        }
        self.step(Message::from(synpunkt::Message::Continue));
        let kind = [Kind::Complaint, Kind::Praise, Kind::Suggestion][self.rng.random_range(0..3)];
        self.step(Message::from(synpunkt::Message::Kind(kind)));
        let areas: Vec<String> = self.catalog.areas().iter().map(|a| a.id.clone()).collect();
        let area = self
            .pick(&areas)
            .cloned()
            .unwrap_or_else(|| "center".to_owned());
        self.step(Message::from(synpunkt::Message::Area(area)));
        let topics = [
            Topic::Treatment,
            Topic::HandlingTime,
            Topic::Accessibility,
            Topic::Competence,
            Topic::Other,
        ];
        let topic = topics[self.rng.random_range(0..topics.len())];
        self.step(Message::from(synpunkt::Message::Toggle(topic)));
        self.step(Message::from(synpunkt::Message::TopicsDone));
        let typed = self.rng.random_range(3..TYPED.len());
        for (i, c) in TYPED.char_indices() {
            if i >= typed {
                break;
            }
            let key = if c == ' ' {
                Key::Space
            } else {
                Key::Char(&TYPED[i..i + c.len_utf8()])
            };
            self.step(Message::from(synpunkt::Message::Key(key)));
        }
        self.step(Message::from(synpunkt::Message::MessageDone));
        self.step(Message::from(synpunkt::Message::Anonymous));
        if self.rng.random_bool(0.85) {
            self.step(Message::from(synpunkt::Message::Send));
            if let Screen::Synpunkt(state) = self.h.kiosk.screen()
                && state.receipt().is_some()
            {
                self.seen.synpunkter += 1;
            }
            self.step(Message::from(synpunkt::Message::Done));
        }
    }
}

/// What the heap holds (glibc's mallinfo2: bytes in use) and what SQLite
/// holds (its page caches and statements), in KiB: to tell a leak from
/// caches filling up and from fragmentation.
fn heap() -> (u64, u64) {
    // SAFETY: both only read allocator counters.
    let info = unsafe { libc::mallinfo2() };
    let sqlite = unsafe { rusqlite::ffi::sqlite3_memory_used() };
    (
        ((info.uordblks + info.hblkhd) / 1024) as u64,
        (sqlite.max(0) / 1024) as u64,
    )
}

/// The hours of statistics the kiosk holds in memory (the last two days'
/// and any not delivered) and how many are not delivered yet.
fn statistics(h: &Harness) -> (usize, usize) {
    let stats = h.kiosk.staff().stats();
    (stats.hours_held(), stats.pending().len())
}

/// PSS and RSS of this process, in KiB.
fn memory() -> (u64, u64) {
    let text = std::fs::read_to_string("/proc/self/smaps_rollup").unwrap_or_default();
    let field = |name: &str| {
        text.lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse().ok())
            .unwrap_or(0)
    };
    (field("Pss:"), field("Rss:"))
}

fn walker(seed: u64) -> (Walker, World, Arc<Backend>) {
    let world = World::new();
    let (h, backend) = world.kiosk();
    let catalog = h.kiosk.catalog().clone();
    let languages = Language::ALL.to_vec();
    let delivered_at = h.clock.now();
    let walker = Walker {
        h,
        backend: backend.clone(),
        delivered_at,
        frame: Frame::new(LANDSCAPE),
        rng: StdRng::seed_from_u64(seed),
        catalog,
        languages,
        seen: Seen::default(),
    };
    (walker, world, backend)
}

#[test]
fn a_few_sessions_walk_every_flow() {
    let (mut w, _world, backend) = walker(9);
    for _ in 0..30 {
        w.session();
    }
    let seen = &w.seen;
    println!("{seen:?}");
    assert_eq!(seen.sessions, 30);
    assert!(seen.tickets > 0, "tickets were issued: {seen:?}");
    assert!(seen.synpunkter > 0, "synpunkter were sent: {seen:?}");
    assert!(seen.guides + seen.forms > 0 && seen.contacts > 0 && seen.tools > 0 && seen.hours > 0);
    assert!(seen.idle_resets > 0 && seen.start_overs > 0);
    let (held, pending) = statistics(&w.h);
    assert!(
        held > 0 && pending <= 2,
        "statistics delivered as the walk went: {held} hours held, {pending} not delivered"
    );
    let outbox = backend.outbox.state();
    assert!(
        outbox.pending + outbox.delivered >= seen.synpunkter as u64,
        "{outbox:?}"
    );
}

#[test]
#[ignore = "10,000 sessions take minutes: cargo test --release --test endurance -- --ignored --nocapture"]
fn ten_thousand_sessions_do_not_grow_memory() {
    let sessions: usize = std::env::var("ENDURANCE_SESSIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000);
    // The kiosk's allocator settings (`main` makes them first thing).
    medborgarkiosk::memory::few_arenas();
    let profiling = heap_sampler::start();
    let mut earlier = Default::default();
    let (mut w, _world, _backend) = walker(2026);
    let started = std::time::Instant::now();
    let mut first = (0, 0);
    for i in 1..=sessions {
        w.session();
        if i == 100 || i % 1000 == 0 {
            // Between visitors, as the kiosk is a second after a visit.
            medborgarkiosk::memory::give_back_now();
            let (pss, rss) = memory();
            let (heap, sqlite) = heap();
            let (hours, pending) = statistics(&w.h);
            if i == 100 {
                first = (pss, rss);
                earlier = heap_sampler::moment();
            }
            println!(
                "after {i} sessions: PSS {:.1} MiB, RSS {:.1} MiB, heap in use {:.1} MiB (SQLite {:.1} MiB; statistics: {hours} hours held, {pending} not delivered) ({:.0} s)",
                pss as f64 / 1024.0,
                rss as f64 / 1024.0,
                heap as f64 / 1024.0,
                sqlite as f64 / 1024.0,
                started.elapsed().as_secs_f64()
            );
        }
    }
    // Let the outbox deliver what is left, so its queue is not counted.
    std::thread::sleep(Duration::from_secs(2));
    medborgarkiosk::memory::give_back_now();
    let last = memory();
    let growth = (last.0 as f64 - first.0 as f64) / 1024.0;
    println!(
        "endurance: {} sessions, {} steps in {:.0} s; PSS after 100 {:.1} MiB, after {} {:.1} MiB (growth {:+.1} MiB; RSS {:.1} -> {:.1} MiB)",
        w.seen.sessions,
        w.seen.steps,
        started.elapsed().as_secs_f64(),
        first.0 as f64 / 1024.0,
        sessions,
        last.0 as f64 / 1024.0,
        growth,
        first.1 as f64 / 1024.0,
        last.1 as f64 / 1024.0,
    );
    println!("{:?}", w.seen);
    if profiling {
        heap_sampler::report_growth(&earlier, 25);
    }
    assert!(
        growth < 5.0,
        "memory grew by {growth:.1} MiB over {sessions} sessions"
    );
}

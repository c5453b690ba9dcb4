//! The kiosk's test suite in one binary. Each file here was a test binary
//! of its own; every one linked the whole kiosk (most of them 30-90 MB with
//! line tables), and together with their incremental caches the test build
//! took 6.7 GB of disk, more than a CI machine had free. One binary links
//! once. Run a part of it by its module: `cargo test --test suite keys::`.
//!
//! Three tests keep a binary of their own, each for something that is the
//! process's: `endurance` (its own global allocator, the heap sampler),
//! `log_privacy` (the global tracing subscriber) and `prewarm` (the glyph
//! cache, which another test drawing in parallel would warm).

#[path = "../common/mod.rs"]
mod common;
#[path = "../perf_support/mod.rs"]
mod perf_support;
#[path = "../support/mod.rs"]
mod support;
#[path = "../test_tls/mod.rs"]
mod test_tls;

mod architecture;
mod central_api;
mod central_security;
mod clock;
mod content_links;
mod content_reload;
mod content_search;
mod content_validation;
mod counter_browser;
mod counter_pages;
mod damage;
mod display_calls;
mod easy_swedish;
mod feeds_cli;
mod feeds_fetch;
mod feeds_fuzz;
mod feeds_parsers;
mod feeds_ui;
mod guides;
mod heartbeat;
mod i18n;
mod keys;
mod kiosk_clock_and_demo;
mod large_text;
mod lix;
mod open311;
mod outbox_delivery;
mod outbox_refusals;
mod pictograms;
mod print;
mod queue;
mod reports;
mod search_ui;
mod shell;
mod speech;
mod speech_screens;
mod speech_ui;
mod staff;
mod startup;
mod stats;
mod stats_month;
mod synpunkt;
mod text_wrap;
mod tls_ca;
mod tools;

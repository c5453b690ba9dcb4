//! Medborgarkiosk: a multilingual touch kiosk for a municipal citizen
//! service center. See `docs/ARCHITECTURE.md` for the layout of the code.
//!
//! Only `ui` imports iced; every other module is plain Rust, unit-tested
//! without a window.

pub mod api;
pub mod audit;
pub mod backend;
pub mod calendar;
pub mod central;
pub mod clock;
pub mod config;
pub mod content;
pub mod contract;
pub mod describe;
pub mod feeds;
pub mod fonts;
pub mod hours;
pub mod i18n;
pub mod icons;
pub mod idle;
pub mod keyboard;
pub mod keys;
pub mod logging;
pub mod memory;
pub mod net;
pub mod open311;
pub mod outbox;
pub mod platform;
pub mod print;
pub mod queue;
pub mod services;
pub mod session;
pub mod speech;
pub mod staff;
pub mod stats;
pub mod synpunkt;
pub mod trace;
pub mod ui;

//! Medborgarkiosk: a multilingual touch kiosk for a municipal citizen
//! service center. See `docs/ARCHITECTURE.md` for the layout of the code.
//!
//! Only `ui` imports iced; every other module is plain Rust, unit-tested
//! without a window.

pub mod clock;
pub mod config;
pub mod describe;
pub mod hours;
pub mod i18n;
pub mod idle;
pub mod keyboard;
pub mod platform;
pub mod session;
pub mod synpunkt;
pub mod ui;

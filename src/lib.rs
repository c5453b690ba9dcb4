//! Medborgarkiosk: a multilingual touch kiosk for a municipal citizen
//! service center. See `docs/ARCHITECTURE.md` for the layout of the code.
//!
//! Only `ui` imports iced; every other module is plain Rust, unit-tested
//! without a window.

pub mod feeds;
pub mod i18n;

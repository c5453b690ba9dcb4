//! Today's figures for the staff panel come from the kiosk's hourly
//! statistics ([`crate::stats`]): one source of truth for the panel and
//! for what the organisation learns.

pub use crate::stats::{Counted, Stats, Tally};

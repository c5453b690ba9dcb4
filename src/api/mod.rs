//! The kiosk's client of the central API (reqwest + rustls, retries). The
//! v1 contract it speaks is [`crate::contract`], shared with the reference
//! server; the client never imports the server.

pub mod client;

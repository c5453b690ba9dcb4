//! Ticket printing (issue 4), the plain-Rust half: the `[printer]` config,
//! ESC/POS encoding of a 1-bit raster image, and a sender that never blocks
//! for longer than its timeouts.
//!
//! Receipt printers' code pages cannot print Arabic, Persian or Tigrinya, so
//! a ticket is never sent as text: `ui::print_view` renders a
//! [`TicketPrint`] with the bundled fonts at the printer's width, it is
//! thresholded to a [`Raster`] and sent as one ESC/POS raster image
//! ([`escpos::job`]) followed by a cut.

pub mod config;
pub mod escpos;
pub mod send;

use chrono::NaiveDateTime;

use crate::i18n::Language;

pub use config::{BadTarget, Cut, Printer, PrinterConfigError, Target};
pub use escpos::{Finish, Raster};
pub use send::{FailReason, PrintOutcome, send, send_async};

/// What a printed ticket says. The texts that come from the queue system
/// (service names, office name) are given as they are shown; the fixed
/// texts come from Fluent when the ticket is laid out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TicketPrint {
    /// The number the queue system issued, e.g. "B042".
    pub number: String,
    /// The service in the visitor's language.
    pub service: String,
    /// The service in Swedish, for the staff (printed when `language` is not
    /// Swedish).
    pub service_sv: String,
    /// Place in the queue (1 = next).
    pub position: u32,
    /// Estimated wait in minutes.
    pub wait_minutes: u32,
    /// When the number was issued, local (Europe/Stockholm) time.
    pub issued_at: NaiveDateTime,
    /// A page to follow the queue on a phone (printed as a QR code).
    pub follow_url: Option<String>,
    /// The visitor's language.
    pub language: Language,
    /// The office's name, as on the kiosk's screens.
    pub office: String,
}

impl Printer {
    /// How the configured printer ends a ticket.
    pub fn finish(&self) -> Finish {
        Finish {
            feed_lines: self.feed_lines,
            cut: self.cut,
        }
    }
}

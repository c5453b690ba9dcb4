//! What the kiosk counts for the statistics as visitors move (issue 22):
//! sessions by language and by the first thing opened, each flow started
//! and either finished or left at a named step, idle resets, "still here",
//! and the accessibility a session used. Counts by fixed names only; the
//! screens count their own events (a guide opened, a ticket issued).

use std::collections::BTreeSet;

use super::Kiosk;
use crate::staff::Counted;
use crate::ui::screen::{Flow, Screen};

/// What this visit has counted already.
#[derive(Debug, Default)]
pub(super) struct Visit {
    /// The first flow opened (the session's entry) is counted.
    entered: bool,
    /// Accessibility already counted in this session.
    access: BTreeSet<&'static str>,
}

impl Kiosk {
    /// A flow is opened: its start, and the session's entry if first.
    pub(super) fn count_open(&mut self, flow: Flow) {
        if !self.visit.entered {
            self.visit.entered = true;
            self.services.count(Counted::Entry { flow: flow.id() });
        }
        self.services
            .count(Counted::FlowStarted { flow: flow.id() });
    }

    /// The screen on show is about to go: its flow is done, or left at its
    /// step — unless the visitor moves on to another flow from it (help
    /// from staff, a contact found by the guides' search), which counts as
    /// done.
    pub(super) fn count_leaving(&mut self, next: &Screen) {
        let Some((flow, outcome)) = self.screen.outcome() else {
            return;
        };
        if next.outcome().is_some_and(|(f, _)| f == flow) {
            return;
        }
        let moving_on = next.outcome().is_some();
        match outcome {
            Err(step) if !moving_on => self.services.count(Counted::FlowLeft {
                flow: flow.id(),
                step,
            }),
            _ => self
                .services
                .count(Counted::FlowCompleted { flow: flow.id() }),
        }
    }

    /// Accessibility used, once per session (`text-size`, `contrast`,
    /// `speech`, `keys`, `headset`).
    pub(super) fn count_access(&mut self, what: &'static str) {
        if self.visit.access.insert(what) {
            self.services.count(Counted::Access { what });
        }
    }

    /// A new visitor: nothing of the last visit's counting is remembered.
    pub(super) fn new_visit(&mut self) {
        self.visit = Visit::default();
    }
}

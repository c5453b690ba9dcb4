//! The root's part of staff mode: the hidden corner that opens the PIN pad,
//! staff mode's two-minute timeout, and where the kiosk goes when staff
//! mode ends. The logic is in [`crate::staff`]; the PIN pad and the panel
//! are the staff screen ([`crate::ui::screen::staff`]).

use std::time::Instant;

use super::Kiosk;
use crate::ui::screen::{Env, Screen};

impl Kiosk {
    /// The hidden corner pressed or let go.
    pub(super) fn corner(&mut self, pressed: bool, now: Instant) {
        if pressed {
            self.services.staff().corner_pressed(now);
        } else {
            self.corner_check(now);
            self.services.staff().corner_released();
        }
    }

    pub(super) fn corner_held(&self) -> bool {
        self.services.staff().corner_held()
    }

    /// Opens the PIN pad once the corner has been held long enough.
    fn corner_check(&mut self, now: Instant) {
        if matches!(self.screen, Screen::Staff(_)) {
            self.services.staff().corner_released();
            return;
        }
        let wall = self.services.now();
        let due = self.services.staff().corner_due(now, wall);
        if due {
            self.picker_open = false;
            let pad = Screen::pin_pad(&env!(self, now));
            self.show(pad, now);
        }
    }

    /// Every second: the corner hold, the staff timeout. True when the
    /// screen changed because staff mode ended.
    pub(super) fn staff_tick(&mut self, now: Instant) -> bool {
        self.corner_check(now);
        let wall = self.services.now();
        let timed_out = self.services.staff().timed_out(now, wall);
        if timed_out {
            tracing::info!("staff mode ended after two minutes untouched");
            self.after_staff(now);
            return true;
        }
        // The PIN pad closes too when left untouched.
        let on_pad = matches!(&self.screen, Screen::Staff(state) if !state.is_panel());
        if on_pad && self.services.staff().pin_pad_idle(now) {
            self.after_staff(now);
            return true;
        }
        false
    }

    /// Where the kiosk goes when staff mode ends: Home for the visitor
    /// staff assist, else Start.
    pub(super) fn after_staff(&mut self, now: Instant) {
        if self.services.staff().assist() {
            self.show(Screen::Home, now);
        } else {
            self.reset(now);
        }
    }

    /// The session resets: staff mode and assist mode end.
    pub(super) fn staff_reset(&mut self) {
        let wall = self.services.now();
        let mut staff = self.services.staff();
        staff.leave(wall);
        staff.set_assist(false, wall);
    }
}

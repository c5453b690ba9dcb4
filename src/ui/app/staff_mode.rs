//! The root's part of staff mode: the hidden corner, the PIN, the staff
//! panel's actions, the two-minute timeout, the day's counts. The logic
//! is in [`crate::staff`], the screens in [`crate::ui::screen::staff`].

use std::time::Instant;

use iced::Task;

use super::{Kiosk, Message};
use crate::content::ReloadOutcome;
use crate::i18n::Language;
use crate::staff::status::StaffStatus;
use crate::staff::{Action, Counted, PinOutcome};
use crate::ui::screen::{Screen, queue, staff};

impl Kiosk {
    /// The staff state (tests).
    pub fn staff(&self) -> &crate::staff::Staff {
        &self.staff
    }

    /// Runs as the full-screen kiosk: close requests are ignored.
    pub fn with_kiosk_mode(mut self, on: bool) -> Self {
        self.kiosk_mode = on;
        self
    }

    /// Shows staff settings without saving or auditing them (screenshots).
    pub fn preview_staff(&mut self, settings: crate::staff::Settings, assist: bool) {
        self.staff.preview(settings, assist);
    }

    /// The hidden corner pressed or let go.
    pub(super) fn corner(&mut self, pressed: bool, now: Instant) {
        if pressed {
            self.staff.corner_pressed(now);
        } else {
            self.corner_check(now);
            self.staff.corner_released();
        }
    }

    /// Opens the PIN pad once the corner has been held long enough.
    fn corner_check(&mut self, now: Instant) {
        if matches!(self.screen, Screen::Staff(_)) {
            self.staff.corner_released();
            return;
        }
        if self.staff.corner_due(now, self.clock.now()) {
            let notice = self.lock_notice();
            self.picker_open = false;
            self.show(Screen::Staff(Box::new(staff::State::pin_pad(notice))), now);
        }
    }

    fn lock_notice(&self) -> staff::PinNotice {
        if !self.staff.has_pin() {
            return staff::PinNotice::NotConfigured;
        }
        match self.staff.locked_until(self.clock.now()) {
            Some(until) => staff::PinNotice::Locked {
                until: crate::clock::stockholm(until).format("%H:%M").to_string(),
            },
            None => staff::PinNotice::None,
        }
    }

    /// Every second: the corner hold, the staff timeout. True when the
    /// screen changed because staff mode ended.
    pub(super) fn staff_tick(&mut self, now: Instant) -> bool {
        self.corner_check(now);
        if self.staff.timed_out(now, self.clock.now()) {
            tracing::info!("staff mode ended after two minutes untouched");
            self.after_staff(now);
            return true;
        }
        // The PIN pad closes too when left untouched.
        let on_pad = matches!(&self.screen, Screen::Staff(state) if !state.is_panel());
        if on_pad && self.staff.pin_pad_idle(now) {
            self.after_staff(now);
            return true;
        }
        false
    }

    /// Where the kiosk goes when staff mode ends: Home for the visitor
    /// staff assist, else Start.
    fn after_staff(&mut self, now: Instant) {
        if self.staff.assist() {
            self.show(Screen::Home, now);
        } else {
            self.reset(now);
        }
    }

    /// The session resets: staff mode and assist mode end.
    pub(super) fn staff_reset(&mut self) {
        let wall = self.clock.now();
        self.staff.leave(wall);
        self.staff.set_assist(false, wall);
    }

    pub(super) fn staff_message(&mut self, message: staff::Message, now: Instant) -> Task<Message> {
        if let Screen::Staff(state) = &self.screen
            && let Some((keyboard, key)) = state.pressed(&message)
        {
            self.speak_key(&keyboard, key);
        }
        let Screen::Staff(state) = &mut self.screen else {
            return Task::none();
        };
        let Some(event) = state.update(message) else {
            return Task::none();
        };
        let wall = self.clock.now();
        self.staff.touch(now);
        match event {
            staff::Event::Submit(pin) => {
                let outcome = self.staff.try_pin(&pin, now, wall);
                drop(pin);
                let notice = match outcome {
                    PinOutcome::Entered => {
                        tracing::info!("staff mode entered");
                        self.show(Screen::Staff(Box::new(staff::State::panel())), now);
                        return Task::none();
                    }
                    PinOutcome::Wrong { left } => {
                        tracing::warn!(left, "wrong staff PIN");
                        staff::PinNotice::Wrong { left }
                    }
                    PinOutcome::LockedOut { .. } | PinOutcome::Locked { .. } => {
                        tracing::warn!("staff entry locked after too many wrong PINs");
                        self.lock_notice()
                    }
                    PinOutcome::NotConfigured => staff::PinNotice::NotConfigured,
                };
                if let Screen::Staff(state) = &mut self.screen {
                    state.set_pin_notice(notice);
                }
            }
            staff::Event::Cancel => self.reset(now),
            staff::Event::Leave => {
                self.staff.leave(wall);
                self.after_staff(now);
            }
            staff::Event::RetryNow => {
                self.staff.record(Action::RetryNow, wall, None);
                if let Some(backend) = &self.backend
                    && let Err(e) = backend.outbox.retry_now()
                {
                    tracing::error!(error = %e, "retry now failed");
                }
                self.set_panel_notice(staff::PanelNotice::RetryStarted);
            }
            staff::Event::ReloadContent => {
                let check = self.reload_content();
                let version = self.catalog.version().to_string();
                self.staff
                    .record(Action::ReloadContent, wall, Some(version.as_str()));
                self.report_content();
                let notice = match check.outcome {
                    ReloadOutcome::KeptPrevious { .. } => staff::PanelNotice::ContentKept,
                    _ => staff::PanelNotice::ContentReloaded,
                };
                self.set_panel_notice(notice);
            }
            staff::Event::Pause(on) => self.staff.set_paused(on, wall),
            staff::Event::Assist(on) => self.staff.set_assist(on, wall),
            staff::Event::Headphones(on) => {
                self.staff.set_headphones(on, wall);
                if let Some(speaker) = &mut self.speaker {
                    speaker.set_headphones(on);
                }
            }
        }
        Task::none()
    }

    fn set_panel_notice(&mut self, notice: staff::PanelNotice) {
        if let Screen::Staff(state) = &mut self.screen {
            state.set_panel_notice(notice);
        }
    }

    /// Tells the heartbeat what content is served and whether speech works.
    pub(super) fn report_content(&self) {
        if let Some(backend) = &self.backend {
            let (_, broken) = self.content_problems();
            backend
                .health
                .set_content(self.catalog.version().to_string(), broken);
            if let Some(speaker) = &self.speaker {
                backend.health.set_speech_missing(!speaker.has_engine());
            }
        }
    }

    /// The problems of the content's last load (file and line, for IT)
    /// and whether older content is served because that load failed.
    fn content_problems(&self) -> (Vec<String>, bool) {
        match &self.content_store {
            Some(store) => {
                let store = store
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
                (
                    store.problems().iter().map(ToString::to_string).collect(),
                    store.is_stale(),
                )
            }
            None => (Vec::new(), false),
        }
    }

    /// Everything the staff panel shows.
    pub fn staff_status(&self) -> StaffStatus {
        let settings = self.staff.settings();
        let (content_problems, content_stale) = self.content_problems();
        StaffStatus {
            api: self.backend.as_ref().map(|b| b.health.api()),
            outbox: self.backend.as_ref().map(|b| b.outbox.state()),
            content_version: self.catalog.version().to_string(),
            content_problems,
            content_stale,
            feeds: self
                .config
                .feeds
                .as_ref()
                .map(|_| self.feeds.sources.clone()),
            speech_engine: self.speaker.as_ref().and_then(|s| s.engine_name()),
            headphone_output: self
                .speaker
                .as_ref()
                .is_some_and(|s| s.has_headphone_output()),
            headphones: settings.headphones,
            paused: settings.paused,
            assist: self.staff.assist(),
            counts: self.staff.tally(self.clock.today()),
            now: self.clock.now(),
        }
    }

    pub(super) fn count_language(&mut self, language: Language) {
        self.staff.count(
            Counted::Language {
                code: language.code(),
            },
            self.clock.today(),
        );
    }

    /// A ticket was issued: counted under its service's Swedish name.
    pub(super) fn count_ticket(&mut self) {
        let Screen::Queue(state) = &self.screen else {
            return;
        };
        if let Some((_, service)) = state.ticket() {
            let name = queue::service_name(service, Language::Sv);
            self.staff
                .count(Counted::Ticket { service: &name }, self.clock.today());
        }
    }
}

/// A call to the central API answered or failed: the staff panel's
/// connectivity line follows it (the heartbeat updates it too).
pub(super) fn note_api<T>(
    backend: &crate::backend::Backend,
    result: &Result<T, crate::api::client::ClientError>,
) {
    match result {
        Ok(_) => backend.health.api_ok(backend.clock().now()),
        Err(e) => backend.health.api_failed(e.class(), backend.clock().now()),
    }
}

//! The kiosk's handle for whoever runs it (`ui::run`, the tools) and for
//! tests: how it is built and joined, and what it shows about itself.

use std::sync::Arc;

use iced::Size;

use super::{Flow, Kiosk, Message};
use crate::backend::Backend;
use crate::clock::Clock;
use crate::content::Catalog;
use crate::feeds::{ActiveMessage, FeedsLink, FeedsSnapshot};
use crate::i18n::Language;
use crate::idle::IdleState;
use crate::services::{Services, Speech};
use crate::session::Session;
use crate::speech::Speaker;
use crate::ui::crisis::{self, Layer};
use crate::ui::screen;
use crate::ui::screen::{Env, Screen, staff};

impl Kiosk {
    /// Connects the kiosk to a backend (tests give one on loopback).
    pub fn with_backend(mut self, backend: Option<Arc<Backend>>) -> Self {
        self.services.set_backend(backend);
        self.refresh_flows();
        self
    }

    /// Gives the kiosk a voice.
    pub fn with_speaker(mut self, speaker: Option<Speaker>) -> Self {
        self.services.set_speaker(speaker);
        self
    }

    /// Connects the kiosk to the feeds service (news, events, crisis).
    /// Until the speaker starts (after the first frame), whether it most
    /// likely will speak: the Listen button's place in the bar is kept
    /// from the first frame, so nothing moves when the probe answers.
    pub fn expecting_speech(self, likely: bool) -> Self {
        self.services.speech().expected = likely;
        self
    }

    pub fn with_feeds(mut self, feeds: Option<Arc<FeedsLink>>) -> Self {
        self.set_feeds(feeds);
        self
    }

    /// Watches a headphone jack (`speech::headset`).
    pub fn with_headset(mut self, jack: Option<tokio::sync::watch::Receiver<bool>>) -> Self {
        self.jack = jack;
        self
    }

    /// See [`Kiosk::with_feeds`]; the subscription follows at once.
    pub fn set_feeds(&mut self, feeds: Option<Arc<FeedsLink>>) {
        self.feeds_link = feeds;
    }

    /// Runs as the full-screen kiosk: close requests are ignored.
    pub fn with_kiosk_mode(mut self, on: bool) -> Self {
        self.kiosk_mode = on;
        self
    }

    /// Serves this content (e.g. from a `ContentStore` the caller keeps
    /// for reloading) instead of the one the config names.
    pub fn with_content(mut self, catalog: Arc<Catalog>) -> Self {
        self.services.use_catalog(catalog);
        self.refresh_flows();
        self
    }

    /// The backend and speaker that joined this kiosk, handed over (the
    /// measuring walk moves them to the next screen's kiosk).
    pub fn hand_over(&mut self) -> (Option<Arc<Backend>>, Option<Speaker>) {
        let joined = self.services.hand_over();
        self.refresh_flows();
        joined
    }

    /// A backend and speaker join, as the services started beside the
    /// window do ([`Message::Ready`]).
    pub fn join(&mut self, backend: Option<Arc<Backend>>, speaker: Option<Speaker>) {
        let feeds = self
            .services
            .config()
            .feeds
            .is_some()
            .then(|| self.feeds.sources.clone());
        self.services.attach(backend, speaker, feeds);
        self.refresh_flows();
    }

    /// The focused control's label and the number of controls the focus
    /// moves among, as of the last view (tests; speech says the same).
    pub fn focused(&self) -> Option<(String, usize)> {
        let scope = self.scope();
        let entry = scope.entry(self.focus()?)?;
        Some((entry.label, scope.range().len()))
    }

    /// Every focusable control of the last view, in focus order: what
    /// speech knows of it and where it was laid out (tests).
    pub fn focusables(&self) -> Vec<crate::ui::focus::Entry> {
        let scope = self.scope();
        (0..scope.len()).filter_map(|i| scope.entry(i)).collect()
    }

    pub fn services(&self) -> &Services {
        &self.services
    }

    pub fn catalog(&self) -> &Arc<Catalog> {
        self.services.catalog()
    }

    pub fn clock(&self) -> &Clock {
        self.services.clock()
    }

    /// The visitor's speech: the speaker, and whether speech is on.
    pub fn speech(&self) -> std::sync::MutexGuard<'_, Speech> {
        self.services.speech()
    }

    /// Whether speech is on for this visitor, and in which language (keys
    /// pressed on the on-screen keyboard are then spoken).
    pub fn speech_on(&self) -> Option<Language> {
        self.services.speech().on
    }

    pub fn speech_offer(&self) -> Option<&[Language]> {
        self.speech_offer.as_deref()
    }

    /// Staff mode's state (tests).
    pub fn staff(&self) -> std::sync::MutexGuard<'_, crate::staff::Staff> {
        self.services.staff()
    }

    /// Everything the staff panel shows.
    pub fn staff_status(&self) -> crate::staff::status::StaffStatus {
        staff::status(&env!(self, self.clock().instant()))
    }

    /// Shows staff settings without saving or auditing them (screenshots).
    pub fn preview_staff(&mut self, settings: crate::staff::Settings, assist: bool) {
        self.services.staff().preview(settings, assist);
    }

    /// Sets the rule that dates an answer (tests).
    pub fn set_answer_by(
        &mut self,
        answer_by: fn(chrono::DateTime<chrono::Utc>) -> chrono::NaiveDate,
    ) {
        self.services.set_answer_by(answer_by);
    }

    pub fn session(&self) -> &Session {
        &self.session
    }

    pub fn screen(&self) -> &Screen {
        &self.screen
    }

    pub fn idle_state(&self) -> IdleState {
        self.idle_state
    }

    pub fn is_picker_open(&self) -> bool {
        self.picker_open
    }

    pub fn open_picker(&mut self) {
        self.picker_open = true;
    }

    pub fn set_viewport(&mut self, size: Size) {
        self.viewport = size;
    }

    pub fn feeds(&self) -> &FeedsSnapshot {
        &self.feeds
    }

    /// The crisis messages shown to the visitor now, most severe first.
    pub fn active_crisis(&self) -> Vec<ActiveMessage> {
        crisis::active(
            &self.feeds,
            &self.feeds_config,
            self.session.language,
            self.services.now(),
        )
    }

    /// How crisis information covers the screen now, if at all.
    pub fn crisis_layer(&self) -> Option<Layer> {
        self.crisis.layer(&self.active_crisis())
    }

    /// The flows that work on this kiosk, in tile order.
    pub fn flows(&self) -> Vec<Flow> {
        self.flows.clone()
    }
}

// The screens' own messages, for the screen on show.

impl From<screen::Message> for Message {
    fn from(message: screen::Message) -> Message {
        Message::Screen(message)
    }
}

/// A screen's own message, for the screen on show.
macro_rules! from_screen {
    ($($module:ident => $variant:ident),* $(,)?) => {
        $(impl From<screen::$module::Message> for Message {
            fn from(message: screen::$module::Message) -> Message {
                Message::Screen(screen::Message::$variant(message))
            }
        })*
    };
}

from_screen! {
    start => Start,
    home => Home,
    queue => Queue,
    synpunkt => Synpunkt,
    guides => Guides,
    contacts => Contacts,
    tools => Tools,
    finish => Finish,
    staff => Staff,
}

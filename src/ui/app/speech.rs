//! The root's part of speech: the bar's Listen (or the offer of another
//! language where the visitor's has no voice), repeat and volume. Screens
//! speak their own keys through the services.

use super::Kiosk;
use crate::i18n::Language;
use crate::idle::IdleState;
use crate::speech::Availability;
use crate::ui::screen::{Screen, staff};

impl Kiosk {
    /// Reads the current screen in `language` (its describe text); speech
    /// stays on for the visitor.
    pub(super) fn speak_screen(&mut self, language: Language) {
        let text = self.describe_in(language);
        let mut speech = self.services.speech();
        speech.on = Some(language);
        speech.say_screen(&text, language);
    }

    /// Listen: reads the screen, or stops reading; where the visitor's
    /// language has no voice, offers the languages that have one.
    pub(super) fn listen(&mut self) {
        // Staff screens are in Swedish whatever the visitor chose.
        let language = match self.screen {
            Screen::Staff(_) => staff::STAFF_LANGUAGE,
            _ => self.session.language,
        };
        let availability = self.services.speech().availability(language);
        match availability {
            Some(Availability::Voice(_)) => {
                let text = self.describe_in(language);
                let mut speech = self.services.speech();
                // What the visitor typed only in a private headset.
                let text = if speech.private() {
                    text
                } else {
                    text.for_loudspeaker(|count| {
                        crate::t!(language, "text-entered", count = (count as u32))
                    })
                };
                let toggled = speech
                    .speaker
                    .as_mut()
                    .map(|speaker| speaker.toggle(&text, language));
                match toggled {
                    Some(Ok(true)) => speech.on = Some(language),
                    Some(Ok(false)) | None => {}
                    Some(Err(e)) => tracing::warn!(error = %e, "speech failed"),
                }
            }
            Some(Availability::NoVoice { offer }) => {
                let speech = self.services.speech();
                if speech.is_speaking() {
                    speech.stop();
                } else {
                    drop(speech);
                    self.speech_offer = Some(offer);
                }
            }
            Some(Availability::NoEngine) | None => {}
        }
    }

    pub(super) fn repeat(&mut self) {
        if let Some(speaker) = &mut self.services.speech().speaker
            && let Err(e) = speaker.repeat()
        {
            tracing::warn!(error = %e, "speech failed");
        }
    }

    pub(super) fn louder(&mut self) {
        if let Some(speaker) = &mut self.services.speech().speaker {
            speaker.volume_up();
        }
    }

    pub(super) fn quieter(&mut self) {
        if let Some(speaker) = &mut self.services.speech().speaker {
            speaker.volume_down();
        }
    }

    /// The visitor picked another language: keys go on being spoken, in
    /// the new language where it has a voice.
    pub(super) fn follow_language(&mut self, language: Language) {
        let mut speech = self.services.speech();
        if speech.on.is_some()
            && let Some(Availability::Voice(_)) = speech.availability(language)
        {
            speech.on = Some(language);
        }
    }

    /// "Are you still there?" is said as well as shown, after a tone, and
    /// again with ten seconds left: to every visitor with a voice in their
    /// language, not only in speech mode (a warning through two senses).
    pub(super) fn warn_idle(&mut self, was: IdleState) {
        let IdleState::Asking { seconds_left } = self.idle_state else {
            return;
        };
        let began = !matches!(was, IdleState::Asking { .. });
        let ten_left = seconds_left == 10 && !matches!(was, IdleState::Asking { seconds_left: 10 });
        let language = {
            let speech = self.services.speech();
            speech.on.or_else(|| {
                let language = self.session.language;
                matches!(speech.availability(language), Some(Availability::Voice(_)))
                    .then_some(language)
            })
        };
        if began && let Some(speaker) = &self.services.speech().speaker {
            speaker.chime();
        }
        if let Some(language) = language
            && (began || ten_left)
        {
            let said = super::chrome::describe_idle(language, seconds_left);
            self.services.speech().say(&said, language);
        }
    }
}

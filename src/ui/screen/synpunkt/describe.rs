//! The synpunkt screen as plain text, for speech output.

use super::text::*;
use super::view::receipt_paragraphs;
use super::view::review_sections;
use super::{Content, Field, State, Step};
use crate::describe::ScreenText;
use crate::i18n::Language;
use crate::synpunkt::{Kind, Topic};
use crate::t;
use crate::ui::keyboard;

pub fn describe(state: &State, content: &Content, language: Language) -> ScreenText {
    match state.step {
        Step::Intro => ScreenText::new(t!(language, "syn-intro-title"))
            .body(t!(language, "syn-intro-what"))
            .body(t!(language, "syn-intro-use"))
            .choice(t!(language, "syn-intro-continue"))
            .body(t!(language, "syn-not-title"))
            .choices(content.routes.iter().map(|r| r.title.clone())),
        Step::Route(index) => {
            let mut screen = ScreenText::new(
                content
                    .routes
                    .get(index)
                    .map(|r| r.title.clone())
                    .unwrap_or_default(),
            );
            if let Some(route) = content.routes.get(index) {
                for paragraph in route.explanation.lines() {
                    screen = screen.body(paragraph.to_owned());
                }
                screen = screen
                    .body(t!(language, "syn-route-scan"))
                    .body(route.url.clone());
            }
            screen.choice(t!(language, "syn-route-back"))
        }
        Step::Kind => ScreenText::new(t!(language, "syn-kind-title")).choices(
            Kind::ALL
                .iter()
                .map(|&k| format!("{}: {}", kind_title(k, language), kind_text(k, language))),
        ),
        Step::Area => ScreenText::new(t!(language, "syn-area-title"))
            .choices(content.areas.iter().map(|a| a.title.clone())),
        Step::Topics => {
            let mut screen = ScreenText::new(t!(language, "syn-topics-title"))
                .body(t!(language, "syn-topics-hint"));
            if state.topic_error {
                screen = screen.body(t!(language, "syn-error-no-topic"));
            }
            screen
                .choices(Topic::ALL.iter().map(|&t| {
                    if state.topics.contains(&t) {
                        t!(language, "syn-selected", choice = topic_title(t, language))
                    } else {
                        topic_title(t, language)
                    }
                }))
                .choice(t!(language, "syn-next"))
        }
        Step::Message => {
            let mut screen = ScreenText::new(t!(language, "syn-message-title"))
                .body(t!(language, "syn-message-hint"))
                .body(t!(language, "syn-contact-public"))
                .private_body(state.message.as_str().to_owned());
            if let Some(counter) = keyboard::counter_text(language, &state.message) {
                screen = screen.body(counter);
            }
            if let Some(e) = state.message_error {
                screen = screen.body(message_error_text(e, language));
            }
            screen.choice(t!(language, "syn-next"))
        }
        Step::Contact => ScreenText::new(t!(language, "syn-contact-title"))
            .body(answer_promise(content, language))
            .body(t!(language, "syn-contact-anonymous"))
            .body(t!(language, "syn-contact-public"))
            .choice(t!(language, "syn-contact-with"))
            .choice(t!(language, "syn-contact-anonymous-button")),
        Step::Details => {
            let mut screen = ScreenText::new(t!(language, "syn-details-title"))
                .body(t!(language, "syn-details-hint"));
            if state.contact_errors.no_way_to_reach {
                screen = screen.body(t!(language, "syn-error-no-contact"));
            }
            for field in [Field::Name, Field::Email, Field::Phone] {
                if let Some(text) = field_error(state, field, language) {
                    screen = screen.body(text);
                }
                screen = screen.choice(t!(
                    language,
                    "syn-field-write",
                    field = field_title(field, language)
                ));
            }
            screen.choice(t!(language, "syn-next"))
        }
        Step::Field(field) => {
            let mut screen = ScreenText::new(field_title(field, language))
                .body(field_hint(field, language))
                .private_body(field_value(state, field).to_owned());
            if let Some(text) = field_error(state, field, language) {
                screen = screen.body(text);
            }
            screen.choice(t!(language, "syn-field-done"))
        }
        Step::Review => {
            let mut screen = ScreenText::new(t!(language, "syn-review-title"))
                .body(t!(language, "syn-review-hint"));
            for (heading, lines, edit, step) in review_sections(state, content, language) {
                screen = screen.body(heading);
                // What the visitor wrote and how to reach them.
                let personal = matches!(step, Step::Message | Step::Contact | Step::Details);
                for line in lines {
                    screen = if personal {
                        screen.private_body(line)
                    } else {
                        screen.body(line)
                    };
                }
                screen = screen.choice(edit);
            }
            screen.choice(t!(language, "syn-send"))
        }
        Step::Sending => ScreenText::new(t!(language, "syn-sending")),
        Step::Receipt => {
            let Some(receipt) = &state.receipt else {
                return ScreenText::new(t!(language, "syn-sending"));
            };
            let mut paragraphs = receipt_paragraphs(receipt, language).into_iter();
            let mut screen = ScreenText::new(paragraphs.next().unwrap_or_default());
            for p in paragraphs {
                screen = screen.body(p);
            }
            // The reference is spelled out, character by character.
            screen
                .body(t!(language, "syn-receipt-reference"))
                .body(crate::speech::spoken::reference(
                    language,
                    &receipt.reference,
                ))
                .choice(t!(language, "syn-receipt-done"))
        }
    }
}

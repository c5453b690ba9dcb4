//! A screen described as plain text in the visitor's language: what speech
//! output reads. Each screen builds one from the same Fluent messages it
//! shows, so the spoken and the shown text cannot drift apart.

use std::collections::BTreeMap;
use std::fmt;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ScreenText {
    pub title: String,
    /// The main text, paragraph by paragraph, in reading order.
    pub body: Vec<String>,
    /// The choices in the order a reader meets them (for right-to-left
    /// languages: right to left).
    pub choices: Vec<String>,
    /// Which body lines hold what the visitor typed (a message, a name,
    /// an e-mail address, a phone number): read aloud only in a private
    /// headset, never on the loudspeaker.
    pub private: Vec<usize>,
    /// What the loudspeaker says instead of a private line, where it is
    /// not what the visitor typed (a Wi-Fi password on screen).
    pub said_instead: BTreeMap<usize, String>,
}

impl ScreenText {
    pub fn new(title: impl Into<String>) -> Self {
        ScreenText {
            title: title.into(),
            ..ScreenText::default()
        }
    }

    pub fn body(mut self, paragraph: impl Into<String>) -> Self {
        self.body.push(paragraph.into());
        self
    }

    /// A body line with what the visitor typed (see [`ScreenText::private`]).
    pub fn private_body(mut self, paragraph: impl Into<String>) -> Self {
        self.private.push(self.body.len());
        self.body.push(paragraph.into());
        self
    }

    /// A private body line that is not typed text (a password shown on
    /// request): the loudspeaker says `on_loudspeaker` instead.
    pub fn secret_body(
        mut self,
        paragraph: impl Into<String>,
        on_loudspeaker: impl Into<String>,
    ) -> Self {
        self.said_instead
            .insert(self.body.len(), on_loudspeaker.into());
        self.private_body(paragraph)
    }

    /// The same text for the loudspeaker: each private line replaced by
    /// its own notice, or by `say_instead(its character count)`.
    pub fn for_loudspeaker(&self, say_instead: impl Fn(usize) -> String) -> ScreenText {
        let mut public = self.clone();
        for &i in &self.private {
            if let Some(line) = public.body.get_mut(i) {
                *line = match self.said_instead.get(&i) {
                    Some(notice) => notice.clone(),
                    None => say_instead(line.chars().count()),
                };
            }
        }
        public.private.clear();
        public.said_instead.clear();
        public
    }

    pub fn choice(mut self, choice: impl Into<String>) -> Self {
        self.choices.push(choice.into());
        self
    }

    pub fn choices(mut self, choices: impl IntoIterator<Item = String>) -> Self {
        self.choices.extend(choices);
        self
    }
}

impl fmt::Display for ScreenText {
    /// One paragraph per line: title, body, then choices.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{}", self.title)?;
        for line in self.body.iter().chain(&self.choices) {
            writeln!(f, "{line}")?;
        }
        Ok(())
    }
}

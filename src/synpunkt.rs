//! A synpunkt (complaint, praise or suggestion) as the visitor builds it:
//! the [`Draft`] and its validation, with typed errors the UI turns into
//! messages in the visitor's language.
//!
//! Plain Rust. Logs must never carry the message, the name, the e-mail
//! address or the phone number: `Draft`'s `Debug` hides them.

use std::collections::BTreeSet;
use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The longest message, in characters.
pub const MESSAGE_MAX_CHARS: usize = 4000;
/// The longest name, in characters.
pub const NAME_MAX_CHARS: usize = 200;
/// The longest e-mail address (RFC 5321 path limit).
pub const EMAIL_MAX_CHARS: usize = 254;

/// What kind of synpunkt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Complaint,
    Praise,
    Suggestion,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Complaint, Kind::Praise, Kind::Suggestion];

    /// Stable id for the API and the Open311 mapping.
    pub fn id(self) -> &'static str {
        match self {
            Kind::Complaint => "complaint",
            Kind::Praise => "praise",
            Kind::Suggestion => "suggestion",
        }
    }
}

/// What the synpunkt is about (one or more).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    /// Bemötande.
    Treatment,
    /// Handläggningstid.
    HandlingTime,
    Accessibility,
    Competence,
    Other,
}

impl Topic {
    pub const ALL: [Topic; 5] = [
        Topic::Treatment,
        Topic::HandlingTime,
        Topic::Accessibility,
        Topic::Competence,
        Topic::Other,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Topic::Treatment => "treatment",
            Topic::HandlingTime => "handling_time",
            Topic::Accessibility => "accessibility",
            Topic::Competence => "competence",
            Topic::Other => "other",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum MessageError {
    #[error("the message is empty")]
    Empty,
    #[error("the message has {chars} characters, more than {MESSAGE_MAX_CHARS}")]
    TooLong { chars: usize },
    #[error("the message contains a control character")]
    ControlCharacter,
}

/// Checks a message: 1 to 4000 characters, not only white space, no
/// control characters other than newline.
pub fn validate_message(message: &str) -> Result<(), MessageError> {
    if message.trim().is_empty() {
        return Err(MessageError::Empty);
    }
    let chars = message.chars().count();
    if chars > MESSAGE_MAX_CHARS {
        return Err(MessageError::TooLong { chars });
    }
    if message.chars().any(|c| c.is_control() && c != '\n') {
        return Err(MessageError::ControlCharacter);
    }
    Ok(())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum NameError {
    #[error("the name is longer than {NAME_MAX_CHARS} characters")]
    TooLong,
    #[error("the name contains a control character")]
    ControlCharacter,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum EmailError {
    #[error("the e-mail address is empty")]
    Empty,
    #[error("the e-mail address has no @")]
    MissingAt,
    #[error("the e-mail address has more than one @")]
    MoreThanOneAt,
    #[error("nothing before the @")]
    EmptyLocalPart,
    #[error("the part after the @ is not a domain like example.se")]
    BadDomain,
    #[error("the e-mail address contains a space or a character that is not allowed")]
    BadCharacter,
    #[error("the e-mail address is longer than {EMAIL_MAX_CHARS} characters")]
    TooLong,
}

/// A practically checked e-mail address (not RFC 5322 complete: no quoted
/// local parts, no IP literals). The domain is stored in lower case.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);

impl TryFrom<String> for Email {
    type Error = EmailError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Email::parse(&s)
    }
}

impl From<Email> for String {
    fn from(e: Email) -> String {
        e.0
    }
}

impl Email {
    pub fn parse(input: &str) -> Result<Email, EmailError> {
        let s = input.trim();
        if s.is_empty() {
            return Err(EmailError::Empty);
        }
        if s.chars().count() > EMAIL_MAX_CHARS {
            return Err(EmailError::TooLong);
        }
        if s.chars()
            .any(|c| c.is_whitespace() || c.is_control() || is_bidi_control(c))
        {
            return Err(EmailError::BadCharacter);
        }
        let mut parts = s.split('@');
        let (Some(local), Some(domain)) = (parts.next(), parts.next()) else {
            return Err(EmailError::MissingAt);
        };
        if parts.next().is_some() {
            return Err(EmailError::MoreThanOneAt);
        }
        if local.is_empty() {
            return Err(EmailError::EmptyLocalPart);
        }
        let local_ok = local.len() <= 64
            && !local.starts_with('.')
            && !local.ends_with('.')
            && !local.contains("..")
            && local
                .chars()
                .all(|c| c.is_alphanumeric() || "!#$%&'*+/=?^_`{|}~.-".contains(c));
        if !local_ok {
            return Err(EmailError::BadCharacter);
        }
        let labels: Vec<&str> = domain.split('.').collect();
        let domain_ok = labels.len() >= 2
            && labels.iter().all(|l| {
                !l.is_empty()
                    && l.len() <= 63
                    && !l.starts_with('-')
                    && !l.ends_with('-')
                    && l.chars().all(|c| c.is_alphanumeric() || c == '-')
            })
            && labels.last().is_some_and(|tld| {
                tld.chars().count() >= 2 && tld.chars().all(char::is_alphabetic)
            });
        if !domain_ok {
            return Err(EmailError::BadDomain);
        }
        Ok(Email(format!("{local}@{}", domain.to_lowercase())))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Email(…)")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PhoneError {
    #[error("the phone number is empty")]
    Empty,
    #[error("the phone number contains a character other than digits, +, spaces, - and ()")]
    BadCharacter,
    #[error("+ may only come first")]
    MisplacedPlus,
    #[error("the phone number has too few digits")]
    TooShort,
    #[error("the phone number has too many digits")]
    TooLong,
    #[error("a Swedish number starts with 0 (070…, 08…) or +46")]
    MissingPrefix,
}

/// A phone number in E.164 form (`+46701234567`).
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Phone(String);

impl TryFrom<String> for Phone {
    type Error = PhoneError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Phone::parse(&s)
    }
}

impl From<Phone> for String {
    fn from(p: Phone) -> String {
        p.0
    }
}

impl Phone {
    /// Reads Swedish numbers (`070-123 45 67`, `08-123 456 78`,
    /// `+46 70 123 45 67`, `0046 70 …`, `+46 (0)70 …`) and international
    /// numbers (`+CC …`, `00CC …`) and normalises them to E.164.
    pub fn parse(input: &str) -> Result<Phone, PhoneError> {
        let s = input.trim();
        if s.is_empty() {
            return Err(PhoneError::Empty);
        }
        let mut digits = String::new();
        let mut plus = false;
        for (i, c) in s.chars().enumerate() {
            match c {
                '0'..='9' => digits.push(c),
                '+' if i == 0 => plus = true,
                '+' => return Err(PhoneError::MisplacedPlus),
                ' ' | '-' | '(' | ')' | '.' | '/' | '\u{a0}' => {}
                _ => return Err(PhoneError::BadCharacter),
            }
        }
        if digits.is_empty() {
            return Err(PhoneError::Empty);
        }
        let international = if plus {
            Some(digits.as_str())
        } else {
            digits.strip_prefix("00")
        };
        let e164 = match international {
            Some(number) => {
                // "+46 (0)70 …" and "+46 070 …": the Swedish trunk 0 goes.
                let number = match number.strip_prefix("460") {
                    Some(rest) => format!("46{rest}"),
                    None => number.to_owned(),
                };
                if number.starts_with('0') {
                    return Err(PhoneError::MissingPrefix);
                }
                number
            }
            None => {
                let Some(national) = digits.strip_prefix('0') else {
                    return Err(PhoneError::MissingPrefix);
                };
                // Swedish numbers: area code without 0 plus subscriber
                // number, 7 to 9 digits (08-123 45 up to 070-123 45 67).
                if national.len() < 7 {
                    return Err(PhoneError::TooShort);
                }
                if national.len() > 9 {
                    return Err(PhoneError::TooLong);
                }
                format!("46{national}")
            }
        };
        if e164.len() < 8 {
            return Err(PhoneError::TooShort);
        }
        if e164.len() > 15 {
            return Err(PhoneError::TooLong);
        }
        if let Some(national) = e164.strip_prefix("46")
            && !(7..=9).contains(&national.len())
        {
            return Err(if national.len() < 7 {
                PhoneError::TooShort
            } else {
                PhoneError::TooLong
            });
        }
        Ok(Phone(format!("+{e164}")))
    }

    /// `+46701234567`.
    pub fn e164(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Phone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Phone(…)")
    }
}

/// Checks a name: optional, at most 200 characters, no control characters
/// and no bidirectional controls ([`is_bidi_control`]).
pub fn validate_name(name: &str) -> Result<(), NameError> {
    if name.chars().count() > NAME_MAX_CHARS {
        return Err(NameError::TooLong);
    }
    if name.chars().any(|c| c.is_control() || is_bidi_control(c)) {
        return Err(NameError::ControlCharacter);
    }
    Ok(())
}

/// The bidirectional embedding, override and isolate controls
/// (U+202A–U+202E, U+2066–U+2069): invisible characters that change the
/// order text is shown in (a phone number or a name shown reversed, a
/// sentence shown to say something else). Refused in names, e-mail
/// addresses and phone numbers; removed from messages
/// ([`neutralize_bidi`]) by the kiosk and the central API alike.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A message with its bidirectional controls removed, so it is shown in
/// the order it was typed: the words stay, nothing can reorder them. (The
/// right-to-left marks U+200E/U+200F, which only nudge neutral characters,
/// are kept.)
pub fn neutralize_bidi(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().any(is_bidi_control) {
        std::borrow::Cow::Owned(text.chars().filter(|&c| !is_bidi_control(c)).collect())
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// How the municipality can reach the visitor. At least an e-mail address
/// or a phone number: a name alone is no way to answer.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub name: Option<String>,
    pub email: Option<Email>,
    pub phone: Option<Phone>,
}

/// What is wrong with the contact details, field by field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ContactErrors {
    pub name: Option<NameError>,
    pub email: Option<EmailError>,
    pub phone: Option<PhoneError>,
    /// Neither an e-mail address nor a phone number was given.
    pub no_way_to_reach: bool,
}

impl ContactErrors {
    pub fn is_empty(&self) -> bool {
        *self == ContactErrors::default()
    }
}

impl Contact {
    /// Builds contact details from what the visitor typed (empty fields
    /// are left out).
    pub fn parse(name: &str, email: &str, phone: &str) -> Result<Contact, ContactErrors> {
        let mut errors = ContactErrors::default();
        let name = name.trim();
        let name = if name.is_empty() {
            None
        } else {
            match validate_name(name) {
                Ok(()) => Some(name.to_owned()),
                Err(e) => {
                    errors.name = Some(e);
                    None
                }
            }
        };
        let email = if email.trim().is_empty() {
            None
        } else {
            Email::parse(email).map_err(|e| errors.email = Some(e)).ok()
        };
        let phone = if phone.trim().is_empty() {
            None
        } else {
            Phone::parse(phone).map_err(|e| errors.phone = Some(e)).ok()
        };
        if email.is_none() && phone.is_none() && errors.email.is_none() && errors.phone.is_none() {
            errors.no_way_to_reach = true;
        }
        if errors.is_empty() {
            Ok(Contact { name, email, phone })
        } else {
            Err(errors)
        }
    }
}

impl fmt::Debug for Contact {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Contact")
            .field("name", &self.name.as_ref().map(|_| "…"))
            .field("email", &self.email.is_some())
            .field("phone", &self.phone.is_some())
            .finish()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum DraftError {
    #[error("no service area chosen")]
    NoArea,
    #[error("no topic chosen")]
    NoTopic,
    #[error(transparent)]
    Message(#[from] MessageError),
}

/// A complete synpunkt, ready to be sent. Serialises (for the outbox) as
/// `{"kind":"complaint","area":"school","topics":["treatment"],"message":…,
/// "contact":{"name":…,"email":…,"phone":"+46…"}|null}`.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub kind: Kind,
    /// The service area's id from the content files.
    pub area: String,
    pub topics: BTreeSet<Topic>,
    pub message: String,
    /// `None`: anonymous.
    pub contact: Option<Contact>,
}

impl Draft {
    pub fn new(
        kind: Kind,
        area: impl Into<String>,
        topics: BTreeSet<Topic>,
        message: impl Into<String>,
        contact: Option<Contact>,
    ) -> Result<Draft, DraftError> {
        let area = area.into();
        let message = message.into();
        if area.trim().is_empty() {
            return Err(DraftError::NoArea);
        }
        if topics.is_empty() {
            return Err(DraftError::NoTopic);
        }
        validate_message(&message)?;
        Ok(Draft {
            kind,
            area,
            topics,
            message,
            contact,
        })
    }

    pub fn is_anonymous(&self) -> bool {
        self.contact.is_none()
    }
}

/// The visitor's receipt, shown at once after the synpunkt is stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Receipt {
    /// The reference the visitor keeps (local while queued offline).
    pub reference: String,
    pub kind: Kind,
    /// When the municipality answers; `None` when anonymous.
    pub answer_by: Option<NaiveDate>,
    /// Saved at the kiosk, to be delivered when the central API answers.
    pub queued: bool,
}

impl fmt::Debug for Draft {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Draft")
            .field("kind", &self.kind)
            .field("area", &self.area)
            .field("topics", &self.topics)
            .field("message_chars", &self.message.chars().count())
            .field("contact", &self.contact)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bidi_controls_are_refused_in_contact_fields_and_removed_from_messages() {
        let controls: Vec<char> = ('\u{202A}'..='\u{202E}')
            .chain('\u{2066}'..='\u{2069}')
            .collect();
        assert_eq!(controls.len(), 9);
        for c in controls {
            assert!(is_bidi_control(c));
            let name = format!("Anna {c}Svensson");
            assert_eq!(
                validate_name(&name),
                Err(NameError::ControlCharacter),
                "{c:?}"
            );
            assert_eq!(
                Email::parse(&format!("anna{c}@example.org")),
                Err(EmailError::BadCharacter),
                "{c:?}"
            );
            assert_eq!(
                Phone::parse(&format!("070{c}1234567")),
                Err(PhoneError::BadCharacter),
                "{c:?}"
            );
            let message = format!("Ring mig på {c}7654321-070{c} tack");
            assert_eq!(validate_message(&message), Ok(()), "a message is kept");
            assert_eq!(neutralize_bidi(&message), "Ring mig på 7654321-070 tack");
        }
        // Right-to-left marks and ordinary Arabic text are untouched.
        for kept in ["\u{200F}شكراً", "\u{200E}abc", "Hej"] {
            assert!(matches!(
                neutralize_bidi(kept),
                std::borrow::Cow::Borrowed(_)
            ));
            assert_eq!(validate_name(kept), Ok(()));
        }
    }

    #[test]
    fn message_limits() {
        assert_eq!(validate_message(""), Err(MessageError::Empty));
        assert_eq!(validate_message("  \n "), Err(MessageError::Empty));
        assert_eq!(validate_message("x"), Ok(()));
        assert_eq!(validate_message(&"ö".repeat(4000)), Ok(()));
        assert_eq!(
            validate_message(&"ö".repeat(4001)),
            Err(MessageError::TooLong { chars: 4001 })
        );
        assert_eq!(validate_message("rad 1\nrad 2"), Ok(()));
        assert_eq!(
            validate_message("a\u{0}b"),
            Err(MessageError::ControlCharacter)
        );
        assert_eq!(
            validate_message("a\tb"),
            Err(MessageError::ControlCharacter)
        );
        assert_eq!(validate_message("شكراً لكم"), Ok(()));
    }

    #[test]
    fn emails_that_work() {
        for (input, stored) in [
            ("anna@example.se", "anna@example.se"),
            ("  Anna.Svensson@Botkyrka.SE ", "Anna.Svensson@botkyrka.se"),
            ("a+tag@sub.example.com", "a+tag@sub.example.com"),
            ("o'brien@example.ie", "o'brien@example.ie"),
            ("åsa@exempel.se", "åsa@exempel.se"),
            ("x@xn--mnchen-3ya.de", "x@xn--mnchen-3ya.de"),
        ] {
            assert_eq!(
                Email::parse(input).map(|e| e.0),
                Ok(stored.to_owned()),
                "{input}"
            );
        }
    }

    #[test]
    fn emails_that_do_not() {
        for (input, error) in [
            ("", EmailError::Empty),
            ("   ", EmailError::Empty),
            ("anna.example.se", EmailError::MissingAt),
            ("anna@@example.se", EmailError::MoreThanOneAt),
            ("a@b@example.se", EmailError::MoreThanOneAt),
            ("@example.se", EmailError::EmptyLocalPart),
            ("anna@", EmailError::BadDomain),
            ("anna@example", EmailError::BadDomain),
            ("anna@example.", EmailError::BadDomain),
            ("anna@.se", EmailError::BadDomain),
            ("anna@exa_mple.se", EmailError::BadDomain),
            ("anna@example.s", EmailError::BadDomain),
            ("anna@-example.se", EmailError::BadDomain),
            ("anna svensson@example.se", EmailError::BadCharacter),
            ("anna..s@example.se", EmailError::BadCharacter),
            (".anna@example.se", EmailError::BadCharacter),
            ("an,na@example.se", EmailError::BadCharacter),
        ] {
            assert_eq!(Email::parse(input), Err(error), "{input:?}");
        }
        let long = format!("{}@example.se", "a".repeat(250));
        assert_eq!(Email::parse(&long), Err(EmailError::TooLong));
    }

    #[test]
    fn swedish_phone_numbers_become_e164() {
        for (input, e164) in [
            ("070-123 45 67", "+46701234567"),
            ("0701234567", "+46701234567"),
            ("08-123 456 78", "+46812345678"),
            ("08-12 34 56", "+468123456"),
            ("+46 70 123 45 67", "+46701234567"),
            ("+46 (0)70 123 45 67", "+46701234567"),
            ("+46 070 123 45 67", "+46701234567"),
            ("0046 70 123 45 67", "+46701234567"),
            ("0520-123 45", "+4652012345"),
            ("  073 - 123 45 67 ", "+46731234567"),
        ] {
            assert_eq!(
                Phone::parse(input).map(|p| p.e164().to_owned()),
                Ok(e164.to_owned()),
                "{input}"
            );
        }
    }

    #[test]
    fn international_phone_numbers() {
        for (input, e164) in [
            ("+358 40 123 4567", "+358401234567"),
            ("+90 532 123 45 67", "+905321234567"),
            ("00252 61 234 5678", "+252612345678"),
            ("+1 (202) 555-0123", "+12025550123"),
        ] {
            assert_eq!(
                Phone::parse(input).map(|p| p.e164().to_owned()),
                Ok(e164.to_owned()),
                "{input}"
            );
        }
    }

    #[test]
    fn phone_numbers_that_do_not_work() {
        for (input, error) in [
            ("", PhoneError::Empty),
            (" - ", PhoneError::Empty),
            ("070-123 45 6x", PhoneError::BadCharacter),
            ("070+1234567", PhoneError::MisplacedPlus),
            ("701234567", PhoneError::MissingPrefix),
            ("070-123", PhoneError::TooShort),
            ("070-123 45 67 89", PhoneError::TooLong),
            ("+46 70 12", PhoneError::TooShort),
            ("+46 70 123 45 67 89", PhoneError::TooLong),
            ("+1234", PhoneError::TooShort),
            ("+1234567890123456", PhoneError::TooLong),
            ("+0701234567", PhoneError::MissingPrefix),
        ] {
            assert_eq!(Phone::parse(input), Err(error), "{input:?}");
        }
    }

    #[test]
    fn contact_needs_a_way_to_reach() {
        let errors = Contact::parse("Anna", "", "").unwrap_err();
        assert!(errors.no_way_to_reach);
        assert!(errors.email.is_none());
        let errors = Contact::parse("", "anna@", "070").unwrap_err();
        assert_eq!(errors.email, Some(EmailError::BadDomain));
        assert_eq!(errors.phone, Some(PhoneError::TooShort));
        assert!(!errors.no_way_to_reach);
        let contact = Contact::parse(" ", "", "070-123 45 67").unwrap();
        assert_eq!(contact.name, None);
        assert_eq!(contact.phone.unwrap().e164(), "+46701234567");
        let contact = Contact::parse("Anna", "anna@example.se", "").unwrap();
        assert_eq!(contact.name.as_deref(), Some("Anna"));
        let errors = Contact::parse(&"n".repeat(201), "a@example.se", "").unwrap_err();
        assert_eq!(errors.name, Some(NameError::TooLong));
    }

    #[test]
    fn draft_needs_area_topic_and_message() {
        let topics = BTreeSet::from([Topic::Treatment]);
        assert_eq!(
            Draft::new(Kind::Praise, "", topics.clone(), "Tack", None),
            Err(DraftError::NoArea)
        );
        assert_eq!(
            Draft::new(Kind::Praise, "school", BTreeSet::new(), "Tack", None),
            Err(DraftError::NoTopic)
        );
        assert_eq!(
            Draft::new(Kind::Praise, "school", topics.clone(), " ", None),
            Err(DraftError::Message(MessageError::Empty))
        );
        let draft = Draft::new(Kind::Complaint, "school", topics, "Lång väntan", None).unwrap();
        assert!(draft.is_anonymous());
    }

    #[test]
    fn draft_round_trips_through_json_and_rejects_bad_contact() {
        let contact = Contact::parse("Anna", "anna@example.se", "070-123 45 67").unwrap();
        let draft = Draft::new(
            Kind::Suggestion,
            "streets",
            BTreeSet::from([Topic::HandlingTime, Topic::Accessibility]),
            "Fler bänkar",
            Some(contact),
        )
        .unwrap();
        let json = serde_json::to_string(&draft).unwrap();
        assert!(json.contains(r#""kind":"suggestion""#), "{json}");
        assert!(
            json.contains(r#""topics":["handling_time","accessibility"]"#),
            "{json}"
        );
        assert!(json.contains(r#""phone":"+46701234567""#), "{json}");
        let back: Draft = serde_json::from_str(&json).unwrap();
        assert_eq!(back, draft);
        let bad = json.replace("anna@example.se", "anna@");
        assert!(serde_json::from_str::<Draft>(&bad).is_err());
    }

    #[test]
    fn debug_output_carries_no_personal_data() {
        let contact = Contact::parse("Anna Svensson", "anna@example.se", "070-123 45 67").unwrap();
        let draft = Draft::new(
            Kind::Complaint,
            "school",
            BTreeSet::from([Topic::Other]),
            "Hemligt innehåll",
            Some(contact),
        )
        .unwrap();
        let debug = format!("{draft:?}");
        for secret in ["Anna", "anna@", "0701", "+4670", "Hemligt"] {
            assert!(!debug.contains(secret), "{debug}");
        }
        assert!(debug.contains("Complaint"));
    }
}

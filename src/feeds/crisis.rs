//! The crisis message model shared by all crisis sources, and the one place
//! where CAP semantics decide what is shown: [`active_messages`].

use std::collections::HashMap;

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use super::news::language_from_tag;
use crate::i18n::Language;

/// Where a crisis message came from. The UI always names it ("Källa: …").
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum CrisisSource {
    /// Krisinformation.se (API v3 news).
    Krisinformation,
    /// Sveriges Radio's VMA API (Viktigt meddelande till allmänheten).
    SverigesRadioVma,
    /// A CAP 1.2 XML feed; `sender` is the CAP sender (or its senderName).
    Cap { sender: String },
}

impl CrisisSource {
    /// The source's proper name, not translated (a name, not a sentence):
    /// "Krisinformation.se", "Sveriges Radio (VMA)", or the CAP sender.
    pub fn display_name(&self) -> &str {
        match self {
            CrisisSource::Krisinformation => "Krisinformation.se",
            CrisisSource::SverigesRadioVma => "Sveriges Radio (VMA)",
            CrisisSource::Cap { sender } => sender,
        }
    }
}

macro_rules! lenient_enum {
    ($(#[$m:meta])* $name:ident { $($variant:ident),+ $(,)? } default $default:ident) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name { $($variant),+ }

        impl $name {
            /// Case-insensitive; anything unknown becomes the default.
            pub fn parse_lenient(text: &str) -> Self {
                let t = text.trim();
                $(if t.eq_ignore_ascii_case(stringify!($variant)) { return $name::$variant; })+
                $name::$default
            }
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => stringify!($variant)),+ }
            }
        }
    };
}

lenient_enum! {
    /// CAP `status`.
    Status { Actual, Exercise, System, Test, Draft, Unknown } default Unknown
}
lenient_enum! {
    /// CAP `msgType`.
    MsgType { Alert, Update, Cancel, Ack, Error, Unknown } default Unknown
}
lenient_enum! {
    /// CAP `severity`, least severe first (so `Ord` ranks them).
    Severity { Unknown, Minor, Moderate, Severe, Extreme } default Unknown
}
lenient_enum! {
    /// CAP `urgency`, least urgent first.
    Urgency { Unknown, Past, Future, Expected, Immediate } default Unknown
}
lenient_enum! {
    /// CAP `certainty`, least certain first.
    Certainty { Unknown, Unlikely, Possible, Likely, Observed } default Unknown
}

/// A CAP reference: `sender,identifier,sent`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Reference {
    pub sender: String,
    pub identifier: String,
    pub sent: String,
}

impl Reference {
    /// Parses CAP `references`: whitespace-separated `sender,identifier,sent`
    /// triples. Malformed triples are skipped.
    pub fn parse_list(text: &str) -> Vec<Reference> {
        text.split_whitespace()
            .filter_map(|triple| {
                let mut parts = triple.splitn(3, ',');
                let sender = parts.next()?.trim();
                let identifier = parts.next()?.trim();
                let sent = parts.next().unwrap_or("").trim();
                (!sender.is_empty() && !identifier.is_empty()).then(|| Reference {
                    sender: super::text::short(sender),
                    identifier: super::text::short(identifier),
                    sent: super::text::short(sent),
                })
            })
            .take(100)
            .collect()
    }
}

/// One CAP `info` block: the message in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CrisisInfo {
    /// Language tag as given (CAP default `en-US` when absent in CAP XML;
    /// `sv` for Krisinformation items without one).
    pub language_tag: String,
    pub event: String,
    /// Plain text, one line.
    pub headline: String,
    /// Plain text.
    pub description: String,
    /// Plain text: what people should do.
    pub instruction: String,
    pub severity: Severity,
    pub urgency: Urgency,
    pub certainty: Certainty,
    pub sender_name: Option<String>,
    pub web: Option<String>,
    pub onset: Option<DateTime<Utc>>,
    pub expires: Option<DateTime<Utc>>,
    /// `areaDesc` of each area, plain text.
    pub areas: Vec<String>,
    /// Geocode values of the areas (for Sweden: SCB county "01" or
    /// municipality "0127" codes), used for the area filter.
    pub geocodes: Vec<String>,
    pub categories: Vec<String>,
}

impl CrisisInfo {
    pub fn language(&self) -> Option<Language> {
        language_from_tag(&self.language_tag)
    }
}

/// A crisis message from any source, in CAP terms.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CrisisMessage {
    pub source: CrisisSource,
    /// CAP `identifier` (Krisinformation: `Identifier`).
    pub id: String,
    /// CAP `sender` (Krisinformation: "krisinformation.se").
    pub sender: String,
    pub sent: Option<DateTime<Utc>>,
    /// Krisinformation `Updated`, when given.
    pub updated: Option<DateTime<Utc>>,
    pub status: Status,
    pub msg_type: MsgType,
    pub references: Vec<Reference>,
    /// At least one for anything shown; a Cancel may have none.
    pub infos: Vec<CrisisInfo>,
    /// True when the source says the message is for the whole country.
    pub national: bool,
    /// When the kiosk fetched it (set in [`super::FeedsSnapshot`]; the UI
    /// shows the age). None straight from a parser.
    #[serde(default)]
    pub retrieved_at: Option<DateTime<Utc>>,
}

impl CrisisMessage {
    /// The info block for a visitor: their language, else Swedish, else the
    /// first block.
    pub fn info_for(&self, language: Language) -> Option<&CrisisInfo> {
        self.info_index_for(language).map(|i| &self.infos[i])
    }

    fn info_index_for(&self, language: Language) -> Option<usize> {
        self.infos
            .iter()
            .position(|i| i.language() == Some(language))
            .or_else(|| {
                self.infos
                    .iter()
                    .position(|i| i.language() == Some(Language::Sv))
            })
            .or(if self.infos.is_empty() { None } else { Some(0) })
    }

    /// The most severe severity over all info blocks.
    pub fn severity(&self) -> Severity {
        self.infos
            .iter()
            .map(|i| i.severity)
            .max()
            .unwrap_or(Severity::Unknown)
    }

    /// The most urgent urgency over all info blocks.
    pub fn urgency(&self) -> Urgency {
        self.infos
            .iter()
            .map(|i| i.urgency)
            .max()
            .unwrap_or(Urgency::Unknown)
    }

    /// The latest `expires` over all info blocks (None: no block expires).
    pub fn expires(&self) -> Option<DateTime<Utc>> {
        if self.infos.iter().any(|i| i.expires.is_none()) {
            return None;
        }
        self.infos.iter().filter_map(|i| i.expires).max()
    }

    /// Takes over the screen: a real (status Actual) VMA, or a real CAP
    /// message with severity Extreme and urgency Immediate in one block.
    /// Exercises and tests, even when configured to show, only get the banner.
    pub fn takes_over_screen(&self) -> bool {
        if self.status != Status::Actual {
            return false;
        }
        self.source == CrisisSource::SverigesRadioVma
            || self
                .infos
                .iter()
                .any(|i| i.severity == Severity::Extreme && i.urgency == Urgency::Immediate)
    }

    fn key(&self) -> (String, String) {
        (self.sender.to_lowercase(), self.id.clone())
    }

    fn latest_time(&self) -> Option<DateTime<Utc>> {
        self.updated.max(self.sent)
    }
}

/// What [`active_messages`] needs to know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActiveOptions {
    /// The visitor's language (chooses the info block).
    pub language: Language,
    /// Show status Exercise messages (marked as such by the UI).
    pub show_exercises: bool,
    /// Show status Test messages.
    pub show_tests: bool,
    /// The office's SCB county code, e.g. "01".
    pub county_code: String,
    /// The office's SCB municipality code, e.g. "0127".
    pub municipality_code: String,
    /// The municipality's name, e.g. "Botkyrka", for sources that name
    /// areas without codes.
    pub municipality_name: String,
    /// How long a message without `expires` stays active after it was sent
    /// or last updated (Krisinformation news have no expiry).
    pub max_age_without_expiry: Duration,
}

impl Default for ActiveOptions {
    fn default() -> Self {
        ActiveOptions {
            language: Language::Sv,
            show_exercises: false,
            show_tests: false,
            county_code: "01".to_owned(),
            municipality_code: "0127".to_owned(),
            municipality_name: "Botkyrka".to_owned(),
            max_age_without_expiry: Duration::hours(24),
        }
    }
}

/// A message to show, with the block chosen for the visitor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActiveMessage {
    pub message: CrisisMessage,
    /// Index into `message.infos` for the visitor's language.
    pub info_index: usize,
    /// True when the chosen block is not in the visitor's language (the UI
    /// notes this in the visitor's language).
    pub language_fallback: bool,
    pub severity: Severity,
    pub urgency: Urgency,
    pub takes_over_screen: bool,
}

impl ActiveMessage {
    pub fn info(&self) -> &CrisisInfo {
        &self.message.infos[self.info_index]
    }
}

/// Why a message is not shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "reason", rename_all = "snake_case")]
pub enum DropReason {
    /// status Exercise/Test/System/Draft (or unknown) and not configured to show.
    Status { status: Status },
    /// msgType Ack or Error: nothing for the public.
    NotForPublic { msg_type: MsgType },
    /// A Cancel: it removes the messages it references and is not shown itself.
    IsCancel,
    /// Cancelled by the message `by`.
    Cancelled { by: String },
    /// Replaced by the Update `by`.
    Superseded { by: String },
    /// Expired at the time given.
    Expired { at: DateTime<Utc> },
    /// No expiry given, and sent/updated longer ago than the configured age.
    TooOld { since: DateTime<Utc> },
    /// Sent in the future (clock skew or a scheduled message).
    NotYetSent { sent: DateTime<Utc> },
    /// For another county or municipality.
    OtherArea,
    /// Nothing to show (no info block).
    NoInfo,
    /// The same message again (same sender and identifier).
    Duplicate,
}

impl std::fmt::Display for DropReason {
    /// English, for IT (`feed-check`); the UI maps the variants to Fluent.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DropReason::Status { status } => write!(f, "status {} is not shown", status.as_str()),
            DropReason::NotForPublic { msg_type } => {
                write!(f, "msgType {} is not for the public", msg_type.as_str())
            }
            DropReason::IsCancel => f.write_str("a Cancel (removes what it references)"),
            DropReason::Cancelled { by } => write!(f, "cancelled by {by}"),
            DropReason::Superseded { by } => write!(f, "replaced by update {by}"),
            DropReason::Expired { at } => write!(f, "expired at {}", at.to_rfc3339()),
            DropReason::TooOld { since } => write!(
                f,
                "no expiry and last sent/updated at {}, longer ago than the configured age",
                since.to_rfc3339()
            ),
            DropReason::NotYetSent { sent } => {
                write!(f, "sent in the future ({})", sent.to_rfc3339())
            }
            DropReason::OtherArea => f.write_str("for another county or municipality"),
            DropReason::NoInfo => f.write_str("no info block to show"),
            DropReason::Duplicate => f.write_str("the same sender and identifier again"),
        }
    }
}

/// A message that is not shown, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DroppedMessage {
    pub id: String,
    pub source: CrisisSource,
    pub headline: String,
    pub reason: DropReason,
}

/// Decides which messages are active at `now`: the only place where CAP
/// status, msgType Update/Cancel (through `references`), expiry, area and
/// language choice are applied. Active messages come most important first
/// (screen takeover, then severity, urgency, newest).
pub fn active_messages(
    all: &[CrisisMessage],
    now: DateTime<Utc>,
    options: &ActiveOptions,
) -> (Vec<ActiveMessage>, Vec<DroppedMessage>) {
    let mut dropped = Vec::new();
    let drop = |m: &CrisisMessage, reason: DropReason, dropped: &mut Vec<DroppedMessage>| {
        dropped.push(DroppedMessage {
            id: m.id.clone(),
            source: m.source.clone(),
            headline: m
                .info_for(options.language)
                .map(|i| i.headline.clone())
                .unwrap_or_default(),
            reason,
        });
    };

    // 1. One message per (sender, identifier): the latest version wins.
    let mut unique: Vec<&CrisisMessage> = Vec::new();
    let mut by_key: HashMap<(String, String), usize> = HashMap::new();
    for m in all {
        match by_key.get(&m.key()) {
            Some(&i) => {
                if m.latest_time() > unique[i].latest_time() {
                    drop(unique[i], DropReason::Duplicate, &mut dropped);
                    unique[i] = m;
                } else {
                    drop(m, DropReason::Duplicate, &mut dropped);
                }
            }
            None => {
                by_key.insert(m.key(), unique.len());
                unique.push(m);
            }
        }
    }

    // 2. Updates and Cancels act on what they reference, whatever their own
    //    fate (an expired Update still replaces its original). Only messages
    //    that would count (status passes) act. A Cancel also removes the
    //    Updates of what it cancels that were sent no later than itself.
    let status_ok = |m: &CrisisMessage| match m.status {
        Status::Actual => true,
        Status::Exercise => options.show_exercises,
        Status::Test => options.show_tests,
        _ => false,
    };
    let mut removed_by: HashMap<(String, String), DropReason> = HashMap::new();
    // Cancelled key -> the Cancel's id.
    let mut cancelled: HashMap<(String, String), String> = HashMap::new();
    for m in unique.iter().filter(|m| status_ok(m)) {
        for r in &m.references {
            let key = (r.sender.to_lowercase(), r.identifier.clone());
            let reason = match m.msg_type {
                MsgType::Cancel => {
                    cancelled.insert(key.clone(), m.id.clone());
                    DropReason::Cancelled { by: m.id.clone() }
                }
                MsgType::Update | MsgType::Alert => DropReason::Superseded { by: m.id.clone() },
                _ => continue,
            };
            // A Cancel outranks a Superseded.
            let entry = removed_by.entry(key).or_insert_with(|| reason.clone());
            if matches!(reason, DropReason::Cancelled { .. }) {
                *entry = reason;
            }
        }
    }
    // Updates of a cancelled message (and their updates, transitively),
    // sent no later than the cancel, go too.
    let sent_of: HashMap<&str, Option<DateTime<Utc>>> =
        unique.iter().map(|m| (m.id.as_str(), m.sent)).collect();
    loop {
        let mut changed = false;
        for m in unique.iter() {
            if cancelled.contains_key(&m.key()) || !matches!(m.msg_type, MsgType::Update) {
                continue;
            }
            let Some(by) = m.references.iter().find_map(|r| {
                cancelled
                    .get(&(r.sender.to_lowercase(), r.identifier.clone()))
                    .cloned()
            }) else {
                continue;
            };
            let cancel_sent = sent_of.get(by.as_str()).copied().flatten();
            if m.sent.is_none() || cancel_sent.is_none() || m.sent <= cancel_sent {
                cancelled.insert(m.key(), by.clone());
                removed_by.insert(m.key(), DropReason::Cancelled { by });
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }

    // 3. Each message on its own.
    let mut active = Vec::new();
    for m in unique {
        if !status_ok(m) {
            drop(m, DropReason::Status { status: m.status }, &mut dropped);
            continue;
        }
        match m.msg_type {
            MsgType::Cancel => {
                drop(m, DropReason::IsCancel, &mut dropped);
                continue;
            }
            MsgType::Ack | MsgType::Error => {
                drop(
                    m,
                    DropReason::NotForPublic {
                        msg_type: m.msg_type,
                    },
                    &mut dropped,
                );
                continue;
            }
            MsgType::Alert | MsgType::Update | MsgType::Unknown => {}
        }
        if let Some(reason) = removed_by.get(&m.key()) {
            drop(m, reason.clone(), &mut dropped);
            continue;
        }
        let Some(info_index) = m.info_index_for(options.language) else {
            drop(m, DropReason::NoInfo, &mut dropped);
            continue;
        };
        if let Some(sent) = m.sent
            && sent > now + Duration::minutes(5)
        {
            drop(m, DropReason::NotYetSent { sent }, &mut dropped);
            continue;
        }
        match m.expires() {
            Some(at) if at <= now => {
                drop(m, DropReason::Expired { at }, &mut dropped);
                continue;
            }
            Some(_) => {}
            None => {
                if let Some(since) = m.latest_time()
                    && now - since > options.max_age_without_expiry
                {
                    drop(m, DropReason::TooOld { since }, &mut dropped);
                    continue;
                }
            }
        }
        if !in_area(m, options) {
            drop(m, DropReason::OtherArea, &mut dropped);
            continue;
        }
        let info = &m.infos[info_index];
        active.push(ActiveMessage {
            info_index,
            language_fallback: info.language() != Some(options.language),
            severity: m.severity(),
            urgency: m.urgency(),
            takes_over_screen: m.takes_over_screen(),
            message: m.clone(),
        });
    }
    active.sort_by(|a, b| {
        b.takes_over_screen
            .cmp(&a.takes_over_screen)
            .then(b.severity.cmp(&a.severity))
            .then(b.urgency.cmp(&a.urgency))
            .then(b.message.latest_time().cmp(&a.message.latest_time()))
    });
    (active, dropped)
}

/// National messages, messages without any geocode, and those for the
/// office's county or municipality are in the area.
fn in_area(m: &CrisisMessage, options: &ActiveOptions) -> bool {
    if m.national {
        return true;
    }
    let codes: Vec<&str> = m
        .infos
        .iter()
        .flat_map(|i| i.geocodes.iter().map(|c| c.trim()))
        .collect();
    if codes.is_empty() {
        return true;
    }
    let name_key = super::area::municipality_key(&options.municipality_name);
    codes.iter().any(|c| {
        *c == name_key
            || *c == "00"
            || c.eq_ignore_ascii_case("SE")
            || *c == options.county_code
            || *c == options.municipality_code
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn info(lang: &str, headline: &str) -> CrisisInfo {
        CrisisInfo {
            language_tag: lang.to_owned(),
            event: String::new(),
            headline: headline.to_owned(),
            description: String::new(),
            instruction: String::new(),
            severity: Severity::Severe,
            urgency: Urgency::Expected,
            certainty: Certainty::Likely,
            sender_name: None,
            web: None,
            onset: None,
            expires: None,
            areas: vec![],
            geocodes: vec![],
            categories: vec![],
        }
    }

    fn msg(id: &str, msg_type: MsgType, refs: &[&str], sent: &str) -> CrisisMessage {
        CrisisMessage {
            source: CrisisSource::Cap {
                sender: "s@x".to_owned(),
            },
            id: id.to_owned(),
            sender: "s@x".to_owned(),
            sent: super::super::detect::parse_time(sent),
            updated: None,
            status: Status::Actual,
            msg_type,
            references: refs
                .iter()
                .map(|r| Reference {
                    sender: "s@x".to_owned(),
                    identifier: (*r).to_owned(),
                    sent: String::new(),
                })
                .collect(),
            infos: vec![info("sv-SE", id)],
            national: false,
            retrieved_at: None,
        }
    }

    fn now() -> DateTime<Utc> {
        super::super::detect::parse_time("2026-11-21T12:00:00Z").unwrap()
    }

    #[test]
    fn update_supersedes_and_cancel_removes_chain() {
        let a = msg("A", MsgType::Alert, &[], "2026-11-21T10:00:00Z");
        let u = msg("U", MsgType::Update, &["A"], "2026-11-21T10:30:00Z");
        let (active, dropped) =
            active_messages(&[a.clone(), u.clone()], now(), &ActiveOptions::default());
        assert_eq!(
            active
                .iter()
                .map(|m| m.message.id.as_str())
                .collect::<Vec<_>>(),
            ["U"]
        );
        assert_eq!(dropped[0].reason, DropReason::Superseded { by: "U".into() });

        let c = msg("C", MsgType::Cancel, &["A"], "2026-11-21T11:00:00Z");
        let (active, dropped) = active_messages(&[a, u, c], now(), &ActiveOptions::default());
        assert!(active.is_empty(), "{active:?}");
        let reasons: Vec<_> = dropped
            .iter()
            .map(|d| (d.id.as_str(), d.reason.clone()))
            .collect();
        assert!(reasons.contains(&("A", DropReason::Cancelled { by: "C".into() })));
        assert!(reasons.contains(&("U", DropReason::Cancelled { by: "C".into() })));
        assert!(reasons.contains(&("C", DropReason::IsCancel)));
    }

    #[test]
    fn cancel_reaches_updates_of_updates_but_not_later_ones() {
        let a = msg("A", MsgType::Alert, &[], "2026-11-21T08:00:00Z");
        let u1 = msg("U1", MsgType::Update, &["A"], "2026-11-21T09:00:00Z");
        let u2 = msg("U2", MsgType::Update, &["U1"], "2026-11-21T09:30:00Z");
        let c = msg("C", MsgType::Cancel, &["A"], "2026-11-21T10:00:00Z");
        let (active, dropped) = active_messages(
            &[a.clone(), u1.clone(), u2.clone(), c.clone()],
            now(),
            &ActiveOptions::default(),
        );
        assert!(active.is_empty(), "{active:?}");
        assert!(
            dropped
                .iter()
                .any(|d| d.id == "U2" && d.reason == DropReason::Cancelled { by: "C".into() })
        );
        // An update sent after the cancel re-opens the incident.
        let u3 = msg("U3", MsgType::Update, &["A"], "2026-11-21T11:00:00Z");
        let (active, _) = active_messages(&[a, u1, u2, c, u3], now(), &ActiveOptions::default());
        assert_eq!(
            active
                .iter()
                .map(|m| m.message.id.as_str())
                .collect::<Vec<_>>(),
            ["U3"]
        );
    }

    #[test]
    fn status_expiry_and_language() {
        let mut ex = msg("E", MsgType::Alert, &[], "2026-11-21T10:00:00Z");
        ex.status = Status::Exercise;
        let mut old = msg("O", MsgType::Alert, &[], "2026-11-21T10:00:00Z");
        old.infos[0].expires = Some(now() - Duration::minutes(1));
        let mut multi = msg("M", MsgType::Alert, &[], "2026-11-21T10:00:00Z");
        multi.infos = vec![
            info("en-US", "english"),
            info("sv-SE", "svenska"),
            info("ar", "arabic"),
        ];
        let all = [ex.clone(), old, multi];
        let mut options = ActiveOptions {
            language: Language::Ar,
            ..Default::default()
        };
        let (active, dropped) = active_messages(&all, now(), &options);
        assert_eq!(active.len(), 1);
        assert_eq!(active[0].info().headline, "arabic");
        assert!(!active[0].language_fallback);
        assert!(dropped.iter().any(|d| d.reason
            == DropReason::Status {
                status: Status::Exercise
            }));
        assert!(
            dropped
                .iter()
                .any(|d| matches!(d.reason, DropReason::Expired { .. }))
        );

        options.language = Language::Fi;
        options.show_exercises = true;
        let (active, _) = active_messages(&all, now(), &options);
        assert_eq!(active.len(), 2);
        let m = active.iter().find(|a| a.message.id == "M").unwrap();
        assert_eq!(m.info().headline, "svenska");
        assert!(m.language_fallback);
    }

    #[test]
    fn area_filter_and_takeover() {
        let mut other = msg("X", MsgType::Alert, &[], "2026-11-21T10:00:00Z");
        other.infos[0].geocodes = vec!["0180".into()];
        let mut ours = msg("Y", MsgType::Alert, &[], "2026-11-21T10:00:00Z");
        ours.infos[0].geocodes = vec!["0127".into()];
        ours.infos[0].severity = Severity::Extreme;
        ours.infos[0].urgency = Urgency::Immediate;
        let (active, dropped) = active_messages(&[other, ours], now(), &ActiveOptions::default());
        assert_eq!(active.len(), 1);
        assert!(active[0].takes_over_screen);
        assert_eq!(dropped[0].reason, DropReason::OtherArea);
    }
}

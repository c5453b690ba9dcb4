//! The reference server's TOML config: offices, their services, opening
//! hours, the devices' tokens (hashed), limits and retention.
//!
//! ```toml
//! # One token per device, stored as its SHA-256; make one with
//! # `medborgarkiosk central token new --role kiosk --id tumba-1`.
//! [[tokens]]
//! role = "kiosk"       # kiosk, display, counter or admin
//! id = "tumba-1"       # kiosk/display: its kiosk_id; counter: the counter; admin: a name
//! sha256 = "…"         # 64 hex digits
//!
//! [[tokens]]
//! role = "counter"
//! id = "3"
//! office = "botkyrka-tumba"   # counter: the office whose counter it is
//! sha256 = "…"
//!
//! [limits]
//! tickets_per_minute = 20       # per kiosk token (a burst of as many)
//! synpunkter_per_minute = 20    # per kiosk token
//! requests_per_minute = 600     # any route, per token
//! header_read_timeout_secs = 10 # a client must send its request head in this time
//! request_timeout_secs = 30     # a request must be read and answered in this time
//! max_connections = 256         # open connections at once (the rest wait to be accepted)
//! max_clock_skew_hours = 24     # how far ahead a kiosk's timestamps may be
//!
//! [retention]
//! synpunkt_personal_days = 90   # a synpunkt's message and contact erased after
//! idempotency_days = 30         # idempotency records deleted after
//!
//! # Service time assumed while too few real ones are measured (minutes).
//! default_service_minutes = 8
//! # How many recent tickets are shown on now-serving.
//! now_serving_count = 8
//! # Optional: a follow URL for tickets; {office} and {ticket} are replaced.
//! # follow_url = "https://kö.example/{office}/{ticket}"
//! # Optional: where visitors' phones reach this server. Every ticket then
//! # gets follow_url = {public_base_url}/f/{unguessable token}: the queue on
//! # the visitor's phone, valid until the office closes that day. Staff
//! # sign in at {public_base_url}/counter. https in production (the
//! # counter's session cookie is then Secure).
//! # public_base_url = "https://ko.botkyrka.se"
//! # Optional: every service open at every hour of every day, holidays
//! # included, whatever its hours say: a demonstration or a measurement
//! # outside office hours. Never for an office's real queue.
//! # open_all_hours = false
//!
//! [[offices]]
//! id = "botkyrka-tumba"
//! name = "Medborgarcenter Tumba"
//! area = "Tumba"
//!
//! [[offices.services]]
//! id = "information"
//! prefix = "A"
//! rosa_level = 1
//! names = { sv = "Information och vägledning", en = "Information and guidance" }
//! hours = [ { days = ["mon", "tue", "wed", "thu"], open = "09:00", close = "18:00" } ]
//! target_wait_minutes = 20     # optional: the report's target wait (default 20)
//! ```
//!
//! Services are closed on days that are not Swedish working days
//! ([`crate::calendar`]), unless `open_all_hours` is set.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use chrono::{DateTime, Datelike, Days, NaiveTime, TimeZone, Utc, Weekday};
use chrono_tz::Europe::Stockholm;
use serde::Deserialize;

use crate::i18n::Language;

/// The bundled demo config (a Botkyrka office).
pub const DEMO_CONFIG: &str = include_str!("../../resources/central/demo.toml");

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct CentralConfig {
    /// Gone: one shared token is replaced by per-device [`tokens`]; kept
    /// only to refuse an old config with a clear message.
    ///
    /// [`tokens`]: CentralConfig::tokens
    pub token_file: Option<PathBuf>,
    pub default_service_minutes: u32,
    pub now_serving_count: u32,
    pub follow_url: Option<String>,
    /// Where phones reach this server: tickets get a follow page under it.
    pub public_base_url: Option<String>,
    pub offices: Vec<OfficeConfig>,
    /// The devices allowed in, each with its role and id.
    pub tokens: Vec<TokenConfig>,
    pub limits: Limits,
    pub retention: Retention,
    /// Every service open at all hours (a demonstration, a measurement):
    /// see [`CentralConfig::opening`].
    pub open_all_hours: bool,
}

impl Default for CentralConfig {
    fn default() -> Self {
        CentralConfig {
            token_file: None,
            default_service_minutes: 8,
            now_serving_count: 8,
            follow_url: None,
            public_base_url: None,
            offices: Vec::new(),
            tokens: Vec::new(),
            limits: Limits::default(),
            retention: Retention::default(),
            open_all_hours: false,
        }
    }
}

/// What a token may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// A kiosk: reads offices, services and now-serving; issues tickets,
    /// sends synpunkter and its own heartbeat — all as its own kiosk id.
    Kiosk,
    /// A wall display: reads offices, services and now-serving; sends its
    /// own heartbeat.
    Display,
    /// A desk: reads, and calls the next ticket to its own counter.
    Counter,
    /// IT: reads, and lists every kiosk's status.
    Admin,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Kiosk, Role::Display, Role::Counter, Role::Admin];

    pub fn name(self) -> &'static str {
        match self {
            Role::Kiosk => "kiosk",
            Role::Display => "display",
            Role::Counter => "counter",
            Role::Admin => "admin",
        }
    }
}

impl std::str::FromStr for Role {
    type Err = String;
    fn from_str(s: &str) -> Result<Role, String> {
        Role::ALL
            .into_iter()
            .find(|r| r.name() == s)
            .ok_or_else(|| format!("`{s}` is not a role (kiosk, display, counter, admin)"))
    }
}

/// Shortest token accepted, in characters. Tokens made by
/// `central token new` are 64 hex digits (256 random bits).
pub const MIN_TOKEN_CHARS: usize = 32;

/// One device's token: its role, what it is bound to, and the SHA-256 of
/// the token (never the token itself).
///
/// SHA-256, not Argon2: the tokens are 256 random bits made by
/// `central token new`, so there is nothing to guess that a slow hash
/// would protect; a slow hash would only cost every request a memory-hard
/// computation (a denial-of-service lever). Passwords chosen by people —
/// the staff PIN — get Argon2id.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TokenConfig {
    pub role: Role,
    /// Kiosk and display: the kiosk id; counter: the counter id; admin:
    /// a name for the logs.
    pub id: String,
    /// Counter only: the office whose counter it is (unset: the counter
    /// id in any office).
    #[serde(default)]
    pub office: Option<String>,
    /// Hex SHA-256 of the token.
    pub sha256: String,
}

/// Why a token cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TokenError {
    #[error("a token must be at least {MIN_TOKEN_CHARS} characters (`central token new` makes 64)")]
    TooShort,
    #[error("`{0}` is not an id: 1-64 of A-Z a-z 0-9 . _ -")]
    BadId(String),
}

impl TokenConfig {
    /// The entry for a plain token (tests, the in-process server, and
    /// `central token new`).
    pub fn for_token(role: Role, id: &str, token: &str) -> Result<TokenConfig, TokenError> {
        if token.chars().count() < MIN_TOKEN_CHARS {
            return Err(TokenError::TooShort);
        }
        if !is_ident(id) {
            return Err(TokenError::BadId(id.to_owned()));
        }
        Ok(TokenConfig {
            role,
            id: id.to_owned(),
            office: None,
            sha256: sha256_hex(token.as_bytes()),
        })
    }

    /// Binds a counter token to one office.
    pub fn in_office(mut self, office: &str) -> TokenConfig {
        self.office = Some(office.to_owned());
        self
    }

    /// The TOML block of this entry, for the central config.
    pub fn to_toml(&self) -> String {
        let mut text = format!(
            "[[tokens]]\nrole = \"{}\"\nid = \"{}\"\n",
            self.role.name(),
            self.id
        );
        if let Some(office) = &self.office {
            text.push_str(&format!("office = \"{office}\"\n"));
        }
        text.push_str(&format!("sha256 = \"{}\"\n", self.sha256));
        text
    }

    /// The stored hash as bytes, if it is 64 hex digits.
    pub fn digest(&self) -> Option<[u8; 32]> {
        let hex = self.sha256.trim();
        if hex.len() != 64 {
            return None;
        }
        let mut out = [0u8; 32];
        for (i, byte) in out.iter_mut().enumerate() {
            *byte = u8::from_str_radix(hex.get(2 * i..2 * i + 2)?, 16).ok()?;
        }
        Some(out)
    }
}

/// Lower-case hex SHA-256.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// 1-64 of `A-Z a-z 0-9 . _ -`.
pub fn is_ident(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= 64
        && value
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'))
}

/// `[limits]`: rates per token, time-outs and the connection cap.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Limits {
    pub tickets_per_minute: u32,
    pub synpunkter_per_minute: u32,
    pub requests_per_minute: u32,
    pub header_read_timeout_secs: u64,
    pub request_timeout_secs: u64,
    pub max_connections: usize,
    pub max_clock_skew_hours: u32,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            tickets_per_minute: 20,
            synpunkter_per_minute: 20,
            requests_per_minute: 600,
            header_read_timeout_secs: 10,
            request_timeout_secs: 30,
            max_connections: 256,
            max_clock_skew_hours: 24,
        }
    }
}

impl Limits {
    /// No practical limit on rates (tests that are about something else).
    pub fn generous() -> Limits {
        Limits {
            tickets_per_minute: 1_000_000,
            synpunkter_per_minute: 1_000_000,
            requests_per_minute: 1_000_000,
            ..Limits::default()
        }
    }
}

/// `[retention]`: how long personal data and idempotency records stay.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Retention {
    pub synpunkt_personal_days: u32,
    pub idempotency_days: u32,
}

impl Default for Retention {
    fn default() -> Self {
        Retention {
            synpunkt_personal_days: 90,
            idempotency_days: 30,
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OfficeConfig {
    pub id: String,
    pub name: String,
    pub area: String,
    #[serde(default)]
    pub services: Vec<ServiceConfig>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceConfig {
    pub id: String,
    pub prefix: String,
    pub rosa_level: u8,
    pub names: BTreeMap<Language, String>,
    #[serde(default)]
    pub hours: Vec<OpeningHours>,
    /// The wait the office aims to stay within (minutes, 1-600): the
    /// report shows the share of visitors called within it.
    #[serde(default = "default_target_wait")]
    pub target_wait_minutes: u32,
}

/// [`ServiceConfig::target_wait_minutes`] when not given.
pub const DEFAULT_TARGET_WAIT_MINUTES: u32 = 20;

fn default_target_wait() -> u32 {
    DEFAULT_TARGET_WAIT_MINUTES
}

/// Opening hours on the given weekdays, local time (Europe/Stockholm).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OpeningHours {
    pub days: Vec<Day>,
    pub open: NaiveTime,
    pub close: NaiveTime,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Day {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Day {
    fn weekday(self) -> Weekday {
        match self {
            Day::Mon => Weekday::Mon,
            Day::Tue => Weekday::Tue,
            Day::Wed => Weekday::Wed,
            Day::Thu => Weekday::Thu,
            Day::Fri => Weekday::Fri,
            Day::Sat => Weekday::Sat,
            Day::Sun => Weekday::Sun,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("cannot read config {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("config {path}: {source}")]
    Parse {
        path: PathBuf,
        source: Box<toml::de::Error>,
    },
    #[error("config {path}: {problem}")]
    Invalid { path: PathBuf, problem: String },
}

impl CentralConfig {
    /// The bundled demo config.
    pub fn demo() -> CentralConfig {
        // The demo file is part of the binary and checked by a test.
        Self::parse(DEMO_CONFIG, Path::new("<bundled demo.toml>")).unwrap_or_default()
    }

    pub fn load(path: &Path) -> Result<CentralConfig, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.to_owned(),
            source,
        })?;
        Self::parse(&text, path)
    }

    pub fn parse(text: &str, path: &Path) -> Result<CentralConfig, ConfigError> {
        let config: CentralConfig = toml::from_str(text).map_err(|e| ConfigError::Parse {
            path: path.to_owned(),
            source: Box::new(e),
        })?;
        config.validate().map_err(|problem| ConfigError::Invalid {
            path: path.to_owned(),
            problem,
        })?;
        Ok(config)
    }

    fn validate(&self) -> Result<(), String> {
        if self.token_file.is_some() {
            return Err(
                "token_file: one shared token is gone; give every device its own token \
                 ([[tokens]], made with `medborgarkiosk central token new`, see deploy/README.md)"
                    .into(),
            );
        }
        let mut seen = HashSet::new();
        for (i, token) in self.tokens.iter().enumerate() {
            if token.digest().is_none() {
                return Err(format!(
                    "tokens[{i}].sha256: 64 hex digits (from `medborgarkiosk central token new`)"
                ));
            }
            if !seen.insert(token.sha256.to_ascii_lowercase()) {
                return Err(format!("tokens[{i}]: the same token appears twice"));
            }
            if !is_ident(&token.id) {
                return Err(format!(
                    "tokens[{i}].id: `{}` is not an id (1-64 of A-Z a-z 0-9 . _ -)",
                    token.id
                ));
            }
            if token.office.is_some() && token.role != Role::Counter {
                return Err(format!(
                    "tokens[{i}].office: only a counter token has an office"
                ));
            }
        }
        let l = &self.limits;
        for (key, value) in [
            ("tickets_per_minute", l.tickets_per_minute),
            ("synpunkter_per_minute", l.synpunkter_per_minute),
            ("requests_per_minute", l.requests_per_minute),
        ] {
            if value == 0 {
                return Err(format!("limits.{key}: at least 1"));
            }
        }
        if !(1..=300).contains(&l.header_read_timeout_secs) {
            return Err("limits.header_read_timeout_secs: 1 to 300".into());
        }
        if !(1..=600).contains(&l.request_timeout_secs) {
            return Err("limits.request_timeout_secs: 1 to 600".into());
        }
        if !(1..=65_536).contains(&l.max_connections) {
            return Err("limits.max_connections: 1 to 65536".into());
        }
        if !(1..=24 * 366).contains(&l.max_clock_skew_hours) {
            return Err("limits.max_clock_skew_hours: 1 to 8784".into());
        }
        if self.retention.synpunkt_personal_days == 0 || self.retention.idempotency_days == 0 {
            return Err("retention: at least 1 day".into());
        }
        if let Some(base) = &self.public_base_url {
            let ok = reqwest::Url::parse(base).is_ok_and(|u| {
                matches!(u.scheme(), "https" | "http")
                    && u.host_str().is_some()
                    && u.query().is_none()
                    && !base.ends_with('/')
            });
            if !ok {
                return Err(format!(
                    "public_base_url {base:?}: an http(s) URL without a trailing slash, e.g. \"https://ko.example.se\""
                ));
            }
        }
        if self.offices.is_empty() {
            return Err("no [[offices]]".into());
        }
        let mut office_ids = HashSet::new();
        for office in &self.offices {
            if !office_ids.insert(office.id.as_str()) {
                return Err(format!("office id {:?} appears twice", office.id));
            }
            let mut ids = HashSet::new();
            let mut prefixes = HashSet::new();
            for s in &office.services {
                if !ids.insert(s.id.as_str()) {
                    return Err(format!(
                        "service id {:?} twice in office {:?}",
                        s.id, office.id
                    ));
                }
                if s.prefix.is_empty()
                    || s.prefix.len() > 2
                    || !s.prefix.chars().all(|c| c.is_ascii_uppercase())
                {
                    return Err(format!(
                        "service {:?}: prefix must be 1-2 letters A-Z",
                        s.id
                    ));
                }
                if !prefixes.insert(s.prefix.as_str()) {
                    return Err(format!(
                        "prefix {:?} twice in office {:?}",
                        s.prefix, office.id
                    ));
                }
                if !(1..=6).contains(&s.rosa_level) {
                    return Err(format!("service {:?}: rosa_level must be 1-6", s.id));
                }
                if !(1..=600).contains(&s.target_wait_minutes) {
                    return Err(format!(
                        "service {:?}: target_wait_minutes must be 1-600",
                        s.id
                    ));
                }
                if !s.names.contains_key(&Language::Sv) {
                    return Err(format!(
                        "service {:?}: a Swedish name (sv) is required",
                        s.id
                    ));
                }
                for h in &s.hours {
                    if h.open >= h.close {
                        return Err(format!(
                            "service {:?}: opening hours end before they start",
                            s.id
                        ));
                    }
                }
            }
        }
        Ok(())
    }

    /// The config with one more device token.
    pub fn with_token(mut self, token: TokenConfig) -> CentralConfig {
        self.tokens.push(token);
        self
    }

    /// The config with other `[limits]`.
    pub fn with_limits(mut self, limits: Limits) -> CentralConfig {
        self.limits = limits;
        self
    }

    /// The config with every service open at all hours (`open_all_hours`).
    pub fn open_all_hours(mut self) -> CentralConfig {
        self.open_all_hours = true;
        self
    }

    pub fn office(&self, id: &str) -> Option<&OfficeConfig> {
        self.offices.iter().find(|o| o.id == id)
    }

    /// Whether `service` is open at `now`, and if not, when it opens next:
    /// [`ServiceConfig::opening`], or open when `open_all_hours` is set.
    pub fn opening(
        &self,
        service: &ServiceConfig,
        now: DateTime<Utc>,
    ) -> (bool, Option<DateTime<Utc>>) {
        if self.open_all_hours {
            (true, None)
        } else {
            service.opening(now)
        }
    }

    /// When `office` closes on the day of `now`: [`OfficeConfig::closing`],
    /// or the next midnight when `open_all_hours` is set.
    pub fn closing(&self, office: &OfficeConfig, now: DateTime<Utc>) -> DateTime<Utc> {
        if self.open_all_hours {
            next_midnight(now)
        } else {
            office.closing(now)
        }
    }
}

/// The midnight after `now`, Stockholm time (24 hours on when the zone
/// cannot say).
fn next_midnight(now: DateTime<Utc>) -> DateTime<Utc> {
    now.with_timezone(&Stockholm)
        .date_naive()
        .succ_opt()
        .and_then(|d| {
            Stockholm
                .from_local_datetime(&d.and_time(NaiveTime::MIN))
                .earliest()
        })
        .map_or(now + chrono::Duration::hours(24), |t| t.with_timezone(&Utc))
}

impl OfficeConfig {
    pub fn service(&self, id: &str) -> Option<&ServiceConfig> {
        self.services.iter().find(|s| s.id == id)
    }

    /// When the office closes on the day of `now` (the latest closing of
    /// its services that day, Stockholm time); midnight after `now` when
    /// none of them is open that day. A ticket's follow page lives until
    /// then.
    pub fn closing(&self, now: DateTime<Utc>) -> DateTime<Utc> {
        let date = now.with_timezone(&Stockholm).date_naive();
        let local = |time: NaiveTime| {
            Stockholm
                .from_local_datetime(&date.and_time(time))
                .earliest()
                .map(|t| t.with_timezone(&Utc))
        };
        let midnight = next_midnight(now);
        if !crate::calendar::is_working_day(date) {
            return midnight;
        }
        self.services
            .iter()
            .flat_map(|s| &s.hours)
            .filter(|h| h.days.iter().any(|d| d.weekday() == date.weekday()))
            .filter_map(|h| local(h.close))
            .filter(|&close| close > now)
            .max()
            .unwrap_or(midnight)
    }
}

impl ServiceConfig {
    /// The service's name in `language`, else in Swedish.
    pub fn name(&self, language: Language) -> String {
        self.names
            .get(&language)
            .or_else(|| self.names.get(&Language::Sv))
            .cloned()
            .unwrap_or_else(|| self.id.clone())
    }

    /// Whether the service is open at `now`, and if not, when it opens next
    /// (within two weeks).
    pub fn opening(&self, now: DateTime<Utc>) -> (bool, Option<DateTime<Utc>>) {
        let local = now.with_timezone(&Stockholm);
        let today = local.date_naive();
        for offset in 0..15u64 {
            let Some(date) = today.checked_add_days(Days::new(offset)) else {
                break;
            };
            if !crate::calendar::is_working_day(date) {
                continue;
            }
            let mut windows: Vec<&OpeningHours> = self
                .hours
                .iter()
                .filter(|h| h.days.iter().any(|d| d.weekday() == date.weekday()))
                .collect();
            windows.sort_by_key(|h| h.open);
            for h in windows {
                let (Some(open), Some(close)) = (
                    Stockholm
                        .from_local_datetime(&date.and_time(h.open))
                        .earliest(),
                    Stockholm
                        .from_local_datetime(&date.and_time(h.close))
                        .earliest(),
                ) else {
                    continue;
                };
                let (open, close) = (open.with_timezone(&Utc), close.with_timezone(&Utc));
                if offset == 0 && open <= now && now < close {
                    return (true, None);
                }
                if open > now {
                    return (false, Some(open));
                }
            }
        }
        (false, None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_config_is_valid_and_complete() {
        let config = CentralConfig::parse(DEMO_CONFIG, Path::new("demo.toml")).unwrap();
        let office = config.office("botkyrka-tumba").unwrap();
        assert!(office.services.len() >= 5);
        for s in &office.services {
            for lang in Language::ALL {
                assert!(s.names.contains_key(&lang), "{} lacks {lang:?}", s.id);
            }
            assert!(!s.hours.is_empty());
        }
        assert!(
            office
                .services
                .iter()
                .all(|s| s.target_wait_minutes == DEFAULT_TARGET_WAIT_MINUTES)
        );
        let levels: HashSet<u8> = office.services.iter().map(|s| s.rosa_level).collect();
        for level in 1..=5 {
            assert!(levels.contains(&level), "ROSA level {level}");
        }
    }

    #[test]
    fn opening_hours_follow_stockholm_time_and_holidays() {
        let config = CentralConfig::demo();
        let s = config
            .office("botkyrka-tumba")
            .unwrap()
            .service("information")
            .unwrap();
        // Tuesday 2026-03-10 10:00 Stockholm (09:00Z) is open.
        let t = Utc.with_ymd_and_hms(2026, 3, 10, 9, 0, 0).unwrap();
        assert_eq!(s.opening(t), (true, None));
        // 07:30Z = 08:30 local, before opening: opens 09:00 local = 08:00Z.
        let t = Utc.with_ymd_and_hms(2026, 3, 10, 7, 30, 0).unwrap();
        assert_eq!(
            s.opening(t),
            (
                false,
                Some(Utc.with_ymd_and_hms(2026, 3, 10, 8, 0, 0).unwrap())
            )
        );
        // Thursday 2026-04-02 evening: långfredag, weekend and annandag
        // påsk are closed, so the next opening is Tuesday 7 April 09:00
        // CEST = 07:00Z.
        let t = Utc.with_ymd_and_hms(2026, 4, 2, 19, 0, 0).unwrap();
        assert_eq!(
            s.opening(t),
            (
                false,
                Some(Utc.with_ymd_and_hms(2026, 4, 7, 7, 0, 0).unwrap())
            )
        );
    }

    #[test]
    fn open_all_hours_opens_every_service_at_night_on_holidays_until_midnight() {
        // Juldagen 2026 (a Friday, a holiday) at 03:00 Stockholm = 02:00Z.
        let night = Utc.with_ymd_and_hms(2026, 12, 25, 2, 0, 0).unwrap();
        let plain = CentralConfig::demo();
        let office = plain.office("botkyrka-tumba").unwrap();
        for s in &office.services {
            assert!(
                !plain.opening(s, night).0,
                "{} is closed by its hours",
                s.id
            );
        }
        let midnight = Utc.with_ymd_and_hms(2026, 12, 25, 23, 0, 0).unwrap();
        assert_eq!(plain.closing(office, night), midnight);

        let text = format!("open_all_hours = true\n{DEMO_CONFIG}");
        let open = CentralConfig::parse(&text, Path::new("open.toml")).unwrap();
        assert!(open.open_all_hours);
        let office = open.office("botkyrka-tumba").unwrap();
        for s in &office.services {
            assert_eq!(open.opening(s, night), (true, None), "{}", s.id);
        }
        // A Tuesday at 17:00 local: the office's day would end at 18:00;
        // open at all hours it ends at midnight (CET: 23:00Z).
        let evening = Utc.with_ymd_and_hms(2026, 12, 8, 16, 0, 0).unwrap();
        assert_eq!(
            CentralConfig::demo().closing(office, evening),
            Utc.with_ymd_and_hms(2026, 12, 8, 17, 0, 0).unwrap()
        );
        assert_eq!(
            open.closing(office, evening),
            Utc.with_ymd_and_hms(2026, 12, 8, 23, 0, 0).unwrap()
        );
        assert!(CentralConfig::demo().open_all_hours().open_all_hours);
    }

    #[test]
    fn bad_configs_are_refused_with_a_message() {
        let bad = r#"
[[offices]]
id = "x"
name = "X"
area = "X"
[[offices.services]]
id = "a"
prefix = "a1"
rosa_level = 1
names = { sv = "A" }
"#;
        let err = CentralConfig::parse(bad, Path::new("bad.toml")).unwrap_err();
        assert!(err.to_string().contains("prefix"), "{err}");
        let err = CentralConfig::parse("offices = 3", Path::new("bad.toml")).unwrap_err();
        assert!(matches!(err, ConfigError::Parse { .. }));
        let err = CentralConfig::parse("", Path::new("empty.toml")).unwrap_err();
        assert!(err.to_string().contains("no [[offices]]"));
        let zero_target = bad.replace("prefix = \"a1\"", "prefix = \"A\"\ntarget_wait_minutes = 0");
        let err = CentralConfig::parse(&zero_target, Path::new("bad.toml")).unwrap_err();
        assert!(err.to_string().contains("target_wait_minutes"), "{err}");
    }

    #[test]
    fn tokens_are_hashed_bound_and_long_enough() {
        assert_eq!(
            TokenConfig::for_token(Role::Kiosk, "tumba-1", "short"),
            Err(TokenError::TooShort)
        );
        assert_eq!(
            TokenConfig::for_token(Role::Kiosk, "tumba-1", &"x".repeat(31)),
            Err(TokenError::TooShort)
        );
        let token = "k".repeat(32);
        let entry = TokenConfig::for_token(Role::Kiosk, "tumba-1", &token).unwrap();
        assert_eq!(entry.sha256.len(), 64);
        assert!(
            !entry.to_toml().contains(&token),
            "the token itself is never stored"
        );
        // The TOML block reads back as the same entry.
        let text = format!("{DEMO_CONFIG}\n{}", entry.to_toml());
        let config = CentralConfig::parse(&text, Path::new("c.toml")).unwrap();
        assert_eq!(config.tokens, vec![entry.clone()]);
        // A shared token file is refused with directions.
        let err = CentralConfig::parse(
            &format!("token_file = \"/etc/x\"\n{DEMO_CONFIG}"),
            Path::new("c.toml"),
        )
        .unwrap_err()
        .to_string();
        assert!(err.contains("central token new"), "{err}");
        // A bad hash, an office on a kiosk token, a role that does not exist.
        for bad in [
            "[[tokens]]\nrole = \"kiosk\"\nid = \"a\"\nsha256 = \"abc\"\n",
            &format!(
                "[[tokens]]\nrole = \"kiosk\"\nid = \"a\"\noffice = \"x\"\nsha256 = \"{}\"\n",
                entry.sha256
            ),
            &format!(
                "[[tokens]]\nrole = \"root\"\nid = \"a\"\nsha256 = \"{}\"\n",
                entry.sha256
            ),
        ] {
            let text = format!("{DEMO_CONFIG}\n{bad}");
            assert!(
                CentralConfig::parse(&text, Path::new("c.toml")).is_err(),
                "{bad}"
            );
        }
    }
}

//! The reference server's TOML config: offices, their services, opening
//! hours and where the accepted token is.
//!
//! ```toml
//! # File holding the accepted bearer token (first line). The environment
//! # variable MEDBORGARKIOSK_API_TOKEN wins over it.
//! token_file = "/etc/medborgarkiosk/central-token"
//! # Service time assumed while too few real ones are measured (minutes).
//! default_service_minutes = 8
//! # How many recent tickets are shown on now-serving.
//! now_serving_count = 8
//! # Optional: a follow URL for tickets; {office} and {ticket} are replaced.
//! # follow_url = "https://kö.example/{office}/{ticket}"
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
//! ```
//!
//! Services are closed on days that are not Swedish working days
//! ([`crate::calendar`]).

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
    pub token_file: Option<PathBuf>,
    pub default_service_minutes: u32,
    pub now_serving_count: u32,
    pub follow_url: Option<String>,
    pub offices: Vec<OfficeConfig>,
}

impl Default for CentralConfig {
    fn default() -> Self {
        CentralConfig {
            token_file: None,
            default_service_minutes: 8,
            now_serving_count: 8,
            follow_url: None,
            offices: Vec::new(),
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

    pub fn office(&self, id: &str) -> Option<&OfficeConfig> {
        self.offices.iter().find(|o| o.id == id)
    }
}

impl OfficeConfig {
    pub fn service(&self, id: &str) -> Option<&ServiceConfig> {
        self.services.iter().find(|s| s.id == id)
    }
}

impl ServiceConfig {
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
    }
}

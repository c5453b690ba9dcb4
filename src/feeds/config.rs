//! The `[feeds]` table of the kiosk's config.

use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::crisis::ActiveOptions;
use super::fetch::FetchLimits;
use crate::i18n::Language;

/// Configuration of news, events and crisis sources. Every key is optional;
/// the defaults work out of the box for Botkyrka.
///
/// ```toml
/// [feeds]
/// # RSS 2.0 / Atom feeds of area news, and of events (same formats).
/// news_feeds = ["https://www.botkyrka.se/nyheter.rss"]
/// event_feeds = ["https://www.botkyrka.se/evenemang.rss"]
/// # Crisis sources (Krisinformation, VMA, CAP) must be https (plain http
/// # only on loopback): they can take over the whole screen.
/// # Krisinformation.se API v3 news; "" turns it off.
/// krisinformation_url = "https://api.krisinformation.se/v3/news"
/// # Sveriges Radio VMA API v3; "" turns it off.
/// vma_url = "https://vmaapi.sr.se/api/v3/alerts"
/// # Further CAP 1.2 XML feeds.
/// cap_urls = []
/// # The office's area (SCB codes) and municipality name.
/// county_code = "01"
/// municipality_code = "0127"
/// municipality_name = "Botkyrka"
/// # How often every source is fetched (seconds, at least 30).
/// refresh_interval_secs = 300
/// # Show CAP status Exercise / Test messages (marked as such).
/// show_exercises = false
/// show_tests = false
/// # How long a crisis message without an expiry time stays up (hours).
/// max_age_without_expiry_hours = 24
/// # Limits of one fetch.
/// fetch_timeout_secs = 10
/// max_response_bytes = 2097152
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct FeedsConfig {
    pub news_feeds: Vec<String>,
    pub event_feeds: Vec<String>,
    pub krisinformation_url: String,
    pub vma_url: String,
    pub cap_urls: Vec<String>,
    pub county_code: String,
    pub municipality_code: String,
    pub municipality_name: String,
    pub refresh_interval_secs: u64,
    pub show_exercises: bool,
    pub show_tests: bool,
    pub max_age_without_expiry_hours: u32,
    pub fetch_timeout_secs: u64,
    pub max_response_bytes: u64,
    /// `[tls] ca_file`: extra root certificates (set by the config loader).
    #[serde(skip)]
    pub ca_file: Option<std::path::PathBuf>,
}

impl Default for FeedsConfig {
    fn default() -> Self {
        FeedsConfig {
            news_feeds: Vec::new(),
            event_feeds: Vec::new(),
            krisinformation_url: "https://api.krisinformation.se/v3/news".to_owned(),
            vma_url: "https://vmaapi.sr.se/api/v3/alerts".to_owned(),
            cap_urls: Vec::new(),
            county_code: "01".to_owned(),
            municipality_code: "0127".to_owned(),
            municipality_name: "Botkyrka".to_owned(),
            refresh_interval_secs: 300,
            show_exercises: false,
            show_tests: false,
            max_age_without_expiry_hours: 24,
            fetch_timeout_secs: 10,
            max_response_bytes: 2 * 1024 * 1024,
            ca_file: None,
        }
    }
}

/// A problem in the `[feeds]` config.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    #[error("feeds: `{0}` is not an http(s) URL")]
    BadUrl(String),
    /// A crisis source over plain http off loopback: anyone on the network
    /// path could make the kiosk show a full-screen alert.
    #[error(
        "feeds: `{0}` is a crisis source: use https:// (plain http only on loopback: 127.0.0.0/8, [::1] or localhost)"
    )]
    PlainHttpCrisis(String),
    #[error("feeds: county_code `{0}` must be two digits (SCB code, e.g. \"01\")")]
    BadCounty(String),
    #[error(
        "feeds: municipality_code `{0}` must be four digits starting with the county code (e.g. \"0127\")"
    )]
    BadMunicipality(String),
    #[error("feeds: refresh_interval_secs must be at least 30")]
    IntervalTooShort,
    #[error("feeds: fetch_timeout_secs must be 1..=60 and max_response_bytes 1 KiB..=16 MiB")]
    BadLimits,
}

impl ConfigError {
    /// The key of the `[feeds]` table the problem is in.
    pub fn key(&self, config: &FeedsConfig) -> &'static str {
        match self {
            ConfigError::BadUrl(url) | ConfigError::PlainHttpCrisis(url) => {
                if config.news_feeds.contains(url) {
                    "feeds.news_feeds"
                } else if config.event_feeds.contains(url) {
                    "feeds.event_feeds"
                } else if config.cap_urls.contains(url) {
                    "feeds.cap_urls"
                } else if &config.krisinformation_url == url {
                    "feeds.krisinformation_url"
                } else {
                    "feeds.vma_url"
                }
            }
            ConfigError::BadCounty(_) => "feeds.county_code",
            ConfigError::BadMunicipality(_) => "feeds.municipality_code",
            ConfigError::IntervalTooShort => "feeds.refresh_interval_secs",
            ConfigError::BadLimits => "feeds.fetch_timeout_secs",
        }
    }
}

impl FeedsConfig {
    /// The `[feeds]` table of the kiosk's TOML config file (defaults when
    /// the table is absent), validated.
    pub fn from_kiosk_config_file(path: &std::path::Path) -> Result<FeedsConfig, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let table: toml::Table =
            toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut config: FeedsConfig = match table.get("feeds") {
            None => FeedsConfig::default(),
            Some(value) => value
                .clone()
                .try_into()
                .map_err(|e| format!("{}: [feeds]: {e}", path.display()))?,
        };
        config.ca_file = table
            .get("tls")
            .and_then(|t| t.get("ca_file"))
            .and_then(|v| v.as_str())
            .map(std::path::PathBuf::from);
        config.validate().map_err(|e| e.to_string())?;
        Ok(config)
    }

    /// The crisis sources (Krisinformation, VMA, CAP) that are on.
    pub fn crisis_urls(&self) -> impl Iterator<Item = &String> {
        self.cap_urls.iter().chain(
            [&self.krisinformation_url, &self.vma_url]
                .into_iter()
                .filter(|u| !u.is_empty()),
        )
    }

    /// Checks URLs, codes and limits. News and events may be http(s);
    /// crisis sources must be https, or http only on loopback (the URL's
    /// host parsed, never a prefix).
    pub fn validate(&self) -> Result<(), ConfigError> {
        for url in self.news_feeds.iter().chain(&self.event_feeds) {
            crate::net::http_url(url).map_err(|_| ConfigError::BadUrl(url.clone()))?;
        }
        for url in self.crisis_urls() {
            match crate::net::https_or_loopback(url) {
                Ok(_) => {}
                Err(crate::net::UrlError::PlainHttp(_)) => {
                    return Err(ConfigError::PlainHttpCrisis(url.clone()));
                }
                Err(_) => return Err(ConfigError::BadUrl(url.clone())),
            }
        }
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        if !digits(&self.county_code, 2) {
            return Err(ConfigError::BadCounty(self.county_code.clone()));
        }
        if !digits(&self.municipality_code, 4)
            || !self.municipality_code.starts_with(&self.county_code)
        {
            return Err(ConfigError::BadMunicipality(self.municipality_code.clone()));
        }
        if self.refresh_interval_secs < 30 {
            return Err(ConfigError::IntervalTooShort);
        }
        if !(1..=60).contains(&self.fetch_timeout_secs)
            || !(1024..=16 * 1024 * 1024).contains(&self.max_response_bytes)
        {
            return Err(ConfigError::BadLimits);
        }
        Ok(())
    }

    pub fn refresh_interval(&self) -> Duration {
        Duration::from_secs(self.refresh_interval_secs.max(30))
    }

    pub fn fetch_limits(&self) -> FetchLimits {
        FetchLimits {
            max_bytes: self.max_response_bytes,
            timeout: Duration::from_secs(self.fetch_timeout_secs.max(1)),
        }
    }

    /// The options of [`super::active_messages`] for a visitor's language.
    pub fn active_options(&self, language: Language) -> ActiveOptions {
        ActiveOptions {
            language,
            show_exercises: self.show_exercises,
            show_tests: self.show_tests,
            county_code: self.county_code.clone(),
            municipality_code: self.municipality_code.clone(),
            municipality_name: self.municipality_name.clone(),
            max_age_without_expiry: chrono::Duration::hours(i64::from(
                self.max_age_without_expiry_hours,
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_valid_and_unknown_keys_refused() {
        FeedsConfig::default().validate().unwrap();
        let c: FeedsConfig =
            toml::from_str("news_feeds = [\"https://example.org/a.rss\"]").unwrap();
        assert_eq!(c.county_code, "01");
        assert!(toml::from_str::<FeedsConfig>("newsfeeds = []").is_err());
        let bad = FeedsConfig {
            municipality_code: "0380".into(),
            ..Default::default()
        };
        assert_eq!(
            bad.validate(),
            Err(ConfigError::BadMunicipality("0380".into()))
        );
        let bad = FeedsConfig {
            cap_urls: vec!["file:///etc/passwd".into()],
            ..Default::default()
        };
        assert!(matches!(bad.validate(), Err(ConfigError::BadUrl(_))));
    }

    #[test]
    fn crisis_sources_need_https_except_on_loopback() {
        for (field, url) in [
            ("cap", "http://cap.example.se/alerts.xml"),
            ("cap", "http://127.attacker.example/cap.xml"),
            ("kris", "http://api.krisinformation.se/v3/news"),
            ("vma", "http://vmaapi.sr.se/api/v3/alerts"),
            ("vma", "http://localhost.attacker.example/vma"),
        ] {
            let mut config = FeedsConfig::default();
            match field {
                "cap" => config.cap_urls = vec![url.into()],
                "kris" => config.krisinformation_url = url.into(),
                _ => config.vma_url = url.into(),
            }
            let err = config.validate().unwrap_err();
            assert_eq!(err, ConfigError::PlainHttpCrisis(url.into()), "{url}");
            assert!(err.to_string().contains("https"), "{err}");
        }
        // Loopback (a test's server, a local relay) and https are fine;
        // news over plain http is not a takeover and stays allowed.
        let config = FeedsConfig {
            cap_urls: vec![
                "http://127.0.0.1:8080/cap.xml".into(),
                "http://[::1]:8080/cap.xml".into(),
                "https://cap.example.se/alerts.xml".into(),
            ],
            vma_url: "http://localhost:9000/vma".into(),
            news_feeds: vec!["http://www.example.se/news.rss".into()],
            ..FeedsConfig::default()
        };
        assert_eq!(config.validate(), Ok(()));
        let config = FeedsConfig {
            cap_urls: vec!["http://cap.example.se/alerts.xml".into()],
            ..FeedsConfig::default()
        };
        assert_eq!(
            config.validate().unwrap_err().key(&config),
            "feeds.cap_urls"
        );
    }
}

//! The kiosk's configuration: one TOML file per kiosk.
//!
//! Unknown keys and bad values are rejected with a message that names the
//! file, the key and what is allowed. With no file at all the built-in
//! defaults give a working kiosk (a Botkyrka office, all languages).
//!
//! ```toml
//! kiosk_id = "tumba-1"
//! data_dir = "/var/lib/medborgarkiosk"   # optional
//! demo = false            # true: the built-in demo API, nothing reaches the municipality
//! demo_open_all_hours = false   # true: the built-in API's services are open at every
//!                               # hour of every day (a demonstration, a measurement)
//!
//! [office]
//! id = "botkyrka-tumba"
//! name = "Medborgarcenter Tumba"
//! area = "Tumba"
//!
//! [languages]
//! offered = ["sv", "sv-x-lattlast", "en", "fi", "ar", "fa", "so", "tr", "ti"]
//!
//! [idle]
//! quiet_seconds = 90
//! countdown_seconds = 20
//!
//! [display]
//! renderer = "tiny-skia"   # or "wgpu" (GPU) or "auto"
//! reach_mode = false       # all controls in the lower part of the screen
//! high_contrast = false    # start in the high-contrast theme
//!
//! [api]                    # none: the built-in demo server on loopback
//! base_url = "https://kiosk-api.botkyrka.se"     # https (http only on loopback)
//! token_file = "/etc/medborgarkiosk/api-token"   # or MEDBORGARKIOSK_API_TOKEN
//!
//! [tls]                    # optional: the municipality's own CA (PEM)
//! ca_file = "/etc/medborgarkiosk/kommun-ca.pem"
//!
//! [queue]
//! desk_service = "information"   # where help tickets for specialist errands go
//! ticket_seconds = 30            # the ticket's time on screen
//!
//! [printer]                # optional: ESC/POS over TCP or a device file
//! target = "tcp:192.0.2.10:9100"   # or "/dev/usb/lp0"
//! width_dots = 576                 # 80 mm paper
//!
//! [content]              # optional: the municipality's own content
//! dir = "/etc/medborgarkiosk/content"   # unset: the bundled content
//!
//! [feeds]                # optional: area news, events, crisis information
//! news_feeds = ["https://www.botkyrka.se/nyheter.rss"]
//! event_feeds = ["https://www.botkyrka.se/evenemang.rss"]
//! # krisinformation_url, vma_url, cap_urls (https; http only on loopback),
//! # county_code, municipality_code, refresh_interval_secs, show_exercises:
//! # see feeds::FeedsConfig
//!
//! [wall_display]          # `--mode display`: the lobby wall screen
//! slide_seconds = 12      # each slide's time on screen (5 to 120)
//! slides = ["now_serving", "news", "events", "hours", "clock"]
//!
//! [wall_display.calls]    # numbers called aloud: chime, Swedish, the ticket's language
//! enabled = true          # false: not said (the newest call is still highlighted)
//! volume = 100            # 20 to 200 (percent of normal); unset: [speech] volume
//! second_language = true  # also in the visitor's language when it has a voice
//! chime = "/etc/medborgarkiosk/chime.wav"   # unset: the bundled chime
//!
//! [keypad]               # optional: a navigation keypad's keys (names as the
//! F13 = "select"         # window system gives them) → next, previous, up,
//! F14 = "back"           # down, left, right, select, back, start_over, help,
//!                        # louder, quieter, repeat; over the defaults
//!
//! [staff]                # optional: staff mode (unset: no staff mode)
//! pin_hash = "$argon2id$v=19$m=19456,t=2,p=1$…"   # `medborgarkiosk hash-pin`
//!
//! [outbox]
//! keep_refused_days = 30  # personal fields of refused synpunkter erased after
//!
//! [opening_hours]
//! monday = "08:00-17:00"
//! friday = "08:00-12:00, 13:00-15:00"
//! saturday = "closed"
//! exceptions = [{ date = "2026-12-24", hours = "closed" }]
//! ```
//!
//! A kiosk installed from the package (its config in `/etc/medborgarkiosk`
//! or its `data_dir` under `/var/lib`) refuses to start without `[api]`
//! unless `demo = true` says the built-in server is meant: otherwise
//! synpunkter would quietly stay on the kiosk.

use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::api::client::ApiConfig;
use crate::content::ContentConfig;
use crate::feeds::FeedsConfig;
use crate::hours::{DayHours, HoursError, OpeningHours};
use crate::i18n::Language;
use crate::net::TlsConfig;
use crate::outbox::OutboxConfig;
use crate::print::Printer;
use crate::speech::SpeechConfig;
use crate::speech::calls::CallsConfig;
use crate::staff::StaffConfig;

/// The default config location, used when `--config` is not given and the
/// file exists.
pub const DEFAULT_PATH: &str = "/etc/medborgarkiosk/kiosk.toml";

/// Where the package installs the config; a config there is an installed
/// kiosk's.
pub const PACKAGE_CONFIG_DIR: &str = "/etc/medborgarkiosk";

/// Under this directory a `data_dir` is an installed kiosk's.
pub const PACKAGE_DATA_PARENT: &str = "/var/lib";

#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    pub kiosk_id: String,
    pub data_dir: PathBuf,
    pub office: Office,
    /// Offered languages in button order; the first is the default.
    pub languages: Vec<Language>,
    pub idle: Idle,
    pub display: Display,
    pub opening_hours: OpeningHours,
    /// `[api]`: the central API (none = the built-in reference server).
    pub api: ApiConfig,
    /// `demo = true`: the built-in reference server on purpose; receipts
    /// promise no answer date, the heartbeat and the staff panel say so.
    /// (With no config file at all the built-in defaults are a demo too.)
    pub demo: bool,
    /// `demo_open_all_hours = true`: the built-in reference server's
    /// services are open at every hour of every day, holidays included, so
    /// that a demonstration (or `scripts/measure.sh`) can take a ticket in
    /// the evening. Only without `[api] base_url`.
    pub demo_open_all_hours: bool,
    /// `[tls]`: the municipality's own CA for the API, Open311 and feeds.
    pub tls: TlsConfig,
    /// `[outbox]`: delivery of submissions.
    pub outbox: OutboxConfig,
    pub queue: Queue,
    /// `[speech]`: reading screens aloud.
    pub speech: SpeechConfig,
    /// `[printer]`: the ticket printer (none: tickets only on screen).
    pub printer: Printer,
    /// `[content]`: guides, forms and contacts (unset: the bundled content).
    pub content: ContentConfig,
    /// `[staff]`: the staff PIN's Argon2id hash (unset: no staff mode).
    pub staff: StaffConfig,
    /// `[open311]`: deliver synpunkter to an Open311 GeoReport v2
    /// endpoint instead of the central API.
    pub open311: Option<crate::open311::Open311Config>,
    /// `[feeds]`: news, events and crisis sources. Absent: no feeds (no
    /// news tile, no crisis banner); an empty `[feeds]` table turns on the
    /// defaults (Krisinformation.se and Sveriges Radio VMA for Botkyrka).
    pub feeds: Option<FeedsConfig>,
    /// `[wall_display]`: slides of `--mode display`.
    pub wall_display: WallDisplay,
    /// `[keypad]`: key names of a navigation keypad mapped to actions, over
    /// the defaults (`keys::DEFAULTS`).
    pub keypad: crate::keys::KeypadConfig,
}

/// A slide of the wall display.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Slide {
    /// The tickets now called, with their counters.
    NowServing,
    News,
    /// Upcoming events.
    Events,
    /// Today's opening hours.
    Hours,
    Clock,
}

impl Slide {
    pub const ALL: [Slide; 5] = [
        Slide::NowServing,
        Slide::News,
        Slide::Events,
        Slide::Hours,
        Slide::Clock,
    ];
}

/// `[wall_display]`: the `--mode display` lobby screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WallDisplay {
    /// Seconds each slide stays on screen.
    pub slide_seconds: u32,
    /// The slides in rotation order (a slide with nothing to show is skipped).
    pub slides: Vec<Slide>,
    /// `[wall_display.calls]`: numbers called aloud.
    pub calls: CallsConfig,
}

impl Default for WallDisplay {
    fn default() -> Self {
        WallDisplay {
            slide_seconds: 12,
            slides: Slide::ALL.to_vec(),
            calls: CallsConfig::default(),
        }
    }
}

/// `[queue]`: queue tickets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Queue {
    /// The service that help tickets for specialist errands go to (default:
    /// the first level-1 service).
    pub desk_service: Option<String>,
    /// Seconds the ticket stays on screen before the kiosk returns to Start.
    pub ticket_seconds: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Office {
    pub id: String,
    pub name: String,
    pub area: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Idle {
    /// Seconds without a touch before the "Are you still there?" overlay.
    pub quiet_seconds: u32,
    /// Seconds the overlay counts down before the kiosk resets.
    pub countdown_seconds: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Renderer {
    /// The software renderer: fast start, small memory, no GPU needed.
    #[default]
    TinySkia,
    /// The GPU renderer (wgpu). Use only where a real GPU exists.
    Wgpu,
    /// Let iced decide (wgpu if any adapter, even a software one).
    Auto,
}

impl Renderer {
    /// The value iced reads from `ICED_BACKEND`, if any.
    pub fn iced_backend(self) -> Option<&'static str> {
        match self {
            Renderer::TinySkia => Some("tiny-skia"),
            Renderer::Wgpu => Some("wgpu"),
            Renderer::Auto => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Display {
    pub renderer: Renderer,
    pub reach_mode: bool,
    pub high_contrast: bool,
}

/// A config error: which file, which key, what is wrong and what is allowed.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("{file}: cannot read: {source}")]
    Read {
        file: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{file}{}: {message}", line.map(|l| format!(", line {l}")).unwrap_or_default())]
    Syntax {
        file: PathBuf,
        line: Option<usize>,
        message: String,
    },
    #[error("{file}: `{key}`: {message}")]
    Value {
        file: PathBuf,
        key: String,
        message: String,
    },
}

// ---- the file as written -------------------------------------------------

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    kiosk_id: Option<String>,
    data_dir: Option<PathBuf>,
    #[serde(default)]
    demo: Option<bool>,
    #[serde(default)]
    demo_open_all_hours: bool,
    #[serde(default)]
    tls: TlsConfig,
    office: Option<Office>,
    #[serde(default)]
    languages: RawLanguages,
    #[serde(default)]
    idle: RawIdle,
    #[serde(default)]
    display: RawDisplay,
    #[serde(default)]
    opening_hours: RawHours,
    #[serde(default)]
    api: ApiConfig,
    #[serde(default)]
    outbox: OutboxConfig,
    #[serde(default)]
    queue: RawQueue,
    #[serde(default)]
    speech: SpeechConfig,
    #[serde(default)]
    printer: Printer,
    #[serde(default)]
    content: ContentConfig,
    #[serde(default)]
    staff: StaffConfig,
    #[serde(default)]
    open311: Option<crate::open311::Open311Config>,
    #[serde(default)]
    feeds: Option<FeedsConfig>,
    #[serde(default)]
    wall_display: RawWallDisplay,
    #[serde(default)]
    keypad: crate::keys::KeypadConfig,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawWallDisplay {
    slide_seconds: Option<u32>,
    slides: Option<Vec<Slide>>,
    #[serde(default)]
    calls: CallsConfig,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawQueue {
    desk_service: Option<String>,
    ticket_seconds: Option<u32>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawLanguages {
    offered: Option<Vec<String>>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawIdle {
    quiet_seconds: Option<u32>,
    countdown_seconds: Option<u32>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawDisplay {
    renderer: Option<Renderer>,
    reach_mode: Option<bool>,
    high_contrast: Option<bool>,
}

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawHours {
    monday: Option<String>,
    tuesday: Option<String>,
    wednesday: Option<String>,
    thursday: Option<String>,
    friday: Option<String>,
    saturday: Option<String>,
    sunday: Option<String>,
    #[serde(default)]
    exceptions: Vec<RawException>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawException {
    date: String,
    hours: String,
}

impl Default for Config {
    /// The built-in defaults, used with no config file at all: a demo.
    fn default() -> Self {
        let raw = RawConfig {
            demo: Some(true),
            ..RawConfig::default()
        };
        Config::from_raw(raw, Path::new("<built-in defaults>"))
            .expect("built-in defaults are valid")
    }
}

impl Config {
    /// Loads the config: the given file, else [`DEFAULT_PATH`] if it exists,
    /// else the built-in defaults.
    pub fn load(path: Option<&Path>) -> Result<Config, ConfigError> {
        match path {
            Some(path) => Config::from_file(path),
            None if Path::new(DEFAULT_PATH).exists() => Config::from_file(Path::new(DEFAULT_PATH)),
            None => Ok(Config::default()),
        }
    }

    pub fn from_file(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            file: path.to_owned(),
            source,
        })?;
        Config::parse(&text, path)
    }

    /// Parses config text; `file` is only used in error messages.
    pub fn parse(text: &str, file: &Path) -> Result<Config, ConfigError> {
        let raw: RawConfig = toml::from_str(text).map_err(|e| ConfigError::Syntax {
            file: file.to_owned(),
            line: e.span().map(|span| line_of(text, span.start)),
            message: e.message().trim().to_owned(),
        })?;
        Config::from_raw(raw, file)
    }

    fn from_raw(raw: RawConfig, file: &Path) -> Result<Config, ConfigError> {
        let bad = |key: &str, message: String| ConfigError::Value {
            file: file.to_owned(),
            key: key.to_owned(),
            message,
        };

        let kiosk_id = raw.kiosk_id.unwrap_or_else(|| "kiosk-1".to_owned());
        if kiosk_id.is_empty()
            || kiosk_id.len() > 64
            || !kiosk_id
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            return Err(bad(
                "kiosk_id",
                format!("`{kiosk_id}` is not allowed: use 1-64 letters a-z, digits, `-` or `_`"),
            ));
        }

        let office = raw.office.unwrap_or_else(|| Office {
            id: "botkyrka-tumba".to_owned(),
            name: "Medborgarcenter Tumba".to_owned(),
            area: "Tumba".to_owned(),
        });
        for (key, value) in [
            ("office.id", &office.id),
            ("office.name", &office.name),
            ("office.area", &office.area),
        ] {
            if value.trim().is_empty() {
                return Err(bad(key, "must not be empty".to_owned()));
            }
        }

        let languages = match raw.languages.offered {
            None => Language::ALL.to_vec(),
            Some(codes) => {
                let mut languages = Vec::new();
                for code in codes {
                    let language: Language =
                        code.parse().map_err(|e: crate::i18n::UnknownLanguage| {
                            bad("languages.offered", e.to_string())
                        })?;
                    if languages.contains(&language) {
                        return Err(bad(
                            "languages.offered",
                            format!("`{code}` is listed twice"),
                        ));
                    }
                    languages.push(language);
                }
                if languages.is_empty() {
                    return Err(bad(
                        "languages.offered",
                        "list at least one language (sv, en, fi, ar, fa, so, tr, ti)".to_owned(),
                    ));
                }
                languages
            }
        };

        let quiet_seconds = raw.idle.quiet_seconds.unwrap_or(90);
        if !(15..=3600).contains(&quiet_seconds) {
            return Err(bad(
                "idle.quiet_seconds",
                format!("{quiet_seconds} is out of range: allowed 15 to 3600"),
            ));
        }
        let countdown_seconds = raw.idle.countdown_seconds.unwrap_or(20);
        if !(5..=120).contains(&countdown_seconds) {
            return Err(bad(
                "idle.countdown_seconds",
                format!("{countdown_seconds} is out of range: allowed 5 to 120"),
            ));
        }

        let display = Display {
            renderer: raw.display.renderer.unwrap_or_default(),
            reach_mode: raw.display.reach_mode.unwrap_or(false),
            high_contrast: raw.display.high_contrast.unwrap_or(false),
        };

        let opening_hours = hours_from_raw(raw.opening_hours)
            .map_err(|(key, e)| bad(&format!("opening_hours.{key}"), e.to_string()))?;

        let data_dir = raw.data_dir.unwrap_or_else(default_data_dir);

        raw.speech
            .validate()
            .map_err(|e| bad("speech", e.to_string()))?;
        raw.printer
            .validate()
            .map_err(|e| bad("printer", e.to_string()))?;
        raw.staff
            .validate()
            .map_err(|e| bad("staff.pin_hash", e.to_string()))?;

        let ticket_seconds = raw.queue.ticket_seconds.unwrap_or(30);
        if !(5..=300).contains(&ticket_seconds) {
            return Err(bad(
                "queue.ticket_seconds",
                format!("{ticket_seconds} is out of range: allowed 5 to 300"),
            ));
        }
        if let Some(url) = &raw.api.base_url {
            crate::net::https_or_loopback(url).map_err(|e| bad("api.base_url", e.to_string()))?;
        }
        let demo = raw.demo.unwrap_or(false);
        if demo && raw.api.base_url.is_some() {
            return Err(bad(
                "demo",
                "`demo = true` runs the built-in demo API; remove it or remove [api] base_url"
                    .to_owned(),
            ));
        }
        if raw.demo_open_all_hours && raw.api.base_url.is_some() {
            return Err(bad(
                "demo_open_all_hours",
                "opens the built-in demo API's services at all hours; the central API at \
                 [api] base_url keeps its own hours: remove one of them"
                    .to_owned(),
            ));
        }
        let installed =
            file.starts_with(PACKAGE_CONFIG_DIR) || data_dir.starts_with(PACKAGE_DATA_PARENT);
        if installed && raw.api.base_url.is_none() && !demo {
            return Err(bad(
                "api",
                format!(
                    "an installed kiosk (config in {PACKAGE_CONFIG_DIR}, data under {PACKAGE_DATA_PARENT}) needs \
                     [api] base_url: without it synpunkter would stay on this kiosk and tickets reach no queue. \
                     Set [api] base_url and token_file, or `demo = true` for a demonstration kiosk"
                ),
            ));
        }
        if let Some(path) = &raw.tls.ca_file {
            crate::net::load_ca_file(path).map_err(|e| bad("tls.ca_file", e.to_string()))?;
        }

        if let Some(feeds) = &raw.feeds {
            feeds
                .validate()
                .map_err(|e| bad(e.key(feeds), e.to_string()))?;
        }
        let slide_seconds = raw.wall_display.slide_seconds.unwrap_or(12);
        if !(5..=120).contains(&slide_seconds) {
            return Err(bad(
                "wall_display.slide_seconds",
                format!("{slide_seconds} is out of range: allowed 5 to 120"),
            ));
        }
        let slides = raw
            .wall_display
            .slides
            .unwrap_or_else(|| Slide::ALL.to_vec());
        if slides.is_empty() {
            return Err(bad(
                "wall_display.slides",
                "list at least one slide (now_serving, news, events, hours, clock)".to_owned(),
            ));
        }
        raw.wall_display
            .calls
            .validate()
            .map_err(|e| bad(e.key(), e.to_string()))?;
        if let Some(open311) = &raw.open311 {
            open311
                .validate()
                .map_err(|(key, message)| bad(&key, message))?;
        }

        // The CA file reaches every client from here.
        let ca_file = raw.tls.ca_file.clone();
        let mut api = raw.api;
        api.ca_file = ca_file.clone();
        let mut outbox = raw.outbox;
        outbox.demo = demo;
        let mut open311 = raw.open311;
        if let Some(open311) = &mut open311 {
            open311.ca_file = ca_file.clone();
        }
        let mut feeds = raw.feeds;
        if let Some(feeds) = &mut feeds {
            feeds.ca_file = ca_file;
        }

        Ok(Config {
            kiosk_id,
            data_dir,
            demo,
            demo_open_all_hours: raw.demo_open_all_hours,
            tls: raw.tls,
            office,
            languages,
            idle: Idle {
                quiet_seconds,
                countdown_seconds,
            },
            display,
            opening_hours,
            api,
            outbox,
            queue: Queue {
                desk_service: raw.queue.desk_service,
                ticket_seconds,
            },
            speech: raw.speech,
            printer: raw.printer,
            content: raw.content,
            feeds,
            wall_display: WallDisplay {
                slide_seconds,
                slides,
                calls: raw.wall_display.calls,
            },
            open311,
            staff: raw.staff,
            keypad: raw.keypad,
        })
    }

    /// The kiosk's default language: the first offered one.
    pub fn default_language(&self) -> Language {
        self.languages[0]
    }
}

fn hours_from_raw(raw: RawHours) -> Result<OpeningHours, (String, HoursError)> {
    let parse = |key: &str, value: Option<String>, default: &str| {
        DayHours::parse(value.as_deref().unwrap_or(default)).map_err(|e| (key.to_owned(), e))
    };
    let weekly = [
        parse("monday", raw.monday, "08:00-17:00")?,
        parse("tuesday", raw.tuesday, "08:00-17:00")?,
        parse("wednesday", raw.wednesday, "08:00-17:00")?,
        parse("thursday", raw.thursday, "08:00-18:00")?,
        parse("friday", raw.friday, "08:00-15:00")?,
        parse("saturday", raw.saturday, "closed")?,
        parse("sunday", raw.sunday, "closed")?,
    ];
    let mut hours = OpeningHours::new(weekly);
    for (i, exception) in raw.exceptions.into_iter().enumerate() {
        let key = format!("exceptions[{i}]");
        let date = chrono::NaiveDate::parse_from_str(&exception.date, "%Y-%m-%d")
            .map_err(|_| (key.clone(), HoursError::Date(exception.date.clone())))?;
        let day = DayHours::parse(&exception.hours).map_err(|e| (key.clone(), e))?;
        hours
            .add_exception(date, day)
            .map_err(|e| (key.clone(), e))?;
    }
    Ok(hours)
}

fn default_data_dir() -> PathBuf {
    directories::ProjectDirs::from("se", "Medborgarkiosk", "medborgarkiosk")
        .map(|dirs| dirs.data_local_dir().to_owned())
        .unwrap_or_else(|| std::env::temp_dir().join("medborgarkiosk"))
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

impl fmt::Display for Renderer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Renderer::TinySkia => "tiny-skia",
            Renderer::Wgpu => "wgpu",
            Renderer::Auto => "auto",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, ConfigError> {
        Config::parse(text, Path::new("kiosk.toml"))
    }

    #[test]
    fn defaults_work_without_a_file() {
        let config = Config::default();
        assert_eq!(config.languages, Language::ALL.to_vec());
        assert_eq!(config.default_language(), Language::Sv);
        assert_eq!(config.idle.quiet_seconds, 90);
        assert_eq!(config.idle.countdown_seconds, 20);
        assert_eq!(config.display.renderer, Renderer::TinySkia);
    }

    #[test]
    fn a_full_file_is_read() {
        let config = parse(
            r#"
            kiosk_id = "fittja-2"
            [office]
            id = "botkyrka-fittja"
            name = "Medborgarcenter Fittja"
            area = "Fittja"
            [languages]
            offered = ["en", "sv", "ar"]
            [idle]
            quiet_seconds = 60
            countdown_seconds = 10
            [display]
            renderer = "wgpu"
            reach_mode = true
            [opening_hours]
            saturday = "10:00-14:00"
            exceptions = [{ date = "2026-12-24", hours = "closed" }]
            "#,
        )
        .unwrap();
        assert_eq!(config.kiosk_id, "fittja-2");
        assert_eq!(config.office.area, "Fittja");
        assert_eq!(
            config.languages,
            vec![Language::En, Language::Sv, Language::Ar]
        );
        assert_eq!(config.default_language(), Language::En);
        assert_eq!(config.idle.quiet_seconds, 60);
        assert_eq!(config.display.renderer, Renderer::Wgpu);
        assert!(config.display.reach_mode);
        let christmas_eve = chrono::NaiveDate::from_ymd_opt(2026, 12, 24).unwrap();
        assert_eq!(config.opening_hours.on(christmas_eve), &DayHours::Closed);
    }

    #[test]
    fn unknown_key_names_file_line_and_allowed_keys() {
        let err = parse("kiosk_id = \"a\"\n[idle]\nquiet_secs = 30\n").unwrap_err();
        let text = err.to_string();
        assert!(text.starts_with("kiosk.toml, line 3:"), "{text}");
        assert!(text.contains("quiet_secs"), "{text}");
        assert!(text.contains("quiet_seconds"), "{text}");
    }

    #[test]
    fn bad_values_name_the_key_and_what_is_allowed() {
        let cases = [
            (
                "[idle]\nquiet_seconds = 2",
                "idle.quiet_seconds",
                "15 to 3600",
            ),
            (
                "[idle]\ncountdown_seconds = 0",
                "idle.countdown_seconds",
                "5 to 120",
            ),
            (
                "[languages]\noffered = [\"de\"]",
                "languages.offered",
                "sv, sv-x-lattlast, en, fi",
            ),
            (
                "[languages]\noffered = []",
                "languages.offered",
                "at least one",
            ),
            (
                "[languages]\noffered = [\"sv\", \"sv\"]",
                "languages.offered",
                "twice",
            ),
            ("kiosk_id = \"a b\"", "kiosk_id", "letters"),
            (
                "[queue]\nticket_seconds = 1",
                "queue.ticket_seconds",
                "5 to 300",
            ),
            (
                "[api]\nbase_url = \"http://api.example.se\"",
                "api.base_url",
                "https://",
            ),
            (
                "[feeds]\ncounty_code = \"1\"",
                "feeds.county_code",
                "two digits",
            ),
            (
                "[feeds]\nnews_feeds = [\"ftp://x.se/a.rss\"]",
                "feeds.news_feeds",
                "http(s)",
            ),
            (
                "[wall_display]\nslide_seconds = 1",
                "wall_display.slide_seconds",
                "5 to 120",
            ),
            (
                "[wall_display.calls]\nvolume = 250",
                "wall_display.calls.volume",
                "20 to 200",
            ),
            (
                "[wall_display.calls]\nchime = \"/nonexistent/chime.wav\"",
                "wall_display.calls.chime",
                "cannot read",
            ),
            (
                "[opening_hours]\nmonday = \"8-17\"",
                "opening_hours.monday",
                "HH:MM-HH:MM",
            ),
            (
                "[opening_hours]\nmonday = \"17:00-08:00\"",
                "opening_hours.monday",
                "before",
            ),
            (
                "[opening_hours]\nexceptions = [{ date = \"2026-13-01\", hours = \"closed\" }]",
                "opening_hours.exceptions[0]",
                "YYYY-MM-DD",
            ),
        ];
        for (text, key, allowed) in cases {
            let err = parse(text).unwrap_err().to_string();
            assert!(err.contains(&format!("`{key}`")), "{text}: {err}");
            assert!(err.contains(allowed), "{text}: {err}");
            assert!(err.starts_with("kiosk.toml"), "{text}: {err}");
        }
    }

    #[test]
    fn feeds_and_wall_display_tables() {
        let config = parse("").unwrap();
        assert_eq!(config.feeds, None);
        assert_eq!(config.wall_display, WallDisplay::default());
        let config = parse(
            "[feeds]\nnews_feeds = [\"https://example.org/a.rss\"]\n\
             [wall_display]\nslide_seconds = 8\nslides = [\"clock\", \"news\"]\n",
        )
        .unwrap();
        let feeds = config.feeds.unwrap();
        assert_eq!(feeds.news_feeds, ["https://example.org/a.rss"]);
        assert_eq!(feeds.municipality_code, "0127");
        assert_eq!(config.wall_display.slide_seconds, 8);
        assert_eq!(config.wall_display.slides, [Slide::Clock, Slide::News]);
        let err = parse("[feeds]\nnewsfeeds = []\n").unwrap_err().to_string();
        assert!(err.starts_with("kiosk.toml, line 2:"), "{err}");
        assert!(err.contains("newsfeeds"), "{err}");
        let err = parse("[wall_display]\nslides = [\"weather\"]\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("now_serving"), "{err}");
    }

    #[test]
    fn wall_display_calls_table() {
        let calls = parse("").unwrap().wall_display.calls;
        assert!(calls.enabled && calls.second_language);
        assert_eq!(calls.volume, None);
        assert_eq!(calls.chime, None);
        let dir = tempfile::tempdir().unwrap();
        let chime = dir.path().join("gong.wav");
        std::fs::write(&chime, crate::speech::tone::chime()).unwrap();
        let config = parse(&format!(
            "[speech]\nvolume = 120\n[wall_display]\nslide_seconds = 8\n\
             [wall_display.calls]\nenabled = false\nsecond_language = false\nchime = {chime:?}\n"
        ))
        .unwrap();
        let calls = &config.wall_display.calls;
        assert!(!calls.enabled && !calls.second_language);
        assert_eq!(calls.chime.as_deref(), Some(chime.as_path()));
        // Unset: the speech volume.
        assert_eq!(calls.volume(&config.speech).percent(), 120);
        assert_eq!(config.wall_display.slide_seconds, 8);
        let err = parse("[wall_display.calls]\nvoice = \"sv\"\n")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("kiosk.toml, line 2:"), "{err}");
        assert!(err.contains("second_language"), "{err}");
        let junk = dir.path().join("junk.wav");
        std::fs::write(&junk, "not a sound").unwrap();
        let err = parse(&format!("[wall_display.calls]\nchime = {junk:?}\n"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("`wall_display.calls.chime`"), "{err}");
        assert!(err.contains("not a WAV file"), "{err}");
    }

    #[test]
    fn wrong_type_is_a_syntax_error_with_line() {
        let err = parse("\n[display]\nreach_mode = \"yes\"\n")
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("kiosk.toml, line 3:"), "{err}");
        let err = parse("[display]\nrenderer = \"opengl\"\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("tiny-skia"), "{err}");
    }

    /// The hosts that fooled the old prefix check, for `[api]` (the same
    /// rule as `[open311]`, `crate::net`).
    #[test]
    fn plain_http_api_only_on_a_parsed_loopback_host() {
        for url in [
            "http://127.attacker.example",
            "http://localhost.attacker.example",
            "http://localhost@attacker.example",
            "http://127.0.0.1.nip.io",
            "http://[::ffff:127.0.0.1]",
            "http://0.0.0.0",
        ] {
            let err = parse(&format!("[api]\nbase_url = {url:?}\n"))
                .unwrap_err()
                .to_string();
            assert!(err.contains("`api.base_url`"), "{url}: {err}");
            assert!(err.contains("loopback"), "{url}: {err}");
        }
        for url in [
            "http://127.0.0.1:8080",
            "http://[::1]:8080",
            "http://localhost:8080",
        ] {
            parse(&format!("[api]\nbase_url = {url:?}\n")).unwrap();
        }
        for (table, url) in [
            (
                "[open311]\ndefault_service_code = \"x\"\nendpoint",
                "http://localhost.attacker.example",
            ),
            ("[feeds]\nvma_url", "http://127.attacker.example/vma"),
        ] {
            let err = parse(&format!("{table} = {url:?}\n"))
                .unwrap_err()
                .to_string();
            assert!(err.contains("https"), "{url}: {err}");
        }
    }

    #[test]
    fn an_installed_kiosk_without_api_must_say_it_is_a_demo() {
        // The package's data directory (or config directory) without [api].
        let err = parse("data_dir = \"/var/lib/medborgarkiosk\"\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("`api`"), "{err}");
        assert!(err.contains("demo = true"), "{err}");
        let err = Config::parse("", Path::new("/etc/medborgarkiosk/kiosk.toml"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("`api`"), "{err}");
        // Saying so is enough; it is then a demo.
        let demo = parse("data_dir = \"/var/lib/medborgarkiosk\"\ndemo = true\n").unwrap();
        assert!(demo.demo && demo.outbox.demo);
        // With [api] it is a real kiosk, and demo cannot be claimed beside it.
        let real = parse(
            "data_dir = \"/var/lib/medborgarkiosk\"\n[api]\nbase_url = \"https://api.example.se\"\n",
        )
        .unwrap();
        assert!(!real.demo && !real.outbox.demo);
        let err = parse("demo = true\n[api]\nbase_url = \"https://api.example.se\"\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("`demo`"), "{err}");
        // A developer's config elsewhere keeps the built-in server; no file
        // at all is a demo.
        assert!(!parse("data_dir = \"/tmp/kiosk\"\n").unwrap().demo);
        assert!(Config::default().demo);
    }

    #[test]
    fn open_all_hours_is_for_the_built_in_demo_api_only() {
        assert!(!parse("").unwrap().demo_open_all_hours);
        let demo = parse("demo = true\ndemo_open_all_hours = true\n").unwrap();
        assert!(demo.demo_open_all_hours);
        // A developer's kiosk on the built-in server may have it too.
        assert!(
            parse("demo_open_all_hours = true\n")
                .unwrap()
                .demo_open_all_hours
        );
        let err =
            parse("demo_open_all_hours = true\n[api]\nbase_url = \"https://api.example.se\"\n")
                .unwrap_err()
                .to_string();
        assert!(err.contains("`demo_open_all_hours`"), "{err}");
        assert!(err.contains("[api] base_url"), "{err}");
        let err = parse("demo_open_all_hours = \"yes\"\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("line 1") && err.contains("boolean"), "{err}");
    }

    #[test]
    fn a_ca_file_reaches_every_client_and_a_bad_one_is_refused() {
        let ca = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/tls/ca.pem");
        let config = parse(&format!(
            "[tls]\nca_file = {ca:?}\n[feeds]\n[open311]\nendpoint = \"https://o.example.se\"\ndefault_service_code = \"x\"\n"
        ))
        .unwrap();
        assert_eq!(config.api.ca_file.as_deref(), Some(ca.as_path()));
        assert_eq!(config.feeds.unwrap().ca_file.as_deref(), Some(ca.as_path()));
        assert_eq!(
            config.open311.unwrap().ca_file.as_deref(),
            Some(ca.as_path())
        );
        let err = parse("[tls]\nca_file = \"/nonexistent/ca.pem\"\n")
            .unwrap_err()
            .to_string();
        assert!(err.contains("`tls.ca_file`"), "{err}");
        let dir = tempfile::tempdir().unwrap();
        let junk = dir.path().join("junk.pem");
        std::fs::write(&junk, "not a certificate").unwrap();
        let err = parse(&format!("[tls]\nca_file = {junk:?}\n"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("no certificate"), "{err}");
    }

    #[test]
    fn missing_file_is_a_read_error() {
        let err = Config::from_file(Path::new("/nonexistent/kiosk.toml")).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("/nonexistent/kiosk.toml: cannot read")
        );
    }
}

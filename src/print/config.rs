//! The `[printer]` table of the kiosk config.
//!
//! ```toml
//! [printer]
//! # Where tickets go; leave out for a kiosk without a printer.
//! #   "tcp:HOST:PORT"  a network printer (raw port, usually 9100; "tcp:HOST" means 9100)
//! #   "/dev/usb/lp0"   a device file (any absolute path)
//! target = "tcp:192.168.1.50:9100"
//! width_dots = 576          # printable width: 576 for 80 mm paper, 384 for 58 mm
//! connect_timeout_ms = 3000 # giving up on a printer that does not answer
//! write_timeout_ms = 10000  # giving up on a printer that stops taking data
//! feed_lines = 4            # lines fed after the ticket, before the cut
//! cut = "partial"           # "partial", "full" or "none"
//! check_status = false      # network printers: ask for paper/cover status
//!                           # (DLE EOT) before each ticket, to report
//!                           # "out of paper" instead of a timeout
//! ```

use std::fmt;
use std::path::PathBuf;
use std::str::FromStr;
use std::time::Duration;

use serde::Deserialize;

/// The raw port of network receipt printers.
pub const DEFAULT_PORT: u16 = 9100;

/// The ticket printer, if any.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Printer {
    /// `None`: no printer, tickets are only shown on the screen.
    pub target: Option<Target>,
    /// Printable width in dots (the ticket is rendered this wide).
    pub width_dots: u32,
    pub connect_timeout_ms: u64,
    pub write_timeout_ms: u64,
    pub feed_lines: u8,
    pub cut: Cut,
    /// Ask a network printer for its status before each job.
    pub check_status: bool,
}

impl Default for Printer {
    fn default() -> Self {
        Printer {
            target: None,
            width_dots: 576,
            connect_timeout_ms: 3_000,
            write_timeout_ms: 10_000,
            feed_lines: 4,
            cut: Cut::Partial,
            check_status: false,
        }
    }
}

impl Printer {
    /// A printer at `target` with the default settings.
    pub fn at(target: Target) -> Printer {
        Printer {
            target: Some(target),
            ..Printer::default()
        }
    }

    pub fn connect_timeout(&self) -> Duration {
        Duration::from_millis(self.connect_timeout_ms.max(1))
    }

    pub fn write_timeout(&self) -> Duration {
        Duration::from_millis(self.write_timeout_ms.max(1))
    }

    /// Checks what serde cannot: a usable width.
    pub fn validate(&self) -> Result<(), PrinterConfigError> {
        if !(8..=4096).contains(&self.width_dots) {
            return Err(PrinterConfigError::Width(self.width_dots));
        }
        Ok(())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PrinterConfigError {
    #[error("printer width_dots = {0} is out of range (8..=4096; 576 for 80 mm paper)")]
    Width(u32),
}

/// How the paper is cut after a ticket.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Cut {
    Full,
    Partial,
    /// For printers without a cutter (tear-off bar).
    None,
}

/// Where print jobs go.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Deserialize)]
#[serde(try_from = "String")]
pub enum Target {
    /// A network printer's raw port.
    Tcp { host: String, port: u16 },
    /// A device file such as `/dev/usb/lp0`.
    Device(PathBuf),
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "bad printer target `{0}`: expected \"tcp:HOST:PORT\", \"tcp:HOST\" (port 9100) or an absolute device path such as \"/dev/usb/lp0\""
)]
pub struct BadTarget(pub String);

impl FromStr for Target {
    type Err = BadTarget;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || BadTarget(s.to_owned());
        let s = s.trim();
        if let Some(rest) = s.strip_prefix("tcp:") {
            let rest = rest.trim_start_matches("//");
            // [v6]:port, [v6], host:port, host
            let (host, port) = if let Some(v6) = rest.strip_prefix('[') {
                let (host, after) = v6.split_once(']').ok_or_else(bad)?;
                match after {
                    "" => (host, None),
                    _ => (host, Some(after.strip_prefix(':').ok_or_else(bad)?)),
                }
            } else {
                match rest.rsplit_once(':') {
                    Some((host, port)) if !host.contains(':') => (host, Some(port)),
                    Some(_) => return Err(bad()),
                    None => (rest, None),
                }
            };
            if host.is_empty() || host.contains(char::is_whitespace) {
                return Err(bad());
            }
            let port = match port {
                None => DEFAULT_PORT,
                Some(p) => p.parse::<u16>().ok().filter(|&p| p != 0).ok_or_else(bad)?,
            };
            Ok(Target::Tcp {
                host: host.to_owned(),
                port,
            })
        } else if s.starts_with('/') {
            Ok(Target::Device(PathBuf::from(s)))
        } else {
            Err(bad())
        }
    }
}

impl TryFrom<String> for Target {
    type Error = BadTarget;

    fn try_from(value: String) -> Result<Self, Self::Error> {
        value.parse()
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Target::Tcp { host, port } if host.contains(':') => write!(f, "tcp:[{host}]:{port}"),
            Target::Tcp { host, port } => write!(f, "tcp:{host}:{port}"),
            Target::Device(path) => write!(f, "{}", path.display()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tcp(host: &str, port: u16) -> Target {
        Target::Tcp {
            host: host.into(),
            port,
        }
    }

    #[test]
    fn targets_parse() {
        assert_eq!("tcp:10.0.0.5:9100".parse(), Ok(tcp("10.0.0.5", 9100)));
        assert_eq!("tcp:printer.local".parse(), Ok(tcp("printer.local", 9100)));
        assert_eq!("tcp:[::1]:9101".parse(), Ok(tcp("::1", 9101)));
        assert_eq!("tcp:[fe80::1]".parse(), Ok(tcp("fe80::1", 9100)));
        assert_eq!(
            "/dev/usb/lp0".parse(),
            Ok(Target::Device("/dev/usb/lp0".into()))
        );
        for bad in [
            "",
            "printer",
            "tcp:",
            "tcp::9100",
            "tcp:host:0",
            "tcp:host:99999",
            "tcp:host:x",
            "tcp:::1:9100",
            "dev/usb/lp0",
            "usb:lp0",
        ] {
            assert!(bad.parse::<Target>().is_err(), "{bad:?} parsed");
        }
    }

    #[test]
    fn display_round_trips() {
        for s in ["tcp:10.0.0.5:9100", "tcp:[::1]:9101", "/dev/usb/lp0"] {
            assert_eq!(s.parse::<Target>().unwrap().to_string(), s);
        }
    }

    #[test]
    fn toml_table_with_defaults_and_errors() {
        let printer: Printer = toml::from_str(r#"target = "tcp:127.0.0.1:9100""#).unwrap();
        assert_eq!(printer, Printer::at(tcp("127.0.0.1", 9100)));
        assert_eq!(printer.width_dots, 576);
        let none: Printer = toml::from_str("").unwrap();
        assert_eq!(none.target, None);
        let full: Printer =
            toml::from_str("target = \"/dev/usb/lp0\"\nwidth_dots = 384\ncut = \"none\"").unwrap();
        assert_eq!(full.width_dots, 384);
        assert_eq!(full.cut, Cut::None);

        let unknown = toml::from_str::<Printer>("taget = \"tcp:x\"").unwrap_err();
        assert!(unknown.to_string().contains("taget"), "{unknown}");
        let bad = toml::from_str::<Printer>("target = \"lp0\"").unwrap_err();
        assert!(bad.to_string().contains("bad printer target"), "{bad}");
        let cut = toml::from_str::<Printer>("cut = \"half\"").unwrap_err();
        assert!(cut.to_string().contains("half"), "{cut}");

        assert!(Printer::default().validate().is_ok());
        let narrow = Printer {
            width_dots: 0,
            ..Printer::default()
        };
        assert_eq!(narrow.validate(), Err(PrinterConfigError::Width(0)));
    }
}

//! The office's own digital tools (issue 23): public computers, printing,
//! scanning, Wi-Fi, charging, the kiosk itself and drop-in digital help.
//!
//! Per office, from `office.toml` in the content directory (the texts are
//! in `<lang>/*.toml` under `[tools.<id>]`, like every other content
//! text). Plain Rust: the Wi-Fi QR payload is built here and tested
//! without a window.

use chrono::Weekday;

use crate::hours::DayHours;

/// One tool the office offers (language-neutral part).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tool {
    pub id: String,
    /// Optional icon name for the UI.
    pub icon: Option<String>,
    /// The guest network, for the Wi-Fi tool.
    pub network: Option<Wifi>,
    /// The page lists the office's drop-in times for digital help.
    pub drop_in: bool,
}

/// The texts of a tool in one language.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ToolText {
    pub title: String,
    /// One sentence for the list.
    pub summary: String,
    /// Extra search words (not shown).
    pub keywords: Vec<String>,
    /// How to use it, numbered by the UI.
    pub steps: Vec<String>,
}

/// How a guest network is protected, as the QR code's `T:` field names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WifiSecurity {
    /// WPA/WPA2/WPA3 Personal with a password.
    Wpa,
    Wep,
    /// An open network: no password.
    Open,
}

impl WifiSecurity {
    /// The value of `security` in `office.toml`.
    pub fn parse(value: &str) -> Option<WifiSecurity> {
        match value.to_ascii_lowercase().as_str() {
            "wpa" | "wpa2" | "wpa3" => Some(WifiSecurity::Wpa),
            "wep" => Some(WifiSecurity::Wep),
            "none" | "open" => Some(WifiSecurity::Open),
            _ => None,
        }
    }
}

/// The office's guest network.
#[derive(Clone, PartialEq, Eq)]
pub struct Wifi {
    pub ssid: String,
    pub security: WifiSecurity,
    /// `None` exactly when the network is open.
    pub password: Option<String>,
    /// The network does not announce its name.
    pub hidden: bool,
}

impl std::fmt::Debug for Wifi {
    /// Never the password: content is logged when it changes.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Wifi")
            .field("ssid", &self.ssid)
            .field("security", &self.security)
            .field("password", &self.password.as_ref().map(|_| "…"))
            .field("hidden", &self.hidden)
            .finish()
    }
}

impl Wifi {
    /// The text of the QR code that joins the network in one scan, in the
    /// format phone cameras read (`WIFI:T:WPA;S:name;P:secret;;`, from
    /// ZXing's barcode contents, adopted by the Wi-Fi Alliance): `\`, `;`,
    /// `,`, `:` and `"` are escaped with a backslash, and a value that
    /// could be read as hexadecimal is quoted. An open network gets the
    /// plain form without a password: `WIFI:T:nopass;S:name;;`.
    pub fn qr_payload(&self) -> String {
        let mut payload = String::from("WIFI:");
        let kind = match self.security {
            WifiSecurity::Wpa => "WPA",
            WifiSecurity::Wep => "WEP",
            WifiSecurity::Open => "nopass",
        };
        payload.push_str("T:");
        payload.push_str(kind);
        payload.push_str(";S:");
        payload.push_str(&qr_value(&self.ssid));
        payload.push(';');
        if let (Some(password), false) = (&self.password, self.security == WifiSecurity::Open) {
            payload.push_str("P:");
            payload.push_str(&qr_value(password));
            payload.push(';');
        }
        if self.hidden {
            payload.push_str("H:true;");
        }
        payload.push(';');
        payload
    }
}

/// One value of the Wi-Fi QR format: special characters escaped, and
/// quoted when a reader could take it for hexadecimal bytes.
fn qr_value(value: &str) -> String {
    let mut out = String::with_capacity(value.len() + 2);
    for c in value.chars() {
        if matches!(c, '\\' | ';' | ',' | ':' | '"') {
            out.push('\\');
        }
        out.push(c);
    }
    let looks_hex = !value.is_empty()
        && value.len().is_multiple_of(2)
        && value.chars().all(|c| c.is_ascii_hexdigit());
    if looks_hex { format!("\"{out}\"") } else { out }
}

/// The office's drop-in times for digital help, one entry per open day,
/// Monday first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DropInDay {
    pub weekday: Weekday,
    pub hours: DayHours,
}

/// Everything of `office.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Office {
    pub tools: Vec<Tool>,
    pub drop_in: Vec<DropInDay>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wifi(ssid: &str, security: WifiSecurity, password: Option<&str>) -> Wifi {
        Wifi {
            ssid: ssid.into(),
            security,
            password: password.map(Into::into),
            hidden: false,
        }
    }

    #[test]
    fn a_protected_network_gives_type_name_and_password() {
        let w = wifi("Botkyrka Besök", WifiSecurity::Wpa, Some("sommar2026"));
        assert_eq!(w.qr_payload(), "WIFI:T:WPA;S:Botkyrka Besök;P:sommar2026;;");
        let w = wifi("Gamla", WifiSecurity::Wep, Some("abcde"));
        assert_eq!(w.qr_payload(), "WIFI:T:WEP;S:Gamla;P:abcde;;");
    }

    #[test]
    fn an_open_network_gets_the_plain_form() {
        let w = wifi("Bibliotek", WifiSecurity::Open, None);
        assert_eq!(w.qr_payload(), "WIFI:T:nopass;S:Bibliotek;;");
        // A stray password on an open network is never put in the code.
        let w = wifi("Bibliotek", WifiSecurity::Open, Some("x"));
        assert_eq!(w.qr_payload(), "WIFI:T:nopass;S:Bibliotek;;");
    }

    #[test]
    fn special_characters_are_escaped() {
        let w = wifi(r#"a;b,c:d\e"f"#, WifiSecurity::Wpa, Some(r#"p;w,d:x\y"z"#));
        assert_eq!(
            w.qr_payload(),
            r#"WIFI:T:WPA;S:a\;b\,c\:d\\e\"f;P:p\;w\,d\:x\\y\"z;;"#
        );
    }

    #[test]
    fn hexadecimal_looking_values_are_quoted() {
        let w = wifi("CAFE", WifiSecurity::Wpa, Some("0123456789"));
        assert_eq!(w.qr_payload(), r#"WIFI:T:WPA;S:"CAFE";P:"0123456789";;"#);
        // Odd length or a non-hex letter: read as text anyway.
        let w = wifi("CAF", WifiSecurity::Wpa, Some("0123456789g"));
        assert_eq!(w.qr_payload(), "WIFI:T:WPA;S:CAF;P:0123456789g;;");
    }

    #[test]
    fn a_hidden_network_says_so() {
        let mut w = wifi("Dold", WifiSecurity::Wpa, Some("hemligt-ord"));
        w.hidden = true;
        assert_eq!(w.qr_payload(), "WIFI:T:WPA;S:Dold;P:hemligt-ord;H:true;;");
    }

    #[test]
    fn security_names() {
        assert_eq!(WifiSecurity::parse("WPA2"), Some(WifiSecurity::Wpa));
        assert_eq!(WifiSecurity::parse("wpa3"), Some(WifiSecurity::Wpa));
        assert_eq!(WifiSecurity::parse("none"), Some(WifiSecurity::Open));
        assert_eq!(WifiSecurity::parse("wep"), Some(WifiSecurity::Wep));
        assert_eq!(WifiSecurity::parse("psk"), None);
    }

    #[test]
    fn the_password_is_not_in_debug_output() {
        let w = wifi("N", WifiSecurity::Wpa, Some("hemligt-ord"));
        assert!(!format!("{w:?}").contains("hemligt"));
    }
}

//! Staff sessions of the counter page: signed in with the counter's token,
//! held in a cookie that is HttpOnly, SameSite=Strict, Secure when the
//! server is reached over https, and expires at the end of the day
//! (Stockholm). Forms carry the session's CSRF token. Sessions live in
//! memory: a restart of the server signs staff out.

use std::collections::HashMap;
use std::sync::Mutex;

use axum::http::{HeaderMap, header};
use chrono::{DateTime, Duration, NaiveTime, TimeZone, Utc};
use chrono_tz::Europe::Stockholm;

use crate::i18n::Language;

/// The session cookie's name.
pub const COOKIE: &str = "mk_counter";

/// At most this many failed sign-ins a minute (all clients together);
/// then sign-in waits.
const FAILURES_PER_MINUTE: u32 = 10;

/// One signed-in counter.
#[derive(Debug, Clone)]
pub struct Session {
    pub counter: String,
    pub office: String,
    /// The services this counter takes (chosen on the page).
    pub services: Vec<String>,
    pub csrf: String,
    pub language: Language,
    pub expires: DateTime<Utc>,
    /// A message for the next page (after a redirect), shown once.
    pub flash: Option<super::counter::Flash>,
}

#[derive(Debug, Default)]
pub struct Sessions {
    by_id: Mutex<HashMap<String, Session>>,
    /// Failed sign-ins in the current minute: (minute start, count).
    failures: Mutex<Option<(DateTime<Utc>, u32)>>,
}

/// 128 random bits as hex: session ids and CSRF tokens.
pub fn random_hex() -> String {
    let bytes: [u8; 16] = rand::random();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Midnight after `now`, Stockholm time: when a session ends.
pub fn end_of_day(now: DateTime<Utc>) -> DateTime<Utc> {
    let date = now.with_timezone(&Stockholm).date_naive();
    date.succ_opt()
        .and_then(|d| {
            Stockholm
                .from_local_datetime(&d.and_time(NaiveTime::MIN))
                .earliest()
        })
        .map_or(now + Duration::hours(24), |t| t.with_timezone(&Utc))
}

impl Sessions {
    /// A new session; returns its id (the cookie's value).
    pub fn create(&self, session: Session) -> String {
        let id = random_hex();
        let mut map = self.by_id.lock().unwrap_or_else(|e| e.into_inner());
        map.retain(|_, s| s.expires > session.expires - Duration::hours(48));
        map.insert(id.clone(), session);
        id
    }

    /// The session of the request's cookie, if it is one and has not expired.
    pub fn of(&self, headers: &HeaderMap, now: DateTime<Utc>) -> Option<(String, Session)> {
        let id = cookie(headers, COOKIE)?;
        let mut map = self.by_id.lock().unwrap_or_else(|e| e.into_inner());
        match map.get(&id) {
            Some(s) if s.expires > now => Some((id, s.clone())),
            Some(_) => {
                map.remove(&id);
                None
            }
            None => None,
        }
    }

    pub fn update(&self, id: &str, f: impl FnOnce(&mut Session)) {
        let mut map = self.by_id.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(session) = map.get_mut(id) {
            f(session);
        }
    }

    /// The session's one-time message, taken.
    pub fn take_flash(&self, id: &str) -> Option<super::counter::Flash> {
        let mut map = self.by_id.lock().unwrap_or_else(|e| e.into_inner());
        map.get_mut(id).and_then(|s| s.flash.take())
    }

    pub fn remove(&self, id: &str) {
        let mut map = self.by_id.lock().unwrap_or_else(|e| e.into_inner());
        map.remove(id);
    }

    /// Whether sign-in is open now (not too many failures this minute).
    pub fn may_try(&self, now: DateTime<Utc>) -> bool {
        let failures = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        match *failures {
            Some((since, n)) if now - since < Duration::minutes(1) => n < FAILURES_PER_MINUTE,
            _ => true,
        }
    }

    pub fn failed(&self, now: DateTime<Utc>) {
        let mut failures = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        *failures = match *failures {
            Some((since, n)) if now - since < Duration::minutes(1) => Some((since, n + 1)),
            _ => Some((now, 1)),
        };
    }
}

/// A cookie's value from the request.
fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_owned())
        .filter(|v| v.len() == 32 && v.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// The `Set-Cookie` value of a session: HttpOnly, SameSite=Strict, for the
/// counter's pages only, until `expires`; Secure when reached over https.
pub fn set_cookie(id: &str, expires: DateTime<Utc>, secure: bool) -> String {
    let mut cookie = format!(
        "{COOKIE}={id}; Path=/counter; HttpOnly; SameSite=Strict; Expires={}",
        expires.format("%a, %d %b %Y %H:%M:%S GMT")
    );
    if secure {
        cookie.push_str("; Secure");
    }
    cookie
}

/// The `Set-Cookie` value that ends a session in the browser.
pub fn clear_cookie(secure: bool) -> String {
    let mut cookie = format!("{COOKIE}=; Path=/counter; HttpOnly; SameSite=Strict; Max-Age=0");
    if secure {
        cookie.push_str("; Secure");
    }
    cookie
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[test]
    fn the_cookie_is_http_only_strict_and_secure_over_https() {
        let at = Utc.with_ymd_and_hms(2026, 11, 23, 21, 0, 0).unwrap();
        let c = set_cookie("ab", end_of_day(at), true);
        assert!(c.contains("HttpOnly") && c.contains("SameSite=Strict") && c.ends_with("Secure"));
        // 22:00 in Stockholm: the session ends at midnight, 23:00 UTC.
        assert!(c.contains("Expires=Mon, 23 Nov 2026 23:00:00 GMT"), "{c}");
        assert!(!set_cookie("ab", at, false).contains("Secure"));
    }

    #[test]
    fn only_a_well_formed_cookie_is_read() {
        let mut headers = HeaderMap::new();
        let id = random_hex();
        headers.insert(
            header::COOKIE,
            HeaderValue::from_str(&format!("other=1; {COOKIE}={id}")).unwrap(),
        );
        assert_eq!(cookie(&headers, COOKIE), Some(id));
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("mk_counter=../../etc"),
        );
        assert_eq!(cookie(&headers, COOKIE), None);
    }

    #[test]
    fn sign_in_closes_after_ten_failures_a_minute() {
        let sessions = Sessions::default();
        let at = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
        for _ in 0..10 {
            assert!(sessions.may_try(at));
            sessions.failed(at);
        }
        assert!(!sessions.may_try(at + Duration::seconds(30)));
        assert!(sessions.may_try(at + Duration::seconds(61)));
    }
}

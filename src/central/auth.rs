//! Who is calling: the devices' tokens (stored as SHA-256), their roles
//! and what each is bound to, which routes a role may use, and the rate
//! limits per token (token buckets on the server's clock, so a test's
//! manual clock decides when a bucket refills).

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::Duration;

use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};

use super::RouteId;
use super::config::{Limits, MIN_TOKEN_CHARS, Role, TokenConfig};

/// An authenticated caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caller {
    pub role: Role,
    /// The kiosk id, counter id or admin name the token is bound to.
    pub id: String,
    /// A counter token's office, if bound to one.
    pub office: Option<String>,
    /// The token's place in the config (its rate-limit buckets).
    slot: usize,
}

impl Caller {
    /// Whether this caller may speak for kiosk `kiosk_id` (its own
    /// tickets, synpunkter and heartbeat).
    pub fn is_kiosk(&self, kiosk_id: &str) -> bool {
        matches!(self.role, Role::Kiosk | Role::Display) && self.id == kiosk_id
    }

    /// Whether this caller is the desk at `counter` in `office`.
    pub fn is_counter(&self, office: &str, counter: &str) -> bool {
        self.role == Role::Counter
            && self.id == counter
            && self.office.as_deref().is_none_or(|o| o == office)
    }
}

/// Which roles may use a route at all (the id binding is checked by the
/// route, on the ids in its path or body). The OpenAPI document lists the
/// same as `x-roles` (checked by a test).
pub fn may_use(role: Role, route: RouteId) -> bool {
    match route {
        RouteId::Health => true,
        RouteId::Offices | RouteId::Services | RouteId::NowServing => true,
        RouteId::Tickets | RouteId::Synpunkter => role == Role::Kiosk,
        RouteId::CallNext => role == Role::Counter,
        RouteId::KioskStatus | RouteId::KioskStats => matches!(role, Role::Kiosk | Role::Display),
        RouteId::Kiosks | RouteId::SynpunktStatus | RouteId::Reports => role == Role::Admin,
    }
}

/// The accepted tokens, by the SHA-256 of the token.
///
/// A hash-map lookup of a SHA-256 digest is not a timing oracle worth
/// having: an attacker learns at most something about the digest of their
/// own guess, never about a stored token's bytes.
#[derive(Debug, Default)]
pub struct Tokens {
    by_digest: HashMap<[u8; 32], usize>,
    entries: Vec<TokenConfig>,
}

impl Tokens {
    pub fn new(list: &[TokenConfig]) -> Tokens {
        let mut by_digest = HashMap::new();
        for (slot, entry) in list.iter().enumerate() {
            if let Some(digest) = entry.digest() {
                by_digest.insert(digest, slot);
            }
        }
        Tokens {
            by_digest,
            entries: list.to_vec(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.by_digest.is_empty()
    }

    /// The caller a presented token belongs to; `None` for a token that is
    /// too short to be one of ours, or unknown.
    pub fn find(&self, presented: &str) -> Option<Caller> {
        if presented.chars().count() < MIN_TOKEN_CHARS {
            return None;
        }
        let digest: [u8; 32] = Sha256::digest(presented.as_bytes()).into();
        let slot = *self.by_digest.get(&digest)?;
        let entry = &self.entries[slot];
        Some(Caller {
            role: entry.role,
            id: entry.id.clone(),
            office: entry.office.clone(),
            slot,
        })
    }
}

/// A rate-limited kind of request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Bucket {
    /// Every request of a token.
    Any,
    /// `POST /v1/tickets`.
    Tickets,
    /// `POST /v1/synpunkter`.
    Synpunkter,
}

#[derive(Debug, Clone, Copy)]
struct Level {
    tokens: f64,
    at: DateTime<Utc>,
}

/// Token buckets per token and kind: a burst of up to a minute's worth,
/// refilled evenly over the minute.
#[derive(Debug)]
pub struct RateLimiter {
    limits: Limits,
    levels: Mutex<HashMap<(usize, Bucket), Level>>,
}

impl RateLimiter {
    pub fn new(limits: Limits) -> RateLimiter {
        RateLimiter {
            limits,
            levels: Mutex::default(),
        }
    }

    fn per_minute(&self, bucket: Bucket) -> u32 {
        match bucket {
            Bucket::Any => self.limits.requests_per_minute,
            Bucket::Tickets => self.limits.tickets_per_minute,
            Bucket::Synpunkter => self.limits.synpunkter_per_minute,
        }
        .max(1)
    }

    /// Takes one request from the caller's bucket, or says how long to
    /// wait (whole seconds, at least one).
    pub fn take(
        &self,
        caller: &Caller,
        bucket: Bucket,
        now: DateTime<Utc>,
    ) -> Result<(), Duration> {
        let capacity = f64::from(self.per_minute(bucket));
        let per_second = capacity / 60.0;
        let mut levels = self.levels.lock().unwrap_or_else(|p| p.into_inner());
        let level = levels.entry((caller.slot, bucket)).or_insert(Level {
            tokens: capacity,
            at: now,
        });
        // A clock set back refills nothing (and takes nothing back).
        let elapsed = (now - level.at).num_milliseconds().max(0) as f64 / 1000.0;
        level.tokens = (level.tokens + elapsed * per_second).min(capacity);
        level.at = level.at.max(now);
        if level.tokens >= 1.0 {
            level.tokens -= 1.0;
            Ok(())
        } else {
            let seconds = ((1.0 - level.tokens) / per_second).ceil().max(1.0);
            Err(Duration::from_secs(seconds as u64))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn caller(tokens: &Tokens, token: &str) -> Caller {
        tokens.find(token).expect("a known token")
    }

    #[test]
    fn tokens_are_found_by_hash_and_short_ones_never() {
        let kiosk = "k".repeat(40);
        let counter = "c".repeat(40);
        let tokens = Tokens::new(&[
            TokenConfig::for_token(Role::Kiosk, "tumba-1", &kiosk).unwrap(),
            TokenConfig::for_token(Role::Counter, "3", &counter)
                .unwrap()
                .in_office("botkyrka-tumba"),
        ]);
        let k = caller(&tokens, &kiosk);
        assert_eq!((k.role, k.id.as_str()), (Role::Kiosk, "tumba-1"));
        assert!(k.is_kiosk("tumba-1") && !k.is_kiosk("tumba-2"));
        let c = caller(&tokens, &counter);
        assert!(c.is_counter("botkyrka-tumba", "3"));
        assert!(!c.is_counter("botkyrka-fittja", "3"));
        assert!(!c.is_counter("botkyrka-tumba", "4"));
        assert!(tokens.find(&"x".repeat(40)).is_none());
        assert!(tokens.find(&kiosk[..31]).is_none());
        assert!(tokens.find("").is_none());
    }

    #[test]
    fn roles_reach_only_their_routes() {
        use RouteId::*;
        for route in [Health, Offices, Services, NowServing] {
            for role in Role::ALL {
                assert!(may_use(role, route), "{role:?} {route:?}");
            }
        }
        assert!(may_use(Role::Kiosk, Tickets) && !may_use(Role::Display, Tickets));
        assert!(!may_use(Role::Admin, Tickets) && !may_use(Role::Counter, Synpunkter));
        assert!(may_use(Role::Counter, CallNext) && !may_use(Role::Kiosk, CallNext));
        assert!(!may_use(Role::Admin, CallNext));
        assert!(may_use(Role::Admin, Kiosks) && !may_use(Role::Kiosk, Kiosks));
        assert!(may_use(Role::Display, KioskStatus) && !may_use(Role::Admin, KioskStatus));
        assert!(may_use(Role::Kiosk, KioskStats) && may_use(Role::Display, KioskStats));
        assert!(!may_use(Role::Admin, KioskStats) && !may_use(Role::Counter, KioskStats));
        for route in [SynpunktStatus, Reports] {
            assert!(may_use(Role::Admin, route));
            assert!(!may_use(Role::Kiosk, route) && !may_use(Role::Counter, route));
            assert!(!may_use(Role::Display, route));
        }
    }

    #[test]
    fn a_bucket_allows_a_minutes_burst_then_refills_evenly() {
        let token = "t".repeat(32);
        let tokens = Tokens::new(&[TokenConfig::for_token(Role::Kiosk, "k", &token).unwrap()]);
        let k = caller(&tokens, &token);
        let limiter = RateLimiter::new(Limits {
            tickets_per_minute: 6,
            ..Limits::default()
        });
        let t0: DateTime<Utc> = "2026-11-23T09:00:00Z".parse().unwrap();
        for _ in 0..6 {
            limiter.take(&k, Bucket::Tickets, t0).unwrap();
        }
        // One every ten seconds from here.
        assert_eq!(
            limiter.take(&k, Bucket::Tickets, t0),
            Err(Duration::from_secs(10))
        );
        let t = t0 + chrono::Duration::seconds(4);
        assert_eq!(
            limiter.take(&k, Bucket::Tickets, t),
            Err(Duration::from_secs(6))
        );
        let t = t0 + chrono::Duration::seconds(10);
        limiter.take(&k, Bucket::Tickets, t).unwrap();
        assert!(limiter.take(&k, Bucket::Tickets, t).is_err());
        // Other buckets are their own.
        limiter.take(&k, Bucket::Synpunkter, t).unwrap();
        limiter.take(&k, Bucket::Any, t).unwrap();
        // A clock set back refills nothing.
        assert!(limiter.take(&k, Bucket::Tickets, t0).is_err());
    }
}

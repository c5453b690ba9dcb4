//! The staff PIN: stored only as an Argon2id PHC string in the config
//! (`[staff] pin_hash`), made with `medborgarkiosk hash-pin` (at least six
//! digits). The PIN itself is never stored, logged or shown. The hash's
//! parameters are bounded: nothing weaker than the crate's defaults
//! (19 MiB, 2 passes: the OWASP minimum for Argon2id), nothing so costly
//! that a few tries on the PIN pad would exhaust the kiosk (over 256 MiB
//! or 10 passes).

use argon2::password_hash::rand_core::OsRng;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use serde::Deserialize;

/// Shortest and longest PIN typed on the pad (older four-digit PINs still
/// open the panel until IT makes a new one).
pub const MIN_DIGITS: usize = 4;
pub const MAX_DIGITS: usize = 12;
/// Shortest PIN `hash-pin` makes a hash of.
pub const MIN_NEW_DIGITS: usize = 6;

/// Argon2 memory (KiB) and passes: the weakest accepted (the crate's
/// defaults, OWASP's minimum for Argon2id) and the costliest.
pub const MIN_MEMORY_KIB: u32 = 19_456;
pub const MIN_PASSES: u32 = 2;
pub const MAX_MEMORY_KIB: u32 = 256 * 1024;
pub const MAX_PASSES: u32 = 10;
pub const MAX_LANES: u32 = 8;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PinError {
    #[error("a PIN is {MIN_DIGITS} to {MAX_DIGITS} digits 0-9, nothing else")]
    Format,
    #[error("a new PIN is {MIN_NEW_DIGITS} to {MAX_DIGITS} digits 0-9, nothing else")]
    TooShort,
    #[error(
        "[staff] pin_hash is weaker than allowed (m={memory_kib} KiB, t={passes}): at least m={MIN_MEMORY_KIB}, t={MIN_PASSES}; make a new one with `medborgarkiosk hash-pin`"
    )]
    Weak { memory_kib: u32, passes: u32 },
    #[error(
        "[staff] pin_hash is costlier than allowed (m={memory_kib} KiB, t={passes}, p={lanes}): at most m={MAX_MEMORY_KIB} (256 MiB), t={MAX_PASSES}, p={MAX_LANES}"
    )]
    TooCostly {
        memory_kib: u32,
        passes: u32,
        lanes: u32,
    },
    #[error(
        "[staff] pin_hash is not an Argon2id PHC string (make one with `medborgarkiosk hash-pin`)"
    )]
    NotArgon2id,
    #[error("cannot hash the PIN: {0}")]
    Hash(String),
}

/// `[staff]` in the kiosk's config.
///
/// ```toml
/// [staff]
/// # From `medborgarkiosk hash-pin` (reads the PIN from the terminal).
/// # Unset: staff mode cannot be entered.
/// pin_hash = "$argon2id$v=19$m=19456,t=2,p=1$…$…"
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct StaffConfig {
    pub pin_hash: Option<String>,
}

impl StaffConfig {
    /// An Argon2id hash within the parameter bounds ([`check_params`]).
    pub fn validate(&self) -> Result<(), PinError> {
        match &self.pin_hash {
            Some(hash) => check_hash(hash).and_then(|()| check_params(hash)),
            None => Ok(()),
        }
    }
}

/// Checks the hash's Argon2 parameters: at least [`MIN_MEMORY_KIB`] and
/// [`MIN_PASSES`], at most [`MAX_MEMORY_KIB`], [`MAX_PASSES`] and
/// [`MAX_LANES`].
pub fn check_params(hash: &str) -> Result<(), PinError> {
    let parsed = PasswordHash::new(hash).map_err(|_| PinError::NotArgon2id)?;
    let params = Params::try_from(&parsed).map_err(|_| PinError::NotArgon2id)?;
    let (memory_kib, passes, lanes) = (params.m_cost(), params.t_cost(), params.p_cost());
    if memory_kib > MAX_MEMORY_KIB || passes > MAX_PASSES || lanes > MAX_LANES {
        return Err(PinError::TooCostly {
            memory_kib,
            passes,
            lanes,
        });
    }
    if memory_kib < MIN_MEMORY_KIB || passes < MIN_PASSES {
        return Err(PinError::Weak { memory_kib, passes });
    }
    Ok(())
}

/// Whether `pin` has the form of a PIN (digits only, 4 to 12).
pub fn is_well_formed(pin: &str) -> bool {
    (MIN_DIGITS..=MAX_DIGITS).contains(&pin.len()) && pin.bytes().all(|b| b.is_ascii_digit())
}

/// Hashes a new PIN (at least [`MIN_NEW_DIGITS`] digits) with Argon2id
/// and the crate's recommended parameters (19 MiB, 2 passes, 1 lane: the
/// OWASP minimum for Argon2id).
pub fn hash_pin(pin: &str) -> Result<String, PinError> {
    if !is_well_formed(pin) {
        return Err(PinError::Format);
    }
    if pin.len() < MIN_NEW_DIGITS {
        return Err(PinError::TooShort);
    }
    hash_pin_with(pin, Params::default())
}

/// Light parameters for tests only: a hash in well under a millisecond.
pub fn test_params() -> Params {
    Params::new(64, 1, 1, None).unwrap_or_default()
}

/// Hashes a PIN with Argon2id and the given parameters.
pub fn hash_pin_with(pin: &str, params: Params) -> Result<String, PinError> {
    if !is_well_formed(pin) {
        return Err(PinError::Format);
    }
    let salt = SaltString::generate(&mut OsRng);
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
        .hash_password(pin.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| PinError::Hash(e.to_string()))
}

/// Checks that `hash` is an Argon2id PHC string.
pub fn check_hash(hash: &str) -> Result<(), PinError> {
    let parsed = PasswordHash::new(hash).map_err(|_| PinError::NotArgon2id)?;
    if parsed.algorithm != Algorithm::Argon2id.ident() || parsed.hash.is_none() {
        return Err(PinError::NotArgon2id);
    }
    Ok(())
}

/// Whether `pin` matches the stored hash (the parameters come from the
/// hash). A malformed hash matches nothing.
pub fn verify(pin: &str, hash: &str) -> bool {
    if !is_well_formed(pin) || check_hash(hash).is_err() {
        return false;
    }
    let Ok(parsed) = PasswordHash::new(hash) else {
        return false;
    };
    Argon2::default()
        .verify_password(pin.as_bytes(), &parsed)
        .is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_and_verify() {
        let hash = hash_pin_with("2468", test_params()).unwrap();
        assert!(hash.starts_with("$argon2id$v=19$m=64,t=1,p=1$"), "{hash}");
        assert!(!hash.contains("2468"));
        assert!(verify("2468", &hash));
        assert!(!verify("2469", &hash));
        assert!(!verify("", &hash));
        assert!(!verify("2468", "not a hash"));
        // Each hash has its own salt.
        assert_ne!(hash, hash_pin_with("2468", test_params()).unwrap());
    }

    #[test]
    fn production_parameters_are_proper_argon2id() {
        let hash = hash_pin("135790").unwrap();
        assert!(
            hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{hash}"
        );
        assert!(verify("135790", &hash));
        assert_eq!(check_params(&hash), Ok(()));
        // A new PIN has at least six digits.
        assert_eq!(hash_pin("13579"), Err(PinError::TooShort));
        assert_eq!(hash_pin("1357"), Err(PinError::TooShort));
        assert_eq!(hash_pin("12a456"), Err(PinError::Format));
    }

    /// A hash with these parameters (the salt and digest are dummies: only
    /// the parameters are read).
    fn phc(m: u32, t: u32, p: u32) -> String {
        format!(
            "$argon2id$v=19$m={m},t={t},p={p}$c29tZXNhbHRzb21lc2FsdA$ZGlnZXN0ZGlnZXN0ZGlnZXN0ZGlnZXN0ZGlnZXN0ZGk"
        )
    }

    #[test]
    fn argon2_parameters_are_bounded_both_ways() {
        for (m, t, p) in [(19_456, 2, 1), (65_536, 3, 4), (262_144, 10, 8)] {
            let config = StaffConfig {
                pin_hash: Some(phc(m, t, p)),
            };
            assert_eq!(config.validate(), Ok(()), "m={m} t={t} p={p}");
        }
        for (m, t) in [(19_455, 2), (19_456, 1), (64, 1), (4_096, 3)] {
            let config = StaffConfig {
                pin_hash: Some(phc(m, t, 1)),
            };
            assert!(
                matches!(config.validate(), Err(PinError::Weak { .. })),
                "m={m} t={t}"
            );
        }
        for (m, t, p) in [
            (262_145, 2, 1),
            (19_456, 11, 1),
            (19_456, 2, 9),
            (4_194_304, 2, 1),
        ] {
            let config = StaffConfig {
                pin_hash: Some(phc(m, t, p)),
            };
            let err = config.validate().unwrap_err();
            assert!(
                matches!(err, PinError::TooCostly { .. }),
                "m={m} t={t} p={p}"
            );
            assert!(err.to_string().contains("256 MiB"));
        }
    }

    #[test]
    fn pin_format() {
        assert!(is_well_formed("1234"));
        assert!(is_well_formed("123456789012"));
        assert!(!is_well_formed("123"));
        assert!(!is_well_formed("1234567890123"));
        assert!(!is_well_formed("12a4"));
        assert!(!is_well_formed("١٢٣٤"));
        assert_eq!(hash_pin_with("12", test_params()), Err(PinError::Format));
    }

    #[test]
    fn config_accepts_only_argon2id() {
        let ok = StaffConfig {
            pin_hash: Some(phc(19_456, 2, 1)),
        };
        assert_eq!(ok.validate(), Ok(()));
        // The light test parameters are refused in a config.
        let light = StaffConfig {
            pin_hash: Some(hash_pin_with("1234", test_params()).unwrap()),
        };
        assert!(matches!(light.validate(), Err(PinError::Weak { .. })));
        let argon2i = argon2::Argon2::new(Algorithm::Argon2i, Version::V0x13, test_params())
            .hash_password(b"1234", &SaltString::generate(&mut OsRng))
            .unwrap()
            .to_string();
        for bad in ["1234", "$argon2id$", argon2i.as_str()] {
            let config = StaffConfig {
                pin_hash: Some(bad.to_owned()),
            };
            assert_eq!(config.validate(), Err(PinError::NotArgon2id), "{bad}");
        }
        assert_eq!(StaffConfig::default().validate(), Ok(()));
    }
}

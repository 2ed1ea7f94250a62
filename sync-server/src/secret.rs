//! Secrets the server draws or checks: Argon2id hashes of share PINs and advisor passwords (PHC strings),
//! and random session and CSRF tokens from the operating system.
//!
//! Hashing is slow on purpose, so the handlers run it on tokio's blocking pool ([`verify_blocking`],
//! [`hash_blocking`]) and never on the threads that serve requests.

use std::sync::OnceLock;

use argon2::{Algorithm, Argon2, Params, PasswordHash, PasswordHasher, PasswordVerifier, Version};

/// Argon2id with 19 MiB, 2 passes, 1 lane: OWASP's first recommended setting, about 10–30 ms per hash on a
/// server core in a release build. Stored hashes carry their own parameters, so raising these later keeps
/// old hashes verifiable.
const M_COST_KIB: u32 = 19 * 1024;
const T_COST: u32 = 2;
const P_COST: u32 = 1;

/// Salt length in bytes (the PHC recommendation).
const SALT_LEN: usize = 16;

/// Why a secret could not be hashed or drawn. Never about the secret itself.
#[derive(Debug, thiserror::Error)]
pub enum SecretError {
    /// The operating system's random source failed.
    #[error("the system's random source failed: {0}")]
    Random(getrandom::Error),
    /// Argon2 refused its input (cannot happen with the constants above and secrets of sane length).
    #[error("password hashing failed: {0}")]
    Hash(argon2::password_hash::Error),
    /// The blocking task that hashed was cancelled or panicked.
    #[error("the hashing task did not finish")]
    Task,
}

fn argon2() -> Argon2<'static> {
    // The constants are valid parameters; `Params::DEFAULT` is the same setting, kept as a fallback only so
    // this function needs no `expect`.
    let params = Params::new(M_COST_KIB, T_COST, P_COST, None).unwrap_or(Params::DEFAULT);
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// The Argon2id hash of `secret` with a fresh random salt, as a PHC string (`$argon2id$v=19$m=…`).
pub fn hash(secret: &str) -> Result<String, SecretError> {
    let salt: [u8; SALT_LEN] = random()?;
    argon2()
        .hash_password_with_salt(secret.as_bytes(), &salt)
        .map(|hash| hash.to_string())
        .map_err(SecretError::Hash)
}

/// Whether `secret` matches the PHC string `phc`. A malformed stored hash matches nothing.
pub fn verify(secret: &str, phc: &str) -> bool {
    match PasswordHash::new(phc) {
        Ok(parsed) => argon2().verify_password(secret.as_bytes(), &parsed).is_ok(),
        Err(_) => false,
    }
}

/// [`verify`] on the blocking pool.
pub(crate) async fn verify_blocking(secret: String, phc: String) -> Result<bool, SecretError> {
    tokio::task::spawn_blocking(move || verify(&secret, &phc))
        .await
        .map_err(|_| SecretError::Task)
}

/// [`hash`] on the blocking pool.
pub(crate) async fn hash_blocking(secret: String) -> Result<String, SecretError> {
    tokio::task::spawn_blocking(move || hash(&secret))
        .await
        .map_err(|_| SecretError::Task)?
}

/// A hash no password matches (of 32 random bytes nobody knows), made once per process. Logins for
/// unknown e-mail addresses verify against it, so they take as long as a wrong password for a real one.
pub(crate) fn dummy_hash() -> Result<&'static str, SecretError> {
    static DUMMY: OnceLock<String> = OnceLock::new();
    if let Some(hash) = DUMMY.get() {
        return Ok(hash);
    }
    let unknowable: [u8; 32] = random()?;
    let made = hash(&booklet::sync::crypto::to_hex(&unknowable))?;
    Ok(DUMMY.get_or_init(|| made))
}

/// `N` bytes from the operating system's random source.
pub(crate) fn random<const N: usize>() -> Result<[u8; N], SecretError> {
    let mut bytes = [0; N];
    getrandom::fill(&mut bytes).map_err(SecretError::Random)?;
    Ok(bytes)
}

/// Whether two byte strings are equal, looking at every byte whatever the first difference (the lengths
/// are not secret: tokens have a fixed length).
pub(crate) fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let difference = a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y));
    std::hint::black_box(difference) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_are_argon2id_phc_strings_that_verify() {
        let stored = hash("4711").expect("hashing works");
        assert!(stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{stored}");
        assert!(verify("4711", &stored));
        assert!(!verify("4712", &stored));
        assert!(!verify("", &stored));
        // Salted: the same secret hashes differently each time.
        assert_ne!(stored, hash("4711").expect("hashing works"));
        assert!(!verify("4711", "not a PHC string"));
        assert!(!verify("4711", ""));
    }

    #[test]
    fn the_dummy_hash_matches_no_guess() {
        let dummy = dummy_hash().expect("made");
        assert_eq!(Some(dummy), dummy_hash().ok());
        for guess in ["", "password", "0000"] {
            assert!(!verify(guess, dummy));
        }
    }

    #[test]
    fn random_bytes_differ() {
        let a: [u8; 32] = random().expect("random");
        let b: [u8; 32] = random().expect("random");
        assert_ne!(a, b);
    }

    #[test]
    fn constant_time_eq_compares_every_byte_and_the_length() {
        assert!(constant_time_eq(b"abcd", b"abcd"));
        assert!(!constant_time_eq(b"abcd", b"abce"));
        assert!(!constant_time_eq(b"abcd", b"xbcd"));
        assert!(!constant_time_eq(b"abcd", b"abc"));
        assert!(constant_time_eq(b"", b""));
    }
}

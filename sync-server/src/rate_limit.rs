//! [`RateLimiter`]: a token bucket per client key, in memory.
//!
//! Keys are a token's hash (each sync space's client), a client address (registration, which anyone can
//! call with a fresh token; logins, PIN tries and share creation), a share (PIN tries) or an e-mail
//! address's hash (logins). Each purpose has its own limiter (see `AppState`), so the buckets of one do not
//! drain another's. Buckets live only in this process: several servers behind a load balancer
//! each allow the rate, which is fine for a limit meant to stop runaway clients, not to meter them.

use std::collections::HashMap;
use std::collections::hash_map::RandomState;
use std::hash::BuildHasher;
use std::net::IpAddr;
use std::sync::{Mutex, OnceLock, PoisonError};
use std::time::{Duration, Instant};

use crate::config::Rate;
use crate::store::{ShareId, TokenHash};

/// Above this many buckets, full ones are dropped before a new one is added, so memory stays bounded by
/// the clients active within one refill period.
const SWEEP_ABOVE: usize = 10_000;

/// Who a bucket belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RateKey {
    /// A bearer token, by its hash (the token itself is never kept).
    Token(TokenHash),
    /// A client address, for requests whose token proves nothing yet (registration).
    Ip(IpAddr),
    /// A link share, for PIN tries.
    Share(ShareId),
    /// A keyed hash of a lower-cased e-mail address, for logins (the address itself is not kept).
    Email(u64),
}

impl RateKey {
    /// The key of an e-mail address: case and surrounding space do not make a new bucket, and the address
    /// is kept only as a hash keyed per process (collisions merely share a bucket).
    pub fn email(address: &str) -> Self {
        static KEYS: OnceLock<RandomState> = OnceLock::new();
        let normalised = address.trim().to_lowercase();
        Self::Email(KEYS.get_or_init(RandomState::new).hash_one(normalised))
    }
}

/// One client's bucket: `tokens` as of `updated`.
#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    updated: Instant,
}

/// Token buckets: each key may make `burst` requests at once and `per_second` on average.
#[derive(Debug)]
pub struct RateLimiter {
    per_second: f64,
    burst: f64,
    buckets: Mutex<HashMap<RateKey, Bucket>>,
}

impl RateLimiter {
    /// A limiter refilling `per_second` requests per second up to `burst`. A rate or burst of 0 (or a
    /// rate that is not a positive number) turns limiting off.
    pub fn new(per_second: f64, burst: u32) -> Self {
        Self {
            per_second,
            burst: f64::from(burst),
            buckets: Mutex::new(HashMap::new()),
        }
    }

    /// A limiter for a [`Rate`] given per minute.
    pub fn per_minute(rate: Rate) -> Self {
        Self::new(rate.per_minute / 60.0, rate.burst)
    }

    /// Whether limiting is on.
    pub fn is_enabled(&self) -> bool {
        self.per_second.is_finite() && self.per_second > 0.0 && self.burst >= 1.0
    }

    /// Takes one request from `key`'s bucket, or says how long until the next one is allowed.
    pub fn check(&self, key: RateKey) -> Result<(), Duration> {
        self.check_at(key, Instant::now())
    }

    /// [`Self::check`] at a given instant (tests pass their own clock).
    pub fn check_at(&self, key: RateKey, now: Instant) -> Result<(), Duration> {
        if !self.is_enabled() {
            return Ok(());
        }
        // A poisoned lock only means another request panicked mid-update; the counts are still usable.
        let mut buckets = self.buckets.lock().unwrap_or_else(PoisonError::into_inner);
        if buckets.len() >= SWEEP_ABOVE && !buckets.contains_key(&key) {
            buckets.retain(|_, bucket| self.refilled(*bucket, now) < self.burst);
        }
        let bucket = buckets.entry(key).or_insert(Bucket {
            tokens: self.burst,
            updated: now,
        });
        let tokens = self.refilled(*bucket, now);
        if tokens >= 1.0 {
            *bucket = Bucket {
                tokens: tokens - 1.0,
                updated: now,
            };
            Ok(())
        } else {
            *bucket = Bucket { tokens, updated: now };
            Err(Duration::from_secs_f64((1.0 - tokens) / self.per_second))
        }
    }

    /// The bucket's tokens at `now`: what it had plus the refill since, capped at the burst.
    fn refilled(&self, bucket: Bucket, now: Instant) -> f64 {
        let elapsed = now.saturating_duration_since(bucket.updated).as_secs_f64();
        (bucket.tokens + elapsed * self.per_second).min(self.burst)
    }

    /// How many buckets are kept (for tests of the sweep).
    #[cfg(test)]
    fn len(&self) -> usize {
        self.buckets.lock().unwrap_or_else(PoisonError::into_inner).len()
    }
}

/// `Retry-After` in whole seconds: rounded up, at least 1 (0 would invite an immediate retry).
pub fn retry_after_secs(wait: Duration) -> u64 {
    let secs = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
    secs.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn token(n: u8) -> RateKey {
        RateKey::Token([n; 32])
    }

    #[test]
    fn a_burst_is_allowed_then_refused_until_refilled() {
        let limiter = RateLimiter::new(2.0, 3);
        let start = Instant::now();
        for _ in 0..3 {
            assert_eq!(limiter.check_at(token(1), start), Ok(()));
        }
        let wait = limiter
            .check_at(token(1), start)
            .expect_err("the burst is used up");
        assert_eq!(wait, Duration::from_millis(500));
        // Another client is not affected.
        assert_eq!(limiter.check_at(token(2), start), Ok(()));
        // Half a second refills one request at 2 per second.
        let later = start + Duration::from_millis(500);
        assert_eq!(limiter.check_at(token(1), later), Ok(()));
        assert!(limiter.check_at(token(1), later).is_err());
    }

    #[test]
    fn refill_is_capped_at_the_burst() {
        let limiter = RateLimiter::new(10.0, 2);
        let start = Instant::now();
        let much_later = start + Duration::from_secs(3600);
        let results: Vec<bool> = (0..3)
            .map(|_| limiter.check_at(token(1), much_later).is_ok())
            .collect();
        assert_eq!(results, [true, true, false]);
    }

    #[test]
    fn zero_turns_limiting_off() {
        for limiter in [RateLimiter::new(0.0, 60), RateLimiter::new(20.0, 0)] {
            assert!(!limiter.is_enabled());
            let now = Instant::now();
            assert!((0..1000).all(|_| limiter.check_at(token(1), now).is_ok()));
        }
    }

    #[test]
    fn full_buckets_are_swept_when_there_are_many() {
        let limiter = RateLimiter::new(1.0, 1);
        let start = Instant::now();
        for n in 0..SWEEP_ABOVE {
            let ip = IpAddr::from([10, 0, (n / 256) as u8, (n % 256) as u8]);
            assert!(limiter.check_at(RateKey::Ip(ip), start).is_ok());
        }
        assert_eq!(limiter.len(), SWEEP_ABOVE);
        // A second later every bucket is full again, so a new client's arrival clears them.
        let later = start + Duration::from_secs(1);
        assert!(limiter.check_at(token(9), later).is_ok());
        assert_eq!(limiter.len(), 1);
    }

    #[test]
    fn email_keys_ignore_case_and_space() {
        assert_eq!(
            RateKey::email(" Anna@Example.org "),
            RateKey::email("anna@example.org")
        );
        assert_ne!(
            RateKey::email("anna@example.org"),
            RateKey::email("ben@example.org")
        );
    }

    #[test]
    fn retry_after_rounds_up_to_whole_seconds() {
        let cases = [(0, 1), (1, 1), (999, 1), (1000, 1), (1001, 2), (60_000, 60)];
        for (millis, secs) in cases {
            assert_eq!(retry_after_secs(Duration::from_millis(millis)), secs, "{millis}");
        }
    }
}

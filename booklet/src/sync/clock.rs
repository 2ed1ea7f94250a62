//! Hybrid logical clocks: wall milliseconds, a counter and the node, so every operation gets a stamp that is
//! unique, close to real time, and ordered after everything its device had seen when it was made.
//!
//! A [`Clock`] never reads the time itself: the caller passes wall-clock milliseconds to [`Clock::tick`] and
//! [`Clock::observe`]. Its stamps grow strictly even when the wall clock goes backwards (the phone's time was
//! corrected), because the last stamp is the floor of the next one.

use std::fmt;

use super::replica::SyncError;
use super::replica::bytes::{Reader, Writer};

/// How far ahead of the receiver's wall clock a remote stamp may be: 24 hours.
///
/// The limit exists because a stamp is sticky: every clock that observes it moves its own millis up to it, and
/// an entry written with it wins against every honest edit until that time. A phone whose clock is a year
/// ahead would otherwise make the whole space's edits lose against its own for a year. Phones do have bad
/// clocks, though — the most common mistake is a wrong time zone "fixed" by moving the clock (up to 14 hours
/// off in UTC), or a clock set by hand — and refusing their records would stop their sync altogether. A day
/// accepts every such mistake and still bounds the damage of a broken clock to one day of edits.
pub const MAX_DRIFT_MS: u64 = 24 * 60 * 60 * 1000;

/// A hybrid logical clock stamp. Ordered by `(millis, counter, node)`, a total order: two stamps of different
/// nodes never compare equal, and a stamp is equal to another only if it is the same stamp.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Hlc {
    /// Milliseconds since the Unix epoch: the wall clock, or a later stamp already seen.
    pub millis: u64,
    /// Counts stamps within one millisecond (and while the wall clock lags behind `millis`).
    pub counter: u32,
    /// The device that made the stamp (its 8 random device bytes, big-endian).
    pub node: u64,
}

impl Hlc {
    /// The stamp in its compact form: varint millis, varint counter, 8 bytes node (9 + 6–7 bytes for a stamp
    /// of this century).
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Writer::default();
        self.write(&mut w);
        w.buf
    }

    /// Reads what [`Hlc::to_bytes`] wrote; any other input is [`SyncError::Damaged`].
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, SyncError> {
        let mut r = Reader::new(bytes);
        let hlc = Self::read(&mut r)?;
        r.finish()?;
        Ok(hlc)
    }

    pub(super) fn write(&self, w: &mut Writer) {
        w.varint(self.millis);
        w.varint(u64::from(self.counter));
        w.u64_fixed(self.node);
    }

    pub(super) fn read(r: &mut Reader<'_>) -> Result<Self, SyncError> {
        Ok(Self {
            millis: r.varint()?,
            counter: r.u32()?,
            node: r.u64_fixed()?,
        })
    }
}

impl fmt::Display for Hlc {
    /// `millis.counter@node` with the node in hex, for logs.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}@{:016x}", self.millis, self.counter, self.node)
    }
}

/// The clock of one device: hands out stamps ([`Clock::tick`]) and moves forward past remote stamps it sees
/// ([`Clock::observe`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clock {
    /// The last stamp handed out or observed (with this clock's node); the next stamp is greater.
    last: Hlc,
}

impl Clock {
    /// A fresh clock of device `node`.
    pub const fn new(node: u64) -> Self {
        Self {
            last: Hlc {
                millis: 0,
                counter: 0,
                node,
            },
        }
    }

    /// A clock of device `node` that continues after `last` (e.g. [`super::replica::Replica::latest`] after a
    /// restart), so its next stamp beats every stamp already in the replica.
    pub fn resume(node: u64, last: Hlc) -> Self {
        Self {
            last: Hlc { node, ..last },
        }
    }

    /// This clock's device.
    pub const fn node(&self) -> u64 {
        self.last.node
    }

    /// The last stamp handed out or observed (carrying this clock's node).
    pub const fn last(&self) -> Hlc {
        self.last
    }

    /// The next stamp: the wall clock if it is ahead of everything seen, else the last millis with the counter
    /// one up. Strictly greater than every earlier stamp of this clock and every stamp it observed.
    pub fn tick(&mut self, wall_ms: u64) -> Hlc {
        let last = self.last;
        self.last = if wall_ms > last.millis {
            Hlc {
                millis: wall_ms,
                counter: 0,
                node: last.node,
            }
        } else if let Some(counter) = last.counter.checked_add(1) {
            Hlc { counter, ..last }
        } else {
            // Four billion stamps within one millisecond cannot come from edits; stay monotonic anyway.
            Hlc {
                millis: last.millis.saturating_add(1),
                counter: 0,
                node: last.node,
            }
        };
        self.last
    }

    /// Takes note of a remote stamp, so the next [`Clock::tick`] is greater than it. Refuses a stamp more than
    /// [`MAX_DRIFT_MS`] ahead of `wall_ms` ([`SyncError::ClockAhead`]) and then leaves the clock unchanged.
    pub fn observe(&mut self, remote: Hlc, wall_ms: u64) -> Result<(), SyncError> {
        check_drift(remote, wall_ms)?;
        if (remote.millis, remote.counter) > (self.last.millis, self.last.counter) {
            self.last = Hlc {
                node: self.last.node,
                ..remote
            };
        }
        Ok(())
    }
}

/// Whether `remote` is within [`MAX_DRIFT_MS`] of `wall_ms` (stamps from the past are always fine).
pub fn check_drift(remote: Hlc, wall_ms: u64) -> Result<(), SyncError> {
    let ahead = remote.millis.saturating_sub(wall_ms);
    if ahead > MAX_DRIFT_MS {
        Err(SyncError::ClockAhead { ahead_ms: ahead })
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const T: u64 = 1_709_980_200_000;

    #[test]
    fn ticks_grow_strictly_when_the_wall_clock_stalls_or_goes_back() {
        let mut c = Clock::new(7);
        let a = c.tick(T);
        let b = c.tick(T);
        let d = c.tick(T - 60_000);
        let e = c.tick(T + 5);
        assert_eq!(
            a,
            Hlc {
                millis: T,
                counter: 0,
                node: 7
            }
        );
        assert_eq!(
            b,
            Hlc {
                millis: T,
                counter: 1,
                node: 7
            }
        );
        assert_eq!(
            d,
            Hlc {
                millis: T,
                counter: 2,
                node: 7
            }
        );
        assert_eq!(
            e,
            Hlc {
                millis: T + 5,
                counter: 0,
                node: 7
            }
        );
        assert!(a < b && b < d && d < e);
    }

    #[test]
    fn counter_overflow_moves_to_the_next_millisecond() {
        let mut c = Clock::resume(
            1,
            Hlc {
                millis: T,
                counter: u32::MAX,
                node: 9,
            },
        );
        assert_eq!(
            c.tick(T),
            Hlc {
                millis: T + 1,
                counter: 0,
                node: 1
            }
        );
    }

    #[test]
    fn observed_stamps_are_passed() {
        let mut c = Clock::new(1);
        let remote = Hlc {
            millis: T + 1000,
            counter: 4,
            node: 2,
        };
        assert_eq!(c.observe(remote, T), Ok(()));
        let next = c.tick(T);
        assert!(next > remote);
        assert_eq!(
            next,
            Hlc {
                millis: T + 1000,
                counter: 5,
                node: 1
            }
        );
        // An older remote stamp changes nothing.
        assert_eq!(
            c.observe(
                Hlc {
                    millis: 1,
                    counter: 0,
                    node: 3
                },
                T
            ),
            Ok(())
        );
        assert_eq!(c.last(), next);
    }

    #[test]
    fn stamps_too_far_ahead_are_refused() {
        let mut c = Clock::new(1);
        let ok = Hlc {
            millis: T + MAX_DRIFT_MS,
            counter: 0,
            node: 2,
        };
        let bad = Hlc {
            millis: T + MAX_DRIFT_MS + 1,
            counter: 0,
            node: 2,
        };
        assert_eq!(
            c.observe(bad, T),
            Err(SyncError::ClockAhead {
                ahead_ms: MAX_DRIFT_MS + 1
            })
        );
        assert_eq!(c.last(), Clock::new(1).last());
        assert_eq!(c.observe(ok, T), Ok(()));
        assert_eq!(c.tick(0).millis, T + MAX_DRIFT_MS);
    }

    #[test]
    fn the_compact_form_round_trips() {
        for hlc in [
            Hlc::default(),
            Hlc {
                millis: T,
                counter: 3,
                node: 0x0123_4567_89ab_cdef,
            },
            Hlc {
                millis: u64::MAX,
                counter: u32::MAX,
                node: u64::MAX,
            },
        ] {
            assert_eq!(Hlc::from_bytes(&hlc.to_bytes()), Ok(hlc));
        }
        let bytes = Hlc {
            millis: T,
            counter: 0,
            node: 1,
        }
        .to_bytes();
        assert_eq!(bytes.len(), 6 + 1 + 8);
        let mut longer = bytes.clone();
        longer.push(0);
        assert_eq!(Hlc::from_bytes(&longer), Err(SyncError::Damaged));
        assert_eq!(
            Hlc::from_bytes(&bytes[..bytes.len() - 1]),
            Err(SyncError::Damaged)
        );
        assert_eq!(
            Hlc {
                millis: 5,
                counter: 1,
                node: 255
            }
            .to_string(),
            "5.1@00000000000000ff"
        );
    }
}

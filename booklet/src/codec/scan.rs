//! Reading whatever a scanner or a URL gave us: a whole URL, a bare fragment, or something foreign.

use super::{DecodeError, FRAGMENT_PREFIX, ForeignKind, ScanError, Share, decode, from_text};
use crate::link::{self, LinkError, ShareLink};
use crate::time::Date;

fn starts_with_ci(text: &str, prefix: &str) -> bool {
    text.len() >= prefix.len() && text.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

fn is_url(text: &str) -> bool {
    starts_with_ci(text, "https://") || starts_with_ci(text, "http://")
}

/// What a code that is not a share is.
fn classify(text: &str) -> ForeignKind {
    if starts_with_ci(text, "HC1:") {
        ForeignKind::CovidCertificate
    } else if starts_with_ci(text, "shc:/") {
        ForeignKind::SmartHealthCard
    } else if is_url(text) {
        ForeignKind::Url
    } else {
        ForeignKind::Other
    }
}

fn hex(c: u8) -> Option<u8> {
    char::from(c).to_digit(16).map(|d| d as u8)
}

/// Undoes percent-escapes an app may have added (`%24` for `$`); the alphabet itself has no `%`.
pub(crate) fn percent_decode(text: &str) -> Result<String, DecodeError> {
    if !text.contains('%') {
        return Ok(text.to_owned());
    }
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let (Some(&h), Some(&l)) = (bytes.get(i + 1), bytes.get(i + 2)) else {
                return Err(DecodeError::BadAlphabet);
            };
            let (Some(h), Some(l)) = (hex(h), hex(l)) else {
                return Err(DecodeError::BadAlphabet);
            };
            out.push(h << 4 | l);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| DecodeError::BadAlphabet)
}

/// Reads a scanned text or opened URL: a whole URL `https://…/#BH1:…`, a fragment `#BH1:…` or `BH1:…`
/// (the tag in any case; surrounding whitespace ignored). Checks the context tag, decodes, and refuses a share
/// whose expiry day is before `today` (a share is valid through its expiry day).
pub fn read_scanned(text: &str, today: Date) -> Result<Share, ScanError> {
    let text = text.trim();
    let candidate = match text.split_once('#') {
        Some((_, fragment)) => fragment,
        None if is_url(text) => return Err(ScanError::Foreign(ForeignKind::Url)),
        None => text,
    };
    if !starts_with_ci(candidate, FRAGMENT_PREFIX) {
        return Err(ScanError::Foreign(match classify(candidate) {
            ForeignKind::Other if is_url(text) => ForeignKind::Url,
            kind => kind,
        }));
    }
    let body = percent_decode(&candidate[FRAGMENT_PREFIX.len()..])?;
    let share = decode(&from_text(&body)?)?;
    if today > share.expires {
        return Err(ScanError::Expired {
            expires: share.expires,
        });
    }
    Ok(share)
}

/// What the in-app scanner found: an offline share (`BH1:`, its content right in the code) or a link share
/// (`BHL1:`, the id and key of a share whose sealed content the app fetches from the server).
#[derive(Clone, Debug, PartialEq)]
pub enum Scanned {
    /// An offline share, decoded and not expired.
    Share(Share),
    /// A link share: the app asks the server for [`ShareLink::id`] and opens the answer with its key.
    Link(ShareLink),
}

/// Reads a scanned text or opened URL that may be either kind of share: a link (`https://…/#BHL1:…`,
/// `#BHL1:…` or `BHL1:…`, see [`ShareLink::from_fragment`]) or anything [`read_scanned`] reads. A damaged
/// link is a [`ScanError::Decode`] like a damaged offline share; codes that are neither are
/// [`ScanError::Foreign`] exactly as for [`read_scanned`]. Whether a link share is still valid only the
/// server knows.
pub fn read_scanned_any(text: &str, today: Date) -> Result<Scanned, ScanError> {
    let trimmed = text.trim();
    let fragment = trimmed.split_once('#').map_or(trimmed, |(_, fragment)| fragment);
    // The prefix is recognised before percent-decoding too, so `BHL1%3A…` is not mistaken for foreign.
    let is_link = starts_with_ci(fragment, link::FRAGMENT_PREFIX)
        || percent_decode(fragment).is_ok_and(|f| starts_with_ci(&f, link::FRAGMENT_PREFIX));
    if !is_link {
        return read_scanned(text, today).map(Scanned::Share);
    }
    match ShareLink::from_fragment(fragment) {
        Ok(found) => Ok(Scanned::Link(found)),
        Err(LinkError::Decode(e)) => Err(ScanError::Decode(e)),
        // Only decode errors remain once the prefix is there; anything else is reported as damaged.
        Err(_) => Err(ScanError::Decode(DecodeError::Damaged)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn foreign_codes_are_named() {
        let today = Date::from_days_since_epoch(20_000).unwrap();
        let cases = [
            (
                "HC1:6BFOXN%TS3DHPVO13J /G-/2YRVA.Q/R8VRU2FC",
                ForeignKind::CovidCertificate,
            ),
            ("hc1:6bfoxn", ForeignKind::CovidCertificate),
            (
                "shc:/56762909524320603460292437404460",
                ForeignKind::SmartHealthCard,
            ),
            ("https://example.org/x", ForeignKind::Url),
            ("HTTP://EXAMPLE.ORG/X", ForeignKind::Url),
            ("https://example.org/#section", ForeignKind::Url),
            ("https://example.org/#HC1:ABC", ForeignKind::CovidCertificate),
            ("WIFI:S:net;T:WPA;P:secret;;", ForeignKind::Other),
            ("", ForeignKind::Other),
            ("#", ForeignKind::Other),
            ("BH", ForeignKind::Other),
        ];
        for (text, kind) in cases {
            assert_eq!(read_scanned(text, today), Err(ScanError::Foreign(kind)), "{text}");
        }
    }

    #[test]
    fn percent_escapes_are_undone_or_refused() {
        assert_eq!(percent_decode("A%24B%2b"), Ok("A$B+".to_owned()));
        assert_eq!(percent_decode("A%2"), Err(DecodeError::BadAlphabet));
        assert_eq!(percent_decode("A%zz"), Err(DecodeError::BadAlphabet));
        assert_eq!(percent_decode("%ff"), Err(DecodeError::BadAlphabet));
        assert_eq!(percent_decode("%"), Err(DecodeError::BadAlphabet));
    }
}

//! The share QR: the app's URL with the payload in the fragment, as two QR segments — byte mode for the URL
//! prefix (lower case, `#`) and alphanumeric mode for the payload, whose alphabet was chosen to fit it — at
//! error correction M, in the smallest version that holds it.

use qrcode::bits::Bits;
use qrcode::render::svg;
use qrcode::{EcLevel, QrCode, Version};

/// Above this version a phone camera struggles to read a code shown on a phone screen (DESIGN.md).
pub const MAX_VERSION: i16 = 25;

/// A rendered code.
pub struct Qr {
    /// The SVG markup (dark modules on white, with the quiet zone).
    pub svg: String,
    /// The QR version used (1–40).
    pub version: i16,
}

/// Why no code was made.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum QrError {
    /// The data needs a version above [`MAX_VERSION`] (or does not fit at all).
    #[error("too large for one QR code")]
    TooLarge,
}

impl QrError {
    /// The Fluent message id.
    pub fn message_id(&self) -> &'static str {
        "share-too-big"
    }
}

/// The smallest version at ECC M that holds `prefix` (byte mode) followed by `payload` (alphanumeric mode).
pub fn encode(prefix: &str, payload: &str) -> Result<(QrCode, i16), QrError> {
    for v in 1..=40i16 {
        let mut bits = Bits::new(Version::Normal(v));
        let fits = bits.push_byte_data(prefix.as_bytes()).is_ok()
            && bits.push_alphanumeric_data(payload.as_bytes()).is_ok()
            && bits.push_terminator(EcLevel::M).is_ok();
        if fits {
            if v > MAX_VERSION {
                return Err(QrError::TooLarge);
            }
            let code = QrCode::with_bits(bits, EcLevel::M).map_err(|_| QrError::TooLarge)?;
            return Ok((code, v));
        }
    }
    Err(QrError::TooLarge)
}

/// The code as SVG, large enough to scan from a phone screen (at least 4 px per module, 280 px overall).
pub fn render(prefix: &str, payload: &str) -> Result<Qr, QrError> {
    let (code, version) = encode(prefix, payload)?;
    let svg = code
        .render::<svg::Color<'_>>()
        .min_dimensions(280, 280)
        .quiet_zone(true)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .build();
    Ok(Qr { svg, version })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_the_smallest_version_and_refuses_above_25() {
        let (_, small) = encode("https://begleitheft.example/#", "BH1:0123456789").unwrap();
        assert!(small <= 3, "a short share is a small code, got version {small}");
        let medium = "A".repeat(600);
        let (_, v) = encode("https://begleitheft.example/#", &medium).unwrap();
        assert!(v > small && v <= MAX_VERSION);
        let huge = "A".repeat(3000);
        assert_eq!(
            encode("https://begleitheft.example/#", &huge).err(),
            Some(QrError::TooLarge)
        );
    }

    #[test]
    fn renders_svg() {
        let qr = render("http://127.0.0.1:8080/#", "BH1:ABC").unwrap();
        assert!(qr.svg.starts_with("<?xml") || qr.svg.contains("<svg"));
    }
}

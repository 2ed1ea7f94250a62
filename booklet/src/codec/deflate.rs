//! Raw DEFLATE (RFC 1951) with a preset dictionary, as zlib's `deflateSetDictionary` does it.
//!
//! A share body is a few hundred bytes: too short for DEFLATE to learn much from it alone. The dictionary
//! below — words that booklets in German municipalities keep repeating (offices, roles, documents, addresses,
//! opening hours, mail domains), plus a few Arabic, Dari/Persian, Ukrainian and Russian words — is fed to the
//! compressor first and flushed away (a sync flush ends on a byte boundary), so the body's blocks may point
//! back into it. The reader puts the same dictionary in front of its output window before inflating.
//!
//! The dictionary is part of format version 1: changing a single byte changes how payloads decode, so it
//! needs a version bump (and new golden vectors). Most frequent words stand at the end, where the distances
//! are shortest.

use miniz_oxide::deflate::core::{
    CompressorOxide, TDEFLFlush, TDEFLStatus, compress_to_output, create_comp_flags_from_zip_params,
};
use miniz_oxide::inflate::TINFLStatus;
use miniz_oxide::inflate::core::{DecompressorOxide, decompress, inflate_flags};

use super::{DEFLATE_LEVEL, DecodeError, MAX_BODY};

/// The preset dictionary of format version 1 (UTF-8 text, 1–2 KB). Never change it within a version.
pub const DICTIONARY: &str = concat!(
    "Ukraine Syrien Afghanistan Irak Iran Eritrea Somalia Türkei ",
    "Дата Документи Центр зайнятості Украина документы консультация ",
    "دفتر قرار دیدار اداره کار مدرک زبان کلاس وقت ملاقات ",
    "الأوراق المستندات جواز السفر موعد مع مكتب الوظائف في الصباح بعد الظهر الأطفال المدرسة ",
    "Landkreis Kreisverwaltung Stadtverwaltung Rathaus Bürgerbüro Bürgeramt Standesamt Sozialamt Wohnungsamt ",
    "Gesundheitsamt Familienkasse Krankenkasse AOK Techniker Barmer Sparkasse Volksbank ",
    "Bundesamt für Migration und Flüchtlinge BAMF Außenstelle Agentur für Arbeit Arbeitsagentur ",
    "Integrationskurs Sprachkurs Berufssprachkurs Alphabetisierungskurs Orientierungskurs Einstufungstest ",
    "Volkshochschule VHS Sprachschule Bildungszentrum Berufskolleg Grundschule Gesamtschule Kindergarten Kita ",
    "Caritasverband Caritas Diakonie Diakonisches Werk AWO Arbeiterwohlfahrt DRK Deutsches Rotes Kreuz ",
    "Jugendmigrationsdienst JMD Migrationsberatung für erwachsene Zuwanderer MBE Integration Point ",
    "IQ Netzwerk Anerkennungsberatung Anerkennungsstelle Flüchtlingshilfe Flüchtlingsberatung Ehrenamt Patenschaft ",
    "Ausländerbehörde Zentrale Ausländerbehörde Einbürgerung Aufenthaltserlaubnis Fiktionsbescheinigung ",
    "Fallmanagement Arbeitsvermittlung Leistungsabteilung Eingangszone Arbeitgeberservice Berufsberatung ",
    "Praxis Dr. med. Hausarzt Kinderarzt Zahnarzt Frauenarzt Apotheke Krankenhaus Klinikum ",
    "Mietvertrag Wohnberechtigungsschein Kaution Nebenkosten Strom Anmeldung Abmeldung Ummeldung ",
    "Reisepass Pass Passbilder Fotos Personalausweis Aufenthaltstitel Meldebescheinigung Geburtsurkunde ",
    "Heiratsurkunde Zeugnis Zeugnisse Lebenslauf Bewerbung Arbeitsvertrag Lohnabrechnung Kontoauszüge ",
    "Bescheid Bewilligungsbescheid Antrag Weiterbewilligungsantrag Formular Nachweis Nachweise Kopie Kopien Original ",
    "Versichertenkarte Gesundheitskarte Impfpass Berechtigungsschein Bildungsgutschein Bescheinigung ",
    "Unterlagen mitbringen abgeben einreichen ausfüllen unterschreiben vereinbart verschoben abgesagt ",
    "Termin Termine Gespräch Beratung Beratungsgespräch Erstgespräch Anhörung Vorstellungsgespräch Praktikum ",
    "Dolmetscher Dolmetscherin Übersetzung übersetzt beglaubigt Kinderbetreuung am Vormittag am Nachmittag ",
    "Frau Herr Dr. Zimmer Raum Etage Eingang Haus Gebäude Stock EG OG nach Vereinbarung ",
    "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Mo Di Mi Do Fr Sa Mo-Fr Mo-Do Uhr ",
    "straße Straße Str. str. Platz Weg Allee Ring Markt Bahnhofstraße Hauptstraße Kirchstraße Schulstraße ",
    "kontakt@ info@ beratung@ post@ @gmail.com @web.de @gmx.de @t-online.de @outlook.de @yahoo.de ",
    "Jobcenter Kreis Stadt e.V. gGmbH GmbH .de ",
);

/// The dictionary's bytes.
fn dictionary() -> &'static [u8] {
    DICTIONARY.as_bytes()
}

/// Compresses `raw` against the dictionary; `None` if the compressor reports a problem (the caller then
/// stores the body uncompressed).
pub(super) fn compress(raw: &[u8]) -> Option<Vec<u8>> {
    let flags = create_comp_flags_from_zip_params(i32::from(DEFLATE_LEVEL), -15, 0);
    let mut compressor = CompressorOxide::new(flags);
    let (status, used) = compress_to_output(&mut compressor, dictionary(), TDEFLFlush::Sync, |_| true);
    if status != TDEFLStatus::Okay || used != dictionary().len() {
        return None;
    }
    let mut out = Vec::with_capacity(raw.len());
    let (status, used) = compress_to_output(&mut compressor, raw, TDEFLFlush::Finish, |chunk| {
        out.extend_from_slice(chunk);
        true
    });
    (status == TDEFLStatus::Done && used == raw.len()).then_some(out)
}

/// Inflates what [`compress`] wrote. Anything that is not exactly one complete DEFLATE stream whose output
/// fits [`MAX_BODY`] is damage.
pub(super) fn inflate(stored: &[u8]) -> Result<Vec<u8>, DecodeError> {
    let dict = dictionary();
    let mut window = vec![0u8; dict.len() + MAX_BODY];
    window[..dict.len()].copy_from_slice(dict);
    let mut state = Box::<DecompressorOxide>::default();
    let flags = inflate_flags::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF;
    let (status, used, written) = decompress(&mut state, stored, &mut window, dict.len(), flags);
    if status != TINFLStatus::Done || used != stored.len() {
        return Err(DecodeError::Damaged);
    }
    window.truncate(dict.len() + written);
    window.drain(..dict.len());
    Ok(window)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_uses_the_dictionary() {
        let text = "Jobcenter Kreis Steinfurt, Ausländerbehörde, Lebenslauf und Zeugnisse mitbringen";
        let packed = compress(text.as_bytes()).unwrap();
        assert!(packed.len() < text.len() / 2, "{} bytes", packed.len());
        assert_eq!(inflate(&packed).unwrap(), text.as_bytes());
        let plain = miniz_oxide::deflate::compress_to_vec(text.as_bytes(), DEFLATE_LEVEL);
        assert!(packed.len() < plain.len());
        assert_eq!(inflate(&compress(b"").unwrap()).unwrap(), b"");
    }

    #[test]
    fn refuses_broken_streams() {
        let packed = compress("Termin beim Jobcenter".as_bytes()).unwrap();
        assert_eq!(inflate(&packed[..packed.len() - 1]), Err(DecodeError::Damaged));
        let mut longer = packed.clone();
        longer.push(0);
        assert_eq!(inflate(&longer), Err(DecodeError::Damaged));
        assert_eq!(inflate(&[]), Err(DecodeError::Damaged));
        // A stored block claiming more than MAX_BODY bytes in total.
        let mut huge = Vec::new();
        for _ in 0..2 {
            huge.extend_from_slice(&[0x00, 0xff, 0xff, 0x00, 0x00]);
            huge.extend(std::iter::repeat_n(b'a', 0xffff));
        }
        huge.extend_from_slice(&[0x01, 0x00, 0x00, 0xff, 0xff]);
        assert_eq!(inflate(&huge), Err(DecodeError::Damaged));
        // The stream points into the dictionary: without it, it does not inflate.
        let packed = compress("Ausländerbehörde".as_bytes()).unwrap();
        assert!(miniz_oxide::inflate::decompress_to_vec(&packed).is_err());
    }
}

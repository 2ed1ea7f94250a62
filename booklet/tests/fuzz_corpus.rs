//! Replays the corpus that `cargo fuzz run decode` found (`fuzz/corpus/decode`, minimised with
//! `cargo fuzz cmin`) through the share decoder, the way the fuzz target does: every input must give a
//! result, never a panic. Runs as an ordinary test, so the suite keeps checking the inputs that once reached
//! new code.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

use booklet::codec;

/// CRC-32 (IEEE), bit by bit, as in the fuzz target.
fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in data {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// `content` in a valid version-1 frame, as the fuzz target builds it to reach the body parser.
fn framed(content: &[u8]) -> Option<Vec<u8>> {
    let len = u16::try_from(content.len()).ok()?;
    let mut out = vec![codec::VERSION];
    out.extend_from_slice(&len.to_be_bytes());
    out.extend_from_slice(&(!len).to_be_bytes());
    out.extend_from_slice(content);
    let crc = crc32(&out);
    out.extend_from_slice(&crc.to_be_bytes());
    Some(out)
}

#[test]
fn fuzz_corpus_never_panics() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../fuzz/corpus/decode");
    let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    let today = codec::EPOCH.add_days(2200).unwrap();
    let (mut inputs, mut decoded) = (0, 0);
    for entry in entries {
        let path = entry.unwrap().path();
        if !path.is_file() {
            continue;
        }
        let data = std::fs::read(&path).unwrap();
        if codec::decode(&data).is_ok() {
            decoded += 1;
        }
        if let Ok(text) = std::str::from_utf8(&data) {
            let _ = codec::read_scanned(text, today);
        }
        let _ = codec::read_scanned(&codec::fragment(&data), today);
        if let Some(payload) = framed(&data) {
            match codec::decode(&payload) {
                Ok(_) => decoded += 1,
                Err(e) => assert!(
                    matches!(e, codec::DecodeError::Damaged | codec::DecodeError::TooLarge),
                    "{}: {e:?}",
                    path.display()
                ),
            }
        }
        inputs += 1;
    }
    println!(
        "{inputs} corpus inputs from {}, {decoded} decoded as shares, none panicked",
        dir.display()
    );
    assert!(inputs > 0, "the corpus folder is empty");
}

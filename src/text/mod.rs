//! Text preparation: decode bytes, normalise characters, split sentences.

pub mod case;
pub mod cell;
pub mod dates;
pub mod normalize;
pub mod printable;
pub mod sentences;
pub mod suggest;

/// A file's text and, when its bytes were not plain UTF-8, what was done about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// A warning for the user (without the file name, which the caller adds), or `None` when
    /// the bytes were UTF-8 (with or without a byte-order mark) or UTF-16 with a byte-order mark.
    pub warning: Option<String>,
}

/// Why some bytes are not text at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Binary(pub String);

/// How many leading bytes are looked at to tell text from binary.
const SNIFF: usize = 8192;

/// Decodes a file's bytes into text, losing nothing:
///
/// - UTF-8, with or without a byte-order mark: as is (the mark is dropped);
/// - UTF-16 with a byte-order mark: decoded;
/// - UTF-16 without one (recognised by its NUL bytes all on one side): decoded, with a warning;
/// - anything else with NUL bytes, or with many control characters: [`Binary`];
/// - bytes that are not valid UTF-8 (Latin-1 and Windows-1252 files, or a stray byte in a UTF-8
///   file): each invalid byte is read as Windows-1252, a superset of Latin-1's printable
///   characters, with a warning giving the offset of the first one. Valid UTF-8 around them
///   stays UTF-8, so a file mixing both loses neither.
///
/// ```
/// let d = kgraph::text::decode(b"caf\xe9 cr\xe8me".to_vec()).unwrap();
/// assert_eq!(d.text, "café crème");
/// assert!(d.warning.unwrap().contains("Windows-1252"));
/// ```
/// How many first bytes [`sniff_binary`] and [`decode`] look at.
pub const SNIFF_BYTES: usize = SNIFF;

/// Whether the first bytes of a file already show it is binary (NUL bytes that are not UTF-16,
/// or too many control bytes), so the rest need not be read; `None` when they look like text.
pub fn sniff_binary(head: &[u8]) -> Option<Binary> {
    if encoding_rs::Encoding::for_bom(head).is_some_and(|(enc, _)| enc != encoding_rs::UTF_8) {
        return None;
    }
    let head = &head[..head.len().min(SNIFF)];
    if head.contains(&0) {
        return utf16_without_bom(head)
            .is_none()
            .then(|| Binary("binary file (NUL bytes), skipped".into()));
    }
    control_heavy(head)
}

fn control_heavy(head: &[u8]) -> Option<Binary> {
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c) || b == 0x7f)
        .count();
    (controls * 20 > head.len()).then(|| {
        Binary(format!(
            "binary file ({controls} control bytes in the first {} bytes), skipped",
            head.len()
        ))
    })
}

pub fn decode(bytes: Vec<u8>) -> Result<Decoded, Binary> {
    decode_with(bytes, true)
}

/// [`decode`] for bytes whose head [`sniff_binary`] already passed: the control-byte count is
/// not made twice.
pub fn decode_sniffed(bytes: Vec<u8>) -> Result<Decoded, Binary> {
    decode_with(bytes, false)
}

fn decode_with(bytes: Vec<u8>, count_controls: bool) -> Result<Decoded, Binary> {
    if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(&bytes)
        && enc != encoding_rs::UTF_8
    {
        return Ok(utf16(enc, &bytes[bom_len..], None));
    }
    let head = &bytes[..bytes.len().min(SNIFF)];
    if head.contains(&0) {
        let even_length = bytes.len().is_multiple_of(2);
        return match utf16_without_bom(head).filter(|_| even_length) {
            Some(enc) => Ok(utf16(
                enc,
                &bytes,
                Some(format!(
                    "no byte-order mark but NUL bytes every other byte: read as {} (save the file as UTF-8)",
                    enc.name()
                )),
            )),
            None => Err(Binary("binary file (NUL bytes), skipped".into())),
        };
    }
    if let Some(binary) = control_heavy(head).filter(|_| count_controls) {
        return Err(binary);
    }
    Ok(decode_lenient(bytes))
}

/// Decodes bytes that should be UTF-8 (a line of JSON, a CSV cell) without the binary checks:
/// a UTF-8 byte-order mark is dropped and invalid bytes are read as Windows-1252, with a warning.
pub fn decode_lenient(mut bytes: Vec<u8>) -> Decoded {
    let bom = if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        3
    } else {
        0
    };
    bytes.drain(..bom);
    match String::from_utf8(bytes) {
        Ok(text) => Decoded { text, warning: None },
        Err(e) => {
            let bytes = e.into_bytes();
            let (text, first, count) = utf8_or_1252(&bytes);
            let first = first + bom;
            Decoded {
                text,
                warning: Some(format!(
                    "not UTF-8 from byte {first} ({count} byte(s) outside UTF-8): read them as Windows-1252 (Latin-1); save the file as UTF-8 to silence this warning"
                )),
            }
        }
    }
}

/// Valid UTF-8 runs as UTF-8, every other byte as Windows-1252. Returns the text, the offset of
/// the first invalid byte and how many bytes were invalid.
fn utf8_or_1252(mut bytes: &[u8]) -> (String, usize, usize) {
    let mut out = String::with_capacity(bytes.len() + bytes.len() / 8);
    let (mut offset, mut first, mut count) = (0, None, 0);
    while !bytes.is_empty() {
        match std::str::from_utf8(bytes) {
            Ok(s) => {
                out.push_str(s);
                break;
            }
            Err(e) => {
                let good = e.valid_up_to();
                let bad = e.error_len().unwrap_or(bytes.len() - good);
                // both halves are checked: `good` bytes are valid UTF-8
                out.push_str(std::str::from_utf8(&bytes[..good]).unwrap_or_default());
                let (s, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&bytes[good..good + bad]);
                out.push_str(&s);
                first.get_or_insert(offset + good);
                count += bad;
                offset += good + bad;
                bytes = &bytes[good + bad..];
            }
        }
    }
    (out, first.unwrap_or(0), count)
}

fn utf16(enc: &'static encoding_rs::Encoding, body: &[u8], warning: Option<String>) -> Decoded {
    let (text, had_errors) = enc.decode_without_bom_handling(body);
    let warning = if had_errors {
        Some(format!(
            "{}: invalid code units (or an odd byte count) replaced by U+FFFD; check the file's encoding",
            enc.name()
        ))
    } else {
        warning
    };
    Decoded {
        text: text.into_owned(),
        warning,
    }
}

/// UTF-16 without a byte-order mark: ASCII text in it has a NUL in every other byte, on one
/// side; at least half the code units must have one (English, French, German text does).
fn utf16_without_bom(head: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let units = head.len() / 2;
    let (mut even, mut odd) = (0, 0);
    for (i, &b) in head[..units * 2].iter().enumerate() {
        if b == 0 {
            if i.is_multiple_of(2) {
                even += 1;
            } else {
                odd += 1;
            }
        }
    }
    if units == 0 {
        None
    } else if even == 0 && odd * 2 >= units {
        Some(encoding_rs::UTF_16LE)
    } else if odd == 0 && even * 2 >= units {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(bytes: &[u8]) -> (String, bool) {
        let d = decode(bytes.to_vec()).unwrap();
        (d.text, d.warning.is_some())
    }

    #[test]
    fn decoding_table() {
        let cases: &[(&[u8], &str, bool)] = &[
            (b"Kerry met Lavrov.", "Kerry met Lavrov.", false),
            ("\u{feff}Putin".as_bytes(), "Putin", false),
            // Latin-1 and Windows-1252 (0x92 is a right single quote there)
            (b"Fran\xe7ois Hollande", "François Hollande", true),
            (
                b"Kerry\x92s talks \x96 in M\xfcnchen",
                "Kerry\u{2019}s talks \u{2013} in München",
                true,
            ),
            // UTF-8 with one stray Latin-1 byte: both kept
            ("Lavrov — ".as_bytes(), "Lavrov — ", false),
            (b"Lavrov \xe2\x80\x94 caf\xe9", "Lavrov \u{2014} café", true),
            // a truncated UTF-8 sequence at the end
            (b"Kerry \xe2\x80", "Kerry \u{e2}\u{20ac}", true),
            // UTF-16 with byte-order marks
            (b"\xff\xfeK\0e\0r\0r\0y\0", "Kerry", false),
            (b"\xfe\xff\0K\0e\0r\0r\0y", "Kerry", false),
            // UTF-16 without: recognised by the NULs, with a warning
            (b"K\0e\0r\0r\0y\0", "Kerry", true),
            (b"", "", false),
        ];
        for &(input, want, warned) in cases {
            assert_eq!(text(input), (want.to_string(), warned), "{input:?}");
        }
    }

    #[test]
    fn binary_is_refused() {
        assert!(decode(b"PK\x03\x04\x14\0\0\0\x08\0".to_vec()).is_err());
        assert!(decode(vec![0x01; 100]).is_err());
        assert!(decode(b"text\x0cwith a form feed".to_vec()).is_ok());
    }

    #[test]
    fn lenient_drops_the_bom_and_reads_latin1() {
        let d = decode_lenient(b"\xef\xbb\xbfcaf\xe9".to_vec());
        assert_eq!(d.text, "café");
        assert!(d.warning.unwrap().starts_with("not UTF-8 from byte 6"));
    }
}

//! Text preparation: decode bytes, normalise characters, split sentences.

pub mod normalize;
pub mod sentences;

/// Decodes a file's bytes as UTF-8. Invalid bytes become U+FFFD; the byte offset of the first
/// invalid byte is returned so the caller can warn with it. A UTF-8 byte-order mark is dropped.
pub fn decode(bytes: &[u8]) -> (String, Option<usize>) {
    let body = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    match std::str::from_utf8(body) {
        Ok(s) => (s.to_string(), None),
        Err(e) => {
            let bom = bytes.len() - body.len();
            (
                String::from_utf8_lossy(body).into_owned(),
                Some(bom + e.valid_up_to()),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_bytes_are_replaced_and_located() {
        let (s, bad) = decode(b"Kerry \xff met");
        assert_eq!(s, "Kerry \u{fffd} met");
        assert_eq!(bad, Some(6));
        assert_eq!(decode("\u{feff}Putin".as_bytes()), ("Putin".to_string(), None));
    }
}

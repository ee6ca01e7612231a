//! Bounded reading: a document, a JSON Lines line and a CSV record each hold at most
//! [`MAX_DOCUMENT_BYTES`], so memory stays bounded whatever the input (a gzip bomb, `/dev/zero`,
//! an unclosed quote); what is cut is a warning naming the file.

use std::io::{self, BufRead, Read};

/// The most a document (or one line or row holding one) may take: 32 MiB, some hundred times a
/// long news article. What is past it is not read.
pub const MAX_DOCUMENT_BYTES: usize = 32 << 20;

/// The cap in the words of a warning.
pub const MAX_DOCUMENT_SHOWN: &str = "32 MiB";

/// Reads `r` to its end or to `cap` bytes after `bytes` (already read), whichever comes first.
/// Returns whether the source went on past the cap; a cut text ends at a line end near the cap,
/// or else at a character boundary.
pub fn read_to_cap(r: &mut dyn Read, bytes: &mut Vec<u8>, cap: usize) -> io::Result<bool> {
    let room = (cap + 1).saturating_sub(bytes.len()) as u64;
    r.take(room).read_to_end(bytes)?;
    if bytes.len() <= cap {
        return Ok(false);
    }
    let near = cap.saturating_sub(1 << 16);
    // bytes[cap] is the first byte past the cap: a character starting there ends the text
    let end = match memchr::memrchr(b'\n', &bytes[near..cap]) {
        Some(i) => near + i + 1,
        None => {
            let mut end = cap;
            while end > 0 && (bytes[end] & 0xC0) == 0x80 {
                end -= 1;
            }
            end
        }
    };
    bytes.truncate(end);
    Ok(true)
}

/// Cuts a decoded text to [`MAX_DOCUMENT_BYTES`] at a character boundary; returns whether it
/// was longer. Decoding can grow a text past the byte cap (a Windows-1252 byte becomes up to
/// three bytes of UTF-8), so the cap is applied again to what is decoded.
pub fn cap_text(text: &mut String) -> bool {
    if text.len() <= MAX_DOCUMENT_BYTES {
        return false;
    }
    let mut end = MAX_DOCUMENT_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.truncate(end);
    true
}

/// The warning for a text [`cap_text`] cut.
pub fn cut_warning() -> String {
    format!("decoded text longer than {MAX_DOCUMENT_SHOWN}: cut to {MAX_DOCUMENT_SHOWN}")
}

/// What [`read_line`] read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Line {
    /// No more lines.
    End,
    /// A line (with its `\n`, if it had one) is in the buffer.
    Read,
    /// The line was longer than the cap: it was read past and dropped, the buffer left empty.
    TooLong,
}

/// Reads one line into `buf` (cleared first), holding at most `cap` bytes of it.
pub fn read_line(r: &mut dyn BufRead, buf: &mut Vec<u8>, cap: usize) -> io::Result<Line> {
    buf.clear();
    let mut too_long = false;
    let mut any = false;
    loop {
        let chunk = match r.fill_buf() {
            Ok(c) => c,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            break;
        }
        any = true;
        let (take, done) = match memchr::memchr(b'\n', chunk) {
            Some(i) => (i + 1, true),
            None => (chunk.len(), false),
        };
        if !too_long {
            if buf.len() + take > cap {
                too_long = true;
                buf.clear();
                buf.shrink_to(1 << 16);
            } else {
                buf.extend_from_slice(&chunk[..take]);
            }
        }
        r.consume(take);
        if done {
            break;
        }
    }
    Ok(match (any, too_long) {
        (false, _) => Line::End,
        (true, true) => Line::TooLong,
        (true, false) => Line::Read,
    })
}

/// A source that fails once more than `cap` bytes were read since the last [`Budget::reset`],
/// and counts the `"` it passes: a CSV record cannot grow without bound (an unclosed quote
/// swallowing the rest of a file), and an odd count at the end tells a quote never closed.
pub struct Budget<R> {
    inner: R,
    cap: usize,
    since_reset: usize,
    quotes: u64,
}

impl<R> Budget<R> {
    pub fn new(inner: R, cap: usize) -> Self {
        Budget {
            inner,
            cap,
            since_reset: 0,
            quotes: 0,
        }
    }

    /// A record ended: it may read `cap` bytes again.
    pub fn reset(&mut self) {
        self.since_reset = 0;
    }

    /// How many `"` bytes were read so far.
    pub fn quotes(&self) -> u64 {
        self.quotes
    }
}

impl<R: Read> Read for Budget<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.since_reset > self.cap {
            return Err(io::Error::other(format!(
                "a row longer than {MAX_DOCUMENT_SHOWN} (an unclosed quote?)"
            )));
        }
        let n = self.inner.read(buf)?;
        self.since_reset += n;
        self.quotes += memchr::memchr_iter(b'"', &buf[..n]).count() as u64;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_source_past_the_cap_is_cut_at_a_line_end_or_a_character() {
        let mut bytes = Vec::new();
        let cut = read_to_cap(&mut &b"one\ntwo\nthree"[..], &mut bytes, 10).unwrap();
        assert!(cut);
        assert_eq!(bytes, b"one\ntwo\n");
        let mut bytes = Vec::new();
        assert!(read_to_cap(&mut "ééééé".as_bytes(), &mut bytes, 5).unwrap());
        assert_eq!(bytes, "éé".as_bytes());
        let mut bytes = b"ab".to_vec();
        assert!(!read_to_cap(&mut &b"cd"[..], &mut bytes, 4).unwrap());
        assert_eq!(bytes, b"abcd");
    }

    #[test]
    fn a_decoded_text_past_the_cap_is_cut_at_a_character() {
        let mut t = "€".repeat(MAX_DOCUMENT_BYTES / 3 + 2);
        assert!(cap_text(&mut t));
        assert!(t.len() <= MAX_DOCUMENT_BYTES && t.len() > MAX_DOCUMENT_BYTES - 3);
        let mut short = "ok".to_string();
        assert!(!cap_text(&mut short));
    }

    #[test]
    fn a_line_past_the_cap_is_dropped_and_the_next_read() {
        let src = b"short\nxxxxxxxxxxxxxxxxxxxxxxxx\nlast";
        let mut r = io::BufReader::with_capacity(4, &src[..]);
        let mut buf = Vec::new();
        let mut got = Vec::new();
        loop {
            let l = read_line(&mut r, &mut buf, 8).unwrap();
            if l == Line::End {
                break;
            }
            got.push((l, String::from_utf8(buf.clone()).unwrap()));
        }
        assert_eq!(
            got,
            [
                (Line::Read, "short\n".to_string()),
                (Line::TooLong, String::new()),
                (Line::Read, "last".to_string())
            ]
        );
    }

    #[test]
    fn a_budget_fails_past_its_cap_until_reset_and_counts_quotes() {
        let mut b = Budget::new(&b"\"ab\"\"cdefgh"[..], 4);
        let mut buf = [0u8; 5];
        assert_eq!(b.read(&mut buf).unwrap(), 5);
        assert!(b.read(&mut buf).is_err());
        b.reset();
        assert_eq!(b.read(&mut buf).unwrap(), 5);
        assert_eq!(b.quotes(), 3);
    }
}

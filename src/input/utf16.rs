//! UTF-16 inputs with a byte-order mark (JSON Lines or CSV saved by some Windows tools),
//! transcoded to UTF-8 as they are read; invalid code units become U+FFFD.

use std::io::{self, BufRead, Read};

/// `r` transcoded to UTF-8 when it starts with a UTF-16 byte-order mark, else as is.
pub(super) fn transcoded(mut r: Box<dyn BufRead + Send>) -> io::Result<Box<dyn BufRead + Send>> {
    let head = r.fill_buf()?;
    let encoding = if head.starts_with(&[0xFF, 0xFE]) {
        encoding_rs::UTF_16LE
    } else if head.starts_with(&[0xFE, 0xFF]) {
        encoding_rs::UTF_16BE
    } else {
        return Ok(r);
    };
    r.consume(2);
    Ok(Box::new(Utf16 {
        inner: r,
        decoder: encoding.new_decoder_without_bom_handling(),
        buf: Vec::new(),
        pos: 0,
        done: false,
    }))
}

/// A UTF-16 stream read as UTF-8, one buffer of the source at a time.
struct Utf16<R> {
    inner: R,
    decoder: encoding_rs::Decoder,
    /// UTF-8 decoded and not yet consumed from `pos` on.
    buf: Vec<u8>,
    pos: usize,
    /// The source is exhausted and the decoder flushed.
    done: bool,
}

impl<R: BufRead> BufRead for Utf16<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        while self.pos == self.buf.len() && !self.done {
            let src = self.inner.fill_buf()?;
            let last = src.is_empty();
            let room = self
                .decoder
                .max_utf8_buffer_length(src.len())
                .unwrap_or(src.len() * 3 + 16);
            self.buf.resize(room, 0);
            let (_, read, written, _) = self.decoder.decode_to_utf8(src, &mut self.buf, last);
            self.inner.consume(read);
            self.buf.truncate(written);
            self.pos = 0;
            self.done = last;
        }
        Ok(&self.buf[self.pos..])
    }

    fn consume(&mut self, n: usize) {
        self.pos = (self.pos + n).min(self.buf.len());
    }
}

impl<R: BufRead> Read for Utf16<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let available = self.fill_buf()?;
        let n = available.len().min(out.len());
        out[..n].copy_from_slice(&available[..n]);
        self.consume(n);
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_is_transcoded_in_pieces_as_the_whole_would_be() {
        let text = "Fran\u{e7}ois met Lavrov \u{1F600}.\n".repeat(5000);
        for (bom, encoded) in [
            (
                [0xFF, 0xFE],
                text.encode_utf16()
                    .flat_map(u16::to_le_bytes)
                    .collect::<Vec<u8>>(),
            ),
            (
                [0xFE, 0xFF],
                text.encode_utf16().flat_map(u16::to_be_bytes).collect(),
            ),
        ] {
            let mut bytes = bom.to_vec();
            bytes.extend(encoded);
            bytes.push(0xD8); // an odd trailing byte
            let whole = crate::text::decode(bytes.clone()).unwrap().text;
            let small = std::io::BufReader::with_capacity(7, std::io::Cursor::new(bytes));
            let mut read = String::new();
            transcoded(Box::new(small))
                .unwrap()
                .read_to_string(&mut read)
                .unwrap();
            assert_eq!(read, whole);
            assert!(read.ends_with('\u{FFFD}'));
        }
    }
}

//! Gzip-compressed inputs, recognised by their magic bytes whatever their name, decompressed
//! as they are read.

use std::io::{self, BufRead, BufReader, Read};

/// The first two bytes of every gzip member.
const MAGIC: [u8; 2] = [0x1f, 0x8b];

/// `r` decompressed (every gzip member in turn) when it starts with the gzip magic, else as is.
pub(super) fn decompressed<R: Read + Send + 'static>(
    mut r: BufReader<R>,
) -> io::Result<Box<dyn BufRead + Send>> {
    if r.fill_buf()?.starts_with(&MAGIC) {
        Ok(Box::new(BufReader::new(flate2::read::MultiGzDecoder::new(r))))
    } else {
        Ok(Box::new(r))
    }
}

/// Whether `head` starts with the gzip magic.
pub(super) fn is_gzip(head: &[u8]) -> bool {
    head.starts_with(&MAGIC)
}

/// The decompressed stream of every gzip member of `r` in turn.
pub(super) fn decoder<R: Read>(r: R) -> impl Read {
    flate2::read::MultiGzDecoder::new(r)
}

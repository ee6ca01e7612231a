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

/// `bytes` decompressed when they start with the gzip magic, else as they are.
pub(super) fn gunzip(bytes: Vec<u8>) -> io::Result<Vec<u8>> {
    if !bytes.starts_with(&MAGIC) {
        return Ok(bytes);
    }
    let mut out = Vec::new();
    flate2::read::MultiGzDecoder::new(bytes.as_slice()).read_to_end(&mut out)?;
    Ok(out)
}

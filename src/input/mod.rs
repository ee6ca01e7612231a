//! Input: files and folders (recursive, sorted, symlink loops cut), JSON Lines and CSV files
//! with one article per line or row, gzip-compressed files, and `-` for standard input.
//! Documents stream out one at a time, a record-per-line file read as it goes; a bad file or
//! line is a warning naming it, then skipped.

mod delimited;
mod discover;
mod gzip;
mod item;
mod jsonl;
pub mod limits;
mod stdin;
mod text;
mod utf16;

pub use discover::{Links, Listing, discover, discover_with};
pub use item::{
    ColumnFilter, CsvColumns, Document, Documents, Format, InputFile, Item, Warning, parse_date_field,
};
pub use text::read;

use item::warning;

use std::io::{BufRead, BufReader, Read};

/// The documents of one input file, in order: one for a text file, one per line or row for
/// JSON Lines and CSV. Standard input is JSON Lines when it starts with `{`, else one text.
pub fn documents(file: &InputFile, csv_cols: &CsvColumns) -> Documents {
    let format = Format::of(&file.path);
    let from_stdin = file.is_stdin();
    if format == Format::Text && !from_stdin {
        return Documents::of(text::document(file));
    }
    let mut reader = match open(file) {
        Ok(r) => r,
        Err(e) => {
            let msg = format!("cannot read, skipped: {e}");
            return Documents::of(vec![warning(
                crate::model::WarningKind::Unreadable,
                &file.path,
                msg,
            )]);
        }
    };
    let format = if from_stdin {
        stdin::sniff(&mut reader)
    } else {
        format
    };
    match format {
        Format::Text => Documents::of(stdin::document(file, reader)),
        Format::JsonLines => Documents::reading(jsonl::JsonLines::new(file, reader)),
        Format::Csv => delimited::rows(file, reader, csv_cols),
    }
}

/// Opens a file (or standard input) as a stream, decompressing gzip when it starts with its
/// magic and transcoding UTF-16 (with a byte-order mark) to UTF-8.
fn open(file: &InputFile) -> std::io::Result<Box<dyn BufRead + Send>> {
    let raw: Box<dyn Read + Send> = if file.is_stdin() {
        Box::new(std::io::stdin())
    } else {
        Box::new(std::fs::File::open(&file.path)?)
    };
    let r = gzip::decompressed(BufReader::with_capacity(1 << 16, raw))?;
    utf16::transcoded(r)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Date;
    use std::path::PathBuf;

    #[test]
    fn folders_are_read_recursively_in_sorted_order_with_relative_names() {
        let d = tempfile::tempdir().unwrap();
        std::fs::create_dir(d.path().join("b")).unwrap();
        std::fs::write(d.path().join("b/2.txt"), "x").unwrap();
        std::fs::write(d.path().join("a.txt"), "x").unwrap();
        std::fs::write(d.path().join(".hidden"), "x").unwrap();
        let mut w = Vec::new();
        let files = discover(&[d.path().to_path_buf()], &mut w).unwrap();
        let names: Vec<&str> = files.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["a.txt", "b/2.txt"]);
        assert!(w.is_empty());
    }

    #[test]
    fn missing_path_is_an_error_naming_it() {
        let err = discover(&[PathBuf::from("/no/such/dir")], &mut Vec::new()).unwrap_err();
        assert!(
            err.to_string().starts_with("/no/such/dir: cannot open input"),
            "{err}"
        );
    }

    #[test]
    fn binary_files_are_skipped_with_a_warning() {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("x.bin");
        std::fs::write(&p, b"ab\0cd").unwrap();
        let mut w = Vec::new();
        assert!(
            read(
                &InputFile {
                    name: "x.bin".into(),
                    path: p,
                    size: 5,
                },
                &mut w
            )
            .is_none()
        );
        assert!(w[0].msg.contains("binary"));
    }

    /// The documents and the warnings of `items`, each in order.
    fn split(items: impl Iterator<Item = Item>) -> (Vec<Document>, Vec<Warning>) {
        let (mut docs, mut warnings) = (Vec::new(), Vec::new());
        for item in items {
            match item {
                Item::Document(d) => docs.push(d),
                Item::Warning(w) => warnings.push(w),
            }
        }
        (docs, warnings)
    }

    fn docs_of(name: &str, bytes: &[u8]) -> (Vec<Document>, Vec<Warning>) {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        let file = InputFile {
            name: name.into(),
            path: p,
            size: bytes.len() as u64,
        };
        split(documents(&file, &CsvColumns::default()))
    }

    #[test]
    fn json_lines_give_one_document_per_line_and_report_bad_lines() {
        let (docs, w) = docs_of(
            "a.jsonl",
            b"{\"id\": \"r1\", \"text\": \"Kerry met Lavrov.\", \"date\": \"2014-03-14T10:00:00Z\", \"title\": \"Talks\"}\n\nnot json\n{\"id\": 7, \"text\": \"Putin spoke.\"}\n{\"id\": \"x\"}\n",
        );
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].name, "r1");
        assert_eq!(docs[0].text, "Talks\n\nKerry met Lavrov.");
        assert_eq!(docs[0].date, Date::new(2014, 3, 14));
        assert_eq!(docs[1].name, "7");
        assert_eq!(w.len(), 2);
        assert!(w[0].msg.starts_with("line 3: not a JSON object"), "{}", w[0]);
        assert!(w[1].msg.starts_with("line 5: no \"text\" field"), "{}", w[1]);
    }

    #[test]
    fn csv_rows_use_the_text_column() {
        let (docs, w) = docs_of(
            "a.csv",
            b"id,date,text\nd1,2018-07-16,\"Trump met Putin, in Helsinki.\"\n,,Second\n",
        );
        assert!(w.is_empty());
        assert_eq!(docs[0].name, "d1");
        assert_eq!(docs[0].text, "Trump met Putin, in Helsinki.");
        assert_eq!(docs[1].name, "a.csv:2");
        let (docs, w) = docs_of("b.csv", b"body\nx\n");
        assert!(docs.is_empty());
        assert!(w[0].msg.contains("no column \"text\""));
    }

    #[test]
    fn utf16_and_latin1_records_are_decoded() {
        let mut utf16 = vec![0xFF, 0xFE];
        for u in "{\"id\": \"u\", \"text\": \"Kerry met Lavrov.\"}\n".encode_utf16() {
            utf16.extend_from_slice(&u.to_le_bytes());
        }
        let (docs, w) = docs_of("a.jsonl", &utf16);
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(docs[0].text, "Kerry met Lavrov.");
        let (docs, w) = docs_of("a.csv", b"id,text\nx,Fran\xe7ois met Lavrov\n");
        assert_eq!(docs[0].text, "François met Lavrov");
        assert!(w[0].msg.starts_with("row 1: not UTF-8 from byte 4"), "{}", w[0]);
        let (docs, w) = docs_of("b.jsonl", b"{\"text\": \"Fran\xe7ois\"}\n{\"text\": \" \"}\n");
        assert_eq!(docs[0].text, "François");
        assert!(w[0].msg.starts_with("line 1: not UTF-8"), "{}", w[0]);
        assert_eq!(w[1].msg, "line 2: empty \"text\", skipped");
    }

    #[test]
    fn gzip_files_are_read_transparently() {
        use std::io::Write;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(b"{\"id\": \"g\", \"text\": \"Kerry met Lavrov.\"}\n")
            .unwrap();
        let (docs, _) = docs_of("a.jsonl.gz", &gz.finish().unwrap());
        assert_eq!(docs[0].name, "g");
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(b"Plain text, gzipped.").unwrap();
        let (docs, _) = docs_of("a.txt.gz", &gz.finish().unwrap());
        assert_eq!(docs[0].text, "Plain text, gzipped.");
    }

    /// An endless source: `head` once, then `line` again and again. It counts the bytes read
    /// from it and panics past `limit`, so a reader that reads ahead of what it hands out fails.
    struct Endless {
        bytes: Vec<u8>,
        line_start: usize,
        pos: usize,
        read: std::sync::Arc<std::sync::atomic::AtomicUsize>,
        limit: usize,
    }

    impl Endless {
        fn new(
            head: &str,
            line: &str,
            limit: usize,
        ) -> (Self, std::sync::Arc<std::sync::atomic::AtomicUsize>) {
            let read = std::sync::Arc::default();
            let source = Endless {
                bytes: format!("{head}{line}").into_bytes(),
                line_start: head.len(),
                pos: 0,
                read: std::sync::Arc::clone(&read),
                limit,
            };
            (source, read)
        }
    }

    impl Read for Endless {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            use std::sync::atomic::Ordering;
            let mut n = 0;
            while n < buf.len() {
                if self.pos == self.bytes.len() {
                    self.pos = self.line_start;
                }
                let k = (buf.len() - n).min(self.bytes.len() - self.pos);
                buf[n..n + k].copy_from_slice(&self.bytes[self.pos..self.pos + k]);
                self.pos += k;
                n += k;
            }
            let total = self.read.fetch_add(n, Ordering::SeqCst) + n;
            assert!(
                total <= self.limit,
                "read {total} bytes: the whole source is being read"
            );
            Ok(n)
        }
    }

    fn endless_file(name: &str) -> InputFile {
        InputFile {
            name: name.into(),
            path: PathBuf::from(name),
            size: 0,
        }
    }

    #[test]
    fn json_lines_stream_document_by_document() {
        let line = "{\"text\": \"Kerry met Lavrov.\"}\n";
        let (source, read) = Endless::new("{\"id\": \"first\", \"text\": \"Putin spoke.\"}\n", line, 1 << 20);
        let file = endless_file("endless.jsonl");
        let mut docs = Documents::reading(jsonl::JsonLines::new(&file, BufReader::new(source)));
        let Some(Item::Document(first)) = docs.next() else {
            panic!("no first document")
        };
        assert_eq!(first.name, "first");
        assert!(read.load(std::sync::atomic::Ordering::SeqCst) <= 8192);
        let Some(Item::Document(d)) = docs.nth(10_000) else {
            panic!("no document")
        };
        assert_eq!(d.name, "endless.jsonl:10002");
        assert!(read.load(std::sync::atomic::Ordering::SeqCst) < 10_002 * line.len() + 8192);
    }

    #[test]
    fn csv_rows_stream_document_by_document() {
        let (source, read) = Endless::new("id,text\nfirst,Putin spoke.\n", ",Kerry met Lavrov.\n", 1 << 20);
        let file = endless_file("endless.csv");
        let mut docs = delimited::rows(&file, source, &CsvColumns::default());
        let Some(Item::Document(first)) = docs.next() else {
            panic!("no first document")
        };
        assert_eq!(first.name, "first");
        assert!(read.load(std::sync::atomic::Ordering::SeqCst) <= 1 << 16);
        let Some(Item::Document(d)) = docs.nth(10_000) else {
            panic!("no document")
        };
        assert_eq!(d.name, "endless.csv:10002");
    }

    #[test]
    fn a_bad_line_is_a_warning_in_its_place_among_the_documents() {
        let (source, _) = Endless::new(
            "{\"text\": \"One.\"}\nnot json\n",
            "{\"text\": \"More.\"}\n",
            1 << 20,
        );
        let file = endless_file("a.jsonl");
        let docs = Documents::reading(jsonl::JsonLines::new(&file, BufReader::new(source)));
        let items: Vec<Item> = docs.take(3).collect();
        assert!(matches!(&items[0], Item::Document(d) if d.name == "a.jsonl:1"));
        assert!(matches!(&items[1], Item::Warning(w) if w.msg.starts_with("line 2: not a JSON object")));
        assert!(matches!(&items[2], Item::Document(d) if d.name == "a.jsonl:3"));
    }
}

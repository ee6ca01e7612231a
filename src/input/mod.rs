//! Input: files and folders (recursive, sorted, symlink loops cut), JSON Lines and CSV files
//! with one article per line or row, gzip-compressed files, and `-` for standard input.
//! Documents stream out one at a time; a bad file or line is a warning naming it, then skipped.

use crate::error::{Error, Result};
use crate::model::Date;
use std::collections::HashSet;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// One input file: where it is and the name its documents carry in the outputs.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct InputFile {
    /// The path relative to the folder given, or the file name; `-` for standard input.
    pub name: String,
    pub path: PathBuf,
    /// Size in bytes when discovered (0 for standard input).
    pub size: u64,
}

/// One article, read and decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    /// The name in `relations.csv`: the file name, or the record's `id` in JSON Lines and CSV.
    pub name: String,
    pub text: String,
    /// A date the source states (JSON Lines `date` field, CSV `date` column).
    pub date: Option<Date>,
}

/// A non-fatal problem with one input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    pub path: PathBuf,
    pub msg: String,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.msg)
    }
}

/// How to read CSV inputs.
#[derive(Debug, Clone)]
pub struct CsvColumns {
    pub text: String,
    pub id: String,
    pub date: String,
}

impl Default for CsvColumns {
    fn default() -> Self {
        CsvColumns {
            text: "text".into(),
            id: "id".into(),
            date: "date".into(),
        }
    }
}

/// What kind of file an input is, by its name (a `.gz` suffix is looked through).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    JsonLines,
    Csv,
}

impl Format {
    pub fn of(path: &Path) -> Format {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        let name = name.strip_suffix(".gz").unwrap_or(&name);
        if name.ends_with(".jsonl") || name.ends_with(".ndjson") {
            Format::JsonLines
        } else if name.ends_with(".csv") || name.ends_with(".tsv") {
            Format::Csv
        } else {
            Format::Text
        }
    }
}

/// Lists the files under `paths`: files as given, folders recursively in sorted order. A file
/// reached twice (through a symlink, or listed twice) is read once; what cannot be listed or is
/// not a regular file is a warning.
pub fn discover(paths: &[PathBuf], warnings: &mut Vec<Warning>) -> Result<Vec<InputFile>> {
    let mut out = Vec::new();
    let mut files_seen = HashSet::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(InputFile {
                name: "-".into(),
                path: p.clone(),
                size: 0,
            });
            continue;
        }
        let meta = std::fs::metadata(p).map_err(|e| {
            let hint = if std::fs::symlink_metadata(p).is_ok() {
                " (a symlink to a missing file?)"
            } else {
                " (check the path given to --input)"
            };
            Error::input(p, format!("cannot open input: {e}{hint}"))
        })?;
        if meta.is_dir() {
            let mut seen = HashSet::new();
            let before = out.len();
            walk(p, p, &mut seen, &mut files_seen, &mut out, warnings)?;
            if out.len() == before {
                warnings.push(Warning {
                    path: p.clone(),
                    msg: "folder has no files".into(),
                });
            }
        } else {
            if !first_time(&mut files_seen, p, &meta, warnings) {
                continue;
            }
            let name = p
                .file_name()
                .map_or_else(|| p.display().to_string(), |n| n.to_string_lossy().into_owned());
            out.push(InputFile {
                name,
                path: p.clone(),
                size: meta.len(),
            });
        }
    }
    Ok(out)
}

/// Whether the file at `path` is seen for the first time; a second sighting is a warning.
fn first_time(
    seen: &mut HashSet<(u64, u64)>,
    path: &Path,
    meta: &std::fs::Metadata,
    warnings: &mut Vec<Warning>,
) -> bool {
    // the file's identity (device, inode): no extra system call per file
    #[cfg(unix)]
    let key = {
        use std::os::unix::fs::MetadataExt;
        (meta.dev(), meta.ino())
    };
    #[cfg(not(unix))]
    let key = {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        std::fs::canonicalize(path)
            .unwrap_or_else(|_| path.to_path_buf())
            .hash(&mut h);
        let _ = meta;
        (0, h.finish())
    };
    if seen.insert(key) {
        return true;
    }
    warnings.push(Warning {
        path: path.to_path_buf(),
        msg: "same file as one already read (a symlink or hard link?), read once".into(),
    });
    false
}

fn walk(
    root: &Path,
    dir: &Path,
    seen: &mut HashSet<PathBuf>,
    files_seen: &mut HashSet<(u64, u64)>,
    out: &mut Vec<InputFile>,
    warnings: &mut Vec<Warning>,
) -> Result<()> {
    let canon =
        std::fs::canonicalize(dir).map_err(|e| Error::input(dir, format!("cannot open folder: {e}")))?;
    if !seen.insert(canon) {
        warnings.push(Warning {
            path: dir.to_path_buf(),
            msg: "folder already read (a symlink loop?): skipped".into(),
        });
        return Ok(());
    }
    let rd = match std::fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) if dir != root => {
            warnings.push(Warning {
                path: dir.to_path_buf(),
                msg: format!("cannot list folder, skipped: {e}"),
            });
            return Ok(());
        }
        Err(e) => return Err(Error::input(dir, format!("cannot list folder: {e}"))),
    };
    let mut entries: Vec<(std::ffi::OsString, PathBuf)> = Vec::new();
    for entry in rd {
        match entry {
            Ok(e) => entries.push((e.file_name(), e.path())),
            Err(e) => warnings.push(Warning {
                path: dir.to_path_buf(),
                msg: format!("cannot list an entry: {e}"),
            }),
        }
    }
    entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    for (_, path) in entries {
        let hidden = path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'));
        if hidden {
            continue;
        }
        match std::fs::metadata(&path) {
            Ok(m) if m.is_dir() => walk(root, &path, seen, files_seen, out, warnings)?,
            Ok(m) if m.is_file() => {
                if !first_time(files_seen, &path, &m, warnings) {
                    continue;
                }
                let rel = path.strip_prefix(root).unwrap_or(&path);
                let name = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                out.push(InputFile {
                    name,
                    path,
                    size: m.len(),
                });
            }
            Ok(_) => warnings.push(Warning {
                path: path.clone(),
                msg: "not a regular file (a pipe, socket or device), skipped".into(),
            }),
            Err(e) => {
                let dangling = std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink());
                let msg = if dangling {
                    format!("symlink to a missing file, skipped: {e}")
                } else {
                    format!("cannot read, skipped: {e}")
                };
                warnings.push(Warning {
                    path: path.clone(),
                    msg,
                });
            }
        }
    }
    Ok(())
}

fn is_stdin(file: &InputFile) -> bool {
    file.name == "-" && file.path.as_os_str() == "-"
}

/// Opens a file (or standard input) as a stream, decompressing gzip when it starts with its
/// magic and transcoding UTF-16 (with a byte-order mark) to UTF-8.
fn open(file: &InputFile) -> std::io::Result<Box<dyn BufRead + Send>> {
    let raw: Box<dyn Read + Send> = if is_stdin(file) {
        Box::new(std::io::stdin())
    } else {
        Box::new(std::fs::File::open(&file.path)?)
    };
    let mut r = BufReader::with_capacity(1 << 16, raw);
    let gz = r.fill_buf()?.starts_with(&[0x1f, 0x8b]);
    let mut r: Box<dyn BufRead + Send> = if gz {
        Box::new(BufReader::new(flate2::read::MultiGzDecoder::new(r)))
    } else {
        Box::new(r)
    };
    let head = r.fill_buf()?;
    if head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]) {
        // UTF-16 JSON Lines or CSV: transcode the whole file once
        let mut bytes = Vec::new();
        r.read_to_end(&mut bytes)?;
        if let Ok(d) = crate::text::decode(bytes) {
            return Ok(Box::new(std::io::Cursor::new(d.text.into_bytes())));
        }
        return Err(std::io::Error::other("UTF-16 file that does not decode"));
    }
    Ok(r)
}

/// Reads a whole file (or standard input) into memory, decompressing gzip.
fn read_bytes(file: &InputFile) -> std::io::Result<Vec<u8>> {
    let bytes = if is_stdin(file) {
        let mut b = Vec::new();
        std::io::stdin().read_to_end(&mut b)?;
        b
    } else {
        std::fs::read(&file.path)?
    };
    if !bytes.starts_with(&[0x1f, 0x8b]) {
        return Ok(bytes);
    }
    let mut out = Vec::new();
    flate2::read::MultiGzDecoder::new(bytes.as_slice()).read_to_end(&mut out)?;
    Ok(out)
}

/// Reads a whole text file and decodes it. `None` means skipped, with the reason in `warnings`.
pub fn read(file: &InputFile, warnings: &mut Vec<Warning>) -> Option<String> {
    match read_bytes(file) {
        Ok(bytes) => decode_text(&file.path, bytes, warnings),
        Err(e) => {
            warnings.push(Warning {
                path: file.path.clone(),
                msg: format!("cannot read, skipped: {e}"),
            });
            None
        }
    }
}

/// Decodes a text file's bytes; binary and empty files are skipped with a warning.
fn decode_text(path: &Path, bytes: Vec<u8>, warnings: &mut Vec<Warning>) -> Option<String> {
    let empty = bytes.is_empty();
    let decoded = match crate::text::decode(bytes) {
        Ok(d) => d,
        Err(crate::text::Binary(msg)) => {
            warnings.push(Warning {
                path: path.to_path_buf(),
                msg,
            });
            return None;
        }
    };
    if let Some(msg) = decoded.warning {
        warnings.push(Warning {
            path: path.to_path_buf(),
            msg,
        });
    }
    if decoded.text.trim().is_empty() {
        warnings.push(Warning {
            path: path.to_path_buf(),
            msg: if empty {
                "empty file, skipped".into()
            } else {
                "only white space, skipped".into()
            },
        });
        return None;
    }
    Some(decoded.text)
}

/// Parses a date field: `YYYY-MM-DD`, optionally followed by a time (`2018-07-16T10:00:00Z`).
pub fn parse_date_field(s: &str) -> Option<Date> {
    Date::parse_iso(s.get(..10).unwrap_or(s))
}

/// The documents of one input file, in order: one for a text file, one per line or row for
/// JSON Lines and CSV. Standard input is JSON Lines when it starts with `{`, else one text.
pub fn documents(file: &InputFile, csv_cols: &CsvColumns, warnings: &mut Vec<Warning>) -> Vec<Document> {
    let format = Format::of(&file.path);
    if format == Format::Text && !is_stdin(file) {
        return read(file, warnings)
            .map(|text| Document {
                name: file.name.clone(),
                text,
                date: None,
            })
            .into_iter()
            .collect();
    }
    let mut reader = match open(file) {
        Ok(r) => r,
        Err(e) => {
            warnings.push(Warning {
                path: file.path.clone(),
                msg: format!("cannot read, skipped: {e}"),
            });
            return Vec::new();
        }
    };
    let mut format = format;
    if is_stdin(file) {
        let head = reader
            .fill_buf()
            .map(|b| b.iter().find(|c| !c.is_ascii_whitespace()).copied())
            .unwrap_or(None);
        format = if head == Some(b'{') {
            Format::JsonLines
        } else {
            Format::Text
        };
    }
    match format {
        Format::Text => {
            let mut bytes = Vec::new();
            if let Err(e) = reader.read_to_end(&mut bytes) {
                warnings.push(Warning {
                    path: file.path.clone(),
                    msg: format!("cannot read, skipped: {e}"),
                });
                return Vec::new();
            }
            decode_text(&file.path, bytes, warnings)
                .map(|text| Document {
                    name: "stdin".to_string(),
                    text,
                    date: None,
                })
                .into_iter()
                .collect()
        }
        Format::JsonLines => json_lines(file, reader, warnings),
        Format::Csv => csv_rows(file, reader, csv_cols, warnings),
    }
}

fn json_lines(
    file: &InputFile,
    mut reader: Box<dyn BufRead + Send>,
    warnings: &mut Vec<Warning>,
) -> Vec<Document> {
    #[derive(serde::Deserialize)]
    struct Record {
        id: Option<serde_json::Value>,
        text: Option<String>,
        title: Option<String>,
        date: Option<String>,
    }
    let mut out = Vec::new();
    let mut line = Vec::new();
    let mut n = 0u64;
    loop {
        line.clear();
        match reader.read_until(b'\n', &mut line) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                warnings.push(Warning {
                    path: file.path.clone(),
                    msg: format!("line {}: read error, rest skipped: {e}", n + 1),
                });
                break;
            }
        }
        n += 1;
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        let decoded = crate::text::decode_lenient(std::mem::take(&mut line));
        if let Some(w) = decoded.warning {
            warnings.push(Warning {
                path: file.path.clone(),
                msg: format!("line {n}: {w}"),
            });
        }
        let text_line = decoded.text;
        let rec: Record = match serde_json::from_str(&text_line) {
            Ok(r) => r,
            Err(e) => {
                warnings.push(Warning {
                    path: file.path.clone(),
                    msg: format!("line {n}: not a JSON object ({e}), skipped"),
                });
                continue;
            }
        };
        let Some(body) = rec.text else {
            warnings.push(Warning {
                path: file.path.clone(),
                msg: format!("line {n}: no \"text\" field, skipped"),
            });
            continue;
        };
        if body.trim().is_empty() {
            warnings.push(Warning {
                path: file.path.clone(),
                msg: format!("line {n}: empty \"text\", skipped"),
            });
            continue;
        }
        let name = match rec.id {
            Some(serde_json::Value::String(s)) => s,
            Some(v) if !v.is_null() => v.to_string(),
            _ => format!("{}:{n}", file.name),
        };
        let text = match rec.title {
            Some(t) if !t.trim().is_empty() && !body.starts_with(t.trim()) => {
                format!("{}\n\n{body}", t.trim())
            }
            _ => body,
        };
        let date = rec.date.as_deref().and_then(parse_date_field);
        out.push(Document { name, text, date });
    }
    out
}

fn csv_rows(
    file: &InputFile,
    reader: Box<dyn BufRead + Send>,
    cols: &CsvColumns,
    warnings: &mut Vec<Warning>,
) -> Vec<Document> {
    let tsv = Format::of(&file.path) == Format::Csv
        && file
            .path
            .to_string_lossy()
            .to_lowercase()
            .trim_end_matches(".gz")
            .ends_with(".tsv");
    let mut rdr = csv::ReaderBuilder::new()
        .delimiter(if tsv { b'\t' } else { b',' })
        .flexible(true)
        .from_reader(reader);
    let header = match rdr.headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            warnings.push(Warning {
                path: file.path.clone(),
                msg: format!("not CSV ({e}), skipped"),
            });
            return Vec::new();
        }
    };
    let find = |name: &str| header.iter().position(|h| h.trim().eq_ignore_ascii_case(name));
    let Some(text_col) = find(&cols.text) else {
        warnings.push(Warning {
            path: file.path.clone(),
            msg: format!(
                "no column {:?} (columns: {}); give --text-column, skipped",
                cols.text,
                header.iter().collect::<Vec<_>>().join(", ")
            ),
        });
        return Vec::new();
    };
    let (id_col, date_col) = (find(&cols.id), find(&cols.date));
    let mut out = Vec::new();
    let mut rec = csv::ByteRecord::new();
    let mut row = 0u64;
    loop {
        match rdr.read_byte_record(&mut rec) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                warnings.push(Warning {
                    path: file.path.clone(),
                    msg: format!("row {}: {e}; rest skipped", row + 1),
                });
                break;
            }
        }
        row += 1;
        let Some(body) = rec.get(text_col) else {
            warnings.push(Warning {
                path: file.path.clone(),
                msg: format!("row {row}: no text cell, skipped"),
            });
            continue;
        };
        let decoded = crate::text::decode_lenient(body.to_vec());
        if let Some(w) = decoded.warning {
            warnings.push(Warning {
                path: file.path.clone(),
                msg: format!("row {row}: {w}"),
            });
        }
        let text = decoded.text;
        if text.trim().is_empty() {
            warnings.push(Warning {
                path: file.path.clone(),
                msg: format!("row {row}: empty text cell, skipped"),
            });
            continue;
        }
        let name = id_col
            .and_then(|c| rec.get(c))
            .map(|b| String::from_utf8_lossy(b).trim().to_string())
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| format!("{}:{row}", file.name));
        let date = date_col
            .and_then(|c| rec.get(c))
            .and_then(|b| parse_date_field(&String::from_utf8_lossy(b)));
        out.push(Document { name, text, date });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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

    fn docs_of(name: &str, bytes: &[u8]) -> (Vec<Document>, Vec<Warning>) {
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join(name);
        std::fs::write(&p, bytes).unwrap();
        let mut w = Vec::new();
        let docs = documents(
            &InputFile {
                name: name.into(),
                path: p,
                size: bytes.len() as u64,
            },
            &CsvColumns::default(),
            &mut w,
        );
        (docs, w)
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
}

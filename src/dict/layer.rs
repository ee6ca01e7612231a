//! Where a gazetteer layer comes from: a folder on disk or a layer embedded in the binary. The one
//! place the files of a layer are opened, so both are read with the same checks and errors.

use crate::error::{Error, Result};
use std::borrow::Cow;
use std::path::{Path, PathBuf};

/// A gazetteer layer compiled into the binary: its name (`world`) and its files, as text.
#[derive(Debug)]
pub struct BuiltinLayer {
    pub name: &'static str,
    /// `(file name, content)`: the CSV files a folder would hold, and its notice.
    pub files: &'static [(&'static str, &'static str)],
}

impl BuiltinLayer {
    /// The content of one of its files.
    pub fn file(&self, name: &str) -> Option<&'static str> {
        self.files.iter().find(|(n, _)| *n == name).map(|&(_, t)| t)
    }
}

/// One layer of a gazetteer stack.
#[derive(Debug, Clone)]
pub enum Layer {
    /// A folder the user gave (`--gazetteer DIR`).
    Folder(PathBuf),
    /// A layer of the built-in default gazetteer.
    Builtin(&'static BuiltinLayer),
}

/// The bytes of one file of a layer, with the path its errors name
/// (`gazetteer/entities.csv`, or `<built-in>/world/entities.csv`).
pub struct LayerFile {
    pub path: PathBuf,
    pub bytes: Cow<'static, [u8]>,
}

impl Layer {
    /// Folders as layers, in their order.
    pub fn folders(dirs: &[PathBuf]) -> Vec<Layer> {
        dirs.iter().cloned().map(Layer::Folder).collect()
    }

    /// How errors and reports name the layer: its folder, or `<built-in>/NAME`.
    pub fn label(&self) -> PathBuf {
        match self {
            Layer::Folder(d) => d.clone(),
            Layer::Builtin(b) => Path::new("<built-in>").join(b.name),
        }
    }

    /// Fails unless the layer can be read: a folder must exist and hold `entities.csv`.
    pub fn check(&self) -> Result<()> {
        let Layer::Folder(dir) = self else {
            return Ok(());
        };
        if !dir.is_dir() {
            return Err(Error::input(
                dir,
                "gazetteer folder not found (give --gazetteer DIR with entities.csv in it)",
            ));
        }
        let path = dir.join("entities.csv");
        if !path.is_file() {
            return Err(Error::input(
                &path,
                "missing: a gazetteer folder needs entities.csv",
            ));
        }
        Ok(())
    }

    /// The layer's file `name`, or `None` when the layer has no such file.
    pub fn file(&self, name: &str) -> Result<Option<LayerFile>> {
        let path = self.label().join(name);
        match self {
            Layer::Folder(_) => {
                if !path.is_file() {
                    return Ok(None);
                }
                let bytes =
                    std::fs::read(&path).map_err(|e| Error::input(&path, format!("cannot read: {e}")))?;
                Ok(Some(LayerFile {
                    path,
                    bytes: Cow::Owned(bytes),
                }))
            }
            Layer::Builtin(b) => Ok(b.file(name).map(|t| LayerFile {
                path,
                bytes: Cow::Borrowed(t.as_bytes()),
            })),
        }
    }
}

impl LayerFile {
    /// The file as UTF-8 text without a byte-order mark; an error names the first bad line.
    pub fn text(&self) -> Result<&str> {
        let bytes = self
            .bytes
            .strip_prefix(&[0xEF, 0xBB, 0xBF][..])
            .unwrap_or(&self.bytes);
        std::str::from_utf8(bytes).map_err(|e| {
            let line = bytes[..e.valid_up_to()].iter().filter(|&&b| b == b'\n').count() + 1;
            Error::gazetteer(
                &self.path,
                line as u64,
                format!("not UTF-8 at byte {}: save the file as UTF-8", e.valid_up_to()),
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static DEMO: BuiltinLayer = BuiltinLayer {
        name: "demo",
        files: &[("entities.csv", "id,label,type\nx,X,place\n")],
    };

    #[test]
    fn builtin_files_are_named_like_folders() {
        let l = Layer::Builtin(&DEMO);
        let f = l.file("entities.csv").unwrap().unwrap();
        assert_eq!(f.path, Path::new("<built-in>/demo/entities.csv"));
        assert!(f.text().unwrap().starts_with("id,"));
        assert!(l.file("roles.csv").unwrap().is_none());
        assert!(l.check().is_ok());
    }

    #[test]
    fn a_missing_folder_is_an_error() {
        let l = Layer::Folder(PathBuf::from("/nonexistent/kgraph-gaz"));
        assert!(
            l.check()
                .unwrap_err()
                .to_string()
                .contains("gazetteer folder not found")
        );
        assert!(l.file("entities.csv").unwrap().is_none());
    }
}

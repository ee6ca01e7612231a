//! Extra verb triggers: `verbs.csv` (`relation,verb,cameo,source`) in any stacked gazetteer
//! folder adds verbs to relations of the lexicon, e.g. the CAMEO verbs written by
//! `kgraph gazetteer import --verbs CAMEO.2.0.txt`. Verbs are kgraph verb entries ("dismiss",
//! "flog{flogged}", "impose sanctions"); a form the lexicon already has keeps its relation.

use crate::dict::gazetteer::csv_error;
use crate::dict::layer::LayerFile;
use crate::dict::lexicon::Lexicon;
use crate::error::{Error, Result};

/// Columns of `verbs.csv`; `cameo` and `source` are read and ignored.
pub const COLUMNS: [&str; 4] = ["relation", "verb", "cameo", "source"];

/// Adds the verbs of a layer's `verbs.csv` to `lex`. Rows naming a relation the lexicon does not have, or a
/// verb that is not a verb entry, are skipped with a warning. Returns the number of forms added.
pub fn extend(lex: &mut Lexicon, file: &LayerFile, warnings: &mut Vec<String>) -> Result<usize> {
    let path = file.path.as_path();
    let text = file.text()?;
    let mut rdr = csv::ReaderBuilder::new()
        .comment(Some(b'#'))
        .flexible(true)
        .from_reader(text.as_bytes());
    let header: Vec<String> = rdr
        .headers()
        .map_err(|e| csv_error(path, e))?
        .iter()
        .map(|h| h.trim().to_ascii_lowercase())
        .collect();
    let col = |name: &str| header.iter().position(|h| h == name);
    let (Some(rc), Some(vc)) = (col("relation"), col("verb")) else {
        return Err(Error::gazetteer(
            path,
            1,
            format!("the header must name relation and verb ({})", COLUMNS.join(",")),
        ));
    };
    let mut added = 0;
    let mut lines = crate::dict::gazetteer::Lines::new(text);
    for rec in rdr.records() {
        let rec = rec.map_err(|e| csv_error(path, e))?;
        let line = lines.of(rec.position());
        let (rel, verb) = (rec.get(rc).unwrap_or("").trim(), rec.get(vc).unwrap_or("").trim());
        if rel.is_empty() && verb.is_empty() {
            continue;
        }
        let Some(r) = lex.find(rel) else {
            warnings.push(format!(
                "{}:{line}: relation {rel:?} is not in relations.csv; verb {verb:?} skipped",
                path.display()
            ));
            continue;
        };
        match lex.add_verb(r, verb) {
            Ok(n) => added += n,
            Err(m) => warnings.push(format!("{}:{line}: {m}; skipped", path.display())),
        }
    }
    Ok(added)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dict::lexicon::{Pos, VerbForm};
    use std::path::Path;

    #[test]
    fn adds_verbs_but_the_lexicon_keeps_its_own() {
        let mut lex = Lexicon::parse(
            "relation,symmetric,cameo,verbs,nouns,objects\n\
             rejected,false,120,reject;dismiss,,actor\n\
             criticized,false,111,criticize,,actor\n",
            Path::new("relations.csv"),
        )
        .unwrap();
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("verbs.csv");
        std::fs::write(
            &p,
            "# imported\nrelation,verb,cameo,source\n\
             criticized,denounce,111,CAMEO.2.0.txt:7463\n\
             criticized,dismiss,110,x:1\n\
             rejected,spurn,110,x:2\n\
             annexed,seize,171,x:3\n\
             criticized,dress{dressed} down,111,x:4\n",
        )
        .unwrap();
        let mut w = Vec::new();
        let file = crate::dict::layer::Layer::Folder(d.path().to_path_buf())
            .file("verbs.csv")
            .unwrap()
            .unwrap();
        let n = extend(&mut lex, &file, &mut w).unwrap();
        assert_eq!(n, 12);
        let crit = lex.find("criticized").unwrap();
        assert_eq!(lex.lookup("denounced")[0].rel, crit);
        assert_eq!(lex.lookup("denounced")[0].pos, Pos::Verb(VerbForm::Past));
        assert_eq!(
            lex.lookup("dismissed").len(),
            1,
            "the lexicon's dismiss stays rejected only"
        );
        assert_eq!(lex.lookup("spurned")[0].rel, lex.find("rejected").unwrap());
        assert_eq!(&*lex.lookup("dressed")[0].rest[0], "down");
        assert_eq!(w.len(), 1);
        assert!(w[0].contains("verbs.csv:6: relation \"annexed\""), "{w:?}");
    }
}

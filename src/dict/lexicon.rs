//! The relation lexicon (`gazetteer/relations.csv`): each relation with its trigger verbs and
//! nouns, whether it is symmetric, its CAMEO code, and what may be its object.
//!
//! Verbs are written as lemmas and inflected here ("reject" → rejects, rejected, rejecting);
//! irregular forms go in braces ("meet{met}", "speak{spoke,spoken}"). A verb may be a phrase whose
//! first word is inflected ("impose sanctions on"). Nouns are listed with their plurals.

use crate::dict::gazetteer::csv_error;
use crate::error::{Error, Result};
use crate::model::RelationIx;
use std::collections::HashMap;
use std::path::Path;

/// Columns of `relations.csv`.
pub const COLUMNS: [&str; 6] = ["relation", "symmetric", "cameo", "verbs", "nouns", "objects"];

/// What may fill a relation's object slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ObjectKind {
    /// People, organisations and countries; a place stands in for its country ("Moscow").
    Actor,
    /// Also places, taken literally (visited Helsinki, annexed Crimea).
    Place,
    /// The direct object is what is talked of, not a participant: "discussed trade and Ukraine"
    /// relates the subjects to each other, and to a with-phrase ("discussed Ukraine with Merkel").
    Topic,
}

/// One relation of the lexicon.
#[derive(Debug, Clone)]
pub struct RelationDef {
    pub name: String,
    pub symmetric: bool,
    pub cameo: String,
    pub objects: ObjectKind,
}

/// The grammatical form of a verb trigger.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerbForm {
    Base,
    ThirdSingular,
    /// Past tense or past participle ("rejected", "met", "spoken").
    Past,
    Gerund,
}

/// Whether a trigger is a verb or a noun.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pos {
    Verb(VerbForm),
    Noun,
}

/// One surface form that triggers a relation; `rest` holds the words after the first, if any.
#[derive(Debug, Clone)]
pub struct TriggerForm {
    pub rel: RelationIx,
    pub pos: Pos,
    pub rest: Box<[Box<str>]>,
}

/// The loaded lexicon: relations and a lower-case first-word index of their triggers.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    pub relations: Vec<RelationDef>,
    triggers: HashMap<Box<str>, Vec<TriggerForm>>,
}

impl Lexicon {
    /// Reads `relations.csv`; errors name the line.
    pub fn load(path: &Path) -> Result<Lexicon> {
        let bytes = std::fs::read(path)
            .map_err(|e| Error::input(path, format!("cannot read the relation lexicon: {e}")))?;
        let text =
            String::from_utf8(bytes).map_err(|e| Error::gazetteer(path, 0, format!("not UTF-8: {e}")))?;
        Lexicon::parse(text.trim_start_matches('\u{feff}'), path)
    }

    /// Parses lexicon CSV text; `path` is only used in errors.
    pub fn parse(text: &str, path: &Path) -> Result<Lexicon> {
        let mut rdr = csv::ReaderBuilder::new()
            .comment(Some(b'#'))
            .from_reader(text.as_bytes());
        let header = rdr.headers().map_err(|e| csv_error(path, e))?.clone();
        let names: Vec<String> = header.iter().map(|h| h.trim().to_ascii_lowercase()).collect();
        if names.iter().map(String::as_str).ne(COLUMNS.iter().copied()) {
            return Err(Error::gazetteer(
                path,
                1,
                format!("the header must be {}", COLUMNS.join(",")),
            ));
        }
        let mut lex = Lexicon::default();
        let mut lines = crate::dict::gazetteer::Lines::new(text);
        for rec in rdr.records() {
            let rec = rec.map_err(|e| csv_error(path, e))?;
            let line = lines.of(rec.position());
            let f = |i: usize| rec.get(i).unwrap_or("").trim();
            let name = f(0);
            if name.is_empty() {
                return Err(Error::gazetteer(path, line, "empty relation name"));
            }
            if lex.relations.iter().any(|r| r.name == name) {
                return Err(Error::gazetteer(
                    path,
                    line,
                    format!("relation {name:?} listed twice"),
                ));
            }
            let symmetric = match f(1).to_ascii_lowercase().as_str() {
                "true" | "yes" | "1" => true,
                "false" | "no" | "0" | "" => false,
                other => {
                    return Err(Error::gazetteer(
                        path,
                        line,
                        format!("symmetric must be true or false, not {other:?}"),
                    ));
                }
            };
            let objects = match f(5).to_ascii_lowercase().as_str() {
                "" | "actor" => ObjectKind::Actor,
                "place" | "any" => ObjectKind::Place,
                "topic" => ObjectKind::Topic,
                other => {
                    return Err(Error::gazetteer(
                        path,
                        line,
                        format!("objects must be actor, place or topic, not {other:?}"),
                    ));
                }
            };
            let rel = RelationIx::new(lex.relations.len());
            lex.relations.push(RelationDef {
                name: name.to_string(),
                symmetric,
                cameo: f(2).to_string(),
                objects,
            });
            for verb in split_list(f(3)) {
                let forms = inflect(verb).map_err(|m| Error::gazetteer(path, line, m))?;
                for (form, vf) in forms {
                    lex.add(&form, rel, Pos::Verb(vf));
                }
            }
            for noun in split_list(f(4)) {
                lex.add(noun, rel, Pos::Noun);
            }
        }
        Ok(lex)
    }

    fn add(&mut self, phrase: &str, rel: RelationIx, pos: Pos) {
        let lower = phrase.to_lowercase();
        let mut words = lower.split_whitespace();
        let Some(first) = words.next() else { return };
        let rest: Box<[Box<str>]> = words.map(Box::from).collect();
        let list = self.triggers.entry(Box::from(first)).or_default();
        if !list
            .iter()
            .any(|t| t.rel == rel && t.pos == pos && t.rest == rest)
        {
            list.push(TriggerForm { rel, pos, rest });
        }
    }

    /// Adds the forms of a verb entry ("dismiss", "flog{flogged}", "impose sanctions") as
    /// triggers of `rel`, except forms that are already a verb trigger of any relation (the
    /// lexicon's own verbs win). Returns how many forms were added.
    pub fn add_verb(&mut self, rel: RelationIx, entry: &str) -> std::result::Result<usize, String> {
        let mut added = 0;
        for (form, vf) in inflect(entry)? {
            let lower = form.to_lowercase();
            let mut words = lower.split_whitespace();
            let first = words.next().unwrap_or("");
            let rest: Vec<&str> = words.collect();
            let known = self.lookup(first).iter().any(|t| {
                matches!(t.pos, Pos::Verb(_)) && t.rest.iter().map(|w| &**w).eq(rest.iter().copied())
            });
            if !known {
                self.add(&form, rel, Pos::Verb(vf));
                added += 1;
            }
        }
        Ok(added)
    }

    /// The triggers whose first word is `lower` (already lower case).
    pub fn lookup(&self, lower: &str) -> &[TriggerForm] {
        self.triggers.get(lower).map_or(&[], Vec::as_slice)
    }

    /// The relation by name.
    pub fn find(&self, name: &str) -> Option<RelationIx> {
        self.relations
            .iter()
            .position(|r| r.name == name)
            .map(RelationIx::new)
    }

    /// The definition of a relation.
    pub fn relation(&self, rel: RelationIx) -> &RelationDef {
        &self.relations[rel.index()]
    }
}

fn split_list(s: &str) -> impl Iterator<Item = &str> {
    s.split(';').map(str::trim).filter(|x| !x.is_empty())
}

/// Every form of a verb entry such as "reject", "meet{met}" or "impose{imposed} sanctions on".
pub fn inflect(entry: &str) -> std::result::Result<Vec<(String, VerbForm)>, String> {
    let entry = entry.trim();
    let (head, tail) = match entry.find(char::is_whitespace) {
        Some(i) if !entry[..i].contains('{') || entry[..i].contains('}') => (&entry[..i], entry[i..].trim()),
        _ => (entry, ""),
    };
    let (lemma, irregular) = match head.find('{') {
        Some(i) => {
            let close = head
                .rfind('}')
                .filter(|&c| c > i)
                .ok_or_else(|| format!("verb {entry:?}: '{{' without '}}'"))?;
            (&head[..i], Some(&head[i + 1..close]))
        }
        None => (head, None),
    };
    let lemma = lemma.to_lowercase();
    if lemma.is_empty() || !lemma.chars().all(|c| c.is_alphabetic() || c == '-') {
        return Err(format!("verb {entry:?}: the lemma must be one word of letters"));
    }
    let mut forms = vec![
        (lemma.clone(), VerbForm::Base),
        (third_singular(&lemma), VerbForm::ThirdSingular),
        (gerund(&lemma), VerbForm::Gerund),
    ];
    match irregular {
        Some(list) => {
            for f in list.split(',').map(str::trim).filter(|f| !f.is_empty()) {
                forms.push((f.to_lowercase(), VerbForm::Past));
            }
        }
        None => forms.push((past(&lemma), VerbForm::Past)),
    }
    if !tail.is_empty() {
        for (f, _) in forms.iter_mut() {
            f.push(' ');
            f.push_str(&tail.to_lowercase());
        }
    }
    Ok(forms)
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

fn consonant_y(w: &str) -> bool {
    let mut it = w.chars().rev();
    it.next() == Some('y') && it.next().is_some_and(|c| !is_vowel(c))
}

fn third_singular(w: &str) -> String {
    if consonant_y(w) {
        format!("{}ies", &w[..w.len() - 1])
    } else if ["s", "x", "z", "ch", "sh"].iter().any(|e| w.ends_with(e)) {
        format!("{w}es")
    } else {
        format!("{w}s")
    }
}

fn past(w: &str) -> String {
    if w.ends_with('e') {
        format!("{w}d")
    } else if consonant_y(w) {
        format!("{}ied", &w[..w.len() - 1])
    } else {
        format!("{w}ed")
    }
}

fn gerund(w: &str) -> String {
    if let Some(stem) = w.strip_suffix("ie") {
        format!("{stem}ying")
    } else if w.ends_with('e') && !w.ends_with("ee") && !w.ends_with("ye") && !w.ends_with("oe") {
        format!("{}ing", &w[..w.len() - 1])
    } else {
        format!("{w}ing")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(entry: &str) -> Vec<String> {
        inflect(entry).unwrap().into_iter().map(|(f, _)| f).collect()
    }

    #[test]
    fn inflection_table() {
        assert_eq!(forms("reject"), ["reject", "rejects", "rejecting", "rejected"]);
        assert_eq!(forms("propose"), ["propose", "proposes", "proposing", "proposed"]);
        assert_eq!(
            forms("discuss"),
            ["discuss", "discusses", "discussing", "discussed"]
        );
        assert_eq!(
            forms("criticize"),
            ["criticize", "criticizes", "criticizing", "criticized"]
        );
        assert_eq!(forms("meet{met}"), ["meet", "meets", "meeting", "met"]);
        assert_eq!(
            forms("speak{spoke,spoken}"),
            ["speak", "speaks", "speaking", "spoke", "spoken"]
        );
        assert_eq!(forms("ally"), ["ally", "allies", "allying", "allied"]);
        assert_eq!(
            forms("impose sanctions on"),
            [
                "impose sanctions on",
                "imposes sanctions on",
                "imposing sanctions on",
                "imposed sanctions on"
            ]
        );
        assert!(inflect("meet{met").is_err());
    }

    #[test]
    fn parses_and_indexes_triggers() {
        let lex = Lexicon::parse(
            "relation,symmetric,cameo,verbs,nouns,objects\n\
             met,true,040,meet{met},meeting;meetings;talks,actor\n\
             visited,false,042,visit,visit;visits,place\n",
            Path::new("relations.csv"),
        )
        .unwrap();
        assert_eq!(lex.relations.len(), 2);
        assert!(lex.relations[0].symmetric);
        assert_eq!(lex.lookup("met")[0].pos, Pos::Verb(VerbForm::Past));
        let visit: Vec<Pos> = lex.lookup("visit").iter().map(|t| t.pos).collect();
        assert_eq!(visit, [Pos::Verb(VerbForm::Base), Pos::Noun]);
        assert_eq!(lex.relations[1].objects, ObjectKind::Place);
    }

    #[test]
    fn errors_name_the_line() {
        let err = Lexicon::parse(
            "relation,symmetric,cameo,verbs,nouns,objects\nmet,maybe,040,meet,,\n",
            Path::new("relations.csv"),
        )
        .unwrap_err();
        assert_eq!(
            err.to_string(),
            "relations.csv:2: symmetric must be true or false, not \"maybe\""
        );
    }
}

//! For the construction tables: a small gazetteer and lexicon, and the relations extracted from
//! one text as `source relation target` (`!` negated, `?` hedged), as in the phenomena suite.

use super::Extractor;
use super::phrases::Phrases;
use super::rules::extract;
use super::sentence::Sentence;
use super::walk::Walker;
use crate::dict::gazetteer::Gazetteer;
use crate::dict::lexicon::Lexicon;
use crate::model::{Entity, EntityId, EntityKind, Gender};
use std::path::Path;

const RELATIONS: &str = "relation,symmetric,cameo,verbs,nouns,objects
met,true,040,meet{met};hold{held} talks,meeting;meetings;talks;summit,actor
rejected,false,120,reject;dismiss,rejection,actor
proposed,false,020,propose;suggest,proposal;proposals;offer;plan,actor
discussed,true,040,discuss,discussion;discussions,topic
accused,false,112,accuse;blame,accusation;accusations,actor
criticized,false,111,criticize;condemn,criticism;condemnation,actor
supported,false,050,support;back;endorse,support;backing,actor
visited,false,042,visit,visit;visits;trip,place
invited,false,036,invite,invitation;invitations,actor
urged,false,020,urge;call{called} on,appeal;appeals,actor
told,false,010,tell{told},,actor
sanctioned,false,163,sanction;impose sanctions on,sanctions,actor
";

fn entity(id: &str, kind: EntityKind, gender: Option<Gender>, aliases: &[&str]) -> Entity {
    Entity {
        id: EntityId(id.into()),
        label: aliases[0].into(),
        kind,
        aliases: aliases.iter().map(|s| s.to_string()).collect(),
        affiliation: None,
        role: String::new(),
        code: String::new(),
        gender,
        stands_for: None,
        roles: vec![],
        demonyms: vec![],
        origin: crate::model::Origin::Gazetteer,
    }
}

pub(super) fn dictionary() -> (Gazetteer, Lexicon) {
    use EntityKind::{Country, Organization, Person, Place};
    let (m, f) = (Some(Gender::Male), Some(Gender::Female));
    let mut washington = entity("washington", Place, None, &["Washington"]);
    washington.stands_for = Some(EntityId("usa".into()));
    let gaz = Gazetteer::from_entities(vec![
        entity("kerry", Person, m, &["John Kerry", "Kerry"]),
        entity("lavrov", Person, m, &["Sergei Lavrov", "Lavrov"]),
        entity("putin", Person, m, &["Vladimir Putin", "Putin"]),
        entity("trump", Person, m, &["Donald Trump", "Trump"]),
        entity("merkel", Person, f, &["Angela Merkel", "Merkel"]),
        entity(
            "usa",
            Country,
            None,
            &["United States", "the United States", "U.S.", "US"],
        ),
        Entity {
            demonyms: vec!["Russian".into()],
            ..entity("russia", Country, None, &["Russia"])
        },
        Entity {
            demonyms: vec!["Ukrainian".into()],
            ..entity("ukraine", Country, None, &["Ukraine"])
        },
        entity(
            "eu",
            Organization,
            None,
            &["European Union", "the European Union", "EU"],
        ),
        entity("crimea", Place, None, &["Crimea"]),
        washington,
    ]);
    let mut gaz = gaz;
    for agent in ["spokesman", "officials", "foreign minister"] {
        gaz.agents.add(agent, "GOV");
    }
    let lex = Lexicon::parse(RELATIONS, Path::new("relations.csv")).unwrap();
    (gaz, lex)
}

/// The relations of `text` (symmetric ones in id order), sorted.
pub(super) fn relations(text: &str) -> Vec<String> {
    let (gaz, lex) = dictionary();
    let ex = Extractor::new(&gaz, &lex).unwrap();
    let text = crate::text::normalize::normalize(text);
    let mentions = ex.tagger.tag(&text);
    let mut walker = Walker::new((super::Actors::of(&gaz), ex.lexicon), &text, &mentions, None);
    let mut out = Vec::new();
    for range in crate::text::sentences::split(&text) {
        walker.prepare(range, false);
        let sentence = walker.sentence();
        let mut found = Vec::new();
        extract(&sentence, &mut found, None);
        for f in found {
            let def = lex.relation(f.rel);
            let (mut s, mut t) = (&gaz.entity(f.source).id, &gaz.entity(f.target).id);
            if def.symmetric && t < s {
                std::mem::swap(&mut s, &mut t);
            }
            let mark = match (f.polarity.is_negated(), f.polarity.is_hedged()) {
                (true, _) => "!",
                (false, true) => "?",
                _ => "",
            };
            out.push(format!("{s} {mark}{} {t}", def.name));
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Checks a table of `(text, relations)` rows, reporting every row that differs.
pub(super) fn check(cases: &[(&str, &[&str])]) {
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|(text, want)| {
            let got = relations(text);
            let mut want: Vec<String> = want.iter().map(|s| s.to_string()).collect();
            want.sort();
            (got != want).then(|| format!("{text:?}\n    want {want:?}\n    got  {got:?}"))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Runs `f` on the first sentence of `text` and its phrases.
pub(super) fn with_sentence<R>(text: &str, f: impl FnOnce(&Sentence, &Phrases) -> R) -> R {
    let (gaz, lex) = dictionary();
    let ex = Extractor::new(&gaz, &lex).unwrap();
    let text = crate::text::normalize::normalize(text);
    let mentions = ex.tagger.tag(&text);
    let mut walker = Walker::new((super::Actors::of(&gaz), ex.lexicon), &text, &mentions, None);
    let range = crate::text::sentences::split(&text)[0].clone();
    walker.prepare(range, false);
    let s = walker.sentence();
    f(&s, s.phrases)
}

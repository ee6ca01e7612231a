//! Gazetteer growth: names the gazetteer misses, found as frequent capitalised word sequences
//! that no alias covers, with a guessed type (a title before it → person; "in"/"to" before it
//! → place; an organisation word in it → organization) and a sample sentence.

mod scan;
mod tally;
mod words;

use crate::dict::gazetteer::Gazetteer;
use crate::tag::Tagger;
pub use tally::Suggestion;

/// Collects suggestions over documents (`(name, text)` pairs).
pub fn suggest<'a>(
    gaz: &Gazetteer,
    docs: impl IntoIterator<Item = &'a str>,
) -> crate::error::Result<Vec<Suggestion>> {
    let tagger = Tagger::new(gaz)?;
    let mut tally = tally::Tallies::default();
    for (di, original) in docs.into_iter().enumerate() {
        let text = crate::text::normalize::normalize(original);
        let mentions = tagger.tag(&text);
        let doc = scan::Doc {
            index: di,
            original,
            text: &text,
            mentions: &mentions,
        };
        for range in crate::text::sentences::split(&text) {
            doc.scan_sentence(range, &mut tally);
        }
    }
    Ok(tally.finish())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::EntityKind;

    #[test]
    fn finds_missing_names_with_type_and_title() {
        let g = Gazetteer::from_entities(vec![]);
        let docs = [
            "Ukrainian PM Arseniy Yatsenyuk tells MPs in Kiev that talks failed. Yatsenyuk left.",
            "The European Central Bank said prices rose. Yatsenyuk spoke in Kiev.",
        ];
        let s = suggest(&g, docs.iter().copied()).unwrap();
        let y = s.iter().find(|x| x.label == "Arseniy Yatsenyuk").unwrap();
        assert_eq!(y.kind, EntityKind::Person);
        assert_eq!(y.aliases, ["Yatsenyuk"]);
        assert_eq!(y.count, 3);
        assert_eq!(y.role, "Ukrainian PM");
        assert_eq!(
            s.iter().find(|x| x.label == "Kiev").unwrap().kind,
            EntityKind::Place
        );
        assert_eq!(
            s.iter()
                .find(|x| x.label == "European Central Bank")
                .unwrap()
                .kind,
            EntityKind::Organization
        );
        assert!(!s.iter().any(|x| x.label == "The"));
    }
}

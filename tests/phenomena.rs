//! The phenomena suite: short constructed sentences, one per linguistic pattern, each with the
//! relations a careful reader extracts. Run against the bundled gazetteer and lexicon.
//! Notation: `source relation target`, with `!` for negated and `?` for hedged.
#![allow(clippy::unwrap_used)] // tests stop at the first surprise

mod common;
use kgraph::extract::Extractor;
use kgraph::model::{EntityIx, Relation};

/// The relations found in `text` with the bundled dictionaries, each as `show` writes it
/// (given the entity ids and the relation's name), sorted.
fn extract_as(
    text: &str,
    show: impl Fn(&Relation, &dyn Fn(EntityIx) -> String, &str) -> String,
) -> Vec<String> {
    let (gaz, lex) = common::bundled_dictionaries();
    let ex = Extractor::new(&gaz, &lex).unwrap();
    let doc = ex.document("t", text);
    let actors = kgraph::extract::Actors {
        gaz: &gaz,
        local: &doc.discovered,
    };
    let id = |e: EntityIx| actors.entity(e).id.0.clone();
    let mut out: Vec<String> = doc
        .relations
        .iter()
        .map(|r| show(r, &id, &lex.relations[r.relation.index()].name))
        .collect();
    out.sort();
    out
}

fn extract(text: &str) -> Vec<String> {
    let mut out = extract_as(text, |r, id, rel| {
        let mark = if r.polarity.is_negated() {
            "!"
        } else if r.polarity.is_hedged() {
            "?"
        } else {
            ""
        };
        format!("{} {}{} {}", id(r.source), mark, rel, id(r.target))
    });
    out.dedup();
    out
}

fn check(cases: &[(&str, &str, &[&str])]) {
    check_with(extract, cases);
}

/// Each case's text through `extract` gives the relations it lists (in any order).
fn check_with(extract: fn(&str) -> Vec<String>, cases: &[(&str, &str, &[&str])]) {
    let mut failures = Vec::new();
    for (name, text, want) in cases {
        let got = extract(text);
        let mut want: Vec<String> = want.iter().map(|s| s.to_string()).collect();
        want.sort();
        if got != want {
            failures.push(format!("{name}: {text:?}\n    want {want:?}\n    got  {got:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} phenomena failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn voice_and_agents() {
    check(&[
        (
            "active",
            "Kerry rejected the proposal from Lavrov.",
            &["kerry rejected lavrov"],
        ),
        (
            "active_with_object",
            "Merkel criticized Putin.",
            &["merkel criticized putin"],
        ),
        ("passive_by", "The offer was rejected by Kerry.", &[]),
        (
            "passive_with_patient",
            "Putin was criticized by Merkel.",
            &["merkel criticized putin"],
        ),
        (
            "by_agent_noun",
            "A proposal made by Putin to Trump surprised many.",
            &["putin proposed trump"],
        ),
        (
            "possessive_agent",
            "Putin's proposal to Trump was discussed.",
            &["putin proposed trump"],
        ),
        (
            "from_agent",
            "He mentioned an invitation from Trump for Putin.",
            &["trump invited putin"],
        ),
        (
            "support_verb",
            "Kerry held talks with Lavrov in Paris.",
            &["kerry met lavrov"],
        ),
        (
            "recipient_of_support",
            "Kerry presented Lavrov with proposals on Ukraine.",
            &["kerry proposed lavrov"],
        ),
        (
            "prep_object",
            "Putin proposed to Trump that a vote be held.",
            &["putin proposed trump"],
        ),
    ]);
}

#[test]
fn coordination() {
    check(&[
        (
            "subjects",
            "Kerry and Lavrov met in London.",
            &["kerry met lavrov"],
        ),
        (
            "objects",
            "Putin met Kerry and Lavrov.",
            &["kerry met putin", "lavrov met putin"],
        ),
        (
            "between",
            "Talks between Kerry and Lavrov lasted five hours.",
            &["kerry met lavrov"],
        ),
        (
            "between_with_titles",
            "Talks between U.S. Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov failed.",
            &["kerry met lavrov"],
        ),
        (
            "subject_list",
            "The United States, the European Union and others imposed sanctions on Russia.",
            &["eu sanctioned russia", "usa sanctioned russia"],
        ),
        (
            "reciprocal",
            "Ukraine and Russia accuse each other of violations.",
            &["russia accused ukraine", "ukraine accused russia"],
        ),
    ]);
}

#[test]
fn clauses_and_reported_speech() {
    check(&[
        (
            "relative_clause",
            "Lavrov, who met Kerry on Friday, said little.",
            &["kerry met lavrov"],
        ),
        (
            "reported_speech",
            "Antonov said Trump and Putin discussed proposals.",
            &["putin discussed trump"],
        ),
        (
            "speech_with_that",
            "Psaki said that Kerry told Lavrov the offer stands.",
            &["kerry told lavrov"],
        ),
        (
            "two_relations",
            "Obama urged Putin to withdraw, and Merkel criticized Putin.",
            &["merkel criticized putin", "obama urged putin"],
        ),
        (
            "headline_without_period",
            "John Kerry rejects Vladimir Putin talks",
            &["kerry rejected putin"],
        ),
        (
            "apposition_title",
            "Russian Foreign Minister Sergei Lavrov met Kerry.",
            &["kerry met lavrov"],
        ),
        (
            "title_modifier_is_no_actor",
            "U.S. President Donald Trump invited Putin.",
            &["trump invited putin"],
        ),
    ]);
}

#[test]
fn negation_and_modality() {
    check(&[
        ("not", "Kerry did not meet Lavrov.", &["kerry !met lavrov"]),
        (
            "never",
            "Putin never visited Washington.",
            &["putin !visited washington"],
        ),
        (
            "refused_to",
            "Russia refused to support Ukraine.",
            &["russia !supported ukraine"],
        ),
        (
            "would_not",
            "Russia would not annex Crimea.",
            &["russia !annexed crimea"],
        ),
        (
            "no_plans",
            "Putin has no plans to visit Washington.",
            &["putin !visited washington"],
        ),
        ("modal", "Kerry might meet Lavrov.", &["kerry ?met lavrov"]),
        ("infinitive", "Trump wants to meet Putin.", &["putin ?met trump"]),
        (
            "infinitive_with_for_subject",
            "He mentioned an invitation from Trump for Putin to visit Washington.",
            &["putin ?visited washington", "trump invited putin"],
        ),
    ]);
}

#[test]
fn coreference() {
    check(&[
        (
            "pronoun_next_sentence",
            "Putin spoke on Monday. He criticized Merkel.",
            &["putin criticized merkel"],
        ),
        (
            "pronoun_same_sentence",
            "Putin told diplomats he had proposed to Trump a vote.",
            &["putin proposed trump"],
        ),
        (
            "possessive_pronoun",
            "A plan made by Putin during his summit with Trump.",
            &["putin met trump"],
        ),
        (
            "gender",
            "Merkel met Putin. She criticized him.",
            &["merkel criticized putin", "merkel met putin"],
        ),
        (
            "title",
            "John Kerry arrived. The secretary of state rejected Lavrov's proposal.",
            &["kerry rejected lavrov"],
        ),
        (
            "title_by_date",
            "Tuesday 11 March 2014\nThe US secretary of state met Lavrov.",
            &["kerry met lavrov"],
        ),
        (
            "pronoun_nearest_subject",
            "Antonov spoke after Bloomberg said that Putin told diplomats he had proposed to Trump a vote.",
            &["putin proposed trump"],
        ),
        (
            "pronoun_skips_objects",
            "Lavrov, who met Kerry on Friday, said he would visit Washington.",
            &["kerry met lavrov", "lavrov ?visited washington"],
        ),
        (
            "object_pronoun",
            "Putin defended the vote. Merkel told him it was illegal.",
            &["merkel told putin"],
        ),
        (
            "relative_antecedent",
            "Putin, who initiated the call, criticized Obama.",
            &["putin criticized obama"],
        ),
    ]);
}

#[test]
fn metonymy_and_places() {
    check(&[
        (
            "capital_as_actor",
            "Washington criticized Moscow.",
            &["usa criticized russia"],
        ),
        (
            "capital_as_place",
            "Kerry met Lavrov in Washington.",
            &["kerry met lavrov"],
        ),
        (
            "visit_keeps_the_place",
            "Putin visited Washington.",
            &["putin visited washington"],
        ),
        (
            "object_not_a_place",
            "Trump invited Putin to Washington.",
            &["trump invited putin"],
        ),
        (
            "demonym_with_agent_noun",
            "Ukrainian officials accused Russian forces of shelling.",
            &["ukraine accused russia"],
        ),
        (
            "demonym_in_a_title_is_no_actor",
            "Russian Foreign Minister Sergei Lavrov criticized Kerry.",
            &["lavrov criticized kerry"],
        ),
    ]);
}

/// (relation, date, place) of each relation found, as "source relation target @date #place".
fn extract_when_where(text: &str) -> Vec<String> {
    extract_as(text, |r, id, rel| {
        format!(
            "{} {} {} @{} #{}",
            id(r.source),
            rel,
            id(r.target),
            r.date.map_or("-".to_string(), |d| d.to_string()),
            r.place.map_or("-".to_string(), id)
        )
    })
}

#[test]
fn time_and_place() {
    check_with(
        extract_when_where,
        &[
            (
                "summit_in_city",
                "Trump met Putin at their summit in Helsinki on July 16, 2018.",
                &["putin met trump @2018-07-16 #helsinki"],
            ),
            (
                "weekday_against_dateline",
                "Tuesday 11 March 2014\nKerry met Lavrov in London on Sunday.",
                &["kerry met lavrov @2014-03-09 #london"],
            ),
            (
                "document_date_fallback",
                "Tuesday 11 March 2014\nKerry told Lavrov nothing.",
                &["kerry told lavrov @2014-03-11 #-"],
            ),
            (
                "no_date_no_place",
                "Kerry met Lavrov.",
                &["kerry met lavrov @- #-"],
            ),
            (
                "modifier_is_no_place",
                "Kerry spoke with Lavrov at a U.S. diplomatic residence.",
                &["kerry spoke_with lavrov @- #-"],
            ),
            (
                "place_in_other_clause",
                "Kerry told Lavrov that the intervention in Crimea was illegal.",
                &["kerry told lavrov @- #-"],
            ),
        ],
    );
}

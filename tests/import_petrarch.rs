//! `kgraph gazetteer import --from petrarch` on hand-written fixtures (one rule of the format per
//! line), `gazetteer check`, the stacking rule, and an import of the real PETRARCH/Phoenix
//! dictionaries in `../shared/dictionaries/petrarch` (skipped loudly when that folder is absent).
#![allow(clippy::unwrap_used)] // tests stop at the first surprise

use kgraph::dict::gazetteer::Gazetteer;
use kgraph::import::petrarch::{self, Sources};
use kgraph::model::{Date, EntityId, EntityKind};
use kgraph::tag::{Tagger, Target};
use std::path::{Path, PathBuf};
use std::process::Command;

const FIXTURES: &str = "tests/fixtures/petrarch";

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURES).join(name)
}

fn rows(path: &Path) -> Vec<csv::StringRecord> {
    csv::ReaderBuilder::new()
        .comment(Some(b'#'))
        .from_path(path)
        .unwrap()
        .records()
        .map(Result::unwrap)
        .collect()
}

fn row<'a>(rows: &'a [csv::StringRecord], id: &str) -> &'a csv::StringRecord {
    rows.iter()
        .find(|r| &r[0] == id)
        .unwrap_or_else(|| panic!("no row {id}"))
}

/// The lines of `dir/skipped.csv` from the files `of` keeps, as ("file:line", reason).
fn skipped(dir: &Path, of: impl Fn(&str) -> bool) -> Vec<(String, String)> {
    rows(&dir.join("skipped.csv"))
        .iter()
        .filter(|r| of(&r[0]))
        .map(|r| (format!("{}:{}", &r[0], &r[1]), r[2].to_string()))
        .collect()
}

fn import_fixtures(out: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_kgraph"))
        .args(["gazetteer", "import", "--from", "petrarch"])
        .arg(fixture("countries.actors.txt"))
        .arg(fixture("broken.actors.txt"))
        .arg("--agents")
        .arg(fixture("agents.txt"))
        .arg("--verbs")
        .arg(fixture("verbs.txt"))
        .arg("--out")
        .arg(out)
        .output()
        .unwrap()
}

#[test]
#[allow(clippy::too_many_lines)] // one scenario, read top to bottom
fn fixtures_entities_one_rule_per_line() {
    let d = tempfile::tempdir().unwrap();
    let out = import_fixtures(d.path());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    let e = rows(&d.path().join("entities.csv"));
    // id, label, type, aliases, affiliation, role, code, gender, stands_for, demonyms, source
    let cases: &[(&str, &str, &str, &str, &str, &str, &str)] = &[
        (
            "arn",
            "Arnor",
            "country",
            "Fornost;North Kingdom",
            "",
            "ARN",
            "Arnorian",
        ),
        (
            "gon",
            "Gondor",
            "country",
            "Minas Tirith;U.G.",
            "",
            "GON",
            "Gondorian",
        ),
        (
            "boromir",
            "Boromir",
            "person",
            "Captain Boromir",
            "gon",
            "GONGOV",
            "",
        ),
        (
            "aragorn",
            "Aragorn",
            "person",
            "King Elessar;Strider",
            "arn",
            "ARNGOV",
            "",
        ),
        (
            "gondor_war_ministry",
            "Gondor War Ministry",
            "organization",
            "War Ministry of Gondor",
            "gon",
            "GONMIL",
            "",
        ),
        (
            "white_council",
            "White Council",
            "organization",
            "",
            "",
            "IGOWCO",
            "",
        ),
        ("saruman", "Saruman", "person", "", "white_council", "IGOWCO", ""),
        ("eri", "Eriador", "country", "", "", "ERI", "Eriadorian"),
        (
            "nameless_one",
            "Nameless One",
            "person",
            "Before This Nothing",
            "gon",
            "GONELI",
            "",
        ),
    ];
    for &(id, label, kind, aliases, aff, code, demonyms) in cases {
        let r = row(&e, id);
        let got = (&r[1], &r[2], &r[3], &r[4], &r[6], &r[9]);
        assert_eq!(got, (label, kind, aliases, aff, code, demonyms), "{id}");
    }
    assert_eq!(e.len(), cases.len(), "NO_CODE_AT_ALL_ has no code and is skipped");
    assert_eq!(&row(&e, "boromir")[10], "countries.actors.txt:14");

    let roles = rows(&d.path().join("roles.csv"));
    let aragorn: Vec<(&str, &str, &str)> = roles
        .iter()
        .filter(|r| &r[0] == "aragorn")
        .map(|r| (&r[3], &r[4], &r[5]))
        .collect();
    assert_eq!(
        aragorn,
        [
            ("GONELI", "", "1999-06-01"),
            ("GONGOV", "1999-06-01", "2019-01-01"),
            ("ARNGOV", "2019-01-01", ""),
            ("GONELI", "", ""),
        ]
    );

    let skipped = skipped(d.path(), |_| true);
    let want = [
        ("countries.actors.txt:8", "alias is a common English word"),
        ("countries.actors.txt:16", "date not YYMMDD or YYYYMMDD"),
        ("countries.actors.txt:24", "role ends before it starts"),
        ("countries.actors.txt:38", "actor without a code"),
        (
            "countries.actors.txt:32",
            "alias already taken by an earlier actor",
        ),
        (
            "countries.actors.txt:33",
            "'+' inside a phrase (two synonyms run together?)",
        ),
        ("countries.actors.txt:34", "alias too short"),
        (
            "countries.actors.txt:35",
            "code with characters other than letters and digits",
        ),
        ("countries.actors.txt:36", "'[' without ']'"),
        ("broken.actors.txt:3", "phrase with bytes that are not UTF-8"),
        ("broken.actors.txt:4", "'[' without ']'"),
    ];
    for (at, reason) in want {
        assert!(
            skipped.iter().any(|(a, r)| a == at && r == reason),
            "missing skipped {at} {reason}; got {skipped:?}"
        );
    }
    assert!(
        stderr.contains("warning: broken.actors.txt:3: bytes that are not UTF-8"),
        "{stderr}"
    );
    let stdout = String::from_utf8_lossy(&out.stderr);
    for want in [
        "entities      9 (3 country, 2 organization, 4 person)",
        "skipped lines",
        "unmapped CAMEO codes",
    ] {
        assert!(stdout.contains(want), "{want:?} not in {stdout}");
    }
    // The imported folder loads as a gazetteer.
    let g = Gazetteer::load(&[d.path().to_path_buf()]).unwrap();
    let a = g.entity(g.get(&EntityId("aragorn".into())).unwrap());
    assert_eq!(a.roles.len(), 4);
    assert!(a.roles[1].holds_on(Date::new(2005, 1, 1)));
}

#[test]
fn fixtures_agents_and_verbs() {
    let d = tempfile::tempdir().unwrap();
    let out = import_fixtures(d.path());
    assert!(out.status.success());
    let agents: Vec<(String, String)> = rows(&d.path().join("agents.csv"))
        .iter()
        .map(|r| (r[0].to_string(), r[1].to_string()))
        .collect();
    let want = [
        ("war minister", "~GOVMIL"),
        ("war ministers", "~GOVMIL"),
        ("ranger", "~MIL"),
        ("lord of the mark", "~ELI"),
        ("lords of the mark", "~ELI"),
        ("councilman", "~LEG"),
        ("councilwoman", "~LEG"),
        ("wizards guild", "NGO~"),
        ("wizards guilds", "NGO~"),
    ];
    let want: Vec<(String, String)> = want.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
    assert_eq!(agents, want);

    let verbs: Vec<(String, String, String)> = rows(&d.path().join("verbs.csv"))
        .iter()
        .map(|r| (r[0].to_string(), r[1].to_string(), r[2].to_string()))
        .collect();
    let want = [
        ("criticized", "scold", "111"),
        ("criticized", "castigate", "111"),
        ("criticized", "tell{told} off", "111"),
        ("sanctioned", "levy tolls", "163"),
        ("rejected", "rebuff", "120"),
        ("met", "parley", "040"),
    ];
    let want: Vec<(String, String, String)> = want
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
        .collect();
    assert_eq!(verbs, want);
    let skipped = skipped(d.path(), |file| file == "verbs.txt" || file == "agents.txt");
    let want = [
        ("agents.txt:8", "agent code without '~' (~CODE or CODE~)"),
        ("verbs.txt:9", "verb whose CAMEO code has no kgraph relation"),
        ("verbs.txt:11", "pattern whose CAMEO code has no kgraph relation"),
        (
            "verbs.txt:12",
            "pattern with PETRARCH-only syntax ($ + & % ^ { | or no words)",
        ),
        ("verbs.txt:15", "verb with no event ([---])"),
        ("verbs.txt:17", "pattern with no event ([---])"),
        (
            "verbs.txt:18",
            "pattern with words before the verb (kgraph triggers start at the verb)",
        ),
        ("verbs.txt:22", "generic verb that CAMEO codes only in context"),
    ];
    let want: Vec<(String, String)> = want.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
    assert_eq!(skipped, want);
}

/// Writes a gazetteer folder with the project's relation lexicon.
fn folder(entities: &str) -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    std::fs::write(d.path().join("entities.csv"), entities).unwrap();
    d
}

#[test]
fn stacking_an_alias_claimed_in_two_folders_goes_to_the_earlier_folder() {
    let first = folder(
        "id,label,type,aliases,demonyms\n\
         wdc,Washington,place,,\n\
         fra,France,country,,French\n",
    );
    let second = folder(
        "id,label,type,aliases,demonyms\n\
         wa,Washington State,place,Washington,\n\
         french_people,French People,organization,French,\n",
    );
    let dirs = [first.path().to_path_buf(), second.path().to_path_buf()];
    let g = Gazetteer::load(&dirs).unwrap();
    let conflicts: Vec<&String> = g
        .conflicts
        .iter()
        .filter(|w| w.contains("is claimed by"))
        .collect();
    assert_eq!(
        conflicts,
        [
            "alias \"Washington\" is claimed by wdc and wa; wdc keeps it",
            "alias \"French\" is claimed by fra and french_people; fra keeps it",
        ],
        "reported once each, with both ids"
    );
    let t = Tagger::new(&g).unwrap();
    let text = "Washington and French officials";
    let got: Vec<(&str, Target)> = t
        .tag(text)
        .iter()
        .map(|m| (&text[m.start..m.end], m.target))
        .collect();
    let idx = |id: &str| g.get(&EntityId(id.into())).unwrap();
    assert_eq!(
        got,
        [
            ("Washington", Target::Entity(idx("wdc"))),
            ("French", Target::Demonym(idx("fra")))
        ],
        "the earlier folder's demonym beats a later folder's alias"
    );
}

#[test]
fn stacking_folds_a_later_entity_into_the_earlier_one_that_names_it() {
    let first = folder(
        "id,label,type,aliases,affiliation\n\
         russia,Russia,country,,\n\
         lavrov,Sergei Lavrov,person,Lavrov;Sergey Lavrov,russia\n",
    );
    let second = folder(
        "id,label,type,aliases,affiliation,code\n\
         rus,Russian Federation,country,Russia;Moskva,,RUS\n\
         sergey_lavrov,Sergey Lavrov,person,Sergey V. Lavrov;Lavrov,rus,\n\
         shoigu,Sergei Shoigu,person,,rus,\n",
    );
    std::fs::write(first.path().join("entities.csv"), {
        "id,label,type,aliases,affiliation,code\nrussia,Russia,country,,,RUS\nlavrov,Sergei Lavrov,person,Lavrov;Sergey Lavrov,russia,\n"
    })
    .unwrap();
    let dirs = [first.path().to_path_buf(), second.path().to_path_buf()];
    let g = Gazetteer::load(&dirs).unwrap();
    assert_eq!(
        g.entities.len(),
        3,
        "rus → russia (same code), sergey_lavrov → lavrov (label is its alias)"
    );
    let lavrov = g.entity(g.get(&EntityId("sergey_lavrov".into())).unwrap());
    assert_eq!(lavrov.id.0, "lavrov");
    assert!(lavrov.aliases.contains(&"Sergey V. Lavrov".to_string()));
    let russia = g.entity(g.get(&EntityId("rus".into())).unwrap());
    assert_eq!(russia.aliases, ["Russia", "Russian Federation", "Moskva"]);
    let shoigu = g.entity(g.get(&EntityId("shoigu".into())).unwrap());
    assert_eq!(
        shoigu.affiliation,
        Some(EntityId("russia".into())),
        "affiliations follow the fold"
    );
}

#[test]
fn check_reports_conflicts_common_words_and_counts() {
    let first = folder("id,label,type,aliases\nmay,Theresa May,person,May\nwdc,Washington,place,\n");
    let second = folder("id,label,type,aliases\nwa,Washington State,place,Washington\n");
    let out = Command::new(env!("CARGO_BIN_EXE_kgraph"))
        .args(["gazetteer", "check", "--no-default-gazetteer"])
        .arg(first.path())
        .arg(second.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    for want in [
        "conflict: alias \"Washington\" is claimed by wdc and wa; wdc keeps it",
        "common word: may \"May\"",
        "3 entities (1 person, 0 organization, 0 country, 2 place)",
    ] {
        assert!(stdout.contains(want), "{want:?} not in:\n{stdout}");
    }
}

/// The real dictionaries, if the shared folder is there.
fn shared() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/dictionaries/petrarch");
    if p.join("Phoenix.Countries.actors.txt").is_file() {
        Some(p)
    } else {
        // Written to the stream itself, not through eprintln!, so the test harness's output
        // capture does not swallow it.
        use std::io::Write;
        let _ = writeln!(
            std::io::stderr(),
            "\n*** SKIPPED: {} is absent; the import of the real PETRARCH/Phoenix dictionaries was not tested ***\n",
            p.display()
        );
        None
    }
}

#[test]
#[allow(clippy::too_many_lines)] // one scenario, read top to bottom
fn imports_every_shared_petrarch_dictionary() {
    let Some(p) = shared() else { return };
    let mut actors: Vec<PathBuf> = std::fs::read_dir(&p)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|f| f.to_string_lossy().ends_with(".actors.txt"))
        .collect();
    actors.sort();
    let imp = petrarch::import(&Sources {
        actors,
        agents: Some(p.join("Phoenix.agents.txt")),
        verbs: Some(p.join("CAMEO.2.0.txt")),
    })
    .unwrap();
    let ent = |id: &str| {
        imp.entities
            .iter()
            .find(|e| e.id == id)
            .unwrap_or_else(|| panic!("no {id}"))
    };
    // Kerry: legislator until 2013-02-01, government after.
    let kerry = ent("john_kerry");
    assert_eq!(
        (kerry.label.as_str(), kerry.kind),
        ("John Kerry", EntityKind::Person)
    );
    assert_eq!(kerry.affiliation.as_deref(), Some("usa"));
    let roles: Vec<(&str, Option<Date>, Option<Date>)> = imp
        .roles
        .iter()
        .filter(|r| r.entity == "john_kerry")
        .map(|r| (r.code.as_str(), r.from, r.to))
        .collect();
    assert_eq!(
        roles,
        [
            ("USAGOVLEG", Date::new(1985, 1, 3), Date::new(2013, 2, 1)),
            ("USAGOV", Date::new(2013, 2, 1), None)
        ]
    );
    // Lavrov's aliases.
    let lavrov = ent("sergey_lavrov");
    assert_eq!(lavrov.label, "Sergey Lavrov");
    for a in [
        "Lavrov",
        "Sergei Lavrov",
        "Sergey V. Lavrov",
        "Russian Foreign Minister Sergey Lavrov",
    ] {
        assert!(
            lavrov.aliases.iter().any(|x| x == a),
            "{a} not in {:?}",
            lavrov.aliases
        );
    }
    assert_eq!(lavrov.affiliation.as_deref(), Some("rus"));
    // Ukraine and its demonyms.
    let ukr = ent("ukr");
    assert_eq!((ukr.label.as_str(), ukr.kind), ("Ukraine", EntityKind::Country));
    assert!(
        ukr.demonyms.contains(&"Ukrainian".to_string()),
        "{:?}",
        ukr.demonyms
    );
    assert!(ukr.aliases.contains(&"Kiev".to_string()));
    assert_eq!(ent("rus").label, "Russian Federation");
    // A role noun from the agents file.
    assert!(
        imp.agents
            .iter()
            .any(|a| a.phrase == "foreign minister" && a.code == "~GOV")
    );
    // Verbs: the ones the issue names.
    for (rel, v) in [
        ("criticized", "denounce"),
        ("criticized", "dismiss"),
        ("criticized", "spurn"),
    ] {
        assert!(
            imp.verbs.iter().any(|x| x.relation == rel && x.verb == v),
            "{rel} {v}"
        );
    }
    assert!(imp.entities.len() > 25_000, "{}", imp.entities.len());
    // The file carries a few U+FFFD already (bytes lost upstream): those phrases are reported.
    assert!(
        imp.skipped
            .iter()
            .any(|s| s.file == "Phoenix.Countries.actors.txt"
                && s.reason == "phrase with bytes that are not UTF-8")
    );

    // Written, it loads stacked under the curated gazetteer and the verbs reach the lexicon.
    let d = tempfile::tempdir().unwrap();
    imp.write(d.path(), "test import").unwrap();
    let dirs = [
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("gazetteer"),
        d.path().to_path_buf(),
    ];
    let (g, lex) = kgraph::dict::load(&dirs)
        .map(|d| (d.gazetteer, d.lexicon))
        .unwrap();
    assert!(g.entities.len() > 25_000);
    let denounced = lex.lookup("denounced");
    assert_eq!(lex.relation(denounced[0].rel).name, "criticized");
    assert_eq!(
        lex.relation(lex.lookup("dismissed")[0].rel).name,
        "rejected",
        "curated verbs win"
    );
    assert!(!lex.lookup("spurned").is_empty() && !lex.lookup("pressed").is_empty());
}

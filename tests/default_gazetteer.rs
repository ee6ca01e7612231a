//! The built-in default gazetteer: it loads without a warning, a copy of it (or of its curated
//! layer) stacked on it changes nothing, `gazetteer default --out` writes folders that build the
//! seeds to the same bytes, and the binary needs no file of the checkout.
#![allow(clippy::unwrap_used)] // tests stop at the first surprise

mod common;
use common::*;
use kgraph::dict::builtin::default_stack;
use kgraph::dict::{Layer, Need, load_layers};
use std::path::{Path, PathBuf};
use std::process::Command;

fn stack(dirs: &[PathBuf], with_default: bool) -> Vec<Layer> {
    let mut l = Layer::folders(dirs);
    if with_default {
        l.extend(default_stack());
    }
    l
}

#[test]
fn the_default_loads_without_a_warning_and_knows_the_world() {
    let d = load_layers(&default_stack(), Need::Lexicon).unwrap();
    let g = &d.gazetteer;
    assert!(
        g.conflicts.is_empty(),
        "{:#?}",
        &g.conflicts[..g.conflicts.len().min(10)]
    );
    assert_eq!(g.folders(), 3);
    assert!(g.entities.len() > 30_000, "{}", g.entities.len());
    for (alias, id) in [
        ("Kyiv", "kyiv"),
        ("Downing Street", "downing_street"),
        ("Vladimir Putin", "putin"),
        ("Nuri al Maliki", "nuri_al_maliki"),
    ] {
        let owner = g.iter().find(|(_, e)| e.aliases.iter().any(|a| a == alias));
        assert_eq!(owner.map(|(_, e)| e.id.0.as_str()), Some(id), "{alias}");
    }
    assert!(d.lexicon.find("met").is_some());
}

#[test]
fn repeating_default_entities_on_top_is_silent() {
    let curated = load_layers(&stack(&[root().join("gazetteer")], true), Need::Lexicon).unwrap();
    assert!(
        curated.gazetteer.conflicts.is_empty(),
        "{:?}",
        curated.gazetteer.conflicts
    );
    let alone = load_layers(&default_stack(), Need::Lexicon).unwrap();
    assert_eq!(curated.gazetteer.entities.len(), alone.gazetteer.entities.len());
    let kerry = |g: &kgraph::dict::gazetteer::Gazetteer| {
        let k = g.get(&kgraph::model::EntityId("kerry".into())).unwrap();
        g.entity(k).roles.len()
    };
    assert_eq!(
        kerry(&curated.gazetteer),
        kerry(&alone.gazetteer),
        "roles are not read twice"
    );
    assert_eq!(curated.gazetteer.titles.len(), alone.gazetteer.titles.len());
}

/// `kgraph gazetteer default --out DIR` in a temporary folder; returns DIR.
fn write_default(d: &Path) -> PathBuf {
    let dir = d.join("gaz");
    let o = kgraph_ok(&["gazetteer", "default", "--out", arg(&dir)]);
    let said = String::from_utf8(o.stdout).unwrap();
    let flags = format!(
        "--no-default-gazetteer --gazetteer {0}/curated --gazetteer {0}/world --gazetteer {0}/phoenix",
        dir.display()
    );
    assert!(said.contains(&flags), "{said}");
    dir
}

#[test]
fn a_written_copy_builds_the_seeds_to_the_same_bytes() {
    let d = tempfile::tempdir().unwrap();
    let dir = write_default(d.path());
    for (layer, notice) in [("curated", false), ("world", true), ("phoenix", true)] {
        assert!(dir.join(layer).join("entities.csv").is_file());
        assert_eq!(dir.join(layer).join("NOTICE.md").is_file(), notice, "{layer}");
    }
    let layers: Vec<PathBuf> = ["curated", "world", "phoenix"]
        .iter()
        .map(|l| dir.join(l))
        .collect();
    let copy = load_layers(&stack(&layers, true), Need::Lexicon).unwrap();
    assert!(
        copy.gazetteer.conflicts.is_empty(),
        "{:?}",
        &copy.gazetteer.conflicts[..3.min(copy.gazetteer.conflicts.len())]
    );

    let default = build_into(&d.path().join("default"), &["--quiet", "--input", "seeds"]);
    let mut args = vec!["--quiet", "--input", "seeds", "--no-default-gazetteer"];
    for l in &layers {
        args.extend(["--gazetteer", arg(l)]);
    }
    let own = build_into(&d.path().join("own"), &args);
    use kgraph::cmd::outputs::{OUTPUT_FILES, REPORT_FILE};
    for f in OUTPUT_FILES.into_iter().filter(|f| *f != REPORT_FILE) {
        assert!(
            std::fs::read(default.join(f)).unwrap() == std::fs::read(own.join(f)).unwrap(),
            "{f} differs"
        );
    }
}

#[test]
fn default_out_never_clobbers_a_users_folder() {
    let d = tempfile::tempdir().unwrap();
    let dir = write_default(d.path());
    write_default(d.path()); // an earlier copy is rewritten
    std::fs::write(dir.join("curated/mine.csv"), "x").unwrap();
    let o = kgraph(&["gazetteer", "default", "--out", arg(&dir)]);
    assert_eq!(o.status.code(), Some(4));
    assert!(String::from_utf8_lossy(&o.stderr).contains("curated/ holds files the default does not write"));
    let o = kgraph(&["gazetteer", "default", "--out", "gazetteer"]);
    assert_eq!(o.status.code(), Some(4), "the curated folder itself");
    assert!(root().join("gazetteer/entities.csv").is_file());
}

#[test]
fn no_default_needs_a_folder() {
    let o = kgraph(&["build", "--no-default-gazetteer", "--input", "seeds"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&o.stderr)
            .contains("--no-default-gazetteer needs at least one --gazetteer DIR")
    );
}

#[test]
fn runs_from_an_empty_folder() {
    let d = tempfile::tempdir().unwrap();
    std::fs::write(
        d.path().join("news.txt"),
        "The Kremlin rejected the proposal made by Washington.\n",
    )
    .unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_kgraph"))
        .args(["build", "--quiet", "--input", "news.txt", "--out", "out"])
        .current_dir(d.path())
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let nodes = std::fs::read_to_string(d.path().join("out/nodes.csv")).unwrap();
    assert!(nodes.contains("russia") && nodes.contains("usa"), "{nodes}");
    let o = Command::new(env!("CARGO_BIN_EXE_kgraph"))
        .args(["gazetteer", "check"])
        .current_dir(d.path())
        .output()
        .unwrap();
    let said = String::from_utf8(o.stdout).unwrap();
    assert!(
        o.status.success() && said.contains("<built-in>/phoenix") && said.contains(" 0 conflicts"),
        "{said}"
    );
}

//! Colours shared by the drawn formats (GEXF, DOT) and the HTML report, so that an entity type
//! or a relation looks the same everywhere.

use crate::graph::AFFILIATION;
use crate::model::EntityKind;

/// Edge colours, given to relations in name order (the gazetteer's affiliations are grey).
const PALETTE: [&str; 16] = [
    "#d62728", "#17becf", "#bcbd22", "#e377c2", "#8c564b", "#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd",
    "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd", "#e6550d",
];
const AFFILIATION_COLOUR: &str = "#b0b0b0";

/// RGB colour per entity type (Gephi shows it as the node colour).
pub fn colour(kind: EntityKind) -> (u8, u8, u8) {
    match kind {
        EntityKind::Person => (31, 119, 180),
        EntityKind::Organization => (255, 127, 14),
        EntityKind::Country => (44, 160, 44),
        EntityKind::Place => (148, 103, 189),
    }
}

/// The colour of an entity type as `#rrggbb`.
pub fn hex(kind: EntityKind) -> String {
    let (r, g, b) = colour(kind);
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// One colour per relation of `rels` (in name order): the palette in turn, grey for affiliations.
pub fn relation_colours(rels: &[&str]) -> Vec<&'static str> {
    let mut next = 0;
    rels.iter()
        .map(|&r| {
            if r == AFFILIATION {
                AFFILIATION_COLOUR
            } else {
                next += 1;
                PALETTE[(next - 1) % PALETTE.len()]
            }
        })
        .collect()
}

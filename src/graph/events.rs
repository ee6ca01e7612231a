//! Events: one happening reported by many articles. Relation instances with the same
//! participants (symmetric relations unordered), the same relation, dates within a window
//! (default ±1 day) and compatible places are one event, which keeps all its sources, when it
//! was first and last reported, and a confidence that grows with independent sources. Denials
//! ("did not meet") of the same event stay with it as contradicting evidence.

use crate::graph::KnowledgeGraph;
use crate::model::{Date, EntityId};

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// Reports more than this many days apart are different events.
pub const DEFAULT_WINDOW_DAYS: u32 = 1;

/// One event with every report of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: usize,
    pub source: EntityId,
    pub relation: String,
    pub target: EntityId,
    /// The dates its reports give it (earliest and latest); none when no report dates it.
    pub first_date: Option<Date>,
    pub last_date: Option<Date>,
    pub place: Option<EntityId>,
    /// Relation instances that report it (indexes into the graph's relations).
    pub reports: Vec<usize>,
    /// Relation instances that deny it.
    pub denials: Vec<usize>,
    /// Documents with a report or a denial, in name order.
    pub documents: Vec<String>,
    /// The dates of the first and last document that reports it.
    pub first_reported: Option<Date>,
    pub last_reported: Option<Date>,
    /// 1 − ½ⁿ over n independent reporting documents, scaled down by denying documents.
    pub confidence: f64,
}

struct Draft {
    first: Option<Date>,
    last: Option<Date>,
    place: Option<EntityId>,
    reports: Vec<usize>,
    denials: Vec<usize>,
}

impl Draft {
    fn accepts(&self, date: Option<Date>, place: &Option<EntityId>, window: i64) -> bool {
        let dates_ok = match (date, self.first, self.last) {
            (Some(d), Some(f), Some(l)) => {
                d.to_days() >= f.to_days() - window && d.to_days() <= l.to_days() + window
            }
            _ => true,
        };
        let places_ok = match (place, &self.place) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
        dates_ok && places_ok
    }

    fn add(&mut self, i: usize, date: Option<Date>, place: &Option<EntityId>, negated: bool) {
        if let Some(d) = date {
            self.first = Some(self.first.map_or(d, |f| f.min(d)));
            self.last = Some(self.last.map_or(d, |l| l.max(d)));
        }
        if self.place.is_none() {
            self.place.clone_from(place);
        }
        if negated {
            self.denials.push(i)
        } else {
            self.reports.push(i)
        }
    }
}

/// Groups the graph's relation instances into events; hedged instances (plans, possibilities)
/// are not events. Events come in edge order, then by date.
pub fn assemble(kg: &KnowledgeGraph, window_days: u32) -> Vec<Event> {
    let window = i64::from(window_days);
    let doc_dates: BTreeMap<&str, Option<Date>> =
        kg.documents.iter().map(|d| (d.doc.as_str(), d.date)).collect();
    let mut events = Vec::new();
    for e in kg.graph.edge_references() {
        let w = e.weight();
        let mut inst: Vec<usize> = w
            .instances
            .iter()
            .copied()
            .filter(|&i| !kg.relations[i].hedged)
            .collect();
        if inst.is_empty() {
            continue;
        }
        // dated reports first, in date order; then undated ones; denials after reports
        inst.sort_by_key(|&i| {
            let r = &kg.relations[i];
            (r.date.is_none(), r.date, r.negated, i)
        });
        let mut drafts: Vec<Draft> = Vec::new();
        for &i in &inst {
            let r = &kg.relations[i];
            let same_doc = |d: &Draft| {
                d.reports
                    .iter()
                    .chain(&d.denials)
                    .any(|&j| kg.relations[j].evidence.doc == r.evidence.doc)
            };
            let home = if r.date.is_none() {
                // an undated report joins an event of its own document; across documents an
                // undated report cannot be told apart from another occasion, so it stands alone
                drafts.iter().position(same_doc)
            } else {
                drafts
                    .iter()
                    .position(|d| d.first.is_some() && d.accepts(r.date, &r.place, window))
            };
            match home {
                Some(k) if drafts[k].accepts(r.date, &r.place, window) => {
                    drafts[k].add(i, r.date, &r.place, r.negated)
                }
                _ => {
                    let mut d = Draft {
                        first: None,
                        last: None,
                        place: None,
                        reports: vec![],
                        denials: vec![],
                    };
                    d.add(i, r.date, &r.place, r.negated);
                    drafts.push(d);
                }
            }
        }
        for d in drafts {
            let docs: BTreeSet<&str> = d
                .reports
                .iter()
                .chain(&d.denials)
                .map(|&i| kg.relations[i].evidence.doc.as_str())
                .collect();
            let asserting: BTreeSet<&str> = d
                .reports
                .iter()
                .map(|&i| kg.relations[i].evidence.doc.as_str())
                .collect();
            let denying: BTreeSet<&str> = d
                .denials
                .iter()
                .map(|&i| kg.relations[i].evidence.doc.as_str())
                .collect();
            let reported: Vec<Date> = asserting
                .iter()
                .filter_map(|doc| doc_dates.get(doc).copied().flatten())
                .collect();
            let (a, n) = (asserting.len() as f64, denying.len() as f64);
            let confidence = if a == 0.0 {
                0.0
            } else {
                (1.0 - 0.5f64.powf(a)) * a / (a + n)
            };
            events.push(Event {
                id: events.len(),
                source: w.source.clone(),
                relation: w.relation.clone(),
                target: w.target.clone(),
                first_date: d.first,
                last_date: d.last,
                place: d.place,
                reports: d.reports,
                denials: d.denials,
                documents: docs.into_iter().map(String::from).collect(),
                first_reported: reported.iter().min().copied(),
                last_reported: reported.iter().max().copied(),
                confidence: (confidence * 1000.0).round() / 1000.0,
            });
        }
    }
    events
}

/// Header of `events.csv`.
pub const CSV_HEADER: [&str; 14] = [
    "event",
    "source",
    "relation",
    "target",
    "first_date",
    "last_date",
    "place",
    "sources",
    "reports",
    "denials",
    "confidence",
    "first_reported",
    "last_reported",
    "documents",
];

/// Writes `events.csv`: one row per event.
pub fn write_csv(kg: &KnowledgeGraph, w: &mut dyn std::io::Write) -> std::io::Result<()> {
    let d = |x: Option<Date>| x.map_or(String::new(), |d| d.to_string());
    let mut c = csv::Writer::from_writer(w);
    c.write_record(CSV_HEADER).map_err(crate::error::io_from_csv)?;
    for e in &kg.events {
        c.write_record([
            e.id.to_string(),
            e.source.0.clone(),
            e.relation.clone(),
            e.target.0.clone(),
            d(e.first_date),
            d(e.last_date),
            e.place.as_ref().map_or(String::new(), |p| p.0.clone()),
            e.documents.len().to_string(),
            e.reports.len().to_string(),
            e.denials.len().to_string(),
            format!("{:.3}", e.confidence),
            d(e.first_reported),
            d(e.last_reported),
            e.documents.join(";"),
        ])
        .map_err(crate::error::io_from_csv)?;
    }
    c.flush()
}

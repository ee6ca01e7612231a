//! Events: one happening reported by many articles. Relation instances with the same
//! participants (symmetric relations unordered), the same relation, dates within a window
//! (default ±1 day) and compatible places are one event, which keeps all its sources, when it
//! was first and last reported, and a confidence that grows with independent sources. Denials
//! ("did not meet") of the same event stay with it as contradicting evidence.

use super::parts::{DocumentInfo, Instance};
use crate::model::{Date, EntityId};
use petgraph::graph::EdgeIndex;
use std::collections::{BTreeMap, BTreeSet};

/// Reports more than this many days apart are different events.
pub const DEFAULT_WINDOW_DAYS: u32 = 1;

/// One event with every report of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub id: usize,
    /// The edge whose instances report it (its participants and relation).
    pub edge: EdgeIndex,
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

/// Groups instances into events, per edge (edges in index order, each edge's instances in
/// index order); hedged instances (plans, possibilities) are not events. Events come in edge
/// order, then by date.
pub fn assemble(instances: &[Instance], documents: &[DocumentInfo], window_days: u32) -> Vec<Event> {
    let window = i64::from(window_days);
    let doc_dates: BTreeMap<&str, Option<Date>> =
        documents.iter().map(|d| (d.doc.as_str(), d.date)).collect();
    let mut by_edge: BTreeMap<EdgeIndex, Vec<usize>> = BTreeMap::new();
    for (i, r) in instances.iter().enumerate() {
        if !r.polarity.is_hedged() {
            by_edge.entry(r.edge).or_default().push(i);
        }
    }
    let mut events = Vec::new();
    for (edge, mut inst) in by_edge {
        // dated reports first, in date order; then undated ones; denials after reports
        inst.sort_by_key(|&i| {
            let r = &instances[i];
            (r.date.is_none(), r.date, r.polarity.is_negated(), i)
        });
        for d in drafts(instances, &inst, window) {
            events.push(finish(instances, &doc_dates, edge, events.len(), d));
        }
    }
    events
}

/// The drafts of one edge's instances (sorted as [`assemble`] sorts them).
fn drafts(instances: &[Instance], inst: &[usize], window: i64) -> Vec<Draft> {
    let mut drafts: Vec<Draft> = Vec::new();
    for &i in inst {
        let r = &instances[i];
        let negated = r.polarity.is_negated();
        let same_doc = |d: &Draft| {
            d.reports
                .iter()
                .chain(&d.denials)
                .any(|&j| instances[j].evidence.doc == r.evidence.doc)
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
                drafts[k].add(i, r.date, &r.place, negated)
            }
            _ => {
                let mut d = Draft {
                    first: None,
                    last: None,
                    place: None,
                    reports: vec![],
                    denials: vec![],
                };
                d.add(i, r.date, &r.place, negated);
                drafts.push(d);
            }
        }
    }
    drafts
}

/// The event of a draft: its documents, report dates and confidence.
fn finish(
    instances: &[Instance],
    doc_dates: &BTreeMap<&str, Option<Date>>,
    edge: EdgeIndex,
    id: usize,
    d: Draft,
) -> Event {
    let doc = |i: &usize| instances[*i].evidence.doc.as_str();
    let docs: BTreeSet<&str> = d.reports.iter().chain(&d.denials).map(doc).collect();
    let asserting: BTreeSet<&str> = d.reports.iter().map(doc).collect();
    let denying: BTreeSet<&str> = d.denials.iter().map(doc).collect();
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
    Event {
        id,
        edge,
        first_date: d.first,
        last_date: d.last,
        place: d.place,
        reports: d.reports,
        denials: d.denials,
        documents: docs.into_iter().map(String::from).collect(),
        first_reported: reported.iter().min().copied(),
        last_reported: reported.iter().max().copied(),
        confidence: (confidence * 1000.0).round() / 1000.0,
    }
}

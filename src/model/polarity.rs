//! How a sentence states a relation: as done, as denied, as only possible or planned, or both.

use serde::{Deserialize, Serialize};

/// The one polarity type every stage and reader uses.
///
/// "met" is `Asserted`, "did not meet" `Negated`, "may meet" `Hedged`, "may not meet"
/// `HedgedNegated`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Polarity {
    #[default]
    Asserted,
    Negated,
    Hedged,
    HedgedNegated,
}

impl Polarity {
    /// From the extractor's two findings.
    pub fn from_flags(negated: bool, hedged: bool) -> Polarity {
        match (negated, hedged) {
            (false, false) => Polarity::Asserted,
            (true, false) => Polarity::Negated,
            (false, true) => Polarity::Hedged,
            (true, true) => Polarity::HedgedNegated,
        }
    }
    /// The sentence says it did not happen.
    pub fn is_negated(self) -> bool {
        matches!(self, Polarity::Negated | Polarity::HedgedNegated)
    }
    /// The sentence says it may, should or will happen.
    pub fn is_hedged(self) -> bool {
        matches!(self, Polarity::Hedged | Polarity::HedgedNegated)
    }
    /// Both markings at once: negated where either is, hedged where either is ("did not say it
    /// would meet" carries the negation of one verb and the hedge of the other).
    pub fn and(self, other: Polarity) -> Polarity {
        Polarity::from_flags(
            self.is_negated() || other.is_negated(),
            self.is_hedged() || other.is_hedged(),
        )
    }
    /// Stated as done: neither denied nor hedged; only these count as events and edge weight.
    pub fn is_asserted(self) -> bool {
        self == Polarity::Asserted
    }
}

#[cfg(test)]
mod tests {
    use super::Polarity;

    #[test]
    fn flags_round_trip() {
        for (n, h) in [(false, false), (true, false), (false, true), (true, true)] {
            let p = Polarity::from_flags(n, h);
            assert_eq!((p.is_negated(), p.is_hedged()), (n, h));
            assert_eq!(p.is_asserted(), !n && !h);
            assert_eq!(p.and(Polarity::Asserted), p);
            assert!(Polarity::Negated.and(p).is_negated());
            assert_eq!(Polarity::Hedged.and(p), Polarity::from_flags(n, true));
        }
    }
}

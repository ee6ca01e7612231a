//! Tells text that carries no case (all lower-case or all capitals, as some CSV data sets are)
//! from ordinary prose: the tagger's case rule ("Kerry" never matches "kerry") cannot tell
//! names from words in such text, so the build warns and may match it without case.

/// Fewer cased letters than this (over the lines that count) say nothing about a text's case.
const MIN_LETTERS: usize = 200;

/// Lines with fewer cased letters than this (headlines, datelines, bylines) are not judged: a
/// headline in capitals sits above prose of any case.
const MIN_LINE_LETTERS: usize = 40;

/// The case a text is written in, as far as names are concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseShape {
    /// Upper and lower case as prose writes them.
    Mixed,
    /// No upper-case letter worth the name: "john kerry met sergei lavrov".
    Lower,
    /// No lower-case letter worth the name: "JOHN KERRY MET SERGEI LAVROV".
    Upper,
}

impl CaseShape {
    /// Whether names cannot be told from words by their capitals.
    pub fn is_caseless(self) -> bool {
        self != CaseShape::Mixed
    }

    pub fn describe(self) -> &'static str {
        match self {
            CaseShape::Mixed => "mixed case",
            CaseShape::Lower => "all lower-case",
            CaseShape::Upper => "all capitals",
        }
    }
}

/// The case shape of a text: caseless when its lines of prose hold at least [`MIN_LETTERS`]
/// cased letters and under one in 200 of them has the minority case.
pub fn shape(text: &str) -> CaseShape {
    let (mut upper, mut lower) = (0usize, 0usize);
    for line in text.lines() {
        let (mut u, mut l) = (0usize, 0usize);
        for c in line.chars() {
            if c.is_uppercase() {
                u += 1;
            } else if c.is_lowercase() {
                l += 1;
            }
        }
        if u + l >= MIN_LINE_LETTERS {
            upper += u;
            lower += l;
        }
    }
    let cased = upper + lower;
    if cased < MIN_LETTERS {
        return CaseShape::Mixed;
    }
    if upper * 200 < cased {
        CaseShape::Lower
    } else if lower * 200 < cased {
        CaseShape::Upper
    } else {
        CaseShape::Mixed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn times(s: &str, n: usize) -> String {
        s.repeat(n)
    }

    #[test]
    fn shapes() {
        let prose = times("Secretary of State John Kerry met Sergei Lavrov in London. ", 6);
        let cases: &[(&str, String, CaseShape)] = &[
            ("prose", prose.clone(), CaseShape::Mixed),
            ("lower", prose.to_lowercase(), CaseShape::Lower),
            ("upper", prose.to_uppercase(), CaseShape::Upper),
            // a headline in capitals above lower-case prose leaves the prose without case
            (
                "headline over lower",
                format!("KERRY MEETS LAVROV\n{}", prose.to_lowercase()),
                CaseShape::Lower,
            ),
            (
                "headline over prose",
                format!("KERRY MEETS LAVROV\n{prose}"),
                CaseShape::Mixed,
            ),
            (
                "one acronym in lower-case text",
                format!("{} nato", prose.to_lowercase()),
                CaseShape::Lower,
            ),
            // rejected: too short to judge
            ("short lower", "kerry met lavrov.".into(), CaseShape::Mixed),
            ("short upper", "KERRY MEETS LAVROV".into(), CaseShape::Mixed),
            (
                "many headlines in capitals",
                times("KERRY MEETS LAVROV IN LONDON\n", 40),
                CaseShape::Mixed,
            ),
            ("empty", String::new(), CaseShape::Mixed),
            ("digits only", times("2014 ", 100), CaseShape::Mixed),
            (
                "non-latin",
                times("Путин встретился с Лавровым в Москве. ", 8),
                CaseShape::Mixed,
            ),
        ];
        for (what, text, want) in cases {
            assert_eq!(shape(text), *want, "{what}");
        }
    }
}

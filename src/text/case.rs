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
/// cased letters and under one in 200 of them has the minority case. Reading stops once the rest
/// of the text, whatever its case, could no longer make it caseless (most prose: a few lines in).
pub fn shape(text: &str) -> CaseShape {
    let (mut upper, mut lower) = (0usize, 0usize);
    let mut rest = text.len();
    for line in text.lines() {
        rest = rest.saturating_sub(line.len() + 1);
        let (u, l) = count_cases(line);
        if u + l >= MIN_LINE_LETTERS {
            upper += u;
            lower += l;
        }
        // every byte left a letter of either case: still neither minority under 1 in 200
        let most = upper + lower + rest;
        if upper + lower >= MIN_LETTERS && upper * 200 >= most && lower * 200 >= most {
            return CaseShape::Mixed;
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

/// The upper- and lower-case letters of a line (ASCII read byte by byte).
fn count_cases(line: &str) -> (usize, usize) {
    let (mut u, mut l) = (0usize, 0usize);
    if line.is_ascii() {
        for b in line.bytes() {
            u += usize::from(b.is_ascii_uppercase());
            l += usize::from(b.is_ascii_lowercase());
        }
        return (u, l);
    }
    for c in line.chars() {
        if c.is_uppercase() {
            u += 1;
        } else if c.is_lowercase() {
            l += 1;
        }
    }
    (u, l)
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

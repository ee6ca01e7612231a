//! Titles and honorifics that introduce a person's name in news ("Foreign Minister", "Sen.",
//! "Mr"), with what each says about its holder: gender and the sector (government, military…).

use crate::model::Gender;
use once_cell::sync::Lazy;

/// What a title word does in a title phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// Mr, Mrs, Dr: a name follows, the word is no role.
    Honorific,
    /// The word a title ends with ("Minister", "President", "Gen.").
    Head,
    /// A word before a head: a portfolio or a rank ("Foreign", "Prime", "Deputy").
    Qualifier,
}

/// The part of a state a title belongs to; gives the CAMEO-style agent code after a country's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sector {
    None,
    Government,
    Military,
    Legislature,
    Judiciary,
    Religion,
}

impl Sector {
    /// The agent code appended to a country code (`IRN` + `GOV`), empty for none.
    pub fn code(self) -> &'static str {
        match self {
            Sector::None => "",
            Sector::Government => "GOV",
            Sector::Military => "MIL",
            Sector::Legislature => "LEG",
            Sector::Judiciary => "JUD",
            Sector::Religion => "REL",
        }
    }
}

/// One title word (lower case), as it is displayed in a role ("sen" → "Senator").
#[derive(Debug, Clone, Copy)]
pub struct TitleWord {
    pub word: &'static str,
    pub part: Part,
    pub display: &'static str,
    pub gender: Option<Gender>,
    pub sector: Sector,
    /// Alone before a single capitalised word it is no evidence of a person ("General Motors",
    /// "Major League"): it needs a first name and a surname.
    pub needs_full_name: bool,
}

const M: Option<Gender> = Some(Gender::Male);
const F: Option<Gender> = Some(Gender::Female);

const fn w(word: &'static str, part: Part, display: &'static str, sector: Sector) -> TitleWord {
    TitleWord {
        word,
        part,
        display,
        gender: None,
        sector,
        needs_full_name: false,
    }
}

const fn g(t: TitleWord, gender: Option<Gender>) -> TitleWord {
    TitleWord { gender, ..t }
}

const fn full(t: TitleWord) -> TitleWord {
    TitleWord {
        needs_full_name: true,
        ..t
    }
}

use Part::{Head as H, Honorific as O, Qualifier as Q};
use Sector::{
    Government as GOV, Judiciary as JUD, Legislature as LEG, Military as MIL, None as NO, Religion as REL,
};

/// Every title word, sorted by `word` (a test checks it).
pub const TITLE_WORDS: &[TitleWord] = &[
    w("acting", Q, "Acting", NO),
    w("adm", H, "Admiral", MIL),
    w("admiral", H, "Admiral", MIL),
    w("adviser", H, "Adviser", GOV),
    w("advisor", H, "Adviser", GOV),
    w("affairs", Q, "Affairs", NO),
    w("agriculture", Q, "Agriculture", NO),
    w("amb", H, "Ambassador", GOV),
    w("ambassador", H, "Ambassador", GOV),
    g(w("archbishop", H, "Archbishop", REL), M),
    w("attorney", Q, "Attorney", NO),
    g(w("ayatollah", H, "Ayatollah", REL), M),
    w("bishop", H, "Bishop", REL),
    w("brexit", Q, "Brexit", NO),
    full(w("capt", H, "Captain", MIL)),
    full(w("captain", H, "Captain", MIL)),
    g(w("cardinal", H, "Cardinal", REL), M),
    g(w("chairman", H, "Chairman", NO), M),
    g(w("chairwoman", H, "Chairwoman", NO), F),
    w("chancellor", H, "Chancellor", GOV),
    w("chief", Q, "Chief", NO),
    w("cmdr", H, "Commander", MIL),
    w("col", H, "Colonel", MIL),
    w("colonel", H, "Colonel", MIL),
    full(w("commander", H, "Commander", MIL)),
    w("commerce", Q, "Commerce", NO),
    w("commissioner", H, "Commissioner", GOV),
    g(w("congressman", H, "Congressman", LEG), M),
    g(w("congresswoman", H, "Congresswoman", LEG), F),
    w("crown", Q, "Crown", NO),
    w("culture", Q, "Culture", NO),
    w("defence", Q, "Defence", NO),
    w("defense", Q, "Defense", NO),
    w("deputy", Q, "Deputy", NO),
    w("development", Q, "Development", NO),
    g(w("dr", O, "Dr", NO), None),
    w("economy", Q, "Economy", NO),
    w("education", Q, "Education", NO),
    g(w("emir", H, "Emir", GOV), M),
    g(w("emperor", H, "Emperor", GOV), M),
    w("energy", Q, "Energy", NO),
    w("environment", Q, "Environment", NO),
    w("envoy", H, "Envoy", GOV),
    full(w("executive", H, "Executive", NO)),
    w("finance", Q, "Finance", NO),
    w("first", Q, "First", NO),
    w("foreign", Q, "Foreign", NO),
    w("gen", H, "General", MIL),
    full(w("general", H, "General", MIL)),
    w("gov", H, "Governor", GOV),
    w("governor", H, "Governor", GOV),
    w("health", Q, "Health", NO),
    w("home", Q, "Home", NO),
    w("industry", Q, "Industry", NO),
    w("interior", Q, "Interior", NO),
    w("judge", H, "Judge", JUD),
    w("justice", Q, "Justice", NO),
    g(w("king", H, "King", GOV), M),
    w("labor", Q, "Labor", NO),
    w("labour", Q, "Labour", NO),
    g(w("lady", O, "Lady", NO), F),
    full(w("leader", H, "Leader", GOV)),
    w("lieutenant", H, "Lieutenant", MIL),
    g(w("lord", O, "Lord", NO), M),
    w("lt", H, "Lieutenant", MIL),
    full(w("maj", H, "Major", MIL)),
    full(w("major", H, "Major", MIL)),
    w("majority", Q, "Majority", NO),
    w("mayor", H, "Mayor", GOV),
    w("minister", H, "Minister", GOV),
    w("minority", Q, "Minority", NO),
    g(w("miss", O, "Miss", NO), F),
    g(w("mr", O, "Mr", NO), M),
    g(w("mrs", O, "Mrs", NO), F),
    g(w("ms", O, "Ms", NO), F),
    w("national", Q, "National", NO),
    w("negotiator", H, "Negotiator", GOV),
    w("opposition", Q, "Opposition", NO),
    g(w("pope", H, "Pope", REL), M),
    w("premier", H, "Premier", GOV),
    w("president", H, "President", GOV),
    w("prime", Q, "Prime", NO),
    g(w("prince", H, "Prince", GOV), M),
    g(w("princess", H, "Princess", GOV), F),
    w("prosecutor", H, "Prosecutor", JUD),
    g(w("queen", H, "Queen", GOV), F),
    w("rep", H, "Representative", LEG),
    w("secretary", H, "Secretary", GOV),
    w("secretary-general", H, "Secretary-General", GOV),
    w("security", Q, "Security", NO),
    w("sen", H, "Senator", LEG),
    w("senator", H, "Senator", LEG),
    w("sgt", H, "Sergeant", MIL),
    w("shadow", Q, "Shadow", NO),
    g(w("sheikh", H, "Sheikh", NO), M),
    g(w("sir", O, "Sir", NO), M),
    w("solicitor", Q, "Solicitor", NO),
    full(w("speaker", H, "Speaker", LEG)),
    g(w("spokesman", H, "Spokesman", NO), M),
    w("spokesperson", H, "Spokesperson", NO),
    g(w("spokeswoman", H, "Spokeswoman", NO), F),
    w("state", Q, "State", NO),
    g(w("sultan", H, "Sultan", GOV), M),
    w("supreme", Q, "Supreme", NO),
    w("trade", Q, "Trade", NO),
    w("transport", Q, "Transport", NO),
    w("treasury", Q, "Treasury", NO),
    w("under-secretary", H, "Under-Secretary", GOV),
    w("vice", Q, "Vice", NO),
    w("vice-president", H, "Vice-President", GOV),
];

/// The title word `word` is (any case, with or without a final dot), if any.
///
/// ```
/// use kgraph::lang::en::titles::{title_word, Part};
/// assert_eq!(title_word("Sen").map(|t| t.display), Some("Senator"));
/// assert_eq!(title_word("Minister").map(|t| t.part), Some(Part::Head));
/// assert!(title_word("Scholz").is_none());
/// ```
pub fn title_word(word: &str) -> Option<&'static TitleWord> {
    title_index(word).map(|i| &TITLE_WORDS[i])
}

/// The longest title word, in bytes.
const LONGEST: usize = 17;

/// For each letter a–z, the range of [`TITLE_WORDS`] that starts with it.
static BY_LETTER: Lazy<[(usize, usize); 26]> = Lazy::new(|| {
    let mut out = [(0, 0); 26];
    for (k, slot) in out.iter_mut().enumerate() {
        let c = b'a' + k as u8;
        let s = TITLE_WORDS.partition_point(|t| t.word.as_bytes()[0] < c);
        let e = TITLE_WORDS.partition_point(|t| t.word.as_bytes()[0] <= c);
        *slot = (s, e);
    }
    out
});

/// The row of [`TITLE_WORDS`] that `word` is (any case, with or without a final dot): most
/// words are refused on their first letter or their length, without a search.
pub fn title_index(word: &str) -> Option<usize> {
    let word = word.strip_suffix('.').unwrap_or(word);
    let first = word.as_bytes().first()?.to_ascii_lowercase();
    if word.len() < 2 || word.len() > LONGEST || !first.is_ascii_lowercase() {
        return None;
    }
    let (s, e) = BY_LETTER[usize::from(first - b'a')];
    TITLE_WORDS[s..e]
        .binary_search_by(|t| super::shapes::cmp_lower(t.word, word))
        .ok()
        .map(|i| s + i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_and_lower_case() {
        for pair in TITLE_WORDS.windows(2) {
            assert!(
                pair[0].word < pair[1].word,
                "{} before {}",
                pair[0].word,
                pair[1].word
            );
        }
        assert!(TITLE_WORDS.iter().all(|t| t.word == t.word.to_lowercase()));
        assert!(TITLE_WORDS.iter().all(|t| t.word.len() <= LONGEST));
        for (i, t) in TITLE_WORDS.iter().enumerate() {
            assert_eq!(title_index(&t.word.to_uppercase()), Some(i), "{}", t.word);
        }
    }
}

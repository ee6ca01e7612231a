//! English closed-class words the extraction rules look at: auxiliaries, negators, prepositions,
//! pronouns, clause openers and speech verbs. Grammar, not lexicon: users never edit these.

use crate::model::Gender;

/// The role a word can play in the extraction rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Word {
    Be,
    Have,
    Do,
    /// would, could, may, might, should, can, will, must.
    Modal,
    /// not, never, n't (the `t` after `n'`), no.
    Negator,
    /// Verbs that take their own relation off the table: "refused", "declined", "failed", "denied".
    NegatingVerb,
    /// Verbs of saying: the clause after them is reported speech.
    Speech,
    /// who, whom, which, whose.
    Relative,
    That,
    And,
    Or,
    But,
    /// Subordinating conjunctions that open a new clause.
    Subordinator,
    Prep(Prep),
    Determiner,
    /// Personal pronoun as subject (he, she) or object (him, her).
    Pronoun(Gender),
    /// Possessive pronoun (his, her).
    PossessivePronoun(Gender),
    /// "each" in "each other", "one" in "one another".
    Reciprocal,
    /// Verbs whose object noun carries the relation: "held talks", "made a proposal".
    Support,
    /// Words such as "plans", "intention" that make a following relation unrealised when negated.
    Plan,
}

/// Prepositions, grouped by what they do to a following mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Prep {
    /// in, at, near, inside, outside: a place where something happens.
    Location,
    By,
    With,
    To,
    For,
    Between,
    From,
    Of,
    On,
    Against,
    /// during, after, before, over, about, into, …: neither agent nor object.
    Other,
}

/// Classifies an ASCII lower-case word.
pub fn classify(w: &str) -> Option<Word> {
    use Word::*;
    Some(match w {
        "is" | "are" | "was" | "were" | "be" | "been" | "being" | "am" => Be,
        "has" | "have" | "had" | "having" => Have,
        "do" | "does" | "did" => Do,
        "would" | "could" | "may" | "might" | "should" | "can" | "will" | "must" | "shall" => Modal,
        "not" | "never" | "no" | "t" | "cannot" | "neither" | "nor" => Negator,
        "refused" | "refuses" | "refuse" | "declined" | "declines" | "decline" | "failed" | "fails"
        | "fail" | "denied" | "denies" | "deny" | "unwilling" | "unable" => NegatingVerb,
        "said" | "says" | "say" | "saying" | "added" | "adds" | "noted" | "notes" | "stated" | "states"
        | "insisted" | "insists" | "confirmed" | "confirms" | "announced" | "announces" | "wrote"
        | "writes" | "stressed" | "stresses" | "according" | "reported" | "reports" | "believes"
        | "believed" | "claimed" | "claims" | "argued" | "argues" | "asserted" | "asserts" | "explained"
        | "recalled" | "quoted" | "tweeted" | "declared" | "suggested" | "thinks" | "think" | "thought"
        | "knew" | "know" | "expected" | "hoped" | "feared" | "ensure" | "see" => Speech,
        "who" | "whom" | "which" | "whose" => Relative,
        "that" => That,
        "and" | "&" => And,
        "or" => Or,
        "but" | "yet" | "however" | "although" | "though" | "whereas" => But,
        "if" | "when" | "while" | "because" | "since" | "until" | "unless" | "as" | "where" | "whether"
        | "so" | "once" | "after" | "before" => Subordinator,
        "in" | "at" | "near" | "inside" | "outside" | "within" | "across" | "throughout" => {
            Prep(self::Prep::Location)
        }
        "by" => Prep(self::Prep::By),
        "with" => Prep(self::Prep::With),
        "to" | "toward" | "towards" => Prep(self::Prep::To),
        "for" => Prep(self::Prep::For),
        "between" | "among" => Prep(self::Prep::Between),
        "from" => Prep(self::Prep::From),
        "of" => Prep(self::Prep::Of),
        "on" | "upon" => Prep(self::Prep::On),
        "against" => Prep(self::Prep::Against),
        "during" | "over" | "about" | "into" | "under" | "through" | "despite" | "without" | "amid"
        | "like" | "including" | "via" | "than" | "beyond" | "around" | "off" => Prep(self::Prep::Other),
        "the" | "a" | "an" | "this" | "these" | "those" | "any" | "some" | "its" | "their" | "our" | "my"
        | "your" | "every" | "all" | "both" | "several" | "two" => Determiner,
        "he" | "him" | "himself" => Pronoun(Gender::Male),
        "she" | "herself" => Pronoun(Gender::Female),
        "his" => PossessivePronoun(Gender::Male),
        "her" => PossessivePronoun(Gender::Female),
        "each" | "another" => Reciprocal,
        "held" | "hold" | "holds" | "holding" | "made" | "make" | "makes" | "making" | "gave" | "give"
        | "gives" | "offered" | "offer" | "offers" | "delivered" | "presented" | "conveyed" | "extended"
        | "issued" | "sent" | "attended" | "began" | "begin" | "opened" | "launched" | "continued"
        | "continue" | "resumed" | "sought" | "seeking" | "welcomed" | "welcome" | "accepted" | "accept"
        | "considering" | "consider" | "considered" | "planned" | "repeated" | "renewed" | "received"
        | "providing" | "provide" | "provides" | "provided" | "advanced" | "present" => Support,
        "plans" | "plan" | "intention" | "intentions" | "efforts" | "effort" => Plan,
        _ => return None,
    })
}

/// Whether a support verb turns its object noun into something the subject does not do
/// ("rejected talks" is handled by the trigger "rejected"; these keep the noun positive).
pub fn support_keeps_polarity(w: &str) -> bool {
    !matches!(
        w,
        "considering" | "consider" | "considered" | "sought" | "seeking" | "planned"
    )
}

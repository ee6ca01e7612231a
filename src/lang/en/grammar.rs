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
    /// "it" as the subject of a clause: the country or organisation it continues (never an
    /// object, which is most often a thing, and never "it is clear").
    It,
    /// "each" in "each other", "one" in "one another".
    Reciprocal,
    /// they, them, themselves: the actors of a coordination named before.
    Plural,
    /// "the two leaders", "both countries": the two actors named before, of the kind it says.
    Pair(PairOf),
    /// Verbs whose object noun carries the relation: "held talks", "made a proposal".
    Support,
    /// Words such as "plans", "intention" that make a following relation unrealised when negated.
    Plan,
}

/// What kind of actors a pair noun ("the two leaders", "both countries") refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PairOf {
    Persons,
    /// Countries, governments and organisations.
    States,
    Any,
}

/// Plural nouns that, after "the two" or "both", refer to the two actors named before.
pub const PAIR_NOUNS: &[(&str, PairOf)] = &[
    ("leaders", PairOf::Persons),
    ("men", PairOf::Persons),
    ("women", PairOf::Persons),
    ("ministers", PairOf::Persons),
    ("presidents", PairOf::Persons),
    ("premiers", PairOf::Persons),
    ("diplomats", PairOf::Persons),
    ("envoys", PairOf::Persons),
    ("politicians", PairOf::Persons),
    ("rivals", PairOf::Any),
    ("sides", PairOf::Any),
    ("parties", PairOf::Any),
    ("allies", PairOf::Any),
    ("countries", PairOf::States),
    ("nations", PairOf::States),
    ("governments", PairOf::States),
    ("states", PairOf::States),
    ("neighbours", PairOf::States),
    ("neighbors", PairOf::States),
];

/// Nouns that count or group what follows "of": "several rounds of sanctions", "a package of
/// measures". A trigger noun after them is still governed by the verb before them.
pub const PARTITIVES: &[&str] = &[
    "round", "rounds", "package", "packages", "wave", "waves", "series", "set", "sets", "raft", "batch",
    "batches", "slew", "number", "host", "range", "string", "flurry", "spate", "tranche", "tranches", "list",
    "lists", "kind", "type", "form",
];

/// Irregular past tenses, which start a clause after its subject ("suggested Germany saw").
pub const IRREGULAR_PAST: &[&str] = &[
    "saw", "thought", "knew", "took", "went", "came", "gave", "got", "felt", "became", "left", "kept",
    "brought", "began", "ran", "won", "lost", "spent", "meant", "found", "stood", "sought", "fought",
    "bought", "paid", "wrote", "drew", "grew", "threw", "chose", "rose", "fell", "broke", "spoke", "stole",
    "forgot",
];

/// Whether a lower-case word reads as a past tense: regular ("wanted") or irregular ("saw").
pub fn is_past_tense(w: &str) -> bool {
    let regular = w.len() > 4 && w.ends_with("ed") && !w.ends_with("eed");
    regular || IRREGULAR_PAST.iter().any(|p| w.eq_ignore_ascii_case(p))
}

/// Phrases before an event noun that make it anticipated, not held: "looking forward to talks".
pub const ANTICIPATION: &[&str] = &[
    "looking forward to",
    "look forward to",
    "looks forward to",
    "looked forward to",
    "hoping for",
    "hopes for",
    "hoped for",
    "hope for",
];

/// Verbs that deny the clause after them ("denied that Russia had ...").
pub const DENYING_VERBS: &[&str] = &[
    "denied",
    "denies",
    "deny",
    "denying",
    "dismissed",
    "dismisses",
    "dismiss",
    "rejected",
    "rejects",
    "refuted",
    "refutes",
    "disputed",
    "disputes",
];

/// Nouns for a claim that a denying verb can govern: "dismissed reports that ...".
pub const CLAIM_NOUNS: &[&str] = &[
    "report",
    "reports",
    "claim",
    "claims",
    "allegation",
    "allegations",
    "suggestion",
    "suggestions",
    "rumour",
    "rumours",
    "rumor",
    "rumors",
    "speculation",
    "accusation",
    "accusations",
    "charge",
    "charges",
    "assertion",
    "assertions",
];

/// Verbs after which "it" is no actor: "it seems", "it emerged that".
pub const EXPLETIVE_VERBS: &[&str] = &[
    "seems", "seemed", "appears", "appeared", "emerged", "remains", "remained", "matters", "mattered",
    "happened", "rained", "took", "takes", "makes", "made", "means", "meant",
];

/// The preposition of what absorbs: "Crimea's absorption into Russia".
pub const INTO: &[&str] = &["into"];

/// Nouns for a person that a name in apposition may follow: "his counterpart, Sergei Lavrov,".
pub const PERSON_NOUNS: &[&str] = &[
    "counterpart",
    "colleague",
    "host",
    "ally",
    "rival",
    "predecessor",
    "successor",
    "deputy",
    "envoy",
    "minister",
    "president",
    "chancellor",
    "secretary",
    "premier",
];

/// The articles: a verb right after one is a noun or an adjective ("a press conference").
pub const ARTICLES: &[&str] = &["a", "an", "the"];

/// Units an amount is counted in before "in": "$200 million in aid".
pub const AMOUNTS: &[&str] = &["million", "billion", "trillion", "dollars", "euros", "pounds"];

/// The words before a pair noun: "the two leaders", "both leaders".
pub const PAIR_COUNTS: &[&str] = &["two", "both"];

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
        "it" => It,
        "his" => PossessivePronoun(Gender::Male),
        "her" => PossessivePronoun(Gender::Female),
        "each" | "another" => Reciprocal,
        "they" | "them" | "themselves" => Plural,
        "held" | "hold" | "holds" | "holding" | "made" | "make" | "makes" | "making" | "gave" | "give"
        | "gives" | "offered" | "offer" | "offers" | "delivered" | "presented" | "conveyed" | "extended"
        | "issued" | "sent" | "attended" | "began" | "begin" | "opened" | "launched" | "continued"
        | "continue" | "resumed" | "sought" | "seeking" | "welcomed" | "welcome" | "accepted" | "accept"
        | "considering" | "consider" | "considered" | "planned" | "repeated" | "renewed" | "received"
        | "providing" | "provide" | "provides" | "provided" | "advanced" | "present" | "impose"
        | "imposes" | "imposed" | "imposing" | "slapped" | "slap" | "slaps" | "levied" | "levy" => Support,
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

/// A trigger word that is an adverb or particle in some company, not the relation it names:
/// "went back on a pledge", "sent the envoys back to Moscow", "backed down" are not *supported*.
pub struct Particle {
    /// The trigger's forms this applies to.
    pub forms: &'static [&'static str],
    /// Verbs right before it that make it a particle.
    pub after: &'static [&'static str],
    /// Words right after it that make it a particle (or a retreat).
    pub before: &'static [&'static str],
}

pub const PARTICLES: &[Particle] = &[Particle {
    forms: &["back", "backs", "backed", "backing"],
    after: &[
        "go", "goes", "going", "went", "gone", "come", "comes", "coming", "came", "send", "sends", "sending",
        "sent", "bring", "brings", "bringing", "brought", "get", "gets", "getting", "got", "turn", "turns",
        "turning", "turned", "fight", "fights", "fighting", "fought", "pull", "pulls", "pulling", "pulled",
        "step", "steps", "stepping", "stepped", "roll", "rolls", "rolling", "rolled", "scale", "scales",
        "scaling", "scaled", "cut", "cuts", "cutting", "push", "pushes", "pushing", "pushed", "pay", "pays",
        "paying", "paid", "give", "gives", "giving", "gave", "given", "hold", "holds", "holding", "held",
        "look", "looks", "looking", "looked", "fly", "flies", "flying", "flew", "flown", "head", "heads",
        "heading", "headed", "move", "moves", "moving", "moved", "way", "ways",
    ],
    before: &[
        "down", "off", "away", "out", "up", "to", "from", "on", "into", "onto", "home", "in", "at", "again",
    ],
}];

/// Whether the trigger word `word` (lower case) is a particle between the words `prev` and
/// `next` (any case; empty at a sentence edge).
pub fn is_particle(prev: &str, word: &str, next: &str) -> bool {
    let among = |w: &str, list: &[&str]| list.iter().any(|x| w.eq_ignore_ascii_case(x));
    PARTICLES
        .iter()
        .any(|p| p.forms.contains(&word) && (among(prev, p.after) || among(next, p.before)))
}

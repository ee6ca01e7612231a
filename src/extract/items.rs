//! Turns one sentence into a sequence of items the rules walk over: each tagged mention is one
//! item, each other word or punctuation mark one item, with its grammatical class looked up once.

use crate::dict::gazetteer::Agents;
use crate::dict::lexicon::{Lexicon, Pos, VerbForm};
use crate::lang::en::grammar::{self, Word};
use crate::model::RelationIx;
use crate::tag::{Mention, Target};

/// What an item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A tagged mention: index into the document's mentions.
    Mention(usize),
    /// A closed-class word.
    Word(Word),
    /// A relation trigger; `verb` and `noun` are the readings the lexicon allows.
    Trigger {
        verb: Option<(RelationIx, VerbForm)>,
        noun: Option<RelationIx>,
        word: Option<Word>,
    },
    /// Any other word; `cap` when it starts with an upper-case letter, `num` when a number.
    Other {
        cap: bool,
        num: bool,
    },
    Punct(u8),
}

impl Kind {
    /// The kind as `explain` shows it to a person: "trigger met (verb, past)", "preposition
    /// (place)"; relations by name.
    pub fn describe(self, lex: &Lexicon) -> String {
        let rel = |r: RelationIx| lex.relation(r).name.clone();
        match self {
            Kind::Mention(_) => "actor".to_string(),
            Kind::Word(w) => describe_word(w),
            Kind::Trigger { verb, noun, word } => {
                let mut readings = Vec::new();
                if let Some((r, form)) = verb {
                    let form = form_name(form);
                    readings.push(format!("{} (verb, {form})", rel(r)));
                }
                if let Some(r) = noun {
                    readings.push(format!("{} (noun)", rel(r)));
                }
                if let Some(w) = word {
                    readings.push(format!("or {}", describe_word(w)));
                }
                format!("trigger {}", readings.join(" / "))
            }
            Kind::Other { num: true, .. } => "number".to_string(),
            Kind::Other { cap: true, .. } => "capitalised word".to_string(),
            Kind::Other { .. } => "word".to_string(),
            Kind::Punct(_) => "punctuation".to_string(),
        }
    }
}

/// A verb form as `explain` names it.
pub fn form_name(form: VerbForm) -> &'static str {
    match form {
        VerbForm::Base => "base",
        VerbForm::ThirdSingular => "3rd person",
        VerbForm::Past => "past",
        VerbForm::Gerund => "-ing",
    }
}

/// A closed-class word as `explain` names it, with what it does to a relation.
fn describe_word(w: Word) -> String {
    use crate::lang::en::grammar::Prep;
    let s = match w {
        Word::Be => "auxiliary be",
        Word::Have => "auxiliary have",
        Word::Do => "auxiliary do",
        Word::Modal => "modal (hedges the verb)",
        Word::Negator => "negation",
        Word::NegatingVerb => "negating verb (denies what follows)",
        Word::Speech => "verb of saying (reported speech follows)",
        Word::Relative => "relative pronoun",
        Word::That => "that",
        Word::And => "and",
        Word::Or => "or",
        Word::But => "but",
        Word::Subordinator => "subordinator (a new clause)",
        Word::Prep(p) => match p {
            Prep::Location => "preposition (place)",
            Prep::By => "preposition by (agent)",
            Prep::With => "preposition with",
            Prep::To => "preposition to",
            Prep::For => "preposition for",
            Prep::Between => "preposition between",
            Prep::From => "preposition from",
            Prep::Of => "preposition of",
            Prep::On => "preposition on",
            Prep::Against => "preposition against",
            Prep::Other => "preposition",
        },
        Word::Determiner => "determiner",
        Word::Pronoun(crate::model::Gender::Male) => "pronoun (he/him)",
        Word::Pronoun(crate::model::Gender::Female) => "pronoun (she/her)",
        Word::PossessivePronoun(_) => "possessive pronoun",
        Word::It => "pronoun (it)",
        Word::Reciprocal => "reciprocal (each other)",
        Word::Plural => "plural pronoun (they/them)",
        Word::Pair(_) => "pair noun (the two ...)",
        Word::Support => "support verb (its noun carries the relation)",
        Word::Plan => "plan word (unrealised when negated)",
    };
    s.to_string()
}

/// One item: its byte range in the document and its class.
#[derive(Debug, Clone, Copy)]
pub struct Item {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
}

/// A word or punctuation mark: its byte range in the document.
type Token = (usize, usize);

/// Builds the items of the sentence `text[range]`, given the document's mentions that lie in it;
/// returns whether the sentence reads as a headline.
pub fn build(
    text: &str,
    range: std::ops::Range<usize>,
    mentions: &[Mention],
    first_mention: usize,
    lex: &Lexicon,
    agents: &Agents,
    items: &mut Vec<Item>,
) -> bool {
    items.clear();
    let toks = tokenize(text, range);
    let words = Words {
        text,
        toks: &toks,
        headline: is_headline(text, &toks),
    };
    let mut mi = first_mention;
    let mut t = 0;
    let mut lower = [0u8; 40];
    while t < toks.len() {
        let s = toks[t].0;
        while mi < mentions.len() && mentions[mi].end <= s {
            mi += 1;
        }
        if mi < mentions.len() && mentions[mi].start <= s && s < mentions[mi].end {
            t = words.mention(t, (mentions[mi], mentions.get(mi + 1)), mi, agents, items);
            mi += 1;
            continue;
        }
        t += words.word(t, lex, &mut lower, items);
    }
    join_pairs(text, items);
    words.headline
}

/// Makes "the two leaders" and "both countries" one item, a [`Word::Pair`] that coreference
/// resolves to the two actors named before.
fn join_pairs(text: &str, items: &mut Vec<Item>) {
    let word = |it: &Item| &text[it.start..it.end];
    let mut out = 0;
    let mut k = 0;
    while k < items.len() {
        let pair = match (items[k].kind, items.get(k + 1)) {
            (Kind::Word(Word::Determiner), Some(next))
                if grammar::PAIR_COUNTS
                    .iter()
                    .any(|c| word(&items[k]).eq_ignore_ascii_case(c)) =>
            {
                grammar::PAIR_NOUNS
                    .iter()
                    .find(|(n, _)| matches!(next.kind, Kind::Other { cap: false, .. }) && word(next) == *n)
                    .map(|&(_, of)| of)
            }
            _ => None,
        };
        let Some(of) = pair else {
            items[out] = items[k];
            out += 1;
            k += 1;
            continue;
        };
        // "the two leaders": the article joins the pair
        let the = out > 0
            && matches!(items[out - 1].kind, Kind::Word(Word::Determiner))
            && word(&items[out - 1]).eq_ignore_ascii_case("the");
        let start = if the {
            out -= 1;
            items[out].start
        } else {
            items[k].start
        };
        items[out] = Item {
            start,
            end: items[k + 1].end,
            kind: Kind::Word(Word::Pair(of)),
        };
        out += 1;
        k += 2;
    }
    items.truncate(out);
}

/// Splits a sentence into words (letters and digits, "3.5" whole) and single punctuation marks.
fn tokenize(text: &str, range: std::ops::Range<usize>) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut toks = Vec::new();
    let mut i = range.start;
    while i < range.end {
        let c = char_at(text, i);
        let len = c.len_utf8();
        if c.is_alphanumeric() {
            let s = i;
            while i < range.end {
                let c = char_at(text, i);
                if c.is_alphanumeric() {
                    i += c.len_utf8();
                } else if c == '.'
                    && i + 1 < range.end
                    && bytes[i + 1].is_ascii_digit()
                    && s < i
                    && bytes[i - 1].is_ascii_digit()
                {
                    i += 1; // 3.5
                } else {
                    break;
                }
            }
            toks.push((s, i));
        } else {
            if !c.is_whitespace() {
                toks.push((i, i + len));
            }
            i += len;
        }
    }
    toks
}

/// The character at byte `i` (a character boundary), read without decoding when it is ASCII.
#[inline]
fn char_at(text: &str, i: usize) -> char {
    match text.as_bytes().get(i) {
        Some(&b) if b.is_ascii() => char::from(b),
        _ => text.get(i..).and_then(|t| t.chars().next()).unwrap_or(' '),
    }
}

/// A headline in capitals or title case: most words start with an upper-case letter.
fn is_headline(text: &str, toks: &[Token]) -> bool {
    let (mut alpha, mut upper) = (0usize, 0usize);
    for &(s, _) in toks {
        let c = char_at(text, s);
        if c.is_alphabetic() {
            alpha += 1;
            upper += usize::from(c.is_uppercase());
        }
    }
    alpha >= 3 && upper * 10 > alpha * 6
}

/// The readings of a trigger phrase, and how many words it has after the first.
struct Readings {
    verb: Option<(RelationIx, VerbForm)>,
    noun: Option<RelationIx>,
    rest: usize,
}

/// The tokens of one sentence, read into items.
struct Words<'a> {
    text: &'a str,
    toks: &'a [Token],
    headline: bool,
}

impl Words<'_> {
    /// Pushes the item of the mention `m` (number `mi`) that starts at token `t`; returns the
    /// token after it. A demonym is an actor only with a role noun after it.
    /// "Russian and Ukrainian officials": a demonym coordinated with one that has its role noun
    /// acts too (`next` is the mention after `m`).
    fn mention(
        &self,
        mut t: usize,
        (m, next): (Mention, Option<&Mention>),
        mi: usize,
        agents: &Agents,
        items: &mut Vec<Item>,
    ) -> usize {
        let (text, toks) = (self.text, self.toks);
        let mut end = m.end;
        t += 1;
        while t < toks.len() && toks[t].0 < m.end {
            t += 1;
        }
        let agent = match m.target {
            Target::Demonym(_) => agents.longest(toks[t.min(toks.len())..].iter().map(|&(s, e)| &text[s..e])),
            _ => None,
        };
        let coordinated_demonym = || {
            let Some(next) = next.filter(|n| matches!(n.target, Target::Demonym(_))) else {
                return false;
            };
            let and = toks
                .get(t)
                .is_some_and(|&(s, e)| matches!(&text[s..e], "and" | "or"));
            let after = toks
                .iter()
                .position(|&(s, _)| s >= next.end)
                .unwrap_or(toks.len());
            and && toks.get(t + 1).is_some_and(|&(s, _)| s == next.start)
                && agents
                    .longest(toks[after..].iter().map(|&(s, e)| &text[s..e]))
                    .is_some()
        };
        if let Some((n, _)) = agent {
            // "Russian officials", "the Ukrainian foreign minister": the country acts
            end = toks[t + n - 1].1;
            t += n;
        } else if let Target::Demonym(_) = m.target
            && !coordinated_demonym()
        {
            // "Russian President": part of a title, not an actor
            items.push(Item {
                start: m.start,
                end,
                kind: Kind::Other {
                    cap: true,
                    num: false,
                },
            });
            return t;
        }
        if m.possessive {
            // absorb the "'s" or "'" that follows
            while t < toks.len() && toks[t].0 < m.end + 2 && matches!(&text[toks[t].0..toks[t].1], "'" | "s")
            {
                end = toks[t].1;
                t += 1;
            }
        }
        items.push(Item {
            start: m.start,
            end,
            kind: Kind::Mention(mi),
        });
        t
    }

    /// Pushes the item of the word or mark at token `t`: punctuation, a closed-class word, a
    /// trigger (of one or more words) or another word; returns how many tokens it took.
    fn word(&self, t: usize, lex: &Lexicon, lower: &mut [u8; 40], items: &mut Vec<Item>) -> usize {
        let (s, e) = self.toks[t];
        let word = &self.text[s..e];
        let first = char_at(self.text, s);
        if !first.is_alphanumeric() {
            items.push(Item {
                start: s,
                end: e,
                kind: Kind::Punct(if first.is_ascii() { first as u8 } else { b'?' }),
            });
            return 1;
        }
        let lw = to_lower(word, lower);
        let class = lw.and_then(grammar::classify);
        let mut kind = match class {
            Some(c) => Kind::Word(c),
            None => Kind::Other {
                cap: first.is_uppercase(),
                num: first.is_ascii_digit(),
            },
        };
        let mut span_end = e;
        let mut consumed = 1;
        if let Some(lw) = lw
            && let Some(r) = self.trigger(t, lw, lex)
            && !self.title_word(t, first)
            && !(r.rest == 0 && self.particle(t, lw))
        {
            consumed = r.rest + 1;
            span_end = self.toks[t + r.rest].1;
            kind = Kind::Trigger {
                verb: r.verb,
                noun: r.noun,
                word: class,
            };
        }
        items.push(Item {
            start: s,
            end: span_end,
            kind,
        });
        consumed
    }

    /// The verb and noun readings of the longest trigger starting at token `t` (lower-case
    /// `lw`), with the number of words after the first.
    fn trigger(&self, t: usize, lw: &str, lex: &Lexicon) -> Option<Readings> {
        let mut verb = None;
        let mut noun = None;
        let mut best_len = 0usize;
        for f in lex.lookup(lw) {
            let n = f.rest.len();
            if n < best_len || !rest_matches(self.text, &self.toks[t + 1..], &f.rest) {
                continue;
            }
            if n > best_len {
                best_len = n;
                verb = None;
                noun = None;
            }
            match f.pos {
                Pos::Verb(vf) => verb = verb.or(Some((f.rel, vf))),
                Pos::Noun => noun = noun.or(Some(f.rel)),
            }
        }
        (verb.is_some() || noun.is_some()).then_some(Readings {
            verb,
            noun,
            rest: best_len,
        })
    }

    /// Whether the one-word trigger `lw` at token `t` is a particle here ("went back on").
    fn particle(&self, t: usize, lw: &str) -> bool {
        let tok = |k: Option<usize>| {
            k.and_then(|k| self.toks.get(k))
                .map_or("", |&(s, e)| &self.text[s..e])
        };
        grammar::is_particle(tok(t.checked_sub(1)), lw, tok(Some(t + 1)))
    }

    /// A capitalised word inside a run of capitalised words, outside a headline: part of a
    /// title or name ("Foreign Minister"), not a trigger.
    fn title_word(&self, t: usize, first: char) -> bool {
        !self.headline
            && t > 0
            && first.is_uppercase()
            && self
                .toks
                .get(t + 1)
                .is_some_and(|&(s, _)| self.text[s..].starts_with(|c: char| c.is_uppercase()))
    }
}

fn rest_matches(text: &str, toks: &[Token], rest: &[Box<str>]) -> bool {
    rest.len() <= toks.len()
        && rest
            .iter()
            .zip(toks)
            .all(|(w, &(s, e))| text[s..e].eq_ignore_ascii_case(w))
}

/// Lower-cases an ASCII word into `buf`; `None` for non-ASCII or over-long words (never triggers).
fn to_lower<'b>(word: &str, buf: &'b mut [u8; 40]) -> Option<&'b str> {
    if word.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    for (d, b) in buf.iter_mut().zip(word.bytes()) {
        *d = b.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..word.len()]).ok()
}

/// The entity target of a mention item, if it is one.
pub fn target(items: &[Item], mentions: &[Mention], i: usize) -> Option<Target> {
    match items.get(i)?.kind {
        Kind::Mention(m) => Some(mentions[m].target),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::check;

    /// "back" after a verb of motion or before a particle is no support; a verb "back" still is.
    #[test]
    fn particle_table() {
        check(&[
            ("Russia went back on a pledge to Ukraine.", &[]),
            ("Putin sent the envoys back to Ukraine.", &[]),
            ("Merkel backed down on Ukraine.", &[]),
            ("Merkel backed away from Putin.", &[]),
            ("Merkel backed Ukraine.", &["merkel supported ukraine"]),
            ("Ukraine is backed by Russia.", &["russia supported ukraine"]),
            ("Russia will back Ukraine.", &["russia ?supported ukraine"]),
            ("Trump said he would back Merkel.", &["trump ?supported merkel"]),
        ]);
    }
}

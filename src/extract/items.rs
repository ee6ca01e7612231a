//! Turns one sentence into a sequence of items the rules walk over: each tagged mention is one
//! item, each other word or punctuation mark one item, with its grammatical class looked up once.

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

/// One item: its byte range in the document and its class.
#[derive(Debug, Clone, Copy)]
pub struct Item {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
}

/// Builds the items of the sentence `text[range]`, given the document's mentions that lie in it.
pub fn build(
    text: &str,
    range: std::ops::Range<usize>,
    mentions: &[Mention],
    first_mention: usize,
    lex: &Lexicon,
    agents: &crate::dict::gazetteer::Agents,
    items: &mut Vec<Item>,
) {
    items.clear();
    let bytes = text.as_bytes();
    let mut toks: Vec<(usize, usize)> = Vec::new();
    let mut i = range.start;
    while i < range.end {
        let c = text[i..].chars().next().unwrap_or(' ');
        let len = c.len_utf8();
        if c.is_alphanumeric() {
            let s = i;
            while i < range.end {
                let c = text[i..].chars().next().unwrap_or(' ');
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
    let alpha: Vec<bool> = toks
        .iter()
        .filter_map(|&(s, _)| {
            text[s..]
                .chars()
                .next()
                .filter(|c| c.is_alphabetic())
                .map(char::is_uppercase)
        })
        .collect();
    let headline = alpha.len() >= 3 && alpha.iter().filter(|&&c| c).count() * 10 > alpha.len() * 6;
    let mut mi = first_mention;
    let mut t = 0;
    let mut lower = [0u8; 40];
    while t < toks.len() {
        let (s, e) = toks[t];
        while mi < mentions.len() && mentions[mi].end <= s {
            mi += 1;
        }
        if mi < mentions.len() && mentions[mi].start <= s && s < mentions[mi].end {
            let m = mentions[mi];
            let mut end = m.end;
            t += 1;
            while t < toks.len() && toks[t].0 < m.end {
                t += 1;
            }
            let agent = match m.target {
                Target::Demonym(_) => {
                    agents.longest(toks[t.min(toks.len())..].iter().map(|&(s, e)| &text[s..e]))
                }
                _ => None,
            };
            if let Some((n, _)) = agent {
                // "Russian officials", "the Ukrainian foreign minister": the country acts
                end = toks[t + n - 1].1;
                t += n;
            } else if let Target::Demonym(_) = m.target {
                // "Russian President": part of a title, not an actor
                items.push(Item {
                    start: m.start,
                    end,
                    kind: Kind::Other {
                        cap: true,
                        num: false,
                    },
                });
                mi += 1;
                continue;
            }
            if m.possessive {
                // absorb the "'s" or "'" that follows
                while t < toks.len()
                    && toks[t].0 < m.end + 2
                    && matches!(&text[toks[t].0..toks[t].1], "'" | "s")
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
            mi += 1;
            continue;
        }
        let word = &text[s..e];
        let first = word.chars().next().unwrap_or(' ');
        if !first.is_alphanumeric() {
            items.push(Item {
                start: s,
                end: e,
                kind: Kind::Punct(if first.is_ascii() { first as u8 } else { b'?' }),
            });
            t += 1;
            continue;
        }
        let lw = to_lower(word, &mut lower);
        let class = lw.and_then(grammar::classify);
        let mut kind = Kind::Other {
            cap: first.is_uppercase(),
            num: first.is_ascii_digit(),
        };
        if let Some(c) = class {
            kind = Kind::Word(c);
        }
        let mut span_end = e;
        let mut consumed = 1;
        if let Some(lw) = lw {
            let mut verb = None;
            let mut noun = None;
            let mut best_len = 0usize;
            for f in lex.lookup(lw) {
                let n = f.rest.len();
                if n < best_len || !rest_matches(text, &toks[t + 1..], &f.rest) {
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
            let title_word = !headline
                && t > 0
                && first.is_uppercase()
                && toks
                    .get(t + 1)
                    .is_some_and(|&(s, _)| text[s..].starts_with(|c: char| c.is_uppercase()));
            if (verb.is_some() || noun.is_some()) && !title_word {
                consumed = best_len + 1;
                span_end = toks[t + best_len].1;
                kind = Kind::Trigger {
                    verb,
                    noun,
                    word: class,
                };
            }
        }
        items.push(Item {
            start: s,
            end: span_end,
            kind,
        });
        t += consumed;
    }
}

fn rest_matches(text: &str, toks: &[(usize, usize)], rest: &[Box<str>]) -> bool {
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

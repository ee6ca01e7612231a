//! The sentence walker: builds each sentence's items and resolves its mentions and pronouns, in
//! document order, for extraction and for `explain`.

use super::actors::Actors;
use super::coref::{Coref, Plurals};
use super::items::{self, Item};
use super::phrases::Phrases;
use super::sentence::Sentence;
use crate::dict::lexicon::Lexicon;
use crate::model::{Date, EntityIx};
use crate::tag::Mention;

/// What a sentence's phrases are while they are being read.
static NO_PHRASES: Phrases = Phrases {
    nouns: Vec::new(),
    verbs: Vec::new(),
    clauses: Vec::new(),
};

/// Walks a document's sentences in order: builds each one's items and resolves its mentions
/// and pronouns, carrying coreference from sentence to sentence.
pub(super) struct Walker<'x, 'g> {
    actors: Actors<'g>,
    lexicon: &'g Lexicon,
    text: &'x str,
    mentions: &'x [Mention],
    coref: Coref<'g>,
    pub(super) items: Vec<Item>,
    pub(super) ents: Vec<Option<EntityIx>>,
    /// The sentence's plural anaphors ("they", "the two leaders") and whom they stand for.
    pub(super) plurals: Plurals,
    /// Whether the current sentence reads as a headline ("Abe, Modi discuss trade").
    pub(super) headline: bool,
    /// The current sentence's phrases.
    phrases: Phrases,
    /// The first mention not before the current sentence.
    next: usize,
}

impl<'x, 'g> Walker<'x, 'g> {
    pub(super) fn new(
        (actors, lexicon): (Actors<'g>, &'g Lexicon),
        text: &'x str,
        mentions: &'x [Mention],
        date: Option<Date>,
    ) -> Self {
        Walker {
            actors,
            lexicon,
            text,
            mentions,
            coref: Coref::new(actors, date),
            items: Vec::new(),
            ents: Vec::new(),
            plurals: Vec::new(),
            headline: false,
            phrases: Phrases::default(),
            next: 0,
        }
    }

    /// Prepares the sentence at `range` (sentences must come in order). With `skip`, a sentence
    /// that cannot hold a relation — no name in it, fewer than two people and no group to refer
    /// back to — is left unbuilt and `false` returned.
    pub(super) fn prepare(&mut self, range: std::ops::Range<usize>, skip: bool) -> bool {
        while self.next < self.mentions.len() && self.mentions[self.next].start < range.start {
            self.next += 1;
        }
        if skip {
            let named = self.mentions[self.next..]
                .iter()
                .take_while(|m| m.start < range.end)
                .count();
            if named == 0 && self.coref.prev_persons.len() < 2 && self.coref.group.len() < 2 {
                self.coref.pass_unread();
                return false;
            }
        }
        self.headline = items::build(
            self.text,
            range,
            self.mentions,
            self.next,
            self.lexicon,
            &self.actors.gaz.agents,
            &mut self.items,
        );
        self.coref.resolve(
            self.text,
            &self.items,
            self.mentions,
            &mut self.ents,
            &mut self.plurals,
        );
        let mut phrases = std::mem::take(&mut self.phrases);
        super::read_phrases::read(&mut phrases, &self.sentence_with(&NO_PHRASES));
        self.phrases = phrases;
        true
    }

    /// The current sentence, as the rules read it.
    pub(super) fn sentence(&self) -> Sentence<'_> {
        self.sentence_with(&self.phrases)
    }

    fn sentence_with<'s>(&'s self, phrases: &'s Phrases) -> Sentence<'s> {
        Sentence {
            items: &self.items,
            ents: &self.ents,
            plurals: &self.plurals,
            headline: self.headline,
            mentions: self.mentions,
            actors: self.actors,
            lex: self.lexicon,
            text: self.text,
            phrases,
        }
    }
}

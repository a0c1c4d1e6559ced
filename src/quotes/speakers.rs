//! Speakers of quotations: cue choice, quote kinds, name merging, pronouns, roles and floating quotes.

use std::collections::BTreeMap;

use crate::case;
use crate::fast_hash::{fnv_bytes, fnv_step, FastMap, FastSet, ProbeTable, FNV_OFFSET};

use super::cues::Cue;
use super::names::{Mention, MentionKind};
use crate::doc::Doc;
use super::marks::Quotation;
use super::reported::{self, Reported};
use crate::span::Span;
use crate::words::{self, lex, Gender};

/// What a quotation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum QuoteKind {
    /// Words someone said or wrote.
    Speech,
    /// A scare-quoted word or a title (“communist”, “60 Minutes”).
    Term,
    /// Reported speech without quotation marks: the content of "X said (that) C", "according to X, C".
    Indirect,
}

impl QuoteKind {
    /// The name used in the result: `"speech"`, `"term"` or `"indirect"`.
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Speech => "speech",
            QuoteKind::Term => "term",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// A quotation with its speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Quote {
    /// The whole quotation, marks included.
    pub span: Span,
    /// Each contiguous quoted stretch, marks included.
    pub parts: Vec<Span>,
    /// Speech or term.
    pub kind: QuoteKind,
    /// Index into [`crate::Analysis::speakers`].
    pub speaker: Option<usize>,
    /// The words near the quote naming its speaker.
    pub mention: Option<Span>,
    /// The attribution verb or phrase.
    pub cue: Option<Span>,
}

impl Quote {
    /// The quoted words without the marks. Parts that run on (a quote over paragraphs) are joined by
    /// a space; parts with words between them (a quote split around its cue) by " … ".
    pub fn text(&self, text: &str) -> String {
        let mut out = String::new();
        let mut previous_end = None;
        for part in &self.parts {
            let gap = previous_end.and_then(|end: usize| text.get(end..part.start()));
            let joiner = if gap.is_some_and(|g| !g.trim().is_empty()) { " … " } else { " " };
            previous_end = Some(part.end());
            let inner = part.slice(text).trim_start_matches(is_quote_mark).trim_end_matches(is_quote_mark).trim();
            if !inner.is_empty() {
                if !out.is_empty() {
                    out.push_str(joiner);
                }
                out.push_str(inner);
            }
        }
        out
    }
}

fn is_quote_mark(c: char) -> bool {
    matches!(c, '“' | '”' | '"' | '‘' | '’' | '\'' | '„' | '‚' | '«' | '»' | '‹' | '›' | '「' | '」' | '『' | '』')
}

/// A person or body that is quoted, named by the fullest form the text uses.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Speaker {
    /// "Zohran Mamdani", not "Mamdani"; a description ("a campaign spokesman") when no name is given.
    pub name: String,
    /// Where the text names this speaker (names, and the pronouns and roles resolved to them).
    pub mentions: Vec<Span>,
}

/// Words before a short quote that make it a term: called a “communist”.
#[rustfmt::skip]
const NAMING_WORDS: &[&str] = &[
    "called", "call", "calls", "calling", "dubbed", "dubs", "labeled", "labelled", "branded", "termed", "nicknamed",
    "titled", "entitled", "so-called", "word", "phrase", "term", "slogan", "known",
];

/// Articles between a naming word and the term: called a “communist”.
const ARTICLES: &[&str] = &["a", "an", "the", "him", "her", "them", "it", "his", "their"];

/// Finds the speaker of each quotation and merges quotes split around their cue.
pub fn attribute(doc: &Doc, quotations: Vec<Quotation>) -> (Vec<Quote>, Vec<Speaker>) {
    let tokens = &doc.tokens;
    let names = NameIndex::new(doc);
    let mut book = Book::default();

    // Token range of each quotation.
    let mut found: Vec<Found> = Vec::new();
    for q in quotations {
        let span = q.span();
        let first = tokens.partition_point(|t| t.span.start < span.start);
        let end = tokens.partition_point(|t| t.span.start < span.end);
        if !tokens[first..end].iter().any(|t| t.word) {
            continue;
        }
        found.push(Found { quote: q, first, last: end - 1, cue: None, kind: QuoteKind::Speech, subject: None });
    }

    for f in &mut found {
        let after = doc.after(f.last);
        let before = doc.before(f.first);
        f.cue = match (after, before) {
            (Some(a), _) if a.adjacent => Some(a),
            (_, Some(b)) if b.mention.is_some() => Some(b),
            (Some(a), _) => Some(a),
            (None, b) => doc.sentence_final(f.last).or(b),
        };
        f.subject = doc.sentence_subject(f.first, |m| names.is_person(doc, m));
        f.kind = kind_of(doc, f);
    }

    let found = merge_split_quotes(doc, found);
    let mut reported = reported::find_reported(doc).into_iter().peekable();

    let mut quotes = Vec::with_capacity(found.len());
    let mut last_speaker: Option<(usize, usize)> = None; // (entity, token where its quote ended)
    let mut last_mention: Option<Span> = None;
    for f in &found {
        // Reported speech before this quote, in text order, so that pronouns resolve as they are read.
        while let Some(r) = reported.next_if(|r| r.parts[0].first < f.first) {
            quotes.push(reported_quote(doc, &names, &mut book, r));
        }
        let mut quote = Quote {
            span: f.quote.span(),
            parts: f.quote.parts.clone(),
            kind: f.kind,
            speaker: None,
            mention: None,
            cue: None,
        };
        if f.kind == QuoteKind::Speech {
            if let Some(cue) = f.cue {
                quote.cue = Some(doc.span(cue.first, cue.end));
                // A cue whose subject was not found ("…and called the system “rotten”"): the sentence's.
                let subject = || doc.sentence_subject(f.first.min(cue.first), |m| names.is_person(doc, m));
                if let Some(m) = cue.mention.or_else(subject) {
                    quote.mention = Some(doc.span(m.first, m.end));
                    quote.speaker = book.resolve(doc, &names, m);
                }
            } else if let Some(m) = f.subject {
                // No cue, but the quote sits in a sentence about someone: “X dismissed Y as “…””.
                quote.mention = Some(doc.span(m.first, m.end));
                quote.speaker = book.resolve(doc, &names, m);
            } else if let Some((entity, at)) = last_speaker {
                // A floating quote continues the previous speaker when nothing intervenes for long.
                if doc.paragraph(f.first) - doc.paragraph(at) <= 1 {
                    quote.speaker = Some(entity);
                    quote.mention = last_mention;
                }
            }
            if quote.speaker.is_none() && f.cue.is_none() {
                // A quote standing alone after a sentence about someone is theirs, named where they
                // were named: "Lynch announced the lawsuit on Monday. “We are seeking …”"
                if let Some((name, at)) = names.salient_before(doc, &book, f.first, None, false, |_| false) {
                    quote.speaker = Some(book.entity(&name));
                    quote.mention = Some(names.mention_at(doc, at));
                }
            }
            if let Some(s) = quote.speaker {
                last_speaker = Some((s, f.last));
                last_mention = quote.mention;
            }
        }
        quotes.push(quote);
    }
    for r in reported {
        quotes.push(reported_quote(doc, &names, &mut book, r));
    }
    let speakers = book.finish(doc, &names, &mut quotes);
    (quotes, speakers)
}

/// The quote of kind [`QuoteKind::Indirect`] for one attribution of reported speech.
fn reported_quote(doc: &Doc, names: &NameIndex, book: &mut Book, r: Reported) -> Quote {
    let parts: Vec<Span> = r.parts.iter().map(|p| doc.span(p.first, p.end)).collect();
    let span = parts[0].cover(parts[parts.len() - 1]);
    let mention = r.cue.mention;
    Quote {
        span,
        parts,
        kind: QuoteKind::Indirect,
        speaker: mention.and_then(|m| book.resolve(doc, names, m)),
        mention: mention.map(|m| doc.span(m.first, m.end)),
        cue: Some(doc.span(r.cue.first, r.cue.end)),
    }
}

struct Found {
    quote: Quotation,
    first: usize,
    last: usize,
    cue: Option<Cue>,
    kind: QuoteKind,
    /// The person the quote's sentence is about, when words precede the quote in it.
    subject: Option<Mention>,
}


/// Speech or term. A short quote is a term when it is named as a word (called a “communist”), is a
/// title after a possessive (CBS News’ “60 Minutes”), or has no cue in its sentence.
fn kind_of(doc: &Doc, f: &Found) -> QuoteKind {
    let tokens = &doc.tokens;
    let words_inside = tokens[f.first..=f.last].iter().filter(|t| t.word).count();
    let inner_end = f.quote.parts.last().map_or("", |p| p.slice(doc.text).trim_end_matches(is_quote_mark));
    let terminal = inner_end.ends_with(['.', '!', '?']);
    let word_before = |back: usize| {
        (f.first >= back)
            .then(|| tokens[f.first - back])
            .filter(|t| t.word && !t.quoted)
            .map(|t| words::lowered(t.text(doc.text)))
    };
    // called a “communist” / called him a “communist”: a naming word, then only articles and pronouns.
    let named = (1..=3)
        .map(word_before)
        .take_while(Option::is_some)
        .flatten()
        .try_for_each(|w| match w.as_str() {
            w if NAMING_WORDS.contains(&w) => Err(true),
            w if ARTICLES.contains(&w) => Ok(()),
            _ => Err(false),
        })
        .err()
        .unwrap_or(false);
    if named && words_inside <= 2 && !terminal {
        return QuoteKind::Term;
    }
    // The title of a work: the film “The Secret Life of Walter Mitty”, the book “Fire and Fury”.
    let after_work_noun = word_before(1).is_some_and(|w| WORK_NOUNS.contains(&w.as_str()));
    if after_work_noun && !terminal && is_title_case(doc, f) {
        return QuoteKind::Term;
    }
    // A cue right by the quote makes it speech, however short: “Tremendous,” Trump said.
    if words_inside > 3 || f.cue.is_some_and(|c| c.adjacent && c.first > f.last) {
        return QuoteKind::Speech;
    }
    let prev = (f.first > 0).then(|| tokens[f.first - 1]).filter(|t| !t.quoted);
    let after_possessive = prev.is_some_and(|t| t.possessive || t.text(doc.text) == "’");
    let capitalised = tokens[f.first..=f.last]
        .iter()
        .find(|t| t.word)
        .is_some_and(|t| t.capital || t.text(doc.text).starts_with(|c: char| c.is_ascii_digit()));
    if after_possessive && capitalised {
        return QuoteKind::Term;
    }
    // A title or a name in capitals: “The Apprentice”, “King James”.
    if is_title_case(doc, f) && !terminal {
        return QuoteKind::Term;
    }
    // Someone's words: a cue, or a sentence whose subject uses them (“described him as a “disgrace””).
    // A lone word used as a modifier is a scare quote: promoting “quack” medical cures.
    let modifier = words_inside == 1 && tokens.get(f.last + 1).is_some_and(|t| t.word && !t.capital && !t.para_start);
    let used_by_subject = !modifier && f.subject.is_some();
    if f.cue.is_some() || used_by_subject || (terminal && words_inside >= 2) {
        QuoteKind::Speech
    } else {
        QuoteKind::Term
    }
}

/// True when every word of the quote is capitalised but for short ones ("of", "and"): a title.
fn is_title_case(doc: &Doc, f: &Found) -> bool {
    let words = || doc.tokens[f.first..=f.last].iter().filter(|t| t.word);
    words().all(|t| t.capital || t.text(doc.text).len() <= 3) && words().any(|t| t.capital)
}

/// Nouns naming a work whose title may follow in quotation marks: the film “…”, the book “…”.
const WORK_NOUNS: &[&str] = &[
    "film", "movie", "book", "novel", "memoir", "show", "series", "sitcom", "song", "album", "single", "play",
    "musical", "documentary", "program", "programme", "podcast", "episode", "essay", "poem",
    "painting", "exhibit", "exhibition", "opera", "game",
];

/// Joins quotes that one cue governs: “Q1,” he said. “Q2.” (a quote split around its cue) and
/// X said the plan was “Q1” and “Q2” (several stretches of one attribution).
fn merge_split_quotes(doc: &Doc, found: Vec<Found>) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::with_capacity(found.len());
    // The last speech quote kept: the next one may join it (terms between do not part them).
    let mut last_speech: Option<usize> = None;
    for b in found {
        if b.kind != QuoteKind::Speech {
            out.push(b);
            continue;
        }
        if let Some(i) = last_speech {
            if joins(doc, &out[i], &b) {
                let a = &mut out[i];
                a.quote.parts.extend(b.quote.parts);
                a.last = b.last;
                a.quote.closed = b.quote.closed;
                continue;
            }
        }
        last_speech = Some(out.len());
        out.push(b);
    }
    out
}

/// True when speech quote `b` continues speech quote `a` under one attribution.
fn joins(doc: &Doc, a: &Found, b: &Found) -> bool {
    let same_paragraph = !doc.tokens[a.last + 1..=b.first].iter().any(|t| t.para_start);
    let split_around_cue = a.cue.is_some_and(|c| c.first > a.last && c.adjacent)
        && b.cue.is_none_or(|c| c.first > a.last && c.first < b.first)
        && gap_is_cue(doc, a, b.first);
    // “Q1,” said X, a long description. “Q2.” — the next sentence of the paragraph goes on quoting X.
    let continued = a.cue.is_some_and(|c| c.first > a.last && c.adjacent && c.mention.is_some())
        && b.cue.is_none()
        && b.first > 0
        && doc.ends_sentence(b.first - 1);
    let one_cue = a.cue.is_some()
        && a.cue.map(|c| c.first) == b.cue.map(|c| c.first)
        && !sentence_between(doc, a.last, b.first);
    // A cue of its own starts another attribution: “…,” she said, adding, “…”.
    let own_cue = b.cue.is_some_and(|c| c.first > a.last && a.cue.is_none_or(|ac| ac.first != c.first));
    // “Q1,” Collins told MSNBC. ¶ “Q2.” — the next paragraph opens with a quote and no cue: the
    // same speaker goes on, when nothing but the cue stood after the first quote.
    let next_paragraph = doc.paragraph(b.first) == doc.paragraph(a.last) + 1
        && doc.tokens[b.first].para_start
        && b.cue.is_none()
        && a.cue.is_some_and(|c| c.adjacent && c.mention.is_some())
        // the cue right after the first quote, or, once joined, nothing at all between the two
        && (a.cue.is_some_and(|c| c.first > a.last) && gap_is_cue(doc, a, b.first) || b.first == a.last + 1);
    !own_cue && (same_paragraph && (split_around_cue || continued || one_cue) || next_paragraph)
}

/// True when an unquoted sentence ends between tokens `from` and `to`.
fn sentence_between(doc: &Doc, from: usize, to: usize) -> bool {
    (from + 1..to).any(|k| doc.ends_sentence(k))
}

/// True when what stands between quote `a` and token `next` is `a`'s cue and at most a few words
/// more that report nothing (“…,” she said, clapping. “…”).
fn gap_is_cue(doc: &Doc, a: &Found, next: usize) -> bool {
    let Some(cue) = a.cue else { return false };
    let lo = cue.mention.map_or(cue.first, |m| m.first.min(cue.first));
    let hi = cue.mention.map_or(cue.end, |m| m.end.max(cue.end));
    let mut extra = 0;
    for k in a.last + 1..next {
        let t = doc.tokens[k];
        if !t.word {
            if !matches!(t.text(doc.text), "," | "." | ":" | "—" | "–" | "’") {
                return false;
            }
        } else if !(lo..hi).contains(&k) && !doc.is(k, lex::AUX_WORD) {
            if doc.is(k, lex::SPEECH_VERB) {
                return false;
            }
            extra += 1;
        }
    }
    extra <= 3
}

/// Abbreviated titles and the role nouns they stand for: "Sen. Bernie Sanders" is "the senator".
const TITLE_ABBREVIATIONS: &[(&str, &[&str])] = &[
    ("sen", &["senator"]),
    ("rep", &["representative", "congressman", "congresswoman"]),
    ("gov", &["governor"]),
    ("lt", &["lieutenant"]),
    ("gen", &["general"]),
    ("sec", &["secretary"]),
    ("supt", &["superintendent"]),
    ("atty", &["attorney"]),
];

/// How many written forms of one surname are kept to choose the fullest from: more people of one
/// surname than any article names ("Donald Trump", "Ivanka Trump", "Melania Trump" …), and a bound
/// that keeps a text of thousands of "Ann1 Lee", "Ann2 Lee" … linear.
const FORMS_PER_SURNAME: usize = 12;

/// How many people of one sentence a pronoun weighs, in text order (the subject comes first): a
/// bound that keeps a sentence naming thousands of people linear.
const ANTECEDENT_MENTIONS: usize = 16;

/// How many paragraphs back a pronoun looks for the person it stands for.
const ANTECEDENT_PARAGRAPHS: usize = 3;

/// How many sentences back a pronoun looks for the person it stands for. News names a pronoun's
/// person within a few sentences; the bound keeps a paragraph of thousands of unnamed "he said"
/// quotes linear (each pronoun would otherwise walk back over the whole paragraph).
const ANTECEDENT_SENTENCES: usize = 12;

/// One proper-name run outside quotes.
struct Run {
    first: usize,
    end: usize,
    /// The fullest form of the name the text uses, as its place in [`NameIndex::names`].
    full: usize,
    /// Not a place or an organisation.
    person: bool,
}

/// Every proper-name run of the text, indexed for choosing the fullest form of a name, for
/// pronouns and for roles. Every lookup is a hash or a binary search, so long texts stay linear.
struct NameIndex {
    /// Name runs outside quotes, in text order (their first tokens rise: found by binary search).
    runs: Vec<Run>,
    /// (first token, fullest name's place in `names`) of the person runs, in text order.
    people: Vec<(usize, usize)>,
    /// The runs and forms of each surname, by its last word's [`words::word_hash`] (lower case, one
    /// apostrophe for all).
    surnames: FastMap<u64, Surname>,
    /// The distinct forms of the names ending with each surname, one surname's after another (see
    /// [`NameIndex::forms_of`]).
    forms: Vec<(usize, usize)>,
    /// Title word → (token, fullest name's place in `names`) of the names it stood before, in text order.
    titles: FastMap<String, Vec<(usize, usize)>>,
    /// The fullest names, each once: the runs, people and titles hold a name as its place here.
    names: Vec<String>,
    /// The place of each fullest name in `names`.
    name_ids: FastMap<String, usize>,
    /// What the text tells of each fullest name besides its words, by its place in `names`.
    facts: Vec<NameFacts>,
    /// (first token, fullest name) of the organisations named ("Association of Flight Attendants"),
    /// in text order.
    organisations: Vec<(usize, String)>,
    /// An organisation's initials → its name: "IMF" → "International Monetary Fund".
    acronyms: FastMap<String, String>,
    /// Each surname given with a first name, lowercase, with one letter dropped (and whole), by the
    /// hash [`letter_dropped`] gives it → where `near` holds the surnames it comes from.
    one_letter_off: FastMap<u64, u32>,
    /// The surnames (by hash; 0 for none) each variant of `one_letter_off` comes from: at most two
    /// kept, one is enough to know, two to know it is ambiguous.
    near: Vec<[u64; 2]>,
    /// The [`words::word_hash`] of each word the text writes in lower case that a surname matched
    /// across one letter could be (see [`fuzzy`]), each with the value 1.
    common: ProbeTable,
}

/// The names ending with one surname.
#[derive(Default)]
struct Surname {
    /// How many runs (quoted or not) end with it.
    runs: usize,
    /// Where its forms start in [`NameIndex::forms`].
    first_form: usize,
    /// How many forms it has (at most [`FORMS_PER_SURNAME`]).
    forms: usize,
}

/// What the text tells of a person's fullest name besides its words.
#[derive(Default)]
struct NameFacts {
    /// The gender honorifics (Mr., Mrs., Ms.) or a common first name give it.
    gender: Option<Gender>,
    /// The party and place words the text put before it, lower case ("republican", "arizona"), at
    /// most [`QUALIFIERS_PER_NAME`].
    qualifiers: Vec<String>,
}

/// How many words before a name are read for its party or place: "former Arizona Sen. John McCain".
const QUALIFIER_REACH: usize = 5;

/// How many party and place words are kept for one name: more than any article gives one person.
const QUALIFIERS_PER_NAME: usize = 8;

/// Party words and the party each stands for: "GOP" is "Republican".
const PARTIES: &[(&str, &str)] = &[
    ("republican", "republican"),
    ("gop", "republican"),
    ("democratic", "democratic"),
    ("democrat", "democratic"),
    ("libertarian", "libertarian"),
    ("independent", "independent"),
    ("green", "green"),
];

/// The party the word at token `k` names, its period aside: "GOP" → "republican".
fn party(doc: &Doc, k: usize) -> Option<&'static str> {
    let word = doc.word(k).trim_end_matches('.');
    PARTIES.iter().find(|(w, _)| word.eq_ignore_ascii_case(w)).map(|&(_, party)| party)
}

/// The party or place word at token `k`, lower case, a party word as its party ("GOP" →
/// "republican"); none for a title ("Sen.", "former").
fn qualifier(doc: &Doc, k: usize) -> Option<String> {
    if let Some(party) = party(doc, k) {
        return Some(party.to_owned());
    }
    (!doc.is(k, lex::TITLE | lex::NAME_STOPWORD)).then(|| case::lower(doc.word(k).trim_end_matches('.')))
}

/// True when a party or place word of description `m` contradicts what the text put before `name`:
/// "the Democratic front-runner" is not "Republican Donald Trump", "the Vermont senator" not
/// "Arizona Sen. John McCain".
fn contradicts(doc: &Doc, names: &NameIndex, m: Mention, name: &str) -> bool {
    let Some(known) = names.facts_of(name).map(|f| &f.qualifiers).filter(|q| !q.is_empty()) else { return false };
    let party = |w: &String| PARTIES.iter().any(|(_, p)| p == w);
    let said: Vec<String> = (m.first + 1..m.end.saturating_sub(1))
        .filter(|&k| doc.tokens[k].capital && !doc.tokens[k].possessive)
        .filter_map(|k| qualifier(doc, k))
        .collect();
    let clash = |of_kind: &dyn Fn(&String) -> bool| {
        let mut ours = said.iter().filter(|w| of_kind(w)).peekable();
        let mut theirs = known.iter().filter(|w| of_kind(w)).peekable();
        ours.peek().is_some() && theirs.peek().is_some() && !ours.any(|w| known.contains(w))
    };
    clash(&party) || clash(&|w: &String| !party(w))
}

impl NameIndex {
    fn new(doc: &Doc) -> NameIndex {
        let tokens = &doc.tokens;
        let mut raw: Vec<(usize, usize)> = Vec::new();
        // A word the text also writes in lower case is a common word, not a misspelt name ("Analysts").
        // (By the hash the document took of each word: no word is copied.)
        // Only a word that could be such a name is kept: one of as many letters as a name matched
        // across a letter has at least, and in no list that keeps a surname from being matched.
        let could_be_surname = |i: usize| {
            tokens[i].span.len() >= *FUZZY_LETTERS.start() && !doc.is(i, lex::TITLE | lex::NAME_STOPWORD | lex::ORG_WORD)
        };
        // Tens of thousands of words go in and a few thousand surnames are asked after: a probe
        // table takes each in a few instructions where a hash set's inserts and regrowth cost tens
        // (it grows with the distinct words, so a long text's repeats take no memory).
        // They are gathered on the walk that finds the runs, which steps on every word but those
        // inside runs (capitalised, or particles shorter than any such word).
        let mut common = ProbeTable::new(&[]);
        let mut shouted = false;
        let mut i = 0;
        while i < tokens.len() {
            let t = tokens[i];
            // A run never crosses a paragraph's start, so the walk stops at each: its paragraph is
            // read there, once.
            if i == 0 || t.para_start {
                shouted = shouted_paragraph(doc, i);
            }
            // A headline, a label or a banner in capitals names no one: "MAYOR STUNS COUNCIL".
            if t.word && t.capital && !shouted {
                let run_start = i;
                let mut end = i;
                while end < tokens.len()
                    && tokens[end].word
                    && (tokens[end].capital || doc.is_connector(end))
                    && !tokens[end].para_start
                    || end == i
                {
                    end += 1;
                    if tokens[end - 1].possessive || end >= tokens.len() || tokens[end].quoted != t.quoted {
                        break;
                    }
                }
                // "State Sen. Lee Bright": a run opening with a word no name opens with (here a
                // speech verb) holds its name one word on.
                let name = doc.name_at(run_start).or_else(|| (run_start + 1 < end).then(|| doc.name_at(run_start + 1)).flatten());
                if let Some(m) = name.filter(|m| m.end <= end) {
                    raw.push((m.first, m.end));
                }
                i = end.max(i + 1);
            } else {
                if t.word && !t.capital && could_be_surname(i) {
                    common.insert(doc.hash(i), 1);
                }
                i += 1;
            }
        }
        let mut index = NameIndex {
            runs: Vec::new(),
            people: Vec::new(),
            surnames: FastMap::with_capacity_and_hasher(raw.len(), Default::default()),
            forms: Vec::new(),
            titles: FastMap::default(),
            names: Vec::new(),
            name_ids: FastMap::default(),
            facts: Vec::new(),
            organisations: Vec::new(),
            acronyms: FastMap::default(),
            one_letter_off: FastMap::default(),
            near: Vec::new(),
            common,
        };
        // A name repeats through an article: what depends only on its words is worked out once per
        // written form (the run's text), not once per mention. Each run's form is numbered.
        let run_text = |f: usize, e: usize| &doc.text[tokens[f].span.start()..tokens[e - 1].span.end()];
        // Sized for every run at once (no map is read in its own order): no regrowth as it fills.
        let mut form_of_text: FastMap<&str, usize> = FastMap::with_capacity_and_hasher(raw.len(), Default::default());
        let mut form_of_run: Vec<usize> = Vec::with_capacity(raw.len());
        let mut seen_forms: FastSet<u64> = FastSet::with_capacity_and_hasher(raw.len(), Default::default());
        // Each surname's last word, in the order the surnames first come (see below).
        let mut surnames: Vec<usize> = Vec::new();
        // The new forms in text order, by their surname's hash: laid out by surname below.
        let mut new_forms: Vec<(u64, (usize, usize))> = Vec::new();
        for &(f, e) in &raw {
            // The surname is the last word's hash: lower case, one apostrophe for all.
            index.surnames.entry(doc.hash(e - 1)).or_default().runs += 1;
            let forms_so_far = form_of_text.len();
            let form = *form_of_text.entry(run_text(f, e)).or_insert(forms_so_far);
            form_of_run.push(form);
            if form < forms_so_far {
                continue;
            }
            if seen_forms.insert(lowered_form_hash(doc, f, e)) {
                let surname = index.surnames.entry(doc.hash(e - 1)).or_default();
                if surname.forms == 0 {
                    surnames.push(e - 1);
                }
                if surname.forms < FORMS_PER_SURNAME {
                    surname.forms += 1;
                    new_forms.push((doc.hash(e - 1), (f, e)));
                }
            }
        }
        // The forms of each surname lie side by side in one list, not in a list per surname (a text
        // names thousands, most with one form): each surname's place is counted, then its forms
        // are put there in text order.
        let mut place = 0;
        for &k in &surnames {
            if let Some(surname) = index.surnames.get_mut(&doc.hash(k)) {
                surname.first_form = place;
                place += surname.forms;
                surname.forms = 0;
            }
        }
        index.forms = vec![(0, 0); place];
        for &(hash, form) in &new_forms {
            if let Some(surname) = index.surnames.get_mut(&hash) {
                index.forms[surname.first_form + surname.forms] = form;
                surname.forms += 1;
            }
        }
        // The surnames are visited in the order a map keyed by their lower-case text gives (the
        // order that decides which two surnames a crowded variant keeps).
        let mut by_text: FastMap<String, usize> = FastMap::default();
        for &k in &surnames {
            by_text.insert(surname_key(doc.word(k)), k);
        }
        for (surname, &k) in &by_text {
            let forms = index.forms_of(doc.hash(k));
            if forms.iter().any(|&(f, e)| e - f > 1) && fuzzy(doc, k) && index.common.get(doc.hash(k)) == 0 {
                let (one_letter_off, near) = (&mut index.one_letter_off, &mut index.near);
                letter_dropped(surname, |variant| {
                    match one_letter_off.get(&variant) {
                        Some(&at) => {
                            let list = &mut near[at as usize];
                            if list[1] == 0 && list[0] != doc.hash(k) {
                                list[1] = doc.hash(k);
                            }
                        }
                        None => {
                            one_letter_off.insert(variant, near.len() as u32);
                            near.push([doc.hash(k), 0]);
                        }
                    }
                    true
                });
            }
        }
        // Per written form: (fullest name, an organisation word in it, opens with a stop word, gender
        // of its first name, what a later pronoun may make of it: see [`antecedent_form`]).
        type FormFacts = (usize, bool, bool, Option<Gender>, Option<bool>);
        let mut form_facts: Vec<Option<FormFacts>> = vec![None; form_of_text.len()];
        // A name the text puts where only a place goes anywhere ("in New Hampshire", "near
        // Salem") is a place wherever it stands, so a later "New Hampshire, she said" names no one.
        let mut place_form = vec![false; form_of_text.len()];
        for (&(f, e), &form) in raw.iter().zip(&form_of_run) {
            let locative = f > 0 && tokens[f - 1].word && words::one_of(doc.word(f - 1), LOCATIVE_PREPOSITIONS);
            // "in Bernie Sanders supporters" modifies a noun: only a name that ends its phrase counts.
            let modifies = e < tokens.len() && tokens[e].word && !tokens[e].capital && !doc.is(e, lex::NAME_STOPWORD);
            place_form[form] |= locative && !tokens[e - 1].possessive && !modifies;
        }
        for (&(f, e), &form) in raw.iter().zip(&form_of_run) {
            if tokens[f].quoted {
                continue;
            }
            let (full, org, stop, first_name, antecedent) = *form_facts[form].get_or_insert_with(|| {
                let name = index.fullest(doc, f, e);
                let gender =
                    name.split_whitespace().next().filter(|_| name.contains(' ')).and_then(words::first_name_gender);
                let org = (f..e).any(|k| doc.is(k, lex::ORG_WORD));
                let antecedent = antecedent_form(doc, f, e, &name);
                (index.name_id(name), org, doc.is(f, lex::NAME_STOPWORD), gender, antecedent)
            });
            let prev =
                (f > 0).then(|| tokens[f - 1]).filter(|t| t.word && !t.para_start || f > 0 && !tokens[f].para_start);
            let place = prev.is_some_and(|t| {
                let w = t.text(doc.text);
                ["of", "in", "from", "to", "at", "the", "across", "near"].iter().any(|p| w.eq_ignore_ascii_case(p))
            });
            let person = !org && !place && !stop && !place_form[form];
            if let Some(g) = first_name {
                index.facts[full].gender.get_or_insert(g);
            }
            // Titles right before the name: President Trump, press secretary Karoline Leavitt.
            let mut j = f;
            while j > 0
                && tokens[j - 1].word
                && !tokens[j - 1].quoted
                && doc.is(j - 1, lex::TITLE)
            {
                j -= 1;
                let title = words::lowered(tokens[j].text(doc.text).trim_end_matches('.'));
                match title.as_str() {
                    "mr" => {
                        index.facts[full].gender = Some(Gender::Male);
                    }
                    "mrs" | "ms" | "miss" => {
                        index.facts[full].gender = Some(Gender::Female);
                    }
                    _ => match index.titles.get_mut(title.as_str()) {
                        Some(list) => list.push((f, full)),
                        None => {
                            index.titles.insert(title.as_str().to_owned(), vec![(f, full)]);
                        }
                    },
                }
            }
            // The party or place words before the name and its role words: "Republican presidential
            // nominee Donald Trump", "Arizona Sen. John McCain".
            // A lowercase word other than a title goes on only before a role noun ("presidential
            // nominee"); a place word counts only before a title ("Arizona Sen."), a party word anywhere.
            // (A name given none has no entry: an empty list and none are read alike.)
            let mut role_seen = false;
            for k in (f.saturating_sub(QUALIFIER_REACH)..f).rev() {
                let t = tokens[k];
                let lone_word = !t.capital && !doc.is(k, lex::TITLE) && !doc.is(k + 1, lex::TITLE);
                if !t.word || t.quoted || t.possessive || tokens[k + 1].para_start || lone_word {
                    break;
                }
                role_seen |= doc.is(k, lex::TITLE);
                if !t.capital {
                    continue;
                }
                // Only a word that is kept is lowered: most capitalised words before a name are not.
                if party(doc, k).is_some() || role_seen {
                    let words = &mut index.facts[full].qualifiers;
                    if let Some(word) = qualifier(doc, k) {
                        if words.len() < QUALIFIERS_PER_NAME && !words.contains(&word) {
                            words.push(word);
                        }
                    }
                }
            }
            // A title before the name (the walk above stepped over one) makes it someone a pronoun may
            // stand for: "Sen. Kelly Ayotte".
            let titled = j < f;
            if person && antecedent.is_some_and(|untitled| untitled || titled) {
                index.people.push((f, full));
            }
            if org {
                // "Association" + "of Flight Attendants": an organisation's name runs on over "of".
                // "Democratic National Committee": the party or country word before it is part of
                // an organisation's name (and of its initials), though not of a person's.
                let mut first = f;
                while first > 0
                    && !tokens[first].para_start
                    && tokens[first - 1].capital
                    && !tokens[first - 1].quoted
                    && doc.is(first - 1, lex::TITLE)
                {
                    first -= 1;
                }
                let name = organisation_name(doc, first, e)
                    .or_else(|| (first < f).then(|| doc.span(first, e).slice(doc.text).to_owned()))
                    .unwrap_or_else(|| index.names[full].clone());
                if name.contains(' ') {
                    if let Some(initials) = initials(&name) {
                        index.acronyms.entry(initials).or_insert_with(|| name.clone());
                    }
                    index.organisations.push((f, name));
                }
            }
            index.runs.push(Run { first: f, end: e, full, person });
        }
        index
    }

    /// The place of the fullest name `name` in `names`, given one when it is new.
    fn name_id(&mut self, name: String) -> usize {
        if let Some(&id) = self.name_ids.get(name.as_str()) {
            return id;
        }
        let id = self.names.len();
        self.name_ids.insert(name.clone(), id);
        self.names.push(name);
        self.facts.push(NameFacts::default());
        id
    }

    /// The distinct forms of the names ending with the surname whose last word's hash is `surname`,
    /// as the token ranges `(first, end)` of the runs that first wrote each, in text order.
    fn forms_of(&self, surname: u64) -> &[(usize, usize)] {
        self.surnames.get(&surname).map_or(&[], |s| &self.forms[s.first_form..s.first_form + s.forms])
    }

    /// What the text tells of the fullest name `name`, when it is one.
    fn facts_of(&self, name: &str) -> Option<&NameFacts> {
        self.name_ids.get(name).map(|&id| &self.facts[id])
    }

    /// The organisation named most recently before token `at`.
    /// The organisation named most recently before token `at` that a bare description with the
    /// head `head` can stand for: one whose name holds the head ("the department" → "Department of
    /// Homeland Security"), else, for a head no name is built on ("the union", "its statement"),
    /// the last one named. Places ("Elm Street", "Jefferson County") are no organisation.
    fn organisation_before(&self, at: usize, head: &str) -> Option<String> {
        let before = &self.organisations[..self.organisations.partition_point(|(tok, _)| *tok < at)];
        let bodies = || before.iter().rev().take(ORGANISATION_REACH).map(|(_, name)| name).filter(|n| !is_place(n));
        let named = bodies().find(|n| n.split_whitespace().any(|w| w.eq_ignore_ascii_case(head)));
        named.or_else(|| bodies().next().filter(|_| !NAME_BUILDING_ROLES.contains(&head))).cloned()
    }

    /// The longest form of a name the text uses that ends with the same surname and holds every
    /// word of the name `first..end` ("Mamdani" → "Zohran Mamdani").
    fn fullest(&self, doc: &Doc, first: usize, end: usize) -> String {
        // "the IMF" after "the International Monetary Fund".
        if end - first == 1 {
            if let Some(full) = self.acronyms.get(doc.word(first)) {
                return full.clone();
            }
        }
        let mut best = (first, end);
        for &(f, e) in self.forms_of(doc.hash(end - 1)) {
            if e - f > best.1 - best.0 && (first..end).all(|w| (f..e).any(|k| same_word(doc, k, w))) {
                best = (f, e);
            }
        }
        if best.1 - best.0 == 1 {
            if let Some(full) = self.misspelt(doc, end - 1) {
                return full;
            }
        }
        joined(doc, best.0, best.1)
    }

    /// The full name a lone surname (token `k`) the text never gives in full stands for when it is
    /// one letter off the surname of exactly one full name: "Wines" for "Leslie Wimes", "McLenney"
    /// for "Tyresha McClenney" (a misspelling; names of five letters or more, where one letter
    /// rarely parts two people).
    fn misspelt(&self, doc: &Doc, k: usize) -> Option<String> {
        let surname = doc.hash(k);
        if !fuzzy(doc, k) || self.common.get(surname) != 0 {
            return None;
        }
        let mut found: Option<u64> = None;
        let mut ambiguous = false;
        letter_dropped(&surname_key(doc.word(k)), |variant| {
            let list = self.one_letter_off.get(&variant).map(|&at| self.near[at as usize]);
            for other in list.into_iter().flatten().filter(|&other| other != 0) {
                if other == surname {
                    continue;
                }
                match found {
                    Some(f) if f != other => {
                        ambiguous = true;
                        return false;
                    }
                    _ => found = Some(other),
                }
            }
            true
        });
        if ambiguous {
            return None;
        }
        let forms = self.forms_of(found?);
        let &(f, e) = forms.iter().filter(|(f, e)| e - f > 1).max_by_key(|(f, e)| e - f)?;
        // A person's name, not a body's or a label's such as "News Analysis".
        let body = (f..e).any(|w| doc.is(w, lex::ORG_WORD | lex::NAME_STOPWORD));
        (!body).then(|| joined(doc, f, e))
    }

    /// The fullest form of the name a mention uses.
    fn canonical(&self, doc: &Doc, m: Mention) -> String {
        // A mention that is a run of the index has its fullest name worked out already (once per
        // written form), unless it is one word that initials taken from a later run now expand.
        if let Some(run) = self.run_at(m.first) {
            if run.end == m.end && !(m.end - m.first == 1 && self.acronyms.contains_key(doc.word(m.first))) {
                return self.names[run.full].clone();
            }
        }
        self.fullest(doc, m.first, m.end)
    }

    /// The most salient person before token `at`: the first person named in the nearest sentence
    /// (this one first, then earlier ones) that agrees with `gender`; speakers of earlier cues come
    /// first in their sentence, being its subject. With `one`, it is one named person (what "he",
    /// "she" and "the Vermont senator" stand for), never an organisation, a group or a description.
    /// Names for which `exclude` holds are passed over. With the name comes the first token of the
    /// mention it was chosen by.
    // Kept out of its callers in the widget: inlined at each, it cost 0.2 KB gzipped.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn salient_before(
        &self,
        doc: &Doc,
        book: &Book,
        at: usize,
        gender: Option<Gender>,
        one: bool,
        exclude: impl Fn(&str) -> bool,
    ) -> Option<(String, usize)> {
        // "he" and "she" stand for people, not for "the agency" or "the union".
        let organisation = |name: &str| {
            name.rsplit(' ').next().is_some_and(|head| words::one_of(head, ORGANISATION_ROLES))
        };
        let agrees = |name: &str| !exclude(name) && match (gender, book.gender_of(name).or_else(|| self.facts_of(name).and_then(|f| f.gender))) {
            (Some(want), Some(have)) => want == have,
            (Some(_), None) => !organisation(name),
            _ => !one || !organisation(name),
        };
        // Walk back sentence by sentence, up to three paragraphs and a bounded number of sentences.
        let mut end = at;
        let mut paragraphs_seen = 0;
        let mut sentences_seen = 0;
        while end > 0 && paragraphs_seen < ANTECEDENT_PARAGRAPHS && sentences_seen < ANTECEDENT_SENTENCES {
            sentences_seen += 1;
            let start = doc.sentence_start(end - 1);
            // "he" and "she" are one person: not a label in capitals ("MSNBC") nor a group ("many of
            // whom", "two officials").
            // Nor a description that brings in someone new ("a doctor had typed …"): a later "she" is
            // rarely that passer-by.
            // Only a definite description is someone the text goes on about ("the mayor … he"); "a
            // doctor" or "online postings that included one" is not.
            let definite = |e: &Entity| e.name.split(' ').next().is_some_and(|w| w.eq_ignore_ascii_case("the"));
            let one_person = |e: &Entity| !one || e.could_be_one_person() && (gender.is_some() && definite(e) || e.named);
            let speaker = book
                .resolved
                .range(start..end)
                .take(ANTECEDENT_MENTIONS)
                .map(|(&at, &entity)| (&book.entities[entity], at))
                .filter(|(e, _)| one_person(e))
                .map(|(e, at)| (e.name.as_str(), at))
                .find(|(n, _)| agrees(n));
            let from = self.people.partition_point(|(tok, _)| *tok < start);
            // "He is hoping that states, led by West Virginia, will …": a sentence whose subject is
            // the same pronoun goes on about the same person, so its other names are not it.
            let same_pronoun = gender.is_some() && {
                let first = doc.tokens[start];
                first.word && !first.quoted && doc.is(start, lex::PRONOUN) && words::speaker_pronoun(doc.word(start)).flatten() == gender
            };
            let person = || {
                if same_pronoun {
                    return None;
                }
                let people = || self.people[from..].iter().take_while(|(tok, _)| *tok < end).take(ANTECEDENT_MENTIONS);
                // "In an interview with Rusty Humphries, Ham said …": a name after a preposition is
                // rarely the one a later pronoun picks up; the subject is.
                let subject = people()
                    .filter(|(tok, _)| !doc.after_preposition(*tok))
                    .map(|&(tok, n)| (&*self.names[n], tok))
                    .find(|(n, _)| agrees(n));
                subject.or_else(|| people().map(|&(tok, n)| (&*self.names[n], tok)).find(|(n, _)| agrees(n)))
            };
            if let Some((name, at)) = speaker.or_else(person) {
                return Some((name.to_owned(), at));
            }
            if doc.tokens[start].para_start {
                paragraphs_seen += 1;
            }
            end = start;
        }
        None
    }

    /// The name run that starts at token `first`, found by binary search.
    // Kept out of its callers in the widget: one search serves the three.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    fn run_at(&self, first: usize) -> Option<&Run> {
        self.runs.binary_search_by_key(&first, |r| r.first).ok().map(|k| &self.runs[k])
    }

    /// The mention that starts at token `at`: the name run there, else the pronoun or description
    /// ("the senator"), else the one word.
    fn mention_at(&self, doc: &Doc, at: usize) -> Span {
        let end = match self.run_at(at) {
            Some(run) => run.end,
            None => doc.mention_after(at).filter(|m| m.first == at).map_or(at + 1, |m| m.end),
        };
        doc.span(at, end)
    }

    /// True when the name `m` stands for a person: a person-like run (not a place or an
    /// organisation), and a lone capitalised word opening a sentence only when the text names it
    /// elsewhere too ("Wait", "Hours" open sentences without being anyone).
    fn is_person(&self, doc: &Doc, m: Mention) -> bool {
        if !self.run_at(m.first).is_some_and(|run| run.person) {
            return false;
        }
        let opens_sentence = m.first == 0 || doc.tokens[m.first].para_start || doc.ends_sentence(m.first - 1);
        // A lone title or party word is a modifier, not a person: "Republican claims", "U.S. senator".
        if doc.is_lone_title(m) {
            return false;
        }
        if m.end - m.first > 1 || !opens_sentence {
            return true;
        }
        self.surnames.get(&doc.hash(m.first)).is_some_and(|s| s.runs > 1)
    }

    /// True when the text gave `name`, before token `at`, the title of a public figure other than
    /// `role`: "Mayor Bill de Blasio" for the role "candidate".
    fn titled_otherwise(&self, name: &str, role: &str, at: usize) -> bool {
        let same = |title: &str| {
            title == role || TITLE_ABBREVIATIONS.iter().any(|(short, full)| *short == title && full.contains(&role))
        };
        VARIATION_HEADS.iter().chain(TITLE_ABBREVIATIONS.iter().map(|(short, _)| short)).filter(|t| !same(t)).any(|title| {
            self.titles.get(*title).is_some_and(|list| {
                list[..list.partition_point(|(tok, _)| *tok < at)].iter().rev().take(ORGANISATION_REACH).any(|&(_, n)| self.names[n] == name)
            })
        })
    }

    /// The person a role noun ("the president") stood before as a title, most recently before `at`.
    /// Names for which `fits` fails are passed over ("Arizona Sen. John McCain" for "the Vermont
    /// senator"), back to [`ORGANISATION_REACH`] names per title.
    fn titled(&self, role: &str, at: usize, fits: impl Fn(&str) -> bool) -> Option<String> {
        // "the senator" after "Sen. Bernie Sanders": a title and its abbreviation are one role.
        let short = TITLE_ABBREVIATIONS.iter().find(|(_, full)| full.contains(&role)).map(|(short, _)| *short);
        [Some(role), short]
            .into_iter()
            .flatten()
            .filter_map(|title| {
                let list = self.titles.get(title)?;
                let before = &list[..list.partition_point(|(tok, _)| *tok < at)];
                before.iter().rev().take(ORGANISATION_REACH).find(|&&(_, name)| fits(&self.names[name]))
            })
            .max_by_key(|(tok, _)| *tok)
            .map(|&(_, name)| self.names[name].clone())
    }
}

/// True when the paragraph whose first token is `start` is written wholly in capitals: a headline,
/// a label or a banner ("MAYOR STUNS COUNCIL, BUDGET APPROVED"), whose capitalised words are no
/// names. Most paragraphs are told by their first word with a small letter.
fn shouted_paragraph(doc: &Doc, start: usize) -> bool {
    let mut lettered = false;
    for (k, t) in doc.tokens.iter().enumerate().skip(start) {
        if k > start && t.para_start {
            break;
        }
        if !t.word {
            continue;
        }
        // A small letter is a letter: the first word with one ends the question.
        let w = t.text(doc.text);
        if words::has_lowercase(w) {
            return false;
        }
        lettered |= w.chars().any(char::is_alphabetic);
    }
    lettered
}

/// Whether a run of the name `first..end`, whose fullest form is `full`, may be the person a later
/// pronoun stands for. `None` when it never is: a label in capitals ("CNN", "FLINT") or a people
/// ("Muslim Americans"). Otherwise true when it is without a title before it (a run with one, "Sen.
/// Kelly Ayotte", always is): a full name, or a surname the text gives in full elsewhere ("Trump"
/// after "Donald Trump"); a word that opens a sentence ("Shifting", "Midway") or a lone place name
/// ("Russia") is neither. All of it depends on the run's written form only: it is worked out once
/// per form.
fn antecedent_form(doc: &Doc, first: usize, end: usize, full: &str) -> Option<bool> {
    let text = doc.text;
    let all_caps = doc.tokens[first..end].iter().all(|t| !words::has_lowercase(t.text(text)));
    if all_caps {
        return None;
    }
    let mut words = full.split_whitespace();
    let first_word = words.next().unwrap_or("");
    let full_name = words.next().is_some();
    // A multi-word run that opens with a participle or an adverb is an opening phrase ("Following
    // Monday’s debate"), not a name.
    let opening_phrase = first_word.ends_with("ing") || first_word.ends_with("ly");
    // "Muslim Americans", "Korean Christians": a people, not one person, unless a first name opens it.
    let people = full.ends_with("ans") && words::first_name_gender(first_word).is_none();
    (!people).then_some(full_name && (end - first == 1 || !opening_phrase))
}

/// The shortest and longest surnames matched across one letter's difference: shorter ones part
/// people too often ("Kim", "Kin"); the upper bound keeps a hostile megabyte-long word linear.
const FUZZY_LETTERS: std::ops::RangeInclusive<usize> = 5..=24;

/// True when the surname at token `k` may be matched across one letter: long enough, and short
/// enough, and a name rather than a title, party or organisation word ("Republican", "Republicans").
fn fuzzy(doc: &Doc, k: usize) -> bool {
    !doc.is(k, lex::TITLE | lex::NAME_STOPWORD | lex::ORG_WORD) && FUZZY_LETTERS.contains(&doc.word(k).chars().count())
}

/// Calls `visit` with the FNV-1a hash of a word whole and of it with each of its letters dropped
/// in turn until it returns false: two words one letter apart (a letter dropped, added or changed,
/// or two side by side swapped) share one of these.
fn letter_dropped(word: &str, mut visit: impl FnMut(u64) -> bool) {
    let bytes = word.as_bytes();
    if !visit(fnv_bytes(FNV_OFFSET, bytes)) {
        return;
    }
    // The hash of the letters before the one dropped is carried on from one letter to the next.
    let mut before = FNV_OFFSET;
    for (at, c) in word.char_indices() {
        let after = at + c.len_utf8();
        if !visit(fnv_bytes(before, &bytes[after..])) {
            return;
        }
        before = fnv_bytes(before, &bytes[at..after]);
    }
}

/// True when the words at tokens `a` and `b` are the same but for ASCII case, or, written at
/// different lengths, but for case and the form of their apostrophe ("O’Neill", "O'Neill").
fn same_word(doc: &Doc, a: usize, b: usize) -> bool {
    doc.hash(a) == doc.hash(b) && {
        let (wa, wb) = (doc.word(a), doc.word(b));
        wa.len() != wb.len() || wa.eq_ignore_ascii_case(wb)
    }
}

/// The words of tokens `first..end` joined by spaces: a name as the result gives it.
fn joined(doc: &Doc, first: usize, end: usize) -> String {
    let mut out = String::with_capacity(doc.tokens[end - 1].span.end() - doc.tokens[first].span.start());
    for k in first..end {
        if k > first {
            out.push(' ');
        }
        out.push_str(doc.word(k));
    }
    out
}

/// A hash of the name `first..end` in lower case, its words joined by spaces (apostrophes kept as
/// written): two runs with one hash write one form.
fn lowered_form_hash(doc: &Doc, first: usize, end: usize) -> u64 {
    (first..end).fold(FNV_OFFSET, |h, k| {
        let h = if k > first { fnv_step(h, b' ') } else { h };
        let word = doc.word(k);
        // An ASCII word is lowered byte by byte as it is hashed, with no lowered copy.
        if word.is_ascii() {
            return word.bytes().fold(h, |h, b| fnv_step(h, b.to_ascii_lowercase()));
        }
        case::with_lower_bytes(word, |lower| fnv_bytes(h, lower))
    })
}

/// A surname as a key: lower case, with one apostrophe for all ("O’Neill" and "O'Neill" are one).
fn surname_key(word: &str) -> String {
    // An ASCII word has no typographic apostrophe to look for.
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    let lower = case::lower(word);
    if lower.contains('’') {
        lower.replace('’', "'")
    } else {
        lower
    }
}

/// The name of an organisation whose first run is `first..end`, run on over "of", "for" and "on"
/// and the capitalised words after them: "Department of Homeland Security".
fn organisation_name(doc: &Doc, first: usize, end: usize) -> Option<String> {
    let tokens = &doc.tokens;
    let mut e = end;
    while e + 1 < tokens.len()
        && matches!(doc.word(e), "of" | "for" | "on")
        && tokens[e + 1].word
        && tokens[e + 1].capital
        && !tokens[e + 1].quoted
    {
        e += 1;
        while e < tokens.len() && tokens[e].word && tokens[e].capital && !tokens[e].quoted && !tokens[e].para_start {
            e += 1;
            if tokens[e - 1].possessive {
                break;
            }
        }
    }
    (e > end).then(|| doc.span(first, e).slice(doc.text).to_owned())
}

/// The initials of an organisation's name in capitals, when it has two or more capitalised words:
/// "International Monetary Fund" → "IMF" (small words such as "of" and "the" are skipped).
fn initials(name: &str) -> Option<String> {
    let letters: String =
        name.split_whitespace().filter_map(|w| w.chars().next().filter(|c| c.is_uppercase())).collect();
    // One capital per word: a name already in capitals ("NATO") has no initials to expand.
    (letters.chars().count() >= 2).then_some(letters)
}

/// The heads of descriptions that stand for an organisation the text names ("the union", "the
/// agency", "its statement", "the ruling").
const ORGANISATION_ROLES: &[&str] = &[
    "agency", "union", "company", "committee", "group", "organization", "organisation", "department", "court",
    "campaign", "council", "newspaper", "paper", "magazine", "network", "firm", "bank", "fund", "association",
    "coalition", "administration", "commission", "institute", "ministry", "board", "panel", "statement", "article",
    "ruling", "clip", "release", "filing", "complaint", "lawsuit", "memo",
];

/// How many organisations back a bare description looks for the one it stands for.
const ORGANISATION_REACH: usize = 8;

/// Heads that organisations' names are built on: "the department" stands only for a name that
/// holds "Department".
const NAME_BUILDING_ROLES: &[&str] = &[
    "agency", "committee", "department", "court", "council", "commission", "institute", "ministry", "board",
    "association", "administration", "bank", "fund",
];

/// Prepositions before which a name is a place: "in Ohio", "near Salem", "across Texas" (not "to",
/// "from" or "at", which people follow too: "a letter from Clinton", "lashed out at Trump").
const LOCATIVE_PREPOSITIONS: &[&str] = &["in", "near", "across", "throughout", "inside", "outside"];

/// True when a name ends with a word for a place rather than a body: "Elm Street", "Cook County".
fn is_place(name: &str) -> bool {
    name.rsplit(' ').next().is_some_and(|last| {
        ["street", "avenue", "road", "county", "city", "state", "states", "square", "park", "river", "bridge"]
            .iter()
            .any(|p| last.eq_ignore_ascii_case(p))
    })
}


/// Role nouns for a person whom news names once and then describes ("the Vermont senator", "the
/// Republican nominee", "the New York businessman"): a public figure's standing, not a staff post
/// ("the White House press secretary"), which usually introduces someone else.
const VARIATION_HEADS: &[&str] = &[
    "senator", "governor", "nominee", "candidate", "congressman", "congresswoman", "lawmaker", "businessman",
    "businesswoman", "billionaire", "mogul", "mayor", "president", "president-elect", "premier", "chancellor",
    "populist", "frontrunner", "front-runner", "mother", "father", "grandmother", "grandfather",
];

/// True when the description `m` with head `head` renames a person named before it: "the" and a
/// public figure's role, qualified by a proper adjective or an age ("the Indiana governor", "the
/// Republican presidential nominee", "the 34-year-old mother"). A bare "the mayor" may be someone
/// new and is kept as written.
fn is_variation(doc: &Doc, m: Mention, head: &str) -> bool {
    if m.end - m.first < 3 || !doc.word(m.first).eq_ignore_ascii_case("the") || !VARIATION_HEADS.contains(&head) {
        return false;
    }
    (m.first + 1..m.end - 1).any(|k| {
        let t = doc.tokens[k];
        !t.possessive && (t.capital || doc.word(k).ends_with("-year-old"))
    })
}

/// The name in apposition right after description `m`: "the presumptive nominee, Donald Trump,".
fn appositive_name(doc: &Doc, m: Mention) -> Option<Mention> {
    if m.end + 1 >= doc.tokens.len() || !doc.is_punct(m.end, ",") {
        return None;
    }
    let n = doc.name_at(m.end + 1).filter(|n| n.first == m.end + 1 && !doc.is_lone_title(*n))?;
    let closed = doc.tokens.get(n.end).is_none_or(|t| !t.word && !t.quoted);
    closed.then_some(n)
}

/// The spans of `a` and of `b`, each list in order, in one list in order.
fn merged(a: &[Span], b: &[Span]) -> Vec<Span> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        if b[j] < a[i] {
            out.push(b[j]);
            j += 1;
        } else {
            out.push(a[i]);
            i += 1;
        }
    }
    out.extend_from_slice(&a[i..]);
    out.extend_from_slice(&b[j..]);
    out
}

/// The speakers found so far and how mentions resolved to them.
#[derive(Default)]
struct Book {
    entities: Vec<Entity>,
    by_name: FastMap<String, usize>,
    /// Pronoun and role mentions resolved to an entity, by token.
    resolved: BTreeMap<usize, usize>,
    /// Definite descriptions with no name ("the mayor"), lower case → their entity.
    descriptions: FastMap<String, usize>,
}

/// What a mention of one title word is: "The Mayor said" describes someone; "Republican claims"
/// and "U.S. senator" only qualify a noun and name no one.
enum LoneTitle {
    /// No lone title: more than one word, a surname that is also a title ("Mr. King", "Howard Dean"
    /// then "Dean"), a group ("Republicans said").
    NotOne,
    /// "the" before it: the description it makes ("The Mayor").
    Described(Mention),
    /// A bare title or party word.
    Modifier,
}

/// Sorts a mention of one title or party word: see [`LoneTitle`].
fn lone_title(doc: &Doc, names: &NameIndex, m: Mention) -> LoneTitle {
    if m.kind != MentionKind::Name || !doc.is_lone_title(m) {
        return LoneTitle::NotOne;
    }
    let word = doc.word(m.first);
    let titled = m.first > 0 && doc.tokens[m.first - 1].word && doc.is(m.first - 1, lex::TITLE);
    let plural = word.ends_with('s') && !word.ends_with("ss");
    if titled || plural || names.canonical(doc, m).contains(' ') {
        return LoneTitle::NotOne;
    }
    let article = m.first > 0 && doc.tokens[m.first - 1].word && doc.word(m.first - 1).eq_ignore_ascii_case("the");
    if article && !doc.tokens[m.first - 1].quoted {
        LoneTitle::Described(Mention { first: m.first - 1, end: m.end, kind: MentionKind::Role })
    } else {
        LoneTitle::Modifier
    }
}

struct Entity {
    name: String,
    gender: Option<Gender>,
    /// Mentions used by cues.
    mentions: Vec<Span>,
    /// A proper name (not a description).
    named: bool,
}

/// Words opening a description of several people: "many of whom", "two officials", "some voters".
const GROUP_OPENERS: &[&str] =
    &["many", "some", "several", "both", "two", "three", "four", "few", "most", "all", "other", "others", "those", "these"];

impl Entity {
    /// False for what "he" or "she" cannot stand for: a label in capitals ("MSNBC", "CNN") or a
    /// description of a group ("many of whom", "two officials").
    fn could_be_one_person(&self) -> bool {
        let name = self.name.as_str();
        let label = !name.chars().any(char::is_lowercase);
        let opener = name.split_whitespace().next().unwrap_or("");
        let head = name.rsplit(' ').next().unwrap_or("");
        let group =
            !self.named && (words::one_of(opener, GROUP_OPENERS) || head.ends_with('s') && !head.ends_with("ss"));
        !label && !group
    }
}

impl Book {
    fn entity(&mut self, name: &str) -> usize {
        if let Some(&i) = self.by_name.get(name) {
            return i;
        }
        self.entities.push(Entity { name: name.to_owned(), gender: None, mentions: Vec::new(), named: true });
        self.by_name.insert(name.to_owned(), self.entities.len() - 1);
        self.entities.len() - 1
    }

    fn gender_of(&self, name: &str) -> Option<Gender> {
        self.by_name.get(name).and_then(|&i| self.entities[i].gender)
    }

    /// The speaker a cue's mention names.
    fn resolve(&mut self, doc: &Doc, names: &NameIndex, m: Mention) -> Option<usize> {
        // "X issued a statement saying …", "her statement read …": the statement's author speaks.
        let m = doc.statement_author(m).unwrap_or(m);
        let m = match lone_title(doc, names, m) {
            LoneTitle::NotOne => m,
            LoneTitle::Described(role) => role,
            LoneTitle::Modifier => return None,
        };
        let span = doc.span(m.first, m.end);
        let id = match m.kind {
            MentionKind::Name => {
                let name = names.canonical(doc, m);
                self.entity(&name)
            }
            MentionKind::Pronoun => {
                let word = doc.tokens[m.first].text(doc.text);
                let lower = words::lowered(word);
                let gender = words::speaker_pronoun(word).flatten().or(match lower.as_str() {
                    "his" => Some(Gender::Male),
                    "her" => Some(Gender::Female),
                    _ => None,
                });
                if matches!(lower.as_str(), "i" | "we") {
                    return None;
                }
                let (name, _) = names.salient_before(doc, self, m.first, gender, gender.is_some(), |_| false)?;
                let id = self.entity(&name);
                if let Some(g) = gender {
                    self.entities[id].gender.get_or_insert(g);
                }
                id
            }
            MentionKind::Role => {
                let head = case::lower(doc.tokens[m.end - 1].text(doc.text));
                // "the union", "its statement": the organisation last named before it.
                let opener = case::lower(doc.tokens[m.first].text(doc.text));
                // Only a bare description points back ("the union"); a fuller one describes its own
                // body ("the state transportation department").
                let organisation = || {
                    (m.end - m.first == 2
                        && matches!(opener.as_str(), "the" | "its")
                        && ORGANISATION_ROLES.contains(&head.as_str()))
                    .then(|| names.organisation_before(m.first, &head))
                    .flatten()
                };
                // "the IMF" after "the International Monetary Fund".
                let initials = || names.acronyms.get(doc.word(m.end - 1)).cloned();
                // "the Vermont senator", "the New York businessman": a description the text uses
                // for someone it has just named.
                // "the presumptive nominee, Donald Trump, said": the name in apposition.
                let appositive = || appositive_name(doc, m).map(|n| names.canonical(doc, n));
                // "the 34-year-old mother of three": the noun before "of" heads the description.
                let (described, described_head) = match (m.first + 1..m.end).find(|&k| doc.word(k) == "of") {
                    Some(of) => (Mention { end: of, ..m }, case::lower(doc.word(of - 1))),
                    None => (m, head.clone()),
                };
                // "the Vermont senator" renames the person just named, unless the text gave that
                // person another standing ("Mayor Bill de Blasio" is not "the candidate") or another
                // party or place ("Arizona Sen. John McCain", "Republican Donald Trump").
                let variation = || {
                    is_variation(doc, described, &described_head)
                        .then(|| {
                            let other = |name: &str| {
                                names.titled_otherwise(name, &described_head, m.first) || contradicts(doc, names, described, name)
                            };
                            names.salient_before(doc, self, m.first, None, true, other).map(|(name, _)| name)
                        })
                        .flatten()
                };
                // "the senator" after "Sen. Bernie Sanders", but not "the Vermont senator" after
                // "Arizona Sen. John McCain".
                let titled = || names.titled(&head, m.first, |name| !contradicts(doc, names, described, name));
                match titled().or_else(initials).or_else(organisation).or_else(appositive).or_else(variation) {
                    Some(name) => self.entity(&name),
                    None => {
                        let description = span.slice(doc.text).to_owned();
                        // "the mayor" and, later, "The Mayor": one definite description, one entity.
                        let definite = opener == "the";
                        let key = definite.then(|| case::lower(&description));
                        match key.as_ref().and_then(|k| self.descriptions.get(k)) {
                            Some(&id) => id,
                            None => {
                                let id = self.entity(&description);
                                self.entities[id].named = false;
                                if let Some(k) = key {
                                    self.descriptions.insert(k, id);
                                }
                                id
                            }
                        }
                    }
                }
            }
        };
        self.resolved.insert(m.first, id);
        self.entities[id].mentions.push(span);
        Some(id)
    }

    /// The speakers that were quoted, in order of first mention, with quote indexes renumbered.
    fn finish(self, doc: &Doc, names: &NameIndex, quotes: &mut [Quote]) -> Vec<Speaker> {
        // The entities quoted, in order: marked, then gathered (no sort of a speaker per quote).
        let mut is_used = vec![false; self.entities.len()];
        for q in quotes.iter() {
            if let Some(s) = q.speaker {
                is_used[s] = true;
            }
        }
        let used: Vec<usize> = (0..self.entities.len()).filter(|&id| is_used[id]).collect();
        // The runs of the names quoted (those of names never quoted are not gathered), by each
        // name's place in the name index.
        let name_of = |entity: &Entity| names.name_ids.get(entity.name.as_str()).copied().filter(|_| entity.named);
        let mut quoted = vec![false; names.names.len()];
        for &id in &used {
            if let Some(name) = name_of(&self.entities[id]) {
                quoted[name] = true;
            }
        }
        let mut spans_of_name: Vec<Vec<Span>> = Vec::new();
        spans_of_name.resize_with(names.names.len(), Vec::new);
        for run in names.runs.iter().filter(|run| quoted[run.full]) {
            spans_of_name[run.full].push(doc.span(run.first, run.end));
        }
        let mut speakers: Vec<(usize, Speaker)> = used
            .iter()
            .map(|&id| {
                let entity = &self.entities[id];
                // The mentions cues used are in text order as a rule (the sort then only checks),
                // the runs always are: the two are merged, not sorted together.
                let mut own = entity.mentions.clone();
                own.sort_unstable();
                let runs = name_of(entity).map_or(&[][..], |name| &spans_of_name[name][..]);
                let mut mentions = merged(&own, runs);
                mentions.dedup();
                (id, Speaker { name: entity.name.clone(), mentions })
            })
            .collect();
        speakers.sort_unstable_by_key(|(id, s)| (s.mentions.first().copied(), *id));
        let mut renumber: Vec<Option<usize>> = vec![None; self.entities.len()];
        for (new, &(old, _)) in speakers.iter().enumerate() {
            renumber[old] = Some(new);
        }
        for q in quotes.iter_mut() {
            q.speaker = q.speaker.and_then(|s| renumber[s]);
        }
        speakers.into_iter().map(|(_, s)| s).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::marks::find_quotations;
    use crate::segment::paragraphs;

    #[test]
    fn word_lists_are_lower_case_ascii() {
        // `words::one_of` compares a word with them ignoring ASCII case.
        for list in [GROUP_OPENERS, ORGANISATION_ROLES, LOCATIVE_PREPOSITIONS] {
            crate::words::assert_lower_ascii(list);
        }
    }

    /// (kind, quoted text, speaker name) of each quote of `text`.
    fn speakers(text: &str) -> Vec<(&'static str, String, Option<String>)> {
        let paras = paragraphs(text);
        let quotations = find_quotations(text, &paras);
        let (quotes, speakers) = attribute(&crate::quotes::document(text, &paras, &quotations), quotations);
        quotes
            .iter()
            .map(|q| (q.kind.as_str(), q.text(text), q.speaker.map(|s| speakers[s].name.clone())))
            .collect()
    }

    fn said(kind: &'static str, quote: &str, name: &str) -> (&'static str, String, Option<String>) {
        (kind, quote.to_owned(), Some(name.to_owned()))
    }

    #[test]
    fn a_surname_is_named_in_full() {
        assert_eq!(
            speakers("Zohran Mamdani won. “We did it,” Mamdani said."),
            [said("speech", "We did it,", "Zohran Mamdani")]
        );
    }

    #[test]
    fn a_quote_standing_alone_is_named_where_its_speaker_was() {
        let text = "Mayor Ana Ruiz announced the budget on Monday.\n“We are cutting nothing that matters.”";
        let paras = paragraphs(text);
        let quotations = find_quotations(text, &paras);
        let (quotes, speakers) = attribute(&crate::quotes::document(text, &paras, &quotations), quotations);
        let [quote] = &quotes[..] else { panic!("{quotes:?}") };
        assert_eq!(quote.speaker.map(|s| speakers[s].name.as_str()), Some("Ana Ruiz"));
        assert_eq!(quote.mention.map(|m| m.slice(text)), Some("Ana Ruiz"));
    }

    #[test]
    fn a_name_the_text_puts_after_in_is_a_place_not_a_speaker() {
        assert_eq!(
            speakers("Ana Ruiz spent Monday in New Hampshire.\nNew Hampshire was cold. “We will win,” she said."),
            [said("speech", "We will win,", "Ana Ruiz")]
        );
        // A name that modifies a noun after "in" is no place: "in Bernie Sanders supporters".
        assert_eq!(
            speakers("Trust in Tom Reyes voters ran high.\nTom Reyes smiled. “We will win,” he said."),
            [said("speech", "We will win,", "Tom Reyes")]
        );
    }

    #[test]
    fn a_surname_is_named_in_full_after_a_qualified_title() {
        // "State" is also a speech verb: the run's name starts one word on.
        assert_eq!(
            speakers("State Sen. Lee Bright spoke first.\n“It is over,” Bright said."),
            [said("speech", "It is over,", "Lee Bright")]
        );
    }

    #[test]
    fn a_pronoun_is_the_person_named_before_it() {
        assert_eq!(
            speakers("Lena Ortiz spoke for an hour.\n“It was long,” she said."),
            [said("speech", "It was long,", "Lena Ortiz")]
        );
        // Not a sentence-opening phrase, a label in capitals or a lone place.
        assert_eq!(
            speakers("Ana Ruiz left. Following Monday’s debate, CNN called Russia.\n“Fine,” she said."),
            [said("speech", "Fine,", "Ana Ruiz")]
        );
    }

    #[test]
    fn she_is_not_a_passer_by_brought_in_by_a_description() {
        let got = speakers("Lena Ortiz spoke for an hour. Later a nurse wrote “stable” on her chart.\n“I was fine,” she said.");
        assert_eq!(got.last(), Some(&said("speech", "I was fine,", "Lena Ortiz")));
    }

    #[test]
    fn he_and_she_are_a_named_person_or_a_definite_description() {
        let got = speakers("Ana Ruiz spoke on Monday. Online posts that named one said so.\n“We will appeal,” she said.");
        assert_eq!(got.last(), Some(&said("speech", "We will appeal,", "Ana Ruiz")));
    }

    #[test]
    fn a_chain_of_the_same_pronoun_keeps_its_person() {
        let got = speakers("Tom Clarke runs the mine. He hopes that states, led by West Virginia, will pay.\n“Coal is not the villain,” he said.");
        assert_eq!(got.last(), Some(&said("speech", "Coal is not the villain,", "Tom Clarke")));
    }

    #[test]
    fn a_pronoun_picks_up_the_subject_not_a_name_after_a_preposition() {
        let got = speakers("In an interview with Rusty Hale, Norman Ham spoke of the army.\n“It was demoralizing,” he told the host.");
        assert_eq!(got, [said("speech", "It was demoralizing,", "Norman Ham")]);
    }

    #[test]
    fn he_and_she_are_one_person_not_a_group_or_a_label() {
        let got = speakers("Ana Ruiz spoke on Monday. “It is unfair,” two officials said.\n“We will appeal,” she said.");
        assert_eq!(got[1], said("speech", "We will appeal,", "Ana Ruiz"));
        let got = speakers("Ana Ruiz spoke on Monday. “It is unfair,” WXYZ reported.\n“We will appeal,” she said.");
        assert_eq!(got[1], said("speech", "We will appeal,", "Ana Ruiz"));
    }

    #[test]
    fn a_description_is_the_person_it_describes() {
        assert_eq!(
            speakers("Sen. Bernie Sanders spoke in Iowa. “We will win,” the Vermont senator said."),
            [said("speech", "We will win,", "Bernie Sanders")]
        );
        // A description the text does not tie to a name is kept as it is written, never given the
        // name of whoever was named last.
        assert_eq!(
            speakers("Sean Spicer spoke on Monday.\n“We will cut the budget,” the mayor said."),
            [said("speech", "We will cut the budget,", "the mayor")]
        );
        assert_eq!(speakers("“We will win,” a campaign spokesman said."), [said("speech", "We will win,", "a campaign spokesman")]);
    }

    #[test]
    fn a_public_figure_renamed_by_a_qualified_role() {
        // A role with a proper adjective or an age renames the person just named …
        assert_eq!(
            speakers("Ana Ruiz spoke in Iowa on Monday.\n“We will win,” the Vermont senator said."),
            [said("speech", "We will win,", "Ana Ruiz")]
        );
        // … but not someone the text gave another standing, and a bare role stays as written.
        assert_eq!(
            speakers("Mayor Tom Berg met Ana Ruiz on Monday. “We will win,” the Republican candidate said."),
            [said("speech", "We will win,", "Ana Ruiz")]
        );
        assert_eq!(speakers("Ana Ruiz spoke first. “We will win,” the candidate said."), [said("speech", "We will win,", "the candidate")]);
        assert_eq!(
            speakers("Ana Ruiz spoke first. Pressed on the plan, the 41-year-old mother of three replied, “We will win.”"),
            [said("speech", "We will win.", "Ana Ruiz")]
        );
        // A name in apposition is the one the role describes.
        assert_eq!(
            speakers("Ana Ruiz spoke first. “We will win,” the Republican candidate, Tom Berg, said."),
            [said("speech", "We will win,", "Tom Berg")]
        );
    }

    #[test]
    fn a_qualified_role_never_renames_someone_of_another_party_or_place() {
        // The title alone is not enough: "Arizona Sen." is not "the Vermont senator" …
        assert_eq!(
            speakers("Arizona Sen. Tom Berg spoke in Iowa. “We will win,” the Vermont senator said."),
            [said("speech", "We will win,", "the Vermont senator")]
        );
        // … the one the text gave that place is, though named earlier …
        assert_eq!(
            speakers("Vermont Sen. Ana Ruiz spoke. Arizona Sen. Tom Berg listened. “We will win,” the Vermont senator said."),
            [said("speech", "We will win,", "Ana Ruiz")]
        );
        // … and a party word parts people as a place does.
        assert_eq!(
            speakers("Ana Ruiz met Republican Tom Berg on Monday. “We will win,” the Democratic candidate said."),
            [said("speech", "We will win,", "Ana Ruiz")]
        );
    }

    #[test]
    fn a_people_is_not_one_person() {
        let got = speakers("Ana Ruiz spoke. Many Muslim Americans listened.\n“We will win,” the Ohio governor said.");
        assert_eq!(got, [said("speech", "We will win,", "Ana Ruiz")]);
    }

    #[test]
    fn organisations_by_description_and_initials() {
        assert_eq!(
            speakers("The Association of Flight Attendants met on Friday. “We will strike,” the union said."),
            [said("speech", "We will strike,", "Association of Flight Attendants")]
        );
        assert_eq!(
            speakers("The International Monetary Fund cut its forecast. “Growth is slowing,” the IMF said."),
            [said("speech", "Growth is slowing,", "International Monetary Fund")]
        );
    }

    #[test]
    fn a_statement_speaks_for_its_author() {
        assert_eq!(
            speakers("The agency issued a statement saying, “We are reviewing the decision.”"),
            [said("speech", "We are reviewing the decision.", "The agency")]
        );
        assert_eq!(
            speakers("Ana Ruiz left early. Her statement read: “I am grateful for the support of my colleagues.”"),
            [said("speech", "I am grateful for the support of my colleagues.", "Ana Ruiz")]
        );
        assert_eq!(
            speakers("“The company cannot pay its debts,” according to a filing in federal court."),
            [said("speech", "The company cannot pay its debts,", "a filing")]
        );
    }

    #[test]
    fn a_possessor_wrote_its_document_and_initials_keep_the_party_word() {
        assert_eq!(
            speakers("Ivana Trump filed on Monday. “The marriage ended in 1990,” Ivana Trump’s brief said."),
            [said("speech", "The marriage ended in 1990,", "Ivana Trump")]
        );
        assert_eq!(
            speakers("The Democratic National Committee met on Friday. “We will not comment,” the DNC said."),
            [said("speech", "We will not comment,", "Democratic National Committee")]
        );
    }

    #[test]
    fn a_paragraph_in_capitals_names_no_one() {
        // A title word in a headline builds no name: "the mayor" is not "STUNS COUNCIL".
        let got = speakers("MAYOR STUNS COUNCIL\n“The budget is approved,” the mayor said.");
        assert_eq!(got, [said("speech", "The budget is approved,", "the mayor")]);
        let doc = crate::doc::tests::doc_of("MAYOR STUNS COUNCIL, BUDGET APPROVED\nThe Mayor spoke.\nLABEL\n");
        let at = |w| crate::doc::tests::at(&doc, w);
        assert!(shouted_paragraph(&doc, 0) && !shouted_paragraph(&doc, at("The")) && shouted_paragraph(&doc, at("LABEL")));
    }

    #[test]
    fn a_description_without_a_name_is_one_entity_with_its_pronouns() {
        let got = speakers("“We won,” the mayor declared. “Now we work,” he said.\nThe Mayor said the budget passed.");
        assert_eq!(
            got,
            [
                said("speech", "We won,", "the mayor"),
                said("speech", "Now we work,", "the mayor"),
                said("indirect", "the budget passed", "the mayor")
            ]
        );
    }

    #[test]
    fn a_lone_party_word_names_no_one_but_a_surname_does() {
        let got = speakers("The site rated 32% of Republican claims as “false” last year.");
        assert!(got.iter().all(|q| q.2.is_none()), "{got:?}");
        let got = speakers("Howard Dean spoke. “It was outrageous,” Dean said.");
        assert_eq!(got, [said("speech", "It was outrageous,", "Howard Dean")]);
    }

    #[test]
    fn titles_of_works_are_terms() {
        let got = speakers("The film “The Secret Life of Walter Mitty” opened last week.");
        assert_eq!(got.iter().map(|q| q.0).collect::<Vec<_>>(), ["term"]);
    }

    #[test]
    fn a_full_description_is_its_own_body_and_a_street_is_none() {
        assert_eq!(
            speakers("The council voted to replace the Elm Street bridge. According to the state transportation department, 1 in 8 bridges is in poor condition."),
            [said("indirect", "1 in 8 bridges is in poor condition", "the state transportation department")]
        );
    }

    #[test]
    fn a_surname_misspelt_by_one_letter_is_the_full_name() {
        assert_eq!(
            speakers("“We are ready,” said Leslie Wimmer, a teacher.\n“They will lose,” Wimer said."),
            [said("speech", "We are ready,", "Leslie Wimmer"), said("speech", "They will lose,", "Leslie Wimmer")]
        );
        // Two full names one letter from it: no telling which.
        let got = speakers("Ana Carson and Ben Larson spoke.\n“They will lose,” Marson said.");
        assert_eq!(got, [said("speech", "They will lose,", "Marson")]);
    }

    #[test]
    fn a_form_is_its_words_in_lower_case_and_a_name_its_words_joined() {
        let doc = crate::doc::tests::doc_of("Zohran  MAMDANI met ZOHRAN Mamdani and O’Neill, O'Neill.");
        let at = |w| crate::doc::tests::at(&doc, w);
        let first = (at("Zohran"), at("MAMDANI") + 1);
        let second = (at("ZOHRAN"), at("ZOHRAN") + 2);
        assert_eq!(lowered_form_hash(&doc, first.0, first.1), lowered_form_hash(&doc, second.0, second.1));
        assert_eq!(joined(&doc, first.0, first.1), "Zohran MAMDANI");
        // One word whatever its case and apostrophe; never a different word.
        assert!(same_word(&doc, at("MAMDANI"), at("Mamdani")) && same_word(&doc, at("O’Neill"), at("O'Neill")));
        assert!(!same_word(&doc, at("Zohran"), at("Mamdani")));
    }

    #[test]
    fn words_one_letter_apart_share_a_variant() {
        let variants = |word: &str| {
            let mut all = Vec::new();
            letter_dropped(word, |h| {
                all.push(h);
                true
            });
            all
        };
        let shared = |a: &str, b: &str| variants(a).iter().any(|h| variants(b).contains(h));
        // A letter dropped, changed, or two swapped; the whole word is its own first variant.
        assert!(shared("wimmer", "wimer") && shared("wimes", "wines") && shared("mclenney", "mcelnney"));
        assert!(!shared("wimmer", "larson"));
        assert_eq!(variants("ab").len(), 3);
    }

    #[test]
    fn two_lists_in_order_merge_in_order() {
        let spans = |list: &[(usize, usize)]| list.iter().map(|&(a, b)| Span::new(a, b)).collect::<Vec<_>>();
        let (a, b) = (spans(&[(0, 4), (9, 12), (9, 14)]), spans(&[(2, 3), (9, 12), (20, 25)]));
        let mut all = [a.clone(), b.clone()].concat();
        all.sort_unstable();
        assert_eq!(merged(&a, &b), all);
        assert_eq!(merged(&b, &[]), b);
    }

    #[test]
    fn one_name_whatever_its_apostrophe() {
        assert_eq!(
            speakers("James O’Neill took office. “We are ready,” O'Neill said."),
            [said("speech", "We are ready,", "James O’Neill")]
        );
    }

    #[test]
    fn a_dateline_is_not_a_speaker() {
        let got = speakers("FLINT, Mich., Oct. 4 (UPI) — Bill Clinton called the law a “crazy system that does not work.”");
        assert_eq!(got, [said("speech", "crazy system that does not work.", "Bill Clinton")]);
    }

    #[test]
    fn a_quote_split_around_its_cue_is_one_quote() {
        assert_eq!(
            speakers("“This is the first part,” Ana Ruiz said. “And this is the second one.”"),
            [said("speech", "This is the first part, … And this is the second one.", "Ana Ruiz")]
        );
    }

    #[test]
    fn scare_quotes_and_titles_are_terms() {
        let got = speakers("Trump called him a “communist” on CBS News’ “60 Minutes” this week.");
        assert_eq!(got.iter().map(|q| q.0).collect::<Vec<_>>(), ["term", "term"]);
    }

    #[test]
    fn reported_speech_has_its_speaker() {
        assert_eq!(
            speakers("Zohran Mamdani spoke. He said the city faces a $12 billion gap."),
            [said("indirect", "the city faces a $12 billion gap", "Zohran Mamdani")]
        );
    }
}

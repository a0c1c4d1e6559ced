//! Cue choice: which verb or phrase attributes a quotation ("said", "told CBS News", "according to",
//! a dash, a transcript label) and which mention it names; the policy over the scanners in names.rs.

use crate::doc::Doc;
use crate::words::{self, lex};

use super::names::{Mention, MentionKind, PREPOSITIONS};

/// Words before a verb form that make it a noun: "the report", "his remarks".
const NOUN_MARKERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "such", "whose",
    "recent", "public",
];

/// A cue found for a quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cue {
    /// Token range of the cue words ("said", "told CBS News", "according to").
    pub first: usize,
    /// One past the cue's last token.
    pub end: usize,
    /// Who the cue names, when it names anyone.
    pub mention: Option<Mention>,
    /// The cue stands right after the quote ("…,” he said) or right before it ("he said: “…").
    pub adjacent: bool,
}

/// Nouns for a written statement, whose author is its speaker: "her statement read", "a release said".
const STATEMENT_NOUNS: &[&str] = &[
    "statement", "release", "letter", "memo", "post", "tweet", "note", "email", "brief", "website", "filing", "book",
];

/// Verbs that put out a statement: "The agency issued a statement saying …".
const ISSUING_VERBS: &[&str] = &["issued", "released", "posted", "published", "sent", "shared", "tweeted", "wrote"];

/// How far back from a closing parenthesis its opening one may stand: "(R-Wis.)", "(D-N.Y.)".
pub(crate) const PAREN_REACH: usize = 12;

/// How far back from a quote the cue search looks, in tokens: cues sit near their quotes, and the
/// bound keeps a paragraph of thousands of quotes linear.
const LOOK_BACK: usize = 80;

/// How far after a quote the verb may stand when titles and roles come before the name: "…,” White
/// House press secretary Karoline Leavitt said".
const TITLED_SUBJECT_REACH: usize = 10;

/// How long an appositive between a subject and its verb may be, in tokens: "Smith, a doctor who
/// treated him, said".
const APPOSITIVE_REACH: usize = 30;

/// How far back from an appositive's closing comma its opening one may stand.
const APPOSITIVE_BACK: usize = 20;

/// How far after a quote a cue that closes its sentence may be followed by words: "…, she said in a
/// statement on Friday".
const CLOSING_TAIL: usize = 7;

/// How many tokens a participle may follow the speech verb whose subject it shares: "Ruiz said
/// Tuesday in Paris, noting …".
const PARTICIPLE_REACH: usize = 7;

/// How many tokens after a quotation its closing cue may be looked for (so that a sentence of
/// thousands of quotes without one stays linear).
const CLOSING_REACH: usize = 60;

/// How far into a paragraph a dateline's dash may stand: "NEW YORK (AP) —", "FLINT, Mich., Oct. 4
/// (UPI) —".
const DATELINE_REACH: usize = 12;

/// How many words a noun phrase may hold before a verb form that heads it: "a highly controversial
/// comment".
const NOUN_PHRASE_WORDS: usize = 4;

/// Past tenses without "-ed" among the verbs of speech and thought: "the senator said".
const IRREGULAR_PAST: &[&str] = &[
    "said", "told", "wrote", "spoke", "thought", "felt", "knew", "saw", "read", "put", "swore", "meant", "sought",
    "taught", "heard", "understood", "held", "made", "gave", "took", "found", "began", "forgot", "foresaw", "bet",
    "hit", "set", "let", "quit", "upheld", "withheld", "fought", "struck", "threw", "led", "shot", "drew",
];

/// How many affiliations a subject may stand before: "Aris Shirvanian of the Armenian Patriarchate
/// of Jerusalem".
const AFFILIATION_STEPS: usize = 2;

/// How many words the object of "told" may hold: "told CBS News’".
const OBJECT_WORDS: usize = 5;

impl<'t> Doc<'t> {
    /// True when the word at token `i` is a verb of speech used as a verb where it stands.
    #[inline(always)]
    fn is_verb(&self, i: usize) -> bool {
        let t = self.tokens[i];
        // Inlined, the list bit settles most tokens the cue searches ask about without a call.
        t.word && !t.quoted && self.is(i, lex::SPEECH_VERB) && self.speech_verb_in_place(i)
    }

    /// True when the verb of speech at token `i` is used as a verb, not as a noun.
    fn speech_verb_in_place(&self, i: usize) -> bool {
        self.used_as_verb(i) && !self.heads_noun_phrase(i)
    }

    /// How the word at token `i` reports a statement, when it is a reporting verb used as a verb
    /// ("said", "argued", "found" — not "the report", "Obama’s remarks").
    pub(crate) fn reporting_verb(&self, i: usize) -> Option<words::Reporting> {
        let t = self.tokens[i];
        if !t.word || t.quoted {
            return None;
        }
        let how = if self.is(i, lex::REPORTING) {
            words::Reporting::Clause
        } else if self.is(i, lex::REPORTING_THAT) {
            words::Reporting::ThatClause
        } else if self.is(i, lex::REPORTING_ACT) {
            words::Reporting::Act
        } else {
            return None;
        };
        self.used_as_verb(i).then_some(how)
    }

    /// True when the word at token `i`, a verb form, is used as a verb where it stands.
    fn used_as_verb(&self, i: usize) -> bool {
        let t = self.tokens[i];
        // Capitalised inside a sentence, it is part of a name: "the United States" (a capitalised past
        // tense is still a verb: "Murphy … Tweeted on Friday").
        if t.capital
            && i > 0
            && !self.tokens[i].para_start
            && !self.ends_sentence(i - 1)
            && !self.tokens[i - 1].quoted
            && !t.text(self.text).ends_with("ed")
        {
            return false;
        }
        // Before a title it qualifies a name: "State Sen. Lee Bright".
        if t.capital && self.tokens.get(i + 1).is_some_and(|n| n.word && n.capital && self.is(i + 1, lex::TITLE)) {
            return false;
        }
        // A verb form used as a noun: "Obama’s remarks", "the report", "in a statement".
        let Some(prev) = i.checked_sub(1).map(|p| self.tokens[p]).filter(|p| !p.para_start || p.word) else {
            return true;
        };
        if prev.possessive {
            return false;
        }
        // Compared ignoring ASCII case, which for these lists is comparing lowered, without a copy of
        // a capitalised word ("The", "His").
        let before = prev.text(self.text);
        let ing = t.text(self.text).ends_with("ing");
        !(words::one_of(before, NOUN_MARKERS) || (!ing && words::one_of(before, PREPOSITIONS)))
    }

    /// True when the word at token `i`, a plain form such as "comment" or "claim", ends a noun
    /// phrase its determiner opens a few lowercase words before: "a controversial comment", "the
    /// following claim". An inflected form ("the senator said") is still a verb.
    fn heads_noun_phrase(&self, i: usize) -> bool {
        let w = self.word(i);
        let inflected = w.ends_with('s') || w.ends_with("ed") || w.ends_with("ing") || IRREGULAR_PAST.contains(&w);
        if inflected || !w.starts_with(|c: char| c.is_ascii_lowercase()) {
            return false;
        }
        let mut k = i;
        while k > 0 && i - k < NOUN_PHRASE_WORDS {
            k -= 1;
            let t = self.tokens[k];
            if !t.word || t.quoted || t.capital || t.possessive {
                return false;
            }
            let lower = words::lowered(self.word(k));
            if k + 1 < i && NOUN_MARKERS.contains(&lower.as_str()) {
                return true;
            }
            // "the two senators claim": a plural noun before the form is its subject.
            let plural = lower.ends_with('s') && !lower.ends_with("ss");
            if plural || self.is(k, lex::PRONOUN | lex::AUX_WORD | lex::SPEECH_VERB) || PREPOSITIONS.contains(&lower.as_str()) {
                return false;
            }
        }
        false
    }

    /// The cue after a quotation whose last token is `last`: “…,” he said / “…,” said Smith /
    /// “…,” Smith, a doctor, said / “…” — Smith.
    pub fn after(&self, last: usize) -> Option<Cue> {
        let n = self.tokens.len();
        let mut i = last + 1;
        if i >= n || self.tokens[i].para_start {
            return None;
        }
        let inner_end = self.tokens.get(last.wrapping_sub(1)).filter(|t| !t.word).map(|t| t.text(self.text));
        let mut adjacent = matches!(inner_end, Some("," | "?" | "!" | "—" | "–"));
        if self.is_punct(i, ",") {
            adjacent = true;
            i += 1;
        }
        if i >= n || self.tokens[i].para_start || self.tokens[i].quoted {
            return None;
        }
        // “… senator.” He mocked Rubio — a sentence closed inside the quote and a capitalised pronoun
        // after it: a new sentence, not a cue.
        let closed = matches!(inner_end, Some("."))
            || self.tokens.get(last.wrapping_sub(1)).is_some_and(|t| t.text(self.text) == ".");
        if closed && !adjacent && self.tokens[i].capital && self.pronoun_at(i).is_some() {
            return None;
        }
        // “…,” according to a filing from the court.
        if self.word(i).eq_ignore_ascii_case("according") && i + 1 < n && self.word(i + 1) == "to" {
            let mention = self.mention_after(i + 2);
            return Some(Cue { first: i, end: i + 2, mention, adjacent });
        }
        // — Smith / -Smith
        if matches!(self.word(i), "—" | "–" | "-" | "―") && !self.tokens[i].word {
            return self.name_at(i + 1).map(|m| Cue { first: i, end: i + 1, mention: Some(m), adjacent: true });
        }
        // said Smith / says the president (not "saying the city…": a participle does not invert)
        if self.is_verb(i) && !self.word(i).ends_with("ing") {
            let mention = self.mention_after(i + 1);
            if mention.is_some() {
                return Some(Cue { first: i, end: self.cue_end(i), mention, adjacent });
            }
        }
        // he said / Smith (R-Utah) said / Smith, a doctor at the clinic, said
        if let Some(m) = self.pronoun_at(i).or_else(|| self.name_at(i)).or_else(|| self.mention_after(i)) {
            if m.first == i || m.first <= i + 2 {
                if let Some(v) = self.verb_after_subject(m.end) {
                    return Some(Cue { first: v, end: self.cue_end(v), mention: Some(m), adjacent });
                }
            }
        }
        // White House press secretary Karoline Leavitt said: titles and roles before the name.
        let limit = (i + TITLED_SUBJECT_REACH).min(n);
        let v = (i..limit).take_while(|&k| !self.tokens[k].quoted && self.tokens[k].word).find(|&k| self.is_verb(k))?;
        let mention = self.subject_before(v, i)?;
        let lead = &self.tokens[i..mention.first];
        if lead.len() > 6 || lead.iter().any(|t| !t.word && t.text(self.text) != "’") {
            return None;
        }
        Some(Cue { first: v, end: self.cue_end(v), mention: Some(mention), adjacent })
    }

    /// The speech verb after a subject ending at token `k`, past a parenthesis ("(R-Utah)"), an
    /// appositive between commas and adverbs: the token index of the verb.
    fn verb_after_subject(&self, mut k: usize) -> Option<usize> {
        let n = self.tokens.len();
        if k < n && self.is_punct(k, "(") {
            let close = (k..n.min(k + PAREN_REACH)).find(|&j| self.is_punct(j, ")"))?;
            k = close + 1;
        }
        if k < n && self.is_punct(k, ",") {
            // Smith, a doctor who treated him, said
            let mut j = k + 1;
            loop {
                if j >= n || j > k + APPOSITIVE_REACH || self.tokens[j].quoted || self.tokens[j].para_start || self.ends_sentence(j) {
                    return None;
                }
                if self.is_punct(j, ",") {
                    let mut v = j + 1;
                    while v < n && self.tokens[v].word && self.is(v, lex::AUX_WORD) {
                        v += 1;
                    }
                    if v < n && self.is_verb(v) {
                        return Some(v);
                    }
                }
                j += 1;
            }
        }
        while k < n && self.tokens[k].word && !self.tokens[k].quoted && self.is(k, lex::AUX_WORD) {
            k += 1;
        }
        (k < n && self.is_verb(k)).then_some(k)
    }

    /// A cue that closes the sentence holding the quote ending at `last`:
    /// “…” for criminal behavior, she said. / A cashier who “steals” is held accountable, Warren said.
    pub fn sentence_final(&self, last: usize) -> Option<Cue> {
        let n = self.tokens.len();
        let mut end = last + 1;
        // The cue may come after later quotes of the sentence: "“…” are sickening, Ana Ruiz said,
        // noting the mayor “…”", "did not find “ties of any consequence,” aside from … “casually” …,
        // said the bureau's director".
        let reach = n.min(last + 1 + CLOSING_REACH);
        while end < reach && !self.tokens[end].para_start && !self.ends_sentence(end) {
            end += 1;
        }
        // ", SUBJECT VERB" closing a clause after the quote: followed by the sentence end, a comma or
        // a short tail ("in a statement", "on Friday").
        for v in last + 1..end {
            if !self.is_verb(v) {
                continue;
            }
            // ", said the bureau's director, James Comey, on Monday.": the verb before its subject.
            if self.is_punct(v - 1, ",") && !self.word(v).ends_with("ing") {
                if let Some(m) = self.mention_after(v + 1) {
                    return Some(Cue { first: v, end: self.cue_end(v), mention: Some(m), adjacent: false });
                }
            }
            let Some(m) = self.subject_before(v, last + 1) else { continue };
            let comma = m.first > 0 && self.is_punct(m.first - 1, ",");
            // "said Tuesday in Paris, noting …": a short tail may run to a comma.
            let mut tail = (v + 1..end.min(v + CLOSING_TAIL)).take_while(|&k| !self.is_punct(k, ","));
            let closes = tail.all(|k| self.tokens[k].word) || self.is_punct(v + 1, ",") || v + 1 == end;
            if comma && closes {
                return Some(Cue { first: v, end: self.cue_end(v), mention: Some(m), adjacent: false });
            }
        }
        None
    }

    /// The cue before a quotation whose first token is `first`, within its sentence:
    /// X said, “…” / X told reporters: “…” / X said that … “…” / According to X, “…” / LABEL: “…”.
    pub fn before(&self, first: usize) -> Option<Cue> {
        // Inside the quote: a transcript label opens it ("PENCE: Well, …").
        if let Some(m) = self.label_at(first + 1) {
            return Some(Cue { first: m.end, end: m.end + 1, mention: Some(m), adjacent: true });
        }
        let start = self.sentence_start(first);
        if start < first {
            if self.tokens[start].para_start && self.is_punct(first - 1, ":") {
                if let Some(m) = self.label_at(start).filter(|m| m.end == first - 1) {
                    return Some(Cue { first: first - 1, end: first, mention: Some(m), adjacent: true });
                }
            }
            return self.before_in(start, first);
        }
        // A paragraph that ends with a colon introduces the quote below it: "Caddell continued:".
        if !self.tokens[first].para_start || first == 0 || !self.is_punct(first - 1, ":") {
            return None;
        }
        let start = self.sentence_start(first - 1);
        self.before_in(start, first)
    }

    /// The subject of the sentence a quote starting at token `first` sits in, when words precede the
    /// quote: the first pronoun, name or description of the sentence.
    /// `accept` says which named mentions may stand for a person.
    // Kept out of its callers in the widget: inlined at each, it cost 0.3 KB gzipped.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn sentence_subject(&self, first: usize, accept: impl Fn(Mention) -> bool) -> Option<Mention> {
        let mut start = self.sentence_start(first);
        // A dateline is not a subject: "WASHINGTON —", "NEW YORK (AP) —".
        if self.tokens[start].para_start {
            if let Some(dash) = (start..first.min(start + DATELINE_REACH)).find(|&k| matches!(self.word(k), "—" | "–" | "--")) {
                // Words in capitals, punctuation, and the abbreviations of a state or a date
                // ("FLINT, Mich., Oct. 4 (UPI) —").
                let dateline_word = |k: usize| {
                    let w = self.word(k);
                    !w.chars().any(char::is_lowercase)
                        || self.is_punct(k, "(")
                        || w.ends_with('.') && w.len() <= 5 && w.starts_with(char::is_uppercase)
                };
                if (start..dash).all(dateline_word) {
                    start = dash + 1;
                }
            }
        }
        (start..first.min(start + LOOK_BACK)).filter(|&k| !self.tokens[k].quoted && self.tokens[k].word).find_map(|k| {
            let m = self.pronoun_at(k).or_else(|| self.name_at(k).map(|m| self.last_name_run(m)).filter(|&m| accept(m)))?;
            (m.end <= first && !self.word(m.first).eq_ignore_ascii_case("it") && !self.sentence_opener(m.first, start)).then_some(m)
        })
    }

    /// True when token `k`, the first of sentence `start`, is an opening word rather than a name:
    /// "Currently, …", "Following Monday’s debate …", "Shifting to …".
    fn sentence_opener(&self, k: usize, start: usize) -> bool {
        let w = self.word(k);
        k == start
            && (w.ends_with("ing")
                || w.ends_with("ly")
                || self.tokens.get(k + 1).is_some_and(|t| t.text(self.text) == ","))
    }

    /// For a cue whose subject `m` opens a reported clause ("said that he would…", "said he
    /// would…"), the reporting cue before it, when it has a subject of its own.
    fn outer_cue(&self, m: Mention, start: usize) -> Option<Cue> {
        let mut k = m.first.checked_sub(1)?;
        if k > start && self.word(k) == "that" {
            k -= 1;
        }
        if k < start || !self.is_verb(k) {
            return None;
        }
        let outer = self.subject_before(k, start).or_else(|| self.participle_subject(k, start))?;
        Some(Cue { first: k, end: self.cue_end(k), mention: Some(outer), adjacent: false })
    }

    /// The cue among tokens `start..quote` (outside quotes) for the quote starting at token `quote`.
    fn before_in(&self, start: usize, quote: usize) -> Option<Cue> {
        let start = start.max(quote.saturating_sub(LOOK_BACK));
        let adjacent = matches!(self.word(quote - 1), "," | ":" | "that");
        let mut fallback = None;
        let mut v = quote;
        while v > start {
            v -= 1;
            if self.tokens[v].quoted {
                continue;
            }
            if self.word(v).eq_ignore_ascii_case("according")
                && self.tokens.get(v + 1).is_some_and(|t| t.text(self.text) == "to")
            {
                let mention = self.mention_after(v + 2);
                return Some(Cue { first: v, end: v + 2, mention, adjacent });
            }
            if self.is_verb(v) {
                let mention = self
                    .participle_subject(v, start)
                    .or_else(|| self.subject_before(v, start))
                    .or_else(|| self.mention_after(v + 1).filter(|_| v == start || self.is_punct(v - 1, ",")));
                let cue = Cue { first: v, end: self.cue_end(v), mention, adjacent };
                if let Some(m) = mention {
                    // He said that he would offer “a prayer”: the outer cue owns the quote.
                    return Some(self.outer_cue(m, start).unwrap_or(cue));
                }
                // A verb form used as a noun ("Trump’s tweets"): look further left, keep this as a fallback.
                fallback.get_or_insert(cue);
            }
        }
        // "The piece used her words as its headline: “…”": no speech verb, so the sentence's subject.
        if fallback.is_none() && self.is_punct(quote - 1, ":") {
            // "…doesn’t surprise Republican pollster Daron Shaw: “…”": the name the colon follows first.
            let named = self.name_ending_at(quote - 1).filter(|m| m.first >= start && m.first > start);
            // "With Democratic leaders worried …, President Obama is rolling out a message:": an
            // opening phrase led by a preposition ends at its comma, and the subject follows it.
            let opens_with_preposition = words::one_of(self.word(start), PREPOSITIONS);
            let start = match (start..quote).find(|&k| self.is_punct(k, ",")) {
                Some(comma) if opens_with_preposition && comma + 1 < quote => comma + 1,
                _ => start,
            };
            // A lone party or title word opens no subject: "With Democratic leaders worried, …:".
            let subject = named
                .or_else(|| self.pronoun_at(start))
                .or_else(|| self.name_at(start).filter(|&m| !self.is_lone_title(m)))
                .or_else(|| self.mention_after(start));
            if let Some(m) = subject.filter(|m| m.end < quote) {
                return Some(Cue { first: quote - 1, end: quote, mention: Some(m), adjacent: true });
            }
        }
        fallback
    }

    /// Who wrote the statement a mention names: "her statement" → her (a pronoun mention on the
    /// possessive), "The agency issued a statement" → the agency. `None` when `m` is no statement.
    pub(crate) fn statement_author(&self, m: Mention) -> Option<Mention> {
        if m.kind != MentionKind::Role || !words::one_of(self.word(m.end - 1), STATEMENT_NOUNS) {
            return None;
        }
        let opener = words::lowered(self.word(m.first));
        if matches!(opener.as_str(), "his" | "her" | "their") {
            return Some(Mention { first: m.first, end: m.first + 1, kind: MentionKind::Pronoun });
        }
        // "Ivana Trump’s brief", "the Trump campaign’s website": the possessor wrote it.
        if let Some(owner) = (m.first..m.end - 1).rfind(|&k| self.tokens[k].possessive) {
            let first = if matches!(opener.as_str(), "the" | "a" | "an") { m.first + 1 } else { m.first };
            let name = self.name_ending_at(owner + 1).filter(|n| n.first >= first && n.end == owner + 1);
            return Some(name.unwrap_or(Mention { first, end: owner + 1, kind: MentionKind::Role }));
        }
        let verb = m.first.checked_sub(1).filter(|&v| words::one_of(self.word(v), ISSUING_VERBS))?;
        self.subject_before(verb, self.sentence_start(verb))
    }

    /// The cue words from the verb: "said", "told CBS News", "told reporters".
    pub(crate) fn cue_end(&self, verb: usize) -> usize {
        let lower = words::lowered(self.word(verb));
        if matches!(lower.as_str(), "told" | "tells" | "tell" | "telling" | "asked") {
            let mut e = verb + 1;
            while e < self.tokens.len()
                && e < verb + OBJECT_WORDS
                && self.tokens[e].word
                && !self.tokens[e].quoted
                && !self.is(e, lex::SPEECH_VERB)
            {
                let w = self.word(e);
                if !(self.tokens[e].capital
                    || matches!(w, "reporters" | "the" | "a" | "an" | "him" | "her" | "them" | "me" | "us"))
                {
                    break;
                }
                e += 1;
                if self.tokens[e - 1].possessive {
                    break;
                }
            }
            return e;
        }
        verb + 1
    }

    /// The first of the auxiliary words right before token `verb` ("he has repeatedly said"), no
    /// further left than `lo`; `verb` itself when there are none.
    pub(crate) fn before_auxiliaries(&self, verb: usize, lo: usize) -> usize {
        let mut j = verb;
        while j > lo && self.tokens[j - 1].word && self.is(j - 1, lex::AUX_WORD) {
            j -= 1;
        }
        j
    }

    /// The subject of the speech verb at `verb`, looking left no further than `lo`.
    pub(crate) fn subject_before(&self, verb: usize, lo: usize) -> Option<Mention> {
        let j = self.before_auxiliaries(verb, lo);
        if j == lo {
            return None;
        }
        let last = j - 1;
        let t = self.tokens[last];
        if t.quoted {
            return None;
        }
        // "Paul D. Ryan (R-Wis.) said": the subject stands before the parenthesis.
        if self.is_punct(last, ")") {
            let open = (lo..last).rev().take(PAREN_REACH).find(|&o| self.is_punct(o, "("))?;
            return self.subject_before(open, lo);
        }
        if !t.word {
            // Smith, a doctor, said / Smith — a teacher — says / A top strategist, John Weaver, said:
            // the name before the appositive, else a name that is the appositive.
            let mark = self.word(last);
            if matches!(mark, "," | "—" | "–") {
                let mut k = last;
                while k > lo && last - k < APPOSITIVE_BACK {
                    k -= 1;
                    if self.tokens[k].quoted || self.ends_sentence(k) {
                        return None;
                    }
                    if self.is_punct(k, mark) {
                        let inner = self.name_at(k + 1).filter(|m| m.end == last);
                        let before = self.name_ending_at(k).filter(|m| m.first >= lo);
                        // "Mulgrew, president of the United Federation of Teachers, which …, said":
                        // a name after "of" ends an appositive; the subject stands before it.
                        if before.is_some_and(|m| m.first > lo && self.after_preposition(m.first)) {
                            continue;
                        }
                        return before.or(inner);
                    }
                }
            }
            return None;
        }
        if let Some(m) = self.pronoun_at(last) {
            return Some(m);
        }
        if t.capital {
            if let Some(m) = self.name_ending_at(last + 1).filter(|m| m.first >= lo) {
                // "Mr. Morgan of the Sierra Club said": the name before "of" is the subject, the
                // one after it where the subject works.
                if let Some(owner) = self.name_before_affiliation(m, lo) {
                    return Some(owner);
                }
                // "People in Fort Pierce said", "voters from Iowa say": the place only says which
                // people; the phrase from the noun before it speaks.
                if m.first >= lo + 2 && words::one_of(self.word(m.first - 1), &["in", "from", "near", "across"]) {
                    let head = m.first - 2;
                    let noun = self.tokens[head].word
                        && !self.tokens[head].quoted
                        && !self.is(head, lex::PRONOUN | lex::SPEECH_VERB | lex::AUX_WORD);
                    // The description ending on the noun, or the noun alone when it opens the clause.
                    let first = self.role_ending_at(head, lo).map(|r| r.first).or((head == lo).then_some(head));
                    if let Some(first) = first.filter(|_| noun) {
                        return Some(Mention { first, end: m.end, kind: MentionKind::Role });
                    }
                }
                // "The Mayor’s Office", "Trump’s Campaign": an organisation word after a possessive
                // name belongs to it; the whole phrase is the speaker.
                let owned = m.end == m.first + 1
                    && m.first > lo
                    && self.tokens[m.first - 1].possessive
                    && self.is(m.first, lex::ORG_WORD);
                if owned {
                    let mut first = m.first - 1;
                    while first > lo && self.tokens[first - 1].word && self.tokens[first - 1].capital {
                        first -= 1;
                    }
                    if first > lo && self.word(first - 1) == "the" {
                        first -= 1;
                    }
                    return Some(Mention { first, end: m.end, kind: MentionKind::Role });
                }
                return Some(m);
            }
        }
        let role = self.role_ending_at(last, lo)?;
        // "Trump at the time said" / "Clinton on Tuesday said": a phrase after a preposition is not
        // the subject; the subject stands before it.
        if role.first > lo && words::one_of(self.word(role.first - 1), PREPOSITIONS) {
            let before = role.first - 1;
            if before > lo {
                let subject =
                    self.pronoun_at(before - 1).or_else(|| self.name_ending_at(before).filter(|m| m.first >= lo));
                if subject.is_some() {
                    return subject;
                }
            }
        }
        Some(role)
    }

    /// The person named before an affiliation that `m` names: "Mr. Morgan of the Sierra Club",
    /// "Aris Shirvanian of the Patriarchate of Jerusalem". A person has a full name or a title before
    /// the name, and no organisation word in it ("the Department of Justice" is one body).
    fn name_before_affiliation(&self, m: Mention, lo: usize) -> Option<Mention> {
        let mut m = m;
        for _ in 0..AFFILIATION_STEPS {
            let mut p = m.first;
            if p > lo && self.word(p - 1).eq_ignore_ascii_case("the") {
                p -= 1;
            }
            if p < lo + 2 || !matches!(self.word(p - 1), "of" | "at" | "from") {
                return None;
            }
            let owner = self.name_ending_at(p - 1).filter(|o| o.first >= lo && self.tokens[o.first].capital)?;
            // "UMWA Director of Government Affairs Phil Smith": a title's "of" is no affiliation.
            if (owner.first..owner.end).any(|k| self.is(k, lex::TITLE)) {
                return None;
            }
            if (owner.first..owner.end).any(|k| self.is(k, lex::ORG_WORD)) {
                m = owner;
                continue;
            }
            let titled = owner.first > lo && self.is(owner.first - 1, lex::TITLE);
            return (owner.end - owner.first > 1 || titled).then_some(owner);
        }
        None
    }

    /// True when name `m` only qualifies the noun after it, inside a description: "the New York
    /// businessman", "a Trump campaign aide".
    fn modifies_noun(&self, m: Mention, lo: usize) -> bool {
        let opened = m.first > lo && words::one_of(self.word(m.first - 1), &["the", "a", "an"]);
        let noun_after = self.tokens.get(m.end).is_some_and(|t| {
            t.word && !t.capital && !t.quoted && !self.is(m.end, lex::SPEECH_VERB | lex::AUX_WORD | lex::PRONOUN)
        });
        opened && noun_after
    }

    /// For "…, adding" / "…, saying": the subject of the sentence the participle hangs from.
    pub(crate) fn participle_subject(&self, verb: usize, lo: usize) -> Option<Mention> {
        let after_clause = verb > lo
            && (self.is_punct(verb - 1, ",") || matches!(self.word(verb - 1), "before" | "after" | "while" | "when"));
        if !self.word(verb).ends_with("ing") || !after_clause {
            return None;
        }
        // "…, Nefzi said, adding, “…”", "Ruiz said Tuesday in Paris, noting …": a participle that
        // goes on from a speech verb shortly before it shares that verb's subject.
        if self.is_punct(verb - 1, ",") {
            let near = verb.saturating_sub(PARTICIPLE_REACH).max(lo);
            let said = (near..verb - 1).rev().take_while(|&k| !self.tokens[k].quoted).find(|&k| self.is_verb(k));
            if let Some(m) = said.and_then(|k| self.subject_before(k, lo)).filter(|m| m.kind != MentionKind::Role) {
                return Some(m);
            }
        }
        // A pronoun or a name first; a description ("the mayor") only when there is neither.
        let words = || (lo..verb).filter(|&i| self.tokens[i].word && !self.tokens[i].quoted);
        words()
            .find_map(|i| {
                self.pronoun_at(i)
                    .or_else(|| {
                        // A name starts its capitalised run: not "York" of "the New York businessman".
                        let inside_run = i > lo && self.tokens[i - 1].word && self.tokens[i - 1].capital;
                        self.name_at(i)
                            .filter(|&m| !inside_run && !self.after_preposition(m.first) && !self.modifies_noun(m, lo))
                            .map(|m| self.last_name_run(m))
                    })
                    .filter(|m| m.end <= verb)
            })
            .or_else(|| words().find_map(|i| self.mention_after(i).filter(|m| m.end <= verb)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::tests::{at, doc_of};

    #[test]
    fn word_lists_are_lower_case_ascii() {
        // `words::one_of` compares a word with them ignoring ASCII case.
        for list in [ISSUING_VERBS, STATEMENT_NOUNS] {
            crate::words::assert_lower_ascii(list);
        }
    }

    /// (cue words, mention) of a cue.
    fn show(doc: &Doc, cue: Option<Cue>) -> Option<(String, Option<String>)> {
        cue.map(|c| {
            let words = doc.span(c.first, c.end).slice(doc.text).to_owned();
            (words, c.mention.map(|m| doc.span(m.first, m.end).slice(doc.text).to_owned()))
        })
    }

    /// The last token of the first quotation (its closing mark).
    fn quote_end(doc: &Doc) -> usize {
        (0..doc.tokens.len()).rfind(|&i| doc.tokens[i].quoted).unwrap()
    }

    fn quote_start(doc: &Doc) -> usize {
        (0..doc.tokens.len()).find(|&i| doc.tokens[i].quoted).unwrap()
    }

    #[test]
    fn cue_after_the_quote() {
        let doc = doc_of("“It works,” said Maria Lopez, a city planner.");
        assert_eq!(show(&doc, doc.after(quote_end(&doc))), Some(("said".into(), Some("Maria Lopez".into()))));
        let doc = doc_of("“It works,” White House press secretary Karoline Leavitt said.");
        assert_eq!(show(&doc, doc.after(quote_end(&doc))), Some(("said".into(), Some("Karoline Leavitt".into()))));
        let doc = doc_of("“It works,” Paul Ryan (R-Wis.) told CBS News.");
        assert_eq!(show(&doc, doc.after(quote_end(&doc))), Some(("told CBS News".into(), Some("Paul Ryan".into()))));
        let doc = doc_of("“It works” — Maria Lopez");
        assert_eq!(show(&doc, doc.after(quote_end(&doc))), Some(("—".into(), Some("Maria Lopez".into()))));
    }

    #[test]
    fn a_name_inside_a_description_is_no_subject() {
        let doc = doc_of("“We need change,” the New York businessman said, arguing for “common sense.”");
        let m = doc.participle_subject(at(&doc, "arguing"), 0);
        assert_eq!(m.map(|m| doc.span(m.first, m.end).slice(doc.text)), Some("the New York businessman"));
    }

    #[test]
    fn a_participle_after_a_speech_verb_shares_its_subject() {
        let doc = doc_of("Paul Grant left early, Ana Ruiz said, adding, “He was tired.”");
        let m = doc.participle_subject(at(&doc, "adding"), 0);
        assert_eq!(m.map(|m| doc.span(m.first, m.end).slice(doc.text)), Some("Ana Ruiz"));
        let doc = doc_of("Grant’s plan is sickening, Ana Ruiz said Tuesday in Paris, noting it “makes you angry.”");
        let m = doc.participle_subject(at(&doc, "noting"), 0);
        assert_eq!(m.map(|m| doc.span(m.first, m.end).slice(doc.text)), Some("Ana Ruiz"));
    }

    #[test]
    fn a_closing_cue_before_a_later_quote() {
        let doc = doc_of("Grant’s “excesses” are sickening, Ana Ruiz said Tuesday in Paris, noting it “makes you angry.”");
        let last = (0..doc.tokens.len()).find(|&i| doc.tokens[i].quoted && doc.word(i) == "”").unwrap();
        assert_eq!(show(&doc, doc.sentence_final(last)), Some(("said".into(), Some("Ana Ruiz".into()))));
    }

    #[test]
    fn it_is_no_subject_whatever_its_case() {
        let doc = doc_of("It is now so big that Ana Ruiz thanked its members “for all their help.”");
        let m = doc.sentence_subject(quote_start(&doc), |_| true);
        assert_eq!(m.map(|m| doc.span(m.first, m.end).slice(doc.text)), Some("Ana Ruiz"));
    }

    #[test]
    fn a_verb_form_before_a_title_qualifies_a_name() {
        let doc = doc_of("State Sen. Lee Bright spoke.");
        assert!(doc.reporting_verb(0).is_none() && !doc.is_verb(0));
    }

    #[test]
    fn a_closing_cue_may_put_its_verb_first() {
        // Past a later quote of the sentence, too.
        let doc = doc_of("The agency found no “ties,” aside from a few “casual” contacts, said the agency’s director, Ana Ruiz.");
        let last = (0..doc.tokens.len()).find(|&i| doc.tokens[i].quoted && doc.word(i) == "”").unwrap();
        let cue = doc.sentence_final(last).unwrap();
        assert_eq!(doc.span(cue.first, cue.end).slice(doc.text), "said");
        assert_eq!(cue.mention.map(|m| doc.span(m.first, m.end).slice(doc.text)), Some("the agency’s director"));
    }

    #[test]
    fn a_phrase_after_at_is_no_subject() {
        let doc = doc_of("Trump at the time said he had asked his “people” to look into it.");
        assert_eq!(show(&doc, doc.before(quote_start(&doc))), Some(("said".into(), Some("Trump".into()))));
    }

    #[test]
    fn people_of_a_place_speak_not_the_place() {
        let doc = doc_of("People in Fort Pierce said “it was a quiet town.”");
        assert_eq!(show(&doc, doc.before(quote_start(&doc))), Some(("said".into(), Some("People in Fort Pierce".into()))));
        let doc = doc_of("“It was quiet,” the senator from Vermont said.");
        assert_eq!(show(&doc, doc.after(quote_end(&doc))), Some(("said".into(), Some("the senator from Vermont".into()))));
    }

    #[test]
    fn a_colon_cue_skips_an_opening_phrase() {
        let doc = doc_of("With Democratic leaders worried about the vote, President Obama has a new message: “It is about me.”");
        assert_eq!(show(&doc, doc.before(quote_start(&doc))), Some((":".into(), Some("Obama".into()))));
    }

    #[test]
    fn the_subject_before_its_affiliation() {
        let doc = doc_of("“It works,” Mr. Morgan of the Sierra Club said.");
        assert_eq!(show(&doc, doc.after(quote_end(&doc))), Some(("said".into(), Some("Morgan".into()))));
        // A body's name runs over "of": "the Department of Justice" is no person of a department.
        let doc = doc_of("“It works,” the Department of Justice said.");
        assert_ne!(show(&doc, doc.after(quote_end(&doc))), Some(("said".into(), Some("Department".into()))));
    }

    #[test]
    fn an_office_belongs_to_its_possessor() {
        let doc = doc_of("“We accept it,” the Mayor’s Office today said.");
        assert_eq!(show(&doc, doc.after(quote_end(&doc))), Some(("said".into(), Some("the Mayor’s Office".into()))));
    }

    #[test]
    fn the_subject_before_an_appositive_that_names_an_organisation() {
        let doc = doc_of("Michael Mulgrew, president of the United Federation of Teachers, said “we are ready.”");
        let m = doc.before(quote_start(&doc)).and_then(|c| c.mention).unwrap();
        assert_eq!(doc.span(m.first, m.end).slice(doc.text), "Michael Mulgrew");
    }

    #[test]
    fn a_new_sentence_after_a_closed_quote_is_no_cue() {
        let doc = doc_of("“He is a fine senator.” He mocked Rubio later.");
        assert_eq!(doc.after(quote_end(&doc)), None);
    }

    #[test]
    fn cue_before_the_quote() {
        let doc = doc_of("The mayor told reporters: “We are ready.”");
        assert_eq!(show(&doc, doc.before(quote_start(&doc))), Some(("told reporters".into(), Some("The mayor".into()))));
        let doc = doc_of("According to Smith, “the plan failed.”");
        assert_eq!(show(&doc, doc.before(quote_start(&doc))), Some(("According to".into(), Some("Smith".into()))));
        // The outer cue owns a quote inside a reported clause.
        let doc = doc_of("Jones said that he would offer “a prayer” tonight.");
        assert_eq!(show(&doc, doc.before(quote_start(&doc))), Some(("said".into(), Some("Jones".into()))));
    }

    #[test]
    fn a_verb_used_as_a_noun_is_no_cue() {
        let doc = doc_of("Obama’s remarks and the report came in a statement.");
        for word in ["remarks", "report", "statement"] {
            assert!(!doc.is_verb(at(&doc, word)), "{word}");
        }
        let doc = doc_of("Smith said it.");
        assert!(doc.is_verb(at(&doc, "said")));
        // A plain form at the end of a noun phrase: "a controversial comment", "the following claim".
        let doc = doc_of("She made a controversial comment, and he made the following claim.");
        assert!(!doc.is_verb(at(&doc, "comment")));
        assert!(!doc.is_verb(at(&doc, "claim")));
        let doc = doc_of("The former senator said it, and the two senators claim it.");
        assert!(doc.is_verb(at(&doc, "said")));
        assert!(doc.is_verb(at(&doc, "claim")));
    }

    #[test]
    fn the_sentence_subject_skips_datelines_and_opening_words() {
        let doc = doc_of("WASHINGTON — Smith called the plan “a disaster.”");
        let m = doc.sentence_subject(quote_start(&doc), |_| true).unwrap();
        assert_eq!(doc.span(m.first, m.end).slice(doc.text), "Smith");
        let doc = doc_of("Currently, nobody calls it “fine.”");
        assert_eq!(doc.sentence_subject(quote_start(&doc), |_| true), None);
    }
}

//! Scanners for who a cue names: name runs (titles and descriptors skipped), pronouns, roles and
//! descriptions, transcript labels. They read tokens and decide nothing about cues.

use crate::doc::Doc;
use crate::words::{self, lex};

/// Prepositions before a verb form that make it a noun, unless it is an -ing form: "in remarks".
pub(crate) const PREPOSITIONS: &[&str] = &["in", "of", "with", "for", "during", "by", "from", "after", "before", "about", "on", "at"];

/// How a mention names its speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionKind {
    /// A proper name ("Karoline Leavitt", "Trump").
    Name,
    /// A subject pronoun ("he", "she", "they").
    Pronoun,
    /// A description or role ("the president", "a campaign spokesman", "sources").
    Role,
}

/// A stretch of tokens naming a speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    /// First token.
    pub first: usize,
    /// One past the last token.
    pub end: usize,
    /// Name, pronoun or role.
    pub kind: MentionKind,
}

/// How many capitalised words a transcript label holds: "MR. TRUMP:", "Sen. Warren:".
const LABEL_WORDS: usize = 4;

/// How many words a description after a verb may hold: "said the former state party chairman".
const DESCRIPTION_WORDS: usize = 5;

/// Words that end a run of role words: what follows them is no longer a title before a name.
const ROLE_BREAKS: &[&str] = &["the", "a", "an", "of", "for", "who", "at", "in", "on", "and", "or", "to", "with", "by", "from", "that", "than", "as"];

/// How many words before its head a role may hold: "a longtime Democratic campaign spokesman".
const ROLE_WORDS: usize = 5;

impl<'t> Doc<'t> {
    /// True when a preposition stands right before token `i` ("in Salem": a place, not a subject).
    pub(crate) fn after_preposition(&self, i: usize) -> bool {
        i > 0 && self.tokens[i - 1].word && words::one_of(self.word(i - 1), PREPOSITIONS)
    }

    /// A transcript label at token `i`: one to three capitalised words in capitals (or a title and a
    /// name) followed by a colon: `PENCE:`, `Mr. Trump:`.
    pub fn label_at(&self, i: usize) -> Option<Mention> {
        let mut e = i;
        while e < self.tokens.len() && e < i + LABEL_WORDS && self.tokens[e].word && self.tokens[e].capital {
            e += 1;
        }
        if e == i || e >= self.tokens.len() || !self.is_punct(e, ":") {
            return None;
        }
        let all_caps = (i..e).all(|k| !self.word(k).chars().any(char::is_lowercase));
        let titled = self.is(i, lex::TITLE) && e > i + 1;
        (all_caps || titled).then_some(Mention { first: i, end: e, kind: MentionKind::Name })
    }

    /// The mention right after a verb: said Smith / said the president / said he.
    pub(crate) fn mention_after(&self, i: usize) -> Option<Mention> {
        let t = *self.tokens.get(i)?;
        if t.quoted || !t.word {
            return None;
        }
        if let Some(m) = self.pronoun_at(i) {
            return Some(m);
        }
        if let Some(m) = self.name_at(i) {
            return Some(self.last_name_run(m));
        }
        // "said 9/11 widow Terry Strada": role words, then the name.
        if let Some(m) = self.titled_name_after(i) {
            return Some(m);
        }
        let lower = words::lowered(self.word(i));
        if matches!(lower.as_str(), "the" | "a" | "an" | "one" | "another" | "his" | "her" | "their") {
            let mut e = i + 1;
            while e < self.tokens.len()
                && e <= i + DESCRIPTION_WORDS
                && self.tokens[e].word
                && !self.tokens[e].quoted
                && !self.is(e, lex::SPEECH_VERB | lex::AUX_WORD)
            {
                // "the MSNBC host Chris Matthews": the name after the role words is the speaker.
                if e > i + 1 && self.tokens[e].capital && self.is(e - 1, lex::TITLE) {
                    if let Some(m) = self.titled_name_after(e - 1) {
                        return Some(m);
                    }
                }
                e += 1;
                // "the bureau's director": a possessive goes on to the noun it owns.
                let owns = e < self.tokens.len() && self.tokens[e].word && !self.tokens[e].capital;
                if self.tokens[e - 1].possessive && !owns {
                    break;
                }
                let w = words::lowered(self.word(e - 1));
                if matches!(w.as_str(), "of" | "for" | "who" | "at" | "in" | "on" | "and") {
                    e -= 1;
                    break;
                }
            }
            if e > i + 1 {
                return Some(Mention { first: i, end: e, kind: MentionKind::Role });
            }
        }
        None
    }

    pub(crate) fn pronoun_at(&self, i: usize) -> Option<Mention> {
        let t = self.tokens[i];
        (t.word && !t.quoted && self.is(i, lex::PRONOUN)).then_some(Mention {
            first: i,
            end: i + 1,
            kind: MentionKind::Pronoun,
        })
    }

    /// A proper name starting at token `i` (titles skipped): "Karoline Leavitt", "Donald J. Trump".
    pub fn name_at(&self, i: usize) -> Option<Mention> {
        let mut first = i;
        let mut end = i;
        while end < self.tokens.len() && self.is_name_token(end, end == first) {
            end += 1;
            if self.tokens[end - 1].possessive {
                break;
            }
        }
        while first < end && self.is(first, lex::NAME_STOPWORD) {
            first += 1;
        }
        let first = self.name_start(first, end);
        (first < end).then_some(Mention { first, end, kind: MentionKind::Name })
    }

    /// Where the name proper starts in a capitalised run `first..end`: after the last title or
    /// descriptor ("Massachusetts Sen. Elizabeth Warren", "Republican Donald Trump"), or, in a
    /// longer run that does not open with one, at a known first name ("Miss Universe Alicia Machado").
    fn name_start(&self, first: usize, end: usize) -> usize {
        let mut start = first;
        for k in first..end.saturating_sub(1) {
            if self.is(k, lex::TITLE) {
                start = k + 1;
            }
        }
        // "Christine Todd Whitman" opens with a first name already: a middle one does not move it.
        if end - start >= 3 && words::first_name_gender(self.word(start)).is_none() {
            if let Some(k) = (start + 1..end - 1).find(|&k| words::first_name_gender(self.word(k)).is_some()) {
                start = k;
            }
        }
        start
    }

    /// A proper name whose last token is `end - 1`, read leftwards.
    pub(crate) fn name_ending_at(&self, end: usize) -> Option<Mention> {
        let mut first = end;
        while first > 0 && self.is_name_token(first - 1, false) && !(first < end && self.tokens[first - 1].possessive) {
            first -= 1;
            if self.tokens[first].para_start {
                break;
            }
        }
        while first < end
            && (self.is(first, lex::NAME_STOPWORD) || self.is(first, lex::TITLE))
            && first + 1 < end
        {
            first += 1;
        }
        if first < end && self.is(first, lex::NAME_STOPWORD) {
            return None;
        }
        let first = self.name_start(first, end);
        (first < end).then_some(Mention { first, end, kind: MentionKind::Name })
    }

    fn is_name_token(&self, i: usize, leading: bool) -> bool {
        let t = self.tokens[i];
        if t.quoted || !t.word {
            return false;
        }
        if t.capital {
            return !self.is(i, lex::SPEECH_VERB | lex::PRONOUN);
        }
        !leading && self.is_connector(i)
    }

    /// The name a mention leads up to when role words follow it: "MSNBC host Chris Matthews",
    /// "Clinton’s campaign manager Robby Mook", "9/11 widow Terry Strada" name the last run, and the
    /// words before it only describe that person. `m` itself when no such name follows.
    pub(crate) fn last_name_run(&self, m: Mention) -> Mention {
        // Only a possessor, a lone party or title word, or a name a title follows leads up to another
        // name: "Trump attacked former nominee Mitt Romney" has a verb between the two.
        if !self.leads_on(m) {
            return m;
        }
        self.titled_name_after(m.end).unwrap_or(m)
    }

    /// A name after role words starting at token `k` whose last word is a title or role noun, at most
    /// [`ROLE_WORDS`] of them, all lowercase but for titles: "host Chris Matthews", "campaign manager
    /// Robby Mook", "presidential nominee Donald Trump".
    pub(crate) fn titled_name_after(&self, k: usize) -> Option<Mention> {
        let m = self.name_after_roles(k)?;
        // "former Utah governor Michael Leavitt": a place or a body before more role words leads on
        // to the name they describe, one step further.
        let further = self.leads_on(m).then(|| self.name_after_roles(m.end)).flatten();
        further.or(Some(m)).filter(|m| self.ends_phrase(m.end))
    }

    /// The name that role words starting at `k` end with, whatever follows it.
    fn name_after_roles(&self, k: usize) -> Option<Mention> {
        let n = self.tokens.len();
        let mut j = k;
        while j < n && j < k + ROLE_WORDS {
            let t = self.tokens[j];
            if !t.word || t.quoted || t.para_start || self.is(j, lex::SPEECH_VERB | lex::PRONOUN | lex::AUX_WORD) {
                return None;
            }
            if t.capital && !self.is(j, lex::TITLE) {
                break;
            }
            if t.possessive || words::one_of(self.word(j), ROLE_BREAKS) {
                return None;
            }
            j += 1;
        }
        if j == k || j >= n || !self.tokens[j].capital || !self.is(j - 1, lex::TITLE) {
            return None;
        }
        self.name_at(j).filter(|m| !self.is_lone_title(*m))
    }

    /// True when a name ending before token `k` ends its noun phrase: no role noun follows it, as
    /// one does in "a senior Cruz adviser" or "a Republican National Committee member", where the
    /// name only qualifies the noun.
    fn ends_phrase(&self, k: usize) -> bool {
        self.tokens.get(k).is_none_or(|t| !t.word || t.capital || t.quoted || !self.is(k, lex::TITLE))
    }

    /// True when role words may follow mention `m` and lead to a name: `m` is a possessor, a lone
    /// party or title word, or a name a title follows ("MSNBC host …").
    fn leads_on(&self, m: Mention) -> bool {
        m.kind != MentionKind::Pronoun
            && m.end < self.tokens.len()
            && (self.tokens[m.end - 1].possessive || self.is_lone_title(m) || self.is(m.end, lex::TITLE))
    }

    /// A lowercase particle inside a name, before a capitalised word: "Bill de Blasio", "bin Salman".
    pub fn is_connector(&self, i: usize) -> bool {
        // Asked of every small word inside a capitalised run: the capital after it and the
        // particles' length, two or three letters, rule out most before any word is compared.
        let word = self.word(i);
        self.tokens.get(i + 1).is_some_and(|n| n.capital)
            && (2..=3).contains(&word.len())
            && matches!(word, "de" | "van" | "von" | "der" | "al" | "bin" | "da" | "del" | "la" | "le" | "ibn")
    }

    /// True when `m` is one title or party word and nothing more: "Republican claims", "U.S.
    /// senator" name no one.
    pub(crate) fn is_lone_title(&self, m: Mention) -> bool {
        m.end == m.first + 1 && self.is(m.first, lex::TITLE)
    }

    /// A description ending at token `last`: "the president", "a campaign spokesman", "sources".
    pub(crate) fn role_ending_at(&self, last: usize, lo: usize) -> Option<Mention> {
        let head = words::lowered(self.word(last));
        if head.chars().any(|c| !c.is_alphabetic() && c != '-') || self.is(last, lex::NAME_STOPWORD) {
            return None;
        }
        let mut k = last;
        while k > lo && last - k < ROLE_WORDS {
            let prev = self.tokens[k - 1];
            if prev.quoted || !prev.word {
                break;
            }
            let w = words::lowered(prev.text(self.text));
            if matches!(
                w.as_str(),
                "the"
                    | "a"
                    | "an"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "another"
                    | "one"
                    | "two"
                    | "three"
                    | "several"
                    | "many"
                    | "some"
                    | "other"
            ) {
                return Some(Mention { first: k - 1, end: last + 1, kind: MentionKind::Role });
            }
            if self.is(k - 1, lex::SPEECH_VERB)
                || matches!(
                    w.as_str(),
                    "that" | "and" | "but" | "or" | "who" | "which" | "as" | "when" | "while" | "if" | "because"
                )
            {
                break;
            }
            k -= 1;
        }
        // A bare plural at the start of a clause: "sources said", "officials said".
        let clause_start = k == lo
            || self.tokens[k - 1].para_start && k == last
            || (!self.tokens[k - 1].word && !self.tokens[k - 1].quoted);
        (clause_start && (head.ends_with('s') || k < last)).then_some(Mention {
            first: k,
            end: last + 1,
            kind: MentionKind::Role,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doc::tests::{at, doc_of};

    #[test]
    fn word_lists_are_lower_case_ascii() {
        // `words::one_of` compares a word with them ignoring ASCII case.
        for list in [PREPOSITIONS, ROLE_BREAKS] {
            crate::words::assert_lower_ascii(list);
        }
    }

    fn show(doc: &Doc, m: Option<Mention>) -> Option<(String, MentionKind)> {
        m.map(|m| (doc.span(m.first, m.end).slice(doc.text).to_owned(), m.kind))
    }

    #[test]
    fn a_description_runs_on_over_a_possessive_to_its_noun() {
        let doc = doc_of("“No ties,” said the bureau’s director, Ana Ruiz.");
        let said = at(&doc, "said");
        assert_eq!(show(&doc, doc.mention_after(said + 1)), Some(("the bureau’s director".into(), MentionKind::Role)));
    }

    #[test]
    fn names_skip_titles_and_descriptors() {
        let doc = doc_of("Massachusetts Sen. Elizabeth Warren spoke, and Republican Donald J. Trump listened.");
        assert_eq!(show(&doc, doc.name_at(0)), Some(("Elizabeth Warren".into(), MentionKind::Name)));
        let r = at(&doc, "Republican");
        assert_eq!(show(&doc, doc.name_at(r)), Some(("Donald J. Trump".into(), MentionKind::Name)));
        let spoke = at(&doc, "spoke");
        assert_eq!(show(&doc, doc.name_ending_at(spoke)), Some(("Elizabeth Warren".into(), MentionKind::Name)));
    }

    #[test]
    fn a_title_phrase_before_a_first_name_is_no_part_of_the_name() {
        let doc = doc_of("Trump shamed former Miss Universe Alicia Machado.");
        let miss = at(&doc, "Miss");
        assert_eq!(show(&doc, doc.name_at(miss)), Some(("Alicia Machado".into(), MentionKind::Name)));
        // A run that opens with a first name keeps it, whatever first name stands in its middle.
        let doc = doc_of("Later Christine Todd Whitman spoke.");
        let christine = at(&doc, "Christine");
        assert_eq!(show(&doc, doc.name_at(christine)), Some(("Christine Todd Whitman".into(), MentionKind::Name)));
    }

    #[test]
    fn an_opening_preposition_is_no_part_of_the_name() {
        let doc = doc_of("Given Ana Ruiz's record, the plan will pass.");
        assert_eq!(show(&doc, doc.name_at(0)), Some(("Ana Ruiz".into(), MentionKind::Name)));
        let doc = doc_of("Following Smith, the council voted.");
        assert_eq!(show(&doc, doc.name_at(0)), Some(("Smith".into(), MentionKind::Name)));
    }

    #[test]
    fn connectors_stay_inside_names() {
        let doc = doc_of("Mayor Bill de Blasio spoke.");
        assert_eq!(show(&doc, doc.name_at(0)), Some(("Bill de Blasio".into(), MentionKind::Name)));
    }

    #[test]
    fn pronouns_roles_and_descriptions() {
        let doc = doc_of("Later, a campaign spokesman said so, said the former party chairman of Ohio.");
        let spokesman = at(&doc, "spokesman");
        assert_eq!(show(&doc, doc.role_ending_at(spokesman, 0)), Some(("a campaign spokesman".into(), MentionKind::Role)));
        let said = (0..doc.tokens.len()).rfind(|&i| doc.word(i) == "said").unwrap();
        assert_eq!(
            show(&doc, doc.mention_after(said + 1)),
            Some(("the former party chairman".into(), MentionKind::Role))
        );
        let doc = doc_of("She said it.");
        assert_eq!(show(&doc, doc.pronoun_at(0)), Some(("She".into(), MentionKind::Pronoun)));
        assert_eq!(doc.pronoun_at(at(&doc, "said")), None);
    }

    #[test]
    fn the_last_name_run_after_role_words() {
        let doc = doc_of("Later, Radio Nova host Rosa Mendes and Ruiz’s campaign manager Tomas Berg spoke.");
        let nova = at(&doc, "Radio");
        assert_eq!(show(&doc, doc.name_at(nova).map(|m| doc.last_name_run(m))), Some(("Rosa Mendes".into(), MentionKind::Name)));
        let ruiz = at(&doc, "Ruiz");
        assert_eq!(show(&doc, doc.name_at(ruiz).map(|m| doc.last_name_run(m))), Some(("Tomas Berg".into(), MentionKind::Name)));
        // A verb between two names parts them: the first is its own subject.
        let doc = doc_of("Ana Ruiz attacked former governor Tomas Berg.");
        assert_eq!(show(&doc, doc.name_at(0).map(|m| doc.last_name_run(m))), Some(("Ana Ruiz".into(), MentionKind::Name)));
    }

    #[test]
    fn transcript_labels() {
        let doc = doc_of("PENCE: No, she will not.");
        assert_eq!(show(&doc, doc.label_at(0)), Some(("PENCE".into(), MentionKind::Name)));
        let doc = doc_of("Sen. Warren: We will.");
        assert_eq!(show(&doc, doc.label_at(0)), Some(("Sen. Warren".into(), MentionKind::Name)));
        let doc = doc_of("Note this: nothing.");
        assert_eq!(doc.label_at(0), None);
    }
}

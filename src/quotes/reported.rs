//! Reported speech: the content of "X said (that) C", "C, X said", "according to X, C" and their kin.

use super::cues::{Cue, PAREN_REACH};
use super::names::{Mention, MentionKind};
use crate::doc::Doc;
use crate::doc::tokens::TokenRange;
use crate::words::{self, lex, Reporting};

/// One attribution of reported speech, in tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reported {
    /// The reported content: one range, or two when the cue stands inside it ("The plan, he said,
    /// will fail").
    pub parts: Vec<TokenRange>,
    /// The reporting verb or phrase, with the mention of its source.
    pub cue: Cue,
}

/// The fewest words reported content holds: "he said so" reports nothing a reader can check.
const MIN_CONTENT_WORDS: usize = 3;

/// The fewest words the object of taking a side holds: "praised the new tax plan" reports what;
/// "endorsed Cuomo" names a side taken, no content a reader could check.
const MIN_OBJECT_WORDS: usize = 2;

/// How many tokens reported content may run before or after its cue: longer than any sentence a
/// reporter writes, and a bound that keeps a sentence of thousands of reports linear.
const CONTENT_REACH: usize = 150;

/// How far past the verb a "that" may stand and still open its content: "said in a statement on
/// Tuesday that …".
const THAT_REACH: usize = 8;

/// How far after "and" a reporting verb makes it a second report rather than part of the content.
const COORDINATED_REACH: usize = 5;

/// How far past "according to X" the comma that closes the source may stand.
const SOURCE_REACH: usize = 12;

/// Finds the reported speech of every unquoted sentence, in text order. Content that holds a
/// quotation is left to the direct quote it holds (a mixed quote stays one quote of kind speech),
/// and so are questions.
pub fn find_reported(doc: &Doc) -> Vec<Reported> {
    let mut out = Vec::new();
    let n = doc.tokens.len();
    let mut start = 0;
    while start < n {
        let mut end = start + 1;
        while end < n && !doc.tokens[end].para_start && !doc.ends_sentence(end - 1) {
            end += 1;
        }
        let found = out.len();
        sentence(doc, TokenRange { first: start, end }, &mut out);
        start = end;
        // "A: No. It goes beyond that.": a transcript answer runs to its paragraph's end.
        if let Some(r) = out.get_mut(found) {
            if let Some(para_end) = labelled_answer_end(doc, r, end) {
                start = para_end;
            }
        }
    }
    out
}

/// For a transcript label's content `r` that ends its sentence at token `end`, extends the
/// content to its paragraph's end (before the closing punctuation) and returns that end. A
/// paragraph whose later sentences hold a quotation keeps the first sentence only.
fn labelled_answer_end(doc: &Doc, r: &mut Reported, end: usize) -> Option<usize> {
    let tokens = &doc.tokens;
    let [part] = r.parts.as_mut_slice() else { return None };
    let label = r.cue.first;
    if !doc.is_punct(label, ":") || !r.cue.mention.is_some_and(|m| tokens[m.first].para_start) || part.end + 1 < end {
        return None;
    }
    let para_end = (end..tokens.len()).find(|&j| tokens[j].para_start).unwrap_or(tokens.len());
    if para_end == end || tokens[end..para_end].iter().any(|t| t.quoted) {
        return None;
    }
    part.end = if tokens[para_end - 1].word { para_end } else { para_end - 1 };
    Some(para_end)
}

/// The reported speech of the sentence `s` (its tokens, end punctuation included).
fn sentence(doc: &Doc, s: TokenRange, out: &mut Vec<Reported>) {
    let tokens = &doc.tokens;
    let last = s.end - 1;
    if doc.is_punct(last, "?") {
        return;
    }
    // The content ends before the sentence's closing punctuation.
    let body_end = if tokens[last].word || tokens[last].quoted { s.end } else { last };
    let body = TokenRange { first: s.first, end: body_end };
    // "C, sources said.": an attribution that closes the sentence owns all that comes before it,
    // whatever verbs stand inside ("Secret Service protocol called for …, sources said").
    if let Some(r) = closing_attribution(doc, body) {
        out.push(r);
        return;
    }
    let mut k = body.first;
    // Content never reaches back into the attribution before it.
    let mut floor = body.first;
    while k < body.end {
        // Most tokens can open no attribution whatever stretch is read around them (`may_open` of
        // any stretch inside `body` starting at `floor` or at the sentence start).
        if !(k == floor || may_open(doc, body, k)) {
            k += 1;
            continue;
        }
        // Each cue reads a bounded stretch around it, so a sentence of thousands of reports stays
        // linear.
        // A participle after a comma ("…, noting that C") hangs from the clause before it, whose
        // subject it shares even when that clause reported something of its own.
        let hangs = k > body.first && doc.is_punct(k - 1, ",") && doc.word(k).ends_with("ing");
        let near = TokenRange {
            first: if hangs { body.first } else { floor }.max(k.saturating_sub(CONTENT_REACH)),
            end: body.end.min(k + CONTENT_REACH),
        };
        // The two attributions that are calls of their own are made only for a token whose hash or
        // list bits they need, which most tokens read here lack.
        let found = may_open(doc, near, k)
            .then(|| {
                (doc.hash(k) == ACCORDING)
                    .then(|| according_to(doc, near, k))
                    .flatten()
                    .or_else(|| in_source(doc, near, k))
                    .or_else(|| labelled(doc, near, k))
                    .or_else(|| claim_noun(doc, near, k))
                    .or_else(|| headline(doc, near, k))
                    .or_else(|| doc.is(k, REPORTING_ANY).then(|| reporting_verb(doc, near, k)).flatten())
            })
            .flatten();
        match found {
            Some(r) => {
                let content_end = r.parts.last().map_or(k, |p| p.end);
                let cue_end = r.cue.end.max(r.cue.mention.map_or(0, |m| m.end));
                let quoted = r.parts.iter().any(|p| tokens[p.first..p.end].iter().any(|t| t.quoted));
                let words: usize = r.parts.iter().map(|p| word_count(doc, *p)).sum();
                let act = doc.is(r.cue.first, lex::STANCE);
                let supposed = act && supposed_stance(doc, body, r.cue.first);
                if !quoted && !supposed && words >= if act { MIN_OBJECT_WORDS } else { MIN_CONTENT_WORDS } {
                    out.push(r);
                    // Content after its cue runs to the sentence end; content before it leaves the
                    // rest of the sentence to read ("C, X said, adding that C2").
                    k = if content_end > cue_end { content_end.max(k + 1) } else { cue_end.max(k + 1) };
                    floor = k;
                } else {
                    k += 1;
                }
            }
            None => k += 1,
        }
    }
}

/// True unless token `k` fails what each attribution of [`sentence`] first asks of it: the start of
/// `body` ([`in_source`], [`labelled`]), a reporting verb ([`headline`], [`reporting_verb`]),
/// "according" ([`according_to`]) or a word before "that" ([`claim_noun`]). Most tokens are none,
/// and are passed over with a look at two tokens.
fn may_open(doc: &Doc, body: TokenRange, k: usize) -> bool {
    k == body.first || doc.is(k, REPORTING_ANY) || doc.hash(k) == ACCORDING || k + 1 < body.end && doc.hash(k + 1) == THAT
}

/// The list bits of a word that may report: [`headline`] and [`reporting_verb`] need one.
const REPORTING_ANY: u16 = lex::REPORTING | lex::REPORTING_THAT | lex::REPORTING_ACT;

/// The hashes of "according" and "that", as the document hashes a word in any case.
const ACCORDING: u64 = words::literal_hash("according");
const THAT: u64 = words::literal_hash("that");

/// The hashes of "and" and "but", which may coordinate a second report with the content before it.
const AND: u64 = words::literal_hash("and");
const BUT: u64 = words::literal_hash("but");

/// True when the stance verb at token `verb` stands after a modal or "to", with at most
/// [`MODAL_GAP`] adverbs between: "whether he would support new funding", "she declined to endorse
/// the plan", "we can all agree that" ask, plan or suppose a stance, and report none.
fn supposed_stance(doc: &Doc, body: TokenRange, verb: usize) -> bool {
    let mut k = verb;
    while k > body.first && verb - k < MODAL_GAP && doc.tokens[k - 1].word && modal_adverb(doc.word(k - 1)) {
        k -= 1;
    }
    k > body.first && SUPPOSING_WORDS.iter().any(|w| doc.word(k - 1).eq_ignore_ascii_case(w))
}

/// How many adverbs may stand between a modal and its stance verb: "could also publicly argue".
const MODAL_GAP: usize = 2;

/// True for a word that may stand between a modal and its verb: "all", "never", "also", "publicly".
fn modal_adverb(word: &str) -> bool {
    word.ends_with("ly") || words::one_of(word, &["all", "both", "not", "never", "also", "still", "ever", "even", "just"])
}

/// The words before a stance verb that make it a supposed stance, not a reported one.
const SUPPOSING_WORDS: &[&str] = &["would", "will", "could", "might", "may", "should", "can", "to"];

/// The attribution closing `body` ("…, X said" / "…, said X" / "…, according to X"), when its
/// content runs from the sentence start, is at least [`MIN_CONTENT_WORDS`] long and holds no
/// quotation.
fn closing_attribution(doc: &Doc, body: TokenRange) -> Option<Reported> {
    if body.end - body.first > CONTENT_REACH {
        return None;
    }
    let tail = body.end.saturating_sub(CLOSING_REACH).max(body.first + 1);
    let comma = (tail..body.end).rev().find(|&j| doc.is_punct(j, ","))?;
    let r = (comma + 1..body.end).find_map(|k| {
        (doc.hash(k) == ACCORDING)
            .then(|| according_to(doc, body, k))
            .flatten()
            .or_else(|| (doc.reporting_verb(k) == Some(Reporting::Clause)).then(|| reporting_verb(doc, body, k)).flatten())
    })?;
    let content = r.parts.first()?;
    let whole = r.parts.len() == 1 && content.first == body.first && content.end == comma;
    let quoted = doc.tokens[content.first..content.end].iter().any(|t| t.quoted);
    (whole && !quoted && word_count(doc, *content) >= MIN_CONTENT_WORDS).then_some(r)
}

/// How many tokens from the sentence end an attribution that closes it may start: ", the state
/// transportation department said in a statement".
const CLOSING_REACH: usize = 12;

fn word_count(doc: &Doc, range: TokenRange) -> usize {
    doc.tokens[range.first..range.end].iter().filter(|t| t.word).count()
}

/// "According to X, C" / "C, according to X" / "C according to X" at token `k`.
fn according_to(doc: &Doc, body: TokenRange, k: usize) -> Option<Reported> {
    // The hash settles the common case, any other word, without reading its text.
    if doc.hash(k) != ACCORDING || k + 1 >= body.end || doc.word(k + 1) != "to" {
        return None;
    }
    let mention = source_after(doc, k + 2, body.end)?;
    let cue = Cue { first: k, end: k + 2, mention: Some(mention), adjacent: true };
    if k == body.first {
        let comma = (mention.end..body.end.min(mention.end + SOURCE_REACH)).find(|&j| doc.is_punct(j, ","))?;
        let part = TokenRange { first: comma + 1, end: body.end };
        return (part.first < part.end).then(|| Reported { parts: vec![part], cue });
    }
    let end = if doc.is_punct(k - 1, ",") { k - 1 } else { k };
    (body.first < end).then(|| Reported { parts: vec![TokenRange { first: body.first, end }], cue })
}

/// "In a Fox poll, C" / "In the report, C": a sentence that opens on a document or a measurement.
fn in_source(doc: &Doc, body: TokenRange, k: usize) -> Option<Reported> {
    if k != body.first || !doc.word(k).eq_ignore_ascii_case("in") {
        return None;
    }
    let comma = (k + 2..body.end.min(k + 1 + SOURCE_REACH)).find(|&j| doc.is_punct(j, ","))?;
    let head = doc.tokens[comma - 1];
    if !head.word || !doc.is(comma - 1, lex::SOURCE_NOUN) {
        return None;
    }
    let mention = Mention { first: k + 1, end: comma, kind: MentionKind::Role };
    let part = TokenRange { first: comma + 1, end: body.end };
    let cue = Cue { first: k, end: k + 1, mention: Some(mention), adjacent: true };
    (part.first < part.end).then(|| Reported { parts: vec![part], cue })
}

/// "Rubio: I still believe …" / "FALLIN: I think …": a paragraph that opens with a name or a
/// transcript label and a colon reports what follows (headlines and transcripts), unless the label
/// is the page's own ("UPDATE:", "WATCH:").
fn labelled(doc: &Doc, body: TokenRange, k: usize) -> Option<Reported> {
    if k != body.first || !doc.tokens[k].para_start {
        return None;
    }
    let colon = (k + 1..body.end.min(k + 1 + LABEL_REACH)).find(|&j| doc.is_punct(j, ":"))?;
    if (k..colon).any(|j| words::one_of(doc.word(j), NOT_SPEAKERS)) {
        return None;
    }
    let mention = doc.label_at(k).or_else(|| doc.name_at(k)).filter(|m| m.first == k && m.end == colon)?;
    let part = TokenRange { first: colon + 1, end: body.end };
    let cue = Cue { first: colon, end: colon + 1, mention: Some(mention), adjacent: true };
    (part.first < part.end).then(|| Reported { parts: vec![part], cue })
}

/// How many tokens a label before a colon may hold: "Sen. Elizabeth Warren:".
const LABEL_REACH: usize = 5;

/// Words that label a page's own furniture, not a speaker: "UPDATE:", "WATCH:", "Editor’s note:".
const NOT_SPEAKERS: &[&str] = &[
    "update",
    "updated",
    "watch",
    "read",
    "related",
    "photo",
    "photos",
    "video",
    "editor",
    "note",
    "correction",
    "breaking",
    "exclusive",
    "live",
    "opinion",
    "analysis",
    "also",
    "more",
    "see",
    "click",
    "source",
    "sources",
    "credit",
    "caption",
    "contact",
    "follow",
    "subscribe",
    "advertisement",
    "share",
    "posted",
    "published",
];

/// "Sanders's claim that C", "the senator's warning that C", "his insistence that C", "the union's
/// bleak estimate that C": a noun of saying at token `k`, owned by its source (one adjective may
/// stand between) and followed by "that" and its content.
fn claim_noun(doc: &Doc, body: TokenRange, k: usize) -> Option<Reported> {
    if k <= body.first || k + 1 >= body.end || doc.hash(k + 1) != THAT {
        return None;
    }
    if !words::one_of(doc.word(k), CLAIM_NOUNS) {
        return None;
    }
    let owns = |o: usize| doc.tokens[o].possessive || words::one_of(doc.word(o), &["his", "her", "their"]);
    // One adjective may stand between the owner and the noun: "Trump's false claim that C".
    let prev = doc.tokens[k - 1];
    let adjective = k >= body.first + 2 && prev.word && !prev.capital && !prev.quoted && !owns(k - 1) && owns(k - 2);
    let owner = if adjective { k - 2 } else { k - 1 };
    let mention = if doc.tokens[owner].possessive {
        doc.name_ending_at(owner + 1).or_else(|| doc.role_ending_at(owner, body.first))?
    } else if words::one_of(doc.word(owner), &["his", "her", "their"]) {
        Mention { first: owner, end: owner + 1, kind: MentionKind::Pronoun }
    } else {
        return None;
    };
    let content = content_to_end(doc, k + 2, body.end);
    let cue = Cue { first: k, end: k + 1, mention: Some(mention), adjacent: true };
    Some(Reported { parts: vec![content], cue })
}

/// "Former Clinton Pollster Says Clinton Is In Trouble": a headline in title case, whose
/// capitalised reporting verb at token `k` reports the rest after the words before it.
fn headline(doc: &Doc, body: TokenRange, k: usize) -> Option<Reported> {
    let t = doc.tokens[k];
    if k <= body.first || !t.capital || t.quoted || !doc.is(k, lex::REPORTING) || k - body.first > PLAIN_SUBJECT_WORDS {
        return None;
    }
    let words = (body.first..body.end).filter(|&j| doc.tokens[j].word);
    let (all, capital) = words.fold((0, 0), |(a, c), j| (a + 1, c + usize::from(doc.tokens[j].capital)));
    if all < HEADLINE_WORDS || capital * HEADLINE_CAPITALS.1 < all * HEADLINE_CAPITALS.0 {
        return None;
    }
    if (body.first..k).any(|j| !doc.tokens[j].word || doc.tokens[j].quoted) {
        return None;
    }
    let mention = doc
        .name_ending_at(k)
        .filter(|m| m.first == body.first)
        .unwrap_or(Mention { first: body.first, end: k, kind: MentionKind::Role });
    let content = TokenRange { first: k + 1, end: body.end };
    let cue = Cue { first: k, end: k + 1, mention: Some(mention), adjacent: true };
    (content.first < content.end).then(|| Reported { parts: vec![content], cue })
}

/// The fewest words a headline holds.
const HEADLINE_WORDS: usize = 4;

/// The share of a headline's words that are capitalised, as a fraction: title case leaves only
/// short words ("of", "to", "a") in lower case.
const HEADLINE_CAPITALS: (usize, usize) = (3, 4);

/// Nouns of saying that carry their content in a "that" clause: "his claim that …".
const CLAIM_NOUNS: &[&str] = &[
    "claim", "claims", "assertion", "assertions", "argument", "contention", "insistence", "allegation",
    "allegations", "accusation", "accusations", "charge", "warning", "warnings", "suggestion", "prediction",
    "promise", "pledge", "belief", "view", "complaint", "complaints", "admission", "denial",
    "assurance", "announcement", "statement", "statements", "conclusion", "finding", "findings", "estimate",
    "fear", "fears", "hope", "hopes", "concern", "concerns", "theory", "assessment", "explanation", "reminder",
    "observation", "boast", "arguments", "hunch", "notion",
];

/// The source named after "according to" at token `from`: a pronoun or a name, else the phrase up
/// to the first punctuation or relative word, at most [`SOURCE_REACH`] tokens ("the state
/// transportation department", "a report by the inspector general").
fn source_after(doc: &Doc, from: usize, end: usize) -> Option<Mention> {
    if from >= end {
        return None;
    }
    if let Some(m) = doc.pronoun_at(from).or_else(|| doc.name_at(from)) {
        return Some(m);
    }
    let tokens = &doc.tokens;
    let stop = (from..end.min(from + SOURCE_REACH))
        .find(|&j| {
            !tokens[j].word
                || tokens[j].quoted
                || words::one_of(doc.word(j), &["who", "which", "that", "and", "but"])
        })
        .unwrap_or(end.min(from + SOURCE_REACH));
    (stop > from).then_some(Mention { first: from, end: stop, kind: MentionKind::Role })
}

/// A reporting verb at token `k` with its source and content: "X said (that) C", "X told Y that C",
/// "C, X said", "C, said X", "The plan, X said, will fail", "…, adding that C".
fn reporting_verb(doc: &Doc, body: TokenRange, k: usize) -> Option<Reported> {
    let how = doc.reporting_verb(k)?;
    let verb = doc.word(k);
    let participle = verb.ends_with("ing");
    let after_comma = k > body.first && doc.is_punct(k - 1, ",");
    // "C, said X": an inverted source after the content.
    if after_comma && !participle && how == Reporting::Clause {
        if let Some(m) = doc.mention_after(k + 1) {
            let content = TokenRange { first: body.first, end: k - 1 };
            let tail = m.end == body.end || doc.is_punct(m.end, ",");
            if content.first < content.end && tail {
                return Some(Reported { parts: vec![content], cue: cue(doc, k, m) });
            }
        }
    }
    let mention = if participle {
        // A name or pronoun first, then a description opening the clause ("The governor vetoed
        // the bill, saying …"), then any description.
        let found = doc.participle_subject(k, body.first);
        found
            .filter(|m| m.kind != MentionKind::Role)
            .or_else(|| found.is_some().then(|| opening_role(doc, body, k)).flatten())
            .or(found)
            // "ads attacking candidates", "super PACs supporting Cruz": a speech act's participle
            // after a noun says what the thing is for, not what anyone said.
            .or_else(|| participle_holder(doc, body, k).filter(|_| how != Reporting::Act))
            // "…, perhaps by arguing that C", "mocked him and suggested …": the clause's subject.
            .or_else(|| {
                let prev = k.checked_sub(1).filter(|&p| p > body.first)?;
                // Speech acts after "by" are more often the means than a report ("by attacking …").
                (how != Reporting::Act && words::one_of(doc.word(prev), &["by", "and"]))
                    .then(|| coordinated_subject(doc, body, prev))
                    .flatten()
            })?
    } else {
        subject(doc, body, k).or_else(|| that_subject(doc, body, k))?
    };
    let cue = cue(doc, k, mention);
    // "A CNN poll shows C", "records show C", "a poll by Quinnipiac University found C": a document
    // reports its findings without "that".
    let how = if how == Reporting::ThatClause && names_document(doc, body, mention) {
        Reporting::Clause
    } else {
        how
    };
    if let Some(content) = content_after(doc, body, cue.first, cue.end, how) {
        return Some(Reported { parts: vec![content], cue });
    }
    // "C, X said" (and "C, X said, C2" with the cue inside the content).
    if how != Reporting::Clause || participle {
        return None;
    }
    // The comma may stand before a title the mention leaves out: ", Senator Smith said", ", Defense
    // Secretary Ash Carter told".
    let mut open = mention.first;
    while open > body.first
        && mention.first - open < TITLE_WORDS
        && doc.tokens[open - 1].word
        && (doc.is(open - 1, lex::TITLE) || doc.tokens[open - 1].capital)
    {
        open -= 1;
    }
    if open <= body.first + 1 || !doc.is_punct(open - 1, ",") {
        return None;
    }
    let before = TokenRange { first: body.first, end: open - 1 };
    let mut parts = vec![before];
    if cue.end < body.end && doc.is_punct(cue.end, ",") && cue.end + 1 < body.end {
        parts.push(TokenRange { first: cue.end + 1, end: body.end });
    } else if cue.end < body.end && !placing_phrase(doc, cue.end, body.end) {
        return None;
    }
    Some(Reported { parts, cue })
}

/// The source of a finite reporting verb at token `verb` whose subject the rules above do not read,
/// when a "that" right after it (past adverbs) opens its content: "Senator Lopez, for instance,
/// noted that C", "She has repeatedly maintained that C". The clause's first name or pronoun,
/// as for a coordinated verb. A verb right after the comma closing a long appositive ("Maria Lopez,
/// 27, a nurse in Boston, which …, said C") takes the name or pronoun opening the sentence, when a
/// comma follows it there.
fn that_subject(doc: &Doc, body: TokenRange, verb: usize) -> Option<Mention> {
    let mut j = verb + 1;
    while j < body.end && j - verb <= MODAL_GAP && doc.tokens[j].word && modal_adverb(doc.word(j)) {
        j += 1;
    }
    if j < body.end && doc.hash(j) == THAT {
        return coordinated_subject(doc, body, verb);
    }
    // The sentence opens on the name the appositive describes: "Maria Lopez, 27, …", not "Even
    // India has …, says …" or "Another delegate, …".
    if verb > body.first + 1 && doc.is_punct(verb - 1, ",") {
        let opening = doc.pronoun_at(body.first).or_else(|| doc.name_at(body.first));
        return opening.filter(|m| m.end < verb - 1 && doc.is_punct(m.end, ","));
    }
    None
}

/// True when `mention`, a subject, names a document or a measurement: it holds a noun of one ("A
/// CNN poll", "records"), or stands after one and "by", "from", "of" or "for" ("a poll by Quinnipiac
/// University", "an analysis from the Tax Policy Center").
fn names_document(doc: &Doc, body: TokenRange, mention: Mention) -> bool {
    if (mention.first..mention.end).any(|j| doc.is(j, lex::SOURCE_NOUN)) {
        return true;
    }
    let mut j = mention.first;
    if j > body.first && words::one_of(doc.word(j - 1), &["the", "a", "an"]) {
        j -= 1;
    }
    j >= body.first + 2 && words::one_of(doc.word(j - 1), &["by", "from", "of", "for"]) && doc.is(j - 2, lex::SOURCE_NOUN)
}

/// The people a participle right after them describes: "with 50 percent saying C", "the share of
/// voters saying C" (not "artists writing songs": a verb that takes an object). The words back to "with", "of" or a comma, at most [`PLAIN_SUBJECT_WORDS`].
fn participle_holder(doc: &Doc, body: TokenRange, verb: usize) -> Option<Mention> {
    let last = verb.checked_sub(1).filter(|&l| l >= body.first)?;
    let t = doc.tokens[last];
    if !t.word
        || t.quoted
        || doc.is(last, lex::AUX_WORD | lex::REPORTING | lex::REPORTING_THAT | lex::SPEECH_VERB)
        || words::one_of(doc.word(verb), OBJECT_VERBS)
    {
        return None;
    }
    let open = (body.first..verb).rev().take(PLAIN_SUBJECT_WORDS + 1).find(|&j| {
        !doc.tokens[j].word || words::one_of(doc.word(j), &["with", "of", "among"])
    })?;
    (open + 1 < verb && doc.tokens[open].word).then_some(Mention { first: open + 1, end: verb, kind: MentionKind::Role })
}

/// True when tokens `from..end`, closing a sentence after its cue, only place the report: "…, the
/// engineer said on Tuesday", "…, Carter told a Senate panel Wednesday". At most
/// [`PLACING_WORDS`] tokens, all words, none a verb of report or an auxiliary.
fn placing_phrase(doc: &Doc, from: usize, end: usize) -> bool {
    end - from <= PLACING_WORDS
        && (from..end).all(|j| {
            let t = doc.tokens[j];
            t.word && !t.quoted && !doc.is(j, lex::AUX_WORD | lex::REPORTING | lex::REPORTING_THAT) && !MODALS.contains(&doc.word(j))
        })
}

/// How many words of a title may stand between a comma and the mention after it.
const TITLE_WORDS: usize = 3;

/// How many tokens may follow a closing cue and only place it: "in an interview with CNN on Sunday".
const PLACING_WORDS: usize = 10;

/// The source of the finite reporting verb at token `verb`: its subject ("Smith said", "Sen. Rand
/// Paul (R-Ky.) said"), the name a "who" clause hangs from ("Sanders, who said"), or, for a verb
/// coordinated with an earlier one ("He said … and said"), the sentence's first person.
fn subject(doc: &Doc, body: TokenRange, verb: usize) -> Option<Mention> {
    if let Some(m) = doc.subject_before(verb, body.first) {
        return Some(m);
    }
    named_subject(doc, body, verb).or_else(|| plain_subject(doc, body, verb))
}

/// The words that open the clause of the verb at token `verb` when they read as its subject and
/// no name or role was found there: "at least 21,000 said", "Some who advocate free speech argue",
/// "42% say". At most [`PLAIN_SUBJECT_WORDS`] words, none of them a verb of report or an
/// auxiliary, and not after "to" ("likely to say" has no subject of its own).
fn plain_subject(doc: &Doc, body: TokenRange, verb: usize) -> Option<Mention> {
    // Only a form that cannot be a noun: "the early-morning tweets", "little doubt that" are none.
    let form = words::lowered(doc.word(verb));
    let plain_verb = form.ends_with("ed") || matches!(form.as_str(), "said" | "say" | "says" | "told" | "thought" | "wrote");
    let mut end = doc.before_auxiliaries(verb, body.first);
    // A verb in a relative clause has the phrase before the pronoun as its subject: "an
    // organisation that endorsed Y".
    if end > body.first + 1 && words::one_of(doc.word(end - 1), &["that", "which"]) {
        end -= 1;
    }
    if end <= body.first || !doc.tokens[end - 1].word || doc.word(end - 1).eq_ignore_ascii_case("to") {
        return None;
    }
    let first = (body.first..end)
        .rev()
        .take(PLAIN_SUBJECT_WORDS + 1)
        .find(|&j| !doc.tokens[j].word || words::one_of(doc.word(j), CLAUSE_OPENERS))
        .map_or(body.first, |j| j + 1);
    // Not inside an aside: "an aggressive - some say unrealistic - pledge".
    let aside = first > body.first && matches!(doc.word(first - 1), ")" | "(" | "—" | "–" | "-" | "--");
    if first >= end || end - first > PLAIN_SUBJECT_WORDS || aside {
        return None;
    }
    let clean = (first..end).all(|j| {
        let t = doc.tokens[j];
        t.word
            && !t.quoted
            && !doc.is(j, lex::AUX_WORD | lex::SPEECH_VERB | lex::REPORTING | lex::REPORTING_THAT)
            && !words::one_of(doc.word(j), NOT_IN_A_PLAIN_SUBJECT)
    });
    // A form that may be a noun ("believe", "argues") needs a subject that counts people: "most
    // voters", "42% of them".
    let counted = (first..end).any(|j| {
        doc.word(j).starts_with(|c: char| c.is_ascii_digit()) || words::one_of(doc.word(j), QUANTIFIERS)
    });
    (clean && (plain_verb || counted)).then_some(Mention { first, end, kind: MentionKind::Role })
}

/// Words that stand in a clause, not in the noun phrase before its verb (besides the auxiliaries,
/// "would" and "will" among them): "I guess we can all agree" has a subject of its own ("we"), read
/// by the pronoun rules.
const NOT_IN_A_PLAIN_SUBJECT: &[&str] = &["i", "we", "he", "she", "they", "you", "can", "could", "should", "must", "might"];

/// Words that count people, which make a subject of any verb form: "most voters believe".
const QUANTIFIERS: &[&str] = &[
    "most", "many", "some", "few", "all", "half", "majority", "percent", "others", "both", "none", "nearly",
];

/// How many words a subject read without a name or a role may hold: "most Republican voters in
/// the state".
const PLAIN_SUBJECT_WORDS: usize = 8;

/// The named or described subject of the verb at token `verb`, read past what stands between.
fn named_subject(doc: &Doc, body: TokenRange, verb: usize) -> Option<Mention> {
    // (A parenthesis right before the verb was read by `subject_before` already.)
    let before = doc.before_auxiliaries(verb, body.first).checked_sub(1).filter(|&b| b >= body.first)?;
    let lower = words::lowered(doc.word(before));
    match lower.as_str() {
        "who" if before > body.first && doc.is_punct(before - 1, ",") => doc
            .name_ending_at(before - 1)
            .or_else(|| (before >= body.first + 2).then(|| doc.role_ending_at(before - 2, body.first)).flatten()),
        // "security experts who say C", "voters who said C".
        "who" if before > body.first && doc.tokens[before - 1].word => {
            doc.name_ending_at(before).or_else(|| doc.role_ending_at(before - 1, body.first))
        }
        "and" | "but" => coordinated_subject(doc, body, before),
        "," => {
            // "Cummings (D-Md.), chair of the committee, said": an appositive after a parenthesis.
            let open = (body.first..before).rev().take(APPOSITIVE_REACH).find(|&c| doc.is_punct(c, ","))?;
            if open > body.first && doc.is_punct(open - 1, ")") {
                return paren_subject(doc, body, open - 1);
            }
            appositive_subject(doc, body, open, before)
        }
        "—" | "–" | "--" | "-" => {
            // "--" may be two tokens: read past the rest of each pair.
            let mark = doc.word(before);
            let close = if before > body.first && doc.word(before - 1) == mark { before - 1 } else { before };
            let mut open = (body.first..close).rev().take(APPOSITIVE_REACH).find(|&c| doc.word(c) == mark)?;
            if open > body.first && doc.word(open - 1) == mark {
                open -= 1;
            }
            appositive_subject(doc, body, open, close)
        }
        _ => {
            // "Sanders on Tuesday said", "Clinton last week said": the subject before a time phrase.
            if let Some(p) = (before.saturating_sub(TIME_PHRASE_WORDS).max(body.first)..before)
                .find(|&p| words::one_of(doc.word(p), &["on", "at", "in", "last", "this", "earlier"]))
            {
                return doc.subject_before(p, body.first);
            }
            // A subject that opens a clause after a comma or a conjunction: "…, but officials said",
            // "On Thursday, both candidates said".
            let clause = (body.first..before).rev().take(CLAUSE_REACH).find(|&c| {
                doc.is_punct(c, ",") || words::one_of(doc.word(c), CLAUSE_OPENERS)
            })?;
            doc.subject_before(verb, clause + 1)
        }
    }
}

/// The subject of a verb coordinated with an earlier one by the "and" or "but" at token `and`:
/// the clause's own subject, a description at its start ("The mayor marched in and declared …"),
/// else its first pronoun or name outside a phrase of place ("… into City Council Chambers").
fn coordinated_subject(doc: &Doc, body: TokenRange, and: usize) -> Option<Mention> {
    let name = || {
        (body.first..and).find_map(|i| {
            doc.pronoun_at(i)
                .or_else(|| {
                    // A name starts its capitalised run: not "House" of "the White House".
                    let inside_run = i > body.first && doc.tokens[i - 1].word && doc.tokens[i - 1].capital;
                    doc.name_at(i).filter(|m| !inside_run && !in_phrase_of_place(doc, body.first, m.first))
                })
                .filter(|m| m.end <= and)
        })
    };
    match doc.pronoun_at(body.first).or_else(|| doc.name_at(body.first)) {
        Some(m) if m.end <= and => Some(m),
        _ => opening_role(doc, body, and).or_else(name),
    }
}

/// A description that opens the clause `body` as its subject, before token `end`: it starts on
/// an article and a verb follows it ("The mayor marched …", "The governor vetoed …").
fn opening_role(doc: &Doc, body: TokenRange, end: usize) -> Option<Mention> {
    if !words::one_of(doc.word(body.first), &["the", "a", "an", "his", "her", "their"]) {
        return None;
    }
    (body.first + 1..end.min(body.first + ROLE_OPENING))
        .find(|&j| doc.tokens[j].word && !doc.tokens[j].capital && reads_as_verb(doc, j + 1, end))
        .and_then(|j| doc.role_ending_at(j, body.first))
        .filter(|m| m.first == body.first)
}

/// True when token `j` (before `end`) reads as a finite verb, past an adverb: "marched", "has",
/// "could", "briefly put".
fn reads_as_verb(doc: &Doc, j: usize, end: usize) -> bool {
    let j = if j < end && doc.tokens[j].word && doc.word(j).ends_with("ly") { j + 1 } else { j };
    if j >= end || !doc.tokens[j].word || doc.tokens[j].capital {
        return false;
    }
    let w = doc.word(j);
    w.ends_with("ed") || doc.is(j, lex::AUX_WORD) || MODALS.contains(&w)
}

/// How many tokens a description opening a sentence may hold: "The new city finance director".
const ROLE_OPENING: usize = 6;

/// True when the name at token `first` stands in a prepositional phrase: right after the
/// preposition or after its article ("into City Council Chambers", "at the White House").
fn in_phrase_of_place(doc: &Doc, lo: usize, first: usize) -> bool {
    let preposition = |j: usize| {
        j > lo && doc.tokens[j - 1].word && words::one_of(doc.word(j - 1), PLACE_PREPOSITIONS)
    };
    let article = first > lo && words::one_of(doc.word(first - 1), &["the", "a", "an"]);
    preposition(first) || article && preposition(first - 1)
}

/// Prepositions that open a phrase of place, time or company, whose name is no subject.
const PLACE_PREPOSITIONS: &[&str] = &[
    "in", "into", "at", "on", "onto", "of", "with", "for", "during", "by", "from", "after", "before", "about", "to",
    "toward", "towards", "inside", "outside", "near", "across", "through", "under", "over", "against", "without",
];

/// The subject before an appositive set off by the marks at tokens `open` and `close`: "The
/// mayor, a former teacher, said", "The justice -- who was in a scuffle -- said". The appositive
/// opens on an article, a relative or a preposition, so a clause of content ("…, and costs rose,
/// said") is never read as one.
fn appositive_subject(doc: &Doc, body: TokenRange, open: usize, close: usize) -> Option<Mention> {
    let first = if open + 2 < close && doc.word(open + 1) == doc.word(open) { open + 2 } else { open + 1 };
    if open <= body.first || first >= close || !doc.tokens[first].word || doc.tokens[first].capital {
        return None;
    }
    if !words::one_of(doc.word(first), APPOSITIVE_OPENERS) {
        return None;
    }
    doc.subject_before(open, body.first)
        .or_else(|| doc.role_ending_at(open - 1, body.first))
        .filter(|m| m.end == open && !doc.tokens[m.end - 1].capital || m.kind != MentionKind::Role)
}

/// Words that open an appositive between a subject and its verb: "a former teacher", "who …",
/// "in her dissent", "the city's first mayor".
const APPOSITIVE_OPENERS: &[&str] = &[
    "a", "an", "the", "who", "whose", "in", "at", "on", "like", "his", "her", "their", "its", "now", "also",
    "himself", "herself", "themselves", "once", "then",
];

/// The subject before the parenthesis that closes at token `close`: "Sen. Rand Paul (R-Ky.)".
fn paren_subject(doc: &Doc, body: TokenRange, close: usize) -> Option<Mention> {
    let open = (body.first..close).rev().take(PAREN_REACH).find(|&o| doc.is_punct(o, "("))?;
    doc.subject_before(open, body.first)
}

/// How many words a time phrase between a subject and its verb may hold: "on Tuesday", "last week".
const TIME_PHRASE_WORDS: usize = 3;

/// Words after which a new clause, and so a new subject, begins.
const CLAUSE_OPENERS: &[&str] = &["and", "but", "while", "because", "as", "since", "although", "though", "when", "so"];

/// How far back from a verb the conjunction opening its clause may stand.
const CLAUSE_REACH: usize = 6;

/// How long an appositive between a subject and its verb may be, in tokens.
const APPOSITIVE_REACH: usize = 20;

/// The cue of the verb at token `verb` naming `mention`.
fn cue(doc: &Doc, verb: usize, mention: Mention) -> Cue {
    Cue { first: verb, end: doc.cue_end(verb), mention: Some(mention), adjacent: false }
}

/// The content after the reporting verb at token `verb`, whose cue words end at `cue_end`: from a "that" within
/// [`THAT_REACH`] tokens, or, for verbs that need none, right after the cue when a clause follows.
fn content_after(doc: &Doc, body: TokenRange, verb: usize, cue_end: usize, how: Reporting) -> Option<TokenRange> {
    let tokens = &doc.tokens;
    let reach = body.end.min(cue_end + THAT_REACH);
    // The words before "that" only place the report ("in a statement on Tuesday"): a clause of
    // their own ("the test could change that", "the report found that …") holds an auxiliary or a
    // verb, or ends at the "that".
    let that = (cue_end..reach)
        .take_while(|&j| {
            // A word of saying after an article is a noun: "in a tweet", "in an interview" (asked
            // last, of the few words that are verbs).
            let noun = || j > cue_end && words::one_of(doc.word(j - 1), &["a", "an", "the"]);
            tokens[j].word
                && !tokens[j].quoted
                && (!doc.is(j, lex::SPEECH_VERB | lex::REPORTING | lex::REPORTING_THAT)
                    && (!doc.is(j, lex::AUX_WORD) || dating_word(doc, j))
                    || noun())
        })
        .find(|&j| doc.hash(j) == THAT)
        .filter(|&j| j + MIN_CONTENT_WORDS < body.end);
    if let Some(j) = that {
        return Some(content_to_end(doc, j + 1, body.end));
    }
    if how == Reporting::ThatClause || cue_end >= body.end {
        return None;
    }
    if how == Reporting::Act {
        return act_object(doc, body, cue_end);
    }
    // "is expected anytime soon", "was reported last week": a passive reports a clause only
    // through "that".
    if verb > body.first && doc.word(verb).ends_with("ed") && words::one_of(doc.word(verb - 1), BE_FORMS) {
        return None;
    }
    // Adverbs and a day between the verb and its clause: "said Sunday he was finished", "said
    // flatly".
    let mut first = time_phrase_end(doc, cue_end, body.end);
    while first < body.end
        && tokens[first].word
        && (!tokens[first].capital && doc.word(first).ends_with("ly")
            || words::one_of(doc.word(first), DAYS))
    {
        first += 1;
    }
    if first >= body.end || !tokens[first].word {
        return None;
    }
    // A clause opens right after the cue: not an infinitive, a preposition, an object or a stop.
    // (The lists are compared ignoring ASCII case, without lowering a copy of each word.)
    if doc.is(first, lex::AUX_WORD) || words::one_of(doc.word(first), NOT_CLAUSE_OPENERS) {
        return None;
    }
    let content = content_to_end(doc, first, body.end);
    let verb = doc.word(verb);
    if words::one_of(verb, OBJECT_VERBS) && !reads_as_clause(doc, content) {
        return None;
    }
    if words::one_of(verb, COMPLEMENT_VERBS) && object_complement(doc, content) {
        return None;
    }
    // "said a few days later", "told the crowd Tuesday night": a short phrase of time is no report.
    let timed = content.end - content.first <= TIME_PHRASE_WORDS + 2 && words::one_of(doc.word(content.end - 1), TIME_WORDS);
    (!timed).then_some(content)
}

/// The end of a phrase of time opening at token `first` ("on Friday", "earlier this week", "last
/// night"), of at most [`TIME_PHRASE_WORDS`] words after its opener; `first` when none opens there.
fn time_phrase_end(doc: &Doc, first: usize, end: usize) -> usize {
    if first >= end || !words::one_of(doc.word(first), TIME_OPENERS) {
        return first;
    }
    (first + 1..end.min(first + 1 + TIME_PHRASE_WORDS))
        .take_while(|&j| doc.tokens[j].word)
        .filter(|&j| {
            let lower = words::lowered(doc.word(j));
            DAYS.contains(&lower.as_str()) || TIME_WORDS.contains(&lower.as_str())
        })
        .last()
        .map_or(first, |j| j + 1)
}

/// Words that open a phrase of time between a verb and its clause: "said on Friday he …".
const TIME_OPENERS: &[&str] = &["on", "last", "this", "earlier", "late", "early"];

/// True when token `j` dates or places a report rather than opening a clause: "earlier", "today",
/// "Friday", "publicly", "again".
fn dating_word(doc: &Doc, j: usize) -> bool {
    let lower = words::lowered(doc.word(j));
    lower.ends_with("ly") || DAYS.contains(&lower.as_str()) || TIME_WORDS.contains(&lower.as_str()) || lower.as_str() == "again"
}

/// True when `content` reads as a clause rather than the verb's object: it opens on a pronoun, or
/// holds a verb before any punctuation within [`CLAUSE_VERB_REACH`] tokens ("announced he would run", "said Clinton
/// leads"), where "announced the get-together on social media" holds none.
fn reads_as_clause(doc: &Doc, content: TokenRange) -> bool {
    if doc.pronoun_at(content.first).is_some() {
        return true;
    }
    let end = content.end.min(content.first + CLAUSE_VERB_REACH);
    (content.first + 1..end).take_while(|&j| doc.tokens[j].word).any(|j| {
        let t = doc.tokens[j];
        if t.quoted || t.capital {
            return false;
        }
        let w = doc.word(j);
        let after_word = doc.tokens[j - 1].word
            && !words::one_of(doc.word(j - 1), NOT_SUBJECT_ENDS);
        doc.is(j, lex::AUX_WORD)
            || MODALS.contains(&w)
            || after_word && (w.ends_with("ed") || w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("'s") && !w.ends_with("’s"))
    })
}

/// Forms of "be" that make a following participle passive.
const BE_FORMS: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];

/// Verb forms that take a plain object as often as a clause, whose content must read as a clause:
/// "told the crowd on Tuesday", "wrote a book", "announced the get-together on social media".
const OBJECT_VERBS: &[&str] = &[
    "tell", "tells", "told", "telling", "write", "writes", "wrote", "written", "writing", "announce", "announces",
    "announced", "announcing", "mention", "mentions", "mentioned", "mentioning", "maintain", "maintains", "maintained",
    "maintaining",
];

/// Verb forms that also name an object and what it is made: "declared his budget approved",
/// "pronounced the race over" acts rather than reports.
const COMPLEMENT_VERBS: &[&str] = &[
    "declare", "declares", "declared", "declaring", "pronounce", "pronounces", "pronounced", "pronouncing",
];

/// True when `content` is an object and its complement, a participle that ends the phrase with no
/// auxiliary before it: "his budget approved, then …", where "his budget was approved" is a clause.
fn object_complement(doc: &Doc, content: TokenRange) -> bool {
    let stop = (content.first..content.end).find(|&j| !doc.tokens[j].word).unwrap_or(content.end);
    let last = stop - 1;
    stop - content.first <= COMPLEMENT_WORDS
        && last > content.first
        && doc.word(last).ends_with("ed")
        && !(content.first..last).any(|j| doc.is(j, lex::AUX_WORD) || MODALS.contains(&doc.word(j)))
}

/// How many words an object and its complement may hold: "the new city budget approved".
const COMPLEMENT_WORDS: usize = 5;

/// How far into reported content its verb may stand: "the state’s own engineering report found".
const CLAUSE_VERB_REACH: usize = 12;

/// Modal verbs, which open the predicate of a clause: "the plan could fail".
const MODALS: &[&str] = &["can", "could", "should", "may", "might", "must", "shall", "won't", "can't", "cannot"];

/// Words after which a word is no verb: determiners and prepositions ("the results", "of votes").
const NOT_SUBJECT_ENDS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those", "of", "in", "on",
    "for", "with", "by", "from", "about", "at", "to", "and", "or", "many", "more", "most", "some", "all", "few",
];

/// Words that open no reported clause after a verb: infinitives, prepositions, objects, questions,
/// answers and times ("said to …", "said over the phone", "said nothing", "said yes", "said Tuesday").
const NOT_CLAUSE_OPENERS: &[&str] = &[
    "to", "for", "of", "in", "on", "at", "about", "with", "by", "from", "over", "without", "during", "into",
    "after", "before", "through", "via", "under", "across", "near", "toward", "towards", "upon", "among", "so", "as", "up",
    "out", "nothing", "more", "little", "yes", "no", "otherwise", "earlier", "later", "last", "next", "again",
    "once", "twice", "whether", "how", "what", "why", "when", "where", "who", "which", "and", "but",
    "or",
];

/// Days a report is dated by, which may stand between the verb and its clause: "said Sunday".
const DAYS: &[&str] = &[
    "today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
];

/// Words that end a phrase of time: "a few days later", "Tuesday night".
const TIME_WORDS: &[&str] = &[
    "later", "ago", "earlier", "today", "yesterday", "tonight", "night", "morning", "afternoon", "evening",
    "weekend", "week", "month", "year", "time",
];

/// What a speech act is about, from its object to the sentence end: "accused the FDIC of trying to
/// cover up the hacks", "urged him to resign", "called for a special prosecutor". "call" reports
/// only with "for" or "on".
fn act_object(doc: &Doc, body: TokenRange, cue_end: usize) -> Option<TokenRange> {
    let verb = cue_end - 1;
    let mut first = cue_end;
    if words::lowered(doc.word(verb)).starts_with("call") {
        if !matches!(doc.word(first), "for" | "on") {
            return None;
        }
        first += 1;
    }
    let opener = doc.tokens.get(first).filter(|t| t.word && !t.quoted)?;
    let lower = words::lowered(doc.word(first));
    if !opener.capital && NOT_CLAUSE_OPENERS.contains(&lower.as_str()) && !matches!(lower.as_str(), "the" | "a" | "an") {
        return None;
    }
    if first >= body.end {
        return None;
    }
    let whole = content_to_end(doc, first, body.end);
    if !doc.is(verb, lex::STANCE) {
        return Some(whole);
    }
    // The object of taking a side ends where the sentence places the act: at a comma, or a phrase
    // of time, place or reason ("endorsed Clinton on Tuesday").
    let end = (first + 1..whole.end)
        .find(|&j| {
            let t = doc.tokens[j];
            !t.quoted && (!t.word && matches!(doc.word(j), "," | ";" | ":") || t.word && OBJECT_ENDS.contains(&doc.word(j)))
        })
        .unwrap_or(whole.end);
    Some(TokenRange { first, end })
}

/// Words that end a speech act's object: what follows places the act in time or space, or gives
/// its reason ("praised the plan at a rally on Monday because …").
const OBJECT_ENDS: &[&str] = &[
    "on", "at", "in", "during", "after", "before", "while", "when", "because", "as", "since", "and", "but", "if",
    "despite", "though", "although", "last",
    "this", "earlier", "yesterday", "today", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday",
];

/// Content from token `first` to the sentence end `end`, cut before an aside or a second report:
/// an aside after a comma (", which …", ", a month before …") or a coordinated
/// reporting verb ("… and one in four said …", "… and said …").
fn content_to_end(doc: &Doc, first: usize, end: usize) -> TokenRange {
    let tokens = &doc.tokens;
    let cut = (first + 1..end).find(|&j| {
        let t = tokens[j];
        if t.quoted {
            return false;
        }
        if !t.word {
            return doc.word(j) == ","
                && tokens.get(j + 1).is_some_and(|n| {
                        let next = words::lowered(doc.word(j + 1));
                        n.word
                            && !n.capital
                            && (ASIDE_OPENERS.contains(&next.as_str())
                                || next.ends_with("ing") && doc.reporting_verb(j + 1).is_some())
                    });
        }
        // Not a progressive of the content's own ("she and Bill are expecting a child"). The hash
        // passes over the other words without reading their text.
        matches!(doc.hash(j), AND | BUT)
            && matches!(doc.word(j), "and" | "but")
            && (j + 1..end.min(j + 1 + COORDINATED_REACH))
                .any(|v| doc.reporting_verb(v) == Some(Reporting::Clause) && !words::one_of(doc.word(v - 1), BE_FORMS))
    });
    TokenRange { first, end: cut.unwrap_or(end) }
}

/// Words that, after a comma, open an aside or a second thought rather than more of the content:
/// ", which …", ", citing …".
const ASIDE_OPENERS: &[&str] = &["while", "whereas", "which", "citing", "arguing", "pointing", "calling", "a", "an", "compared", "however", "according", "after"];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::paragraphs;

    #[test]
    fn no_attribution_opens_where_may_open_says_none_can() {
        let text = "According to the poll, most voters agree. In a Fox poll, most voters agree.\nRUBIO: I still believe it.\n\
                    His claim that taxes rose was false. Trump Says Economy Is Strong Again. She said the city faces a gap. \
                    The report found that costs rose, sources said. Critics accused him of lying, according to the Times.";
        let doc = crate::doc::tests::doc_of(text);
        let n = doc.tokens.len();
        let mut opened = 0;
        for k in 0..n {
            for first in [0, k.saturating_sub(3), k] {
                let near = TokenRange { first, end: n };
                // Each attribution, and what it first asks of the token (which `may_open` holds).
                let t = doc.tokens[k];
                let verb = t.word && !t.quoted && doc.is(k, REPORTING_ANY);
                let tried = [
                    (according_to(&doc, near, k).is_some(), doc.hash(k) == ACCORDING),
                    (in_source(&doc, near, k).is_some(), k == near.first),
                    (labelled(&doc, near, k).is_some(), k == near.first),
                    (claim_noun(&doc, near, k).is_some(), k + 1 < near.end && doc.hash(k + 1) == THAT),
                    (headline(&doc, near, k).is_some(), verb),
                    (reporting_verb(&doc, near, k).is_some(), verb),
                ];
                for (i, (found, asked)) in tried.into_iter().enumerate() {
                    assert!(!found || asked && may_open(&doc, near, k), "attribution {i} at {} from {first}", doc.word(k));
                    opened += usize::from(found);
                }
            }
        }
        // Every kind of attribution above was found somewhere.
        assert!(opened >= 8, "{opened}");
    }

    #[test]
    fn word_lists_are_lower_case_ascii() {
        // `words::one_of` compares a word with them ignoring ASCII case.
        for list in [APPOSITIVE_OPENERS, BE_FORMS, CLAIM_NOUNS, CLAUSE_OPENERS, COMPLEMENT_VERBS, DAYS, NOT_CLAUSE_OPENERS, NOT_IN_A_PLAIN_SUBJECT, NOT_SPEAKERS, NOT_SUBJECT_ENDS, OBJECT_VERBS, PLACE_PREPOSITIONS, QUANTIFIERS, TIME_OPENERS, TIME_WORDS] {
            crate::words::assert_lower_ascii(list);
        }
    }
    

    /// (content, cue, source) of each reported statement in `text`.
    fn reported(text: &str) -> Vec<(String, String, String)> {
        let paras = paragraphs(text);
        let parts: Vec<_> = crate::quotes::marks::find_quotations(text, &paras).into_iter().flat_map(|q| q.parts).collect();
        let doc = Doc::new(text, &paras, &parts);
        let tokens = &doc.tokens;
        let span = |r: TokenRange| tokens[r.first].span.cover(tokens[r.end - 1].span).slice(text).to_owned();
        find_reported(&doc)
            .into_iter()
            .map(|r| {
                let content = r.parts.iter().map(|p| span(*p)).collect::<Vec<_>>().join(" + ");
                let m = r.cue.mention.unwrap();
                (
                    content,
                    span(TokenRange { first: r.cue.first, end: r.cue.end }),
                    span(TokenRange { first: m.first, end: m.end }),
                )
            })
            .collect()
    }

    fn one(content: &str, cue: &str, source: &str) -> Vec<(String, String, String)> {
        vec![(content.to_owned(), cue.to_owned(), source.to_owned())]
    }

    #[test]
    fn said_that_and_said_without_that() {
        assert_eq!(
            reported("Mamdani noted that it is customary for the incoming mayor to meet the president."),
            one("it is customary for the incoming mayor to meet the president", "noted", "Mamdani")
        );
        assert_eq!(
            reported("The governor said the state would cut taxes by 5 percent."),
            one("the state would cut taxes by 5 percent", "said", "The governor")
        );
        assert_eq!(
            reported("Smith said in a statement on Tuesday that the vote was rigged."),
            one("the vote was rigged", "said", "Smith")
        );
    }

    #[test]
    fn a_speech_act_participle_after_a_noun_reports_nothing() {
        let text = "The fund has paid for millions of dollars in ads attacking candidates who vie with the governor.";
        assert_eq!(reported(text), []);
    }

    #[test]
    fn source_after_the_content() {
        assert_eq!(
            reported("Secret Service protocol called for a trauma center, sources said."),
            one("Secret Service protocol called for a trauma center", "said", "sources")
        );
        assert_eq!(
            reported("The bridge is unsafe, said Maria Lopez, a city engineer."),
            one("The bridge is unsafe", "said", "Maria Lopez")
        );
        assert_eq!(
            reported("The plan, he said, will cost the city $5 billion."),
            one("The plan + will cost the city $5 billion", "said", "he")
        );
    }

    #[test]
    fn according_to_either_side() {
        assert_eq!(
            reported("According to the state transportation department, 1 in 8 bridges is deficient."),
            one("1 in 8 bridges is deficient", "According to", "the state transportation department")
        );
        assert_eq!(
            reported("Clinton leads Trump by four points, according to the poll."),
            one("Clinton leads Trump by four points", "according to", "the poll")
        );
    }

    #[test]
    fn a_pronoun_object_a_time_phrase_and_a_final_that() {
        assert_eq!(
            reported("The network said it would send her to Crimea."),
            one("it would send her to Crimea", "said", "The network")
        );
        assert_eq!(
            reported("Coach Will Muschamp said Sunday he was finished updating the media."),
            one("he was finished updating the media", "said", "Will Muschamp")
        );
        assert_eq!(
            reported("Sanders on Tuesday said he wants to attack the code."),
            one("he wants to attack the code", "said", "Sanders")
        );
        assert_eq!(
            reported("Experts said the latest test could change that."),
            one("the latest test could change that", "said", "Experts")
        );
    }

    #[test]
    fn a_report_inside_a_report_stays_inside() {
        assert_eq!(
            reported("He said the city’s own engineering report found that repairs would cost less."),
            one("the city’s own engineering report found that repairs would cost less", "said", "He")
        );
    }

    #[test]
    fn speech_acts_report_their_object() {
        assert_eq!(
            reported("The senator accused the FDIC of trying to cover up the hacks."),
            one("the FDIC of trying to cover up the hacks", "accused", "The senator")
        );
        assert_eq!(
            reported("Republicans called for a special prosecutor to investigate the foundation."),
            one("a special prosecutor to investigate the foundation", "called", "Republicans")
        );
        assert!(reported("They called him at home on Friday.").is_empty());
    }

    #[test]
    fn told_an_object_and_participles() {
        assert_eq!(
            reported("The senator told reporters that the bill would pass."),
            one("the bill would pass", "told reporters", "The senator")
        );
        assert_eq!(
            reported("She left the stage early, adding that the event had been cancelled."),
            one("the event had been cancelled", "adding", "She")
        );
    }

    #[test]
    fn a_coordinated_verb_takes_the_clause_subject() {
        assert_eq!(
            reported("The mayor walked into City Hall on Monday and said the budget would pass."),
            one("the budget would pass", "said", "The mayor")
        );
        assert_eq!(
            reported("At the White House, she walked to the podium and said the talks had failed."),
            one("the talks had failed", "said", "she")
        );
        assert!(reported("The mayor walked into City Hall and declared his budget approved.").is_empty());
        assert!(reported("The judge pronounced the case closed, then left.").is_empty());
    }

    #[test]
    fn a_participle_after_a_report_shares_its_subject() {
        let found = reported("Councilor Nolan emphasized the stakes of this meeting, noting that the council votes on the budget.");
        assert_eq!(found.len(), 2);
        assert_eq!(found[1], ("the council votes on the budget".into(), "noting".into(), "Nolan".into()));
        assert_eq!(
            reported("The governor vetoed the bill on Friday, saying it would raise taxes."),
            one("it would raise taxes", "saying", "The governor")
        );
    }

    #[test]
    fn a_participle_after_by_or_and_and_a_that_after_a_tweet() {
        assert_eq!(
            reported("Lewandowski could fight the charge, perhaps by arguing that he saw Fields as a threat."),
            one("he saw Fields as a threat", "arguing", "Lewandowski")
        );
        assert_eq!(
            reported("Trump escalated his attacks on Saturday, saying in a tweet that more lawsuits will be filed."),
            one("more lawsuits will be filed", "saying", "Trump")
        );
        assert!(reported("The campaign tried to discredit Trump by attacking his business career.").is_empty());
    }

    #[test]
    fn a_subject_before_an_appositive() {
        assert_eq!(
            reported("The mayor, a former teacher, said the schools would reopen soon."),
            one("the schools would reopen soon", "said", "The mayor")
        );
        assert_eq!(
            reported("The justice -- who was in a scuffle -- said she regretted her remarks."),
            one("she regretted her remarks", "said", "The justice")
        );
        assert_eq!(
            reported("The justice — in her dissent — said the law was unclear."),
            one("the law was unclear", "said", "The justice")
        );
    }

    #[test]
    fn a_passive_or_a_kept_lead_reports_nothing() {
        assert!(reported("Sanders was declared the winner in Rhode Island on Tuesday.").is_empty());
        assert!(reported("Neither step is expected anytime soon, but both are on the table.").is_empty());
        assert!(reported("Sanders maintained his double-digit lead over Clinton in the poll.").is_empty());
        assert_eq!(
            reported("The campaign maintained they were not marked classified."),
            one("they were not marked classified", "maintained", "The campaign")
        );
    }

    #[test]
    fn a_transcript_answer_runs_to_its_paragraph_end() {
        assert_eq!(
            reported("Q: Is the wall enough?\n\nA: No, it goes beyond that. The wall is a symbol.\n\nQ: Why?"),
            one("No, it goes beyond that. The wall is a symbol", ":", "A")
        );
    }

    #[test]
    fn that_verbs_need_that() {
        assert_eq!(
            reported("A Bloomberg poll found that most voters oppose the plan."),
            one("most voters oppose the plan", "found", "A Bloomberg poll")
        );
        assert!(reported("The police found a gun in the car.").is_empty());
        assert_eq!(
            reported("The court ruled that the new voting law was unconstitutional."),
            one("the new voting law was unconstitutional", "ruled", "The court")
        );
        assert_eq!(
            reported("Many economists doubt that the tax cut will pay for itself."),
            one("the tax cut will pay for itself", "doubt", "Many economists")
        );
        assert!(reported("The court will rule on the case in June.").is_empty());
        assert_eq!(
            reported("A new poll by Quinnipiac University found most voters oppose the plan."),
            one("most voters oppose the plan", "found", "Quinnipiac University")
        );
    }

    #[test]
    fn documents_and_headline_labels() {
        assert_eq!(
            reported("In a Fox poll, Cruz had 38 percent support among likely voters."),
            one("Cruz had 38 percent support among likely voters", "In", "a Fox poll")
        );
        assert_eq!(
            reported("A CNN survey shows Clinton leading by 15 points in Wisconsin."),
            one("Clinton leading by 15 points in Wisconsin", "shows", "A CNN survey")
        );
        assert_eq!(
            reported("Rubio: I Still Believe Trump Can’t Be Trusted"),
            one("I Still Believe Trump Can’t Be Trusted", ":", "Rubio")
        );
        assert!(reported("UPDATE: The story has been corrected.").is_empty());
        assert!(reported("In the end, the vote was close.").is_empty());
    }

    #[test]
    fn a_subject_without_a_name_or_a_role() {
        assert_eq!(
            reported("Nearly 40 percent said the economy was their top concern."),
            one("the economy was their top concern", "said", "Nearly 40 percent")
        );
        assert!(reported("Voters are likely to say the economy matters most.").is_empty());
        // Words inside an aside have no subject of their own.
        assert!(reported("It left an aggressive - some say unrealistic - pledge to cut emissions.").is_empty());
    }

    #[test]
    fn verbs_that_also_take_an_object_report_only_a_clause() {
        assert_eq!(
            reported("The mayor announced he would run for governor."),
            one("he would run for governor", "announced", "The mayor")
        );
        assert!(reported("The mayor announced the meeting on social media.").is_empty());
        assert!(reported("She wrote a book about the campaign.").is_empty());
        assert_eq!(
            reported("The governor acknowledged the program had failed."),
            one("the program had failed", "acknowledged", "The governor")
        );
    }

    #[test]
    fn endorsing_and_citing_report_their_object() {
        assert_eq!(
            reported("The union endorsed the former governor on Monday."),
            one("the former governor", "endorsed", "The union")
        );
        assert_eq!(
            reported("Officials cited rising costs at the state's hospitals."),
            one("rising costs at the state's hospitals", "cited", "Officials")
        );
    }

    #[test]
    fn content_runs_through_a_concession_and_stops_at_an_appositive() {
        assert_eq!(
            reported("She said the plan was sound, though the costs had risen."),
            one("the plan was sound, though the costs had risen", "said", "She")
        );
        assert_eq!(
            reported("He said the deal was signed in May, a month before the vote."),
            one("the deal was signed in May", "said", "He")
        );
    }

    #[test]
    fn a_noun_of_saying_owned_by_its_source() {
        assert_eq!(
            reported("Sanders's claim that he still has a path to the nomination drew scorn."),
            one("he still has a path to the nomination drew scorn", "claim", "Sanders")
        );
        assert_eq!(
            reported("Critics laughed at her insistence that the server was secure."),
            one("the server was secure", "insistence", "her")
        );
        assert!(reported("The claim that he made was false.").is_empty());
        assert_eq!(
            reported("Few shared the union's bleak estimate that the strike would cost $2 million."),
            one("the strike would cost $2 million", "estimate", "the union")
        );
    }

    #[test]
    fn a_closing_cue_with_a_time_a_title_or_a_listener() {
        assert_eq!(
            reported("The bridge is unsafe, the engineer said on Tuesday."),
            one("The bridge is unsafe", "said", "the engineer")
        );
        assert_eq!(
            reported("The troops will stay through the winter, Defense Secretary Ash Carter told a Senate panel."),
            one("The troops will stay through the winter", "told a Senate", "Ash Carter")
        );
        assert_eq!(
            reported("Survival, Senator Smith says, depends on giving readers what they want."),
            one("Survival + depends on giving readers what they want", "says", "Smith")
        );
    }

    #[test]
    fn title_case_headlines() {
        assert_eq!(
            reported("Former Clinton Pollster Says Clinton Is In Trouble In California"),
            one("Clinton Is In Trouble In California", "Says", "Former Clinton Pollster")
        );
        assert!(reported("The Senate Says Goodbye").is_empty());
    }

    #[test]
    fn plans_questions_perception_and_quotes_are_not_reported_speech() {
        assert!(reported("Trump wants to build a wall on the border.").is_empty());
        assert!(reported("She saw the crowd leave the arena.").is_empty());
        assert!(reported("Did he say the plan would work?").is_empty());
        assert!(reported("He asked whether the plan would work.").is_empty());
        assert!(reported("He promised to cut taxes for every family.").is_empty());
        assert!(reported("Mamdani said he will “be ready for whatever happens” in the meeting.").is_empty());
        assert!(reported("“The plan will work,” Maria Lopez said.").is_empty());
        assert!(reported("He said so.").is_empty());
        assert!(reported("She said pleasantly into the phone.").is_empty());
        assert!(reported("He told Fox News a few days later.").is_empty());
        assert!(reported("She said over the phone on Friday.").is_empty());
        assert!(reported("The senator did not say whether she would support the new tax.").is_empty());
        assert!(reported("He declined to endorse the plan to widen the highway.").is_empty());
        assert!(reported("Voters can all endorse the plan to widen the highway.").is_empty());
        assert!(reported("I guess we can all agree now that the vote was close.").is_empty());
        assert!(reported("The mayor would never publicly endorse a rival for the seat.").is_empty());
    }

    #[test]
    fn a_relative_pronoun_is_no_part_of_the_source() {
        let found = reported("The group that endorsed Sanders is working with him on the next project.");
        assert!(found.iter().all(|(_, _, source)| source == "The group"), "{found:?}");
    }

    #[test]
    fn a_phrase_of_time_between_the_verb_and_its_clause() {
        assert_eq!(
            reported("Adelson said on Friday he met the candidate earlier this week."),
            one("he met the candidate earlier this week", "said", "Adelson")
        );
        assert_eq!(
            reported("The chief said earlier this week the fire was under control."),
            one("the fire was under control", "said", "The chief")
        );
        assert_eq!(
            reported("Adelson said earlier on Friday during a news conference that he may wait until February."),
            one("he may wait until February", "said", "Adelson")
        );
    }

    #[test]
    fn a_that_clause_names_the_clause_subject_when_no_subject_is_read() {
        assert_eq!(
            reported("Senator Maria Lopez, for instance, noted that the panel was appointed by Democrats."),
            one("the panel was appointed by Democrats", "noted", "Maria Lopez")
        );
        assert_eq!(
            reported("She has repeatedly maintained that she followed the rules."),
            one("she followed the rules", "maintained", "She")
        );
        assert_eq!(
            reported("Maria Lopez, 27, a nurse in Boston, which has two hospitals, said the clinic would close."),
            one("the clinic would close", "said", "Maria Lopez")
        );
        let inverted = reported("Even India has more pull through its films, says political scientist Maria Lopez in Almaty.");
        assert!(inverted.iter().all(|(_, _, source)| !source.contains("India")), "{inverted:?}");
        assert!(reported("Another delegate, Michael Brown of Ohio, explained the reason for his vote.").is_empty());
    }

    #[test]
    fn a_progressive_in_the_content_does_not_end_it() {
        assert_eq!(
            reported("Clinton said she and her husband are expecting their second child."),
            one("she and her husband are expecting their second child", "said", "Clinton")
        );
    }
}

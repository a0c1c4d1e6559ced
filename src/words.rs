//! The word lists the rules consult (abbreviations, speech verbs, titles), loaded once from `src/words/`.

use crate::case;
use crate::fast_hash::{fnv_bytes, fnv_step, FastMap, FastSet, ProbeTable, FNV_OFFSET};
use std::sync::LazyLock;

/// One entry per line; `#` starts a comment; blank lines are skipped.
fn entries(list: &'static str) -> impl Iterator<Item = &'static str> {
    list.lines().map(|line| line.split('#').next().unwrap_or("").trim()).filter(|line| !line.is_empty())
}

fn word_set(list: &'static str) -> FastSet<String> {
    entries(list).map(str::to_owned).collect()
}

static ABBREVIATIONS: LazyLock<FastSet<String>> = LazyLock::new(|| word_set(include_str!("words/abbreviations.txt")));

static TITLES: LazyLock<FastSet<String>> = LazyLock::new(|| word_set(include_str!("words/titles.txt")));

static NAME_STOPWORDS: LazyLock<FastSet<String>> = LazyLock::new(|| word_set(include_str!("words/name_stopwords.txt")));

static ORG_WORDS: LazyLock<FastSet<String>> = LazyLock::new(|| word_set(include_str!("words/org_words.txt")));

static AUX_WORDS: LazyLock<FastSet<String>> = LazyLock::new(|| word_set(include_str!("words/aux_words.txt")));

static SPEECH_VERBS: LazyLock<FastSet<String>> = LazyLock::new(|| verb_forms(include_str!("words/speech_verbs.txt")));

/// The lemma and its regular third-person, past and -ing forms.
/// Every form of the verbs of a list written as a lemma per line followed by its irregular forms.
fn verb_forms(list: &'static str) -> FastSet<String> {
    let mut forms = FastSet::default();
    for line in entries(list) {
        let mut words = line.split_whitespace();
        let Some(lemma) = words.next() else { continue };
        forms.extend(regular_forms(lemma));
        forms.extend(words.map(str::to_owned));
    }
    forms
}

static SOURCE_NOUNS: LazyLock<FastSet<String>> = LazyLock::new(|| word_set(include_str!("words/source_nouns.txt")));

static REPORTING_VERBS: LazyLock<FastSet<String>> =
    LazyLock::new(|| verb_forms(include_str!("words/reporting_verbs.txt")));

static REPORTING_ACT_VERBS: LazyLock<FastSet<String>> =
    LazyLock::new(|| verb_forms(include_str!("words/reporting_act_verbs.txt")));

static STANCE_VERBS: LazyLock<FastSet<String>> = LazyLock::new(|| verb_forms(include_str!("words/stance_verbs.txt")));

static REPORTING_THAT_VERBS: LazyLock<FastSet<String>> =
    LazyLock::new(|| verb_forms(include_str!("words/reporting_that_verbs.txt")));

fn regular_forms(lemma: &str) -> [String; 4] {
    let consonant_y = lemma.ends_with('y') && !lemma[..lemma.len() - 1].ends_with(['a', 'e', 'i', 'o', 'u']);
    let stem_y = &lemma[..lemma.len().saturating_sub(1)];
    // Joined without `format!`, whose formatting machinery the widget would link for these alone.
    let join = |stem: &str, ending: &str| stem.to_owned() + ending;
    let third = if lemma.ends_with(['s', 'x', 'z']) || lemma.ends_with("sh") || lemma.ends_with("ch") {
        join(lemma, "es")
    } else if consonant_y {
        join(stem_y, "ies")
    } else {
        join(lemma, "s")
    };
    let past = if lemma.ends_with('e') {
        join(lemma, "d")
    } else if consonant_y {
        join(stem_y, "ied")
    } else {
        join(lemma, "ed")
    };
    let ing = if lemma.ends_with('e') && !lemma.ends_with("ee") {
        join(&lemma[..lemma.len() - 1], "ing")
    } else {
        join(lemma, "ing")
    };
    [lemma.to_owned(), third, past, ing]
}

/// True when `word` in lower case is one of `list`, a short list of lower-case ASCII words written
/// in the code ("the", "by"), without lowering a copy: a word with a character beyond ASCII
/// lowers to one beyond ASCII too, so comparing while ignoring ASCII case is comparing lowered.
pub fn one_of(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// A word in lower case (see [`case::lower`]), borrowed when it is ASCII in lower case already (most
/// words of a text): what the rules that look at a word's ending or at several lists read, without
/// an allocation per token.
#[derive(Debug)]
pub struct Lowered<'w>(std::borrow::Cow<'w, str>);

impl Lowered<'_> {
    /// The lowered word.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::ops::Deref for Lowered<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

/// `word` in lower case, as [`case::lower`] gives it, copied only when it has a capital or a
/// character beyond ASCII.
pub fn lowered(word: &str) -> Lowered<'_> {
    if word.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        return Lowered(std::borrow::Cow::Borrowed(word));
    }
    Lowered(std::borrow::Cow::Owned(case::lower(word)))
}

/// True when `word` holds a small letter (as `char::is_lowercase` reads one). Most words that do
/// hold an ASCII one, found in their bytes before any character is decoded.
pub fn has_lowercase(word: &str) -> bool {
    word.bytes().any(|b| b.is_ascii_lowercase()) || !word.is_ascii() && word.chars().any(char::is_lowercase)
}

/// The [`word_hash`] of a word of lower-case ASCII letters written in the code, worked out at
/// compile time: a token reads as that word, in any case, exactly when the document's hash of it
/// is this (two words of a text sharing a 64-bit hash aside).
pub const fn literal_hash(word: &str) -> u64 {
    let bytes = word.as_bytes();
    let mut h = FNV_OFFSET;
    let mut i = 0;
    while i < bytes.len() {
        assert!(bytes[i].is_ascii_lowercase(), "lower-case ASCII letters only");
        h = fnv_step(h, bytes[i]);
        i += 1;
    }
    h
}

/// Fails unless every word of `list` is lower-case ASCII, as [`one_of`] needs its lists.
#[cfg(test)]
pub(crate) fn assert_lower_ascii(list: &[&str]) {
    for word in list {
        assert!(word.is_ascii() && !word.bytes().any(|b| b.is_ascii_uppercase()), "{word}");
    }
}

/// True when `word` (any case, without its final period) is an abbreviation that does not end a sentence.
pub fn is_abbreviation(word: &str) -> bool {
    LEXICON.get(word_hash(word)) as u16 & lex::ABBREVIATION != 0
}

/// How a verb reports content: with or without "that" ("said (that) C"), only with it ("found that
/// C"), or not at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reporting {
    /// "said C", "said that C".
    Clause,
    /// "found that C" only.
    ThatClause,
    /// A speech act whose object is what was said: "accused Y of Z", "called for Z".
    Act,
}

/// The word lists a word belongs to, as bits: what the quote stages ask of every token, worked out
/// once per token (one lower-casing, at most two lookups) when the document is read.
pub mod lex {
    /// A speech verb form ("said", "tweeted").
    pub const SPEECH_VERB: u16 = 1;
    /// A reporting verb that takes its clause with or without "that".
    pub const REPORTING: u16 = 1 << 1;
    /// A reporting verb that takes a "that" clause only.
    pub const REPORTING_THAT: u16 = 1 << 2;
    /// A title or descriptor before a name, its period aside ("Sen.", "President").
    pub const TITLE: u16 = 1 << 3;
    /// A capitalised word that is no part of a name, its period aside ("The", "When").
    pub const NAME_STOPWORD: u16 = 1 << 4;
    /// A word that makes a name an organisation or a place ("Committee", "Times").
    pub const ORG_WORD: u16 = 1 << 5;
    /// A word that may stand between a speaker and the verb ("has", "later").
    pub const AUX_WORD: u16 = 1 << 6;
    /// A subject pronoun that can stand for a speaker ("he", "they").
    pub const PRONOUN: u16 = 1 << 7;
    /// A document or measurement that reports findings ("poll", "records").
    pub const SOURCE_NOUN: u16 = 1 << 8;
    /// A speech act whose object is what was said ("accused", "urged", "called" for).
    pub const REPORTING_ACT: u16 = 1 << 9;
    /// A speech act of taking a side, whose object is whom or what it backs ("endorsed",
    /// "praised"); it also carries [`REPORTING_ACT`].
    pub const STANCE: u16 = 1 << 10;
    /// An abbreviation whose period ends no sentence, read without the period ("Nov", "U.S").
    pub const ABBREVIATION: u16 = 1 << 11;
    /// The bits matched on the word without its final period.
    pub const WITHOUT_PERIOD: u16 = TITLE | NAME_STOPWORD;
}

/// The word lists' words by their [`word_hash`]: a word of the text is looked up by the hash the
/// claim model reads anyway, so it is lowered and hashed once and never compared byte by byte. The
/// words of the lists and of a text of a million different words share a 64-bit hash with odds
/// below one in a billion.
static LEXICON: LazyLock<ProbeTable> = LazyLock::new(|| {
    let mut entries: Vec<(u64, u32)> = Vec::new();
    let lists: [(&FastSet<String>, u16); 11] = [
        (&ABBREVIATIONS, lex::ABBREVIATION),
        (&REPORTING_ACT_VERBS, lex::REPORTING_ACT),
        (&STANCE_VERBS, lex::REPORTING_ACT | lex::STANCE),
        (&SPEECH_VERBS, lex::SPEECH_VERB),
        (&REPORTING_VERBS, lex::REPORTING),
        (&REPORTING_THAT_VERBS, lex::REPORTING_THAT),
        (&TITLES, lex::TITLE),
        (&NAME_STOPWORDS, lex::NAME_STOPWORD),
        (&ORG_WORDS, lex::ORG_WORD),
        (&AUX_WORDS, lex::AUX_WORD),
        (&SOURCE_NOUNS, lex::SOURCE_NOUN),
    ];
    for (set, bit) in lists {
        for word in set.iter() {
            entries.push((word_hash(word), u32::from(bit)));
        }
    }
    for word in PRONOUNS.keys() {
        entries.push((word_hash(word), u32::from(lex::PRONOUN)));
    }
    ProbeTable::new(&entries)
});

/// The word lists `word` belongs to, as [`lex`] bits: the same answers as `is_speech_verb`,
/// `is_title` and the rest, from one lower-casing (the document reads each token's once).
#[cfg(test)]
pub fn lexicon_bits(word: &str) -> u16 {
    read_word(word).lex
}

/// What the document keeps of a word, from one lower-casing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WordRead {
    /// The word lists it is in, as [`lex`] bits (those of [`lex::WITHOUT_PERIOD`] looked up
    /// without its final periods).
    pub lex: u16,
    /// Its [`word_hash`].
    pub hash: u64,
    /// The [`word_hash`] of its first [`STEM_CHARS`] characters when it has more, else 0.
    pub stem: u64,
}

/// How many characters of a longer word its stem keeps (the claim model's word stems). Measured by
/// the trainer's cross-validation (average precision over five shuffles, debates / news; without
/// stems 0.731 / 0.646): 3 letters 0.732 / 0.648, 4 0.732 / 0.657, 5 0.733 / 0.654, 6 0.732 / 0.652,
/// 7 0.731 / 0.647.
pub const STEM_CHARS: usize = 4;

/// The case bit (0x20) of each of [`STEM_CHARS`] bytes: or-ed into ASCII letters, their lower case.
const ASCII_LOWER_BITS: u32 = u32::from_le_bytes([0x20; STEM_CHARS]);

/// Reads the words of a text against the word lists, the lists loaded once for all its words.
#[derive(Debug, Clone, Copy)]
pub struct WordReader {
    lexicon: &'static ProbeTable,
}

impl Default for WordReader {
    fn default() -> WordReader {
        WordReader { lexicon: &LEXICON }
    }
}

impl WordReader {
    /// [`is_abbreviation`] of an ASCII word of the text by its [`word_hash`].
    #[inline]
    pub(crate) fn is_abbreviation(self, hash: u64) -> bool {
        self.lexicon.get(hash) as u16 & lex::ABBREVIATION != 0
    }

    /// Reads a word of the text once, from its lowered copy: its list bits, its hash and its stem's
    /// hash (the tokenizer reads an ASCII word as it goes, [`WordReader::read_hashed`]).
    pub fn read(self, word: &str) -> WordRead {
        let bits = |hash: u64| self.lexicon.get(hash) as u16;
        case::with_lower_bytes(word, |lower| {
            let bare_len = lower.len() - lower.iter().rev().take_while(|&&b| b == b'.').count();
            let bare = hash_lowered(FNV_OFFSET, &lower[..bare_len]);
            // The byte where the character after the stem starts (a UTF-8 character starts at
            // every byte that does not continue one).
            let cut = lower.iter().enumerate().filter(|(_, &b)| b & 0xC0 != 0x80).nth(STEM_CHARS).map(|(at, _)| at);
            let stem = cut.map_or(0, |cut| hash_lowered(FNV_OFFSET, &lower[..cut]));
            if bare_len == lower.len() {
                return WordRead { lex: bits(bare), hash: bare, stem };
            }
            let whole = hash_lowered(bare, &lower[bare_len..]);
            WordRead { lex: bits(whole) & !lex::WITHOUT_PERIOD | bits(bare) & lex::WITHOUT_PERIOD, hash: whole, stem }
        })
    }

    /// [`WordReader::read`] of an ASCII word of the text whose [`word_hash`] the tokenizer took as
    /// it read it, given as bytes, that does not end in a period (a word that does, rare, is
    /// [`WordReader::read`] again: its lists are looked up without the period).
    #[inline]
    pub(crate) fn read_hashed(self, word: &[u8], hash: u64) -> WordRead {
        debug_assert!(word.is_ascii() && word.last() != Some(&b'.'));
        let stem = match word.first_chunk::<STEM_CHARS>() {
            Some(head) if word.len() > STEM_CHARS => {
                // A word's ASCII characters are letters, digits and the marks that join two parts
                // (`,` `'` `-` `.`), each of which but a capital has bit 0x20 set already: setting
                // it lowers the four at once.
                let lower = (u32::from_le_bytes(*head) | ASCII_LOWER_BITS).to_le_bytes();
                lower.iter().fold(FNV_OFFSET, |h, &b| fnv_step(h, b))
            }
            _ => 0,
        };
        WordRead { lex: self.lexicon.get(hash) as u16, hash, stem }
    }
}

/// Reads a word of the text once: its list bits, its hash and its stem's hash.
#[cfg(test)]
pub fn read_word(word: &str) -> WordRead {
    WordReader::default().read(word)
}

/// FNV-1a over `word` in lower case, a typographic apostrophe read as `'` ("Don’t" and "don't" are
/// one word): the key of a word in the claim model and in the word lists.
pub fn word_hash(word: &str) -> u64 {
    if word.is_ascii() {
        return word.bytes().fold(FNV_OFFSET, |h, b| fnv_step(h, b.to_ascii_lowercase()));
    }
    case::with_lower_bytes(word, |lower| hash_lowered(FNV_OFFSET, lower))
}

/// FNV-1a from the state `h` over `lower` (a word in lower case, or the rest of one).
fn hash_lowered(mut h: u64, lower: &[u8]) -> u64 {
    const APOSTROPHE: &[u8] = "’".as_bytes();
    if lower.is_ascii() {
        return fnv_bytes(h, lower);
    }
    let mut i = 0;
    while i < lower.len() {
        let b = if lower[i..].starts_with(APOSTROPHE) {
            i += APOSTROPHE.len();
            b'\''
        } else {
            i += 1;
            lower[i - 1]
        };
        h = fnv_step(h, b);
    }
    h
}

/// The grammatical gender a pronoun or a first name implies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    /// he
    Male,
    /// she
    Female,
}

/// The first names by their [`word_hash`], each with the gender it usually carries
/// ([`FIRST_NAME_MALE`] or [`FIRST_NAME_FEMALE`]): a name is looked up by a hash taken without
/// copying it, and a word that is no first name (most of those asked) is told by one probe.
static FIRST_NAMES: LazyLock<ProbeTable> = LazyLock::new(|| {
    let names: Vec<(u64, u32)> = entries(include_str!("words/first_names.txt"))
        .filter_map(|line| {
            let (name, gender) = line.split_once(' ')?;
            let gender = match gender.trim() {
                "m" => FIRST_NAME_MALE,
                "f" => FIRST_NAME_FEMALE,
                _ => return None,
            };
            Some((word_hash(name), gender))
        })
        .collect();
    ProbeTable::new(&names)
});

/// The value [`FIRST_NAMES`] gives a male first name.
const FIRST_NAME_MALE: u32 = 1;

/// The value [`FIRST_NAMES`] gives a female first name.
const FIRST_NAME_FEMALE: u32 = 2;

/// The gender a first name usually carries, when the list knows it.
pub fn first_name_gender(name: &str) -> Option<Gender> {
    match FIRST_NAMES.get(word_hash(name)) {
        FIRST_NAME_MALE => Some(Gender::Male),
        FIRST_NAME_FEMALE => Some(Gender::Female),
        _ => None,
    }
}

static PRONOUNS: LazyLock<FastMap<String, Option<Gender>>> = LazyLock::new(|| {
    entries(include_str!("words/pronouns.txt"))
        .filter_map(|line| {
            let mut parts = line.split_whitespace();
            let word = parts.next()?.to_owned();
            let gender = match parts.next() {
                Some("m") => Some(Gender::Male),
                Some("f") => Some(Gender::Female),
                _ => None,
            };
            Some((word, gender))
        })
        .collect()
});

/// For a subject pronoun that can stand for a speaker: `Some(gender it implies)`.
pub fn speaker_pronoun(word: &str) -> Option<Option<Gender>> {
    if word.len() > 4 {
        return None;
    }
    PRONOUNS.get(word.to_ascii_lowercase().as_str()).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speech_verb_forms() {
        for w in ["said", "Says", "told", "adding", "noted", "argues", "testified", "replied", "continued", "wrote"] {
            assert!(lexicon_bits(w) & lex::SPEECH_VERB != 0, "{w}");
        }
        for w in ["table", "president", "sad"] {
            assert!(lexicon_bits(w) & lex::SPEECH_VERB == 0, "{w}");
        }
    }

    #[test]
    fn abbreviations_and_titles() {
        assert!(is_abbreviation("Nov"));
        assert!(is_abbreviation("U.S"));
        assert!(!is_abbreviation("election"));
        assert!(lexicon_bits("Sen.") & lex::TITLE != 0);
        assert!(lexicon_bits("secretary") & lex::TITLE != 0);
        assert!(lexicon_bits("Trump") & lex::TITLE == 0);
    }

    #[test]
    fn lowered_and_one_of_read_as_lower_case_does() {
        for word in ["Said", "the", "said", "ÉLYSÉE", "O’Neill", "A-very-long-hyphenated-compound-word-indeed", ""]
        {
            assert_eq!(lowered(word).as_str(), case::lower(word), "{word}");
        }
        assert!(one_of("The", &["a", "the"]) && !one_of("Thé", &["the"]) && !one_of("won’t", &["won't"]));
    }

    #[test]
    fn first_names_are_listed_once_in_lower_case() {
        // The table joins the values of a name listed twice: one gender per name.
        let mut seen = FastSet::default();
        for line in entries(include_str!("words/first_names.txt")) {
            let name = line.split_whitespace().next().unwrap_or("");
            assert!(name.bytes().all(|b| b.is_ascii_lowercase()) && seen.insert(name), "{name}");
        }
        assert_eq!(first_name_gender("MARY"), Some(Gender::Female));
        assert_eq!(first_name_gender("Mary’s"), None);
    }

    #[test]
    fn a_small_letter_is_found_in_any_script() {
        for word in ["Trump", "MSNBC", "ÉLYSÉE", "Élysée", "МОСКВА", "Москва", "東京", "9/11", "O’NEILL"]
        {
            assert_eq!(has_lowercase(word), word.chars().any(char::is_lowercase), "{word}");
        }
    }

    #[test]
    fn a_literal_hashes_as_its_word_in_any_case() {
        const THAT: u64 = literal_hash("that");
        assert_eq!(THAT, word_hash("That"));
        assert_eq!(literal_hash("according"), read_word("ACCORDING").hash);
        assert_ne!(THAT, word_hash("than"));
    }

    #[test]
    fn no_list_word_holds_an_apostrophe() {
        // A word's hash reads "’" as "'": the quote stages compare a token's hash and list bits with
        // a list's words, which is a comparison of lower-case text only while the lists hold neither.
        let lists = [&*ABBREVIATIONS, &*TITLES, &*NAME_STOPWORDS, &*ORG_WORDS, &*AUX_WORDS, &*SPEECH_VERBS];
        let verbs = [&*SOURCE_NOUNS, &*REPORTING_VERBS, &*REPORTING_ACT_VERBS, &*STANCE_VERBS, &*REPORTING_THAT_VERBS];
        for word in lists.iter().chain(&verbs).flat_map(|set| set.iter()).chain(PRONOUNS.keys()) {
            assert!(!word.contains(['\'', '’']), "{word}");
        }
    }

    #[test]
    fn one_lookup_answers_every_list() {
        assert_eq!(lexicon_bits("said"), lex::SPEECH_VERB | lex::REPORTING);
        assert_eq!(lexicon_bits("The") & lex::NAME_STOPWORD, lex::NAME_STOPWORD);
        assert_eq!(lexicon_bits("He") & lex::PRONOUN, lex::PRONOUN);
        assert_eq!(lexicon_bits("found"), lex::REPORTING_THAT);
        assert_eq!(lexicon_bits("poll"), lex::SOURCE_NOUN);
        // The period counts for the whole word and is set aside for titles only.
        assert_eq!(lexicon_bits("said.") & lex::SPEECH_VERB, 0);
        assert_eq!(lexicon_bits(","), 0);
    }
}

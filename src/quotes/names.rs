//! People in running text: parsing a name phrase at a token ("Prime Minister Jane Doe",
//! "J. R. Okafor", "Ana de Souza", "Jean-Luc O'Brien", "al-Hassan"), the role and
//! organisation around it (title before the name, appositive after it), and a bounded
//! tracker of recently mentioned people that resolves surnames, pronouns and role nouns
//! ("the minister") to the latest matching person without rescanning the article.

use std::borrow::Cow;
use std::collections::VecDeque;
use std::hash::Hasher;

use super::chars::{is_cap, is_lower_word};
use super::given_names;
use super::hash::FxHasher;
use super::lexicon::{
    self, DETERMINERS, HONORIFICS, HONORIFICS_FEMALE, HONORIFICS_MALE, NOT_NAMES, NOT_ROLE_STARTS,
    ORG_WORDS, PARTICLES, TITLES,
};
use super::text::{NamePhrase, Para};
use crate::model::case::{lower_char, lowercase};

/// A word that can be part of a name: capitalised, or a lowercase "al-"/"el-" prefix of a
/// capitalised part ("al-Hassan").
fn name_word(word: &str) -> bool {
    if is_cap(word) {
        // An ASCII capital is itself the letter asked for.
        return word.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
            || word.chars().any(char::is_alphabetic);
    }
    match word.split_once('-') {
        Some((prefix, rest)) => PARTICLES.contains(prefix) && is_cap(rest),
        None => false,
    }
}

pub(crate) fn strip_possessive(word: &str) -> (&str, bool) {
    // Every suffix below ends in 's', '\'' or the last byte of '’': most words end otherwise.
    if !matches!(word.as_bytes().last(), Some(b's' | b'\'' | 0x99)) {
        return (word, false);
    }
    for suffix in ["'s", "’s", "'", "’"] {
        if let Some(stem) = word.strip_suffix(suffix) {
            if !stem.is_empty() && (suffix.len() > 1 || stem.ends_with('s')) {
                return (stem, true);
            }
        }
    }
    (word, false)
}

/// An initial: "J" or "J.R" (single uppercase letters joined by dots).
fn is_initials(word: &str) -> bool {
    match word.as_bytes() {
        [b] => b.is_ascii_uppercase(),
        // "Jo…": the first part is longer than one letter.
        [b, second, ..] if b.is_ascii() && *second != b'.' => false,
        _ => word
            .split('.')
            .all(|part| part.chars().count() == 1 && part.chars().all(char::is_uppercase)),
    }
}

/// The words of a name as byte ranges of the paragraph, on the stack: names are short, and
/// allocating per capitalised word was a measurable share of detection time. Eight is the
/// most a parse can push.
struct NameWords {
    words: [(usize, usize); 8],
    len: usize,
}

impl NameWords {
    fn push(&mut self, (start, end): (usize, usize)) {
        if let Some(slot) = self.words.get_mut(self.len) {
            *slot = (start, end);
            self.len += 1;
        }
    }
    #[inline(always)]
    fn as_slice(&self) -> &[(usize, usize)] {
        self.words.get(..self.len).unwrap_or(&[])
    }
}

/// The words at byte ranges `words` of `text`, joined by single spaces: a slice of `text`
/// when they stand there that way, else a new string.
fn join<'a>(text: &'a str, words: &[(usize, usize)]) -> Cow<'a, str> {
    let word = |&(start, end): &(usize, usize)| text.get(start..end).unwrap_or("");
    let spaced = words
        .windows(2)
        .all(|w| w[1].0 == w[0].1 + 1 && text.as_bytes().get(w[0].1) == Some(&b' '));
    match (words.first(), words.last()) {
        (Some(&(start, _)), Some(&(_, end))) if spaced => {
            Cow::Borrowed(text.get(start..end).unwrap_or(""))
        }
        _ => {
            let mut out = String::with_capacity(words.iter().map(|w| w.1 - w.0 + 1).sum());
            for w in words {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(word(w));
            }
            Cow::Owned(out)
        }
    }
}

/// Parses a name starting at token `i`, with any capitalised titles before it. Results are
/// memoised per paragraph, since attribution asks about the same tokens again.
pub(crate) fn parse_name<'a>(p: &Para<'a>, i: usize) -> Option<NamePhrase<'a>> {
    p.name_at(i, || parse_name_uncached(p, i))
}

fn parse_name_uncached<'a>(p: &Para<'a>, i: usize) -> Option<NamePhrase<'a>> {
    // Fast exit: most capitalised words start sentences ("The", "In", "We").
    if !p.is_word(i) || (p.has(i, &NOT_NAMES) && !p.has(i, &TITLES)) {
        return None;
    }
    let mut j = i;
    // Title words are the word tokens from `i` to where the titles end (the loop below
    // skips only title words and their periods).
    let mut title_words = 0;
    let mut male = None;
    // Titles: "Dr.", "Engineer", and "Prime Minister" / "Foreign Minister" (a capitalised
    // word right before a title belongs to it), only capitalised and only while a name word
    // follows somewhere after them.
    while title_words < 4 && p.cap_word(j) {
        let is_title = p.has(j, &TITLES);
        let qualifier = !is_title
            && p.cap_word(j + 1)
            && p.has(j + 1, &TITLES)
            && !p.has(j + 1, &HONORIFICS)
            && !p.has(j, &NOT_NAMES)
            && p.is_word(j + 2)
            && name_word(p.s(j + 2));
        if !is_title && !qualifier {
            break;
        }
        // After an honorific, a title word with no name after it is the name ("Mr. King
        // said").
        let after = if p.is_punct(j + 1, &['.']) {
            j + 2
        } else {
            j + 1
        };
        if title_words > 0 && !qualifier && !p.cap_word(after) && !p.has(after, &PARTICLES) {
            break;
        }
        if p.has(j, &HONORIFICS_MALE) {
            male = Some(true);
        } else if p.has(j, &HONORIFICS_FEMALE) {
            male = Some(false);
        }
        title_words += 1;
        j += 1;
        if qualifier {
            title_words += 1;
            j += 1;
        }
        if p.is_punct(j, &['.']) {
            j += 1;
        }
    }
    let titles_end = j;
    let mut parts = NameWords {
        words: [(0, 0); 8],
        len: 0,
    };
    let mut possessive = false;
    let text = |(start, end): (usize, usize)| p.text.get(start..end).unwrap_or("");
    let slice = |from: usize, to: usize| (p.span(from).0, p.span(to).1);
    while parts.len < 8 && p.is_word(j) {
        let w = p.s(j);
        let first = parts.len == 0;
        if p.lower(j) && p.has(j, &PARTICLES) {
            // Particles belong to the name only before a capitalised part ("van der Meer").
            let mut q = j;
            while q < j + 3 && p.lower_word(q) && p.has(q, &PARTICLES) {
                q += 1;
            }
            // "Sabine Krüger von der Universität Hamburg": an institution is not a name.
            if p.cap_word(q) && !p.has(q, &NOT_NAMES) && !p.has(q, &ORG_WORDS) {
                (j..q).for_each(|k| parts.push(p.span(k)));
                j = q;
                continue;
            }
            break;
        }
        if !name_word(w) {
            break;
        }
        // An initial: "J." or "J.R." (the tokenizer keeps "J.R" and leaves the final dot),
        // even one that is also a word ("Jock A. Finlayson").
        if is_initials(w)
            && p.is_punct(j + 1, &['.'])
            && p.toks[j].end == p.toks[j + 1].start
            && (!first || !p.has(j, &NOT_NAMES))
        {
            parts.push(slice(j, j + 1));
            j += 2;
            continue;
        }
        let is_particle_cap = !first && p.has(j, &PARTICLES) && p.cap_word(j + 1);
        if p.has(j, &NOT_NAMES) && !is_particle_cap {
            break;
        }
        // A title abbreviation inside a capitalised run ("Northland Gov. Jane Doe") is part
        // of the role that the cut below takes off.
        if !first
            && p.is_punct(j + 1, &['.'])
            && p.cap_word(j + 2)
            && p.has(j, &TITLES)
            && !p.has(j, &HONORIFICS)
        {
            parts.push(p.span(j));
            j += 2;
            continue;
        }
        let (stem, poss) = strip_possessive(w);
        let start = p.span(j).0;
        parts.push((start, start + stem.len()));
        j += 1;
        if poss {
            possessive = true;
            break;
        }
        // Generational suffix: "Martin Luther King Jr."
        if p.cap_word(j) && matches!(p.s(j), "Jr" | "Sr" | "II" | "III" | "IV") {
            // "Jr." and "Sr." take their dot; a numeral's dot ends the sentence.
            let dot = matches!(p.s(j), "Jr" | "Sr")
                && p.is_punct(j + 1, &['.'])
                && p.toks[j].end == p.toks[j + 1].start;
            parts.push(if dot { slice(j, j + 1) } else { p.span(j) });
            j += if dot { 2 } else { 1 };
            break;
        }
    }
    // Trailing particles are not names ("Doe de").
    while let Some(&w) = parts.len.checked_sub(1).and_then(|k| parts.words.get(k)) {
        if !(is_lower_word(text(w)) && PARTICLES.contains(text(w))) {
            break;
        }
        parts.len -= 1;
        j -= 1;
    }
    // "Pennsylvania Gov. and …": a role whose name is not here.
    if j > 0
        && p.is_punct(j, &['.'])
        && p.has(j - 1, &TITLES)
        && p.has(j - 1, &lexicon::ABBREVIATIONS)
        && parts.len >= 2
        && parts.as_slice().last().map(|w| w.1) == Some(p.span(j - 1).1)
    {
        return None;
    }
    // A capitalised role in front of the name: "National Committee Chairman Jane Doe",
    // "Supreme Court Justice Jane Doe" (everything up to the last title word), or a party or
    // nationality ("Republican Jane Doe", "French Jean Roux"). Short titles ("Gen", "Rep")
    // are also given names, so only those of four letters or more cut.
    let mut cut: Option<(usize, usize)> = None;
    if parts.len >= 2 {
        for k in titles_end..j {
            let (ks, ke) = p.span(k);
            let long = ke - ks >= 4 || p.s(k) == "CEO" || p.is_punct(k + 1, &['.']);
            if p.cap_word(k) && long && p.has(k, &TITLES) && !p.has(k, &HONORIFICS) {
                let before = parts.as_slice().iter().filter(|w| w.0 <= ks).count();
                if before < parts.len {
                    cut = Some((before, k));
                }
            }
        }
        if cut.is_none()
            && p.cap_word(titles_end)
            && ((parts.len >= 3 && p.has(titles_end, &lexicon::ROLE_ADJECTIVES))
                || p.has(titles_end, &lexicon::NOT_GIVEN_NAMES))
        {
            cut = Some((1, titles_end));
        }
    }
    // "Said Jane Doe, who …": an inverted verb opening the sentence, not a given name.
    if cut.is_none() && parts.len >= 3 && p.s(titles_end) == "Said" {
        parts.words.copy_within(1..parts.len, 0);
        parts.len -= 1;
    }
    let mut cut_role = None;
    if let Some((n, k)) = cut {
        let role_start = if title_words > 0 {
            // Honorifics before the role say nothing about it.
            (i..titles_end)
                .find(|&t| p.is_word(t) && !p.has(t, &HONORIFICS))
                .unwrap_or(titles_end)
        } else {
            titles_end
        };
        // "Gov." keeps its dot.
        let role_end = if p.is_punct(k + 1, &['.']) { k + 1 } else { k };
        cut_role = p.text.get(p.span(role_start).0..p.span(role_end).1);
        parts.words.copy_within(n..parts.len, 0);
        parts.len -= n;
        title_words += n;
    }
    let mut all_initials = true;
    for &w in parts.as_slice() {
        all_initials &= text(w).ends_with('.');
    }
    if parts.len == 0 || all_initials {
        return None;
    }
    // Not people: section labels and datelines in capitals ("FULL TEXT", "WASHINGTON"),
    // platforms ("Twitter"), and organisations named by their last word ("Acme Energy",
    // "Harbor Group").
    let shouting = parts.as_slice().iter().all(|&w| {
        let t = text(w);
        t.len() >= 2 && !t.ends_with('.') && !t.bytes().any(|b| b.is_ascii_lowercase())
    });
    if let (Some(&first), Some(&last)) = (parts.as_slice().first(), parts.as_slice().last()) {
        let platform = lexicon::PLATFORMS.bit();
        let org = ORG_WORDS.bit() | lexicon::ORG_SUFFIXES.bit();
        let last_lists = lexicon::lists_of(text(last));
        if shouting
            || lexicon::lists_of(text(first)) & platform != 0
            || last_lists & platform != 0
            || (parts.len >= 2 && last_lists & org != 0)
        {
            return None;
        }
    }
    // "Die Ärztin Lena Braun": after an article, a capitalised noun before a full name is a
    // role (German capitalises all nouns).
    let mut title = None;
    if title_words == 0 && parts.len >= 3 && is_cap(text(parts.words[0])) && after_article(p, i) {
        title_words = 1;
        let role = text(parts.words[0]);
        parts.words.rotate_left(1);
        parts.len -= 1;
        title = (!HONORIFICS.contains(role)).then_some(Cow::Borrowed(role));
    } else if title_words > 0 {
        // Honorifics say nothing about the role: "Dr." is no title here, "Minister" is.
        let mut roles = NameWords {
            words: [(0, 0); 8],
            len: 0,
        };
        for k in i..titles_end {
            if p.is_word(k) && !p.has(k, &HONORIFICS) {
                roles.push(p.span(k));
            }
        }
        let joined = join(p.text, roles.as_slice());
        title = (!joined.is_empty()).then_some(joined);
    }
    if let Some(role) = cut_role {
        title = Some(Cow::Borrowed(role));
    }
    // A party and state after the name belong to it: "Jane Doe (D-Ore.)", "(D)".
    if !possessive && p.is_punct(j, &['(']) {
        let close = (j + 1..j + 7).find(|&k| p.is_punct(k, &[')']));
        if let Some(c) = close {
            let tag = (j + 1..c).all(|k| !p.is_word(k) || !p.lower(k)) && c > j + 1;
            if tag {
                j = c + 1;
            }
        }
    }
    Some(NamePhrase {
        titled: title_words > 0,
        start: i,
        end: j,
        words: parts.len,
        name: join(p.text, parts.as_slice()),
        title,
        male,
        possessive,
    })
}

/// Does token `i` follow an article ("die", "the", "una")?
fn after_article(p: &Para, i: usize) -> bool {
    i > 0
        && (p.has(i - 1, &DETERMINERS)
            || matches!(
                p.s(i - 1),
                "Der"
                    | "Die"
                    | "Das"
                    | "Den"
                    | "Dem"
                    | "Des"
                    | "der"
                    | "die"
                    | "das"
                    | "den"
                    | "dem"
                    | "des"
            ))
}

/// A lowercase role right before a name: "said city transport commissioner Jane Doe".
/// Returns the role and its first token.
pub(crate) fn role_before<'a>(p: &Para<'a>, name_start: usize) -> Option<(&'a str, usize)> {
    let last = name_start.checked_sub(1)?;
    if !p.is_word(last) || !p.lower(last) || !p.has(last, &TITLES) {
        return None;
    }
    let mut first = last;
    while first > 0 && last - first < 3 {
        let w = first - 1;
        if !p.is_word(w)
            || p.has(w, &DETERMINERS)
            || p.has(w, &lexicon::REPORTING)
            || p.has(w, &NOT_NAMES)
        {
            break;
        }
        first -= 1;
    }
    Some((&p.text[p.toks[first].start..p.toks[last].end], first))
}

/// An appositive after a name ending at token `end`: ", minister of X," / ", the city's
/// transport commissioner," / ", a spokeswoman for Acme Corp." Returns (role, organisation)
/// (either may be missing for ", 54," or ", who led…") and the token after the appositive
/// (its closing comma included).
pub(crate) fn appositive<'a>(
    p: &Para<'a>,
    end: usize,
) -> Option<(Option<&'a str>, Option<&'a str>, usize)> {
    if !p.is_punct(end, &[',']) {
        return None;
    }
    let first = end + 1;
    let j = appositive_end(p, first);
    if j == first {
        return None;
    }
    // Ends at a comma, at the sentence end, or at the end of the paragraph.
    let after = if p.is_punct(j, &[',']) { j + 1 } else { j };
    if !describes_role(p, first) {
        let (role, org) = org_and_title(p, first, j).map_or((None, None), |(r, o)| (Some(r), o));
        return Some((role, org, after));
    }
    let (role, org) = split_role(&p.text[p.toks[first].start..p.toks[j - 1].end]);
    Some((Some(role), org, after))
}

/// The role and organisation of [`appositive`] alone, which is all a mention needs: the
/// first word alone rules most appositives out, before they are scanned.
pub(crate) fn appositive_role<'a>(p: &Para<'a>, end: usize) -> (Option<&'a str>, Option<&'a str>) {
    let first = end + 1;
    if !p.is_punct(end, &[',']) {
        return (None, None);
    }
    if !describes_role(p, first) {
        if !p.cap_word(first) {
            return (None, None);
        }
        let j = appositive_end(p, first);
        return org_and_title(p, first, j).map_or((None, None), |(r, o)| (Some(r), o));
    }
    let j = appositive_end(p, first);
    match p.text.get(p.span(first).0..p.span(j.wrapping_sub(1)).1) {
        Some(text) if j > first => {
            let (role, org) = split_role(text);
            (Some(role), org)
        }
        _ => (None, None),
    }
}

/// A short capitalised appositive that ends in a title: ", Acme Partner," -> ("Partner",
/// "Acme"), ", Harbor Energy CEO," -> ("CEO", "Harbor Energy").
fn org_and_title<'a>(p: &Para<'a>, first: usize, j: usize) -> Option<(&'a str, Option<&'a str>)> {
    if j <= first + 1 || j - first > 5 || !(first..j).all(|k| p.cap_word(k)) {
        return None;
    }
    let t = j - 1;
    if !p.has(t, &TITLES) || p.has(t, &HONORIFICS) {
        return None;
    }
    let org = p.text.get(p.span(first).0..p.span(t - 1).1);
    Some((p.s(t), org))
}

/// The token that ends an appositive starting at token `first` (at most 30 tokens on).
fn appositive_end(p: &Para, first: usize) -> usize {
    let mut j = first;
    while j < p.toks.len() && j - first < 30 {
        // Only punctuation ends it: words are skipped without the two tests.
        if !p.is_word(j)
            && (p.is_punct(j, &[',', ';', ':', '(', ')', '“', '”', '"', '«', '»', '„'])
                || p.ends_sentence(j))
        {
            break;
        }
        j += 1;
    }
    j
}

/// Can an appositive starting at token `first` describe a role? Not a clause ("who led"),
/// an age ("54") or a name ("Jane Doe, Mark Roe and…").
fn describes_role(p: &Para, first: usize) -> bool {
    let first_word = p.s(first);
    !(!p.is_word(first)
        || p.has(first, &NOT_ROLE_STARTS)
        || first_word
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit())
        || first_word.ends_with("ing")
        || (p.cap(first) && !p.has(first, &TITLES) && !p.has(first, &DETERMINERS)))
}

/// "a spokeswoman for Acme Corp" -> ("spokeswoman", "Acme Corp"); "Acme's chief executive"
/// -> ("chief executive", "Acme"); "minister of Finance" stays whole.
pub(crate) fn split_role(text: &str) -> (&str, Option<&str>) {
    let mut t = text.trim();
    // Only a word starting with 'a' or 't' can be one of these articles.
    if matches!(t.as_bytes().first(), Some(b'a' | b'A' | b't' | b'T')) {
        for det in ["the ", "The ", "a ", "A ", "an ", "An "] {
            if let Some(rest) = t.strip_prefix(det) {
                t = rest;
                break;
            }
        }
    }
    // The first place of each preposition, found in one pass over the spaces (this runs for
    // every appositive, and one substring search per preposition was a hotspot).
    const PREPS: [&[u8]; 5] = [b" at ", b" for ", b" with ", b" of the ", b" from "];
    let mut first_at = [usize::MAX; PREPS.len()];
    let bytes = t.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b' ' && matches!(bytes.get(i + 1), Some(b'a' | b'f' | b'w' | b'o')) {
            let rest = &bytes[i..];
            let mut k = 0;
            while let (Some(slot), Some(prep)) = (first_at.get_mut(k), PREPS.get(k)) {
                if *slot == usize::MAX && rest.starts_with(prep) {
                    *slot = i;
                }
                k += 1;
            }
        }
        i += 1;
    }
    let mut k = 0;
    while let (Some(&at), Some(prep)) = (first_at.get(k), PREPS.get(k)) {
        k += 1;
        let (Some(role), Some(org)) = (t.get(..at), t.get(at.saturating_add(prep.len())..)) else {
            continue;
        };
        let org = org.trim();
        if org.chars().next().is_some_and(char::is_uppercase) || org.starts_with("the ") {
            let org = org.strip_prefix("the ").unwrap_or(org);
            return (role.trim(), Some(org));
        }
    }
    let possessive = find(t, "'s ")
        .map(|i| (i, "'s ".len()))
        .or_else(|| find(t, "’s ").map(|i| (i, "’s ".len())));
    if let Some((org, role)) = possessive.and_then(|(i, n)| Some((t.get(..i)?, t.get(i + n..)?))) {
        if org.chars().next().is_some_and(char::is_uppercase) {
            return (role.trim(), Some(org));
        }
    }
    (t, None)
}

/// Byte offset of the first `needle` in `hay` (`str::find`, without the general searcher's
/// set-up cost, which dominates on short texts).
fn find(hay: &str, needle: &str) -> Option<usize> {
    let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
    let first = *needle.first()?;
    let mut i = 0;
    while let Some(&b) = hay.get(i) {
        if b == first && hay[i..].starts_with(needle) {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// A person the tracker remembers.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Entity {
    pub name: String,
    /// Lowercase name, words separated by single spaces.
    key: String,
    /// Words in `key`.
    key_words: usize,
    /// Hashes of the key and of its first and last words: most comparisons stop there.
    hashes: Hashes,
    pub role: Option<String>,
    pub org: Option<String>,
    male: Option<bool>,
    /// Reading position (paragraph << 32 | byte) of the latest mention.
    last: u64,
    /// Latest mention as a subject or a speaker; 0 = never.
    salient: u64,
    /// Latest quote attributed to the person; 0 = never.
    spoke: u64,
}

/// Reading position: paragraph, then byte; never 0, which means "never" in [`Entity`].
pub(crate) fn position(paragraph: usize, byte: usize) -> u64 {
    (((paragraph as u64) << 32) | (byte as u64).min(0xffff_fffe)) + 1
}

pub(crate) fn paragraph_of(pos: u64) -> usize {
    (pos.saturating_sub(1) >> 32) as usize
}

/// How many people the tracker keeps. Lookups scan this many at most, which keeps name
/// resolution linear in the article length; older people fall out, as they do for readers.
const CAPACITY: usize = 48;

/// Recently mentioned people, newest last.
#[derive(Debug, Default)]
pub(crate) struct Tracker {
    people: VecDeque<Entity>,
    /// Bits of every first and last name word held: a word whose bit is clear names nobody
    /// here, which settles most lookups without a scan.
    words: Bloom,
}

/// A 1,024-bit filter of word hashes (a 64-bit one saturates with a full tracker).
#[derive(Debug, Default, Clone, Copy)]
struct Bloom([u64; 16]);

impl Bloom {
    fn insert(&mut self, h: u64) {
        self.0[(h % 1024 / 64) as usize] |= 1 << (h % 64);
    }
    fn has(&self, h: u64) -> bool {
        self.0[(h % 1024 / 64) as usize] & (1 << (h % 64)) != 0
    }
}

/// A mention to record (its role and organisation come separately, see [`Tracker::mention`]).
pub(crate) struct Mention<'a> {
    pub name: &'a str,
    pub male: Option<bool>,
    pub pos: u64,
    pub salient: bool,
}

/// Lowercase name with single spaces (names from [`parse_name`] already have them).
fn key_of(name: &str) -> String {
    if name.is_ascii() {
        return name.to_ascii_lowercase();
    }
    let mut key = String::with_capacity(name.len());
    for w in name.split_whitespace() {
        if !key.is_empty() {
            key.push(' ');
        }
        key.extend(w.chars().map(lower_char));
    }
    key
}

/// Calls `f` with the lowercase key of `name` ([`key_of`]), built on the stack for short
/// ASCII names: a mention only needs the key to compare, and most mentions create nobody.
fn with_key<R>(name: &str, f: impl FnOnce(&[u8]) -> R) -> R {
    let mut buf = [0u8; 64];
    if let Some(key) = buf.get_mut(..name.len()) {
        let mut ascii = true;
        for (k, &b) in key.iter_mut().zip(name.as_bytes()) {
            ascii &= b.is_ascii();
            *k = b.to_ascii_lowercase();
        }
        if ascii {
            return f(key);
        }
    }
    f(key_of(name).as_bytes())
}

/// The sex a full name's given name is used for, from [`super::given_names`]; `key` is the
/// lowercase name, `words` its word count (a lone word is a surname).
fn given_name_male(key: &[u8], words: usize) -> Option<bool> {
    if words < 2 {
        return None;
    }
    let first = key.split(|&b| b == b' ').next()?;
    if listed(given_names::MALE, first) {
        Some(true)
    } else if listed(given_names::FEMALE, first) {
        Some(false)
    } else {
        None
    }
}

/// Is `name` in `list` (sorted, each entry followed by '|')? A binary search over the bytes.
fn listed(list: &str, name: &[u8]) -> bool {
    let b = list.as_bytes();
    let (mut lo, mut hi) = (0, b.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        // The entry holding `mid`: `lo` always starts an entry, so it starts at or after it.
        let start = b[..mid]
            .iter()
            .rposition(|&c| c == b'|')
            .map_or(0, |i| i + 1);
        let Some(len) = b[start..].iter().position(|&c| c == b'|') else {
            return false;
        };
        match b[start..start + len].cmp(name) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => lo = start + len + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    false
}

/// The part of a name people are known by: without a generational suffix ("Joseph R.
/// Biden Jr." is "Biden" for a later "Mr. Biden").
fn key_name(name: &str) -> &str {
    for suffix in [" Jr.", " Jr", " Sr.", " Sr", " II", " III", " IV"] {
        if let Some(stem) = name.strip_suffix(suffix) {
            return stem.trim_end_matches(',');
        }
    }
    name
}

/// Words of a single-spaced name.
fn word_count(name: &[u8]) -> usize {
    let mut spaces = 0;
    for &b in name {
        spaces += usize::from(b == b' ');
    }
    spaces + 1
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Hashes {
    key: u64,
    first: u64,
    last: u64,
}

fn hash(text: &[u8]) -> u64 {
    let mut h = FxHasher::default();
    h.write(text);
    h.finish()
}

impl Hashes {
    /// Hashes of a single-spaced key and of its first and last words.
    fn of(key: &[u8]) -> Self {
        let whole = hash(key);
        let first_space = key.iter().position(|&b| b == b' ');
        let last_space = key.iter().rposition(|&b| b == b' ');
        match (first_space, last_space) {
            (Some(f), Some(l)) => Hashes {
                key: whole,
                first: hash(&key[..f]),
                last: hash(&key[l + 1..]),
            },
            // One word: it is its own first and last word.
            _ => Hashes {
                key: whole,
                first: whole,
                last: whole,
            },
        }
    }
}

/// How well person `e` matches the lowercase `key` (hashes `h`; `single`: one word): 3 the
/// same name, 2 a name ending with it (surname, "van der Berg"), 1 a name starting with it
/// (first name, one word only).
#[inline(always)]
fn match_class(e: &Entity, key: &[u8], h: Hashes, single: bool) -> Option<u8> {
    // Most people share no hash with the key: one test passes them by.
    if e.hashes.key != h.key && e.hashes.last != h.last && e.hashes.first != h.key {
        return None;
    }
    let k = e.key.as_bytes();
    if e.hashes.key == h.key && k == key {
        Some(3)
    } else if e.hashes.last == h.last
        && k.len() > key.len()
        && k.ends_with(key)
        && k[k.len() - key.len() - 1] == b' '
    {
        Some(2)
    } else if single && e.hashes.first == h.key && k.len() > key.len() && k.starts_with(key) {
        Some(1)
    } else {
        None
    }
}

/// The hash of one lowercased word, as [`Hashes::of`] computes it, without allocating.
pub(crate) fn word_hash(word: &str) -> u64 {
    with_key(word, hash)
}

impl Tracker {
    pub fn get(&self, i: usize) -> Option<&Entity> {
        self.people.get(i)
    }

    /// Records a mention; full names create people, single words only refresh a known one
    /// ("Doe" after "Jane Doe"). Returns the person's slot. `details` gives the role and
    /// organisation mentioned with the name; it is called only for a person who lacks one,
    /// since finding them (an appositive) costs more than the rest of a mention.
    pub fn mention<'d>(
        &mut self,
        m: Mention,
        create_single: bool,
        details: impl FnOnce() -> (Option<&'d str>, Option<&'d str>),
    ) -> Option<usize> {
        let words = word_count(key_name(m.name).as_bytes());
        let (idx, upgrade) = with_key(key_name(m.name), |key| {
            let hashes = Hashes::of(key);
            if words < 2 && !create_single && !self.words.has(hashes.key) {
                // Cheap exit for the common case: a capitalised word that names nobody known.
                return None;
            }
            self.slot_for(&m, key, hashes, words, create_single)
        })?;
        let e = &mut self.people[idx];
        e.last = e.last.max(m.pos);
        if m.salient {
            e.salient = e.salient.max(m.pos);
        }
        if e.role.is_none() || e.org.is_none() {
            let (role, org) = details();
            if e.role.is_none() {
                e.role = role.map(str::to_string);
            }
            if e.org.is_none() {
                e.org = org.map(str::to_string);
            }
        }
        if e.male.is_none() {
            e.male = m.male;
        }
        // A full name seen after a bare surname upgrades it ("Doe" … "Jane Doe").
        if let Some((key, hashes)) = upgrade {
            if e.male.is_none() {
                e.male = given_name_male(key.as_bytes(), words);
            }
            e.name = m.name.to_string();
            e.key_words = word_count(key.as_bytes());
            e.key = key;
            e.hashes = hashes;
            self.words.insert(hashes.first);
            self.words.insert(hashes.last);
        }
        Some(idx)
    }

    /// The slot of the person `m` names (created if need be), and the new key and hashes if
    /// the mention's name is fuller than the one held.
    fn slot_for(
        &mut self,
        m: &Mention,
        key: &[u8],
        hashes: Hashes,
        words: usize,
        create_single: bool,
    ) -> Option<(usize, Option<(String, Hashes)>)> {
        let mut found = self.find_hashed(key, hashes, m.male);
        if found.is_none() && words >= 2 && self.words.has(hashes.last) {
            // A bare surname seen first ("Doe said", later "Jane Doe") is the same person.
            let last = key
                .iter()
                .rposition(|&b| b == b' ')
                .map_or(key, |i| &key[i + 1..]);
            found = (0..self.people.len()).find(|&i| {
                self.people[i].hashes.key == hashes.last && self.people[i].key.as_bytes() == last
            });
        }
        // Keys are lowercased UTF-8 names, so this never fails.
        let owned = || String::from_utf8(key.to_vec()).unwrap_or_default();
        let idx = match found {
            Some(i) => i,
            None if words >= 2 || create_single => {
                if self.people.len() >= CAPACITY {
                    // Evict the least recently mentioned person.
                    let oldest = (0..self.people.len()).min_by_key(|&i| self.people[i].last);
                    if let Some(i) = oldest {
                        self.people.remove(i);
                    }
                    self.words = Bloom::default();
                    for e in &self.people {
                        self.words.insert(e.hashes.first);
                        self.words.insert(e.hashes.last);
                    }
                }
                self.words.insert(hashes.first);
                self.words.insert(hashes.last);
                self.people.push_back(Entity {
                    name: m.name.to_string(),
                    key: owned(),
                    key_words: word_count(key),
                    hashes,
                    role: None,
                    org: None,
                    male: m.male.or_else(|| given_name_male(key, words)),
                    last: 0,
                    salient: 0,
                    spoke: 0,
                });
                return Some((self.people.len() - 1, None));
            }
            None => return None,
        };
        let upgrade = words > self.people[idx].key_words;
        Some((idx, upgrade.then(|| (owned(), hashes))))
    }

    /// The latest person whose name is `key`, ends with it (surname, "van der Berg") or, for
    /// one word, starts with it (first name); a better kind of match beats recency.
    fn find_hashed(&self, key: &[u8], h: Hashes, male: Option<bool>) -> Option<usize> {
        let single = !key.contains(&b' ');
        // Every match shares the last word, or (first names) the first.
        if key.is_empty() || (!self.words.has(h.last) && (!single || !self.words.has(h.key))) {
            return None;
        }
        // Among people sharing a surname, the latest to speak is meant ("Clinton said" after
        // Hillary Clinton's quotes), then the latest mentioned.
        let mut best: Option<(u8, u64, u64, usize)> = None;
        // The two halves of the ring buffer, as plain slices: indexing the deque per person
        // stays a call at opt-level "z", and so does a closure called from two loops.
        let (front, back) = self.people.as_slices();
        for (base, half) in [(0, front), (front.len(), back)] {
            for (k, e) in half.iter().enumerate() {
                let Some(class) = match_class(e, key, h, single) else {
                    continue;
                };
                // "Mrs. Doe" is not the Jane Doe's husband John.
                if class < 3 && male.is_some() && e.male.is_some() && e.male != male {
                    continue;
                }
                let better = match best {
                    None => true,
                    Some((c, spoke, last, _)) => (class, e.spoke, e.last) > (c, spoke, last),
                };
                if better {
                    best = Some((class, e.spoke, e.last, base + k));
                }
            }
        }
        best.map(|(_, _, _, i)| i)
    }

    /// Could a single word name someone held (as a first or last name)? False positives
    /// only cost a parse.
    pub fn may_know(&self, word: &str) -> bool {
        self.words.has(word_hash(word))
    }

    pub fn lookup(&self, name: &str) -> Option<usize> {
        with_key(key_name(name), |key| {
            self.find_hashed(key, Hashes::of(key), None)
        })
    }

    /// Does the one word `name` fit two or more different people known only by that
    /// surname ("Clinton" after Bill and Hillary Clinton), once `male` (from "Mr."/"Mrs.")
    /// rules out those of the other sex? Then a speaker named by it is left unresolved.
    pub fn ambiguous(&self, name: &str, male: Option<bool>) -> bool {
        if name.contains(' ') {
            return false;
        }
        with_key(key_name(name), |key| {
            let h = Hashes::of(key);
            if !self.words.has(h.last) {
                return false;
            }
            let mut first: Option<&str> = None;
            // A surname that one of them has already spoken under is theirs.
            if self
                .people
                .iter()
                .any(|e| e.spoke > 0 && match_class(e, key, h, false) == Some(2))
            {
                return false;
            }
            for e in &self.people {
                if match_class(e, key, h, false) != Some(2) {
                    continue;
                }
                if male.is_some() && e.male.is_some() && e.male != male {
                    continue;
                }
                match first {
                    None => first = Some(&e.key),
                    Some(k) if k != e.key => return true,
                    Some(_) => {}
                }
            }
            false
        })
    }

    /// The person a pronoun most likely means: the latest subject or speaker whose known
    /// gender does not contradict it, else the latest person mentioned at all.
    pub fn pronoun(&self, male: Option<bool>) -> Option<usize> {
        let fits = |e: &Entity| match (male, e.male) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
        (0..self.people.len())
            .filter(|&i| self.people[i].salient > 0 && fits(&self.people[i]))
            .max_by_key(|&i| self.people[i].salient)
            .or_else(|| {
                (0..self.people.len())
                    .filter(|&i| fits(&self.people[i]))
                    .max_by_key(|&i| self.people[i].last)
            })
    }

    /// The latest person whose role contains `noun` ("the minister" -> "transport minister").
    pub fn by_role(&self, noun: &str) -> Option<usize> {
        let noun = lowercase(noun);
        let holds = |role: &str| {
            role.split(|c: char| !c.is_alphanumeric())
                .any(|w| w.len() == noun.len() && lowercase(w) == noun)
        };
        (0..self.people.len())
            .filter(|&i| self.people[i].role.as_deref().is_some_and(holds))
            .max_by_key(|&i| self.people[i].last)
    }

    /// Paragraph of the person's latest salient (or any) mention.
    pub fn recency(&self, i: usize) -> usize {
        self.people
            .get(i)
            .map_or(0, |e| paragraph_of(e.salient.max(e.last)))
    }

    /// Marks a person as the latest speaker at `pos`.
    pub fn spoke(&mut self, i: usize, pos: u64) {
        if let Some(e) = self.people.get_mut(i) {
            e.salient = e.salient.max(pos);
            e.last = e.last.max(pos);
            e.spoke = e.spoke.max(pos);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name_at(text: &str, i: usize) -> Option<NamePhrase<'_>> {
        parse_name(&Para::new(text), i)
    }

    #[test]
    fn parses_titles_initials_particles_and_hyphens() {
        let n = name_at("Prime Minister Jane Doe said", 0).expect("name");
        assert_eq!(
            (n.name.as_ref(), n.title.as_deref()),
            ("Jane Doe", Some("Prime Minister"))
        );
        assert_eq!(
            name_at("Dr. J. R. Okafor said", 0).expect("name").name,
            "J. R. Okafor"
        );
        assert_eq!(
            name_at("Ana de Souza said", 0).expect("name").name,
            "Ana de Souza"
        );
        assert_eq!(
            name_at("Jean-Luc O'Brien said", 0).expect("name").name,
            "Jean-Luc O'Brien"
        );
        assert_eq!(
            name_at("Bashar al-Hassan said", 0).expect("name").name,
            "Bashar al-Hassan"
        );
        assert_eq!(
            name_at("Marine Le Pen said", 0).expect("name").name,
            "Marine Le Pen"
        );
        let n = name_at("Engineer Mats Haugen, who led", 0).expect("name");
        assert_eq!(
            (n.name.as_ref(), n.title.as_deref()),
            ("Mats Haugen", Some("Engineer"))
        );
        let n = name_at("Ms Doe's office said", 0).expect("name");
        assert!(n.possessive && n.male == Some(false) && n.name == "Doe" && n.title.is_none());
        assert!(name_at("The minister said", 0).is_none());
    }

    #[test]
    fn appositive_roles_and_organisations() {
        let p = Para::new("Jane Doe, a spokeswoman for Acme Corp, said");
        let (role, org, after) = appositive(&p, 2).expect("appositive");
        assert_eq!((role, org), (Some("spokeswoman"), Some("Acme Corp")));
        assert_eq!(p.s(after), "said");
        let p = Para::new("Jane Doe, the city's transport commissioner, said");
        let (role, _, _) = appositive(&p, 2).expect("appositive");
        assert_eq!(role, Some("city's transport commissioner"));
        let p = Para::new("Jane Doe, who led the team, said");
        assert_eq!(appositive(&p, 2).expect("appositive").0, None);
        assert_eq!(
            split_role("Acme's chief executive"),
            ("chief executive", Some("Acme"))
        );
    }

    #[test]
    fn given_names_tell_pronouns_apart() {
        assert!(listed(given_names::FEMALE, b"mary") && !listed(given_names::MALE, b"mary"));
        assert!(listed(given_names::MALE, b"aaron") && listed(given_names::MALE, b"zachary"));
        assert!(!listed(given_names::MALE, b"zzz") && !listed(given_names::MALE, b""));
        let mut t = Tracker::default();
        let none = || (None, None);
        let m = |name, pos| Mention {
            name,
            male: None,
            pos,
            salient: true,
        };
        t.mention(m("Mary Okafor", 1), false, none);
        t.mention(m("Robert Okafor", 2), false, none);
        let she = t
            .pronoun(Some(false))
            .and_then(|i| t.get(i))
            .map(|e| e.name.as_str());
        assert_eq!(she, Some("Mary Okafor"));
        // Two Okafors: "Okafor" alone is ambiguous, "Mrs. Okafor" is not.
        assert!(t.ambiguous("Okafor", None));
        assert!(!t.ambiguous("Okafor", Some(false)));
    }

    #[test]
    fn tracker_resolves_surnames_first_names_pronouns_and_roles() {
        let mut t = Tracker::default();
        fn m(name: &str, pos: u64, salient: bool) -> Mention<'_> {
            Mention {
                name,
                male: None,
                pos,
                salient,
            }
        }
        let none = || (None, None);
        t.mention(m("Jane Doe", 1, true), false, || {
            (Some("transport minister"), None)
        });
        t.mention(m("John Smith", 2, false), false, none);
        assert_eq!(
            t.get(t.lookup("Doe").expect("doe")).expect("e").name,
            "Jane Doe"
        );
        assert_eq!(
            t.get(t.lookup("john").expect("john")).expect("e").name,
            "John Smith"
        );
        assert_eq!(
            t.get(t.pronoun(None).expect("pronoun")).expect("e").name,
            "Jane Doe"
        );
        assert_eq!(
            t.get(t.by_role("minister").expect("role")).expect("e").name,
            "Jane Doe"
        );
        assert!(t.mention(m("Doe", 3, true), false, none).is_some());
        assert!(t.mention(m("Nobody", 3, true), false, none).is_none());
        for k in 0..200u64 {
            let name = format!("Person Number{k}");
            t.mention(m(&name, 10 + k, true), false, none);
        }
        assert!(t.people.len() <= CAPACITY);
    }
}

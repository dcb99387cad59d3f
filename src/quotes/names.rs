//! People in running text: parsing a name phrase at a token ("Prime Minister Jane Doe",
//! "J. R. Okafor", "Ana de Souza", "Jean-Luc O'Brien", "al-Hassan"), the role and
//! organisation around it (title before the name, appositive after it), and a bounded
//! tracker of recently mentioned people that resolves surnames, pronouns and role nouns
//! ("the minister") to the latest matching person without rescanning the article.

use std::collections::VecDeque;
use std::hash::Hasher;
use std::rc::Rc;

use super::lexicon::{
    self, FxHasher, DETERMINERS, HONORIFICS, HONORIFICS_FEMALE, HONORIFICS_MALE, NOT_NAMES,
    NOT_ROLE_STARTS, ORG_WORDS, PARTICLES, TITLES,
};
use super::text::{is_cap, is_lower_word, Para};

/// A name found at a token.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct NamePhrase {
    /// First token, including any title ("Dr.", "Prime Minister").
    pub start: usize,
    /// One past the last token of the name (and of "'s").
    pub end: usize,
    /// The name without titles and without a possessive "'s", words joined by spaces.
    pub name: String,
    pub words: usize,
    /// Title words before the name that describe a role ("Prime Minister"), not honorifics.
    pub title: Option<String>,
    /// Any title or honorific before the name ("Mr.", "Dr.", "Minister"), which makes even a
    /// lone capitalised word a name.
    pub titled: bool,
    /// From an honorific or title (Mr, Ms, Queen…): true = male.
    pub male: Option<bool>,
    /// "Doe's office": the name is not the subject.
    pub possessive: bool,
}

/// A word that can be part of a name: capitalised, or a lowercase "al-"/"el-" prefix of a
/// capitalised part ("al-Hassan").
fn name_word(word: &str) -> bool {
    if is_cap(word) {
        return word.chars().any(char::is_alphabetic);
    }
    match word.split_once('-') {
        Some((prefix, rest)) => PARTICLES.contains(prefix) && is_cap(rest),
        None => false,
    }
}

pub(crate) fn strip_possessive(word: &str) -> (&str, bool) {
    for suffix in ["'s", "’s", "'", "’"] {
        if let Some(stem) = word.strip_suffix(suffix) {
            if !stem.is_empty() && (suffix.len() > 1 || stem.ends_with('s')) {
                return (stem, true);
            }
        }
    }
    (word, false)
}

/// A few words on the stack: names are short, and allocating per capitalised word was a
/// measurable share of detection time.
struct Words10<'a> {
    words: [&'a str; 10],
    len: usize,
}

impl<'a> Words10<'a> {
    fn new() -> Self {
        Words10 {
            words: [""; 10],
            len: 0,
        }
    }
    fn push(&mut self, w: &'a str) {
        if let Some(slot) = self.words.get_mut(self.len) {
            *slot = w;
            self.len += 1;
        }
    }
    fn as_slice(&self) -> &[&'a str] {
        &self.words[..self.len]
    }
    fn join(&self, skip: impl Fn(&str) -> bool) -> String {
        let mut out = String::new();
        for w in self.as_slice().iter().filter(|w| !skip(w)) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(w);
        }
        out
    }
}

/// Parses a name starting at token `i`, with any capitalised titles before it. Results are
/// memoised per paragraph, since attribution asks about the same tokens again.
pub(crate) fn parse_name(p: &Para, i: usize) -> Option<Rc<NamePhrase>> {
    if let Some(known) = p.name_memo(i) {
        return known;
    }
    let found = parse_name_uncached(p, i).map(Rc::new);
    p.set_name_memo(i, found.clone());
    found
}

fn parse_name_uncached(p: &Para, i: usize) -> Option<NamePhrase> {
    // Fast exit: most capitalised words start sentences ("The", "In", "We").
    if !p.is_word(i) || (p.has(i, &NOT_NAMES) && !p.has(i, &TITLES)) {
        return None;
    }
    let mut j = i;
    let mut title_words = Words10::new();
    let mut male = None;
    // Titles: "Dr.", "Engineer", and "Prime Minister" / "Foreign Minister" (a capitalised
    // word right before a title belongs to it), only capitalised and only while a name word
    // follows somewhere after them.
    while title_words.len < 4 && p.is_word(j) && is_cap(p.s(j)) {
        let w = p.s(j);
        let is_title = p.has(j, &TITLES);
        let next = p.s(j + 1);
        let qualifier = !is_title
            && p.is_word(j + 1)
            && is_cap(next)
            && p.has(j + 1, &TITLES)
            && !p.has(j + 1, &HONORIFICS)
            && !p.has(j, &NOT_NAMES)
            && p.is_word(j + 2)
            && name_word(p.s(j + 2));
        if !is_title && !qualifier {
            break;
        }
        if p.has(j, &HONORIFICS_MALE) {
            male = Some(true);
        } else if p.has(j, &HONORIFICS_FEMALE) {
            male = Some(false);
        }
        title_words.push(w);
        j += 1;
        if qualifier {
            title_words.push(next);
            j += 1;
        }
        if p.is_punct(j, &['.']) {
            j += 1;
        }
    }
    let mut parts = Words10::new();
    let mut possessive = false;
    let slice = |from: usize, to: usize| &p.text[p.toks[from].start..p.toks[to].end];
    while parts.len < 6 && p.is_word(j) {
        let w = p.s(j);
        let first = parts.len == 0;
        if p.has(j, &PARTICLES) && is_lower_word(w) {
            // Particles belong to the name only before a capitalised part ("van der Meer").
            let mut q = j;
            while q < j + 3 && p.is_word(q) && is_lower_word(p.s(q)) && p.has(q, &PARTICLES) {
                q += 1;
            }
            // "Sabine Krüger von der Universität Hamburg": an institution is not a name.
            if p.is_word(q) && is_cap(p.s(q)) && !p.has(q, &NOT_NAMES) && !p.has(q, &ORG_WORDS) {
                (j..q).for_each(|k| parts.push(p.s(k)));
                j = q;
                continue;
            }
            break;
        }
        if !name_word(w) {
            break;
        }
        let is_particle_cap =
            !first && p.has(j, &PARTICLES) && p.is_word(j + 1) && is_cap(p.s(j + 1));
        if p.has(j, &NOT_NAMES) && !is_particle_cap {
            break;
        }
        // An initial: "J." or "J.R." (the tokenizer keeps "J.R" and leaves the final dot).
        let initial = w
            .split('.')
            .all(|part| part.chars().count() == 1 && part.chars().all(char::is_uppercase));
        if initial && p.is_punct(j + 1, &['.']) && p.toks[j].end == p.toks[j + 1].start {
            parts.push(slice(j, j + 1));
            j += 2;
            continue;
        }
        let (stem, poss) = strip_possessive(w);
        parts.push(stem);
        j += 1;
        if poss {
            possessive = true;
            break;
        }
        // Generational suffix: "Martin Luther King Jr."
        if p.is_word(j) && matches!(p.s(j), "Jr" | "Sr" | "II" | "III" | "IV") {
            let dot = p.is_punct(j + 1, &['.']) && p.toks[j].end == p.toks[j + 1].start;
            parts.push(if dot { slice(j, j + 1) } else { p.s(j) });
            j += if dot { 2 } else { 1 };
            break;
        }
    }
    // Trailing particles are not names ("Doe de").
    while parts
        .as_slice()
        .last()
        .is_some_and(|w| is_lower_word(w) && PARTICLES.contains(w))
    {
        parts.len -= 1;
        j -= 1;
    }
    if parts.len == 0 || parts.as_slice().iter().all(|w| w.ends_with('.')) {
        return None;
    }
    // "Die Ärztin Lena Braun": after an article, a capitalised noun before a full name is a
    // role (German capitalises all nouns).
    let after_article = i > 0
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
            ));
    if title_words.len == 0 && after_article && parts.len >= 3 && is_cap(parts.words[0]) {
        title_words.push(parts.words[0]);
        parts.words.rotate_left(1);
        parts.len -= 1;
    }
    let titled = title_words.len > 0;
    let title = title_words.join(|w| HONORIFICS.contains(w));
    Some(NamePhrase {
        titled,
        start: i,
        end: j,
        words: parts.len,
        name: parts.join(|_| false),
        title: (!title.is_empty()).then_some(title),
        male,
        possessive,
    })
}

/// A lowercase role right before a name: "said city transport commissioner Jane Doe".
/// Returns the role and its first token.
pub(crate) fn role_before<'a>(p: &Para<'a>, name_start: usize) -> Option<(&'a str, usize)> {
    let last = name_start.checked_sub(1)?;
    if !p.is_word(last) || !is_lower_word(p.s(last)) || !p.has(last, &TITLES) {
        return None;
    }
    let mut first = last;
    while first > 0 && last - first < 3 {
        let w = p.s(first - 1);
        if !p.is_word(first - 1)
            || DETERMINERS.contains(w)
            || lexicon::REPORTING.contains(w)
            || NOT_NAMES.contains(w)
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
    let mut j = first;
    while j < p.toks.len() && j - first < 30 {
        if p.is_punct(j, &[',', ';', ':', '(', ')', '“', '”', '"', '«', '»', '„'])
            || p.ends_sentence(j)
        {
            break;
        }
        j += 1;
    }
    if j == first {
        return None;
    }
    // Ends at a comma, at the sentence end, or at the end of the paragraph.
    let closed_by_comma = p.is_punct(j, &[',']);
    let text: &'a str = &p.text[p.toks[first].start..p.toks[j - 1].end];
    let first_word = p.s(first);
    let after = if closed_by_comma { j + 1 } else { j };
    if !p.is_word(first)
        || NOT_ROLE_STARTS.contains(first_word)
        || first_word
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit())
        || first_word.ends_with("ing")
        || (is_cap(first_word) && !TITLES.contains(first_word) && !DETERMINERS.contains(first_word))
    {
        return Some((None, None, after));
    }
    let (role, org) = split_role(text);
    Some((Some(role), org, after))
}

/// "a spokeswoman for Acme Corp" -> ("spokeswoman", "Acme Corp"); "Acme's chief executive"
/// -> ("chief executive", "Acme"); "minister of Finance" stays whole.
pub(crate) fn split_role(text: &str) -> (&str, Option<&str>) {
    let mut t = text.trim();
    for det in ["the ", "The ", "a ", "A ", "an ", "An "] {
        if let Some(rest) = t.strip_prefix(det) {
            t = rest;
            break;
        }
    }
    for prep in [" at ", " for ", " with ", " of the ", " from "] {
        if let Some((role, org)) = t.split_once(prep) {
            let org = org.trim();
            if org.chars().next().is_some_and(char::is_uppercase) || org.starts_with("the ") {
                let org = org.strip_prefix("the ").unwrap_or(org);
                return (role.trim(), Some(org));
            }
        }
    }
    if let Some((org, role)) = t.split_once("'s ").or_else(|| t.split_once("’s ")) {
        if org.chars().next().is_some_and(char::is_uppercase) {
            return (role.trim(), Some(org));
        }
    }
    (t, None)
}

/// A person the tracker remembers.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Entity {
    pub name: String,
    /// Lowercase name, words separated by single spaces.
    key: String,
    /// Hashes of the key and of its first and last words: most comparisons stop there.
    hashes: Hashes,
    pub role: Option<String>,
    pub org: Option<String>,
    male: Option<bool>,
    /// Reading position (paragraph << 32 | byte) of the latest mention.
    last: u64,
    /// Latest mention as a subject or a speaker; 0 = never.
    salient: u64,
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

/// A mention to record.
pub(crate) struct Mention<'a> {
    pub name: &'a str,
    pub role: Option<&'a str>,
    pub org: Option<&'a str>,
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
        key.extend(w.chars().flat_map(char::to_lowercase));
    }
    key
}

/// Words of a single-spaced name.
fn word_count(name: &str) -> usize {
    name.bytes().filter(|&b| b == b' ').count() + 1
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Hashes {
    key: u64,
    first: u64,
    last: u64,
}

fn hash(text: &str) -> u64 {
    let mut h = FxHasher::default();
    h.write(text.as_bytes());
    h.finish()
}

impl Hashes {
    fn of(key: &str) -> Self {
        let first = key.split(' ').next().unwrap_or_default();
        let last = key.rsplit(' ').next().unwrap_or_default();
        Hashes {
            key: hash(key),
            first: hash(first),
            last: hash(last),
        }
    }
}

/// The hash of one lowercased word, as [`Hashes::of`] computes it, without allocating.
fn word_hash(word: &str) -> u64 {
    // The same bytes as `key_of`, so the same hash as `Hashes::of`; on the stack when short.
    let mut buf = [0u8; 32];
    if word.len() <= buf.len() && word.is_ascii() {
        let key = &mut buf[..word.len()];
        key.copy_from_slice(word.as_bytes());
        key.make_ascii_lowercase();
        let mut h = FxHasher::default();
        h.write(key);
        h.finish()
    } else {
        hash(&key_of(word))
    }
}

impl Tracker {
    pub fn get(&self, i: usize) -> Option<&Entity> {
        self.people.get(i)
    }

    /// Records a mention; full names create people, single words only refresh a known one
    /// ("Doe" after "Jane Doe"). Returns the person's slot.
    pub fn mention(&mut self, m: Mention, create_single: bool) -> Option<usize> {
        let words = word_count(m.name);
        if words < 2 && !create_single && !self.words.has(word_hash(m.name)) {
            // Cheap exit for the common case: a capitalised word that names nobody known.
            return None;
        }
        let key = key_of(m.name);
        let hashes = Hashes::of(&key);
        let mut found = self.find_hashed(&key, hashes);
        if found.is_none() && words >= 2 && self.words.has(hashes.last) {
            // A bare surname seen first ("Doe said", later "Jane Doe") is the same person.
            let last = key.rsplit(' ').next().unwrap_or_default();
            found = (0..self.people.len())
                .find(|&i| self.people[i].hashes.key == hashes.last && self.people[i].key == last);
        }
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
                    key: key.clone(),
                    hashes,
                    role: None,
                    org: None,
                    male: None,
                    last: 0,
                    salient: 0,
                });
                self.people.len() - 1
            }
            None => return None,
        };
        let e = &mut self.people[idx];
        e.last = e.last.max(m.pos);
        if m.salient {
            e.salient = e.salient.max(m.pos);
        }
        if e.role.is_none() {
            e.role = m.role.map(str::to_string);
        }
        if e.org.is_none() {
            e.org = m.org.map(str::to_string);
        }
        if e.male.is_none() {
            e.male = m.male;
        }
        // A full name seen after a bare surname upgrades it ("Doe" … "Jane Doe").
        if words > word_count(&e.key) {
            e.name = m.name.to_string();
            e.key = key;
            e.hashes = hashes;
            self.words.insert(hashes.first);
            self.words.insert(hashes.last);
        }
        Some(idx)
    }

    /// The latest person whose name is `key`, ends with it (surname, "van der Berg") or, for
    /// one word, starts with it (first name); a better kind of match beats recency.
    fn find_hashed(&self, key: &str, h: Hashes) -> Option<usize> {
        let single = !key.contains(' ');
        // Every match shares the last word, or (first names) the first.
        if key.is_empty() || (!self.words.has(h.last) && (!single || !self.words.has(h.key))) {
            return None;
        }
        let mut best: Option<(u8, u64, usize)> = None;
        for (i, e) in self.people.iter().enumerate() {
            let k = e.key.as_str();
            let class = if e.hashes.key == h.key && k == key {
                3
            } else if e.hashes.last == h.last
                && k.len() > key.len()
                && k.ends_with(key)
                && k.as_bytes()[k.len() - key.len() - 1] == b' '
            {
                2
            } else if single && e.hashes.first == h.key && k.len() > key.len() && k.starts_with(key)
            {
                1
            } else {
                continue;
            };
            if best.is_none_or(|(c, last, _)| (class, e.last) > (c, last)) {
                best = Some((class, e.last, i));
            }
        }
        best.map(|(_, _, i)| i)
    }

    /// Could a single word name someone held (as a first or last name)? False positives
    /// only cost a parse.
    pub fn may_know(&self, word: &str) -> bool {
        self.words.has(word_hash(word))
    }

    pub fn lookup(&self, name: &str) -> Option<usize> {
        let key = key_of(name);
        self.find_hashed(&key, Hashes::of(&key))
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
        let noun = noun.to_lowercase();
        let holds = |role: &str| {
            role.split(|c: char| !c.is_alphanumeric())
                .any(|w| w.len() == noun.len() && w.to_lowercase() == noun)
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
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name_at(text: &str, i: usize) -> Option<NamePhrase> {
        parse_name(&Para::new(text), i).map(|n| (*n).clone())
    }

    #[test]
    fn parses_titles_initials_particles_and_hyphens() {
        let n = name_at("Prime Minister Jane Doe said", 0).expect("name");
        assert_eq!(
            (n.name.as_str(), n.title.as_deref()),
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
            (n.name.as_str(), n.title.as_deref()),
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
    fn tracker_resolves_surnames_first_names_pronouns_and_roles() {
        let mut t = Tracker::default();
        fn m(name: &str, pos: u64, salient: bool) -> Mention<'_> {
            Mention {
                name,
                role: None,
                org: None,
                male: None,
                pos,
                salient,
            }
        }
        t.mention(
            Mention {
                role: Some("transport minister"),
                ..m("Jane Doe", 1, true)
            },
            false,
        );
        t.mention(m("John Smith", 2, false), false);
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
        assert!(t.mention(m("Doe", 3, true), false).is_some());
        assert!(t.mention(m("Nobody", 3, true), false).is_none());
        for k in 0..200u64 {
            let name = format!("Person Number{k}");
            t.mention(m(&name, 10 + k, true), false);
        }
        assert!(t.people.len() <= CAPACITY);
    }
}

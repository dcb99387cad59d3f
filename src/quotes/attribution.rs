//! Attribution: who a quote's own sentence says spoke it. Looks right after the closing mark
//! ("…,” Jane Doe said / said Doe / she added / — Doe / according to Doe) and then before the
//! opening mark (Doe told reporters: “…” / Doe called the estimate “…”), and returns a
//! reference (a name, a pronoun, a role noun or an unnamed speaker) for the resolver. All
//! scans stay within the quote's sentence and a fixed number of tokens.

use std::borrow::Cow;

use super::chars::is_lower_word;
use super::lexicon::{
    self, CONJUNCTIONS, DETERMINERS, EVALUATIVE, NOT_NAMES, OBJECT_VERBS, PARTICLES, PREPOSITIONS,
    PRONOUNS_MALE, PRONOUNS_PLURAL, PRONOUNS_SINGULAR, REPORTING, TITLES, VERB_FILLERS,
};
use super::names::{appositive, parse_name, role_before};
use super::text::{NamePhrase, Para};

/// Who a sentence names as the speaker.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Ref<'a> {
    /// Name, role and organisation are borrowed from the paragraph where they are written
    /// as one piece there.
    Name {
        name: Cow<'a, str>,
        words: usize,
        role: Option<Cow<'a, str>>,
        org: Option<Cow<'a, str>>,
        male: Option<bool>,
        /// First word of its sentence, where any word is capitalised ("Critics said").
        sentence_start: bool,
        /// A title or honorific comes with it ("Mr. Doe", "Senator Doe").
        titled: bool,
    },
    Pronoun {
        plural: bool,
        male: Option<bool>,
    },
    /// "the minister": someone introduced earlier by role.
    Role(&'a str),
    /// "police said", "a spokeswoman said", "Doe's office said": nobody the reader can name.
    Unknown,
}

impl Ref<'_> {
    /// Is this a person (as opposed to a group or nobody)?
    pub fn is_person(&self) -> bool {
        match self {
            Ref::Name { .. } | Ref::Role(_) => true,
            Ref::Pronoun { plural, .. } => !plural,
            Ref::Unknown => false,
        }
    }
}

/// How the attribution was found; decides confidence and whether a short quote is speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// "— Jane Doe" after the quote.
    Dash,
    /// "said Jane Doe" after the quote.
    Inverted,
    /// "Jane Doe said" after the quote.
    After,
    /// "according to Jane Doe" next to the quote.
    According,
    /// "Jane Doe said: “…”" — a reporting verb introduces the quote.
    Before,
    /// "Doe said the plan was “…”" — a partial quote in a reported sentence.
    Partial,
    /// "Doe called the estimate “…”" — a partial quote after an evaluative verb, speech only
    /// when the subject is a person (not "critics called it “woke”").
    Evaluative,
    /// "Doe was blunt: “…”" — a colon after a sentence whose subject is a person.
    Colon,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Attribution<'a> {
    pub r: Ref<'a>,
    /// Byte offset of the reference in its paragraph.
    pub pos: usize,
    pub kind: Kind,
}

/// A lowercase reporting or evaluative verb at token `i`.
fn verb_at(p: &Para, i: usize) -> bool {
    p.lists(i) & (REPORTING.bit() | EVALUATIVE.bit()) != 0 && p.lower(i) || phrasal_at(p, i)
}

fn reporting_at(p: &Para, i: usize) -> bool {
    p.has(i, &REPORTING) && p.lower(i) || phrasal_at(p, i)
}

/// Two-word reporting verbs: "went on", "shot back", "fired back", "chimed in".
fn phrasal_at(p: &Para, i: usize) -> bool {
    if !p.has(i, &lexicon::PHRASAL) || !p.lower(i) {
        return false;
    }
    match p.s(i) {
        "went" | "goes" => p.is(i + 1, "on"),
        "shot" | "fired" | "hit" | "shoots" | "fires" | "hits" => p.is(i + 1, "back"),
        "chimed" | "chimes" => p.is(i + 1, "in"),
        _ => false,
    }
}

/// Is the verb form at `v` a plural noun here ("his remarks", "a string of morning
/// posts")? A determiner, "of" or a possessive within the two words before it says so.
fn noun_use(p: &Para, v: usize, s: usize) -> bool {
    if !p.s(v).ends_with('s') {
        return false;
    }
    (v.saturating_sub(2).max(s)..v).any(|i| {
        p.is_word(i)
            && (matches!(
                p.s(i),
                "the"
                    | "a"
                    | "an"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "of"
                    | "these"
                    | "those"
                    | "our"
                    | "my"
                    | "your"
            ) || p.s(i).ends_with("'s")
                || p.s(i).ends_with("’s"))
    })
}

fn is_weekday(w: &str) -> bool {
    matches!(
        w,
        "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday"
    )
}

/// "put it" as in "As Doe put it: “…”".
fn is_put_it(p: &Para, v: usize) -> bool {
    p.span(v).1 - p.span(v).0 == 3 && p.s(v) == "put" && p.s(v + 1) == "it"
}

fn pronoun_of(lists: u32) -> Option<Ref<'static>> {
    let male = (lists & PRONOUNS_MALE.bit() != 0).then_some(true);
    if lists & PRONOUNS_SINGULAR.bit() != 0 {
        return Some(Ref::Pronoun {
            plural: false,
            male: male.or(Some(false)),
        });
    }
    if lists & PRONOUNS_PLURAL.bit() != 0 {
        return Some(Ref::Pronoun {
            plural: true,
            male: None,
        });
    }
    None
}

fn pronoun_at(p: &Para, i: usize) -> Option<Ref<'static>> {
    pronoun_of(p.lists(i))
}

fn pronoun(w: &str) -> Option<Ref<'static>> {
    pronoun_of(lexicon::lists_of(w))
}

fn at_sentence_start(p: &Para, i: usize) -> bool {
    i == 0 || p.ends_sentence(i - 1) || p.is_punct(i - 1, &['“', '"', '«', '„', '‘', '(', '—'])
}

fn name_ref<'a>(
    p: &Para<'a>,
    n: &NamePhrase<'a>,
    role: Option<&'a str>,
    org: Option<&'a str>,
) -> Ref<'a> {
    let preceded_by_the = n.start > 0 && p.is(n.start - 1, "the");
    if n.possessive || preceded_by_the {
        // "Doe's office", "the Ministry": an organisation or an unnamed person.
        return Ref::Unknown;
    }
    let sentence_start = !n.titled && at_sentence_start(p, n.start);
    Ref::Name {
        name: n.name.clone(),
        words: n.words,
        role: n.title.clone().or(role.map(Cow::Borrowed)),
        org: org.map(Cow::Borrowed),
        male: n.male,
        sentence_start,
        titled: n.titled,
    }
}

/// [`name_ref`] for a titled name after "the" ("the Rev. Jane Doe"), which `name_ref` would
/// take for an organisation ("the Ministry").
fn name_ref_after_the<'a>(
    p: &Para<'a>,
    n: &NamePhrase<'a>,
    role: Option<&'a str>,
    org: Option<&'a str>,
) -> Ref<'a> {
    match name_ref(p, n, role, org) {
        Ref::Unknown => Ref::Name {
            name: n.name.clone(),
            words: n.words,
            role: n.title.clone().or(role.map(Cow::Borrowed)),
            org: org.map(Cow::Borrowed),
            male: n.male,
            sentence_start: false,
            titled: true,
        },
        r => r,
    }
}

/// A speaker reference at token `i`: a pronoun, a name (with a lowercase role before it or an
/// appositive after it), or a noun phrase up to a reporting verb. Returns the reference, its
/// byte offset and the token after it.
fn parse_ref<'a>(p: &Para<'a>, i: usize, verb_follows: bool) -> Option<(Ref<'a>, usize, usize)> {
    let w = p.s(i);
    if !p.is_word(i) {
        return None;
    }
    let pos = p.toks[i].start;
    // Italian "il" before a noun is an article ("ha detto il sindaco Marco Bellini").
    let article = w == "il" && p.is_word(i + 1) && !verb_at(p, i + 1);
    if let Some(r) = pronoun_at(p, i).filter(|_| !article) {
        return Some((r, pos, i + 1));
    }
    if let Some(found) = described_name(p, i) {
        return Some(found);
    }
    if let Some(n) = parse_name(p, i) {
        if n.possessive {
            // "Doe's office said": skip the owned noun phrase up to the verb. What Doe wrote
            // or posted is Doe's own words ("Doe's Facebook post said").
            let mut j = n.end;
            let mut document = false;
            while j < n.end + 4
                && p.is_word(j)
                && (!p.cap(j) || p.has(j, &lexicon::PLATFORMS))
                && !verb_at(p, j)
            {
                document |= p.has(j, &lexicon::DOCUMENTS);
                j += 1;
            }
            if document {
                let owner = NamePhrase {
                    possessive: false,
                    ..n.clone()
                };
                return Some((name_ref(p, &owner, None, None), pos, j));
            }
            return Some((Ref::Unknown, pos, j));
        }
        let (role, org, next) = appositive(p, n.end).map_or((None, None, n.end), |a| a);
        return Some((name_ref(p, &n, role, org), p.toks[n.start].start, next));
    }
    if !verb_follows {
        // "said the Rev. Jane Doe": a title after the article.
        if p.is(i, "the") && p.cap_word(i + 1) && p.has(i + 1, &TITLES) {
            if let Some(n) = parse_name(p, i + 1).filter(|n| n.titled && !n.possessive) {
                let (role, org, next) = appositive(p, n.end).map_or((None, None, n.end), |a| a);
                return Some((
                    name_ref_after_the(p, &n, role, org),
                    p.toks[n.start].start,
                    next,
                ));
            }
        }
        // After an inverted verb: "said the minister", "said a spokeswoman".
        if p.has(i, &DETERMINERS) {
            let head = (i + 1..i + 5)
                .take_while(|&j| p.is_word(j) && p.lower(j))
                .last();
            // "said one witness, Maria Lopez, 34": the name in apposition is the speaker.
            if let Some(h) = head {
                if p.is_punct(h + 1, &[',']) && p.is_word(h + 2) && p.cap(h + 2) {
                    let named = parse_name(p, h + 2).filter(|n| n.words >= 2 || !p.is_word(n.end));
                    if let Some(n) = named {
                        let role = &p.text[p.toks[i].start..p.toks[h].end];
                        let r = name_ref(p, &n, Some(role), None);
                        return Some((r, p.toks[n.start].start, n.end));
                    }
                }
            }
            return Some(match head {
                Some(h) if w.eq_ignore_ascii_case("the") => (Ref::Role(p.s(h)), pos, h + 1),
                Some(h) => (Ref::Unknown, pos, h + 1),
                None => (Ref::Unknown, pos, i + 1),
            });
        }
        return None;
    }
    // "the 45-year-old said": a description of the person just introduced.
    if w.eq_ignore_ascii_case("the") && p.s(i + 1).ends_with("-year-old") {
        return Some((
            Ref::Pronoun {
                plural: false,
                male: None,
            },
            pos,
            i + 2,
        ));
    }
    // A noun phrase up to a reporting verb: "the minister said", "police said", "a
    // spokeswoman for Acme Corp said", "Officials said".
    if p.has(i, &CONJUNCTIONS) || w == "or" {
        return None;
    }
    let mut j = i;
    while j < i + 8 && p.is_word(j) {
        // "her daughter, Clara Benson, told": the name in apposition is the speaker.
        if j > i && p.is_punct(j + 1, &[',']) && p.is_word(j + 2) && p.cap(j + 2) {
            if let Some(n) = parse_name(p, j + 2) {
                if p.is_punct(n.end, &[',']) && verb_after(p, n.end + 1).is_some() {
                    let role = &p.text[p.toks[i].start..p.toks[j].end];
                    return Some((
                        name_ref(p, &n, Some(role), None),
                        p.toks[n.start].start,
                        n.end + 1,
                    ));
                }
            }
        }
        if j > i && verb_at(p, j) {
            let head = p.s(j - 1);
            let det = p.has(i, &DETERMINERS) || p.has(i, &NOT_NAMES) || is_lower_word(w);
            if !det {
                return None;
            }
            // "the minister", "the aid group head": a role, if all of it is lowercase.
            let all_lower = (i + 1..j).all(|k| p.lower(k));
            let r = if w.eq_ignore_ascii_case("the") && j >= i + 2 && all_lower {
                Ref::Role(head)
            } else {
                Ref::Unknown
            };
            return Some((r, pos, j));
        }
        j += 1;
    }
    None
}

/// A name led by words that describe it: "city transport commissioner Jane Doe", "rancher
/// Dale Whitaker", "la ministra Lucía Gómez", "Northwind Air chief executive Carla Mendes"
/// (capitalised words before the role name the organisation).
fn described_name<'a>(p: &Para<'a>, i: usize) -> Option<(Ref<'a>, usize, usize)> {
    let mut k = i;
    if p.has(k, &DETERMINERS) {
        k += 1;
    }
    let org_start = k;
    while k < org_start + 4 && p.is_word(k) && p.cap(k) && !p.has(k, &NOT_NAMES) {
        k += 1;
    }
    let role_start = k;
    while k < role_start + 5 && p.is_word(k) {
        let w = p.s(k);
        let describes = is_lower_word(w)
            && !verb_at(p, k)
            && pronoun_at(p, k).is_none()
            && !p.has(k, &DETERMINERS)
            && !p.has(k, &CONJUNCTIONS)
            && !p.has(k, &PREPOSITIONS)
            && !p.has(k, &PARTICLES)
            && !p.has(k, &VERB_FILLERS)
            // "of" inside a role: "secretary of state Jane Doe".
            && (w != "of" || (k > role_start && p.lower_word(k + 1)));
        if !describes {
            break;
        }
        k += 1;
    }
    if k == role_start || !p.is_word(k) || !p.cap(k) {
        return None;
    }
    let n = parse_name(p, k)?;
    let titled = p.has(k - 1, &TITLES);
    if n.words < 2 && !titled {
        return None;
    }
    let role = &p.text[p.toks[role_start].start..p.toks[k - 1].end];
    let org = (role_start > org_start)
        .then(|| &p.text[p.toks[org_start].start..p.toks[role_start - 1].end]);
    let (r2, org2, next) = appositive(p, n.end).map_or((None, None, n.end), |a| a);
    let r = name_ref(p, &n, Some(role).or(r2), org.or(org2));
    Some((r, p.toks[n.start].start, next))
}

/// Skips up to three filler words ("later", "has", "also") and returns the reporting or
/// evaluative verb's token, if one follows.
fn verb_after(p: &Para, mut j: usize) -> Option<usize> {
    for _ in 0..4 {
        if !p.is_word(j) {
            return None;
        }
        if verb_at(p, j) {
            return Some(j);
        }
        if !p.has(j, &VERB_FILLERS) {
            return None;
        }
        j += 1;
    }
    None
}

/// The attribution right after a closing mark, from token `from` on and before byte `limit`
/// (the next quote or the end of the paragraph). After a quote that ends its sentence
/// (“…it works.”) a capitalised word starts the next sentence, so only a dash or a lowercase
/// attribution ("she said") still belongs to the quote.
pub(crate) fn after<'a>(
    p: &Para<'a>,
    from: usize,
    limit: usize,
    sentence_closed: bool,
) -> Option<Attribution<'a>> {
    let mut i = from;
    while p.is_punct(i, &[',']) {
        i += 1;
    }
    let within = |j: usize| p.toks.get(j).is_some_and(|t| t.start < limit);
    if !within(i) {
        return None;
    }
    // "— Jane Doe"
    if p.is_punct(i, &['—', '–', '―', '-']) {
        let mut j = i + 1;
        while p.is_punct(j, &['—', '–', '-']) {
            j += 1;
        }
        // "— Jane Doe", "— astronomer Carl Sagan": only a name makes a dash an attribution.
        if within(j) {
            if let Some((r @ Ref::Name { .. }, pos, _)) = parse_ref(p, j, false) {
                return Some(Attribution {
                    r,
                    pos,
                    kind: Kind::Dash,
                });
            }
        }
        return None;
    }
    if sentence_closed && !p.lower(i) {
        return None;
    }
    if let Some(a) = according(p, i, limit) {
        return Some(a);
    }
    let w = p.s(i);
    // Inverted: "said Jane Doe", "a déclaré Jean Dupont", "hat Müller gesagt" is not handled.
    let v = if matches!(w, "a" | "ha" | "hat" | "has" | "had") && reporting_at(p, i + 1) {
        i + 1
    } else {
        i
    };
    if reporting_at(p, v) && !p.has(v, &OBJECT_VERBS) && within(v + 1) {
        if let Some((r, pos, _)) = parse_ref(p, v + 1, false) {
            let r = german_sie(r, p.s(v + 1), p.s(v));
            return Some(Attribution {
                r,
                pos,
                kind: Kind::Inverted,
            });
        }
    }
    // French inverted pronoun: "a-t-il dit", "dit-elle", "ajoute-t-il".
    if let Some((verb, pro)) = w.rsplit_once('-') {
        if let Some(r) = pronoun(pro).filter(|_| is_lower_word(verb)) {
            return Some(Attribution {
                r,
                pos: p.toks[i].start,
                kind: Kind::Inverted,
            });
        }
    }
    // German "so Müller", Spanish/French "según/selon Doe" right after the quote.
    if matches!(w, "so" | "laut" | "selon" | "según" | "secondo") {
        // German "so" is also an adverb: only "so Müller." with nothing after the name.
        if let Some((r, pos, next)) = parse_ref(p, i + 1, false) {
            if matches!(r, Ref::Name { .. }) && (w != "so" || !p.is_word(next)) {
                return Some(Attribution {
                    r,
                    pos,
                    kind: Kind::According,
                });
            }
        }
    }
    // Subject first: "Jane Doe, minister of X, said", "she added", "police said".
    let (r, pos, mut next) = parse_ref(p, i, true)?;
    // "Doe of the Harbor Rowing Club said": a short "of" phrase of capitalised words.
    if matches!(r, Ref::Name { .. }) && p.is(next, "of") {
        let mut j = next + 1;
        while j < next + 6 && p.is_word(j) && (p.cap(j) || p.is(j, "the")) {
            j += 1;
        }
        if j > next + 1 && verb_after(p, j).is_some() {
            next = j;
        }
    }
    let verb = verb_after(p, next)?;
    if !within(verb) || !reporting_at(p, verb) {
        return None;
    }
    let r = german_sie(r, p.s(i), p.s(verb));
    Some(Attribution {
        r,
        pos,
        kind: Kind::After,
    })
}

/// German "sie" is "she" with a singular verb ("sagte sie") and "they" with a plural one
/// ("sagten sie").
fn german_sie<'a>(r: Ref<'a>, pronoun: &str, verb: &str) -> Ref<'a> {
    let singular_verb = !verb.ends_with("en") && (verb.ends_with('t') || verb.ends_with("te"));
    match r {
        Ref::Pronoun { plural: true, .. }
            if pronoun.eq_ignore_ascii_case("sie") && singular_verb =>
        {
            Ref::Pronoun {
                plural: false,
                male: Some(false),
            }
        }
        other => other,
    }
}

/// "according to Jane Doe" starting at token `i`.
fn according<'a>(p: &Para<'a>, i: usize, limit: usize) -> Option<Attribution<'a>> {
    if !p.is(i, "according") || !p.is(i + 1, "to") {
        return None;
    }
    // "according to a memo by Doe", "according to a statement from Doe".
    let mut k = i + 2;
    if p.has(k, &DETERMINERS)
        && p.has(k + 1, &lexicon::DOCUMENTS)
        && matches!(p.s(k + 2), "by" | "from")
        && p.is_word(k + 3)
        && p.cap(k + 3)
    {
        k += 3;
    }
    let (r, pos, _) = parse_ref(p, k, false)?;
    (pos < limit).then_some(Attribution {
        r,
        pos,
        kind: Kind::According,
    })
}

/// First token of the sentence that contains token `e - 1`, not before byte `floor`.
fn sentence_start(p: &Para, e: usize, floor: usize) -> usize {
    let mut s = e;
    while s > 0 && e - s < 60 && p.toks[s - 1].start >= floor && !p.ends_sentence(s - 1) {
        s -= 1;
    }
    s
}

/// The attribution in the quote's sentence before its opening mark at byte `open` (token
/// `e`, [`Para::tok_at`]); the sentence starts no earlier than byte `floor` (the previous
/// quote's end).
pub(crate) fn before<'a>(
    p: &Para<'a>,
    open: usize,
    e: usize,
    floor: usize,
) -> Option<Attribution<'a>> {
    let s = sentence_start(p, e, floor);
    if s >= e {
        return None;
    }
    let intro = p.is_punct(e - 1, &[':', ',']);
    let colon = p.is_punct(e - 1, &[':']);
    for i in s..e {
        // `according` itself asks this first; asked here, most tokens cost no call.
        if !p.is(i, "according") {
            continue;
        }
        if let Some(a) = according(p, i, open) {
            return Some(a);
        }
    }
    let verb = (s..e)
        .rev()
        .find(|&v| p.is_word(v) && (verb_at(p, v) || is_put_it(p, v)) && !noun_use(p, v, s));
    if let Some(v) = verb {
        let kind = if intro && e - v <= 6 {
            Kind::Before
        } else if reporting_at(p, v) {
            Kind::Partial
        } else {
            Kind::Evaluative
        };
        // "Doe backed Roe on Monday, saying it was “…”": the subject of
        // a participle is the sentence's.
        let clause = v > s + 1
            && (p.is_punct(v - 1, &[','])
                || matches!(p.s(v - 1), "before" | "after" | "while" | "by" | "when")
                // "Doe issued a statement saying …"
                || matches!(p.s(v), "saying" | "adding" | "writing" | "declaring" | "stating"));
        if clause && p.s(v).ends_with("ing") {
            // "Roe will come, Doe said, adding, “…”": the subject of the reporting verb
            // before it, if there is one.
            let earlier = (s..v.saturating_sub(1)).rev().find(|&u| reporting_at(p, u));
            if let Some(u) = earlier {
                if let Some((r @ (Ref::Name { .. } | Ref::Pronoun { .. }), pos)) =
                    subject_before(p, s, u)
                {
                    return Some(Attribution { r, pos, kind });
                }
            }
            // "On Tuesday, Doe deflected questions before saying": past an opening phrase.
            let opening = (s..(s + 6).min(v))
                .find(|&i| p.is_punct(i, &[',']))
                .filter(|_| parse_name(p, s).is_none() && pronoun_at(p, s).is_none())
                .map_or(s, |c| c + 1);
            if let Some((r @ (Ref::Name { .. } | Ref::Pronoun { .. }), pos, next)) =
                parse_ref(p, opening, true)
            {
                // The subject's own verb follows it ("Doe threw"), not a comma ("Like Doe,
                // Roe argued").
                if p.is_word(next) && p.lower(next) {
                    return Some(Attribution { r, pos, kind });
                }
            }
        }
        // "Doe said Friday that … but said “…”": the verb's subject is the sentence's.
        if v > s && p.has(v - 1, &CONJUNCTIONS) {
            if let Some((r @ (Ref::Name { .. } | Ref::Pronoun { .. }), pos, next)) =
                parse_ref(p, s, true)
            {
                // Its own verb follows the subject ("Doe, the mayor, spoke … and said").
                if p.is_word(next) && p.lower(next) {
                    return Some(Attribution { r, pos, kind });
                }
            }
        }
        if let Some((r, pos)) = subject_before(p, s, v) {
            return Some(Attribution { r, pos, kind });
        }
        // "Jane Doe, of Lakeview, Ore., said": the sentence opens with the name, and only
        // its appositives stand between it and the verb.
        if v > s + 2 && p.is_punct(v - 1, &[',']) {
            let opening = parse_name(p, s).filter(|n| !n.possessive && p.is_punct(n.end, &[',']));
            if let Some(n) = opening {
                let r = name_ref(p, &n, None, None);
                if matches!(r, Ref::Name { .. }) && n.end < v && v - n.end <= 12 {
                    return Some(Attribution {
                        r,
                        pos: p.toks[n.start].start,
                        kind,
                    });
                }
            }
        }

        // "said Jane Doe: “…”"
        if reporting_at(p, v) && !p.has(v, &OBJECT_VERBS) {
            if let Some((r, pos, next)) = parse_ref(p, v + 1, false) {
                if next + 1 >= e {
                    return Some(Attribution {
                        r,
                        pos,
                        kind: Kind::Before,
                    });
                }
            }
        }
        return None;
    }
    // "Said Jane Doe, who …, “…”": an inverted verb opening the sentence.
    if intro && p.is(s, "said") && p.cap(s) {
        if let Some((r @ Ref::Name { .. }, pos, _)) = parse_ref(p, s + 1, false) {
            return Some(Attribution {
                r,
                pos,
                kind: Kind::Before,
            });
        }
    }
    if colon {
        // "Doe was blunt: “…”": the sentence's subject.
        let (r, pos, _) = parse_ref(p, s, false)?;
        if r.is_person() {
            return Some(Attribution {
                r,
                pos,
                kind: Kind::Colon,
            });
        }
    }
    None
}

/// The speaker of a quote that opens a sentence without an attribution of its own, from the
/// sentence before it in the paragraph when that one reports someone's words ("Doe added
/// that the plan was late. “…”"); `e` is the quote's opening token.
pub(crate) fn previous_sentence<'a>(
    p: &Para<'a>,
    e: usize,
    floor: usize,
) -> Option<Attribution<'a>> {
    let end = e.checked_sub(1).filter(|&t| p.ends_sentence(t))?;
    if p.toks.get(end).is_none_or(|t| t.start < floor) {
        return None;
    }
    let a = before(p, p.toks[end].start, end, floor)?;
    let person = matches!(a.r, Ref::Name { .. } | Ref::Pronoun { plural: false, .. });
    (person && a.kind == Kind::Partial).then_some(Attribution {
        kind: Kind::Colon,
        ..a
    })
}

/// The subject of the verb at token `v`: the phrase right before it, skipping fillers and an
/// appositive ("Jane Doe, the city's transport commissioner, said").
fn subject_before<'a>(p: &Para<'a>, s: usize, v: usize) -> Option<(Ref<'a>, usize)> {
    let mut k = v;
    while k > s && p.is_word(k - 1) && v - k < 4 {
        if p.has(k - 1, &VERB_FILLERS) {
            k -= 1;
        } else if is_weekday(p.s(k - 1)) {
            // "Doe, the mayor, on Tuesday called …"
            k -= 1;
            if k > s && p.is(k - 1, "on") {
                k -= 1;
            }
        } else {
            break;
        }
    }
    if k <= s {
        return None;
    }
    let t = k - 1;
    let names = names_in(p, s, k);
    if p.is_punct(t, &[',']) {
        // Appositives in a row ("Jane Doe, 54, the head of Acme, a trade group that …,
        // said"): the first name whose chain of appositives ends right here.
        for n in &names {
            let mut e = n.end;
            let mut first_role = None;
            for step in 0..3 {
                let Some((role, org, after)) = appositive(p, e) else {
                    break;
                };
                if step == 0 || first_role.is_none() {
                    first_role = role.map(|r| (r, org));
                }
                if after == k && step > 0 {
                    let (role, org) = first_role.map_or((None, None), |(r, o)| (Some(r), o));
                    return Some((name_ref(p, n, role, org), p.toks[n.start].start));
                }
                if after >= k || !p.is_punct(after - 1, &[',']) {
                    break;
                }
                e = after - 1;
            }
        }
        // Appositive: a name whose appositive ends right here.
        for n in names.iter().rev() {
            if let Some((role, org, after)) = appositive(p, n.end) {
                if after == k {
                    return Some((name_ref(p, n, role, org), p.toks[n.start].start));
                }
            }
        }
        // "The mayor, Henri Lefèvre, said": the name is itself the appositive.
        return names
            .iter()
            .rev()
            .find(|n| n.end == t)
            .map(|n| (name_ref(p, n, None, None), p.toks[n.start].start));
    }
    if let Some(r) = pronoun_at(p, t) {
        return Some((r, p.toks[t].start));
    }
    // "Jane Doe of the Harbor Rowing Club said".
    for n in names
        .iter()
        .filter(|n| !n.possessive && p.is(n.end, "of") && k - n.end <= 6)
    {
        if (n.end + 1..k).all(|i| p.is_word(i) && (p.cap(i) || p.is(i, "the"))) {
            return Some((name_ref(p, n, None, None), p.toks[n.start].start));
        }
    }
    if let Some(n) = names.iter().rev().find(|n| n.end == k) {
        let role = role_before(p, n.start).map(|(r, _)| r);
        return Some((name_ref(p, n, role, None), p.toks[n.start].start));
    }
    // What someone wrote or posted: "Doe's Facebook post said".
    for n in names
        .iter()
        .filter(|n| n.possessive && n.end <= t && t - n.end < 4)
    {
        let owned = n.end..=t;
        if owned.clone().all(|i| p.is_word(i))
            && owned.into_iter().any(|i| p.has(i, &lexicon::DOCUMENTS))
        {
            let owner = NamePhrase {
                possessive: false,
                ..n.clone()
            };
            return Some((name_ref(p, &owner, None, None), p.toks[n.start].start));
        }
    }
    // A noun phrase: "the minister called", "police said", "critics have called".
    let w = p.s(t);
    if p.is_word(t) && (is_lower_word(w) || p.has(t, &NOT_NAMES)) {
        let mut d = t;
        while d > s && t - d < 5 && p.is_word(d - 1) && !p.has(d - 1, &CONJUNCTIONS) {
            d -= 1;
            if p.has(d, &DETERMINERS) {
                break;
            }
        }
        let r = if p.is(d, "the") && (d + 1..=t).all(|k| p.lower(k)) {
            Ref::Role(w)
        } else {
            Ref::Unknown
        };
        return Some((r, p.toks[d].start));
    }
    None
}

/// All name phrases between tokens `s` and `e`, left to right.
pub(crate) fn names_in<'a>(p: &Para<'a>, s: usize, e: usize) -> Vec<NamePhrase<'a>> {
    let mut out = Vec::new();
    let mut i = s;
    while i < e {
        if p.is_word(i) && p.cap(i) {
            if let Some(n) = parse_name(p, i).filter(|n| n.end <= e) {
                i = n.end.max(i + 1);
                out.push(n);
                continue;
            }
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name<'a>(r: &'a Ref) -> &'a str {
        match r {
            Ref::Name { name, .. } => name,
            Ref::Pronoun { .. } => "<pronoun>",
            Ref::Role(role) => role,
            Ref::Unknown => "<unknown>",
        }
    }

    fn after_of(text: &str) -> Option<(String, Kind)> {
        let p = Para::new(text);
        let close = text
            .rfind(['”', '“', '»'])
            .map(|i| i + text[i..].chars().next().map_or(1, char::len_utf8))?;
        after(&p, p.tok_at(close), text.len(), false).map(|a| (name(&a.r).to_string(), a.kind))
    }

    fn before_of(text: &str) -> Option<(String, Kind)> {
        let p = Para::new(text);
        let open = text.find('“')?;
        before(&p, open, p.tok_at(open), 0).map(|a| (name(&a.r).to_string(), a.kind))
    }

    #[test]
    fn attribution_after_the_quote() {
        let a = |t| after_of(t).map(|(n, _)| n);
        assert_eq!(a("“Yes,” Jane Doe said.").as_deref(), Some("Jane Doe"));
        assert_eq!(
            a("“Yes,” said Jane Doe, minister of Finance.").as_deref(),
            Some("Jane Doe")
        );
        assert_eq!(
            a("“Yes,” Jane Doe, the city's transport commissioner, told the paper.").as_deref(),
            Some("Jane Doe")
        );
        assert_eq!(a("“Yes,” she added.").as_deref(), Some("<pronoun>"));
        assert_eq!(
            a("“Yes,” Doe later told reporters.").as_deref(),
            Some("Doe")
        );
        assert_eq!(a("“Yes.” — Jane Doe").as_deref(), Some("Jane Doe"));
        assert_eq!(
            a("“Yes,” according to Jane Doe.").as_deref(),
            Some("Jane Doe")
        );
        assert_eq!(a("“Yes,” police said.").as_deref(), Some("<unknown>"));
        assert_eq!(a("“Yes,” the minister said.").as_deref(), Some("minister"));
        assert_eq!(a("“Yes,” Doe's office said.").as_deref(), Some("<unknown>"));
        assert_eq!(
            a("« Oui », a déclaré Jean Dupont.").as_deref(),
            Some("Jean Dupont")
        );
        assert_eq!(a("« Oui », a-t-il ajouté.").as_deref(), Some("<pronoun>"));
        assert_eq!(a("„Ja“, so Anna Müller.").as_deref(), Some("Anna Müller"));
        assert_eq!(a("“Yes,” and the crowd cheered."), None);
    }

    #[test]
    fn attribution_before_the_quote() {
        assert_eq!(
            before_of("Jane Doe said: “Yes.”"),
            Some(("Jane Doe".into(), Kind::Before))
        );
        assert_eq!(
            before_of("Doe told reporters: “Yes.”"),
            Some(("Doe".into(), Kind::Before))
        );
        assert_eq!(
            before_of("Jane Doe, the minister of Finance, said: “Yes.”"),
            Some(("Jane Doe".into(), Kind::Before))
        );
        assert_eq!(
            before_of("Doe called the estimate “optimistic at best”."),
            Some(("Doe".into(), Kind::Evaluative))
        );
        assert_eq!(
            before_of("Doe was blunt: “No.”"),
            Some(("Doe".into(), Kind::Colon))
        );
        assert_eq!(
            before_of("According to Doe, “it works.”").map(|a| a.0),
            Some("Doe".into())
        );
        assert_eq!(
            before_of("Critics have called it “woke”.").map(|a| a.0),
            Some("<unknown>".into())
        );
        assert_eq!(before_of("It rained. “Yes.”"), None);
    }
}

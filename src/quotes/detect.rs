//! Detection over plain-text paragraphs: pairs marks into quotes, joins multi-paragraph and
//! split quotes, drops scare quotes and titles, finds each quote's attribution and resolves
//! it against the people mentioned so far, in one pass in reading order.

use std::collections::HashSet;

use super::attribution::{self, Attribution, Kind, Ref};
use super::chars::{is_blank, trim_end};
use super::cjk;
use super::found::{Detections, Found, Span, SpeakerGuess};
use super::lexicon::{self, TITLE_NOUNS};
use super::marks::{self, RawQuote};
use super::names::{
    appositive_role, parse_name, position, role_before, strip_possessive, word_hash, Entity,
    Mention, Tracker,
};
use super::text::{tokenize_into, NamePhrase, Para};
use crate::model::case::lowercase;

/// Below this confidence a quote is returned without a speaker: an unknown speaker is
/// better than a wrong one.
pub const MIN_SPEAKER_CONFIDENCE: f32 = 0.5;

/// One quote of speech: its spans in reading order (several for multi-paragraph and split
/// quotes), its speaker if known, and the confidence of that attribution (0 when nobody is
/// named; below [`MIN_SPEAKER_CONFIDENCE`] the speaker is left out).
#[derive(Debug, Clone, PartialEq)]
pub struct DetectedQuote {
    pub spans: Vec<Span>,
    pub speaker: Option<SpeakerGuess>,
    pub confidence: f32,
}

/// How an attributed quote passes its speaker to an unattributed one.
#[derive(Debug, Clone, Copy)]
enum Inherit {
    None,
    /// From an earlier quote, with the confidence scaled by the factor.
    From(usize, f32),
    /// A partial quote joined to the one before it by a conjunction ("called it “a” and
    /// “b”"): the same speaker, and speech only if that one is.
    Joined(usize),
}

struct Cand<'a> {
    /// The first (paragraph, quote) part, and any further ones in reading order (most quotes
    /// have one part, so these need no allocation).
    first: (usize, RawQuote),
    rest: Vec<(usize, RawQuote)>,
    attr: Option<(usize, Attribution<'a>)>,
    inherit: Inherit,
    alive: bool,
    /// Index into [`Speakers::guesses`].
    speaker: Option<usize>,
    confidence: f32,
}

impl Cand<'_> {
    fn first(&self) -> (usize, RawQuote) {
        self.first
    }
    fn last(&self) -> (usize, RawQuote) {
        self.rest.last().copied().unwrap_or(self.first)
    }
}

/// The speakers of the quotes found: each distinct guess once, since most people are quoted
/// several times.
#[derive(Default)]
pub(crate) struct Speakers {
    pub guesses: Vec<SpeakerGuess>,
    /// By tracker slot: the guess last made for the person there.
    by_slot: Vec<Option<usize>>,
}

impl Speakers {
    /// The guess for the person at tracker slot `slot`, as the tracker now knows them.
    fn guess(&mut self, slot: usize, e: &Entity) -> usize {
        let same =
            |g: &SpeakerGuess| g.name == e.name && g.role == e.role && g.organization == e.org;
        if let Some(&Some(k)) = self.by_slot.get(slot) {
            if self.guesses.get(k).is_some_and(same) {
                return k;
            }
        }
        self.guesses.push(SpeakerGuess {
            name: e.name.clone(),
            role: e.role.clone(),
            organization: e.org.clone(),
        });
        if self.by_slot.len() <= slot {
            self.by_slot.resize(slot + 1, None);
        }
        self.by_slot[slot] = Some(self.guesses.len() - 1);
        self.guesses.len() - 1
    }
}

/// Finds quoted speech in `paragraphs` (plain text, in reading order).
pub fn detect(paragraphs: &[&str]) -> Vec<DetectedQuote> {
    let found = find(paragraphs);
    found
        .quotes
        .into_iter()
        .map(|q| DetectedQuote {
            spans: q.spans().copied().collect(),
            speaker: q.speaker.and_then(|k| found.guesses.get(k).cloned()),
            confidence: q.confidence,
        })
        .collect()
}

/// [`detect`] without a copy of the speaker in each quote: [`super::annotate`] looks each
/// speaker up once, not once per quote.
///
/// Its phases stay out of line (`#[inline(never)]`), though each runs once per paragraph or
/// quote at most: WebAssembly engines start every function in a baseline tier and compile it
/// with their optimizing tier, in the background, once it has run a while, one function at
/// a time. With everything inlined into one huge function, that compilation took long enough
/// that a page's first detections ran mostly on baseline code.
pub fn find(paragraphs: &[&str]) -> Detections {
    // The tokens and the quotes of all paragraphs each in one list, not one per paragraph.
    let bytes: usize = paragraphs.iter().map(|t| t.len()).sum();
    // Sized for a word in five bytes and a quote a paragraph, which most articles stay under.
    let mut toks = Vec::with_capacity(bytes / 5 + 1);
    let mut quotes = Vec::with_capacity(paragraphs.len());
    let mut bounds = Vec::with_capacity(paragraphs.len() + 1);
    let mut marks = Vec::new();
    for text in paragraphs {
        let first_tok = toks.len();
        bounds.push((first_tok, quotes.len()));
        marks.clear();
        tokenize_into(text, &mut toks, &mut marks);
        marks::find_marked(text, &marks, toks.len() - first_tok, &mut quotes);
    }
    bounds.push((toks.len(), quotes.len()));
    let paras: Vec<Para> = (0..paragraphs.len())
        .map(|i| Para::with_tokens(paragraphs[i], &toks[bounds[i].0..bounds[i + 1].0]))
        .collect();
    let raws: Vec<&[RawQuote]> = (0..paragraphs.len())
        .map(|i| &quotes[bounds[i].1..bounds[i + 1].1])
        .collect();
    debug_assert!(paras.iter().zip(&raws).all(|(p, rs)| rs.iter().all(|r| {
        (
            r.open_tok,
            r.inner_start_tok(),
            r.inner_end_tok(),
            r.end_tok,
        ) == (
            p.tok_at(r.open),
            p.tok_at(r.inner_start),
            p.tok_at(r.inner_end),
            p.tok_at(r.end),
        )
    })));
    let mut cands = chain(paragraphs, &raws);
    for c in &mut cands {
        c.attr = attribute(&paras, &raws, c);
    }
    join_splits(&paras, &mut cands);
    join_conjoined(&paras, &mut cands);
    inherit_from_previous_paragraph(&paras, &mut cands);
    for c in cands.iter_mut().filter(|c| c.alive) {
        c.alive = is_speech(&paras, c);
    }
    for ci in 0..cands.len() {
        if let Inherit::Joined(b) = cands[ci].inherit {
            cands[ci].alive &= cands[b].alive;
        }
    }
    let speakers = resolve(&paras, &raws, &mut cands);
    let span = |(paragraph, r): (usize, RawQuote)| Span {
        paragraph,
        start: r.open,
        end: r.end,
    };
    let quotes = cands
        .into_iter()
        .filter(|c| c.alive)
        .map(|c| Found {
            first: span(c.first),
            rest: c.rest.into_iter().map(span).collect(),
            speaker: c.speaker.filter(|_| c.confidence >= MIN_SPEAKER_CONFIDENCE),
            confidence: c.confidence,
        })
        .collect();
    Detections {
        quotes,
        guesses: speakers.guesses,
    }
}

/// One candidate per top-level quote; an unclosed quote continues into the next paragraph
/// when that paragraph opens with a mark (the convention for multi-paragraph quotes). An
/// unclosed quote that nothing continues is a stray mark and is dropped.
#[inline(never)] // See `find`.
fn chain<'a>(paragraphs: &[&str], raws: &[&[RawQuote]]) -> Vec<Cand<'a>> {
    // At most one candidate per quote.
    let mut cands: Vec<Cand> = Vec::with_capacity(raws.iter().map(|rs| rs.len()).sum());
    let mut carry: Option<usize> = None;
    for (pi, rs) in raws.iter().enumerate() {
        let mut next_carry = None;
        for (k, r) in rs.iter().enumerate() {
            let at_start = paragraphs[pi].get(..r.open).is_some_and(is_blank);
            let ci = match carry {
                Some(c) if k == 0 && at_start => {
                    cands[c].rest.push((pi, *r));
                    carry = None;
                    c
                }
                _ => {
                    cands.push(Cand {
                        first: (pi, *r),
                        rest: Vec::new(),
                        attr: None,
                        inherit: Inherit::None,
                        alive: true,
                        speaker: None,
                        confidence: 0.0,
                    });
                    cands.len() - 1
                }
            };
            if !r.closed {
                next_carry = Some(ci);
            }
        }
        if let Some(c) = carry {
            end_chain(&mut cands[c]);
        }
        carry = next_carry;
    }
    if let Some(c) = carry {
        end_chain(&mut cands[c]);
    }
    cands
}

fn end_chain(c: &mut Cand) {
    if c.rest.is_empty() {
        c.alive = false;
    }
}

/// The quote's own attribution: after its closing mark, else before its opening mark, else
/// a colon at the end of the previous paragraph ("Doe explained:").
#[inline(never)] // See `find`.
fn attribute<'a>(
    paras: &[Para<'a>],
    raws: &[&[RawQuote]],
    c: &Cand,
) -> Option<(usize, Attribution<'a>)> {
    if !c.alive {
        return None;
    }
    let (lp, last) = c.last();
    if last.closed {
        let p = &paras[lp];
        let rs = &raws[lp];
        let limit = rs
            .get(rs.partition_point(|r| r.open < last.end))
            .map_or(p.text.len(), |r| r.open);
        let inner = trim_end(p.text.get(last.inner_start..last.inner_end).unwrap_or(""));
        let closed_sentence = inner.ends_with('.');
        if let Some(a) = attribution::after(p, last.end_tok, limit, closed_sentence) {
            return Some((lp, a));
        }
        if let Some(a) = cjk::after(p.text, last.end) {
            return Some((lp, a));
        }
        // "“…” of the plan, Doe said.": a short phrase finishing the sentence, then the
        // attribution.
        if !closed_sentence {
            let comma = (last.end_tok..(last.end_tok + 8).min(p.toks.len()))
                .take_while(|&i| !p.ends_sentence(i) && !p.is_punct(i, &['“', '"', '”']))
                .find(|&i| p.is_punct(i, &[',']));
            if let Some(a) = comma.and_then(|c| attribution::after(p, c + 1, limit, false)) {
                if matches!(a.kind, Kind::After | Kind::Inverted) && a.r.is_person() {
                    return Some((lp, a));
                }
            }
        }
    }
    let (fp, first) = c.first();
    let p = &paras[fp];
    let rs = &raws[fp];
    let floor = rs
        .partition_point(|r| r.end <= first.open)
        .checked_sub(1)
        .map_or(0, |i| rs[i].end);
    if let Some(a) = attribution::before(p, first.open, first.open_tok, floor) {
        return Some((fp, a));
    }
    if let Some(a) = cjk::before(p.text, first.open, floor, first.end) {
        return Some((fp, a));
    }
    if let Some(a) = attribution::previous_sentence(p, first.open_tok, floor) {
        return Some((fp, a));
    }
    let at_start = p.text.get(..first.open).is_some_and(is_blank);
    if at_start && fp > 0 {
        let prev = &paras[fp - 1];
        if trim_end(prev.text).ends_with(':') {
            let floor = raws[fp - 1].last().map_or(0, |r| r.end);
            let end = trim_end(prev.text).len();
            if let Some(a) = attribution::before(prev, end, prev.tok_at(end), floor)
                .filter(|a| matches!(a.kind, Kind::Before | Kind::Colon))
            {
                return Some((fp - 1, a));
            }
        }
    }
    None
}

/// “…,” she said, “…” is one quote in two parts; “…,” she said. “…” is a second quote by the
/// same speaker. Either way the gap holds nothing but the first quote's attribution.
#[inline(never)] // See `find`.
fn join_splits(paras: &[Para], cands: &mut [Cand]) {
    for b in 0..cands.len() {
        if !cands[b].alive {
            continue;
        }
        let (bp, braw) = cands[b].last();
        let Some((ap, bkind, bpos)) = cands[b].attr.as_ref().map(|(ap, a)| (*ap, a.kind, a.pos))
        else {
            continue;
        };
        if ap != bp
            || !braw.closed
            || !matches!(bkind, Kind::After | Kind::Inverted | Kind::According)
        {
            continue;
        }
        let Some(c) = (b + 1..cands.len()).find(|&c| cands[c].alive) else {
            continue;
        };
        let (cp, craw) = cands[c].first();
        if cp != bp || bpos < braw.end || bpos >= craw.open {
            continue;
        }
        let own = match &cands[c].attr {
            None => false,
            Some((p2, a)) => !(*p2 == bp && a.pos == bpos),
        };
        if own {
            continue;
        }
        let p = &paras[bp];
        let (s, e) = (braw.end_tok, craw.open_tok);
        // A long attribution ("said Jane Doe, an accountant at …, who audits …. “…”") still
        // passes its speaker on; only a short one joins the parts.
        let limit = if p.ends_sentence(e.saturating_sub(1)) {
            60
        } else {
            25
        };
        if e <= s || e - s > limit || (s..e - 1).any(|i| p.ends_sentence(i)) {
            continue;
        }
        if p.ends_sentence(e - 1) {
            cands[c].attr = None;
            cands[c].inherit = Inherit::From(b, 0.95);
        } else if p.is_punct(e - 1, &[',', ':', ';', '—', '–']) {
            // Only punctuation may follow the attribution: in "she said, adding that the
            // team would “…”" the second quote is a partial quote of its own.
            let (first, rest) = (cands[c].first, cands[c].rest.clone());
            cands[b].rest.push(first);
            cands[b].rest.extend(rest);
            cands[c].alive = false;
        }
    }
}

/// A quote without an attribution of its own that follows another in the same sentence with
/// only a conjunction between them ("called it “x” and “y”", "“x,” “y”") shares its
/// attribution.
#[inline(never)] // See `find`.
fn join_conjoined(paras: &[Para], cands: &mut [Cand]) {
    for c in 1..cands.len() {
        if !cands[c].alive || cands[c].attr.is_some() || !matches!(cands[c].inherit, Inherit::None)
        {
            continue;
        }
        let Some(b) = (0..c).rev().find(|&b| cands[b].alive) else {
            continue;
        };
        let ((bp, braw), (cp, craw)) = (cands[b].last(), cands[c].first());
        if bp != cp || !braw.closed || craw.open_tok < braw.end_tok {
            continue;
        }
        let p = &paras[cp];
        let gap = braw.end_tok..craw.open_tok;
        // "called him a “gambler” who is “unserious,” a “show-off” and a “fraud”".
        let only_conjunction = gap.len() <= 4
            && gap.clone().all(|i| {
                p.is_punct(i, &[','])
                    || matches!(
                        p.s(i),
                        "and"
                            | "or"
                            | "a"
                            | "an"
                            | "as"
                            | "but"
                            | "then"
                            | "the"
                            | "who"
                            | "is"
                            | "was"
                            | "of"
                            | "nor"
                    )
            });
        // The token before the closing mark: "“x.” And “y”" starts a new sentence.
        let b_closed_sentence = p.ends_sentence(braw.end_tok.saturating_sub(2));
        if only_conjunction && !b_closed_sentence {
            cands[c].inherit = Inherit::Joined(b);
            continue;
        }
        // "Doe called it “x,” a compliment to the crowd. “Y.”": a quote opening the sentence after
        // one that quoted someone continues them.
        let attributed = cands[b]
            .attr
            .as_ref()
            .is_some_and(|(ap, a)| *ap == bp && a.r.is_person());
        let opens_sentence = craw.open_tok > 0 && p.ends_sentence(craw.open_tok - 1);
        let one_sentence_between = !gap
            .clone()
            .take(gap.len().saturating_sub(1))
            .any(|i| p.ends_sentence(i));
        if attributed && opens_sentence && gap.len() <= 25 && one_sentence_between {
            cands[c].inherit = Inherit::From(b, 0.85);
        }
    }
}

/// Scare quotes, titles, nicknames and words-as-words are not speech; short quotes are speech
/// only with an attribution that makes them so.
#[inline(never)] // See `find`.
fn is_speech(paras: &[Para], c: &Cand) -> bool {
    if !c.rest.is_empty() {
        return true;
    }
    let (pi, r) = c.first();
    let p = &paras[pi];
    let (s, e) = (r.inner_start_tok(), r.inner_end_tok());
    let words = (s..e).filter(|&i| p.is_word(i));
    // Only comparisons with at most 10 follow, so counting stops at 11.
    let mut count = 0;
    let mut i = s;
    while i < e && count < 11 {
        count += usize::from(p.is_word(i));
        i += 1;
    }
    if count == 0 {
        return false;
    }
    let inner = p.text.get(r.inner_start..r.inner_end).unwrap_or("");
    let word_count = if may_have_cjk(inner) {
        // Chinese and Japanese do not space words; count about two characters a word.
        let cjk_chars = inner.chars().filter(|&c| cjk::is_cjk(c)).count();
        let spaced = words.clone().filter(|&i| !p.s(i).chars().any(cjk::is_cjk));
        spaced.count() + cjk_chars.div_ceil(2)
    } else {
        count
    };
    let kind = c.attr.as_ref().map(|(_, a)| a.kind);
    // A quote continuing an attributed one ("“…,” she said. “Never.”") is attributed too.
    let continues = matches!(c.inherit, Inherit::From(..) | Inherit::Joined(_));
    let direct = continues
        || matches!(
            kind,
            Some(
                Kind::After
                    | Kind::Inverted
                    | Kind::Dash
                    | Kind::Before
                    | Kind::According
                    | Kind::Colon
            )
        );
    let open_tok = r.open_tok;
    // The word before the opening mark, looking past a comma ("her novel, “…”").
    let before_tok = match open_tok.checked_sub(1) {
        Some(i) if p.is_punct(i, &[',']) => i.checked_sub(1),
        other => other,
    };
    let before_word = before_tok.filter(|&i| p.is_word(i));
    let after_tok = r.end_tok;
    // "the film “Jaws”", "the so-called “reform”", "known as “the Wall”".
    let titled = before_word.is_some_and(|w| {
        p.has(w, &TITLE_NOUNS)
            || (p.is(w, "as")
                && open_tok >= 2
                && matches!(
                    lowercase(p.s(open_tok - 2)).as_str(),
                    "known" | "referred" | "billed" | "marketed"
                ))
    });
    // Dwayne “The Rock” Johnson.
    let nickname = before_word.is_some_and(|w| p.cap(w)) && p.cap_word(after_tok);
    let sentence_like = trim_end(inner).ends_with(['.', '!', '?', '…', '。']) || word_count > 10;
    let title_case = !sentence_like
        && words.clone().all(|i| {
            p.cap(i)
                || matches!(
                    p.s(i),
                    "a" | "an"
                        | "and"
                        | "at"
                        | "for"
                        | "in"
                        | "of"
                        | "on"
                        | "or"
                        | "the"
                        | "to"
                        | "with"
                )
        })
        && words
            .clone()
            .any(|i| p.s(i).chars().any(char::is_alphabetic));
    // A title noun before a quote marks a title only if it reads like one ("the film
    // “Jaws”"), not before a sentence ("the project “the most important investment…”").
    let title_like = title_case || word_count <= 4;
    if ((titled && title_like) || nickname)
        && !matches!(
            kind,
            Some(Kind::After | Kind::Inverted | Kind::Dash | Kind::Before)
        )
    {
        return false;
    }
    if title_case && !direct && words.clone().nth(1).is_some() {
        return false;
    }
    if word_count <= 3 {
        return direct
            || matches!(kind, Some(Kind::Partial))
            || matches!(&c.attr, Some((_, a)) if a.kind == Kind::Evaluative && a.r.is_person() && !matches!(a.r, Ref::Role(_)));
    }
    true
}

/// Does `text` hold a lead byte of a CJK character (U+3040–U+9FFF, U+F900–U+FAFF)? If not,
/// it holds no CJK character, and counting them needs no decoding.
fn may_have_cjk(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if matches!(b, 0xe3..=0xe9 | 0xef) {
            return true;
        }
        i += 1;
    }
    false
}

/// A paragraph that is only a quote continues the speaker of the previous paragraph's last
/// quote when nothing but that quote's attribution follows it there.
#[inline(never)] // See `find`.
fn inherit_from_previous_paragraph(paras: &[Para], cands: &mut [Cand]) {
    let mut last_in_para: Option<(usize, usize)> = None;
    for c in 0..cands.len() {
        if !cands[c].alive {
            continue;
        }
        let (fp, first) = cands[c].first();
        let at_start = paras[fp].text.get(..first.open).is_some_and(is_blank);
        if cands[c].attr.is_none()
            && matches!(cands[c].inherit, Inherit::None)
            && at_start
            && fp > 0
        {
            // Only a quote that is all of its paragraph: words after it that were not read
            // as an attribution may name someone else.
            let (cp, craw) = cands[c].last();
            let alone = (craw.end_tok..paras[cp].toks.len()).all(|i| !paras[cp].is_word(i));
            if let Some((prev, lp)) = last_in_para.filter(|&(_, lp)| alone && lp + 1 == fp) {
                if tail_is_attribution(&paras[lp], cands[prev].last().1.end_tok) {
                    cands[c].inherit = Inherit::From(prev, 0.7);
                }
            }
        }
        let (lp, _) = cands[c].last();
        last_in_para = Some((c, lp));
    }
}

/// Is the text from token `s` on at most the rest of one sentence (the attribution)?
fn tail_is_attribution(p: &Para, s: usize) -> bool {
    let n = p.toks.len();
    n - s <= 30 && (s..n.saturating_sub(1)).all(|i| !p.ends_sentence(i))
}

/// Confidence of an attribution found in the quote's own sentence.
fn base_confidence(kind: Kind) -> f32 {
    match kind {
        Kind::After | Kind::Inverted | Kind::Before => 0.95,
        Kind::Dash | Kind::According => 0.9,
        Kind::Partial | Kind::Evaluative => 0.85,
        Kind::Colon => 0.75,
    }
}

#[derive(Clone, Copy)]
enum Event {
    Mention(usize),
    Resolve(usize),
}

/// Walks the article in reading order, feeding name mentions to the tracker and resolving
/// each attribution against what was mentioned before it.
#[inline(never)] // See `find`.
fn resolve(paras: &[Para], raws: &[&[RawQuote]], cands: &mut [Cand]) -> Speakers {
    let mut tracker = Tracker::default();
    let mut speakers = Speakers::default();
    // (paragraph of the attribution, candidate), by paragraph and then in reading order.
    let mut attributed: Vec<(usize, usize)> = Vec::new();
    for (ci, c) in cands.iter().enumerate() {
        if let (true, Some((ap, _))) = (c.alive, &c.attr) {
            attributed.push((*ap, ci));
        }
    }
    // By paragraph, then candidate: `ci` is unique, so the order is the stable one. Every
    // sort of the quote pipeline sorts `(usize, usize)` pairs with `sort_unstable`, so the
    // bundle carries one sort routine (docs/performance.md, "Size cuts").
    attributed.sort_unstable();
    let mut next = 0;
    // Reused from paragraph to paragraph.
    let mut names = Vec::new();
    let mut surnames_here = HashSet::new();
    let mut events: Vec<Event> = Vec::new();
    // (position * 2 + kind, index in `events`): mentions before resolutions at one position,
    // then the order they were added in.
    let mut order: Vec<(usize, usize)> = Vec::new();
    for (pi, p) in paras.iter().enumerate() {
        mentions_in(p, &tracker, &mut names, &mut surnames_here);
        events.clear();
        order.clear();
        for (ni, n) in names.iter().enumerate() {
            order.push((p.toks[n.start].start * 2, events.len()));
            events.push(Event::Mention(ni));
        }
        while let Some(&(ap, ci)) = attributed.get(next).filter(|&&(ap, _)| ap <= pi) {
            next += 1;
            if let (true, Some((_, a))) = (ap == pi, &cands[ci].attr) {
                order.push((a.pos * 2 + 1, events.len()));
                events.push(Event::Resolve(ci));
            }
        }
        order.sort_unstable();
        for &(key, index) in &order {
            let (pos, ev) = (key / 2, events[index]);
            match ev {
                Event::Mention(ni) => {
                    let n = &names[ni];
                    // Quotes of a paragraph are sorted and disjoint.
                    let rs = &raws[pi];
                    let in_quote = rs
                        .get(rs.partition_point(|r| r.end <= pos))
                        .is_some_and(|r| r.open <= pos);
                    // A subject opens its sentence or clause; after a comma only when a verb
                    // follows ("In 2019, Doe founded…", not "…her uncle, Youssef Benali.").
                    // A role before the name belongs to the subject ("Opposition
                    // spokesperson Helen Gray disagreed").
                    let mut first = n.start;
                    if first > 0 && p.has(first - 1, &lexicon::TITLES) && p.is_word(first - 1) {
                        first -= 1;
                        while first > 0
                            && n.start - first < 4
                            && p.is_word(first - 1)
                            && !p.has(first - 1, &lexicon::NOT_NAMES)
                            && !p.has(first - 1, &lexicon::REPORTING)
                        {
                            first -= 1;
                        }
                    }
                    let prev = first.checked_sub(1);
                    let verb_follows =
                        p.is_word(n.end) && p.lower(n.end) && !p.has(n.end, &lexicon::NOT_NAMES);
                    let subject = !n.possessive
                        && !in_quote
                        && prev.is_none_or(|i| {
                            p.ends_sentence(i)
                                || p.is_punct(i, &[';', ':', '(', '—'])
                                || (p.is_punct(i, &[',']) && verb_follows)
                                || p.has(i, &lexicon::CONJUNCTIONS)
                        });
                    let mention = Mention {
                        name: &n.name,
                        male: n.male,
                        pos: position(pi, pos),
                        salient: subject,
                    };
                    tracker.mention(mention, false, || {
                        let mut role = n.title.as_deref();
                        if role.is_none() {
                            role = role_before(p, n.start).map(|(r, _)| r);
                        }
                        // Only the role and organisation of an appositive matter here.
                        let (r, org) = appositive_role(p, n.end);
                        (role.or(r), org)
                    });
                }
                Event::Resolve(ci) => resolve_one(&mut tracker, &mut speakers, pi, &mut cands[ci]),
            }
        }
    }
    for ci in 0..cands.len() {
        let from = match cands[ci].inherit {
            Inherit::From(src, factor) => Some((src, factor)),
            Inherit::Joined(src) => Some((src, 1.0)),
            Inherit::None => None,
        };
        if let Some((src, factor)) = from {
            if cands[ci].alive && cands[ci].attr.is_none() && src < ci {
                cands[ci].speaker = cands[src].speaker;
                cands[ci].confidence = cands[src].confidence * factor;
            }
        }
    }
    speakers
}

/// The names of a paragraph worth telling the tracker about: every multi-word name, and
/// single words only when they may refer to someone known ("Ortiz wants…"). Most
/// capitalised words are single (sentence starts, places), and skipping them before parsing
/// is the biggest saving of the mention scan.
#[inline(never)] // See `find`.
fn mentions_in<'a>(
    p: &Para<'a>,
    tracker: &Tracker,
    out: &mut Vec<NamePhrase<'a>>,
    // The last words of the names in `out`: a set, because a paragraph may hold thousands.
    surnames_here: &mut HashSet<u64>,
) {
    out.clear();
    surnames_here.clear();
    let mut i = 0;
    while i < p.toks.len() {
        // Capitalised words that cannot start a name ("The", "In") need no further look:
        // `parse_name` would reject them first thing.
        if !p.cap_word(i) || (p.has(i, &lexicon::NOT_NAMES) && !p.has(i, &lexicon::TITLES)) {
            i += 1;
            continue;
        }
        let next_joins = p.is_punct(i + 1, &['.'])
            || (p.is_word(i + 1) && (p.cap(i + 1) || p.has(i + 1, &lexicon::PARTICLES)));
        if !next_joins && !p.has(i, &lexicon::TITLES) {
            let (stem, _) = strip_possessive(p.s(i));
            if !surnames_here.contains(&word_hash(stem)) && !tracker.may_know(stem) {
                i += 1;
                continue;
            }
        }
        match parse_name(p, i) {
            Some(n) => {
                i = n.end.max(i + 1);
                if let Some(surname) = n.name.rsplit(' ').next() {
                    surnames_here.insert(word_hash(surname));
                }
                out.push(n);
            }
            None => i += 1,
        }
    }
}

#[inline(never)] // See `find`.
fn resolve_one(tracker: &mut Tracker, speakers: &mut Speakers, pi: usize, c: &mut Cand) {
    let Some((_, a)) = &c.attr else { return };
    let pos = position(pi, a.pos);
    let base = base_confidence(a.kind);
    let (slot, confidence) = match &a.r {
        Ref::Name {
            name,
            words,
            role,
            org,
            male,
            sentence_start,
            titled,
        } => {
            let known = tracker.lookup(name);
            let confidence = if *words < 2 && tracker.ambiguous(name, *male) {
                // Two people share the surname and nothing tells which one spoke.
                0.45
            } else if *words >= 2 || known.is_some() {
                base
            } else if !*titled && role.is_none() {
                // A lone capitalised word that names nobody mentioned before is as often a
                // place or an organisation ("Lakeview", "Norland") as a surname; a title or a
                // role ("Ahmad, a taxi driver") makes it a person.
                0.45
            } else if *sentence_start
                && matches!(
                    a.kind,
                    Kind::Before | Kind::Partial | Kind::Evaluative | Kind::Colon
                )
            {
                // "Critics said: “…”": a lone capitalised word opening a sentence may be any
                // noun.
                0.45
            } else {
                0.6
            };
            let details = || (role.as_deref(), org.as_deref());
            // A speaker too doubtful to show is no one for later pronouns to refer to.
            let sure = confidence >= MIN_SPEAKER_CONFIDENCE;
            let mention = Mention {
                name,
                male: *male,
                pos,
                salient: sure,
            };
            let slot = tracker.mention(mention, sure, details);
            if !sure {
                return;
            }
            (slot, confidence)
        }
        Ref::Pronoun { plural, male } => {
            let slot = tracker.pronoun(*male);
            let near = slot.is_some_and(|s| pi.saturating_sub(tracker.recency(s)) <= 2);
            let confidence: f32 = if *plural {
                0.4
            } else if near {
                0.8
            } else {
                0.55
            };
            (slot, confidence.min(base))
        }
        Ref::Role(noun) => (tracker.by_role(noun), 0.7),
        Ref::Unknown => (None, 0.0),
    };
    let Some(slot) = slot else { return };
    tracker.spoke(slot, pos);
    if let Some(e) = tracker.get(slot) {
        c.speaker = Some(speakers.guess(slot, e));
        c.confidence = confidence;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(paras: &[&'a str], q: &DetectedQuote) -> Vec<&'a str> {
        q.spans
            .iter()
            .map(|s| &paras[s.paragraph][s.start..s.end])
            .collect()
    }

    fn speaker(q: &DetectedQuote) -> Option<&str> {
        q.speaker.as_ref().map(|s| s.name.as_str())
    }

    #[test]
    fn multi_paragraph_quote_is_one_quote() {
        let paras = [
            "“First part of it.",
            "“Second part.  ",
            "“Last part,” Ada Obi said.",
        ];
        let found = detect(&paras);
        assert_eq!(found.len(), 1);
        assert_eq!(
            texts(&paras, &found[0]),
            vec!["“First part of it.", "“Second part.", "“Last part,”"]
        );
        assert_eq!(speaker(&found[0]), Some("Ada Obi"));
    }

    #[test]
    fn split_quote_with_comma_is_one_quote_with_period_two() {
        let paras = ["“We are ready,” Ada Obi said, “and we are waiting.”"];
        let found = detect(&paras);
        assert_eq!(found.len(), 1);
        assert_eq!(
            texts(&paras, &found[0]),
            vec!["“We are ready,”", "“and we are waiting.”"]
        );
        let paras = ["“We are ready,” Ada Obi said. “We are waiting.”"];
        let found = detect(&paras);
        assert_eq!(found.len(), 2);
        assert_eq!(
            (speaker(&found[0]), speaker(&found[1])),
            (Some("Ada Obi"), Some("Ada Obi"))
        );
    }

    #[test]
    fn scare_quotes_titles_and_nicknames_are_not_speech() {
        for text in [
            "Critics called it “woke” on Monday.",
            "She watched the film “Jaws” again.",
            "Dwayne “The Rock” Johnson arrived.",
            "The so-called “reform package” failed.",
            "The word “sustainable” appears often.",
            "His book “The Long Road Home” sold well.",
        ] {
            assert!(detect(&[text]).is_empty(), "{text}");
        }
    }

    #[test]
    fn partial_quote_takes_the_subject() {
        let paras = ["Economist Ada Obi called the estimate “optimistic at best” on Monday."];
        let found = detect(&paras);
        assert_eq!(found.len(), 1);
        assert_eq!(speaker(&found[0]), Some("Ada Obi"));
    }

    #[test]
    fn references_resolve_to_the_latest_matching_person() {
        let paras = [
            "Ada Obi, the city's transport commissioner, met Tom Reyes.",
            "“Buses first,” Obi said.",
            "“Then trams,” she added.",
            "“No,” said Reyes.",
        ];
        let found = detect(&paras);
        let names: Vec<_> = found.iter().map(speaker).collect();
        assert_eq!(
            names,
            vec![Some("Ada Obi"), Some("Ada Obi"), Some("Tom Reyes")]
        );
        let guess = found[0].speaker.as_ref().expect("speaker");
        assert_eq!(guess.role.as_deref(), Some("city's transport commissioner"));
    }

    #[test]
    fn weak_attributions_leave_the_speaker_unknown() {
        // A lone capitalised word opening a sentence might be any noun, unless a title
        // makes it a name.
        let found = detect(&["Brightwater said: “We will appeal the ruling.”"]);
        assert_eq!(found.len(), 1);
        assert!(found[0].speaker.is_none() && found[0].confidence < MIN_SPEAKER_CONFIDENCE);
        let found = detect(&["Mr. Brightwater said: “We will appeal the ruling.”"]);
        assert_eq!(speaker(&found[0]), Some("Brightwater"));
        // "they" is usually a group.
        let found = detect(&["Ada Obi left.", "“We stay,” they said."]);
        assert!(found[0].speaker.is_none());
        // Nobody named.
        let found = detect(&["“We stay,” a spokeswoman said."]);
        assert!(found[0].speaker.is_none());
    }

    #[test]
    fn stray_marks_are_dropped() {
        assert!(detect(&["He is 6'2\" tall and \"then left"]).is_empty());
        assert!(detect(&["", "\"", "“"]).is_empty());
    }
}

//! From what detection found to what one article marks ([`Decisions`]): the spans kept (a
//! span touching an editor quote is dropped, because the editor's markup wins), each quote's
//! id (`auto-N`, clear of the article's own ids), and each speaker's person (one of the
//! article's people with the same name or surname, else a new `auto-person-N`).
//!
//! Runs where detection runs: in the detection module for the widget, in place for the
//! prerenderers and native tools. The widget's bundle has neither this nor its hash maps;
//! it applies the result (`apply::apply_decisions`).

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;

use super::found::{Detections, Span, SpeakerGuess};
use super::hash::FxHasher;
use super::wire::{DecidedQuote, Decisions, Known, KnownPerson};
use super::MAX_DETECTED_QUOTES;

use crate::model::case::lowercase;
use crate::model::Person;

/// Decides what `detections`, found in the paragraphs of an article that has `known`,
/// become in it.
pub fn decide(detections: Detections, known: &Known) -> Decisions {
    let Detections { quotes, guesses } = detections;
    let mut decisions = Decisions::default();
    if quotes.is_empty() {
        return decisions;
    }
    let paragraphs = known.editor_ranges.len();
    // The same set type as `People::ids`: each hash-set type is code of its own.
    let used_ids: FxSet<String> = known.quote_ids.iter().cloned().collect();
    let mut people = People::new(&known.people);
    let mut next_id = 1usize;
    // By speaker guess: the person, looked up on the guess's first quote.
    let mut person_of: Vec<Option<usize>> = vec![None; guesses.len()];
    for quote in quotes {
        let kept = |s: &&Span| {
            let overlaps = known
                .editor_ranges
                .get(s.paragraph)
                .is_some_and(|ranges| ranges.iter().any(|&(a, b)| s.start < b && a < s.end));
            !overlaps && s.paragraph < paragraphs && s.start < s.end
        };
        if !quote.spans().any(|s| kept(&s)) {
            continue;
        }
        if decisions.quotes.len() == MAX_DETECTED_QUOTES {
            decisions.over_limit += 1;
            continue;
        }
        let id = fresh_id("auto-", &mut next_id, &used_ids);
        let speaker = quote.speaker.and_then(|k| {
            let guess = guesses.get(k)?;
            let slot = person_of.get_mut(k)?;
            Some(*slot.get_or_insert_with(|| people.person_for(&mut decisions.new_people, guess)))
        });
        decisions.quotes.push(DecidedQuote {
            id,
            speaker,
            spans: quote.spans().filter(kept).copied().collect(),
        });
    }
    decisions
}

/// The first `prefix` + number, from `*next` on, that is not `taken`; `*next` moves past it.
fn fresh_id(prefix: &str, next: &mut usize, taken: &FxSet<String>) -> String {
    loop {
        let id = numbered(prefix, *next);
        *next += 1;
        if !taken.contains(&id) {
            return id;
        }
    }
}

/// `prefix` followed by `n` in decimal, without the formatting machinery (which the
/// detection module has no other use for).
fn numbered(prefix: &str, n: usize) -> String {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut rest = n;
    loop {
        at -= 1;
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    let mut id = String::with_capacity(prefix.len() + digits.len() - at);
    id.push_str(prefix);
    for &d in &digits[at..] {
        id.push(char::from(d));
    }
    id
}

/// Matches detected speakers to the article's people, keeping names and surnames in a map
/// so each lookup is a hash probe rather than a scan of everyone quoted so far.
struct People {
    /// How many people the article has: new people's indexes follow theirs.
    existing: usize,
    /// Lowercased full names and last words -> who has them. One map for both, not one
    /// each: every hash-map type is code of its own in the detection module.
    keys: FxMap<String, Key>,
    /// The ids of the article's people. New ids need not be added: `next_n` only grows.
    ids: FxSet<String>,
    next_n: usize,
}

type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;
type FxSet<K> = HashSet<K, BuildHasherDefault<FxHasher>>;

#[derive(Default)]
struct Key {
    /// The first person with this full name.
    person: Option<usize>,
    /// People with this last word, and of them those with a single-word name; each as
    /// (first such person, how many).
    all: (usize, usize),
    single: (usize, usize),
}

fn surname_of(key: &str) -> &str {
    key.split_whitespace().last().unwrap_or_default()
}

/// The only person counted, if exactly one.
fn only(count: (usize, usize)) -> Option<usize> {
    (count.1 == 1).then_some(count.0)
}

impl People {
    fn new(people: &[KnownPerson]) -> Self {
        let mut me = People {
            existing: people.len(),
            keys: FxMap::default(),
            ids: people.iter().map(|p| p.id.clone()).collect(),
            next_n: people.len() + 1,
        };
        for (i, p) in people.iter().enumerate() {
            me.remember(&lowercase(p.name.trim()), i);
        }
        me
    }

    /// Once per person and per matched speaker: the copy of a key already there costs
    /// nothing worth a second lookup.
    fn key(&mut self, key: &str) -> &mut Key {
        self.keys.entry(key.to_string()).or_default()
    }

    fn remember(&mut self, key: &str, i: usize) {
        self.key(key).person.get_or_insert(i);
        let single = !key.trim().contains(char::is_whitespace);
        let entry = self.key(surname_of(key));
        let count = |c: &mut (usize, usize)| {
            if c.1 == 0 {
                c.0 = i;
            }
            c.1 += 1;
        };
        count(&mut entry.all);
        if single {
            count(&mut entry.single);
        }
    }

    /// The person a detected speaker is: an existing one with the same name, or with the
    /// same surname when either side is a bare surname ("Doe" / "Jane Doe") and only one
    /// person fits; else a new `auto-person-N`, added to `new_people`.
    fn person_for(&mut self, new_people: &mut Vec<Person>, guess: &SpeakerGuess) -> usize {
        let name = guess.name.trim();
        let key = lowercase(name);
        if let Some(i) = self.keys.get(&key).and_then(|k| k.person) {
            return i;
        }
        let single = !key.contains(char::is_whitespace);
        if let Some(entry) = self.keys.get(surname_of(&key)) {
            if let Some(i) = only(if single { entry.all } else { entry.single }) {
                self.key(&key).person = Some(i);
                return i;
            }
        }
        let id = fresh_id("auto-person-", &mut self.next_n, &self.ids);
        new_people.push(Person {
            id,
            name: name.to_string(),
            role: guess.role.clone(),
            organization: guess.organization.clone(),
            url: None,
        });
        let index = self.existing + new_people.len() - 1;
        self.remember(&key, index);
        index
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::found::Found;

    #[test]
    fn new_people_and_quotes_get_ids_the_article_does_not_use() {
        let quote = |paragraph, speaker| Found {
            first: Span {
                paragraph,
                start: 0,
                end: 4,
            },
            rest: Vec::new(),
            speaker: Some(speaker),
            confidence: 1.0,
        };
        let guess = |name: &str| SpeakerGuess {
            name: name.into(),
            role: None,
            organization: None,
        };
        let known = Known {
            editor_ranges: vec![Vec::new(), Vec::new()],
            quote_ids: vec!["auto-1".into(), "auto-2".into(), "auto-07".into()],
            people: vec![KnownPerson {
                id: "auto-person-2".into(),
                name: "Ann Lee".into(),
            }],
        };
        let detections = Detections {
            quotes: vec![quote(0, 0), quote(1, 1), quote(1, 2)],
            guesses: vec![guess("Bo Chen"), guess("ann lee"), guess("Cy Diaz")],
        };
        let decided = decide(detections, &known);
        let ids: Vec<&str> = decided.quotes.iter().map(|q| q.id.as_str()).collect();
        assert_eq!(ids, ["auto-3", "auto-4", "auto-5"]);
        // Ann Lee is the article's person 0; the others are new, after her.
        let speakers: Vec<Option<usize>> = decided.quotes.iter().map(|q| q.speaker).collect();
        assert_eq!(speakers, [Some(1), Some(0), Some(2)]);
        let new: Vec<(&str, &str)> = decided
            .new_people
            .iter()
            .map(|p| (p.id.as_str(), p.name.as_str()))
            .collect();
        assert_eq!(
            new,
            [("auto-person-3", "Bo Chen"), ("auto-person-4", "Cy Diaz")]
        );
    }
}

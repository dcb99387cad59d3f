//! Scores quote detection against two corpora. Our own labelled corpus (default
//! `tests/data/quotes/corpus.json`): span precision, recall and F1 (exact and overlapping),
//! and speaker accuracy over the gold quotes that were found and have a gold speaker; exits
//! non-zero below its targets (`tests/quotes.rs` runs the same code). And the PolNeAR
//! development corpus of real news (`../shared/quotes-polnear/`, read from there and never
//! copied into the project; skipped with a message when absent), scored as its README says.
//! Both corpora also get the common figures of [`Figures`]: span P/R/F1 by the 80%-overlap
//! rule, speaker mention match, full-name accuracy, wrong-name rate and abstention rate,
//! per publisher for PolNeAR.
//!
//! Run: `cargo run --release --example quote_eval [corpus.json] [--polnear DIR] [-v] [--errors]`
//! (`--errors`: list PolNeAR speaker errors, one a line, for development).

use std::process::ExitCode;

use broadsheet::quotes::{detect, DetectedQuote};
use serde_json::Value;

/// Targets the detector must meet on the corpus.
pub const MIN_SPAN_F1: f64 = 0.95;
pub const MIN_SPEAKER_ACCURACY: f64 = 0.95;

/// One labelled item: paragraphs and gold quotes with byte spans.
pub struct Item {
    pub name: String,
    pub paragraphs: Vec<String>,
    pub quotes: Vec<Gold>,
}

pub struct Gold {
    /// (paragraph, start, end) byte spans, marks included.
    pub spans: Vec<(usize, usize, usize)>,
    pub speaker: Option<String>,
}

#[derive(Debug, Default, Clone)]
pub struct Report {
    pub items: usize,
    pub gold_spans: usize,
    pub predicted_spans: usize,
    pub exact_spans: usize,
    pub overlap_spans: usize,
    pub gold_quotes: usize,
    pub exact_quotes: usize,
    pub speaker_correct: usize,
    pub speaker_wrong: usize,
    pub speaker_unknown: usize,
    /// A speaker named where the gold says nobody is named.
    pub speaker_spurious: usize,
    pub failures: Vec<String>,
}

fn prf(hits: usize, predicted: usize, gold: usize) -> (f64, f64, f64) {
    let p = if predicted == 0 {
        1.0
    } else {
        hits as f64 / predicted as f64
    };
    let r = if gold == 0 {
        1.0
    } else {
        hits as f64 / gold as f64
    };
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

impl Report {
    pub fn exact(&self) -> (f64, f64, f64) {
        prf(self.exact_spans, self.predicted_spans, self.gold_spans)
    }
    pub fn overlap(&self) -> (f64, f64, f64) {
        prf(self.overlap_spans, self.predicted_spans, self.gold_spans)
    }
    pub fn speaker_accuracy(&self) -> f64 {
        let n = self.speaker_correct + self.speaker_wrong + self.speaker_unknown;
        if n == 0 {
            1.0
        } else {
            self.speaker_correct as f64 / n as f64
        }
    }
    pub fn passes(&self) -> bool {
        self.exact().2 >= MIN_SPAN_F1 && self.speaker_accuracy() >= MIN_SPEAKER_ACCURACY
    }
}

/// Reads the corpus: `[{"name", "paragraphs": [..], "quotes": [{"spans": [[p, "text"]],
/// "speaker": "Name" | null}]}]`. Span texts are found in their paragraph at or after the
/// end of the previous span there.
pub fn load(json: &str) -> Result<Vec<Item>, String> {
    let value: Value =
        serde_json::from_str(json).map_err(|e| format!("corpus is not JSON: {e}"))?;
    let list = value.as_array().ok_or("corpus must be an array")?;
    let mut items = Vec::new();
    for (k, item) in list.iter().enumerate() {
        let name = item["name"].as_str().unwrap_or("?").to_string();
        let paragraphs: Vec<String> = item["paragraphs"]
            .as_array()
            .ok_or(format!("item {k} ({name}): no paragraphs"))?
            .iter()
            .map(|p| p.as_str().unwrap_or_default().to_string())
            .collect();
        let mut cursor = vec![0usize; paragraphs.len()];
        let mut quotes = Vec::new();
        for q in item["quotes"]
            .as_array()
            .map(Vec::as_slice)
            .unwrap_or_default()
        {
            let mut spans = Vec::new();
            for span in q["spans"].as_array().map(Vec::as_slice).unwrap_or_default() {
                let p = span[0]
                    .as_u64()
                    .ok_or(format!("{name}: span without paragraph"))?
                    as usize;
                let text = span[1]
                    .as_str()
                    .ok_or(format!("{name}: span without text"))?;
                let para = paragraphs
                    .get(p)
                    .ok_or(format!("{name}: no paragraph {p}"))?;
                let from = cursor[p];
                let at = para[from..]
                    .find(text)
                    .ok_or(format!("{name}: {text:?} not in paragraph {p}"))?
                    + from;
                cursor[p] = at + text.len();
                spans.push((p, at, at + text.len()));
            }
            quotes.push(Gold {
                spans,
                speaker: q["speaker"].as_str().map(str::to_string),
            });
        }
        items.push(Item {
            name,
            paragraphs,
            quotes,
        });
    }
    Ok(items)
}

fn same_name(a: &str, b: &str) -> bool {
    let norm = |s: &str| {
        s.replace('’', "'")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    norm(a) == norm(b)
}

fn overlaps(a: (usize, usize, usize), b: (usize, usize, usize)) -> bool {
    a.0 == b.0 && a.1 < b.2 && b.1 < a.2
}

/// Runs detection on every item and scores it.
pub fn evaluate(items: &[Item]) -> Report {
    let mut r = Report {
        items: items.len(),
        ..Report::default()
    };
    for item in items {
        let refs: Vec<&str> = item.paragraphs.iter().map(String::as_str).collect();
        let found: Vec<DetectedQuote> = detect(&refs);
        let spans_of = |q: &DetectedQuote| {
            q.spans
                .iter()
                .map(|s| (s.paragraph, s.start, s.end))
                .collect::<Vec<_>>()
        };
        let predicted: Vec<(usize, usize, usize)> = found.iter().flat_map(spans_of).collect();
        let gold: Vec<(usize, usize, usize)> = item
            .quotes
            .iter()
            .flat_map(|q| q.spans.iter().copied())
            .collect();
        r.gold_spans += gold.len();
        r.predicted_spans += predicted.len();
        r.exact_spans += predicted.iter().filter(|p| gold.contains(p)).count();
        let mut used = vec![false; gold.len()];
        for p in &predicted {
            if let Some(g) = (0..gold.len()).find(|&g| !used[g] && overlaps(*p, gold[g])) {
                used[g] = true;
                r.overlap_spans += 1;
            }
        }
        let show = |s: &(usize, usize, usize)| {
            let text = item
                .paragraphs
                .get(s.0)
                .and_then(|p| p.get(s.1..s.2))
                .unwrap_or("?");
            format!("[{}] {text}", s.0)
        };
        for p in predicted.iter().filter(|p| !gold.contains(p)) {
            r.failures
                .push(format!("{}: extra or inexact span {}", item.name, show(p)));
        }
        for g in gold.iter().filter(|g| !predicted.contains(g)) {
            r.failures
                .push(format!("{}: missed span {}", item.name, show(g)));
        }
        for g in &item.quotes {
            r.gold_quotes += 1;
            let Some(q) = found.iter().find(|q| {
                spans_of(q)
                    .iter()
                    .any(|s| g.spans.iter().any(|gs| overlaps(*s, *gs)))
            }) else {
                continue;
            };
            if spans_of(q) == g.spans {
                r.exact_quotes += 1;
            } else {
                r.failures.push(format!(
                    "{}: quote grouped as {} span(s), gold {}",
                    item.name,
                    q.spans.len(),
                    g.spans.len()
                ));
            }
            let guess = q.speaker.as_ref().map(|s| s.name.as_str());
            match (&g.speaker, guess) {
                (Some(want), Some(got)) if same_name(want, got) => r.speaker_correct += 1,
                (Some(want), Some(got)) => {
                    r.speaker_wrong += 1;
                    r.failures.push(format!(
                        "{}: speaker {got:?}, want {want:?} ({:.2})",
                        item.name, q.confidence
                    ));
                }
                (Some(want), None) => {
                    r.speaker_unknown += 1;
                    r.failures.push(format!(
                        "{}: speaker unknown, want {want:?} ({:.2})",
                        item.name, q.confidence
                    ));
                }
                (None, Some(got)) => {
                    r.speaker_spurious += 1;
                    r.failures
                        .push(format!("{}: speaker {got:?}, want none", item.name));
                }
                (None, None) => {}
            }
        }
    }
    r
}

pub fn print(r: &Report) {
    let (ep, er, ef) = r.exact();
    let (op, or, of) = r.overlap();
    println!(
        "items {}  gold quotes {}  gold spans {}  predicted spans {}",
        r.items, r.gold_quotes, r.gold_spans, r.predicted_spans
    );
    println!("spans exact    P {ep:.3}  R {er:.3}  F1 {ef:.3}");
    println!("spans overlap  P {op:.3}  R {or:.3}  F1 {of:.3}");
    println!(
        "quotes with all spans exact: {}/{}",
        r.exact_quotes, r.gold_quotes
    );
    println!(
        "speaker accuracy {:.3}  (correct {}, wrong {}, unknown {}; spurious on unnamed {})",
        r.speaker_accuracy(),
        r.speaker_correct,
        r.speaker_wrong,
        r.speaker_unknown,
        r.speaker_spurious
    );
}

// ---------------------------------------------------------------------------------------
// The common figures, as the PolNeAR README scores them, for both corpora.

/// Targets on both corpora (the common figures).
pub const MIN_F1_80: f64 = 0.97;
pub const MIN_FULL_NAME: f64 = 0.90;
pub const MAX_WRONG_NAMES: f64 = 0.03;

/// One key entry: a quoted run and what the key says about its speaker.
pub struct KeyEntry {
    /// 0-based paragraph.
    pub paragraph: usize,
    /// Normalised text ([`norm_text`]) as chars.
    pub text: Vec<char>,
    /// Required (credit and error); otherwise optional (neither).
    pub required: bool,
    /// An unattributed run of five words or fewer (the not-speech check).
    pub short_unattributed: bool,
    /// The annotated source kind (`name`, `short name`, `pronoun`, ...).
    pub kind: String,
    /// Normalised head word of the source mention, for the mention match; set only for
    /// `name` and `short name` sources.
    pub head: Option<String>,
    /// The speaker's full name, when the key knows it.
    pub name: Option<String>,
    /// The key says nobody is named (our own corpus: `"speaker": null`).
    pub nobody: bool,
    /// Shown in `--errors` listings.
    pub raw: String,
}

/// One article with its key.
pub struct KeyedArticle {
    pub name: String,
    pub publisher: String,
    pub paragraphs: Vec<String>,
    pub keys: Vec<KeyEntry>,
}

/// Counts behind the common figures; rates are computed from them.
#[derive(Debug, Default, Clone)]
pub struct Figures {
    pub articles: usize,
    pub required: usize,
    pub found: usize,
    /// System quotes, not counting those that answer only optional entries.
    pub system: usize,
    /// System quotes that answer at least one required entry.
    pub answering: usize,
    pub short_unattributed: usize,
    pub short_unattributed_marked: usize,
    /// Required entries with a `name`/`short name` source: all, found, and matched.
    pub mention_all: usize,
    pub mention_found: usize,
    pub mention_match: usize,
    /// Required entries with a known full name: all, found, right full name, no name shown.
    pub named_all: usize,
    pub named_found: usize,
    pub named_correct: usize,
    pub named_abstained: usize,
    /// Names shown where the key can tell right from wrong, and the wrong ones among them.
    pub shown_checkable: usize,
    pub shown_wrong: usize,
    /// Found required entries whose source cannot be checked (pronouns, descriptions), and
    /// how many of them the system names anyone for.
    pub unchecked_found: usize,
    pub unchecked_named: usize,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

impl Figures {
    fn add(&mut self, o: &Figures) {
        self.articles += o.articles;
        self.required += o.required;
        self.found += o.found;
        self.system += o.system;
        self.answering += o.answering;
        self.short_unattributed += o.short_unattributed;
        self.short_unattributed_marked += o.short_unattributed_marked;
        self.mention_all += o.mention_all;
        self.mention_found += o.mention_found;
        self.mention_match += o.mention_match;
        self.named_all += o.named_all;
        self.named_found += o.named_found;
        self.named_correct += o.named_correct;
        self.named_abstained += o.named_abstained;
        self.shown_checkable += o.shown_checkable;
        self.shown_wrong += o.shown_wrong;
        self.unchecked_found += o.unchecked_found;
        self.unchecked_named += o.unchecked_named;
    }
    /// Span precision, recall and F1 by the 80%-overlap rule.
    /// Precision counts the system quotes that answer required entries, recall the entries.
    pub fn spans(&self) -> (f64, f64, f64) {
        let p = if self.system == 0 {
            1.0
        } else {
            ratio(self.answering, self.system)
        };
        let r = ratio(self.found, self.required);
        let f1 = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        (p, r, f1)
    }
    pub fn mention_match(&self) -> f64 {
        ratio(self.mention_match, self.mention_found)
    }
    pub fn full_name(&self) -> f64 {
        ratio(self.named_correct, self.named_found)
    }
    pub fn wrong_names(&self) -> f64 {
        ratio(self.shown_wrong, self.shown_checkable)
    }
    pub fn abstention(&self) -> f64 {
        ratio(self.named_abstained, self.named_found)
    }
    pub fn meets_targets(&self) -> bool {
        self.spans().2 >= MIN_F1_80
            && self.full_name() >= MIN_FULL_NAME
            && self.wrong_names() <= MAX_WRONG_NAMES
    }
}

/// Text as the README compares it: lower case, letters, digits and single spaces only
/// (punctuation, symbols, quote marks and invisible characters dropped). NFKC is left out:
/// it changes nothing in these texts but ligatures and full-width forms.
pub fn norm_text(s: &str) -> Vec<char> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if c.is_whitespace() && out.last().is_some_and(|&l| l != ' ') {
            out.push(' ');
        }
    }
    while out.last() == Some(&' ') {
        out.pop();
    }
    out
}

fn fold_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => 'a',
        'ç' | 'č' | 'ć' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ě' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' => 'i',
        'ñ' | 'ń' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' => 'u',
        'ý' | 'ÿ' => 'y',
        'š' | 'ś' => 's',
        'ž' | 'ź' | 'ż' => 'z',
        other => other,
    }
}

/// Leading words dropped from a name before comparing.
const HONORIFICS: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "sen",
    "senator",
    "rep",
    "representative",
    "gov",
    "governor",
    "president",
    "gen",
    "general",
    "judge",
    "justice",
    "secretary",
    "speaker",
    "mayor",
    "rev",
    "prof",
    "professor",
    "former",
    "vice",
    "lt",
    "col",
    "sgt",
    "adm",
    "capt",
];
const SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv"];

/// A name's words, normalised: accents folded, punctuation dropped, lower case, leading
/// honorifics and trailing suffixes removed.
pub fn name_words(s: &str) -> Vec<String> {
    let mut words: Vec<String> = s
        .split_whitespace()
        .map(|w| {
            w.chars()
                .flat_map(char::to_lowercase)
                .map(fold_accent)
                .filter(|c| c.is_alphanumeric())
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect();
    while words.len() > 1 && HONORIFICS.contains(&words[0].as_str()) {
        words.remove(0);
    }
    while words.len() > 1 && words.last().is_some_and(|w| SUFFIXES.contains(&w.as_str())) {
        words.pop();
    }
    words
}

/// Longest common substring of `a` and `b`, in chars.
fn lcs(a: &[char], b: &[char]) -> usize {
    if a.is_empty() || b.is_empty() {
        return 0;
    }
    let mut prev = vec![0usize; b.len() + 1];
    let mut cur = vec![0usize; b.len() + 1];
    let mut best = 0;
    for &ca in a {
        for (j, &cb) in b.iter().enumerate() {
            cur[j + 1] = if ca == cb { prev[j] + 1 } else { 0 };
            best = best.max(cur[j + 1]);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    best
}

/// How one found entry's speaker compares with the key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Right,
    /// A name shown that is not the speaker.
    Wrong,
    /// The speaker is known, no name shown.
    Abstained,
    /// Only the surname matches (a one-word name shown).
    Partial,
    Unchecked,
}

/// One entry's outcome, for error listings.
pub struct Outcome<'a> {
    pub article: &'a KeyedArticle,
    pub key: &'a KeyEntry,
    pub found: bool,
    pub shown: Option<String>,
    pub confidence: f32,
    pub verdict: Verdict,
}

/// Scores one article; calls `each` with the outcome of every required entry.
pub fn score_article<'a>(a: &'a KeyedArticle, mut each: impl FnMut(Outcome<'a>)) -> Figures {
    let refs: Vec<&str> = a.paragraphs.iter().map(String::as_str).collect();
    let found = detect(&refs);
    let parts: Vec<Vec<(usize, Vec<char>)>> = found
        .iter()
        .map(|q| {
            q.spans
                .iter()
                .map(|s| {
                    let text = refs
                        .get(s.paragraph)
                        .and_then(|p| p.get(s.start..s.end))
                        .unwrap_or("");
                    (s.paragraph, norm_text(text))
                })
                .collect()
        })
        .collect();
    let coverage = |k: &KeyEntry, q: usize| {
        let best = parts[q]
            .iter()
            .filter(|(p, _)| *p == k.paragraph)
            .map(|(_, t)| lcs(&k.text, t))
            .max()
            .unwrap_or(0);
        best as f64 / k.text.len().max(1) as f64
    };
    let mut order: Vec<usize> = (0..a.keys.len())
        .filter(|&k| !a.keys[k].text.is_empty())
        .collect();
    order.sort_by_key(|&k| std::cmp::Reverse(a.keys[k].text.len()));
    let mut capacity: Vec<usize> = parts.iter().map(Vec::len).collect();
    let mut answers_required = vec![false; found.len()];
    let mut answers_optional = vec![false; found.len()];
    let mut assigned: Vec<Option<usize>> = vec![None; a.keys.len()];
    let mut f = Figures {
        articles: 1,
        ..Figures::default()
    };
    for &k in &order {
        let key = &a.keys[k];
        if key.short_unattributed {
            f.short_unattributed += 1;
            if (0..found.len()).any(|q| coverage(key, q) >= 0.8) {
                f.short_unattributed_marked += 1;
            }
        }
        let best = (0..found.len())
            .filter(|&q| capacity[q] > 0)
            .map(|q| (coverage(key, q), q))
            .filter(|&(c, _)| c >= 0.8)
            .max_by(|x, y| x.0.total_cmp(&y.0).then(y.1.cmp(&x.1)));
        if let Some((_, q)) = best {
            capacity[q] -= 1;
            assigned[k] = Some(q);
            if key.required {
                answers_required[q] = true;
            } else {
                answers_optional[q] = true;
            }
        }
    }
    f.system = (0..found.len())
        .filter(|&q| answers_required[q] || !answers_optional[q])
        .count();
    f.answering = answers_required.iter().filter(|&&b| b).count();
    for (k, key) in a.keys.iter().enumerate() {
        if !key.required || key.text.is_empty() {
            continue;
        }
        f.required += 1;
        let q = assigned[k].map(|q| &found[q]);
        let shown = q.and_then(|q| q.speaker.as_ref()).map(|s| s.name.clone());
        let words = shown.as_deref().map(name_words).unwrap_or_default();
        let last = words.last().cloned();
        if key.head.is_some() {
            f.mention_all += 1;
        }
        if key.name.is_some() {
            f.named_all += 1;
        }
        let mut verdict = Verdict::Unchecked;
        if q.is_some() {
            f.found += 1;
            let gold_last = key
                .name
                .as_deref()
                .map(name_words)
                .and_then(|w| w.last().cloned());
            if let Some(head) = &key.head {
                f.mention_found += 1;
                if last.is_some() && (last.as_ref() == Some(head) || last == gold_last) {
                    f.mention_match += 1;
                }
            }
            if let Some(name) = &key.name {
                f.named_found += 1;
                let gold = name_words(name);
                verdict = match (words.first(), words.last()) {
                    (None, _) | (_, None) => Verdict::Abstained,
                    (Some(first), Some(last)) if words.len() >= 2 || gold.len() < 2 => {
                        if gold.first() == Some(first) && gold.last() == Some(last) {
                            Verdict::Right
                        } else {
                            Verdict::Wrong
                        }
                    }
                    (_, Some(last)) if gold.last() == Some(last) => Verdict::Partial,
                    _ => Verdict::Wrong,
                };
                match verdict {
                    Verdict::Right => f.named_correct += 1,
                    Verdict::Abstained => f.named_abstained += 1,
                    _ => {}
                }
            } else if key.nobody {
                verdict = if shown.is_some() {
                    Verdict::Wrong
                } else {
                    Verdict::Right
                };
            } else if let (Some(head), Some(last)) = (&key.head, &last) {
                // A named source whose full name the key leaves open (an ambiguous surname).
                verdict = if head == last {
                    Verdict::Unchecked
                } else {
                    Verdict::Wrong
                };
            } else {
                f.unchecked_found += 1;
                f.unchecked_named += usize::from(shown.is_some());
            }
            if shown.is_some() && (key.name.is_some() || key.nobody || key.head.is_some()) {
                f.shown_checkable += 1;
                f.shown_wrong += usize::from(verdict == Verdict::Wrong);
            }
        }
        each(Outcome {
            article: a,
            key,
            found: q.is_some(),
            shown,
            confidence: q.map_or(0.0, |q| q.confidence),
            verdict,
        });
    }
    f
}

/// Our own corpus in the common form: every gold span a required entry.
pub fn keyed_from_items(items: &[Item]) -> Vec<KeyedArticle> {
    items
        .iter()
        .map(|item| KeyedArticle {
            name: item.name.clone(),
            publisher: "own corpus".to_string(),
            paragraphs: item.paragraphs.clone(),
            keys: item
                .quotes
                .iter()
                .flat_map(|g| {
                    g.spans.iter().map(|&(p, s, e)| {
                        let raw = item.paragraphs[p].get(s..e).unwrap_or("").to_string();
                        KeyEntry {
                            paragraph: p,
                            text: norm_text(&raw),
                            required: true,
                            short_unattributed: false,
                            kind: if g.speaker.is_some() { "name" } else { "none" }.into(),
                            head: g
                                .speaker
                                .as_deref()
                                .and_then(|n| name_words(n).last().cloned()),
                            name: g.speaker.clone(),
                            nobody: g.speaker.is_none(),
                            raw,
                        }
                    })
                })
                .collect(),
        })
        .collect()
}

/// Reads the PolNeAR development corpus: every `*.jsonld` with its `*.key.json`.
pub fn load_polnear(dir: &std::path::Path) -> Result<Vec<KeyedArticle>, String> {
    let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(dir.join("articles"))
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonld"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for path in files {
        let read = |p: &std::path::Path| -> Result<Value, String> {
            let text = std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()))?;
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", p.display()))
        };
        let article = read(&path)?;
        let key = read(&path.with_extension("key.json"))?;
        let body = article["articleBody"].as_str().unwrap_or_default();
        let paragraphs: Vec<String> = body.split("\n\n").map(str::to_string).collect();
        let mut keys = Vec::new();
        for e in key.as_array().map(Vec::as_slice).unwrap_or_default() {
            let quote = e["quote"].as_str().unwrap_or_default();
            let attributed = e["attributed"].as_bool().unwrap_or(false);
            let optional = e["nested"].as_bool().unwrap_or(false)
                || e["title_like"].as_bool().unwrap_or(false)
                || !attributed;
            let kind = e["source_kind"].as_str().unwrap_or("").to_string();
            let head = e["source_head"]
                .as_str()
                .filter(|_| kind == "name" || kind == "short name")
                .and_then(|h| name_words(h).last().cloned());
            keys.push(KeyEntry {
                paragraph: e["paragraph"].as_u64().unwrap_or(1).saturating_sub(1) as usize,
                text: norm_text(quote),
                required: !optional,
                short_unattributed: !attributed
                    && !e["nested"].as_bool().unwrap_or(false)
                    && quote.split_whitespace().count() <= 5,
                kind,
                head,
                name: e["source_name"].as_str().map(str::to_string),
                nobody: false,
                raw: quote.to_string(),
            });
        }
        out.push(KeyedArticle {
            name: path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default(),
            publisher: article["publisher"]["name"]
                .as_str()
                .unwrap_or("?")
                .to_string(),
            paragraphs,
            keys,
        });
    }
    Ok(out)
}

/// Total and per-publisher figures (publishers in first-seen order).
pub fn score_all<'a>(
    articles: &'a [KeyedArticle],
    mut each: impl FnMut(Outcome<'a>),
) -> (Figures, Vec<(String, Figures)>) {
    let mut total = Figures::default();
    let mut by: Vec<(String, Figures)> = Vec::new();
    for a in articles {
        let f = score_article(a, &mut each);
        total.add(&f);
        match by.iter_mut().find(|(p, _)| *p == a.publisher) {
            Some((_, g)) => g.add(&f),
            None => by.push((a.publisher.clone(), f)),
        }
    }
    by.sort_by(|a, b| a.0.cmp(&b.0));
    (total, by)
}

pub fn print_figures_header() {
    println!(
        "{:<22} {:>4} {:>5} {:>6} {:>6} {:>6} {:>6} {:>7} {:>7} {:>7} {:>7} {:>8} {:>8}",
        "corpus",
        "art",
        "req",
        "P80",
        "R80",
        "F1-80",
        "notsp",
        "mention",
        "fullnm",
        "wrong",
        "abstain",
        "mention*",
        "fullnm*"
    );
}

/// One row: span P/R/F1 (80% rule), not-speech share, mention match, full-name accuracy,
/// wrong-name rate, abstention rate over found entries, and the two speaker figures over
/// all required entries (`*`: a quote not found counts as wrong).
pub fn print_figures(label: &str, f: &Figures) {
    let (p, r, f1) = f.spans();
    println!(
        "{:<22} {:>4} {:>5} {:>6.3} {:>6.3} {:>6.3} {:>6.3} {:>7.3} {:>7.3} {:>7.3} {:>7.3} {:>8.3} {:>8.3}",
        label,
        f.articles,
        f.required,
        p,
        r,
        f1,
        ratio(f.short_unattributed_marked, f.short_unattributed),
        f.mention_match(),
        f.full_name(),
        f.wrong_names(),
        f.abstention(),
        ratio(f.mention_match, f.mention_all),
        ratio(f.named_correct, f.named_all),
    );
}

#[allow(dead_code)]
fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "-v");
    let errors = args.iter().any(|a| a == "--errors");
    let polnear_dir = args
        .iter()
        .position(|a| a == "--polnear")
        .and_then(|i| args.get(i + 1).cloned())
        .unwrap_or_else(|| {
            concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/quotes-polnear").to_string()
        });
    let path = args
        .iter()
        .enumerate()
        .find(|(i, a)| !a.starts_with('-') && (*i == 0 || args[i - 1] != "--polnear"))
        .map(|(_, a)| a.clone())
        .unwrap_or_else(|| {
            concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/quotes/corpus.json").to_string()
        });
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) => {
            eprintln!("cannot read {path}: {e}");
            return ExitCode::from(2);
        }
    };
    let items = match load(&text) {
        Ok(items) => items,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::from(2);
        }
    };
    let report = evaluate(&items);
    if verbose || !report.passes() {
        for f in &report.failures {
            println!("  {f}");
        }
    }
    println!("== own corpus ({path})");
    print(&report);

    println!();
    println!(
        "== common figures (80%-overlap spans; speaker figures over found quotes, * over all)"
    );
    print_figures_header();
    let own = keyed_from_items(&items);
    let (own_total, _) = score_all(&own, |_| {});
    print_figures("own corpus", &own_total);

    let dir = std::path::Path::new(&polnear_dir);
    if !dir.join("articles").is_dir() {
        println!(
            "PolNeAR corpus not found at {} (it lives outside the project in ../shared); skipped.",
            dir.display()
        );
    } else {
        match load_polnear(dir) {
            Err(e) => {
                eprintln!("PolNeAR corpus unreadable: {e}");
                return ExitCode::from(2);
            }
            Ok(articles) => {
                let mut lines = Vec::new();
                let (total, by) = score_all(&articles, |o| {
                    let listed = !o.found
                        || matches!(
                            o.verdict,
                            Verdict::Wrong | Verdict::Abstained | Verdict::Partial
                        );
                    if errors && listed {
                        lines.push(format!(
                            "{}\t{}\t{}\tp{}\t{}\t{:?}\t{:?}\t{:.2}\t{}",
                            if o.found {
                                format!("{:?}", o.verdict)
                            } else {
                                "Missed".into()
                            },
                            o.article.name,
                            o.key.kind,
                            o.key.paragraph + 1,
                            o.key.name.as_deref().unwrap_or("-"),
                            o.key.head,
                            o.shown,
                            o.confidence,
                            o.key.raw.chars().take(50).collect::<String>()
                        ));
                    }
                });
                for (publisher, f) in &by {
                    print_figures(&format!("  {publisher}"), f);
                }
                print_figures("PolNeAR total", &total);
                println!(
                    "PolNeAR: {} found quotes with unchecked sources (pronoun, description), a name shown for {}",
                    total.unchecked_found, total.unchecked_named
                );
                println!(
                    "PolNeAR targets (F1-80 >= {MIN_F1_80}, full name >= {MIN_FULL_NAME}, wrong <= {MAX_WRONG_NAMES}): {}",
                    if total.meets_targets() { "met" } else { "not met" }
                );
                for l in lines {
                    println!("{l}");
                }
            }
        }
    }
    if report.passes() {
        ExitCode::SUCCESS
    } else {
        println!("below target: span F1 (exact) >= {MIN_SPAN_F1}, speaker accuracy >= {MIN_SPEAKER_ACCURACY}");
        ExitCode::FAILURE
    }
}

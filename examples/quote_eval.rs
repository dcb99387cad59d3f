//! Scores quote detection against a labelled corpus (default
//! `tests/data/quotes/corpus.json`): span precision, recall and F1 (exact and overlapping),
//! and speaker accuracy over the gold quotes that were found and have a gold speaker.
//! Exits non-zero below the targets. `tests/quotes.rs` runs the same code.
//!
//! Run: `cargo run --release --example quote_eval [corpus.json] [-v]`

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

#[allow(dead_code)]
fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let verbose = args.iter().any(|a| a == "-v");
    let path = args
        .iter()
        .find(|a| !a.starts_with('-'))
        .cloned()
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
    print(&report);
    if report.passes() {
        ExitCode::SUCCESS
    } else {
        println!("below target: span F1 (exact) >= {MIN_SPAN_F1}, speaker accuracy >= {MIN_SPEAKER_ACCURACY}");
        ExitCode::FAILURE
    }
}

//! Native throughput of quote detection and annotation: a ~5 MB article made by repeating
//! the corpus paragraphs, and 2,000-word articles (the widget's budget there is under 1 ms
//! in WebAssembly; natively it should be far below): a typical one, where one paragraph in
//! three quotes someone, a dense one made only of corpus paragraphs (nearly all quotes), and
//! the demo article of `index.html` as `tests/wasm_bench.rs` measures it (alone, and repeated
//! past 2,000 words). Two large sizes show that time grows linearly with length. Each
//! 2,000-word line also counts allocations per annotation, which cost more in WebAssembly's
//! allocator than natively.
//!
//! Run: `cargo run --release --example bench_quotes [--small | --demo]` (`--small`: only the
//! 2,000-word articles; `--demo`: only annotate the wasm benchmark's two articles 50 times
//! each and print nothing, for a profiler such as `valgrind --tool=callgrind`).

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

#[path = "../tests/support/demo.rs"]
mod demo;

use broadsheet::model::{Article, Block, Inline, QuotesMode};
use broadsheet::quotes::{annotate, detect};
use demo::{demo_article, demo_repeated, word_count};

/// The system allocator, counting allocations: each one costs far more in WebAssembly's
/// allocator than natively, so the count is worth watching next to the time.
struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: forwarded unchanged to the system allocator.
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded unchanged to the system allocator.
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        ALLOCATIONS.fetch_add(1, Ordering::Relaxed);
        // SAFETY: forwarded unchanged to the system allocator.
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

// On wasm32 (clippy builds the examples for it too) the library's allocator is the global one.
#[cfg_attr(not(target_arch = "wasm32"), global_allocator)]
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
static GLOBAL: Counting = Counting;

/// Allocations (and reallocations) made while annotating `article`.
fn allocations(article: &Article) -> usize {
    let copy = article.clone();
    let before = ALLOCATIONS.load(Ordering::Relaxed);
    let out = annotate(copy);
    let made = ALLOCATIONS.load(Ordering::Relaxed) - before;
    std::hint::black_box(out);
    made
}

fn corpus_paragraphs() -> Vec<String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/quotes/corpus.json");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let value: serde_json::Value = serde_json::from_str(&text).expect("corpus is JSON");
    value
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|item| item["paragraphs"].as_array().cloned().unwrap_or_default())
        .filter_map(|p| p.as_str().map(str::to_string))
        .collect()
}

/// Paragraphs repeated until their total length reaches `bytes` (or word count `words`).
fn build(source: &[String], bytes: usize, words: usize) -> Vec<String> {
    let (mut out, mut len, mut count) = (Vec::new(), 0, 0);
    for p in source.iter().cycle() {
        if len >= bytes || count >= words {
            break;
        }
        len += p.len();
        count += p.split_whitespace().count();
        out.push(p.clone());
    }
    out
}

fn article(paragraphs: &[String]) -> Article {
    Article {
        body: paragraphs
            .iter()
            .map(|p| Block::Paragraph(vec![Inline::Text(p.clone())]))
            .collect(),
        quotes: QuotesMode::Auto,
        ..Article::default()
    }
}

/// Best of `runs` timings of `f`.
fn best(runs: usize, mut f: impl FnMut()) -> Duration {
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn main() {
    let source = corpus_paragraphs();
    assert!(!source.is_empty(), "corpus has no paragraphs");

    let demo = demo_article();
    let demo_long = demo_repeated(&demo, 2_000);
    if std::env::args().any(|a| a == "--demo") {
        let (demo, long) = (&demo, &demo_long);
        for _ in 0..50 {
            std::hint::black_box(annotate(demo.clone()));
            std::hint::black_box(annotate(long.clone()));
        }
        return;
    }

    let small = std::env::args().any(|a| a == "--small");
    let sizes: &[usize] = if small { &[] } else { &[1_250_000, 5_000_000] };
    for &target in sizes {
        let paras = build(&source, target, usize::MAX);
        let bytes: usize = paras.iter().map(String::len).sum();
        let refs: Vec<&str> = paras.iter().map(String::as_str).collect();
        let mut quotes = 0;
        let t_detect = best(3, || quotes = detect(&refs).len());
        let input = article(&paras);
        let t_annotate = best(3, || {
            std::hint::black_box(annotate(input.clone()));
        });
        let mb = bytes as f64 / 1e6;
        println!(
            "{:>5.2} MB, {} paragraphs, {} quotes: detect {:>7.1} ms ({:.1} MB/s), annotate {:>7.1} ms ({:.1} MB/s, incl. clone)",
            mb,
            paras.len(),
            quotes,
            t_detect.as_secs_f64() * 1e3,
            mb / t_detect.as_secs_f64(),
            t_annotate.as_secs_f64() * 1e3,
            mb / t_annotate.as_secs_f64(),
        );
    }

    let typical = article(&interleave(&source, NARRATIVE, 2_000));
    let dense = article(&build(&source, usize::MAX, 2_000));
    let runs = if small { 20 } else { 500 };
    let cases = [
        ("typical", &typical),
        ("dense", &dense),
        ("demo (index.html)", &demo),
        ("demo repeated", &demo_long),
    ];
    for (label, input) in cases {
        let words = word_count(input);
        let paragraphs = input.body.len();
        let allocs = allocations(input);
        // Each run timed alone: the minimum is the cost without preemption by other
        // processes, the median what a busy machine sees.
        let mut times: Vec<Duration> = (0..runs)
            .map(|_| {
                let copy = input.clone();
                let start = Instant::now();
                let out = annotate(copy);
                let took = start.elapsed();
                std::hint::black_box(out);
                took
            })
            .collect();
        times.sort();
        let us = |d: Duration| d.as_secs_f64() * 1e6;
        println!(
            "{label} {words}-word article ({paragraphs} blocks): annotate min {:.0} µs, median {:.0} µs, {allocs} allocations",
            us(times[0]),
            us(times[times.len() / 2])
        );
    }
}

/// Reporting without quotes, to dilute the quote-dense corpus to a typical news article.
const NARRATIVE: &[&str] = &[
    "The council's budget for the coming year runs to 412 million euros, of which roughly a third goes to schools and a fifth to public transport, according to figures published on Monday.",
    "Work on the northern section of the ring road began in 2021 and was due to finish last spring. Contractors blamed the delay on supply problems and a wet winter, and the city has since renegotiated two of the four contracts.",
    "Residents of the Westbank district have complained for years about noise from the freight line, which carries up to 60 trains a night. A study commissioned by the regional government found that night-time levels exceed the legal limit at eleven of fourteen measuring points.",
    "The plan, first presented in March, would add 3,000 homes on former industrial land along the river. About a quarter of them would be rented below market rates, a share that opposition parties say is too low.",
    "Inflation in the eurozone slowed to 2.4 percent in November, the lowest rate in more than two years, driven by falling energy prices. Food prices, however, continued to rise faster than wages in most member states.",
];

/// Corpus paragraphs with two narrative paragraphs after each, up to `words` words.
fn interleave(source: &[String], narrative: &[&str], words: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut count = 0;
    let mut filler = narrative.iter().cycle();
    for p in source.iter().cycle() {
        if count >= words {
            break;
        }
        for q in std::iter::once(p.clone()).chain(filler.by_ref().take(2).map(|s| s.to_string())) {
            count += q.split_whitespace().count();
            out.push(q);
        }
    }
    out
}

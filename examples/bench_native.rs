//! Native throughput of the pure pipeline, on a large generated Broadsheet JSON v1 article
//! (about 5 MB, just under the model's input limit): parse + validate
//! (`model::parse_article`), quote detection and attribution (`quotes::annotate`) and both
//! (`load_article`, what the widget runs for every placeholder). Prints a table and writes
//! `bench-results/native.json` (read by `e2e/bench.mjs`). See `docs/performance.md`.
//!
//! Run: `cargo run --release --example bench_native [-- --iterations N --bytes N]`
//! Throughput is input JSON bytes per second (1 MB = 1,000,000 bytes), median of N runs.

use std::fmt::Write as _;
use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use broadsheet::model::limits::{MAX_BODY_BLOCKS, MAX_INPUT_BYTES};

const DEFAULT_ITERATIONS: usize = 9;
const DEFAULT_BYTES: usize = 5_000_000;

const SPEAKERS: [&str; 10] = [
    "Lydia Ong",
    "Daniel Koh",
    "Henry Lim",
    "Priya Nair",
    "Marcus Tan",
    "Grace Wong",
    "Omar Rahman",
    "Sofia Marques",
    "Kenji Watanabe",
    "Aisha Bello",
];

const CONTEXT: [&str; 8] = [
    "The authority said the trial would run for six months before any decision on a permanent service.",
    "Ridership on the last evening crossing has grown every year since the pandemic, according to figures released on Tuesday.",
    "Residents of the island have campaigned for a later ferry since the route was cut in 1994.",
    "The operator estimates that each night crossing will cost about 4,800 dollars to run, most of it in crew wages and fuel.",
    "Council members were split on whether the city should cover any losses from the service.",
    "A survey of 1,200 islanders found that two in three would use the ferry at least once a week.",
    "Shift workers at the hospital and the container port would benefit most, the report said.",
    "The last crossing currently leaves at 9.50pm, which islanders say makes an evening in the city impossible.",
];

const QUOTES: [&str; 8] = [
    "We will run the numbers again after the first three months, and we will publish them",
    "For thirty years the island has gone to sleep at ten o’clock, and that has to change",
    "Nobody should have to choose between a night shift and getting home",
    "The boat is ready, the crew is ready, and we have the berth at Pier 4",
    "If the ferry is empty by September, the council will have to ask hard questions",
    "My customers leave at nine because they are afraid of missing the boat",
    "It is a small change on the timetable and a big change for the families here",
    "We looked at buses, at a bridge and at water taxis, and the ferry is still the cheapest",
];

/// Deterministic xorshift, so every run measures the same text.
struct Rng(u64);
impl Rng {
    fn next(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

/// A paragraph of two to three sentences, most with a quote in one of the usual shapes.
fn paragraph(rng: &mut Rng) -> String {
    let mut text = String::new();
    text.push_str(CONTEXT[rng.next(CONTEXT.len())]);
    text.push(' ');
    text.push_str(CONTEXT[rng.next(CONTEXT.len())]);
    let speaker = SPEAKERS[rng.next(SPEAKERS.len())];
    let quote = QUOTES[rng.next(QUOTES.len())];
    match rng.next(5) {
        0 | 1 => write!(text, " “{quote},” {speaker} said.").unwrap(),
        2 => write!(
            text,
            " “{quote},” said {speaker}, who has followed the plan since 2019."
        )
        .unwrap(),
        3 => write!(text, " {speaker} was blunt: “{quote}.”").unwrap(),
        _ => write!(text, " {}", CONTEXT[rng.next(CONTEXT.len())]).unwrap(),
    }
    text
}

fn json_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => write!(out, "\\u{:04x}", c as u32).unwrap(),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Broadsheet JSON v1 of about `target` bytes.
fn generate(target: usize) -> (String, usize) {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut out = String::with_capacity(target + 4096);
    out.push_str("{\"version\":1,\"lang\":\"en\",\"headline\":\"Night ferry to Serin Island returns after three decades\",");
    out.push_str("\"standfirst\":\"A generated article for the native benchmark.\",\"published\":\"2025-05-13T18:30:00+08:00\",");
    out.push_str("\"authors\":[{\"name\":\"Mei Ling Tan\",\"role\":\"Transport Correspondent\"}],\"quotes\":\"auto\",\"people\":[");
    for (i, name) in SPEAKERS.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write!(out, "{{\"id\":\"p{i}\",\"name\":\"{name}\"}}").unwrap();
    }
    out.push_str("],\"body\":[");
    let mut blocks = 0;
    loop {
        let mut block = String::from("{\"type\":\"paragraph\",\"content\":");
        json_string(&mut block, &paragraph(&mut rng));
        block.push('}');
        if out.len() + block.len() + 3 > target || blocks == MAX_BODY_BLOCKS {
            break;
        }
        if blocks > 0 {
            out.push(',');
        }
        out.push_str(&block);
        blocks += 1;
    }
    out.push_str("]}");
    (out, blocks)
}

struct Stat {
    median: Duration,
    min: Duration,
}

fn measure<T>(iterations: usize, mut run: impl FnMut() -> T) -> Stat {
    black_box(run()); // warm-up: page faults, allocator
    let mut times: Vec<Duration> = (0..iterations)
        .map(|_| {
            let start = Instant::now();
            black_box(run());
            start.elapsed()
        })
        .collect();
    times.sort();
    Stat {
        median: times[times.len() / 2],
        min: times[0],
    }
}

fn arg(name: &str) -> Option<usize> {
    let args: Vec<String> = std::env::args().collect();
    let at = args.iter().position(|a| a == name)?;
    args.get(at + 1)?.replace('_', "").parse().ok()
}

fn main() {
    let iterations = arg("--iterations").unwrap_or(DEFAULT_ITERATIONS).max(1);
    // Just under the input limit: a bigger document is refused before any parsing.
    let target = arg("--bytes")
        .unwrap_or(DEFAULT_BYTES)
        .min(MAX_INPUT_BYTES - 1024);
    let (json, paragraphs) = generate(target);
    let bytes = json.len();

    let parse_article = |json: &str| {
        broadsheet::parse_json(json)
            .map_err(broadsheet::model::Rejected::fatal)
            .and_then(broadsheet::model::article_from_document)
    };
    let parsed = parse_article(&json).unwrap_or_else(|rejected| {
        eprintln!("bench_native: the generated article does not validate: {rejected}");
        std::process::exit(1);
    });
    if let Some(warning) = parsed.warnings.first() {
        eprintln!(
            "bench_native: warning: the generated article is not clean ({} warnings), e.g. {warning}",
            parsed.warnings.len()
        );
    }
    let parsed = parsed.article;
    let annotated = broadsheet::quotes::annotate(parsed.clone());
    let index = broadsheet::quotes::index(&annotated);
    let quotes = index.quotes.len();
    let attributed = index.quotes.iter().filter(|q| q.speaker.is_some()).count();

    // The JSON parser alone (text -> generic value), before the readers.
    let json_only = measure(iterations, || {
        broadsheet::parse_json(black_box(&json)).map(|document| document.value.is_null())
    });
    let parse = measure(iterations, || {
        parse_article(black_box(&json)).map(|p| p.article.body.len())
    });
    // annotate consumes the article: clone outside the timed region.
    let mut copies: Vec<_> = (0..=iterations).map(|_| parsed.clone()).collect();
    let annotate = measure(iterations, || {
        broadsheet::quotes::annotate(copies.pop().expect("one copy per run"))
            .body
            .len()
    });
    let load = measure(iterations, || {
        broadsheet::load_article(black_box(&json)).map(|p| p.article.body.len())
    });

    let mbps = |d: Duration| bytes as f64 / 1e6 / d.as_secs_f64();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    println!(
        "bench_native: {bytes} bytes of Broadsheet JSON v1 ({:.2} MB, {paragraphs} paragraphs, {quotes} quotes detected, {attributed} attributed), median of {iterations}",
        bytes as f64 / 1e6
    );
    println!(
        "{:<34} {:>11} {:>11} {:>10}",
        "stage", "median ms", "min ms", "MB/s"
    );
    let rows = [
        ("JSON only (parse_json)", "json_parse", &json_only),
        ("parse + validate (parse_article)", "parse_validate", &parse),
        ("quotes (annotate)", "annotate", &annotate),
        ("both (load_article)", "load_article", &load),
    ];
    let mut entries = Vec::new();
    for (label, key, stat) in rows {
        println!(
            "{label:<34} {:>11.1} {:>11.1} {:>10.1}",
            ms(stat.median),
            ms(stat.min),
            mbps(stat.median)
        );
        entries.push(format!(
            "    \"{key}\": {{ \"median_ms\": {:.3}, \"min_ms\": {:.3}, \"mb_per_s\": {:.2} }}",
            ms(stat.median),
            ms(stat.min),
            mbps(stat.median)
        ));
    }

    let report = format!(
        "{{\n  \"input_bytes\": {bytes},\n  \"max_input_bytes\": {MAX_INPUT_BYTES},\n  \"paragraphs\": {paragraphs},\n  \"quotes\": {quotes},\n  \"attributed_quotes\": {attributed},\n  \"iterations\": {iterations},\n  \"profile\": \"{}\",\n  \"results\": {{\n{}\n  }}\n}}\n",
        if cfg!(debug_assertions) { "debug" } else { "release" },
        entries.join(",\n")
    );
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("bench-results");
    let file = dir.join("native.json");
    match std::fs::create_dir_all(&dir).and_then(|()| std::fs::write(&file, report)) {
        Ok(()) => println!("wrote {}", file.display()),
        Err(error) => {
            eprintln!("bench_native: cannot write {}: {error}", file.display());
            std::process::exit(1);
        }
    }
    if cfg!(debug_assertions) {
        eprintln!("bench_native: note: debug build; run with --release for meaningful numbers");
    }
}

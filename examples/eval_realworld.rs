//! Measures Broadsheet against real publishers' schema.org JSON-LD (default
//! `../shared/realworld-jsonld`, one block per `*.jsonld` file): for every block, what the
//! data carries (read independently here with serde_json, after a crude clean-up of the
//! usual serving damage) against what the widget's model shows, the widget's warnings, and
//! a total of blocks rendered complete / article blocks. A measuring command, not a test:
//! it exits 0 whatever it finds, and also when the folder is absent.
//!
//! Run: `./run eval-realworld [DIR] [-v]` or
//! `cargo run --features ssr --example eval_realworld -- [DIR] [-v]`

use std::path::{Path, PathBuf};

use broadsheet::model::{Article, Block, Inline};
use serde_json::Value;

/// A body paragraph longer than this (in characters) reads as a wall of text.
const WALL_CHARS: usize = 2500;

/// What the data carries, read by this command alone (not by the widget's model).
#[derive(Debug, Default)]
struct Carried {
    headline: bool,
    date: bool,
    date_with_time: bool,
    authors: usize,
    image: bool,
    body_chars: usize,
    live_updates: usize,
    in_language: Option<String>,
    non_latin_text: bool,
}

/// What the widget shows, from the article the model built.
#[derive(Debug, Default)]
struct Shown {
    headline: bool,
    date: bool,
    date_with_time: bool,
    authors: usize,
    image: bool,
    paragraphs: usize,
    longest_paragraph: usize,
    markup_left: bool,
    live_updates: usize,
    lang: String,
}

fn main() {
    let mut verbose = false;
    let mut dir = PathBuf::from("../shared/realworld-jsonld");
    for arg in std::env::args().skip(1) {
        if arg == "-v" {
            verbose = true;
        } else {
            dir = PathBuf::from(arg);
        }
    }
    let Ok(entries) = std::fs::read_dir(&dir) else {
        println!(
            "eval-realworld: {} is absent; nothing to measure (this is not a failure)",
            dir.display()
        );
        return;
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "jsonld"))
        .collect();
    files.sort();

    let (mut blocks, mut article_blocks, mut rendered, mut complete) = (0, 0, 0, 0);
    let mut losses: std::collections::BTreeMap<&'static str, usize> = Default::default();
    for path in &files {
        let Ok(bytes) = std::fs::read(path) else {
            continue;
        };
        blocks += 1;
        // Some pages are served in cp1252: read the bytes as Latin-1 where they are not UTF-8.
        let text = String::from_utf8(bytes.clone())
            .unwrap_or_else(|_| bytes.iter().map(|&b| char::from(b)).collect());
        let name = file_name(path);
        let carried = carried(&text);
        let result = broadsheet::load_article(&text);
        if verbose && result.is_err() {
            if let Some((fixed, _)) = broadsheet::model::repair::repair(&text) {
                if let Err(error) = serde_json::from_str::<Value>(&fixed) {
                    println!("    after repair: {error}");
                }
            }
        }
        let is_article = carried.as_ref().is_some_and(|c| c.headline);
        if is_article {
            article_blocks += 1;
        }
        match (&result, &carried) {
            (Err(rejected), _) => {
                let kind = if is_article { "REFUSED" } else { "refused" };
                if is_article {
                    *losses.entry("refused").or_default() += 1;
                }
                println!("{name:<44} {kind}: {rejected}");
                if verbose {
                    for warning in &rejected.warnings {
                        println!("    warning: {warning}");
                    }
                }
            }
            (Ok(parsed), carried) => {
                rendered += 1;
                let shown = shown(&parsed.article);
                let lost = match carried {
                    Some(carried) => lost(carried, &shown),
                    None => vec!["(data unreadable to this command)"],
                };
                if is_article && lost.is_empty() {
                    complete += 1;
                }
                for what in &lost {
                    *losses.entry(what).or_default() += 1;
                }
                let status = if lost.is_empty() { "complete" } else { "LOSSY" };
                println!(
                    "{name:<44} {status:<8} warnings={}{}",
                    parsed.warnings.len() + parsed.omitted_warnings,
                    if lost.is_empty() {
                        String::new()
                    } else {
                        format!("  lost: {}", lost.join(", "))
                    }
                );
                if let Some(carried) = carried {
                    println!("    carries: {}", describe_carried(carried));
                }
                println!("    shows:   {}", describe_shown(&shown));
                if verbose {
                    println!("    carried: {carried:?}\n    shown: {shown:?}");
                    if let Some(markup) = markup_excerpt(&parsed.article) {
                        println!("    markup left: {markup}");
                    }
                    for warning in &parsed.warnings {
                        println!("    warning: {warning}");
                    }
                }
            }
        }
    }
    println!();
    println!("blocks: {blocks}, article blocks: {article_blocks}, rendered: {rendered}");
    for (what, count) in &losses {
        println!("  {what}: {count}");
    }
    let percent = if article_blocks == 0 {
        0.0
    } else {
        100.0 * complete as f64 / article_blocks as f64
    };
    println!("rendered complete: {complete} / {article_blocks} article blocks ({percent:.1}%)");
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The fields a block carries, on one line.
fn describe_carried(c: &Carried) -> String {
    let mut out = Vec::new();
    if c.headline {
        out.push("headline".to_string());
    }
    if c.date {
        out.push(
            if c.date_with_time {
                "date+time"
            } else {
                "date"
            }
            .to_string(),
        );
    }
    if c.authors > 0 {
        out.push(format!("authors:{}", c.authors));
    }
    if c.image {
        out.push("image".to_string());
    }
    if c.body_chars > 0 {
        out.push(format!("body:{}ch", c.body_chars));
    }
    if c.live_updates > 0 {
        out.push(format!("updates:{}", c.live_updates));
    }
    if let Some(lang) = &c.in_language {
        out.push(format!("inLanguage={lang:?}"));
    }
    out.join(" ")
}

/// The fields the widget shows, on one line.
fn describe_shown(s: &Shown) -> String {
    let mut out = Vec::new();
    if s.headline {
        out.push("headline".to_string());
    }
    if s.date {
        out.push(
            if s.date_with_time {
                "date+time"
            } else {
                "date"
            }
            .to_string(),
        );
    }
    if s.authors > 0 {
        out.push(format!("authors:{}", s.authors));
    }
    if s.image {
        out.push("image".to_string());
    }
    if s.paragraphs > 0 {
        out.push(format!(
            "body:{} paragraphs (longest {}ch)",
            s.paragraphs, s.longest_paragraph
        ));
    }
    if s.live_updates > 0 {
        out.push(format!("updates:{}", s.live_updates));
    }
    out.push(format!("lang={}", s.lang));
    out.join(" ")
}

/// What a lost field is called in the output and the totals.
fn lost(carried: &Carried, shown: &Shown) -> Vec<&'static str> {
    let mut lost = Vec::new();
    if carried.headline && !shown.headline {
        lost.push("headline");
    }
    if carried.date && !shown.date {
        lost.push("date");
    } else if carried.date_with_time && !shown.date_with_time {
        lost.push("time of day");
    }
    if carried.authors > shown.authors {
        lost.push("authors");
    }
    if carried.image && !shown.image {
        lost.push("image");
    }
    if carried.body_chars > 0 && shown.paragraphs == 0 {
        lost.push("body");
    }
    if carried.body_chars > WALL_CHARS && shown.longest_paragraph > WALL_CHARS {
        lost.push("body as one wall of text");
    }
    if shown.markup_left {
        lost.push("markup shown as text");
    }
    if carried.live_updates > shown.live_updates {
        lost.push("live updates");
    }
    let primary = |tag: &str| {
        tag.split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase()
    };
    let lang_ok = match &carried.in_language {
        // A tag given must come through as that language (names map to their tag).
        Some(given) => {
            let given = given.to_ascii_lowercase();
            let wanted = if given.starts_with("deutsch") || given.starts_with("german") {
                "de".to_string()
            } else if given.starts_with("english") {
                "en".to_string()
            } else {
                primary(&given)
            };
            primary(&shown.lang) == wanted
        }
        None => !(carried.non_latin_text && primary(&shown.lang) == "en"),
    };
    if !lang_ok {
        lost.push("language");
    }
    lost
}

fn shown(article: &Article) -> Shown {
    let mut shown = Shown {
        headline: !article.headline.is_empty(),
        authors: article.authors.len(),
        lang: article.lang.clone(),
        ..Shown::default()
    };
    let date = article.published.as_ref().or(article.updated.as_ref());
    shown.date = date.is_some();
    shown.date_with_time = date.is_some_and(|t| t.iso.contains('T'));
    for block in &article.body {
        match block {
            Block::Figure(_) => shown.image = true,
            Block::Paragraph(content) => {
                shown.paragraphs += 1;
                let text = Inline::plain_text(content);
                shown.longest_paragraph = shown.longest_paragraph.max(text.chars().count());
                shown.markup_left |= has_markup(&text);
            }
            Block::Heading { content, .. } | Block::PullQuote { content, .. } => {
                shown.markup_left |= has_markup(&Inline::plain_text(content));
            }
            Block::List { items, .. } => {
                for item in items {
                    shown.markup_left |= has_markup(&Inline::plain_text(item));
                }
            }
        }
    }
    shown.live_updates = live_updates(article);
    shown
}

/// Live-blog updates the article shows.
fn live_updates(article: &Article) -> usize {
    article.live_updates.len()
}

/// Around the first markup left in a paragraph, for `-v`.
fn markup_excerpt(article: &Article) -> Option<String> {
    article.body.iter().find_map(|block| match block {
        Block::Paragraph(content) => {
            let text = Inline::plain_text(content);
            let at = MARKUP
                .iter()
                .filter_map(|pattern| text.to_ascii_lowercase().find(pattern))
                .min()?;
            let boundary = |mut i: usize| {
                while !text.is_char_boundary(i) {
                    i -= 1;
                }
                i
            };
            let start = boundary(at.saturating_sub(60));
            let end = boundary((at + 60).min(text.len()));
            Some(text[start..end].to_string())
        }
        _ => None,
    })
}

/// What markup left as text looks like.
const MARKUP: [&str; 16] = [
    "<p>", "<p ", "</p>", "<br", "<a href", "</a>", "<strong>", "<em>", "</h", "<li>", "&amp;",
    "&nbsp;", "&quot;", "&#", "**", "](http",
];

/// HTML tags, character references or Markdown shown as literal text.
fn has_markup(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    MARKUP.iter().any(|pattern| lower.contains(pattern))
}

/// The article node's data as this command reads it, or `None` when even the crude
/// clean-up leaves it unreadable.
fn carried(text: &str) -> Option<Carried> {
    // What `JSON.parse` reads, else this command's own crude clean-up, else the widget's
    // documented repairs (the issue's measure: readable by JSON.parse plus those repairs).
    let value = serde_json::from_str::<Value>(text)
        .or_else(|_| serde_json::from_str::<Value>(&crude_clean(text)))
        .ok()
        .or_else(|| {
            let (fixed, _) = broadsheet::model::repair::repair(text)?;
            serde_json::from_str::<Value>(&fixed).ok()
        })?;
    let mut ids = std::collections::HashMap::new();
    index_ids(&value, &mut ids, 0);
    let node = find_article(&value, 0)?;
    let get = |key: &str| {
        node.as_object().and_then(|fields| {
            fields
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(key))
                .map(|(_, v)| v)
        })
    };
    let nonempty = |value: Option<&Value>| {
        value
            .and_then(Value::as_str)
            .is_some_and(|s| !s.trim().is_empty())
    };
    let mut carried = Carried {
        headline: nonempty(get("headline")) || nonempty(get("name")),
        ..Carried::default()
    };
    let date = ["datePublished", "dateCreated", "dateModified"]
        .iter()
        .find_map(|key| {
            get(key)
                .and_then(Value::as_str)
                .filter(|s| !s.trim().is_empty())
        });
    carried.date = date.is_some();
    carried.date_with_time = date.is_some_and(has_time_of_day);
    let resolve = |value: &'_ Value| -> Value {
        match value
            .get("@id")
            .and_then(Value::as_str)
            .and_then(|id| ids.get(id))
        {
            Some(target) if value.as_object().is_some_and(|o| o.len() <= 2) => (*target).clone(),
            _ => value.clone(),
        }
    };
    for author in as_list(get("author")) {
        let author = resolve(author);
        let named = match &author {
            Value::String(name) => !name.trim().is_empty(),
            Value::Object(_) => match author.get("name") {
                Some(Value::String(name)) => !name.trim().is_empty(),
                Some(Value::Array(names)) => names.iter().any(|n| n.as_str().is_some()),
                _ => author.get("givenName").is_some(),
            },
            _ => false,
        };
        if named {
            carried.authors += 1;
        }
    }
    carried.image = as_list(get("image")).into_iter().any(|image| {
        let image = resolve(image);
        match &image {
            Value::String(url) => !url.trim().is_empty(),
            Value::Object(_) => {
                image.get("url").or(image.get("contentUrl")).is_some()
                    || image.get("@list").is_some()
            }
            _ => false,
        }
    });
    carried.body_chars = get("articleBody")
        .and_then(Value::as_str)
        .map_or(0, |body| body.trim().chars().count());
    carried.live_updates = as_list(get("liveBlogUpdate")).len();
    carried.in_language = get("inLanguage").and_then(|lang| match lang {
        Value::String(tag) => Some(tag.clone()),
        Value::Object(_) => lang
            .get("alternateName")
            .and_then(Value::as_str)
            .map(str::to_string),
        _ => None,
    });
    let sample: String = ["headline", "name", "articleBody", "description"]
        .iter()
        .filter_map(|key| get(key).and_then(Value::as_str))
        .collect::<Vec<_>>()
        .join(" ");
    let letters: Vec<char> = sample.chars().filter(|c| c.is_alphabetic()).collect();
    let latin = letters.iter().filter(|c| (**c as u32) < 0x250).count();
    carried.non_latin_text = !letters.is_empty() && latin * 2 < letters.len();
    Some(carried)
}

/// "T09:30" or " 09:30": a time of day that is not midnight-as-filler.
fn has_time_of_day(date: &str) -> bool {
    let bytes = date.as_bytes();
    bytes
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit())
}

fn as_list(value: Option<&Value>) -> Vec<&Value> {
    match value {
        Some(Value::Array(items)) => items.iter().filter(|v| !v.is_null()).collect(),
        Some(Value::Object(map)) if map.contains_key("@list") => as_list(map.get("@list")),
        Some(Value::Null) | None => Vec::new(),
        Some(other) => vec![other],
    }
}

fn index_ids<'a>(
    value: &'a Value,
    ids: &mut std::collections::HashMap<String, &'a Value>,
    depth: usize,
) {
    if depth > 8 {
        return;
    }
    match value {
        Value::Array(items) => items
            .iter()
            .for_each(|item| index_ids(item, ids, depth + 1)),
        Value::Object(map) => {
            if let Some(id) = map.get("@id").and_then(Value::as_str) {
                if map.len() > 2 {
                    ids.entry(id.to_string()).or_insert(value);
                }
            }
            map.values()
                .for_each(|item| index_ids(item, ids, depth + 1));
        }
        _ => {}
    }
}

/// The first node whose `@type` (any case) is an Article type, searched breadth-first
/// through arrays, `@graph`, `mainEntity` and every other member.
fn find_article(value: &Value, depth: usize) -> Option<&Value> {
    const TYPES: [&str; 17] = [
        "newsarticle",
        "article",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "backgroundnewsarticle",
        "reviewnewsarticle",
        "askpublicnewsarticle",
        "satiricalarticle",
        "blogposting",
        "liveblogposting",
        "socialmediaposting",
        "techarticle",
        "scholarlyarticle",
        "report",
        "advertisercontentarticle",
        "discussionforumposting",
    ];
    let is_article = |node: &Value| {
        let names = match node.get("@type") {
            Some(Value::Array(names)) => names.iter().filter_map(Value::as_str).collect(),
            Some(Value::String(name)) => vec![name.as_str()],
            _ => Vec::new(),
        };
        names.iter().any(|name| {
            let name = name.trim().to_ascii_lowercase();
            let name = name.rsplit(['/', ':']).next().unwrap_or("");
            TYPES.contains(&name)
        })
    };
    if depth > 6 {
        return None;
    }
    if is_article(value) {
        return Some(value);
    }
    let children: Vec<&Value> = match value {
        Value::Array(items) => items.iter().collect(),
        // Not inside an update of a live blog: those are nested articles of another kind.
        Value::Object(map) => map
            .iter()
            .filter(|(key, _)| key.as_str() != "liveBlogUpdate")
            .map(|(_, value)| value)
            .collect(),
        _ => return None,
    };
    children
        .into_iter()
        .find_map(|child| find_article(child, depth + 1))
}

/// The usual serving damage undone crudely, for this command's own reading only: CDATA and
/// comment wrappers, raw control characters and unescaped quotes inside strings, trailing
/// commas.
fn crude_clean(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let next_solid = |from: usize| chars[from..].iter().copied().find(|c| !c.is_whitespace());
    let starts = |at: usize, what: &str| {
        what.chars()
            .enumerate()
            .all(|(k, c)| chars.get(at + k) == Some(&c))
    };
    let mut out = String::with_capacity(text.len());
    let (mut i, mut in_string) = (0, false);
    while i < chars.len() {
        let c = chars[i];
        if in_string {
            match c {
                '\\' => {
                    out.push(c);
                    if let Some(&next) = chars.get(i + 1) {
                        out.push(next);
                    }
                    i += 2;
                    continue;
                }
                '"' if matches!(next_solid(i + 1), Some(',' | ':' | '}' | ']') | None) => {
                    in_string = false;
                    out.push(c);
                }
                '"' => out.push_str("\\\""),
                c if c.is_control() => out.push(' '),
                c => out.push(c),
            }
            i += 1;
            continue;
        }
        if c == '"' {
            in_string = true;
        } else if starts(i, "//") {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
            continue;
        } else if let Some(wrapper) = ["<!--", "-->", "<![CDATA[", "]]>"]
            .iter()
            .find(|w| starts(i, w))
        {
            i += wrapper.chars().count();
            continue;
        } else if c == ',' && matches!(next_solid(i + 1), Some('}' | ']')) {
            i += 1;
            continue;
        }
        out.push(c);
        i += 1;
    }
    out
}

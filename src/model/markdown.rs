//! Markdown in an `articleBody`, when it is plainly Markdown (`**bold**`, `[text](url)`,
//! `## heading` lines), turned into the article's typed blocks like the HTML reader does:
//! headings, lists, block quotes and paragraphs, with strong, emphasis and links (through
//! the URL allow-list) inside. A small subset, read line by line in linear time; anything
//! else stays text.

use super::article::{Block, Inline};
use super::text::{collapse, decode_html_entities, normalize_inlines};
use super::url::SafeUrl;

/// Whether `text` is plainly Markdown: a `## ` heading line, a `**strong**` span or a
/// `[text](http...)` link.
pub(crate) fn looks_like_markdown(text: &str) -> bool {
    text.lines().any(|line| {
        let hashes = line.bytes().take_while(|&b| b == b'#').count();
        (1..=6).contains(&hashes) && line[hashes..].starts_with(' ')
    }) || text.match_indices("**").count() >= 2
        || text.contains("](http")
        || text.contains("](/")
}

/// Reads a Markdown body into blocks; links whose URL is not allowed keep their text and
/// are listed (excerpts) for warnings.
pub(crate) fn blocks(text: &str) -> (Vec<Block>, Vec<String>) {
    let mut out = Vec::new();
    let mut dropped = Vec::new();
    let mut paragraph: Vec<&str> = Vec::new();
    let mut list: Option<(bool, Vec<Vec<Inline>>)> = None;
    let flush = |paragraph: &mut Vec<&str>, out: &mut Vec<Block>, dropped: &mut Vec<String>| {
        if !paragraph.is_empty() {
            let content = inlines(&paragraph.join(" "), dropped);
            if !content.is_empty() {
                out.push(Block::Paragraph(content));
            }
            paragraph.clear();
        }
    };
    for line in text.lines() {
        let trimmed = line.trim();
        let item = list_item(trimmed);
        if item.is_none() {
            if let Some((ordered, items)) = list.take() {
                out.push(Block::List { ordered, items });
            }
        }
        // A thematic break ("***", "---", "___") only separates paragraphs.
        let marks: Vec<char> = trimmed.chars().filter(|&c| c != ' ').collect();
        let rule = marks.len() >= 3 && ['*', '-', '_'].iter().any(|m| marks.iter().all(|c| c == m));
        // CMS block fences ("+++group-2" ... "+++") only group what is between them.
        let fence = trimmed.starts_with("+++");
        if trimmed.is_empty() || rule || fence {
            flush(&mut paragraph, &mut out, &mut dropped);
            continue;
        }
        let hashes = trimmed.bytes().take_while(|&b| b == b'#').count();
        if (1..=6).contains(&hashes) && trimmed[hashes..].starts_with(' ') {
            flush(&mut paragraph, &mut out, &mut dropped);
            let content = inlines(trimmed[hashes..].trim_end_matches('#'), &mut dropped);
            if !content.is_empty() {
                out.push(Block::Heading {
                    level: (hashes as u8).clamp(2, 4),
                    content,
                });
            }
        } else if let Some(quoted) = trimmed.strip_prefix('>') {
            flush(&mut paragraph, &mut out, &mut dropped);
            let content = inlines(quoted, &mut dropped);
            if !content.is_empty() {
                out.push(Block::PullQuote {
                    content,
                    attribution: None,
                });
            }
        } else if let Some((ordered, rest)) = item {
            flush(&mut paragraph, &mut out, &mut dropped);
            let content = inlines(rest, &mut dropped);
            let (_, items) = list.get_or_insert((ordered, Vec::new()));
            if !content.is_empty() {
                items.push(content);
            }
        } else {
            paragraph.push(trimmed);
        }
    }
    flush(&mut paragraph, &mut out, &mut dropped);
    if let Some((ordered, items)) = list {
        out.push(Block::List { ordered, items });
    }
    (out, dropped)
}

/// "- x", "* x", "+ x" (unordered) or "1. x" (ordered).
fn list_item(line: &str) -> Option<(bool, &str)> {
    if let Some(rest) = line.strip_prefix(['-', '*', '+']) {
        return rest.starts_with(' ').then(|| (false, rest.trim_start()));
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let rest = line[digits..].strip_prefix(". ")?;
    (digits > 0 && digits <= 3).then(|| (true, rest.trim_start()))
}

/// Inline Markdown: `**strong**`, `__strong__`, `*emphasis*`, `[text](url)`.
fn inlines(text: &str, dropped: &mut Vec<String>) -> Vec<Inline> {
    let mut nodes = parse_inlines(text, dropped, 0);
    normalize_inlines(&mut nodes);
    nodes
}

fn parse_inlines(text: &str, dropped: &mut Vec<String>, depth: usize) -> Vec<Inline> {
    let mut nodes = Vec::new();
    let mut plain = String::new();
    let mut rest = text;
    // A marker with no closing one after some position has none after any later one
    // either: remembering that keeps the scan linear.
    let mut absent = [false; 3];
    let push_plain = |plain: &mut String, nodes: &mut Vec<Inline>| {
        if !plain.is_empty() {
            nodes.push(Inline::Text(collapse(&decode_html_entities(plain))));
            plain.clear();
        }
    };
    while let Some(c) = rest.chars().next() {
        // Embed references ("[#image: /photos/1]|||") name media this reader cannot show.
        if let Some(after) = rest.strip_prefix("[#") {
            if let Some(end) = after.find(']').filter(|&end| end < 200) {
                rest = after[end + 1..].trim_start_matches('|');
                continue;
            }
        }
        // Kramdown attribute lists ("{: target="_blank"}") are layout hints, not text.
        if let Some(after) = rest.strip_prefix("{:") {
            if let Some(end) = after.find('}').filter(|&end| end < 200) {
                rest = &after[end + 1..];
                continue;
            }
        }
        // Spans nest only a few levels: deeper markers stay text.
        if depth < 4 {
            let mut matched = false;
            for (k, (marker, strong)) in [("**", true), ("__", true), ("*", false)]
                .into_iter()
                .enumerate()
            {
                let Some(after) = rest.strip_prefix(marker) else {
                    continue;
                };
                if after.starts_with(' ') || absent[k] {
                    continue;
                }
                let found = after.find(marker);
                absent[k] = found.is_none();
                if let Some(end) = found.filter(|&end| end > 0) {
                    push_plain(&mut plain, &mut nodes);
                    let inner = parse_inlines(&after[..end], dropped, depth + 1);
                    nodes.push(if strong {
                        Inline::Strong(inner)
                    } else {
                        Inline::Emphasis(inner)
                    });
                    rest = &after[end + marker.len()..];
                    matched = true;
                    break;
                }
            }
            if matched {
                continue;
            }
            if let Some((label, url, used)) = link(rest) {
                push_plain(&mut plain, &mut nodes);
                let content = parse_inlines(label, dropped, depth + 1);
                match SafeUrl::parse_link(url) {
                    Ok(href) => nodes.push(Inline::Link { href, content }),
                    Err(_) => {
                        dropped.push(url.chars().take(80).collect());
                        nodes.extend(content);
                    }
                }
                rest = &rest[used..];
                continue;
            }
        }
        plain.push(c);
        rest = &rest[c.len_utf8()..];
    }
    push_plain(&mut plain, &mut nodes);
    nodes
}

/// Longest link label (and URL) looked for, in bytes.
const MAX_LABEL_BYTES: usize = 2048;

/// `[label](url)` at the start of `text`: the label, the URL and the bytes used.
fn link(text: &str) -> Option<(&str, &str, usize)> {
    let after = text.strip_prefix('[')?;
    // A label longer than a line is not a link label; the bound keeps the scan linear.
    let window = &after.as_bytes()[..after.len().min(MAX_LABEL_BYTES)];
    let close = window.windows(2).position(|pair| pair == b"](")?;
    let label = &after[..close];
    if label.contains(['[', ']']) {
        return None;
    }
    let url_start = close + 2;
    let url_len = after[url_start..]
        .bytes()
        .take(MAX_LABEL_BYTES)
        .position(|b| b == b')')?;
    let url = after[url_start..url_start + url_len].trim();
    Some((label, url, 1 + url_start + url_len + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Inline {
        Inline::Text(s.into())
    }

    #[test]
    fn detects_markdown() {
        assert!(looks_like_markdown("## Title\nText"));
        assert!(looks_like_markdown("It was **big**."));
        assert!(looks_like_markdown("See [this](https://x.example)."));
        assert!(!looks_like_markdown("#hashtag and a * star"));
        assert!(!looks_like_markdown("Plain text."));
    }

    #[test]
    fn reads_blocks_and_inlines() {
        let (blocks, dropped) = blocks(
            "## Heading\n\nIt was **very big** and *new*, see [the plan](https://x.example/p) or [this](javascript:x).\n\n- one\n- **two**\n\n> Quoted\n\n1. first\n2. second",
        );
        assert_eq!(
            blocks,
            vec![
                Block::Heading {
                    level: 2,
                    content: vec![text("Heading")]
                },
                Block::Paragraph(vec![
                    text("It was "),
                    Inline::Strong(vec![text("very big")]),
                    text(" and "),
                    Inline::Emphasis(vec![text("new")]),
                    text(", see "),
                    Inline::Link {
                        href: SafeUrl::parse_link("https://x.example/p").unwrap(),
                        content: vec![text("the plan")]
                    },
                    text(" or this."),
                ]),
                Block::List {
                    ordered: false,
                    items: vec![vec![text("one")], vec![Inline::Strong(vec![text("two")])]]
                },
                Block::PullQuote {
                    content: vec![text("Quoted")],
                    attribution: None
                },
                Block::List {
                    ordered: true,
                    items: vec![vec![text("first")], vec![text("second")]]
                },
            ]
        );
        assert_eq!(dropped, ["javascript:x"]);
    }

    #[test]
    fn unmatched_markers_stay_text() {
        let (read, _) = blocks("[a](/x){: target=\"_blank\"} b");
        assert_eq!(
            read,
            vec![Block::Paragraph(vec![
                Inline::Link {
                    href: SafeUrl::parse_link("/x").unwrap(),
                    content: vec![text("a")]
                },
                text(" b")
            ])]
        );
        let (ruled, _) = blocks("a\n***\nb\n- - -\nc\n+++group-2\n[#image: /p/1]|||Caption\n+++");
        assert_eq!(ruled.len(), 4);
        assert_eq!(ruled[3], Block::Paragraph(vec![text("Caption")]));
        let (blocks, _) = blocks("2 * 3 = 6 and a ** lone pair");
        assert_eq!(
            blocks,
            vec![Block::Paragraph(vec![text("2 * 3 = 6 and a ** lone pair")])]
        );
    }
}

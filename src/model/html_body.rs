//! HTML in an `articleBody` (CMSs put `<p>`, `<br>`, `<a>` and character references there)
//! turned into the article's own typed blocks and inlines: paragraphs, line breaks, links
//! (through the URL allow-list), emphasis, strong, headings, lists and block quotes. It is
//! never injected: the markup is read by a small tolerant tokenizer, the few elements above
//! become typed nodes, the content of scripts, styles, frames and other embedded things is
//! dropped, and every other tag is dropped with its text kept. Work is linear in the input;
//! inline nesting deeper than [`MAX_INLINE_DEPTH`] is flattened.

use super::article::{Block, Inline};
use super::text::{collapse, decode_html_entities, normalize_inlines};
use super::url::SafeUrl;

pub use super::limits::MAX_INLINE_DEPTH;

pub use super::limits::MAX_TAG_CHARS;

/// Elements whose content is not article text.
const DROPPED: [&str; 14] = [
    "script", "style", "noscript", "iframe", "template", "svg", "object", "embed", "head", "title",
    "button", "select", "textarea", "math",
];

/// Whether `text` is HTML rather than text with an occasional `<`: it has at least one tag
/// of the kinds bodies use.
pub(crate) fn looks_like_html(text: &str) -> bool {
    const TAGS: [&str; 16] = [
        "p",
        "br",
        "a",
        "div",
        "h2",
        "h3",
        "h4",
        "strong",
        "em",
        "b",
        "i",
        "ul",
        "ol",
        "li",
        "blockquote",
        "span",
    ];
    let mut rest = text;
    while let Some(at) = rest.find('<') {
        rest = &rest[at + 1..];
        let name = rest.trim_start_matches('/');
        let end = name
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(name.len());
        let follows = name[end..].chars().next();
        if TAGS.contains(&name[..end].to_ascii_lowercase().as_str())
            && matches!(follows, Some('>' | ' ' | '/' | '\n' | '\t'))
        {
            return true;
        }
    }
    false
}

/// What the body held: its blocks, and the links dropped because their URL is not allowed
/// (excerpts of the `href`s, for warnings).
#[derive(Debug, Default, PartialEq)]
pub struct HtmlBody {
    pub blocks: Vec<Block>,
    pub dropped_links: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    Paragraph,
    Heading(u8),
    Quote,
    Item,
}

#[derive(Debug)]
enum Frame {
    Emphasis,
    Strong,
    Link(Option<SafeUrl>),
}

struct Builder {
    out: HtmlBody,
    kind: Kind,
    /// The open inline elements, each with the content gathered inside it so far.
    frames: Vec<(Frame, Vec<Inline>)>,
    current: Vec<Inline>,
    list: Option<(bool, Vec<Vec<Inline>>)>,
}

impl Builder {
    fn content(&mut self) -> &mut Vec<Inline> {
        match self.frames.last_mut() {
            Some((_, content)) => content,
            None => &mut self.current,
        }
    }

    fn text(&mut self, raw: &str) {
        let text = collapse(&decode_html_entities(raw));
        if !text.is_empty() {
            self.content().push(Inline::Text(text));
        }
    }

    fn open(&mut self, frame: Frame) {
        if self.frames.len() < MAX_INLINE_DEPTH {
            self.frames.push((frame, Vec::new()));
        }
    }

    /// Closes the innermost open frame that matches `is`, and every frame inside it.
    fn close(&mut self, is: fn(&Frame) -> bool) {
        let Some(at) = self.frames.iter().rposition(|(frame, _)| is(frame)) else {
            return;
        };
        while self.frames.len() > at {
            self.pop_frame();
        }
    }

    fn pop_frame(&mut self) {
        let Some((frame, content)) = self.frames.pop() else {
            return;
        };
        let node = match frame {
            Frame::Emphasis => Inline::Emphasis(content),
            Frame::Strong => Inline::Strong(content),
            Frame::Link(Some(href)) => Inline::Link { href, content },
            Frame::Link(None) => {
                self.content().extend(content);
                return;
            }
        };
        self.content().push(node);
    }

    /// Ends the current block (closing open inlines) and starts one of `next` kind.
    fn flush(&mut self, next: Kind) {
        while !self.frames.is_empty() {
            self.pop_frame();
        }
        let mut content = std::mem::take(&mut self.current);
        normalize_inlines(&mut content);
        // Stray punctuation between elements ("</p>,<h3>") is not a paragraph.
        let visible = Inline::plain_text(&content)
            .chars()
            .any(super::chars::is_alphanumeric);
        if visible {
            match self.kind {
                Kind::Paragraph => self.out.blocks.push(Block::Paragraph(content)),
                Kind::Heading(level) => self.out.blocks.push(Block::Heading { level, content }),
                Kind::Quote => self.out.blocks.push(Block::PullQuote {
                    content,
                    attribution: None,
                }),
                Kind::Item => match &mut self.list {
                    Some((_, items)) => items.push(content),
                    None => self.out.blocks.push(Block::Paragraph(content)),
                },
            }
        }
        self.kind = next;
    }

    fn end_list(&mut self) {
        self.flush(Kind::Paragraph);
        if let Some((ordered, items)) = self.list.take() {
            if !items.is_empty() {
                self.out.blocks.push(Block::List { ordered, items });
            }
        }
    }
}

/// Reads an HTML body into blocks (see the module doc).
pub(crate) fn blocks(html: &str) -> HtmlBody {
    let mut b = Builder {
        out: HtmlBody::default(),
        kind: Kind::Paragraph,
        frames: Vec::new(),
        current: Vec::new(),
        list: None,
    };
    let mut rest = html;
    while !rest.is_empty() {
        let Some(lt) = rest.find('<') else {
            b.text(rest);
            break;
        };
        b.text(&rest[..lt]);
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |end| &after[end + 3..]);
            continue;
        }
        let Some(tag) = Tag::read(rest) else {
            // A '<' that starts no tag ("a < b") is text.
            b.text("<");
            rest = &rest[1..];
            continue;
        };
        rest = &rest[tag.len..];
        if !tag.closing && DROPPED.contains(&tag.name.as_str()) {
            // Skip to the matching end tag, content and all.
            let end = format!("</{}", tag.name);
            rest = find_ascii_ci(rest, &end)
                .map_or("", |at| &rest[at..])
                .split_once('>')
                .map_or("", |(_, after)| after);
            continue;
        }
        match (tag.name.as_str(), tag.closing) {
            (
                "p" | "div" | "section" | "article" | "header" | "footer" | "main" | "aside"
                | "figure" | "figcaption" | "table" | "tr" | "dl" | "dd" | "dt" | "pre" | "hr",
                _,
            ) => {
                if b.kind == Kind::Item && b.list.is_some() {
                    b.content().push(Inline::Text(" ".into()));
                } else {
                    b.flush(Kind::Paragraph);
                }
            }
            ("h1" | "h2" | "h3" | "h4" | "h5" | "h6", false) => {
                let level = tag.name[1..].parse::<u8>().unwrap_or(2).clamp(2, 4);
                b.flush(Kind::Heading(level));
            }
            ("h1" | "h2" | "h3" | "h4" | "h5" | "h6", true) | ("blockquote", true) => {
                b.flush(Kind::Paragraph)
            }
            ("blockquote", false) => b.flush(Kind::Quote),
            // Nested lists are flattened into the outer one.
            ("ul" | "ol", false) if b.list.is_none() => {
                b.flush(Kind::Paragraph);
                b.list = Some((tag.name == "ol", Vec::new()));
            }
            ("ul" | "ol", true) => b.end_list(),
            ("li", false) => b.flush(Kind::Item),
            ("li", true) => b.flush(Kind::Item),
            ("br", _) => b.content().push(Inline::LineBreak),
            ("em" | "i" | "cite", false) => b.open(Frame::Emphasis),
            ("em" | "i" | "cite", true) => b.close(|f| matches!(f, Frame::Emphasis)),
            ("strong" | "b", false) => b.open(Frame::Strong),
            ("strong" | "b", true) => b.close(|f| matches!(f, Frame::Strong)),
            ("a", false) => {
                let href = tag.href.map(|href| decode_html_entities(&href));
                let safe = href
                    .as_deref()
                    .and_then(|href| SafeUrl::parse_link(href).ok());
                if let (None, Some(href)) = (&safe, href) {
                    b.out.dropped_links.push(href.chars().take(80).collect());
                }
                b.open(Frame::Link(safe));
            }
            ("a", true) => b.close(|f| matches!(f, Frame::Link(_))),
            // Every other element: the tag goes, its text stays.
            _ => {}
        }
    }
    if b.list.is_some() {
        b.end_list();
    } else {
        b.flush(Kind::Paragraph);
    }
    b.out
}

/// One start or end tag: its lower-case name, whether it closes, its `href`, and its length
/// in the source.
struct Tag {
    name: String,
    closing: bool,
    href: Option<String>,
    len: usize,
}

impl Tag {
    fn read(text: &str) -> Option<Tag> {
        let after = text.strip_prefix('<')?;
        let (closing, body) = match after.strip_prefix('/') {
            Some(body) => (true, body),
            None => (false, after),
        };
        if !body.starts_with(|c: char| c.is_ascii_alphabetic()) {
            // "<!doctype>", "<?xml ?>": declarations are dropped like unknown tags.
            if body.starts_with(['!', '?']) {
                let end = text.find('>')?;
                return Some(Tag {
                    name: String::new(),
                    closing: true,
                    href: None,
                    len: end + 1,
                });
            }
            return None;
        }
        let name_len = body
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(body.len());
        let name = body[..name_len].to_ascii_lowercase();
        // The end of the tag, skipping '>' inside quoted attribute values.
        let mut quote = None;
        let mut end = None;
        // A tag longer than this is not a tag: the bound keeps text full of stray '<'
        // linear to read.
        for (i, c) in body[name_len..].char_indices().take(MAX_TAG_CHARS) {
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'') => quote = Some(c),
                (None, '>') => {
                    end = Some(name_len + i);
                    break;
                }
                _ => {}
            }
        }
        let end = end?;
        let attributes = &body[name_len..end];
        let offset = text.len() - body.len();
        Some(Tag {
            href: (name == "a")
                .then(|| attribute(attributes, "href"))
                .flatten(),
            name,
            closing,
            len: offset + end + 1,
        })
    }
}

/// The `src` of a string that is an `<img>` tag rather than a URL (CMS templates that
/// print the tag where the URL belongs).
pub(crate) fn img_src(text: &str) -> Option<String> {
    let text = text.trim();
    let head = text.get(..4)?;
    if !head.eq_ignore_ascii_case("<img") {
        return None;
    }
    let end = text.find('>').unwrap_or(text.len());
    attribute(&text[4..end], "src").map(|src| decode_html_entities(&src))
}

/// The value of attribute `name` in an attribute list (quoted or not).
fn attribute(attributes: &str, name: &str) -> Option<String> {
    let mut rest = attributes;
    loop {
        let at = find_ascii_ci(rest, name)?;
        let before_ok = at == 0 || rest[..at].ends_with(|c: char| c.is_whitespace());
        let after = rest[at + name.len()..].trim_start();
        rest = &rest[at + name.len()..];
        if !before_ok {
            continue;
        }
        let Some(value) = after.strip_prefix('=') else {
            continue;
        };
        let value = value.trim_start();
        return Some(match value.chars().next() {
            Some(q @ ('"' | '\'')) => value[1..].split(q).next().unwrap_or("").to_string(),
            _ => value
                .split(|c: char| c.is_whitespace() || c == '>')
                .next()
                .unwrap_or("")
                .to_string(),
        });
    }
}

/// The byte position of `needle` (ASCII) in `haystack`, ignoring ASCII case.
fn find_ascii_ci(haystack: &str, needle: &str) -> Option<usize> {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    if n.is_empty() || h.len() < n.len() {
        return None;
    }
    (0..=h.len() - n.len()).find(|&i| h[i..i + n.len()].eq_ignore_ascii_case(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Inline {
        Inline::Text(s.into())
    }

    #[test]
    fn image_tags_give_their_source() {
        assert_eq!(
            img_src("<img width=\"300\" src=\"https://x.example/a.jpg?w=1&amp;h=2\" alt=\"\">")
                .as_deref(),
            Some("https://x.example/a.jpg?w=1&h=2")
        );
        assert_eq!(img_src("https://x.example/a.jpg"), None);
        assert_eq!(img_src("<img alt=x>"), None);
    }

    #[test]
    fn detects_html() {
        assert!(looks_like_html("<p>One</p>"));
        assert!(looks_like_html("a<br/>b"));
        assert!(looks_like_html("see <a href=\"/x\">this</a>"));
        assert!(!looks_like_html("a < b and c > d"));
        assert!(!looks_like_html("<3 you"));
        assert!(!looks_like_html("no tags"));
    }

    #[test]
    fn paragraphs_inlines_and_links() {
        let body = blocks(
            "<p>It&rsquo;s <b>big</b> and <i>new</i>.</p><p>Read <a href=\"https://x.example/a?b=1&amp;c=2\">more</a><br>now &eacute;t&eacute;</p>",
        );
        assert_eq!(
            body.blocks,
            vec![
                Block::Paragraph(vec![
                    text("It\u{2019}s "),
                    Inline::Strong(vec![text("big")]),
                    text(" and "),
                    Inline::Emphasis(vec![text("new")]),
                    text("."),
                ]),
                Block::Paragraph(vec![
                    text("Read "),
                    Inline::Link {
                        href: SafeUrl::parse_link("https://x.example/a?b=1&c=2").unwrap(),
                        content: vec![text("more")],
                    },
                    Inline::LineBreak,
                    text("now été"),
                ]),
            ]
        );
        assert!(body.dropped_links.is_empty());
    }

    #[test]
    fn unsafe_links_and_dropped_elements() {
        let body = blocks(
            "<div onclick=\"x()\">A <a href=\"javascript:alert(1)\">link</a><script>alert('<p>')</script><style>p{}</style><img src=x onerror=y> end<iframe src=\"//e\"></iframe></div>",
        );
        assert_eq!(
            body.blocks,
            vec![Block::Paragraph(vec![text("A link end")])]
        );
        assert_eq!(body.dropped_links, ["javascript:alert(1)"]);
    }

    #[test]
    fn headings_lists_and_quotes() {
        let body = blocks(
            "Intro<h2>Sub</h2><ul><li>one</li><li><strong>two</strong></li></ul><blockquote>Said</blockquote><h5>Small</h5><ol><li>a<li>b</ol>",
        );
        assert_eq!(
            body.blocks,
            vec![
                Block::Paragraph(vec![text("Intro")]),
                Block::Heading {
                    level: 2,
                    content: vec![text("Sub")]
                },
                Block::List {
                    ordered: false,
                    items: vec![vec![text("one")], vec![Inline::Strong(vec![text("two")])]],
                },
                Block::PullQuote {
                    content: vec![text("Said")],
                    attribution: None
                },
                Block::Heading {
                    level: 4,
                    content: vec![text("Small")]
                },
                Block::List {
                    ordered: true,
                    items: vec![vec![text("a")], vec![text("b")]],
                },
            ]
        );
    }

    #[test]
    fn broken_markup_is_bounded_text() {
        let deep = "<b>".repeat(10_000) + "x" + &"</b>".repeat(3);
        let body = blocks(&deep);
        assert_eq!(
            Inline::plain_text(match &body.blocks[0] {
                Block::Paragraph(content) => content,
                _ => unreachable!(),
            }),
            "x"
        );
        assert_eq!(
            blocks("a <b unclosed").blocks,
            vec![Block::Paragraph(vec![text("a <b unclosed")])]
        );
        assert_eq!(blocks("<!-- c --><p></p>").blocks, vec![]);
        assert_eq!(
            blocks("<p>a</p>,<p>b</p>").blocks,
            vec![
                Block::Paragraph(vec![text("a")]),
                Block::Paragraph(vec![text("b")])
            ]
        );
        // Many stray '<' are read in linear time.
        let stray = "<a \"".repeat(20_000);
        let started = std::time::Instant::now();
        assert_eq!(blocks(&stray).blocks.len(), 1);
        assert!(started.elapsed().as_secs() < 5);
        assert_eq!(
            blocks("1 < 2").blocks,
            vec![Block::Paragraph(vec![text("1 < 2")])]
        );
    }
}

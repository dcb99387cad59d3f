//! Invariants of the model's output and of the rendered HTML. They restate the guarantees of
//! `docs/security.md` independently of the code that provides them: a URL is judged the way
//! a browser reads it (whitespace and control characters dropped, scheme case-folded), and
//! the HTML is scanned tag by tag, so a regression in either layer trips an `assert!`.

use broadsheet::model::{Article, Block, Image, Inline, SafeUrl};

/// Characters no text field may contain after cleaning: bidi embeddings, overrides and
/// isolates, and control characters other than whitespace.
pub fn is_forbidden_char(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        || (c.is_control() && !c.is_whitespace())
}

/// The scheme a browser would see: whitespace and control characters removed, lower-cased,
/// up to the first ':' unless a '/', '?' or '#' comes first, and only if it is spelt like a
/// scheme (a letter, then letters, digits, '+', '-', '.'): anything else before the ':'
/// makes the URL relative (`/a.jpg,"x":y` in a srcset is one relative URL).
pub fn browser_scheme(url: &str) -> Option<String> {
    let compact: String = url
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let end = compact.find([':', '/', '?', '#'])?;
    let scheme = &compact[..end];
    let spelt_like_one = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    (compact.as_bytes()[end] == b':' && spelt_like_one).then(|| scheme.to_string())
}

fn assert_url(url: &str, allowed: &[&str], what: &str) {
    if let Some(scheme) = browser_scheme(url) {
        assert!(
            allowed.contains(&scheme.as_str()),
            "{what}: URL with scheme {scheme:?} accepted: {url:?}"
        );
    }
}

fn link(url: &SafeUrl, what: &str) {
    assert_url(url.as_str(), &["http", "https", "mailto"], what);
}

fn image(image: &Image, what: &str) {
    assert_url(image.src.as_str(), &["http", "https"], what);
    if let Some(srcset) = &image.srcset {
        for candidate in srcset.split(", ") {
            let url = candidate.split(' ').next().unwrap_or("");
            assert_url(url, &["http", "https"], &format!("{what}.srcset"));
        }
    }
    text(&image.alt, what);
}

fn text(value: &str, what: &str) {
    assert!(
        !value.chars().any(is_forbidden_char),
        "{what}: forbidden character survived in {value:?}"
    );
}

fn opt(value: &Option<String>, what: &str) {
    if let Some(value) = value {
        text(value, what);
    }
}

fn inlines(nodes: &[Inline], people: usize, what: &str) {
    for node in nodes {
        match node {
            Inline::Text(value) => text(value, what),
            Inline::LineBreak => {}
            Inline::Emphasis(content) | Inline::Strong(content) => inlines(content, people, what),
            Inline::Link { href, content } => {
                link(href, what);
                inlines(content, people, what);
            }
            Inline::Quote(mark) => {
                assert!(!mark.quote_id.is_empty(), "{what}: quote without an id");
                if let Some(speaker) = mark.speaker {
                    assert!(
                        speaker < people,
                        "{what}: speaker {speaker} but only {people} people"
                    );
                }
                inlines(&mark.content, people, what);
            }
        }
    }
}

/// Quote marks refer to people that exist and have ids (for articles built in code, whose
/// text was never cleaned, this is the part of [`article`] that applies).
pub fn quote_marks(article: &Article) {
    fn walk(nodes: &[Inline], people: usize) {
        for node in nodes {
            match node {
                Inline::Quote(mark) => {
                    assert!(!mark.quote_id.is_empty(), "quote without an id");
                    assert!(
                        mark.speaker.is_none_or(|s| s < people),
                        "speaker {:?} of {people} people",
                        mark.speaker
                    );
                    walk(&mark.content, people);
                }
                Inline::Emphasis(content)
                | Inline::Strong(content)
                | Inline::Link { content, .. } => walk(content, people),
                Inline::Text(_) | Inline::LineBreak => {}
            }
        }
    }
    for block in &article.body {
        match block {
            Block::Paragraph(content)
            | Block::Heading { content, .. }
            | Block::PullQuote { content, .. } => walk(content, article.people.len()),
            Block::List { items, .. } => items
                .iter()
                .for_each(|item| walk(item, article.people.len())),
            Block::Figure(figure) => walk(
                figure.caption.as_deref().unwrap_or_default(),
                article.people.len(),
            ),
        }
    }
}

/// Everything an accepted article promises its renderer.
pub fn article(article: &Article) {
    assert!(
        !article.headline.trim().is_empty(),
        "accepted an article without a headline"
    );
    text(&article.headline, "headline");
    opt(&article.standfirst, "standfirst");
    opt(&article.dateline, "dateline");
    opt(&article.byline, "byline");
    if let Some(url) = &article.canonical_url {
        link(url, "url");
    }
    for crumb in &article.breadcrumb {
        text(&crumb.name, "breadcrumb");
        if let Some(url) = &crumb.url {
            link(url, "breadcrumb.url");
        }
    }
    if let Some(source) = &article.source {
        text(&source.name, "source");
        if let Some(url) = &source.url {
            link(url, "source.url");
        }
        if let Some(logo) = &source.logo {
            image(logo, "source.logo");
        }
    }
    for author in &article.authors {
        text(&author.name, "author");
        opt(&author.role, "author.role");
        if let Some(url) = &author.url {
            link(url, "author.url");
        }
    }
    if let Some(editor) = &article.editor {
        text(&editor.name, "editor");
    }
    for tag in &article.tags {
        text(tag, "tag");
    }
    for person in &article.people {
        text(&person.name, "person");
        opt(&person.role, "person.role");
        opt(&person.organization, "person.organization");
        if let Some(url) = &person.url {
            link(url, "person.url");
        }
    }
    let people = article.people.len();
    for block in &article.body {
        match block {
            Block::Paragraph(content) | Block::Heading { content, .. } => {
                inlines(content, people, "body")
            }
            Block::PullQuote {
                content,
                attribution,
            } => {
                inlines(content, people, "pullquote");
                opt(attribution, "pullquote.attribution");
            }
            Block::List { items, .. } => {
                items.iter().for_each(|item| inlines(item, people, "list"))
            }
            Block::Figure(figure) => {
                image(&figure.image, "figure");
                if let Some(caption) = &figure.caption {
                    inlines(caption, people, "caption");
                }
                opt(&figure.credit, "credit");
            }
        }
    }
    for story in &article.related {
        text(&story.headline, "related");
        link(&story.url, "related.url");
        opt(&story.summary, "related.summary");
        opt(&story.section, "related.section");
        if let Some(picture) = &story.image {
            image(picture, "related.image");
        }
    }
}

/// Elements the widget never renders and no article may bring in.
const FORBIDDEN_TAGS: &[&str] = &[
    "script", "iframe", "frame", "frameset", "object", "embed", "applet", "style", "link", "meta",
    "base", "form", "input", "textarea", "math", "template", "noscript", "svg",
];
/// Attributes holding a URL.
const URL_ATTRIBUTES: &[&str] = &[
    "href",
    "src",
    "srcset",
    "xlink:href",
    "action",
    "formaction",
    "poster",
    "background",
];

/// Decodes the character references Yew's attribute escaping produces (and numeric ones),
/// which is how the browser reads the attribute value back.
fn decode_attribute(value: &str) -> String {
    let mut out = String::new();
    let mut rest = value;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let Some(end) = rest.find(';').filter(|&end| end <= 10) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let entity = &rest[1..end];
        let decoded = match entity {
            "amp" => Some('&'),
            "quot" => Some('"'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "apos" => Some('\''),
            _ => entity
                .strip_prefix("#x")
                .or_else(|| entity.strip_prefix("#X"))
                .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|dec| dec.parse().ok()))
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Scans server-rendered HTML: every '<' must open a well-formed tag (text is escaped, so a
/// bare '<' means markup leaked through), no forbidden element, no event-handler or `style`
/// attribute, and URL attributes only with http(s), mailto or no scheme.
pub fn html(html: &str) {
    let bytes = html.as_bytes();
    let mut i = 0;
    while let Some(offset) = html[i..].find('<') {
        let start = i + offset;
        let rest = &html[start + 1..];
        if let Some(comment) = rest.strip_prefix("!--") {
            let end = comment
                .find("-->")
                .unwrap_or_else(|| panic!("unclosed comment at {start}"));
            i = start + 4 + end + 3;
            continue;
        }
        let closing = rest.starts_with('/');
        let name_start = start + 1 + usize::from(closing);
        let name_len = html[name_start..]
            .find(|c: char| !c.is_ascii_alphanumeric() && c != '-')
            .unwrap_or(0);
        assert!(
            name_len > 0,
            "bare '<' in rendered HTML at {start}: {:?}",
            excerpt(html, start)
        );
        let name = html[name_start..name_start + name_len].to_ascii_lowercase();
        assert!(
            !FORBIDDEN_TAGS.contains(&name.as_str()),
            "rendered a <{name}> element: {:?}",
            excerpt(html, start)
        );
        let mut j = name_start + name_len;
        // Attributes: name or name="value" (Yew always double-quotes and escapes values).
        loop {
            while j < bytes.len() && bytes[j].is_ascii_whitespace() {
                j += 1;
            }
            match bytes.get(j) {
                None => panic!("unterminated tag at {start}: {:?}", excerpt(html, start)),
                Some(b'>') => {
                    j += 1;
                    break;
                }
                Some(b'/') if bytes.get(j + 1) == Some(&b'>') => {
                    j += 2;
                    break;
                }
                Some(_) => {}
            }
            let attr_len = html[j..]
                .find(|c: char| c.is_ascii_whitespace() || c == '=' || c == '>' || c == '/')
                .unwrap_or(html.len() - j);
            assert!(
                attr_len > 0,
                "malformed tag at {start}: {:?}",
                excerpt(html, start)
            );
            let attr = html[j..j + attr_len].to_ascii_lowercase();
            j += attr_len;
            let mut value = String::new();
            if bytes.get(j) == Some(&b'=') {
                assert_eq!(
                    bytes.get(j + 1),
                    Some(&b'"'),
                    "unquoted attribute {attr} at {start}"
                );
                let end = html[j + 2..]
                    .find('"')
                    .unwrap_or_else(|| panic!("unterminated {attr} value at {start}"));
                value = decode_attribute(&html[j + 2..j + 2 + end]);
                j += 2 + end + 1;
            }
            assert!(
                !attr.starts_with("on"),
                "event-handler attribute {attr}={value:?} in <{name}>"
            );
            assert!(attr != "style", "style attribute {value:?} in <{name}>");
            if URL_ATTRIBUTES.contains(&attr.as_str()) {
                let urls: Vec<&str> = if attr == "srcset" {
                    value
                        .split(',')
                        .map(|candidate| candidate.trim().split(' ').next().unwrap_or(""))
                        .collect()
                } else {
                    vec![value.as_str()]
                };
                for url in urls {
                    assert_url(
                        url,
                        &["http", "https", "mailto"],
                        &format!("<{name} {attr}={value:?}>"),
                    );
                }
            }
        }
        i = j;
    }
}

fn excerpt(html: &str, at: usize) -> &str {
    let mut end = (at + 120).min(html.len());
    while !html.is_char_boundary(end) {
        end -= 1;
    }
    &html[at..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schemes_are_read_like_a_browser() {
        assert_eq!(
            browser_scheme(" Java\tScRipt:x").as_deref(),
            Some("javascript")
        );
        assert_eq!(browser_scheme("/a:b"), None);
        assert_eq!(browser_scheme("a.jpg"), None);
        // A srcset URL may contain commas: this one is relative, not a "\"logo\"" scheme.
        assert_eq!(browser_scheme("\"logo\":{\"url\""), None);
        assert_eq!(browser_scheme("a.jpg,javascript:x"), None);
    }

    #[test]
    fn the_html_scanner_catches_what_it_should() {
        html(
            r#"<article class="a"><p>x &lt;script&gt;</p><img src="/a.png" alt="&quot;"/><br></article>"#,
        );
        let caught = |bad: &str| std::panic::catch_unwind(|| html(bad)).is_err();
        assert!(caught("<p><script>x</script></p>"));
        assert!(caught(r#"<img src="x" onerror="x">"#));
        assert!(caught(r#"<a href="jav&#x61;script:x">"#));
        assert!(caught(r#"<img srcset="a.png 1x, data:x 2x">"#));
        assert!(caught("<p>1 < 2</p>"));
        assert!(caught(r#"<p style="x">"#));
    }
}

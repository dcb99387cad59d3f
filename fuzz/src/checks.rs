//! Invariants of the model's output and of the rendered HTML. They restate the guarantees of
//! `docs/security.md` independently of the code that provides them: a URL is judged the way
//! a browser reads it (whitespace and control characters dropped, scheme case-folded), and
//! the HTML is scanned tag by tag, so a regression in either layer trips an `assert!`.

use broadsheet::model::{Article, Block, Image, Inline, SafeUrl};

pub use crate::xss::{browser_scheme, is_forbidden_char};

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

/// Scans server-rendered HTML with the shared checker (`tests/support/xss.rs`): every '<'
/// opens a well-formed tag, no forbidden element, no event-handler or `style` attribute, and
/// URL attributes only with http(s), mailto or no scheme.
pub fn html(html: &str) {
    let problems = crate::xss::html_problems(html);
    assert!(problems.is_empty(), "active HTML rendered: {problems:#?}");
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

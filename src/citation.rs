//! Links and citations for one quote, as pure string functions: the `#quote-N` deep link
//! (`#PREFIXquote-N` for a widget whose ids carry a prefix, see [`quote_element_id`]),
//! the "Copy quote" text (“…” — Name, role, Source, date, then the link) and the
//! Text Fragments link (`#:~:text=start,end`), offered only when it can only match the quote.
//! The browser side just supplies the page URL and writes the result to the clipboard.

use crate::model::case::lowercase;
use crate::model::{Article, Block, Inline};
use crate::quotes::QuoteSummary;

/// Prefix of quote element ids and deep links: `quote-3`, `#quote-3`.
pub const ID_PREFIX: &str = "quote-";

/// How `QuoteSummary::text` joins the parts of a split quote.
const PART_SEPARATOR: &str = " … ";

/// Words taken from each end of a long quote for a text fragment.
const FRAGMENT_WORDS: usize = 4;

/// The DOM id of quote `number` (on its first part) in a widget whose ids start with
/// `prefix`: `quote-3` for the empty prefix, `story-a-quote-3` for `story-a-`. Ids are
/// unique on the page because each widget has its own prefix (see `dom::mount`).
pub fn quote_element_id(prefix: &str, number: usize) -> String {
    format!("{prefix}{ID_PREFIX}{number}")
}

/// `page_url` without its fragment, plus `#` and the quote's element id.
pub fn quote_link(page_url: &str, prefix: &str, number: usize) -> String {
    format!(
        "{}#{}",
        without_fragment(page_url),
        quote_element_id(prefix, number)
    )
}

/// The quote number of a location hash like `#quote-3` or `#story-a-quote-3` for the
/// widget whose ids start with `prefix` (with or without the `#`).
pub fn parse_quote_hash(hash: &str, prefix: &str) -> Option<usize> {
    let digits = hash
        .strip_prefix('#')
        .unwrap_or(hash)
        .strip_prefix(prefix)?
        .strip_prefix(ID_PREFIX)?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|number| *number > 0)
}

/// “Text” — Name, role, Source, date, then `link` on its own line. Missing parts are left
/// out; the text keeps the article's words but gets uniform curly quotes.
pub fn citation(article: &Article, quote: &QuoteSummary, link: &str) -> String {
    let mut attribution: Vec<&str> = Vec::new();
    if let Some(person) = quote.speaker.and_then(|at| article.people.get(at)) {
        attribution.push(&person.name);
        attribution.extend(person.role.as_deref());
    }
    attribution.extend(article.source.as_ref().map(|source| source.name.as_str()));
    let date = article
        .published
        .as_ref()
        .map(|published| match &published.display {
            Some(display) => display.as_str(),
            // A bare ISO date reads better than a full timestamp with offset.
            None => published.iso.split('T').next().unwrap_or(&published.iso),
        });
    attribution.extend(date);

    let mut out = format!("“{}”", bare_parts(&quote.text).join(PART_SEPARATOR));
    if !attribution.is_empty() {
        out.push_str(" — ");
        out.push_str(&attribution.join(", "));
    }
    out.push('\n');
    out.push_str(link);
    out
}

/// A Text Fragments link to the quote (`base#:~:text=start,end`), or `None` when the quote's
/// words occur more than once in the article, where the browser might highlight the wrong
/// place. `base` is the canonical URL when it is absolute, else `page_url`. Reads the whole
/// article: for more than one quote, use a [`FragmentCheck`].
pub fn text_fragment_link(
    article: &Article,
    quote: &QuoteSummary,
    page_url: &str,
) -> Option<String> {
    FragmentCheck::new(article).link(article, quote, page_url)
}

/// The article's text as browsers search it for text fragments (case-insensitive, white
/// space collapsed), made once per article and reused for each quote.
#[derive(Debug, Clone, PartialEq)]
pub struct FragmentCheck {
    haystack: String,
}

impl FragmentCheck {
    pub fn new(article: &Article) -> FragmentCheck {
        FragmentCheck {
            haystack: normalize(&article_plain_text(article)),
        }
    }

    /// [`text_fragment_link`] for a quote of the article this check was made from.
    pub fn link(&self, article: &Article, quote: &QuoteSummary, page_url: &str) -> Option<String> {
        let parts = bare_parts(&quote.text);
        let first: Vec<&str> = parts.first()?.split_whitespace().collect();
        let last: Vec<&str> = parts.last()?.split_whitespace().collect();
        if first.is_empty() || last.is_empty() {
            return None;
        }
        let (start, end) = if parts.len() == 1 && first.len() <= 2 * FRAGMENT_WORDS {
            (first.join(" "), None)
        } else {
            let start = first[..first.len().min(FRAGMENT_WORDS)].join(" ");
            let end = last[last.len().saturating_sub(FRAGMENT_WORDS)..].join(" ");
            (start, Some(end))
        };

        let once = |needle: &str| count(&self.haystack, &normalize(needle)) == 1;
        if !parts.iter().all(|part| once(part)) || !once(&start) || !end.as_deref().is_none_or(once)
        {
            return None;
        }

        let base = match &article.canonical_url {
            Some(url) if url.is_absolute() => url.as_str(),
            _ => page_url,
        };
        let mut link = format!(
            "{}#:~:text={}",
            without_fragment(base),
            percent_encode(&start)
        );
        if let Some(end) = end {
            link.push(',');
            link.push_str(&percent_encode(&end));
        }
        Some(link)
    }
}

/// The text a reader sees in the article (headline, standfirst and body), one block a line.
pub fn article_plain_text(article: &Article) -> String {
    let mut lines = vec![article.headline.clone()];
    lines.extend(article.standfirst.clone());
    for block in &article.body {
        match block {
            Block::Paragraph(content)
            | Block::Heading { content, .. }
            | Block::PullQuote { content, .. } => lines.push(Inline::plain_text(content)),
            Block::Figure(figure) => {
                lines.extend(figure.caption.as_deref().map(Inline::plain_text))
            }
            Block::List { items, .. } => {
                lines.extend(items.iter().map(|item| Inline::plain_text(item)))
            }
        }
    }
    lines.join("\n")
}

/// Percent-encodes a text-fragment term: everything but ASCII letters, digits and `._~`, so
/// the fragment syntax characters `-`, `,` and `&` are always escaped.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'.' | b'_' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

fn without_fragment(url: &str) -> &str {
    url.split('#').next().unwrap_or(url)
}

/// The parts of a quote's text without their own quote marks and trailing commas.
fn bare_parts(text: &str) -> Vec<String> {
    text.split(PART_SEPARATOR)
        .map(bare)
        .filter(|part| !part.is_empty())
        .collect()
}

fn bare(part: &str) -> String {
    const DOUBLE: &[char] = &['"', '“', '”', '„', '‟', '«', '»', '「', '」', '『', '』'];
    const SINGLE: &[char] = &['\'', '‘', '’', '‚', '‹', '›'];
    const TRAILING: &[char] = &[',', ';', ':'];
    let mut text = part.trim();
    loop {
        let before = text;
        text = text.trim_matches(DOUBLE).trim_end_matches(TRAILING).trim();
        // Single marks only as a pair: a lone trailing ’ may be an apostrophe ("workers’").
        if text.starts_with(SINGLE) && text.ends_with(SINGLE) && text.chars().count() > 1 {
            let mut chars = text.chars();
            chars.next();
            chars.next_back();
            text = chars.as_str().trim();
        }
        if text == before {
            return text.to_owned();
        }
    }
}

fn normalize(text: &str) -> String {
    lowercase(&text.split_whitespace().collect::<Vec<_>>().join(" "))
}

fn count(haystack: &str, needle: &str) -> usize {
    if needle.is_empty() {
        return 0;
    }
    haystack.match_indices(needle).count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Person, QuoteOrigin, SafeUrl, Source, Timestamp};

    fn article() -> Article {
        Article {
            headline: "Bridge to reopen".into(),
            source: Some(Source {
                name: "The Gazette".into(),
                url: None,
                logo: None,
            }),
            published: Timestamp::parse("2026-06-02T09:15:00+08:00").ok(),
            people: vec![Person {
                id: "ana".into(),
                name: "Ana Ruiz".into(),
                role: Some("Mayor".into()),
                organization: Some("City Council".into()),
                url: None,
            }],
            body: vec![
                Block::Paragraph(vec![Inline::Text(
                    "“We will rebuild the bridge by spring, whatever it costs,” said Ana Ruiz."
                        .into(),
                )]),
                Block::Paragraph(vec![Inline::Text(
                    "“Yes,” said one. “Yes,” said another.".into(),
                )]),
            ],
            ..Article::default()
        }
    }

    fn quote(text: &str, speaker: Option<usize>) -> QuoteSummary {
        QuoteSummary {
            number: 3,
            quote_id: "q3".into(),
            speaker,
            origin: QuoteOrigin::Editor,
            text: text.into(),
        }
    }

    #[test]
    fn quote_link_replaces_any_fragment() {
        assert_eq!(
            quote_link("https://example.com/a?x=1#top", "", 3),
            "https://example.com/a?x=1#quote-3"
        );
        assert_eq!(
            quote_link("https://example.com/a", "story-b-", 12),
            "https://example.com/a#story-b-quote-12"
        );
    }

    #[test]
    fn parses_quote_hashes() {
        assert_eq!(parse_quote_hash("#quote-3", ""), Some(3));
        assert_eq!(parse_quote_hash("quote-12", ""), Some(12));
        assert_eq!(parse_quote_hash("#story-b-quote-4", "story-b-"), Some(4));
        // Another widget's link, or a plain one for a prefixed widget, is not this one's.
        assert_eq!(parse_quote_hash("#story-b-quote-4", ""), None);
        assert_eq!(parse_quote_hash("#story-b-quote-4", "story-c-"), None);
        assert_eq!(parse_quote_hash("#quote-4", "story-b-"), None);
        for bad in [
            "",
            "#",
            "#quote-",
            "#quote-0",
            "#quote-3a",
            "#quote--3",
            "#Quote-3",
            "#quote-+3",
        ] {
            assert_eq!(parse_quote_hash(bad, ""), None, "{bad}");
        }
    }

    #[test]
    fn citation_has_curly_quotes_attribution_and_link() {
        let text = "“We will rebuild the bridge by spring, whatever it costs,”";
        let out = citation(
            &article(),
            &quote(text, Some(0)),
            "https://example.com/a#quote-3",
        );
        assert_eq!(
            out,
            "“We will rebuild the bridge by spring, whatever it costs” — Ana Ruiz, Mayor, The Gazette, 2026-06-02\n\
             https://example.com/a#quote-3"
        );
    }

    #[test]
    fn citation_prefers_the_localised_date_and_skips_what_is_unknown() {
        let mut article = article();
        article.published = Timestamp::parse("2026-06-02").ok().map(|t| Timestamp {
            display: Some("2 June 2026".into()),
            ..t
        });
        let out = citation(&article, &quote("\"Straight quotes.\"", None), "L");
        assert_eq!(out, "“Straight quotes.” — The Gazette, 2 June 2026\nL");
        let bare = Article::default();
        assert_eq!(
            citation(&bare, &quote("‘Single’", None), "L"),
            "“Single”\nL"
        );
    }

    #[test]
    fn citation_joins_split_quotes_with_an_ellipsis() {
        let out = citation(
            &Article::default(),
            &quote("“We will rebuild,” … “whatever it costs.”", None),
            "L",
        );
        assert_eq!(out, "“We will rebuild … whatever it costs.”\nL");
    }

    #[test]
    fn apostrophes_at_the_end_survive() {
        assert_eq!(bare("the workers’"), "the workers’");
        assert_eq!(bare("“It is the workers’”,"), "It is the workers’");
    }

    #[test]
    fn text_fragment_uses_start_and_end_words_of_long_quotes() {
        let text = "“We will rebuild the bridge by spring, whatever it costs,”";
        let link = text_fragment_link(&article(), &quote(text, Some(0)), "https://example.com/a#x");
        assert_eq!(
            link.as_deref(),
            Some("https://example.com/a#:~:text=We%20will%20rebuild%20the,spring%2C%20whatever%20it%20costs")
        );
    }

    #[test]
    fn text_fragment_prefers_an_absolute_canonical_url() {
        let mut article = article();
        article.canonical_url = Some(SafeUrl::parse("https://news.example/story").expect("valid"));
        let link = text_fragment_link(
            &article,
            &quote("“whatever it costs”", None),
            "https://page/",
        );
        assert_eq!(
            link.as_deref(),
            Some("https://news.example/story#:~:text=whatever%20it%20costs")
        );
        article.canonical_url = Some(SafeUrl::parse("/story").expect("valid"));
        let link = text_fragment_link(
            &article,
            &quote("“whatever it costs”", None),
            "https://page/",
        );
        assert_eq!(
            link.as_deref(),
            Some("https://page/#:~:text=whatever%20it%20costs")
        );
    }

    #[test]
    fn no_text_fragment_for_text_that_occurs_twice() {
        assert_eq!(
            text_fragment_link(&article(), &quote("“Yes,”", None), "https://p/"),
            None
        );
        assert_eq!(
            text_fragment_link(
                &article(),
                &quote("“Not in the article”", None),
                "https://p/"
            ),
            None
        );
    }

    #[test]
    fn percent_encoding_escapes_fragment_syntax() {
        assert_eq!(percent_encode("a-b, c&d"), "a%2Db%2C%20c%26d");
        assert_eq!(percent_encode("é"), "%C3%A9");
    }
}

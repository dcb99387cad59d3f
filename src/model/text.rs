//! Text hygiene shared by both input formats: whitespace collapsing, removal of control and
//! bidi-override characters (which would let one field flip the layout of the text around
//! it), language tags, and the whitespace rules for runs of inline nodes.

use super::article::Inline;

/// Removes characters that must never reach the page: bidi embeddings, overrides and
/// isolates (U+202A..U+202E, U+2066..U+2069) and control characters other than whitespace.
fn is_stripped(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        || (c.is_control() && !c.is_whitespace())
}

/// Whitespace that collapses; the no-break spaces are kept because they are typography
/// ("10\u{a0}km"), not layout.
fn is_collapsible(c: char) -> bool {
    c.is_whitespace() && !matches!(c, '\u{a0}' | '\u{2007}' | '\u{202f}')
}

/// Plain-text field: runs of whitespace become one space, the ends are trimmed.
pub(crate) fn clean(text: &str) -> String {
    let mut out = collapse(text);
    let end = out.trim_end_matches(' ').len();
    out.truncate(end);
    out.trim_start_matches(' ').to_string()
}

/// Text inside a run of inline nodes: collapsed but not trimmed, because the space between
/// "said " and an emphasised word belongs to the run, not to the node.
pub(crate) fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_space = false;
    for c in text.chars() {
        if is_stripped(c) {
            continue;
        }
        if is_collapsible(c) {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
        } else {
            out.push(c);
            in_space = false;
        }
    }
    out
}

/// Finishes a run of inline nodes: merges neighbouring text nodes, drops the spaces that
/// would double up across node boundaries or follow a line break, trims both ends and
/// removes empty text nodes.
pub(crate) fn normalize_inlines(nodes: &mut Vec<Inline>) {
    let mut after_space = true;
    join_spaces(nodes, &mut after_space);
    trim_end(nodes);
    tidy(nodes);
}

fn join_spaces(nodes: &mut [Inline], after_space: &mut bool) {
    for node in nodes {
        match node {
            Inline::Text(text) => {
                if *after_space && text.starts_with(' ') {
                    text.remove(0);
                }
                if !text.is_empty() {
                    *after_space = text.ends_with(' ');
                }
            }
            Inline::LineBreak => *after_space = true,
            Inline::Emphasis(content) | Inline::Strong(content) => {
                join_spaces(content, after_space)
            }
            Inline::Link { content, .. } => join_spaces(content, after_space),
            Inline::Quote(mark) => join_spaces(&mut mark.content, after_space),
        }
    }
}

/// Returns true once it has reached visible content, which ends the trimming.
fn trim_end(nodes: &mut [Inline]) -> bool {
    for node in nodes.iter_mut().rev() {
        let done = match node {
            Inline::Text(text) => {
                let end = text.trim_end_matches(' ').len();
                text.truncate(end);
                !text.is_empty()
            }
            Inline::LineBreak => true,
            Inline::Emphasis(content) | Inline::Strong(content) => trim_end(content),
            Inline::Link { content, .. } => trim_end(content),
            Inline::Quote(mark) => trim_end(&mut mark.content),
        };
        if done {
            return true;
        }
    }
    false
}

fn tidy(nodes: &mut Vec<Inline>) {
    let mut out: Vec<Inline> = Vec::with_capacity(nodes.len());
    for mut node in nodes.drain(..) {
        match &mut node {
            Inline::Text(text) if text.is_empty() => continue,
            Inline::Text(text) => {
                if let Some(Inline::Text(previous)) = out.last_mut() {
                    previous.push_str(text);
                    continue;
                }
            }
            Inline::Emphasis(content) | Inline::Strong(content) => tidy(content),
            Inline::Link { content, .. } => tidy(content),
            Inline::Quote(mark) => tidy(&mut mark.content),
            Inline::LineBreak => {}
        }
        out.push(node);
    }
    *nodes = out;
}

/// A BCP 47-shaped tag: a 2-8 letter language subtag, then subtags of 1-8 letters or digits
/// ("en", "zh-Hant", "es-419", "en-US-x-twain"). Registry membership is not checked.
pub(crate) fn is_language_tag(tag: &str) -> bool {
    let mut subtags = tag.split('-');
    let first_ok = subtags
        .next()
        .is_some_and(|s| (2..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphabetic()));
    first_ok
        && tag.len() <= 35
        && subtags
            .all(|s| (1..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// Whether a language is written right to left by default. A script subtag decides when
/// present ("az-Arab" is rtl, "ar-Latn" is not).
pub(crate) fn is_rtl_language(tag: &str) -> bool {
    const RTL_SCRIPTS: [&str; 8] = [
        "arab", "hebr", "thaa", "syrc", "nkoo", "adlm", "rohg", "mand",
    ];
    const RTL_LANGUAGES: [&str; 12] = [
        "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ps", "sd", "ug", "ur", "yi",
    ];
    let lower = tag.to_ascii_lowercase();
    let mut subtags = lower.split('-');
    let language = subtags.next().unwrap_or("");
    let script = subtags.find(|s| s.len() == 4 && s.bytes().all(|b| b.is_ascii_alphabetic()));
    match script {
        Some(script) => RTL_SCRIPTS.contains(&script),
        None => RTL_LANGUAGES.contains(&language),
    }
}

/// Decodes the HTML character references that CMSs leave in schema.org text ("&amp;",
/// "&#8217;", any of HTML5's named references). Only terminated references are decoded,
/// so "AT&T" stays as it is.
pub(crate) fn decode_html_entities(text: &str) -> String {
    if !text.contains('&') {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        match decode_reference(&rest[1..]) {
            Some((decoded, used)) => {
                out.push_str(&decoded);
                rest = &rest[1 + used..];
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

/// The reference at the start of `after` (the text after a `&`): its characters and the
/// bytes it used, `;` included.
pub(crate) fn decode_reference(after: &str) -> Option<(std::borrow::Cow<'static, str>, usize)> {
    // The longest HTML5 name has 31 characters; numeric references are shorter still.
    let semi = after
        .bytes()
        .take(33)
        .position(|b| b == b';')
        .filter(|&i| i >= 1)?;
    let name = &after[..semi];
    let decoded = if let Some(number) = name.strip_prefix('#') {
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse::<u32>().ok()?,
        };
        let c = char::from_u32(code)
            .filter(|&c| c != '\0')
            .unwrap_or('\u{fffd}');
        std::borrow::Cow::Owned(c.to_string())
    } else {
        super::entities::lookup(name)?
    };
    Some((decoded, semi + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleaning() {
        assert_eq!(clean("  a \n\t b  "), "a b");
        assert_eq!(clean("a\u{202e}b\u{2066}c\u{2069}\u{202a}"), "abc");
        assert_eq!(clean("a\u{0}b\u{7f}c\u{85}d"), "abc d");
        assert_eq!(clean("10\u{a0}km"), "10\u{a0}km");
        assert_eq!(clean("\u{3000}全角\u{3000}"), "全角");
        assert_eq!(collapse("  said  "), " said ");
    }

    #[test]
    fn inline_whitespace() {
        let mut nodes = vec![
            Inline::Text(" Hello ".into()),
            Inline::Emphasis(vec![Inline::Text(" big ".into())]),
            Inline::Text(" world".into()),
            Inline::Text("!".into()),
            Inline::LineBreak,
            Inline::Text(" next ".into()),
            Inline::Strong(vec![Inline::Text("  ".into())]),
        ];
        normalize_inlines(&mut nodes);
        assert_eq!(
            nodes,
            vec![
                Inline::Text("Hello ".into()),
                Inline::Emphasis(vec![Inline::Text("big ".into())]),
                Inline::Text("world!".into()),
                Inline::LineBreak,
                Inline::Text("next".into()),
                Inline::Strong(vec![]),
            ]
        );
    }

    #[test]
    fn language_tags() {
        for good in [
            "en",
            "zh-Hant",
            "es-419",
            "en-US-x-twain",
            "haw",
            "zh-Hant-TW",
        ] {
            assert!(is_language_tag(good), "{good}");
        }
        for bad in [
            "",
            "e",
            "en_US",
            "english!",
            "en-",
            "-en",
            "1a",
            "en-toolongsubtag",
        ] {
            assert!(!is_language_tag(bad), "{bad}");
        }
        for rtl in ["ar", "he", "fa-IR", "ur", "az-Arab", "HE"] {
            assert!(is_rtl_language(rtl), "{rtl}");
        }
        for ltr in ["en", "ar-Latn", "zh", "tr"] {
            assert!(!is_rtl_language(ltr), "{ltr}");
        }
    }

    #[test]
    fn html_entities() {
        assert_eq!(
            decode_html_entities("It&#8217;s &amp; &quot;x&quot; &#x2014;"),
            "It’s & \"x\" —"
        );
        assert_eq!(
            decode_html_entities("AT&T &unknown; & &#;"),
            "AT&T &unknown; & &#;"
        );
        assert_eq!(
            decode_html_entities("caf&eacute; &Uuml;ber &euro;5 &fjlig;"),
            "café Über €5 fj"
        );
        assert_eq!(decode_html_entities("&amp"), "&amp");
        // The search for ';' must not cut a multi-byte character.
        assert_eq!(
            decode_html_entities("a &nbsp;österreichische Hauptstädte überall"),
            "a \u{a0}österreichische Hauptstädte überall"
        );
        assert_eq!(decode_html_entities("&#0; &#xD800;"), "\u{fffd} \u{fffd}");
    }
}

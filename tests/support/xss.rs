//! The one XSS checker of the tests and fuzz targets: what must never appear in the widget's
//! output (elements, event-handler and `style` attributes, URL attributes with a scheme
//! other than http, https or mailto), judged the way a browser reads it (entities decoded,
//! whitespace and control characters dropped from a URL before its scheme is read). Used by
//! `tests/ssr.rs` and the fuzzer's render check (server HTML, [`html_problems`]),
//! `tests/hostile.rs` (the live DOM, [`attribute_problem`]) and `tests/hostile_native.rs`
//! and the fuzzer's model checks ([`browser_scheme`], [`is_forbidden_char`]). Plain `std`,
//! so it builds for the host and for wasm alike; included with `#[path]`.
#![allow(dead_code)] // each includer uses its own part

/// Elements the widget never renders and no article may bring in.
pub const FORBIDDEN_ELEMENTS: &[&str] = &[
    "script", "iframe", "frame", "frameset", "object", "embed", "applet", "style", "link", "meta",
    "base", "form", "input", "textarea", "math", "template", "noscript", "svg",
];

/// Attributes holding a URL (or, for `srcset`, a list of them).
pub const URL_ATTRIBUTES: &[&str] = &[
    "href",
    "src",
    "srcset",
    "xlink:href",
    "action",
    "formaction",
    "poster",
    "background",
    "data",
];

/// The schemes a rendered URL may have (a URL without a scheme is relative, and fine).
pub const ALLOWED_SCHEMES: &[&str] = &["http", "https", "mailto"];

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

/// Whether a browser would follow `url` somewhere other than an allowed scheme.
pub fn is_unsafe_url(url: &str) -> bool {
    browser_scheme(url).is_some_and(|scheme| !ALLOWED_SCHEMES.contains(&scheme.as_str()))
}

/// The URLs of an attribute value: the candidates of a `srcset`, else the value itself.
pub fn urls_of(attribute: &str, value: &str) -> Vec<String> {
    if attribute == "srcset" {
        value
            .split(',')
            .map(|candidate| candidate.trim().split(' ').next().unwrap_or("").to_owned())
            .collect()
    } else {
        vec![value.to_owned()]
    }
}

/// What is wrong with attribute `name`=`value` (decoded) on element `tag`, if anything: an
/// event handler, inline style, or a URL a browser would run.
pub fn attribute_problem(tag: &str, name: &str, value: &str) -> Option<String> {
    let name = name.to_ascii_lowercase();
    let bad = name.starts_with("on")
        || name == "style"
        || (URL_ATTRIBUTES.contains(&name.as_str())
            && urls_of(&name, value).iter().any(|url| is_unsafe_url(url)));
    bad.then(|| format!("<{tag} {name}={value:?}>"))
}

/// Decodes the character references an HTML serialiser writes (`&amp;`, `&quot;`, `&lt;`,
/// `&gt;`, `&apos;`, `&#39;` and any numeric one), as the browser reads an attribute back.
/// A `&` that starts no reference stays. The model's own decoder of article text (with the
/// full named-entity table) is a different job and lives in `src/model`.
pub fn decode_entities(value: &str) -> String {
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

/// Everything that would make server-rendered HTML active, as messages (empty when it is
/// inert). The HTML is scanned tag by tag: every '<' must open a well-formed tag (text is
/// escaped, so a bare '<' means markup leaked through), no forbidden element, and every
/// attribute passes [`attribute_problem`]. Values must be double-quoted, as Yew writes them.
pub fn html_problems(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let bytes = html.as_bytes();
    let mut i = 0;
    while let Some(offset) = html[i..].find('<') {
        let start = i + offset;
        let rest = &html[start + 1..];
        if let Some(comment) = rest.strip_prefix("!--") {
            match comment.find("-->") {
                Some(end) => {
                    i = start + 4 + end + 3;
                    continue;
                }
                None => {
                    out.push(format!("unclosed comment at {start}"));
                    return out;
                }
            }
        }
        let closing = rest.starts_with('/');
        let name_start = start + 1 + usize::from(closing);
        let name_len = html[name_start..]
            .find(|c: char| !c.is_ascii_alphanumeric() && c != '-')
            .unwrap_or(0);
        if name_len == 0 {
            out.push(format!("bare '<' at {start}: {:?}", excerpt(html, start)));
            i = start + 1;
            continue;
        }
        let name = html[name_start..name_start + name_len].to_ascii_lowercase();
        if FORBIDDEN_ELEMENTS.contains(&name.as_str()) {
            out.push(format!("a <{name}> element: {:?}", excerpt(html, start)));
        }
        let mut j = name_start + name_len;
        loop {
            while j < bytes.len() && bytes[j].is_ascii_whitespace() {
                j += 1;
            }
            match bytes.get(j) {
                None => {
                    out.push(format!("unterminated tag at {start}"));
                    return out;
                }
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
            if attr_len == 0 {
                out.push(format!(
                    "malformed tag at {start}: {:?}",
                    excerpt(html, start)
                ));
                return out;
            }
            let attr = &html[j..j + attr_len];
            j += attr_len;
            let mut value = String::new();
            if bytes.get(j) == Some(&b'=') {
                if bytes.get(j + 1) != Some(&b'"') {
                    out.push(format!("unquoted attribute {attr} at {start}"));
                    return out;
                }
                let Some(end) = html[j + 2..].find('"') else {
                    out.push(format!("unterminated {attr} value at {start}"));
                    return out;
                };
                value = decode_entities(&html[j + 2..j + 2 + end]);
                j += 2 + end + 1;
            }
            out.extend(attribute_problem(&name, attr, &value));
        }
        i = j;
    }
    out
}

fn excerpt(html: &str, at: usize) -> &str {
    let mut end = (at + 120).min(html.len());
    while !html.is_char_boundary(end) {
        end -= 1;
    }
    &html[at..end]
}

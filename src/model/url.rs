//! URLs from article data are untrusted. Two rules, by what the URL is for: a link
//! ([`UrlKind::Link`]: `href`s, the canonical URL, author, source, person and related-story
//! pages) may be http, https, mailto or relative; an image ([`UrlKind::Image`]: `src`, `srcset`, logos) only http, https or
//! relative. `javascript:`, `data:`, `vbscript:`, every other scheme and anything obfuscated
//! are rejected at parse time, so components can put a [`SafeUrl`] into `href`/`src` as is.
//!
//! The checks mirror how browsers read a URL rather than how it looks: browsers drop tabs and
//! newlines anywhere and ignore case in schemes, and a URL that passes through an HTML
//! template may have its character references (`&#106;`, `&colon;`) decoded, so the scheme
//! is judged after all of those transformations. A string is rejected when any of these
//! readings yields a scheme the rule does not allow.

use std::fmt;

pub use super::limits::{MAX_SRCSET_CANDIDATES, MAX_URL_LEN};

/// What a URL is used for, which decides the schemes it may have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrlKind {
    /// Followed by the reader: http, https, mailto or relative.
    Link,
    /// Loaded by the browser: http, https or relative.
    Image,
}

impl UrlKind {
    /// What a URL of this kind must be, worded to follow "expected".
    pub fn expected(self) -> &'static str {
        match self {
            UrlKind::Link => "an http(s), mailto or relative URL",
            UrlKind::Image => "an http(s) or relative URL",
        }
    }

    fn allows(self, scheme: &str) -> bool {
        scheme == "http" || scheme == "https" || (self == UrlKind::Link && scheme == "mailto")
    }
}

/// Why a string is not an acceptable URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UrlProblem {
    Empty,
    /// Longer than [`MAX_URL_LEN`] bytes.
    TooLong,
    /// A scheme the rule does not allow, lower-cased (cut to 20 characters).
    Scheme(String),
    /// A disallowed scheme spelt with character references or percent-escapes.
    HiddenScheme(String),
    /// A tab, newline or other control character inside the URL.
    ControlCharacter,
    /// A Unicode direction control (U+200E/F, U+061C, U+202A–E, U+2066–9): it can make a
    /// URL display as a different one where it is shown, such as a copied citation.
    DirectionControl,
    /// `https:example.com`: an http(s) URL without `//` and a host.
    NoSlashes,
    NoHost,
    SpaceInHost,
    /// A mailto URL without a well-formed address, or with a script scheme inside.
    BadMailto,
}

impl UrlProblem {
    /// Whether the message "expected an http(s) URL, got ..." says it all: a plainly
    /// written disallowed scheme needs no further explanation.
    pub fn is_plain_scheme(&self) -> bool {
        matches!(self, UrlProblem::Scheme(_))
    }
}

impl fmt::Display for UrlProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UrlProblem::Empty => f.write_str("the URL is empty"),
            UrlProblem::TooLong => write!(f, "the URL is longer than {MAX_URL_LEN} bytes"),
            UrlProblem::Scheme(scheme) => write!(f, "\"{scheme}:\" URLs are not allowed"),
            UrlProblem::HiddenScheme(scheme) => {
                write!(f, "a \"{scheme}:\" URL written with escapes")
            }
            UrlProblem::ControlCharacter => {
                f.write_str("the URL contains a control character (tab, newline, ...)")
            }
            UrlProblem::DirectionControl => f.write_str(
                "the URL contains a Unicode direction control, which can disguise where it points",
            ),
            UrlProblem::NoSlashes => {
                f.write_str("an http(s) URL must continue with \"//\" and a host")
            }
            UrlProblem::NoHost => f.write_str("the URL has no host"),
            UrlProblem::SpaceInHost => f.write_str("the host contains a space"),
            UrlProblem::BadMailto => {
                f.write_str("a mailto link needs addresses like name@example.com")
            }
        }
    }
}

/// "expected an http(s) or relative URL, got "x"" plus the reason where the scheme alone
/// does not explain it: the wording of URL errors everywhere, `path: ` aside.
pub(crate) fn describe(kind: UrlKind, value: &str, problem: &UrlProblem) -> String {
    let mut out = format!("expected {}, got {}", kind.expected(), quoted(value));
    if !problem.is_plain_scheme() {
        out.push_str(&format!(" ({problem})"));
    }
    out
}

/// A URL that is safe to place in `href` (and, if parsed as an image, in `src`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SafeUrl(String);

impl SafeUrl {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Validates `input` by the stricter image rule (http, https or relative), which is safe
    /// wherever a URL goes. Surrounding whitespace is trimmed.
    pub fn parse(input: &str) -> Result<SafeUrl, UrlProblem> {
        SafeUrl::parse_as(input, UrlKind::Image)
    }

    /// Validates `input` as a link: http, https, mailto or relative.
    pub fn parse_link(input: &str) -> Result<SafeUrl, UrlProblem> {
        SafeUrl::parse_as(input, UrlKind::Link)
    }

    /// Validates `input` by the rule of `kind` (surrounding whitespace is trimmed).
    pub fn parse_as(input: &str, kind: UrlKind) -> Result<SafeUrl, UrlProblem> {
        let url = input.trim_matches(|c: char| c.is_whitespace() || c.is_control());
        if url.is_empty() {
            return Err(UrlProblem::Empty);
        }
        if url.len() > MAX_URL_LEN {
            return Err(UrlProblem::TooLong);
        }

        // What the browser's URL parser sees: tabs and newlines removed, scheme case-folded.
        let compact = compact(url);
        let scheme = scheme_of(&compact);

        // What an HTML template would turn it into: character references and percent
        // escapes decoded (repeatedly, for double encoding) in the part before the first '/'.
        let head = compact.split('/').next().unwrap_or("");
        let decoded = (head.contains('&') || head.contains('%')).then(|| decode_all(head));
        let hidden = decoded.as_deref().and_then(scheme_of);
        if let Some(hidden) = hidden.filter(|hidden| !kind.allows(hidden)) {
            // "%6Aavascript:" has a visible scheme too, but the hidden one is the message.
            if scheme != Some(hidden) {
                return Err(UrlProblem::HiddenScheme(cut(hidden)));
            }
        }
        if let Some(scheme) = scheme.filter(|scheme| !kind.allows(scheme)) {
            return Err(UrlProblem::Scheme(cut(scheme)));
        }

        if url.chars().any(|c| c.is_control()) {
            return Err(UrlProblem::ControlCharacter);
        }
        if url.chars().any(is_direction_control) {
            return Err(UrlProblem::DirectionControl);
        }
        if scheme == Some("mailto") {
            let address = url.split_once(':').map_or("", |(_, rest)| rest);
            if !is_mailto(address) || mentions_script(&decode_all(&compact)) {
                return Err(UrlProblem::BadMailto);
            }
        } else if scheme.is_some() || url.starts_with("//") {
            // Absolute or protocol-relative http(s): there must be a host.
            let after_scheme = url
                .split_once(':')
                .filter(|_| scheme.is_some())
                .map_or(url, |(_, rest)| rest);
            let Some(authority) = after_scheme.strip_prefix("//") else {
                return Err(UrlProblem::NoSlashes);
            };
            let host = authority.split(['/', '?', '#']).next().unwrap_or("");
            if host.is_empty() {
                return Err(UrlProblem::NoHost);
            }
            if host.chars().any(char::is_whitespace) {
                return Err(UrlProblem::SpaceInHost);
            }
        }
        Ok(SafeUrl(url.to_string()))
    }

    /// Whether this is an absolute http(s) URL (not relative, protocol-relative or mailto).
    pub fn is_absolute(&self) -> bool {
        matches!(
            scheme_of(&self.0.to_ascii_lowercase()),
            Some("http" | "https")
        )
    }

    /// Whether this is a mailto link.
    pub fn is_mailto(&self) -> bool {
        scheme_of(&self.0.to_ascii_lowercase()) == Some("mailto")
    }
}

impl fmt::Display for SafeUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A `:` before any of `/ ? #` ends a scheme (a relative path cannot contain one there).
fn is_direction_control(c: char) -> bool {
    matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

fn scheme_of(url: &str) -> Option<&str> {
    let end = url.find([':', '/', '?', '#'])?;
    (url.as_bytes()[end] == b':').then(|| &url[..end])
}

fn cut(scheme: &str) -> String {
    scheme.chars().take(20).collect()
}

/// Whitespace and control characters removed, ASCII lower-cased.
fn compact(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// Character references and percent escapes decoded until nothing changes (three rounds
/// cover double and triple encoding), compacted after each round.
fn decode_all(text: &str) -> String {
    let mut decoded = text.to_string();
    for _ in 0..3 {
        let next = compact(&decode_percent(&decode_entities(&decoded)));
        if next == decoded {
            break;
        }
        decoded = next;
    }
    decoded
}

/// The part of a mailto URL after "mailto:": one or more comma-separated addresses, then an
/// optional `?query` without spaces, quotes or angle brackets.
fn is_mailto(rest: &str) -> bool {
    let (addresses, query) = match rest.split_once('?') {
        Some((addresses, query)) => (addresses, Some(query)),
        None => (rest, None),
    };
    let query_ok = query.is_none_or(|query| {
        query
            .chars()
            .all(|c| !c.is_whitespace() && !c.is_control() && !matches!(c, '<' | '>' | '"' | '`'))
    });
    !addresses.is_empty() && addresses.split(',').all(is_address) && query_ok
}

/// `local@domain`: an RFC 5322 dot-atom local part (without '/', which no real address uses
/// and which would make "mailto://host" look like a URL) and dot-separated domain labels,
/// both allowing non-ASCII letters and digits for internationalised addresses.
fn is_address(address: &str) -> bool {
    let Some((local, domain)) = address.split_once('@') else {
        return false;
    };
    let local_ok = local.chars().all(|c| {
        c.is_ascii_alphanumeric()
            || "!#$%&'*+=^_`{|}~.-".contains(c)
            || (!c.is_ascii() && super::chars::is_alphanumeric(c))
    });
    let label_ok = |label: &str| {
        !label.is_empty()
            && label.chars().all(|c| {
                c.is_ascii_alphanumeric()
                    || c == '-'
                    || (!c.is_ascii() && super::chars::is_alphanumeric(c))
            })
    };
    !local.is_empty() && local_ok && domain.split('.').all(label_ok)
}

/// A mailto URL has no business containing another script scheme anywhere, even in its
/// subject or body; refusing it costs nothing and keeps the rule simple to state.
fn mentions_script(decoded: &str) -> bool {
    decoded.contains("javascript:") || decoded.contains("vbscript:")
}

/// Decodes the character references that could spell out a scheme: numeric ones (with or
/// without the closing ';', as browsers accept) and the named ones for `: / ? # & %` and
/// whitespace. Others are left as they are.
fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let (decoded, used) = entity_at(rest);
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[used..];
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

/// `text` starts with '&'; returns the decoded character and the bytes it spans.
fn entity_at(text: &str) -> (Option<char>, usize) {
    let bytes = text.as_bytes();
    if bytes.get(1) == Some(&b'#') {
        let (radix, start) = match bytes.get(2) {
            Some(b'x' | b'X') => (16, 3),
            _ => (10, 2),
        };
        let mut end = start;
        while end < bytes.len() && (bytes[end] as char).is_digit(radix) {
            end += 1;
        }
        if end == start {
            return (None, 0);
        }
        // Leading zeros are legal ("&#0000106"), so trim them before the size check.
        let digits = text[start..end].trim_start_matches('0');
        let code = if digits.is_empty() {
            Some(0)
        } else if digits.len() > 8 {
            None
        } else {
            u32::from_str_radix(digits, radix).ok()
        };
        let used = if bytes.get(end) == Some(&b';') {
            end + 1
        } else {
            end
        };
        let decoded = code.map(|code| char::from_u32(code).unwrap_or('\u{fffd}'));
        return (Some(decoded.unwrap_or('\u{fffd}')), used);
    }
    const NAMED: [(&str, char); 10] = [
        ("colon", ':'),
        ("sol", '/'),
        ("quest", '?'),
        ("num", '#'),
        ("amp", '&'),
        ("percnt", '%'),
        ("tab", '\t'),
        ("newline", '\n'),
        ("nbsp", '\u{a0}'),
        ("period", '.'),
    ];
    let name_end = text[1..]
        .find(|c: char| !c.is_ascii_alphanumeric())
        .map_or(text.len(), |i| i + 1);
    let name = text[1..name_end].to_ascii_lowercase();
    match NAMED.iter().find(|(entity, _)| *entity == name) {
        Some(&(_, c)) => {
            let used = if bytes.get(name_end) == Some(&b';') {
                name_end + 1
            } else {
                name_end
            };
            (Some(c), used)
        }
        None => (None, 0),
    }
}

fn decode_percent(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes.get(i + 1..i + 3).and_then(|pair| {
            let pair = std::str::from_utf8(pair).ok()?;
            u8::from_str_radix(pair, 16).ok()
        });
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Validates a `srcset` attribute value ("a.jpg 480w, b.jpg 960w" or "a.jpg, b.jpg 2x") and
/// returns it normalised: candidates joined by ", ", each URL checked like [`SafeUrl`].
/// Follows the HTML parsing rules, so URLs may contain commas (but not end with one).
pub fn parse_srcset(input: &str) -> Result<String, String> {
    let mut candidates: Vec<String> = Vec::new();
    let (mut widths, mut densities, mut defaults) = (false, false, false);
    let mut rest = input;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == ',');
        if rest.is_empty() {
            break;
        }
        let url_end = rest
            .find(|c: char| c.is_ascii_whitespace())
            .unwrap_or(rest.len());
        let mut url = &rest[..url_end];
        rest = &rest[url_end..];
        let mut descriptor = "";
        if url.ends_with(',') {
            url = url.trim_end_matches(',');
        } else {
            let end = rest.find(',').unwrap_or(rest.len());
            descriptor = rest[..end].trim();
            rest = &rest[end..];
        }
        if candidates.len() == MAX_SRCSET_CANDIDATES {
            return Err(format!(
                "more than {MAX_SRCSET_CANDIDATES} image candidates"
            ));
        }
        let safe = SafeUrl::parse(url)
            .map_err(|problem| format!("{}: {}", quoted(url), describe_bare(&problem)))?;
        let normalized = match descriptor_kind(descriptor) {
            Some(Descriptor::Width) => {
                widths = true;
                format!("{} {descriptor}", safe.as_str())
            }
            Some(Descriptor::Density) => {
                densities = true;
                format!("{} {descriptor}", safe.as_str())
            }
            Some(Descriptor::Default) => {
                defaults = true;
                safe.as_str().to_string()
            }
            None => {
                return Err(format!(
                    "{}: the descriptor {} is not a width like \"480w\" or a density like \"2x\"",
                    quoted(url),
                    quoted(descriptor)
                ))
            }
        };
        candidates.push(normalized);
    }
    if candidates.is_empty() {
        return Err("the srcset has no image candidates".into());
    }
    if widths && densities {
        return Err("the srcset mixes width (w) and density (x) descriptors".into());
    }
    if widths && defaults {
        return Err("every candidate needs a width descriptor when one has it".into());
    }
    Ok(candidates.join(", "))
}

enum Descriptor {
    Default,
    Width,
    Density,
}

fn descriptor_kind(descriptor: &str) -> Option<Descriptor> {
    if descriptor.is_empty() {
        return Some(Descriptor::Default);
    }
    if let Some(number) = descriptor.strip_suffix('w') {
        let ok = !number.is_empty()
            && number.len() <= 6
            && number.bytes().all(|b| b.is_ascii_digit())
            && number.bytes().any(|b| b != b'0');
        return ok.then_some(Descriptor::Width);
    }
    if let Some(number) = descriptor.strip_suffix('x') {
        let ok = number.len() <= 8
            && number.bytes().all(|b| b.is_ascii_digit() || b == b'.')
            && super::number::parse_decimal(number).is_some_and(|x| x > 0.0 && x.is_finite());
        return ok.then_some(Descriptor::Density);
    }
    None
}

/// The reason alone, for messages that already quote the URL.
fn describe_bare(problem: &UrlProblem) -> String {
    if problem.is_plain_scheme() {
        format!("expected {}", UrlKind::Image.expected())
    } else {
        format!("expected {} ({problem})", UrlKind::Image.expected())
    }
}

/// `text` in double quotes, cut to about 60 characters, for messages.
pub(crate) fn quoted(text: &str) -> String {
    quote(&excerpt(text))
}

/// `text` in double quotes as Rust's `{:?}` writes it for text a publisher types: `"` and
/// `\` escaped, `\n`, `\r`, `\t`, `\0`, and characters that do not show (controls,
/// spaces other than U+0020, zero-width, direction and other format characters, variation
/// selectors, noncharacters) as `\u{hex}`. Unlike `{:?}` it leaves combining marks,
/// private-use and unassigned characters as they are: `{:?}` decides those with core's
/// Unicode printability tables, which only this quoting pulled into the wasm bundle.
pub(crate) fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\0' => out.push_str("\\0"),
            c if is_invisible(c) => {
                out.push_str("\\u{");
                let code = u32::from(c);
                // Lowercase hex without leading zeros, as `{:?}` writes it.
                let digits = (32 - (code | 1).leading_zeros()).div_ceil(4);
                for shift in (0..digits).rev() {
                    let digit = (code >> (shift * 4)) & 0xf;
                    out.push(char::from_digit(digit, 16).unwrap_or('0'));
                }
                out.push('}');
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Characters that show as nothing (or as a plain space) and so are spelled out in quotes.
fn is_invisible(c: char) -> bool {
    (c.is_control() || c.is_whitespace() && c != ' ')
        || matches!(
            c,
            '\u{ad}'
                | '\u{34f}'
                | '\u{61c}'
                | '\u{17b4}'
                | '\u{17b5}'
                | '\u{180b}'..='\u{180f}'
                | '\u{200b}'..='\u{200f}'
                | '\u{202a}'..='\u{202e}'
                | '\u{2060}'..='\u{206f}'
                | '\u{fe00}'..='\u{fe0f}'
                | '\u{feff}'
                | '\u{fff0}'..='\u{fffb}'
                | '\u{fffe}'
                | '\u{ffff}'
        )
}

/// The first 60 characters of `text`, with "…" when cut: what errors keep of a value, so
/// a megabyte-long string is not copied into every message.
pub(crate) fn excerpt(text: &str) -> String {
    const MAX: usize = 60;
    let mut shown: String = text.chars().take(MAX).collect();
    if text.chars().nth(MAX).is_some() {
        shown.push('…');
    }
    shown
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(url: &str, kind: UrlKind) -> String {
        match SafeUrl::parse_as(url, kind) {
            Ok(safe) => safe.as_str().to_string(),
            Err(problem) => panic!("{url:?} rejected as {kind:?}: {problem}"),
        }
    }

    fn rejected(url: &str, kind: UrlKind) -> UrlProblem {
        match SafeUrl::parse_as(url, kind) {
            Ok(safe) => panic!("{url:?} accepted as {kind:?}: {safe:?}"),
            Err(problem) => problem,
        }
    }

    #[test]
    fn accepts_http_and_relative_for_both_kinds() {
        for url in [
            "https://example.com",
            "http://example.com/a?b=c#d",
            "HTTPS://EXAMPLE.COM/X",
            "https://user@example.com:8080/p",
            "//cdn.example.com/img.jpg",
            "/a",
            "a/b",
            "./x",
            "../up",
            "?q=1&r=2",
            "#frag",
            "static/images/lead.svg",
            "/path/with:colon",
            "?next=javascript:alert(1)",
            "#javascript:alert(1)",
            "https://example.com/a,b.jpg",
            "https://例子.测试/路径",
            "/a b.jpg",
        ] {
            assert_eq!(ok(url, UrlKind::Image), url);
            assert_eq!(ok(url, UrlKind::Link), url);
        }
        assert_eq!(
            ok("  https://example.com/\n", UrlKind::Image),
            "https://example.com/"
        );
        assert!(SafeUrl::parse("https://e.com").unwrap().is_absolute());
        assert!(!SafeUrl::parse("//e.com").unwrap().is_absolute());
        assert!(!SafeUrl::parse("/a").unwrap().is_absolute());
    }

    #[test]
    fn mailto_only_for_links_and_only_with_addresses() {
        for url in [
            "mailto:desk@example.com",
            "MAILTO:Desk@Example.COM",
            "mailto:a@example.com,b.c+tag@sub.example.org",
            "mailto:tips@example.com?subject=Tip%20off&body=Hello",
            "mailto:o'brien@example.ie",
            "mailto:用户@例子.广告",
        ] {
            let safe = SafeUrl::parse_link(url).unwrap_or_else(|p| panic!("{url}: {p}"));
            assert!(safe.is_mailto() && !safe.is_absolute(), "{url}");
            assert_eq!(
                rejected(url, UrlKind::Image),
                UrlProblem::Scheme("mailto".into())
            );
        }
        for url in [
            "mailto:",
            "mailto:desk",
            "mailto:@example.com",
            "mailto:desk@",
            "mailto:desk@example..com",
            "mailto:desk@example.com,",
            "mailto:a b@example.com",
            "mailto:desk@example.com?subject=a b",
            "mailto:desk@example.com?body=<script>",
            "mailto:javascript:alert(1)",
            "mailto:x@javascript:alert(1)",
            "mailto:desk@example.com?body=javascript:alert(1)",
            "mailto:desk@example.com?body=JavaScript%3Aalert(1)",
            "mailto:desk@example.com?body=vbscript&colon;x",
            "mailto://desk@example.com",
            "mailto:?to=desk@example.com",
        ] {
            assert_eq!(rejected(url, UrlKind::Link), UrlProblem::BadMailto, "{url}");
        }
        // Surrounding control characters are trimmed; inside they are reported as such.
        assert_eq!(ok("mailto:a@b.c\u{7}", UrlKind::Link), "mailto:a@b.c");
        assert_eq!(
            rejected("mailto:a@b\u{7}.c", UrlKind::Link),
            UrlProblem::ControlCharacter
        );
    }

    #[test]
    fn rejects_other_schemes_however_written() {
        for kind in [UrlKind::Link, UrlKind::Image] {
            for (url, scheme) in [
                ("javascript:alert(1)", "javascript"),
                ("JAVASCRIPT:alert(1)", "javascript"),
                (" javascript:alert(1)", "javascript"),
                ("\u{1}javascript:alert(1)", "javascript"),
                ("java\nscript:alert(1)", "javascript"),
                ("java\tscript:alert(1)", "javascript"),
                ("java\rscript:alert(1)", "javascript"),
                ("data:text/html,<script>alert(1)</script>", "data"),
                ("DATA:image/svg+xml;base64,PHN2Zz4=", "data"),
                ("vbscript:msgbox(1)", "vbscript"),
                ("ftp://example.com", "ftp"),
                ("file:///etc/passwd", "file"),
                ("blob:https://example.com/x", "blob"),
                ("a:b", "a"),
            ] {
                assert_eq!(
                    rejected(url, kind),
                    UrlProblem::Scheme(scheme.into()),
                    "{url:?}"
                );
            }
            for url in [
                "jav&#x09;ascript:alert(1)",
                "&#106;avascript:alert(1)",
                "&#0000106avascript:alert(1)",
                "&#x6A;avascript&#x3A;alert(1)",
                "javascript&colon;alert(1)",
                "javascript&#58;alert(1)",
                "javascript&amp;colon;alert(1)",
                "%6Aavascript:alert(1)",
                "javascript%3Aalert(1)",
                "javascript%253Aalert(1)",
            ] {
                assert_eq!(
                    rejected(url, kind),
                    UrlProblem::HiddenScheme("javascript".into()),
                    "{url:?}"
                );
            }
        }
        let long = format!("{}:x", "s".repeat(40));
        assert_eq!(
            rejected(&long, UrlKind::Link),
            UrlProblem::Scheme("s".repeat(20))
        );
    }

    #[test]
    fn messages() {
        let message = |url: &str, kind| describe(kind, url, &rejected(url, kind));
        assert_eq!(
            message("javascript:alert(1)", UrlKind::Image),
            "expected an http(s) or relative URL, got \"javascript:alert(1)\""
        );
        assert_eq!(
            message("JavaScript:x", UrlKind::Link),
            "expected an http(s), mailto or relative URL, got \"JavaScript:x\""
        );
        assert_eq!(
            message("&#106;avascript:alert(1)", UrlKind::Link),
            "expected an http(s), mailto or relative URL, got \"&#106;avascript:alert(1)\" (a \"javascript:\" URL written with escapes)"
        );
        assert_eq!(
            message("mailto:nobody", UrlKind::Link),
            "expected an http(s), mailto or relative URL, got \"mailto:nobody\" (a mailto link needs addresses like name@example.com)"
        );
        assert_eq!(
            message("https://", UrlKind::Image),
            "expected an http(s) or relative URL, got \"https://\" (the URL has no host)"
        );
        assert_eq!(
            UrlProblem::Scheme("data".into()).to_string(),
            "\"data:\" URLs are not allowed"
        );
    }

    #[test]
    fn rejects_malformed() {
        let image = |url: &str| rejected(url, UrlKind::Image);
        assert_eq!(image(""), UrlProblem::Empty);
        assert_eq!(image(" \t "), UrlProblem::Empty);
        assert_eq!(
            image(&format!("/{}", "a".repeat(MAX_URL_LEN))),
            UrlProblem::TooLong
        );
        assert!(SafeUrl::parse(&format!("/{}", "a".repeat(MAX_URL_LEN - 1))).is_ok());
        assert_eq!(image("https:example.com"), UrlProblem::NoSlashes);
        assert_eq!(image("https://"), UrlProblem::NoHost);
        assert_eq!(image("//"), UrlProblem::NoHost);
        assert_eq!(image("https:///x"), UrlProblem::NoHost);
        assert_eq!(image("https://a b.com/"), UrlProblem::SpaceInHost);
        assert_eq!(image("/a\nb"), UrlProblem::ControlCharacter);
        assert_eq!(
            UrlProblem::ControlCharacter.to_string(),
            "the URL contains a control character (tab, newline, ...)"
        );
        // "https://news.example/moc.evil" would display as pointing somewhere else.
        for control in ['\u{202e}', '\u{2066}', '\u{2069}', '\u{200f}', '\u{061c}'] {
            let url = format!("https://news.example/{control}moc.live");
            assert_eq!(image(&url), UrlProblem::DirectionControl, "{url:?}");
            assert_eq!(
                SafeUrl::parse(&url).unwrap_err(),
                UrlProblem::DirectionControl
            );
        }
        // Right-to-left text itself is fine in a path.
        assert!(SafeUrl::parse("https://news.example/\u{0645}\u{0642}\u{0627}\u{0644}").is_ok());
    }

    #[test]
    fn srcset() {
        assert_eq!(
            parse_srcset("a.jpg 480w,b.jpg  960w").unwrap(),
            "a.jpg 480w, b.jpg 960w"
        );
        assert_eq!(
            parse_srcset(" a.jpg, b.jpg 2x ,c.jpg 1.5x").unwrap(),
            "a.jpg, b.jpg 2x, c.jpg 1.5x"
        );
        assert_eq!(
            parse_srcset("https://e.com/w_480,h_320/a.jpg 480w").unwrap(),
            "https://e.com/w_480,h_320/a.jpg 480w"
        );
        assert_eq!(parse_srcset("a.jpg,, b.jpg 2x").unwrap(), "a.jpg, b.jpg 2x");
        assert_eq!(
            parse_srcset("").unwrap_err(),
            "the srcset has no image candidates"
        );
        assert_eq!(
            parse_srcset("a.jpg 480w, b.jpg 2x").unwrap_err(),
            "the srcset mixes width (w) and density (x) descriptors"
        );
        assert_eq!(
            parse_srcset("javascript:alert(1) 1x").unwrap_err(),
            "\"javascript:alert(1)\": expected an http(s) or relative URL"
        );
        assert_eq!(
            parse_srcset("mailto:a@b.c 1x").unwrap_err(),
            "\"mailto:a@b.c\": expected an http(s) or relative URL"
        );
        assert_eq!(
            parse_srcset("%6Aavascript:x 1x").unwrap_err(),
            "\"%6Aavascript:x\": expected an http(s) or relative URL (a \"javascript:\" URL written with escapes)"
        );
        assert!(parse_srcset("a.jpg 0w").is_err());
        assert!(parse_srcset("a.jpg -1x").is_err());
        assert!(parse_srcset("a.jpg 480w 2x").is_err());
        assert!(parse_srcset("a.jpg big").is_err());
        assert!(parse_srcset("a.jpg 480w, b.jpg").is_err());
        let many = vec!["a.jpg 1x"; MAX_SRCSET_CANDIDATES + 1].join(", ");
        assert!(parse_srcset(&many).is_err());
    }

    #[test]
    fn quoted_truncates() {
        assert_eq!(quoted("abc"), "\"abc\"");
        let long = "x".repeat(100);
        assert_eq!(quoted(&long), format!("\"{}…\"", "x".repeat(60)));
        assert_eq!(excerpt(&long), format!("{}…", "x".repeat(60)));
        assert_eq!(format!("{:?}", excerpt(&long)), quoted(&long));
    }

    #[test]
    fn quote_writes_what_debug_writes_for_what_shows_nothing() {
        for text in [
            "plain",
            "say \"hi\" \\ 'x'",
            "a\nb\rc\td\0e\u{1}\u{7f}\u{85}",
            "café 日本 🙂",
            "zero\u{200b}width\u{feff}",
            "bidi\u{202e}\u{2066}\u{200f}",
            "nbsp\u{a0}\u{2009}\u{3000}\u{2028}",
            "soft\u{ad}hyphen\u{fe0f}",
        ] {
            assert_eq!(quote(text), format!("{text:?}"));
        }
        // Any other difference is a character `{:?}` escapes and `quote` shows as is, and
        // never one that is blank or a control.
        for c in (0..=0x2ffff).filter_map(char::from_u32) {
            let text = c.to_string();
            let ours = quote(&text);
            if ours != format!("{text:?}") {
                assert_eq!(ours, format!("\"{c}\""), "U+{:04X}", u32::from(c));
                assert!(!c.is_whitespace() && !c.is_control() && !is_invisible(c));
            }
        }
    }
}

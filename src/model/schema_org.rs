//! schema.org NewsArticle / Article / ReportageNewsArticle JSON-LD, as publishers already
//! embed it for search engines. schema.org is loose (most properties take a string, an
//! object or an array of either), so this reader accepts every shape schema.org allows and
//! quietly ignores the ones it cannot use (a `description` given as a TextObject). Beyond
//! that it follows the rules of the native format: a missing headline, no article node and
//! exceeded limits are fatal; an unsafe URL, an unreadable date, an invalid language tag or
//! a value of a type schema.org does not allow there (a number for an author) drops that
//! value with a warning. Paths in messages are relative to the article node
//! (`author[1].url`), or name the node type for nodes beside it (`BreadcrumbList...`).

use std::collections::{BTreeMap, BTreeSet};

use super::broadsheet_v1::{
    bad_value, check_count, check_length, child, item, timestamp, url as checked_url, wrong_type,
    MAX_AUTHORS, MAX_BODY_BLOCKS, MAX_BREADCRUMB, MAX_IMAGE_SIDE, MAX_TAGS,
};
use super::json::Json;
use super::report::Report;
use super::text::{clean, decode_html_entities, is_language_tag, is_rtl_language};
use super::url::{quoted, UrlKind};
use super::{
    Article, Author, Block, Crumb, Editor, Figure, Image, Inline, ModelError, QuotesMode, SafeUrl,
    Source, TextDirection,
};

/// Article types recognised, most common first (all are schema.org subtypes of Article).
const ARTICLE_TYPES: [&str; 17] = [
    "NewsArticle",
    "Article",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "AskPublicNewsArticle",
    "SatiricalArticle",
    "BlogPosting",
    "LiveBlogPosting",
    "SocialMediaPosting",
    "TechArticle",
    "ScholarlyArticle",
    "Report",
    "AdvertiserContentArticle",
    "DiscussionForumPosting",
];

pub(crate) fn article(value: &Json, report: &mut Report) -> Option<Article> {
    let graph = Graph::new(value);
    let Some(node) = graph
        .nodes
        .iter()
        .copied()
        .find(|node| has_type(node, &ARTICLE_TYPES))
    else {
        report.fatal(ModelError::NoArticle);
        return None;
    };
    graph.article(node, report)
}

/// All top-level nodes (the value itself, array elements, `@graph` members) and an index of
/// them by `@id`, so references like `"author": {"@id": "#jane"}` can be followed.
struct Graph<'a> {
    nodes: Vec<&'a Json>,
    by_id: BTreeMap<&'a str, &'a Json>,
}

impl<'a> Graph<'a> {
    fn new(value: &'a Json) -> Self {
        fn collect<'a>(value: &'a Json, nodes: &mut Vec<&'a Json>, depth: usize) {
            match value {
                Json::Array(items) if depth < 3 => {
                    for item in items {
                        collect(item, nodes, depth + 1);
                    }
                }
                Json::Object(_) => {
                    nodes.push(value);
                    if let Some(graph) = value.get("@graph").filter(|_| depth < 3) {
                        collect(graph, nodes, depth + 1);
                    }
                }
                _ => {}
            }
        }
        let mut nodes = Vec::new();
        collect(value, &mut nodes, 0);
        let mut by_id = BTreeMap::new();
        for node in &nodes {
            if let Some(id) = node.get("@id").and_then(Json::as_str) {
                if !is_reference(node) {
                    by_id.entry(id).or_insert(*node);
                }
            }
        }
        Graph { nodes, by_id }
    }

    /// Follows a bare `{"@id": ...}` reference to the node it names, once.
    fn resolve(&self, value: &'a Json) -> &'a Json {
        if is_reference(value) {
            if let Some(target) = value
                .get("@id")
                .and_then(Json::as_str)
                .and_then(|id| self.by_id.get(id))
            {
                return target;
            }
        }
        value
    }

    /// A property that may hold one value or an array of them, references resolved, each
    /// with its path: `key` for a single value, `key[i]` in an array.
    fn many(&self, node: &'a Json, key: &str, base: &str) -> Vec<(String, &'a Json)> {
        let path = child(base, key);
        match node.get(key) {
            Some(Json::Array(items)) => items
                .iter()
                .enumerate()
                .filter(|(_, value)| !value.is_null())
                .map(|(i, value)| (item(&path, i), self.resolve(value)))
                .collect(),
            Some(Json::Null) | None => Vec::new(),
            Some(value) => vec![(path, self.resolve(value))],
        }
    }

    fn article(&self, node: &'a Json, r: &mut Report) -> Option<Article> {
        let headline = first_text(node, "headline", r).or_else(|| first_text(node, "name", r));
        if headline.is_none() {
            r.fatal(ModelError::Missing {
                path: "headline".into(),
                hint: Some("schema.org NewsArticle: headline or name"),
            });
        }
        let lang = self.language(node, r);
        let dir = if is_rtl_language(&lang) {
            TextDirection::Rtl
        } else {
            TextDirection::Ltr
        };

        let mut body = Vec::new();
        // The first usable image is the lead; the alternatives after it are not needed,
        // so they are not checked either.
        for (path, value) in self.many(node, "image", "") {
            if let Some(figure) = self.figure(value, &path, r) {
                body.push(Block::Figure(figure));
                break;
            }
        }
        match node.get("articleBody") {
            Some(Json::String(text)) => self.body(text, &mut body, r),
            Some(Json::Null) | None => {}
            Some(other) => r.warn(wrong_type("articleBody", "text", other)),
        }

        let breadcrumb = self.breadcrumb(node, r);
        let authors = self.authors(node, r);
        let editor = self
            .many(node, "editor", "")
            .into_iter()
            .find_map(|(path, value)| self.name_of(value, &path, r))
            .map(|name| Editor { name, lang: None });
        let source = self.source(node, r);
        let canonical_url = self.canonical_url(node, r);
        let standfirst = first_text(node, "alternativeHeadline", r)
            .or_else(|| first_text(node, "description", r));
        let published = node
            .get("datePublished")
            .filter(|value| !value.is_null())
            .and_then(|value| timestamp(value, "datePublished", r));
        let updated = node
            .get("dateModified")
            .filter(|value| !value.is_null())
            .and_then(|value| timestamp(value, "dateModified", r));
        let dateline = first_text(node, "dateline", r);
        let tags = self.keywords(node, r);

        Some(Article {
            id: self.identifier(node, r),
            lang,
            dir,
            canonical_url,
            breadcrumb,
            headline: headline?,
            standfirst,
            source,
            published,
            updated,
            dateline,
            authors,
            byline: None,
            editor,
            tags,
            body,
            related: Vec::new(),
            people: Vec::new(),
            quotes: QuotesMode::Auto,
            carousel: Default::default(),
        })
    }

    /// `identifier` (a string, number or PropertyValue `value`), else the node's `@id`.
    /// Not shown, so shapes it cannot use are skipped quietly; the text limit still holds.
    fn identifier(&self, node: &'a Json, r: &mut Report) -> Option<String> {
        let raw = match node.get("identifier").map(|value| self.resolve(value)) {
            Some(Json::String(id)) => Some(id.clone()),
            Some(Json::Number(n)) => super::broadsheet_v1::plain_decimal(*n),
            Some(value @ Json::Object(_)) => value
                .get("value")
                .and_then(Json::as_str)
                .map(str::to_string),
            _ => None,
        }
        .or_else(|| node.get("@id").and_then(Json::as_str).map(str::to_string))?;
        r.take(check_length(&raw, "identifier"))?;
        Some(clean(&raw)).filter(|id| !id.is_empty())
    }

    /// `inLanguage`: a tag or a Language object with `alternateName`; the first valid one
    /// wins, invalid tags before it are reported, the default is "en".
    fn language(&self, node: &'a Json, r: &mut Report) -> String {
        for (path, value) in self.many(node, "inLanguage", "") {
            let (tag, path) = match value {
                Json::String(tag) => (tag.as_str(), path),
                Json::Object(_) => match value.get("alternateName") {
                    Some(Json::String(tag)) => (tag.as_str(), child(&path, "alternateName")),
                    _ => continue,
                },
                other => {
                    r.warn(wrong_type(&path, "a language tag or a Language", other));
                    continue;
                }
            };
            if is_language_tag(tag) {
                return tag.to_string();
            }
            r.warn(bad_value(
                &path,
                format!(
                    "expected a language tag like \"en\" or \"zh-Hant\", got {}",
                    quoted(tag)
                ),
            ));
        }
        "en".to_string()
    }

    /// `articleBody` as paragraphs; more than the body limit is fatal.
    fn body(&self, text: &str, body: &mut Vec<Block>, r: &mut Report) {
        let paragraphs = paragraphs(text);
        if r.take(check_count(
            paragraphs.len(),
            "articleBody",
            MAX_BODY_BLOCKS,
            "paragraphs",
        ))
        .is_none()
        {
            return;
        }
        for paragraph in paragraphs {
            if r.take(check_length(paragraph, "articleBody")).is_none() {
                continue;
            }
            let paragraph = clean(&decode_html_entities(paragraph));
            if !paragraph.is_empty() {
                body.push(Block::Paragraph(vec![Inline::Text(paragraph)]));
            }
        }
    }

    fn authors(&self, node: &'a Json, r: &mut Report) -> Vec<Author> {
        let values = self.many(node, "author", "");
        if r.take(check_count(values.len(), "author", MAX_AUTHORS, "entries"))
            .is_none()
        {
            return Vec::new();
        }
        let mut authors = Vec::new();
        for (path, value) in values {
            let name = self.name_of(value, &path, r);
            let url = self.url_of(value, &path, r);
            let role = match value.get("jobTitle").map(|title| self.resolve(title)) {
                Some(title @ Json::Object(_)) => self.name_of(title, &child(&path, "jobTitle"), r),
                Some(title) => lenient_text(title, &child(&path, "jobTitle"), r),
                None => None,
            };
            if let Some(name) = name {
                authors.push(Author { name, url, role });
            }
        }
        authors
    }

    /// `publisher`: the first with a name.
    fn source(&self, node: &'a Json, r: &mut Report) -> Option<Source> {
        for (path, value) in self.many(node, "publisher", "") {
            let Some(name) = self.name_of(value, &path, r) else {
                continue;
            };
            let logo = self
                .many(value, "logo", &path)
                .into_iter()
                .find_map(|(path, logo)| self.image(logo, &path, &name, r));
            return Some(Source {
                url: self.url_of(value, &path, r),
                logo,
                name,
            });
        }
        None
    }

    /// `url`, else `mainEntityOfPage` (a URL, or an object with `url` or `@id`).
    fn canonical_url(&self, node: &'a Json, r: &mut Report) -> Option<SafeUrl> {
        if let Some(url) = self.url_of(node, "", r) {
            return Some(url);
        }
        let page = self.resolve(node.get("mainEntityOfPage")?);
        match page {
            Json::String(_) => r.take(checked_url(page, "mainEntityOfPage", UrlKind::Link)),
            Json::Object(_) => self
                .url_of(page, "mainEntityOfPage", r)
                .or_else(|| id_url(page)),
            _ => None,
        }
    }

    /// A Person or Organization as a string or an object with `name` (or given and family
    /// names). Reported: a number or boolean, an object without any name.
    fn name_of(&self, value: &Json, path: &str, r: &mut Report) -> Option<String> {
        match value {
            Json::String(_) => lenient_text(value, path, r),
            Json::Object(_) => {
                if let Some(name) = value.get("name").filter(|name| !name.is_null()) {
                    return lenient_text(self.resolve(name), &child(path, "name"), r);
                }
                let part = |key| value.get(key).and_then(Json::as_str).unwrap_or("");
                let joined = format!("{} {}", part("givenName"), part("familyName"));
                let name = lenient_text(&Json::String(joined), &child(path, "name"), r);
                // A reference to a node defined elsewhere on the page is not an error here.
                if name.is_none() && !is_reference(value) {
                    r.warn(ModelError::Missing {
                        path: child(path, "name"),
                        hint: Some("or givenName and familyName"),
                    });
                }
                name
            }
            Json::Number(_) | Json::Bool(_) => {
                r.warn(wrong_type(
                    path,
                    "a name or a Person or Organization",
                    value,
                ));
                None
            }
            Json::Null | Json::Array(_) => None,
        }
    }

    /// The `url` of an object, checked as a link.
    fn url_of(&self, value: &Json, path: &str, r: &mut Report) -> Option<SafeUrl> {
        let url = value.get("url").filter(|url| url.as_str().is_some())?;
        r.take(checked_url(url, &child(path, "url"), UrlKind::Link))
    }

    /// The lead image: a URL string or an ImageObject; `None` when it has no usable URL.
    fn figure(&self, value: &Json, path: &str, r: &mut Report) -> Option<Figure> {
        let image = self.image(value, path, "", r)?;
        let caption = match value.get("caption") {
            Some(caption @ (Json::String(_) | Json::Number(_) | Json::Bool(_))) => {
                lenient_text(caption, &child(path, "caption"), r)
                    .map(|text| vec![Inline::Text(text)])
            }
            _ => None,
        };
        let credit = ["creditText", "copyrightHolder", "author"]
            .iter()
            .find_map(|key| {
                let credit = value.get(key).filter(|credit| !credit.is_null())?;
                self.name_of(self.resolve(credit), &child(path, key), r)
            });
        Some(Figure {
            image,
            caption,
            credit,
        })
    }

    /// An image from a URL string or an ImageObject (`url`, else `contentUrl`).
    fn image(&self, value: &Json, path: &str, default_alt: &str, r: &mut Report) -> Option<Image> {
        let value = self.resolve(value);
        let src = match value {
            Json::String(_) => r.take(checked_url(value, path, UrlKind::Image))?,
            Json::Object(_) => {
                let mut found = None;
                for key in ["url", "contentUrl"] {
                    if let Some(url) = value.get(key).filter(|url| url.as_str().is_some()) {
                        found = r.take(checked_url(url, &child(path, key), UrlKind::Image));
                        if found.is_some() {
                            break;
                        }
                    }
                }
                let none_given = ["url", "contentUrl"]
                    .iter()
                    .all(|key| value.get(key).and_then(Json::as_str).is_none());
                if none_given && !is_reference(value) {
                    r.warn(ModelError::Missing {
                        path: child(path, "url"),
                        hint: Some("or contentUrl"),
                    });
                }
                found?
            }
            Json::Number(_) | Json::Bool(_) => {
                r.warn(wrong_type(path, "a URL or an ImageObject", value));
                return None;
            }
            Json::Null | Json::Array(_) => return None,
        };
        let mut alt = None;
        for key in ["name", "description"] {
            if let Some(text @ Json::String(_)) = value.get(key) {
                alt = lenient_text(text, &child(path, key), r);
                if alt.is_some() {
                    break;
                }
            }
        }
        let mut side = |key: &str| {
            let given = value.get(key).filter(|v| !v.is_null())?;
            let side = dimension(given);
            if side.is_none() {
                r.warn(bad_value(
                    &child(path, key),
                    format!("expected a number of pixels from 1 to {MAX_IMAGE_SIDE}"),
                ));
            }
            side
        };
        Some(Image {
            src,
            srcset: None,
            alt: alt.unwrap_or_else(|| default_alt.to_string()),
            width: side("width"),
            height: side("height"),
        })
    }

    /// A BreadcrumbList beside the article (or referenced by a node's `breadcrumb`), else
    /// `articleSection` as crumbs without links.
    fn breadcrumb(&self, article: &'a Json, r: &mut Report) -> Vec<Crumb> {
        let from_property = self
            .nodes
            .iter()
            .chain(std::iter::once(&article))
            .filter_map(|node| node.get("breadcrumb"))
            .map(|value| self.resolve(value));
        let list = self
            .nodes
            .iter()
            .copied()
            .chain(from_property)
            .find(|node| has_type(node, &["BreadcrumbList"]));
        let Some(list) = list else {
            let sections = self.many(article, "articleSection", "");
            if r.take(check_count(
                sections.len(),
                "articleSection",
                MAX_BREADCRUMB,
                "entries",
            ))
            .is_none()
            {
                return Vec::new();
            }
            return sections
                .into_iter()
                .filter_map(|(path, section)| lenient_text(section, &path, r))
                .map(|name| Crumb { name, url: None })
                .collect();
        };
        let entries = self.many(list, "itemListElement", "BreadcrumbList");
        if r.take(check_count(
            entries.len(),
            "BreadcrumbList.itemListElement",
            MAX_BREADCRUMB,
            "entries",
        ))
        .is_none()
        {
            return Vec::new();
        }
        let mut crumbs: Vec<(f64, Crumb)> = Vec::new();
        for (path, entry) in entries {
            let item = entry.get("item").map(|item| self.resolve(item));
            let name = match (entry.get("name"), item.and_then(|item| item.get("name"))) {
                (Some(name), _) => lenient_text(name, &child(&path, "name"), r),
                (None, Some(name)) => lenient_text(name, &child(&path, "item.name"), r),
                (None, None) => None,
            };
            let url = match item {
                Some(Json::String(_)) => item.and_then(|item| {
                    r.take(checked_url(item, &child(&path, "item"), UrlKind::Link))
                }),
                Some(item) => self
                    .url_of(item, &child(&path, "item"), r)
                    .or_else(|| id_url(item)),
                None => None,
            };
            let Some(name) = name else { continue };
            let position = entry.get("position").and_then(number).unwrap_or(f64::MAX);
            crumbs.push((position, Crumb { name, url }));
        }
        // A stable sort: crumbs without a position keep their order, after the numbered ones.
        crumbs.sort_by(|a, b| a.0.total_cmp(&b.0));
        crumbs.into_iter().map(|(_, crumb)| crumb).collect()
    }

    /// `keywords`: a comma-separated string, or an array of strings or DefinedTerms.
    fn keywords(&self, node: &'a Json, r: &mut Report) -> Vec<String> {
        let mut parts: Vec<(String, &str)> = Vec::new();
        for (path, value) in self.many(node, "keywords", "") {
            match value {
                // A single string is a comma-separated list; a string in an array is one tag.
                Json::String(text)
                    if node.get("keywords").is_some_and(|k| k.as_str().is_some()) =>
                {
                    parts.extend(text.split(',').map(|part| (path.clone(), part)))
                }
                Json::String(text) => parts.push((path, text)),
                Json::Object(_) => {
                    if let Some(name) = value.get("name").and_then(Json::as_str) {
                        parts.push((child(&path, "name"), name));
                    }
                }
                other => r.warn(wrong_type(&path, "text or a DefinedTerm", other)),
            }
        }
        // Duplicates are dropped, so the limit counts distinct tags; the set keeps that
        // linear-logarithmic for a string with millions of commas.
        let mut tags: Vec<String> = Vec::new();
        let mut seen = BTreeSet::new();
        for (path, part) in parts {
            if r.take(check_length(part, &path)).is_none() {
                continue;
            }
            let tag = clean(&decode_html_entities(part));
            if !tag.is_empty() && seen.insert(tag.clone()) {
                tags.push(tag);
            }
        }
        if r.take(check_count(tags.len(), "keywords", MAX_TAGS, "keywords"))
            .is_none()
        {
            return Vec::new();
        }
        tags
    }
}

fn is_reference(value: &Json) -> bool {
    value.as_object().is_some_and(|fields| {
        fields.iter().any(|(key, _)| key == "@id")
            && fields.iter().all(|(key, _)| key == "@id" || key == "@type")
    })
}

/// Whether `@type` (a string or an array) names one of `types`, with or without a
/// "schema:" or "https://schema.org/" prefix.
fn has_type(node: &Json, types: &[&str]) -> bool {
    let matches = |value: &Json| {
        value.as_str().is_some_and(|name| {
            let name = name
                .trim()
                .trim_start_matches("http://schema.org/")
                .trim_start_matches("https://schema.org/")
                .trim_start_matches("schema:");
            types.contains(&name)
        })
    };
    match node.get("@type") {
        Some(Json::Array(names)) => names.iter().any(matches),
        Some(name) => matches(name),
        None => false,
    }
}

/// A text property that may be a string or an array whose first string is used.
fn first_text(node: &Json, key: &str, r: &mut Report) -> Option<String> {
    match node.get(key)? {
        Json::Array(items) => {
            let (i, first) = items
                .iter()
                .enumerate()
                .find(|(_, item)| item.as_str().is_some())?;
            lenient_text(first, &item(key, i), r)
        }
        value => lenient_text(value, key, r),
    }
}

/// Cleaned text of a string value; empty text is `None`. A number or boolean is reported;
/// objects and arrays are shapes schema.org allows for many properties and are skipped.
fn lenient_text(value: &Json, path: &str, r: &mut Report) -> Option<String> {
    let raw = match value {
        Json::String(raw) => raw,
        Json::Number(_) | Json::Bool(_) => {
            r.warn(wrong_type(path, "text", value));
            return None;
        }
        Json::Null | Json::Array(_) | Json::Object(_) => return None,
    };
    r.take(check_length(raw, path))?;
    let text = clean(&decode_html_entities(raw));
    (!text.is_empty()).then_some(text)
}

/// An `@id` used as a URL when it is one. `@id`s are identifiers first (blank nodes like
/// "_:b0", URNs), so one that is not a safe URL is not a problem, just not a link.
fn id_url(value: &Json) -> Option<SafeUrl> {
    let id = value.get("@id").and_then(Json::as_str)?;
    SafeUrl::parse_link(id).ok()
}

/// A number, a numeric string ("1200", "1200px") or a QuantitativeValue.
fn number(value: &Json) -> Option<f64> {
    match value {
        Json::Number(n) => Some(*n),
        Json::String(text) => {
            let text = text.trim();
            let digits = text.trim_end_matches("px").trim();
            super::number::parse_decimal(digits).filter(|n| n.is_finite())
        }
        Json::Object(_) => match value.get("value")? {
            Json::Object(_) => None, // no second level: a QuantitativeValue holds a number
            inner => number(inner),
        },
        _ => None,
    }
}

fn dimension(value: &Json) -> Option<u32> {
    let n = number(value)?;
    (n >= 1.0 && n <= f64::from(MAX_IMAGE_SIDE)).then_some(n.round() as u32)
}

/// Splits plain text into paragraphs: at blank lines when there are any, otherwise at every
/// line break (feeds that put one paragraph per line). Lines of one paragraph stay joined
/// by their newline, which cleaning turns into a space.
fn paragraphs(text: &str) -> Vec<&str> {
    let text = text.trim();
    if !text.lines().any(|line| line.trim().is_empty()) {
        return text.lines().collect();
    }
    let mut out = Vec::new();
    let mut current: Option<(usize, usize)> = None;
    let mut offset = 0;
    for raw in text.split_inclusive('\n') {
        let line = raw.trim_end_matches(['\n', '\r']);
        if line.trim().is_empty() {
            if let Some((start, end)) = current.take() {
                out.push(&text[start..end]);
            }
        } else {
            let start = current.map_or(offset, |(start, _)| start);
            current = Some((start, offset + line.len()));
        }
        offset += raw.len();
    }
    if let Some((start, end)) = current {
        out.push(&text[start..end]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_paragraphs() {
        assert_eq!(paragraphs("a\nb\nc"), ["a", "b", "c"]);
        assert_eq!(paragraphs("a\nb\n\nc\r\n \r\nd"), ["a\nb", "c", "d"]);
        assert_eq!(paragraphs("\n\nonly\n\n"), ["only"]);
        assert_eq!(paragraphs(""), Vec::<&str>::new());
    }

    #[test]
    fn numbers_and_dimensions() {
        assert_eq!(number(&Json::String(" 1200px ".into())), Some(1200.0));
        assert_eq!(dimension(&Json::Number(0.0)), None);
        assert_eq!(dimension(&Json::String("wide".into())), None);
        let quantitative = Json::Object(vec![("value".into(), Json::String("640".into()))]);
        assert_eq!(dimension(&quantitative), Some(640));
    }
}

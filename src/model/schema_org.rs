//! schema.org NewsArticle / Article / ReportageNewsArticle JSON-LD, as publishers already
//! embed it for search engines. schema.org is loose (most properties take a string, an
//! object or an array of either), so this reader accepts every shape schema.org allows and
//! quietly ignores the ones it cannot use (a `description` given as a TextObject). Beyond
//! that it follows the rules of the native format: a missing headline, no article node and
//! exceeded limits are fatal; an unsafe URL, an unreadable date, an invalid language tag or
//! a value of a type schema.org does not allow there (a number for an author) drops that
//! value with a warning. Paths in messages are relative to the article node
//! (`author[1].url`), or name the node type for nodes beside it (`BreadcrumbList...`).
//!
//! It also reads what real pages serve rather than what schema.org specifies: the article
//! nested in a WebPage or reached by `@id`, types and member names in another case, dates
//! in every common shape (`time::parse_lenient`), HTML and Markdown bodies (`html_body`,
//! `markdown`) and walls of text, language names and the page's or the script's language
//! (`lang`), relative images resolved against the article's URL, and live-blog updates.

use std::collections::HashMap;

use super::json::Json;
use super::limits::{
    MAX_AUTHORS, MAX_BODY_BLOCKS, MAX_BREADCRUMB, MAX_IMAGE_SIDE, MAX_LIVE_UPDATES, MAX_TAGS,
};
use super::read::{
    bad_language, bad_value, check_count, check_length, child, direction_of, item, plain_decimal,
    stable_sorted, url as checked_url, wrong_type, PageContext,
};
use super::report::Report;
use super::text::{clean, decode_html_entities};
use super::url::{quoted, UrlKind};
use super::{html_body, lang, markdown};
use super::{
    Article, Author, Block, Crumb, DateTime, Editor, Figure, Image, Inline, LiveUpdate, ModelError,
    QuotesMode, SafeUrl, Source, Timestamp,
};

/// Member lookup as schema.org consumers do it: the exact name, else the same name in
/// another case (`"Headline"`), since JSON-LD written by hand gets that wrong.
trait Lookup {
    fn prop(&self, key: &str) -> Option<&Json>;
}

impl Lookup for Json {
    fn prop(&self, key: &str) -> Option<&Json> {
        let fields = self.as_object()?;
        fields
            .iter()
            .find(|(name, _)| name == key)
            .or_else(|| {
                fields
                    .iter()
                    .find(|(name, _)| name.eq_ignore_ascii_case(key))
            })
            .map(|(_, value)| value)
    }
}

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

pub(crate) fn article(value: &Json, page: &PageContext, report: &mut Report) -> Option<Article> {
    let mut graph = Graph::new(value);
    // The first article node with a headline (or name) wins; one without is only the
    // fallback, so a stub that merely points at the article does not hide it.
    let candidates: Vec<&Json> = graph
        .nodes
        .iter()
        .copied()
        .filter(|node| has_type(node, &ARTICLE_TYPES))
        .map(|node| graph.resolve(node))
        .collect();
    let titled = candidates.iter().copied().find(|node| {
        ["headline", "name"]
            .iter()
            .any(|key| node.prop(key).is_some_and(|v| !v.is_null()))
    });
    let Some(node) = titled.or_else(|| candidates.first().copied()) else {
        report.fatal(ModelError::NoArticle);
        return None;
    };
    graph.article(node, page, report)
}

/// All top-level nodes (the value itself, array elements, `@graph` members) and an index of
/// them by `@id`, so references like `"author": {"@id": "#jane"}` can be followed.
struct Graph<'a> {
    nodes: Vec<&'a Json>,
    /// `@id` -> index in `nodes` (the first node with that id).
    by_id: HashMap<&'a str, usize>,
    /// The absolute URL relative image URLs are resolved against (see [`base_url`]).
    base: Option<String>,
}

impl<'a> Graph<'a> {
    fn new(value: &'a Json) -> Self {
        /// Nodes nest: an article inside a WebPage's `mainEntity`, an author defined inside
        /// another node and referenced by `@id` elsewhere. Every object to this depth is a
        /// node; updates of a live blog are read as updates, never as the article.
        const MAX_NODE_DEPTH: usize = 8;
        fn collect<'a>(value: &'a Json, nodes: &mut Vec<&'a Json>, depth: usize) {
            if depth > MAX_NODE_DEPTH {
                return;
            }
            match value {
                Json::Array(items) => {
                    for item in items {
                        collect(item, nodes, depth + 1);
                    }
                }
                Json::Object(fields) => {
                    if value.prop("@type").is_some() || value.prop("@id").is_some() {
                        nodes.push(value);
                    }
                    for (key, child) in fields {
                        if key != "liveBlogUpdate" {
                            collect(child, nodes, depth + 1);
                        }
                    }
                }
                _ => {}
            }
        }
        let mut nodes = Vec::new();
        collect(value, &mut nodes, 0);
        let mut by_id = HashMap::new();
        for (index, node) in nodes.iter().enumerate() {
            if let Some(id) = node.prop("@id").and_then(Json::as_str) {
                if !is_reference(node) && !by_id.contains_key(id) {
                    by_id.insert(id, index);
                }
            }
        }
        Graph {
            nodes,
            by_id,
            base: None,
        }
    }

    /// Follows a bare `{"@id": ...}` reference to the node it names, once.
    fn resolve(&self, value: &'a Json) -> &'a Json {
        if is_reference(value) {
            if let Some(target) = value
                .prop("@id")
                .and_then(Json::as_str)
                .and_then(|id| self.by_id.get(id))
                .and_then(|&index| self.nodes.get(index))
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
        let value = node.prop(key).map(|value| match value {
            Json::Object(_) => value.prop("@list").or(value.prop("@set")).unwrap_or(value),
            other => other,
        });
        match value {
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

    fn article(&mut self, node: &'a Json, page: &PageContext, r: &mut Report) -> Option<Article> {
        let headline = first_text(node, "headline", r).or_else(|| first_text(node, "name", r));
        if headline.is_none() {
            r.fatal(ModelError::Missing {
                path: "headline".into(),
                hint: Some("schema.org NewsArticle: headline or name"),
            });
        }
        self.base = base_url(node, page);
        let given_lang = self.language(node, r);

        let mut body = Vec::new();
        // The first usable image is the lead; the alternatives after it are not needed,
        // so they are not checked either.
        for (path, value) in self.many(node, "image", "") {
            if let Some(figure) = self.figure(value, &path, r) {
                body.push(Block::Figure(figure));
                break;
            }
        }
        match node.prop("articleBody") {
            Some(Json::String(text)) => body.extend(self.body(text, "articleBody", r)),
            // An array of strings is the body in parts, one or more paragraphs each.
            Some(Json::Array(parts)) if parts.iter().all(|part| part.as_str().is_some()) => {
                for (i, part) in parts.iter().filter_map(Json::as_str).enumerate() {
                    body.extend(self.body(part, &item("articleBody", i), r));
                }
            }
            Some(Json::Null) | None => {}
            Some(other) => r.warn(wrong_type("articleBody", "text", other)),
        }
        let main_body_len = body.len();
        let live_updates = self.live_updates(node, &mut body, r);
        if r.take(check_count(
            body.len(),
            "articleBody",
            MAX_BODY_BLOCKS,
            "paragraphs",
        ))
        .is_none()
        {
            body.truncate(main_body_len);
        }

        let standfirst = first_text(node, "alternativeHeadline", r)
            .or_else(|| first_text(node, "description", r));
        let lang = given_lang.unwrap_or_else(|| {
            let sample = [headline.as_deref(), standfirst.as_deref()];
            fallback_language(
                page,
                &sample.into_iter().flatten().collect::<Vec<_>>().join(" "),
                &body,
            )
        });
        let dir = direction_of(&lang);
        let breadcrumb = self.breadcrumb(node, r);
        let authors = self.authors(node, r);
        let editor = self
            .many(node, "editor", "")
            .into_iter()
            .find_map(|(path, value)| self.name_of(value, &path, r))
            .map(|name| Editor { name, lang: None });
        let source = self.source(node, r);
        let canonical_url = self.canonical_url(node, r);
        // Without datePublished, the creation date is the publication date.
        let published = date(node, "datePublished", r).or_else(|| date(node, "dateCreated", r));
        let updated = date(node, "dateModified", r);
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
            live_updates,
            related: Vec::new(),
            people: Vec::new(),
            quotes: QuotesMode::Auto,
            carousel: Default::default(),
        })
    }

    /// `liveBlogUpdate`: each update's blocks are appended to `body`, newest update first
    /// (the order the timeline shows, so quotes are numbered in reading order), and the
    /// update records which blocks are its own.
    fn live_updates(
        &self,
        node: &'a Json,
        body: &mut Vec<Block>,
        r: &mut Report,
    ) -> Vec<LiveUpdate> {
        let entries = self.many(node, "liveBlogUpdate", "");
        if r.take(check_count(
            entries.len(),
            "liveBlogUpdate",
            MAX_LIVE_UPDATES,
            "entries",
        ))
        .is_none()
        {
            return Vec::new();
        }
        let mut read = Vec::new();
        for (path, entry) in entries {
            if !matches!(entry, Json::Object(_)) {
                continue;
            }
            let headline = first_text_at(entry, "headline", &path, r)
                .or_else(|| first_text_at(entry, "name", &path, r));
            let published = date_at(entry, "datePublished", &path, r)
                .or_else(|| date_at(entry, "dateCreated", &path, r))
                .or_else(|| date_at(entry, "dateModified", &path, r));
            let mut blocks = match entry.prop("articleBody").or(entry.prop("text")) {
                Some(Json::String(text)) => self.body(text, &child(&path, "articleBody"), r),
                _ => Vec::new(),
            };
            if blocks.is_empty() {
                if let Some(text) = first_text_at(entry, "description", &path, r) {
                    blocks.push(Block::Paragraph(vec![Inline::Text(text)]));
                }
            }
            // An update's own picture opens its blocks, as the lead image opens the body.
            if let Some(figure) = self
                .many(entry, "image", &path)
                .into_iter()
                .find_map(|(path, value)| self.figure(value, &path, r))
            {
                blocks.insert(0, Block::Figure(figure));
            }
            let url = self.url_of(entry, &path, r);
            if headline.is_none() && blocks.is_empty() {
                continue;
            }
            read.push((headline, published, url, blocks));
        }
        // Newest first; updates without a date keep their order, after the dated ones.
        let newer = |a: &Option<Timestamp>, b: &Option<Timestamp>| match (a.as_ref(), b.as_ref()) {
            (Some(x), Some(y)) => x.at.utc_sort_key() > y.at.utc_sort_key(),
            (Some(_), None) => true,
            (None, _) => false,
        };
        stable_sorted(read, |a, b| newer(&a.1, &b.1))
            .into_iter()
            .map(|(headline, published, url, blocks)| {
                let start = body.len();
                body.extend(blocks);
                LiveUpdate {
                    headline,
                    published,
                    url,
                    blocks: start..body.len(),
                }
            })
            .collect()
    }

    /// `identifier` (a string, number or PropertyValue `value`), else the node's `@id`.
    /// Not shown, so shapes it cannot use are skipped quietly; the text limit still holds.
    fn identifier(&self, node: &'a Json, r: &mut Report) -> Option<String> {
        let raw = match node.prop("identifier").map(|value| self.resolve(value)) {
            Some(Json::String(id)) => Some(id.clone()),
            Some(Json::Number(n)) => plain_decimal(*n),
            Some(value @ Json::Object(_)) => value
                .prop("value")
                .and_then(Json::as_str)
                .map(str::to_string),
            _ => None,
        }
        .or_else(|| node.prop("@id").and_then(Json::as_str).map(str::to_string))?;
        r.take(check_length(&raw, "identifier"))?;
        Some(clean(&raw)).filter(|id| !id.is_empty())
    }

    /// `inLanguage`: a tag, a language name or a Language object (`alternateName`, else
    /// `name`), made BCP 47 ("en_US" -> "en-US", "deutsch, german" -> "de"); the first
    /// usable one wins and unusable ones before it are reported.
    fn language(&self, node: &'a Json, r: &mut Report) -> Option<String> {
        for (path, value) in self.many(node, "inLanguage", "") {
            let candidates: Vec<(&str, String)> = match value {
                Json::String(tag) => vec![(tag.as_str(), path)],
                Json::Object(_) => ["alternateName", "name"]
                    .iter()
                    .filter_map(|key| Some((value.prop(key)?.as_str()?, child(&path, key))))
                    .collect(),
                other => {
                    r.warn(wrong_type(&path, "a language tag or a Language", other));
                    continue;
                }
            };
            for (tag, path) in candidates {
                if let Some(tag) = lang::normalize(tag) {
                    return Some(tag);
                }
                r.warn(bad_language(&path, tag));
            }
        }
        None
    }

    /// An `articleBody` (or an update's) as blocks: HTML and plain Markdown become typed
    /// blocks, plain text paragraphs (a long one without line breaks split at sentence
    /// ends). Links dropped for their URL are reported.
    fn body(&self, text: &str, path: &str, r: &mut Report) -> Vec<Block> {
        // HTML escaped once more than it should be ("&lt;p&gt;") is HTML all the same.
        let unescaped;
        let text = if text.contains("&lt;") {
            unescaped = decode_html_entities(text);
            if html_body::looks_like_html(&unescaped) {
                unescaped.as_str()
            } else {
                text
            }
        } else {
            text
        };
        let (blocks, dropped) = if html_body::looks_like_html(text) {
            let read = html_body::blocks(text);
            (read.blocks, read.dropped_links)
        } else if markdown::looks_like_markdown(text) {
            markdown::blocks(text)
        } else {
            let mut blocks = Vec::new();
            for paragraph in paragraphs(text) {
                if r.take(check_length(paragraph, path)).is_none() {
                    continue;
                }
                let paragraph = clean(&decode_html_entities(paragraph));
                if !paragraph.is_empty() {
                    blocks.push(Block::Paragraph(vec![Inline::Text(paragraph)]));
                }
            }
            (blocks, Vec::new())
        };
        for href in dropped {
            r.warn(ModelError::BadUrl {
                path: path.to_string(),
                problem: match SafeUrl::parse_link(&href) {
                    Err(problem) => problem,
                    Ok(_) => super::UrlProblem::Empty,
                },
                value: href,
                kind: UrlKind::Link,
            });
        }
        // Walls of text are split, whichever reader the paragraph came from.
        blocks
            .into_iter()
            .flat_map(|block| match block {
                Block::Paragraph(content) => split_wall(content)
                    .into_iter()
                    .map(Block::Paragraph)
                    .collect(),
                other => vec![other],
            })
            .collect()
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
            // A Person whose `name` is an array names one author per entry.
            if let Some(Json::Array(names)) = value.prop("name") {
                let url = self.url_of(value, &path, r);
                for (i, name) in names.iter().enumerate() {
                    let name_path = item(&child(&path, "name"), i);
                    if let Some(name) = lenient_text(self.resolve(name), &name_path, r) {
                        authors.push(Author {
                            name,
                            url: url.clone(),
                            role: None,
                        });
                    }
                }
                continue;
            }
            let name = self.name_of(value, &path, r);
            let url = self.url_of(value, &path, r);
            let role = match value.prop("jobTitle").map(|title| self.resolve(title)) {
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
        let page = self.resolve(node.prop("mainEntityOfPage")?);
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
                if let Some(name) = value.prop("name").filter(|name| !name.is_null()) {
                    return lenient_text(self.resolve(name), &child(path, "name"), r);
                }
                let part = |key| value.prop(key).and_then(Json::as_str).unwrap_or("");
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
        let url = value.prop("url").filter(|url| url.as_str().is_some())?;
        r.take(checked_url(url, &child(path, "url"), UrlKind::Link))
    }

    /// The lead image: a URL string or an ImageObject; `None` when it has no usable URL.
    fn figure(&self, value: &Json, path: &str, r: &mut Report) -> Option<Figure> {
        let image = self.image(value, path, "", r)?;
        let caption = match value.prop("caption") {
            Some(caption @ (Json::String(_) | Json::Number(_) | Json::Bool(_))) => {
                lenient_text(caption, &child(path, "caption"), r)
                    .map(|text| vec![Inline::Text(text)])
            }
            _ => None,
        };
        let credit = ["creditText", "copyrightHolder", "author"]
            .iter()
            .find_map(|key| {
                let credit = value.prop(key).filter(|credit| !credit.is_null())?;
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
            Json::String(text) => match html_body::img_src(text) {
                Some(src) => r.take(checked_url(&Json::String(src), path, UrlKind::Image))?,
                None => r.take(checked_url(value, path, UrlKind::Image))?,
            },
            Json::Object(_) => {
                let mut found = None;
                for key in ["url", "contentUrl"] {
                    // `url` may be an array of URLs: the first string is the image.
                    let url = value.prop(key).map(|url| match url {
                        Json::Array(urls) => {
                            urls.iter().find(|u| u.as_str().is_some()).unwrap_or(url)
                        }
                        other => other,
                    });
                    if let Some(url) = url.filter(|url| url.as_str().is_some()) {
                        let tag_src = url.as_str().and_then(html_body::img_src).map(Json::String);
                        let url = tag_src.as_ref().unwrap_or(url);
                        found = r.take(checked_url(url, &child(path, key), UrlKind::Image));
                        if found.is_some() {
                            break;
                        }
                    }
                }
                let none_given = ["url", "contentUrl"].iter().all(|key| {
                    value.prop(key).is_none_or(|url| {
                        url.as_str().is_none()
                            && url
                                .as_array()
                                .is_none_or(|urls| urls.iter().all(|u| u.as_str().is_none()))
                    })
                });
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
            if let Some(text @ Json::String(_)) = value.prop(key) {
                alt = lenient_text(text, &child(path, key), r);
                if alt.is_some() {
                    break;
                }
            }
        }
        let mut side = |key: &str| {
            let given = value.prop(key).filter(|v| !v.is_null())?;
            let side = dimension(given);
            if side.is_none() {
                r.warn(bad_value(
                    &child(path, key),
                    format!("expected a number of pixels from 1 to {MAX_IMAGE_SIDE}"),
                ));
            }
            side
        };
        // A relative URL means the article's page, not wherever the widget is embedded.
        let src = match &self.base {
            Some(base) if !src.is_absolute() => {
                SafeUrl::parse(&resolve_against(base, src.as_str())).unwrap_or(src)
            }
            _ => src,
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
            .filter_map(|node| node.prop("breadcrumb"))
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
            let item = entry.prop("item").map(|item| self.resolve(item));
            let name = match (entry.prop("name"), item.and_then(|item| item.prop("name"))) {
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
            let position = entry.prop("position").and_then(number).unwrap_or(f64::MAX);
            crumbs.push((position, Crumb { name, url }));
        }
        // Crumbs without a position keep their order, after the numbered ones.
        stable_sorted(crumbs, |a, b| a.0 < b.0)
            .into_iter()
            .map(|(_, crumb)| crumb)
            .collect()
    }

    /// `keywords`: a comma-separated string, or an array of strings or DefinedTerms.
    fn keywords(&self, node: &'a Json, r: &mut Report) -> Vec<String> {
        let mut parts: Vec<(String, &str)> = Vec::new();
        for (path, value) in self.many(node, "keywords", "") {
            match value {
                // A single string is a comma-separated list; a string in an array is one tag.
                Json::String(text)
                    if node.prop("keywords").is_some_and(|k| k.as_str().is_some()) =>
                {
                    parts.extend(text.split(',').map(|part| (path.clone(), part)))
                }
                Json::String(text) => parts.push((path, text)),
                Json::Object(_) => {
                    if let Some(name) = value.prop("name").and_then(Json::as_str) {
                        parts.push((child(&path, "name"), name));
                    }
                }
                other => r.warn(wrong_type(&path, "text or a DefinedTerm", other)),
            }
        }
        // Duplicates are dropped, so the limit counts distinct tags; the set keeps that
        // linear-logarithmic for a string with millions of commas. It is a map to the
        // type the other readers use (`HashMap<String, usize>`), which shares their code in
        // the wasm bundle instead of adding a `HashSet<String>` of its own.
        let mut tags: Vec<String> = Vec::new();
        let mut seen: HashMap<String, usize> = HashMap::new();
        for (path, part) in parts {
            if r.take(check_length(part, &path)).is_none() {
                continue;
            }
            let tag = clean(&decode_html_entities(part));
            if !tag.is_empty() && seen.insert(tag.clone(), 0).is_none() {
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
/// `schema:` or `https://schema.org/` prefix.
fn has_type(node: &Json, types: &[&str]) -> bool {
    let matches = |value: &Json| {
        value.as_str().is_some_and(|name| {
            let name = name.trim();
            let name = name.rsplit(['/', ':']).next().unwrap_or(name);
            // "article" and "NEWSARTICLE" are the types their authors meant.
            types.iter().any(|known| known.eq_ignore_ascii_case(name))
        })
    };
    match node.prop("@type") {
        Some(Json::Array(names)) => names.iter().any(matches),
        Some(name) => matches(name),
        None => false,
    }
}

/// A text property that may be a string or an array whose first string is used.
fn first_text(node: &Json, key: &str, r: &mut Report) -> Option<String> {
    first_text_at(node, key, "", r)
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
    let id = value.prop("@id").and_then(Json::as_str)?;
    SafeUrl::parse_link(id).ok()
}

/// A number, a numeric string ("1200", "1200px") or a QuantitativeValue.
fn number(value: &Json) -> Option<f64> {
    match value {
        Json::Number(n) => Some(*n),
        Json::String(text) => {
            // Every trailing "px", as `trim_end_matches("px")` strips them, without the
            // reverse substring searcher that brings (about 0.5 KB of the bundle).
            let mut digits = text.trim();
            while let Some(rest) = digits.strip_suffix("px") {
                digits = rest;
            }
            let digits = digits.trim();
            super::number::parse_decimal(digits).filter(|n| n.is_finite())
        }
        Json::Object(_) => match value.prop("value")? {
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

/// The language when `inLanguage` gives none: the page's `<html lang>`, then the script of
/// the headline and body (Japanese, Russian, Arabic...), then for Latin script its
/// function words (`lang::from_words`), then "en".
fn fallback_language(page: &PageContext, heading: &str, body: &[Block]) -> String {
    if let Some(tag) = page.lang.as_deref().and_then(lang::normalize) {
        return tag;
    }
    let mut sample = heading.to_string();
    for block in body.iter().take(20) {
        if let Block::Paragraph(content) = block {
            sample.push(' ');
            sample.push_str(&Inline::plain_text(content));
        }
    }
    lang::from_script(&sample)
        .or_else(|| lang::from_words(&sample))
        .unwrap_or("en")
        .to_string()
}

/// A paragraph longer than this many characters is a wall of text, split at sentence ends.
const WALL_CHARS: usize = 1200;
/// The length split paragraphs aim for.
const SPLIT_TARGET_CHARS: usize = 500;

/// A wall of text (a paragraph of more than [`WALL_CHARS`] characters) as paragraphs of
/// about [`SPLIT_TARGET_CHARS`]: split, in its text nodes, after a sentence end (`.`, `!`,
/// `?`, `…`, `。`, optionally followed by a closing quote) that is followed by a space and
/// an upper-case letter, a digit or an opening quote (CJK ends need no space). Emphasis,
/// links and line breaks stay whole inside the paragraph they fall in; text without such
/// ends stays one paragraph.
fn split_wall(content: Vec<Inline>) -> Vec<Vec<Inline>> {
    if Inline::plain_text(&content).chars().count() <= WALL_CHARS {
        return vec![content];
    }
    let mut out = Vec::new();
    let mut current = Vec::new();
    let mut since = 0;
    for node in content {
        let Inline::Text(text) = node else {
            since += Inline::plain_text(std::slice::from_ref(&node))
                .chars()
                .count();
            current.push(node);
            continue;
        };
        let mut start = 0;
        for point in split_points(&text, &mut since) {
            let piece = text[start..point].trim();
            if !piece.is_empty() {
                current.push(Inline::Text(piece.to_string()));
            }
            out.push(std::mem::take(&mut current));
            start = point;
        }
        let rest = if start > 0 {
            text[start..].trim_start()
        } else {
            &text
        };
        if !rest.is_empty() {
            current.push(Inline::Text(rest.to_string()));
        }
    }
    out.push(current);
    out.retain(|paragraph| !paragraph.is_empty());
    for paragraph in &mut out {
        super::text::normalize_inlines(paragraph);
    }
    out
}

/// Byte offsets in `text` after which a new paragraph starts (see [`split_wall`]);
/// `since` counts the characters since the last split, across text nodes.
fn split_points(text: &str, since: &mut usize) -> Vec<usize> {
    let mut points = Vec::new();
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        *since += 1;
        if *since < SPLIT_TARGET_CHARS || !matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？')
        {
            continue;
        }
        let mut end = i + c.len_utf8();
        // A closing quote or bracket belongs to the sentence.
        while let Some(&(j, q)) = iter.peek() {
            if matches!(q, '"' | '\'' | '”' | '’' | '»' | ')' | '」') {
                end = j + q.len_utf8();
                iter.next();
            } else {
                break;
            }
        }
        let rest = &text[end..];
        let cjk = matches!(c, '。' | '！' | '？');
        let next_starts = rest
            .trim_start_matches(' ')
            .chars()
            .next()
            .is_some_and(|n| {
                super::chars::is_uppercase(n)
                    || super::chars::is_numeric(n)
                    || matches!(n, '"' | '“' | '«' | '„' | '‘' | '¿' | '¡' | '—' | '–')
            });
        if (cjk && !rest.is_empty()) || (rest.starts_with(' ') && next_starts) {
            points.push(end);
            *since = 0;
        }
    }
    points
}

/// The absolute http(s) URL of the article (its `url`, `mainEntityOfPage`, `@id`) or of
/// the page: what relative image URLs are resolved against.
fn base_url(node: &Json, page: &PageContext) -> Option<String> {
    let page_entity = node.prop("mainEntityOfPage");
    let candidates = [
        node.prop("url").and_then(Json::as_str),
        page_entity.and_then(Json::as_str),
        page_entity
            .and_then(|p| p.prop("url"))
            .and_then(Json::as_str),
        page_entity
            .and_then(|p| p.prop("@id"))
            .and_then(Json::as_str),
        node.prop("@id").and_then(Json::as_str),
        page.url.as_deref(),
    ];
    candidates
        .into_iter()
        .flatten()
        .find(|url| SafeUrl::parse_link(url).is_ok_and(|safe| safe.is_absolute()))
        .map(|url| url.trim().to_string())
}

/// `relative` resolved against the absolute http(s) URL `base` (scheme-relative, root-
/// relative, path-relative, query and fragment forms). Dot segments are left to the browser.
fn resolve_against(base: &str, relative: &str) -> String {
    let relative = relative.trim();
    let (scheme, rest) = base.split_once("://").unwrap_or(("https", base));
    if relative.starts_with("//") {
        return format!("{scheme}:{relative}");
    }
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let origin = &base[..scheme.len() + 3 + host_end];
    let path = &rest[host_end..];
    if relative.starts_with('/') {
        return format!("{origin}{relative}");
    }
    let path_only = path.split(['?', '#']).next().unwrap_or("");
    if relative.starts_with('?') {
        return format!("{origin}{path_only}{relative}");
    }
    if relative.starts_with('#') {
        let without_fragment = base.split('#').next().unwrap_or(base);
        return format!("{without_fragment}{relative}");
    }
    let dir = &path_only[..path_only.rfind('/').map_or(0, |at| at + 1)];
    let dir = if dir.is_empty() { "/" } else { dir };
    format!("{origin}{dir}{relative}")
}

/// A date property of the article, read leniently (see [`date_at`]).
fn date(node: &Json, key: &str, r: &mut Report) -> Option<Timestamp> {
    date_at(node, key, "", r)
}

/// A date property read by every shape publishers serve (`time::parse_lenient`). A local
/// time without an offset is kept as given, with a warning; an unreadable one is dropped
/// with a warning.
fn date_at(node: &Json, key: &str, base: &str, r: &mut Report) -> Option<Timestamp> {
    let path = child(base, key);
    let value = node.prop(key).filter(|value| !value.is_null())?;
    let raw = match value {
        Json::String(raw) => raw,
        Json::Array(items) => items.iter().find_map(Json::as_str)?,
        // A Unix timestamp: seconds, or milliseconds when it is that large.
        Json::Number(n) if n.is_finite() && n.fract() == 0.0 && *n > 0.0 => {
            let millis = if *n < 1e11 { *n * 1000.0 } else { *n };
            match DateTime::from_unix_millis(millis as i64) {
                Some(at) => return Some(Timestamp::new(at)),
                None => {
                    r.warn(bad_value(
                        &path,
                        "expected a date, got a number out of range",
                    ));
                    return None;
                }
            }
        }
        other => {
            r.warn(wrong_type(&path, "a date string", other));
            return None;
        }
    };
    if raw.trim().is_empty() {
        return None;
    }
    match super::time::parse_lenient(raw) {
        Ok(read) => {
            if read.local_time {
                r.warn(ModelError::BadDate {
                    path,
                    message: format!(
                        "{} has no UTC offset: add \"Z\" for UTC or an offset like \"+08:00\"",
                        quoted(raw.trim())
                    ),
                });
            }
            // The publisher's own text when it is already canonical RFC 3339.
            Some(match Timestamp::parse(raw.trim()) {
                Ok(timestamp) => timestamp,
                Err(_) => Timestamp::new(read.at),
            })
        }
        Err(message) => {
            r.warn(ModelError::BadDate { path, message });
            None
        }
    }
}

/// [`first_text`] for a property of a node at `base`.
fn first_text_at(node: &Json, key: &str, base: &str, r: &mut Report) -> Option<String> {
    match node.prop(key)? {
        Json::Array(items) => {
            let (i, first) = items
                .iter()
                .enumerate()
                .find(|(_, item)| item.as_str().is_some())?;
            lenient_text(first, &item(&child(base, key), i), r)
        }
        value => lenient_text(value, &child(base, key), r),
    }
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
        // Every trailing "px" goes, then the spaces before it.
        assert_eq!(number(&Json::String("640 pxpx".into())), Some(640.0));
        assert_eq!(number(&Json::String("px".into())), None);
        assert_eq!(number(&Json::String("12px3".into())), None);
        assert_eq!(dimension(&Json::Number(0.0)), None);
        assert_eq!(dimension(&Json::String("wide".into())), None);
        let quantitative = Json::Object(vec![("value".into(), Json::String("640".into()))]);
        assert_eq!(dimension(&quantitative), Some(640));
    }
}

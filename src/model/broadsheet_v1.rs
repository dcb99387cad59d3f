//! Broadsheet article JSON, version 1 (docs/article-format.md): the format publishers write
//! for this widget. Every value is checked (types, URLs, dates, references between quotes
//! and people) and every problem is reported with the exact path of the offending value,
//! but only a wrong version, a missing headline and exceeded limits are fatal: anything
//! else drops or degrades the part it is in (a block, a link, a date) and is reported as a
//! warning, so one typo does not blank a whole article. Unknown fields are ignored at every
//! level, so data written for a later minor revision still renders on an older widget.

use std::collections::HashMap;

use super::error::NodeKind;
use super::json::Json;
use super::limits::{
    MAX_AUTHORS, MAX_AUTOPLAY_MS, MAX_BODY_BLOCKS, MAX_BREADCRUMB, MAX_IMAGE_SIDE, MAX_LIST_ITEMS,
    MAX_PEOPLE, MAX_RELATED, MAX_TAGS, MIN_AUTOPLAY_MS,
};
use super::read::{
    at, bad_language, bad_value, check_count, check_length, child, direction_of, item,
    plain_decimal, url, wrong_type, Res,
};
use super::report::Report;
use super::text::{clean, collapse, is_language_tag, normalize_inlines};
use super::url::{excerpt, parse_srcset, quoted, SafeUrl, UrlKind};
use super::{
    Article, Author, Block, CarouselOptions, Crumb, Editor, Figure, Image, Inline, ModelError,
    Person, QuoteMark, QuoteOrigin, QuotesMode, Related, Source, TextDirection, Timestamp,
};

/// The only version this widget reads.
pub const VERSION: u32 = 1;

pub(crate) fn article(value: &Json, report: &mut Report) -> Option<Article> {
    Reader {
        report,
        people: Vec::new(),
        person_index: HashMap::new(),
        quote_ids: HashMap::new(),
        quotes_seen: Vec::new(),
    }
    .article(value)
}

type Fields<'a> = &'a [(String, Json)];

/// What `Reader::name_or_fields` found: a bare name, or an object's members.
enum NameOrFields<'a> {
    Name(String),
    Fields(Fields<'a>),
}

fn missing(path: &str) -> ModelError {
    ModelError::Missing {
        path: at(path),
        hint: None,
    }
}

fn empty(path: &str) -> ModelError {
    ModelError::Empty {
        path: at(path),
        hint: None,
    }
}

/// A member of an object; `null` counts as absent, as CMS templates write it for empty fields.
fn field<'a>(fields: Fields<'a>, key: &str) -> Option<&'a Json> {
    fields
        .iter()
        .find(|(name, _)| name == key)
        .map(|(_, value)| value)
        .filter(|value| !value.is_null())
}

fn object<'a>(value: &'a Json, path: &str) -> Res<Fields<'a>> {
    value
        .as_object()
        .ok_or_else(|| wrong_type(path, "an object", value))
}

/// An array of at most `max` entries; a longer one is a (fatal) limit error.
fn array<'a>(value: &'a Json, path: &str, max: usize) -> Res<&'a [Json]> {
    let items = value
        .as_array()
        .ok_or_else(|| wrong_type(path, "an array", value))?;
    check_count(items.len(), path, max, "entries")?;
    Ok(items)
}

fn raw_string<'a>(value: &'a Json, path: &str) -> Res<&'a str> {
    let text = value
        .as_str()
        .ok_or_else(|| wrong_type(path, "a string", value))?;
    check_length(text, path)?;
    Ok(text)
}

/// A plain-text value, cleaned; `None` when it is empty after cleaning.
fn text(value: &Json, path: &str) -> Res<Option<String>> {
    let cleaned = clean(raw_string(value, path)?);
    Ok((!cleaned.is_empty()).then_some(cleaned))
}

fn required<'a>(fields: Fields<'a>, key: &str, path: &str) -> Res<&'a Json> {
    field(fields, key).ok_or_else(|| missing(&child(path, key)))
}

fn required_text(fields: Fields, key: &str, path: &str) -> Res<String> {
    let path = child(path, key);
    let value = field(fields, key).ok_or_else(|| missing(&path))?;
    text(value, &path)?.ok_or_else(|| empty(&path))
}

/// Picks one of a fixed set of strings; `choices` are listed in the message.
fn choice<'a>(value: &Json, path: &str, choices: &[&'a str]) -> Res<&'a str> {
    let raw = value
        .as_str()
        .ok_or_else(|| wrong_type(path, "a string", value))?;
    choices.iter().find(|c| **c == raw).copied().ok_or_else(|| {
        let listed: Vec<String> = choices.iter().map(|c| format!("\"{c}\"")).collect();
        bad_value(
            path,
            format!("expected one of {}, got {}", listed.join(", "), quoted(raw)),
        )
    })
}

fn language(value: &Json, path: &str) -> Res<String> {
    let raw = value
        .as_str()
        .ok_or_else(|| wrong_type(path, "a string", value))?;
    if is_language_tag(raw) {
        Ok(raw.to_string())
    } else {
        Err(bad_language(path, raw))
    }
}

/// A date or date-time. A date-time without a UTC offset keeps
/// only its date (the day is right, the hour would not be); anything else unreadable is
/// dropped. Both are warnings.
fn timestamp(value: &Json, path: &str, report: &mut Report) -> Option<Timestamp> {
    let Some(raw) = value.as_str() else {
        report.warn(wrong_type(path, "a date string", value));
        return None;
    };
    match Timestamp::parse(raw) {
        Ok(timestamp) => Some(timestamp),
        Err(message) => {
            report.warn(ModelError::BadDate {
                path: at(path),
                message,
            });
            super::time::date_of_offsetless(raw).and_then(|date| Timestamp::parse(date).ok())
        }
    }
}

/// A positive whole number of pixels.
fn dimension(value: &Json, path: &str) -> Res<u32> {
    let number = value
        .as_f64()
        .ok_or_else(|| wrong_type(path, "a number", value))?;
    if number.fract() != 0.0 || number < 1.0 || number > f64::from(MAX_IMAGE_SIDE) {
        return Err(bad_value(
            path,
            format!(
                "expected a whole number of pixels from 1 to {MAX_IMAGE_SIDE}, got {}",
                format_number(number)
            ),
        ));
    }
    Ok(number as u32)
}

/// A number for a message, as JSON would write it.
fn format_number(number: f64) -> String {
    plain_decimal(number).unwrap_or_else(|| "a number with too many digits".to_owned())
}

/// Where an explicit quote id was first seen, to keep the parts of a split quote consistent.
struct QuoteSeen {
    speaker: Option<usize>,
    path: String,
}

#[derive(Clone, Copy, Default)]
struct InlineContext {
    in_link: bool,
    in_quote: bool,
}

/// Reads one document. Every method reads all it can of its part before deciding whether
/// the part survives, so a part with two problems reports both.
struct Reader<'r> {
    report: &'r mut Report,
    people: Vec<Person>,
    person_index: HashMap<String, usize>,
    /// Explicit quote id -> index in `quotes_seen`.
    quote_ids: HashMap<String, usize>,
    quotes_seen: Vec<QuoteSeen>,
}

impl Reader<'_> {
    fn take<T>(&mut self, result: Res<T>) -> Option<T> {
        self.report.take(result)
    }

    fn warn(&mut self, error: ModelError) {
        self.report.warn(error);
    }

    /// Fatal for the headline and the version; limits inside are fatal anyway.
    fn fatal<T>(&mut self, result: Res<T>) -> Option<T> {
        result.map_err(|error| self.report.fatal(error)).ok()
    }

    fn optional_text(&mut self, fields: Fields, key: &str, path: &str) -> Option<String> {
        let value = field(fields, key)?;
        self.take(text(value, &child(path, key))).flatten()
    }

    fn optional_url(
        &mut self,
        fields: Fields,
        key: &str,
        path: &str,
        kind: UrlKind,
    ) -> Option<SafeUrl> {
        let value = field(fields, key)?;
        self.take(url(value, &child(path, key), kind))
    }

    fn optional_bool(&mut self, fields: Fields, key: &str, path: &str) -> Option<bool> {
        let value = field(fields, key)?;
        let flag = value
            .as_bool()
            .ok_or_else(|| wrong_type(&child(path, key), "true or false", value));
        self.take(flag)
    }

    fn optional_timestamp(&mut self, fields: Fields, key: &str, path: &str) -> Option<Timestamp> {
        let value = field(fields, key)?;
        timestamp(value, &child(path, key), self.report)
    }

    /// The version decides how the rest is read, so any problem with it is fatal and ends
    /// the reading: a version 2 document reported against version 1 rules would be noise.
    fn version(&mut self, fields: Fields) -> Option<()> {
        let version = self.fatal(required(fields, "version", ""))?;
        match version.as_f64() {
            Some(v) if v == f64::from(VERSION) => Some(()),
            Some(v) => {
                self.report.fatal(ModelError::UnsupportedVersion {
                    found: format_number(v),
                });
                None
            }
            None => self.fatal(Err(wrong_type("version", "a number", version))),
        }
    }

    fn article(&mut self, value: &Json) -> Option<Article> {
        let Some(fields) = value.as_object() else {
            self.report.fatal(ModelError::NotAnObject {
                got: value.kind_name(),
            });
            return None;
        };
        self.version(fields)?;

        // Read in the order of the format's documentation, so the problems are listed in
        // the order a publisher reading top-down meets them.
        let id = self.optional_text(fields, "id", "");
        let lang = field(fields, "lang")
            .and_then(|value| self.take(language(value, "lang")))
            .unwrap_or_else(|| "en".to_string());
        let dir = field(fields, "dir")
            .and_then(|value| self.take(choice(value, "dir", &["ltr", "rtl", "auto"])))
            .map(|dir| match dir {
                "rtl" => TextDirection::Rtl,
                "auto" => TextDirection::Auto,
                _ => TextDirection::Ltr,
            })
            .unwrap_or_else(|| direction_of(&lang));
        let canonical_url = self.optional_url(fields, "url", "", UrlKind::Link);
        let breadcrumb = self.list(fields, "breadcrumb", MAX_BREADCRUMB, Self::crumb);
        let headline = self.fatal(required_text(fields, "headline", ""));
        let standfirst = self.optional_text(fields, "standfirst", "");
        let source = field(fields, "source").and_then(|value| self.source(value, "source"));
        let published = self.optional_timestamp(fields, "published", "");
        let updated = self.optional_timestamp(fields, "updated", "");
        let dateline = self.optional_text(fields, "dateline", "");
        let authors = self.list(fields, "authors", MAX_AUTHORS, Self::author);
        let byline = self.optional_text(fields, "byline", "");
        let editor = field(fields, "editor").and_then(|value| self.editor(value, "editor"));
        let tags = self.list(fields, "tags", MAX_TAGS, |reader, value, path| {
            reader.take(text(value, path)).flatten()
        });

        // People before the body: quotes in the body refer to them.
        self.list(fields, "people", MAX_PEOPLE, Self::person);
        let mut body = self.list(fields, "body", MAX_BODY_BLOCKS, Self::block);
        self.finish_quotes(&mut body);

        let related = self.list(fields, "related", MAX_RELATED, Self::related);
        let quotes = field(fields, "quotes")
            .and_then(|value| self.take(choice(value, "quotes", &["auto", "explicit", "off"])))
            .map_or(QuotesMode::Auto, |mode| match mode {
                "explicit" => QuotesMode::Explicit,
                "off" => QuotesMode::Off,
                _ => QuotesMode::Auto,
            });
        let carousel = field(fields, "carousel")
            .map(|value| self.carousel(value, "carousel"))
            .unwrap_or_default();

        Some(Article {
            id,
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
            byline,
            editor,
            tags,
            body,
            live_updates: Vec::new(),
            related,
            people: std::mem::take(&mut self.people),
            quotes,
            carousel,
        })
    }

    /// Reads an optional array field entry by entry; entries read as `None` are dropped
    /// (their problems already reported). Not an array: a warning and no entries; longer
    /// than `max`: a fatal error, and the entries are not read at all.
    fn list<T>(
        &mut self,
        fields: Fields,
        key: &str,
        max: usize,
        mut read: impl FnMut(&mut Self, &Json, &str) -> Option<T>,
    ) -> Vec<T> {
        let Some(entries) = field(fields, key).and_then(|value| self.take(array(value, key, max)))
        else {
            return Vec::new();
        };
        let mut out = Vec::with_capacity(entries.len());
        for (i, entry) in entries.iter().enumerate() {
            if let Some(parsed) = read(self, entry, &item(key, i)) {
                out.push(parsed);
            }
        }
        out
    }

    /// Registers a person; `Some(())` when kept. A repeated id keeps the first person.
    fn person(&mut self, value: &Json, path: &str) -> Option<()> {
        let fields = self.take(object(value, path))?;
        let id = self.take(required_text(fields, "id", path));
        let name = self.take(required_text(fields, "name", path));
        let role = self.optional_text(fields, "role", path);
        let organization = self.optional_text(fields, "organization", path);
        let url = self.optional_url(fields, "url", path, UrlKind::Link);
        let id = id?;
        if let Some(&first) = self.person_index.get(&id) {
            self.warn(bad_value(
                &child(path, "id"),
                format!(
                    "duplicate person id {} (already used by people[{first}])",
                    quoted(&id)
                ),
            ));
            return None;
        }
        let person = Person {
            name: name?,
            role,
            organization,
            url,
            id: id.clone(),
        };
        self.person_index.insert(id, self.people.len());
        self.people.push(person);
        Some(())
    }

    fn crumb(&mut self, value: &Json, path: &str) -> Option<Crumb> {
        let fields = self.take(object(value, path))?;
        let name = self.take(required_text(fields, "name", path));
        let url = self.optional_url(fields, "url", path, UrlKind::Link);
        Some(Crumb { name: name?, url })
    }

    fn source(&mut self, value: &Json, path: &str) -> Option<Source> {
        let fields = self.take(object(value, path))?;
        let name = self.take(required_text(fields, "name", path));
        let url = self.optional_url(fields, "url", path, UrlKind::Link);
        // The name beside the logo says what it shows; a missing name still lets the logo
        // be checked, with an empty alt that is never used.
        let alt = name.clone().unwrap_or_default();
        let logo = field(fields, "logo")
            .and_then(|value| self.image(value, &child(path, "logo"), Some(&alt)));
        Some(Source {
            name: name?,
            url,
            logo,
        })
    }

    /// An author or editor: a bare name, or an object with a `name`. An empty name is warned
    /// about and dropped (`None`), as is anything else.
    fn name_or_fields<'v>(&mut self, value: &'v Json, path: &str) -> Option<NameOrFields<'v>> {
        if value.as_str().is_some() {
            let Some(name) = self.take(text(value, path))? else {
                self.warn(empty(path));
                return None;
            };
            return Some(NameOrFields::Name(name));
        }
        let fields = self.take(
            value
                .as_object()
                .ok_or_else(|| wrong_type(path, "a string or an object", value)),
        )?;
        Some(NameOrFields::Fields(fields))
    }

    fn author(&mut self, value: &Json, path: &str) -> Option<Author> {
        let fields = match self.name_or_fields(value, path)? {
            NameOrFields::Name(name) => {
                return Some(Author {
                    name,
                    url: None,
                    role: None,
                })
            }
            NameOrFields::Fields(fields) => fields,
        };
        let name = self.take(required_text(fields, "name", path));
        let url = self.optional_url(fields, "url", path, UrlKind::Link);
        let role = self.optional_text(fields, "role", path);
        Some(Author {
            name: name?,
            url,
            role,
        })
    }

    fn editor(&mut self, value: &Json, path: &str) -> Option<Editor> {
        let fields = match self.name_or_fields(value, path)? {
            NameOrFields::Name(name) => return Some(Editor { name, lang: None }),
            NameOrFields::Fields(fields) => fields,
        };
        let name = self.take(required_text(fields, "name", path));
        let lang = field(fields, "lang")
            .and_then(|value| self.take(language(value, &child(path, "lang"))));
        Some(Editor { name: name?, lang })
    }

    fn related(&mut self, value: &Json, path: &str) -> Option<Related> {
        let fields = self.take(object(value, path))?;
        let headline = self.take(required_text(fields, "headline", path));
        let url = self.take(
            required(fields, "url", path)
                .and_then(|value| url(value, &child(path, "url"), UrlKind::Link)),
        );
        let summary = self.optional_text(fields, "summary", path);
        // The headline beside it names the story, so the picture is decorative by default.
        let image = field(fields, "image")
            .and_then(|value| self.image(value, &child(path, "image"), Some("")));
        let section = self.optional_text(fields, "section", path);
        let published = self.optional_timestamp(fields, "published", path);
        Some(Related {
            headline: headline?,
            url: url?,
            summary,
            image,
            section,
            published,
        })
    }

    /// An image object; `None` (the image is dropped) without a usable `src`, or without a
    /// text alternative where one is required. `default_alt` is `None` where `alt` is
    /// required (figures) and the fallback where the image sits beside text that already
    /// says what it shows. A bad `srcset`, `width` or `height` is dropped on its own.
    fn image(&mut self, value: &Json, path: &str, default_alt: Option<&str>) -> Option<Image> {
        let fields = self.take(object(value, path))?;
        let src = self.take(
            required(fields, "src", path)
                .and_then(|value| url(value, &child(path, "src"), UrlKind::Image)),
        );
        let srcset = field(fields, "srcset").and_then(|value| {
            let path = child(path, "srcset");
            let parsed = raw_string(value, &path).and_then(|raw| {
                parse_srcset(raw)
                    .map_err(|reason| bad_value(&path, format!("invalid srcset: {reason}")))
            });
            self.take(parsed)
        });
        // An empty alt is meaningful (a decorative image), so it is not "missing".
        let alt = match (field(fields, "alt"), default_alt) {
            (Some(value), _) => self
                .take(text(value, &child(path, "alt")))
                .map(Option::unwrap_or_default),
            (None, Some(fallback)) => Some(fallback.to_string()),
            (None, None) => {
                self.warn(ModelError::Missing {
                    path: child(path, "alt"),
                    hint: Some("describe the image, or use \"\" for a decorative one"),
                });
                None
            }
        };
        let width = field(fields, "width")
            .and_then(|value| self.take(dimension(value, &child(path, "width"))));
        let height = field(fields, "height")
            .and_then(|value| self.take(dimension(value, &child(path, "height"))));
        Some(Image {
            src: src?,
            srcset,
            alt: alt?,
            width,
            height,
        })
    }

    /// Carousel options; every bad value falls back to its default on its own.
    fn carousel(&mut self, value: &Json, path: &str) -> CarouselOptions {
        let Some(fields) = self.take(object(value, path)) else {
            return CarouselOptions::default();
        };
        let label = self.optional_text(fields, "label", path);
        let wrap = self.optional_bool(fields, "wrap", path).unwrap_or(false);
        let autoplay_ms = field(fields, "autoplay").and_then(|value| {
            let path = child(path, "autoplay");
            let Some(ms) = value.as_f64() else {
                self.warn(wrong_type(&path, "a number of milliseconds", value));
                return None;
            };
            let in_range = ms.fract() == 0.0
                && (f64::from(MIN_AUTOPLAY_MS)..=f64::from(MAX_AUTOPLAY_MS)).contains(&ms);
            if ms == 0.0 {
                None
            } else if in_range {
                Some(ms as u32)
            } else {
                self.warn(bad_value(
                    &path,
                    format!(
                        "expected a whole number of milliseconds from {MIN_AUTOPLAY_MS} to {MAX_AUTOPLAY_MS} (or 0 for none), got {}",
                        format_number(ms)
                    ),
                ));
                None
            }
        });
        CarouselOptions {
            label,
            wrap,
            autoplay_ms,
        }
    }

    /// One body block; `None` when it is dropped: a problem made it unusable (reported), or
    /// it is a text block with nothing to show (an empty paragraph, heading, pull quote or
    /// list), which CMS exports produce and readers should not see.
    fn block(&mut self, value: &Json, path: &str) -> Option<Block> {
        let fields = self.take(object(value, path))?;
        let type_path = child(path, "type");
        let kind = self.take(required(fields, "type", path).and_then(|kind| {
            kind.as_str()
                .ok_or_else(|| wrong_type(&type_path, "a string", kind))
        }))?;
        let content_of = |reader: &mut Self| {
            let content = reader.take(required(fields, "content", path))?;
            reader.rich_text(content, &child(path, "content"))
        };
        match kind {
            "paragraph" => {
                let content = content_of(self)?;
                (!content.is_empty()).then_some(Block::Paragraph(content))
            }
            "heading" => {
                let level = field(fields, "level").and_then(|value| {
                    let path = child(path, "level");
                    let level = match value.as_f64() {
                        Some(l) if l == 2.0 || l == 3.0 || l == 4.0 => Ok(l as u8),
                        Some(l) => Err(bad_value(
                            &path,
                            format!(
                                "expected 2, 3 or 4, got {} (the headline is the only level-1 heading)",
                                format_number(l)
                            ),
                        )),
                        None => Err(wrong_type(&path, "a number", value)),
                    };
                    self.take(level)
                });
                let content = content_of(self)?;
                (!content.is_empty()).then_some(Block::Heading {
                    level: level.unwrap_or(2),
                    content,
                })
            }
            "figure" => {
                let image = self
                    .take(required(fields, "image", path))
                    .and_then(|value| self.image(value, &child(path, "image"), None));
                let caption = field(fields, "caption")
                    .and_then(|value| self.rich_text(value, &child(path, "caption")))
                    .filter(|caption| !caption.is_empty());
                let credit = self.optional_text(fields, "credit", path);
                Some(Block::Figure(Figure {
                    image: image?,
                    caption,
                    credit,
                }))
            }
            "pullquote" => {
                let content = content_of(self);
                let attribution = self.optional_text(fields, "attribution", path);
                let content = content?;
                (!content.is_empty()).then_some(Block::PullQuote {
                    content,
                    attribution,
                })
            }
            "list" => {
                let items_path = child(path, "items");
                let entries = self.take(
                    required(fields, "items", path)
                        .and_then(|value| array(value, &items_path, MAX_LIST_ITEMS)),
                );
                let mut items = Vec::new();
                for (i, entry) in entries.unwrap_or_default().iter().enumerate() {
                    if let Some(content) = self.rich_text(entry, &item(&items_path, i)) {
                        if !content.is_empty() {
                            items.push(content);
                        }
                    }
                }
                let ordered = self.optional_bool(fields, "ordered", path).unwrap_or(false);
                (!items.is_empty()).then_some(Block::List { ordered, items })
            }
            other => {
                self.warn(ModelError::UnknownType {
                    path: type_path,
                    node: NodeKind::Block,
                    value: excerpt(other),
                });
                None
            }
        }
    }

    /// Rich text as a whole (a block's content, a caption, a list item), whitespace
    /// finished; `None` when the value is not rich text at all.
    fn rich_text(&mut self, value: &Json, path: &str) -> Option<Vec<Inline>> {
        let mut nodes = self.inlines(value, path, InlineContext::default())?;
        normalize_inlines(&mut nodes);
        Some(nodes)
    }

    fn inlines(&mut self, value: &Json, path: &str, context: InlineContext) -> Option<Vec<Inline>> {
        match value {
            Json::String(raw) => {
                self.take(check_length(raw, path))?;
                Some(vec![Inline::Text(collapse(raw))])
            }
            Json::Array(items) => {
                let mut out = Vec::with_capacity(items.len());
                for (i, node) in items.iter().enumerate() {
                    self.inline(node, &item(path, i), context, &mut out);
                }
                Some(out)
            }
            other => {
                self.warn(wrong_type(
                    path,
                    "a string or an array of inline nodes",
                    other,
                ));
                None
            }
        }
    }

    /// The `content` of an inline node, read in `context`.
    fn inline_content(
        &mut self,
        fields: Fields,
        path: &str,
        context: InlineContext,
    ) -> Option<Vec<Inline>> {
        let content = self.take(required(fields, "content", path))?;
        self.inlines(content, &child(path, "content"), context)
    }

    /// Appends what one inline node contributes to `out`: usually the node itself; its
    /// text alone where the node cannot be kept but its words can (an unknown type, a link
    /// with a bad URL, a nested link or quote); nothing when it has no usable text.
    fn inline(&mut self, value: &Json, path: &str, context: InlineContext, out: &mut Vec<Inline>) {
        let fields = match value {
            Json::String(raw) => {
                if self.take(check_length(raw, path)).is_some() {
                    out.push(Inline::Text(collapse(raw)));
                }
                return;
            }
            Json::Object(fields) => fields.as_slice(),
            other => {
                self.warn(wrong_type(path, "a string or an inline node object", other));
                return;
            }
        };
        let type_path = child(path, "type");
        let kind = required(fields, "type", path).and_then(|kind| {
            kind.as_str()
                .ok_or_else(|| wrong_type(&type_path, "a string", kind))
        });
        let kind = match kind {
            Ok(kind) => kind,
            Err(error) => {
                self.warn(error);
                self.unwrap_unknown(fields, path, context, out);
                return;
            }
        };
        match kind {
            "text" => {
                let raw = required(fields, "text", path)
                    .and_then(|value| raw_string(value, &child(path, "text")));
                if let Some(raw) = self.take(raw) {
                    out.push(Inline::Text(collapse(raw)));
                }
            }
            "em" => {
                if let Some(content) = self.inline_content(fields, path, context) {
                    out.push(Inline::Emphasis(content));
                }
            }
            "strong" => {
                if let Some(content) = self.inline_content(fields, path, context) {
                    out.push(Inline::Strong(content));
                }
            }
            "br" => out.push(Inline::LineBreak),
            "link" => self.link(fields, path, context, out),
            "quote" => self.quote(fields, path, context, out),
            other => {
                self.warn(ModelError::UnknownType {
                    path: type_path,
                    node: NodeKind::Inline,
                    value: excerpt(other),
                });
                self.unwrap_unknown(fields, path, context, out);
            }
        }
    }

    /// A node of an unknown type keeps its words: its `content`, else its `text`. Data
    /// written for a later revision then degrades to plain text instead of losing it.
    fn unwrap_unknown(
        &mut self,
        fields: Fields,
        path: &str,
        context: InlineContext,
        out: &mut Vec<Inline>,
    ) {
        if let Some(content) = field(fields, "content") {
            if let Some(nodes) = self.inlines(content, &child(path, "content"), context) {
                out.extend(nodes);
            }
        } else if let Some(raw) = field(fields, "text").and_then(Json::as_str) {
            if self.take(check_length(raw, &child(path, "text"))).is_some() {
                out.push(Inline::Text(collapse(raw)));
            }
        }
    }

    /// A link; with a missing or bad `href` (or inside another link) its text is kept
    /// without the link.
    fn link(&mut self, fields: Fields, path: &str, context: InlineContext, out: &mut Vec<Inline>) {
        if context.in_link {
            self.warn(bad_value(
                path,
                "links cannot be nested (the inner link is dropped, its text kept)",
            ));
            if let Some(content) = self.inline_content(fields, path, context) {
                out.extend(content);
            }
            return;
        }
        let href = self.take(
            required(fields, "href", path)
                .and_then(|value| url(value, &child(path, "href"), UrlKind::Link)),
        );
        let inner = InlineContext {
            in_link: true,
            ..context
        };
        let Some(content) = self.inline_content(fields, path, inner) else {
            return;
        };
        if Inline::plain_text(&content).trim().is_empty() {
            self.warn(ModelError::Empty {
                path: child(path, "content"),
                hint: Some("a link needs text"),
            });
            out.extend(content);
            return;
        }
        match href {
            Some(href) => out.push(Inline::Link { href, content }),
            None => out.extend(content),
        }
    }

    /// A quote; an unknown or conflicting speaker is dropped (the quote stays), a quote
    /// without text or inside another quote keeps its text without the mark.
    fn quote(&mut self, fields: Fields, path: &str, context: InlineContext, out: &mut Vec<Inline>) {
        if context.in_quote {
            self.warn(bad_value(
                path,
                "quotes cannot be nested (the inner quote is dropped, its text kept)",
            ));
            if let Some(content) = self.inline_content(fields, path, context) {
                out.extend(content);
            }
            return;
        }
        let speaker_path = child(path, "speaker");
        let speaker = field(fields, "speaker").and_then(|value| {
            let Some(id) = self.take(text(value, &speaker_path))? else {
                self.warn(empty(&speaker_path));
                return None;
            };
            let index = self.person_index.get(&id).copied();
            if index.is_none() {
                self.warn(ModelError::UnknownPerson {
                    path: speaker_path.clone(),
                    id: excerpt(&id),
                });
            }
            index
        });
        let id_path = child(path, "id");
        let quote_id = field(fields, "id").and_then(|value| {
            let id = self.take(text(value, &id_path))?;
            if id.is_none() {
                self.warn(empty(&id_path));
            }
            id
        });
        let inner = InlineContext {
            in_quote: true,
            ..context
        };
        let Some(content) = self.inline_content(fields, path, inner) else {
            return;
        };
        if Inline::plain_text(&content).trim().is_empty() {
            self.warn(empty(&child(path, "content")));
            out.extend(content);
            return;
        }
        let speaker = match &quote_id {
            Some(id) => self.note_quote_id(id, speaker, &id_path),
            None => speaker,
        };
        out.push(Inline::Quote(QuoteMark {
            // An empty id is numbered in finish_quotes.
            quote_id: quote_id.unwrap_or_default(),
            speaker,
            origin: QuoteOrigin::Editor,
            content,
            part: 0, // numbered when quotes are applied
        }));
    }

    /// The parts of a split quote share one speaker: a part may leave it out, but a part
    /// naming a different person than an earlier one is reported, and its speaker dropped
    /// so that the part takes the first one like the others.
    fn note_quote_id(&mut self, id: &str, speaker: Option<usize>, path: &str) -> Option<usize> {
        let Some(&index) = self.quote_ids.get(id) else {
            self.quote_ids
                .insert(id.to_string(), self.quotes_seen.len());
            self.quotes_seen.push(QuoteSeen {
                speaker,
                path: path.to_string(),
            });
            return speaker;
        };
        let seen = &mut self.quotes_seen[index];
        match (seen.speaker, speaker) {
            (Some(first), Some(this)) if first != this => {
                let name = |i: usize| self.people.get(i).map_or(String::new(), |p| quoted(&p.id));
                let message = format!(
                    "quote {} has speaker {} here but {} at {}; all parts of a split quote need the same speaker",
                    quoted(id),
                    name(this),
                    name(first),
                    seen.path
                );
                self.warn(bad_value(path, message));
                None
            }
            (None, Some(this)) => {
                seen.speaker = Some(this);
                speaker
            }
            _ => speaker,
        }
    }

    /// Numbers the quotes without an id ("q-1", "q-2", … skipping ids the editor used) and
    /// gives every part of a split quote the speaker named on any of its parts.
    fn finish_quotes(&self, body: &mut [Block]) {
        let mut next = 0;
        for_each_quote(body, &mut |mark| {
            if mark.quote_id.is_empty() {
                loop {
                    next += 1;
                    let candidate = format!("q-{next}");
                    if !self.quote_ids.contains_key(&candidate) {
                        mark.quote_id = candidate;
                        break;
                    }
                }
            } else if mark.speaker.is_none() {
                mark.speaker = self
                    .quote_ids
                    .get(&mark.quote_id)
                    .and_then(|&index| self.quotes_seen[index].speaker);
            }
        });
    }
}

/// Visits every quote mark in reading order.
fn for_each_quote(body: &mut [Block], visit: &mut impl FnMut(&mut QuoteMark)) {
    fn walk(nodes: &mut [Inline], visit: &mut impl FnMut(&mut QuoteMark)) {
        for node in nodes {
            match node {
                Inline::Quote(mark) => {
                    visit(mark);
                    walk(&mut mark.content, visit);
                }
                Inline::Emphasis(content) | Inline::Strong(content) => walk(content, visit),
                Inline::Link { content, .. } => walk(content, visit),
                Inline::Text(_) | Inline::LineBreak => {}
            }
        }
    }
    for block in body {
        match block {
            Block::Paragraph(content)
            | Block::Heading { content, .. }
            | Block::PullQuote { content, .. } => walk(content, visit),
            Block::Figure(figure) => {
                if let Some(caption) = &mut figure.caption {
                    walk(caption, visit);
                }
            }
            Block::List { items, .. } => {
                for entry in items {
                    walk(entry, visit);
                }
            }
        }
    }
}

//! Structured documents from fuzz bytes. The bytes choose the shape (which fields, which
//! block and inline types, which JSON-LD wrapping) and supply the strings; a token list
//! mixes in what a blind fuzzer takes long to find (quote marks and reporting verbs for
//! the detector, hostile URLs and markup for the validators, schema.org type names).
//! Every choice falls back to the first alternative once the bytes run out, so generation
//! always ends.

use libfuzzer_sys::arbitrary::{Result, Unstructured};

use crate::json::J;

/// Strings the fuzzer would take long to invent.
pub const TOKENS: &[&str] = &[
    "",
    " ",
    "\u{201c}We will not raise fares,\u{201d} Jane Okafor said.",
    "\u{201c}",
    "\u{201d}",
    "\"",
    "\u{ab} ",
    " \u{bb}",
    "\u{300c}",
    "\u{300d}",
    "\u{2018}",
    "\u{2019}",
    " said ",
    " told reporters: ",
    "said Tomas Lindqvist, the city's chief engineer,",
    "Dr. Amara Nwosu",
    "She said",
    "Mr. ",
    "\u{2026}",
    "\n",
    "\n\n",
    "\u{202e}",
    "\u{2067}",
    "\u{0}",
    "\u{feff}",
    "<script>__xss_canary()</script>",
    "<img src=x onerror=__xss_canary()>",
    "javascript:__xss_canary()",
    "JaVaScRiPt:alert(1)",
    "java\tscript:alert(1)",
    " \u{1}javascript:alert(1)",
    "&#106;avascript:alert(1)",
    "&#x6A;avascript&colon;alert(1)",
    "%6a%61vascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "mailto:a@b.example",
    "mailto:a@b.example?subject=javascript:x",
    "https://news.example/a/1",
    "http://x",
    "//cdn.example/x.png",
    "/relative/path.jpg",
    "img.png 2x, img@2x.png 3x",
    "a.jpg 480w, b.jpg 960w",
    "https:example.com",
    "2024-02-29T23:59:59.5Z",
    "2024-03-01",
    "2026-06-02T09:15:00+08:00",
    "2024-13-45T99:99:99",
    "en",
    "zh-Hant",
    "ar",
    "NewsArticle",
    "BreadcrumbList",
    "Person",
    "ImageObject",
    "schema:Article",
    "https://schema.org/ReportageNewsArticle",
    "#jane",
    "_:b0",
];

/// Types of the native format's body blocks and inline nodes (and a few that are not).
const BLOCK_TYPES: &[&str] = &[
    "paragraph",
    "heading",
    "figure",
    "pullquote",
    "list",
    "table",
    "",
];
const INLINE_TYPES: &[&str] = &["text", "em", "strong", "link", "quote", "br", "mark", ""];

/// A string: fuzz text, a token, or a few of them joined.
pub fn text(u: &mut Unstructured) -> Result<String> {
    let mut out = String::new();
    let parts = u.int_in_range(1..=3u8)?;
    for _ in 0..parts {
        match u.int_in_range(0..=2u8)? {
            0 => out.push_str(u.arbitrary::<&str>()?),
            1 => out.push_str(u.choose(TOKENS)?),
            _ => {
                out.push_str(u.arbitrary::<&str>()?);
                out.push_str(u.choose(TOKENS)?);
            }
        }
    }
    Ok(out)
}

/// A URL-ish string: mostly a token (good or hostile), sometimes with fuzz text around it.
pub fn url(u: &mut Unstructured) -> Result<String> {
    Ok(match u.int_in_range(0..=3u8)? {
        0 => u.choose(TOKENS)?.to_string(),
        1 => format!("{}{}", u.choose(TOKENS)?, u.arbitrary::<&str>()?),
        2 => format!("{}{}", u.arbitrary::<&str>()?, u.choose(TOKENS)?),
        _ => text(u)?,
    })
}

/// Any JSON value, for the wrong-type paths.
pub fn wild(u: &mut Unstructured, depth: u8) -> Result<J> {
    let top = if depth == 0 { 3 } else { 5 };
    Ok(match u.int_in_range(0..=top)? {
        0 => J::Null,
        1 => J::Bool(u.arbitrary()?),
        2 => J::Num(u.arbitrary()?),
        3 => J::Str(text(u)?),
        4 => {
            let n = u.int_in_range(0..=4u8)?;
            J::Arr((0..n).map(|_| wild(u, depth - 1)).collect::<Result<_>>()?)
        }
        _ => {
            let n = u.int_in_range(0..=4u8)?;
            let mut members = Vec::new();
            for _ in 0..n {
                members.push((text(u)?, wild(u, depth - 1)?));
            }
            J::Obj(members)
        }
    })
}

/// Usually `good`, sometimes null or a value of any type.
fn value(u: &mut Unstructured, good: impl FnOnce(&mut Unstructured) -> Result<J>) -> Result<J> {
    match u.int_in_range(0..=15u8)? {
        0 => Ok(J::Null),
        1 => wild(u, 2),
        _ => good(u),
    }
}

fn s(u: &mut Unstructured) -> Result<J> {
    value(u, |u| Ok(J::Str(text(u)?)))
}

fn link(u: &mut Unstructured) -> Result<J> {
    value(u, |u| Ok(J::Str(url(u)?)))
}

/// Members chosen by the bytes (each field present or not), in the order given.
struct Fields<'a, 'b> {
    u: &'a mut Unstructured<'b>,
    members: Vec<(String, J)>,
}

impl<'a, 'b> Fields<'a, 'b> {
    fn new(u: &'a mut Unstructured<'b>) -> Self {
        Fields {
            u,
            members: Vec::new(),
        }
    }

    fn maybe(
        &mut self,
        key: &str,
        make: impl FnOnce(&mut Unstructured) -> Result<J>,
    ) -> Result<&mut Self> {
        if self.u.ratio(3u8, 4u8)? {
            let value = make(self.u)?;
            self.members.push((key.to_string(), value));
        }
        Ok(self)
    }

    fn always(
        &mut self,
        key: &str,
        make: impl FnOnce(&mut Unstructured) -> Result<J>,
    ) -> Result<&mut Self> {
        let value = make(self.u)?;
        self.members.push((key.to_string(), value));
        Ok(self)
    }

    fn done(&mut self) -> Result<J> {
        // Now and then an unknown field, or a repeated one (the last one wins, with a warning).
        if self.u.ratio(1u8, 16u8)? {
            let key = if self.u.arbitrary()? {
                self.members
                    .first()
                    .map_or_else(|| "x".to_string(), |(k, _)| k.clone())
            } else {
                text(self.u)?
            };
            let value = wild(self.u, 2)?;
            self.members.push((key, value));
        }
        Ok(J::Obj(std::mem::take(&mut self.members)))
    }
}

fn list(u: &mut Unstructured, max: u8, item: impl Fn(&mut Unstructured) -> Result<J>) -> Result<J> {
    value(u, |u| {
        let n = u.int_in_range(0..=max)?;
        Ok(J::Arr((0..n).map(|_| item(u)).collect::<Result<_>>()?))
    })
}

/// The ids the native document's people get, so quotes can refer to them.
const PERSON_IDS: &[&str] = &["ana", "bo", "jane", ""];

/// Broadsheet article JSON v1 with every part of the format in reach.
pub fn native(u: &mut Unstructured) -> Result<J> {
    let mut f = Fields::new(u);
    f.always("version", |u| {
        Ok(if u.ratio(15u8, 16u8)? {
            J::Num(1.0)
        } else {
            wild(u, 1)?
        })
    })?
    .maybe("id", s)?
    .maybe("lang", |u| {
        value(u, |u| {
            Ok(J::s(
                *u.choose(&["en", "en-GB", "ar", "he", "zh-Hant", "x"])?,
            ))
        })
    })?
    .maybe("dir", |u| {
        value(u, |u| Ok(J::s(*u.choose(&["ltr", "rtl", "auto", "up"])?)))
    })?
    .maybe("url", link)?
    .maybe("breadcrumb", |u| {
        list(u, 4, |u| {
            value(u, |u| {
                Fields::new(u).maybe("name", s)?.maybe("url", link)?.done()
            })
        })
    })?
    .always("headline", s)?
    .maybe("standfirst", s)?
    .maybe("source", |u| {
        value(u, |u| {
            Fields::new(u)
                .maybe("name", s)?
                .maybe("url", link)?
                .maybe("logo", image)?
                .done()
        })
    })?
    .maybe("published", date)?
    .maybe("updated", date)?
    .maybe("dateline", s)?
    .maybe("authors", |u| {
        list(u, 3, |u| {
            if u.arbitrary()? {
                s(u)
            } else {
                Fields::new(u)
                    .maybe("name", s)?
                    .maybe("url", link)?
                    .maybe("role", s)?
                    .done()
            }
        })
    })?
    .maybe("byline", s)?
    .maybe("editor", |u| {
        value(u, |u| {
            Fields::new(u).maybe("name", s)?.maybe("lang", s)?.done()
        })
    })?
    .maybe("tags", |u| list(u, 4, s))?
    .maybe("people", |u| {
        list(u, 4, |u| {
            Fields::new(u)
                .always("id", |u| value(u, |u| Ok(J::s(*u.choose(PERSON_IDS)?))))?
                .maybe("name", s)?
                .maybe("role", s)?
                .maybe("organization", s)?
                .maybe("url", link)?
                .done()
        })
    })?
    .always("body", |u| list(u, 12, block))?
    .maybe("related", |u| {
        list(u, 3, |u| {
            Fields::new(u)
                .maybe("headline", s)?
                .maybe("url", link)?
                .maybe("summary", s)?
                .maybe("image", image)?
                .maybe("section", s)?
                .maybe("published", date)?
                .done()
        })
    })?
    .maybe("quotes", |u| {
        value(u, |u| {
            Ok(J::s(*u.choose(&["auto", "explicit", "off", "all"])?))
        })
    })?
    .maybe("carousel", |u| {
        value(u, |u| {
            Fields::new(u)
                .maybe("label", s)?
                .maybe("wrap", |u| Ok(J::Bool(u.arbitrary()?)))?
                .maybe("autoplay", |u| {
                    Ok(J::Num(*u.choose(&[
                        0.0, 1999.0, 2000.0, 5000.0, 600_001.0, -1.0, 0.5,
                    ])?))
                })?
                .done()
        })
    })?
    .done()
}

fn date(u: &mut Unstructured) -> Result<J> {
    value(u, |u| {
        Ok(J::Str(if u.arbitrary()? {
            u.choose(TOKENS)?.to_string()
        } else {
            text(u)?
        }))
    })
}

fn image(u: &mut Unstructured) -> Result<J> {
    value(u, |u| {
        Fields::new(u)
            .always("src", link)?
            .maybe("srcset", link)?
            .maybe("alt", s)?
            .maybe("width", dimension)?
            .maybe("height", dimension)?
            .done()
    })
}

fn dimension(u: &mut Unstructured) -> Result<J> {
    value(u, |u| {
        Ok(J::Num(*u.choose(&[
            1.0, 640.0, 0.0, -3.0, 1.5, 100_000.0, 100_001.0, 1e300,
        ])?))
    })
}

fn block(u: &mut Unstructured) -> Result<J> {
    value(u, |u| {
        let kind = *u.choose(BLOCK_TYPES)?;
        let mut f = Fields::new(u);
        f.always("type", |_| Ok(J::s(kind)))?;
        match kind {
            "figure" => f
                .always("image", image)?
                .maybe("caption", |u| rich(u, 2))?
                .maybe("credit", s)?,
            "list" => f
                .maybe("ordered", |u| Ok(J::Bool(u.arbitrary()?)))?
                .always("items", |u| list(u, 4, |u| rich(u, 2)))?,
            "heading" => f
                .maybe("level", |u| {
                    value(u, |u| Ok(J::Num(f64::from(u.int_in_range(1..=5u8)?))))
                })?
                .always("content", |u| rich(u, 3))?,
            "pullquote" => f
                .always("content", |u| rich(u, 2))?
                .maybe("attribution", s)?,
            _ => f.always("content", |u| rich(u, 3))?,
        };
        f.done()
    })
}

/// Rich text: a string or an array of inline nodes, nested up to `depth`.
fn rich(u: &mut Unstructured, depth: u8) -> Result<J> {
    if u.ratio(1u8, 3u8)? {
        return s(u);
    }
    let n = u.int_in_range(0..=6u8)?;
    Ok(J::Arr(
        (0..n).map(|_| inline(u, depth)).collect::<Result<_>>()?,
    ))
}

fn inline(u: &mut Unstructured, depth: u8) -> Result<J> {
    if u.ratio(1u8, 3u8)? {
        return s(u);
    }
    let kind = *u.choose(INLINE_TYPES)?;
    let mut f = Fields::new(u);
    f.always("type", |_| Ok(J::s(kind)))?;
    let content = |u: &mut Unstructured| if depth == 0 { s(u) } else { rich(u, depth - 1) };
    match kind {
        "text" => f.always("text", s)?,
        "br" => &mut f,
        "link" => f.maybe("href", link)?.always("content", content)?,
        "quote" => f
            .maybe("speaker", |u| {
                value(u, |u| Ok(J::s(*u.choose(PERSON_IDS)?)))
            })?
            .maybe("id", |u| {
                value(u, |u| {
                    Ok(J::s(*u.choose(&["q1", "q2", "q-1", "auto-1", ""])?))
                })
            })?
            .always("content", content)?,
        _ => f.always("content", content)?,
    };
    f.done()
}

const ARTICLE_TYPES: &[&str] = &[
    "NewsArticle",
    "Article",
    "ReportageNewsArticle",
    "BlogPosting",
    "schema:NewsArticle",
    "https://schema.org/Article",
    "WebPage",
];

/// A schema.org article node, alone, in an array or in an `@graph` with the nodes it
/// refers to (a BreadcrumbList, a Person, an Organization).
pub fn jsonld(u: &mut Unstructured) -> Result<J> {
    let node = article_node(u)?;
    let person = J::obj(vec![
        ("@type", J::s("Person")),
        ("@id", J::s("#jane")),
        ("name", J::Str(text(u)?)),
        ("url", J::Str(url(u)?)),
    ]);
    let crumbs = {
        let n = u.int_in_range(0..=4u8)?;
        let mut items = Vec::new();
        for i in 0..n {
            let mut f = Fields::new(u);
            f.maybe("@type", |_| Ok(J::s("ListItem")))?
                .maybe("position", |u| value(u, |_| Ok(J::Num(f64::from(i) + 1.0))))?
                .maybe("name", s)?
                .maybe("item", |u| {
                    if u.arbitrary()? {
                        link(u)
                    } else {
                        Ok(J::obj(vec![
                            ("@id", J::Str(url(u)?)),
                            ("name", J::Str(text(u)?)),
                        ]))
                    }
                })?;
            items.push(f.done()?);
        }
        J::obj(vec![
            ("@type", J::s("BreadcrumbList")),
            ("itemListElement", J::Arr(items)),
        ])
    };
    Ok(match u.int_in_range(0..=3u8)? {
        0 => node,
        1 => J::Arr(vec![crumbs, node, person]),
        2 => J::obj(vec![
            ("@context", J::s("https://schema.org")),
            ("@graph", J::Arr(vec![person, crumbs, node])),
        ]),
        _ => J::obj(vec![
            ("@context", J::s("https://schema.org")),
            (
                "@graph",
                J::Arr(vec![J::obj(vec![("@graph", J::Arr(vec![node]))]), crumbs]),
            ),
        ]),
    })
}

fn article_node(u: &mut Unstructured) -> Result<J> {
    let kind = *u.choose(ARTICLE_TYPES)?;
    let mut f = Fields::new(u);
    f.maybe("@context", |_| Ok(J::s("https://schema.org")))?
        .always("@type", |u| {
            Ok(if u.ratio(1u8, 8u8)? {
                J::Arr(vec![J::s("Thing"), J::s(kind)])
            } else {
                J::s(kind)
            })
        })?
        .maybe("@id", link)?
        .maybe("headline", |u| one_or_many(u, s))?
        .maybe("name", s)?
        .maybe("alternativeHeadline", s)?
        .maybe("description", s)?
        .maybe("inLanguage", |u| {
            one_or_many(u, |u| {
                value(u, |u| Ok(J::s(*u.choose(&["en", "ar", "zh-Hant", "??"])?)))
            })
        })?
        .maybe("url", link)?
        .maybe("mainEntityOfPage", |u| {
            if u.arbitrary()? {
                link(u)
            } else {
                Ok(J::obj(vec![
                    ("@type", J::s("WebPage")),
                    ("@id", J::Str(url(u)?)),
                ]))
            }
        })?
        .maybe("identifier", |u| value(u, |u| Ok(J::Str(text(u)?))))?
        .maybe("datePublished", date)?
        .maybe("dateModified", date)?
        .maybe("dateline", s)?
        .maybe("author", |u| one_or_many(u, party))?
        .maybe("editor", |u| one_or_many(u, party))?
        .maybe("publisher", |u| {
            one_or_many(u, |u| {
                Fields::new(u)
                    .maybe("@type", |_| Ok(J::s("Organization")))?
                    .maybe("name", s)?
                    .maybe("url", link)?
                    .maybe("logo", |u| one_or_many(u, ld_image))?
                    .done()
            })
        })?
        .maybe("image", |u| one_or_many(u, ld_image))?
        .maybe("articleBody", |u| {
            value(u, |u| {
                let n = u.int_in_range(0..=8u8)?;
                let separator = *u.choose(&["\n\n", "\n", "\r\n\r\n", " \n \n"])?;
                let paragraphs: Vec<String> = (0..n).map(|_| text(u)).collect::<Result<_>>()?;
                Ok(J::Str(paragraphs.join(separator)))
            })
        })?
        .maybe("keywords", |u| {
            if u.arbitrary()? {
                s(u)
            } else {
                list(u, 4, |u| {
                    if u.arbitrary()? {
                        s(u)
                    } else {
                        Ok(J::obj(vec![
                            ("@type", J::s("DefinedTerm")),
                            ("name", J::Str(text(u)?)),
                        ]))
                    }
                })
            }
        })?
        .maybe("articleSection", |u| one_or_many(u, s))?
        .maybe("breadcrumb", |_| Ok(J::obj(vec![("@id", J::s("#crumbs"))])))?
        .done()
}

fn one_or_many(u: &mut Unstructured, make: impl Fn(&mut Unstructured) -> Result<J>) -> Result<J> {
    if u.ratio(2u8, 3u8)? {
        make(u)
    } else {
        let n = u.int_in_range(0..=3u8)?;
        Ok(J::Arr((0..n).map(|_| make(u)).collect::<Result<_>>()?))
    }
}

/// An author or editor: a name, a Person (maybe by reference), given and family names.
fn party(u: &mut Unstructured) -> Result<J> {
    Ok(match u.int_in_range(0..=3u8)? {
        0 => J::Str(text(u)?),
        1 => J::obj(vec![("@id", J::s("#jane"))]),
        2 => J::obj(vec![
            ("@type", J::s("Person")),
            ("givenName", J::Str(text(u)?)),
            ("familyName", J::Str(text(u)?)),
        ]),
        _ => Fields::new(u)
            .always("@type", |_| Ok(J::s("Person")))?
            .maybe("name", s)?
            .maybe("url", link)?
            .maybe("jobTitle", s)?
            .done()?,
    })
}

fn ld_image(u: &mut Unstructured) -> Result<J> {
    if u.ratio(1u8, 3u8)? {
        return link(u);
    }
    Fields::new(u)
        .maybe("@type", |_| Ok(J::s("ImageObject")))?
        .maybe("url", link)?
        .maybe("contentUrl", link)?
        .maybe("name", s)?
        .maybe("caption", s)?
        .maybe("creditText", s)?
        .maybe("width", |u| {
            value(u, |u| {
                Ok(J::s(*u.choose(&["1200", "1200px", "wide", "0"])?))
            })
        })?
        .maybe("height", dimension)?
        .done()
}

/// A document of either format, as JSON text; now and then with the syntax broken at a
/// point the bytes choose (truncated, or raw fuzz text spliced in).
pub fn document(u: &mut Unstructured) -> Result<String> {
    let doc = if u.arbitrary()? {
        native(u)?
    } else {
        jsonld(u)?
    };
    let mut text = doc.to_text();
    if u.ratio(1u8, 32u8)? && !text.is_empty() {
        let mut at = u.int_in_range(0..=text.len() - 1)?;
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        if u.arbitrary()? {
            text.truncate(at);
        } else {
            let raw = J::Raw(u.arbitrary::<&str>()?.to_string()).to_text();
            text.insert_str(at, &raw);
        }
    }
    Ok(text)
}

#![cfg(not(target_arch = "wasm32"))]
//! Quote detection against the labelled corpus (`tests/data/quotes/corpus.json`), with the
//! same scoring as `examples/quote_eval.rs`, plus robustness on hostile text.

#[path = "../examples/quote_eval.rs"]
#[allow(dead_code)]
mod quote_eval;

use broadsheet::model::{Article, Block, Inline, QuoteMark, QuoteOrigin, QuotesMode};
use broadsheet::quotes::{annotate, detect, index};

fn corpus() -> Vec<quote_eval::Item> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/quotes/corpus.json");
    let text = std::fs::read_to_string(path).expect("corpus file is part of the repository");
    quote_eval::load(&text).expect("corpus is well-formed")
}

#[test]
fn corpus_meets_targets() {
    let items = corpus();
    assert!(items.len() >= 50, "corpus has {} items", items.len());
    let report = quote_eval::evaluate(&items);
    quote_eval::print(&report);
    for failure in &report.failures {
        println!("  {failure}");
    }
    let (_, _, f1) = report.exact();
    assert!(f1 >= quote_eval::MIN_SPAN_F1, "exact span F1 {f1:.3}");
    let accuracy = report.speaker_accuracy();
    assert!(
        accuracy >= quote_eval::MIN_SPEAKER_ACCURACY,
        "speaker accuracy {accuracy:.3}"
    );
}

#[test]
fn corpus_spans_are_char_boundaries_and_ordered() {
    for item in corpus() {
        let refs: Vec<&str> = item.paragraphs.iter().map(String::as_str).collect();
        let mut last = (0, 0);
        for q in detect(&refs) {
            let first = q.spans.first().expect("a quote has a span");
            assert!(
                (first.paragraph, first.start) >= last,
                "{}: quotes out of order",
                item.name
            );
            last = (first.paragraph, first.start);
            for s in &q.spans {
                let text = &refs[s.paragraph];
                assert!(s.start < s.end && s.end <= text.len(), "{}", item.name);
                assert!(
                    text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
                    "{}",
                    item.name
                );
            }
        }
    }
}

/// Whole corpus through `annotate` as one article: the plain text survives unchanged and
/// every detected quote is indexed.
#[test]
fn corpus_annotates_as_an_article() {
    let items = corpus();
    let body: Vec<Block> = items
        .iter()
        .flat_map(|item| {
            item.paragraphs
                .iter()
                .map(|p| Block::Paragraph(vec![Inline::Text(p.clone())]))
        })
        .collect();
    let before: Vec<String> = body
        .iter()
        .map(|b| match b {
            Block::Paragraph(c) => Inline::plain_text(c),
            _ => String::new(),
        })
        .collect();
    let article = annotate(Article {
        body,
        quotes: QuotesMode::Auto,
        ..Article::default()
    });
    let after: Vec<String> = article
        .body
        .iter()
        .map(|b| match b {
            Block::Paragraph(c) => Inline::plain_text(c),
            _ => String::new(),
        })
        .collect();
    assert_eq!(before, after);
    let idx = index(&article);
    assert!(
        idx.quotes.len() >= 100,
        "{} quotes indexed",
        idx.quotes.len()
    );
    for (n, q) in idx.quotes.iter().enumerate() {
        assert_eq!(q.number, n + 1);
        assert!(q.speaker.is_none_or(|s| s < article.people.len()));
    }
    let counted: usize = idx.speakers.iter().map(|&(_, n)| n).sum();
    assert_eq!(
        counted,
        idx.quotes.iter().filter(|q| q.speaker.is_some()).count()
    );
}

/// A small deterministic generator (xorshift), so the test needs no extra crate.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn hostile_text_never_panics() {
    const PIECES: &[&str] = &[
        "“",
        "”",
        "\"",
        "'",
        "‘",
        "’",
        "«",
        "»",
        "„",
        "「",
        "」",
        "『",
        "』",
        "‹",
        "›",
        " ",
        ",",
        ".",
        ":",
        "—",
        "-",
        "said",
        "Said",
        "she",
        "Jane",
        "Doe",
        "Dr.",
        "J.",
        "van",
        "al-",
        "according",
        "to",
        "é",
        "\u{301}",
        "日本",
        "と",
        "は",
        "述べた",
        "说",
        "：",
        "\n",
        "’s",
        "the",
        "minister",
        "12",
        "\u{200d}",
        "🙂",
        "a-t-il",
        "so",
        "il",
        "who",
        ";",
        "(",
        ")",
        "?",
        "!",
    ];
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for _ in 0..3000 {
        let n_paras = 1 + (rng.next() % 4) as usize;
        let paras: Vec<String> = (0..n_paras)
            .map(|_| {
                let len = (rng.next() % 40) as usize;
                (0..len)
                    .map(|_| PIECES[(rng.next() % PIECES.len() as u64) as usize])
                    .collect::<Vec<_>>()
                    .join(if rng.next() % 3 == 0 { " " } else { "" })
            })
            .collect();
        let refs: Vec<&str> = paras.iter().map(String::as_str).collect();
        for q in detect(&refs) {
            for s in &q.spans {
                assert!(refs[s.paragraph].get(s.start..s.end).is_some());
            }
        }
        let body: Vec<Block> = paras
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let cut = p
                    .char_indices()
                    .nth(p.chars().count() / 2)
                    .map_or(0, |(i, _)| i);
                let tail = vec![Inline::Text(p[cut..].to_string())];
                let tail = if i % 2 == 0 {
                    Inline::Emphasis(tail)
                } else {
                    Inline::Quote(QuoteMark {
                        quote_id: format!("q{}", i % 3),
                        speaker: None,
                        origin: QuoteOrigin::Editor,
                        content: tail,
                        part: 0,
                    })
                };
                Block::Paragraph(vec![
                    Inline::Text(p[..cut].to_string()),
                    tail,
                    Inline::LineBreak,
                ])
            })
            .collect();
        let mode =
            [QuotesMode::Auto, QuotesMode::Explicit, QuotesMode::Off][(rng.next() % 3) as usize];
        let article = Article {
            body,
            quotes: mode,
            ..Article::default()
        };
        let before = plain(&article);
        let annotated = annotate(article);
        assert_eq!(plain(&annotated), before, "annotation changed the text");
        let idx = index(&annotated);
        assert!(idx
            .quotes
            .iter()
            .all(|q| q.speaker.is_none_or(|s| s < annotated.people.len())));
        assert_eq!(
            annotate(annotated.clone()),
            annotated,
            "annotating twice changed the article"
        );
    }
}

fn plain(article: &Article) -> Vec<String> {
    article
        .body
        .iter()
        .map(|b| match b {
            Block::Paragraph(c) => Inline::plain_text(c),
            _ => String::new(),
        })
        .collect()
}

#[test]
fn pathological_sizes_stay_fast() {
    let long_quote = format!("“{}", "word ".repeat(200_000));
    let many_marks = "\"".repeat(100_000);
    let names = "Jane Doe said ".repeat(50_000);
    let start = std::time::Instant::now();
    for text in [long_quote.as_str(), many_marks.as_str(), names.as_str()] {
        let _ = detect(&[text, text]);
    }
    assert!(start.elapsed().as_secs() < 20, "took {:?}", start.elapsed());
}

/// Speakers of the first quote of each case: the failure classes found on real news
/// (roles in front of names, name shapes, party tags, appositive chains, participles,
/// conjoined verbs, the sentence before a quote, `''` marks). Written for this project.
#[test]
fn real_news_attribution_classes() {
    let cases: &[(&[&str], Option<&str>, Option<&str>)] = &[
        (
            &["\"We will win the county,\" Federalist Party Committee Chairwoman Marta Lindqvist said."],
            Some("Marta Lindqvist"),
            Some("Federalist Party Committee Chairwoman"),
        ),
        (
            &["\"We will win the county,\" Republican Oren Castellano said."],
            Some("Oren Castellano"),
            Some("Republican"),
        ),
        (
            &["''We stay until the end,'' said Hal B. Okonkwo, a steelworker."],
            Some("Hal B. Okonkwo"),
            Some("steelworker"),
        ),
        (
            &["\"The vote was rigged,\" said Northland Gov. Dana Whitford."],
            Some("Dana Whitford"),
            Some("Northland Gov."),
        ),
        (
            &["\"Subpoenas matter,\" Rep. Lena Marsh (D-Ore.) said."],
            Some("Lena Marsh"),
            Some("Rep"),
        ),
        (
            &["Rolf Ambers, 52, the head of Tarrow Mills, a lumber firm that employs 300 people, said the mill would \"stay open.\""],
            Some("Rolf Ambers"),
            None,
        ),
        (
            &["Kira Danso backed the measure on Monday, saying it was \"a fair start.\""],
            Some("Kira Danso"),
            None,
        ),
        (
            &["Mayor Idris Faulk said Friday that the report would be published but said \"not this month.\""],
            Some("Idris Faulk"),
            Some("Mayor"),
        ),
        (
            &["Ines Varga added that the council would vote in May. \"We have the numbers.\""],
            Some("Ines Varga"),
            None,
        ),
        (
            &["Secretary of State Maren Holt spoke first.", "\"We act now,\" Holt said."],
            Some("Maren Holt"),
            None,
        ),
        (&["''We are not done,'' Mr. King said."], Some("King"), None),
        // A lone capitalised word that names nobody known may be a place or a firm.
        (&["\"We will appeal,\" Harlow said."], None, None),
        (
            &["Pia Lund, the mayor of Corvell, a port town, said the ferry was \"a lifeline.\""],
            Some("Pia Lund"),
            None,
        ),
        // Not people: organisations, platforms, section labels.
        (&["In a statement, Harbor Energy said: \"We will appeal.\""], None, None),
        (&["FULL TEXT: \"We will appeal,\" the memo said."], None, None),
        // Posts and documents: the author speaks.
        (
            &["Tam Oduya's Facebook post said the plan was \"a disgrace.\""],
            Some("Tam Oduya"),
            None,
        ),
        (
            &["\"We will appeal,\" according to a memo by Lise Hartmann."],
            Some("Lise Hartmann"),
            None,
        ),
        // A phrase finishing the sentence between the quote and its attribution.
        (
            &["Nils Okafor spoke last.", "''I admire the mechanics'' of the plan, Mr. Okafor said."],
            Some("Nils Okafor"),
            None,
        ),
        (
            &["\"We stay,\" said the Rev. Peter Wherry."],
            Some("Peter Wherry"),
            Some("Rev"),
        ),
        // Party tags with abbreviations, phrasal verbs, "of" phrases, inverted "Said",
        // participles after "before", statements "saying".
        (
            &["Sen. Rand Poole (D-Ore.) said the plan would \"fail badly in the end.\""],
            Some("Rand Poole"),
            None,
        ),
        (
            &["\"Well, these things pass,\" Abel Trent went on."],
            Some("Abel Trent"),
            None,
        ),
        (
            &["Ivo Hale of the Harbor Rowing Club said the rule was \"fine.\""],
            Some("Ivo Hale"),
            None,
        ),
        (
            &["Said Dorothy Pane, who grew up nearby, \"We all remember the flood.\""],
            Some("Dorothy Pane"),
            None,
        ),
        (
            &["Nora Vance issued a statement saying the comment \"is out of line.\""],
            Some("Nora Vance"),
            None,
        ),
        (
            &["Ulla Hale met voters.", "Mrs. Hale answered questions before saying, \"Let us get back to work.\""],
            Some("Ulla Hale"),
            None,
        ),
        // A verb form used as a noun is no verb ("a string of posts"); a weekday between
        // an appositive and the verb.
        (
            &["Hana Lisle says Ivo Berg's string of morning posts was \"odd, even for a rookie.\""],
            Some("Hana Lisle"),
            None,
        ),
        (
            &["Speaker Paul D. Rand, the council's longest-serving member, on Tuesday called the remarks ''careless.''"],
            Some("Paul D. Rand"),
            None,
        ),
        (
            &["\"Quite a week!\" Rep. Glenn Tamm, I-Me., said of the session."],
            Some("Glenn Tamm"),
            None,
        ),
        // A suffix is not the surname; a participle after "X said," is X's.
        (
            &["Joseph R. Kell Jr. spoke first.", "\"Fine,\" Mr. Kell said."],
            Some("Joseph R. Kell Jr."),
            None,
        ),
        (
            &["Ivo Rand and Tim Dole will meet next week, Sean Pike said, adding, \"They will settle it.\""],
            Some("Sean Pike"),
            None,
        ),
        // Words after a quote that opens its paragraph may name someone else: no inheriting.
        (
            &["\"We will win,\" said Ada Obi.", "\"And again\" echoed through the hall as Tom Bale arrived."],
            Some("Ada Obi"),
            None,
        ),
    ];
    for (paras, name, role) in cases {
        let found = detect(paras);
        let q = found
            .first()
            .unwrap_or_else(|| panic!("no quote in {paras:?}"));
        let got = q.speaker.as_ref().map(|s| s.name.as_str());
        assert_eq!(got, *name, "{paras:?}");
        if role.is_some() {
            let got_role = q.speaker.as_ref().and_then(|s| s.role.as_deref());
            assert_eq!(got_role, *role, "{paras:?}");
        }
    }
}

/// Short partial quotes: speech when a named subject's verb attributes them (also the second
/// of two joined by "and"), scare quotes when nothing does; a later paragraph's quote after
/// unread words inherits nobody.
#[test]
fn short_partial_quotes_and_their_speakers() {
    let found = detect(&["Ruth Ambler called the ruling \"lawless\" and \"a disgrace.\""]);
    let names: Vec<_> = found
        .iter()
        .map(|q| q.speaker.as_ref().map(|s| s.name.as_str()))
        .collect();
    assert_eq!(names, vec![Some("Ruth Ambler"), Some("Ruth Ambler")]);
    let found = detect(&["Ivo Cruz called Dan Roe a \"reckless gambler\" who is \"totally unserious\" and a \"show-off.\""]);
    assert_eq!(found.len(), 3);
    assert!(found
        .iter()
        .all(|q| q.speaker.as_ref().is_some_and(|s| s.name == "Ivo Cruz")));
    assert!(detect(&["The so-called \"reform\" and \"renewal\" failed."]).is_empty());
    let paras = [
        "\"We will win,\" said Ada Obi.",
        "\"And again\" echoed through the hall as Tom Bale arrived.",
    ];
    let found = detect(&paras);
    assert!(found
        .iter()
        .filter(|q| q.spans[0].paragraph == 1)
        .all(|q| q.speaker.is_none()));
}

/// Pronouns take gender into account: from honorifics, and from given names (a table
/// generated from public-domain US name statistics, `scripts/gen_given_names.py`). Two
/// people with one surname leave a bare surname unresolved unless "Mr."/"Mrs." tells or
/// one of them has already been quoted.
#[test]
fn pronouns_and_shared_surnames_use_gender() {
    let paras = [
        "Mary Okafor arrived first. Robert Okafor spoke after her.",
        "\"We disagree,\" Okafor said.",
        "\"It went well,\" she said.",
        "\"We agree,\" Mrs. Okafor said.",
        "\"Fine,\" he said.",
        // Once one of them has spoken, the bare surname is the latest speaker's.
        "\"Again,\" Okafor said.",
    ];
    let names: Vec<_> = detect(&paras)
        .into_iter()
        .map(|q| q.speaker.map(|s| s.name))
        .collect();
    assert_eq!(
        names,
        vec![
            None,
            Some("Mary Okafor".to_string()),
            Some("Mary Okafor".to_string()),
            Some("Robert Okafor".to_string()),
            Some("Robert Okafor".to_string()),
        ]
    );
}

/// A quote opening the sentence after an attributed one continues its speaker, even past a
/// long attribution or a trailing phrase; a participle past an opening phrase takes the
/// sentence subject.
#[test]
fn later_quotes_continue_the_speaker() {
    let speakers = |paras: &[&str]| -> Vec<Option<String>> {
        detect(paras)
            .into_iter()
            .map(|q| q.speaker.map(|s| s.name))
            .collect()
    };
    let kim = Some("Kim Aldous".to_string());
    assert_eq!(
        speakers(&["\"The numbers never added up,\" said Kim Aldous, an accountant at Bray & Holt, who audits the county pension fund. \"Nobody wanted to hear it.\""]),
        vec![kim.clone(), kim.clone()]
    );
    assert_eq!(
        speakers(&[
            "Kim Aldous called the plan \"careful,\" a compliment to its drafters. \"We will back it.\""
        ]),
        vec![kim.clone(), kim.clone()]
    );
    assert_eq!(
        speakers(&[
            "On Tuesday, Kim Aldous took questions for an hour before saying, \"Let us get back to work.\""
        ]),
        vec![kim]
    );
}

/// Name shapes: particles ("von dem", "de la", "bin"), initials, hyphens, suffixes, and a
/// capitalised appositive ending in a title (organisation and role), with surname references
/// that start with a particle.
#[test]
fn name_shapes_and_particle_surnames() {
    let paras = [
        "Paul Hudson, the chief executive, spoke first. \"We are ready,\" Hudson said.",
        "\"Thanks to the fair, Acme has found many partners,\" Titus von dem Kessler, Acme Partner, told S&T Daily.",
        "\"It works,\" von dem Kessler said.",
        "\"We grow,\" said Ana de la Cruz Ortega.",
        "\"Sure,\" said J.D. Vantor.",
        "\"Yes,\" said Omar bin Laith.",
        "\"Fine,\" said Ian McAllister-Reyes III.",
    ];
    let found = detect(&paras);
    let who: Vec<_> = found
        .iter()
        .map(|q| q.speaker.as_ref().map(|s| s.name.as_str()))
        .collect();
    assert_eq!(
        who,
        vec![
            Some("Paul Hudson"),
            Some("Titus von dem Kessler"),
            Some("Titus von dem Kessler"),
            Some("Ana de la Cruz Ortega"),
            Some("J.D. Vantor"),
            Some("Omar bin Laith"),
            Some("Ian McAllister-Reyes III"),
        ]
    );
    let titus = found[1].speaker.as_ref().expect("speaker");
    assert_eq!(
        (titus.role.as_deref(), titus.organization.as_deref()),
        (Some("Partner"), Some("Acme"))
    );
}

//! The forgiving paths: the JSON repair pre-pass and the HTML / Markdown body readers.
//! Repair: valid JSON is never touched, the repairs are bounded and each has a position
//! inside the input, and the output stays within the documented growth. Bodies: the fuzz
//! text as an `articleBody` (raw, and inside HTML and Markdown markers) must give an
//! article that keeps every model invariant (`checks::article`: allowed URLs only, no
//! forbidden characters) and renders to HTML that passes `checks::html`.
#![no_main]

use broadsheet::model::repair::{repair, MAX_REPAIRS};
use broadsheet_fuzz::{checks, json, text_of};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = text_of(data);
    if let Some((out, repairs)) = repair(&text) {
        assert!(!is_strict_json(&text), "repaired valid JSON");
        assert!(!repairs.is_empty() && repairs.len() <= MAX_REPAIRS);
        assert!(out.len() <= text.len() * 6 + 16, "repair grew the text too much");
        let lines = text.lines().count().max(1) + 1;
        for fix in &repairs {
            assert!(fix.line >= 1 && fix.line <= lines && fix.column >= 1);
        }
    }
    for body in [
        text.to_string(),
        format!("<p>{text}</p>"),
        format!("## {text}\n\n**{text}**"),
    ] {
        let mut json = String::from(r#"{"@type":"NewsArticle","headline":"H","articleBody":"#);
        json::quote(&body, &mut json);
        json.push('}');
        if let Ok(parsed) = broadsheet::load_article(&json) {
            checks::article(&parsed.article);
            checks::html(&broadsheet::prerender::view_html(parsed.article));
        }
    }
});

/// Whether the text is strict JSON, by the model's own strict parser.
fn is_strict_json(text: &str) -> bool {
    broadsheet::model::json::parse(text).is_ok()
}

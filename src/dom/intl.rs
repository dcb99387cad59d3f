//! Dates in the reader's language: fills each `Timestamp::display` of an article with the
//! browser's `Intl.DateTimeFormat`, so the wasm carries no calendar or locale data. The
//! server renderer formats plain dates itself (`prerender`); the widget's Intl text replaces
//! them when it mounts.

use wasm_bindgen::prelude::*;

use crate::model::{Article, Timestamp};

/// Fills `Timestamp::display` with the browser's Intl formatting in the article's language,
/// in the article's own UTC offset where the browser supports offset time zones.
pub(crate) fn localize_dates(article: &mut Article) {
    let lang = article.lang.clone();
    for timestamp in article.timestamps_mut() {
        timestamp.display = format_date(timestamp, &lang);
    }
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Intl, js_name = DateTimeFormat)]
    type DateTimeFormat;

    #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "DateTimeFormat", catch)]
    fn new(locales: &JsValue, options: &JsValue) -> Result<DateTimeFormat, JsValue>;

    #[wasm_bindgen(method, catch, js_class = "DateTimeFormat")]
    fn format(this: &DateTimeFormat, date: &js_sys::Date) -> Result<String, JsValue>;
}

fn format_date(timestamp: &Timestamp, lang: &str) -> Option<String> {
    let date = js_sys::Date::new(&JsValue::from_str(&timestamp.iso));
    if date.get_time().is_nan() {
        return None;
    }
    let at = &timestamp.at;
    let options = js_sys::Object::new();
    let set = |key: &str, value: &str| {
        let _ = js_sys::Reflect::set(&options, &JsValue::from_str(key), &JsValue::from_str(value));
    };
    set("year", "numeric");
    set("month", "long");
    set("day", "numeric");
    if at.time.is_some() {
        set("hour", "numeric");
        set("minute", "2-digit");
        // A local time without an offset is shown as given: `Date` reads it in the reader's
        // zone and Intl formats it back in that zone, with no zone name to mislead.
        if at.offset_minutes.is_some() {
            set("timeZoneName", "shortOffset");
        }
    } else {
        // A bare date means that calendar day, wherever the reader is.
        set("timeZone", "UTC");
    }
    if let Some(offset) = at.time.and(at.offset_text()) {
        set("timeZone", &offset);
    }
    let locales = JsValue::from_str(lang);
    let formatter = DateTimeFormat::new(&locales, &options).or_else(|_| {
        // Older engines reject offset time zones: fall back to the reader's zone.
        let _ = js_sys::Reflect::delete_property(&options, &JsValue::from_str("timeZone"));
        DateTimeFormat::new(&locales, &options)
    });
    formatter.ok()?.format(&date).ok()
}

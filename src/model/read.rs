//! What both readers (`broadsheet_v1`, `schema_org`) share, so neither imports from the
//! other: JSON paths as messages show them, the errors at a path, the checks of counts,
//! text lengths and URLs, the message for a bad language tag, the direction a language
//! implies, numbers written for messages, and the page the data was found in.

use super::article::TextDirection;
use super::error::ModelError;
use super::json::Json;
use super::limits::MAX_TEXT_CHARS;
use super::text::is_rtl_language;
use super::url::{excerpt, quoted, SafeUrl, UrlKind};

pub(super) type Res<T> = Result<T, ModelError>;

/// What the page around the data says, for what the data leaves out: the page's
/// `<html lang>` (used when JSON-LD has no usable `inLanguage`) and its URL (the base of
/// relative image and link URLs when the article names no URL of its own).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageContext {
    pub lang: Option<String>,
    pub url: Option<String>,
}

/// The path as shown in messages: the document itself is "article".
pub(super) fn at(path: &str) -> String {
    if path.is_empty() {
        "article".to_string()
    } else {
        path.to_string()
    }
}

pub(super) fn child(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

pub(super) fn item(path: &str, index: usize) -> String {
    format!("{path}[{index}]")
}

pub(super) fn wrong_type(path: &str, expected: &'static str, got: &Json) -> ModelError {
    ModelError::WrongType {
        path: at(path),
        expected,
        got: got.kind_name(),
    }
}

pub(super) fn bad_value(path: &str, message: impl Into<String>) -> ModelError {
    ModelError::BadValue {
        path: at(path),
        message: message.into(),
    }
}

/// A string that is not a language tag (the readers differ in what they try before).
pub(super) fn bad_language(path: &str, raw: &str) -> ModelError {
    bad_value(
        path,
        format!(
            "expected a language tag like \"en\" or \"zh-Hant\", got {}",
            quoted(raw)
        ),
    )
}

pub(super) fn check_count(count: usize, path: &str, limit: usize, what: &'static str) -> Res<()> {
    if count > limit {
        return Err(ModelError::TooMany {
            path: at(path),
            count,
            limit,
            what,
        });
    }
    Ok(())
}

pub(super) fn check_length(text: &str, path: &str) -> Res<()> {
    // Bytes bound characters from above, so counting is needed only for long text.
    if text.len() > MAX_TEXT_CHARS && text.chars().count() > MAX_TEXT_CHARS {
        return Err(ModelError::TooLong { path: at(path) });
    }
    Ok(())
}

/// A URL checked by the rule of `kind`.
pub(super) fn url(value: &Json, path: &str, kind: UrlKind) -> Res<SafeUrl> {
    let raw = value
        .as_str()
        .ok_or_else(|| wrong_type(path, "a URL string", value))?;
    SafeUrl::parse_as(raw, kind).map_err(|problem| ModelError::BadUrl {
        path: at(path),
        value: excerpt(raw),
        kind,
        problem,
    })
}

/// The direction of an article in `lang` that does not say which it has.
pub(super) fn direction_of(lang: &str) -> TextDirection {
    if is_rtl_language(lang) {
        TextDirection::Rtl
    } else {
        TextDirection::Ltr
    }
}

/// `number` in plain decimal notation when it is short: a whole number below 2^53, or a
/// fraction with up to six decimals (the shortest that reads back as the same number, as
/// Rust's `Display` would write it). `None` otherwise. Written out by hand because
/// formatting an `f64` pulls about 14 KB of float-printing code into the bundle, for a few
/// error messages.
pub(super) fn plain_decimal(number: f64) -> Option<String> {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53: every integer below is exact
    let mut scale = 1.0;
    for decimals in 0..=6 {
        let scaled = (number * scale).round();
        if !scaled.is_finite() || scaled.abs() >= EXACT {
            return None;
        }
        if scaled / scale == number {
            let mut digits = (scaled.abs() as u64).to_string();
            if decimals > 0 {
                if digits.len() <= decimals {
                    digits.insert_str(0, &"0".repeat(decimals + 1 - digits.len()));
                }
                digits.insert(digits.len() - decimals, '.');
            }
            if scaled < 0.0 {
                digits.insert(0, '-');
            }
            return Some(digits);
        }
        scale *= 10.0;
    }
    None
}

/// `items` in order, given `before(a, b)`: `a` goes before `b`. Stable: items neither before
/// the other keep their order. An insertion sort, for the short lists the limits bound
/// (breadcrumbs, live-blog updates), where a sort routine would cost more bundle bytes than
/// it could save time.
pub(crate) fn stable_sorted<T>(items: Vec<T>, before: impl Fn(&T, &T) -> bool) -> Vec<T> {
    let mut sorted: Vec<T> = Vec::with_capacity(items.len());
    for item in items {
        let at = sorted
            .iter()
            .position(|placed| before(&item, placed))
            .unwrap_or(sorted.len());
        sorted.insert(at, item);
    }
    sorted
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stable_sorted_sorts_and_keeps_ties_in_place() {
        // (key, place in the input)
        let items = vec![(3, 0), (1, 1), (2, 2), (1, 3), (3, 4), (0, 5)];
        assert_eq!(
            stable_sorted(items, |a, b| a.0 < b.0),
            [(0, 5), (1, 1), (1, 3), (2, 2), (3, 0), (3, 4)]
        );
        assert!(stable_sorted(Vec::<u8>::new(), |_, _| true).is_empty());
    }

    #[test]
    fn paths_as_messages_show_them() {
        assert_eq!(at(""), "article");
        assert_eq!(child("", "author"), "author");
        assert_eq!(item(&child("body", "items"), 2), "body.items[2]");
        assert_eq!(
            bad_language("lang", "english!").to_string(),
            "lang: expected a language tag like \"en\" or \"zh-Hant\", got \"english!\""
        );
        assert_eq!(direction_of("ar"), TextDirection::Rtl);
        assert_eq!(direction_of("en"), TextDirection::Ltr);
    }

    #[test]
    fn plain_decimal_writes_numbers_like_display_does() {
        for number in [
            0.0, 1.0, -3.0, 1.5, 2500.5, 0.05, -0.25, 1.23, 0.1, 0.3, 123.456, 1e-6, 100000.0, 9e15,
        ] {
            assert_eq!(
                plain_decimal(number).as_deref(),
                Some(number.to_string().as_str())
            );
        }
    }

    #[test]
    fn plain_decimal_gives_up_on_long_numbers() {
        for number in [1e-7, 0.1 + 0.2, 1e300, -2e16, f64::NAN, f64::INFINITY] {
            assert_eq!(plain_decimal(number), None, "{number}");
        }
    }
}

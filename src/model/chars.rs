//! The Unicode character properties the readers ask about: Alphabetic, Numeric and
//! Uppercase (a paragraph with something to read, language by script and by words,
//! sentence starts, internationalised mail addresses).
//!
//! With the cargo feature `unicode-tables` (on by default: the prerenderers, native tools,
//! tests) the answers come from core's tables, as `char::is_alphabetic` and kin give them.
//! The widget's release bundle leaves those tables out (2.3 KB brotli of data that compresses
//! badly) and asks the browser's regular expressions instead (`\p{Alphabetic}`, `\p{N}`,
//! `\p{Uppercase}`, the same Unicode properties), which `dom::chars` installs when the widget
//! starts, as it installs the browser's named character references (`model::entities`).
//! ASCII, nearly every character the readers look at, is answered here either way. A
//! browser built on an older Unicode version than the toolchain can differ only for the
//! characters added since; tests/chars.rs compares the two in each engine.

#[cfg(not(feature = "unicode-tables"))]
use std::sync::OnceLock;

/// A property [`has`] answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Property {
    /// Unicode's derived property Alphabetic (`char::is_alphabetic`).
    Alphabetic,
    /// General categories Nd, Nl and No (`char::is_numeric`).
    Numeric,
    /// Unicode's derived property Uppercase (`char::is_uppercase`).
    Uppercase,
}

/// Whether `c` has `property`, as `char::is_alphabetic`, `is_numeric` and `is_uppercase`
/// answer.
pub fn has(c: char, property: Property) -> bool {
    if c.is_ascii() {
        return match property {
            Property::Alphabetic => c.is_ascii_alphabetic(),
            Property::Numeric => c.is_ascii_digit(),
            Property::Uppercase => c.is_ascii_uppercase(),
        };
    }
    #[cfg(feature = "unicode-tables")]
    {
        match property {
            Property::Alphabetic => c.is_alphabetic(),
            Property::Numeric => c.is_numeric(),
            Property::Uppercase => c.is_uppercase(),
        }
    }
    #[cfg(not(feature = "unicode-tables"))]
    {
        PLATFORM.get().is_some_and(|platform| platform(c, property))
    }
}

pub fn is_alphabetic(c: char) -> bool {
    has(c, Property::Alphabetic)
}

/// `char::is_alphanumeric`: Alphabetic or Numeric.
pub fn is_alphanumeric(c: char) -> bool {
    has(c, Property::Alphabetic) || has(c, Property::Numeric)
}

pub fn is_numeric(c: char) -> bool {
    has(c, Property::Numeric)
}

pub fn is_uppercase(c: char) -> bool {
    has(c, Property::Uppercase)
}

/// How the browser is asked about a character outside ASCII when the tables are not
/// compiled in.
#[cfg(not(feature = "unicode-tables"))]
pub type Platform = fn(char, Property) -> bool;

#[cfg(not(feature = "unicode-tables"))]
static PLATFORM: OnceLock<Platform> = OnceLock::new();

/// Installs the browser's answers for characters outside ASCII; the widget does it once as
/// it starts. Until then (and where it is never installed) no such character has any of the
/// properties: text in other scripts still shows, but its language is not guessed from it.
#[cfg(not(feature = "unicode-tables"))]
pub fn use_platform(platform: Platform) {
    // A second call (a second start) installs the same function: nothing to do.
    let _ = PLATFORM.set(platform);
}

#[cfg(all(test, feature = "unicode-tables"))]
mod tests {
    use super::*;

    #[test]
    fn answers_as_core_does_for_every_character() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_numeric(c), c.is_numeric(), "{c:?}");
            assert_eq!(is_uppercase(c), c.is_uppercase(), "{c:?}");
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }
}

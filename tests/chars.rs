//! The widget's release bundle asks the browser's regular expressions for the Unicode
//! properties Alphabetic, Numeric and Uppercase instead of carrying core's tables
//! (`dom::chars`): here, in every engine the tests run in, the browser must answer as core
//! does. A browser whose Unicode data is older than the toolchain's may differ only on
//! characters added since, so those are counted and listed, and must stay few.
#![cfg(target_arch = "wasm32")]

use broadsheet::dom::chars::has;
use broadsheet::model::chars::Property;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// What core says (the toolchain's Unicode version).
fn core_has(c: char, property: Property) -> bool {
    match property {
        Property::Alphabetic => c.is_alphabetic(),
        Property::Numeric => c.is_numeric(),
        Property::Uppercase => c.is_uppercase(),
    }
}

/// The characters on which the browser and core disagree, among `chars`.
fn differing(chars: impl Iterator<Item = char>, property: Property) -> Vec<char> {
    chars
        .filter(|&c| has(c, property) != core_has(c, property))
        .collect()
}

#[wasm_bindgen_test]
fn the_browser_answers_as_core_for_the_scripts_publishers_write() {
    // Latin with its accents, Greek, Cyrillic, Armenian, Hebrew, Arabic, Devanagari, Bengali,
    // Tamil, Thai, Georgian, Hangul, general punctuation, CJK, kana, full-width forms: every
    // character of these blocks has been in Unicode for many versions.
    let blocks = [
        0x80..=0x24f,
        0x370..=0x52f,
        0x530..=0x5ff,
        0x600..=0x6ff,
        0x900..=0x9ff,
        0xb80..=0xbff,
        0xe00..=0xe7f,
        0x10a0..=0x10ff,
        0x2000..=0x206f,
        0x3000..=0x30ff,
        0x4e00..=0x9fff,
        0xac00..=0xd7a3,
        0xff00..=0xffef,
    ];
    // U+09FF BENGALI SANDHI MARK is Alphabetic in the toolchain's Unicode data, not in
    // WebKitGTK's on Debian 12 (ICU 72, Unicode 15).
    let changed_lately = ['\u{9ff}'];
    for property in [Property::Alphabetic, Property::Numeric, Property::Uppercase] {
        let chars = blocks.iter().cloned().flatten().filter_map(char::from_u32);
        let differ: Vec<char> = differing(chars, property)
            .into_iter()
            .filter(|c| !changed_lately.contains(c))
            .collect();
        assert!(differ.is_empty(), "{property:?}: {differ:?}");
    }
    // A second question is answered from what the first kept.
    assert!(has('Ж', Property::Uppercase) && has('Ж', Property::Uppercase));
    assert!(!has('ж', Property::Uppercase) && !has('ж', Property::Uppercase));
}

#[wasm_bindgen_test]
fn the_browser_differs_from_core_only_on_few_characters_in_all_of_unicode() {
    for property in [Property::Alphabetic, Property::Numeric, Property::Uppercase] {
        let all = (0x80..=0x10ffff).filter_map(char::from_u32);
        let differ = differing(all, property);
        // A browser with older Unicode data than the toolchain differs on the characters
        // added or changed since (WebKitGTK on Debian 12: 30 Alphabetic, 10 Numeric), and
        // nowhere else.
        let shown: Vec<String> = differ
            .iter()
            .take(20)
            .map(|c| format!("U+{:04X}", *c as u32))
            .collect();
        wasm_bindgen_test::console_log!(
            "{property:?}: {} characters differ {shown:?}",
            differ.len()
        );
        assert!(
            differ.len() <= 6_000,
            "{property:?}: {} differ, first {shown:?}",
            differ.len()
        );
        // The blocks below U+3400 (every alphabet publishers write in, and their digits)
        // have been stable for many versions: the one exception seen is U+09FF.
        let in_old_blocks: Vec<char> = differ
            .iter()
            .copied()
            .filter(|&c| (c as u32) < 0x3400 && c != '\u{9ff}')
            .collect();
        assert!(
            in_old_blocks.is_empty(),
            "{property:?}: below U+3400 {in_old_blocks:?} differ"
        );
    }
}

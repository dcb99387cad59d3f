//! Lowercasing for matching: lexicon words, people's names, language names, quote text.
//!
//! Written by hand instead of `str::to_lowercase` for the bundle's size: std's version pulls
//! in Unicode's whole lowercase table and the final-sigma rule's property tables, 7.5 KB of
//! the brotli-compressed wasm (docs/performance.md, "Size cuts"), for scripts no lexicon
//! here has. This one maps every cased letter of the scripts the widget reads names and
//! words in (Latin with all its European and Vietnamese letters, Greek, Cyrillic, Armenian,
//! full-width Latin) exactly as std does (a test compares every character of those blocks;
//! polytonic Greek from U+1F80 is kept as it is); characters of other scripts are kept too, which for matching only means their
//! upper and lower case do not match each other. Two simplifications, both for matching:
//! one character always gives one character (`İ` gives `i`, not `i` plus a combining dot),
//! and a final `Σ` gives `σ`, as any other.

/// `c` in lower case (itself when it has none, or is outside the scripts above).
pub fn lower_char(c: char) -> char {
    let code = c as u32;
    let lower = match code {
        0x41..=0x5a | 0xc0..=0xd6 | 0xd8..=0xde => code + 0x20,
        0x7f..=0xbf => code,
        // Latin Extended-A: mostly upper/lower pairs, with the odd exception.
        0x130 => 0x69,
        0x178 => 0xff,
        0x100..=0x137 | 0x14a..=0x177 if code % 2 == 0 => code + 1,
        0x139..=0x148 | 0x179..=0x17e if code % 2 == 1 => code + 1,
        0x180..=0x24f => latin_extended_b(code),
        // Greek.
        0x370 | 0x372 | 0x376 => code + 1,
        0x37f => 0x3f3,
        0x386 => 0x3ac,
        0x388..=0x38a => code + 37,
        0x38c => 0x3cc,
        0x38e | 0x38f => code + 63,
        0x391..=0x3a1 | 0x3a3..=0x3ab => code + 32,
        0x3cf => 0x3d7,
        0x3d8..=0x3ef if code % 2 == 0 => code + 1,
        0x3f4 => 0x3b8,
        0x3f7 | 0x3fa => code + 1,
        0x3f9 => 0x3f2,
        0x3fd..=0x3ff => code - 130,
        // Cyrillic (with its supplement) and Armenian.
        0x400..=0x40f => code + 80,
        0x410..=0x42f => code + 32,
        0x460..=0x481 | 0x48a..=0x4bf | 0x4d0..=0x52f if code % 2 == 0 => code + 1,
        0x4c0 => 0x4cf,
        0x4c1..=0x4cd if code % 2 == 1 => code + 1,
        0x531..=0x556 => code + 48,
        // Latin Extended Additional (Vietnamese, Welsh, ...): pairs, and capital sharp s.
        0x1e9e => 0xdf,
        0x1e00..=0x1e95 | 0x1ea0..=0x1eff if code % 2 == 0 => code + 1,
        // Greek Extended: the capitals sit 8 above their small letters.
        0x1f08..=0x1f0f
        | 0x1f18..=0x1f1d
        | 0x1f28..=0x1f2f
        | 0x1f38..=0x1f3f
        | 0x1f48..=0x1f4d
        | 0x1f68..=0x1f6f => code - 8,
        0x1f59 | 0x1f5b | 0x1f5d | 0x1f5f => code - 8,
        0xff21..=0xff3a => code + 0x20,
        _ => code,
    };
    char::from_u32(lower).unwrap_or(c)
}

/// Latin Extended-B: irregular, so listed (African, Romanian, Croatian digraph letters).
fn latin_extended_b(code: u32) -> u32 {
    const IRREGULAR: &[(u32, u32)] = &[
        (0x181, 0x253),
        (0x186, 0x254),
        (0x189, 0x256),
        (0x18a, 0x257),
        (0x18e, 0x1dd),
        (0x18f, 0x259),
        (0x190, 0x25b),
        (0x193, 0x260),
        (0x194, 0x263),
        (0x196, 0x269),
        (0x197, 0x268),
        (0x19c, 0x26f),
        (0x19d, 0x272),
        (0x19f, 0x275),
        (0x1a6, 0x280),
        (0x1a9, 0x283),
        (0x1ae, 0x288),
        (0x1b1, 0x28a),
        (0x1b2, 0x28b),
        (0x1b7, 0x292),
        (0x1c4, 0x1c6),
        (0x1c5, 0x1c6),
        (0x1c7, 0x1c9),
        (0x1c8, 0x1c9),
        (0x1ca, 0x1cc),
        (0x1cb, 0x1cc),
        (0x1f1, 0x1f3),
        (0x1f2, 0x1f3),
        (0x1f6, 0x195),
        (0x1f7, 0x1bf),
        (0x220, 0x19e),
        (0x23a, 0x2c65),
        (0x23d, 0x19a),
        (0x23e, 0x2c66),
        (0x243, 0x180),
        (0x244, 0x289),
        (0x245, 0x28c),
    ];
    // Capitals followed by their small letter.
    const PAIRED: &[u32] = &[
        0x182, 0x184, 0x187, 0x18b, 0x191, 0x198, 0x1a0, 0x1a2, 0x1a4, 0x1a7, 0x1ac, 0x1af, 0x1b3,
        0x1b5, 0x1b8, 0x1bc, 0x1f4, 0x1fa, 0x1fc, 0x1fe, 0x23b, 0x241, 0x246, 0x248, 0x24a, 0x24c,
        0x24e,
    ];
    if let Some(&(_, lower)) = IRREGULAR.iter().find(|(upper, _)| *upper == code) {
        lower
    } else if PAIRED.contains(&code)
        || (matches!(code, 0x1cd..=0x1dc) && code % 2 == 1)
        || (matches!(code, 0x1de..=0x1ef | 0x1f8..=0x1f9 | 0x200..=0x233) && code % 2 == 0)
    {
        code + 1
    } else {
        code
    }
}

/// `text` in lower case, character by character with [`lower_char`].
pub fn lowercase(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    text.chars().map(lower_char).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The blocks whose cased letters are mapped (see the module doc).
    const COVERED: &[(u32, u32)] = &[
        (0x0000, 0x024f), // Basic Latin to Latin Extended-B
        (0x0370, 0x03ff), // Greek and Coptic
        (0x0400, 0x052f), // Cyrillic and its supplement
        (0x0530, 0x058f), // Armenian
        (0x1e00, 0x1eff), // Latin Extended Additional
        (0x1f00, 0x1fff), // Greek Extended (from U+1F80 kept, below)
        (0xff00, 0xffef), // Half- and full-width forms
    ];

    #[test]
    fn every_letter_of_the_covered_blocks_lowers_as_std_does() {
        for &(first, last) in COVERED {
            for c in (first..=last).filter_map(char::from_u32) {
                let mut std_lower = c.to_lowercase();
                let expected = std_lower.next().unwrap_or(c);
                if std_lower.next().is_some() {
                    // Only U+0130 (capital I with dot) lowers to two characters here.
                    assert_eq!(c, 'İ');
                    assert_eq!(lower_char(c), 'i');
                    continue;
                }
                // Polytonic Greek from U+1F80 (capitals with iota subscript, long and short
                // vowels, accented capitals) stays as it is.
                if (0x1f80..=0x1fff).contains(&(c as u32)) {
                    assert_eq!(lower_char(c), c, "U+{:04X} {c}", c as u32);
                    continue;
                }
                assert_eq!(lower_char(c), expected, "U+{:04X} {c}", c as u32);
            }
        }
    }

    #[test]
    fn other_scripts_are_kept() {
        for c in ['中', 'ა', 'Ⴀ', 'Ꭰ', '𐐀', 'ا'] {
            assert_eq!(lower_char(c), c);
        }
    }

    #[test]
    fn strings_lower_as_std_for_the_covered_scripts() {
        for text in [
            "Bürgermeisterin",
            "ÉLODIE Müller-Lüdenscheidt",
            "ΣΩΚΡΑΤΗΣ Άρης",
            "ДМИТРИЙ Ёлкин",
            "ĐẶNG Thị Ngọc Thịnh",
            "ŞİMŞEK",
            "ȘtefĂnescu ȚIRIAC",
            "HAYASTAN Հայաստան",
        ] {
            let expected: String = text
                .chars()
                .map(|c| {
                    if c == 'İ' {
                        'i'
                    } else {
                        c.to_lowercase().next().unwrap_or(c)
                    }
                })
                .collect();
            assert_eq!(lowercase(text), expected, "{text}");
        }
        assert_eq!(lowercase("PLAIN ascii"), "plain ascii");
    }
}

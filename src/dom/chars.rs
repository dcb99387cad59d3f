//! Unicode character properties answered by the browser's regular expressions, whose
//! `\p{...}` classes carry the same Unicode data as core's tables, so the widget's bundle
//! need not carry a second copy (`model::chars` explains when each is used). Installed as the
//! model's answer when the widget starts (`embed::start`).
//!
//! A character outside ASCII is asked once per property and the answer kept: the readers ask
//! about every letter of a paragraph, and a text uses few distinct characters. Answers for
//! the Basic Multilingual Plane are kept in two bits each (16 KB per property, made on first
//! use); the rare characters beyond it are asked each time.

use std::cell::RefCell;

use js_sys::RegExp;

use crate::model::chars::Property;

/// Characters of the Basic Multilingual Plane, whose answers are kept.
const BMP: usize = 0x1_0000;

struct Asked {
    /// `^\p{Alphabetic}$`, `^\p{N}$`, `^\p{Uppercase}$`, made on first use.
    patterns: [Option<RegExp>; 3],
    /// Per property, two bits per character: 0 not asked yet, 1 no, 2 yes.
    answers: [Vec<u8>; 3],
}

thread_local! {
    static ASKED: RefCell<Asked> = const {
        RefCell::new(Asked {
            patterns: [None, None, None],
            answers: [Vec::new(), Vec::new(), Vec::new()],
        })
    };
}

/// Whether the browser says `c` has `property` (`model::chars::Platform`).
pub fn has(c: char, property: Property) -> bool {
    let slot = property as usize;
    let code = c as usize;
    ASKED.with(|asked| {
        let mut asked = asked.borrow_mut();
        let (byte, shift) = (code / 4, (code % 4) * 2);
        if code < BMP {
            match asked.answers[slot]
                .get(byte)
                .map(|bits| (bits >> shift) & 3)
            {
                Some(1) => return false,
                Some(2) => return true,
                _ => {}
            }
        }
        let pattern = asked.patterns[slot].get_or_insert_with(|| {
            let class = match property {
                Property::Alphabetic => "^\\p{Alphabetic}$",
                Property::Numeric => "^\\p{N}$",
                Property::Uppercase => "^\\p{Uppercase}$",
            };
            RegExp::new(class, "u")
        });
        let mut utf8 = [0; 4];
        let answer = pattern.test(c.encode_utf8(&mut utf8));
        if code < BMP {
            let answers = &mut asked.answers[slot];
            if answers.is_empty() {
                answers.resize(BMP / 4, 0);
            }
            answers[byte] |= (1 + u8::from(answer)) << shift;
        }
        answer
    })
}

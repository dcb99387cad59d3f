//! Language tags as publishers write them, made BCP 47: "en_US" -> "en-US", "EN-us" ->
//! "en-US", "English" or "deutsch, german" -> "en" / "de" (language names in English and
//! in the language itself), and, when nothing names the language, a guess from the script
//! of the text, so a Japanese or Russian article is never marked `lang="en"`, and for
//! Latin-script text a guess from its commonest function words (English, German, Spanish,
//! Portuguese, French, Italian, Dutch) when one language is clearly ahead.

use super::case::lowercase;
use super::chars::is_alphabetic;
use super::text::is_language_tag;

/// Language names (English and native, lower case) and their tags.
const NAMES: [(&str, &str); 62] = [
    ("english", "en"),
    ("german", "de"),
    ("deutsch", "de"),
    ("french", "fr"),
    ("français", "fr"),
    ("francais", "fr"),
    ("spanish", "es"),
    ("español", "es"),
    ("espanol", "es"),
    ("castellano", "es"),
    ("portuguese", "pt"),
    ("português", "pt"),
    ("portugues", "pt"),
    ("italian", "it"),
    ("italiano", "it"),
    ("dutch", "nl"),
    ("nederlands", "nl"),
    ("russian", "ru"),
    ("русский", "ru"),
    ("ukrainian", "uk"),
    ("українська", "uk"),
    ("polish", "pl"),
    ("polski", "pl"),
    ("czech", "cs"),
    ("čeština", "cs"),
    ("hungarian", "hu"),
    ("magyar", "hu"),
    ("finnish", "fi"),
    ("suomi", "fi"),
    ("swedish", "sv"),
    ("svenska", "sv"),
    ("danish", "da"),
    ("dansk", "da"),
    ("norwegian", "no"),
    ("norsk", "no"),
    ("greek", "el"),
    ("ελληνικά", "el"),
    ("turkish", "tr"),
    ("türkçe", "tr"),
    ("arabic", "ar"),
    ("العربية", "ar"),
    ("hebrew", "he"),
    ("עברית", "he"),
    ("persian", "fa"),
    ("farsi", "fa"),
    ("فارسی", "fa"),
    ("hindi", "hi"),
    ("हिन्दी", "hi"),
    ("japanese", "ja"),
    ("日本語", "ja"),
    ("chinese", "zh"),
    ("中文", "zh"),
    ("korean", "ko"),
    ("한국어", "ko"),
    ("romanian", "ro"),
    ("română", "ro"),
    ("catalan", "ca"),
    ("català", "ca"),
    ("indonesian", "id"),
    ("vietnamese", "vi"),
    ("tiếng việt", "vi"),
    ("thai", "th"),
];

/// A BCP 47 tag for what a publisher wrote, with the usual case (`zh-Hant-TW`), or `None`
/// when it names no language. Lists ("deutsch, german") give their first recognised entry.
pub(crate) fn normalize(given: &str) -> Option<String> {
    for part in given.split([',', ';', '/']) {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        // A name comes first: "English", "English (US)", "Deutsch - Deutschland".
        let name = part.split(['(', '-']).next().unwrap_or(part).trim();
        let name = lowercase(name);
        if let Some((_, tag)) = NAMES.iter().find(|(known, _)| *known == name) {
            return Some((*tag).to_string());
        }
        let candidate = part.replace('_', "-");
        // "en-US.UTF-8" (a POSIX locale) keeps only the tag.
        let candidate = candidate.split('.').next().unwrap_or("");
        if is_language_tag(candidate) {
            return Some(with_case(candidate));
        }
    }
    None
}

/// BCP 47's conventional case: language lower, script title, region upper.
fn with_case(tag: &str) -> String {
    tag.split('-')
        .enumerate()
        .map(|(i, subtag)| match (i, subtag.len()) {
            (0, _) => subtag.to_ascii_lowercase(),
            (_, 4) if subtag.bytes().all(|b| b.is_ascii_alphabetic()) => {
                let mut out = subtag.to_ascii_lowercase();
                out[..1].make_ascii_uppercase();
                out
            }
            (_, 2) => subtag.to_ascii_uppercase(),
            _ => subtag.to_ascii_lowercase(),
        })
        .collect::<Vec<_>>()
        .join("-")
}

/// The language the script of `text` implies, when most of its letters are in a script
/// that (nearly) one language uses; `None` for Latin text and mixtures.
pub(crate) fn from_script(text: &str) -> Option<&'static str> {
    let mut counts = [0usize; 15];
    const TAGS: [&str; 15] = [
        "", "ja", "ko", "zh", "ru", "uk", "ar", "he", "el", "th", "hi", "hy", "ka", "bn", "ta",
    ];
    let mut letters = 0usize;
    for c in text.chars().filter(|&c| is_alphabetic(c)).take(2000) {
        letters += 1;
        let slot = match c as u32 {
            0x3040..=0x30ff | 0x31f0..=0x31ff => 1,
            0xac00..=0xd7af | 0x1100..=0x11ff | 0x3130..=0x318f => 2,
            0x4e00..=0x9fff | 0x3400..=0x4dbf => 3,
            // Ukrainian's own letters decide between the two Cyrillic languages below.
            0x0404 | 0x0406 | 0x0407 | 0x0454 | 0x0456 | 0x0457 | 0x0490 | 0x0491 => 5,
            0x0400..=0x04ff => 4,
            0x0600..=0x06ff | 0x0750..=0x077f => 6,
            0x0590..=0x05ff => 7,
            0x0370..=0x03ff | 0x1f00..=0x1fff => 8,
            0x0e00..=0x0e7f => 9,
            0x0900..=0x097f => 10,
            0x0530..=0x058f => 11,
            0x10a0..=0x10ff => 12,
            0x0980..=0x09ff => 13,
            0x0b80..=0x0bff => 14,
            _ => 0,
        };
        counts[slot] += 1;
    }
    // Japanese mixes kana with Han; any share of kana means Japanese.
    if counts[1] * 20 > letters {
        return Some("ja");
    }
    let cyrillic = counts[4] + counts[5];
    if cyrillic * 2 > letters {
        return Some(if counts[5] * 50 > cyrillic {
            "uk"
        } else {
            "ru"
        });
    }
    let (slot, count) = counts
        .iter()
        .enumerate()
        .skip(1)
        .max_by_key(|(_, count)| **count)?;
    (count * 2 > letters).then_some(TAGS[slot])
}

/// The language of Latin-script text from its most common function words, when one
/// language is clearly ahead (at least 4 hits and twice the runner-up); `None` otherwise.
/// Only languages whose function words rarely occur in the others are told apart.
pub(crate) fn from_words(text: &str) -> Option<&'static str> {
    const WORDS: [(&str, [&str; 8]); 7] = [
        (
            "en",
            ["the", "and", "of", "is", "that", "with", "was", "for"],
        ),
        (
            "de",
            ["der", "die", "und", "das", "ist", "nicht", "mit", "ein"],
        ),
        ("es", ["el", "los", "las", "que", "del", "por", "una", "y"]),
        ("pt", ["não", "os", "das", "dos", "uma", "com", "ao", "em"]),
        (
            "fr",
            ["le", "les", "et", "des", "est", "une", "pour", "dans"],
        ),
        (
            "it",
            ["il", "di", "che", "della", "per", "non", "gli", "sono"],
        ),
        (
            "nl",
            ["het", "een", "van", "en", "niet", "zijn", "voor", "ook"],
        ),
    ];
    let mut counts = [0usize; 7];
    for word in text
        .split(|c: char| !is_alphabetic(c))
        .filter(|w| !w.is_empty())
        .take(3000)
    {
        let word = lowercase(word);
        for (slot, (_, words)) in WORDS.iter().enumerate() {
            if words.contains(&word.as_str()) {
                counts[slot] += 1;
            }
        }
    }
    let mut best = 0;
    for slot in 1..counts.len() {
        if counts[slot] > counts[best] {
            best = slot;
        }
    }
    let second = (0..counts.len())
        .filter(|&slot| slot != best)
        .map(|slot| counts[slot])
        .max()
        .unwrap_or(0);
    (counts[best] >= 4 && counts[best] >= second * 2).then(|| WORDS[best].0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_what_publishers_write() {
        for (given, tag) in [
            ("en", Some("en")),
            ("en_US", Some("en-US")),
            ("EN-us", Some("en-US")),
            ("zh-hant-tw", Some("zh-Hant-TW")),
            ("English", Some("en")),
            ("deutsch, german", Some("de")),
            ("Español", Some("es")),
            ("es-419", Some("es-419")),
            ("de_DE.UTF-8", Some("de-DE")),
            ("klingon!, fr", Some("fr")),
            ("English (US)", Some("en")),
            ("Deutsch - Deutschland", Some("de")),
            ("", None),
            ("???", None),
            ("x", None),
        ] {
            assert_eq!(normalize(given).as_deref(), tag, "{given}");
        }
    }

    #[test]
    fn guesses_latin_languages_from_function_words() {
        let en = "The mayor said that the bridge was closed for the winter and that the repairs of the road with the new rail is due.";
        let de = "Der Bürgermeister sagte, dass die Brücke nicht mit dem Zug und das Auto ist ein Problem, die Straße und der Weg sind gesperrt, und die Stadt ist ruhig.";
        let es = "El alcalde dijo que los puentes y las calles del centro están cerrados por una semana y que el tráfico de los autobuses y las motos sigue.";
        let pt = "O prefeito disse que os carros não podem passar com uma ponte fechada e que as ruas das cidades e dos bairros não têm acesso ao centro em obras.";
        assert_eq!(from_words(en), Some("en"));
        assert_eq!(from_words(de), Some("de"));
        assert_eq!(from_words(es), Some("es"));
        assert_eq!(from_words(pt), Some("pt"));
        assert_eq!(from_words("Short text."), None);
    }

    #[test]
    fn guesses_from_the_script() {
        assert_eq!(from_script("東京で新しい駅が開業しました"), Some("ja"));
        assert_eq!(from_script("서울에서 새 역이 문을 열었다"), Some("ko"));
        assert_eq!(from_script("北京新车站今天开通"), Some("zh"));
        assert_eq!(from_script("Новый вокзал открылся в Москве"), Some("ru"));
        assert_eq!(from_script("У Києві відкрили нову станцію"), Some("uk"));
        assert_eq!(from_script("افتتاح محطة جديدة"), Some("ar"));
        assert_eq!(from_script("Ein neuer Bahnhof öffnet"), None);
        assert_eq!(from_script(""), None);
        assert_eq!(from_script("Tokyo 東京"), None);
    }
}

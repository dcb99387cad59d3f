//! Attribution in Chinese and Japanese, which have no capitals and no spaces to find names
//! by: the quotative patterns 「…」と山田太郎社長は述べた / 田中花子さんは「…」と話した
//! (Japanese) and “…，”李明说 / 李明说：“…” (Chinese). The speaker is the run of Han or
//! katakana characters in the subject slot, minus an honorific or title suffix.

use std::borrow::Cow;

use super::attribution::{Attribution, Kind, Ref};

pub(crate) fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}')
}

fn is_name_char(c: char) -> bool {
    matches!(c, '\u{30A0}'..='\u{30FF}' | '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}')
}

/// Japanese verbs of saying after the quotative と.
const JA_VERBS: &[&str] = &[
    "述べ",
    "語っ",
    "語り",
    "語る",
    "話し",
    "話す",
    "言っ",
    "言う",
    "説明し",
    "強調し",
    "明らかにし",
    "指摘し",
    "訴え",
    "答え",
    "主張し",
    "批判し",
    "発言し",
    "コメントし",
];

/// Chinese verbs of saying.
const ZH_VERBS: &[&str] = &[
    "表示", "指出", "强调", "強調", "告诉", "告訴", "介绍", "介紹", "回答", "写道", "寫道", "说",
    "說", "称", "稱", "问", "問",
];

/// Honorifics and titles that follow a name, longest first.
const SUFFIXES: &[&str] = &[
    "委員長",
    "容疑者",
    "弁護士",
    "发言人",
    "發言人",
    "さん",
    "首相",
    "大臣",
    "社長",
    "会長",
    "知事",
    "市長",
    "町長",
    "教授",
    "監督",
    "議員",
    "代表",
    "所長",
    "院長",
    "部長",
    "局長",
    "選手",
    "被告",
    "医師",
    "博士",
    "先生",
    "女士",
    "主席",
    "总统",
    "總統",
    "部长",
    "市长",
    "经理",
    "經理",
    "总理",
    "總理",
    "氏",
    "様",
    "君",
];

/// The name in a subject slot: strips one title suffix; 2–8 Han or katakana characters.
fn name(slot: &str) -> Option<&str> {
    let mut x = slot.trim();
    for s in SUFFIXES {
        if let Some(stem) = x.strip_suffix(s) {
            x = stem;
            break;
        }
    }
    let n = x.chars().count();
    ((2..=8).contains(&n) && x.chars().all(is_name_char)).then_some(x)
}

fn named(name: &str, pos: usize, kind: Kind) -> Attribution<'_> {
    Attribution {
        r: Ref::Name {
            name: Cow::Borrowed(name),
            words: 2,
            role: None,
            org: None,
            male: None,
            sentence_start: false,
            titled: false,
        },
        pos,
        kind,
    }
}

/// The rest of the sentence after byte `from`, at most 80 characters.
fn sentence_after(text: &str, from: usize) -> &str {
    let rest = text.get(from..).unwrap_or("");
    let end = rest
        .find(['。', '！', '？', '\n', '「', '“'])
        .unwrap_or(rest.len());
    let rest = &rest[..end];
    match rest.char_indices().nth(80) {
        Some((i, _)) => &rest[..i],
        None => rest,
    }
}

/// Does a quotative と and a verb of saying follow the quote ending at byte `from`?
fn quotative_follows(text: &str, from: usize) -> Option<&str> {
    let s = sentence_after(text, from);
    let after = s.strip_prefix('と')?;
    JA_VERBS.iter().any(|v| after.contains(v)).then_some(after)
}

/// 「…」と山田太郎社長は述べた / “…，”李明说.
pub(crate) fn after(text: &str, from: usize) -> Option<Attribution<'_>> {
    // Most quotes are not followed by CJK text at all: an ASCII character after the spaces
    // and commas settles it without decoding.
    let rest = text.get(from..)?.as_bytes();
    match rest.iter().find(|&&b| b != b' ' && b != b',') {
        Some(b) if b.is_ascii() => return None,
        None => return None,
        Some(_) => {}
    }
    let first = text
        .get(from..)?
        .trim_start_matches([' ', ',', '，', '、'])
        .chars()
        .next()?;
    if !is_cjk(first) {
        return None;
    }
    if let Some(after) = quotative_follows(text, from) {
        let slot = after.find(['は', 'が']).map(|i| &after[..i])?;
        let pos = from + 'と'.len_utf8();
        return name(slot).map(|n| named(n, pos, Kind::After));
    }
    let s = sentence_after(text, from);
    let trimmed = s.trim_start_matches(['，', ',', ' ', '、']);
    let pos = from + (s.len() - trimmed.len());
    let (i, _) = ZH_VERBS
        .iter()
        .filter_map(|v| trimmed.find(v).map(|i| (i, v)))
        .min_by_key(|&(i, _)| i)?;
    name(&trimmed[..i]).map(|n| named(n, pos, Kind::After))
}

/// 田中花子さんは「…」と話した / 李明说：“…”. `open` is the quote's opening mark, `end` the
/// byte after its closing mark.
pub(crate) fn before(text: &str, open: usize, floor: usize, end: usize) -> Option<Attribution<'_>> {
    let head = text.get(floor.min(open)..open)?;
    // The common case: after trailing ASCII spaces and colons, an ASCII character, not CJK.
    let tail = head.as_bytes();
    let mut at = tail.len();
    while at > 0 && matches!(tail[at - 1], b' ' | b'\t'..=b'\r') {
        at -= 1;
    }
    while at > 0 && tail[at - 1] == b':' {
        at -= 1;
    }
    if at == 0 || tail[at - 1].is_ascii() {
        return None;
    }
    if !head
        .trim_end()
        .trim_end_matches(['：', ':'])
        .chars()
        .next_back()
        .is_some_and(is_cjk)
    {
        return None;
    }
    let start = head.rfind(['。', '！', '？', '\n']).map_or(0, |i| {
        i + head[i..].chars().next().map_or(1, char::len_utf8)
    });
    let sentence = &head[start..];
    let trimmed = sentence.trim_end();
    let pos = floor + start;
    if let Some(slot) = trimmed.strip_suffix(['は', 'が']) {
        quotative_follows(text, end)?;
        return name(slot).map(|n| named(n, pos, Kind::Before));
    }
    let intro = trimmed.strip_suffix(['：', ':'])?;
    let slot = ZH_VERBS.iter().find_map(|v| intro.strip_suffix(v))?;
    name(slot).map(|n| named(n, pos, Kind::Before))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn who(a: Option<Attribution>) -> Option<String> {
        match a?.r {
            Ref::Name { name, .. } => Some(name.into_owned()),
            _ => None,
        }
    }

    #[test]
    fn japanese_quotative() {
        let t = "「安全が最優先だ」と山田太郎社長は記者会見で述べた。";
        let end = t.find('」').map(|i| i + '」'.len_utf8()).unwrap_or(0);
        assert_eq!(who(after(t, end)).as_deref(), Some("山田太郎"));
        let t = "田中花子さんは「この本は『希望』で始まる」と話した。";
        let open = t.find('「').unwrap_or(0);
        let end = t.rfind('」').map(|i| i + '」'.len_utf8()).unwrap_or(0);
        assert_eq!(who(before(t, open, 0, end)).as_deref(), Some("田中花子"));
    }

    #[test]
    fn chinese_after_and_before() {
        let t = "“我们不会放弃，”李明说。";
        let end = t.rfind('”').map(|i| i + '”'.len_utf8()).unwrap_or(0);
        assert_eq!(who(after(t, end)).as_deref(), Some("李明"));
        let t = "王芳表示：“价格会下降。”";
        let open = t.find('“').unwrap_or(0);
        assert_eq!(who(before(t, open, 0, t.len())).as_deref(), Some("王芳"));
    }

    #[test]
    fn no_name_no_attribution() {
        assert!(after("」と述べた。", 0).is_none());
        assert!(after("", 0).is_none());
        assert!(before("x", 5, 9, 0).is_none());
    }
}

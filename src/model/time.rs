//! Publication times, parsed once into a [`DateTime`] (a date, an optional time of day, an
//! optional UTC offset) that every consumer uses: the components' `<time datetime>`, the
//! browser's Intl formatting (`dom/intl.rs`) and the server renderer's plain dates
//! (`prerender.rs`). Two readers fill it. [`parse_strict`] is the Broadsheet format's rule:
//! RFC 3339 with an offset, or a bare date. [`parse_lenient`] is schema.org's reality: it
//! also reads offsets without a colon, a space instead of `T`, any number of fraction
//! digits, RFC 2822 and Java `Date` strings, a trailing `UTC`/`GMT` or a common zone
//! abbreviation, unpadded months and days, basic ISO (`20180619T055000+0900`) and `D.M.YYYY`.
//! A local time without an offset is kept as given (shown in that wall-clock time, never
//! with an invented offset); it is only ever an ambiguity, not an error, in JSON-LD.

use std::fmt::Write as _;

/// A calendar date with an optional time of day and an optional UTC offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateTime {
    pub year: u32,
    /// 1..=12
    pub month: u32,
    /// 1..=31, valid for the month
    pub day: u32,
    pub time: Option<TimeOfDay>,
    /// Minutes east of UTC; `None` for a bare date or a local time without an offset.
    pub offset_minutes: Option<i32>,
}

/// A time of day; `millis` keeps what a browser's `Date` can show of a fraction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeOfDay {
    pub hour: u32,
    pub minute: u32,
    pub second: u32,
    pub millis: u32,
}

impl DateTime {
    /// The canonical text: "2024-05-01", "2024-05-01T09:30:00" (local, as given) or
    /// "2024-05-01T09:30:00+08:00" / "...Z". Valid in HTML's `<time datetime>` and read the
    /// same by every browser's `Date`.
    pub fn iso(&self) -> String {
        let mut out = format!("{:04}-{:02}-{:02}", self.year, self.month, self.day);
        if let Some(time) = self.time {
            let _ = write!(
                out,
                "T{:02}:{:02}:{:02}",
                time.hour, time.minute, time.second
            );
            if time.millis > 0 {
                let _ = write!(out, ".{:03}", time.millis);
            }
            if let Some(offset) = self.offset_text() {
                out.push_str(if offset == "UTC" { "Z" } else { &offset });
            }
        }
        out
    }

    /// A key that orders instants (minutes since 0000-01-01 UTC, then milliseconds); a
    /// time without an offset and a bare date count as UTC, which is the best order known.
    pub fn utc_sort_key(&self) -> (i64, u32) {
        // Days from a civil date (Howard Hinnant's algorithm), shifted to stay positive.
        let (y, m, d) = (
            i64::from(self.year),
            i64::from(self.month),
            i64::from(self.day),
        );
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let days = era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy;
        let time = self.time.map_or(0, |t| i64::from(t.hour * 60 + t.minute));
        let minutes = days * 1440 + time - i64::from(self.offset_minutes.unwrap_or(0));
        let rest = self.time.map_or(0, |t| t.second * 1000 + t.millis);
        (minutes, rest)
    }

    /// The UTC instant `millis` after 1970-01-01T00:00:00Z, for years 1970 to 2199 (what a
    /// publication date given as a Unix timestamp can be).
    pub fn from_unix_millis(millis: i64) -> Option<DateTime> {
        if !(0..7_258_118_400_000).contains(&millis) {
            return None;
        }
        let days = millis.div_euclid(86_400_000);
        let in_day = millis.rem_euclid(86_400_000);
        // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        let seconds = in_day / 1000;
        Some(DateTime {
            year: u32::try_from(year).ok()?,
            month: month as u32,
            day: day as u32,
            time: Some(TimeOfDay {
                hour: (seconds / 3600) as u32,
                minute: (seconds / 60 % 60) as u32,
                second: (seconds % 60) as u32,
                millis: (in_day % 1000) as u32,
            }),
            offset_minutes: Some(0),
        })
    }

    /// The bare date, "2024-05-01".
    pub fn date_text(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// "UTC" for a zero offset, else "+08:00" / "-05:30"; `None` without an offset. This is
    /// also the form Intl accepts as a `timeZone`.
    pub fn offset_text(&self) -> Option<String> {
        let minutes = self.offset_minutes?;
        if minutes == 0 {
            return Some("UTC".to_string());
        }
        let sign = if minutes < 0 { '-' } else { '+' };
        let minutes = minutes.unsigned_abs();
        Some(format!("{sign}{:02}:{:02}", minutes / 60, minutes % 60))
    }
}

/// Checks `text` and returns it, or the reason it is not acceptable. Surrounding spaces
/// are an error too (the JSON Schema can say so exactly); lenient callers trim first.
#[cfg(test)]
fn validate(text: &str) -> Result<String, String> {
    parse_strict(text).map(|_| text.to_string())
}

fn shape_error(text: &str) -> String {
    format!(
        "expected a date-time like \"2024-05-01T09:30:00+08:00\" or a date like \"2024-05-01\", got {}",
        super::url::quoted(text)
    )
}

fn no_offset_error(text: &str) -> String {
    format!(
        "{} has no UTC offset: add \"Z\" for UTC or an offset like \"+08:00\"",
        super::url::quoted(text)
    )
}

/// RFC 3339 with an offset, or a bare "YYYY-MM-DD": the Broadsheet format's rule.
pub fn parse_strict(text: &str) -> Result<DateTime, String> {
    let b = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| -> Option<u32> {
        let part = b.get(range)?;
        if !part.iter().all(u8::is_ascii_digit) {
            return None;
        }
        Some(part.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0')))
    };
    let (Some(year), Some(month), Some(day)) = (digits(0..4), digits(5..7), digits(8..10)) else {
        return Err(shape_error(text));
    };
    if b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return Err(shape_error(text));
    }
    let mut out = check_date(year, month, day, text)?;
    if b.len() == 10 {
        return Ok(out);
    }

    // Time: "THH:MM", optional ":SS" and fraction, then "Z" or "+HH:MM".
    if b.get(10) != Some(&b'T') || b.get(13) != Some(&b':') {
        return Err(shape_error(text));
    }
    let (Some(hour), Some(minute)) = (digits(11..13), digits(14..16)) else {
        return Err(shape_error(text));
    };
    let mut pos = 16;
    let mut second = 0;
    let mut millis = 0;
    if b.get(pos) == Some(&b':') {
        second = digits(17..19).ok_or_else(|| shape_error(text))?;
        pos = 19;
        if b.get(pos) == Some(&b'.') {
            let fraction = b[pos + 1..]
                .iter()
                .take_while(|d| d.is_ascii_digit())
                .count();
            if !(1..=9).contains(&fraction) {
                return Err(shape_error(text));
            }
            millis = fraction_millis(&text[pos + 1..pos + 1 + fraction]);
            pos += 1 + fraction;
        }
    }
    out.time = Some(check_time(hour, minute, second, millis, text)?);
    match b.get(pos) {
        Some(b'Z') if b.len() == pos + 1 => {
            out.offset_minutes = Some(0);
            Ok(out)
        }
        Some(&sign @ (b'+' | b'-')) => {
            let (Some(offset_hour), Some(offset_minute)) =
                (digits(pos + 1..pos + 3), digits(pos + 4..pos + 6))
            else {
                return Err(shape_error(text));
            };
            if b.get(pos + 3) != Some(&b':') || b.len() != pos + 6 {
                return Err(shape_error(text));
            }
            out.offset_minutes = Some(check_offset(sign, offset_hour, offset_minute, text)?);
            Ok(out)
        }
        None => Err(no_offset_error(text)),
        _ => Err(shape_error(text)),
    }
}

/// What [`parse_lenient`] read, and whether it is a local time without an offset (the one
/// case worth a warning: it is shown as given, in no particular zone).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Lenient {
    pub at: DateTime,
    pub local_time: bool,
}

/// Every date shape schema.org publishers serve (see the module doc); the strict rule's
/// message when none fits.
pub fn parse_lenient(text: &str) -> Result<Lenient, String> {
    let trimmed = text.trim();
    let at = match parse_strict(trimmed) {
        Ok(at) => at,
        Err(strict) => {
            let read = iso_like(trimmed)
                .or_else(|| dotted(trimmed))
                .or_else(|| worded(trimmed));
            match read {
                Some(Ok(at)) => at,
                // A shape that was recognised but has a value out of range says so.
                Some(Err(message)) => return Err(message),
                None if strict.contains("has no UTC offset") => return Err(strict),
                None => return Err(shape_error(text)),
            }
        }
    };
    Ok(Lenient {
        local_time: at.time.is_some() && at.offset_minutes.is_none(),
        at,
    })
}

/// A small cursor over ASCII text for the lenient shapes.
struct Cursor<'a> {
    b: &'a [u8],
    pos: usize,
}

impl Cursor<'_> {
    /// A run of 1..=`max` digits and its length.
    fn number(&mut self, max: usize) -> Option<(u32, usize)> {
        let len = self.b[self.pos..]
            .iter()
            .take(max)
            .take_while(|b| b.is_ascii_digit())
            .count();
        if len == 0 {
            return None;
        }
        let value = self.b[self.pos..self.pos + len]
            .iter()
            .fold(0, |n, d| n * 10 + u32::from(d - b'0'));
        self.pos += len;
        Some((value, len))
    }

    fn eat(&mut self, byte: u8) -> bool {
        if self.b.get(self.pos) == Some(&byte) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn skip_spaces(&mut self) {
        while self.b.get(self.pos).is_some_and(u8::is_ascii_whitespace) {
            self.pos += 1;
        }
    }

    fn rest(&self) -> &str {
        std::str::from_utf8(&self.b[self.pos..]).unwrap_or("")
    }

    fn at_end(&self) -> bool {
        self.pos >= self.b.len()
    }
}

/// "2022-5-3T23:57:00", "2019-10-19 18:56:59", "2022/05/10 17:36:11", "2018-12-22T00:00:00+0100",
/// "2022-05-04T03:00:00 UTC", "2018-11-28CET11:59:00+0100", "20180619T055000+0900".
fn iso_like(text: &str) -> Option<Result<DateTime, String>> {
    let mut c = Cursor {
        b: text.as_bytes(),
        pos: 0,
    };
    let (year, month, day, basic) = match c.number(8)? {
        (ymd, 8) => (ymd / 10_000, ymd / 100 % 100, ymd % 100, true),
        // "2022-05-10", or "2022/05/10" (year first, so never ambiguous).
        (year, 4) if matches!(c.b.get(c.pos), Some(b'-' | b'/')) => {
            let separator = c.b[c.pos];
            c.pos += 1;
            let (month, _) = c.number(2)?;
            if !c.eat(separator) {
                return None;
            }
            let (day, _) = c.number(2)?;
            (year, month, day, false)
        }
        _ => return None,
    };
    let mut at = match check_date(year, month, day, text) {
        Ok(at) => at,
        Err(message) => return Some(Err(message)),
    };
    if c.at_end() {
        return Some(Ok(at));
    }
    // The separator: "T", a space, or a stray zone name in its place ("CET").
    let separator = c.b[c.pos..]
        .iter()
        .take_while(|b| b.is_ascii_alphabetic() || **b == b' ')
        .count();
    if separator == 0 || separator > 4 {
        return None;
    }
    c.pos += separator;
    let (hour, minute, second, millis) = if basic {
        let (hms, len) = c.number(6)?;
        match len {
            6 => (hms / 10_000, hms / 100 % 100, hms % 100, 0),
            4 => (hms / 100, hms % 100, 0, 0),
            _ => return None,
        }
    } else {
        clock(&mut c)?
    };
    match check_time(hour, minute, second, millis, text) {
        Ok(time) => at.time = Some(time),
        Err(message) => return Some(Err(message)),
    }
    c.skip_spaces();
    let zone = c.rest();
    match zone_offset(zone) {
        Some(Ok(offset)) => at.offset_minutes = offset,
        Some(Err(message)) => return Some(Err(message)),
        None => return None,
    }
    Some(Ok(at))
}

/// "H:MM", "H:MM:SS", "H:MM:SS.ffffff" (any number of fraction digits).
fn clock(c: &mut Cursor) -> Option<(u32, u32, u32, u32)> {
    let (hour, _) = c.number(2)?;
    if !c.eat(b':') {
        return None;
    }
    let (minute, 2) = c.number(2)? else {
        return None;
    };
    let mut second = 0;
    let mut millis = 0;
    if c.eat(b':') {
        let (s, 2) = c.number(2)? else {
            return None;
        };
        second = s;
        if c.eat(b'.') || c.eat(b',') {
            let start = c.pos;
            let len = c.b[start..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
            if len == 0 {
                return None;
            }
            millis = fraction_millis(std::str::from_utf8(&c.b[start..start + len]).ok()?);
            c.pos += len;
        }
    }
    Some((hour, minute, second, millis))
}

/// "11.11.2021" or "5.3.2022 14:30" (day first, as in German and most of Europe).
fn dotted(text: &str) -> Option<Result<DateTime, String>> {
    let mut c = Cursor {
        b: text.as_bytes(),
        pos: 0,
    };
    let (day, _) = c.number(2)?;
    if !c.eat(b'.') {
        return None;
    }
    let (month, _) = c.number(2)?;
    if !c.eat(b'.') {
        return None;
    }
    let (year, 4) = c.number(4)? else {
        return None;
    };
    let mut at = match check_date(year, month, day, text) {
        Ok(at) => at,
        Err(message) => return Some(Err(message)),
    };
    c.skip_spaces();
    if !c.at_end() {
        let (hour, minute, second, millis) = clock(&mut c)?;
        match check_time(hour, minute, second, millis, text) {
            Ok(time) => at.time = Some(time),
            Err(message) => return Some(Err(message)),
        }
        c.skip_spaces();
        match zone_offset(c.rest())? {
            Ok(offset) => at.offset_minutes = offset,
            Err(message) => return Some(Err(message)),
        }
    }
    Some(Ok(at))
}

/// RFC 2822 ("Wed, 04 May 2022 00:25:56 GMT", "... +0100") and Java's `Date.toString`
/// ("Tue Jan 28 15:28:56 CET 2020"): words in any order, each recognised by its shape.
fn worded(text: &str) -> Option<Result<DateTime, String>> {
    const WEEKDAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    let (mut year, mut month, mut day, mut time, mut offset) = (None, None, None, None, None);
    let mut zone_seen = false;
    // 12-hour clocks: "10:21 pm", "10:21 p.m.".
    let mut afternoon = None;
    for word in text.split([' ', ',']).filter(|word| !word.is_empty()) {
        let lower = word.to_ascii_lowercase();
        let digits = word.bytes().all(|b| b.is_ascii_digit());
        // Separators and the words between a date and its time: "May 5, 2022 - 10:21",
        // "5 May 2022 at 10:21", "5th".
        if matches!(
            lower.as_str(),
            "-" | "|" | "–" | "at" | "um" | "à" | "a" | "de" | "of"
        ) {
            continue;
        }
        if matches!(lower.as_str(), "am" | "a.m." | "pm" | "p.m.") {
            afternoon = Some(lower.starts_with('p'));
            continue;
        }
        let word = ["st", "nd", "rd", "th"]
            .iter()
            .find_map(|suffix| {
                word.strip_suffix(suffix)
                    .filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
            })
            .unwrap_or(word);
        let digits = digits || word.bytes().all(|b| b.is_ascii_digit());
        if digits && word.len() == 4 && year.is_none() {
            year = word.parse().ok();
        } else if digits && word.len() <= 2 && day.is_none() {
            day = word.parse().ok();
        } else if word.contains(':') && time.is_none() {
            let mut c = Cursor {
                b: word.as_bytes(),
                pos: 0,
            };
            let read = clock(&mut c)?;
            // "12:00:00+0100" glues the offset to the time.
            if !c.at_end() {
                offset = Some(zone_offset(c.rest())?);
                zone_seen = true;
            }
            time = Some(read);
        } else if let Some(m) = month_number(&lower).filter(|_| month.is_none()) {
            month = Some(m);
        } else if WEEKDAYS.iter().any(|day| lower.starts_with(day)) {
        } else if !zone_seen {
            offset = Some(zone_offset(word)?);
            zone_seen = true;
        } else {
            return None;
        }
    }
    let (year, month, day) = (year?, month?, day?);
    let mut at = match check_date(year, month, day, text) {
        Ok(at) => at,
        Err(message) => return Some(Err(message)),
    };
    if let Some((mut hour, minute, second, millis)) = time {
        match afternoon {
            Some(true) if (1..12).contains(&hour) => hour += 12,
            Some(false) if hour == 12 => hour = 0,
            _ => {}
        }
        match check_time(hour, minute, second, millis, text) {
            Ok(time) => at.time = Some(time),
            Err(message) => return Some(Err(message)),
        }
        match offset {
            Some(Ok(minutes)) => at.offset_minutes = minutes,
            Some(Err(message)) => return Some(Err(message)),
            None => {}
        }
    }
    Some(Ok(at))
}

fn month_number(word: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let word = word.trim_end_matches('.');
    let index = MONTHS.iter().position(|m| word.starts_with(m))?;
    // "march" and "mar" yes, "marathon" no: a longer word must be the full English name.
    const FULL: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    (word.len() == 3 || word == FULL[index] || (index == 8 && word == "sept"))
        .then_some(index as u32 + 1)
}

/// The zone after a time: "" (local, `Ok(None)`), "Z", "+01:00", "+0100", "+01", "UTC",
/// "GMT+0100", or a common abbreviation. `None` when it is not a zone at all.
fn zone_offset(zone: &str) -> Option<Result<Option<i32>, String>> {
    let zone = zone.trim();
    if zone.is_empty() {
        return Some(Ok(None));
    }
    let upper = zone.to_ascii_uppercase();
    for prefix in ["UTC", "GMT", "UT"] {
        if let Some(rest) = upper.strip_prefix(prefix) {
            if rest.is_empty() {
                return Some(Ok(Some(0)));
            }
            if rest.starts_with(['+', '-']) {
                return numeric_offset(rest);
            }
        }
    }
    if upper == "Z" {
        return Some(Ok(Some(0)));
    }
    if upper.starts_with(['+', '-']) {
        return numeric_offset(&upper);
    }
    // Common abbreviations with one meaning in news data ("IST" has three: refused).
    const ZONES: [(&str, i32); 24] = [
        ("EST", -300),
        ("EDT", -240),
        ("CST", -360),
        ("CDT", -300),
        ("MST", -420),
        ("MDT", -360),
        ("PST", -480),
        ("PDT", -420),
        ("AKST", -540),
        ("AKDT", -480),
        ("HST", -600),
        ("WET", 0),
        ("WEST", 60),
        ("BST", 60),
        ("CET", 60),
        ("CEST", 120),
        ("MEZ", 60),
        ("MESZ", 120),
        ("EET", 120),
        ("EEST", 180),
        ("MSK", 180),
        ("JST", 540),
        ("KST", 540),
        ("AEST", 600),
    ];
    ZONES
        .iter()
        .find(|(name, _)| *name == upper)
        .map(|(_, minutes)| Ok(Some(*minutes)))
}

/// "+01:00", "+0100" or "+01" (sign included).
fn numeric_offset(text: &str) -> Option<Result<Option<i32>, String>> {
    let b = text.as_bytes();
    let sign = *b.first()?;
    let digits: Vec<u32> = b[1..]
        .iter()
        .filter(|b| **b != b':')
        .map(|b| b.is_ascii_digit().then(|| u32::from(b - b'0')))
        .collect::<Option<_>>()?;
    let colons = b[1..].iter().filter(|b| **b == b':').count();
    let (hour, minute) = match (digits.as_slice(), colons) {
        ([h1, h2], 0) => (h1 * 10 + h2, 0),
        ([h1, h2, m1, m2], 0) => (h1 * 10 + h2, m1 * 10 + m2),
        ([h1, h2, m1, m2], 1) if b.get(3) == Some(&b':') => (h1 * 10 + h2, m1 * 10 + m2),
        _ => return None,
    };
    Some(check_offset(sign, hour, minute, text).map(Some))
}

/// The date `year-month-day` (no time, no offset) if it exists in the calendar.
fn check_date(year: u32, month: u32, day: u32, text: &str) -> Result<DateTime, String> {
    let out_of_range = |what: &str, value: u32| {
        format!(
            "{what} {value} is out of range in {}",
            super::url::quoted(text)
        )
    };
    if !(1..=12).contains(&month) {
        return Err(out_of_range("month", month));
    }
    if day == 0 || day > days_in_month(year, month) {
        return Err(out_of_range("day", day));
    }
    Ok(DateTime {
        year,
        month,
        day,
        time: None,
        offset_minutes: None,
    })
}

fn check_time(
    hour: u32,
    minute: u32,
    second: u32,
    millis: u32,
    text: &str,
) -> Result<TimeOfDay, String> {
    let out_of_range = |what: &str, value: u32| {
        format!(
            "{what} {value} is out of range in {}",
            super::url::quoted(text)
        )
    };
    if hour > 23 {
        return Err(out_of_range("hour", hour));
    }
    if minute > 59 {
        return Err(out_of_range("minute", minute));
    }
    if second > 59 {
        return Err(out_of_range("second", second));
    }
    Ok(TimeOfDay {
        hour,
        minute,
        second,
        millis,
    })
}

fn check_offset(sign: u8, hour: u32, minute: u32, text: &str) -> Result<i32, String> {
    if hour > 23 || minute > 59 {
        return Err(format!(
            "the UTC offset is out of range in {}",
            super::url::quoted(text)
        ));
    }
    let minutes = (hour * 60 + minute) as i32;
    Ok(if sign == b'-' { -minutes } else { minutes })
}

/// The first three digits of a fraction as milliseconds ("5" -> 500, "123456" -> 123).
fn fraction_millis(digits: &str) -> u32 {
    digits
        .bytes()
        .chain(std::iter::repeat(b'0'))
        .take(3)
        .fold(0, |n, d| n * 10 + u32::from(d - b'0'))
}

/// The date part of a date-time that is valid except for its missing UTC offset
/// ("2024-05-01T09:30:00" -> "2024-05-01"): the Broadsheet format's fallback, which keeps
/// the day and drops the hour it cannot place.
pub(crate) fn date_of_offsetless(text: &str) -> Option<&str> {
    // Appending "Z" repairs exactly the one problem of a missing offset.
    parse_strict(&format!("{text}Z")).ok()?;
    text.get(..10).filter(|_| text.len() > 10)
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepted() {
        for ok in [
            "2024-05-01",
            "2024-02-29",
            "2000-02-29",
            "2024-05-01T09:30:00+08:00",
            "2024-05-01T09:30+08:00",
            "2024-05-01T09:30:00Z",
            "2024-05-01T09:30:00.123Z",
            "2024-05-01T23:59:59.123456789-05:30",
            "2024-12-31T00:00:00-00:00",
        ] {
            assert_eq!(validate(ok).as_deref(), Ok(ok));
        }
    }

    fn lenient(text: &str) -> String {
        match parse_lenient(text) {
            Ok(read) => read.at.iso(),
            Err(message) => format!("ERR {message}"),
        }
    }

    #[test]
    fn lenient_reads_what_publishers_serve() {
        for (given, read) in [
            ("2018-12-22T00:00:00+0100", "2018-12-22T00:00:00+01:00"),
            ("2019-12-30T05:03-0500", "2019-12-30T05:03:00-05:00"),
            ("2019-10-19 18:56:59", "2019-10-19T18:56:59"),
            ("2019-12-09 09:08:21+01:00", "2019-12-09T09:08:21+01:00"),
            ("2021-12-06 14:36", "2021-12-06T14:36:00"),
            ("2022-05-03 13:32:45.000000", "2022-05-03T13:32:45"),
            (
                "2022-05-03T13:32:45.123456789123Z",
                "2022-05-03T13:32:45.123Z",
            ),
            ("Wed, 04 May 2022 00:25:56 GMT", "2022-05-04T00:25:56Z"),
            (
                "Wed, 02 Feb 2022 09:12:22 +0100",
                "2022-02-02T09:12:22+01:00",
            ),
            ("Tue Jan 28 15:28:56 CET 2020", "2020-01-28T15:28:56+01:00"),
            ("2022-05-04T03:00:00 UTC", "2022-05-04T03:00:00Z"),
            ("2022-5-3T23:57:00", "2022-05-03T23:57:00"),
            ("2022-5-5 22:17:36", "2022-05-05T22:17:36"),
            ("20180619T055000+0900", "2018-06-19T05:50:00+09:00"),
            ("2018-11-28CET11:59:00+0100", "2018-11-28T11:59:00+01:00"),
            ("2024-01-05T10:00:00 EST", "2024-01-05T10:00:00-05:00"),
            ("11.11.2021", "2021-11-11"),
            ("2022/05/10 17:36:11", "2022-05-10T17:36:11"),
            ("5.3.2022 14:30", "2022-03-05T14:30:00"),
            ("March 5, 2022", "2022-03-05"),
            ("Thursday, May 5, 2022 - 10:21 pm", "2022-05-05T22:21:00"),
            ("5th May 2022 at 12:05 a.m. GMT", "2022-05-05T00:05:00Z"),
            (" 2024-05-01T09:30:00+08:00 ", "2024-05-01T09:30:00+08:00"),
            ("2024-05-01T09:30:00-00:00", "2024-05-01T09:30:00Z"),
        ] {
            assert_eq!(lenient(given), read, "{given}");
        }
        assert!(parse_lenient("2019-10-19 18:56:59").unwrap().local_time);
        assert!(!parse_lenient("2019-10-19").unwrap().local_time);
        for bad in [
            "soon",
            "",
            "2024",
            "Tue Jan 28 15:28:56 IST 2020",
            "2024-05-01T09:30:00 Mars",
            "Marathon 5 2022",
            "2024-05-01T09:30:00+2400",
            // Day and month cannot be told apart.
            "10/05/2022 05:22 pm",
            "2022/05-10",
        ] {
            assert!(lenient(bad).starts_with("ERR "), "{bad}: {}", lenient(bad));
        }
        assert_eq!(
            lenient("2022-5-32 10:00"),
            "ERR day 32 is out of range in \"2022-5-32 10:00\""
        );
        assert_eq!(
            lenient("Wed, 04 May 2022 25:25:56 GMT"),
            "ERR hour 25 is out of range in \"Wed, 04 May 2022 25:25:56 GMT\""
        );
    }

    #[test]
    fn unix_timestamps() {
        let iso = |ms| DateTime::from_unix_millis(ms).map(|at| at.iso());
        assert_eq!(iso(0).as_deref(), Some("1970-01-01T00:00:00Z"));
        assert_eq!(
            iso(1_651_234_567_890).as_deref(),
            Some("2022-04-29T12:16:07.890Z")
        );
        assert_eq!(
            iso(951_782_400_000).as_deref(),
            Some("2000-02-29T00:00:00Z")
        );
        assert_eq!(iso(-1), None);
        assert_eq!(iso(i64::MAX), None);
    }

    #[test]
    fn canonical_text_and_offsets() {
        let at = parse_strict("2024-05-01T09:30:00.5-05:30").unwrap();
        assert_eq!(at.iso(), "2024-05-01T09:30:00.500-05:30");
        assert_eq!(at.offset_text().as_deref(), Some("-05:30"));
        assert_eq!(at.date_text(), "2024-05-01");
        assert_eq!(parse_strict("2024-05-01").unwrap().offset_text(), None);
        assert_eq!(
            parse_strict("2024-05-01T09:30Z")
                .unwrap()
                .offset_text()
                .as_deref(),
            Some("UTC")
        );
    }

    #[test]
    fn offsetless_date_times_keep_their_date() {
        assert_eq!(
            date_of_offsetless("2024-05-01T09:30:00"),
            Some("2024-05-01")
        );
        assert_eq!(date_of_offsetless("2024-05-01T09:30"), Some("2024-05-01"));
        assert_eq!(
            date_of_offsetless("2024-05-01T09:30:00.5"),
            Some("2024-05-01")
        );
        for other in [
            "2024-05-01",
            "2024-05-01T09:30:00Z",
            "2024-05-01T25:30:00",
            "2024-02-30T09:30:00",
            "2024-05-01 09:30:00",
            "soon",
            "",
        ] {
            assert_eq!(date_of_offsetless(other), None, "{other}");
        }
    }

    #[test]
    fn rejected() {
        let shape = |t: &str| {
            validate(t)
                .unwrap_err()
                .starts_with("expected a date-time like")
        };
        for bad in [
            "",
            "2024",
            "2024-5-1",
            "24-05-01",
            "2024/05/01",
            "May 1, 2024",
            "2024-05-01T9:30Z",
            "2024-05-01 09:30:00Z",
            "2024-05-01t09:30:00z",
            "2024-05-01T09:30:00.Z",
            "2024-05-01T09:30:00+0800",
            "2024-05-01T09:30:00+08",
            "2024-05-01T09:30:00Zjunk",
            "2024-05-01T09:30:00.1234567890Z",
            "２０２４-05-01",
            " 2024-05-01",
            "2024-05-01 ",
        ] {
            assert!(shape(bad), "{bad}: {:?}", validate(bad));
        }
        assert_eq!(
            validate("2024-13-01").unwrap_err(),
            "month 13 is out of range in \"2024-13-01\""
        );
        assert_eq!(
            validate("2023-02-29").unwrap_err(),
            "day 29 is out of range in \"2023-02-29\""
        );
        assert_eq!(
            validate("1900-02-29").unwrap_err(),
            "day 29 is out of range in \"1900-02-29\""
        );
        assert_eq!(
            validate("2024-04-31").unwrap_err(),
            "day 31 is out of range in \"2024-04-31\""
        );
        assert_eq!(
            validate("2024-04-00").unwrap_err(),
            "day 0 is out of range in \"2024-04-00\""
        );
        assert!(validate("2024-05-01T24:00:00Z")
            .unwrap_err()
            .starts_with("hour 24 is out of range"));
        assert!(validate("2024-05-01T10:60:00Z")
            .unwrap_err()
            .starts_with("minute 60 is out of range"));
        assert!(validate("2024-05-01T10:00:60Z")
            .unwrap_err()
            .starts_with("second 60 is out of range"));
        assert!(validate("2024-05-01T10:00:00+24:00")
            .unwrap_err()
            .starts_with("the UTC offset is out of range"));
        assert_eq!(
            validate("2024-05-01T09:30:00").unwrap_err(),
            "\"2024-05-01T09:30:00\" has no UTC offset: add \"Z\" for UTC or an offset like \"+08:00\""
        );
    }
}

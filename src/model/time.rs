//! Publication times. The widget formats dates in the browser (Intl), so all the model does
//! is make sure a timestamp is one the browser's `Date` reads the same everywhere: a bare
//! date, or a date-time with an explicit UTC offset. A local time without an offset would be
//! shown in each reader's own time zone, hours off, so it is refused.

/// Checks `text` and returns it, or the reason it is not acceptable. Surrounding spaces
/// are an error too (the JSON Schema can say so exactly); lenient callers trim first.
pub(crate) fn validate(text: &str) -> Result<String, String> {
    let shape_error = || {
        format!(
            "expected a date-time like \"2024-05-01T09:30:00+08:00\" or a date like \"2024-05-01\", got {}",
            super::url::quoted(text)
        )
    };
    let b = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| -> Option<u32> {
        let part = b.get(range)?;
        if !part.iter().all(u8::is_ascii_digit) {
            return None;
        }
        Some(part.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0')))
    };
    let (Some(year), Some(month), Some(day)) = (digits(0..4), digits(5..7), digits(8..10)) else {
        return Err(shape_error());
    };
    if b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return Err(shape_error());
    }
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
    if b.len() == 10 {
        return Ok(text.to_string());
    }

    // Time: "THH:MM", optional ":SS" and fraction, then "Z" or "+HH:MM".
    if b.get(10) != Some(&b'T') || b.get(13) != Some(&b':') {
        return Err(shape_error());
    }
    let (Some(hour), Some(minute)) = (digits(11..13), digits(14..16)) else {
        return Err(shape_error());
    };
    let mut pos = 16;
    let mut second = 0;
    if b.get(pos) == Some(&b':') {
        second = digits(17..19).ok_or_else(shape_error)?;
        pos = 19;
        if b.get(pos) == Some(&b'.') {
            let fraction = b[pos + 1..]
                .iter()
                .take_while(|d| d.is_ascii_digit())
                .count();
            if !(1..=9).contains(&fraction) {
                return Err(shape_error());
            }
            pos += 1 + fraction;
        }
    }
    if hour > 23 {
        return Err(out_of_range("hour", hour));
    }
    if minute > 59 {
        return Err(out_of_range("minute", minute));
    }
    if second > 59 {
        return Err(out_of_range("second", second));
    }
    match b.get(pos) {
        Some(b'Z') if b.len() == pos + 1 => Ok(text.to_string()),
        Some(b'+' | b'-') => {
            let (Some(offset_hour), Some(offset_minute)) =
                (digits(pos + 1..pos + 3), digits(pos + 4..pos + 6))
            else {
                return Err(shape_error());
            };
            if b.get(pos + 3) != Some(&b':') || b.len() != pos + 6 {
                return Err(shape_error());
            }
            if offset_hour > 23 || offset_minute > 59 {
                return Err(format!(
                    "the UTC offset is out of range in {}",
                    super::url::quoted(text)
                ));
            }
            Ok(text.to_string())
        }
        None => Err(format!(
            "{} has no UTC offset: add \"Z\" for UTC or an offset like \"+08:00\"",
            super::url::quoted(text)
        )),
        _ => Err(shape_error()),
    }
}

/// The date part of a date-time that is valid except for its missing UTC offset
/// ("2024-05-01T09:30:00" -> "2024-05-01"): the day is right, the hour unknown, so readers
/// keep the date and drop the time.
pub(crate) fn date_of_offsetless(text: &str) -> Option<&str> {
    // Appending "Z" repairs exactly the one problem of a missing offset.
    validate(&format!("{text}Z")).ok()?;
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

//! Decimal text to `f64` without `core`'s correctly rounded float parser, whose tables and
//! code cost about 10 KB of the wasm bundle. Articles need numbers only as whole pixels,
//! milliseconds, levels and positions, where this is exact; other decimals may differ from
//! the correctly rounded value in the last bit, which no reader of the model can observe.

/// Parses `[+-]digits[.digits][(e|E)[+-]digits]` (either digit run may be empty, not both).
/// Exact for integers below 2^53 and for decimals of up to 15 significant digits whose
/// exponent is within ±22. Out of range is infinite or zero, like `str::parse::<f64>`.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let bytes = text.as_bytes();
    let mut at = 0;
    let negative = match bytes.first() {
        Some(b'-') => {
            at += 1;
            true
        }
        Some(b'+') => {
            at += 1;
            false
        }
        _ => false,
    };
    // Up to 19 significant digits fit a u64; later ones only move the decimal point.
    let mut mantissa: u64 = 0;
    let mut significant = 0u32;
    let mut exponent: i64 = 0;
    let mut digits = 0usize;
    while let Some(&b) = bytes.get(at).filter(|b| b.is_ascii_digit()) {
        if significant < 19 {
            mantissa = mantissa * 10 + u64::from(b - b'0');
            if mantissa > 0 {
                significant += 1;
            }
        } else {
            exponent += 1;
        }
        digits += 1;
        at += 1;
    }
    if bytes.get(at) == Some(&b'.') {
        at += 1;
        while let Some(&b) = bytes.get(at).filter(|b| b.is_ascii_digit()) {
            if significant < 19 {
                mantissa = mantissa * 10 + u64::from(b - b'0');
                if mantissa > 0 {
                    significant += 1;
                }
                exponent -= 1;
            }
            digits += 1;
            at += 1;
        }
    }
    if digits == 0 {
        return None;
    }
    if matches!(bytes.get(at), Some(b'e' | b'E')) {
        at += 1;
        let negative_exponent = match bytes.get(at) {
            Some(b'-') => {
                at += 1;
                true
            }
            Some(b'+') => {
                at += 1;
                false
            }
            _ => false,
        };
        let mut written: i64 = 0;
        let start = at;
        while let Some(&b) = bytes.get(at).filter(|b| b.is_ascii_digit()) {
            // Saturates: "1e99999999999" is simply out of range.
            written = (written * 10 + i64::from(b - b'0')).min(1_000_000);
            at += 1;
        }
        if at == start {
            return None;
        }
        exponent += if negative_exponent { -written } else { written };
    }
    if at != bytes.len() {
        return None;
    }
    let value = scale(mantissa as f64, exponent);
    Some(if negative { -value } else { value })
}

/// `value × 10^exponent`. Powers of ten up to 10^22 are exact in f64, so one multiplication
/// or division by them is correctly rounded; larger exponents go in steps.
fn scale(mut value: f64, mut exponent: i64) -> f64 {
    if value == 0.0 {
        return 0.0;
    }
    while exponent > 0 {
        let step = exponent.min(22);
        value *= power_of_ten(step);
        exponent -= step;
        if value.is_infinite() {
            return value;
        }
    }
    while exponent < 0 {
        let step = (-exponent).min(22);
        value /= power_of_ten(step);
        exponent += step;
        if value == 0.0 {
            return value;
        }
    }
    value
}

fn power_of_ten(exponent: i64) -> f64 {
    let mut power = 1.0;
    for _ in 0..exponent {
        power *= 10.0;
    }
    power
}

#[cfg(test)]
mod tests {
    use super::parse_decimal;

    #[test]
    fn whole_numbers_and_short_decimals_are_exact() {
        for text in [
            "0",
            "1",
            "-1",
            "7",
            "1200",
            "600000",
            "9007199254740991",
            "1.5",
            "0.25",
            "2.0",
            "1e3",
            "1E+3",
            "25e-1",
            "-0.5",
            "3.14159",
            "0.1",
            "0.3",
            "123456.789",
            "1e22",
            "1e-22",
            "+4",
            ".5",
            "5.",
        ] {
            let expected: f64 = text.parse().expect("valid for core");
            assert_eq!(parse_decimal(text), Some(expected), "{text}");
        }
    }

    #[test]
    fn long_and_extreme_numbers_stay_close_and_in_range() {
        for text in [
            "123456789012345678901234567890",
            "0.000000000000000000000000000001234",
            "1.7e308",
            "2.2250738585072014e-308",
            "12345678901234567890.123",
        ] {
            let expected: f64 = text.parse().expect("valid for core");
            let got = parse_decimal(text).expect("parsed");
            assert!(
                ((got - expected) / expected).abs() < 1e-14,
                "{text}: {got} vs {expected}"
            );
        }
        assert_eq!(parse_decimal("1e400"), Some(f64::INFINITY));
        assert_eq!(parse_decimal("-1e400"), Some(f64::NEG_INFINITY));
        assert_eq!(parse_decimal("1e-400"), Some(0.0));
        assert_eq!(parse_decimal("1e99999999999999999999"), Some(f64::INFINITY));
        assert_eq!(parse_decimal("0e999999"), Some(0.0));
    }

    #[test]
    fn anything_else_is_not_a_number() {
        for text in [
            "", "-", "+", ".", "e5", "1e", "1e+", "1.2.3", "1..5", "inf", "NaN", "1 ", " 1", "1px",
            "0x10", "1_000", "--1",
        ] {
            assert_eq!(parse_decimal(text), None, "{text:?}");
        }
    }
}

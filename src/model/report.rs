//! The outcome of parsing: an article with the warnings about what was dropped or degraded
//! on the way ([`Parsed`]), or the fatal problems that keep it from being shown, with every
//! other problem found alongside ([`Rejected`]). Readers report into a [`Report`] and carry
//! on, so one pass finds all the problems, not just the first.

use std::fmt;

use super::article::Article;
use super::error::ModelError;

pub use super::limits::MAX_WARNINGS;

/// An article that can be shown.
#[derive(Debug, Clone, PartialEq)]
pub struct Parsed {
    pub article: Article,
    /// Non-fatal problems, in reading order: each dropped or degraded a part of the article.
    pub warnings: Vec<ModelError>,
    /// Warnings past [`MAX_WARNINGS`], counted but not kept.
    pub omitted_warnings: usize,
}

impl Parsed {
    /// Adds a warning found after parsing (by the quote layer), within [`MAX_WARNINGS`].
    pub fn push_warning(&mut self, warning: ModelError) {
        keep_within_limit(&mut self.warnings, &mut self.omitted_warnings, warning);
    }
}

/// Keeps `warning` if fewer than [`MAX_WARNINGS`] are kept, else counts it in `omitted`.
fn keep_within_limit(warnings: &mut Vec<ModelError>, omitted: &mut usize, warning: ModelError) {
    if warnings.len() < MAX_WARNINGS {
        warnings.push(warning);
    } else {
        *omitted += 1;
    }
}

/// Article data that cannot be shown.
#[derive(Debug, Clone, PartialEq)]
pub struct Rejected {
    /// The fatal problems, in reading order; never empty.
    pub errors: Vec<ModelError>,
    /// The non-fatal problems found as well, so they can be fixed in the same round.
    pub warnings: Vec<ModelError>,
    /// Warnings past [`MAX_WARNINGS`], counted but not kept.
    pub omitted_warnings: usize,
}

impl Rejected {
    /// How many fatal errors the one-line summary (`Display`) lists before "and N more".
    pub const SUMMARY_ERRORS: usize = 5;

    /// A rejection for one fatal problem found before any reading (not JSON, too large).
    pub fn fatal(error: ModelError) -> Rejected {
        Rejected {
            errors: vec![error],
            warnings: Vec::new(),
            omitted_warnings: 0,
        }
    }
}

/// The fatal errors on one line, for the error box: all of them up to five, then
/// "and N more".
impl fmt::Display for Rejected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.errors.as_slice() {
            [] => f.write_str("the article data was refused"),
            [only] => write!(f, "{only}"),
            errors => {
                write!(f, "{} problems: ", errors.len())?;
                for (i, error) in errors.iter().take(Self::SUMMARY_ERRORS).enumerate() {
                    if i > 0 {
                        f.write_str("; ")?;
                    }
                    write!(f, "{error}")?;
                }
                if errors.len() > Self::SUMMARY_ERRORS {
                    write!(f, "; and {} more", errors.len() - Self::SUMMARY_ERRORS)?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for Rejected {}

/// Collects the problems of one document while it is read.
#[derive(Debug, Default)]
pub(crate) struct Report {
    errors: Vec<ModelError>,
    warnings: Vec<ModelError>,
    omitted: usize,
}

impl Report {
    /// A report that starts with warnings found before reading (while parsing).
    pub(crate) fn with_warnings(warnings: Vec<ModelError>, omitted: usize) -> Report {
        Report {
            errors: Vec::new(),
            warnings,
            omitted,
        }
    }

    /// A problem that keeps the article from being shown.
    pub(crate) fn fatal(&mut self, error: ModelError) {
        self.errors.push(error);
    }

    /// A problem whose part was dropped or degraded.
    pub(crate) fn warn(&mut self, error: ModelError) {
        keep_within_limit(&mut self.warnings, &mut self.omitted, error);
    }

    /// A problem found while reading an optional part: fatal only if it is a resource
    /// limit, a warning otherwise.
    pub(crate) fn note(&mut self, error: ModelError) {
        if error.is_limit() {
            self.fatal(error);
        } else {
            self.warn(error);
        }
    }

    /// The value of `result`, or `None` with its problem noted.
    pub(crate) fn take<T>(&mut self, result: Result<T, ModelError>) -> Option<T> {
        match result {
            Ok(value) => Some(value),
            Err(error) => {
                self.note(error);
                None
            }
        }
    }

    /// The outcome: the article when it was built and nothing fatal was found.
    pub(crate) fn finish(self, article: Option<Article>) -> Result<Parsed, Rejected> {
        match article {
            Some(article) if self.errors.is_empty() => Ok(Parsed {
                article,
                warnings: self.warnings,
                omitted_warnings: self.omitted,
            }),
            _ => Err(Rejected {
                errors: self.errors,
                warnings: self.warnings,
                omitted_warnings: self.omitted,
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn missing(path: &str) -> ModelError {
        ModelError::Missing {
            path: path.into(),
            hint: None,
        }
    }

    #[test]
    fn summary_lists_five_errors_then_counts() {
        let rejected = |n: usize| Rejected {
            errors: (0..n).map(|i| missing(&format!("f{i}"))).collect(),
            warnings: vec![missing("w")],
            omitted_warnings: 0,
        };
        assert_eq!(rejected(0).to_string(), "the article data was refused");
        assert_eq!(rejected(1).to_string(), "f0: required field is missing");
        assert_eq!(
            rejected(2).to_string(),
            "2 problems: f0: required field is missing; f1: required field is missing"
        );
        let seven = rejected(7).to_string();
        assert!(seven.starts_with("7 problems: f0: "), "{seven}");
        assert!(
            seven.ends_with("f4: required field is missing; and 2 more"),
            "{seven}"
        );
        assert!(!seven.contains("f5") && !seven.contains(" w:"));
    }

    #[test]
    fn warnings_are_capped_and_limits_are_fatal() {
        let mut report = Report::default();
        for i in 0..MAX_WARNINGS + 7 {
            report.note(missing(&format!("w{i}")));
        }
        let parsed = report
            .finish(Some(Article::default()))
            .expect("warnings only");
        assert_eq!(parsed.warnings.len(), MAX_WARNINGS);
        assert_eq!(parsed.omitted_warnings, 7);

        let mut report = Report::default();
        report.note(ModelError::TooLong { path: "x".into() });
        let rejected = report.finish(Some(Article::default())).unwrap_err();
        assert_eq!(rejected.errors.len(), 1);
        assert_eq!(Report::default().finish(None).unwrap_err().errors, vec![]);
    }
}

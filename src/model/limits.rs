//! Resource limits of the model layer (documented in `docs/article-format.md` and
//! `docs/security.md`). Input past a limit is a fatal error, never silently truncated. In a
//! module of their own, which imports nothing, so that the readers, the JSON builder and the
//! error messages can all name them without importing each other.

/// Largest accepted input, checked before parsing starts.
pub const MAX_INPUT_BYTES: usize = 5 * 1024 * 1024;
/// Deepest accepted nesting of arrays and objects (the article formats need about 8).
pub const MAX_DEPTH: usize = 64;
/// Most warnings kept; further ones are only counted. A 5 MiB document can hold millions of
/// broken inline nodes, and a message for each would cost more memory than the article.
pub const MAX_WARNINGS: usize = 100;
/// Longest accepted URL, in bytes.
pub const MAX_URL_LEN: usize = 2048;
/// Most candidates accepted in one `srcset`.
pub const MAX_SRCSET_CANDIDATES: usize = 32;
/// Most blocks in `body`. Far above any real article (a long read has a few hundred), low
/// enough that a hostile document is refused before it costs seconds of layout.
pub const MAX_BODY_BLOCKS: usize = 20_000;
/// Longest single text value, in characters. Longer text is an error, not truncated, so
/// nothing is silently lost.
pub const MAX_TEXT_CHARS: usize = 100_000;
/// Most entries in `related`.
pub const MAX_RELATED: usize = 200;
/// Most entries in `people`.
pub const MAX_PEOPLE: usize = 1_000;
/// Most entries in `authors`.
pub const MAX_AUTHORS: usize = 100;
/// Most entries in `tags`.
pub const MAX_TAGS: usize = 200;
/// Most entries in `breadcrumb`.
pub const MAX_BREADCRUMB: usize = 20;
/// Most items in one list block.
pub const MAX_LIST_ITEMS: usize = 1_000;
/// Largest image width or height, in pixels.
pub const MAX_IMAGE_SIDE: u32 = 100_000;
/// Shortest carousel autoplay interval, in milliseconds: faster rotation cannot be read
/// (WCAG 2.2.2). 0 means no autoplay.
pub const MIN_AUTOPLAY_MS: u32 = 2_000;
/// Longest carousel autoplay interval (ten minutes); anything longer is surely a unit mix-up.
pub const MAX_AUTOPLAY_MS: u32 = 600_000;
/// Deepest nesting of emphasis, strong and links kept from an HTML `articleBody`; deeper tags
/// keep only their text.
pub const MAX_INLINE_DEPTH: usize = 16;
/// Longest start tag read from an HTML `articleBody`, in characters; a longer "tag" is text.
pub const MAX_TAG_CHARS: usize = 1024;
/// Most live-blog updates read; the rest are reported as a limit.
pub const MAX_LIVE_UPDATES: usize = 500;
/// Most repairs made before the text is judged not to be JSON at all.
pub const MAX_REPAIRS: usize = 10_000;

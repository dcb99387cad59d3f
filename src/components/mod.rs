//! The view, one part per file, each named for what it shows. Parts with state or hooks, or
//! that re-render on their own (quote parts, cards, the carousel), are Yew function
//! components. Stateless parts that only ever render inside their parent's render (body,
//! figure, meta, breadcrumb, ...) are plain functions returning `Html`: a component costs
//! about 400 bytes of brotli-compressed wasm in Yew's generic machinery (scope, lifecycle,
//! props wrapper) and clones its props, and memoising these parts would buy nothing, since
//! `ArticleView` does not re-render on an interaction (docs/performance.md). They render the
//! validated model only; browser APIs are reached through `crate::dom` (mounting, Intl) and the small helpers in
//! `crate::browser`, from effects and callbacks, never while rendering.

mod article_header;
mod article_view;
mod body;
mod breadcrumb;
mod carousel;
mod editor_line;
mod error_box;
mod figure;
// The highlight store and its hooks live in `crate::hooks::highlight`.
use crate::hooks::highlight as highlight_store;
mod live_updates;
mod loading;
mod meta;
mod quote_actions;
mod quote_card;
mod quote_part;
mod quote_status;
mod related;
mod rich_text;
mod story_card;
mod voices_panel;
mod widget;

pub use article_header::article_header;
pub use article_view::{ArticleView, ArticleViewProps};
pub use body::body;
pub use breadcrumb::breadcrumb;
pub use carousel::{Carousel, CarouselProps};
pub use editor_line::editor_line;
pub use error_box::error_box;
pub use figure::figure_view;
pub use highlight_store::{use_highlight, use_highlight_store, use_quote_part, HighlightStore};
pub use live_updates::live_updates;
pub use loading::loading;
pub use meta::meta;
pub use quote_actions::{QuoteActions, QuoteActionsProps};
pub use quote_card::{QuoteCard, QuoteCardProps};
pub use quote_part::{QuoteContext, QuotePart, QuotePartProps};
pub use quote_status::{QuoteStatus, QuoteStatusProps};
#[cfg(feature = "ssr")]
pub(crate) use related::reset_id_prefixes;
pub use related::{Related, RelatedProps};
pub use rich_text::inline_nodes;
pub use story_card::StoryCard;
pub use voices_panel::VoicesPanel;
pub use widget::{Widget, WidgetProps, WidgetState};

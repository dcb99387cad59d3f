//! Yew function components, one per file, each named for what it shows. They render the
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

pub use article_header::ArticleHeader;
pub use article_view::{ArticleView, ArticleViewProps};
pub use body::Body;
pub use breadcrumb::Breadcrumb;
pub use carousel::{Carousel, CarouselProps};
pub use editor_line::EditorLine;
pub use error_box::ErrorBox;
pub use figure::FigureView;
pub use highlight_store::{use_highlight, use_highlight_store, use_quote_part, HighlightStore};
pub use live_updates::{LiveUpdates, LiveUpdatesProps};
pub use loading::Loading;
pub use meta::Meta;
pub use quote_actions::{QuoteActions, QuoteActionsProps};
pub use quote_card::{QuoteCard, QuoteCardProps};
pub use quote_part::{QuoteContext, QuotePart, QuotePartProps};
pub use quote_status::{QuoteStatus, QuoteStatusProps};
#[cfg(feature = "ssr")]
pub(crate) use related::reset_id_prefixes;
pub use related::{Related, RelatedProps};
pub use rich_text::RichText;
pub use story_card::StoryCard;
pub use voices_panel::VoicesPanel;
pub use widget::{Widget, WidgetProps, WidgetState};

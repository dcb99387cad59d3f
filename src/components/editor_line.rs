//! The "Editor: NAME" line under the body.

use yew::prelude::*;

use crate::i18n::strings;
use crate::model::Editor;

/// "Editor: NAME"; the name keeps its own language (often another script than the article).
pub fn editor_line(editor: &Editor, lang: &str) -> Html {
    html! {
        <p class="bs-editor">
            { strings(lang).editor }{ ": " }
            <span class="bs-editor__name" lang={editor.lang.clone()}>{ &editor.name }</span>
        </p>
    }
}

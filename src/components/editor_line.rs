use yew::prelude::*;

use crate::i18n::strings;
use crate::model::Editor;

#[derive(Properties, PartialEq)]
pub struct EditorLineProps {
    pub editor: Editor,
    pub lang: String,
}

/// "Editor: NAME"; the name keeps its own language (often another script than the article).
#[function_component]
pub fn EditorLine(props: &EditorLineProps) -> Html {
    html! {
        <p class="bs-editor">
            { strings(&props.lang).editor }{ ": " }
            <span class="bs-editor__name" lang={props.editor.lang.clone()}>{ &props.editor.name }</span>
        </p>
    }
}

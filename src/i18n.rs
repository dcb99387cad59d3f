//! The widget's own words (not the article's), in the article's language where we have them.

/// Interface strings for one language.
#[derive(Debug, PartialEq, Eq)]
pub struct Strings {
    pub breadcrumb: &'static str,
    pub by: &'static str,
    pub and: &'static str,
    pub published: &'static str,
    pub updated: &'static str,
    pub editor: &'static str,
    pub related: &'static str,
    pub photo: &'static str,
    pub previous_stories: &'static str,
    pub next_stories: &'static str,
    pub stop_rotation: &'static str,
    pub start_rotation: &'static str,
    /// Templates: `{n}`, `{first}`, `{last}` and `{total}` are filled by [`fill`].
    pub slide_position: &'static str,
    pub story_single: &'static str,
    pub story_range: &'static str,
}

const EN: Strings = Strings {
    breadcrumb: "Breadcrumb",
    by: "By",
    and: "and",
    published: "Published",
    updated: "Updated",
    editor: "Editor",
    related: "Related stories",
    photo: "Photo",
    previous_stories: "Previous stories",
    next_stories: "Next stories",
    stop_rotation: "Stop automatic slide show",
    start_rotation: "Start automatic slide show",
    slide_position: "{n} of {total}",
    story_single: "Story {n} of {total}",
    story_range: "Stories {first} to {last} of {total}",
};

const FR: Strings = Strings {
    breadcrumb: "Fil d’Ariane",
    by: "Par",
    and: "et",
    published: "Publié",
    updated: "Mis à jour",
    editor: "Éditeur",
    related: "Articles liés",
    photo: "Photo",
    previous_stories: "Articles précédents",
    next_stories: "Articles suivants",
    stop_rotation: "Arrêter le défilement automatique",
    start_rotation: "Démarrer le défilement automatique",
    slide_position: "{n} sur {total}",
    story_single: "Article {n} sur {total}",
    story_range: "Articles {first} à {last} sur {total}",
};

const DE: Strings = Strings {
    breadcrumb: "Brotkrümelnavigation",
    by: "Von",
    and: "und",
    published: "Veröffentlicht",
    updated: "Aktualisiert",
    editor: "Redaktion",
    related: "Verwandte Artikel",
    photo: "Foto",
    previous_stories: "Vorherige Artikel",
    next_stories: "Nächste Artikel",
    stop_rotation: "Automatische Diashow anhalten",
    start_rotation: "Automatische Diashow starten",
    slide_position: "{n} von {total}",
    story_single: "Artikel {n} von {total}",
    story_range: "Artikel {first} bis {last} von {total}",
};

const ES: Strings = Strings {
    breadcrumb: "Ruta de navegación",
    by: "Por",
    and: "y",
    published: "Publicado",
    updated: "Actualizado",
    editor: "Editor",
    related: "Noticias relacionadas",
    photo: "Foto",
    previous_stories: "Noticias anteriores",
    next_stories: "Noticias siguientes",
    stop_rotation: "Detener la presentación automática",
    start_rotation: "Iniciar la presentación automática",
    slide_position: "{n} de {total}",
    story_single: "Noticia {n} de {total}",
    story_range: "Noticias {first} a {last} de {total}",
};

const ZH: Strings = Strings {
    breadcrumb: "导航路径",
    by: "作者",
    and: "、",
    published: "发布",
    updated: "更新",
    editor: "编辑",
    related: "相关新闻",
    photo: "图片",
    previous_stories: "上一组新闻",
    next_stories: "下一组新闻",
    stop_rotation: "停止自动轮播",
    start_rotation: "开始自动轮播",
    slide_position: "第{n}篇，共{total}篇",
    story_single: "第{n}篇，共{total}篇",
    story_range: "第{first}至{last}篇，共{total}篇",
};

const AR: Strings = Strings {
    breadcrumb: "مسار التنقل",
    by: "بقلم",
    and: "و",
    published: "نُشر",
    updated: "حُدّث",
    editor: "المحرر",
    related: "أخبار ذات صلة",
    photo: "صورة",
    previous_stories: "الأخبار السابقة",
    next_stories: "الأخبار التالية",
    stop_rotation: "إيقاف العرض التلقائي",
    start_rotation: "تشغيل العرض التلقائي",
    slide_position: "{n} من {total}",
    story_single: "الخبر {n} من {total}",
    story_range: "الأخبار {first} إلى {last} من {total}",
};

/// Strings for a BCP 47 tag, falling back to English.
pub fn strings(lang: &str) -> &'static Strings {
    let primary = lang
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    match primary.as_str() {
        "fr" => &FR,
        "de" => &DE,
        "es" => &ES,
        "zh" => &ZH,
        "ar" => &AR,
        _ => &EN,
    }
}

/// Fills `{name}` placeholders of an interface template.
pub fn fill(template: &str, values: &[(&str, usize)]) -> String {
    values
        .iter()
        .fold(template.to_owned(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), &value.to_string())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_language_by_primary_subtag() {
        assert_eq!(strings("fr-CA").related, "Articles liés");
        assert_eq!(strings("zh_Hant").by, "作者");
        assert_eq!(strings("xx").related, "Related stories");
        assert_eq!(strings("").related, "Related stories");
    }

    #[test]
    fn fills_templates() {
        let en = strings("en");
        assert_eq!(
            fill(en.story_range, &[("first", 4), ("last", 6), ("total", 7)]),
            "Stories 4 to 6 of 7"
        );
        assert_eq!(
            fill(strings("fr").slide_position, &[("n", 3), ("total", 7)]),
            "3 sur 7"
        );
    }
}

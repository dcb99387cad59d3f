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
}

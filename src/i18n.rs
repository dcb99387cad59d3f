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
    // Quotes. Templates: `{n}`, `{total}` numbers; `{name}`, `{reason}`, `{count}` text.
    pub voices: &'static str,
    pub previous_quote: &'static str,
    pub next_quote: &'static str,
    pub keys_hint: &'static str,
    pub quote_actions: &'static str,
    pub copy_link: &'static str,
    pub copy_quote: &'static str,
    pub copy_fragment: &'static str,
    pub share: &'static str,
    pub link_copied: &'static str,
    pub quote_copied: &'static str,
    pub fragment_copied: &'static str,
    pub shared: &'static str,
    pub copy_failed: &'static str,
    pub no_link: &'static str,
    pub share_failed: &'static str,
    pub speaker_unknown: &'static str,
    pub detected: &'static str,
    pub one_quote: &'static str,
    pub many_quotes: &'static str,
    pub in_this_story: &'static str,
    pub quotes_by: &'static str,
    pub all_quotes: &'static str,
    pub no_quotes: &'static str,
    pub quote_position: &'static str,
    /// Accessible name of a live blog's timeline of updates.
    pub live_updates: &'static str,
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
    voices: "Voices in this story",
    previous_quote: "Previous quote",
    next_quote: "Next quote",
    keys_hint: "Keys in the article: N next quote, P previous quote, Esc closes the quote card.",
    quote_actions: "Quote actions",
    copy_link: "Copy link",
    copy_quote: "Copy quote",
    copy_fragment: "Copy text-fragment link",
    share: "Share",
    link_copied: "Link copied",
    quote_copied: "Quote copied",
    fragment_copied: "Text-fragment link copied",
    shared: "Shared",
    live_updates: "Live updates",
    copy_failed: "Couldn't copy: {reason}",
    no_link: "Couldn't copy: no link for this quote",
    share_failed: "Couldn't share: {reason}",
    speaker_unknown: "Speaker not identified",
    detected: "Detected automatically",
    one_quote: "1 quote",
    many_quotes: "{n} quotes",
    in_this_story: "{count} in this story",
    quotes_by: "{count} by {name}",
    all_quotes: "Showing all quotes",
    no_quotes: "No quotes to show",
    quote_position: "Quote {n} of {total}, {name}",
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
    voices: "Les voix de cet article",
    previous_quote: "Citation précédente",
    next_quote: "Citation suivante",
    keys_hint:
        "Touches dans l’article : N citation suivante, P citation précédente, Échap ferme la fiche.",
    quote_actions: "Actions sur la citation",
    copy_link: "Copier le lien",
    copy_quote: "Copier la citation",
    copy_fragment: "Copier le lien vers le passage",
    share: "Partager",
    link_copied: "Lien copié",
    quote_copied: "Citation copiée",
    fragment_copied: "Lien vers le passage copié",
    shared: "Partagé",
    live_updates: "Mises à jour en direct",
    copy_failed: "Copie impossible : {reason}",
    no_link: "Copie impossible : pas de lien pour cette citation",
    share_failed: "Partage impossible : {reason}",
    speaker_unknown: "Auteur non identifié",
    detected: "Détectée automatiquement",
    one_quote: "1 citation",
    many_quotes: "{n} citations",
    in_this_story: "{count} dans cet article",
    quotes_by: "{count} de {name}",
    all_quotes: "Toutes les citations sont affichées",
    no_quotes: "Aucune citation à afficher",
    quote_position: "Citation {n} sur {total}, {name}",
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
    voices: "Stimmen in diesem Artikel",
    previous_quote: "Vorheriges Zitat",
    next_quote: "Nächstes Zitat",
    keys_hint:
        "Tasten im Artikel: N nächstes Zitat, P vorheriges Zitat, Esc schließt die Zitatkarte.",
    quote_actions: "Aktionen zum Zitat",
    copy_link: "Link kopieren",
    copy_quote: "Zitat kopieren",
    copy_fragment: "Link zur Textstelle kopieren",
    share: "Teilen",
    link_copied: "Link kopiert",
    quote_copied: "Zitat kopiert",
    fragment_copied: "Link zur Textstelle kopiert",
    shared: "Geteilt",
    live_updates: "Live-Updates",
    copy_failed: "Kopieren nicht möglich: {reason}",
    no_link: "Kopieren nicht möglich: kein Link für dieses Zitat",
    share_failed: "Teilen nicht möglich: {reason}",
    speaker_unknown: "Sprecher nicht ermittelt",
    detected: "Automatisch erkannt",
    one_quote: "1 Zitat",
    many_quotes: "{n} Zitate",
    in_this_story: "{count} in diesem Artikel",
    quotes_by: "{count} von {name}",
    all_quotes: "Alle Zitate werden angezeigt",
    no_quotes: "Keine Zitate zum Anzeigen",
    quote_position: "Zitat {n} von {total}, {name}",
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
    voices: "Voces de esta noticia",
    previous_quote: "Cita anterior",
    next_quote: "Cita siguiente",
    keys_hint: "Teclas en el artículo: N cita siguiente, P cita anterior, Esc cierra la ficha.",
    quote_actions: "Acciones de la cita",
    copy_link: "Copiar enlace",
    copy_quote: "Copiar cita",
    copy_fragment: "Copiar enlace al fragmento",
    share: "Compartir",
    link_copied: "Enlace copiado",
    quote_copied: "Cita copiada",
    fragment_copied: "Enlace al fragmento copiado",
    shared: "Compartido",
    live_updates: "Actualizaciones en directo",
    copy_failed: "No se pudo copiar: {reason}",
    no_link: "No se pudo copiar: esta cita no tiene enlace",
    share_failed: "No se pudo compartir: {reason}",
    speaker_unknown: "Autor no identificado",
    detected: "Detectada automáticamente",
    one_quote: "1 cita",
    many_quotes: "{n} citas",
    in_this_story: "{count} en esta noticia",
    quotes_by: "{count} de {name}",
    all_quotes: "Se muestran todas las citas",
    no_quotes: "No hay citas que mostrar",
    quote_position: "Cita {n} de {total}, {name}",
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
    voices: "本文中的发言者",
    previous_quote: "上一条引语",
    next_quote: "下一条引语",
    keys_hint: "文中快捷键：N 下一条引语，P 上一条引语，Esc 关闭引语卡片。",
    quote_actions: "引语操作",
    copy_link: "复制链接",
    copy_quote: "复制引语",
    copy_fragment: "复制文本片段链接",
    share: "分享",
    link_copied: "链接已复制",
    quote_copied: "引语已复制",
    fragment_copied: "文本片段链接已复制",
    shared: "已分享",
    live_updates: "实时更新",
    copy_failed: "无法复制：{reason}",
    no_link: "无法复制：此引语没有链接",
    share_failed: "无法分享：{reason}",
    speaker_unknown: "未能确定发言者",
    detected: "自动识别",
    one_quote: "1条引语",
    many_quotes: "{n}条引语",
    in_this_story: "本文共{count}",
    quotes_by: "{name}的{count}",
    all_quotes: "显示全部引语",
    no_quotes: "没有可显示的引语",
    quote_position: "第{n}条引语，共{total}条，{name}",
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
    voices: "الأصوات في هذا الخبر",
    previous_quote: "الاقتباس السابق",
    next_quote: "الاقتباس التالي",
    keys_hint: "مفاتيح داخل المقال: N الاقتباس التالي، P الاقتباس السابق، Esc يغلق بطاقة الاقتباس.",
    quote_actions: "إجراءات الاقتباس",
    copy_link: "نسخ الرابط",
    copy_quote: "نسخ الاقتباس",
    copy_fragment: "نسخ رابط المقطع",
    share: "مشاركة",
    link_copied: "نُسخ الرابط",
    quote_copied: "نُسخ الاقتباس",
    fragment_copied: "نُسخ رابط المقطع",
    shared: "تمت المشاركة",
    live_updates: "تحديثات مباشرة",
    copy_failed: "تعذّر النسخ: {reason}",
    no_link: "تعذّر النسخ: لا يوجد رابط لهذا الاقتباس",
    share_failed: "تعذّرت المشاركة: {reason}",
    speaker_unknown: "لم يُحدَّد المتحدث",
    detected: "اكتُشف تلقائيًا",
    one_quote: "اقتباس واحد",
    many_quotes: "{n} اقتباسات",
    in_this_story: "{count} في هذا الخبر",
    quotes_by: "{count} لـ{name}",
    all_quotes: "تُعرض كل الاقتباسات",
    no_quotes: "لا توجد اقتباسات لعرضها",
    quote_position: "الاقتباس {n} من {total}، {name}",
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

/// Fills `{name}` placeholders of an interface template with numbers.
pub fn fill(template: &str, values: &[(&str, usize)]) -> String {
    let digits: Vec<(&str, String)> = values
        .iter()
        .map(|(name, value)| (*name, value.to_string()))
        .collect();
    let texts: Vec<(&str, &str)> = digits
        .iter()
        .map(|(name, value)| (*name, value.as_str()))
        .collect();
    fill_text(template, &texts)
}

/// Fills `{name}` placeholders of an interface template with text. Values are inserted
/// once, so a value that itself contains `{…}` is left as it is.
pub fn fill_text(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}').and_then(|close| {
            values
                .iter()
                .find(|(name, _)| *name == &after[..close])
                .map(|v| (close, v.1))
        }) {
            Some((close, value)) => {
                out.push_str(value);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

impl Strings {
    /// "Quote 3 of 7, Jane Doe": the live region's words on a step and the start of a
    /// quote's description.
    pub fn quote_of(&self, number: usize, total: usize, speaker: &str) -> String {
        fill_text(
            self.quote_position,
            &[
                ("n", &number.to_string()),
                ("total", &total.to_string()),
                ("name", speaker),
            ],
        )
    }

    /// "1 quote", "7 quotes".
    pub fn quote_count(&self, count: usize) -> String {
        if count == 1 {
            self.one_quote.to_owned()
        } else {
            fill(self.many_quotes, &[("n", count)])
        }
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
        // A speaker's name is inserted as it is, even with braces in it.
        assert_eq!(
            fill_text(
                en.quotes_by,
                &[("count", "2 quotes"), ("name", "{count} Doe")]
            ),
            "2 quotes by {count} Doe"
        );
        assert_eq!(fill_text("{a} {b}", &[("a", "x")]), "x {b}");
        assert_eq!(en.quote_count(1), "1 quote");
        assert_eq!(strings("de").quote_count(3), "3 Zitate");
    }
}

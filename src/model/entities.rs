//! Every named character reference of HTML5 (the 2,125 terminated ones of the WHATWG list),
//! for bodies and text fields that CMSs fill with `&eacute;` or `&hellip;`. The 156
//! mathematical letters (`&Afr;`, `&aopf;`, `&Zscr;`) are computed, as their code points
//! follow the alphabet; the rest are kept compactly as one sorted, front-coded string
//! (about 17 KB in the bundle: each name stores only what differs from the name before it)
//! and searched by bisection over blocks of at most 32 entries, then a scan of one block.
//! Generated from the WHATWG list (as Python's `html.entities.html5` carries it).

use std::borrow::Cow;
use std::cmp::Ordering;

/// The entries other than the mathematical letters, sorted by name. Each is a marker byte, the rest of the name (ASCII letters
/// and digits), U+0001, then its one or two characters. The marker says how many leading
/// bytes the name shares with the name before it: NUL for none (the whole name follows; such
/// an entry starts a block, at least every 32 entries), U+0002..U+0008 for 1..7 and
/// U+000B..U+001F for 8..28. No value contains NUL, U+0001 or a marker (the only controls in
/// values are tab and newline, U+0009 and U+000A), so a value ends at the next marker.
const ENTRIES: &str = "\
    \0AElig\u{1}Æ\u{2}MP\u{1}&\u{2}acute\u{1}Á\u{2}breve\u{1}Ă\u{2}circ\u{1}Â\u{3}y\u{1}А\
    \u{2}grave\u{1}À\u{2}lpha\u{1}Α\u{2}macr\u{1}Ā\u{2}nd\u{1}⩓\u{2}ogon\u{1}Ą\
    \u{2}pplyFunction\u{1}\u{2061}\u{2}ring\u{1}Å\u{2}ssign\u{1}≔\u{2}tilde\u{1}Ã\
    \u{2}uml\u{1}Ä\0Backslash\u{1}∖\u{3}rv\u{1}⫧\u{4}wed\u{1}⌆\u{2}cy\u{1}Б\u{2}ecause\u{1}∵\
    \u{3}rnoullis\u{1}ℬ\u{3}ta\u{1}Β\u{2}reve\u{1}˘\u{2}umpeq\u{1}≎\0CHcy\u{1}Ч\u{2}OPY\u{1}©\
    \u{2}acute\u{1}Ć\u{3}p\u{1}⋒\u{4}italDifferentialD\u{1}ⅅ\u{3}yleys\u{1}ℭ\u{2}caron\u{1}Č\
    \0Ccedil\u{1}Ç\u{3}irc\u{1}Ĉ\u{3}onint\u{1}∰\u{2}dot\u{1}Ċ\u{2}edilla\u{1}¸\
    \u{3}nterDot\u{1}·\u{2}hi\u{1}Χ\u{2}ircleDot\u{1}⊙\u{7}Minus\u{1}⊖\u{7}Plus\u{1}⊕\
    \u{7}Times\u{1}⊗\u{2}lockwiseContourIntegral\u{1}∲\u{4}seCurlyDoubleQuote\u{1}\u{201d}\
    \u{d}Quote\u{1}\u{2019}\u{2}olon\u{1}∷\u{6}e\u{1}⩴\u{3}ngruent\u{1}≡\u{4}int\u{1}∯\
    \u{4}tourIntegral\u{1}∮\u{3}product\u{1}∐\u{3}unterClockwiseContourIntegral\u{1}∳\
    \u{2}ross\u{1}⨯\u{2}up\u{1}⋓\u{4}Cap\u{1}≍\0DD\u{1}ⅅ\u{3}otrahd\u{1}⤑\u{2}Jcy\u{1}Ђ\
    \u{2}Scy\u{1}Ѕ\u{2}Zcy\u{1}Џ\u{2}agger\u{1}\u{2021}\u{3}rr\u{1}↡\u{3}shv\u{1}⫤\
    \0Dcaron\u{1}Ď\u{3}y\u{1}Д\u{2}el\u{1}∇\u{4}ta\u{1}Δ\u{2}iacriticalAcute\u{1}´\
    \u{e}Dot\u{1}˙\u{10}ubleAcute\u{1}˝\u{e}Grave\u{1}`\u{e}Tilde\u{1}˜\u{4}mond\u{1}⋄\
    \u{3}fferentialD\u{1}ⅆ\u{2}ot\u{1}¨\u{4}Dot\u{1}\u{20dc}\u{4}Equal\u{1}≐\
    \u{3}ubleContourIntegral\u{1}∯\u{7}Dot\u{1}¨\u{b}wnArrow\u{1}⇓\u{7}LeftArrow\u{1}⇐\
    \u{d}RightArrow\u{1}⇔\u{d}Tee\u{1}⫤\u{8}ongLeftArrow\u{1}⟸\u{11}RightArrow\u{1}⟺\
    \u{d}RightArrow\u{1}⟹\u{7}RightArrow\u{1}⇒\u{e}Tee\u{1}⊨\u{7}UpArrow\u{1}⇑\
    \u{b}DownArrow\u{1}⇕\u{7}VerticalBar\u{1}∥\u{3}wnArrow\u{1}↓\u{c}Bar\u{1}⤓\
    \u{c}UpArrow\u{1}⇵\u{5}Breve\u{1}\u{311}\0DownLeftRightVector\u{1}⥐\u{b}TeeVector\u{1}⥞\
    \u{b}Vector\u{1}↽\u{11}Bar\u{1}⥖\u{5}RightTeeVector\u{1}⥟\u{c}Vector\u{1}⇁\u{12}Bar\u{1}⥗\
    \u{5}Tee\u{1}⊤\u{8}Arrow\u{1}↧\u{5}arrow\u{1}⇓\u{2}strok\u{1}Đ\0ENG\u{1}Ŋ\u{2}TH\u{1}Ð\
    \u{2}acute\u{1}É\u{2}caron\u{1}Ě\u{3}irc\u{1}Ê\u{3}y\u{1}Э\u{2}dot\u{1}Ė\u{2}grave\u{1}È\
    \u{2}lement\u{1}∈\u{2}macr\u{1}Ē\u{3}ptySmallSquare\u{1}◻\u{6}VerySmallSquare\u{1}▫\
    \u{2}ogon\u{1}Ę\u{2}psilon\u{1}Ε\u{2}qual\u{1}⩵\u{6}Tilde\u{1}≂\u{4}ilibrium\u{1}⇌\
    \u{2}sim\u{1}⩳\u{2}ta\u{1}Η\u{2}uml\u{1}Ë\u{2}xists\u{1}∃\0ExponentialE\u{1}ⅇ\0Fcy\u{1}Ф\
    \u{2}illedSmallSquare\u{1}◼\u{7}VerySmallSquare\u{1}▪\u{2}orAll\u{1}∀\u{3}uriertrf\u{1}ℱ\
    \0GJcy\u{1}Ѓ\u{2}T\u{1}>\u{2}amma\u{1}Γ\u{6}d\u{1}Ϝ\u{2}breve\u{1}Ğ\u{2}cedil\u{1}Ģ\
    \u{3}irc\u{1}Ĝ\u{3}y\u{1}Г\u{2}dot\u{1}Ġ\u{2}g\u{1}⋙\u{2}reaterEqual\u{1}≥\u{f}Less\u{1}⋛\
    \u{8}FullEqual\u{1}≧\u{8}Greater\u{1}⪢\u{8}Less\u{1}≷\u{8}SlantEqual\u{1}⩾\u{8}Tilde\u{1}≳\
    \u{2}t\u{1}≫\0HARDcy\u{1}Ъ\u{2}acek\u{1}ˇ\u{3}t\u{1}^\u{2}circ\u{1}Ĥ\u{2}ilbertSpace\u{1}ℋ\
    \u{2}orizontalLine\u{1}─\u{2}strok\u{1}Ħ\u{2}umpDownHump\u{1}≎\0HumpEqual\u{1}≏\
    \0IEcy\u{1}Е\u{2}Jlig\u{1}Ĳ\u{2}Ocy\u{1}Ё\u{2}acute\u{1}Í\u{2}circ\u{1}Î\u{3}y\u{1}И\
    \u{2}dot\u{1}İ\u{2}grave\u{1}Ì\u{2}m\u{1}ℑ\u{3}acr\u{1}Ī\u{4}ginaryI\u{1}ⅈ\u{3}plies\u{1}⇒\
    \u{2}nt\u{1}∬\u{4}egral\u{1}∫\u{5}rsection\u{1}⋂\u{3}visibleComma\u{1}\u{2063}\
    \u{c}Times\u{1}\u{2062}\u{2}ogon\u{1}Į\u{3}ta\u{1}Ι\u{2}tilde\u{1}Ĩ\u{2}ukcy\u{1}І\
    \u{3}ml\u{1}Ï\0Jcirc\u{1}Ĵ\u{3}y\u{1}Й\u{2}sercy\u{1}Ј\u{2}ukcy\u{1}Є\0KHcy\u{1}Х\
    \u{2}Jcy\u{1}Ќ\u{2}appa\u{1}Κ\u{2}cedil\u{1}Ķ\u{3}y\u{1}К\0LJcy\u{1}Љ\u{2}T\u{1}<\
    \u{2}acute\u{1}Ĺ\u{3}mbda\u{1}Λ\u{3}ng\u{1}⟪\u{3}placetrf\u{1}ℒ\u{3}rr\u{1}↞\
    \u{2}caron\u{1}Ľ\u{3}edil\u{1}Ļ\u{3}y\u{1}Л\u{2}eftAngleBracket\u{1}⟨\u{6}rrow\u{1}←\
    \u{c}Bar\u{1}⇤\u{c}RightArrow\u{1}⇆\u{5}Ceiling\u{1}⌈\u{5}DoubleBracket\u{1}⟦\
    \u{7}wnTeeVector\u{1}⥡\u{b}Vector\u{1}⇃\u{11}Bar\u{1}⥙\u{5}Floor\u{1}⌊\
    \u{5}RightArrow\u{1}↔\u{c}Vector\u{1}⥎\u{5}Tee\u{1}⊣\u{8}Arrow\u{1}↤\u{8}Vector\u{1}⥚\
    \u{6}riangle\u{1}⊲\u{f}Bar\u{1}⧏\u{f}Equal\u{1}⊴\u{5}UpDownVector\u{1}⥑\
    \u{7}TeeVector\u{1}⥠\u{7}Vector\u{1}↿\u{f}Bar\u{1}⥘\0LeftVector\u{1}↼\u{d}Bar\u{1}⥒\
    \u{5}arrow\u{1}⇐\u{5}rightarrow\u{1}⇔\u{3}ssEqualGreater\u{1}⋚\u{5}FullEqual\u{1}≦\
    \u{5}Greater\u{1}≶\u{5}Less\u{1}⪡\u{5}SlantEqual\u{1}⩽\u{5}Tilde\u{1}≲\u{2}l\u{1}⋘\
    \u{3}eftarrow\u{1}⇚\u{2}midot\u{1}Ŀ\u{2}ongLeftArrow\u{1}⟵\u{b}RightArrow\u{1}⟷\
    \u{5}RightArrow\u{1}⟶\u{5}leftarrow\u{1}⟸\u{b}rightarrow\u{1}⟺\u{5}rightarrow\u{1}⟹\
    \u{3}werLeftArrow\u{1}↙\u{6}RightArrow\u{1}↘\u{2}sh\u{1}↰\u{3}trok\u{1}Ł\u{2}t\u{1}≪\
    \0Map\u{1}⤅\u{2}cy\u{1}М\u{2}ediumSpace\u{1}\u{205f}\u{3}llintrf\u{1}ℳ\u{2}inusPlus\u{1}∓\
    \u{2}u\u{1}Μ\0NJcy\u{1}Њ\u{2}acute\u{1}Ń\0Ncaron\u{1}Ň\u{3}edil\u{1}Ņ\u{3}y\u{1}Н\
    \u{2}egativeMediumSpace\u{1}\u{200b}\u{b}ThickSpace\u{1}\u{200b}\u{e}nSpace\u{1}\u{200b}\
    \u{b}VeryThinSpace\u{1}\u{200b}\u{3}stedGreaterGreater\u{1}≫\u{7}LessLess\u{1}≪\
    \u{3}wLine\u{1}\n\u{2}oBreak\u{1}\u{2060}\u{3}nBreakingSpace\u{1}\u{a0}\u{3}t\u{1}⫬\
    \u{4}Congruent\u{1}≢\u{5}upCap\u{1}≭\u{4}DoubleVerticalBar\u{1}∦\u{4}Element\u{1}∉\
    \u{5}qual\u{1}≠\u{b}Tilde\u{1}≂\u{338}\u{5}xists\u{1}∄\u{4}Greater\u{1}≯\u{d}Equal\u{1}≱\
    \u{d}FullEqual\u{1}≧\u{338}\u{d}Greater\u{1}≫\u{338}\u{d}Less\u{1}≹\
    \u{d}SlantEqual\u{1}⩾\u{338}\u{d}Tilde\u{1}≵\u{4}HumpDownHump\u{1}≎\u{338}\
    \u{8}Equal\u{1}≏\u{338}\u{4}LeftTriangle\u{1}⋪\u{12}Bar\u{1}⧏\u{338}\u{12}Equal\u{1}⋬\
    \0NotLess\u{1}≮\u{8}Equal\u{1}≰\u{8}Greater\u{1}≸\u{8}Less\u{1}≪\u{338}\
    \u{8}SlantEqual\u{1}⩽\u{338}\u{8}Tilde\u{1}≴\u{4}NestedGreaterGreater\u{1}⪢\u{338}\
    \u{c}LessLess\u{1}⪡\u{338}\u{4}Precedes\u{1}⊀\u{e}Equal\u{1}⪯\u{338}\u{e}SlantEqual\u{1}⋠\
    \u{4}ReverseElement\u{1}∌\u{5}ightTriangle\u{1}⋫\u{13}Bar\u{1}⧐\u{338}\u{13}Equal\u{1}⋭\
    \u{4}SquareSubset\u{1}⊏\u{338}\u{12}Equal\u{1}⋢\u{e}perset\u{1}⊐\u{338}\u{14}Equal\u{1}⋣\
    \u{5}ubset\u{1}⊂\u{20d2}\u{c}Equal\u{1}⊈\u{6}cceeds\u{1}⊁\u{e}Equal\u{1}⪰\u{338}\
    \u{e}SlantEqual\u{1}⋡\u{e}Tilde\u{1}≿\u{338}\u{6}perset\u{1}⊃\u{20d2}\u{e}Equal\u{1}⊉\
    \u{4}Tilde\u{1}≁\u{b}Equal\u{1}≄\u{b}FullEqual\u{1}≇\u{b}Tilde\u{1}≉\u{4}VerticalBar\u{1}∤\
    \0Ntilde\u{1}Ñ\u{2}u\u{1}Ν\0OElig\u{1}Œ\u{2}acute\u{1}Ó\u{2}circ\u{1}Ô\u{3}y\u{1}О\
    \u{2}dblac\u{1}Ő\u{2}grave\u{1}Ò\u{2}macr\u{1}Ō\u{3}ega\u{1}Ω\u{3}icron\u{1}Ο\
    \u{2}penCurlyDoubleQuote\u{1}\u{201c}\u{c}Quote\u{1}\u{2018}\u{2}r\u{1}⩔\u{2}slash\u{1}Ø\
    \u{2}tilde\u{1}Õ\u{4}mes\u{1}⨷\u{2}uml\u{1}Ö\u{2}verBar\u{1}\u{203e}\u{6}race\u{1}⏞\
    \u{b}ket\u{1}⎴\u{5}Parenthesis\u{1}⏜\0PartialD\u{1}∂\u{2}cy\u{1}П\u{2}hi\u{1}Φ\u{2}i\u{1}Π\
    \u{2}lusMinus\u{1}±\u{2}oincareplane\u{1}ℌ\u{2}r\u{1}⪻\u{3}ecedes\u{1}≺\u{b}Equal\u{1}⪯\
    \u{b}SlantEqual\u{1}≼\0PrecedesTilde\u{1}≾\u{3}ime\u{1}\u{2033}\u{3}oduct\u{1}∏\
    \u{4}portion\u{1}∷\u{d}al\u{1}∝\u{2}si\u{1}Ψ\0QUOT\u{1}\"\0RBarr\u{1}⤐\u{2}EG\u{1}®\
    \u{2}acute\u{1}Ŕ\u{3}ng\u{1}⟫\u{3}rr\u{1}↠\u{5}tl\u{1}⤖\u{2}caron\u{1}Ř\u{3}edil\u{1}Ŗ\
    \u{3}y\u{1}Р\u{2}e\u{1}ℜ\u{3}verseElement\u{1}∋\u{b}quilibrium\u{1}⇋\
    \u{8}UpEquilibrium\u{1}⥯\u{2}ho\u{1}Ρ\u{2}ightAngleBracket\u{1}⟩\u{7}rrow\u{1}→\
    \u{d}Bar\u{1}⇥\u{d}LeftArrow\u{1}⇄\u{6}Ceiling\u{1}⌉\u{6}DoubleBracket\u{1}⟧\
    \u{8}wnTeeVector\u{1}⥝\u{c}Vector\u{1}⇂\u{12}Bar\u{1}⥕\u{6}Floor\u{1}⌋\u{6}Tee\u{1}⊢\
    \0RightTeeArrow\u{1}↦\u{b}Vector\u{1}⥛\u{7}riangle\u{1}⊳\u{10}Bar\u{1}⧐\u{10}Equal\u{1}⊵\
    \u{6}UpDownVector\u{1}⥏\u{8}TeeVector\u{1}⥜\u{8}Vector\u{1}↾\u{10}Bar\u{1}⥔\
    \u{6}Vector\u{1}⇀\u{e}Bar\u{1}⥓\u{6}arrow\u{1}⇒\u{2}oundImplies\u{1}⥰\u{2}rightarrow\u{1}⇛\
    \u{2}sh\u{1}↱\u{2}uleDelayed\u{1}⧴\0SHCHcy\u{1}Щ\u{3}cy\u{1}Ш\u{2}OFTcy\u{1}Ь\
    \u{2}acute\u{1}Ś\u{2}c\u{1}⪼\u{3}aron\u{1}Š\u{3}edil\u{1}Ş\u{3}irc\u{1}Ŝ\u{3}y\u{1}С\
    \u{2}hortDownArrow\u{1}↓\u{6}LeftArrow\u{1}←\u{6}RightArrow\u{1}→\u{6}UpArrow\u{1}↑\
    \u{2}igma\u{1}Σ\u{2}mallCircle\u{1}∘\u{2}qrt\u{1}√\0Square\u{1}□\u{7}Intersection\u{1}⊓\
    \u{7}Subset\u{1}⊏\u{f}Equal\u{1}⊑\u{b}perset\u{1}⊐\u{11}Equal\u{1}⊒\u{7}Union\u{1}⊔\
    \u{2}tar\u{1}⋆\u{2}ub\u{1}⋐\u{4}set\u{1}⋐\u{7}Equal\u{1}⊆\u{3}cceeds\u{1}≻\u{b}Equal\u{1}⪰\
    \u{b}SlantEqual\u{1}≽\u{b}Tilde\u{1}≿\u{4}hThat\u{1}∋\u{3}m\u{1}∑\u{3}p\u{1}⋑\
    \u{4}erset\u{1}⊃\u{b}Equal\u{1}⊇\u{4}set\u{1}⋑\0THORN\u{1}Þ\u{2}RADE\u{1}™\u{2}SHcy\u{1}Ћ\
    \u{3}cy\u{1}Ц\u{2}ab\u{1}\t\u{3}u\u{1}Τ\u{2}caron\u{1}Ť\u{3}edil\u{1}Ţ\u{3}y\u{1}Т\
    \u{2}herefore\u{1}∴\u{4}ta\u{1}Θ\0ThickSpace\u{1}\u{205f}\u{200a}\u{4}nSpace\u{1}\u{2009}\
    \u{2}ilde\u{1}∼\u{6}Equal\u{1}≃\u{6}FullEqual\u{1}≅\u{6}Tilde\u{1}≈\
    \u{2}ripleDot\u{1}\u{20db}\u{2}strok\u{1}Ŧ\0Uacute\u{1}Ú\u{3}rr\u{1}↟\u{5}ocir\u{1}⥉\
    \u{2}brcy\u{1}Ў\u{4}eve\u{1}Ŭ\u{2}circ\u{1}Û\u{3}y\u{1}У\u{2}dblac\u{1}Ű\u{2}grave\u{1}Ù\
    \u{2}macr\u{1}Ū\u{2}nderBar\u{1}_\u{7}race\u{1}⏟\u{c}ket\u{1}⎵\u{6}Parenthesis\u{1}⏝\
    \u{3}ion\u{1}⋃\u{6}Plus\u{1}⊎\u{2}ogon\u{1}Ų\u{2}pArrow\u{1}↑\u{8}Bar\u{1}⤒\
    \u{8}DownArrow\u{1}⇅\u{3}DownArrow\u{1}↕\u{3}Equilibrium\u{1}⥮\u{3}Tee\u{1}⊥\
    \u{6}Arrow\u{1}↥\0Uparrow\u{1}⇑\u{3}downarrow\u{1}⇕\u{3}perLeftArrow\u{1}↖\
    \u{6}RightArrow\u{1}↗\u{3}si\u{1}ϒ\u{5}lon\u{1}Υ\u{2}ring\u{1}Ů\u{2}tilde\u{1}Ũ\
    \u{2}uml\u{1}Ü\0VDash\u{1}⊫\u{2}bar\u{1}⫫\u{2}cy\u{1}В\u{2}dash\u{1}⊩\u{6}l\u{1}⫦\
    \u{2}ee\u{1}⋁\u{3}rbar\u{1}\u{2016}\u{4}t\u{1}\u{2016}\u{5}icalBar\u{1}∣\u{b}Line\u{1}|\
    \u{b}Separator\u{1}❘\u{b}Tilde\u{1}≀\u{4}yThinSpace\u{1}\u{200a}\u{2}vdash\u{1}⊪\
    \0Wcirc\u{1}Ŵ\u{2}edge\u{1}⋀\0Xi\u{1}Ξ\0YAcy\u{1}Я\u{2}Icy\u{1}Ї\u{2}Ucy\u{1}Ю\
    \u{2}acute\u{1}Ý\u{2}circ\u{1}Ŷ\u{3}y\u{1}Ы\0Yuml\u{1}Ÿ\0ZHcy\u{1}Ж\u{2}acute\u{1}Ź\
    \u{2}caron\u{1}Ž\u{3}y\u{1}З\u{2}dot\u{1}Ż\u{2}eroWidthSpace\u{1}\u{200b}\u{3}ta\u{1}Ζ\
    \0aacute\u{1}á\u{2}breve\u{1}ă\u{2}c\u{1}∾\u{3}E\u{1}∾\u{333}\u{3}d\u{1}∿\u{3}irc\u{1}â\
    \u{3}ute\u{1}´\u{3}y\u{1}а\u{2}elig\u{1}æ\u{2}f\u{1}\u{2061}\u{2}grave\u{1}à\
    \u{2}lefsym\u{1}ℵ\u{4}ph\u{1}ℵ\u{3}pha\u{1}α\u{2}macr\u{1}ā\u{4}lg\u{1}⨿\u{3}p\u{1}&\
    \u{2}nd\u{1}∧\u{4}and\u{1}⩕\u{4}d\u{1}⩜\u{4}slope\u{1}⩘\u{4}v\u{1}⩚\u{3}g\u{1}∠\
    \u{4}e\u{1}⦤\0angle\u{1}∠\u{4}msd\u{1}∡\u{7}aa\u{1}⦨\u{8}b\u{1}⦩\u{8}c\u{1}⦪\u{8}d\u{1}⦫\
    \u{8}e\u{1}⦬\u{8}f\u{1}⦭\u{8}g\u{1}⦮\u{8}h\u{1}⦯\u{4}rt\u{1}∟\u{6}vb\u{1}⊾\u{8}d\u{1}⦝\
    \u{4}sph\u{1}∢\u{5}t\u{1}Å\u{4}zarr\u{1}⍼\u{2}ogon\u{1}ą\u{2}p\u{1}≈\u{3}E\u{1}⩰\
    \u{3}acir\u{1}⩯\u{3}e\u{1}≊\u{3}id\u{1}≋\u{3}os\u{1}'\u{3}prox\u{1}≈\u{7}eq\u{1}≊\
    \u{2}ring\u{1}å\u{2}st\u{1}*\u{3}ymp\u{1}≈\u{6}eq\u{1}≍\u{2}tilde\u{1}ã\u{2}uml\u{1}ä\
    \u{2}wconint\u{1}∳\0awint\u{1}⨑\0bNot\u{1}⫭\u{2}ackcong\u{1}≌\u{5}epsilon\u{1}϶\
    \u{5}prime\u{1}\u{2035}\u{5}sim\u{1}∽\u{8}eq\u{1}⋍\u{3}rvee\u{1}⊽\u{4}wed\u{1}⌅\
    \u{7}ge\u{1}⌅\u{2}brk\u{1}⎵\u{5}tbrk\u{1}⎶\u{2}cong\u{1}≌\u{3}y\u{1}б\
    \u{2}dquo\u{1}\u{201e}\u{2}ecaus\u{1}∵\u{7}e\u{1}∵\u{3}mptyv\u{1}⦰\u{3}psi\u{1}϶\
    \u{3}rnou\u{1}ℬ\u{3}ta\u{1}β\u{4}h\u{1}ℶ\u{4}ween\u{1}≬\u{2}igcap\u{1}⋂\u{5}irc\u{1}◯\
    \u{5}up\u{1}⋃\u{4}odot\u{1}⨀\u{5}plus\u{1}⨁\u{5}times\u{1}⨂\u{4}sqcup\u{1}⨆\u{5}tar\u{1}★\
    \u{4}triangledown\u{1}▽\0bigtriangleup\u{1}△\u{4}uplus\u{1}⨄\u{4}vee\u{1}⋁\u{4}wedge\u{1}⋀\
    \u{2}karow\u{1}⤍\u{2}lacklozenge\u{1}⧫\u{6}square\u{1}▪\u{6}triangle\u{1}▴\u{10}down\u{1}▾\
    \u{10}left\u{1}◂\u{10}right\u{1}▸\u{4}nk\u{1}␣\u{3}k12\u{1}▒\u{5}4\u{1}░\u{4}34\u{1}▓\
    \u{3}ock\u{1}█\u{2}ne\u{1}=\u{20e5}\u{4}quiv\u{1}≡\u{20e5}\u{3}ot\u{1}⌐\u{2}ot\u{1}⊥\
    \u{4}tom\u{1}⊥\u{3}wtie\u{1}⋈\u{3}xDL\u{1}╗\u{5}R\u{1}╔\u{5}l\u{1}╖\u{5}r\u{1}╓\
    \u{4}H\u{1}═\u{5}D\u{1}╦\u{5}U\u{1}╩\u{5}d\u{1}╤\u{5}u\u{1}╧\u{4}UL\u{1}╝\0boxUR\u{1}╚\
    \u{5}l\u{1}╜\u{5}r\u{1}╙\u{4}V\u{1}║\u{5}H\u{1}╬\u{5}L\u{1}╣\u{5}R\u{1}╠\u{5}h\u{1}╫\
    \u{5}l\u{1}╢\u{5}r\u{1}╟\u{4}box\u{1}⧉\u{4}dL\u{1}╕\u{5}R\u{1}╒\u{5}l\u{1}┐\u{5}r\u{1}┌\
    \u{4}h\u{1}─\u{5}D\u{1}╥\u{5}U\u{1}╨\u{5}d\u{1}┬\u{5}u\u{1}┴\u{4}minus\u{1}⊟\
    \u{4}plus\u{1}⊞\u{4}times\u{1}⊠\u{4}uL\u{1}╛\u{5}R\u{1}╘\u{5}l\u{1}┘\u{5}r\u{1}└\
    \u{4}v\u{1}│\u{5}H\u{1}╪\u{5}L\u{1}╡\u{5}R\u{1}╞\u{5}h\u{1}┼\0boxvl\u{1}┤\u{5}r\u{1}├\
    \u{2}prime\u{1}\u{2035}\u{2}reve\u{1}˘\u{3}vbar\u{1}¦\u{2}semi\u{1}\u{204f}\u{3}im\u{1}∽\
    \u{5}e\u{1}⋍\u{3}ol\u{1}\\\u{5}b\u{1}⧅\u{5}hsub\u{1}⟈\u{2}ull\u{1}\u{2022}\
    \u{5}et\u{1}\u{2022}\u{3}mp\u{1}≎\u{5}E\u{1}⪮\u{5}e\u{1}≏\u{6}q\u{1}≏\0cacute\u{1}ć\
    \u{3}p\u{1}∩\u{4}and\u{1}⩄\u{4}brcup\u{1}⩉\u{4}cap\u{1}⩋\u{5}up\u{1}⩇\u{4}dot\u{1}⩀\
    \u{4}s\u{1}∩\u{fe00}\u{3}ret\u{1}\u{2041}\u{4}on\u{1}ˇ\u{2}caps\u{1}⩍\u{4}ron\u{1}č\
    \u{3}edil\u{1}ç\u{3}irc\u{1}ĉ\u{3}ups\u{1}⩌\0ccupssm\u{1}⩐\u{2}dot\u{1}ċ\u{2}edil\u{1}¸\
    \u{3}mptyv\u{1}⦲\u{3}nt\u{1}¢\u{5}erdot\u{1}·\u{2}hcy\u{1}ч\u{3}eck\u{1}✓\u{6}mark\u{1}✓\
    \u{3}i\u{1}χ\u{2}ir\u{1}○\u{4}E\u{1}⧃\u{4}c\u{1}ˆ\u{5}eq\u{1}≗\u{5}learrowleft\u{1}↺\
    \u{e}right\u{1}↻\u{7}dR\u{1}®\u{8}S\u{1}Ⓢ\u{8}ast\u{1}⊛\u{8}circ\u{1}⊚\u{8}dash\u{1}⊝\
    \u{4}e\u{1}≗\u{4}fnint\u{1}⨐\u{4}mid\u{1}⫯\u{4}scir\u{1}⧂\u{2}lubs\u{1}♣\u{6}uit\u{1}♣\
    \u{2}olon\u{1}:\u{6}e\u{1}≔\u{7}q\u{1}≔\u{3}mma\u{1},\u{6}t\u{1}@\0comp\u{1}∁\u{5}fn\u{1}∘\
    \u{5}lement\u{1}∁\u{7}xes\u{1}ℂ\u{3}ng\u{1}≅\u{5}dot\u{1}⩭\u{4}int\u{1}∮\u{3}prod\u{1}∐\
    \u{4}y\u{1}©\u{5}sr\u{1}℗\u{2}rarr\u{1}↵\u{3}oss\u{1}✗\u{2}sub\u{1}⫏\u{5}e\u{1}⫑\
    \u{4}p\u{1}⫐\u{5}e\u{1}⫒\u{2}tdot\u{1}⋯\u{2}udarrl\u{1}⤸\u{7}r\u{1}⤵\u{3}epr\u{1}⋞\
    \u{4}sc\u{1}⋟\u{3}larr\u{1}↶\u{7}p\u{1}⤽\u{3}p\u{1}∪\u{4}brcap\u{1}⩈\u{4}cap\u{1}⩆\
    \u{5}up\u{1}⩊\u{4}dot\u{1}⊍\u{4}or\u{1}⩅\u{4}s\u{1}∪\u{fe00}\u{3}rarr\u{1}↷\u{7}m\u{1}⤼\
    \0curlyeqprec\u{1}⋞\u{8}succ\u{1}⋟\u{6}vee\u{1}⋎\u{6}wedge\u{1}⋏\u{4}ren\u{1}¤\
    \u{4}vearrowleft\u{1}↶\u{d}right\u{1}↷\u{3}vee\u{1}⋎\u{3}wed\u{1}⋏\u{2}wconint\u{1}∲\
    \u{3}int\u{1}∱\u{2}ylcty\u{1}⌭\0dArr\u{1}⇓\u{2}Har\u{1}⥥\u{2}agger\u{1}\u{2020}\
    \u{3}leth\u{1}ℸ\u{3}rr\u{1}↓\u{3}sh\u{1}\u{2010}\u{5}v\u{1}⊣\u{2}bkarow\u{1}⤏\
    \u{3}lac\u{1}˝\u{2}caron\u{1}ď\u{3}y\u{1}д\u{2}d\u{1}ⅆ\u{3}agger\u{1}\u{2021}\u{4}rr\u{1}⇊\
    \u{3}otseq\u{1}⩷\u{2}eg\u{1}°\u{3}lta\u{1}δ\u{3}mptyv\u{1}⦱\u{2}fisht\u{1}⥿\u{2}harl\u{1}⇃\
    \0dharr\u{1}⇂\u{2}iam\u{1}⋄\u{5}ond\u{1}⋄\u{8}suit\u{1}♦\u{5}s\u{1}♦\u{3}e\u{1}¨\
    \u{3}gamma\u{1}ϝ\u{3}sin\u{1}⋲\u{3}v\u{1}÷\u{4}ide\u{1}÷\u{7}ontimes\u{1}⋇\u{4}onx\u{1}⋇\
    \u{2}jcy\u{1}ђ\u{2}lcorn\u{1}⌞\u{4}rop\u{1}⌍\u{2}ollar\u{1}$\u{3}t\u{1}˙\u{4}eq\u{1}≐\
    \u{6}dot\u{1}≑\u{4}minus\u{1}∸\u{4}plus\u{1}∔\u{4}square\u{1}⊡\u{3}ublebarwedge\u{1}⌆\
    \u{3}wnarrow\u{1}↓\u{5}downarrows\u{1}⇊\u{5}harpoonleft\u{1}⇃\u{e}right\u{1}⇂\
    \u{2}rbkarow\u{1}⤐\u{3}corn\u{1}⌟\u{4}rop\u{1}⌌\u{2}scy\u{1}ѕ\u{3}ol\u{1}⧶\0dstrok\u{1}đ\
    \u{2}tdot\u{1}⋱\u{3}ri\u{1}▿\u{5}f\u{1}▾\u{2}uarr\u{1}⇵\u{3}har\u{1}⥯\u{2}wangle\u{1}⦦\
    \u{2}zcy\u{1}џ\u{3}igrarr\u{1}⟿\0eDDot\u{1}⩷\u{3}ot\u{1}≑\u{2}acute\u{1}é\u{3}ster\u{1}⩮\
    \u{2}caron\u{1}ě\u{3}ir\u{1}≖\u{5}c\u{1}ê\u{3}olon\u{1}≕\u{3}y\u{1}э\u{2}dot\u{1}ė\
    \u{2}e\u{1}ⅇ\u{2}fDot\u{1}≒\u{2}g\u{1}⪚\u{3}rave\u{1}è\u{3}s\u{1}⪖\u{4}dot\u{1}⪘\
    \u{2}l\u{1}⪙\u{3}inters\u{1}⏧\u{3}l\u{1}ℓ\u{3}s\u{1}⪕\u{4}dot\u{1}⪗\u{2}macr\u{1}ē\
    \u{3}pty\u{1}∅\0emptyset\u{1}∅\u{6}v\u{1}∅\u{3}sp\u{1}\u{2003}\u{5}13\u{1}\u{2004}\
    \u{6}4\u{1}\u{2005}\u{2}ng\u{1}ŋ\u{3}sp\u{1}\u{2002}\u{2}ogon\u{1}ę\u{2}par\u{1}⋕\
    \u{5}sl\u{1}⧣\u{3}lus\u{1}⩱\u{3}si\u{1}ε\u{5}lon\u{1}ε\u{5}v\u{1}ϵ\u{2}qcirc\u{1}≖\
    \u{4}olon\u{1}≕\u{3}sim\u{1}≂\u{4}lantgtr\u{1}⪖\u{8}less\u{1}⪕\u{3}uals\u{1}=\
    \u{4}est\u{1}≟\u{4}iv\u{1}≡\u{6}DD\u{1}⩸\u{3}vparsl\u{1}⧥\u{2}rDot\u{1}≓\u{3}arr\u{1}⥱\
    \u{2}sdot\u{1}≐\u{3}im\u{1}≂\u{2}ta\u{1}η\u{3}h\u{1}ð\u{2}uml\u{1}ë\u{3}ro\u{1}€\
    \0excl\u{1}!\u{3}ist\u{1}∃\u{3}pectation\u{1}ℰ\u{4}onentiale\u{1}ⅇ\0fallingdotseq\u{1}≒\
    \u{2}cy\u{1}ф\u{2}emale\u{1}♀\u{2}filig\u{1}ﬃ\u{3}lig\u{1}ﬀ\u{4}lig\u{1}ﬄ\u{2}ilig\u{1}ﬁ\
    \u{2}jlig\u{1}fj\u{2}lat\u{1}♭\u{3}lig\u{1}ﬂ\u{3}tns\u{1}▱\u{2}nof\u{1}ƒ\u{2}orall\u{1}∀\
    \u{4}k\u{1}⋔\u{5}v\u{1}⫙\u{2}partint\u{1}⨍\u{2}rac12\u{1}½\u{6}3\u{1}⅓\u{6}4\u{1}¼\
    \u{6}5\u{1}⅕\u{6}6\u{1}⅙\u{6}8\u{1}⅛\u{5}23\u{1}⅔\u{6}5\u{1}⅖\u{5}34\u{1}¾\u{6}5\u{1}⅗\
    \u{6}8\u{1}⅜\u{5}45\u{1}⅘\0frac56\u{1}⅚\u{6}8\u{1}⅝\u{5}78\u{1}⅞\u{4}sl\u{1}\u{2044}\
    \u{3}own\u{1}⌢\0gE\u{1}≧\u{3}l\u{1}⪌\u{2}acute\u{1}ǵ\u{3}mma\u{1}γ\u{6}d\u{1}ϝ\u{3}p\u{1}⪆\
    \u{2}breve\u{1}ğ\u{2}circ\u{1}ĝ\u{3}y\u{1}г\u{2}dot\u{1}ġ\u{2}e\u{1}≥\u{3}l\u{1}⋛\
    \u{3}q\u{1}≥\u{4}q\u{1}≧\u{4}slant\u{1}⩾\u{3}s\u{1}⩾\u{4}cc\u{1}⪩\u{4}dot\u{1}⪀\
    \u{7}o\u{1}⪂\u{8}l\u{1}⪄\u{4}l\u{1}⋛\u{fe00}\u{5}es\u{1}⪔\u{2}g\u{1}≫\u{3}g\u{1}⋙\
    \u{2}imel\u{1}ℷ\u{2}jcy\u{1}ѓ\u{2}l\u{1}≷\0glE\u{1}⪒\u{3}a\u{1}⪥\u{3}j\u{1}⪤\u{2}nE\u{1}≩\
    \u{3}ap\u{1}⪊\u{5}prox\u{1}⪊\u{3}e\u{1}⪈\u{4}q\u{1}⪈\u{5}q\u{1}≩\u{3}sim\u{1}⋧\
    \u{2}rave\u{1}`\u{2}sim\u{1}≳\u{5}e\u{1}⪎\u{5}l\u{1}⪐\u{2}t\u{1}>\u{3}cc\u{1}⪧\
    \u{4}ir\u{1}⩺\u{3}dot\u{1}⋗\u{3}lPar\u{1}⦕\u{3}quest\u{1}⩼\u{3}rapprox\u{1}⪆\u{5}rr\u{1}⥸\
    \u{4}dot\u{1}⋗\u{4}eqless\u{1}⋛\u{6}qless\u{1}⪌\u{4}less\u{1}≷\u{4}sim\u{1}≳\
    \u{2}vertneqq\u{1}≩\u{fe00}\u{3}nE\u{1}≩\u{fe00}\0hArr\u{1}⇔\u{2}airsp\u{1}\u{200a}\
    \u{3}lf\u{1}½\0hamilt\u{1}ℋ\u{3}rdcy\u{1}ъ\u{4}r\u{1}↔\u{5}cir\u{1}⥈\u{5}w\u{1}↭\
    \u{2}bar\u{1}ℏ\u{2}circ\u{1}ĥ\u{2}earts\u{1}♥\u{7}uit\u{1}♥\u{3}llip\u{1}\u{2026}\
    \u{3}rcon\u{1}⊹\u{2}ksearow\u{1}⤥\u{4}warow\u{1}⤦\u{2}oarr\u{1}⇿\u{3}mtht\u{1}∻\
    \u{3}okleftarrow\u{1}↩\u{5}rightarrow\u{1}↪\u{3}rbar\u{1}\u{2015}\u{2}slash\u{1}ℏ\
    \u{3}trok\u{1}ħ\u{2}ybull\u{1}\u{2043}\u{3}phen\u{1}\u{2010}\0iacute\u{1}í\
    \u{2}c\u{1}\u{2063}\u{3}irc\u{1}î\u{3}y\u{1}и\u{2}ecy\u{1}е\u{3}xcl\u{1}¡\u{2}ff\u{1}⇔\
    \u{2}grave\u{1}ì\u{2}i\u{1}ⅈ\u{3}iint\u{1}⨌\0iiint\u{1}∭\u{3}nfin\u{1}⧜\u{3}ota\u{1}℩\
    \u{2}jlig\u{1}ĳ\u{2}macr\u{1}ī\u{4}ge\u{1}ℑ\u{5}line\u{1}ℐ\u{5}part\u{1}ℑ\u{4}th\u{1}ı\
    \u{3}of\u{1}⊷\u{3}ped\u{1}Ƶ\u{2}n\u{1}∈\u{3}care\u{1}℅\u{3}fin\u{1}∞\u{6}tie\u{1}⧝\
    \u{3}odot\u{1}ı\u{3}t\u{1}∫\u{4}cal\u{1}⊺\u{4}egers\u{1}ℤ\u{5}rcal\u{1}⊺\u{4}larhk\u{1}⨗\
    \u{4}prod\u{1}⨼\u{2}ocy\u{1}ё\u{3}gon\u{1}į\u{3}ta\u{1}ι\u{2}prod\u{1}⨼\u{2}quest\u{1}¿\
    \u{2}sin\u{1}∈\u{5}E\u{1}⋹\u{5}dot\u{1}⋵\u{5}s\u{1}⋴\u{6}v\u{1}⋳\0isinv\u{1}∈\
    \u{2}t\u{1}\u{2062}\u{3}ilde\u{1}ĩ\u{2}ukcy\u{1}і\u{3}ml\u{1}ï\0jcirc\u{1}ĵ\u{3}y\u{1}й\
    \u{2}math\u{1}ȷ\u{2}sercy\u{1}ј\u{2}ukcy\u{1}є\0kappa\u{1}κ\u{6}v\u{1}ϰ\u{2}cedil\u{1}ķ\
    \u{3}y\u{1}к\u{2}green\u{1}ĸ\u{2}hcy\u{1}х\u{2}jcy\u{1}ќ\0lAarr\u{1}⇚\u{3}rr\u{1}⇐\
    \u{3}tail\u{1}⤛\u{2}Barr\u{1}⤎\u{2}E\u{1}≦\u{3}g\u{1}⪋\u{2}Har\u{1}⥢\u{2}acute\u{1}ĺ\
    \u{3}emptyv\u{1}⦴\u{3}gran\u{1}ℒ\u{3}mbda\u{1}λ\u{3}ng\u{1}⟨\u{5}d\u{1}⦑\u{5}le\u{1}⟨\
    \u{3}p\u{1}⪅\0laquo\u{1}«\u{3}rr\u{1}←\u{5}b\u{1}⇤\u{6}fs\u{1}⤟\u{5}fs\u{1}⤝\u{5}hk\u{1}↩\
    \u{5}lp\u{1}↫\u{5}pl\u{1}⤹\u{5}sim\u{1}⥳\u{5}tl\u{1}↢\u{3}t\u{1}⪫\u{4}ail\u{1}⤙\
    \u{4}e\u{1}⪭\u{5}s\u{1}⪭\u{fe00}\u{2}barr\u{1}⤌\u{3}brk\u{1}❲\u{3}race\u{1}{\u{6}k\u{1}[\
    \u{4}ke\u{1}⦋\u{5}sld\u{1}⦏\u{7}u\u{1}⦍\u{2}caron\u{1}ľ\u{3}edil\u{1}ļ\u{4}il\u{1}⌈\
    \u{3}ub\u{1}{\u{3}y\u{1}л\u{2}dca\u{1}⤶\u{3}quo\u{1}\u{201c}\u{6}r\u{1}\u{201e}\
    \u{3}rdhar\u{1}⥧\u{4}ushar\u{1}⥋\u{3}sh\u{1}↲\0le\u{1}≤\u{3}ftarrow\u{1}←\u{c}tail\u{1}↢\
    \u{5}harpoondown\u{1}↽\u{e}up\u{1}↼\u{5}leftarrows\u{1}⇇\u{5}rightarrow\u{1}↔\u{11}s\u{1}⇆\
    \u{c}harpoons\u{1}⇋\u{c}squigarrow\u{1}↭\u{5}threetimes\u{1}⋋\u{3}g\u{1}⋚\u{3}q\u{1}≤\
    \u{4}q\u{1}≦\u{4}slant\u{1}⩽\u{3}s\u{1}⩽\u{4}cc\u{1}⪨\u{4}dot\u{1}⩿\u{7}o\u{1}⪁\
    \u{8}r\u{1}⪃\u{4}g\u{1}⋚\u{fe00}\u{5}es\u{1}⪓\u{4}sapprox\u{1}⪅\u{5}dot\u{1}⋖\
    \u{5}eqgtr\u{1}⋚\u{7}qgtr\u{1}⪋\u{5}gtr\u{1}≶\u{5}sim\u{1}≲\u{2}fisht\u{1}⥼\u{3}loor\u{1}⌊\
    \u{2}g\u{1}≶\u{3}E\u{1}⪑\0lhard\u{1}↽\u{5}u\u{1}↼\u{6}l\u{1}⥪\u{3}blk\u{1}▄\u{2}jcy\u{1}љ\
    \u{2}l\u{1}≪\u{3}arr\u{1}⇇\u{3}corner\u{1}⌞\u{3}hard\u{1}⥫\u{3}tri\u{1}◺\u{2}midot\u{1}ŀ\
    \u{3}oust\u{1}⎰\u{7}ache\u{1}⎰\u{2}nE\u{1}≨\u{3}ap\u{1}⪉\u{5}prox\u{1}⪉\u{3}e\u{1}⪇\
    \u{4}q\u{1}⪇\u{5}q\u{1}≨\u{3}sim\u{1}⋦\u{2}oang\u{1}⟬\u{4}rr\u{1}⇽\u{3}brk\u{1}⟦\
    \u{3}ngleftarrow\u{1}⟵\u{b}rightarrow\u{1}⟷\u{5}mapsto\u{1}⟼\u{5}rightarrow\u{1}⟶\
    \u{3}oparrowleft\u{1}↫\u{c}right\u{1}↬\u{3}par\u{1}⦅\u{4}lus\u{1}⨭\u{3}times\u{1}⨴\
    \0lowast\u{1}∗\u{4}bar\u{1}_\u{3}z\u{1}◊\u{4}enge\u{1}◊\u{4}f\u{1}⧫\u{2}par\u{1}(\
    \u{5}lt\u{1}⦓\u{2}rarr\u{1}⇆\u{3}corner\u{1}⌟\u{3}har\u{1}⇋\u{6}d\u{1}⥭\u{3}m\u{1}\u{200e}\
    \u{3}tri\u{1}⊿\u{2}saquo\u{1}\u{2039}\u{3}h\u{1}↰\u{3}im\u{1}≲\u{5}e\u{1}⪍\u{5}g\u{1}⪏\
    \u{3}qb\u{1}[\u{4}uo\u{1}\u{2018}\u{6}r\u{1}\u{201a}\u{3}trok\u{1}ł\u{2}t\u{1}<\
    \u{3}cc\u{1}⪦\u{4}ir\u{1}⩹\u{3}dot\u{1}⋖\u{3}hree\u{1}⋋\u{3}imes\u{1}⋉\u{3}larr\u{1}⥶\
    \u{3}quest\u{1}⩻\u{3}rPar\u{1}⦖\u{4}i\u{1}◃\0ltrie\u{1}⊴\u{5}f\u{1}◂\u{2}urdshar\u{1}⥊\
    \u{4}uhar\u{1}⥦\u{2}vertneqq\u{1}≨\u{fe00}\u{3}nE\u{1}≨\u{fe00}\0mDDot\u{1}∺\u{2}acr\u{1}¯\
    \u{3}le\u{1}♂\u{4}t\u{1}✠\u{5}ese\u{1}✠\u{3}p\u{1}↦\u{4}sto\u{1}↦\u{7}down\u{1}↧\
    \u{7}left\u{1}↤\u{7}up\u{1}↥\u{3}rker\u{1}▮\u{2}comma\u{1}⨩\u{3}y\u{1}м\
    \u{2}dash\u{1}\u{2014}\u{2}easuredangle\u{1}∡\u{2}ho\u{1}℧\u{2}icro\u{1}µ\u{3}d\u{1}∣\
    \u{4}ast\u{1}*\u{4}cir\u{1}⫰\u{4}dot\u{1}·\u{3}nus\u{1}−\u{6}b\u{1}⊟\u{6}d\u{1}∸\
    \u{7}u\u{1}⨪\u{2}lcp\u{1}⫛\0mldr\u{1}\u{2026}\u{2}nplus\u{1}∓\u{2}odels\u{1}⊧\u{2}p\u{1}∓\
    \u{2}stpos\u{1}∾\u{2}u\u{1}μ\u{3}ltimap\u{1}⊸\u{3}map\u{1}⊸\0nGg\u{1}⋙\u{338}\
    \u{3}t\u{1}≫\u{20d2}\u{4}v\u{1}≫\u{338}\u{2}Leftarrow\u{1}⇍\u{6}rightarrow\u{1}⇎\
    \u{3}l\u{1}⋘\u{338}\u{3}t\u{1}≪\u{20d2}\u{4}v\u{1}≪\u{338}\u{2}Rightarrow\u{1}⇏\
    \u{2}VDash\u{1}⊯\u{3}dash\u{1}⊮\u{2}abla\u{1}∇\u{3}cute\u{1}ń\u{3}ng\u{1}∠\u{20d2}\
    \u{3}p\u{1}≉\u{4}E\u{1}⩰\u{338}\u{4}id\u{1}≋\u{338}\u{4}os\u{1}ŉ\u{4}prox\u{1}≉\
    \u{3}tur\u{1}♮\u{6}al\u{1}♮\u{8}s\u{1}ℕ\u{2}bsp\u{1}\u{a0}\u{3}ump\u{1}≎\u{338}\
    \0nbumpe\u{1}≏\u{338}\u{2}cap\u{1}⩃\u{4}ron\u{1}ň\u{3}edil\u{1}ņ\u{3}ong\u{1}≇\
    \u{6}dot\u{1}⩭\u{338}\u{3}up\u{1}⩂\u{3}y\u{1}н\u{2}dash\u{1}\u{2013}\u{2}e\u{1}≠\
    \u{3}Arr\u{1}⇗\u{3}arhk\u{1}⤤\u{5}r\u{1}↗\u{6}ow\u{1}↗\u{3}dot\u{1}≐\u{338}\u{3}quiv\u{1}≢\
    \u{3}sear\u{1}⤨\u{4}im\u{1}≂\u{338}\u{3}xist\u{1}∄\u{7}s\u{1}∄\u{2}gE\u{1}≧\u{338}\
    \u{3}e\u{1}≱\u{4}q\u{1}≱\u{5}q\u{1}≧\u{338}\u{5}slant\u{1}⩾\u{338}\u{4}s\u{1}⩾\u{338}\
    \u{3}sim\u{1}≵\u{3}t\u{1}≯\u{4}r\u{1}≯\u{2}hArr\u{1}⇎\u{3}arr\u{1}↮\u{3}par\u{1}⫲\
    \0ni\u{1}∋\u{3}s\u{1}⋼\u{4}d\u{1}⋺\u{3}v\u{1}∋\u{2}jcy\u{1}њ\u{2}lArr\u{1}⇍\
    \u{3}E\u{1}≦\u{338}\u{3}arr\u{1}↚\u{3}dr\u{1}\u{2025}\u{3}e\u{1}≰\u{4}ftarrow\u{1}↚\
    \u{6}rightarrow\u{1}↮\u{4}q\u{1}≰\u{5}q\u{1}≦\u{338}\u{5}slant\u{1}⩽\u{338}\
    \u{4}s\u{1}⩽\u{338}\u{5}s\u{1}≮\u{3}sim\u{1}≴\u{3}t\u{1}≮\u{4}ri\u{1}⋪\u{6}e\u{1}⋬\
    \u{2}mid\u{1}∤\u{2}ot\u{1}¬\u{4}in\u{1}∉\u{6}E\u{1}⋹\u{338}\u{6}dot\u{1}⋵\u{338}\
    \u{6}va\u{1}∉\u{7}b\u{1}⋷\u{7}c\u{1}⋶\u{4}ni\u{1}∌\u{6}va\u{1}∌\u{7}b\u{1}⋾\0notnivc\u{1}⋽\
    \u{2}par\u{1}∦\u{5}allel\u{1}∦\u{5}sl\u{1}⫽\u{20e5}\u{5}t\u{1}∂\u{338}\u{3}olint\u{1}⨔\
    \u{3}r\u{1}⊀\u{4}cue\u{1}⋠\u{4}e\u{1}⪯\u{338}\u{5}c\u{1}⊀\u{6}eq\u{1}⪯\u{338}\
    \u{2}rArr\u{1}⇏\u{3}arr\u{1}↛\u{6}c\u{1}⤳\u{338}\u{6}w\u{1}↝\u{338}\u{3}ightarrow\u{1}↛\
    \u{3}tri\u{1}⋫\u{6}e\u{1}⋭\u{2}sc\u{1}⊁\u{4}cue\u{1}⋡\u{4}e\u{1}⪰\u{338}\u{3}hortmid\u{1}∤\
    \u{7}parallel\u{1}∦\u{3}im\u{1}≁\u{5}e\u{1}≄\u{6}q\u{1}≄\u{3}mid\u{1}∤\u{3}par\u{1}∦\
    \u{3}qsube\u{1}⋢\u{6}pe\u{1}⋣\u{3}ub\u{1}⊄\u{5}E\u{1}⫅\u{338}\0nsube\u{1}⊈\
    \u{5}set\u{1}⊂\u{20d2}\u{8}eq\u{1}⊈\u{c}q\u{1}⫅\u{338}\u{4}cc\u{1}⊁\u{6}eq\u{1}⪰\u{338}\
    \u{4}p\u{1}⊅\u{5}E\u{1}⫆\u{338}\u{5}e\u{1}⊉\u{5}set\u{1}⊃\u{20d2}\u{8}eq\u{1}⊉\
    \u{c}q\u{1}⫆\u{338}\u{2}tgl\u{1}≹\u{3}ilde\u{1}ñ\u{3}lg\u{1}≸\u{3}riangleleft\u{1}⋪\
    \u{10}eq\u{1}⋬\u{c}right\u{1}⋫\u{11}eq\u{1}⋭\u{2}u\u{1}ν\u{3}m\u{1}#\u{4}ero\u{1}№\
    \u{4}sp\u{1}\u{2007}\u{2}vDash\u{1}⊭\u{3}Harr\u{1}⤄\u{3}ap\u{1}≍\u{20d2}\u{3}dash\u{1}⊬\
    \u{3}ge\u{1}≥\u{20d2}\u{4}t\u{1}>\u{20d2}\u{3}infin\u{1}⧞\u{3}lArr\u{1}⤂\
    \u{4}e\u{1}≤\u{20d2}\0nvlt\u{1}<\u{20d2}\u{5}rie\u{1}⊴\u{20d2}\u{3}rArr\u{1}⤃\
    \u{4}trie\u{1}⊵\u{20d2}\u{3}sim\u{1}∼\u{20d2}\u{2}wArr\u{1}⇖\u{3}arhk\u{1}⤣\u{5}r\u{1}↖\
    \u{6}ow\u{1}↖\u{3}near\u{1}⤧\0oS\u{1}Ⓢ\u{2}acute\u{1}ó\u{3}st\u{1}⊛\u{2}cir\u{1}⊚\
    \u{5}c\u{1}ô\u{3}y\u{1}о\u{2}dash\u{1}⊝\u{3}blac\u{1}ő\u{3}iv\u{1}⨸\u{3}ot\u{1}⊙\
    \u{3}sold\u{1}⦼\u{2}elig\u{1}œ\u{2}fcir\u{1}⦿\u{2}gon\u{1}˛\u{3}rave\u{1}ò\u{3}t\u{1}⧁\
    \u{2}hbar\u{1}⦵\u{3}m\u{1}Ω\u{2}int\u{1}∮\u{2}larr\u{1}↺\u{3}cir\u{1}⦾\u{4}ross\u{1}⦻\
    \0oline\u{1}\u{203e}\u{3}t\u{1}⧀\u{2}macr\u{1}ō\u{3}ega\u{1}ω\u{3}icron\u{1}ο\u{4}d\u{1}⦶\
    \u{4}nus\u{1}⊖\u{2}par\u{1}⦷\u{3}erp\u{1}⦹\u{3}lus\u{1}⊕\u{2}r\u{1}∨\u{3}arr\u{1}↻\
    \u{3}d\u{1}⩝\u{4}er\u{1}ℴ\u{6}of\u{1}ℴ\u{4}f\u{1}ª\u{4}m\u{1}º\u{3}igof\u{1}⊶\u{3}or\u{1}⩖\
    \u{3}slope\u{1}⩗\u{3}v\u{1}⩛\u{2}slash\u{1}ø\u{3}ol\u{1}⊘\u{2}tilde\u{1}õ\u{4}mes\u{1}⊗\
    \u{7}as\u{1}⨶\u{2}uml\u{1}ö\u{2}vbar\u{1}⌽\0par\u{1}∥\u{4}a\u{1}¶\u{5}llel\u{1}∥\
    \u{4}sim\u{1}⫳\0parsl\u{1}⫽\u{4}t\u{1}∂\u{2}cy\u{1}п\u{2}ercnt\u{1}%\u{4}iod\u{1}.\
    \u{4}mil\u{1}\u{2030}\u{4}p\u{1}⊥\u{4}tenk\u{1}\u{2031}\u{2}hi\u{1}φ\u{4}v\u{1}ϕ\
    \u{3}mmat\u{1}ℳ\u{3}one\u{1}☎\u{2}i\u{1}π\u{3}tchfork\u{1}⋔\u{3}v\u{1}ϖ\u{2}lanck\u{1}ℏ\
    \u{7}h\u{1}ℎ\u{5}kv\u{1}ℏ\u{3}us\u{1}+\u{5}acir\u{1}⨣\u{5}b\u{1}⊞\u{5}cir\u{1}⨢\
    \u{5}do\u{1}∔\u{6}u\u{1}⨥\u{5}e\u{1}⩲\u{5}mn\u{1}±\u{5}sim\u{1}⨦\u{5}two\u{1}⨧\u{2}m\u{1}±\
    \u{2}ointint\u{1}⨕\u{3}und\u{1}£\u{2}r\u{1}≺\0prE\u{1}⪳\u{3}ap\u{1}⪷\u{3}cue\u{1}≼\
    \u{3}e\u{1}⪯\u{4}c\u{1}≺\u{5}approx\u{1}⪷\u{5}curlyeq\u{1}≼\u{5}eq\u{1}⪯\u{5}napprox\u{1}⪹\
    \u{6}eqq\u{1}⪵\u{6}sim\u{1}⋨\u{5}sim\u{1}≾\u{3}ime\u{1}\u{2032}\u{6}s\u{1}ℙ\u{3}nE\u{1}⪵\
    \u{4}ap\u{1}⪹\u{4}sim\u{1}⋨\u{3}od\u{1}∏\u{4}falar\u{1}⌮\u{5}line\u{1}⌒\u{5}surf\u{1}⌓\
    \u{4}p\u{1}∝\u{5}to\u{1}∝\u{3}sim\u{1}≾\u{3}urel\u{1}⊰\u{2}si\u{1}ψ\u{2}uncsp\u{1}\u{2008}\
    \0qint\u{1}⨌\u{2}prime\u{1}\u{2057}\u{2}uaternions\u{1}ℍ\u{5}int\u{1}⨖\u{3}est\u{1}?\
    \0questeq\u{1}≟\u{3}ot\u{1}\"\0rAarr\u{1}⇛\u{3}rr\u{1}⇒\u{3}tail\u{1}⤜\u{2}Barr\u{1}⤏\
    \u{2}Har\u{1}⥤\u{2}ace\u{1}∽\u{331}\u{4}ute\u{1}ŕ\u{3}dic\u{1}√\u{3}emptyv\u{1}⦳\
    \u{3}ng\u{1}⟩\u{5}d\u{1}⦒\u{5}e\u{1}⦥\u{5}le\u{1}⟩\u{3}quo\u{1}»\u{3}rr\u{1}→\u{5}ap\u{1}⥵\
    \u{5}b\u{1}⇥\u{6}fs\u{1}⤠\u{5}c\u{1}⤳\u{5}fs\u{1}⤞\u{5}hk\u{1}↪\u{5}lp\u{1}↬\u{5}pl\u{1}⥅\
    \u{5}sim\u{1}⥴\u{5}tl\u{1}↣\u{5}w\u{1}↝\u{3}tail\u{1}⤚\u{4}io\u{1}∶\u{6}nals\u{1}ℚ\
    \u{2}barr\u{1}⤍\0rbbrk\u{1}❳\u{3}race\u{1}}\u{6}k\u{1}]\u{4}ke\u{1}⦌\u{5}sld\u{1}⦎\
    \u{7}u\u{1}⦐\u{2}caron\u{1}ř\u{3}edil\u{1}ŗ\u{4}il\u{1}⌉\u{3}ub\u{1}}\u{3}y\u{1}р\
    \u{2}dca\u{1}⤷\u{3}ldhar\u{1}⥩\u{3}quo\u{1}\u{201d}\u{6}r\u{1}\u{201d}\u{3}sh\u{1}↳\
    \u{2}eal\u{1}ℜ\u{5}ine\u{1}ℛ\u{5}part\u{1}ℜ\u{5}s\u{1}ℝ\u{3}ct\u{1}▭\u{3}g\u{1}®\
    \u{2}fisht\u{1}⥽\u{3}loor\u{1}⌋\u{2}hard\u{1}⇁\u{5}u\u{1}⇀\u{6}l\u{1}⥬\u{3}o\u{1}ρ\
    \u{4}v\u{1}ϱ\u{2}ightarrow\u{1}→\u{d}tail\u{1}↣\u{6}harpoondown\u{1}⇁\
    \0rightharpoonup\u{1}⇀\u{6}leftarrows\u{1}⇄\u{c}harpoons\u{1}⇌\u{6}rightarrows\u{1}⇉\
    \u{6}squigarrow\u{1}↝\u{6}threetimes\u{1}⋌\u{3}ng\u{1}˚\u{3}singdotseq\u{1}≓\
    \u{2}larr\u{1}⇄\u{3}har\u{1}⇌\u{3}m\u{1}\u{200f}\u{2}moust\u{1}⎱\u{7}ache\u{1}⎱\
    \u{2}nmid\u{1}⫮\u{2}oang\u{1}⟭\u{4}rr\u{1}⇾\u{3}brk\u{1}⟧\u{3}par\u{1}⦆\u{4}lus\u{1}⨮\
    \u{3}times\u{1}⨵\u{2}par\u{1})\u{5}gt\u{1}⦔\u{3}polint\u{1}⨒\u{2}rarr\u{1}⇉\
    \u{2}saquo\u{1}\u{203a}\u{3}h\u{1}↱\u{3}qb\u{1}]\u{4}uo\u{1}\u{2019}\u{6}r\u{1}\u{2019}\
    \u{2}three\u{1}⋌\u{3}imes\u{1}⋊\u{3}ri\u{1}▹\0rtrie\u{1}⊵\u{5}f\u{1}▸\u{5}ltri\u{1}⧎\
    \u{2}uluhar\u{1}⥨\u{2}x\u{1}℞\0sacute\u{1}ś\u{2}bquo\u{1}\u{201a}\u{2}c\u{1}≻\u{3}E\u{1}⪴\
    \u{3}ap\u{1}⪸\u{4}ron\u{1}š\u{3}cue\u{1}≽\u{3}e\u{1}⪰\u{4}dil\u{1}ş\u{3}irc\u{1}ŝ\
    \u{3}nE\u{1}⪶\u{4}ap\u{1}⪺\u{4}sim\u{1}⋩\u{3}polint\u{1}⨓\u{3}sim\u{1}≿\u{3}y\u{1}с\
    \u{2}dot\u{1}⋅\u{5}b\u{1}⊡\u{5}e\u{1}⩦\u{2}eArr\u{1}⇘\u{3}arhk\u{1}⤥\u{5}r\u{1}↘\
    \u{6}ow\u{1}↘\u{3}ct\u{1}§\u{3}mi\u{1};\u{3}swar\u{1}⤩\u{3}tminus\u{1}∖\0setmn\u{1}∖\
    \u{3}xt\u{1}✶\u{2}frown\u{1}⌢\u{2}harp\u{1}♯\u{3}chcy\u{1}щ\u{4}y\u{1}ш\u{3}ortmid\u{1}∣\
    \u{6}parallel\u{1}∥\u{3}y\u{1}\u{ad}\u{2}igma\u{1}σ\u{6}f\u{1}ς\u{6}v\u{1}ς\u{3}m\u{1}∼\
    \u{4}dot\u{1}⩪\u{4}e\u{1}≃\u{5}q\u{1}≃\u{4}g\u{1}⪞\u{5}E\u{1}⪠\u{4}l\u{1}⪝\u{5}E\u{1}⪟\
    \u{4}ne\u{1}≆\u{4}plus\u{1}⨤\u{4}rarr\u{1}⥲\u{2}larr\u{1}←\u{2}mallsetminus\u{1}∖\
    \u{4}shp\u{1}⨳\u{3}eparsl\u{1}⧤\u{3}id\u{1}∣\u{4}le\u{1}⌣\u{3}t\u{1}⪪\u{4}e\u{1}⪬\
    \u{5}s\u{1}⪬\u{fe00}\0softcy\u{1}ь\u{3}l\u{1}/\u{4}b\u{1}⧄\u{5}ar\u{1}⌿\u{2}pades\u{1}♠\
    \u{7}uit\u{1}♠\u{4}r\u{1}∥\u{2}qcap\u{1}⊓\u{6}s\u{1}⊓\u{fe00}\u{4}up\u{1}⊔\
    \u{6}s\u{1}⊔\u{fe00}\u{3}sub\u{1}⊏\u{6}e\u{1}⊑\u{6}set\u{1}⊏\u{b}eq\u{1}⊑\u{5}p\u{1}⊐\
    \u{6}e\u{1}⊒\u{6}set\u{1}⊐\u{b}eq\u{1}⊒\u{3}u\u{1}□\u{4}are\u{1}□\u{6}f\u{1}▪\u{4}f\u{1}▪\
    \u{2}rarr\u{1}→\u{2}setmn\u{1}∖\u{3}mile\u{1}⌣\u{3}tarf\u{1}⋆\u{2}tar\u{1}☆\u{5}f\u{1}★\
    \u{3}raightepsilon\u{1}ϵ\u{b}phi\u{1}ϕ\u{4}ns\u{1}¯\0sub\u{1}⊂\u{4}E\u{1}⫅\u{4}dot\u{1}⪽\
    \u{4}e\u{1}⊆\u{5}dot\u{1}⫃\u{4}mult\u{1}⫁\u{4}nE\u{1}⫋\u{5}e\u{1}⊊\u{4}plus\u{1}⪿\
    \u{4}rarr\u{1}⥹\u{4}set\u{1}⊂\u{7}eq\u{1}⊆\u{b}q\u{1}⫅\u{7}neq\u{1}⊊\u{c}q\u{1}⫋\
    \u{5}im\u{1}⫇\u{5}ub\u{1}⫕\u{6}p\u{1}⫓\u{3}cc\u{1}≻\u{5}approx\u{1}⪸\u{5}curlyeq\u{1}≽\
    \u{5}eq\u{1}⪰\u{5}napprox\u{1}⪺\u{6}eqq\u{1}⪶\u{6}sim\u{1}⋩\u{5}sim\u{1}≿\u{3}m\u{1}∑\
    \u{3}ng\u{1}♪\u{3}p\u{1}⊃\u{4}1\u{1}¹\u{4}2\u{1}²\u{4}3\u{1}³\0supE\u{1}⫆\u{4}dot\u{1}⪾\
    \u{5}sub\u{1}⫘\u{4}e\u{1}⊇\u{5}dot\u{1}⫄\u{4}hsol\u{1}⟉\u{6}ub\u{1}⫗\u{4}larr\u{1}⥻\
    \u{4}mult\u{1}⫂\u{4}nE\u{1}⫌\u{5}e\u{1}⊋\u{4}plus\u{1}⫀\u{4}set\u{1}⊃\u{7}eq\u{1}⊇\
    \u{b}q\u{1}⫆\u{7}neq\u{1}⊋\u{c}q\u{1}⫌\u{5}im\u{1}⫈\u{5}ub\u{1}⫔\u{6}p\u{1}⫖\
    \u{2}wArr\u{1}⇙\u{3}arhk\u{1}⤦\u{5}r\u{1}↙\u{6}ow\u{1}↙\u{3}nwar\u{1}⤪\u{2}zlig\u{1}ß\
    \0target\u{1}⌖\u{3}u\u{1}τ\u{2}brk\u{1}⎴\u{2}caron\u{1}ť\u{3}edil\u{1}ţ\u{3}y\u{1}т\
    \0tdot\u{1}\u{20db}\u{2}elrec\u{1}⌕\u{2}here4\u{1}∴\u{6}fore\u{1}∴\u{4}ta\u{1}θ\
    \u{6}sym\u{1}ϑ\u{6}v\u{1}ϑ\u{3}ickapprox\u{1}≈\u{6}sim\u{1}∼\u{4}nsp\u{1}\u{2009}\
    \u{3}kap\u{1}≈\u{4}sim\u{1}∼\u{3}orn\u{1}þ\u{2}ilde\u{1}˜\u{3}mes\u{1}×\u{6}b\u{1}⊠\
    \u{7}ar\u{1}⨱\u{6}d\u{1}⨰\u{3}nt\u{1}∭\u{2}oea\u{1}⤨\u{3}p\u{1}⊤\u{4}bot\u{1}⌶\
    \u{4}cir\u{1}⫱\u{4}fork\u{1}⫚\u{3}sa\u{1}⤩\u{2}prime\u{1}\u{2034}\u{2}rade\u{1}™\
    \u{3}iangle\u{1}▵\u{b}down\u{1}▿\u{b}left\u{1}◃\u{f}eq\u{1}⊴\u{b}q\u{1}≜\
    \0triangleright\u{1}▹\u{10}eq\u{1}⊵\u{4}dot\u{1}◬\u{4}e\u{1}≜\u{4}minus\u{1}⨺\
    \u{4}plus\u{1}⨹\u{4}sb\u{1}⧍\u{4}time\u{1}⨻\u{3}pezium\u{1}⏢\u{2}scy\u{1}ц\u{3}hcy\u{1}ћ\
    \u{3}trok\u{1}ŧ\u{2}wixt\u{1}≬\u{3}oheadleftarrow\u{1}↞\u{8}rightarrow\u{1}↠\0uArr\u{1}⇑\
    \u{2}Har\u{1}⥣\u{2}acute\u{1}ú\u{3}rr\u{1}↑\u{2}brcy\u{1}ў\u{4}eve\u{1}ŭ\u{2}circ\u{1}û\
    \u{3}y\u{1}у\u{2}darr\u{1}⇅\u{3}blac\u{1}ű\u{3}har\u{1}⥮\u{2}fisht\u{1}⥾\u{2}grave\u{1}ù\
    \u{2}harl\u{1}↿\u{5}r\u{1}↾\u{3}blk\u{1}▀\u{2}lcorn\u{1}⌜\0ulcorner\u{1}⌜\u{4}rop\u{1}⌏\
    \u{3}tri\u{1}◸\u{2}macr\u{1}ū\u{3}l\u{1}¨\u{2}ogon\u{1}ų\u{2}parrow\u{1}↑\
    \u{3}downarrow\u{1}↕\u{3}harpoonleft\u{1}↿\u{c}right\u{1}↾\u{3}lus\u{1}⊎\u{3}si\u{1}υ\
    \u{5}h\u{1}ϒ\u{5}lon\u{1}υ\u{3}uparrows\u{1}⇈\u{2}rcorn\u{1}⌝\u{7}er\u{1}⌝\u{4}rop\u{1}⌎\
    \u{3}ing\u{1}ů\u{3}tri\u{1}◹\u{2}tdot\u{1}⋰\u{3}ilde\u{1}ũ\u{3}ri\u{1}▵\u{5}f\u{1}▴\
    \u{2}uarr\u{1}⇈\u{3}ml\u{1}ü\u{2}wangle\u{1}⦧\0vArr\u{1}⇕\u{2}Bar\u{1}⫨\u{5}v\u{1}⫩\
    \u{2}Dash\u{1}⊨\u{2}angrt\u{1}⦜\0varepsilon\u{1}ϵ\u{4}kappa\u{1}ϰ\u{4}nothing\u{1}∅\
    \u{4}phi\u{1}ϕ\u{5}i\u{1}ϖ\u{5}ropto\u{1}∝\u{4}r\u{1}↕\u{5}ho\u{1}ϱ\u{4}sigma\u{1}ς\
    \u{5}ubsetneq\u{1}⊊\u{fe00}\u{f}q\u{1}⫋\u{fe00}\u{6}psetneq\u{1}⊋\u{fe00}\
    \u{f}q\u{1}⫌\u{fe00}\u{4}theta\u{1}ϑ\u{5}riangleleft\u{1}⊲\u{e}right\u{1}⊳\u{2}cy\u{1}в\
    \u{2}dash\u{1}⊢\u{2}ee\u{1}∨\u{4}bar\u{1}⊻\u{4}eq\u{1}≚\u{3}llip\u{1}⋮\u{3}rbar\u{1}|\
    \u{4}t\u{1}|\u{2}ltri\u{1}⊲\u{2}nsub\u{1}⊂\u{20d2}\u{5}p\u{1}⊃\u{20d2}\u{2}prop\u{1}∝\
    \u{2}rtri\u{1}⊳\u{2}subnE\u{1}⫋\u{fe00}\u{6}e\u{1}⊊\u{fe00}\u{4}pnE\u{1}⫌\u{fe00}\
    \0vsupne\u{1}⊋\u{fe00}\u{2}zigzag\u{1}⦚\0wcirc\u{1}ŵ\u{2}edbar\u{1}⩟\u{4}ge\u{1}∧\
    \u{6}q\u{1}≙\u{3}ierp\u{1}℘\u{2}p\u{1}℘\u{2}r\u{1}≀\u{3}eath\u{1}≀\0xcap\u{1}⋂\
    \u{3}irc\u{1}◯\u{3}up\u{1}⋃\u{2}dtri\u{1}▽\u{2}hArr\u{1}⟺\u{3}arr\u{1}⟷\u{2}i\u{1}ξ\
    \u{2}lArr\u{1}⟸\u{3}arr\u{1}⟵\u{2}map\u{1}⟼\u{2}nis\u{1}⋻\u{2}odot\u{1}⨀\u{3}plus\u{1}⨁\
    \u{3}time\u{1}⨂\u{2}rArr\u{1}⟹\u{3}arr\u{1}⟶\u{2}sqcup\u{1}⨆\u{2}uplus\u{1}⨄\u{3}tri\u{1}△\
    \u{2}vee\u{1}⋁\u{2}wedge\u{1}⋀\0yacute\u{1}ý\0yacy\u{1}я\u{2}circ\u{1}ŷ\u{3}y\u{1}ы\
    \u{2}en\u{1}¥\u{2}icy\u{1}ї\u{2}ucy\u{1}ю\u{3}ml\u{1}ÿ\0zacute\u{1}ź\u{2}caron\u{1}ž\
    \u{3}y\u{1}з\u{2}dot\u{1}ż\u{2}eetrf\u{1}ℨ\u{3}ta\u{1}ζ\u{2}hcy\u{1}ж\u{2}igrarr\u{1}⇝\
    \u{2}wj\u{1}\u{200d}\u{3}nj\u{1}\u{200c}";

/// The longest name in [`ENTRIES`] (`CounterClockwiseContourIntegral`).
const MAX_NAME: usize = 31;

/// How many leading bytes of the previous name an entry's marker says it shares.
fn shared(marker: u8) -> Option<usize> {
    match marker {
        0 => Some(0),
        2..=8 => Some(usize::from(marker) - 1),
        11..=31 => Some(usize::from(marker) - 3),
        _ => None,
    }
}

/// The characters a named reference (without `&` and `;`) stands for.
pub(crate) fn lookup(name: &str) -> Option<Cow<'static, str>> {
    match math_letter(name) {
        Some(c) => Some(Cow::Owned(c.to_string())),
        None => listed(name).map(Cow::Borrowed),
    }
}

/// `Afr`, `aopf`, `Zscr`: a Latin letter in the Fraktur, double-struck or script alphabet
/// of Mathematical Alphanumeric Symbols, or for the letters Unicode had encoded before
/// (in Letterlike Symbols, which leave holes in that block), the older character.
fn math_letter(name: &str) -> Option<char> {
    let (&letter, family) = name.as_bytes().split_first()?;
    let (capital_a, small_a, older) = match family {
        b"fr" => (
            0x1d504,
            0x1d51e,
            "C\u{212d}H\u{210c}I\u{2111}R\u{211c}Z\u{2128}",
        ),
        b"opf" => (
            0x1d538,
            0x1d552,
            "C\u{2102}H\u{210d}N\u{2115}P\u{2119}Q\u{211a}R\u{211d}Z\u{2124}",
        ),
        b"scr" => (
            0x1d49c,
            0x1d4b6,
            "B\u{212c}E\u{2130}F\u{2131}H\u{210b}I\u{2110}L\u{2112}M\u{2133}R\u{211b}\
             e\u{212f}g\u{210a}o\u{2134}",
        ),
        _ => return None,
    };
    let mut pairs = older.chars();
    while let (Some(key), Some(value)) = (pairs.next(), pairs.next()) {
        if u32::from(key) == u32::from(letter) {
            return Some(value);
        }
    }
    match letter {
        b'A'..=b'Z' => char::from_u32(capital_a + u32::from(letter - b'A')),
        b'a'..=b'z' => char::from_u32(small_a + u32::from(letter - b'a')),
        _ => None,
    }
}

/// The value of `name` in [`ENTRIES`].
fn listed(name: &str) -> Option<&'static str> {
    let blob = ENTRIES.as_bytes();
    let target = name.as_bytes();
    // Bisect over block starts (the NULs) for the last block whose first name is not after
    // `name`: `found` is its start, and every block start in `lo..hi` is still undecided.
    let (mut lo, mut hi, mut found) = (0, blob.len(), None);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = match blob[lo..=mid].iter().rposition(|&b| b == 0) {
            Some(at) => lo + at,
            None => match blob[mid..hi].iter().position(|&b| b == 0) {
                Some(at) => mid + at,
                None => break,
            },
        };
        let end = start + 1 + blob[start + 1..].iter().position(|&b| b == 1)?;
        if &blob[start + 1..end] <= target {
            found = Some(start);
            lo = start + 1;
        } else {
            hi = start;
        }
    }
    // Scan the block, rebuilding each name from the one before it.
    let mut at = found?;
    let mut buf = [0u8; MAX_NAME];
    let mut len = 0;
    loop {
        let keep = shared(*blob.get(at)?)?;
        let split = at + 1 + blob[at + 1..].iter().position(|&b| b == 1)?;
        let rest = &blob[at + 1..split];
        let next = split
            + 1
            + blob[split + 1..]
                .iter()
                .position(|&b| shared(b).is_some())
                .unwrap_or(blob.len() - split - 1);
        if keep > len || keep + rest.len() > MAX_NAME || (keep == 0 && at != found?) {
            // The next block, or a malformed entry: the name is not in this block.
            return None;
        }
        buf[keep..keep + rest.len()].copy_from_slice(rest);
        len = keep + rest.len();
        match buf[..len].cmp(target) {
            Ordering::Equal => return ENTRIES.get(split + 1..next),
            Ordering::Greater => return None,
            Ordering::Less => at = next,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every entry, decoded independently of [`lookup`]'s search.
    fn entries() -> Vec<(String, &'static str)> {
        let blob = ENTRIES.as_bytes();
        let mut out: Vec<(String, &'static str)> = Vec::new();
        let mut at = 0;
        while at < blob.len() {
            let keep = shared(blob[at]).expect("an entry starts with a marker");
            let split = at + 1 + blob[at + 1..].iter().position(|&b| b == 1).unwrap();
            let next = (split + 1..blob.len())
                .find(|&i| shared(blob[i]).is_some())
                .unwrap_or(blob.len());
            let name = match out.last() {
                Some((prev, _)) => format!("{}{}", &prev[..keep], &ENTRIES[at + 1..split]),
                None => ENTRIES[at + 1..split].to_string(),
            };
            out.push((name, &ENTRIES[split + 1..next]));
            at = next;
        }
        out
    }

    #[test]
    fn finds_every_kind_of_reference() {
        for (name, value) in [
            ("AElig", "\u{c6}"),
            ("amp", "&"),
            ("eacute", "\u{e9}"),
            ("hellip", "\u{2026}"),
            ("NotEqualTilde", "\u{2242}\u{338}"),
            ("fjlig", "fj"),
            ("Tab", "\t"),
            ("NewLine", "\n"),
            ("semi", ";"),
            ("quot", "\""),
            ("bsol", "\\"),
            ("zwj", "\u{200d}"),
            ("ETH", "\u{d0}"),
            ("eth", "\u{f0}"),
            ("CounterClockwiseContourIntegral", "\u{2233}"),
            ("Afr", "\u{1d504}"),
            ("Cfr", "\u{212d}"),
            ("zfr", "\u{1d537}"),
            ("Aopf", "\u{1d538}"),
            ("Zopf", "\u{2124}"),
            ("zopf", "\u{1d56b}"),
            ("Ascr", "\u{1d49c}"),
            ("escr", "\u{212f}"),
            ("zscr", "\u{1d4cf}"),
            ("zwnj", "\u{200c}"),
        ] {
            assert_eq!(lookup(name).as_deref(), Some(value), "{name}");
        }
        for unknown in [
            "",
            "ampx",
            "Amp",
            "zzz",
            "a",
            "&",
            "nbsp;",
            "AAAA",
            "0",
            "~",
            "CounterClockwiseContourIntegralX",
            "\u{e9}",
            "fr",
            "opf",
            "0fr",
            "Afrx",
            "AFR",
            "\u{e9}fr",
        ] {
            assert_eq!(lookup(unknown), None, "{unknown}");
        }
    }

    #[test]
    fn all_entries_are_sorted_and_found() {
        let listed = entries();
        assert_eq!(listed.len(), 2125 - 156);
        assert!(listed.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(listed.iter().all(|(name, _)| name.len() <= MAX_NAME));
        let mut all: Vec<(String, String)> = listed
            .iter()
            .map(|(name, value)| (name.clone(), value.to_string()))
            .collect();
        for family in ["fr", "opf", "scr"] {
            for letter in ('A'..='Z').chain('a'..='z') {
                let name = format!("{letter}{family}");
                assert!(listed.iter().all(|(listed, _)| *listed != name), "{name}");
                let value = math_letter(&name).expect("a mathematical letter");
                all.push((name, value.to_string()));
            }
        }
        all.sort();
        // The whole list as generated from the WHATWG list: FNV-1a of "name=value\n" lines.
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for (name, value) in &all {
            for byte in format!("{name}={value}\n").bytes() {
                hash = (hash ^ u64::from(byte)).wrapping_mul(0x100_0000_01b3);
            }
        }
        assert_eq!(hash, 0xcd1d_75ac_2486_0a60);
        let known: std::collections::BTreeMap<&str, &str> = all
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_str()))
            .collect();
        for (name, value) in &all {
            assert_eq!(lookup(name).as_deref(), Some(value.as_str()), "{name}");
            // Near misses: every prefix, and one byte more, are found only if listed.
            for cut in 0..name.len() {
                let prefix = &name[..cut];
                assert_eq!(lookup(prefix).as_deref(), known.get(prefix).copied());
            }
            for extra in ["a", "z", "A", "0"] {
                let longer = format!("{name}{extra}");
                assert_eq!(
                    lookup(&longer).as_deref(),
                    known.get(longer.as_str()).copied()
                );
            }
        }
    }
}

//! Every named character reference of HTML5 (the 2,125 terminated ones of the WHATWG list),
//! for bodies and text fields that CMSs fill with `&eacute;` or `&hellip;`.
//!
//! Where the table comes from depends on the build:
//! - **With the `entity-table` feature** (the default: the prerenderers, native tools, tests)
//!   the table is compiled in. The 156 mathematical letters (`&Afr;`, `&aopf;`, `&Zscr;`)
//!   are computed, as their code points follow the alphabet; the rest are kept compactly as
//!   one sorted, front-coded string (about 15 KB raw: each name stores only what differs
//!   from the name before it, and nothing separates it from its value) and searched by
//!   bisection over blocks of at most 32 entries, then a scan of one block. Generated from
//!   the WHATWG list (as Python's `html.entities.html5` carries it).
//! - **Without it** (the widget's release bundle, which always runs in a browser) the
//!   browser's own HTML parser answers: it carries the same WHATWG table, and shipping a
//!   second copy cost 8.3 KB brotli of what every page waits for (issue 15). `dom::entities`
//!   asks it and is installed with [`use_platform_lookup`] when the widget starts; this
//!   module stays free of browser code. A browser test compares its answer with this table
//!   for every name in Chromium, Firefox and WebKit.
//!
//! Either way the six names publishers' data uses most ([`common`]) are answered here at once.

use std::borrow::Cow;
#[cfg(feature = "entity-table")]
use std::cmp::Ordering;
#[cfg(not(feature = "entity-table"))]
use std::sync::OnceLock;

#[cfg(feature = "entity-table")]
/// The entries other than the mathematical letters and `fjlig`, sorted by name. Each is a
/// marker byte, the rest of the name (ASCII letters and digits), then its one or two
/// characters, which never start with an ASCII letter or digit (only `fjlig`'s would, so it
/// is left out), so the name ends where they start. The marker says how many leading bytes
/// the name shares with the name before it: NUL for none (the whole name follows; such an
/// entry starts a block, at least every 32 entries), U+0002..U+0008 for 1..7 and
/// U+000B..U+001F for 8..28. No value contains NUL or a marker (the only controls in values
/// are tab and newline, U+0009 and U+000A), so a value ends at the next marker.
const ENTRIES: &str = "\
    \0AEligÆ\u{2}MP&\u{2}acuteÁ\u{2}breveĂ\u{2}circÂ\u{3}yА\u{2}graveÀ\u{2}lphaΑ\u{2}macrĀ\
    \u{2}nd⩓\u{2}ogonĄ\u{2}pplyFunction\u{2061}\u{2}ringÅ\u{2}ssign≔\u{2}tildeÃ\u{2}umlÄ\
    \0Backslash∖\u{3}rv⫧\u{4}wed⌆\u{2}cyБ\u{2}ecause∵\u{3}rnoullisℬ\u{3}taΒ\u{2}reve˘\
    \u{2}umpeq≎\0CHcyЧ\u{2}OPY©\u{2}acuteĆ\u{3}p⋒\u{4}italDifferentialDⅅ\u{3}yleysℭ\u{2}caronČ\
    \0CcedilÇ\u{3}ircĈ\u{3}onint∰\u{2}dotĊ\u{2}edilla¸\u{3}nterDot·\u{2}hiΧ\u{2}ircleDot⊙\
    \u{7}Minus⊖\u{7}Plus⊕\u{7}Times⊗\u{2}lockwiseContourIntegral∲\
    \u{4}seCurlyDoubleQuote\u{201d}\u{d}Quote\u{2019}\u{2}olon∷\u{6}e⩴\u{3}ngruent≡\u{4}int∯\
    \u{4}tourIntegral∮\u{3}product∐\u{3}unterClockwiseContourIntegral∳\u{2}ross⨯\u{2}up⋓\
    \u{4}Cap≍\0DDⅅ\u{3}otrahd⤑\u{2}JcyЂ\u{2}ScyЅ\u{2}ZcyЏ\u{2}agger\u{2021}\u{3}rr↡\u{3}shv⫤\
    \0DcaronĎ\u{3}yД\u{2}el∇\u{4}taΔ\u{2}iacriticalAcute´\u{e}Dot˙\u{10}ubleAcute˝\u{e}Grave`\
    \u{e}Tilde˜\u{4}mond⋄\u{3}fferentialDⅆ\u{2}ot¨\u{4}Dot\u{20dc}\u{4}Equal≐\
    \u{3}ubleContourIntegral∯\u{7}Dot¨\u{b}wnArrow⇓\u{7}LeftArrow⇐\u{d}RightArrow⇔\u{d}Tee⫤\
    \u{8}ongLeftArrow⟸\u{11}RightArrow⟺\u{d}RightArrow⟹\u{7}RightArrow⇒\u{e}Tee⊨\u{7}UpArrow⇑\
    \u{b}DownArrow⇕\u{7}VerticalBar∥\u{3}wnArrow↓\u{c}Bar⤓\u{c}UpArrow⇵\u{5}Breve\u{311}\
    \0DownLeftRightVector⥐\u{b}TeeVector⥞\u{b}Vector↽\u{11}Bar⥖\u{5}RightTeeVector⥟\
    \u{c}Vector⇁\u{12}Bar⥗\u{5}Tee⊤\u{8}Arrow↧\u{5}arrow⇓\u{2}strokĐ\0ENGŊ\u{2}THÐ\u{2}acuteÉ\
    \u{2}caronĚ\u{3}ircÊ\u{3}yЭ\u{2}dotĖ\u{2}graveÈ\u{2}lement∈\u{2}macrĒ\u{3}ptySmallSquare◻\
    \u{6}VerySmallSquare▫\u{2}ogonĘ\u{2}psilonΕ\u{2}qual⩵\u{6}Tilde≂\u{4}ilibrium⇌\u{2}sim⩳\
    \u{2}taΗ\u{2}umlË\u{2}xists∃\0ExponentialEⅇ\0FcyФ\u{2}illedSmallSquare◼\
    \u{7}VerySmallSquare▪\u{2}orAll∀\u{3}uriertrfℱ\0GJcyЃ\u{2}T>\u{2}ammaΓ\u{6}dϜ\u{2}breveĞ\
    \u{2}cedilĢ\u{3}ircĜ\u{3}yГ\u{2}dotĠ\u{2}g⋙\u{2}reaterEqual≥\u{f}Less⋛\u{8}FullEqual≧\
    \u{8}Greater⪢\u{8}Less≷\u{8}SlantEqual⩾\u{8}Tilde≳\u{2}t≫\0HARDcyЪ\u{2}acekˇ\u{3}t^\
    \u{2}circĤ\u{2}ilbertSpaceℋ\u{2}orizontalLine─\u{2}strokĦ\u{2}umpDownHump≎\0HumpEqual≏\
    \0IEcyЕ\u{2}JligĲ\u{2}OcyЁ\u{2}acuteÍ\u{2}circÎ\u{3}yИ\u{2}dotİ\u{2}graveÌ\u{2}mℑ\u{3}acrĪ\
    \u{4}ginaryIⅈ\u{3}plies⇒\u{2}nt∬\u{4}egral∫\u{5}rsection⋂\u{3}visibleComma\u{2063}\
    \u{c}Times\u{2062}\u{2}ogonĮ\u{3}taΙ\u{2}tildeĨ\u{2}ukcyІ\u{3}mlÏ\0JcircĴ\u{3}yЙ\
    \u{2}sercyЈ\u{2}ukcyЄ\0KHcyХ\u{2}JcyЌ\u{2}appaΚ\u{2}cedilĶ\u{3}yК\0LJcyЉ\u{2}T<\u{2}acuteĹ\
    \u{3}mbdaΛ\u{3}ng⟪\u{3}placetrfℒ\u{3}rr↞\u{2}caronĽ\u{3}edilĻ\u{3}yЛ\u{2}eftAngleBracket⟨\
    \u{6}rrow←\u{c}Bar⇤\u{c}RightArrow⇆\u{5}Ceiling⌈\u{5}DoubleBracket⟦\u{7}wnTeeVector⥡\
    \u{b}Vector⇃\u{11}Bar⥙\u{5}Floor⌊\u{5}RightArrow↔\u{c}Vector⥎\u{5}Tee⊣\u{8}Arrow↤\
    \u{8}Vector⥚\u{6}riangle⊲\u{f}Bar⧏\u{f}Equal⊴\u{5}UpDownVector⥑\u{7}TeeVector⥠\u{7}Vector↿\
    \u{f}Bar⥘\0LeftVector↼\u{d}Bar⥒\u{5}arrow⇐\u{5}rightarrow⇔\u{3}ssEqualGreater⋚\
    \u{5}FullEqual≦\u{5}Greater≶\u{5}Less⪡\u{5}SlantEqual⩽\u{5}Tilde≲\u{2}l⋘\u{3}eftarrow⇚\
    \u{2}midotĿ\u{2}ongLeftArrow⟵\u{b}RightArrow⟷\u{5}RightArrow⟶\u{5}leftarrow⟸\
    \u{b}rightarrow⟺\u{5}rightarrow⟹\u{3}werLeftArrow↙\u{6}RightArrow↘\u{2}sh↰\u{3}trokŁ\
    \u{2}t≪\0Map⤅\u{2}cyМ\u{2}ediumSpace\u{205f}\u{3}llintrfℳ\u{2}inusPlus∓\u{2}uΜ\0NJcyЊ\
    \u{2}acuteŃ\0NcaronŇ\u{3}edilŅ\u{3}yН\u{2}egativeMediumSpace\u{200b}\
    \u{b}ThickSpace\u{200b}\u{e}nSpace\u{200b}\u{b}VeryThinSpace\u{200b}\
    \u{3}stedGreaterGreater≫\u{7}LessLess≪\u{3}wLine\n\u{2}oBreak\u{2060}\
    \u{3}nBreakingSpace\u{a0}\u{3}t⫬\u{4}Congruent≢\u{5}upCap≭\u{4}DoubleVerticalBar∦\
    \u{4}Element∉\u{5}qual≠\u{b}Tilde≂\u{338}\u{5}xists∄\u{4}Greater≯\u{d}Equal≱\
    \u{d}FullEqual≧\u{338}\u{d}Greater≫\u{338}\u{d}Less≹\u{d}SlantEqual⩾\u{338}\u{d}Tilde≵\
    \u{4}HumpDownHump≎\u{338}\u{8}Equal≏\u{338}\u{4}LeftTriangle⋪\u{12}Bar⧏\u{338}\u{12}Equal⋬\
    \0NotLess≮\u{8}Equal≰\u{8}Greater≸\u{8}Less≪\u{338}\u{8}SlantEqual⩽\u{338}\u{8}Tilde≴\
    \u{4}NestedGreaterGreater⪢\u{338}\u{c}LessLess⪡\u{338}\u{4}Precedes⊀\u{e}Equal⪯\u{338}\
    \u{e}SlantEqual⋠\u{4}ReverseElement∌\u{5}ightTriangle⋫\u{13}Bar⧐\u{338}\u{13}Equal⋭\
    \u{4}SquareSubset⊏\u{338}\u{12}Equal⋢\u{e}perset⊐\u{338}\u{14}Equal⋣\u{5}ubset⊂\u{20d2}\
    \u{c}Equal⊈\u{6}cceeds⊁\u{e}Equal⪰\u{338}\u{e}SlantEqual⋡\u{e}Tilde≿\u{338}\
    \u{6}perset⊃\u{20d2}\u{e}Equal⊉\u{4}Tilde≁\u{b}Equal≄\u{b}FullEqual≇\u{b}Tilde≉\
    \u{4}VerticalBar∤\0NtildeÑ\u{2}uΝ\0OEligŒ\u{2}acuteÓ\u{2}circÔ\u{3}yО\u{2}dblacŐ\
    \u{2}graveÒ\u{2}macrŌ\u{3}egaΩ\u{3}icronΟ\u{2}penCurlyDoubleQuote\u{201c}\
    \u{c}Quote\u{2018}\u{2}r⩔\u{2}slashØ\u{2}tildeÕ\u{4}mes⨷\u{2}umlÖ\u{2}verBar\u{203e}\
    \u{6}race⏞\u{b}ket⎴\u{5}Parenthesis⏜\0PartialD∂\u{2}cyП\u{2}hiΦ\u{2}iΠ\u{2}lusMinus±\
    \u{2}oincareplaneℌ\u{2}r⪻\u{3}ecedes≺\u{b}Equal⪯\u{b}SlantEqual≼\0PrecedesTilde≾\
    \u{3}ime\u{2033}\u{3}oduct∏\u{4}portion∷\u{d}al∝\u{2}siΨ\0QUOT\"\0RBarr⤐\u{2}EG®\
    \u{2}acuteŔ\u{3}ng⟫\u{3}rr↠\u{5}tl⤖\u{2}caronŘ\u{3}edilŖ\u{3}yР\u{2}eℜ\u{3}verseElement∋\
    \u{b}quilibrium⇋\u{8}UpEquilibrium⥯\u{2}hoΡ\u{2}ightAngleBracket⟩\u{7}rrow→\u{d}Bar⇥\
    \u{d}LeftArrow⇄\u{6}Ceiling⌉\u{6}DoubleBracket⟧\u{8}wnTeeVector⥝\u{c}Vector⇂\u{12}Bar⥕\
    \u{6}Floor⌋\u{6}Tee⊢\0RightTeeArrow↦\u{b}Vector⥛\u{7}riangle⊳\u{10}Bar⧐\u{10}Equal⊵\
    \u{6}UpDownVector⥏\u{8}TeeVector⥜\u{8}Vector↾\u{10}Bar⥔\u{6}Vector⇀\u{e}Bar⥓\u{6}arrow⇒\
    \u{2}oundImplies⥰\u{2}rightarrow⇛\u{2}sh↱\u{2}uleDelayed⧴\0SHCHcyЩ\u{3}cyШ\u{2}OFTcyЬ\
    \u{2}acuteŚ\u{2}c⪼\u{3}aronŠ\u{3}edilŞ\u{3}ircŜ\u{3}yС\u{2}hortDownArrow↓\u{6}LeftArrow←\
    \u{6}RightArrow→\u{6}UpArrow↑\u{2}igmaΣ\u{2}mallCircle∘\u{2}qrt√\0Square□\
    \u{7}Intersection⊓\u{7}Subset⊏\u{f}Equal⊑\u{b}perset⊐\u{11}Equal⊒\u{7}Union⊔\u{2}tar⋆\
    \u{2}ub⋐\u{4}set⋐\u{7}Equal⊆\u{3}cceeds≻\u{b}Equal⪰\u{b}SlantEqual≽\u{b}Tilde≿\u{4}hThat∋\
    \u{3}m∑\u{3}p⋑\u{4}erset⊃\u{b}Equal⊇\u{4}set⋑\0THORNÞ\u{2}RADE™\u{2}SHcyЋ\u{3}cyЦ\u{2}ab\t\
    \u{3}uΤ\u{2}caronŤ\u{3}edilŢ\u{3}yТ\u{2}herefore∴\u{4}taΘ\0ThickSpace\u{205f}\u{200a}\
    \u{4}nSpace\u{2009}\u{2}ilde∼\u{6}Equal≃\u{6}FullEqual≅\u{6}Tilde≈\u{2}ripleDot\u{20db}\
    \u{2}strokŦ\0UacuteÚ\u{3}rr↟\u{5}ocir⥉\u{2}brcyЎ\u{4}eveŬ\u{2}circÛ\u{3}yУ\u{2}dblacŰ\
    \u{2}graveÙ\u{2}macrŪ\u{2}nderBar_\u{7}race⏟\u{c}ket⎵\u{6}Parenthesis⏝\u{3}ion⋃\u{6}Plus⊎\
    \u{2}ogonŲ\u{2}pArrow↑\u{8}Bar⤒\u{8}DownArrow⇅\u{3}DownArrow↕\u{3}Equilibrium⥮\u{3}Tee⊥\
    \u{6}Arrow↥\0Uparrow⇑\u{3}downarrow⇕\u{3}perLeftArrow↖\u{6}RightArrow↗\u{3}siϒ\u{5}lonΥ\
    \u{2}ringŮ\u{2}tildeŨ\u{2}umlÜ\0VDash⊫\u{2}bar⫫\u{2}cyВ\u{2}dash⊩\u{6}l⫦\u{2}ee⋁\
    \u{3}rbar\u{2016}\u{4}t\u{2016}\u{5}icalBar∣\u{b}Line|\u{b}Separator❘\u{b}Tilde≀\
    \u{4}yThinSpace\u{200a}\u{2}vdash⊪\0WcircŴ\u{2}edge⋀\0XiΞ\0YAcyЯ\u{2}IcyЇ\u{2}UcyЮ\
    \u{2}acuteÝ\u{2}circŶ\u{3}yЫ\0YumlŸ\0ZHcyЖ\u{2}acuteŹ\u{2}caronŽ\u{3}yЗ\u{2}dotŻ\
    \u{2}eroWidthSpace\u{200b}\u{3}taΖ\0aacuteá\u{2}breveă\u{2}c∾\u{3}E∾\u{333}\u{3}d∿\
    \u{3}ircâ\u{3}ute´\u{3}yа\u{2}eligæ\u{2}f\u{2061}\u{2}graveà\u{2}lefsymℵ\u{4}phℵ\u{3}phaα\
    \u{2}macrā\u{4}lg⨿\u{3}p&\u{2}nd∧\u{4}and⩕\u{4}d⩜\u{4}slope⩘\u{4}v⩚\u{3}g∠\u{4}e⦤\0angle∠\
    \u{4}msd∡\u{7}aa⦨\u{8}b⦩\u{8}c⦪\u{8}d⦫\u{8}e⦬\u{8}f⦭\u{8}g⦮\u{8}h⦯\u{4}rt∟\u{6}vb⊾\u{8}d⦝\
    \u{4}sph∢\u{5}tÅ\u{4}zarr⍼\u{2}ogoną\u{2}p≈\u{3}E⩰\u{3}acir⩯\u{3}e≊\u{3}id≋\u{3}os'\
    \u{3}prox≈\u{7}eq≊\u{2}ringå\u{2}st*\u{3}ymp≈\u{6}eq≍\u{2}tildeã\u{2}umlä\u{2}wconint∳\
    \0awint⨑\0bNot⫭\u{2}ackcong≌\u{5}epsilon϶\u{5}prime\u{2035}\u{5}sim∽\u{8}eq⋍\u{3}rvee⊽\
    \u{4}wed⌅\u{7}ge⌅\u{2}brk⎵\u{5}tbrk⎶\u{2}cong≌\u{3}yб\u{2}dquo\u{201e}\u{2}ecaus∵\u{7}e∵\
    \u{3}mptyv⦰\u{3}psi϶\u{3}rnouℬ\u{3}taβ\u{4}hℶ\u{4}ween≬\u{2}igcap⋂\u{5}irc◯\u{5}up⋃\
    \u{4}odot⨀\u{5}plus⨁\u{5}times⨂\u{4}sqcup⨆\u{5}tar★\u{4}triangledown▽\0bigtriangleup△\
    \u{4}uplus⨄\u{4}vee⋁\u{4}wedge⋀\u{2}karow⤍\u{2}lacklozenge⧫\u{6}square▪\u{6}triangle▴\
    \u{10}down▾\u{10}left◂\u{10}right▸\u{4}nk␣\u{3}k12▒\u{5}4░\u{4}34▓\u{3}ock█\
    \u{2}ne=\u{20e5}\u{4}quiv≡\u{20e5}\u{3}ot⌐\u{2}ot⊥\u{4}tom⊥\u{3}wtie⋈\u{3}xDL╗\u{5}R╔\
    \u{5}l╖\u{5}r╓\u{4}H═\u{5}D╦\u{5}U╩\u{5}d╤\u{5}u╧\u{4}UL╝\0boxUR╚\u{5}l╜\u{5}r╙\u{4}V║\
    \u{5}H╬\u{5}L╣\u{5}R╠\u{5}h╫\u{5}l╢\u{5}r╟\u{4}box⧉\u{4}dL╕\u{5}R╒\u{5}l┐\u{5}r┌\u{4}h─\
    \u{5}D╥\u{5}U╨\u{5}d┬\u{5}u┴\u{4}minus⊟\u{4}plus⊞\u{4}times⊠\u{4}uL╛\u{5}R╘\u{5}l┘\u{5}r└\
    \u{4}v│\u{5}H╪\u{5}L╡\u{5}R╞\u{5}h┼\0boxvl┤\u{5}r├\u{2}prime\u{2035}\u{2}reve˘\u{3}vbar¦\
    \u{2}semi\u{204f}\u{3}im∽\u{5}e⋍\u{3}ol\\\u{5}b⧅\u{5}hsub⟈\u{2}ull\u{2022}\u{5}et\u{2022}\
    \u{3}mp≎\u{5}E⪮\u{5}e≏\u{6}q≏\0cacuteć\u{3}p∩\u{4}and⩄\u{4}brcup⩉\u{4}cap⩋\u{5}up⩇\
    \u{4}dot⩀\u{4}s∩\u{fe00}\u{3}ret\u{2041}\u{4}onˇ\u{2}caps⩍\u{4}ronč\u{3}edilç\u{3}ircĉ\
    \u{3}ups⩌\0ccupssm⩐\u{2}dotċ\u{2}edil¸\u{3}mptyv⦲\u{3}nt¢\u{5}erdot·\u{2}hcyч\u{3}eck✓\
    \u{6}mark✓\u{3}iχ\u{2}ir○\u{4}E⧃\u{4}cˆ\u{5}eq≗\u{5}learrowleft↺\u{e}right↻\u{7}dR®\u{8}SⓈ\
    \u{8}ast⊛\u{8}circ⊚\u{8}dash⊝\u{4}e≗\u{4}fnint⨐\u{4}mid⫯\u{4}scir⧂\u{2}lubs♣\u{6}uit♣\
    \u{2}olon:\u{6}e≔\u{7}q≔\u{3}mma,\u{6}t@\0comp∁\u{5}fn∘\u{5}lement∁\u{7}xesℂ\u{3}ng≅\
    \u{5}dot⩭\u{4}int∮\u{3}prod∐\u{4}y©\u{5}sr℗\u{2}rarr↵\u{3}oss✗\u{2}sub⫏\u{5}e⫑\u{4}p⫐\
    \u{5}e⫒\u{2}tdot⋯\u{2}udarrl⤸\u{7}r⤵\u{3}epr⋞\u{4}sc⋟\u{3}larr↶\u{7}p⤽\u{3}p∪\u{4}brcap⩈\
    \u{4}cap⩆\u{5}up⩊\u{4}dot⊍\u{4}or⩅\u{4}s∪\u{fe00}\u{3}rarr↷\u{7}m⤼\0curlyeqprec⋞\u{8}succ⋟\
    \u{6}vee⋎\u{6}wedge⋏\u{4}ren¤\u{4}vearrowleft↶\u{d}right↷\u{3}vee⋎\u{3}wed⋏\u{2}wconint∲\
    \u{3}int∱\u{2}ylcty⌭\0dArr⇓\u{2}Har⥥\u{2}agger\u{2020}\u{3}lethℸ\u{3}rr↓\u{3}sh\u{2010}\
    \u{5}v⊣\u{2}bkarow⤏\u{3}lac˝\u{2}caronď\u{3}yд\u{2}dⅆ\u{3}agger\u{2021}\u{4}rr⇊\u{3}otseq⩷\
    \u{2}eg°\u{3}ltaδ\u{3}mptyv⦱\u{2}fisht⥿\u{2}harl⇃\0dharr⇂\u{2}iam⋄\u{5}ond⋄\u{8}suit♦\
    \u{5}s♦\u{3}e¨\u{3}gammaϝ\u{3}sin⋲\u{3}v÷\u{4}ide÷\u{7}ontimes⋇\u{4}onx⋇\u{2}jcyђ\
    \u{2}lcorn⌞\u{4}rop⌍\u{2}ollar$\u{3}t˙\u{4}eq≐\u{6}dot≑\u{4}minus∸\u{4}plus∔\u{4}square⊡\
    \u{3}ublebarwedge⌆\u{3}wnarrow↓\u{5}downarrows⇊\u{5}harpoonleft⇃\u{e}right⇂\u{2}rbkarow⤐\
    \u{3}corn⌟\u{4}rop⌌\u{2}scyѕ\u{3}ol⧶\0dstrokđ\u{2}tdot⋱\u{3}ri▿\u{5}f▾\u{2}uarr⇵\u{3}har⥯\
    \u{2}wangle⦦\u{2}zcyџ\u{3}igrarr⟿\0eDDot⩷\u{3}ot≑\u{2}acuteé\u{3}ster⩮\u{2}caroně\u{3}ir≖\
    \u{5}cê\u{3}olon≕\u{3}yэ\u{2}dotė\u{2}eⅇ\u{2}fDot≒\u{2}g⪚\u{3}raveè\u{3}s⪖\u{4}dot⪘\u{2}l⪙\
    \u{3}inters⏧\u{3}lℓ\u{3}s⪕\u{4}dot⪗\u{2}macrē\u{3}pty∅\0emptyset∅\u{6}v∅\u{3}sp\u{2003}\
    \u{5}13\u{2004}\u{6}4\u{2005}\u{2}ngŋ\u{3}sp\u{2002}\u{2}ogonę\u{2}par⋕\u{5}sl⧣\u{3}lus⩱\
    \u{3}siε\u{5}lonε\u{5}vϵ\u{2}qcirc≖\u{4}olon≕\u{3}sim≂\u{4}lantgtr⪖\u{8}less⪕\u{3}uals=\
    \u{4}est≟\u{4}iv≡\u{6}DD⩸\u{3}vparsl⧥\u{2}rDot≓\u{3}arr⥱\u{2}sdot≐\u{3}im≂\u{2}taη\u{3}hð\
    \u{2}umlë\u{3}ro€\0excl!\u{3}ist∃\u{3}pectationℰ\u{4}onentialeⅇ\0fallingdotseq≒\u{2}cyф\
    \u{2}emale♀\u{2}filigﬃ\u{3}ligﬀ\u{4}ligﬄ\u{2}iligﬁ\u{2}lat♭\u{3}ligﬂ\u{3}tns▱\u{2}nofƒ\
    \u{2}orall∀\u{4}k⋔\u{5}v⫙\u{2}partint⨍\u{2}rac12½\u{6}3⅓\u{6}4¼\u{6}5⅕\u{6}6⅙\u{6}8⅛\
    \u{5}23⅔\u{6}5⅖\u{5}34¾\u{6}5⅗\u{6}8⅜\u{5}45⅘\u{5}56⅚\0frac58⅝\u{5}78⅞\u{4}sl\u{2044}\
    \u{3}own⌢\0gE≧\u{3}l⪌\u{2}acuteǵ\u{3}mmaγ\u{6}dϝ\u{3}p⪆\u{2}breveğ\u{2}circĝ\u{3}yг\
    \u{2}dotġ\u{2}e≥\u{3}l⋛\u{3}q≥\u{4}q≧\u{4}slant⩾\u{3}s⩾\u{4}cc⪩\u{4}dot⪀\u{7}o⪂\u{8}l⪄\
    \u{4}l⋛\u{fe00}\u{5}es⪔\u{2}g≫\u{3}g⋙\u{2}imelℷ\u{2}jcyѓ\u{2}l≷\u{3}E⪒\0gla⪥\u{3}j⪤\
    \u{2}nE≩\u{3}ap⪊\u{5}prox⪊\u{3}e⪈\u{4}q⪈\u{5}q≩\u{3}sim⋧\u{2}rave`\u{2}sim≳\u{5}e⪎\u{5}l⪐\
    \u{2}t>\u{3}cc⪧\u{4}ir⩺\u{3}dot⋗\u{3}lPar⦕\u{3}quest⩼\u{3}rapprox⪆\u{5}rr⥸\u{4}dot⋗\
    \u{4}eqless⋛\u{6}qless⪌\u{4}less≷\u{4}sim≳\u{2}vertneqq≩\u{fe00}\u{3}nE≩\u{fe00}\0hArr⇔\
    \u{2}airsp\u{200a}\u{3}lf½\u{3}miltℋ\0hardcyъ\u{4}r↔\u{5}cir⥈\u{5}w↭\u{2}barℏ\u{2}circĥ\
    \u{2}earts♥\u{7}uit♥\u{3}llip\u{2026}\u{3}rcon⊹\u{2}ksearow⤥\u{4}warow⤦\u{2}oarr⇿\
    \u{3}mtht∻\u{3}okleftarrow↩\u{5}rightarrow↪\u{3}rbar\u{2015}\u{2}slashℏ\u{3}trokħ\
    \u{2}ybull\u{2043}\u{3}phen\u{2010}\0iacuteí\u{2}c\u{2063}\u{3}ircî\u{3}yи\u{2}ecyе\
    \u{3}xcl¡\u{2}ff⇔\u{2}graveì\u{2}iⅈ\u{3}iint⨌\u{4}nt∭\0iinfin⧜\u{3}ota℩\u{2}jligĳ\
    \u{2}macrī\u{4}geℑ\u{5}lineℐ\u{5}partℑ\u{4}thı\u{3}of⊷\u{3}pedƵ\u{2}n∈\u{3}care℅\u{3}fin∞\
    \u{6}tie⧝\u{3}odotı\u{3}t∫\u{4}cal⊺\u{4}egersℤ\u{5}rcal⊺\u{4}larhk⨗\u{4}prod⨼\u{2}ocyё\
    \u{3}gonį\u{3}taι\u{2}prod⨼\u{2}quest¿\u{2}sin∈\u{5}E⋹\u{5}dot⋵\u{5}s⋴\u{6}v⋳\u{5}v∈\
    \0it\u{2062}\u{3}ildeĩ\u{2}ukcyі\u{3}mlï\0jcircĵ\u{3}yй\u{2}mathȷ\u{2}sercyј\u{2}ukcyє\
    \0kappaκ\u{6}vϰ\u{2}cedilķ\u{3}yк\u{2}greenĸ\u{2}hcyх\u{2}jcyќ\0lAarr⇚\u{3}rr⇐\u{3}tail⤛\
    \u{2}Barr⤎\u{2}E≦\u{3}g⪋\u{2}Har⥢\u{2}acuteĺ\u{3}emptyv⦴\u{3}granℒ\u{3}mbdaλ\u{3}ng⟨\
    \u{5}d⦑\u{5}le⟨\u{3}p⪅\u{3}quo«\0larr←\u{5}b⇤\u{6}fs⤟\u{5}fs⤝\u{5}hk↩\u{5}lp↫\u{5}pl⤹\
    \u{5}sim⥳\u{5}tl↢\u{3}t⪫\u{4}ail⤙\u{4}e⪭\u{5}s⪭\u{fe00}\u{2}barr⤌\u{3}brk❲\u{3}race{\
    \u{6}k[\u{4}ke⦋\u{5}sld⦏\u{7}u⦍\u{2}caronľ\u{3}edilļ\u{4}il⌈\u{3}ub{\u{3}yл\u{2}dca⤶\
    \u{3}quo\u{201c}\u{6}r\u{201e}\u{3}rdhar⥧\u{4}ushar⥋\u{3}sh↲\u{2}e≤\0leftarrow←\u{c}tail↢\
    \u{5}harpoondown↽\u{e}up↼\u{5}leftarrows⇇\u{5}rightarrow↔\u{11}s⇆\u{c}harpoons⇋\
    \u{c}squigarrow↭\u{5}threetimes⋋\u{3}g⋚\u{3}q≤\u{4}q≦\u{4}slant⩽\u{3}s⩽\u{4}cc⪨\u{4}dot⩿\
    \u{7}o⪁\u{8}r⪃\u{4}g⋚\u{fe00}\u{5}es⪓\u{4}sapprox⪅\u{5}dot⋖\u{5}eqgtr⋚\u{7}qgtr⪋\u{5}gtr≶\
    \u{5}sim≲\u{2}fisht⥼\u{3}loor⌊\u{2}g≶\u{3}E⪑\u{2}hard↽\0lharu↼\u{6}l⥪\u{3}blk▄\u{2}jcyљ\
    \u{2}l≪\u{3}arr⇇\u{3}corner⌞\u{3}hard⥫\u{3}tri◺\u{2}midotŀ\u{3}oust⎰\u{7}ache⎰\u{2}nE≨\
    \u{3}ap⪉\u{5}prox⪉\u{3}e⪇\u{4}q⪇\u{5}q≨\u{3}sim⋦\u{2}oang⟬\u{4}rr⇽\u{3}brk⟦\
    \u{3}ngleftarrow⟵\u{b}rightarrow⟷\u{5}mapsto⟼\u{5}rightarrow⟶\u{3}oparrowleft↫\u{c}right↬\
    \u{3}par⦅\u{4}lus⨭\u{3}times⨴\u{3}wast∗\0lowbar_\u{3}z◊\u{4}enge◊\u{4}f⧫\u{2}par(\u{5}lt⦓\
    \u{2}rarr⇆\u{3}corner⌟\u{3}har⇋\u{6}d⥭\u{3}m\u{200e}\u{3}tri⊿\u{2}saquo\u{2039}\u{3}h↰\
    \u{3}im≲\u{5}e⪍\u{5}g⪏\u{3}qb[\u{4}uo\u{2018}\u{6}r\u{201a}\u{3}trokł\u{2}t<\u{3}cc⪦\
    \u{4}ir⩹\u{3}dot⋖\u{3}hree⋋\u{3}imes⋉\u{3}larr⥶\u{3}quest⩻\u{3}rPar⦖\u{4}i◃\u{5}e⊴\0ltrif◂\
    \u{2}urdshar⥊\u{4}uhar⥦\u{2}vertneqq≨\u{fe00}\u{3}nE≨\u{fe00}\0mDDot∺\u{2}acr¯\u{3}le♂\
    \u{4}t✠\u{5}ese✠\u{3}p↦\u{4}sto↦\u{7}down↧\u{7}left↤\u{7}up↥\u{3}rker▮\u{2}comma⨩\u{3}yм\
    \u{2}dash\u{2014}\u{2}easuredangle∡\u{2}ho℧\u{2}icroµ\u{3}d∣\u{4}ast*\u{4}cir⫰\u{4}dot·\
    \u{3}nus−\u{6}b⊟\u{6}d∸\u{7}u⨪\u{2}lcp⫛\u{3}dr\u{2026}\0mnplus∓\u{2}odels⊧\u{2}p∓\
    \u{2}stpos∾\u{2}uμ\u{3}ltimap⊸\u{3}map⊸\0nGg⋙\u{338}\u{3}t≫\u{20d2}\u{4}v≫\u{338}\
    \u{2}Leftarrow⇍\u{6}rightarrow⇎\u{3}l⋘\u{338}\u{3}t≪\u{20d2}\u{4}v≪\u{338}\u{2}Rightarrow⇏\
    \u{2}VDash⊯\u{3}dash⊮\u{2}abla∇\u{3}cuteń\u{3}ng∠\u{20d2}\u{3}p≉\u{4}E⩰\u{338}\
    \u{4}id≋\u{338}\u{4}osŉ\u{4}prox≉\u{3}tur♮\u{6}al♮\u{8}sℕ\u{2}bsp\u{a0}\u{3}ump≎\u{338}\
    \u{6}e≏\u{338}\0ncap⩃\u{4}ronň\u{3}edilņ\u{3}ong≇\u{6}dot⩭\u{338}\u{3}up⩂\u{3}yн\
    \u{2}dash\u{2013}\u{2}e≠\u{3}Arr⇗\u{3}arhk⤤\u{5}r↗\u{6}ow↗\u{3}dot≐\u{338}\u{3}quiv≢\
    \u{3}sear⤨\u{4}im≂\u{338}\u{3}xist∄\u{7}s∄\u{2}gE≧\u{338}\u{3}e≱\u{4}q≱\u{5}q≧\u{338}\
    \u{5}slant⩾\u{338}\u{4}s⩾\u{338}\u{3}sim≵\u{3}t≯\u{4}r≯\u{2}hArr⇎\u{3}arr↮\u{3}par⫲\u{2}i∋\
    \0nis⋼\u{4}d⋺\u{3}v∋\u{2}jcyњ\u{2}lArr⇍\u{3}E≦\u{338}\u{3}arr↚\u{3}dr\u{2025}\u{3}e≰\
    \u{4}ftarrow↚\u{6}rightarrow↮\u{4}q≰\u{5}q≦\u{338}\u{5}slant⩽\u{338}\u{4}s⩽\u{338}\u{5}s≮\
    \u{3}sim≴\u{3}t≮\u{4}ri⋪\u{6}e⋬\u{2}mid∤\u{2}ot¬\u{4}in∉\u{6}E⋹\u{338}\u{6}dot⋵\u{338}\
    \u{6}va∉\u{7}b⋷\u{7}c⋶\u{4}ni∌\u{6}va∌\u{7}b⋾\u{7}c⋽\0npar∦\u{5}allel∦\u{5}sl⫽\u{20e5}\
    \u{5}t∂\u{338}\u{3}olint⨔\u{3}r⊀\u{4}cue⋠\u{4}e⪯\u{338}\u{5}c⊀\u{6}eq⪯\u{338}\u{2}rArr⇏\
    \u{3}arr↛\u{6}c⤳\u{338}\u{6}w↝\u{338}\u{3}ightarrow↛\u{3}tri⋫\u{6}e⋭\u{2}sc⊁\u{4}cue⋡\
    \u{4}e⪰\u{338}\u{3}hortmid∤\u{7}parallel∦\u{3}im≁\u{5}e≄\u{6}q≄\u{3}mid∤\u{3}par∦\
    \u{3}qsube⋢\u{6}pe⋣\u{3}ub⊄\u{5}E⫅\u{338}\u{5}e⊈\0nsubset⊂\u{20d2}\u{8}eq⊈\u{c}q⫅\u{338}\
    \u{4}cc⊁\u{6}eq⪰\u{338}\u{4}p⊅\u{5}E⫆\u{338}\u{5}e⊉\u{5}set⊃\u{20d2}\u{8}eq⊉\u{c}q⫆\u{338}\
    \u{2}tgl≹\u{3}ildeñ\u{3}lg≸\u{3}riangleleft⋪\u{10}eq⋬\u{c}right⋫\u{11}eq⋭\u{2}uν\u{3}m#\
    \u{4}ero№\u{4}sp\u{2007}\u{2}vDash⊭\u{3}Harr⤄\u{3}ap≍\u{20d2}\u{3}dash⊬\u{3}ge≥\u{20d2}\
    \u{4}t>\u{20d2}\u{3}infin⧞\u{3}lArr⤂\u{4}e≤\u{20d2}\u{4}t<\u{20d2}\0nvltrie⊴\u{20d2}\
    \u{3}rArr⤃\u{4}trie⊵\u{20d2}\u{3}sim∼\u{20d2}\u{2}wArr⇖\u{3}arhk⤣\u{5}r↖\u{6}ow↖\u{3}near⤧\
    \0oSⓈ\u{2}acuteó\u{3}st⊛\u{2}cir⊚\u{5}cô\u{3}yо\u{2}dash⊝\u{3}blacő\u{3}iv⨸\u{3}ot⊙\
    \u{3}sold⦼\u{2}eligœ\u{2}fcir⦿\u{2}gon˛\u{3}raveò\u{3}t⧁\u{2}hbar⦵\u{3}mΩ\u{2}int∮\
    \u{2}larr↺\u{3}cir⦾\u{4}ross⦻\u{3}ine\u{203e}\0olt⧀\u{2}macrō\u{3}egaω\u{3}icronο\u{4}d⦶\
    \u{4}nus⊖\u{2}par⦷\u{3}erp⦹\u{3}lus⊕\u{2}r∨\u{3}arr↻\u{3}d⩝\u{4}erℴ\u{6}ofℴ\u{4}fª\u{4}mº\
    \u{3}igof⊶\u{3}or⩖\u{3}slope⩗\u{3}v⩛\u{2}slashø\u{3}ol⊘\u{2}tildeõ\u{4}mes⊗\u{7}as⨶\
    \u{2}umlö\u{2}vbar⌽\0par∥\u{4}a¶\u{5}llel∥\u{4}sim⫳\u{5}l⫽\0part∂\u{2}cyп\u{2}ercnt%\
    \u{4}iod.\u{4}mil\u{2030}\u{4}p⊥\u{4}tenk\u{2031}\u{2}hiφ\u{4}vϕ\u{3}mmatℳ\u{3}one☎\u{2}iπ\
    \u{3}tchfork⋔\u{3}vϖ\u{2}lanckℏ\u{7}hℎ\u{5}kvℏ\u{3}us+\u{5}acir⨣\u{5}b⊞\u{5}cir⨢\u{5}do∔\
    \u{6}u⨥\u{5}e⩲\u{5}mn±\u{5}sim⨦\u{5}two⨧\u{2}m±\u{2}ointint⨕\u{3}und£\u{2}r≺\u{3}E⪳\0prap⪷\
    \u{3}cue≼\u{3}e⪯\u{4}c≺\u{5}approx⪷\u{5}curlyeq≼\u{5}eq⪯\u{5}napprox⪹\u{6}eqq⪵\u{6}sim⋨\
    \u{5}sim≾\u{3}ime\u{2032}\u{6}sℙ\u{3}nE⪵\u{4}ap⪹\u{4}sim⋨\u{3}od∏\u{4}falar⌮\u{5}line⌒\
    \u{5}surf⌓\u{4}p∝\u{5}to∝\u{3}sim≾\u{3}urel⊰\u{2}siψ\u{2}uncsp\u{2008}\0qint⨌\
    \u{2}prime\u{2057}\u{2}uaternionsℍ\u{5}int⨖\u{3}est?\u{6}eq≟\0quot\"\0rAarr⇛\u{3}rr⇒\
    \u{3}tail⤜\u{2}Barr⤏\u{2}Har⥤\u{2}ace∽\u{331}\u{4}uteŕ\u{3}dic√\u{3}emptyv⦳\u{3}ng⟩\u{5}d⦒\
    \u{5}e⦥\u{5}le⟩\u{3}quo»\u{3}rr→\u{5}ap⥵\u{5}b⇥\u{6}fs⤠\u{5}c⤳\u{5}fs⤞\u{5}hk↪\u{5}lp↬\
    \u{5}pl⥅\u{5}sim⥴\u{5}tl↣\u{5}w↝\u{3}tail⤚\u{4}io∶\u{6}nalsℚ\u{2}barr⤍\u{3}brk❳\0rbrace}\
    \u{6}k]\u{4}ke⦌\u{5}sld⦎\u{7}u⦐\u{2}caronř\u{3}edilŗ\u{4}il⌉\u{3}ub}\u{3}yр\u{2}dca⤷\
    \u{3}ldhar⥩\u{3}quo\u{201d}\u{6}r\u{201d}\u{3}sh↳\u{2}ealℜ\u{5}ineℛ\u{5}partℜ\u{5}sℝ\
    \u{3}ct▭\u{3}g®\u{2}fisht⥽\u{3}loor⌋\u{2}hard⇁\u{5}u⇀\u{6}l⥬\u{3}oρ\u{4}vϱ\u{2}ightarrow→\
    \u{d}tail↣\u{6}harpoondown⇁\u{f}up⇀\0rightleftarrows⇄\u{c}harpoons⇌\u{6}rightarrows⇉\
    \u{6}squigarrow↝\u{6}threetimes⋌\u{3}ng˚\u{3}singdotseq≓\u{2}larr⇄\u{3}har⇌\u{3}m\u{200f}\
    \u{2}moust⎱\u{7}ache⎱\u{2}nmid⫮\u{2}oang⟭\u{4}rr⇾\u{3}brk⟧\u{3}par⦆\u{4}lus⨮\u{3}times⨵\
    \u{2}par)\u{5}gt⦔\u{3}polint⨒\u{2}rarr⇉\u{2}saquo\u{203a}\u{3}h↱\u{3}qb]\u{4}uo\u{2019}\
    \u{6}r\u{2019}\u{2}three⋌\u{3}imes⋊\u{3}ri▹\u{5}e⊵\0rtrif▸\u{5}ltri⧎\u{2}uluhar⥨\u{2}x℞\
    \0sacuteś\u{2}bquo\u{201a}\u{2}c≻\u{3}E⪴\u{3}ap⪸\u{4}ronš\u{3}cue≽\u{3}e⪰\u{4}dilş\
    \u{3}ircŝ\u{3}nE⪶\u{4}ap⪺\u{4}sim⋩\u{3}polint⨓\u{3}sim≿\u{3}yс\u{2}dot⋅\u{5}b⊡\u{5}e⩦\
    \u{2}eArr⇘\u{3}arhk⤥\u{5}r↘\u{6}ow↘\u{3}ct§\u{3}mi;\u{3}swar⤩\u{3}tminus∖\u{5}n∖\0sext✶\
    \u{2}frown⌢\u{2}harp♯\u{3}chcyщ\u{4}yш\u{3}ortmid∣\u{6}parallel∥\u{3}y\u{ad}\u{2}igmaσ\
    \u{6}fς\u{6}vς\u{3}m∼\u{4}dot⩪\u{4}e≃\u{5}q≃\u{4}g⪞\u{5}E⪠\u{4}l⪝\u{5}E⪟\u{4}ne≆\u{4}plus⨤\
    \u{4}rarr⥲\u{2}larr←\u{2}mallsetminus∖\u{4}shp⨳\u{3}eparsl⧤\u{3}id∣\u{4}le⌣\u{3}t⪪\u{4}e⪬\
    \u{5}s⪬\u{fe00}\u{2}oftcyь\0sol/\u{4}b⧄\u{5}ar⌿\u{2}pades♠\u{7}uit♠\u{4}r∥\u{2}qcap⊓\
    \u{6}s⊓\u{fe00}\u{4}up⊔\u{6}s⊔\u{fe00}\u{3}sub⊏\u{6}e⊑\u{6}set⊏\u{b}eq⊑\u{5}p⊐\u{6}e⊒\
    \u{6}set⊐\u{b}eq⊒\u{3}u□\u{4}are□\u{6}f▪\u{4}f▪\u{2}rarr→\u{2}setmn∖\u{3}mile⌣\u{3}tarf⋆\
    \u{2}tar☆\u{5}f★\u{3}raightepsilonϵ\u{b}phiϕ\u{4}ns¯\u{2}ub⊂\0subE⫅\u{4}dot⪽\u{4}e⊆\
    \u{5}dot⫃\u{4}mult⫁\u{4}nE⫋\u{5}e⊊\u{4}plus⪿\u{4}rarr⥹\u{4}set⊂\u{7}eq⊆\u{b}q⫅\u{7}neq⊊\
    \u{c}q⫋\u{5}im⫇\u{5}ub⫕\u{6}p⫓\u{3}cc≻\u{5}approx⪸\u{5}curlyeq≽\u{5}eq⪰\u{5}napprox⪺\
    \u{6}eqq⪶\u{6}sim⋩\u{5}sim≿\u{3}m∑\u{3}ng♪\u{3}p⊃\u{4}1¹\u{4}2²\u{4}3³\u{4}E⫆\0supdot⪾\
    \u{5}sub⫘\u{4}e⊇\u{5}dot⫄\u{4}hsol⟉\u{6}ub⫗\u{4}larr⥻\u{4}mult⫂\u{4}nE⫌\u{5}e⊋\u{4}plus⫀\
    \u{4}set⊃\u{7}eq⊇\u{b}q⫆\u{7}neq⊋\u{c}q⫌\u{5}im⫈\u{5}ub⫔\u{6}p⫖\u{2}wArr⇙\u{3}arhk⤦\u{5}r↙\
    \u{6}ow↙\u{3}nwar⤪\u{2}zligß\0target⌖\u{3}uτ\u{2}brk⎴\u{2}caronť\u{3}edilţ\u{3}yт\
    \u{2}dot\u{20db}\0telrec⌕\u{2}here4∴\u{6}fore∴\u{4}taθ\u{6}symϑ\u{6}vϑ\u{3}ickapprox≈\
    \u{6}sim∼\u{4}nsp\u{2009}\u{3}kap≈\u{4}sim∼\u{3}ornþ\u{2}ilde˜\u{3}mes×\u{6}b⊠\u{7}ar⨱\
    \u{6}d⨰\u{3}nt∭\u{2}oea⤨\u{3}p⊤\u{4}bot⌶\u{4}cir⫱\u{4}fork⫚\u{3}sa⤩\u{2}prime\u{2034}\
    \u{2}rade™\u{3}iangle▵\u{b}down▿\u{b}left◃\u{f}eq⊴\u{b}q≜\u{b}right▹\0trianglerighteq⊵\
    \u{4}dot◬\u{4}e≜\u{4}minus⨺\u{4}plus⨹\u{4}sb⧍\u{4}time⨻\u{3}pezium⏢\u{2}scyц\u{3}hcyћ\
    \u{3}trokŧ\u{2}wixt≬\u{3}oheadleftarrow↞\u{8}rightarrow↠\0uArr⇑\u{2}Har⥣\u{2}acuteú\
    \u{3}rr↑\u{2}brcyў\u{4}eveŭ\u{2}circû\u{3}yу\u{2}darr⇅\u{3}blacű\u{3}har⥮\u{2}fisht⥾\
    \u{2}graveù\u{2}harl↿\u{5}r↾\u{3}blk▀\u{2}lcorn⌜\u{7}er⌜\0ulcrop⌏\u{3}tri◸\u{2}macrū\
    \u{3}l¨\u{2}ogonų\u{2}parrow↑\u{3}downarrow↕\u{3}harpoonleft↿\u{c}right↾\u{3}lus⊎\u{3}siυ\
    \u{5}hϒ\u{5}lonυ\u{3}uparrows⇈\u{2}rcorn⌝\u{7}er⌝\u{4}rop⌎\u{3}ingů\u{3}tri◹\u{2}tdot⋰\
    \u{3}ildeũ\u{3}ri▵\u{5}f▴\u{2}uarr⇈\u{3}mlü\u{2}wangle⦧\0vArr⇕\u{2}Bar⫨\u{5}v⫩\u{2}Dash⊨\
    \u{2}angrt⦜\u{3}repsilonϵ\0varkappaϰ\u{4}nothing∅\u{4}phiϕ\u{5}iϖ\u{5}ropto∝\u{4}r↕\
    \u{5}hoϱ\u{4}sigmaς\u{5}ubsetneq⊊\u{fe00}\u{f}q⫋\u{fe00}\u{6}psetneq⊋\u{fe00}\
    \u{f}q⫌\u{fe00}\u{4}thetaϑ\u{5}riangleleft⊲\u{e}right⊳\u{2}cyв\u{2}dash⊢\u{2}ee∨\u{4}bar⊻\
    \u{4}eq≚\u{3}llip⋮\u{3}rbar|\u{4}t|\u{2}ltri⊲\u{2}nsub⊂\u{20d2}\u{5}p⊃\u{20d2}\u{2}prop∝\
    \u{2}rtri⊳\u{2}subnE⫋\u{fe00}\u{6}e⊊\u{fe00}\u{4}pnE⫌\u{fe00}\u{6}e⊋\u{fe00}\0vzigzag⦚\
    \0wcircŵ\u{2}edbar⩟\u{4}ge∧\u{6}q≙\u{3}ierp℘\u{2}p℘\u{2}r≀\u{3}eath≀\0xcap⋂\u{3}irc◯\
    \u{3}up⋃\u{2}dtri▽\u{2}hArr⟺\u{3}arr⟷\u{2}iξ\u{2}lArr⟸\u{3}arr⟵\u{2}map⟼\u{2}nis⋻\
    \u{2}odot⨀\u{3}plus⨁\u{3}time⨂\u{2}rArr⟹\u{3}arr⟶\u{2}sqcup⨆\u{2}uplus⨄\u{3}tri△\u{2}vee⋁\
    \u{2}wedge⋀\0yacuteý\u{4}yя\0ycircŷ\u{3}yы\u{2}en¥\u{2}icyї\u{2}ucyю\u{3}mlÿ\0zacuteź\
    \u{2}caronž\u{3}yз\u{2}dotż\u{2}eetrfℨ\u{3}taζ\u{2}hcyж\u{2}igrarr⇝\u{2}wj\u{200d}\
    \u{3}nj\u{200c}";

/// The longest HTML5 name (`CounterClockwiseContourIntegral`), in [`ENTRIES`] or asked of the
/// browser (`dom::entities`).
pub const MAX_NAME: usize = 31;

#[cfg(feature = "entity-table")]
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
    if let Some(value) = common(name) {
        return Some(Cow::Borrowed(value));
    }
    #[cfg(feature = "entity-table")]
    {
        if let Some(c) = math_letter(name) {
            return Some(Cow::Owned(c.to_string()));
        }
        // The one value that starts with a letter, which the table could not tell from its name.
        if name == "fjlig" {
            return Some(Cow::Borrowed("fj"));
        }
        listed(name).map(Cow::Borrowed)
    }
    #[cfg(not(feature = "entity-table"))]
    {
        let platform = PLATFORM_LOOKUP.get()?;
        platform(name).map(Cow::Owned)
    }
}

/// The names publishers' JSON-LD carries most, answered without a search or a call into the
/// browser. Counted in `../shared/realworld-jsonld/` (72 sites' pages): 1,709 of its 1,871
/// named references are these six; the rest are accented Latin letters (`&oacute;`,
/// `&atilde;`, ...) in 5 pages.
pub(crate) fn common(name: &str) -> Option<&'static str> {
    Some(match name {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        "nbsp" => "\u{a0}",
        _ => return None,
    })
}

/// How the browser's HTML parser is asked for a name outside [`common`] when the table is
/// not compiled in: the name without `&` and `;` in, its characters out.
#[cfg(not(feature = "entity-table"))]
pub type PlatformLookup = fn(&str) -> Option<String>;

#[cfg(not(feature = "entity-table"))]
static PLATFORM_LOOKUP: OnceLock<PlatformLookup> = OnceLock::new();

/// Installs the browser's answer for the names outside [`common`]; the widget does it once
/// as it starts. Until then (and where it is never installed) those references stay as
/// written, as unknown names do.
#[cfg(not(feature = "entity-table"))]
pub fn use_platform_lookup(lookup: PlatformLookup) {
    // A second call (a second start) installs the same function: nothing to do.
    let _ = PLATFORM_LOOKUP.set(lookup);
}

/// Every name of the table with its characters (browser tests compare the platform's
/// answers with these).
#[cfg(feature = "entity-table")]
pub fn all() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = listed_entries()
        .unwrap_or_default()
        .into_iter()
        .map(|(name, value)| (name, value.to_string()))
        .collect();
    for family in ["fr", "opf", "scr"] {
        for letter in ('A'..='Z').chain('a'..='z') {
            let name = format!("{letter}{family}");
            if let Some(value) = math_letter(&name) {
                out.push((name, value.to_string()));
            }
        }
    }
    out.push(("fjlig".to_string(), "fj".to_string()));
    out.sort();
    out
}

/// Every entry of [`ENTRIES`] in order, its name rebuilt from the front coding independently
/// of [`listed`]'s search; `None` if an entry is malformed.
#[cfg(feature = "entity-table")]
fn listed_entries() -> Option<Vec<(String, &'static str)>> {
    let blob = ENTRIES.as_bytes();
    let mut out: Vec<(String, &'static str)> = Vec::new();
    let mut at = 0;
    while at < blob.len() {
        let keep = shared(blob[at])?;
        let split = name_end(blob, at + 1)?;
        let next = (split + 1..blob.len())
            .find(|&i| shared(blob[i]).is_some())
            .unwrap_or(blob.len());
        let previous = out.last().map_or("", |(name, _)| name.as_str());
        let name = format!("{}{}", previous.get(..keep)?, &ENTRIES[at + 1..split]);
        out.push((name, &ENTRIES[split..next]));
        at = next;
    }
    Some(out)
}

#[cfg(feature = "entity-table")]
/// Where the name that starts at `at` ends (its value starts).
fn name_end(blob: &[u8], at: usize) -> Option<usize> {
    let len = blob
        .get(at..)?
        .iter()
        .position(|b| !b.is_ascii_alphanumeric())?;
    Some(at + len)
}

#[cfg(feature = "entity-table")]
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

#[cfg(feature = "entity-table")]
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
        let end = name_end(blob, start + 1)?;
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
        let split = name_end(blob, at + 1)?;
        let rest = &blob[at + 1..split];
        // The value is at least one byte, and a marker is never part of one.
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
            Ordering::Equal => return ENTRIES.get(split..next),
            Ordering::Greater => return None,
            Ordering::Less => at = next,
        }
    }
}

#[cfg(feature = "entity-table")]
#[cfg(test)]
mod tests {
    use super::*;

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
        let listed = listed_entries().expect("every entry well-formed");
        assert_eq!(listed.len(), 2125 - 156 - 1);
        assert!(listed.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(listed.iter().all(|(name, _)| name.len() <= MAX_NAME));
        for family in ["fr", "opf", "scr"] {
            for letter in ('A'..='Z').chain('a'..='z') {
                let name = format!("{letter}{family}");
                assert!(listed.iter().all(|(listed, _)| *listed != name), "{name}");
                assert!(
                    math_letter(&name).is_some(),
                    "{name}: a mathematical letter"
                );
            }
        }
        // The listed entries, the 156 mathematical letters and `fjlig`, sorted.
        let all = all();
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

    #[test]
    fn common_names_agree_with_the_table() {
        for name in ["amp", "lt", "gt", "quot", "apos", "nbsp"] {
            assert_eq!(common(name), listed(name), "{name}");
        }
        assert_eq!(common("eacute"), None);
    }

    #[test]
    fn all_lists_every_name_once_with_its_value() {
        let all = all();
        assert_eq!(all.len(), 2125);
        assert!(all.windows(2).all(|w| w[0].0 < w[1].0));
        for (name, value) in &all {
            assert_eq!(lookup(name).as_deref(), Some(value.as_str()), "{name}");
        }
    }
}

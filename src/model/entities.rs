//! Every named character reference of HTML5 (the 2,125 terminated ones of the WHATWG list),
//! for bodies and text fields that CMSs fill with `&eacute;` or `&hellip;`. Kept compactly
//! as one sorted string of `name`, U+0001, `value`, NUL entries (about 25 KB in the bundle,
//! under half of a table of string pairs) and searched by bisection over its bytes.
//! Generated from the WHATWG list (as Python's `html.entities.html5` carries it).

/// The entries, sorted by name: the name (ASCII letters and digits), U+0001, its one or two
/// characters, NUL. No value contains U+0001 or NUL.
const ENTRIES: &str = "\
    AElig\u{1}Æ\0AMP\u{1}&\0Aacute\u{1}Á\0Abreve\u{1}Ă\0Acirc\u{1}Â\0Acy\u{1}А\0Afr\u{1}𝔄\0\
    Agrave\u{1}À\0Alpha\u{1}Α\0Amacr\u{1}Ā\0And\u{1}⩓\0Aogon\u{1}Ą\0Aopf\u{1}𝔸\0\
    ApplyFunction\u{1}\u{2061}\0Aring\u{1}Å\0Ascr\u{1}𝒜\0Assign\u{1}≔\0Atilde\u{1}Ã\0\
    Auml\u{1}Ä\0Backslash\u{1}∖\0Barv\u{1}⫧\0Barwed\u{1}⌆\0Bcy\u{1}Б\0Because\u{1}∵\0\
    Bernoullis\u{1}ℬ\0Beta\u{1}Β\0Bfr\u{1}𝔅\0Bopf\u{1}𝔹\0Breve\u{1}˘\0Bscr\u{1}ℬ\0\
    Bumpeq\u{1}≎\0CHcy\u{1}Ч\0COPY\u{1}©\0Cacute\u{1}Ć\0Cap\u{1}⋒\0CapitalDifferentialD\u{1}ⅅ\0\
    Cayleys\u{1}ℭ\0Ccaron\u{1}Č\0Ccedil\u{1}Ç\0Ccirc\u{1}Ĉ\0Cconint\u{1}∰\0Cdot\u{1}Ċ\0\
    Cedilla\u{1}¸\0CenterDot\u{1}·\0Cfr\u{1}ℭ\0Chi\u{1}Χ\0CircleDot\u{1}⊙\0CircleMinus\u{1}⊖\0\
    CirclePlus\u{1}⊕\0CircleTimes\u{1}⊗\0ClockwiseContourIntegral\u{1}∲\0\
    CloseCurlyDoubleQuote\u{1}\u{201d}\0CloseCurlyQuote\u{1}\u{2019}\0Colon\u{1}∷\0\
    Colone\u{1}⩴\0Congruent\u{1}≡\0Conint\u{1}∯\0ContourIntegral\u{1}∮\0Copf\u{1}ℂ\0\
    Coproduct\u{1}∐\0CounterClockwiseContourIntegral\u{1}∳\0Cross\u{1}⨯\0Cscr\u{1}𝒞\0\
    Cup\u{1}⋓\0CupCap\u{1}≍\0DD\u{1}ⅅ\0DDotrahd\u{1}⤑\0DJcy\u{1}Ђ\0DScy\u{1}Ѕ\0DZcy\u{1}Џ\0\
    Dagger\u{1}\u{2021}\0Darr\u{1}↡\0Dashv\u{1}⫤\0Dcaron\u{1}Ď\0Dcy\u{1}Д\0Del\u{1}∇\0\
    Delta\u{1}Δ\0Dfr\u{1}𝔇\0DiacriticalAcute\u{1}´\0DiacriticalDot\u{1}˙\0\
    DiacriticalDoubleAcute\u{1}˝\0DiacriticalGrave\u{1}`\0DiacriticalTilde\u{1}˜\0\
    Diamond\u{1}⋄\0DifferentialD\u{1}ⅆ\0Dopf\u{1}𝔻\0Dot\u{1}¨\0DotDot\u{1}\u{20dc}\0\
    DotEqual\u{1}≐\0DoubleContourIntegral\u{1}∯\0DoubleDot\u{1}¨\0DoubleDownArrow\u{1}⇓\0\
    DoubleLeftArrow\u{1}⇐\0DoubleLeftRightArrow\u{1}⇔\0DoubleLeftTee\u{1}⫤\0\
    DoubleLongLeftArrow\u{1}⟸\0DoubleLongLeftRightArrow\u{1}⟺\0DoubleLongRightArrow\u{1}⟹\0\
    DoubleRightArrow\u{1}⇒\0DoubleRightTee\u{1}⊨\0DoubleUpArrow\u{1}⇑\0\
    DoubleUpDownArrow\u{1}⇕\0DoubleVerticalBar\u{1}∥\0DownArrow\u{1}↓\0DownArrowBar\u{1}⤓\0\
    DownArrowUpArrow\u{1}⇵\0DownBreve\u{1}\u{311}\0DownLeftRightVector\u{1}⥐\0\
    DownLeftTeeVector\u{1}⥞\0DownLeftVector\u{1}↽\0DownLeftVectorBar\u{1}⥖\0\
    DownRightTeeVector\u{1}⥟\0DownRightVector\u{1}⇁\0DownRightVectorBar\u{1}⥗\0DownTee\u{1}⊤\0\
    DownTeeArrow\u{1}↧\0Downarrow\u{1}⇓\0Dscr\u{1}𝒟\0Dstrok\u{1}Đ\0ENG\u{1}Ŋ\0ETH\u{1}Ð\0\
    Eacute\u{1}É\0Ecaron\u{1}Ě\0Ecirc\u{1}Ê\0Ecy\u{1}Э\0Edot\u{1}Ė\0Efr\u{1}𝔈\0Egrave\u{1}È\0\
    Element\u{1}∈\0Emacr\u{1}Ē\0EmptySmallSquare\u{1}◻\0EmptyVerySmallSquare\u{1}▫\0\
    Eogon\u{1}Ę\0Eopf\u{1}𝔼\0Epsilon\u{1}Ε\0Equal\u{1}⩵\0EqualTilde\u{1}≂\0Equilibrium\u{1}⇌\0\
    Escr\u{1}ℰ\0Esim\u{1}⩳\0Eta\u{1}Η\0Euml\u{1}Ë\0Exists\u{1}∃\0ExponentialE\u{1}ⅇ\0\
    Fcy\u{1}Ф\0Ffr\u{1}𝔉\0FilledSmallSquare\u{1}◼\0FilledVerySmallSquare\u{1}▪\0Fopf\u{1}𝔽\0\
    ForAll\u{1}∀\0Fouriertrf\u{1}ℱ\0Fscr\u{1}ℱ\0GJcy\u{1}Ѓ\0GT\u{1}>\0Gamma\u{1}Γ\0\
    Gammad\u{1}Ϝ\0Gbreve\u{1}Ğ\0Gcedil\u{1}Ģ\0Gcirc\u{1}Ĝ\0Gcy\u{1}Г\0Gdot\u{1}Ġ\0Gfr\u{1}𝔊\0\
    Gg\u{1}⋙\0Gopf\u{1}𝔾\0GreaterEqual\u{1}≥\0GreaterEqualLess\u{1}⋛\0GreaterFullEqual\u{1}≧\0\
    GreaterGreater\u{1}⪢\0GreaterLess\u{1}≷\0GreaterSlantEqual\u{1}⩾\0GreaterTilde\u{1}≳\0\
    Gscr\u{1}𝒢\0Gt\u{1}≫\0HARDcy\u{1}Ъ\0Hacek\u{1}ˇ\0Hat\u{1}^\0Hcirc\u{1}Ĥ\0Hfr\u{1}ℌ\0\
    HilbertSpace\u{1}ℋ\0Hopf\u{1}ℍ\0HorizontalLine\u{1}─\0Hscr\u{1}ℋ\0Hstrok\u{1}Ħ\0\
    HumpDownHump\u{1}≎\0HumpEqual\u{1}≏\0IEcy\u{1}Е\0IJlig\u{1}Ĳ\0IOcy\u{1}Ё\0Iacute\u{1}Í\0\
    Icirc\u{1}Î\0Icy\u{1}И\0Idot\u{1}İ\0Ifr\u{1}ℑ\0Igrave\u{1}Ì\0Im\u{1}ℑ\0Imacr\u{1}Ī\0\
    ImaginaryI\u{1}ⅈ\0Implies\u{1}⇒\0Int\u{1}∬\0Integral\u{1}∫\0Intersection\u{1}⋂\0\
    InvisibleComma\u{1}\u{2063}\0InvisibleTimes\u{1}\u{2062}\0Iogon\u{1}Į\0Iopf\u{1}𝕀\0\
    Iota\u{1}Ι\0Iscr\u{1}ℐ\0Itilde\u{1}Ĩ\0Iukcy\u{1}І\0Iuml\u{1}Ï\0Jcirc\u{1}Ĵ\0Jcy\u{1}Й\0\
    Jfr\u{1}𝔍\0Jopf\u{1}𝕁\0Jscr\u{1}𝒥\0Jsercy\u{1}Ј\0Jukcy\u{1}Є\0KHcy\u{1}Х\0KJcy\u{1}Ќ\0\
    Kappa\u{1}Κ\0Kcedil\u{1}Ķ\0Kcy\u{1}К\0Kfr\u{1}𝔎\0Kopf\u{1}𝕂\0Kscr\u{1}𝒦\0LJcy\u{1}Љ\0\
    LT\u{1}<\0Lacute\u{1}Ĺ\0Lambda\u{1}Λ\0Lang\u{1}⟪\0Laplacetrf\u{1}ℒ\0Larr\u{1}↞\0\
    Lcaron\u{1}Ľ\0Lcedil\u{1}Ļ\0Lcy\u{1}Л\0LeftAngleBracket\u{1}⟨\0LeftArrow\u{1}←\0\
    LeftArrowBar\u{1}⇤\0LeftArrowRightArrow\u{1}⇆\0LeftCeiling\u{1}⌈\0LeftDoubleBracket\u{1}⟦\0\
    LeftDownTeeVector\u{1}⥡\0LeftDownVector\u{1}⇃\0LeftDownVectorBar\u{1}⥙\0LeftFloor\u{1}⌊\0\
    LeftRightArrow\u{1}↔\0LeftRightVector\u{1}⥎\0LeftTee\u{1}⊣\0LeftTeeArrow\u{1}↤\0\
    LeftTeeVector\u{1}⥚\0LeftTriangle\u{1}⊲\0LeftTriangleBar\u{1}⧏\0LeftTriangleEqual\u{1}⊴\0\
    LeftUpDownVector\u{1}⥑\0LeftUpTeeVector\u{1}⥠\0LeftUpVector\u{1}↿\0LeftUpVectorBar\u{1}⥘\0\
    LeftVector\u{1}↼\0LeftVectorBar\u{1}⥒\0Leftarrow\u{1}⇐\0Leftrightarrow\u{1}⇔\0\
    LessEqualGreater\u{1}⋚\0LessFullEqual\u{1}≦\0LessGreater\u{1}≶\0LessLess\u{1}⪡\0\
    LessSlantEqual\u{1}⩽\0LessTilde\u{1}≲\0Lfr\u{1}𝔏\0Ll\u{1}⋘\0Lleftarrow\u{1}⇚\0\
    Lmidot\u{1}Ŀ\0LongLeftArrow\u{1}⟵\0LongLeftRightArrow\u{1}⟷\0LongRightArrow\u{1}⟶\0\
    Longleftarrow\u{1}⟸\0Longleftrightarrow\u{1}⟺\0Longrightarrow\u{1}⟹\0Lopf\u{1}𝕃\0\
    LowerLeftArrow\u{1}↙\0LowerRightArrow\u{1}↘\0Lscr\u{1}ℒ\0Lsh\u{1}↰\0Lstrok\u{1}Ł\0\
    Lt\u{1}≪\0Map\u{1}⤅\0Mcy\u{1}М\0MediumSpace\u{1}\u{205f}\0Mellintrf\u{1}ℳ\0Mfr\u{1}𝔐\0\
    MinusPlus\u{1}∓\0Mopf\u{1}𝕄\0Mscr\u{1}ℳ\0Mu\u{1}Μ\0NJcy\u{1}Њ\0Nacute\u{1}Ń\0Ncaron\u{1}Ň\0\
    Ncedil\u{1}Ņ\0Ncy\u{1}Н\0NegativeMediumSpace\u{1}\u{200b}\0\
    NegativeThickSpace\u{1}\u{200b}\0NegativeThinSpace\u{1}\u{200b}\0\
    NegativeVeryThinSpace\u{1}\u{200b}\0NestedGreaterGreater\u{1}≫\0NestedLessLess\u{1}≪\0\
    NewLine\u{1}\u{a}\0Nfr\u{1}𝔑\0NoBreak\u{1}\u{2060}\0NonBreakingSpace\u{1}\u{a0}\0\
    Nopf\u{1}ℕ\0Not\u{1}⫬\0NotCongruent\u{1}≢\0NotCupCap\u{1}≭\0NotDoubleVerticalBar\u{1}∦\0\
    NotElement\u{1}∉\0NotEqual\u{1}≠\0NotEqualTilde\u{1}≂\u{338}\0NotExists\u{1}∄\0\
    NotGreater\u{1}≯\0NotGreaterEqual\u{1}≱\0NotGreaterFullEqual\u{1}≧\u{338}\0\
    NotGreaterGreater\u{1}≫\u{338}\0NotGreaterLess\u{1}≹\0NotGreaterSlantEqual\u{1}⩾\u{338}\0\
    NotGreaterTilde\u{1}≵\0NotHumpDownHump\u{1}≎\u{338}\0NotHumpEqual\u{1}≏\u{338}\0\
    NotLeftTriangle\u{1}⋪\0NotLeftTriangleBar\u{1}⧏\u{338}\0NotLeftTriangleEqual\u{1}⋬\0\
    NotLess\u{1}≮\0NotLessEqual\u{1}≰\0NotLessGreater\u{1}≸\0NotLessLess\u{1}≪\u{338}\0\
    NotLessSlantEqual\u{1}⩽\u{338}\0NotLessTilde\u{1}≴\0NotNestedGreaterGreater\u{1}⪢\u{338}\0\
    NotNestedLessLess\u{1}⪡\u{338}\0NotPrecedes\u{1}⊀\0NotPrecedesEqual\u{1}⪯\u{338}\0\
    NotPrecedesSlantEqual\u{1}⋠\0NotReverseElement\u{1}∌\0NotRightTriangle\u{1}⋫\0\
    NotRightTriangleBar\u{1}⧐\u{338}\0NotRightTriangleEqual\u{1}⋭\0\
    NotSquareSubset\u{1}⊏\u{338}\0NotSquareSubsetEqual\u{1}⋢\0NotSquareSuperset\u{1}⊐\u{338}\0\
    NotSquareSupersetEqual\u{1}⋣\0NotSubset\u{1}⊂\u{20d2}\0NotSubsetEqual\u{1}⊈\0\
    NotSucceeds\u{1}⊁\0NotSucceedsEqual\u{1}⪰\u{338}\0NotSucceedsSlantEqual\u{1}⋡\0\
    NotSucceedsTilde\u{1}≿\u{338}\0NotSuperset\u{1}⊃\u{20d2}\0NotSupersetEqual\u{1}⊉\0\
    NotTilde\u{1}≁\0NotTildeEqual\u{1}≄\0NotTildeFullEqual\u{1}≇\0NotTildeTilde\u{1}≉\0\
    NotVerticalBar\u{1}∤\0Nscr\u{1}𝒩\0Ntilde\u{1}Ñ\0Nu\u{1}Ν\0OElig\u{1}Œ\0Oacute\u{1}Ó\0\
    Ocirc\u{1}Ô\0Ocy\u{1}О\0Odblac\u{1}Ő\0Ofr\u{1}𝔒\0Ograve\u{1}Ò\0Omacr\u{1}Ō\0Omega\u{1}Ω\0\
    Omicron\u{1}Ο\0Oopf\u{1}𝕆\0OpenCurlyDoubleQuote\u{1}\u{201c}\0OpenCurlyQuote\u{1}\u{2018}\0\
    Or\u{1}⩔\0Oscr\u{1}𝒪\0Oslash\u{1}Ø\0Otilde\u{1}Õ\0Otimes\u{1}⨷\0Ouml\u{1}Ö\0\
    OverBar\u{1}\u{203e}\0OverBrace\u{1}⏞\0OverBracket\u{1}⎴\0OverParenthesis\u{1}⏜\0\
    PartialD\u{1}∂\0Pcy\u{1}П\0Pfr\u{1}𝔓\0Phi\u{1}Φ\0Pi\u{1}Π\0PlusMinus\u{1}±\0\
    Poincareplane\u{1}ℌ\0Popf\u{1}ℙ\0Pr\u{1}⪻\0Precedes\u{1}≺\0PrecedesEqual\u{1}⪯\0\
    PrecedesSlantEqual\u{1}≼\0PrecedesTilde\u{1}≾\0Prime\u{1}\u{2033}\0Product\u{1}∏\0\
    Proportion\u{1}∷\0Proportional\u{1}∝\0Pscr\u{1}𝒫\0Psi\u{1}Ψ\0QUOT\u{1}\"\0Qfr\u{1}𝔔\0\
    Qopf\u{1}ℚ\0Qscr\u{1}𝒬\0RBarr\u{1}⤐\0REG\u{1}®\0Racute\u{1}Ŕ\0Rang\u{1}⟫\0Rarr\u{1}↠\0\
    Rarrtl\u{1}⤖\0Rcaron\u{1}Ř\0Rcedil\u{1}Ŗ\0Rcy\u{1}Р\0Re\u{1}ℜ\0ReverseElement\u{1}∋\0\
    ReverseEquilibrium\u{1}⇋\0ReverseUpEquilibrium\u{1}⥯\0Rfr\u{1}ℜ\0Rho\u{1}Ρ\0\
    RightAngleBracket\u{1}⟩\0RightArrow\u{1}→\0RightArrowBar\u{1}⇥\0RightArrowLeftArrow\u{1}⇄\0\
    RightCeiling\u{1}⌉\0RightDoubleBracket\u{1}⟧\0RightDownTeeVector\u{1}⥝\0\
    RightDownVector\u{1}⇂\0RightDownVectorBar\u{1}⥕\0RightFloor\u{1}⌋\0RightTee\u{1}⊢\0\
    RightTeeArrow\u{1}↦\0RightTeeVector\u{1}⥛\0RightTriangle\u{1}⊳\0RightTriangleBar\u{1}⧐\0\
    RightTriangleEqual\u{1}⊵\0RightUpDownVector\u{1}⥏\0RightUpTeeVector\u{1}⥜\0\
    RightUpVector\u{1}↾\0RightUpVectorBar\u{1}⥔\0RightVector\u{1}⇀\0RightVectorBar\u{1}⥓\0\
    Rightarrow\u{1}⇒\0Ropf\u{1}ℝ\0RoundImplies\u{1}⥰\0Rrightarrow\u{1}⇛\0Rscr\u{1}ℛ\0\
    Rsh\u{1}↱\0RuleDelayed\u{1}⧴\0SHCHcy\u{1}Щ\0SHcy\u{1}Ш\0SOFTcy\u{1}Ь\0Sacute\u{1}Ś\0\
    Sc\u{1}⪼\0Scaron\u{1}Š\0Scedil\u{1}Ş\0Scirc\u{1}Ŝ\0Scy\u{1}С\0Sfr\u{1}𝔖\0\
    ShortDownArrow\u{1}↓\0ShortLeftArrow\u{1}←\0ShortRightArrow\u{1}→\0ShortUpArrow\u{1}↑\0\
    Sigma\u{1}Σ\0SmallCircle\u{1}∘\0Sopf\u{1}𝕊\0Sqrt\u{1}√\0Square\u{1}□\0\
    SquareIntersection\u{1}⊓\0SquareSubset\u{1}⊏\0SquareSubsetEqual\u{1}⊑\0\
    SquareSuperset\u{1}⊐\0SquareSupersetEqual\u{1}⊒\0SquareUnion\u{1}⊔\0Sscr\u{1}𝒮\0\
    Star\u{1}⋆\0Sub\u{1}⋐\0Subset\u{1}⋐\0SubsetEqual\u{1}⊆\0Succeeds\u{1}≻\0\
    SucceedsEqual\u{1}⪰\0SucceedsSlantEqual\u{1}≽\0SucceedsTilde\u{1}≿\0SuchThat\u{1}∋\0\
    Sum\u{1}∑\0Sup\u{1}⋑\0Superset\u{1}⊃\0SupersetEqual\u{1}⊇\0Supset\u{1}⋑\0THORN\u{1}Þ\0\
    TRADE\u{1}™\0TSHcy\u{1}Ћ\0TScy\u{1}Ц\0Tab\u{1}\u{9}\0Tau\u{1}Τ\0Tcaron\u{1}Ť\0\
    Tcedil\u{1}Ţ\0Tcy\u{1}Т\0Tfr\u{1}𝔗\0Therefore\u{1}∴\0Theta\u{1}Θ\0\
    ThickSpace\u{1}\u{205f}\u{200a}\0ThinSpace\u{1}\u{2009}\0Tilde\u{1}∼\0TildeEqual\u{1}≃\0\
    TildeFullEqual\u{1}≅\0TildeTilde\u{1}≈\0Topf\u{1}𝕋\0TripleDot\u{1}\u{20db}\0Tscr\u{1}𝒯\0\
    Tstrok\u{1}Ŧ\0Uacute\u{1}Ú\0Uarr\u{1}↟\0Uarrocir\u{1}⥉\0Ubrcy\u{1}Ў\0Ubreve\u{1}Ŭ\0\
    Ucirc\u{1}Û\0Ucy\u{1}У\0Udblac\u{1}Ű\0Ufr\u{1}𝔘\0Ugrave\u{1}Ù\0Umacr\u{1}Ū\0\
    UnderBar\u{1}_\0UnderBrace\u{1}⏟\0UnderBracket\u{1}⎵\0UnderParenthesis\u{1}⏝\0Union\u{1}⋃\0\
    UnionPlus\u{1}⊎\0Uogon\u{1}Ų\0Uopf\u{1}𝕌\0UpArrow\u{1}↑\0UpArrowBar\u{1}⤒\0\
    UpArrowDownArrow\u{1}⇅\0UpDownArrow\u{1}↕\0UpEquilibrium\u{1}⥮\0UpTee\u{1}⊥\0\
    UpTeeArrow\u{1}↥\0Uparrow\u{1}⇑\0Updownarrow\u{1}⇕\0UpperLeftArrow\u{1}↖\0\
    UpperRightArrow\u{1}↗\0Upsi\u{1}ϒ\0Upsilon\u{1}Υ\0Uring\u{1}Ů\0Uscr\u{1}𝒰\0Utilde\u{1}Ũ\0\
    Uuml\u{1}Ü\0VDash\u{1}⊫\0Vbar\u{1}⫫\0Vcy\u{1}В\0Vdash\u{1}⊩\0Vdashl\u{1}⫦\0Vee\u{1}⋁\0\
    Verbar\u{1}\u{2016}\0Vert\u{1}\u{2016}\0VerticalBar\u{1}∣\0VerticalLine\u{1}|\0\
    VerticalSeparator\u{1}❘\0VerticalTilde\u{1}≀\0VeryThinSpace\u{1}\u{200a}\0Vfr\u{1}𝔙\0\
    Vopf\u{1}𝕍\0Vscr\u{1}𝒱\0Vvdash\u{1}⊪\0Wcirc\u{1}Ŵ\0Wedge\u{1}⋀\0Wfr\u{1}𝔚\0Wopf\u{1}𝕎\0\
    Wscr\u{1}𝒲\0Xfr\u{1}𝔛\0Xi\u{1}Ξ\0Xopf\u{1}𝕏\0Xscr\u{1}𝒳\0YAcy\u{1}Я\0YIcy\u{1}Ї\0\
    YUcy\u{1}Ю\0Yacute\u{1}Ý\0Ycirc\u{1}Ŷ\0Ycy\u{1}Ы\0Yfr\u{1}𝔜\0Yopf\u{1}𝕐\0Yscr\u{1}𝒴\0\
    Yuml\u{1}Ÿ\0ZHcy\u{1}Ж\0Zacute\u{1}Ź\0Zcaron\u{1}Ž\0Zcy\u{1}З\0Zdot\u{1}Ż\0\
    ZeroWidthSpace\u{1}\u{200b}\0Zeta\u{1}Ζ\0Zfr\u{1}ℨ\0Zopf\u{1}ℤ\0Zscr\u{1}𝒵\0aacute\u{1}á\0\
    abreve\u{1}ă\0ac\u{1}∾\0acE\u{1}∾\u{333}\0acd\u{1}∿\0acirc\u{1}â\0acute\u{1}´\0acy\u{1}а\0\
    aelig\u{1}æ\0af\u{1}\u{2061}\0afr\u{1}𝔞\0agrave\u{1}à\0alefsym\u{1}ℵ\0aleph\u{1}ℵ\0\
    alpha\u{1}α\0amacr\u{1}ā\0amalg\u{1}⨿\0amp\u{1}&\0and\u{1}∧\0andand\u{1}⩕\0andd\u{1}⩜\0\
    andslope\u{1}⩘\0andv\u{1}⩚\0ang\u{1}∠\0ange\u{1}⦤\0angle\u{1}∠\0angmsd\u{1}∡\0\
    angmsdaa\u{1}⦨\0angmsdab\u{1}⦩\0angmsdac\u{1}⦪\0angmsdad\u{1}⦫\0angmsdae\u{1}⦬\0\
    angmsdaf\u{1}⦭\0angmsdag\u{1}⦮\0angmsdah\u{1}⦯\0angrt\u{1}∟\0angrtvb\u{1}⊾\0\
    angrtvbd\u{1}⦝\0angsph\u{1}∢\0angst\u{1}Å\0angzarr\u{1}⍼\0aogon\u{1}ą\0aopf\u{1}𝕒\0\
    ap\u{1}≈\0apE\u{1}⩰\0apacir\u{1}⩯\0ape\u{1}≊\0apid\u{1}≋\0apos\u{1}'\0approx\u{1}≈\0\
    approxeq\u{1}≊\0aring\u{1}å\0ascr\u{1}𝒶\0ast\u{1}*\0asymp\u{1}≈\0asympeq\u{1}≍\0\
    atilde\u{1}ã\0auml\u{1}ä\0awconint\u{1}∳\0awint\u{1}⨑\0bNot\u{1}⫭\0backcong\u{1}≌\0\
    backepsilon\u{1}϶\0backprime\u{1}\u{2035}\0backsim\u{1}∽\0backsimeq\u{1}⋍\0barvee\u{1}⊽\0\
    barwed\u{1}⌅\0barwedge\u{1}⌅\0bbrk\u{1}⎵\0bbrktbrk\u{1}⎶\0bcong\u{1}≌\0bcy\u{1}б\0\
    bdquo\u{1}\u{201e}\0becaus\u{1}∵\0because\u{1}∵\0bemptyv\u{1}⦰\0bepsi\u{1}϶\0bernou\u{1}ℬ\0\
    beta\u{1}β\0beth\u{1}ℶ\0between\u{1}≬\0bfr\u{1}𝔟\0bigcap\u{1}⋂\0bigcirc\u{1}◯\0\
    bigcup\u{1}⋃\0bigodot\u{1}⨀\0bigoplus\u{1}⨁\0bigotimes\u{1}⨂\0bigsqcup\u{1}⨆\0\
    bigstar\u{1}★\0bigtriangledown\u{1}▽\0bigtriangleup\u{1}△\0biguplus\u{1}⨄\0bigvee\u{1}⋁\0\
    bigwedge\u{1}⋀\0bkarow\u{1}⤍\0blacklozenge\u{1}⧫\0blacksquare\u{1}▪\0blacktriangle\u{1}▴\0\
    blacktriangledown\u{1}▾\0blacktriangleleft\u{1}◂\0blacktriangleright\u{1}▸\0blank\u{1}␣\0\
    blk12\u{1}▒\0blk14\u{1}░\0blk34\u{1}▓\0block\u{1}█\0bne\u{1}=\u{20e5}\0\
    bnequiv\u{1}≡\u{20e5}\0bnot\u{1}⌐\0bopf\u{1}𝕓\0bot\u{1}⊥\0bottom\u{1}⊥\0bowtie\u{1}⋈\0\
    boxDL\u{1}╗\0boxDR\u{1}╔\0boxDl\u{1}╖\0boxDr\u{1}╓\0boxH\u{1}═\0boxHD\u{1}╦\0boxHU\u{1}╩\0\
    boxHd\u{1}╤\0boxHu\u{1}╧\0boxUL\u{1}╝\0boxUR\u{1}╚\0boxUl\u{1}╜\0boxUr\u{1}╙\0boxV\u{1}║\0\
    boxVH\u{1}╬\0boxVL\u{1}╣\0boxVR\u{1}╠\0boxVh\u{1}╫\0boxVl\u{1}╢\0boxVr\u{1}╟\0\
    boxbox\u{1}⧉\0boxdL\u{1}╕\0boxdR\u{1}╒\0boxdl\u{1}┐\0boxdr\u{1}┌\0boxh\u{1}─\0boxhD\u{1}╥\0\
    boxhU\u{1}╨\0boxhd\u{1}┬\0boxhu\u{1}┴\0boxminus\u{1}⊟\0boxplus\u{1}⊞\0boxtimes\u{1}⊠\0\
    boxuL\u{1}╛\0boxuR\u{1}╘\0boxul\u{1}┘\0boxur\u{1}└\0boxv\u{1}│\0boxvH\u{1}╪\0boxvL\u{1}╡\0\
    boxvR\u{1}╞\0boxvh\u{1}┼\0boxvl\u{1}┤\0boxvr\u{1}├\0bprime\u{1}\u{2035}\0breve\u{1}˘\0\
    brvbar\u{1}¦\0bscr\u{1}𝒷\0bsemi\u{1}\u{204f}\0bsim\u{1}∽\0bsime\u{1}⋍\0bsol\u{1}\\\0\
    bsolb\u{1}⧅\0bsolhsub\u{1}⟈\0bull\u{1}\u{2022}\0bullet\u{1}\u{2022}\0bump\u{1}≎\0\
    bumpE\u{1}⪮\0bumpe\u{1}≏\0bumpeq\u{1}≏\0cacute\u{1}ć\0cap\u{1}∩\0capand\u{1}⩄\0\
    capbrcup\u{1}⩉\0capcap\u{1}⩋\0capcup\u{1}⩇\0capdot\u{1}⩀\0caps\u{1}∩︀\0caret\u{1}\u{2041}\0\
    caron\u{1}ˇ\0ccaps\u{1}⩍\0ccaron\u{1}č\0ccedil\u{1}ç\0ccirc\u{1}ĉ\0ccups\u{1}⩌\0\
    ccupssm\u{1}⩐\0cdot\u{1}ċ\0cedil\u{1}¸\0cemptyv\u{1}⦲\0cent\u{1}¢\0centerdot\u{1}·\0\
    cfr\u{1}𝔠\0chcy\u{1}ч\0check\u{1}✓\0checkmark\u{1}✓\0chi\u{1}χ\0cir\u{1}○\0cirE\u{1}⧃\0\
    circ\u{1}ˆ\0circeq\u{1}≗\0circlearrowleft\u{1}↺\0circlearrowright\u{1}↻\0circledR\u{1}®\0\
    circledS\u{1}Ⓢ\0circledast\u{1}⊛\0circledcirc\u{1}⊚\0circleddash\u{1}⊝\0cire\u{1}≗\0\
    cirfnint\u{1}⨐\0cirmid\u{1}⫯\0cirscir\u{1}⧂\0clubs\u{1}♣\0clubsuit\u{1}♣\0colon\u{1}:\0\
    colone\u{1}≔\0coloneq\u{1}≔\0comma\u{1},\0commat\u{1}@\0comp\u{1}∁\0compfn\u{1}∘\0\
    complement\u{1}∁\0complexes\u{1}ℂ\0cong\u{1}≅\0congdot\u{1}⩭\0conint\u{1}∮\0copf\u{1}𝕔\0\
    coprod\u{1}∐\0copy\u{1}©\0copysr\u{1}℗\0crarr\u{1}↵\0cross\u{1}✗\0cscr\u{1}𝒸\0csub\u{1}⫏\0\
    csube\u{1}⫑\0csup\u{1}⫐\0csupe\u{1}⫒\0ctdot\u{1}⋯\0cudarrl\u{1}⤸\0cudarrr\u{1}⤵\0\
    cuepr\u{1}⋞\0cuesc\u{1}⋟\0cularr\u{1}↶\0cularrp\u{1}⤽\0cup\u{1}∪\0cupbrcap\u{1}⩈\0\
    cupcap\u{1}⩆\0cupcup\u{1}⩊\0cupdot\u{1}⊍\0cupor\u{1}⩅\0cups\u{1}∪︀\0curarr\u{1}↷\0\
    curarrm\u{1}⤼\0curlyeqprec\u{1}⋞\0curlyeqsucc\u{1}⋟\0curlyvee\u{1}⋎\0curlywedge\u{1}⋏\0\
    curren\u{1}¤\0curvearrowleft\u{1}↶\0curvearrowright\u{1}↷\0cuvee\u{1}⋎\0cuwed\u{1}⋏\0\
    cwconint\u{1}∲\0cwint\u{1}∱\0cylcty\u{1}⌭\0dArr\u{1}⇓\0dHar\u{1}⥥\0dagger\u{1}\u{2020}\0\
    daleth\u{1}ℸ\0darr\u{1}↓\0dash\u{1}\u{2010}\0dashv\u{1}⊣\0dbkarow\u{1}⤏\0dblac\u{1}˝\0\
    dcaron\u{1}ď\0dcy\u{1}д\0dd\u{1}ⅆ\0ddagger\u{1}\u{2021}\0ddarr\u{1}⇊\0ddotseq\u{1}⩷\0\
    deg\u{1}°\0delta\u{1}δ\0demptyv\u{1}⦱\0dfisht\u{1}⥿\0dfr\u{1}𝔡\0dharl\u{1}⇃\0dharr\u{1}⇂\0\
    diam\u{1}⋄\0diamond\u{1}⋄\0diamondsuit\u{1}♦\0diams\u{1}♦\0die\u{1}¨\0digamma\u{1}ϝ\0\
    disin\u{1}⋲\0div\u{1}÷\0divide\u{1}÷\0divideontimes\u{1}⋇\0divonx\u{1}⋇\0djcy\u{1}ђ\0\
    dlcorn\u{1}⌞\0dlcrop\u{1}⌍\0dollar\u{1}$\0dopf\u{1}𝕕\0dot\u{1}˙\0doteq\u{1}≐\0\
    doteqdot\u{1}≑\0dotminus\u{1}∸\0dotplus\u{1}∔\0dotsquare\u{1}⊡\0doublebarwedge\u{1}⌆\0\
    downarrow\u{1}↓\0downdownarrows\u{1}⇊\0downharpoonleft\u{1}⇃\0downharpoonright\u{1}⇂\0\
    drbkarow\u{1}⤐\0drcorn\u{1}⌟\0drcrop\u{1}⌌\0dscr\u{1}𝒹\0dscy\u{1}ѕ\0dsol\u{1}⧶\0\
    dstrok\u{1}đ\0dtdot\u{1}⋱\0dtri\u{1}▿\0dtrif\u{1}▾\0duarr\u{1}⇵\0duhar\u{1}⥯\0\
    dwangle\u{1}⦦\0dzcy\u{1}џ\0dzigrarr\u{1}⟿\0eDDot\u{1}⩷\0eDot\u{1}≑\0eacute\u{1}é\0\
    easter\u{1}⩮\0ecaron\u{1}ě\0ecir\u{1}≖\0ecirc\u{1}ê\0ecolon\u{1}≕\0ecy\u{1}э\0edot\u{1}ė\0\
    ee\u{1}ⅇ\0efDot\u{1}≒\0efr\u{1}𝔢\0eg\u{1}⪚\0egrave\u{1}è\0egs\u{1}⪖\0egsdot\u{1}⪘\0\
    el\u{1}⪙\0elinters\u{1}⏧\0ell\u{1}ℓ\0els\u{1}⪕\0elsdot\u{1}⪗\0emacr\u{1}ē\0empty\u{1}∅\0\
    emptyset\u{1}∅\0emptyv\u{1}∅\0emsp\u{1}\u{2003}\0emsp13\u{1}\u{2004}\0emsp14\u{1}\u{2005}\0\
    eng\u{1}ŋ\0ensp\u{1}\u{2002}\0eogon\u{1}ę\0eopf\u{1}𝕖\0epar\u{1}⋕\0eparsl\u{1}⧣\0\
    eplus\u{1}⩱\0epsi\u{1}ε\0epsilon\u{1}ε\0epsiv\u{1}ϵ\0eqcirc\u{1}≖\0eqcolon\u{1}≕\0\
    eqsim\u{1}≂\0eqslantgtr\u{1}⪖\0eqslantless\u{1}⪕\0equals\u{1}=\0equest\u{1}≟\0equiv\u{1}≡\0\
    equivDD\u{1}⩸\0eqvparsl\u{1}⧥\0erDot\u{1}≓\0erarr\u{1}⥱\0escr\u{1}ℯ\0esdot\u{1}≐\0\
    esim\u{1}≂\0eta\u{1}η\0eth\u{1}ð\0euml\u{1}ë\0euro\u{1}€\0excl\u{1}!\0exist\u{1}∃\0\
    expectation\u{1}ℰ\0exponentiale\u{1}ⅇ\0fallingdotseq\u{1}≒\0fcy\u{1}ф\0female\u{1}♀\0\
    ffilig\u{1}ﬃ\0fflig\u{1}ﬀ\0ffllig\u{1}ﬄ\0ffr\u{1}𝔣\0filig\u{1}ﬁ\0fjlig\u{1}fj\0flat\u{1}♭\0\
    fllig\u{1}ﬂ\0fltns\u{1}▱\0fnof\u{1}ƒ\0fopf\u{1}𝕗\0forall\u{1}∀\0fork\u{1}⋔\0forkv\u{1}⫙\0\
    fpartint\u{1}⨍\0frac12\u{1}½\0frac13\u{1}⅓\0frac14\u{1}¼\0frac15\u{1}⅕\0frac16\u{1}⅙\0\
    frac18\u{1}⅛\0frac23\u{1}⅔\0frac25\u{1}⅖\0frac34\u{1}¾\0frac35\u{1}⅗\0frac38\u{1}⅜\0\
    frac45\u{1}⅘\0frac56\u{1}⅚\0frac58\u{1}⅝\0frac78\u{1}⅞\0frasl\u{1}\u{2044}\0frown\u{1}⌢\0\
    fscr\u{1}𝒻\0gE\u{1}≧\0gEl\u{1}⪌\0gacute\u{1}ǵ\0gamma\u{1}γ\0gammad\u{1}ϝ\0gap\u{1}⪆\0\
    gbreve\u{1}ğ\0gcirc\u{1}ĝ\0gcy\u{1}г\0gdot\u{1}ġ\0ge\u{1}≥\0gel\u{1}⋛\0geq\u{1}≥\0\
    geqq\u{1}≧\0geqslant\u{1}⩾\0ges\u{1}⩾\0gescc\u{1}⪩\0gesdot\u{1}⪀\0gesdoto\u{1}⪂\0\
    gesdotol\u{1}⪄\0gesl\u{1}⋛︀\0gesles\u{1}⪔\0gfr\u{1}𝔤\0gg\u{1}≫\0ggg\u{1}⋙\0gimel\u{1}ℷ\0\
    gjcy\u{1}ѓ\0gl\u{1}≷\0glE\u{1}⪒\0gla\u{1}⪥\0glj\u{1}⪤\0gnE\u{1}≩\0gnap\u{1}⪊\0\
    gnapprox\u{1}⪊\0gne\u{1}⪈\0gneq\u{1}⪈\0gneqq\u{1}≩\0gnsim\u{1}⋧\0gopf\u{1}𝕘\0grave\u{1}`\0\
    gscr\u{1}ℊ\0gsim\u{1}≳\0gsime\u{1}⪎\0gsiml\u{1}⪐\0gt\u{1}>\0gtcc\u{1}⪧\0gtcir\u{1}⩺\0\
    gtdot\u{1}⋗\0gtlPar\u{1}⦕\0gtquest\u{1}⩼\0gtrapprox\u{1}⪆\0gtrarr\u{1}⥸\0gtrdot\u{1}⋗\0\
    gtreqless\u{1}⋛\0gtreqqless\u{1}⪌\0gtrless\u{1}≷\0gtrsim\u{1}≳\0gvertneqq\u{1}≩︀\0\
    gvnE\u{1}≩︀\0hArr\u{1}⇔\0hairsp\u{1}\u{200a}\0half\u{1}½\0hamilt\u{1}ℋ\0hardcy\u{1}ъ\0\
    harr\u{1}↔\0harrcir\u{1}⥈\0harrw\u{1}↭\0hbar\u{1}ℏ\0hcirc\u{1}ĥ\0hearts\u{1}♥\0\
    heartsuit\u{1}♥\0hellip\u{1}\u{2026}\0hercon\u{1}⊹\0hfr\u{1}𝔥\0hksearow\u{1}⤥\0\
    hkswarow\u{1}⤦\0hoarr\u{1}⇿\0homtht\u{1}∻\0hookleftarrow\u{1}↩\0hookrightarrow\u{1}↪\0\
    hopf\u{1}𝕙\0horbar\u{1}\u{2015}\0hscr\u{1}𝒽\0hslash\u{1}ℏ\0hstrok\u{1}ħ\0\
    hybull\u{1}\u{2043}\0hyphen\u{1}\u{2010}\0iacute\u{1}í\0ic\u{1}\u{2063}\0icirc\u{1}î\0\
    icy\u{1}и\0iecy\u{1}е\0iexcl\u{1}¡\0iff\u{1}⇔\0ifr\u{1}𝔦\0igrave\u{1}ì\0ii\u{1}ⅈ\0\
    iiiint\u{1}⨌\0iiint\u{1}∭\0iinfin\u{1}⧜\0iiota\u{1}℩\0ijlig\u{1}ĳ\0imacr\u{1}ī\0\
    image\u{1}ℑ\0imagline\u{1}ℐ\0imagpart\u{1}ℑ\0imath\u{1}ı\0imof\u{1}⊷\0imped\u{1}Ƶ\0\
    in\u{1}∈\0incare\u{1}℅\0infin\u{1}∞\0infintie\u{1}⧝\0inodot\u{1}ı\0int\u{1}∫\0\
    intcal\u{1}⊺\0integers\u{1}ℤ\0intercal\u{1}⊺\0intlarhk\u{1}⨗\0intprod\u{1}⨼\0iocy\u{1}ё\0\
    iogon\u{1}į\0iopf\u{1}𝕚\0iota\u{1}ι\0iprod\u{1}⨼\0iquest\u{1}¿\0iscr\u{1}𝒾\0isin\u{1}∈\0\
    isinE\u{1}⋹\0isindot\u{1}⋵\0isins\u{1}⋴\0isinsv\u{1}⋳\0isinv\u{1}∈\0it\u{1}\u{2062}\0\
    itilde\u{1}ĩ\0iukcy\u{1}і\0iuml\u{1}ï\0jcirc\u{1}ĵ\0jcy\u{1}й\0jfr\u{1}𝔧\0jmath\u{1}ȷ\0\
    jopf\u{1}𝕛\0jscr\u{1}𝒿\0jsercy\u{1}ј\0jukcy\u{1}є\0kappa\u{1}κ\0kappav\u{1}ϰ\0\
    kcedil\u{1}ķ\0kcy\u{1}к\0kfr\u{1}𝔨\0kgreen\u{1}ĸ\0khcy\u{1}х\0kjcy\u{1}ќ\0kopf\u{1}𝕜\0\
    kscr\u{1}𝓀\0lAarr\u{1}⇚\0lArr\u{1}⇐\0lAtail\u{1}⤛\0lBarr\u{1}⤎\0lE\u{1}≦\0lEg\u{1}⪋\0\
    lHar\u{1}⥢\0lacute\u{1}ĺ\0laemptyv\u{1}⦴\0lagran\u{1}ℒ\0lambda\u{1}λ\0lang\u{1}⟨\0\
    langd\u{1}⦑\0langle\u{1}⟨\0lap\u{1}⪅\0laquo\u{1}«\0larr\u{1}←\0larrb\u{1}⇤\0larrbfs\u{1}⤟\0\
    larrfs\u{1}⤝\0larrhk\u{1}↩\0larrlp\u{1}↫\0larrpl\u{1}⤹\0larrsim\u{1}⥳\0larrtl\u{1}↢\0\
    lat\u{1}⪫\0latail\u{1}⤙\0late\u{1}⪭\0lates\u{1}⪭︀\0lbarr\u{1}⤌\0lbbrk\u{1}❲\0lbrace\u{1}{\0\
    lbrack\u{1}[\0lbrke\u{1}⦋\0lbrksld\u{1}⦏\0lbrkslu\u{1}⦍\0lcaron\u{1}ľ\0lcedil\u{1}ļ\0\
    lceil\u{1}⌈\0lcub\u{1}{\0lcy\u{1}л\0ldca\u{1}⤶\0ldquo\u{1}\u{201c}\0ldquor\u{1}\u{201e}\0\
    ldrdhar\u{1}⥧\0ldrushar\u{1}⥋\0ldsh\u{1}↲\0le\u{1}≤\0leftarrow\u{1}←\0leftarrowtail\u{1}↢\0\
    leftharpoondown\u{1}↽\0leftharpoonup\u{1}↼\0leftleftarrows\u{1}⇇\0leftrightarrow\u{1}↔\0\
    leftrightarrows\u{1}⇆\0leftrightharpoons\u{1}⇋\0leftrightsquigarrow\u{1}↭\0\
    leftthreetimes\u{1}⋋\0leg\u{1}⋚\0leq\u{1}≤\0leqq\u{1}≦\0leqslant\u{1}⩽\0les\u{1}⩽\0\
    lescc\u{1}⪨\0lesdot\u{1}⩿\0lesdoto\u{1}⪁\0lesdotor\u{1}⪃\0lesg\u{1}⋚︀\0lesges\u{1}⪓\0\
    lessapprox\u{1}⪅\0lessdot\u{1}⋖\0lesseqgtr\u{1}⋚\0lesseqqgtr\u{1}⪋\0lessgtr\u{1}≶\0\
    lesssim\u{1}≲\0lfisht\u{1}⥼\0lfloor\u{1}⌊\0lfr\u{1}𝔩\0lg\u{1}≶\0lgE\u{1}⪑\0lhard\u{1}↽\0\
    lharu\u{1}↼\0lharul\u{1}⥪\0lhblk\u{1}▄\0ljcy\u{1}љ\0ll\u{1}≪\0llarr\u{1}⇇\0llcorner\u{1}⌞\0\
    llhard\u{1}⥫\0lltri\u{1}◺\0lmidot\u{1}ŀ\0lmoust\u{1}⎰\0lmoustache\u{1}⎰\0lnE\u{1}≨\0\
    lnap\u{1}⪉\0lnapprox\u{1}⪉\0lne\u{1}⪇\0lneq\u{1}⪇\0lneqq\u{1}≨\0lnsim\u{1}⋦\0loang\u{1}⟬\0\
    loarr\u{1}⇽\0lobrk\u{1}⟦\0longleftarrow\u{1}⟵\0longleftrightarrow\u{1}⟷\0longmapsto\u{1}⟼\0\
    longrightarrow\u{1}⟶\0looparrowleft\u{1}↫\0looparrowright\u{1}↬\0lopar\u{1}⦅\0lopf\u{1}𝕝\0\
    loplus\u{1}⨭\0lotimes\u{1}⨴\0lowast\u{1}∗\0lowbar\u{1}_\0loz\u{1}◊\0lozenge\u{1}◊\0\
    lozf\u{1}⧫\0lpar\u{1}(\0lparlt\u{1}⦓\0lrarr\u{1}⇆\0lrcorner\u{1}⌟\0lrhar\u{1}⇋\0\
    lrhard\u{1}⥭\0lrm\u{1}\u{200e}\0lrtri\u{1}⊿\0lsaquo\u{1}\u{2039}\0lscr\u{1}𝓁\0lsh\u{1}↰\0\
    lsim\u{1}≲\0lsime\u{1}⪍\0lsimg\u{1}⪏\0lsqb\u{1}[\0lsquo\u{1}\u{2018}\0lsquor\u{1}\u{201a}\0\
    lstrok\u{1}ł\0lt\u{1}<\0ltcc\u{1}⪦\0ltcir\u{1}⩹\0ltdot\u{1}⋖\0lthree\u{1}⋋\0ltimes\u{1}⋉\0\
    ltlarr\u{1}⥶\0ltquest\u{1}⩻\0ltrPar\u{1}⦖\0ltri\u{1}◃\0ltrie\u{1}⊴\0ltrif\u{1}◂\0\
    lurdshar\u{1}⥊\0luruhar\u{1}⥦\0lvertneqq\u{1}≨︀\0lvnE\u{1}≨︀\0mDDot\u{1}∺\0macr\u{1}¯\0\
    male\u{1}♂\0malt\u{1}✠\0maltese\u{1}✠\0map\u{1}↦\0mapsto\u{1}↦\0mapstodown\u{1}↧\0\
    mapstoleft\u{1}↤\0mapstoup\u{1}↥\0marker\u{1}▮\0mcomma\u{1}⨩\0mcy\u{1}м\0\
    mdash\u{1}\u{2014}\0measuredangle\u{1}∡\0mfr\u{1}𝔪\0mho\u{1}℧\0micro\u{1}µ\0mid\u{1}∣\0\
    midast\u{1}*\0midcir\u{1}⫰\0middot\u{1}·\0minus\u{1}−\0minusb\u{1}⊟\0minusd\u{1}∸\0\
    minusdu\u{1}⨪\0mlcp\u{1}⫛\0mldr\u{1}\u{2026}\0mnplus\u{1}∓\0models\u{1}⊧\0mopf\u{1}𝕞\0\
    mp\u{1}∓\0mscr\u{1}𝓂\0mstpos\u{1}∾\0mu\u{1}μ\0multimap\u{1}⊸\0mumap\u{1}⊸\0\
    nGg\u{1}⋙\u{338}\0nGt\u{1}≫\u{20d2}\0nGtv\u{1}≫\u{338}\0nLeftarrow\u{1}⇍\0\
    nLeftrightarrow\u{1}⇎\0nLl\u{1}⋘\u{338}\0nLt\u{1}≪\u{20d2}\0nLtv\u{1}≪\u{338}\0\
    nRightarrow\u{1}⇏\0nVDash\u{1}⊯\0nVdash\u{1}⊮\0nabla\u{1}∇\0nacute\u{1}ń\0\
    nang\u{1}∠\u{20d2}\0nap\u{1}≉\0napE\u{1}⩰\u{338}\0napid\u{1}≋\u{338}\0napos\u{1}ŉ\0\
    napprox\u{1}≉\0natur\u{1}♮\0natural\u{1}♮\0naturals\u{1}ℕ\0nbsp\u{1}\u{a0}\0\
    nbump\u{1}≎\u{338}\0nbumpe\u{1}≏\u{338}\0ncap\u{1}⩃\0ncaron\u{1}ň\0ncedil\u{1}ņ\0\
    ncong\u{1}≇\0ncongdot\u{1}⩭\u{338}\0ncup\u{1}⩂\0ncy\u{1}н\0ndash\u{1}\u{2013}\0ne\u{1}≠\0\
    neArr\u{1}⇗\0nearhk\u{1}⤤\0nearr\u{1}↗\0nearrow\u{1}↗\0nedot\u{1}≐\u{338}\0nequiv\u{1}≢\0\
    nesear\u{1}⤨\0nesim\u{1}≂\u{338}\0nexist\u{1}∄\0nexists\u{1}∄\0nfr\u{1}𝔫\0\
    ngE\u{1}≧\u{338}\0nge\u{1}≱\0ngeq\u{1}≱\0ngeqq\u{1}≧\u{338}\0ngeqslant\u{1}⩾\u{338}\0\
    nges\u{1}⩾\u{338}\0ngsim\u{1}≵\0ngt\u{1}≯\0ngtr\u{1}≯\0nhArr\u{1}⇎\0nharr\u{1}↮\0\
    nhpar\u{1}⫲\0ni\u{1}∋\0nis\u{1}⋼\0nisd\u{1}⋺\0niv\u{1}∋\0njcy\u{1}њ\0nlArr\u{1}⇍\0\
    nlE\u{1}≦\u{338}\0nlarr\u{1}↚\0nldr\u{1}\u{2025}\0nle\u{1}≰\0nleftarrow\u{1}↚\0\
    nleftrightarrow\u{1}↮\0nleq\u{1}≰\0nleqq\u{1}≦\u{338}\0nleqslant\u{1}⩽\u{338}\0\
    nles\u{1}⩽\u{338}\0nless\u{1}≮\0nlsim\u{1}≴\0nlt\u{1}≮\0nltri\u{1}⋪\0nltrie\u{1}⋬\0\
    nmid\u{1}∤\0nopf\u{1}𝕟\0not\u{1}¬\0notin\u{1}∉\0notinE\u{1}⋹\u{338}\0\
    notindot\u{1}⋵\u{338}\0notinva\u{1}∉\0notinvb\u{1}⋷\0notinvc\u{1}⋶\0notni\u{1}∌\0\
    notniva\u{1}∌\0notnivb\u{1}⋾\0notnivc\u{1}⋽\0npar\u{1}∦\0nparallel\u{1}∦\0\
    nparsl\u{1}⫽\u{20e5}\0npart\u{1}∂\u{338}\0npolint\u{1}⨔\0npr\u{1}⊀\0nprcue\u{1}⋠\0\
    npre\u{1}⪯\u{338}\0nprec\u{1}⊀\0npreceq\u{1}⪯\u{338}\0nrArr\u{1}⇏\0nrarr\u{1}↛\0\
    nrarrc\u{1}⤳\u{338}\0nrarrw\u{1}↝\u{338}\0nrightarrow\u{1}↛\0nrtri\u{1}⋫\0nrtrie\u{1}⋭\0\
    nsc\u{1}⊁\0nsccue\u{1}⋡\0nsce\u{1}⪰\u{338}\0nscr\u{1}𝓃\0nshortmid\u{1}∤\0\
    nshortparallel\u{1}∦\0nsim\u{1}≁\0nsime\u{1}≄\0nsimeq\u{1}≄\0nsmid\u{1}∤\0nspar\u{1}∦\0\
    nsqsube\u{1}⋢\0nsqsupe\u{1}⋣\0nsub\u{1}⊄\0nsubE\u{1}⫅\u{338}\0nsube\u{1}⊈\0\
    nsubset\u{1}⊂\u{20d2}\0nsubseteq\u{1}⊈\0nsubseteqq\u{1}⫅\u{338}\0nsucc\u{1}⊁\0\
    nsucceq\u{1}⪰\u{338}\0nsup\u{1}⊅\0nsupE\u{1}⫆\u{338}\0nsupe\u{1}⊉\0nsupset\u{1}⊃\u{20d2}\0\
    nsupseteq\u{1}⊉\0nsupseteqq\u{1}⫆\u{338}\0ntgl\u{1}≹\0ntilde\u{1}ñ\0ntlg\u{1}≸\0\
    ntriangleleft\u{1}⋪\0ntrianglelefteq\u{1}⋬\0ntriangleright\u{1}⋫\0ntrianglerighteq\u{1}⋭\0\
    nu\u{1}ν\0num\u{1}#\0numero\u{1}№\0numsp\u{1}\u{2007}\0nvDash\u{1}⊭\0nvHarr\u{1}⤄\0\
    nvap\u{1}≍\u{20d2}\0nvdash\u{1}⊬\0nvge\u{1}≥\u{20d2}\0nvgt\u{1}>\u{20d2}\0nvinfin\u{1}⧞\0\
    nvlArr\u{1}⤂\0nvle\u{1}≤\u{20d2}\0nvlt\u{1}<\u{20d2}\0nvltrie\u{1}⊴\u{20d2}\0nvrArr\u{1}⤃\0\
    nvrtrie\u{1}⊵\u{20d2}\0nvsim\u{1}∼\u{20d2}\0nwArr\u{1}⇖\0nwarhk\u{1}⤣\0nwarr\u{1}↖\0\
    nwarrow\u{1}↖\0nwnear\u{1}⤧\0oS\u{1}Ⓢ\0oacute\u{1}ó\0oast\u{1}⊛\0ocir\u{1}⊚\0ocirc\u{1}ô\0\
    ocy\u{1}о\0odash\u{1}⊝\0odblac\u{1}ő\0odiv\u{1}⨸\0odot\u{1}⊙\0odsold\u{1}⦼\0oelig\u{1}œ\0\
    ofcir\u{1}⦿\0ofr\u{1}𝔬\0ogon\u{1}˛\0ograve\u{1}ò\0ogt\u{1}⧁\0ohbar\u{1}⦵\0ohm\u{1}Ω\0\
    oint\u{1}∮\0olarr\u{1}↺\0olcir\u{1}⦾\0olcross\u{1}⦻\0oline\u{1}\u{203e}\0olt\u{1}⧀\0\
    omacr\u{1}ō\0omega\u{1}ω\0omicron\u{1}ο\0omid\u{1}⦶\0ominus\u{1}⊖\0oopf\u{1}𝕠\0opar\u{1}⦷\0\
    operp\u{1}⦹\0oplus\u{1}⊕\0or\u{1}∨\0orarr\u{1}↻\0ord\u{1}⩝\0order\u{1}ℴ\0orderof\u{1}ℴ\0\
    ordf\u{1}ª\0ordm\u{1}º\0origof\u{1}⊶\0oror\u{1}⩖\0orslope\u{1}⩗\0orv\u{1}⩛\0oscr\u{1}ℴ\0\
    oslash\u{1}ø\0osol\u{1}⊘\0otilde\u{1}õ\0otimes\u{1}⊗\0otimesas\u{1}⨶\0ouml\u{1}ö\0\
    ovbar\u{1}⌽\0par\u{1}∥\0para\u{1}¶\0parallel\u{1}∥\0parsim\u{1}⫳\0parsl\u{1}⫽\0part\u{1}∂\0\
    pcy\u{1}п\0percnt\u{1}%\0period\u{1}.\0permil\u{1}\u{2030}\0perp\u{1}⊥\0\
    pertenk\u{1}\u{2031}\0pfr\u{1}𝔭\0phi\u{1}φ\0phiv\u{1}ϕ\0phmmat\u{1}ℳ\0phone\u{1}☎\0\
    pi\u{1}π\0pitchfork\u{1}⋔\0piv\u{1}ϖ\0planck\u{1}ℏ\0planckh\u{1}ℎ\0plankv\u{1}ℏ\0\
    plus\u{1}+\0plusacir\u{1}⨣\0plusb\u{1}⊞\0pluscir\u{1}⨢\0plusdo\u{1}∔\0plusdu\u{1}⨥\0\
    pluse\u{1}⩲\0plusmn\u{1}±\0plussim\u{1}⨦\0plustwo\u{1}⨧\0pm\u{1}±\0pointint\u{1}⨕\0\
    popf\u{1}𝕡\0pound\u{1}£\0pr\u{1}≺\0prE\u{1}⪳\0prap\u{1}⪷\0prcue\u{1}≼\0pre\u{1}⪯\0\
    prec\u{1}≺\0precapprox\u{1}⪷\0preccurlyeq\u{1}≼\0preceq\u{1}⪯\0precnapprox\u{1}⪹\0\
    precneqq\u{1}⪵\0precnsim\u{1}⋨\0precsim\u{1}≾\0prime\u{1}\u{2032}\0primes\u{1}ℙ\0\
    prnE\u{1}⪵\0prnap\u{1}⪹\0prnsim\u{1}⋨\0prod\u{1}∏\0profalar\u{1}⌮\0profline\u{1}⌒\0\
    profsurf\u{1}⌓\0prop\u{1}∝\0propto\u{1}∝\0prsim\u{1}≾\0prurel\u{1}⊰\0pscr\u{1}𝓅\0\
    psi\u{1}ψ\0puncsp\u{1}\u{2008}\0qfr\u{1}𝔮\0qint\u{1}⨌\0qopf\u{1}𝕢\0qprime\u{1}\u{2057}\0\
    qscr\u{1}𝓆\0quaternions\u{1}ℍ\0quatint\u{1}⨖\0quest\u{1}?\0questeq\u{1}≟\0quot\u{1}\"\0\
    rAarr\u{1}⇛\0rArr\u{1}⇒\0rAtail\u{1}⤜\0rBarr\u{1}⤏\0rHar\u{1}⥤\0race\u{1}∽\u{331}\0\
    racute\u{1}ŕ\0radic\u{1}√\0raemptyv\u{1}⦳\0rang\u{1}⟩\0rangd\u{1}⦒\0range\u{1}⦥\0\
    rangle\u{1}⟩\0raquo\u{1}»\0rarr\u{1}→\0rarrap\u{1}⥵\0rarrb\u{1}⇥\0rarrbfs\u{1}⤠\0\
    rarrc\u{1}⤳\0rarrfs\u{1}⤞\0rarrhk\u{1}↪\0rarrlp\u{1}↬\0rarrpl\u{1}⥅\0rarrsim\u{1}⥴\0\
    rarrtl\u{1}↣\0rarrw\u{1}↝\0ratail\u{1}⤚\0ratio\u{1}∶\0rationals\u{1}ℚ\0rbarr\u{1}⤍\0\
    rbbrk\u{1}❳\0rbrace\u{1}}\0rbrack\u{1}]\0rbrke\u{1}⦌\0rbrksld\u{1}⦎\0rbrkslu\u{1}⦐\0\
    rcaron\u{1}ř\0rcedil\u{1}ŗ\0rceil\u{1}⌉\0rcub\u{1}}\0rcy\u{1}р\0rdca\u{1}⤷\0rdldhar\u{1}⥩\0\
    rdquo\u{1}\u{201d}\0rdquor\u{1}\u{201d}\0rdsh\u{1}↳\0real\u{1}ℜ\0realine\u{1}ℛ\0\
    realpart\u{1}ℜ\0reals\u{1}ℝ\0rect\u{1}▭\0reg\u{1}®\0rfisht\u{1}⥽\0rfloor\u{1}⌋\0rfr\u{1}𝔯\0\
    rhard\u{1}⇁\0rharu\u{1}⇀\0rharul\u{1}⥬\0rho\u{1}ρ\0rhov\u{1}ϱ\0rightarrow\u{1}→\0\
    rightarrowtail\u{1}↣\0rightharpoondown\u{1}⇁\0rightharpoonup\u{1}⇀\0rightleftarrows\u{1}⇄\0\
    rightleftharpoons\u{1}⇌\0rightrightarrows\u{1}⇉\0rightsquigarrow\u{1}↝\0\
    rightthreetimes\u{1}⋌\0ring\u{1}˚\0risingdotseq\u{1}≓\0rlarr\u{1}⇄\0rlhar\u{1}⇌\0\
    rlm\u{1}\u{200f}\0rmoust\u{1}⎱\0rmoustache\u{1}⎱\0rnmid\u{1}⫮\0roang\u{1}⟭\0roarr\u{1}⇾\0\
    robrk\u{1}⟧\0ropar\u{1}⦆\0ropf\u{1}𝕣\0roplus\u{1}⨮\0rotimes\u{1}⨵\0rpar\u{1})\0\
    rpargt\u{1}⦔\0rppolint\u{1}⨒\0rrarr\u{1}⇉\0rsaquo\u{1}\u{203a}\0rscr\u{1}𝓇\0rsh\u{1}↱\0\
    rsqb\u{1}]\0rsquo\u{1}\u{2019}\0rsquor\u{1}\u{2019}\0rthree\u{1}⋌\0rtimes\u{1}⋊\0\
    rtri\u{1}▹\0rtrie\u{1}⊵\0rtrif\u{1}▸\0rtriltri\u{1}⧎\0ruluhar\u{1}⥨\0rx\u{1}℞\0\
    sacute\u{1}ś\0sbquo\u{1}\u{201a}\0sc\u{1}≻\0scE\u{1}⪴\0scap\u{1}⪸\0scaron\u{1}š\0\
    sccue\u{1}≽\0sce\u{1}⪰\0scedil\u{1}ş\0scirc\u{1}ŝ\0scnE\u{1}⪶\0scnap\u{1}⪺\0scnsim\u{1}⋩\0\
    scpolint\u{1}⨓\0scsim\u{1}≿\0scy\u{1}с\0sdot\u{1}⋅\0sdotb\u{1}⊡\0sdote\u{1}⩦\0seArr\u{1}⇘\0\
    searhk\u{1}⤥\0searr\u{1}↘\0searrow\u{1}↘\0sect\u{1}§\0semi\u{1};\0seswar\u{1}⤩\0\
    setminus\u{1}∖\0setmn\u{1}∖\0sext\u{1}✶\0sfr\u{1}𝔰\0sfrown\u{1}⌢\0sharp\u{1}♯\0\
    shchcy\u{1}щ\0shcy\u{1}ш\0shortmid\u{1}∣\0shortparallel\u{1}∥\0shy\u{1}\u{ad}\0\
    sigma\u{1}σ\0sigmaf\u{1}ς\0sigmav\u{1}ς\0sim\u{1}∼\0simdot\u{1}⩪\0sime\u{1}≃\0simeq\u{1}≃\0\
    simg\u{1}⪞\0simgE\u{1}⪠\0siml\u{1}⪝\0simlE\u{1}⪟\0simne\u{1}≆\0simplus\u{1}⨤\0\
    simrarr\u{1}⥲\0slarr\u{1}←\0smallsetminus\u{1}∖\0smashp\u{1}⨳\0smeparsl\u{1}⧤\0smid\u{1}∣\0\
    smile\u{1}⌣\0smt\u{1}⪪\0smte\u{1}⪬\0smtes\u{1}⪬︀\0softcy\u{1}ь\0sol\u{1}/\0solb\u{1}⧄\0\
    solbar\u{1}⌿\0sopf\u{1}𝕤\0spades\u{1}♠\0spadesuit\u{1}♠\0spar\u{1}∥\0sqcap\u{1}⊓\0\
    sqcaps\u{1}⊓︀\0sqcup\u{1}⊔\0sqcups\u{1}⊔︀\0sqsub\u{1}⊏\0sqsube\u{1}⊑\0sqsubset\u{1}⊏\0\
    sqsubseteq\u{1}⊑\0sqsup\u{1}⊐\0sqsupe\u{1}⊒\0sqsupset\u{1}⊐\0sqsupseteq\u{1}⊒\0squ\u{1}□\0\
    square\u{1}□\0squarf\u{1}▪\0squf\u{1}▪\0srarr\u{1}→\0sscr\u{1}𝓈\0ssetmn\u{1}∖\0\
    ssmile\u{1}⌣\0sstarf\u{1}⋆\0star\u{1}☆\0starf\u{1}★\0straightepsilon\u{1}ϵ\0\
    straightphi\u{1}ϕ\0strns\u{1}¯\0sub\u{1}⊂\0subE\u{1}⫅\0subdot\u{1}⪽\0sube\u{1}⊆\0\
    subedot\u{1}⫃\0submult\u{1}⫁\0subnE\u{1}⫋\0subne\u{1}⊊\0subplus\u{1}⪿\0subrarr\u{1}⥹\0\
    subset\u{1}⊂\0subseteq\u{1}⊆\0subseteqq\u{1}⫅\0subsetneq\u{1}⊊\0subsetneqq\u{1}⫋\0\
    subsim\u{1}⫇\0subsub\u{1}⫕\0subsup\u{1}⫓\0succ\u{1}≻\0succapprox\u{1}⪸\0succcurlyeq\u{1}≽\0\
    succeq\u{1}⪰\0succnapprox\u{1}⪺\0succneqq\u{1}⪶\0succnsim\u{1}⋩\0succsim\u{1}≿\0sum\u{1}∑\0\
    sung\u{1}♪\0sup\u{1}⊃\0sup1\u{1}¹\0sup2\u{1}²\0sup3\u{1}³\0supE\u{1}⫆\0supdot\u{1}⪾\0\
    supdsub\u{1}⫘\0supe\u{1}⊇\0supedot\u{1}⫄\0suphsol\u{1}⟉\0suphsub\u{1}⫗\0suplarr\u{1}⥻\0\
    supmult\u{1}⫂\0supnE\u{1}⫌\0supne\u{1}⊋\0supplus\u{1}⫀\0supset\u{1}⊃\0supseteq\u{1}⊇\0\
    supseteqq\u{1}⫆\0supsetneq\u{1}⊋\0supsetneqq\u{1}⫌\0supsim\u{1}⫈\0supsub\u{1}⫔\0\
    supsup\u{1}⫖\0swArr\u{1}⇙\0swarhk\u{1}⤦\0swarr\u{1}↙\0swarrow\u{1}↙\0swnwar\u{1}⤪\0\
    szlig\u{1}ß\0target\u{1}⌖\0tau\u{1}τ\0tbrk\u{1}⎴\0tcaron\u{1}ť\0tcedil\u{1}ţ\0tcy\u{1}т\0\
    tdot\u{1}\u{20db}\0telrec\u{1}⌕\0tfr\u{1}𝔱\0there4\u{1}∴\0therefore\u{1}∴\0theta\u{1}θ\0\
    thetasym\u{1}ϑ\0thetav\u{1}ϑ\0thickapprox\u{1}≈\0thicksim\u{1}∼\0thinsp\u{1}\u{2009}\0\
    thkap\u{1}≈\0thksim\u{1}∼\0thorn\u{1}þ\0tilde\u{1}˜\0times\u{1}×\0timesb\u{1}⊠\0\
    timesbar\u{1}⨱\0timesd\u{1}⨰\0tint\u{1}∭\0toea\u{1}⤨\0top\u{1}⊤\0topbot\u{1}⌶\0\
    topcir\u{1}⫱\0topf\u{1}𝕥\0topfork\u{1}⫚\0tosa\u{1}⤩\0tprime\u{1}\u{2034}\0trade\u{1}™\0\
    triangle\u{1}▵\0triangledown\u{1}▿\0triangleleft\u{1}◃\0trianglelefteq\u{1}⊴\0\
    triangleq\u{1}≜\0triangleright\u{1}▹\0trianglerighteq\u{1}⊵\0tridot\u{1}◬\0trie\u{1}≜\0\
    triminus\u{1}⨺\0triplus\u{1}⨹\0trisb\u{1}⧍\0tritime\u{1}⨻\0trpezium\u{1}⏢\0tscr\u{1}𝓉\0\
    tscy\u{1}ц\0tshcy\u{1}ћ\0tstrok\u{1}ŧ\0twixt\u{1}≬\0twoheadleftarrow\u{1}↞\0\
    twoheadrightarrow\u{1}↠\0uArr\u{1}⇑\0uHar\u{1}⥣\0uacute\u{1}ú\0uarr\u{1}↑\0ubrcy\u{1}ў\0\
    ubreve\u{1}ŭ\0ucirc\u{1}û\0ucy\u{1}у\0udarr\u{1}⇅\0udblac\u{1}ű\0udhar\u{1}⥮\0\
    ufisht\u{1}⥾\0ufr\u{1}𝔲\0ugrave\u{1}ù\0uharl\u{1}↿\0uharr\u{1}↾\0uhblk\u{1}▀\0\
    ulcorn\u{1}⌜\0ulcorner\u{1}⌜\0ulcrop\u{1}⌏\0ultri\u{1}◸\0umacr\u{1}ū\0uml\u{1}¨\0\
    uogon\u{1}ų\0uopf\u{1}𝕦\0uparrow\u{1}↑\0updownarrow\u{1}↕\0upharpoonleft\u{1}↿\0\
    upharpoonright\u{1}↾\0uplus\u{1}⊎\0upsi\u{1}υ\0upsih\u{1}ϒ\0upsilon\u{1}υ\0\
    upuparrows\u{1}⇈\0urcorn\u{1}⌝\0urcorner\u{1}⌝\0urcrop\u{1}⌎\0uring\u{1}ů\0urtri\u{1}◹\0\
    uscr\u{1}𝓊\0utdot\u{1}⋰\0utilde\u{1}ũ\0utri\u{1}▵\0utrif\u{1}▴\0uuarr\u{1}⇈\0uuml\u{1}ü\0\
    uwangle\u{1}⦧\0vArr\u{1}⇕\0vBar\u{1}⫨\0vBarv\u{1}⫩\0vDash\u{1}⊨\0vangrt\u{1}⦜\0\
    varepsilon\u{1}ϵ\0varkappa\u{1}ϰ\0varnothing\u{1}∅\0varphi\u{1}ϕ\0varpi\u{1}ϖ\0\
    varpropto\u{1}∝\0varr\u{1}↕\0varrho\u{1}ϱ\0varsigma\u{1}ς\0varsubsetneq\u{1}⊊︀\0\
    varsubsetneqq\u{1}⫋︀\0varsupsetneq\u{1}⊋︀\0varsupsetneqq\u{1}⫌︀\0vartheta\u{1}ϑ\0\
    vartriangleleft\u{1}⊲\0vartriangleright\u{1}⊳\0vcy\u{1}в\0vdash\u{1}⊢\0vee\u{1}∨\0\
    veebar\u{1}⊻\0veeeq\u{1}≚\0vellip\u{1}⋮\0verbar\u{1}|\0vert\u{1}|\0vfr\u{1}𝔳\0vltri\u{1}⊲\0\
    vnsub\u{1}⊂\u{20d2}\0vnsup\u{1}⊃\u{20d2}\0vopf\u{1}𝕧\0vprop\u{1}∝\0vrtri\u{1}⊳\0\
    vscr\u{1}𝓋\0vsubnE\u{1}⫋︀\0vsubne\u{1}⊊︀\0vsupnE\u{1}⫌︀\0vsupne\u{1}⊋︀\0vzigzag\u{1}⦚\0\
    wcirc\u{1}ŵ\0wedbar\u{1}⩟\0wedge\u{1}∧\0wedgeq\u{1}≙\0weierp\u{1}℘\0wfr\u{1}𝔴\0wopf\u{1}𝕨\0\
    wp\u{1}℘\0wr\u{1}≀\0wreath\u{1}≀\0wscr\u{1}𝓌\0xcap\u{1}⋂\0xcirc\u{1}◯\0xcup\u{1}⋃\0\
    xdtri\u{1}▽\0xfr\u{1}𝔵\0xhArr\u{1}⟺\0xharr\u{1}⟷\0xi\u{1}ξ\0xlArr\u{1}⟸\0xlarr\u{1}⟵\0\
    xmap\u{1}⟼\0xnis\u{1}⋻\0xodot\u{1}⨀\0xopf\u{1}𝕩\0xoplus\u{1}⨁\0xotime\u{1}⨂\0xrArr\u{1}⟹\0\
    xrarr\u{1}⟶\0xscr\u{1}𝓍\0xsqcup\u{1}⨆\0xuplus\u{1}⨄\0xutri\u{1}△\0xvee\u{1}⋁\0\
    xwedge\u{1}⋀\0yacute\u{1}ý\0yacy\u{1}я\0ycirc\u{1}ŷ\0ycy\u{1}ы\0yen\u{1}¥\0yfr\u{1}𝔶\0\
    yicy\u{1}ї\0yopf\u{1}𝕪\0yscr\u{1}𝓎\0yucy\u{1}ю\0yuml\u{1}ÿ\0zacute\u{1}ź\0zcaron\u{1}ž\0\
    zcy\u{1}з\0zdot\u{1}ż\0zeetrf\u{1}ℨ\0zeta\u{1}ζ\0zfr\u{1}𝔷\0zhcy\u{1}ж\0zigrarr\u{1}⇝\0\
    zopf\u{1}𝕫\0zscr\u{1}𝓏\0zwj\u{1}\u{200d}\0zwnj\u{1}\u{200c}\0";

/// The characters a named reference (without `&` and `;`) stands for.
pub(crate) fn lookup(name: &str) -> Option<&'static str> {
    let blob = ENTRIES.as_bytes();
    let (mut lo, mut hi) = (0, blob.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        // The entry around `mid`: from after the previous NUL to the next one. These bytes
        // never occur inside a multi-byte character, so the bounds are character bounds.
        let start = blob[..mid]
            .iter()
            .rposition(|&b| b == 0)
            .map_or(0, |at| at + 1);
        let end = start + blob[start..].iter().position(|&b| b == 0)?;
        let split = start + blob[start..end].iter().position(|&b| b == 1)?;
        match name.as_bytes().cmp(&blob[start..split]) {
            std::cmp::Ordering::Equal => return ENTRIES.get(split + 1..end),
            std::cmp::Ordering::Less => hi = start,
            std::cmp::Ordering::Greater => lo = end + 1,
        }
    }
    None
}

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
            ("semi", ";"),
            ("zwj", "\u{200d}"),
            ("ETH", "\u{d0}"),
            ("eth", "\u{f0}"),
        ] {
            assert_eq!(lookup(name), Some(value), "{name}");
        }
        for unknown in ["", "ampx", "Amp", "zzz", "a", "&", "nbsp;"] {
            assert_eq!(lookup(unknown), None, "{unknown}");
        }
    }

    #[test]
    fn all_entries_are_sorted_and_found() {
        let names: Vec<&str> = ENTRIES
            .split('\0')
            .filter_map(|entry| entry.split_once('\u{1}').map(|(name, _)| name))
            .collect();
        assert_eq!(names.len(), 2125);
        assert!(names.windows(2).all(|w| w[0] < w[1]));
        for name in names {
            assert!(lookup(name).is_some(), "{name}");
        }
    }
}

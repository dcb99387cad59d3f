//! Word lists the detector consults: reporting verbs in the languages Broadsheet publishes
//! in, titles, name particles and capitalised words that never start a name. Lists are
//! written sorted and lowercase (a unit test keeps them so) and looked up through one small
//! index built on first use.

use std::sync::OnceLock;

use crate::model::case::lower_char;

/// Verbs that introduce or attribute speech ("she said", "said Doe", "Doe told reporters").
pub(crate) static REPORTING: Words = Words::new(
    "acknowledged acknowledges acrescentou added adding adds admitiu admits admitted \
     advirtió affirme affirmé affirmó afirmou afirmó aggiunto agreed agrees ajoute ajouté \
     alleged alleges announced announces answered answers argued argues arguing aseguró \
     asked asks asserted asserts assured assures averti añadió beamed bellowed betont \
     betonte boasted bragged cautioned cautions charged chided claimed claims commented \
     comments complained complains conceded concedes concluded concludes confirmed confirms \
     contended contends continued continues contou countered counters cried declared \
     declares declaring declarou demanded demands detto dichiarato dijo disagreed disagrees \
     disse dit déclare déclaré emailed emphasised emphasises emphasized emphasizes ergänzte \
     erklärt erklärte estime estimé exclaimed explained explaining explains explicou \
     explicó explique expliqué fretted fumed fügte garantiu griped gushed hinzugefügt \
     indique indiqué insiste insisted insisting insists insisté interjected interrupted \
     joked jokes kritisierte lamented laughed lembrou mahnte maintained maintains marveled \
     meinte mocked mused muses noted notes noting objected observed observes opined pleaded \
     pointed pondered posted posts predicted predicts promised promises protested précise \
     précisé quipped quips raconte raconté rappelle rappelé recalled recalls reconheceu \
     reconnaît reconnu recounted recounts reflected reflects reiterated reiterates remarked \
     remarks replied replies reported responded responds retorted répond répondu sagt sagte \
     said say saying says schreibt schrieb scoffed señaló shouted sighed snapped sniffed \
     souligne souligné spiegato stated states stating stressed stresses sublinhou suggested \
     suggests telling tells testified texted thundered told tweeted tweeting tweets \
     underlined urged urges vertelde vowed vows warned warning warns warnt warnte whispered \
     wondered wonders writes writing wrote yelled zeide",
    1 << 0,
);

/// Verbs whose object, not whose subject, follows them: "Doe told reporters", never
/// "“…,” told Doe", so an inverted attribution cannot start with them.
pub(crate) static OBJECT_VERBS: Words = Words::new("tell tells told", 1 << 1);

/// Verbs that attribute a partial quote to their subject without introducing speech:
/// "Doe called the estimate “optimistic at best”".
pub(crate) static EVALUATIVE: Words = Words::new(
    "accused accuses attacked attacks blamed blasted blasts branded brands call called \
     calling calls cast characterised characterized compared condemned condemns criticised \
     criticized decried decries defended defends denounced denounces derided derides \
     describe described describes describing dismissed dismisses hailed hails labeled \
     labelled labels lambasted likened likens pledged pledges praised praises scolded \
     slammed termed terms touted touts trashed",
    1 << 2,
);

/// Words allowed between a speaker and the reporting verb ("Doe later told", "she has said").
pub(crate) static VERB_FILLERS: Words = Words::new(
    "a again also calmly flatly further ha had has hat have hinzu is just later on once \
     only out previously quickly quietly recently repeatedly simply softly then was will \
     would",
    1 << 3,
);

/// Pronouns that can be the subject of a reporting verb.
pub(crate) static PRONOUNS_SINGULAR: Words =
    Words::new("ella elle er he hij il lei lui she zij él", 1 << 4);
pub(crate) static PRONOUNS_PLURAL: Words = Words::new("elles ellos ils sie they", 1 << 5);
pub(crate) static PRONOUNS_MALE: Words = Words::new("er he hij il lui él", 1 << 6);

/// Parties and nationalities that describe a name they precede ("Republican Jane Doe",
/// "French Jean Roux"): a role, not part of the name.
pub(crate) static ROLE_ADJECTIVES: Words = Words::new(
    "american australian british canadian chinese conservative democrat democratic dutch \
     french german gop independent indian iranian irish israeli italian japanese labour \
     liberal libertarian mexican palestinian republican russian saudi spanish syrian \
     turkish ukrainian",
    1 << 20,
);

/// Capitalised words that open a run of capitals without being a given name ("Team Doe",
/// "the Daily Post Doe said", "Secretary of State Jane Doe", "Former …").
pub(crate) static NOT_GIVEN_NAMES: Words = Words::new(
    "fellow former late like longtime post rival state team then",
    1 << 21,
);

/// First words of two-word reporting verbs ("went on", "shot back", "chimed in").
pub(crate) static PHRASAL: Words = Words::new(
    "chimed chimes fired fires goes hit hits shoots shot went",
    1 << 25,
);

/// Platforms: where words were posted, never who said them.
pub(crate) static PLATFORMS: Words = Words::new(
    "facebook instagram linkedin reddit snapchat telegram tiktok twitter whatsapp youtube",
    1 << 22,
);

/// Last words that make a capitalised run an organisation, beside [`ORG_WORDS`] ("Acme
/// Energy", "Harbor Watch").
pub(crate) static ORG_SUFFIXES: Words = Words::new(
    "airlines capital coal corp corporation energy fund holdings inc industries media \
     motors network news partners press times watch",
    1 << 23,
);

/// Nouns for what a person writes or posts: "Doe's Facebook post: “…”" is Doe's.
pub(crate) static DOCUMENTS: Words = Words::new(
    "blog column e-mail email essay letter memo message op-ed post statement tweet",
    1 << 24,
);

/// Titles and honorifics that precede a name. The ones in [`HONORIFICS`] are not roles.
pub(crate) static TITLES: Words = Words::new(
    "activist actor actress adm admiral adviser advisor aide alcalde alcaldesa alderman \
     ambassador analyst archbishop architect artist athlete attorney author baker biologist \
     bishop boxer brother bürgermeister bürgermeisterin campaigner capt captain cardinal \
     ceo chair chairman chairwoman chancellor chaplain chef chemist chief climber cmdr \
     coach col colonel comedian commander commissioner commuter conductor congressman \
     congresswoman constable consultant councillor councilman councilor councilwoman \
     counsel curator cyclist dame dancer dean defender deputy designer det detective \
     diplomat directeur director directrice direktor direktorin docteur doctor doctora dr \
     drummer economist editor engineer entrepreneur epidemiologist executive farmer father \
     filmmaker firefighter fisherman founder fr frau gen general goalkeeper gov governor \
     grandfather grandmother guitarist herr historian imam insp inspector investor \
     journalist judge juez jueza justice kanzler kanzlerin king lady lawyer leader \
     lieutenant lord lt madame maire maj major manager marshal mayor midfielder miner \
     minister ministerin ministra ministre ministro miss mme monk monsieur mother mr mrs ms \
     musician mx novelist nun nurse officer organiser organizer owner partner pastor \
     pensioner photographer physicist pianist pilot player playwright poet pollster pope \
     portavoz premier president presidenta presidente priest prince princess producer prof \
     professor professorin prosecutor präsident präsidentin président présidente queen \
     rabbi rapper rep reporter representative researcher resident rev reverend richter \
     richterin runner scientist secretary secretary-general sen senator senatore sergeant \
     sgt sheikh sheriff shopkeeper sindaco singer sir sister soldier speaker spokesman \
     spokesperson spokeswoman sprecher sprecherin sr sra strategist striker student \
     superintendent supt survivor swimmer teacher teenager treasurer veteran vicar \
     virologist volunteer widow writer",
    1 << 7,
);

/// Honorifics: titles that say nothing about a person's role.
pub(crate) static HONORIFICS: Words = Words::new(
    "dame dr frau herr lady lord madame miss mme monsieur mr mrs ms mx sir sr sra",
    1 << 8,
);
pub(crate) static HONORIFICS_MALE: Words =
    Words::new("father herr king lord monsieur mr prince sir sr", 1 << 9);
pub(crate) static HONORIFICS_FEMALE: Words = Words::new(
    "dame frau lady madame miss mme mrs ms princess queen sister sra",
    1 << 10,
);

/// Abbreviations whose trailing period does not end a sentence.
pub(crate) static ABBREVIATIONS: Words = Words::new(
    "adm apr aug capt cmdr co col corp dec det dr e.g etc feb fr ft gen gov hon i.e inc \
     insp jan jr lt ltd maj mme mr mrs ms mt mx no nov oct pres prof rep rev sen sept sgt \
     sr st supt vs",
    1 << 11,
);

/// Lowercase particles inside names: Ludwig van Beethoven, Ana de Souza, Osama bin Laden.
pub(crate) static PARTICLES: Words = Words::new(
    "af al av bin binti da das de degli dei del della dem den der di do dos du el ibn la le \
     st ten ter van von y zu",
    1 << 12,
);

/// Capitalised words that do not start or belong to a person's name (sentence starters,
/// determiners, weekdays, months that are rarely first names, group nouns).
pub(crate) static NOT_NAMES: Words = Words::new(
    "a according after all also although an analysts and another any as at authorities \
     because before both but by critics das december dem den der des die doctors during \
     each ein eine einer el elle els er es even every everyone experts february for friday \
     from he her here his how however i if il in into investigators it its january la las \
     last le les los many meanwhile monday more most my next no nobody none not november \
     october officials on one only or others our parents police protesters researchers \
     residents saturday scientists september she since so some still students sunday \
     teachers that the their then there these they this those thursday to today tuesday un \
     une until voters we wednesday what when where while who why with witnesses workers yes \
     yesterday yet you",
    1 << 13,
);

/// Nouns that make the next quoted words a title, a term or a nickname, not speech.
pub(crate) static TITLE_NOUNS: Words = Words::new(
    "album anthem article banner book campaign caption chant column doctrine documentary \
     dubbed entitled episode essay exhibition expression film hashtag headline label motto \
     movie musical named nickname nicknamed novel opera operation painting phrase play \
     podcast poem programme series show slogan so-called song term titled word words",
    1 << 14,
);

/// First words of an appositive that is a clause or an age, not a role ("Doe, who led…").
pub(crate) static NOT_ROLE_STARTS: Words = Words::new(
    "according after although and as at before but during for from having he however if in \
     it meanwhile on she since speaking that they though through when where which while who \
     whom whose with writing",
    1 << 15,
);

/// Words that join clauses; a name right after one is a subject ("…, and Doe said").
pub(crate) static CONJUNCTIONS: Words = Words::new(
    "after although and as because before but so that though when whereas while",
    1 << 16,
);

/// Determiners before a lowercase speaker ("the minister said"), which names nobody.
pub(crate) static DETERMINERS: Words = Words::new(
    "a an another das dem den der des die ein eine el gli her his il its la las le les lo \
     los o one os our several some the their two um uma un una une uno",
    1 << 17,
);

/// Prepositions, which end a role description before a name ("spoke to Jane Doe").
pub(crate) static PREPOSITIONS: Words = Words::new(
    "about after against at before by during for from in into of on since through to toward \
     towards under until with without",
    1 << 19,
);

/// Words that start the name of an institution, never part of a person's name.
pub(crate) static ORG_WORDS: Words = Words::new(
    "agence agencia agency agentur amt association bank center centre centro city clinic \
     club college commission company council court department fondation foundation \
     fundación gericht government group hospital institut institute instituto klinik \
     kommission ministerio ministerium ministry ministère museo museum musée partei parti \
     partido party police polizei regierung school schule society stadt stiftung theater \
     theatre tribunal union universidad university università universität université \
     verband zentrum",
    1 << 18,
);

/// One word list. All lists share one index from lowercase word to a bit set of the lists
/// that hold it, so a token is looked up once (when it is tokenized) and every later test is
/// a bit test. Lookups are the hot path of detection.
pub(crate) struct Words {
    /// The words, separated by spaces: one string rather than a slice of strings, which
    /// would add a pointer and a length per word to the bundle (9 KB for the 1,128 words).
    list: &'static str,
    bit: u32,
}

static ALL: [&Words; 26] = [
    &REPORTING,
    &OBJECT_VERBS,
    &EVALUATIVE,
    &VERB_FILLERS,
    &PRONOUNS_SINGULAR,
    &PRONOUNS_PLURAL,
    &PRONOUNS_MALE,
    &TITLES,
    &HONORIFICS,
    &HONORIFICS_MALE,
    &HONORIFICS_FEMALE,
    &ABBREVIATIONS,
    &PARTICLES,
    &NOT_NAMES,
    &TITLE_NOUNS,
    &NOT_ROLE_STARTS,
    &CONJUNCTIONS,
    &DETERMINERS,
    &ORG_WORDS,
    &PREPOSITIONS,
    &ROLE_ADJECTIVES,
    &NOT_GIVEN_NAMES,
    &PLATFORMS,
    &ORG_SUFFIXES,
    &DOCUMENTS,
    &PHRASAL,
];

/// Word -> lists. The words are bucketed by length and by the low five bits of their first
/// and last bytes, which lowercasing leaves alone for ASCII letters: an ASCII word in any
/// case goes straight to its bucket (rarely holding more than one word) and is compared
/// ignoring case, with no copy and no hashing. Built on first use, so the binary holds only
/// the lists themselves.
pub(crate) struct Index {
    /// Bit n: some word is n bytes long.
    lengths: u64,
    /// Bucket b holds `words[starts[b]..starts[b + 1]]`.
    starts: Vec<u16>,
    /// Distinct words with the lists holding them, in bucket order.
    words: Vec<(&'static [u8], u32)>,
}

const BUCKETS: usize = 1 << 12;

#[inline(always)]
fn bucket(word: &[u8]) -> Option<usize> {
    let (first, last) = (word.first()?, word.last()?);
    Some((usize::from(first & 31) << 7) | (usize::from(last & 31) << 2) | (word.len() & 3))
}

/// Is `key` (lowercase, or ASCII in any case) the lowercase `word`?
#[inline(always)]
fn same(word: &[u8], key: &[u8]) -> bool {
    if word.len() != key.len() {
        return false;
    }
    let mut i = 0;
    while let (Some(w), Some(k)) = (word.get(i), key.get(i)) {
        if *w != k.to_ascii_lowercase() {
            return false;
        }
        i += 1;
    }
    true
}

static INDEX: OnceLock<Index> = OnceLock::new();

impl Index {
    fn build() -> Self {
        // A counting sort of every (word, list) into its bucket, then duplicates (a word in
        // several lists) merged within each bucket, which holds a few words at most: no
        // comparison sort, since this runs on the page's first detection.
        let mut lengths = 0u64;
        let mut counts = vec![0u16; BUCKETS + 1];
        for list in ALL {
            for word in list.words() {
                lengths |= 1u64.checked_shl(word.len() as u32).unwrap_or(0);
                if let Some(b) = bucket(word.as_bytes()) {
                    counts[b + 1] += 1;
                }
            }
        }
        for b in 0..BUCKETS {
            counts[b + 1] += counts[b];
        }
        let mut placed: Vec<(&'static [u8], u32)> = vec![(&[], 0); usize::from(counts[BUCKETS])];
        let mut next = counts.clone();
        for list in ALL {
            for word in list.words() {
                if let Some(b) = bucket(word.as_bytes()) {
                    placed[usize::from(next[b])] = (word.as_bytes(), list.bit);
                    next[b] += 1;
                }
            }
        }
        let mut starts = vec![0u16; BUCKETS + 1];
        let mut words: Vec<(&'static [u8], u32)> = Vec::with_capacity(placed.len());
        for b in 0..BUCKETS {
            let first = words.len();
            for &(word, bit) in &placed[usize::from(counts[b])..usize::from(counts[b + 1])] {
                match words[first..].iter_mut().find(|(w, _)| *w == word) {
                    Some((_, bits)) => *bits |= bit,
                    None => words.push((word, bit)),
                }
            }
            starts[b + 1] = words.len() as u16;
        }
        Index {
            lengths,
            starts,
            words,
        }
    }

    /// The index, built on first use.
    pub(crate) fn get_or_build() -> &'static Index {
        INDEX.get_or_init(Index::build)
    }

    /// The lists holding `key`: lowercase, or ASCII in any case.
    pub(crate) fn get(&self, key: &[u8]) -> u32 {
        if key.len() >= 64 || self.lengths & (1u64 << key.len()) == 0 {
            return 0;
        }
        let Some(b) = bucket(key) else { return 0 };
        let (Some(&from), Some(&to)) = (self.starts.get(b), self.starts.get(b + 1)) else {
            return 0;
        };
        for &(word, bits) in self
            .words
            .get(usize::from(from)..usize::from(to))
            .unwrap_or(&[])
        {
            if same(word, key) {
                return bits;
            }
        }
        0
    }
}

/// The lists (as a bit set of [`Words::bit`]s) that hold `word`, in any case.
pub(crate) fn lists_of(word: &str) -> u32 {
    let index = Index::get_or_build();
    if word.is_ascii() {
        return index.get(word.as_bytes());
    }
    if word.len() > 48 {
        return 0;
    }
    // Lowercase on the stack: words with curly apostrophes (don’t) are common.
    let mut buf = [0u8; 64];
    let mut len = 0;
    for c in word.chars().map(lower_char) {
        let n = c.len_utf8();
        let Some(slot) = buf.get_mut(len..len + n) else {
            return 0;
        };
        c.encode_utf8(slot);
        len += n;
    }
    index.get(&buf[..len])
}

impl Words {
    const fn new(list: &'static str, bit: u32) -> Self {
        Words { list, bit }
    }

    pub(crate) fn bit(&self) -> u32 {
        self.bit
    }

    /// Is `word`, in any case, in the list?
    pub(crate) fn contains(&self, word: &str) -> bool {
        lists_of(word) & self.bit != 0
    }

    /// The list's words.
    fn words(&self) -> impl Iterator<Item = &'static str> {
        self.list.split_ascii_whitespace()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_lowercase_and_unique() {
        let lists: &[(&str, &Words)] = &[
            ("REPORTING", &REPORTING),
            ("OBJECT_VERBS", &OBJECT_VERBS),
            ("EVALUATIVE", &EVALUATIVE),
            ("VERB_FILLERS", &VERB_FILLERS),
            ("PRONOUNS_SINGULAR", &PRONOUNS_SINGULAR),
            ("PRONOUNS_PLURAL", &PRONOUNS_PLURAL),
            ("PRONOUNS_MALE", &PRONOUNS_MALE),
            ("TITLES", &TITLES),
            ("HONORIFICS", &HONORIFICS),
            ("HONORIFICS_MALE", &HONORIFICS_MALE),
            ("HONORIFICS_FEMALE", &HONORIFICS_FEMALE),
            ("ABBREVIATIONS", &ABBREVIATIONS),
            ("PARTICLES", &PARTICLES),
            ("NOT_NAMES", &NOT_NAMES),
            ("TITLE_NOUNS", &TITLE_NOUNS),
            ("NOT_ROLE_STARTS", &NOT_ROLE_STARTS),
            ("CONJUNCTIONS", &CONJUNCTIONS),
            ("DETERMINERS", &DETERMINERS),
            ("ORG_WORDS", &ORG_WORDS),
            ("PREPOSITIONS", &PREPOSITIONS),
            ("ROLE_ADJECTIVES", &ROLE_ADJECTIVES),
            ("NOT_GIVEN_NAMES", &NOT_GIVEN_NAMES),
            ("PLATFORMS", &PLATFORMS),
            ("ORG_SUFFIXES", &ORG_SUFFIXES),
            ("DOCUMENTS", &DOCUMENTS),
            ("PHRASAL", &PHRASAL),
        ];
        for (name, words) in lists {
            let list: Vec<&str> = words.words().collect();
            for pair in list.windows(2) {
                assert!(
                    pair[0] < pair[1],
                    "{name}: {:?} before {:?}",
                    pair[0],
                    pair[1]
                );
            }
            for word in list.iter() {
                assert_eq!(word.to_lowercase(), *word, "{name}: {word}");
            }
        }
    }

    #[test]
    fn every_word_is_found_and_short() {
        for words in ALL {
            for word in words.words() {
                assert!(lists_of(word) & words.bit() != 0, "{word}");
                assert!(lists_of(&word.to_uppercase()) & words.bit() != 0, "{word}");
            }
        }
        assert_eq!(lists_of("saidx"), 0);
        assert_eq!(lists_of(""), 0);
    }

    #[test]
    fn lookup_ignores_case() {
        assert!(REPORTING.contains("Said"));
        assert!(REPORTING.contains("DÉCLARÉ"));
        assert!(!REPORTING.contains("walked"));
        assert!(!REPORTING.contains(&"x".repeat(100)));
    }
}

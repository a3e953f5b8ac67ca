// Lexicon: the compiled dictionaries (actors, roles, event patterns, cues, CAMEO table) from data/.
//
// All surfaces are stored in matching form (text/normalize.h NormalizeForMatch, then the definite
// article stripped from each word), so a Doc token's stem can be looked up directly.
// A Lexicon is immutable once loaded and safe to share between threads. File formats: docs/data-formats.md.
#pragma once

#include <array>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "mizan/key_filter.h"
#include "mizan/doc.h"
#include "mizan/status.h"

namespace mizan {

// A named actor: a state, a person with a dated role, an organization or group.
struct ActorEntry {
  std::string id;          // stable dictionary id, e.g. "person:khalifa_haftar" or "state:LBY"
  std::string name;        // canonical Arabic name
  std::string code;        // CAMEO actor code, e.g. "LBYMIL"
  ActorKind kind = ActorKind::kState;
  std::string from, to;    // validity "YYYY[-MM[-DD]]", "" = open
  MentionVia via = MentionVia::kName;  // kMetonym for capitals standing for governments
  // Every one-word form of the name is written with the article ("الصدر", "البغدادي"): the bare word
  // ("بيان صدر أمس": was issued) is no match.
  bool one_word_article = false;
  // A person whose every one-word form is written without it ("وحيدي", "ظريف"): the word with the
  // article ("الوحيدي", a Jordanian gunman; "الظريف", the nice one) is someone or something else.
  bool one_word_bare = false;
};

// A role noun or phrase: "وزير الخارجية" -> GOV, "ضابط استخبارات" -> SPY.
struct RoleEntry {
  std::string role;        // one or more 3-letter role codes, e.g. "GOV" or "GOVMIL"
  ActorKind kind = ActorKind::kPerson;
  bool plural = false;
};

// An event trigger: a verb (conjugated by the loader) or a verbal noun, with how to find its target.
struct PatternEntry {
  std::string id;
  std::string cameo;               // e.g. "040"
  bool noun = false;               // verbal noun (مصدر) rather than a finite verb
  std::vector<std::string> preps;  // prepositions that introduce the target; "-" = direct object
  bool inverse = false;            // the prepositional actor (من) is the source, the subject the target
  bool symmetric = false;
  bool patient_genitive = false;  // a noun whose genitive suffers the act ("استهداف الكتيبة": the battalion is targeted)
  bool participle = false;         // a passive participle: the actor it describes undergoes the act ("جمعية ... المصنفة على قائمة الإرهاب")
  bool place_adjective = false;    // a nationality on the noun is where it happens ("الحرب السورية"), not its agent
  bool no_article_noun = false;    // the perfect written with ال is another word ("السلم" peace, not سلّم)
  bool article_noun = false;       // a one-word noun that is this act only with its article ("الضرب" beating, "ضرب الاستقرار" not)
  bool retake = false;             // taking a place back: a place of the taker's own country is its target ("عملية تحرير درنة")
  std::vector<std::string> tail;   // words that must follow the trigger (e.g. "اتصالا" "هاتفيا")
};

// A code that depends on an actor's role (data/events/role_codes.tsv): a trigger pattern (by id, or any
// pattern with that CAMEO code) codes `cameo` when its source or target has one of `roles`.
struct RoleCodeRule {
  std::string pattern;             // a verbs.tsv id or a CAMEO code
  bool on_target = false;          // the target's role decides, else the source's
  std::vector<std::string> roles;  // 3-letter role codes, compared with the actor's first role
  std::string cameo;
};

// A cue word or phrase for attribution, certainty, negation or brokers (attrib/).
struct CueEntry {
  CueKind kind = CueKind::kAttribution;
  std::string label;
};

// What the CAMEO tables say about one event code.
struct CameoInfo {
  std::string code, name;
  double goldstein = 0;
  int quad = 0;
  std::string plover, plover_mode;
};

// One dictionary hit at a token: which table, which row, how many tokens it covers.
struct LexHit {
  enum Table : uint8_t { kActor, kDemonym, kRole, kPattern, kCue } table;
  idx_t row;      // index into the table's vector (for kDemonym: a country code row in demonyms())
  idx_t length;   // tokens covered
  idx_t words = 0;  // the phrase's own words (a pattern may have others between them: length >= words)
};

class Lexicon {
 public:
  // Loads every table below data_dir (see docs/data-formats.md). Country names come from ICU/CLDR.
  static StatusOr<std::unique_ptr<Lexicon>> Load(const std::string& data_dir);

  // The matching key of every token of doc (MatchKey of its stem), computed once per Doc.
  std::vector<std::string> TokenKeys(const Doc& doc) const;
  // All dictionary entries whose phrase starts at token `tok` (all lengths, longest first).
  // Phrases never cross a sentence end; pattern tails may skip up to 3 tokens between words.
  void MatchAt(const Doc& doc, const std::vector<std::string>& keys, idx_t tok, std::vector<LexHit>* hits) const;

  // True when a word (in matching form) is in some dictionary: the segmenter splits clitics only then.
  bool IsKnownWord(std::string_view match_form) const;

  const CameoInfo* Cameo(std::string_view code) const;
  const std::vector<ActorEntry>& actors() const { return actors_; }
  const std::vector<RoleEntry>& roles() const { return roles_; }
  const std::vector<PatternEntry>& patterns() const { return patterns_; }
  // The code pattern `p` gives for these actor codes: a role_codes.tsv row's, else p.cameo.
  const std::string& CodeForRoles(const PatternEntry& p, std::string_view source, std::string_view target) const;
  const std::vector<CueEntry>& cues() const { return cues_; }
  // Country codes reachable through a nationality adjective, by row (LexHit::kDemonym).
  const std::vector<std::string>& demonyms() const { return demonyms_; }
  // Canonical Arabic name of a country code (from ICU), or "" when unknown.
  std::string CountryName(std::string_view alpha3) const;
  // Version string of the loaded data (from data/VERSION), stored with every run.
  const std::string& version() const { return version_; }
  size_t size() const;

  // The dictionary form of a stem that lost its ending to a pronoun suffix (زيارت -> زياره, لقاي ->
  // لقاء), or "" when there is none.
  std::string BaseBeforeSuffix(std::string_view stem) const;

  // Closed word lists the actor and argument rules consult by class (data/text/word_classes.tsv):
  // whether the token key `key` (MatchKey form) is in class `cls`. The classes are an enum so that a
  // misspelt class is a compile error, and a class the code does not know is a load error.
  enum class WordClass {
    kHonorific, kStrikeNoun, kFireNoun, kAimPrep, kStruckSite, kTimeConj, kSidesNoun, kJoinVerb, kLandingVerb,
    kCarryOutVerb, kMasdarGovernor, kOfficeWord, kPlacePrep, kOriginPrep, kNamedMeeting, kTopicPrep, kFamilyNoun, kGenericNoun, kIllness,
    kPatronAdjective, kSystemAdjective, kClosingAdjective, kWrongdoing, kLawful, kLandmarkWord, kClauseOpener, kLedBy,
    kDegreeAdjective, kInterestNoun, kPolicyWord, kAllegationNoun, kNecessityNoun, kThingPhrase, kReachVerb, kAccusedWord, kCensureWord, kGhayrCensure,
    kCount
  };
  // The class's name in word_classes.tsv ("struck_site"); WordClassNamed is its inverse (false: unknown).
  static std::string_view WordClassName(WordClass cls);
  static bool WordClassNamed(std::string_view name, WordClass* cls);
  bool InClass(WordClass cls, std::string_view key) const;

  // Whether the verb key `key` comes only from forms written with a leading ال ("التقى" -> "تقي"): the
  // text's token then has it too; "تقي" written without it is another word (the name "تقي الدين").
  bool VerbNeedsArticle(std::string_view key) const;

  // Whether the verb key `key` is a perfect form of some verb pattern (the only verb form that, written
  // with ال, may be read as the verb's noun: "القصف"); false for imperfect-only keys ("نصف" of يصف).
  bool VerbKeyIsPerfect(std::string_view key) const;

  // Matching form of a word: normalized, definite article stripped (public for tests and tools).
  static std::string MatchKey(std::string_view word);
  // Whether a normalized word starts with the definite article ال ("العراق", "الصدر").
  static bool HasArticle(std::string_view word);
  // Whether a MatchKey is a preposition written as a word of its own (في، من، إلى، على، مع، عبر ...; ب
  // and ل are proclitics instead).
  static bool IsPreposition(std::string_view key);
  // Whether token t is governed by a preposition: ب، ل or ك on it, or a preposition word right before it
  // in its sentence ("لسكان", "في ليبيا", "عن استيائه").
  static bool AfterPreposition(const Doc& doc, idx_t t);
  // Whether the words right before token t open an according-to clause whose verb carries the thing
  // said as its pronoun ("وفقا لما نقلته", "حسبما ذكرته", "بحسب ما أوردته"): the actor at t is only
  // the one who reports, neither the sentence's subject nor an argument of its acts.
  static bool AfterReportingAside(const Doc& doc, idx_t t);
  // Whether a MatchKey is a nisba adjective by its ending (حكومي، الانتقالية): ي or يه after a stem.
  static bool IsNisba(std::string_view key);

 private:
  friend class LexiconBuilder;
  struct Phrase {
    std::vector<std::string> words;  // in MatchKey form; words[0] is the index key
    LexHit::Table table;
    idx_t row;
    // Pattern tails written with their preposition ("بقصف"): tail_bits[i] holds the proclitics
    // (ب، ل، +ال) a token needs and tail_bare[i] the rest of the word; empty when the phrase has none.
    std::vector<uint8_t> tail_bits;
    std::vector<std::string> tail_bare;
  };
  std::vector<ActorEntry> actors_;
  std::vector<RoleEntry> roles_;
  std::vector<PatternEntry> patterns_;
  std::vector<RoleCodeRule> role_codes_;
  std::vector<CueEntry> cues_;
  std::vector<std::string> demonyms_;
  // ICU/CLDR country names are indexed once per process and shared by every Lexicon (lexicon.cc):
  // rebuilding that index was two thirds of a dictionary load. cldr_rows_[i] is the actor row of CLDR
  // country i in this Lexicon, or kVetoed when country_aliases.tsv marks its name `not`.
  struct CldrIndex;
  static constexpr idx_t kVetoed = ~idx_t{0};
  const CldrIndex* cldr_ = nullptr;
  std::vector<idx_t> cldr_rows_;
  size_t cldr_phrases_ = 0;  // CLDR names not vetoed (counted in size())
  bool IsKnownKey(std::string_view key) const;
  // Pattern tails written with ب/ل (+ال) are matched through the token's proclitics (lexicon.cc).
  void DropCliticTails(const std::unordered_set<std::string>& listed);
  std::unordered_map<std::string, CameoInfo> cameo_;
  std::vector<Phrase> phrases_;
  std::unordered_map<std::string, std::vector<idx_t>> by_first_word_;
  // Transparent hashing lets the segmenter look words up by string_view without copying them.
  struct ViewHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_set<std::string, ViewHash, std::equal_to<>> known_words_;
  // Verb head keys -> whether every form that gave the key began with ال (VerbNeedsArticle).
  std::unordered_map<std::string, bool, ViewHash, std::equal_to<>> verb_article_;
  std::unordered_set<std::string, ViewHash, std::equal_to<>> verb_perfect_;
  // word_classes.tsv: class -> its words' keys.
  std::array<std::unordered_set<std::string, ViewHash, std::equal_to<>>, static_cast<size_t>(WordClass::kCount)>
      classes_;
  KeyFilter known_filter_;        // known_words_ and the CLDR words, built at the end of Load
  bool known_filter_ready_ = false;
  KeyFilter first_filter_;        // the keys of by_first_word_ and of the CLDR names' first words
  bool first_filter_ready_ = false;
  std::string version_;
};

}  // namespace mizan

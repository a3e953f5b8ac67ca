// Doc: one article and everything the pipeline has found in it, with offsets back to the original text.
//
// A Doc owns the original UTF-8 text, which never changes. Stages add layers in order:
//   normalize  -> norm, norm_to_orig            (text/normalize.h)
//   segment    -> sentences, tokens (+clitics)  (text/tokenize.h, text/sentences.h)
//   actors     -> mentions (+ coreference)      (actor/)
//   time       -> times                         (time/)
//   attrib     -> cues (attribution, certainty, negation, brokers) (attrib/)
//   events     -> events                        (event/)
// Every layer points into the normalized text by byte offset (tokens) or by index into an earlier
// layer; Doc::OrigSpan() turns any normalized range back into original code-point offsets, which is
// what the output contract (event-schema.md) asks for.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mizan {

using idx_t = uint32_t;
inline constexpr idx_t kNone = static_cast<idx_t>(-1);

// A half-open range [begin, end).
struct Range {
  idx_t begin = 0;
  idx_t end = 0;
  idx_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
};

// Which proclitics a token carried (bitmask over Token::proclitics).
enum Proclitic : uint8_t {
  kProWa = 1,     // و  "and"
  kProFa = 2,     // ف  "so"
  kProBi = 4,     // ب  "with/by"
  kProLi = 8,     // ل  "for/to" (also لل = ل + ال)
  kProKa = 16,    // ك  "like"
  kProSa = 32,    // س  future
  kProAl = 64,    // ال definite article
};

// The pronoun enclitic on a token, if any. Person/number/gender lets coreference pick an antecedent.
enum class Enclitic : uint8_t { kNone = 0, kHu, kHa, kHuma, kHum, kHunna, kKa, kKum, kNa, kYa };

// Token flags (bitmask over Token::flags).
enum TokenFlag : uint16_t {
  kTokWord = 1,         // Arabic or Latin letters
  kTokNumber = 2,       // digits (already ASCII in the normalized text)
  kTokPunct = 4,
  kTokClauseSep = 8,    // ، ؛ , ; : — separate clauses, not sentences
  kTokQuote = 16,       // « » " “ ”
  kTokParaStart = 32,   // first token of a paragraph
};

struct Token {
  Range norm;            // the whole written word in Doc::norm (bytes)
  Range stem;            // the word without its clitics, in Doc::norm (bytes); == norm when none
  idx_t sentence = 0;    // index into Doc::sentences
  uint16_t flags = 0;    // TokenFlag bits
  uint8_t proclitics = 0;  // Proclitic bits
  Enclitic enclitic = Enclitic::kNone;
};

struct Sentence {
  Range norm;            // bytes in Doc::norm
  Range tokens;          // indices into Doc::tokens
  idx_t paragraph = 0;   // 0-based paragraph number (a paragraph is a line of the input)
};

// What a mention refers to: a state, a person, an organization or group, or a role with no name.
enum class ActorKind : uint8_t { kState, kPerson, kOrganization, kGroup };

// How a mention was found: by name, by a role phrase, as a pronoun/clitic or a descriptive reference
// resolved by coreference, or as a metonym (a capital standing for its government).
enum class MentionVia : uint8_t { kName, kRole, kPronoun, kDescription, kMetonym };

// One reference to an actor in the text. Pronoun mentions have tokens of length 1 and point at the
// clitic or the pronoun; their code and name come from the antecedent.
struct Mention {
  Range tokens;          // token indices
  Range norm;            // exact bytes in Doc::norm (a clitic pronoun covers only the clitic)
  idx_t sentence = 0;
  std::string code;      // CAMEO actor code, e.g. "LBYMIL"; "" when unresolved
  std::string name;      // canonical name of the actor, e.g. "خليفة حفتر"
  std::string actor_id;  // dictionary id of the actor ("" for role compositions)
  ActorKind kind = ActorKind::kState;
  MentionVia via = MentionVia::kName;
  idx_t antecedent = kNone;  // for pronouns/descriptions: index of the mention it resolves to
  bool plural = false;
  float confidence = 1.0f;
};

// A date phrase and the date it names, resolved against the publication date.
struct TimeExpr {
  Range tokens;
  Range norm;
  idx_t sentence = 0;
  std::string value;        // ISO 8601 cut to granularity: "2016", "2021-11", "2021-11-03", "2016-W24"
  std::string granularity;  // day|week|month|quarter|year|decade
  std::string qualifier;    // early|mid|late|approx|before|after or ""
  std::string anchor;       // published|text|none
  // "بعد يومين من القمة": the date of the noun right after the phrase (the summit), counted back from
  // the clause's own date; it governs only the event whose trigger follows it.
  bool of_next_noun = false;
};

// A cue that frames the claims of a sentence or clause: who says so and how sure, or a negation.
enum class CueKind : uint8_t { kAttribution, kCertainty, kNegation, kBroker, kPlace };

struct Cue {
  CueKind kind = CueKind::kAttribution;
  Range tokens;
  Range norm;
  idx_t sentence = 0;
  std::string label;        // attribution: author|named|anonymous|close-to-actor|media|leaks;
                            // certainty: asserted|reported|hedged|denied; negation: "negated";
                            // place: a gazetteer key
  idx_t mention = kNone;    // the actor a named/close-to-actor attribution or broker points to
  std::string country;      // places: ISO alpha-3
  double lat = 0, lon = 0;  // places
};

enum class Certainty : uint8_t { kAsserted, kReported, kHedged, kDenied };

// The names these closed sets have in JSON, the store and the dump.
const char* CertaintyName(Certainty c);
const char* ActorKindName(ActorKind k);   // state|person|organization|group
const char* MentionViaName(MentionVia v); // name|role|pronoun|description|metonym
const char* CueKindName(CueKind k);       // attribution|certainty|negation|broker|place

// An actor as it appears in an event: the resolved code and name and the words that refer to it.
struct EventActor {
  idx_t mention = kNone;    // index into Doc::mentions
  std::string code;
  std::string name;
  Range norm;               // the words in the sentence (for a pronoun: the pronoun)
};

struct Event {
  idx_t sentence = 0;
  Range trigger_tokens;
  Range trigger_norm;
  EventActor source, target;
  bool has_broker = false;
  EventActor broker;
  std::string cameo;        // most specific code, e.g. "040"
  std::string pattern_id;   // id of the lexicon pattern that fired (for debugging and eval)
  bool negated = false;
  Certainty certainty = Certainty::kAsserted;
  idx_t attribution = kNone;  // index into Doc::cues (kAttribution), kNone = the author's voice
  idx_t time = kNone;         // index into Doc::times, kNone = publication date, approx
  idx_t place = kNone;        // index into Doc::cues (kPlace)
  float confidence = 0.5f;
};

class Doc {
 public:
  // text must be valid UTF-8 (see text/decode.h for bytes of unknown encoding).
  Doc(std::string id, std::string text);

  std::string id;
  std::string published;    // "YYYY-MM-DD" or "" when unknown
  std::string outlet, title, url;

  const std::string& text() const { return text_; }

  // Layers, in pipeline order. Stages append; later stages read but do not rewrite earlier layers.
  std::string norm;                 // normalized text for matching (text/normalize.h)
  std::vector<idx_t> norm_to_orig;  // size norm.size()+1: byte in text() where norm byte i starts
  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::vector<std::string> token_keys;  // per token: its stem in dictionary matching form (actors stage)
  std::vector<Mention> mentions;
  std::vector<TimeExpr> times;
  std::vector<Cue> cues;
  std::vector<Event> events;

  // Names of the stages that have run, in order (Pipeline checks `requires` against this).
  std::vector<std::string> done;
  bool Has(std::string_view stage) const;

  // Views into the normalized text.
  std::string_view Norm(Range r) const { return std::string_view(norm).substr(r.begin, r.size()); }
  std::string_view TokenText(idx_t t) const { return Norm(tokens[t].norm); }
  std::string_view StemText(idx_t t) const { return Norm(tokens[t].stem); }
  // Bytes of the normalized range [first token begin, last token end).
  Range TokensNorm(Range toks) const;

  // Original text for a normalized range, and its offsets in code points (the output contract).
  Range OrigBytes(Range norm_range) const;
  Range OrigCodePoints(Range norm_range) const;
  std::string OrigText(Range norm_range) const;
  // Code-point offset of an original byte offset (O(log n) after the first call).
  idx_t CodePointAt(idx_t orig_byte) const;

  // Removes the mentions m with drop[m] and renumbers every index into `mentions` that the document
  // holds (Mention::antecedent, Cue::mention, the events' source, target and broker); an index to a
  // removed mention becomes kNone. The one place that knows those fields.
  void EraseMentions(const std::vector<bool>& drop);

 private:
  std::string text_;
  mutable std::vector<idx_t> cp_checkpoints_;  // code points before byte 64*k
};

}  // namespace mizan

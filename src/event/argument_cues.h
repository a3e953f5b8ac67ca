// Argument cues: closed word classes that tell which actor an event is done to (event stage).
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_set>

#include "mizan/doc.h"
#include "mizan/lexicon.h"

namespace mizan {

// A closed set of words, kept in matching form (Lexicon::MatchKey) so that token_keys meet it.
class WordSet {
 public:
  WordSet(std::initializer_list<const char*> surfaces);
  bool Has(std::string_view key) const { return keys_.count(std::string(key)) != 0; }

 private:
  std::unordered_set<std::string> keys_;
};

// Whether a count starts at token t: a number ("28"), a number word ("ثلاثة", "عشرات", "عدد"), after
// an optional approximation ("ما لا يقل عن", "أكثر من", "نحو", "حوالي"). Right after a violent verb
// this marks the unvocalized passive: "قتل 28 متطوعا" is قُتل, the count its victims.
bool CountAt(const Doc& doc, idx_t t, idx_t end);

// Forms of تعرّض "was subjected to" (تعرض، تعرضت، يتعرض، تعرضوا، the noun تعرض): with "لـ" + a noun
// of violence its subject is the victim ("تعرض قيادي في حماس للخطف").
bool IsExposureWord(std::string_view key);

// A word that introduces the target of a protest ("احتجاجا على X", "تنديدا بـ", "ضد", "مطالبين X",
// "أمام مقر X", "نحو السفارة X", "إحراق الأعلام X"): the number of tokens of the cue at t (with its
// preposition when it is a word of its own), 0 when none starts there.
idx_t ProtestTargetCue(const Doc& doc, idx_t t, idx_t end);

// A partitive noun before "من" ("قوة من الشرطة", "عناصر من الجيش", "ثلاثة من"): the phrase is the
// actor after من, with no preposition of its own. Number words and digits count.
bool IsPartitive(const Doc& doc, idx_t t);

// Prepositions after which an actor near a violent act is its victim: "هجوم على X", "ضد".
bool IsVictimPrep(std::string_view prep);
// صوب، نحو، باتجاه، تجاه، إلى: where a projectile is fired ("أطلقوا صواريخ صوب المملكة").
bool IsAimPrep(const Lexicon& lex, std::string_view prep);

// A noun of a site, post, convoy or vehicle an attack strikes ("قاعدة", "مركزا", "دورية", "آلية"): with
// "لـ" + an actor after it, the actor is the victim ("استهدف قاعدة للجيش الكيني").
bool IsStruckSite(const Lexicon& lex, std::string_view key);

}  // namespace mizan

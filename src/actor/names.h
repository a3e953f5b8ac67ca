// Names that no dictionary knows: the words after a title or an organization head that look like a name.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "mizan/doc.h"
#include "mizan/lexicon.h"

namespace mizan {

// actor_id of a mention whose actor is in no dictionary ("العميد جبار مساعد", "حركة الأحرار"): its
// `name` is the unknown words as written and its `code` the best the title and context allow.
inline constexpr std::string_view kUnknownActorId = "unknown";

// Reads a person's name starting at token j (before `end`), after a title: up to three words that are
// in no dictionary, carry no proclitic (و ب ل ف ك س) nor pronoun suffix, are not grammar words and do
// not look like a future verb (سيعود). The first word has no article (a definite word after a title is
// an adjective: "العميد الركن"); later words may ("فلان الفلاني"). One word is a name only when a
// boundary (punctuation, end of sentence) follows it or `called` ("يدعى موشيه"): "الأمير يكلف" is a
// verb. Returns the token after the name, or j when there is none.
idx_t ReadPersonName(const Doc& doc, const Lexicon& lex, idx_t j, idx_t end, bool called);

// Reads an organization's name after its head noun ("حركة", "جبهة"): words in «quotes» (up to four),
// or definite words ("جبهة النصرة", "كتيبة الفاروق"), or words in Latin script ("شركة Arconic"), up
// to three, none of them known to a dictionary. Returns the token after the name (and after a closing
// quote), or j when there is none.
idx_t ReadOrganizationName(const Doc& doc, const Lexicon& lex, idx_t j, idx_t end);

// True for grammar words that never start or continue a name (matching form).
bool IsGrammarWord(std::string_view key);

}  // namespace mizan

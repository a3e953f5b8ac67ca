// Conjugate: the written forms of an Arabic verb from its 3rd person masculine singular perfect and imperfect.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace mizan {

// Both arguments are in matching form (normalized, e.g. "التقي", "يلتقي"); either may be empty.
// Returns the perfect and imperfect forms news text uses (persons 1p, 3ms/f/d/p), deduplicated.
// Over-generation is harmless: the forms are only looked up, never produced.
std::vector<std::string> ConjugateVerb(const std::string& perfect, const std::string& imperfect);

// The forms of a verbs.tsv head word as written there: "PERFECT/IMPERFECT", "PERFECT/-" (the perfect
// alone: its imperfect is another verb's) or "PERFECT" (a passive row's perfect), not yet normalized.
std::vector<std::string> ConjugateHead(std::string_view head);

}  // namespace mizan

// Coreference: resolves pronouns and clitic pronouns to the actor mention they refer to.
#pragma once

#include <string_view>

#include "mizan/doc.h"

namespace mizan {

// Finds the antecedent of a pronoun at token `tok` (enclitic or free pronoun) among the mentions
// before it, and appends a kPronoun mention covering `pronoun_norm` that copies the antecedent's code
// and name. `avoid` is a code the pronoun should not resolve to (the event's other actor), or "";
// written with a final '*' ("ISR*"), every code that begins so (every actor of that country).
// `patient`: the pronoun suffers the act of the noun it is on ("اغتياله", "مقتله"), so it is not read
// as the clause subject's own act. Returns the new mention's index, or kNone when nothing fits.
idx_t ResolvePronoun(Doc& doc, idx_t tok, Enclitic e, Range pronoun_norm, std::string_view avoid,
                     bool patient = false);

// A mention of the one token `tok` (bytes `norm`) standing for the actor of mention `antecedent` (its
// code, name, id and kind), appended to doc.mentions; returns its index. Pronouns and the event stage's
// references ("الاتهامات" for their maker) are laid so.
idx_t AddMentionOf(Doc& doc, idx_t tok, Range norm, idx_t antecedent, MentionVia via, bool plural, float confidence);

// The mention a pronoun at token `tok` refers to, as ResolvePronoun chooses it, without adding a
// mention: kNone when nothing fits.
idx_t FindAntecedent(const Doc& doc, idx_t tok, Enclitic e, std::string_view avoid, bool patient = false);

// Splits a closed-class preposition+pronoun word ("له", "معه", "إليهم", "منه") into its preposition
// (matching form: "ل", "مع", "الى", "من", ...) and pronoun; false for any other word.
bool SplitPrepPronoun(std::string_view key, std::string_view* prep, Enclitic* e);

// The matching form of the pronoun enclitic, e.g. kHu -> "ه" (for offsets).
std::string_view EncliticText(Enclitic e);

}  // namespace mizan

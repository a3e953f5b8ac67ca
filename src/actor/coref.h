// Coreference: resolves pronouns and clitic pronouns to the actor mention they refer to.
#pragma once

#include <string_view>

#include "mizan/doc.h"

namespace mizan {

// What a caller knows of the word a pronoun is on, beyond what the coreference rules see themselves:
// kUnknown (they tell a noun by a preposition before it), kNoun (a noun: its pronoun is a possessive,
// most likely the clause's subject: "جددت السعودية إدانتها الشديدة"), kPatientNoun (a noun whose
// possessor suffers its act: "اغتياله", "مقتله", so not the clause subject's own act).
enum class PronounHost { kUnknown, kNoun, kPatientNoun };

// Finds the antecedent of a pronoun at token `tok` (enclitic or free pronoun) among the mentions
// before it, and appends a kPronoun mention covering `pronoun_norm` that copies the antecedent's code
// and name. `avoid` is a code the pronoun should not resolve to (the event's other actor), or "";
// written with a final '*' ("ISR*"), every code that begins so (every actor of that country).
// `host`: what the caller knows of the word the pronoun is on (PronounHost). Returns the new mention's
// index, or kNone when nothing fits.
idx_t ResolvePronoun(Doc& doc, idx_t tok, Enclitic e, Range pronoun_norm, std::string_view avoid,
                     PronounHost host = PronounHost::kUnknown);

// A mention of the one token `tok` (bytes `norm`) standing for the actor of mention `antecedent` (its
// code, name, id and kind), appended to doc.mentions; returns its index. Pronouns and the event stage's
// references ("الاتهامات" for their maker) are laid so.
idx_t AddMentionOf(Doc& doc, idx_t tok, Range norm, idx_t antecedent, MentionVia via, bool plural, float confidence);

// The mention a pronoun at token `tok` refers to, as ResolvePronoun chooses it, without adding a
// mention: kNone when nothing fits.
idx_t FindAntecedent(const Doc& doc, idx_t tok, Enclitic e, std::string_view avoid,
                     PronounHost host = PronounHost::kUnknown);

// Splits a closed-class preposition+pronoun word ("له", "معه", "إليهم", "منه") into its preposition
// (matching form: "ل", "مع", "الى", "من", ...) and pronoun; false for any other word.
bool SplitPrepPronoun(std::string_view key, std::string_view* prep, Enclitic* e);

// The matching form of the pronoun enclitic, e.g. kHu -> "ه" (for offsets).
std::string_view EncliticText(Enclitic e);

}  // namespace mizan

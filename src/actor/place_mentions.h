// Place-only mentions: a state named only as where something is ("في ليبيا") or as a topic ("بشأن سوريا") is
// no actor mention.
#pragma once

#include "mizan/doc.h"
#include "mizan/lexicon.h"

namespace mizan {

// Removes the state mentions that a place word introduces (classes place_prep and origin_prep of
// word_classes.tsv: "في ليبيا", "عبر ليبيا", "قرب الحدود مع الأردن", "بعض مناطق المملكة", "من ليبيا") or
// a topic word (topic_prep: "وبشأن سوريا") and that nothing refers to: no
// event's source, target or broker, no cue, no pronoun's antecedent. Runs after the events, so that a
// place struck still stands for its state as the event's target (the GSR convention); what is left is
// a location, which the actor lists, the summaries and the hand-checked samples do not count
// (Doc::EraseMentions renumbers the indices left).
void DropPlaceOnlyStates(Doc& doc, const Lexicon& lex);

}  // namespace mizan

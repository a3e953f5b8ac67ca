// Unused mentions: what the stages wrote that turns out to name no actor once the events are coded.
#pragma once

#include "mizan/doc.h"
#include "mizan/lexicon.h"

namespace mizan {

// A dateline's state: "القاهرة، مصر (CNN) --", the state after the city and a comma at the head of the
// sentence, before the agency's bracket. It is where the bureau is, not what the story is about.
bool IsDatelineState(const Doc& doc, const Mention& m);

// Whether the state mention m is introduced as a place or a topic (a place word right before it: "في
// ليبيا", "من ليبيا", "أنحاء سوريا"; ب on its word; "الحدود مع"; a topic word; a headline's colon; a
// dateline; a noun with its owner's pronoun).
bool IntroducedAsPlaceOrTopic(const Doc& doc, const Lexicon& lex, const Mention& m);

// Removes the mentions that nothing refers to (no event's source, target or broker, no cue, not the
// antecedent of a mention that stays) and that are no actor mention on their own:
// - a state that a place word introduces (classes place_prep and origin_prep of word_classes.tsv: "في
//   ليبيا", "عبر ليبيا", "قرب الحدود مع الأردن", "بعض مناطق المملكة", "من ليبيا") or a topic word
//   (topic_prep: "وبشأن سوريا"), a noun with its owner's pronoun ("ومقره بريطانيا": where a body sits) or
//   a headline's colon ("سوريا: استمرار المفاوضات"): a location or a topic;
// - a pronoun resolved for an event argument that the event then did not take (the object right after
//   the verb came first, the event was filtered out): a coreference guess with nothing to show for it.
// Runs after the events, so that a place struck still stands for its state as the event's target (the
// GSR convention); what goes is left out of the JSON, the store and its summaries, and the
// hand-checked samples (Doc::EraseMentions renumbers the indices left).
void DropUnusedMentions(Doc& doc, const Lexicon& lex);

}  // namespace mizan

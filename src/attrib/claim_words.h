// Grammar words the claims layer needs beyond data/attrib/cues.tsv: complementizers, clause and scope
// boundaries, prepositional frames. They are closed-class words, so they live in code, not data.
#pragma once

#include <string_view>

#include "attrib/forms.h"
#include "mizan/doc.h"

namespace mizan {

// أن، إن، أنه، بأن، وأن ...: the start of a reported clause.
bool IsComplementizer(const FormCache& forms, idx_t t);
// A clause separator token (، ؛ : , ;) as the segmenter marks it.
bool IsClauseSep(const Doc& doc, idx_t t);
// فيما، بينما، في حين، في المقابل: a new main clause whose frame is not the one before it. Returns the
// number of tokens the boundary covers (0 = none).
idx_t StrongBoundaryAt(const FormCache& forms, idx_t t, idx_t end);
// True when [from, to) holds a strong boundary.
bool HasStrongBoundary(const FormCache& forms, idx_t from, idx_t to);
// A reporting frame that is a preposition, not a verb: بحسب، حسب، وفق، وفقا، طبقا، نقلا، على لسان.
bool IsPrepositionalFrame(const FormCache& forms, idx_t t);
// "كما قال الخميس" / "حسبما": a speech verb after كما ("as X said") reports what came before it.
bool IsAsSaidFrame(const FormCache& forms, idx_t t);
// "وحول …، قال X", "وبشأن", "وفيما يتعلق بـ", "وردا على": a topic fronted before the speech verb that
// reports on it; the topic's events are X's.
bool IsTopicOpener(const FormCache& forms, idx_t t);
// اتهم، يتهم، تتهم: an accusation verb; its بـ complement ("اتهم X Y بتمويل") is the accuser's claim.
bool IsAccusationVerb(const FormCache& forms, idx_t t);
// نقل/نقلت/نقلا: frames whose source is given twice (the outlet, then "عن" the original source).
bool IsRelayFrame(const FormCache& forms, idx_t t);
// Time words that end a source phrase: أمس، اليوم، مساء، the days of the week ...
bool IsTimeWord(const FormCache& forms, idx_t t);
// The plain token (normalized, clitics kept) equals w, or w with a leading و/ف.
bool PlainIs(const FormCache& forms, idx_t t, std::string_view w);
// The token carries the article ال, after a leading و/ف.
bool HasArticle(const FormCache& forms, idx_t t);
// Any form of the token equals one of the words.
bool FormIsAny(const FormCache& forms, idx_t t, std::initializer_list<std::string_view> words);

}  // namespace mizan

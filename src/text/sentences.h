// Sentence splitting over tokens: where Doc::sentences begin and end, and which paragraph each is in.
//
// A sentence ends after ؟ ? ! or a sentence-final period or ellipsis (.. ...), and always at a paragraph break (a newline);
// never inside quotes or parentheses, after an abbreviation (أ. د.) or inside a number (3.5).
// ، ؛ : only separate clauses (kTokClauseSep). Rules and reasons: docs/text-layer.md.
#pragma once

#include <string_view>

#include "mizan/doc.h"

namespace mizan {

// True for a normalized word that, followed by a period, is an abbreviation, not a sentence end
// (single letters such as د and ا for أ., and a short list of titles).
bool IsAbbreviation(std::string_view normalized_word);

// Fills doc.sentences from doc.tokens (which must carry kTokParaStart) and sets Token::sentence.
void SplitSentences(Doc& doc);

}  // namespace mizan

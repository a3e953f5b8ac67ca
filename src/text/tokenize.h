// Tokens and clitics: splits Doc::norm into words, numbers and punctuation, and Arabic clitics off words.
//
// The segment stage (SegmentStage) fills Doc::sentences (text/sentences.h) and Doc::tokens. Proclitics
// (و ف ب ل ك س) and pronoun enclitics (ه ها هما هم هن ك كم نا ي) are split only when what remains is a known
// word (KnownWords); the definite article ال is stripped whenever at least two letters remain. Rules and
// reasons: docs/text-layer.md.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "mizan/doc.h"
#include "mizan/stage.h"
#include "mizan/status.h"

namespace mizan {

// Which words the segmenter may split clitics off to reach. match_form is a normalized word without ال.
// Implementations must be safe to call from many threads (the Lexicon is).
struct KnownWords {
  virtual ~KnownWords() = default;
  virtual bool IsKnown(std::string_view match_form) const = 0;
};

// How one written word splits: proclitic bits, the stem's byte range inside the word, the enclitic.
struct WordSplit {
  uint8_t proclitics = 0;            // Proclitic bits
  idx_t stem_begin = 0, stem_end = 0;  // bytes inside the word
  Enclitic enclitic = Enclitic::kNone;
};

// How the word's last letter was written before normalization merged it: ة and ى are never the
// pronouns ه and ي. Tokenize reads this from the original text.
enum class FinalLetter : uint8_t { kPlain, kTaMarbuta, kAlefMaqsura };

// Splits one normalized word (no spaces or punctuation). known may be null (then only ال is stripped).
WordSplit SplitClitics(std::string_view word, const KnownWords* known,
                       FinalLetter written_final = FinalLetter::kPlain);

// The definite article rule alone: the word without a leading ال when at least two letters remain
// (الرييس -> رييس, also الله -> له and التي -> تي, as Lexicon::MatchKey does: both sides must agree).
std::string_view StripArticle(std::string_view normalized_word);

// Matching form of a normalized word: StripArticle as a string (what KnownWords::IsKnown receives).
std::string MatchForm(std::string_view normalized_word);

// A token's stem / whole text in doc.norm (views into doc.norm; valid while doc.norm lives).
std::string_view TokenStem(const Doc& doc, const Token& token);
std::string_view TokenWord(const Doc& doc, const Token& token);

// Splits doc.norm into tokens (no sentences): used by SegmentStage. Token::sentence is left 0.
void Tokenize(const Doc& doc, const KnownWords* known, std::vector<Token>* tokens);

// The "segment" stage (ar.segment.v3): sentences and tokens over doc.norm. Requires "normalize".
class SegmentStage : public Stage {
 public:
  explicit SegmentStage(const KnownWords* known) : known_(known) {}
  std::string Name() const override { return "ar.segment.v3"; }
  std::vector<std::string> Requires() const override { return {"normalize"}; }
  std::string Provides() const override { return "segment"; }
  Status Process(Doc& doc) const override;

 private:
  const KnownWords* known_;  // not owned; may be null
};

}  // namespace mizan

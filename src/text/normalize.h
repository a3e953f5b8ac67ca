// Arabic normalization for matching: NFKC, no tashkeel/tatweel, unified letters, ASCII digits, with offsets.
//
// The same rules serve the text (Normalize fills Doc::norm and Doc::norm_to_orig) and the dictionaries
// (NormalizeForMatch on every surface), so a dictionary word and the text it should match end up as the
// same bytes. The rules, code point by code point, are in docs/text-layer.md.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "mizan/doc.h"
#include "mizan/stage.h"
#include "mizan/status.h"

namespace mizan {

// Normalized form of a UTF-8 string (dictionary surfaces, queries). Invalid UTF-8 bytes become U+FFFD.
std::string NormalizeForMatch(std::string_view utf8);

// Same rules; also fills *to_orig (size out.size()+1) with, for each output byte, the byte offset in
// utf8 where its source character starts, and utf8.size() last. to_orig may be null.
void NormalizeWithOffsets(std::string_view utf8, std::string* out, std::vector<idx_t>* to_orig);

// Fills doc.norm and doc.norm_to_orig from doc.text(). Fails only when the text is too large for idx_t.
Status Normalize(Doc& doc);

// The "normalize" stage (ar.normalize.v1).
class NormalizeStage : public Stage {
 public:
  std::string Name() const override { return "ar.normalize.v1"; }
  std::vector<std::string> Requires() const override { return {}; }
  std::string Provides() const override { return "normalize"; }
  Status Process(Doc& doc) const override;
};

}  // namespace mizan

// Fuzz target: segmentation of any valid UTF-8 gives ordered tokens inside Doc::norm, stems inside their
// words, sentences that cover every token once, and original ranges inside the text.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>

#include "fuzz_check.h"
#include "text/decode.h"
#include "text/normalize.h"
#include "text/tokenize.h"

namespace {

class FuzzWords : public mizan::KnownWords {
 public:
  FuzzWords() {
    for (const char* w : {"وزير", "حكومه", "رييس", "قصف", "ليبيا", "وعد", "عد", "لجنه", "يعلن", "ا ب"}) words_.insert(w);
  }
  bool IsKnown(std::string_view w) const override { return words_.count(std::string(w)) > 0; }

 private:
  std::unordered_set<std::string> words_;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > kFuzzMaxInput) return 0;
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  if (!mizan::IsValidUtf8(in)) return 0;  // Doc text is valid UTF-8 by contract (decode.h)
  static const FuzzWords known;
  mizan::Doc doc("fuzz", std::string(in));
  FUZZ_CHECK(mizan::Normalize(doc).ok());
  mizan::SegmentStage seg(&known);
  FUZZ_CHECK(seg.Process(doc).ok());
  mizan::idx_t prev_end = 0;
  for (const mizan::Token& t : doc.tokens) {
    FUZZ_CHECK(prev_end <= t.norm.begin);
    FUZZ_CHECK(t.norm.begin < t.norm.end);
    FUZZ_CHECK(t.norm.end <= doc.norm.size());
    FUZZ_CHECK(t.norm.begin <= t.stem.begin && t.stem.begin <= t.stem.end && t.stem.end <= t.norm.end);
    FUZZ_CHECK(t.sentence < doc.sentences.size());
    FUZZ_CHECK(mizan::IsValidUtf8(doc.Norm(t.norm)));
    FUZZ_CHECK(mizan::IsValidUtf8(doc.Norm(t.stem)));
    const mizan::Range o = doc.OrigBytes(t.norm);
    FUZZ_CHECK(o.begin <= o.end && o.end <= doc.text().size());
    FUZZ_CHECK(mizan::IsValidUtf8(doc.OrigText(t.norm)));
    prev_end = t.norm.end;
  }
  mizan::idx_t next = 0;
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const mizan::Sentence& s = doc.sentences[si];
    FUZZ_CHECK(s.tokens.begin == next && s.tokens.begin < s.tokens.end);
    FUZZ_CHECK(s.norm.begin <= s.norm.end && s.norm.end <= doc.norm.size());
    if (si > 0) FUZZ_CHECK(doc.sentences[si - 1].paragraph <= s.paragraph);
    for (mizan::idx_t t = s.tokens.begin; t < s.tokens.end; ++t) FUZZ_CHECK(doc.tokens[t].sentence == si);
    next = s.tokens.end;
  }
  FUZZ_CHECK(next == doc.tokens.size());
  return 0;
}

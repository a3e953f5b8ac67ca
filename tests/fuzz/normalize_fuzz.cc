// Fuzz target: normalization of any bytes gives valid UTF-8 and a monotone, in-bounds offset table,
// the Doc path agrees with NormalizeForMatch, and normalizing twice changes nothing.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_check.h"
#include "text/decode.h"
#include "text/normalize.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > kFuzzMaxInput) return 0;
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  std::string out;
  std::vector<mizan::idx_t> to_orig;
  mizan::NormalizeWithOffsets(in, &out, &to_orig);
  FUZZ_CHECK(mizan::IsValidUtf8(out));
  FUZZ_CHECK(to_orig.size() == out.size() + 1);
  FUZZ_CHECK(to_orig.back() == in.size());
  for (size_t i = 0; i < to_orig.size(); ++i) {
    FUZZ_CHECK(to_orig[i] <= in.size());
    if (i > 0) FUZZ_CHECK(to_orig[i - 1] <= to_orig[i]);
  }
  FUZZ_CHECK(mizan::NormalizeForMatch(in) == out);
  FUZZ_CHECK(mizan::NormalizeForMatch(out) == out);  // idempotent: dictionaries may be normalized twice
  if (mizan::IsValidUtf8(in)) {
    mizan::Doc doc("fuzz", std::string(in));
    FUZZ_CHECK(mizan::Normalize(doc).ok());
    FUZZ_CHECK(doc.norm == out);
    FUZZ_CHECK(doc.norm_to_orig == to_orig);
    // Every normalized character starts at a character boundary of the original.
    for (size_t i = 0; i < out.size(); ++i)
      if ((static_cast<unsigned char>(out[i]) & 0xC0) != 0x80 && to_orig[i] < in.size())
        FUZZ_CHECK((static_cast<unsigned char>(in[to_orig[i]]) & 0xC0) != 0x80);
  }
  return 0;
}

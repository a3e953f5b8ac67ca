// Fuzz target: DecodeToUtf8 never crashes, and what it accepts is valid UTF-8 that normalizes cleanly.
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.h"
#include "text/decode.h"
#include "text/normalize.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > kFuzzMaxInput) return 0;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::string encoding;
  auto got = mizan::DecodeToUtf8(bytes, &encoding);
  if (!got.ok()) {
    FUZZ_CHECK(got.status().code() == mizan::StatusCode::kInvalidArgument);
    FUZZ_CHECK(!got.status().message().empty());
    return 0;
  }
  FUZZ_CHECK(mizan::IsValidUtf8(*got));
  FUZZ_CHECK(encoding == "UTF-8" || encoding == "UTF-16LE" || encoding == "UTF-16BE" || encoding == "windows-1256");
  // Valid UTF-8 without a BOM comes back unchanged.
  if (encoding == "UTF-8" && bytes.substr(0, 3) != "\xEF\xBB\xBF") FUZZ_CHECK(*got == bytes);
  FUZZ_CHECK(mizan::IsValidUtf8(mizan::NormalizeForMatch(*got)));
  return 0;
}

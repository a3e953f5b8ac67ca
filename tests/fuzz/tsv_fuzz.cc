// Fuzz target: the TSV reader behind every dictionary (lex/tsv.h) on any bytes: errors are Status, never
// crashes; a table that parsed answers Get/Where for every row and splits its cells cleanly.
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.h"
#include "lex/tsv.h"

namespace {
// The magic names of the shipped tables; the first input byte picks one.
constexpr std::string_view kTables[] = {"people",  "organizations", "roles", "references", "country-aliases",
                                        "verbs",   "cues",          "words", "cameo",      "gazetteer"};
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1 || size > kFuzzMaxInput) return 0;
  const std::string_view table = kTables[data[0] % std::size(kTables)];
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  const int max_version = 1 + data[0] / std::size(kTables) % 3;
  auto t = mizan::TsvTable::Parse(text, "fuzz.tsv", table, max_version);
  if (!t.ok()) {
    FUZZ_CHECK(!t.status().message().empty());
    return 0;
  }
  FUZZ_CHECK(t->version() >= 1 && t->version() <= max_version);
  FUZZ_CHECK(t->rows() <= size);
  static constexpr std::string_view kColumns[] = {"id", "name", "variants", "code", "surface", "kind", "", "note"};
  for (size_t r = 0; r < t->rows(); ++r) {
    FUZZ_CHECK(t->Where(r).rfind("fuzz.tsv:", 0) == 0);
    for (std::string_view c : kColumns) {
      const std::string_view cell = t->Get(r, c);
      if (!t->HasColumn(c)) FUZZ_CHECK(cell.empty());
      FUZZ_CHECK(cell.find('\t') == std::string_view::npos && cell.find('\n') == std::string_view::npos);
      for (const std::string& part : mizan::SplitBar(cell))
        FUZZ_CHECK(!part.empty() && part.find('|') == std::string::npos);
      for (const std::string& word : mizan::SplitWords(cell))
        FUZZ_CHECK(!word.empty() && word.find(' ') == std::string::npos);
    }
  }
  return 0;
}

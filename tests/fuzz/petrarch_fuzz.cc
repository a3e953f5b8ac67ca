// Fuzz target: the PETRARCH dictionary importers (actors, agents, verbs) on any text. The first byte picks
// the kind. Whatever is imported must come back out of ImportToTsv as a table our TSV reader accepts,
// with every row kept (an imported row the loader then drops would be lost silently).
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.h"
#include "lex/petrarch_import.h"
#include "lex/tsv.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1 || size > kFuzzMaxInput) return 0;
  static constexpr mizan::PetrarchKind kKinds[] = {mizan::PetrarchKind::kActors, mizan::PetrarchKind::kAgents,
                                                   mizan::PetrarchKind::kVerbs};
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  auto r = mizan::ImportPetrarch(text, kKinds[data[0] % 3]);
  if (!r.ok()) {
    FUZZ_CHECK(!r.status().message().empty());
    return 0;
  }
  FUZZ_CHECK(!r->table.empty() && !r->columns.empty());
  for (const auto& row : r->rows) {
    FUZZ_CHECK(row.size() == r->columns.size());
    for (const auto& cell : row) FUZZ_CHECK(cell.find('\t') == std::string::npos && cell.find('\n') == std::string::npos);
  }
  for (const auto& skip : r->skipped) FUZZ_CHECK(skip.line >= 1 && !skip.reason.empty());
  const std::string tsv = mizan::ImportToTsv(*r, "fuzz.txt", "fuzz");
  auto back = mizan::TsvTable::Parse(tsv, "import.tsv", r->table, 1);
  FUZZ_CHECK(back.ok());
  FUZZ_CHECK(back->rows() == r->rows.size());
  // A date column, when filled, holds what PetrarchDateToIso makes: YYYY-MM-DD.
  for (size_t i = 0; i < back->rows(); ++i)
    for (std::string_view col : {"from", "to"}) {
      const std::string_view d = back->Get(i, col);
      FUZZ_CHECK(d.empty() || (d.size() == 10 && d[4] == '-' && d[7] == '-'));
    }
  return 0;
}

// Fuzz target: the attribution cue table reader (attrib/cue_table.h, data/attrib/cues.tsv format) on any
// text; a table that parsed is matched at every token of a sample document, and every match fits in it.
#include <cstdint>
#include <string_view>
#include <vector>

#include "attrib/cue_table.h"
#include "attrib/forms.h"
#include "fuzz_check.h"
#include "fuzz_doc.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > kFuzzMaxInput) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto table = mizan::CueTable::Parse(text, "cues.tsv");
  if (!table.ok()) {
    FUZZ_CHECK(!table.status().message().empty());
    return 0;
  }
  const mizan::Doc& doc = mizan::fuzz::SampleDoc();
  static const mizan::FormCache forms(doc);
  const auto end = static_cast<mizan::idx_t>(doc.tokens.size());
  std::vector<mizan::CueMatch> matches;
  for (mizan::idx_t t = 0; t < end; ++t) {
    matches.clear();
    table->MatchAt(forms, t, end, &matches);
    for (const auto& m : matches) {
      FUZZ_CHECK(m.row != nullptr && m.length >= 1 && t + m.length <= end);
      FUZZ_CHECK(m.row >= table->rows().data() && m.row < table->rows().data() + table->size());
    }
  }
  return 0;
}

// Fuzz target: the gazetteer reader (place/gazetteer.h, data/places/gazetteer.tsv format) on any text; a
// table that parsed is looked up at every token of a sample document, and every answer is a real row.
#include <cstdint>
#include <string_view>
#include <vector>

#include "attrib/forms.h"
#include "fuzz_check.h"
#include "fuzz_doc.h"
#include "place/gazetteer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > kFuzzMaxInput) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  auto gaz = mizan::Gazetteer::Parse(text, "gazetteer.tsv");
  if (!gaz.ok()) {
    FUZZ_CHECK(!gaz.status().message().empty());
    return 0;
  }
  const mizan::Doc& doc = mizan::fuzz::SampleDoc();
  static const mizan::FormCache forms(doc);
  const auto end = static_cast<mizan::idx_t>(doc.tokens.size());
  std::vector<mizan::idx_t> ids;
  for (mizan::idx_t t = 0; t < end; ++t) {
    mizan::idx_t len = 0;
    ids.clear();
    if (gaz->MatchCity(forms, t, end, &len, &ids)) {
      FUZZ_CHECK(len >= 1 && t + len <= end && !ids.empty());
      for (mizan::idx_t id : ids) FUZZ_CHECK(id < gaz->size());
    }
    const mizan::idx_t country = gaz->MatchCountry(forms, t, end, &len);
    if (country != mizan::kNone) FUZZ_CHECK(country < gaz->size() && len >= 1 && t + len <= end);
    const mizan::idx_t demonym = gaz->CountryOfDemonym(forms, t);
    if (demonym != mizan::kNone) FUZZ_CHECK(demonym < gaz->size());
  }
  for (size_t i = 0; i < gaz->size(); ++i) {
    const mizan::Place& p = gaz->place(static_cast<mizan::idx_t>(i));
    if (p.kind == mizan::Place::kCountry) FUZZ_CHECK(gaz->CountryRow(p.country) != mizan::kNone);
  }
  return 0;
}

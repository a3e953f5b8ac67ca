// Fuzz target: the date normalizer (time/). The input's first line is a publication date, the rest a
// sentence. ParseDatePhrase and the time stage on a segmented Doc must not crash, and every date they
// give is well formed: an in-bounds span, a known granularity and anchor, a value that fits its
// granularity (or none).
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.h"
#include "text/decode.h"
#include "text/normalize.h"
#include "text/tokenize.h"
#include "time/time_stage.h"

namespace {

bool OneOf(std::string_view v, std::initializer_list<std::string_view> set) {
  for (std::string_view s : set)
    if (v == s) return true;
  return false;
}

bool Digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

// ISO 8601 cut to granularity: 2016 | 201x decade | 2016-07 | 2016-07-14 | 2016-W24 | 2016-Q3.
void CheckValue(const std::string& value, const std::string& granularity) {
  FUZZ_CHECK(OneOf(granularity, {"day", "week", "month", "quarter", "year", "decade"}));
  if (value.empty()) return;
  // Years before 1 CE stay signed ("-780"): the year runs to the first dash after the sign (the check
  // once took the sign for that dash, and failed on "قبل 999 سنة" published in 219).
  const size_t sign = value[0] == '-' ? 1 : 0;
  const size_t dash = value.find('-', sign);
  std::string_view year = std::string_view(value).substr(sign, dash == std::string::npos ? std::string::npos : dash - sign);
  if (granularity != "decade") FUZZ_CHECK(Digits(year));
  if (granularity == "day") FUZZ_CHECK(value.size() >= 10 && value[value.size() - 3] == '-');
  if (granularity == "month") FUZZ_CHECK(value.size() >= 7 && value[value.size() - 3] == '-');
}

void CheckExpr(const mizan::TimeExpr& e, size_t norm_size) {
  FUZZ_CHECK(e.norm.begin <= e.norm.end && e.norm.end <= norm_size);
  CheckValue(e.value, e.granularity);
  FUZZ_CHECK(OneOf(e.anchor, {"published", "text", "none"}));
  FUZZ_CHECK(OneOf(e.qualifier, {"", "early", "mid", "late", "approx", "before", "after"}));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > kFuzzMaxInput) return 0;
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  const size_t nl = in.find('\n');
  const std::string_view published = nl == std::string_view::npos ? std::string_view() : in.substr(0, nl);
  const std::string_view text = nl == std::string_view::npos ? in : in.substr(nl + 1);
  if (!mizan::IsValidUtf8(in)) return 0;  // Doc text is valid UTF-8 by contract (decode.h)

  auto phrase = mizan::ParseDatePhrase(text, published);
  if (phrase.ok()) CheckExpr(*phrase, mizan::NormalizeForMatch(text).size());
  else FUZZ_CHECK(phrase.status().code() == mizan::StatusCode::kNotFound);

  static auto stage = mizan::TimeStage::Create();
  FUZZ_CHECK(stage.ok());
  mizan::Doc doc("fuzz", std::string(text));
  doc.published = std::string(published);
  FUZZ_CHECK(mizan::Normalize(doc).ok());
  mizan::SegmentStage seg(nullptr);
  FUZZ_CHECK(seg.Process(doc).ok());
  doc.done.push_back(seg.Provides());  // what the Coder records after each stage
  FUZZ_CHECK((*stage)->Process(doc).ok());
  for (const mizan::TimeExpr& e : doc.times) {
    CheckExpr(e, doc.norm.size());
    FUZZ_CHECK(e.tokens.begin < e.tokens.end && e.tokens.end <= doc.tokens.size());
    FUZZ_CHECK(e.sentence < doc.sentences.size());
  }
  return 0;
}

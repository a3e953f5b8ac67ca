// TimeStage: finds Arabic date phrases in a Doc and resolves them against its publication date.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "mizan/doc.h"
#include "mizan/stage.h"
#include "mizan/status.h"

namespace mizan {

// The "time" stage (ar.time.v4): fills doc.times, one TimeExpr per date phrase, within sentences.
// Requires "segment". Relative phrases are resolved against doc.published ("" = unknown: anchor none).
class TimeStage : public Stage {
 public:
  TimeStage();  // builds the month lexicon from ICU (once per process)
  // What the Coder calls; fails only when ICU has no Arabic month names (no ICU data).
  static StatusOr<std::unique_ptr<TimeStage>> Create();
  std::string Name() const override { return "ar.time.v4"; }
  std::vector<std::string> Requires() const override { return {"segment"}; }
  std::string Provides() const override { return "time"; }
  Status Process(Doc& doc) const override;
};

// The first date phrase in a normalized phrase (NormalizeForMatch form; raw text is normalized too),
// resolved against published ("YYYY-MM-DD...", "" = unknown). NotFound when there is none. For tests,
// fuzzing and tools; tokens and sentence of the result are 0, norm is the bytes of the phrase it covers.
StatusOr<TimeExpr> ParseDatePhrase(std::string_view normalized_phrase, std::string_view published);

}  // namespace mizan

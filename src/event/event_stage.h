// EventStage: finds event triggers and gives each its source and target actors (with coreference).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "mizan/lexicon.h"
#include "mizan/stage.h"

namespace mizan {

class EventStage : public Stage {
 public:
  // one_sided: also emit protests and attacks (roots 14, 18-20) whose other actor is not named.
  explicit EventStage(const Lexicon* lex, bool one_sided = false) : lex_(lex), one_sided_(one_sided) {}
  std::string Name() const override { return "ar.events.v1"; }
  std::vector<std::string> Requires() const override { return {"actors", "time", "claims"}; }
  std::string Provides() const override { return "events"; }
  Status Process(Doc& doc) const override;

 private:
  const Lexicon* lex_;
  bool one_sided_;
};

}  // namespace mizan

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
  explicit EventStage(const Lexicon* lex) : lex_(lex) {}
  std::string Name() const override { return "ar.events.v1"; }
  std::vector<std::string> Requires() const override { return {"actors", "time", "claims"}; }
  std::string Provides() const override { return "events"; }
  Status Process(Doc& doc) const override;

 private:
  const Lexicon* lex_;
};

}  // namespace mizan

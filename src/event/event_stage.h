// EventStage: finds event triggers and gives each its source and target actors (with coreference).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "event/event_filter.h"
#include "mizan/lexicon.h"
#include "mizan/stage.h"

namespace mizan {

class EventStage : public Stage {
 public:
  // one_sided: also emit protests and attacks (roots 14, 18-20) whose other actor is not named; with
  // MIZAN_EVENT_FILTER=1, also protest/attack words with no actor, and judge every PROTEST/ASSAULT
  // event with the detection filter (data/models/event_filter.tsv, docs/models.md).
  explicit EventStage(const Lexicon* lex, bool one_sided = false);
  // Uses this filter (nullptr: none) instead of the one in the data directory (tests, training).
  EventStage(const Lexicon* lex, bool one_sided, std::shared_ptr<const DetectionFilter> filter)
      : lex_(lex), one_sided_(one_sided), filter_(std::move(filter)) {}
  std::string Name() const override { return "ar.events.v27"; }
  std::vector<std::string> Requires() const override { return {"actors", "time", "claims"}; }
  std::string Provides() const override { return "events"; }
  Status Process(Doc& doc) const override;

 private:
  const Lexicon* lex_;
  bool one_sided_;
  std::shared_ptr<const DetectionFilter> filter_;
  Status filter_status_;  // why the shipped filter could not be read (reported by Process)
};

}  // namespace mizan

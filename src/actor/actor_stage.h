// ActorStage: finds actor mentions (names, capitals, nationality adjectives, role + country compositions).
#pragma once

#include <string>
#include <vector>

#include "mizan/lexicon.h"
#include "mizan/stage.h"

namespace mizan {

class ActorStage : public Stage {
 public:
  // lex must outlive the stage. References ("هذا البلد", "الأخير") are read from
  // <data_dir>/actors/references.tsv.
  static StatusOr<std::unique_ptr<ActorStage>> Create(const Lexicon* lex, const std::string& data_dir);

  std::string Name() const override { return "ar.actors.v1"; }
  std::vector<std::string> Requires() const override { return {"segment"}; }
  std::string Provides() const override { return "actors"; }
  Status Process(Doc& doc) const override;

  // A descriptive reference: words that point back to an earlier actor.
  struct Reference {
    std::vector<std::string> words;  // matching keys
    std::string refers;              // "state" (هذا البلد) or "actor" (الأخير)
  };

 private:
  explicit ActorStage(const Lexicon* lex) : lex_(lex) {}
  const Lexicon* lex_;
  std::vector<Reference> references_;
};

// True when `date` (YYYY[-MM[-DD]]...) falls in [from, to]; empty bounds are open, empty date matches.
bool DateInRange(std::string_view date, std::string_view from, std::string_view to);

}  // namespace mizan

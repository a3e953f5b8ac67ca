// ActorStage: finds actor mentions (names, capitals, nationality adjectives, role + country compositions).
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "mizan/lexicon.h"
#include "mizan/stage.h"
#include "place/gazetteer.h"

namespace mizan {

class ActorStage : public Stage {
 public:
  // lex must outlive the stage. References ("هذا البلد", "الأخير") are read from
  // <data_dir>/actors/references.tsv, heads of organization names ("حركة", "جبهة") from
  // <data_dir>/actors/name_heads.tsv, nouns of weapons and units from <data_dir>/actors/force_nouns.tsv.
  static StatusOr<std::unique_ptr<ActorStage>> Create(const Lexicon* lex, const std::string& data_dir);

  std::string Name() const override { return "ar.actors.v22"; }
  std::vector<std::string> Requires() const override { return {"segment"}; }
  std::string Provides() const override { return "actors"; }
  Status Process(Doc& doc) const override;

  // A descriptive reference: words that point back to an earlier actor.
  struct Reference {
    std::vector<std::string> words;  // matching keys
    std::string refers;              // "state" (هذا البلد), "actor" (الأخير), "guest"/"host" (الضيف، مضيفه)
    std::vector<std::string> countries;  // refers = kingdom: the states it may name (the monarchies)
  };
  // A noun that introduces an organization's name ("حركة", "جبهة"): the role and kind it gives.
  struct NameHead {
    std::string role;
    ActorKind kind = ActorKind::kOrganization;
  };
  // Nouns that stand for a force when a nationality follows ("صاروخ إسرائيلي"), from force_nouns.tsv.
  struct ForceNoun {
    std::string role;
    bool adjective_only = false;  // the mention is the adjective alone (the noun is an event word)
  };

 private:
  explicit ActorStage(const Lexicon* lex, Gazetteer places) : lex_(lex), places_(std::move(places)) {}
  const Lexicon* lex_;
  Gazetteer places_;  // cities give generic groups a country when the text names none
  std::vector<Reference> references_;
  std::unordered_map<std::string, NameHead> name_heads_;  // by matching key
  std::unordered_map<std::string, ForceNoun> force_nouns_;  // by matching key (force_nouns.tsv)
};

// True when `date` (YYYY[-MM[-DD]]...) falls in [from, to]; empty bounds are open, empty date matches.
bool DateInRange(std::string_view date, std::string_view from, std::string_view to);

}  // namespace mizan

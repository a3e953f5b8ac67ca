// ClaimStage (ar.claims.v7): who says so, how sure, negation, brokers and places -> Doc::cues;
// ResolveEventClaims: which of those cues govern one event. Rules and reasons: docs/claims.md.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "attrib/cue_table.h"
#include "mizan/doc.h"
#include "mizan/stage.h"
#include "mizan/status.h"
#include "place/gazetteer.h"

namespace mizan {

class ClaimStage : public Stage {
 public:
  // Loads <data_dir>/attrib/cues.tsv and <data_dir>/places/gazetteer.tsv.
  static StatusOr<std::unique_ptr<ClaimStage>> Create(const std::string& data_dir);
  ClaimStage(CueTable cues, Gazetteer places) : cues_(std::move(cues)), places_(std::move(places)) {}

  std::string Name() const override { return "ar.claims.v7"; }
  std::vector<std::string> Requires() const override { return {"segment", "actors"}; }
  std::string Provides() const override { return "claims"; }
  // Appends the cues of every sentence to doc.cues, in text order within each sentence.
  Status Process(Doc& doc) const override;

  const CueTable& cues() const { return cues_; }
  const Gazetteer& places() const { return places_; }

 private:
  void SentenceCues(const FormCache& forms, idx_t s, Doc& doc) const;
  CueTable cues_;
  Gazetteer places_;
};

// Sets ev.attribution (a kAttribution cue, kNone = the author's voice), ev.certainty, ev.negated
// (kept true when already set), ev.place and ev.has_broker/ev.broker from the cues around
// ev.trigger_tokens, and ev.time (PickEventTime, time/event_date.h: the claim of *when*). Needs only
// the Doc: safe to call from the event stage for each event. verb_heads: the tokens of the sentence where
// the event stage found an act verb, whether or not an event came of it (sorted); without them an
// earlier event's trigger is the only sign of a verb.
void ResolveEventClaims(const Doc& doc, Event& ev, const std::vector<idx_t>* verb_heads = nullptr);

}  // namespace mizan

// DetectionFilter: a logistic-regression model that decides whether a PROTEST or ASSAULT event is a
// specific reported act (keep) or a generic, future, hypothetical or topical use of the word (drop).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "mizan/doc.h"
#include "mizan/lexicon.h"
#include "mizan/status.h"

namespace mizan {

class DetectionFilter {
 public:
  // Reads a model file (format: docs/models.md, "# mizan-event-filter v1").
  static StatusOr<DetectionFilter> Load(const std::string& path);
  // Parses the text of a model file (for tests).
  static StatusOr<DetectionFilter> Parse(std::string_view text, const std::string& where);

  // Probability that the event is a specific act, from its feature strings.
  double Score(const std::vector<std::string>& features) const;
  // The decision threshold for a PLOVER type ("PROTEST", "ASSAULT"); 0.5 when the model names none.
  double Threshold(std::string_view plover) const;
  size_t size() const { return weights_.size(); }

 private:
  struct ViewHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, double, ViewHash, std::equal_to<>> weights_;
  std::unordered_map<std::string, double> thresholds_;
};

// The PLOVER types the filter judges, by their one-letter feature prefix: 'P' PROTEST, 'A' ASSAULT,
// 0 for any other event (which the filter leaves alone).
char FilterType(const Lexicon& lex, const Event& ev);

// The features of one PROTEST/ASSAULT event: each under its type letter ('P:' or 'A:') and again
// under the shared prefix '*:'.
// The same function feeds training (MIZAN_EVENT_FEATURES=1 dumps them) and the shipped filter, so
// the two can never drift apart.
std::vector<std::string> FilterFeatures(const Doc& doc, const Event& ev, char type);

// Whether event b repeats event a, the one right before it: the same trigger, sides and code (a
// second occurrence on a joined date, "الخميس وأربعة آخرون الجمعة", or an emission twice over). The
// filter judges the first and gives the repeat its verdict: one act is one training candidate.
bool RepeatsAct(const Event& a, const Event& b);

}  // namespace mizan

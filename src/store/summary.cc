#include "store/summary.h"

namespace mizan::summary {

bool CountryPrefix(const std::string& prefix) {
  return !prefix.empty() && prefix.size() <= 3 &&
         prefix.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-") == std::string::npos;
}

bool Answers(const EventFilter& f) {
  if (!f.actor.empty() && !CountryPrefix(f.actor)) return false;
  return f.source.empty() && f.target.empty() && f.cameo.empty() && f.plover.empty() && f.quad_class == 0 &&
         f.date_from.empty() && f.date_to.empty() && f.certainty.empty() && f.attribution.empty() &&
         f.outlet.empty() && f.doc_id.empty() && f.text.empty() && !f.include_negated && !f.canonical_only;
}

std::string Kind(const std::string& period) {
  return period == "all" || period == "year" || period == "month" ? period : "";
}

}  // namespace mizan::summary

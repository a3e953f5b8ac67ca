#include "store/summary.h"

#include <algorithm>

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

namespace {

// A key of schema version 4: code characters, a multiple of three long, from min_size to 30.
bool CodeKey(const std::string& s, size_t min_size) {
  return s.size() >= min_size && s.size() <= 30 && s.size() % 3 == 0 &&
         s.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-") == std::string::npos;
}

}  // namespace

bool KeyedPartners(const EventFilter& f) {
  if (!CodeKey(f.actor, 6)) return false;
  EventFilter rest = f;
  rest.actor.clear();
  return Answers(rest);
}

std::string KeyedKind(const DyadQuery& q) {
  const EventFilter& f = q.filter;
  if (q.merge_to_filter || Kind(q.period).empty()) return "";
  if (!f.cameo.empty() || !f.plover.empty() || f.quad_class != 0 || !f.date_from.empty() || !f.date_to.empty() ||
      !f.certainty.empty() || !f.attribution.empty() || !f.outlet.empty() || !f.doc_id.empty() || !f.text.empty() ||
      f.include_negated || f.canonical_only)
    return "";
  if (!f.actor.empty()) {
    if (!f.source.empty() || !f.target.empty() || !CodeKey(f.actor, 6)) return "";
    return q.period + ":" + f.actor;
  }
  if (f.source.empty() || f.target.empty() || !f.either_direction || q.period == "all") return "";
  if (!CodeKey(f.source, 3) || !CodeKey(f.target, 3)) return "";
  return q.period + ":" + std::min(f.source, f.target) + "+" + std::max(f.source, f.target);
}

std::string Kind(const std::string& period) {
  return period == "all" || period == "year" || period == "month" ? period : "";
}

}  // namespace mizan::summary

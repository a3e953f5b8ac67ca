// Which queries the pre-aggregated summary tables (schema version 3) answer exactly: docs/store.md, "Summaries".
#pragma once

#include <string>

#include "store/store.h"

namespace mizan::summary {

// True when the filter keeps every non-negated report, or those of a country-level actor prefix (at
// most three characters, like LBY or LB): every report of one act names the same two countries, so such
// a prefix keeps or drops whole acts, as the summaries count them. Anything else reads the events.
bool Answers(const EventFilter& filter);

// A country-level code prefix: 1 to 3 capital letters, digits or '-'.
bool CountryPrefix(const std::string& prefix);

// The dyad_summary kind of a Dyads period ("all", "year", "month"), or "" when it is not kept (day, week).
std::string Kind(const std::string& period);

}  // namespace mizan::summary

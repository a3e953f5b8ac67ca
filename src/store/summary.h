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

// Schema version 4 also keeps dyad_summary rows keyed by the reports' own codes, cut at three-character
// boundaries (USAGOVLEG gives USAGOV and USAGOVLEG): kind "<period>:<code>" counts the acts with a
// non-negated report naming a code under <code> (6 to 30 characters) on either side, for all, year and
// month; kind "<period>:<A>+<B>" (A <= B, 3 to 30 characters each) the acts with a report between A and B
// in either direction, for year and month. A prefix cut at such a boundary keeps exactly the reports whose
// keys hold it, so these rows answer a Dyads query by a full code (actor=USAGOV) or a timeline of a pair
// (source, target, either direction) exactly. Returns that kind, or "" when the query is not one of them.
std::string KeyedKind(const DyadQuery& query);

// Schema version 6: true when Partners(filter.actor, filter) can read partner_key_summary: the actor is a
// full code cut at three characters (6 to 30, USAGOV) and the filter is otherwise the default one.
bool KeyedPartners(const EventFilter& filter);

}  // namespace mizan::summary

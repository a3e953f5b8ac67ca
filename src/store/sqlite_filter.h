// EventFilter as SQL for the SqliteStore: WHERE clauses over `events e JOIN documents d`.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "mizan/status.h"
#include "store/store.h"

namespace mizan::sqlite {

// " AND ..." clauses (possibly empty) selecting the events that pass filter; their values are appended
// to binds in order. InvalidArgument for a bad quad class or date.
StatusOr<std::string> FilterSql(const EventFilter& filter, std::vector<nlohmann::json>* binds);

// An FTS5 query from the user's words: normalized like the indexed text, each word quoted and matched
// as a prefix (so الجزائر finds الجزائرية), all words required. "" when no word is left.
std::string FtsQuery(std::string_view words);

// YYYY, YYYY-MM or YYYY-MM-DD.
bool ValidDateBound(std::string_view s);

}  // namespace mizan::sqlite

// EventFilter as SQL for the PostgresStore: WHERE clauses over `events e JOIN documents d`, same meaning
// as sqlite::FilterSql (docs/store.md); values are quoted by the connection (no parameters to number).
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "mizan/status.h"
#include "store/store.h"

namespace mizan::pg {

// Quotes a value as an SQL literal ('...'), as pqxx::transaction_base::quote does.
using Quoter = std::function<std::string(const std::string&)>;

// " AND ..." clauses (possibly empty) selecting the events that pass filter. InvalidArgument for a bad
// quad class, date or an empty text search.
StatusOr<std::string> FilterSql(const EventFilter& filter, const Quoter& quote);

// A tsquery text from the user's words: normalized like the indexed sentences, each word a prefix
// ('word':*), all words required. "" when no word is left.
std::string TsQuery(std::string_view words);

}  // namespace mizan::pg

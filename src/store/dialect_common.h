// Helpers the SQLite and PostgreSQL stores share word for word: page cursors, period SQL, code prefixes.
#pragma once

#include <optional>
#include <string>

#include "mizan/status.h"
#include "relate/canonical.h"

namespace mizan::store_common {

// The events page cursor is the last row's (date, id) in hex: opaque to callers, exact for the next page.
std::string EncodeCursor(const std::string& date, const std::string& id);
// False when `cursor` is not one EncodeCursor made.
bool DecodeCursor(const std::string& cursor, std::string* date, std::string* id);

// The period of a canonical event `c`, as SQL both dialects read. Dates coarser than the period keep
// their own value ("2016" stays "2016" in a month view); "W<monday>" becomes "2016-W24" in PeriodLabel.
StatusOr<std::string> PeriodSql(const std::string& period);
std::string PeriodLabel(const std::string& raw);

// True when `code` starts with a non-empty `prefix` (LBYMIL under LBY).
bool HasCodePrefix(const std::string& code, const std::string& prefix);

// The day span of a stored date, or nullopt when the event has none.
std::optional<relate::DaySpan> SpanOf(const std::string& value, const std::string& granularity);

}  // namespace mizan::store_common

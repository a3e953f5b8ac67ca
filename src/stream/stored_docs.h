// Stored documents read back for re-coding: id, text and metadata from a SQLite file or a PostgreSQL database.
#pragma once

#include <functional>
#include <string>

#include "io/input.h"
#include "mizan/status.h"

namespace mizan::stream {

// Calls fn for each stored document published on or after since ("" = all), in id order; fn returning
// false stops. location as for Store::Open ("postgresql://...", "postgres://...", a SQLite file).
// Returns the number of documents handed out.
StatusOr<size_t> ForEachStoredDoc(const std::string& location, const std::string& since,
                                  const std::function<bool(const RawDoc&)>& fn);

}  // namespace mizan::stream

// Flat rows for `mizan export`: the column lists (docs/export.md), event/dyad rows and RFC 4180 CSV.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "store/store.h"

namespace mizan::relate {

// Column names, in order (GDELT/ICEWS-style: event_id, event_date, source_code, cameo_code, ...).
const std::vector<std::string>& EventColumns();
const std::vector<std::string>& DyadColumns();

// One flat object with exactly the columns above as keys: from a QueryEvents event (stored record +
// canonical_id, num_sources, num_articles, document) or a dyad row. Missing values are null.
nlohmann::json EventRow(const nlohmann::json& event);
nlohmann::json DyadExportRow(const DyadRow& row);

// CSV (RFC 4180): a field with a comma, quote, CR or LF is quoted and its quotes doubled; lines end
// with CRLF. Values: null -> empty, true/false, numbers as JSON writes them, strings as they are.
std::string CsvField(const nlohmann::json& value);
std::string CsvHeader(const std::vector<std::string>& columns);
std::string CsvLine(const std::vector<std::string>& columns, const nlohmann::json& row);

// One JSON object with the columns as keys in column order (not sorted), and a newline.
std::string JsonLine(const std::vector<std::string>& columns, const nlohmann::json& row);

}  // namespace mizan::relate

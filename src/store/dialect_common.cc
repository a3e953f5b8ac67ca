#include "store/dialect_common.h"

#include <fmt/core.h>

namespace mizan::store_common {

std::string EncodeCursor(const std::string& date, const std::string& id) {
  std::string raw = date + '\x1f' + id, out;
  static const char* kHex = "0123456789abcdef";
  for (unsigned char c : raw) {
    out += kHex[c >> 4];
    out += kHex[c & 15];
  }
  return out;
}

bool DecodeCursor(const std::string& cursor, std::string* date, std::string* id) {
  if (cursor.size() % 2) return false;
  std::string raw;
  for (size_t i = 0; i < cursor.size(); i += 2) {
    auto nib = [](char c) { return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1; };
    int hi = nib(cursor[i]), lo = nib(cursor[i + 1]);
    if (hi < 0 || lo < 0) return false;
    raw += static_cast<char>(hi * 16 + lo);
  }
  size_t sep = raw.find('\x1f');
  if (sep == std::string::npos) return false;
  *date = raw.substr(0, sep);
  *id = raw.substr(sep + 1);
  return true;
}

StatusOr<std::string> PeriodSql(const std::string& period) {
  if (period == "day")
    return std::string("CASE WHEN c.date_granularity = 'day' THEN c.date_value ELSE COALESCE(c.date_value, 'unknown') END");
  if (period == "week")
    return std::string("CASE WHEN c.date_granularity IN ('day', 'week') AND c.day_lo IS NOT NULL THEN "
                       "'W' || (c.day_lo - ((c.day_lo % 7 + 10) % 7)) ELSE COALESCE(c.date_value, 'unknown') END");
  if (period == "month")
    return std::string("CASE WHEN c.date_granularity IN ('day', 'month') THEN substr(c.date_value, 1, 7) "
                       "ELSE COALESCE(c.date_value, 'unknown') END");
  if (period == "year") return std::string("COALESCE(substr(c.date_value, 1, 4), 'unknown')");
  if (period == "all") return std::string("'all'");
  return InvalidArgument(fmt::format("unknown period '{}' (day, week, month, year or all)", period));
}

std::string PeriodLabel(const std::string& raw) {
  if (raw.size() > 1 && raw[0] == 'W' && raw.find_first_not_of("0123456789-", 1) == std::string::npos)
    return relate::IsoWeekLabel(std::stoi(raw.substr(1)));
  return raw;
}

bool HasCodePrefix(const std::string& code, const std::string& prefix) {
  return !prefix.empty() && code.compare(0, prefix.size(), prefix) == 0;
}

std::optional<relate::DaySpan> SpanOf(const std::string& value, const std::string& granularity) {
  if (value.empty()) return std::nullopt;
  return relate::DateSpan(value, granularity);
}

}  // namespace mizan::store_common

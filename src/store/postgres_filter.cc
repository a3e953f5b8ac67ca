#include "store/postgres_filter.h"

#include <cctype>

#include <fmt/core.h>

#include "store/sqlite_filter.h"
#include "text/normalize.h"

namespace mizan::pg {

namespace {

// "column starts with prefix" that can use a btree index (columns are COLLATE "C"): >= prefix, < next.
std::string Prefix(std::string_view column, const std::string& prefix, const Quoter& quote) {
  std::string upper(prefix);
  if (!upper.empty() && static_cast<unsigned char>(upper.back()) < 0x7f) upper.back() = static_cast<char>(upper.back() + 1);
  else upper += "\xf4\x8f\xbf\xbf";
  return fmt::format("({0} >= {1} AND {0} < {2})", column, quote(prefix), quote(upper));
}

}  // namespace

std::string TsQuery(std::string_view words) {
  const std::string norm = NormalizeForMatch(words);
  std::string out, word;
  auto flush = [&] {
    if (word.empty()) return;
    if (!out.empty()) out += " & ";
    out += "'" + word + "':*";
    word.clear();
  };
  for (char c : norm) {
    // ASCII punctuation and spaces (quotes included) separate words; Arabic letters are multibyte and kept.
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x80 && !std::isalnum(u)) flush();
    else word += c;
  }
  flush();
  return out;
}

StatusOr<std::string> FilterSql(const EventFilter& f, const Quoter& quote) {
  std::string sql;
  auto add = [&](const std::string& clause) { sql += " AND " + clause; };
  auto prefix = [&](std::string_view column, const std::string& p) { return Prefix(column, p, quote); };
  if (!f.actor.empty()) add(fmt::format("({} OR {})", prefix("e.source_code", f.actor), prefix("e.target_code", f.actor)));
  if (f.either_direction && !f.source.empty() && !f.target.empty()) {
    std::string fwd = prefix("e.source_code", f.source) + " AND " + prefix("e.target_code", f.target);
    std::string back = prefix("e.source_code", f.target) + " AND " + prefix("e.target_code", f.source);
    add(fmt::format("(({}) OR ({}))", fwd, back));
  } else if (f.either_direction && (!f.source.empty() || !f.target.empty())) {
    const std::string& one = f.source.empty() ? f.target : f.source;
    add(fmt::format("({} OR {})", prefix("e.source_code", one), prefix("e.target_code", one)));
  } else {
    if (!f.source.empty()) add(prefix("e.source_code", f.source));
    if (!f.target.empty()) add(prefix("e.target_code", f.target));
  }
  if (!f.cameo.empty()) {
    if (f.cameo.size() == 2) add("e.cameo_root = " + quote(f.cameo));
    else add(prefix("e.cameo", f.cameo));
  }
  auto exact = [&](const char* column, const std::string& value) {
    if (!value.empty()) add(fmt::format("{} = {}", column, quote(value)));
  };
  exact("e.plover", f.plover);
  exact("e.certainty", f.certainty);
  exact("e.attribution_kind", f.attribution);
  exact("d.outlet", f.outlet);
  exact("e.doc_id", f.doc_id);
  if (f.quad_class != 0) {
    if (f.quad_class < 1 || f.quad_class > 4) return InvalidArgument(fmt::format("quad class {} is not 1..4", f.quad_class));
    add(fmt::format("e.quad_class = {}", f.quad_class));
  }
  if (!f.date_from.empty()) {
    if (!sqlite::ValidDateBound(f.date_from))
      return InvalidArgument(fmt::format("date '{}' is not YYYY[-MM[-DD]]", f.date_from));
    add("COALESCE(e.date_value, '') >= " + quote(f.date_from));
  }
  if (!f.date_to.empty()) {
    if (!sqlite::ValidDateBound(f.date_to)) return InvalidArgument(fmt::format("date '{}' is not YYYY[-MM[-DD]]", f.date_to));
    // Inclusive at its own precision: "2016-06" keeps 2016-06-30 and 2016-W26 ('~' sorts after them).
    // The COALESCE twin is redundant (NULL dates fail the other) but bounds the (date, id) index range.
    add("e.date_value <= " + quote(f.date_to + "~") + " AND COALESCE(e.date_value, '') <= " + quote(f.date_to + "~"));
  }
  if (!f.include_negated) add("NOT e.negated");
  if (f.canonical_only) add("e.id = (SELECT c1.rep_event FROM canonical_events c1 WHERE c1.id = e.canonical_id)");
  if (!f.text.empty()) {
    std::string q = TsQuery(f.text);
    if (q.empty()) return InvalidArgument("the text search has no word in it");
    add(fmt::format("e.search @@ to_tsquery('arabic', {})", quote(q)));
  }
  return sql;
}

}  // namespace mizan::pg

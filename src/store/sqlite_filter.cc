#include "store/sqlite_filter.h"

#include <cctype>

#include <fmt/core.h>

#include "store/sqlite_util.h"
#include "text/normalize.h"

namespace mizan::sqlite {

using nlohmann::json;

bool ValidDateBound(std::string_view s) {
  if (s.size() != 4 && s.size() != 7 && s.size() != 10) return false;
  for (size_t i = 0; i < s.size(); ++i) {
    const bool dash = i == 4 || i == 7;
    if (dash ? s[i] != '-' : !std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  return true;
}

std::string FtsQuery(std::string_view words) {
  const std::string norm = NormalizeForMatch(words);
  std::string out, word;
  auto flush = [&] {
    if (word.empty()) return;
    if (!out.empty()) out += ' ';
    out += '"';
    for (char c : word) {
      if (c == '"') out += '"';  // FTS5 escapes a quote inside a string by doubling it
      out += c;
    }
    out += "\"*";
    word.clear();
  };
  for (char c : norm) {
    // ASCII punctuation and spaces separate words; Arabic letters are multibyte and kept.
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x80 && !std::isalnum(u)) flush();
    else word += c;
  }
  flush();
  return out;
}

StatusOr<std::string> FilterSql(const EventFilter& f, std::vector<json>* binds) {
  std::string sql;
  auto add = [&](const std::string& clause) { sql += " AND " + clause; };
  if (!f.actor.empty())
    add(fmt::format("({} OR {})", PrefixSql("e.source_code", f.actor, binds), PrefixSql("e.target_code", f.actor, binds)));
  if (f.either_direction && !f.source.empty() && !f.target.empty()) {
    std::string fwd = PrefixSql("e.source_code", f.source, binds) + " AND " + PrefixSql("e.target_code", f.target, binds);
    std::string back = PrefixSql("e.source_code", f.target, binds) + " AND " + PrefixSql("e.target_code", f.source, binds);
    add(fmt::format("(({}) OR ({}))", fwd, back));
  } else if (f.either_direction && (!f.source.empty() || !f.target.empty())) {
    const std::string& one = f.source.empty() ? f.target : f.source;
    add(fmt::format("({} OR {})", PrefixSql("e.source_code", one, binds), PrefixSql("e.target_code", one, binds)));
  } else {
    if (!f.source.empty()) add(PrefixSql("e.source_code", f.source, binds));
    if (!f.target.empty()) add(PrefixSql("e.target_code", f.target, binds));
  }
  if (!f.cameo.empty()) {
    if (f.cameo.size() == 2) {
      add("e.cameo_root = ?");
      binds->push_back(f.cameo);
    } else {
      add(PrefixSql("e.cameo", f.cameo, binds));
    }
  }
  auto exact = [&](const char* column, const std::string& value) {
    if (value.empty()) return;
    add(fmt::format("{} = ?", column));
    binds->push_back(value);
  };
  exact("e.plover", f.plover);
  exact("e.certainty", f.certainty);
  exact("e.attribution_kind", f.attribution);
  exact("d.outlet", f.outlet);
  exact("e.doc_id", f.doc_id);
  if (f.quad_class != 0) {
    if (f.quad_class < 1 || f.quad_class > 4) return InvalidArgument(fmt::format("quad class {} is not 1..4", f.quad_class));
    add("e.quad_class = ?");
    binds->push_back(f.quad_class);
  }
  if (!f.date_from.empty()) {
    if (!ValidDateBound(f.date_from)) return InvalidArgument(fmt::format("date '{}' is not YYYY[-MM[-DD]]", f.date_from));
    add("COALESCE(e.date_value, '') >= ?");
    binds->push_back(f.date_from);
  }
  if (!f.date_to.empty()) {
    if (!ValidDateBound(f.date_to)) return InvalidArgument(fmt::format("date '{}' is not YYYY[-MM[-DD]]", f.date_to));
    // Inclusive at its own precision: "2016-06" keeps 2016-06-30 and 2016-W26 ('~' sorts after them).
    // The COALESCE twin is redundant (NULL dates fail the other) but bounds the (date, id) index range.
    add("e.date_value <= ? AND COALESCE(e.date_value, '') <= ?");
    binds->push_back(f.date_to + "~");
    binds->push_back(f.date_to + "~");
  }
  if (!f.include_negated) add("e.negated = 0");
  if (f.canonical_only) add("e.id = (SELECT c1.rep_event FROM canonical_events c1 WHERE c1.id = e.canonical_id)");
  if (!f.text.empty()) {
    std::string q = FtsQuery(f.text);
    if (q.empty()) return InvalidArgument("the text search has no word in it");
    add("(e.doc_id, e.sentence) IN (SELECT s.doc_id, s.idx FROM sentences s WHERE s.rowid IN "
        "(SELECT rowid FROM sentence_fts WHERE sentence_fts MATCH ?))");
    binds->push_back(q);
  }
  return sql;
}

}  // namespace mizan::sqlite

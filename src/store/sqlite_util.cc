#include "store/sqlite_util.h"

#include <sqlite3.h>


#include <fmt/core.h>

namespace mizan::sqlite {

using nlohmann::json;

void BindJson(sqlite3_stmt* st, int i, const json* v) {
  if (!v || v->is_null()) sqlite3_bind_null(st, i);
  else if (v->is_string()) {
    const auto& s = v->get_ref<const std::string&>();
    sqlite3_bind_text(st, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
  } else if (v->is_boolean()) sqlite3_bind_int(st, i, v->get<bool>() ? 1 : 0);
  else if (v->is_number_integer()) sqlite3_bind_int64(st, i, v->get<int64_t>());
  else if (v->is_number()) sqlite3_bind_double(st, i, v->get<double>());
  else {
    std::string s = v->dump();
    sqlite3_bind_text(st, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
  }
}

void BindText(sqlite3_stmt* st, int i, std::string_view s) {
  sqlite3_bind_text(st, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
}

void BindAll(sqlite3_stmt* st, const std::vector<json>& values) {
  for (size_t i = 0; i < values.size(); ++i) BindJson(st, static_cast<int>(i) + 1, &values[i]);
}

std::string Text(sqlite3_stmt* st, int col) {
  const unsigned char* p = sqlite3_column_text(st, col);
  return p ? std::string(reinterpret_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(st, col))) : "";
}

json Value(sqlite3_stmt* st, int col) {
  switch (sqlite3_column_type(st, col)) {
    case SQLITE_NULL:
      return nullptr;
    case SQLITE_INTEGER:
      return static_cast<int64_t>(sqlite3_column_int64(st, col));
    case SQLITE_FLOAT:
      return sqlite3_column_double(st, col);
    default:
      return Text(st, col);
  }
}

const json* At(const json& j, const char* a, const char* b) {
  if (!j.is_object()) return nullptr;
  auto it = j.find(a);
  if (it == j.end()) return nullptr;
  if (!b) return &*it;
  if (!it->is_object()) return nullptr;
  auto jt = it->find(b);
  return jt == it->end() ? nullptr : &*jt;
}

Reset::~Reset() {
  sqlite3_reset(st);
  sqlite3_clear_bindings(st);
}

Finalize::~Finalize() { sqlite3_finalize(st); }

std::string PrefixSql(std::string_view column, std::string_view prefix, std::vector<json>* binds) {
  // Codes are ASCII: the first string after every "LBY..." is "LBZ". A prefix ending in 0x7f or above
  // (not a code) falls back to an upper bound no code reaches.
  std::string upper(prefix);
  if (!upper.empty() && static_cast<unsigned char>(upper.back()) < 0x7f) upper.back() = static_cast<char>(upper.back() + 1);
  else upper += "\xf4\x8f\xbf\xbf";
  binds->push_back(std::string(prefix));
  binds->push_back(upper);
  return fmt::format("({0} >= ? AND {0} < ?)", column);
}

}  // namespace mizan::sqlite

// Small helpers shared by the SqliteStore files: binding values, reading columns, resetting statements.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

struct sqlite3_stmt;

namespace mizan::sqlite {

// Binds a JSON scalar: null, string, integer, float or bool (as 0/1); arrays and objects as their dump.
void BindJson(sqlite3_stmt* st, int i, const nlohmann::json* v);
void BindText(sqlite3_stmt* st, int i, std::string_view s);
// Binds every value in order from parameter 1 (strings as text, the rest through BindJson).
void BindAll(sqlite3_stmt* st, const std::vector<nlohmann::json>& values);

// Column as text ("" for NULL), as JSON (null, integer, real or string).
std::string Text(sqlite3_stmt* st, int col);
nlohmann::json Value(sqlite3_stmt* st, int col);

// j[a][b] or nullptr when a level is missing or not an object.
const nlohmann::json* At(const nlohmann::json& j, const char* a, const char* b = nullptr);

// Resets a cached statement when the scope ends, whatever path returns.
struct Reset {
  sqlite3_stmt* st;
  ~Reset();
};

// Finalizes a statement prepared for one query (not cached) when the scope ends.
struct Finalize {
  sqlite3_stmt* st = nullptr;
  ~Finalize();
};

// SQL for "column starts with prefix" that can use an index: (col >= ? AND col < ?), two bound values.
std::string PrefixSql(std::string_view column, std::string_view prefix, std::vector<nlohmann::json>* binds);

}  // namespace mizan::sqlite

#include "stream/stored_docs.h"

#include <fmt/core.h>
#include <pqxx/pqxx>
#include <sqlite3.h>

namespace mizan::stream {
namespace {

// Both stores keep these columns in `documents` (src/store/migrations/*/0001_init.sql).
constexpr const char* kQuery =
    "SELECT id, text, coalesce(published, ''), coalesce(outlet, ''), coalesce(title, ''), coalesce(url, '') "
    "FROM documents WHERE coalesce(published, '') >= {} ORDER BY id";  // PostgreSQL: ids in "C" order

StatusOr<size_t> FromPostgres(const std::string& location, const std::string& since,
                              const std::function<bool(const RawDoc&)>& fn) {
  try {
    pqxx::connection c(location);
    size_t n = 0;
    std::string last;
    // Keyset pages of 1,000 by id: memory stays flat however large the archive.
    for (;;) {
      pqxx::read_transaction tx(c);
      pqxx::result page = tx.exec(fmt::format(fmt::runtime(kQuery), tx.quote(since) + " AND id > " + tx.quote(last)) +
                                  " LIMIT 1000");
      if (page.empty()) return n;
      for (const auto& row : page) {
        RawDoc d{row[0].c_str(), row[1].c_str(), row[2].c_str(), row[3].c_str(), row[4].c_str(), row[5].c_str(), ""};
        d.origin = "stored:" + d.id;
        last = d.id;
        ++n;
        if (!fn(d)) return n;
      }
    }
  } catch (const std::exception& e) {
    return Status(StatusCode::kUnavailable, fmt::format("reading documents from PostgreSQL: {}", e.what()));
  }
}

StatusOr<size_t> FromSqlite(const std::string& path, const std::string& since,
                            const std::function<bool(const RawDoc&)>& fn) {
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    std::string msg = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    return Status(StatusCode::kUnavailable, fmt::format("opening {}: {}", path, msg));
  }
  sqlite3_stmt* st = nullptr;
  std::string sql = fmt::format(fmt::runtime(kQuery), "?1");
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) != SQLITE_OK) {
    std::string msg = sqlite3_errmsg(db);
    sqlite3_close(db);
    return Status(StatusCode::kFailedPrecondition, fmt::format("{} is not a Mizan database: {}", path, msg));
  }
  sqlite3_bind_text(st, 1, since.c_str(), -1, SQLITE_TRANSIENT);
  size_t n = 0;
  auto col = [&](int i) {
    const unsigned char* t = sqlite3_column_text(st, i);
    return t ? std::string(reinterpret_cast<const char*>(t)) : std::string();
  };
  while (sqlite3_step(st) == SQLITE_ROW) {
    RawDoc d{col(0), col(1), col(2), col(3), col(4), col(5), ""};
    d.origin = "stored:" + d.id;
    ++n;
    if (!fn(d)) break;
  }
  sqlite3_finalize(st);
  sqlite3_close(db);
  return n;
}

}  // namespace

StatusOr<size_t> ForEachStoredDoc(const std::string& location, const std::string& since,
                                  const std::function<bool(const RawDoc&)>& fn) {
  if (location.starts_with("postgresql://") || location.starts_with("postgres://"))
    return FromPostgres(location, since, fn);
  std::string path = location.starts_with("sqlite:") ? location.substr(7) : location;
  return FromSqlite(path, since, fn);
}

}  // namespace mizan::stream

#include "store/store.h"

#include <cmath>

#include <fmt/core.h>

#include "store/sqlite_store.h"

namespace mizan {

nlohmann::json DyadToJson(const DyadRow& r) {
  auto round2 = [](double x) { return std::round(x * 100.0) / 100.0; };
  return {{"source", r.source},
          {"target", r.target},
          {"period", r.period},
          {"events", r.events},
          {"goldstein_sum", round2(r.goldstein_sum)},
          {"goldstein_mean", round2(r.goldstein_mean)},
          {"quad", r.quad},
          {"sources", r.sources}};
}

std::string ContentHash(const Doc& doc) {
  // FNV-1a, 64 bits, over every stored field; the prefix names the function so it can change later.
  uint64_t h = 1469598103934665603ull;
  auto mix = [&h](std::string_view s) {
    for (unsigned char c : s) {
      h ^= c;
      h *= 1099511628211ull;
    }
    h ^= 0x1f;  // field separator, so ("ab","c") and ("a","bc") differ
    h *= 1099511628211ull;
  };
  mix(doc.text());
  mix(doc.published);
  mix(doc.outlet);
  mix(doc.title);
  mix(doc.url);
  return fmt::format("fnv1a64:{:016x}", h);
}

StatusOr<std::unique_ptr<Store>> Store::Open(const std::string& location, const StoreOptions& options) {
  std::string path = location;
  if (path.rfind("sqlite:", 0) == 0) path = path.substr(7);
  if (path.rfind("postgres://", 0) == 0 || path.rfind("postgresql://", 0) == 0)
    return Status(StatusCode::kUnimplemented, "PostgreSQL stores are not implemented yet; use a SQLite file");
  if (path.empty()) return InvalidArgument("no database path given");
  auto store = SqliteStore::OpenFile(path, options);
  if (!store.ok()) return store.status();
  return std::unique_ptr<Store>(std::move(store).value());
}

}  // namespace mizan

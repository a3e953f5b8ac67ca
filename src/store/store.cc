#include "store/store.h"

#include <cmath>
#include <ctime>

#include <fmt/core.h>

#include "store/postgres_store.h"
#include "store/sqlite_store.h"

namespace mizan {

std::string NowUtc() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

nlohmann::json DyadToJson(const DyadRow& r) {
  auto round2 = [](double x) { return std::round(x * 100.0) / 100.0; };
  return {{"source", r.source},
          {"target", r.target},
          {"period", r.period},
          {"events", r.events},
          {"goldstein_sum", round2(r.goldstein_sum)},
          {"goldstein_mean", round2(r.goldstein_mean)},
          {"quad", r.quad},
          {"sources", r.sources},
          {"articles", r.articles}};
}

nlohmann::json ActorToJson(const ActorRow& r) {
  nlohmann::json j = {{"code", r.code},         {"name", r.name},           {"kind", r.kind},
                      {"events", r.events},     {"as_source", r.as_source}, {"as_target", r.as_target},
                      {"mentions", r.mentions}, {"known", r.known}};
  j["first_date"] = r.first_date.empty() ? nlohmann::json() : nlohmann::json(r.first_date);
  j["last_date"] = r.last_date.empty() ? nlohmann::json() : nlohmann::json(r.last_date);
  if (r.code.size() >= 3) j["country"] = r.code.substr(0, 3);
  return j;
}

nlohmann::json PartnerToJson(const PartnerRow& r) {
  return {{"partner", r.partner},
          {"events_out", r.events_out},
          {"events_in", r.events_in},
          {"events", r.events_out + r.events_in},
          {"goldstein_mean", std::round(r.goldstein_mean * 100.0) / 100.0},
          {"quad", r.quad}};
}

nlohmann::json BrokerToJson(const BrokerRow& r) {
  return {{"broker", r.broker},
          {"source", r.source},
          {"target", r.target},
          {"explicit_events", r.explicit_events},
          {"path_events", r.path_events},
          {"direct_events", r.direct_events},
          {"score", std::round(r.score * 100.0) / 100.0}};
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
  if (IsPostgresLocation(location)) return OpenPostgresStore(location, options);  // postgres[ql]://, pg:
  if (path.empty()) return InvalidArgument("no database path given");
  auto store = SqliteStore::OpenFile(path, options);
  if (!store.ok()) return store.status();
  return std::unique_ptr<Store>(std::move(store).value());
}

// Defaults for stores that do not implement a query yet (docs/store.md lists what each store has).
namespace {
Status NotYet(const char* what) {
  return Status(StatusCode::kUnimplemented, fmt::format("{} is not implemented by this store yet", what));
}
}  // namespace

Status Store::LinkCanonical(bool) { return NotYet("LinkCanonical"); }
StatusOr<int64_t> Store::CountCanonicalEvents() { return NotYet("CountCanonicalEvents"); }
StatusOr<EventPage> Store::QueryEvents(const EventQuery&) { return NotYet("QueryEvents"); }
StatusOr<std::vector<ActorRow>> Store::Actors(const ActorQuery&) { return NotYet("Actors"); }
StatusOr<std::vector<PartnerRow>> Store::Partners(const std::string&, const EventFilter&) {
  return NotYet("Partners");
}
StatusOr<std::vector<BrokerRow>> Store::Brokers(const EventFilter&) { return NotYet("Brokers"); }
StatusOr<nlohmann::json> Store::GetDocument(const std::string&) { return NotYet("GetDocument"); }

}  // namespace mizan

// The read endpoints: events, one event, actors, one actor, dyads, a timeline, brokers, a document.
#include <string>

#include <fmt/core.h>

#include "api/filter_params.h"
#include "api/handlers.h"
#include "api/params.h"

namespace mizan::api {
namespace {

#define API_RETURN_IF_ERROR(expr)                  \
  do {                                             \
    ::mizan::Status _st = (expr);                  \
    if (!_st.ok()) return ErrorResponse(_st);      \
  } while (0)

constexpr long long kMaxRows = 5000;  // dyad, actor and broker lists: 0 = all is capped here

}  // namespace

ApiResponse HandleEvents(const ApiContext& ctx, const ApiRequest& req) {
  API_RETURN_IF_ERROR(CheckParams(req, WithFilterParams({"limit", "cursor", "order", "total"}),
                                  ctx.options.max_param_bytes));
  EventQuery q;
  API_RETURN_IF_ERROR(ParseFilter(req, &q.filter));
  auto limit = IntParam(req, "limit", ctx.options.default_limit, 1, ctx.options.max_limit);
  if (!limit.ok()) return ErrorResponse(limit.status());
  q.limit = static_cast<size_t>(*limit);
  q.cursor = req.Param("cursor");
  auto order = EnumParam(req, "order", {"oldest", "newest"});
  if (!order.ok()) return ErrorResponse(order.status());
  q.newest_first = *order == "newest";
  auto total = BoolParam(req, "total");
  if (!total.ok()) return ErrorResponse(total.status());
  q.count_total = *total;
  auto page = ctx.stores->Read()->QueryEvents(q);
  if (!page.ok()) return ErrorResponse(page.status());
  nlohmann::json out = {{"events", std::move(page->events)},
                        {"next_cursor", page->next_cursor.empty() ? nlohmann::json() : nlohmann::json(page->next_cursor)}};
  if (q.count_total) out["total"] = page->total;
  return JsonResponse(out);
}

ApiResponse HandleEvent(const ApiContext& ctx, const ApiRequest& req) {
  API_RETURN_IF_ERROR(CheckParams(req, {}, ctx.options.max_param_bytes));
  // Event ids are "doc:sentence:n" (event_json.h); the document id may itself hold colons.
  std::string id = PathId(req);
  size_t second = id.rfind(':');
  size_t first = second == std::string::npos || second == 0 ? std::string::npos : id.rfind(':', second - 1);
  if (first == std::string::npos || first == 0)
    return ErrorResponse(400, fmt::format("'{}' is not an event id (doc:sentence:n)", id));
  EventQuery q;
  q.filter.doc_id = id.substr(0, first);
  q.filter.include_negated = true;
  q.limit = static_cast<size_t>(ctx.options.max_limit);
  auto store = ctx.stores->Read();
  for (;;) {
    auto page = store->QueryEvents(q);
    if (!page.ok()) return ErrorResponse(page.status());
    for (nlohmann::json& e : page->events)
      if (e.value("id", "") == id) return JsonResponse(e);
    if (page->next_cursor.empty()) break;
    q.cursor = page->next_cursor;
  }
  return ErrorResponse(404, fmt::format("no event '{}'", id));
}

ApiResponse HandleActors(const ApiContext& ctx, const ApiRequest& req) {
  API_RETURN_IF_ERROR(CheckParams(req, {"q", "unknown", "limit"}, ctx.options.max_param_bytes));
  ActorQuery q;
  q.prefix = req.Param("q");
  auto unknown = BoolParam(req, "unknown");
  if (!unknown.ok()) return ErrorResponse(unknown.status());
  q.unknown_only = *unknown;
  if (!q.unknown_only) {
    // Known actors are looked up by code prefix; lower case is a friendly typo, not another actor.
    for (char& c : q.prefix)
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (!IsActorCode(q.prefix))
      return ErrorResponse(400, fmt::format("'q' must be an actor code prefix (like LBY), got '{}'", q.prefix));
  }
  auto limit = IntParam(req, "limit", 50, 0, kMaxRows);
  if (!limit.ok()) return ErrorResponse(limit.status());
  q.top = *limit == 0 ? kMaxRows : static_cast<size_t>(*limit);
  auto rows = ctx.stores->Read()->Actors(q);
  if (!rows.ok()) return ErrorResponse(rows.status());
  nlohmann::json out = nlohmann::json::array();
  for (const ActorRow& r : *rows) out.push_back(ActorToJson(r));
  return JsonResponse({{"actors", std::move(out)}});
}

ApiResponse HandleActor(const ApiContext& ctx, const ApiRequest& req) {
  API_RETURN_IF_ERROR(CheckParams(req, WithFilterParams({"limit"}), ctx.options.max_param_bytes));
  std::string code = PathId(req);
  if (!IsActorCode(code) || code.empty()) return ErrorResponse(400, fmt::format("'{}' is not an actor code (like LBYMIL)", code));
  EventFilter filter;
  API_RETURN_IF_ERROR(ParseFilter(req, &filter));
  auto limit = IntParam(req, "limit", 50, 0, kMaxRows);
  if (!limit.ok()) return ErrorResponse(limit.status());
  auto store = ctx.stores->Read();
  ActorQuery aq;
  aq.prefix = code;
  aq.top = 0;
  auto actors = store->Actors(aq);
  if (!actors.ok()) return ErrorResponse(actors.status());
  nlohmann::json actor;
  for (const ActorRow& r : *actors)
    if (r.code == code) actor = ActorToJson(r);
  auto partners = store->Partners(code, filter);
  if (!partners.ok()) return ErrorResponse(partners.status());
  if (actor.is_null() && partners->empty()) return ErrorResponse(404, fmt::format("no events with actor '{}'", code));
  EventFilter bf = filter;
  bf.actor = code;
  auto brokers = store->Brokers(bf);
  if (!brokers.ok()) return ErrorResponse(brokers.status());
  size_t n = *limit == 0 ? kMaxRows : static_cast<size_t>(*limit);
  if (partners->size() > n) partners->resize(n);
  if (brokers->size() > n) brokers->resize(n);
  nlohmann::json p = nlohmann::json::array(), b = nlohmann::json::array();
  for (const PartnerRow& r : *partners) p.push_back(PartnerToJson(r));
  for (const BrokerRow& r : *brokers) b.push_back(BrokerToJson(r));
  if (actor.is_null()) actor = {{"code", code}};
  return JsonResponse({{"actor", std::move(actor)}, {"partners", std::move(p)}, {"brokers", std::move(b)}});
}

ApiResponse HandleDyads(const ApiContext& ctx, const ApiRequest& req) {
  API_RETURN_IF_ERROR(CheckParams(req, WithFilterParams({"period", "limit", "order"}), ctx.options.max_param_bytes));
  DyadQuery q;
  API_RETURN_IF_ERROR(ParseFilter(req, &q.filter));
  auto period = EnumParam(req, "period", {"day", "week", "month", "year", "all"});
  if (!period.ok()) return ErrorResponse(period.status());
  q.period = period->empty() ? "all" : *period;
  auto limit = IntParam(req, "limit", 50, 0, kMaxRows);
  if (!limit.ok()) return ErrorResponse(limit.status());
  q.top = *limit == 0 ? kMaxRows : static_cast<size_t>(*limit);
  auto order = EnumParam(req, "order", {"events", "time"});
  if (!order.ok()) return ErrorResponse(order.status());
  q.chronological = *order == "time";
  auto rows = ctx.stores->Read()->Dyads(q);
  if (!rows.ok()) return ErrorResponse(rows.status());
  nlohmann::json out = nlohmann::json::array();
  for (const DyadRow& r : *rows) out.push_back(DyadToJson(r));
  return JsonResponse({{"period", q.period}, {"dyads", std::move(out)}});
}

ApiResponse HandleTimeline(const ApiContext& ctx, const ApiRequest& req) {
  API_RETURN_IF_ERROR(CheckParams(req, WithFilterParams({"period"}), ctx.options.max_param_bytes));
  DyadQuery q;
  API_RETURN_IF_ERROR(ParseFilter(req, &q.filter));
  if (q.filter.source.empty() || q.filter.target.empty())
    return ErrorResponse(400, "a timeline needs both 'source' and 'target' (actor codes or prefixes)");
  // A relation is both directions unless the caller says ?either=0.
  if (!req.Has("either")) q.filter.either_direction = true;
  auto period = EnumParam(req, "period", {"day", "week", "month", "year"});
  if (!period.ok()) return ErrorResponse(period.status());
  q.period = period->empty() ? "month" : *period;
  q.top = 0;
  q.chronological = true;
  auto rows = ctx.stores->Read()->Dyads(q);
  if (!rows.ok()) return ErrorResponse(rows.status());
  nlohmann::json out = nlohmann::json::array();
  for (const DyadRow& r : *rows) out.push_back(DyadToJson(r));
  return JsonResponse({{"source", q.filter.source},
                       {"target", q.filter.target},
                       {"either", q.filter.either_direction},
                       {"period", q.period},
                       {"series", std::move(out)}});
}

ApiResponse HandleBrokers(const ApiContext& ctx, const ApiRequest& req) {
  API_RETURN_IF_ERROR(CheckParams(req, WithFilterParams({"limit"}), ctx.options.max_param_bytes));
  EventFilter filter;
  API_RETURN_IF_ERROR(ParseFilter(req, &filter));
  auto limit = IntParam(req, "limit", 50, 0, kMaxRows);
  if (!limit.ok()) return ErrorResponse(limit.status());
  auto rows = ctx.stores->Read()->Brokers(filter);
  if (!rows.ok()) return ErrorResponse(rows.status());
  size_t n = *limit == 0 ? kMaxRows : static_cast<size_t>(*limit);
  if (rows->size() > n) rows->resize(n);
  nlohmann::json out = nlohmann::json::array();
  for (const BrokerRow& r : *rows) out.push_back(BrokerToJson(r));
  return JsonResponse({{"brokers", std::move(out)}});
}

ApiResponse HandleDocument(const ApiContext& ctx, const ApiRequest& req) {
  API_RETURN_IF_ERROR(CheckParams(req, {}, ctx.options.max_param_bytes));
  auto doc = ctx.stores->Read()->GetDocument(PathId(req));
  if (!doc.ok()) return ErrorResponse(doc.status());
  return JsonResponse(*doc);
}

}  // namespace mizan::api

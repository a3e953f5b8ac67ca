// Handle: the API's routing table, method checks and the last-resort error guard.
#include <exception>
#include <string_view>

#include <fmt/core.h>

#include "api/api.h"
#include "api/handlers.h"

namespace mizan::api {
namespace {

using HandlerFn = ApiResponse (*)(const ApiContext&, const ApiRequest&);

// One route: a path ("/api/events") or a prefix ending in '/' whose rest is one id ("/api/events/").
struct Route {
  std::string_view path;
  std::string_view method;
  HandlerFn fn;
};

constexpr Route kRoutes[] = {
    {"/api/health", "GET", HandleHealth},
    {"/api/events", "GET", HandleEvents},
    {"/api/events/", "GET", HandleEvent},
    {"/api/actors", "GET", HandleActors},
    {"/api/actors/", "GET", HandleActor},
    {"/api/dyads", "GET", HandleDyads},
    {"/api/timeline", "GET", HandleTimeline},
    {"/api/brokers", "GET", HandleBrokers},
    {"/api/documents/", "GET", HandleDocument},
    {"/api/code", "POST", HandleCode},
    {"/api/ingest", "POST", HandleIngest},
};

bool Matches(std::string_view route, std::string_view path) {
  if (route.back() != '/') return path == route;
  // A prefix route takes exactly one non-empty segment after it.
  if (path.size() <= route.size() || path.substr(0, route.size()) != route) return false;
  return path.substr(route.size()).find('/') == std::string_view::npos;
}

ApiResponse Route405(std::string_view allowed) {
  ApiResponse r = ErrorResponse(405, fmt::format("method not allowed here; use {}", allowed));
  r.headers.emplace_back("Allow", std::string(allowed));
  return r;
}

}  // namespace

// The id part of a prefix route's path ("/api/events/seed:3:1" -> "seed:3:1").
std::string PathId(const ApiRequest& req) {
  size_t slash = req.path.rfind('/');
  return slash == std::string::npos ? "" : req.path.substr(slash + 1);
}

ApiResponse Handle(const ApiContext& ctx, const ApiRequest& req) {
  if (req.body.size() > ctx.options.max_body_bytes)
    return ErrorResponse(413, fmt::format("request body is {} bytes; the limit is {}", req.body.size(),
                                          ctx.options.max_body_bytes));
  bool path_known = false;
  std::string allowed;
  for (const Route& r : kRoutes) {
    if (!Matches(r.path, req.path)) continue;
    path_known = true;
    bool same = req.method == r.method || (req.method == "HEAD" && r.method == "GET");
    if (!same) {
      allowed = std::string(r.method);
      continue;
    }
    try {
      // Reads are cached (until the store changes); health reports live counts, writes never are.
      const bool cacheable = ctx.cache && r.method == std::string_view("GET") && r.fn != HandleHealth;
      if (!cacheable) return r.fn(ctx, req);
      std::string key = ResponseCache::Key(req);
      if (auto hit = ctx.cache->Get(key)) return *std::move(hit);
      ApiResponse out = r.fn(ctx, req);
      if (out.status == 200) ctx.cache->Put(key, out);
      return out;
    } catch (const std::exception& e) {
      // Nothing below should throw (Status everywhere); a JSON library error on odd input still must
      // not take the server down.
      return ErrorResponse(500, fmt::format("internal error: {}", e.what()));
    }
  }
  if (path_known) return Route405(allowed);
  return ErrorResponse(404, fmt::format("no such endpoint: {} {} (see docs/api.md)", req.method, req.path));
}

}  // namespace mizan::api

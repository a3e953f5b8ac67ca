// mizan_api_latency: p50/p99 latency of the API's event, dyad and actor queries over HTTP on loopback,
// against a store filled by mizan_gen_store (or any database).
//   mizan_api_latency --db big.db [--requests 200] [--threads 4] [--cache 0] [--json out.json]
// Each endpoint gets a mix of realistic queries (popular and rare actors, date ranges, second pages),
// sent one at a time from one client so that each figure is one request's latency.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <future>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include <httplib.h>
#include <fmt/core.h>

#include "api/api.h"
#include "api/http_server.h"
#include "api/store_pool.h"

namespace {

using Clock = std::chrono::steady_clock;

double Percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  size_t i = static_cast<size_t>(p * static_cast<double>(v.size() - 1) + 0.5);
  return v[std::min(i, v.size() - 1)];
}

}  // namespace

int main(int argc, char** argv) {
  std::string db, json_out;
  int requests = 200, threads = 4, cache_entries = 0;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string a = argv[i], v = argv[i + 1];
    if (a == "--db") db = v;
    else if (a == "--requests") requests = std::atoi(v.c_str());
    else if (a == "--threads") threads = std::atoi(v.c_str());
    else if (a == "--json") json_out = v;
    else if (a == "--cache") cache_entries = std::atoi(v.c_str());
  }
  if (db.empty() || requests <= 0) {
    fmt::print(stderr, "usage: mizan_api_latency --db FILE [--requests 200] [--threads 4] [--json FILE]\n");
    return 2;
  }
  auto pool = mizan::api::StorePool::Open(db, threads);
  if (!pool.ok()) {
    fmt::print(stderr, "mizan_api_latency: {}\n", pool.status().ToString());
    return 3;
  }
  auto coder = mizan::Coder::Create({});
  if (!coder.ok()) {
    fmt::print(stderr, "mizan_api_latency: {}\n", coder.status().ToString());
    return 3;
  }
  mizan::api::ApiContext ctx;
  ctx.stores = pool->get();
  ctx.coder = coder->get();
  // No cache by default: the figures are the queries' own. --cache N measures what `mizan serve` does.
  mizan::api::ResponseCache cache(static_cast<size_t>(cache_entries));
  if (cache_entries > 0) ctx.cache = &cache;
  mizan::api::ServerOptions sopts;
  sopts.port = 0;
  sopts.threads = threads;
  mizan::api::HttpServer server(ctx, sopts);
  std::promise<int> port_promise;
  auto port_future = port_promise.get_future();
  std::thread serve([&] {
    mizan::Status st = server.Run([&](int port) { port_promise.set_value(port); });
    if (!st.ok()) fmt::print(stderr, "mizan_api_latency: {}\n", st.ToString());
  });
  const int port = port_future.get();
  httplib::Client client("127.0.0.1", port);
  client.set_keep_alive(true);
  client.set_tcp_nodelay(true);
  client.set_read_timeout(120, 0);  // an aggregate over a million events may take seconds: measure it, do not drop it

  // Actor codes from the store itself, most active first: popular and rare ones both get asked.
  std::vector<std::string> codes;
  if (auto r = client.Get("/api/actors?limit=300"); r && r->status == 200) {
    const nlohmann::json body = nlohmann::json::parse(r->body);  // named: a temporary dies before the loop
    for (const auto& a : body["actors"]) codes.push_back(a["code"]);
  } else {
    fmt::print(stderr, "mizan_api_latency: GET /api/actors: {} {}\n", r ? r->status : -1,
               r ? r->body : httplib::to_string(r.error()));
  }
  if (codes.size() < 2) {
    fmt::print(stderr, "mizan_api_latency: the store has fewer than two actors\n");
    server.Stop();
    serve.join();
    return 3;
  }
  std::mt19937 rng(11);
  auto code = [&] {
    // Half the queries on the 20 busiest actors, half anywhere.
    size_t n = std::uniform_int_distribution<int>(0, 1)(rng) ? std::min<size_t>(20, codes.size()) : codes.size();
    return codes[std::uniform_int_distribution<size_t>(0, n - 1)(rng)];
  };
  auto year = [&] { return std::to_string(std::uniform_int_distribution<int>(2015, 2024)(rng)); };

  struct Endpoint {
    std::string name;
    std::function<std::string()> url;
  };
  std::vector<Endpoint> endpoints = {
      {"events (actor)", [&] { return "/api/events?limit=50&order=newest&actor=" + code(); }},
      {"events (dyad, year)", [&] { std::string y = year(); return fmt::format("/api/events?limit=50&source={}&target={}&either=1&from={}&to={}", code(), code(), y, y); }},
      {"events (quad, month)", [&] { std::string y = year(); return fmt::format("/api/events?limit=100&quad={}&from={}-03&to={}-03", std::uniform_int_distribution<int>(1, 4)(rng), y, y); }},
      {"events (page 2)", [&] {
         auto r = client.Get(("/api/events?limit=50&actor=" + code()).c_str());
         std::string cursor = r && r->status == 200 ? nlohmann::json::parse(r->body)["next_cursor"].is_string()
                                                          ? nlohmann::json::parse(r->body)["next_cursor"].get<std::string>() : "" : "";
         return "/api/events?limit=50&actor=" + code() + (cursor.empty() ? "" : "&cursor=" + httplib::detail::encode_query_param(cursor));
       }},
      {"dyads (all, top 150)", [&] { return "/api/dyads?period=all&limit=150"; }},
      {"dyads (actor, year)", [&] { return "/api/dyads?period=year&actor=" + code(); }},
      {"timeline (month)", [&] { return fmt::format("/api/timeline?source={}&target={}&period=month", code(), code()); }},
      {"actors (list)", [&] { return "/api/actors?limit=50"; }},
      {"actors (prefix)", [&] { return "/api/actors?q=" + code().substr(0, 3); }},
      {"actor (partners)", [&] { return "/api/actors/" + code(); }},
  };
  nlohmann::json report = nlohmann::json::array();
  fmt::print("{:<24} {:>8} {:>8} {:>8} {:>8}\n", "endpoint", "p50 ms", "p99 ms", "max ms", "errors");
  for (const Endpoint& ep : endpoints) {
    std::vector<double> ms;
    int errors = 0;
    for (int i = 0; i < requests; ++i) {
      std::string url = ep.url();
      auto t0 = Clock::now();
      auto r = client.Get(url.c_str());
      double d = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
      if (!r || r->status != 200) {
        if (errors++ == 0) fmt::print(stderr, "{}: {} {}\n", url, r ? r->status : -1, r ? r->body.substr(0, 200) : "");
        continue;
      }
      ms.push_back(d);
    }
    double p50 = Percentile(ms, 0.5), p99 = Percentile(ms, 0.99), mx = ms.empty() ? 0 : *std::max_element(ms.begin(), ms.end());
    fmt::print("{:<24} {:>8.2f} {:>8.2f} {:>8.2f} {:>8}\n", ep.name, p50, p99, mx, errors);
    std::fflush(stdout);
    report.push_back({{"endpoint", ep.name}, {"p50_ms", p50}, {"p99_ms", p99}, {"max_ms", mx}, {"errors", errors},
                      {"requests", requests}});
  }
  if (!json_out.empty()) std::ofstream(json_out) << report.dump(2) << "\n";
  server.Stop();
  serve.join();
  for (const auto& r : report)
    if (r["errors"].get<int>() > 0) return 1;
  return 0;
}

// `mizan serve`: the HTTP API (docs/api.md) and the web page over a database, until Ctrl-C.
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <cstdio>
#include <memory>
#include <string>
#include <thread>
#include <chrono>
#include <algorithm>

#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include "api/api.h"
#include "api/cache_warmer.h"
#include "api/http_server.h"
#include "api/store_pool.h"
#include "commands.h"
#include "mizan/coder.h"

namespace mizan::cli {
namespace {

struct ServeOptions {
  std::string db = "mizan.db", data_dir, web_dir;
  api::ServerOptions server;
  std::string token;
  size_t max_body_kib = 4096;
  size_t cache_entries = 2000;
  int watch_ms = 5000;
  bool no_web = false;
};

int RunServe(ServeOptions o) {
  if (o.server.threads < 1 || o.server.threads > 256) {
    fmt::print(stderr, "mizan serve: --threads must be between 1 and 256\n");
    return kExitUsage;
  }
  if (o.token.empty()) {
    if (const char* env = std::getenv("MIZAN_TOKEN"); env && *env) o.token = env;
  }
  auto pool = api::StorePool::Open(o.db, o.server.threads);
  if (!pool.ok()) {
    fmt::print(stderr, "mizan serve: {}\n", pool.status().ToString());
    return kExitFatal;
  }
  CoderOptions copts;
  copts.data_dir = o.data_dir;
  auto coder = Coder::Create(copts);
  if (!coder.ok()) {
    fmt::print(stderr, "mizan serve: {}\n", coder.status().ToString());
    return kExitFatal;
  }
  api::ApiContext ctx;
  ctx.stores = pool->get();
  ctx.coder = coder->get();
  ctx.options.token = o.token;
  ctx.options.max_body_bytes = o.max_body_kib << 10;
  api::ResponseCache cache(o.cache_entries);
  std::unique_ptr<api::CacheWarmer> warmer;
  if (o.cache_entries > 0) {
    ctx.cache = &cache;
    warmer = std::make_unique<api::CacheWarmer>(ctx, std::chrono::milliseconds(std::max(100, o.watch_ms)));
  }
  if (!o.no_web) o.server.web_dir = o.web_dir.empty() ? api::FindWebDir() : o.web_dir;
  if (!o.no_web && o.server.web_dir.empty())
    fmt::print(stderr, "mizan serve: no built page found (set MIZAN_WEB or --web); serving the API only\n");

  // Ctrl-C and SIGTERM stop the server from a thread that waits for them, not from a signal handler.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  api::HttpServer server(ctx, o.server);
  std::thread waiter([&] {
    int sig = 0;
    sigwait(&stop_signals, &sig);
    server.Stop();
  });

  auto counts = [&] {
    auto store = ctx.stores->Read();
    auto d = store->CountDocuments();
    auto e = store->CountEvents();
    return fmt::format("{} documents, {} events", d.ok() ? *d : -1, e.ok() ? *e : -1);
  }();
  Status st = server.Run([&](int port) {
    std::string host = o.server.host == "0.0.0.0" ? "127.0.0.1" : o.server.host;
    fmt::print(stderr, "mizan serve: {} ({}); writes {}\n", o.db, counts,
               o.token.empty() ? "off (no --token)" : "on (POST /api/ingest with the token)");
    // The address on stdout, alone on its line, so scripts can read it.
    fmt::print("Mizan is at http://{}:{}/\n", host, port);
    std::fflush(stdout);
  });
  kill(getpid(), SIGTERM);  // lets the waiter return if Run ended on its own (bind error)
  waiter.join();
  if (!st.ok()) {
    fmt::print(stderr, "mizan serve: {}\n", st.ToString());
    return kExitFatal;
  }
  return kExitOk;
}

}  // namespace

Runner RegisterServe(CLI::App& app) {
  auto o = std::make_shared<ServeOptions>();
  CLI::App* cmd = app.add_subcommand("serve", "Serve the HTTP API and the web page over a database");
  cmd->add_option("--db", o->db, "Database written by `mizan ingest` (created if missing)")->capture_default_str();
  cmd->add_option("--port", o->server.port, "TCP port (0 = any free port; the address is printed)")
      ->capture_default_str();
  cmd->add_option("--host", o->server.host, "Address to listen on (0.0.0.0 = every interface)")
      ->capture_default_str();
  cmd->add_option("--token", o->token,
                  "Allow POST /api/ingest for requests with 'Authorization: Bearer TOKEN' (or set MIZAN_TOKEN)");
  cmd->add_option("--cors", o->server.cors_origin, "Allow browser pages from this origin (or *) to call the API");
  cmd->add_option("--threads", o->server.threads, "Worker threads (and read connections)")->capture_default_str();
  cmd->add_option("--max-body-kib", o->max_body_kib, "Largest request body in KiB (413 above)")->capture_default_str();
  cmd->add_option("--cache", o->cache_entries,
                  "Answers to keep for repeated reads, emptied when the store changes (0 = no cache)")
      ->capture_default_str();
  cmd->add_option("--watch-ms", o->watch_ms, "How often to look for changes made by other writers, in ms")
      ->capture_default_str();
  cmd->add_option("--web", o->web_dir, "Folder of the built page (default: found next to the binary)");
  cmd->add_flag("--no-web", o->no_web, "Serve the API only");
  cmd->add_flag("--access-log", o->server.access_log, "One line per request on stderr (method, path, status, ms)");
  cmd->add_option("--data", o->data_dir, "Data directory for POST /api/code (default: found automatically)");
  cmd->footer(
      "The page (network of actors, dyad timelines, evidence, paste an article) is at the printed\n"
      "address; the API is under /api/ (docs/api.md). Stop with Ctrl-C.\n"
      "Examples:\n"
      "  mizan ingest examples/ --db demo.db && mizan serve --db demo.db\n"
      "  mizan serve --db news.db --port 0 --threads 8             # any free port, printed on stdout\n"
      "  mizan serve --db news.db --token s3cret --host 0.0.0.0    # writes allowed with the token\n"
      "  curl 'http://127.0.0.1:8080/api/events?source=LBY&limit=5'\n"
      "  curl -H 'Content-Type: text/plain' --data-binary @article.txt \\\n"
      "       'http://127.0.0.1:8080/api/code?published=2021-12-15'");
  return [o] { return RunServe(*o); };
}

MIZAN_COMMAND(60, RegisterServe);

}  // namespace mizan::cli

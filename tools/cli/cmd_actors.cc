// `mizan actors`: actor codes by frequency, or the mentions no dictionary knows (to add to data/actors).
#include <cstdio>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include "commands.h"
#include "store/store.h"

namespace mizan::cli {
namespace {

struct ActorsOptions {
  std::string db = "mizan.db";
  ActorQuery query;
  bool json = false;
};

int RunActors(const ActorsOptions& o) {
  StoreOptions sopts;
  sopts.read_only = true;
  auto store = Store::Open(o.db, sopts);
  if (!store.ok()) {
    fmt::print(stderr, "mizan actors: {}\n", store.status().ToString());
    return kExitFatal;
  }
  auto rows = (*store)->Actors(o.query);
  if (!rows.ok()) {
    fmt::print(stderr, "mizan actors: {}\n", rows.status().ToString());
    return rows.status().code() == StatusCode::kInvalidArgument ? kExitUsage : kExitFatal;
  }
  if (o.json) {
    for (const ActorRow& r : *rows) fmt::print("{}\n", ActorToJson(r).dump());
    return kExitOk;
  }
  if (o.query.unknown_only) {
    fmt::print("{:>8} {:<12} {:<10} {:<10}  {}\n", "mentions", "kind", "first", "last", "words as written");
    for (const ActorRow& r : *rows)
      fmt::print("{:>8} {:<12} {:<10} {:<10}  {}\n", r.mentions, r.kind, r.first_date, r.last_date, r.name);
  } else {
    fmt::print("{:<14} {:>6} {:>6} {:>6} {:>8} {:<10} {:<10} {:<12}  {}\n", "code", "events", "source", "target",
               "mentions", "first", "last", "kind", "name");
    for (const ActorRow& r : *rows)
      fmt::print("{:<14} {:>6} {:>6} {:>6} {:>8} {:<10} {:<10} {:<12}  {}\n", r.code, r.events, r.as_source,
                 r.as_target, r.mentions, r.first_date, r.last_date, r.kind, r.name);
  }
  if (rows->empty()) fmt::print(stderr, "mizan actors: nothing matches in {}\n", o.db);
  return kExitOk;
}

}  // namespace

Runner RegisterActors(CLI::App& app) {
  auto o = std::make_shared<ActorsOptions>();
  CLI::App* cmd = app.add_subcommand("actors", "Actors by frequency, or the unknown ones (mentions no dictionary resolved)");
  cmd->add_option("--db", o->db, "Database written by `mizan ingest` (SQLite file)")->capture_default_str();
  cmd->add_option("--top", o->query.top, "Rows to show (0 = all)")->capture_default_str();
  cmd->add_option("--prefix", o->query.prefix, "Only codes starting with this (with --unknown: words starting with it)");
  cmd->add_flag("--unknown", o->query.unknown_only,
                "List mentions the actor stage found (a name, a role, a description) that no dictionary gave a code");
  cmd->add_flag("--json", o->json, "JSON Lines instead of a table");
  cmd->footer(
      "Known actors: canonical events with the code as source or target (non-negated), mentions\n"
      "in documents, first and last event dates, and the name and kind the store keeps for it.\n"
      "--unknown groups unresolved mentions by their words, most frequent first: candidates for\n"
      "data/actors (then `mizan dict check`).\n"
      "Examples:\n"
      "  mizan actors --db news.db --top 20\n"
      "  mizan actors --db news.db --prefix LBY\n"
      "  mizan actors --db news.db --unknown --top 50");
  return [o] { return RunActors(*o); };
}

MIZAN_COMMAND(36, RegisterActors);

}  // namespace mizan::cli

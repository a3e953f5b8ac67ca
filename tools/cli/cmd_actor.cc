// `mizan actor CODE`: one actor's partners (ranked by events) and the brokers around it.
#include <cstdio>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "relate/filter_flags.h"
#include "store/store.h"

namespace mizan::cli {
namespace {

struct ActorOptions {
  std::string db = "mizan.db";
  std::string code;
  EventFilter filter;
  size_t top = 30;
  bool json = false;
};

// The display name the store keeps for a code ("" when it has none).
std::string NameOf(Store& store, const std::string& code) {
  ActorQuery q;
  q.prefix = code;
  q.top = 0;
  auto rows = store.Actors(q);
  if (!rows.ok()) return "";
  for (const ActorRow& r : *rows)
    if (r.code == code) return r.name;
  return "";
}

int RunActor(const ActorOptions& o) {
  StoreOptions sopts;
  sopts.read_only = true;
  auto opened = Store::Open(o.db, sopts);
  if (!opened.ok()) {
    fmt::print(stderr, "mizan actor: {}\n", opened.status().ToString());
    return kExitFatal;
  }
  Store& store = **opened;
  auto partners = store.Partners(o.code, o.filter);
  if (!partners.ok()) {
    fmt::print(stderr, "mizan actor: {}\n", partners.status().ToString());
    return partners.status().code() == StatusCode::kInvalidArgument ? kExitUsage : kExitFatal;
  }
  EventFilter bf = o.filter;
  bf.actor = o.code;
  auto brokers = store.Brokers(bf);
  if (!brokers.ok()) {
    fmt::print(stderr, "mizan actor: {}\n", brokers.status().ToString());
    return kExitFatal;
  }
  if (o.top && partners->size() > o.top) partners->resize(o.top);
  if (o.top && brokers->size() > o.top) brokers->resize(o.top);
  if (o.json) {
    for (const PartnerRow& p : *partners) {
      nlohmann::json j = PartnerToJson(p);
      j["kind"] = "partner";
      j["actor"] = o.code;
      j["name"] = NameOf(store, p.partner);
      fmt::print("{}\n", j.dump());
    }
    for (const BrokerRow& b : *brokers) {
      nlohmann::json j = BrokerToJson(b);
      j["kind"] = "broker";
      j["name"] = NameOf(store, b.broker);
      fmt::print("{}\n", j.dump());
    }
    return kExitOk;
  }
  const std::string name = NameOf(store, o.code);
  fmt::print("{}{}: {} partner(s)\n\n", o.code, name.empty() ? "" : " (" + name + ")", partners->size());
  fmt::print("{:<14} {:>6} {:>5} {:>5} {:>7} {:>4} {:>4} {:>4} {:>4}  {}\n", "partner", "events", "out", "in",
             "gold_mu", "q1", "q2", "q3", "q4", "name");
  for (const PartnerRow& p : *partners)
    fmt::print("{:<14} {:>6} {:>5} {:>5} {:>7.2f} {:>4} {:>4} {:>4} {:>4}  {}\n", p.partner, p.events_out + p.events_in,
               p.events_out, p.events_in, p.goldstein_mean, p.quad[0], p.quad[1], p.quad[2], p.quad[3],
               NameOf(store, p.partner));
  fmt::print("\nbrokers ({}):\n", brokers->size());
  if (!brokers->empty())
    fmt::print("{:<12} {:<12} {:<12} {:>8} {:>5} {:>6} {:>6}  {}\n", "broker", "source", "target", "explicit", "path",
               "direct", "score", "name");
  for (const BrokerRow& b : *brokers)
    fmt::print("{:<12} {:<12} {:<12} {:>8} {:>5} {:>6} {:>6.1f}  {}\n", b.broker, b.source, b.target, b.explicit_events,
               b.path_events, b.direct_events, b.score, NameOf(store, b.broker));
  return kExitOk;
}

}  // namespace

Runner RegisterActor(CLI::App& app) {
  auto o = std::make_shared<ActorOptions>();
  CLI::App* cmd = app.add_subcommand("actor", "One actor: its partners ranked by events, and brokers around it");
  cmd->add_option("code", o->code, "Actor code or prefix (LBYMIL, LBY)")->required();
  cmd->add_option("--db", o->db, "Database written by `mizan ingest` (SQLite file)")->capture_default_str();
  cmd->add_option("--top", o->top, "Partners and brokers to show (0 = all)")->capture_default_str();
  cmd->add_flag("--json", o->json, "JSON Lines: {kind: partner} rows, then {kind: broker} rows");
  relate::AddFilterFlags(cmd, &o->filter, "actor");
  cmd->footer(std::string(
                  "Partners: actors on the other side of its canonical events, either direction (out = it\n"
                  "acted, in = it was the target). Brokers: actors named as intermediaries (\"عبر\", \"بوساطة\")\n"
                  "in events it is part of, and actors C on paths A -> C -> B where A and B have at most one\n"
                  "direct event (docs/relations.md).\n") +
              relate::FilterFlagsHelp() +
              "Examples:\n"
              "  mizan actor LBYMIL --db news.db\n"
              "  mizan actor IRN --db news.db --from 2018-05 --quad 4\n"
              "  mizan actor LBYMIL --db news.db --json | jq 'select(.kind==\"broker\")'");
  return [o] { return RunActor(*o); };
}

MIZAN_COMMAND(34, RegisterActor);

}  // namespace mizan::cli

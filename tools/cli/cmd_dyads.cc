// `mizan dyads`: ordered actor pairs with event counts, Goldstein sums and quad classes, from a database.
#include <chrono>
#include <cstdio>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include "commands.h"
#include "relate/filter_flags.h"
#include "store/store.h"

namespace mizan::cli {
namespace {

struct DyadsOptions {
  std::string db = "mizan.db";
  DyadQuery query;
  bool json = false;
  bool relink = false;
};

int RunDyads(const DyadsOptions& o) {
  StoreOptions sopts;
  sopts.read_only = !o.relink;
  auto store = Store::Open(o.db, sopts);
  if (!store.ok()) {
    fmt::print(stderr, "mizan dyads: {}\n", store.status().ToString());
    return kExitFatal;
  }
  if (o.relink) {
    const auto t0 = std::chrono::steady_clock::now();
    Status st = (*store)->LinkCanonical(/*relink_all=*/true);
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    if (!st.ok()) {
      fmt::print(stderr, "mizan dyads: relink: {}\n", st.ToString());
      return kExitFatal;
    }
    auto events = (*store)->CountEvents();
    auto acts = (*store)->CountCanonicalEvents();
    if (events.ok() && acts.ok())
      fmt::print(stderr, "mizan dyads: relinked {} reports into {} canonical events in {:.3f} s ({:.1f} ms per 1,000)\n",
                 *events, *acts, s, *events ? 1000.0 * s * 1000.0 / static_cast<double>(*events) : 0.0);
  }
  auto rows = (*store)->Dyads(o.query);
  if (!rows.ok()) {
    fmt::print(stderr, "mizan dyads: {}\n", rows.status().ToString());
    return rows.status().code() == StatusCode::kInvalidArgument ? kExitUsage : kExitFatal;
  }
  if (o.json) {
    for (const DyadRow& r : *rows) fmt::print("{}\n", DyadToJson(r).dump());
    return kExitOk;
  }
  fmt::print("{:<14} {:<14} {:<10} {:>6} {:>9} {:>7} {:>5} {:>5} {:>5} {:>5} {:>7} {:>8}\n", "source", "target",
             "period", "events", "gold_sum", "gold_mu", "q1", "q2", "q3", "q4", "sources", "articles");
  for (const DyadRow& r : *rows)
    fmt::print("{:<14} {:<14} {:<10} {:>6} {:>9.1f} {:>7.2f} {:>5} {:>5} {:>5} {:>5} {:>7} {:>8}\n", r.source,
               r.target, r.period, r.events, r.goldstein_sum, r.goldstein_mean, r.quad[0], r.quad[1], r.quad[2],
               r.quad[3], r.sources, r.articles);
  if (rows->empty()) fmt::print(stderr, "mizan dyads: no events with both a source and a target match in {}\n", o.db);
  return kExitOk;
}

}  // namespace

Runner RegisterDyads(CLI::App& app) {
  auto o = std::make_shared<DyadsOptions>();
  CLI::App* cmd = app.add_subcommand("dyads", "Summarize stored events by ordered actor pair (who did what to whom)");
  cmd->add_option("--db", o->db, "Database written by `mizan ingest` (SQLite file)")->capture_default_str();
  cmd->add_option("--top", o->query.top, "Rows to show, most events first (0 = all)")->capture_default_str();
  cmd->add_option("--period", o->query.period, "Group by day, week, month, year or all")
      ->check(CLI::IsMember({"day", "week", "month", "year", "all"}))
      ->capture_default_str();
  cmd->add_flag("--chronological", o->query.chronological, "Order by period, then pair (default: most events first)");
  cmd->add_flag("--json", o->json, "JSON Lines (the relation record of event-schema.md) instead of a table");
  cmd->add_flag("--relink", o->relink,
                "First drop and rebuild every canonical link (after a change of linking rules); prints its time");
  relate::AddFilterFlags(cmd, &o->query.filter);
  cmd->footer(std::string(
                  "Columns: canonical events, Goldstein sum and mean, events per quad class (1 verbal\n"
                  "cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict), distinct\n"
                  "sources (outlet + attribution) and articles behind them. A date coarser than the period\n"
                  "keeps its own label (a year-only date stays \"2016\" in a month view).\n") +
              relate::FilterFlagsHelp() +
              "Examples:\n"
              "  mizan dyads --db news.db --top 20\n"
              "  mizan dyads --db news.db --actor LBY --period year\n"
              "  mizan dyads --db news.db --cameo 19 --from 2018-01 --to 2018-06 --period week --chronological\n"
              "  mizan dyads --db news.db --period year --json | jq 'select(.source==\"ISR\")'");
  return [o] { return RunDyads(*o); };
}

MIZAN_COMMAND(30, RegisterDyads);

}  // namespace mizan::cli

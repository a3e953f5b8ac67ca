// `mizan timeline A B`: one relation over time, both directions, with its volatility and turn alerts.
#include <cmath>
#include <cstdio>
#include <map>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "relate/filter_flags.h"
#include "relate/volatility.h"
#include "store/store.h"

namespace mizan::cli {
namespace {

struct TimelineOptions {
  std::string db = "mizan.db";
  std::string a, b;
  std::string period = "month";
  EventFilter filter;
  relate::VolatilityParams vol;
  bool json = false;
};

struct PeriodRow {
  const DyadRow* forward = nullptr;   // a -> b
  const DyadRow* backward = nullptr;  // b -> a
  relate::PeriodCounts both;
};

int RunTimeline(const TimelineOptions& o) {
  StoreOptions sopts;
  sopts.read_only = true;
  auto store = Store::Open(o.db, sopts);
  if (!store.ok()) {
    fmt::print(stderr, "mizan timeline: {}\n", store.status().ToString());
    return kExitFatal;
  }
  DyadQuery q;
  q.period = o.period;
  q.top = 0;
  q.chronological = true;
  q.merge_to_filter = true;
  q.filter = o.filter;
  q.filter.source = o.a;
  q.filter.target = o.b;
  q.filter.either_direction = true;
  auto rows = (*store)->Dyads(q);
  if (!rows.ok()) {
    fmt::print(stderr, "mizan timeline: {}\n", rows.status().ToString());
    return rows.status().code() == StatusCode::kInvalidArgument ? kExitUsage : kExitFatal;
  }
  std::map<std::string, PeriodRow> by_period;  // chronological: ISO labels sort by time
  for (const DyadRow& r : *rows) {
    PeriodRow& p = by_period[r.period];
    p.both.period = r.period;
    (r.source == o.a ? p.forward : p.backward) = &r;
    for (int k = 0; k < 4; ++k) p.both.quad[k] += r.quad[k];
    p.both.goldstein_sum += r.goldstein_sum;
  }
  std::vector<relate::PeriodCounts> series;
  for (const auto& [period, p] : by_period) series.push_back(p.both);
  const relate::Volatility v = relate::ComputeVolatility(series, o.vol);
  const std::vector<relate::ChangeAlert> alerts = relate::FindTurns(series, o.vol);

  if (o.json) {
    auto side = [](const DyadRow* r) { return r ? DyadToJson(*r) : nlohmann::json(); };
    for (const auto& [period, p] : by_period)
      fmt::print("{}\n", nlohmann::json{{"kind", "period"},
                                        {"period", period},
                                        {"forward", side(p.forward)},
                                        {"backward", side(p.backward)},
                                        {"balance", std::round(relate::Balance(p.both.quad) * 1000) / 1000}}
                             .dump());
    fmt::print("{}\n", nlohmann::json{{"kind", "volatility"},
                                      {"a", o.a},
                                      {"b", o.b},
                                      {"window", o.vol.window},
                                      {"periods", v.periods},
                                      {"mean_balance", std::round(v.mean * 1000) / 1000},
                                      {"variance", std::round(v.variance * 1000) / 1000},
                                      {"sign_changes", v.sign_changes}}
                           .dump());
    for (const auto& al : alerts)
      fmt::print("{}\n", nlohmann::json{{"kind", "alert"},
                                        {"period", al.period},
                                        {"direction", al.direction},
                                        {"before", std::round(al.before * 1000) / 1000},
                                        {"after", std::round(al.after * 1000) / 1000}}
                             .dump());
    return kExitOk;
  }
  if (by_period.empty()) {
    fmt::print(stderr, "mizan timeline: no events between {} and {} in {}\n", o.a, o.b, o.db);
    return kExitOk;
  }
  const std::string ab = o.a + "->" + o.b, ba = o.b + "->" + o.a;
  fmt::print("{:<10} {:<16} {:>6} {:>8} {:>7} {:>4} {:>4} {:>4} {:>4} {:>7}  {:>7}\n", "period", "direction", "events",
             "gold_sum", "gold_mu", "q1", "q2", "q3", "q4", "sources", "balance");
  for (const auto& [period, p] : by_period) {
    bool first = true;
    for (const auto& [r, name] : {std::pair{p.forward, &ab}, std::pair{p.backward, &ba}}) {
      if (!r) continue;
      fmt::print("{:<10} {:<16} {:>6} {:>8.1f} {:>7.2f} {:>4} {:>4} {:>4} {:>4} {:>7}", first ? period : "", *name,
                 r->events, r->goldstein_sum, r->goldstein_mean, r->quad[0], r->quad[1], r->quad[2], r->quad[3],
                 r->sources);
      if (first) fmt::print("  {:>+7.2f}", relate::Balance(p.both.quad));
      fmt::print("\n");
      first = false;
    }
  }
  fmt::print("\nvolatility over the last {} periods with events: mean balance {:+.2f}, variance {:.2f}, {} sign "
             "change(s)\n",
             v.periods, v.mean, v.variance, v.sign_changes);
  for (const auto& al : alerts)
    fmt::print("alert {}: the relation turns {} (balance {:+.2f} -> {:+.2f})\n", al.period,
               al.direction == "toward-conflict" ? "toward conflict" : "toward cooperation", al.before, al.after);
  return kExitOk;
}

}  // namespace

Runner RegisterTimeline(CLI::App& app) {
  auto o = std::make_shared<TimelineOptions>();
  CLI::App* cmd = app.add_subcommand("timeline", "One relation over time: both directions per period, volatility, turns");
  cmd->add_option("a", o->a, "First actor (code prefix: LBY, LBYMIL)")->required();
  cmd->add_option("b", o->b, "Second actor (code prefix)")->required();
  cmd->add_option("--db", o->db, "Database written by `mizan ingest` (SQLite file)")->capture_default_str();
  cmd->add_option("--period", o->period, "day, week, month, year or all")
      ->check(CLI::IsMember({"day", "week", "month", "year", "all"}))
      ->capture_default_str();
  cmd->add_option("--window", o->vol.window, "Periods with events that the volatility looks back over")
      ->capture_default_str();
  cmd->add_option("--turn", o->vol.turn_delta, "Smallest change of balance that raises an alert")->capture_default_str();
  cmd->add_flag("--json", o->json, "JSON Lines: one {kind: period} a period, then {kind: volatility}, then alerts");
  relate::AddFilterFlags(cmd, &o->filter, "actor,source,target");
  cmd->footer(std::string(
                  "Balance of a period = (cooperation - conflict) / events, from quad classes (1-2 vs 3-4),\n"
                  "both directions together: +1 all cooperation, -1 all conflict. Volatility = variance and\n"
                  "sign changes of the balance; an alert marks a period whose balance crosses zero against\n"
                  "the mean of the periods before it (docs/relations.md).\n") +
              relate::FilterFlagsHelp() +
              "Examples:\n"
              "  mizan timeline LBY DZA --db news.db\n"
              "  mizan timeline LBYMIL FRA --db news.db --period year\n"
              "  mizan timeline USA IRN --db news.db --period week --from 2018-05 --json");
  return [o] { return RunTimeline(*o); };
}

MIZAN_COMMAND(32, RegisterTimeline);

}  // namespace mizan::cli

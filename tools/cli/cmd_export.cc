// `mizan export events|dyads`: flat tables for analysts (CSV with GDELT/ICEWS-style columns, or JSON Lines).
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "relate/export_rows.h"
#include "relate/filter_flags.h"
#include "store/store.h"

namespace mizan::cli {
namespace {

struct ExportOptions {
  std::string what;  // events | dyads
  std::string db = "mizan.db";
  std::string format = "csv";
  std::string out;  // "" or "-" = stdout
  EventFilter filter;
  std::string period = "month";
  bool canonical = false;
};

int RunExport(const ExportOptions& o) {
  StoreOptions sopts;
  sopts.read_only = true;
  auto store = Store::Open(o.db, sopts);
  if (!store.ok()) {
    fmt::print(stderr, "mizan export: {}\n", store.status().ToString());
    return kExitFatal;
  }
  std::ofstream file;
  if (!o.out.empty() && o.out != "-") {
    file.open(o.out, std::ios::binary | std::ios::trunc);
    if (!file) {
      fmt::print(stderr, "mizan export: cannot write {}\n", o.out);
      return kExitFatal;
    }
  }
  std::ostream& out = file.is_open() ? static_cast<std::ostream&>(file) : std::cout;
  const bool csv = o.format == "csv";
  const std::vector<std::string>& columns = o.what == "events" ? relate::EventColumns() : relate::DyadColumns();
  if (csv) out << relate::CsvHeader(columns);
  auto write = [&](const nlohmann::json& row) {
    if (csv) out << relate::CsvLine(columns, row);
    else out << relate::JsonLine(columns, row);
  };
  int64_t n = 0;
  if (o.what == "events") {
    EventQuery q;
    q.filter = o.filter;
    q.filter.canonical_only = o.canonical;
    q.limit = 5000;
    for (;;) {
      auto page = (*store)->QueryEvents(q);
      if (!page.ok()) {
        fmt::print(stderr, "mizan export: {}\n", page.status().ToString());
        return page.status().code() == StatusCode::kInvalidArgument ? kExitUsage : kExitFatal;
      }
      for (const nlohmann::json& e : page->events) {
        write(relate::EventRow(e));
        ++n;
      }
      if (page->next_cursor.empty()) break;
      q.cursor = page->next_cursor;
    }
  } else {
    DyadQuery q;
    q.period = o.period;
    q.top = 0;
    q.chronological = true;
    q.filter = o.filter;
    auto rows = (*store)->Dyads(q);
    if (!rows.ok()) {
      fmt::print(stderr, "mizan export: {}\n", rows.status().ToString());
      return rows.status().code() == StatusCode::kInvalidArgument ? kExitUsage : kExitFatal;
    }
    for (const DyadRow& r : *rows) {
      write(relate::DyadExportRow(r));
      ++n;
    }
  }
  out.flush();
  if (!out) {
    fmt::print(stderr, "mizan export: write failed{}\n", o.out.empty() ? "" : " (" + o.out + ")");
    return kExitFatal;
  }
  if (!o.out.empty() && o.out != "-") fmt::print(stderr, "mizan export: {} {} row(s) -> {}\n", n, o.what, o.out);
  return kExitOk;
}

}  // namespace

Runner RegisterExport(CLI::App& app) {
  auto o = std::make_shared<ExportOptions>();
  CLI::App* cmd = app.add_subcommand("export", "Write events or dyads as CSV (GDELT/ICEWS-style columns) or JSON Lines");
  cmd->add_option("what", o->what, "events or dyads")->required()->check(CLI::IsMember({"events", "dyads"}));
  cmd->add_option("--db", o->db, "Database written by `mizan ingest` (SQLite file)")->capture_default_str();
  cmd->add_option("--format", o->format, "csv (UTF-8, header, RFC 4180 quoting) or jsonl (one flat object a row)")
      ->check(CLI::IsMember({"csv", "jsonl"}))
      ->capture_default_str();
  cmd->add_option("-o,--output", o->out, "File to write (default: standard output)");
  cmd->add_option("--period", o->period, "dyads: day, week, month, year or all")
      ->check(CLI::IsMember({"day", "week", "month", "year", "all"}))
      ->capture_default_str();
  cmd->add_flag("--canonical", o->canonical, "events: one row per canonical event (its representative report)");
  relate::AddFilterFlags(cmd, &o->filter);
  cmd->footer(std::string(
                  "Columns are listed in docs/export.md: events carry event_id, event_date, source_code,\n"
                  "source_name, source_country, target_..., cameo_code, cameo_root, quad_class, goldstein,\n"
                  "plover_type, num_sources, num_articles, certainty, attribution, negated, location_*,\n"
                  "doc_id, outlet, url, sentence_start/end (code points of the document text) and more.\n"
                  "The jsonl format has the same columns as keys, with numbers and booleans typed.\n") +
              relate::FilterFlagsHelp() +
              "Examples:\n"
              "  mizan export events --db news.db -o events.csv\n"
              "  mizan export events --db news.db --actor LBY --from 2021 --format jsonl\n"
              "  mizan export dyads --db news.db --period year -o dyads.csv\n"
              "  python3 -c \"import pandas; print(pandas.read_csv('events.csv').head())\"");
  return [o] { return RunExport(*o); };
}

MIZAN_COMMAND(40, RegisterExport);

}  // namespace mizan::cli

// `mizan eval`: codes documents (or reads a system output) and scores them against gold (score.py rules).
#include <algorithm>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include "commands.h"
#include "eval/score.h"
#include "eval/timeml.h"
#include "io/event_json.h"
#include "io/input.h"
#include "mizan/coder.h"

namespace mizan::cli {
namespace {

using eval::Json;
using eval::OrderedJson;

struct EvalOptions {
  std::vector<std::string> inputs, gold;
  std::string system, gsr, spans, published, data_dir, write_system, timeml;
  bool by_phenomenon = false, json = false;
  double min_recall = -1, min_precision = -1, min_f1 = -1;
  double min_date_acc = -1, min_attribution_acc = -1, min_certainty_acc = -1;
};

// A .txt document takes its id and publication date from a meta.json beside it (the seed layout).
void ApplyMeta(const std::string& input, bool published_given, RawDoc* raw) {
  namespace fs = std::filesystem;
  fs::path meta = fs::path(input).parent_path() / "meta.json";
  if (fs::path(input).extension() != ".txt" || !fs::exists(meta)) return;
  std::ifstream in(meta);
  Json m = Json::parse(in, nullptr, false);
  if (!m.is_object()) return;
  if (m.contains("id") && m["id"].is_string()) raw->id = m["id"].get<std::string>();
  if (!published_given && m.contains("published") && m["published"].is_string())
    raw->published = NormalizePublished(m["published"].get<std::string>());
}

bool EndsWith(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// Directories as lists of files, so that gold files and meta.json beside the articles (the layout of
// the evaluation sets: articles/dev, seed/, challenge/) are not read as documents, and `--gold DIR` means
// its gold.jsonl and *.gold.jsonl.
std::vector<std::string> ExpandDirs(const std::vector<std::string>& inputs, bool gold) {
  namespace fs = std::filesystem;
  std::vector<std::string> out;
  for (const std::string& input : inputs) {
    std::error_code ec;
    if (!fs::is_directory(input, ec)) {
      out.push_back(input);
      continue;
    }
    std::vector<std::string> files;
    for (const auto& e : fs::recursive_directory_iterator(input, ec)) {
      if (!e.is_regular_file()) continue;
      std::string p = e.path().string(), name = e.path().filename().string();
      bool is_gold = name == "gold.jsonl" || EndsWith(name, ".gold.jsonl");
      bool is_doc = !is_gold && name != "meta.json" &&
                    (EndsWith(name, ".txt") || EndsWith(name, ".json") || EndsWith(name, ".jsonl") ||
                     EndsWith(name, ".jsonl.gz"));
      if (gold ? is_gold : is_doc) files.push_back(p);
    }
    std::sort(files.begin(), files.end());
    out.insert(out.end(), files.begin(), files.end());
  }
  return out;
}

// Codes every document of the inputs (in parallel, output in input order) into event records.
StatusOr<std::vector<Json>> CodeInputs(const EvalOptions& o, const std::vector<std::string>& inputs, size_t* bad) {
  InputOptions in;
  in.published = NormalizePublished(o.published);
  CoderOptions copts;
  copts.data_dir = o.data_dir;
  // Detection asks whether a sentence reports a protest or an attack at all, named target or not.
  copts.one_sided_events = !o.gsr.empty();
  ASSIGN_OR_RETURN(auto coder, Coder::Create(copts));
  std::vector<RawDoc> raws;
  for (const std::string& input : inputs) {
    DocReader reader({input}, in, [&](const InputError& e) {
      fmt::print(stderr, "mizan eval: bad input: {}: {}\n", e.origin, e.message);
      ++*bad;
    });
    RawDoc raw;
    while (reader.Next(&raw)) {
      ApplyMeta(input, !o.published.empty(), &raw);
      raws.push_back(std::move(raw));
    }
  }
  std::vector<std::vector<Json>> per_doc(raws.size());
  std::atomic<size_t> next{0}, failed{0};
  auto work = [&] {
    for (size_t i; (i = next++) < raws.size();) {
      std::string origin = raws[i].origin;
      Doc doc = ToDoc(std::move(raws[i]));
      Status st = coder->Code(doc);
      if (!st.ok()) {
        fmt::print(stderr, "mizan eval: {}: {}\n", origin, st.ToString());
        ++failed;
        continue;
      }
      for (const Event& e : doc.events) per_doc[i].push_back(EventToJson(doc, e, coder->lexicon()));
    }
  };
  unsigned n = std::max(1u, std::min(8u, std::thread::hardware_concurrency()));
  std::vector<std::thread> pool;
  for (unsigned t = 0; t < n; ++t) pool.emplace_back(work);
  for (auto& t : pool) t.join();
  *bad += failed;
  std::vector<Json> events;
  for (auto& d : per_doc)
    for (auto& e : d) events.push_back(std::move(e));
  return events;
}

std::string Fig(const OrderedJson& v) { return v.is_null() ? "-" : fmt::format("{:.3f}", v.get<double>()); }

void PrintEventsTable(const std::vector<std::pair<std::string, OrderedJson>>& rows) {
  fmt::print("{:<14} {:>5} {:>8} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6}\n", "set", "docs", "triples",
             "req", "found", "P", "R", "F1", "date", "attr", "cert");
  for (const auto& [name, r] : rows)
    fmt::print("{:<14} {:>5} {:>8} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6}\n", name, r["docs"].dump(),
               r["system_triples"].dump(), r["required"].dump(), r["found"].dump(), Fig(r["precision"]),
               Fig(r["recall"]), Fig(r["f1"]), Fig(r["date_acc"]), Fig(r["attribution_acc"]),
               Fig(r["certainty_acc"]));
}

// Which phenomenon each document of the challenge inputs belongs to ("" when it has none).
std::map<std::string, std::string> Phenomena(const std::vector<std::string>& inputs) {
  std::map<std::string, std::string> out;
  for (const std::string& input : inputs) {
    auto lines = eval::LoadJsonl(input);
    if (!lines.ok()) continue;
    for (const Json& j : *lines)
      if (j.is_object() && j.contains("phenomenon")) out[eval::PyStr(j.value("id", Json()))] = eval::PyStr(j["phenomenon"]);
  }
  return out;
}

bool BelowGates(const EvalOptions& o, const OrderedJson& r) {
  bool below = false;
  auto check = [&](double min, const char* key) {
    if (min < 0 || !r.contains(key) || !r[key].is_number()) return;
    if (r[key].get<double>() < min) {
      fmt::print(stderr, "mizan eval: {} {:.3f} is below the gate {:.3f}\n", key, r[key].get<double>(), min);
      below = true;
    }
  };
  check(o.min_recall, "recall");
  check(o.min_precision, "precision");
  check(o.min_f1, "f1");
  check(o.min_date_acc, "date_acc");
  check(o.min_attribution_acc, "attribution_acc");
  check(o.min_certainty_acc, "certainty_acc");
  return below;
}

// `--timeml DIR`: the time stage against TIMEX3 tags (absolute dates: values; all dates: spans).
int RunTimeml(const EvalOptions& o) {
  CoderOptions copts;
  copts.data_dir = o.data_dir;
  auto coder = Coder::Create(copts);
  if (!coder.ok()) {
    fmt::print(stderr, "mizan eval: {}\n", coder.status().ToString());
    return kExitFatal;
  }
  auto r = eval::ScoreTimeml(**coder, o.timeml, NormalizePublished(o.published));
  if (!r.ok()) {
    fmt::print(stderr, "mizan eval: {}\n", r.status().ToString());
    return kExitFatal;
  }
  auto rate = [](int a, int b) { return b ? eval::Round3(static_cast<double>(a) / b) : 0.0; };
  OrderedJson report = {{"docs", r->docs},           {"timex", r->timex},
                        {"dates", r->dates},         {"absolute", r->absolute},
                        {"found", r->found},         {"matched", r->matched},
                        {"found_rate", rate(r->found, r->absolute)},
                        {"value_rate", rate(r->matched, r->absolute)},
                        {"value_rate_found", rate(r->matched, r->found)},
                        {"phrases", r->phrases},     {"outside", r->outside}};
  if (!o.published.empty())
    report.update(OrderedJson{{"published", NormalizePublished(o.published)}, {"relative", r->relative},
                              {"relative_found", r->relative_found}, {"relative_matched", r->relative_matched}});
  OrderedJson rows = OrderedJson::array();
  for (const auto& x : r->rows)
    rows.push_back({{"doc", x.doc}, {"tid", x.tid}, {"start", x.begin}, {"end", x.end}, {"text", x.text},
                    {"gold", x.gold_value}, {"mizan", x.value}, {"mizan_text", x.mizan_text}, {"match", x.match},
                    {"absolute", x.absolute}});
  if (o.json) {
    report["rows"] = rows;
    fmt::print("{}\n", report.dump());
  } else {
    fmt::print("timeml  docs {}  TIMEX3 {}  DATE {}  absolute (names its year) {}\n", r->docs, r->timex, r->dates,
               r->absolute);
    fmt::print("absolute: found {} ({:.3f})  value match {} ({:.3f} of all, {:.3f} of found)\n", r->found,
               rate(r->found, r->absolute), r->matched, rate(r->matched, r->absolute), rate(r->matched, r->found));
    if (!o.published.empty())
      fmt::print("relative (publication assumed {}): {}  found {}  value match {} ({:.3f})\n",
                 NormalizePublished(o.published), r->relative, r->relative_found, r->relative_matched,
                 rate(r->relative_matched, r->relative));
    fmt::print("Mizan phrases {}, outside every TIMEX3 {}\n", r->phrases, r->outside);
    fmt::print("\ndisagreements (doc tid [start,end) text | gold | mizan):\n");
    for (const auto& x : r->rows)
      if (!x.match)
        fmt::print("  {}{:<6} {:<5} [{},{}) {} | {} | {}\n", x.absolute ? "" : "(rel) ", x.doc, x.tid, x.begin, x.end, x.text, x.gold_value,
                   x.found ? x.value + " (" + x.mizan_text + ")" : "-");
    fmt::print("\nMizan phrases in no TIMEX3 (doc [start,end) text | mizan):\n");
    for (const auto& x : r->extra) fmt::print("  {:<6} [{},{}) {} | {}\n", x.doc, x.begin, x.end, x.text, x.value);
  }
  return kExitOk;
}

int RunEval(const EvalOptions& options) {
  EvalOptions o = options;
  if (!o.timeml.empty()) return RunTimeml(o);
  o.inputs = ExpandDirs(o.inputs, false);
  o.gold = ExpandDirs(o.gold, true);
  if (!o.published.empty() && NormalizePublished(o.published).empty()) {
    fmt::print(stderr, "mizan eval: --published wants YYYY-MM-DD, got '{}'\n", o.published);
    return kExitUsage;
  }
  std::string mode = !o.gsr.empty() ? "detect" : !o.spans.empty() ? "actors" : "events";
  if (mode == "events" && o.gold.empty()) {
    fmt::print(stderr, "mizan eval: --gold (events), --gsr (detection) or --spans (actors) is required\n");
    return kExitUsage;
  }
  // What is coded: the inputs, or the GSR lines themselves (each line one document with its id).
  std::vector<std::string> to_code = o.inputs;
  if (mode == "detect" && to_code.empty()) to_code = {o.gsr};
  if (mode == "actors" && to_code.empty()) to_code = {o.spans};
  if (o.system.empty() && to_code.empty()) {
    fmt::print(stderr, "mizan eval: give INPUT files to code or --system SYS.jsonl\n");
    return kExitUsage;
  }
  size_t bad = 0;
  std::vector<Json> system;
  if (!o.system.empty()) {
    auto s = eval::LoadJsonl(o.system);
    if (!s.ok()) {
      fmt::print(stderr, "mizan eval: {}\n", s.status().ToString());
      return kExitFatal;
    }
    system = std::move(*s);
  } else {
    auto s = CodeInputs(o, to_code, &bad);
    if (!s.ok()) {
      fmt::print(stderr, "mizan eval: {}\n", s.status().ToString());
      return kExitFatal;
    }
    system = std::move(*s);
  }
  if (!o.write_system.empty()) {
    std::ofstream out(o.write_system);
    for (const Json& e : system) out << e.dump() << '\n';
  }

  std::vector<Json> gold;
  for (const std::string& path : mode == "events" ? o.gold : std::vector<std::string>{mode == "detect" ? o.gsr : o.spans}) {
    auto g = eval::LoadJsonl(path);
    if (!g.ok()) {
      fmt::print(stderr, "mizan eval: {}\n", g.status().ToString());
      return kExitFatal;
    }
    for (Json& x : *g) gold.push_back(std::move(x));
  }

  OrderedJson report;
  if (mode == "detect") {
    report = eval::ScoreDetect(system, gold);
    if (o.json) {
      fmt::print("{}\n", report.dump());
    } else {
      fmt::print("detection  tp {}  fp {}  fn {}  tn {}  P {}  R {}  F1 {}\n", report["tp"].dump(),
                 report["fp"].dump(), report["fn"].dump(), report["tn"].dump(), Fig(report["precision"]),
                 Fig(report["recall"]), Fig(report["f1"]));
    }
  } else if (mode == "actors") {
    report = eval::ScoreActors(system, gold);
    if (o.json) {
      fmt::print("{}\n", report.dump());
    } else {
      for (const char* side : {"source", "target"})
        fmt::print("{:<7} gold {}  right {}  rate {}\n", side, report[side]["gold"].dump(),
                   report[side]["right"].dump(), Fig(report[side]["rate"]));
    }
  } else {
    report = eval::ScoreEvents(system, gold);
    std::vector<std::pair<std::string, OrderedJson>> rows;
    if (o.by_phenomenon) {
      auto phen = Phenomena(o.inputs);
      std::map<std::string, std::pair<std::vector<Json>, std::vector<Json>>> split;  // phenomenon -> sys, gold
      for (const Json& g : gold) {
        auto it = phen.find(eval::PyStr(g.value("doc", Json())));
        if (it != phen.end()) split[it->second].second.push_back(g);
      }
      for (const Json& e : system) {
        auto it = phen.find(eval::PyStr(e.value("doc", Json())));
        if (it != phen.end()) split[it->second].first.push_back(e);
      }
      std::vector<std::string> names;
      for (const auto& [name, sg] : split) names.push_back(name);
      std::sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) {
        return a.size() != b.size() ? a.size() < b.size() : a < b;  // 1, 2, ..., 10, 11
      });
      OrderedJson by = OrderedJson::object();
      for (const std::string& name : names) {
        OrderedJson r = eval::ScoreEvents(split[name].first, split[name].second);
        by[name] = r;
        rows.emplace_back("phenomenon " + name, r);
      }
      report["by_phenomenon"] = by;
    }
    rows.emplace_back("all", report);
    if (o.json) {
      fmt::print("{}\n", report.dump());
    } else {
      PrintEventsTable(rows);
      if (!report["missed"].empty()) {
        std::map<std::string, std::string> evidence;
        for (const Json& g : gold)
          if (g.contains("id")) evidence[eval::PyStr(g["id"])] = eval::PyStr(g.value("evidence", Json("")));
        fmt::print("\nmissed required gold events (first 40):\n");
        for (const auto& id : report["missed"]) {
          std::string key = eval::PyStr(Json::parse(id.dump()));
          fmt::print("  {:<16} {}\n", key, evidence[key]);
        }
      }
    }
  }
  if (bad > 0) fmt::print(stderr, "mizan eval: {} bad input(s) left out\n", bad);
  if (BelowGates(o, report)) return kExitBelowGate;
  return bad > 0 ? kExitPartial : kExitOk;
}

}  // namespace

Runner RegisterEval(CLI::App& app) {
  auto o = std::make_shared<EvalOptions>();
  CLI::App* cmd = app.add_subcommand("eval", "Code documents (or read a system output) and score them against gold");
  cmd->add_option("inputs", o->inputs,
                  "Documents to code (.txt, .json, .jsonl[.gz]; a directory: its documents, not its gold files)");
  cmd->add_option("--gold", o->gold, "Gold events (JSON Lines, annotation.md format; a directory: its gold.jsonl and *.gold.jsonl); repeatable")
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  cmd->add_option("--system", o->system, "Score this system output (JSON Lines events) instead of coding inputs");
  cmd->add_option("--gsr", o->gsr, "Detection mode: a GSR *_detection.jsonl (each line coded as one document)");
  cmd->add_option("--spans", o->spans, "Actors mode: a GSR *_spans.jsonl (each line coded as one document)");
  cmd->add_option("--published", o->published, "Publication date of .txt inputs, YYYY-MM-DD (else meta.json beside)");
  cmd->add_option("--data", o->data_dir, "Data directory (default: $MIZAN_DATA, then next to the binary)");
  cmd->add_option("--write-system", o->write_system, "Also write the coded events (JSON Lines) to this file");
  cmd->add_flag("--by-phenomenon", o->by_phenomenon, "One row per `phenomenon` of the inputs (challenge suite)");
  cmd->add_flag("--json", o->json, "Print the report as JSON (the keys of the reference scorer, score.py)");
  cmd->add_option("--min-recall", o->min_recall, "Exit 4 when recall is below this");
  cmd->add_option("--min-precision", o->min_precision, "Exit 4 when precision is below this");
  cmd->add_option("--min-f1", o->min_f1, "Exit 4 when F1 is below this");
  cmd->add_option("--min-date-acc", o->min_date_acc, "Exit 4 when date accuracy (matched events) is below this");
  cmd->add_option("--min-attribution-acc", o->min_attribution_acc, "Exit 4 when attribution accuracy is below this");
  cmd->add_option("--min-certainty-acc", o->min_certainty_acc, "Exit 4 when certainty accuracy is below this");
  cmd->add_option("--timeml", o->timeml,
                  "TimeML mode: run the time stage over DIR/*.tml and compare dates that name their year with the TIMEX3 values "
                  "(with --published: also relative dates, against that assumed date)");
  cmd->footer(
      "Scores as the reference scorer score.py does (docs/eval.md). Exit 0: ok; 1: some inputs were bad;\n"
      "2: usage; 3: fatal; 4: a --min-* gate failed.\n"
      "Examples:\n"
      "  mizan eval --gold seed/gold.jsonl seed/article.txt            (meta.json gives id and date)\n"
      "  mizan eval --gold challenge/gold.jsonl challenge/input.jsonl --by-phenomenon\n"
      "  mizan eval --gold articles/dev articles/dev                     (every article and its gold)\n"
      "  mizan eval --system events.jsonl --gold gold.jsonl --json\n"
      "  mizan eval --gsr gsr/protest_detection.jsonl\n"
      "  mizan eval --gold seed/gold.jsonl seed/article.txt --min-date-acc 0.9 --min-certainty-acc 0.85\n"
      "  mizan eval --timeml data/arabic-timeml/Corpus_test        (TIMEX3 values, dates with a year)");
  return [o] { return RunEval(*o); };
}

MIZAN_COMMAND(80, RegisterEval);

}  // namespace mizan::cli

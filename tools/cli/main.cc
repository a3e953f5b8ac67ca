// mizan: the command-line entry point. Each subcommand lives in its own cmd_*.cc; this file only dispatches.
#include <algorithm>
#include <cstdio>
#include <utility>
#include <vector>

#include <CLI/CLI.hpp>

#include "commands.h"

namespace {

// project(VERSION) in CMakeLists.txt.
constexpr const char* kVersion = "mizan " MIZAN_VERSION;

}  // namespace

namespace mizan::cli {
// A function-local static, so that registrars in other files find it constructed whatever the link order.
std::vector<CommandEntry>& CommandRegistry() {
  static std::vector<CommandEntry> registry;
  return registry;
}
}  // namespace mizan::cli

int main(int argc, char** argv) {
  using namespace mizan::cli;
  CLI::App app{"Mizan codes political events (CAMEO/PLOVER) in Arabic news, with evidence offsets."};
  app.set_version_flag("--version", kVersion);
  app.require_subcommand(1);
  app.footer(
      "Examples:\n"
      "  mizan code article.txt --published 2021-12-15      events as JSON Lines on stdout\n"
      "  mizan ingest news.jsonl.gz --db mizan.db           code and store a corpus\n"
      "  mizan dyads --db mizan.db --period year --top 10   who did what to whom, summed\n"
      "  mizan dump article.txt --upto segment              what each stage found\n"
      "Run `mizan COMMAND --help` for a command's options.");

  std::vector<std::pair<CLI::App*, Runner>> commands;
  auto entries = CommandRegistry();
  std::stable_sort(entries.begin(), entries.end(),
                   [](const CommandEntry& a, const CommandEntry& b) { return a.order < b.order; });
  for (const CommandEntry& entry : entries) {
    size_t before = app.get_subcommands([](CLI::App*) { return true; }).size();
    Runner run = entry.fn(app);
    auto subs = app.get_subcommands([](CLI::App*) { return true; });
    if (subs.size() > before) commands.emplace_back(subs[before], std::move(run));
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);  // prints help, the version or the error
    return rc == 0 ? kExitOk : kExitUsage;
  }
  for (auto& [sub, run] : commands)
    if (sub->parsed()) return run();
  return kExitUsage;
}

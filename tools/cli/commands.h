// The mizan subcommands: each registers itself on the CLI11 app; main.cc only dispatches (fastText-style).
#pragma once

#include <functional>

namespace CLI {
class App;
}

namespace mizan::cli {

// Exit codes every subcommand uses.
inline constexpr int kExitOk = 0;          // everything went through
inline constexpr int kExitPartial = 1;     // the run finished but some documents were bad (reported on stderr)
inline constexpr int kExitUsage = 2;       // bad command line
inline constexpr int kExitFatal = 3;       // nothing could be done (no data dir, database unusable, ...)
inline constexpr int kExitBelowGate = 4;   // `mizan eval --min-*`: a score fell below its threshold

// Register adds the subcommand (with its options and --help text) and returns what runs it.
using Runner = std::function<int()>;
Runner RegisterCode(CLI::App& app);    // tools/cli/cmd_code.cc
Runner RegisterIngest(CLI::App& app);  // tools/cli/cmd_ingest.cc
Runner RegisterDump(CLI::App& app);    // tools/cli/cmd_dump.cc
Runner RegisterDyads(CLI::App& app);   // tools/cli/cmd_dyads.cc
Runner RegisterEval(CLI::App& app);    // tools/cli/cmd_eval.cc
Runner RegisterDict(CLI::App& app);  // tools/cli/cmd_dict.cc

}  // namespace mizan::cli

// The mizan subcommands: each registers itself on the CLI11 app; main.cc only dispatches (fastText-style).
#pragma once

#include <functional>
#include <vector>

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
using RegisterFn = Runner (*)(CLI::App&);

// Each cmd_*.cc registers itself with one line at namespace scope, so that adding a command touches no
// other file:  MIZAN_COMMAND(30, RegisterDyads);   (order = position in `mizan --help`)
struct CommandEntry {
  int order;
  RegisterFn fn;
};
std::vector<CommandEntry>& CommandRegistry();
struct CommandRegistrar {
  CommandRegistrar(int order, RegisterFn fn) { CommandRegistry().push_back({order, fn}); }
};
#define MIZAN_COMMAND(order, fn) static const ::mizan::cli::CommandRegistrar mizan_command_##fn{order, fn}

}  // namespace mizan::cli

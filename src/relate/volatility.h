// How a relation moves over time: the cooperation–conflict balance per period, its volatility, and
// alerts where it turns (docs/relations.md).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace mizan::relate {

// One period of a relation (both directions of a dyad together, or one direction).
struct PeriodCounts {
  std::string period;             // as the store labels it: "2016-06", "2016-W24", "2016"
  std::array<int64_t, 4> quad{};  // events per quad class 1..4
  double goldstein_sum = 0;
};

// (cooperation - conflict) / events, in [-1, 1]: +1 all cooperation (quad 1-2), -1 all conflict (3-4).
// 0 for a period with no events.
double Balance(const std::array<int64_t, 4>& quad);

struct VolatilityParams {
  size_t window = 12;       // the last `window` periods with events
  double turn_delta = 0.5;  // an alert needs the balance to move at least this far...
  size_t history = 3;       // ...from the mean of up to this many earlier periods with events
  double state_edge = 1.0 / 3;  // balance >= edge: cooperative; <= -edge: conflictual; between: mixed
};

struct Volatility {
  size_t periods = 0;        // periods with events in the window
  double mean = 0;           // mean balance over them
  double variance = 0;       // population variance of the balance
  int sign_changes = 0;      // times the balance's sign flips between consecutive periods (zeros skipped)
};

// A turn of the relation: this period's state (cooperative, mixed, conflictual) differs from the state
// of the mean of its recent history, and the balance moved at least turn_delta.
struct ChangeAlert {
  std::string period;
  double before = 0;  // mean balance of the earlier periods
  double after = 0;   // balance in this period
  std::string direction;  // "toward-conflict" | "toward-cooperation"
};

// Periods must be in chronological order; periods with no events are skipped.
Volatility ComputeVolatility(const std::vector<PeriodCounts>& periods, const VolatilityParams& params = {});
std::vector<ChangeAlert> FindTurns(const std::vector<PeriodCounts>& periods, const VolatilityParams& params = {});

}  // namespace mizan::relate

#include "relate/volatility.h"

#include <algorithm>
#include <cmath>

namespace mizan::relate {
namespace {

std::vector<double> Balances(const std::vector<PeriodCounts>& periods) {
  std::vector<double> out;
  for (const PeriodCounts& p : periods) {
    int64_t n = p.quad[0] + p.quad[1] + p.quad[2] + p.quad[3];
    if (n > 0) out.push_back(Balance(p.quad));
  }
  return out;
}

int Sign(double x) { return x > 1e-9 ? 1 : x < -1e-9 ? -1 : 0; }

// +1 cooperative, 0 mixed, -1 conflictual.
int State(double balance, const VolatilityParams& p) {
  return balance >= p.state_edge - 1e-9 ? 1 : balance <= -p.state_edge + 1e-9 ? -1 : 0;
}

}  // namespace

double Balance(const std::array<int64_t, 4>& q) {
  const int64_t n = q[0] + q[1] + q[2] + q[3];
  if (n == 0) return 0;
  return static_cast<double>((q[0] + q[1]) - (q[2] + q[3])) / static_cast<double>(n);
}

Volatility ComputeVolatility(const std::vector<PeriodCounts>& periods, const VolatilityParams& params) {
  std::vector<double> b = Balances(periods);
  if (params.window > 0 && b.size() > params.window) b.erase(b.begin(), b.end() - static_cast<long>(params.window));
  Volatility v;
  v.periods = b.size();
  if (b.empty()) return v;
  for (double x : b) v.mean += x;
  v.mean /= static_cast<double>(b.size());
  for (double x : b) v.variance += (x - v.mean) * (x - v.mean);
  v.variance /= static_cast<double>(b.size());
  int last = 0;
  for (double x : b) {
    int s = Sign(x);
    if (s == 0) continue;
    if (last != 0 && s != last) ++v.sign_changes;
    last = s;
  }
  return v;
}

std::vector<ChangeAlert> FindTurns(const std::vector<PeriodCounts>& periods, const VolatilityParams& params) {
  std::vector<ChangeAlert> alerts;
  std::vector<double> seen;  // balances of earlier periods with events
  for (const PeriodCounts& p : periods) {
    int64_t n = p.quad[0] + p.quad[1] + p.quad[2] + p.quad[3];
    if (n == 0) continue;
    const double now = Balance(p.quad);
    if (!seen.empty()) {
      const size_t k = std::min(params.history, seen.size());
      double before = 0;
      for (size_t i = seen.size() - k; i < seen.size(); ++i) before += seen[i];
      before /= static_cast<double>(k);
      // A turn: the relation changes state (cooperative, mixed, conflictual) and the balance moves far
      // enough that noise around a state's edge is no turn.
      if (State(now, params) != State(before, params) && std::abs(now - before) >= params.turn_delta)
        alerts.push_back({p.period, before, now, now < before ? "toward-conflict" : "toward-cooperation"});
    }
    seen.push_back(now);
  }
  return alerts;
}

}  // namespace mizan::relate

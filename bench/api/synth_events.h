// Synthetic but realistic event streams for load tests: many actors with skewed popularity, dyads,
// CAMEO codes with their Goldstein values, ten years of dates, outlets and attributions.
#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "mizan/doc.h"

namespace mizan::bench {

struct SynthOptions {
  uint64_t seed = 7;
  int events_per_doc = 5;
  int first_year = 2015, years = 10;
};

// Makes documents one at a time: each has events_per_doc sentences "<source> <verb> <target> ..."
// and their event records (EventToJson's shape, offsets in code points of the document's text).
class SynthCorpus {
 public:
  explicit SynthCorpus(SynthOptions options);
  // The n-th document (ids "synth-<n>") and its records.
  Doc Next(std::vector<nlohmann::json>* events);
  size_t actors() const { return actors_.size(); }

 private:
  struct Actor {
    std::string code, name;
  };
  struct Verb {
    std::string cameo, name, plover, text;
    double goldstein;
    int quad;
  };
  size_t Zipf(size_t n);  // an index in [0, n) with popularity ~ 1/(rank+1)

  SynthOptions options_;
  std::mt19937_64 rng_;
  std::vector<Actor> actors_;
  std::vector<Verb> verbs_;
  std::vector<std::string> outlets_;
  std::vector<double> zipf_cdf_;
  uint64_t next_id_ = 0;
};

}  // namespace mizan::bench

// Stage: one step of the pipeline that reads some layers of a Doc and adds others.
#pragma once

#include <string>
#include <vector>

#include "mizan/doc.h"
#include "mizan/status.h"

namespace mizan {

// A stage is immutable after construction and safe to call from many threads on different Docs.
class Stage {
 public:
  virtual ~Stage() = default;
  // Versioned name, e.g. "ar.normalize.v1". Stored with results so old outputs keep their meaning.
  virtual std::string Name() const = 0;
  // Names (without version) of the stages that must have run before this one, e.g. {"normalize"}.
  virtual std::vector<std::string> Requires() const = 0;
  // The short name recorded in Doc::done, e.g. "normalize".
  virtual std::string Provides() const = 0;
  // Adds this stage's layer to doc. Must not change layers of earlier stages.
  virtual Status Process(Doc& doc) const = 0;
};

}  // namespace mizan

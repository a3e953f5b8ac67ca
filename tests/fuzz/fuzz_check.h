// Invariant checks shared by the text-layer fuzz targets: abort (so libFuzzer saves the input) on failure.
#pragma once

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(cond)                                                      \
  do {                                                                        \
    if (!(cond)) {                                                            \
      std::fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
      std::abort();                                                           \
    }                                                                         \
  } while (0)

// Inputs larger than this are skipped: the targets look for logic errors, not for slow huge inputs.
inline constexpr size_t kFuzzMaxInput = 64 * 1024;

// TsvTable: reads one Mizan data file (magic line, header line, tab-separated rows) with line numbers.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "mizan/status.h"

namespace mizan {

class TsvTable {
 public:
  // Reads path; the first line must be "# mizan-<table> v<N>" with N <= max_version.
  static StatusOr<TsvTable> Read(const std::string& path, std::string_view table, int max_version);
  // Parses text already in memory (tests, fuzzing); `origin` names it in errors.
  static StatusOr<TsvTable> Parse(std::string_view text, std::string_view origin, std::string_view table,
                                  int max_version);

  size_t rows() const { return rows_.size(); }
  // Cell of row r in the named column, "" when the column or the cell is missing.
  std::string_view Get(size_t r, std::string_view column) const;
  bool HasColumn(std::string_view column) const;
  // "file:line" of row r, for error messages.
  std::string Where(size_t r) const;
  int version() const { return version_; }

 private:
  std::string origin_;
  int version_ = 0;
  std::vector<std::string> header_;
  std::vector<std::vector<std::string>> rows_;
  std::vector<size_t> lines_;
};

// Splits "a|b|c" into its non-empty trimmed parts.
std::vector<std::string> SplitBar(std::string_view cell);
// Splits on ASCII spaces, dropping empties.
std::vector<std::string> SplitWords(std::string_view s);

}  // namespace mizan

#include "lex/tsv.h"

#include <fstream>
#include <sstream>

#include <fmt/format.h>

namespace mizan {
namespace {

std::string_view TrimCell(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string> SplitTabs(std::string_view line) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    out.emplace_back(TrimCell(line.substr(start, tab == std::string_view::npos ? std::string_view::npos : tab - start)));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return out;
}

}  // namespace

StatusOr<TsvTable> TsvTable::Read(const std::string& path, std::string_view table, int max_version) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFound(fmt::format("cannot open data file {}", path));
  std::stringstream ss;
  ss << in.rdbuf();
  return Parse(ss.str(), path, table, max_version);
}

StatusOr<TsvTable> TsvTable::Parse(std::string_view text, std::string_view origin, std::string_view table,
                                   int max_version) {
  TsvTable t;
  t.origin_ = std::string(origin);
  size_t pos = 0, line_no = 0;
  bool have_magic = false, have_header = false;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view line = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
    pos = (nl == std::string_view::npos) ? text.size() + 1 : nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!have_magic) {
      if (line_no == 1 && line.size() >= 3 && static_cast<unsigned char>(line[0]) == 0xEF) line.remove_prefix(3);
      std::string want = fmt::format("# mizan-{} v", table);
      if (line.substr(0, want.size()) != want) {
        return InvalidArgument(fmt::format("{}:1: expected first line '{}N', got '{}'", origin, want,
                                           std::string(line.substr(0, 60))));
      }
      int v = 0;
      for (char c : line.substr(want.size())) {
        if (c < '0' || c > '9') break;
        if (v > 1000) break;  // already unsupported; more digits would overflow int (fuzz finding)
        v = v * 10 + (c - '0');
      }
      if (v < 1 || v > max_version)
        return InvalidArgument(fmt::format("{}:1: version {} of {} is not supported (max {})", origin, v, table,
                                           max_version));
      t.version_ = v;
      have_magic = true;
      continue;
    }
    if (TrimCell(line).empty() || line[0] == '#') continue;
    if (!have_header) {
      t.header_ = SplitTabs(line);
      have_header = true;
      continue;
    }
    t.rows_.push_back(SplitTabs(line));
    t.lines_.push_back(line_no);
  }
  if (!have_magic) return InvalidArgument(fmt::format("{}: empty data file", origin));
  if (!have_header) return InvalidArgument(fmt::format("{}: no header line", origin));
  return t;
}

bool TsvTable::HasColumn(std::string_view column) const {
  for (const auto& h : header_)
    if (h == column) return true;
  return false;
}

std::string_view TsvTable::Get(size_t r, std::string_view column) const {
  for (size_t c = 0; c < header_.size(); ++c) {
    if (header_[c] == column) return c < rows_[r].size() ? std::string_view(rows_[r][c]) : std::string_view();
  }
  return {};
}

std::string TsvTable::Where(size_t r) const { return fmt::format("{}:{}", origin_, lines_[r]); }

std::vector<std::string> SplitBar(std::string_view cell) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= cell.size()) {
    size_t bar = cell.find('|', start);
    std::string_view part = TrimCell(cell.substr(start, bar == std::string_view::npos ? std::string_view::npos : bar - start));
    if (!part.empty()) out.emplace_back(part);
    if (bar == std::string_view::npos) break;
    start = bar + 1;
  }
  return out;
}

std::vector<std::string> SplitWords(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

}  // namespace mizan

// TimeML scoring: parse TIMEX3 documents, run the time stage, compare absolute dates by span.
#include "eval/timeml.h"
#include "text/utf8.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace mizan::eval {
namespace {

std::string Attr(std::string_view tag, std::string_view name) {
  std::string key = std::string(name) + "=\"";
  size_t at = tag.find(key);
  if (at == std::string_view::npos) return "";
  at += key.size();
  size_t end = tag.find('"', at);
  return end == std::string_view::npos ? "" : std::string(tag.substr(at, end - at));
}

}  // namespace

bool NamesItsYear(const std::string& text) {
  int run = 0;
  for (size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    bool digit = false;
    size_t len = 1;
    if (c >= '0' && c <= '9') {
      digit = true;
    } else if (c >= 0xC0) {
      len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
      // U+0660..U+0669 (D9 A0..D9 A9) and U+06F0..U+06F9 (DB B0..DB B9).
      unsigned char d = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
      digit = (c == 0xD9 && d >= 0xA0 && d <= 0xA9) || (c == 0xDB && d >= 0xB0 && d <= 0xB9);
    }
    run = digit ? run + 1 : 0;
    if (run == 4) return true;
    i += len;
  }
  return false;
}

StatusOr<TimemlDoc> ParseTimeml(const std::string& id, const std::string& xml) {
  TimemlDoc doc;
  doc.id = id;
  size_t open = xml.find("<TimeML>");
  size_t close = xml.rfind("</TimeML>");
  if (open == std::string::npos || close == std::string::npos || close < open)
    return InvalidArgument(id + ": no <TimeML> element");
  std::string_view body(xml.data() + open + 8, close - open - 8);
  for (size_t i = 0; i < body.size();) {
    if (body.compare(i, 3, "\xEF\xBB\xBF") == 0) {  // the BOM pasted inside the element
      i += 3;
      continue;
    }
    if (body[i] != '<') {
      doc.text += body[i++];
      continue;
    }
    size_t gt = body.find('>', i);
    if (gt == std::string_view::npos) return InvalidArgument(id + ": unclosed tag");
    std::string_view tag = body.substr(i, gt + 1 - i);
    if (tag.rfind("<TIMEX3", 0) == 0) {
      size_t end_tag = body.find("</TIMEX3>", gt);
      if (end_tag == std::string_view::npos) return InvalidArgument(id + ": unclosed TIMEX3");
      TimexTag t;
      t.tid = Attr(tag, "tid");
      t.type = Attr(tag, "type");
      t.value = Attr(tag, "value");
      t.text = std::string(body.substr(gt + 1, end_tag - gt - 1));
      t.begin = doc.text.size();
      doc.text += t.text;
      t.end = doc.text.size();
      doc.tags.push_back(std::move(t));
      i = end_tag + 9;
      continue;
    }
    i = gt + 1;  // any other tag: dropped
  }
  return doc;
}

StatusOr<TimemlReport> ScoreTimeml(const Coder& coder, const std::string& dir, const std::string& published) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return NotFound("not a directory: " + dir);
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(dir, ec))
    if (e.is_regular_file() && e.path().extension() == ".tml") files.push_back(e.path());
  // doc2 before doc10: natural order, so the report reads like the folder.
  std::sort(files.begin(), files.end(), [](const fs::path& a, const fs::path& b) {
    std::string x = a.stem().string(), y = b.stem().string();
    return x.size() != y.size() ? x.size() < y.size() : x < y;
  });
  if (files.empty()) return NotFound("no .tml files in " + dir);
  TimemlReport r;
  for (const fs::path& path : files) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    ASSIGN_OR_RETURN(TimemlDoc td, ParseTimeml(path.stem().string(), ss.str()));
    Doc doc(td.id, td.text);
    doc.published = published;  // "" = unknown: relative phrases get anchor "none"
    RETURN_IF_ERROR(coder.CodeUpTo(doc, "time"));
    ++r.docs;
    std::vector<Range> spans;  // Mizan's phrases in bytes of td.text
    for (const TimeExpr& t : doc.times) spans.push_back(doc.OrigBytes(t.norm));
    auto overlaps = [](size_t b1, size_t e1, size_t b2, size_t e2) { return b1 < e2 && b2 < e1; };
    for (size_t k = 0; k < spans.size(); ++k) {
      const Range& s = spans[k];
      ++r.phrases;
      bool in_tag = std::any_of(td.tags.begin(), td.tags.end(),
                                [&](const TimexTag& t) { return overlaps(s.begin, s.end, t.begin, t.end); });
      if (in_tag) continue;
      ++r.outside;
      TimemlRow row;
      row.doc = td.id;
      row.found = true;
      row.mizan_text = doc.OrigText(doc.times[k].norm);
      row.text = row.mizan_text;
      row.value = doc.times[k].value;
      row.granularity = doc.times[k].granularity;
      row.anchor = doc.times[k].anchor;
      row.begin = utf8::CountCodePoints(std::string_view(td.text).substr(0, s.begin));
      row.end = row.begin + utf8::CountCodePoints(row.mizan_text);
      r.extra.push_back(std::move(row));
    }
    for (const TimexTag& t : td.tags) {
      ++r.timex;
      if (t.type != "DATE") continue;
      ++r.dates;
      if (t.value.empty() || !std::isdigit(static_cast<unsigned char>(t.value[0]))) continue;
      const bool absolute = NamesItsYear(t.text);
      if (!absolute && published.empty()) continue;
      TimemlRow row;
      row.absolute = absolute;
      row.doc = td.id;
      row.tid = t.tid;
      row.text = t.text;
      row.gold_value = t.value;
      row.begin = utf8::CountCodePoints(std::string_view(td.text).substr(0, t.begin));
      row.end = row.begin + utf8::CountCodePoints(t.text);
      // The overlapping phrase that shares the most bytes with the tag.
      size_t best = 0;
      for (size_t k = 0; k < spans.size(); ++k) {
        if (!overlaps(spans[k].begin, spans[k].end, t.begin, t.end)) continue;
        size_t shared = std::min<size_t>(spans[k].end, t.end) - std::max<size_t>(spans[k].begin, t.begin);
        if (shared <= best) continue;
        best = shared;
        const TimeExpr& x = doc.times[k];
        row.found = true;
        row.value = x.value;
        row.granularity = x.granularity;
        row.anchor = x.anchor;
        row.mizan_text = doc.OrigText(x.norm);
      }
      row.match = row.found && row.value == row.gold_value;
      (absolute ? r.absolute : r.relative) += 1;
      (absolute ? r.found : r.relative_found) += row.found;
      (absolute ? r.matched : r.relative_matched) += row.match;
      r.rows.push_back(std::move(row));
    }
  }
  return r;
}

}  // namespace mizan::eval

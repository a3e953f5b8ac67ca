#include "attrib/cue_table.h"

#include "lex/tsv.h"
#include "text/utf8.h"

#include <algorithm>

#include <fmt/format.h>

namespace mizan {
namespace {

bool ParseKind(std::string_view k, CueKind* kind) {
  if (k == "attribution") *kind = CueKind::kAttribution;
  else if (k == "certainty") *kind = CueKind::kCertainty;
  else if (k == "negation") *kind = CueKind::kNegation;
  else if (k == "broker") *kind = CueKind::kBroker;
  else return false;
  return true;
}

}  // namespace

StatusOr<CueTable> CueTable::Load(const std::string& path) {
  ASSIGN_OR_RETURN(TsvTable t, TsvTable::Read(path, "cues", 1));
  return FromTable(t);
}

StatusOr<CueTable> CueTable::Parse(std::string_view text, std::string_view origin) {
  ASSIGN_OR_RETURN(TsvTable t, TsvTable::Parse(text, origin, "cues", 1));
  return FromTable(t);
}

StatusOr<CueTable> CueTable::FromTable(const TsvTable& t) {
  CueTable table;
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string_view kind_cell = t.Get(r, "kind");
    if (t.Get(r, "surface").empty() || t.Get(r, "label").empty())
      return InvalidArgument(fmt::format("{}: expected surface, kind, label", t.Where(r)));
    CueKind kind;
    if (!ParseKind(kind_cell, &kind))
      return InvalidArgument(fmt::format("{}: unknown cue kind '{}'", t.Where(r), kind_cell));
    for (const std::string& surface : SplitBar(t.Get(r, "surface"))) {
      CueRow row;
      row.words = SurfaceWords(surface);
      if (row.words.empty()) continue;
      row.kind = kind;
      row.label = std::string(t.Get(r, "label"));
      row.surface = surface;
      table.rows_.push_back(std::move(row));
    }
  }
  table.Index();
  return table;
}

namespace {
// The first UTF-8 character of s.
std::string_view FirstChar(std::string_view s) {
  size_t n = 1;
  while (n < s.size() && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) ++n;
  return s.substr(0, n);
}
}  // namespace

// The first n UTF-8 characters of s (fewer when s is shorter).
static std::string_view FirstChars(std::string_view s, size_t n) {
  size_t i = 0;
  while (n > 0 && i < s.size()) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) ++i;
    --n;
  }
  return s.substr(0, i);
}

// Bucket of a cue word: its first two letters, or its only letter.
static std::string LeadKey(std::string_view w) {
  return utf8::CountCodePoints(w) >= 2 ? "2:" + std::string(FirstChars(w, 2)) : "1:" + std::string(FirstChar(w));
}

void CueTable::Index() {
  for (idx_t i = 0; i < rows_.size(); ++i) {
    const std::string& w = rows_[i].words[0];
    // Exact, suffixed and ى-ending matches share the word's first two letters (FormsMatch).
    std::vector<std::string> keys = {LeadKey(w)};
    // Imperfects (أكد -> يؤكد) and the ي/ت/ن swap (يؤكد -> تؤكد) match a form whose letters after its
    // person prefix start the verb's imperfect stem (forms.cc FormsMatch): index that letter, so a
    // token starting with ي/ت/ن meets only the verbs it could inflect, not the whole table.
    const size_t n = utf8::CountCodePoints(w);
    const std::string_view alef = "\xd8\xa7", ya = "\xd9\x8a";
    std::string_view sv = w;
    if (n == 3 && sv.substr(0, 2) != alef && sv.substr(0, 2) != ya) keys.push_back("imp:" + std::string(FirstChar(sv)));
    else if (n == 3 && sv.substr(0, 2) == alef) keys.push_back("imp:\xd9\x88");  // أكد -> يؤكد (ؤ = و)
    else if (n == 4 && sv.substr(0, 2) == alef) keys.push_back("imp:" + std::string(FirstChar(sv.substr(2))));
    if (n >= 3 && sv.substr(0, 2) == ya) keys.push_back("imp:" + std::string(FirstChar(sv.substr(2))));
    for (const std::string& k : keys) {
      std::vector<idx_t>& v = by_letter_[k];
      if (v.empty() || v.back() != i) v.push_back(i);
    }
  }
}

void CueTable::MatchAt(const FormCache& forms, idx_t t, idx_t end, std::vector<CueMatch>* out) const {
  out->clear();
  std::vector<idx_t> candidates;
  for (const std::string& f : forms.Forms(t)) {
    for (const std::string& key : {"1:" + std::string(FirstChar(f)), "2:" + std::string(FirstChars(f, 2))}) {
      auto it = by_letter_.find(key);
      if (it != by_letter_.end()) candidates.insert(candidates.end(), it->second.begin(), it->second.end());
    }
    std::string_view pre = std::string_view(f).substr(0, 2);
    if (f.size() > 2 && (pre == "\xd9\x8a" || pre == "\xd8\xaa" || pre == "\xd9\x86")) {  // ي ت ن
      auto imp = by_letter_.find("imp:" + std::string(FirstChar(std::string_view(f).substr(2))));
      if (imp != by_letter_.end()) candidates.insert(candidates.end(), imp->second.begin(), imp->second.end());
    }
  }
  // Particles match the plain token, whose first letter may be a clitic's (ولم): look that up too.
  if (std::string_view p = forms.Plain(t); !p.empty()) {
    std::string_view first = FirstChar(p);
    if (first == "\xd9\x88" || first == "\xd9\x81") p.remove_prefix(first.size());
    for (const std::string& key : {"1:" + std::string(FirstChar(p)), "2:" + std::string(FirstChars(p, 2))}) {
      auto it = by_letter_.find(key);
      if (it != by_letter_.end()) candidates.insert(candidates.end(), it->second.begin(), it->second.end());
    }
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  for (idx_t ri : candidates) {
    const CueRow& row = rows_[ri];
    const idx_t n = static_cast<idx_t>(row.words.size());
    if (t + n > end) continue;
    bool ok = true;
    if (row.kind == CueKind::kNegation && utf8::CountCodePoints(row.words[0]) <= 3) {
      // Particles (لم لا ما عدم غير) only as written, و/ف aside: كما and بعدما are not ما.
      std::string_view p = forms.Plain(t);
      if (p.size() > 2 && (p.substr(0, 2) == "\xd9\x88" || p.substr(0, 2) == "\xd9\x81") && p.substr(2) == row.words[0])
        p.remove_prefix(2);
      if (p != row.words[0]) continue;
      for (idx_t i = 1; i < n && ok; ++i) ok = FormsMatch(forms.Forms(t + i), row.words[i], true);
      if (ok) out->push_back({&row, n});
      continue;
    }
    for (idx_t i = 0; i < n && ok; ++i) ok = FormsMatch(forms.Forms(t + i), row.words[i], true);
    if (ok) out->push_back({&row, n});
  }
  std::stable_sort(out->begin(), out->end(),
                   [](const CueMatch& a, const CueMatch& b) { return a.length > b.length; });
}

}  // namespace mizan

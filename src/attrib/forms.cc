#include "attrib/forms.h"

#include <algorithm>

#include "text/normalize.h"
#include "text/utf8.h"

namespace mizan {
namespace {

constexpr std::string_view kFormAl = "\xd8\xa7\xd9\x84";  // ال
constexpr std::string_view kWa = "\xd9\x88";          // و
constexpr std::string_view kFa = "\xd9\x81";          // ف
constexpr std::string_view kBi = "\xd8\xa8";          // ب
constexpr std::string_view kLi = "\xd9\x84";          // ل
constexpr std::string_view kKa = "\xd9\x83";          // ك
constexpr std::string_view kFormYa = "\xd9\x8a";          // ي


void AddUnique(std::vector<std::string>* v, std::string_view s) {
  if (!s.empty() && std::find(v->begin(), v->end(), s) == v->end()) v->emplace_back(s);
}

// Pronoun suffixes, longest first: ها هما هم هن ه.
constexpr std::string_view kPronounSuffixes[] = {"\xd9\x87\xd9\x85\xd8\xa7", "\xd9\x87\xd8\xa7", "\xd9\x87\xd9\x85",
                                           "\xd9\x87\xd9\x86", "\xd9\x87"};
// Endings a verb or noun takes on the forms FormsMatch accepts: ت ا وا تا ن نا ون ين ان ه.
constexpr std::string_view kEndings[] = {"\xd8\xaa", "\xd8\xa7", "\xd9\x88\xd8\xa7", "\xd8\xaa\xd8\xa7",
                                         "\xd9\x86", "\xd9\x86\xd8\xa7", "\xd9\x88\xd9\x86", "\xd9\x8a\xd9\x86",
                                         "\xd8\xa7\xd9\x86", "\xd9\x87"};

}  // namespace

std::string_view DropArticleView(std::string_view w) {
  if (w.starts_with(kFormAl) && utf8::CountCodePoints(w) >= 4) return w.substr(kFormAl.size());
  return w;
}

namespace {

// One base: without the article, and without a pronoun suffix.
void AddBase(std::string_view b, std::vector<std::string>* out) {
  std::string_view d = DropArticleView(b);
  AddUnique(out, d);
  for (std::string_view e : kPronounSuffixes) {
    if (d.ends_with(e) && utf8::CountCodePoints(d) - utf8::CountCodePoints(e) >= 2) {
      AddUnique(out, d.substr(0, d.size() - e.size()));
      break;
    }
  }
}

// The word, without و/ف, then without بـ/لـ/كـ ("لل" = لـ + ال), each without the article and a
// pronoun suffix. Views into w throughout (this runs for every token of every document), but for
// "لل" whose base is a new string.
void AddBases(std::string_view w, std::vector<std::string>* out) {
  std::string_view bases[2] = {w, {}};
  int n = 1;
  if ((w.starts_with(kWa) || w.starts_with(kFa)) && utf8::CountCodePoints(w) >= 3) bases[n++] = w.substr(2);
  for (int i = 0; i < n; ++i) AddBase(bases[i], out);
  for (int i = 0; i < n; ++i) {
    std::string_view b = bases[i];
    if (b.starts_with("\xd9\x84\xd9\x84") && utf8::CountCodePoints(b) >= 4) {  // لل = ل + ال
      std::string al(kFormAl);
      al.append(b.substr(4));
      AddBase(al, out);
    } else if ((b.starts_with(kBi) || b.starts_with(kLi) || b.starts_with(kKa)) && utf8::CountCodePoints(b) >= 3) {
      AddBase(b.substr(2), out);
    }
  }
}

}  // namespace

std::string DropArticle(std::string_view w) { return std::string(DropArticleView(w)); }

std::vector<std::string> SurfaceWords(std::string_view surface) {
  std::string norm = NormalizeForMatch(surface);
  std::vector<std::string> words;
  size_t i = 0;
  while (i < norm.size()) {
    size_t j = norm.find(' ', i);
    if (j == std::string::npos) j = norm.size();
    if (j > i) words.push_back(DropArticle(std::string_view(norm).substr(i, j - i)));
    i = j + 1;
  }
  return words;
}

bool FormsMatch(const std::vector<std::string>& forms, std::string_view word, bool inflect) {
  const bool can_inflect = inflect && utf8::CountCodePoints(word) >= 3;
  bool near = false;  // some form is within inflection reach of the word (most are not: skip the rest)
  for (const std::string& f : forms) {
    if (f == word) return true;
    if (!can_inflect || f.size() + 2 < word.size() || f.size() > word.size() + 8) continue;
    near = true;
    std::string_view fv = f;
    if (fv.starts_with(word)) {
      std::string_view rest = fv.substr(word.size());
      for (std::string_view e : kEndings)
        if (rest == e) return true;
    }
    if (word.ends_with(kFormYa)) {  // نفى (نفي) -> نفت نفوا نفيا
      std::string_view base = word.substr(0, word.size() - kFormYa.size());
      if (fv.starts_with(base)) {
        std::string_view rest = fv.substr(base.size());
        if (rest == "\xd8\xaa" || rest == "\xd9\x88\xd8\xa7" || rest == "\xd8\xa7") return true;
      }
    }
    if (word.starts_with(kFormYa) && fv.size() == word.size() &&  // يؤكد -> تؤكد نؤكد
        (fv.starts_with("\xd8\xaa") || fv.starts_with("\xd9\x86")) && fv.substr(2) == word.substr(2))
      return true;
  }
  // A perfect verb also matches its imperfect: ذكر -> يذكر, أكد -> يؤكد, أعلن -> يعلن (then تذكر، يذكرون).
  if (!near) return false;
  const size_t n = utf8::CountCodePoints(word);
  std::string imperfect;
  if (n == 3 && !word.starts_with("\xd8\xa7") && !word.starts_with(kFormYa)) imperfect = std::string(kFormYa) + std::string(word);
  else if (n == 3 && word.starts_with("\xd8\xa7")) imperfect = std::string(kFormYa) + "\xd9\x88" + std::string(word.substr(2));
  else if (n == 4 && word.starts_with("\xd8\xa7")) imperfect = std::string(kFormYa) + std::string(word.substr(2));
  if (can_inflect && !imperfect.empty()) {
    for (const std::string& f : forms) {
      if (f.size() < imperfect.size() || f.substr(2, imperfect.size() - 2) != std::string_view(imperfect).substr(2)) continue;
      std::string_view pre = std::string_view(f).substr(0, 2);
      if (pre != kFormYa && pre != "\xd8\xaa" && pre != "\xd9\x86") continue;
      std::string_view rest = std::string_view(f).substr(imperfect.size());
      if (rest.empty() || rest == "\xd9\x88\xd9\x86" || rest == "\xd8\xa7\xd9\x86" || rest == "\xd9\x88\xd8\xa7") return true;
    }
  }
  return false;
}

FormCache::FormCache(const Doc& doc) : FormCache(doc, Range{0, static_cast<idx_t>(doc.tokens.size())}) {}

FormCache::FormCache(const Doc& doc, Range only) : doc_(doc), forms_(doc.tokens.size()) {
  for (idx_t t = only.begin; t < only.end && t < doc.tokens.size(); ++t) {
    std::vector<std::string>& f = forms_[t];
    if (!(doc.tokens[t].flags & kTokWord)) {
      f.emplace_back(doc.TokenText(t));
      continue;
    }
    AddBases(doc.StemText(t), &f);
    AddBases(doc.TokenText(t), &f);
  }
}

idx_t WordStartKeepingArticle(const Doc& doc, idx_t t) {
  const Token& tok = doc.tokens[t];
  idx_t b = tok.stem.begin;
  if ((tok.proclitics & kProAl) && b >= tok.norm.begin + 4) b -= 4;
  return std::max(b, tok.norm.begin);
}

}  // namespace mizan

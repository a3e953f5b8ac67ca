#include "attrib/claim_words.h"

#include <initializer_list>

namespace mizan {

bool PlainIs(const FormCache& forms, idx_t t, std::string_view w) {
  std::string_view p = forms.Plain(t);
  if (p == w) return true;
  if (p.size() > 2 && (p.substr(0, 2) == "\xd9\x88" || p.substr(0, 2) == "\xd9\x81")) return p.substr(2) == w;
  return false;
}

bool HasArticle(const FormCache& forms, idx_t t) {
  std::string_view p = forms.Plain(t);
  if (p.size() > 2 && (p.substr(0, 2) == "\xd9\x88" || p.substr(0, 2) == "\xd9\x81")) p.remove_prefix(2);
  return p.substr(0, 4) == "\xd8\xa7\xd9\x84";
}

bool FormIsAny(const FormCache& forms, idx_t t, std::initializer_list<std::string_view> words) {
  for (const std::string& f : forms.Forms(t))
    for (std::string_view w : words)
      if (f == w) return true;
  return false;
}

bool IsComplementizer(const FormCache& forms, idx_t t) {
  if (t >= forms.size()) return false;
  for (std::string_view w : {"ان", "انه", "انها", "انهم", "انهما", "انهن", "بان", "بانه", "بانها", "بانهم"})
    if (PlainIs(forms, t, w)) return true;
  return false;
}

bool IsClauseSep(const Doc& doc, idx_t t) { return t < doc.tokens.size() && (doc.tokens[t].flags & kTokClauseSep); }

idx_t StrongBoundaryAt(const FormCache& forms, idx_t t, idx_t end) {
  if (t >= end) return 0;
  // not "فيما يبدو" (as it seems), "فيما يتعلق/يخص" (as regards)
  if (PlainIs(forms, t, "فيما") && !(t + 1 < end && FormIsAny(forms, t + 1, {"يبدو", "يتعلق", "يخص"}))) return 1;
  if (PlainIs(forms, t, "بينما")) return 1;
  if (PlainIs(forms, t, "في") && t + 1 < end &&
      (PlainIs(forms, t + 1, "حين") || PlainIs(forms, t + 1, "المقابل")))
    return 2;
  return 0;
}

bool HasStrongBoundary(const FormCache& forms, idx_t from, idx_t to) {
  for (idx_t k = from; k < to; ++k)
    if (StrongBoundaryAt(forms, k, to) > 0) return true;
  return false;
}

bool IsPrepositionalFrame(const FormCache& forms, idx_t t) {
  if (PlainIs(forms, t, "علي") && t + 1 < forms.size() && FormIsAny(forms, t + 1, {"لسان"})) return true;
  return FormIsAny(forms, t, {"بحسب", "حسب", "حسبما", "بحسبما", "وفق", "وفقا", "طبقا", "نقلا", "لسان"});
}

bool IsAsSaidFrame(const FormCache& forms, idx_t t) {
  return t > 0 && t < forms.size() && forms.doc().tokens[t - 1].sentence == forms.doc().tokens[t].sentence &&
         PlainIs(forms, t - 1, "كما");
}

bool IsTopicOpener(const FormCache& forms, idx_t t) {
  if (PlainIs(forms, t, "حول") || PlainIs(forms, t, "بشان") || PlainIs(forms, t, "بخصوص") || PlainIs(forms, t, "عن"))
    return true;
  // "وفيما يتعلق بـ"، "وبالنسبة لـ"، "وتعليقا على"، "وردا على سؤال عن"
  if (t + 1 >= forms.size()) return false;
  return (PlainIs(forms, t, "فيما") && FormIsAny(forms, t + 1, {"يتعلق", "يخص"})) ||
         (PlainIs(forms, t, "بالنسبه") || PlainIs(forms, t, "تعليقا") || PlainIs(forms, t, "ردا"));
}

bool IsAccusationVerb(const FormCache& forms, idx_t t) {
  return FormIsAny(forms, t, {"اتهم", "اتهمت", "اتهموا", "يتهم", "تتهم", "يتهمون", "اتهمتا"});
}

bool IsRelayFrame(const FormCache& forms, idx_t t) {
  return FormIsAny(forms, t, {"نقل", "نقلت", "نقلا", "نقلوا", "ينقل", "تنقل"});
}

bool IsTimeWord(const FormCache& forms, idx_t t) {
  return FormIsAny(forms, t, {"امس", "يوم", "مساء", "صباح", "ليله", "فجر", "غدا", "احد", "اثنين", "ثلاثاء",
                              "اربعاء", "خميس", "جمعه", "سبت", "ظهر", "اسبوع", "شهر", "ماضي", "مقبل",
                              "وقتها", "حينها", "حاليا", "مجددا"});
}

}  // namespace mizan

// Dates counted from another date (offset_dates.h).
#include "time/offset_dates.h"

#include <cctype>
#include <cstdlib>
#include <string>
#include <string_view>

#include "text/normalize.h"
#include "time/calendar.h"
#include "time/event_date.h"

namespace mizan {
namespace {

// Days named by the words at token t ("يوم" 1, "يومين" 2, "3 أيام" / "ثلاثة أيام", "أسبوع" 7,
// "أسبوعين" 14) and how many tokens they take; 0 when none.
int DaysAt(const Doc& doc, idx_t t, idx_t end, idx_t* len) {
  auto key = [&](idx_t i) { return i < end ? NormalizeForMatch(doc.TokenText(i)) : std::string(); };
  const std::string k = key(t);
  *len = 1;
  if (k == NormalizeForMatch("يوم") || k == NormalizeForMatch("يوما")) return 1;
  if (k == NormalizeForMatch("يومين")) return 2;
  if (k == NormalizeForMatch("أسبوع") || k == NormalizeForMatch("أسبوعا")) return 7;
  if (k == NormalizeForMatch("أسبوعين")) return 14;
  if (key(t + 1) != NormalizeForMatch("أيام")) return 0;
  *len = 2;
  static const char* const kWords[] = {"ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"};
  for (int n = 0; n < 8; ++n)
    if (k == NormalizeForMatch(kWords[n])) return n + 3;
  if (!k.empty() && k.size() <= 2 && std::isdigit(static_cast<unsigned char>(k[0]))) {
    int n = std::atoi(k.c_str());
    return n >= 1 && n <= 31 ? n : 0;
  }
  return 0;
}

}  // namespace

void AddBackReferenceDates(Doc& doc) {
  const size_t grammar_dates = doc.times.size();
  static const char* const kThen[] = {"آنذاك", "حينها", "حينذاك", "وقتها", "حينئذ", "وقتذاك"};
  for (idx_t t = 0; t < doc.tokens.size(); ++t) {
    const std::string w = NormalizeForMatch(doc.TokenText(t));
    bool then = false;
    for (const char* x : kThen) then = then || w == NormalizeForMatch(x) || w == NormalizeForMatch(std::string("و") + x);
    if (!then) continue;
    // the latest date phrase before it, in its sentence or the five before
    idx_t ref = kNone;
    for (size_t i = 0; i < grammar_dates; ++i) {
      const TimeExpr& x = doc.times[i];
      if (x.tokens.end <= t && x.sentence + 5 >= doc.tokens[t].sentence && !x.value.empty()) ref = static_cast<idx_t>(i);
    }
    if (ref == kNone) continue;
    TimeExpr e = doc.times[ref];
    e.tokens = {t, t + 1};
    e.norm = doc.tokens[t].norm;
    e.sentence = doc.tokens[t].sentence;
    e.of_next_noun = false;
    doc.times.push_back(std::move(e));
  }
}

void AddOffsetDates(Doc& doc) {
  auto pub = timex::ParsePublished(doc.published);
  if (!pub) return;
  const size_t grammar_dates = doc.times.size();
  const idx_t story = StoryTime(doc);
  const std::string after_word = NormalizeForMatch("بعد"), before_word = NormalizeForMatch("قبل"),
                    from_word = NormalizeForMatch("من");
  for (idx_t s = 0; s < doc.sentences.size(); ++s) {
    const Range r = doc.sentences[s].tokens;
    for (idx_t t = r.begin; t + 3 < r.end; ++t) {
      const std::string w = NormalizeForMatch(doc.TokenText(t));
      const bool after = w == after_word;
      if (!after && w != before_word) continue;
      idx_t len = 0;
      const int days = DaysAt(doc, t + 1, r.end, &len);
      if (days == 0 || NormalizeForMatch(doc.TokenText(t + 1 + len)) != from_word) continue;
      const idx_t end = t + 2 + len;  // past من
      if (end >= r.end || !(doc.tokens[end].flags & kTokWord)) continue;
      // The clause's own day: the nearest day-level date of the sentence, else the story's.
      idx_t anchor = kNone;
      long best = 0;
      for (size_t i = 0; i < grammar_dates; ++i) {
        const TimeExpr& x = doc.times[i];
        if (x.sentence != s || x.granularity != "day" || x.value.size() != 10) continue;
        const long d = x.tokens.end <= t ? static_cast<long>(t - x.tokens.end) : static_cast<long>(x.tokens.begin - end);
        if (d >= 0 && (anchor == kNone || d < best)) anchor = static_cast<idx_t>(i), best = d;
      }
      if (anchor == kNone) anchor = story;
      long day = timex::DaysFromCivil(*pub);
      std::string how = "published";
      if (anchor != kNone) {
        auto a = timex::ParsePublished(doc.times[anchor].value);
        if (!a) continue;
        day = timex::DaysFromCivil(*a);
        how = doc.times[anchor].anchor;
      }
      TimeExpr e;
      e.tokens = {t, end};
      e.norm = {doc.tokens[t].norm.begin, doc.tokens[end - 1].norm.end};
      e.sentence = s;
      e.value = timex::FormatDay(timex::CivilFromDays(after ? day - days : day + days));
      e.granularity = "day";
      e.anchor = how;
      e.of_next_noun = true;
      doc.times.push_back(std::move(e));
      t = end - 1;
    }
  }
}

}  // namespace mizan

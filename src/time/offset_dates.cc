// Dates counted from another date (offset_dates.h).
#include "time/offset_dates.h"

#include <cctype>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "text/normalize.h"
#include "time/calendar.h"
#include "time/event_date.h"

namespace mizan {
namespace {

// Days named by the words at token t ("يوم" 1, "يومين" 2, "3 أيام" / "ثلاثة أيام", "أسبوع" 7,
// "أسبوعين" 14) and how many tokens they take; 0 when none.
// Words in the text's normalized form, normalized once (the token text is already normalized).
struct OffsetWords {
  std::string day, day_acc, two_days, week, week_acc, two_weeks, days, after, before, from;
  std::vector<std::string> numbers;  // ثلاثة .. عشرة
  std::vector<std::string> then;     // آنذاك، حينها ... and with و
  OffsetWords() {
    day = NormalizeForMatch("يوم"), day_acc = NormalizeForMatch("يوما"), two_days = NormalizeForMatch("يومين");
    week = NormalizeForMatch("أسبوع"), week_acc = NormalizeForMatch("أسبوعا"), two_weeks = NormalizeForMatch("أسبوعين");
    days = NormalizeForMatch("أيام"), after = NormalizeForMatch("بعد"), before = NormalizeForMatch("قبل");
    from = NormalizeForMatch("من");
    for (const char* n : {"ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة"})
      numbers.push_back(NormalizeForMatch(n));
    for (const char* w : {"آنذاك", "حينها", "حينذاك", "وقتها", "حينئذ", "وقتذاك"}) {
      then.push_back(NormalizeForMatch(w));
      then.push_back(NormalizeForMatch(std::string("و") + w));
    }
  }
};
const OffsetWords& W() {
  static const OffsetWords* w = new OffsetWords();
  return *w;
}

int DaysAt(const Doc& doc, idx_t t, idx_t end, idx_t* len) {
  const OffsetWords& w = W();
  auto key = [&](idx_t i) { return i < end ? doc.TokenText(i) : std::string_view(); };
  const std::string_view k = key(t);
  *len = 1;
  if (k == w.day || k == w.day_acc) return 1;
  if (k == w.two_days) return 2;
  if (k == w.week || k == w.week_acc) return 7;
  if (k == w.two_weeks) return 14;
  if (key(t + 1) != w.days) return 0;
  *len = 2;
  for (int n = 0; n < 8; ++n)
    if (k == w.numbers[n]) return n + 3;
  if (!k.empty() && k.size() <= 2 && std::isdigit(static_cast<unsigned char>(k[0]))) {
    int n = std::atoi(std::string(k).c_str());
    return n >= 1 && n <= 31 ? n : 0;
  }
  return 0;
}

}  // namespace

void AddBackReferenceDates(Doc& doc) {
  const size_t grammar_dates = doc.times.size();
  if (grammar_dates == 0) return;
  for (idx_t t = 0; t < doc.tokens.size(); ++t) {
    const std::string_view w = doc.TokenText(t);
    bool then = false;
    for (const std::string& x : W().then) then = then || w == x;
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
  const std::string& after_word = W().after;
  const std::string& before_word = W().before;
  const std::string& from_word = W().from;
  for (idx_t s = 0; s < doc.sentences.size(); ++s) {
    const Range r = doc.sentences[s].tokens;
    for (idx_t t = r.begin; t + 3 < r.end; ++t) {
      const std::string_view w = doc.TokenText(t);
      const bool after = w == after_word;
      if (!after && w != before_word) continue;
      idx_t len = 0;
      const int days = DaysAt(doc, t + 1, r.end, &len);
      if (days == 0 || doc.TokenText(t + 1 + len) != from_word) continue;
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

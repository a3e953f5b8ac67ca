// Negation and modality: an act the text denies, or places in the future, is marked (negated, or a
// non-asserted certainty) and never coded as a fact. The sentences are the team's own.
#include <gtest/gtest.h>

#include <string>

#include "mizan/coder.h"

namespace mizan {
namespace {
namespace event_negation_test {

const Coder& TheCoder() {
  static std::unique_ptr<Coder> coder = [] {
    CoderOptions o;
    o.data_dir = MIZAN_SOURCE_DATA_DIR;
    auto c = Coder::Create(o);
    EXPECT_TRUE(c.ok()) << c.status().ToString();
    return std::move(c).value();
  }();
  return *coder;
}

// What became of the event with this CAMEO root between the two countries.
enum class Fate { kFact, kMarked, kAbsent };

Fate FateOf(const std::string& text, const std::string& src, const std::string& root, const std::string& tgt) {
  Doc doc("t", text);
  doc.published = "2022-03-10";
  Status st = TheCoder().Code(doc);
  EXPECT_TRUE(st.ok()) << st.ToString();
  bool marked = false;
  for (const Event& e : doc.events) {
    // an empty src matches any source (who denies is the claims layer's business, not this test's)
    if (!src.empty() && e.source.code.compare(0, 3, src) != 0) continue;
    if (e.target.code.compare(0, 3, tgt) != 0) continue;
    if (e.cameo.compare(0, 2, root) != 0) continue;
    if (!e.negated && e.certainty == Certainty::kAsserted) return Fate::kFact;
    marked = true;
  }
  return marked ? Fate::kMarked : Fate::kAbsent;
}

struct Case {
  const char* rule;
  const char* text;
  const char* src;
  const char* root;
  const char* tgt;
  Fate want;  // kFact: coded as asserted fact; kMarked: never a fact (negated, not asserted, or absent)
};

class EventNegation : public ::testing::TestWithParam<Case> {};

TEST_P(EventNegation, IsNotAFact) {
  const Case& c = GetParam();
  Fate got = FateOf(c.text, c.src, c.root, c.tgt);
  if (c.want == Fate::kFact) {
    EXPECT_EQ(got, Fate::kFact) << c.rule << ": " << c.text;
  } else {
    EXPECT_NE(got, Fate::kFact) << c.rule << ": " << c.text;
  }
}

INSTANTIATE_TEST_SUITE_P(
    Table, EventNegation,
    ::testing::Values(
        // the affirmative sentence is coded, so the negated ones below can fail
        Case{"affirmative_meeting", "التقى وزير الخارجية المصري نظيره الأردني في عمان أمس.", "EGY", "04", "JOR", Fate::kFact},
        Case{"lam_jussive", "لم يلتق وزير الخارجية المصري نظيره الأردني خلال زيارته أمس.", "EGY", "04", "JOR", Fate::kMarked},
        Case{"lan_future_visit", "قال مسؤول إن الرئيس التونسي لن يزور الجزائر هذا الشهر.", "TUN", "04", "DZA", Fate::kMarked},
        Case{"denied_meeting", "نفى المتحدث باسم الحكومة الليبية أن يكون رئيس الوزراء قد التقى السفير التركي.", "", "04", "TUR", Fate::kMarked},
        Case{"affirmative_visit", "زار الرئيس التونسي الجزائر أمس.", "TUN", "04", "DZA", Fate::kFact},
        Case{"affirmative_condemn", "أدانت وزارة الخارجية السعودية الهجوم الإيراني على ناقلة النفط.", "SAU", "11", "IRN", Fate::kFact},
        Case{"affirmative_reception", "استقبل الملك المغربي المبعوث الفرنسي في الرباط.", "MAR", "04", "FRA", Fate::kFact},
        Case{"ma_negation", "ما استقبل الملك المغربي المبعوث الفرنسي رغم طلبه.", "MAR", "04", "FRA", Fate::kMarked},
        // an act avoided is not done
        Case{"affirmative_congratulate", "قدم الرئيس الفرنسي التهنئة للرئيس الروسي بفوزه في الانتخابات.", "FRA", "05", "RUS", Fate::kFact},
        Case{"avoided_act", "وتجنب الرئيس الفرنسي تقديم التهنئة للرئيس الروسي بفوزه في الانتخابات.", "FRA", "05", "RUS", Fate::kMarked},
        Case{"kept_away_from_act", "وابتعد البيان عن تقديم التهنئة للرئيس الروسي بفوزه في الانتخابات.", "", "05", "RUS", Fate::kMarked}));

}  // namespace event_negation_test
}  // namespace
}  // namespace mizan

// Coreference: pronouns, clitic pronouns, descriptive references (هذا البلد، الأخير، الجانب المصري) and
// the seed article's actors. Table tests: a sentence of the team's own in, the event triple that only
// a right resolution gives; then the seed article's mentions (read through MIZAN_TEST_SHARED_DIR).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <tuple>

#include "mizan/coder.h"

namespace mizan {
namespace {
namespace actor_coref_test {

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

using Triple = std::tuple<std::string, std::string, std::string>;  // source country, root, target country

struct Case {
  const char* rule;
  const char* text;
  Triple expected;
};

class Coreference : public ::testing::TestWithParam<Case> {};

TEST_P(Coreference, Resolves) {
  const Case& c = GetParam();
  Doc doc("t", c.text);
  doc.published = "2021-06-15";
  ASSERT_TRUE(TheCoder().Code(doc).ok());
  std::set<Triple> got;
  std::string all;
  for (const Event& e : doc.events) {
    got.insert({e.source.code.substr(0, 3), e.cameo.substr(0, 2), e.target.code.substr(0, 3)});
    all += " " + e.source.code + "/" + e.cameo + "/" + e.target.code;
  }
  EXPECT_TRUE(got.count(c.expected)) << c.rule << ": " << c.text << "\n got:" << all;
}

INSTANTIATE_TEST_SUITE_P(
    Rules, Coreference,
    ::testing::Values(
        Case{"object_clitic_pronoun", "زار رئيس الوزراء الإيطالي الجزائر، واستقبله الرئيس الجزائري في المطار.",
             {"DZA", "04", "ITA"}},
        // (a visit in the future is an intent to meet, 036)
        Case{"this_country", "أشاد الوزير التونسي بالمغرب، وقال إنه سيزور هذا البلد قريبا.", {"TUN", "03", "MAR"}},
        Case{"side_with_nationality", "هدد وزير الدفاع التركي الجانب اليوناني بالرد على أي استفزاز.",
             {"TUR", "13", "GRC"}},
        Case{"capital_then_pronoun", "استقبلت أنقرة وفدا ليبيا، وقدمت له وعودا بالدعم.", {"TUR", "05", "LBY"}},
        // "هذا البلد" is the country named, not the one only named by a region of it ("شمال مالي")
        Case{"this_country_not_region",
             "تحتضن الجزائر مفاوضات بين الحكومة المالية وحركات مسلحة من شمال مالي. ودعا هذا البلد باماكو إلى احترام الاتفاق.",
             {"DZA", "02", "MLI"}},
        // "we" in what a named speaker says is the speaker
        // a possessive pronoun on a noun goes to its clause's subject, before the article's main actor
        Case{"possessive_is_the_subject",
             "رحبت السعودية بالزيارة. وقالت السعودية إن المملكة ترحب بالتعاون. وثمنت الرياض ما أبداه الرئيس الأمريكي جو بايدن من تقدير لخادم الحرمين الشريفين، لدى لقائه ولي العهد السعودي.",
             {"USA", "04", "SAU"}},
        // عبّر opening the sentence is the verb, not the preposition عبر: its subject takes the possessive
        Case{"expressed_is_a_verb",
             "انتقدت قطر البيان. وقالت قطر إنها ترفض الاتهامات. ودعت قطر إلى الحوار. وأكدت قطر موقفها. ونفت قطر "
             "التقارير. وطالبت قطر بالتحقيق. وعبر وزير الخارجية المصري عن استيائه من استمرار قطر في دعم الإرهابيين.",
             {"EGY", "11", "QAT"}},
        Case{"we_is_the_speaker", "وقال وزير الخارجية الفرنسي إن \"ألمانيا تدعمنا\".", {"DEU", "05", "FRA"}},
        Case{"title_refers_back", "التقى المشير خليفة حفتر السفير الروسي، ثم هاجم المشير حكومة طرابلس.",
             {"LBY", "04", "RUS"}},
        // A mention the event stage adds (the nationality of "مواطنا فرنسيا") sits last in the list
        // though its sentence is early: the search for an antecedent four sentences on goes past it.
        Case{"late_added_mention_is_no_stop",
             "اعتقلت السلطات الإيرانية مواطنا فرنسيا. وقال مسؤول إن التحقيق مستمر. وأضاف أن الأمر معقد. وتابع أن "
             "القضية قيد الدرس. ووصل وزير الخارجية الألماني إلى طهران، واستقبله الرئيس الإيراني.",
             {"IRN", "04", "DEU"}}));

// The seed article (../shared/eval/seed): every actor the issue names is found with its code.
TEST(SeedCoreference, EveryActorResolved) {
  std::filesystem::path dir = std::filesystem::path(MIZAN_TEST_SHARED_DIR) / "eval" / "seed";
  std::ifstream in(dir / "article.txt");
  if (!in) GTEST_SKIP() << "no " << dir;
  std::stringstream ss;
  ss << in.rdbuf();
  Doc doc("seed", ss.str());
  doc.published = "2021-12-15";
  ASSERT_TRUE(TheCoder().Code(doc).ok());
  auto code_of = [&](const std::string& words) -> std::string {
    for (const Mention& m : doc.mentions)
      if (doc.OrigText(m.norm).find(words) != std::string::npos) return m.code;
    return "(none)";
  };
  EXPECT_EQ(code_of("هذا البلد"), "DZA");
  EXPECT_EQ(code_of("ضابط استخبارات إسرائيلي"), "ISRSPY");
  EXPECT_EQ(code_of("حسونة تاتاناكي"), "LBYBUS");
  EXPECT_EQ(code_of("أبوظبي"), "ARE");
  EXPECT_EQ(code_of("اللواء المتقاعد خليفة حفتر"), "LBYMIL");
  EXPECT_EQ(code_of("الجانب الإسرائيلي"), "ISR");
  // Haftar through his pronouns: every pronoun resolved to him is coded LBYMIL, and there are some.
  int haftar_pronouns = 0;
  for (const Mention& m : doc.mentions) {
    if (m.via != MentionVia::kPronoun || m.name != "خليفة حفتر") continue;
    ++haftar_pronouns;
    EXPECT_EQ(m.code, "LBYMIL");
  }
  EXPECT_GE(haftar_pronouns, 3);
}

}  // namespace actor_coref_test
}  // namespace
}  // namespace mizan

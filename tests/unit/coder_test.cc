// End-to-end coding rules: one sentence in, the (source country, CAMEO root, target country) it must
// (or must not) produce. The sentences are the team's own; each row names the rule it pins.
#include <gtest/gtest.h>

#include <set>
#include <string>
#include <tuple>

#include "mizan/coder.h"

namespace mizan {
namespace {
namespace coder_test {

using Triple = std::tuple<std::string, std::string, std::string>;  // source country, root, target country

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

std::set<Triple> Code(const std::string& text, const std::string& published, bool with_negated = false) {
  Doc doc("t", text);
  doc.published = published;
  Status st = TheCoder().Code(doc);
  EXPECT_TRUE(st.ok()) << st.ToString();
  std::set<Triple> out;
  for (const Event& e : doc.events) {
    if (e.negated && !with_negated) continue;
    out.insert({e.source.code.substr(0, 3), e.cameo.substr(0, 2), e.target.code.substr(0, 3)});
  }
  return out;
}

struct Case {
  const char* rule;
  const char* text;
  Triple expected;
};

class CoderRules : public ::testing::TestWithParam<Case> {};

TEST_P(CoderRules, Produces) {
  const Case& c = GetParam();
  auto got = Code(c.text, "2021-06-15");
  EXPECT_TRUE(got.count(c.expected)) << c.rule << ": " << c.text << "\n expected " << std::get<0>(c.expected)
                                     << " " << std::get<1>(c.expected) << " " << std::get<2>(c.expected);
}

INSTANTIATE_TEST_SUITE_P(
    Rules, CoderRules,
    ::testing::Values(
        Case{"vso_role_nationality", "استقبل الرئيس الجزائري أمس وزير الخارجية الفرنسي في العاصمة.", {"DZA", "04", "FRA"}},
        Case{"svo_state", "المغرب يستقبل وفدا من موريتانيا، وقد استقبلت الرباط رئيس الحكومة الموريتانية.", {"MAR", "04", "MRT"}},
        Case{"object_pronoun_coref", "وصل رئيس الوزراء العراقي إلى أنقرة، واستقبله الرئيس التركي في القصر.", {"TUR", "04", "IRQ"}},
        Case{"coordinated_sources", "اتهمت تركيا وقطر الولايات المتحدة بالتدخل في شؤون المنطقة.", {"QAT", "11", "USA"}},
        Case{"coordinated_sources_first", "اتهمت تركيا وقطر الولايات المتحدة بالتدخل في شؤون المنطقة.", {"TUR", "11", "USA"}},
        Case{"implicit_subject_prep_pronoun", "اقتربت روسيا من المشير خليفة حفتر، وقدمت له الدعم السياسي.", {"RUS", "05", "LBY"}},
        Case{"light_verb_with_subject_between", "أجرى وزير الخارجية المصري، مساء أمس، اتصالا هاتفيا بنظيره السعودي.", {"EGY", "04", "SAU"}},
        Case{"passive_with_agent", "اُستُهدف رتل تابع للجيش التركي في إدلب على يد قوات النظام السوري.", {"SYR", "19", "TUR"}},
        Case{"relative_clause_antecedent", "تعرضت الحكومة الإسبانية لانتقادات من الجزائر، التي استدعت سفيرها لدى مدريد.", {"DZA", "16", "ESP"}},
        Case{"side_is_state", "قال المتحدث إن الرئيس المصري وعد الجانب الإسرائيلي بتقديم معلومات.", {"EGY", "03", "ISR"}},
        Case{"capital_metonym", "أدانت القاهرة الهجوم الذي استهدف مواقع في سيناء، وطالبت القاهرة واشنطن بالتحرك.", {"EGY", "10", "USA"}},
        Case{"reaction_targets_agent", "ندد الكرملين بالعقوبات التي فرضتها واشنطن على شركات الطاقة.", {"RUS", "11", "USA"}}));

TEST(CoderRulesTest, NegationIsMarkedNotDropped) {
  auto plain = Code("لم يلتقِ الرئيس التركي نظيره السوري خلال القمة.", "2021-06-15");
  EXPECT_FALSE(plain.count({"TUR", "04", "SYR"}));
  auto all = Code("لم يلتقِ الرئيس التركي نظيره السوري خلال القمة.", "2021-06-15", true);
  EXPECT_TRUE(all.count({"TUR", "04", "SYR"}));
}

TEST(CoderRulesTest, AdjectiveRoleIsNoActor) {
  // "العلاقات الدبلوماسية" is no diplomat: nothing may be coded against a made-up government.
  auto got = Code("أعلنت السعودية قطع العلاقات الدبلوماسية مع قطر.", "2017-06-05");
  EXPECT_TRUE(got.count({"SAU", "16", "QAT"}));
  for (const auto& t : got) EXPECT_NE(std::get<0>(t), std::get<2>(t)) << "self-directed event";
}

TEST(CoderRulesTest, StatementNeedsAPreposition) {
  // The actor after "قال" is the speaker, not a target.
  auto got = Code("قال وزير الخارجية الأمريكي إن الحكومة العراقية تحتاج إلى دعم.", "2021-06-15");
  for (const auto& t : got) EXPECT_NE(std::get<1>(t), "01");
}

TEST(CoderRulesTest, DatedRoleFollowsPublicationDate) {
  Doc doc("t", "التقى دونالد ترامب الرئيس الروسي.");
  doc.published = "2018-07-16";
  ASSERT_TRUE(TheCoder().Code(doc).ok());
  bool gov = false;
  for (const Mention& m : doc.mentions) gov = gov || m.code == "USAGOV";
  EXPECT_TRUE(gov) << "Trump was in office in 2018";
}

}  // namespace coder_test
}  // namespace
}  // namespace mizan

namespace mizan {
namespace {
namespace coder_test {

TEST(CoderRulesTest, SuffixedNounsMatchTheirDictionaryForm) {
  // "زيارته" is زيارة + ه and "لقائه" is لقاء + ه: the ending changes before the pronoun.
  const Lexicon& lex = TheCoder().lexicon();
  EXPECT_EQ(lex.BaseBeforeSuffix("زيارت"), "زياره");
  EXPECT_EQ(lex.BaseBeforeSuffix("لقاي"), "لقاء");
  EXPECT_EQ(lex.BaseBeforeSuffix("كتاب"), "");
  auto got = Code("وصل الرئيس التونسي إلى الجزائر، وخلال زيارته التقى الرئيس الجزائري.", "2021-06-15");
  EXPECT_TRUE(got.count({"TUN", "04", "DZA"}) || got.count({"DZA", "04", "TUN"}));
}

TEST(CoderRulesTest, DescriptiveReferenceTakesTheLastState) {
  // "هذا البلد" is the last state named before it.
  auto got = Code("زار الوزير المغربي الجزائر، ثم حصل على شحنة أسلحة من هذا البلد.", "2021-06-15");
  EXPECT_TRUE(got.count({"DZA", "07", "MAR"})) << "the giver is the source of an inverse pattern";
}

}  // namespace coder_test
}  // namespace
}  // namespace mizan

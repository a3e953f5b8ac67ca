// The detection filter (src/event/event_filter.*): its file format, its score, its features; and the
// event rules that came with it (weapon-phrase agents, date words that are no triggers). Sentences are
// the team's own.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <string>
#include <tuple>

#include "event/event_filter.h"
#include "mizan/coder.h"

namespace mizan {
namespace {
namespace event_filter_test {

struct ParseCase {
  const char* name;
  const char* text;
  bool ok;
};

class DetectionFilterParse : public ::testing::TestWithParam<ParseCase> {};

TEST_P(DetectionFilterParse, AcceptsOnlyTheDocumentedFormat) {
  const ParseCase& c = GetParam();
  auto f = DetectionFilter::Parse(c.text, "model.tsv");
  EXPECT_EQ(f.ok(), c.ok) << c.name << ": " << f.status().ToString();
}

INSTANTIATE_TEST_SUITE_P(
    Table, DetectionFilterParse,
    ::testing::Values(ParseCase{"minimal", "# mizan-event-filter v1\n", true},
                      ParseCase{"rows", "# mizan-event-filter v1\n# c\nthreshold\tPROTEST\t0.3\nw\tP:bias\t-1.5\n", true},
                      ParseCase{"crlf", "# mizan-event-filter v1\r\nw\tP:bias\t-1.5\r\n", true},
                      ParseCase{"no_header", "w\tP:bias\t-1.5\n", false},
                      ParseCase{"empty", "", false},
                      ParseCase{"two_columns", "# mizan-event-filter v1\nw\tP:bias\n", false},
                      ParseCase{"not_a_number", "# mizan-event-filter v1\nw\tP:bias\tx\n", false},
                      ParseCase{"unknown_kind", "# mizan-event-filter v1\nbias\tP\t1\n", false}));

TEST(DetectionFilterTest, ScoreIsTheLogisticOfTheSummedWeights) {
  auto f = DetectionFilter::Parse("# mizan-event-filter v1\nthreshold\tASSAULT\t0.4\nw\tA:bias\t-1\nw\tA:num_near\t2\n", "m");
  ASSERT_TRUE(f.ok());
  EXPECT_NEAR(f->Score({"A:bias"}), 1 / (1 + std::exp(1.0)), 1e-9);
  EXPECT_NEAR(f->Score({"A:bias", "A:num_near", "A:unknown"}), 1 / (1 + std::exp(-1.0)), 1e-9);
  EXPECT_DOUBLE_EQ(f->Threshold("ASSAULT"), 0.4);
  EXPECT_DOUBLE_EQ(f->Threshold("PROTEST"), 0.5);  // not named: 0.5
}

TEST(DetectionFilterTest, ShippedModelLoads) {
  auto f = DetectionFilter::Load(std::string(MIZAN_SOURCE_DATA_DIR) + "/models/event_filter.tsv");
  ASSERT_TRUE(f.ok()) << f.status().ToString();
  EXPECT_GT(f->size(), 100u);
  EXPECT_FALSE(DetectionFilter::Load("/nonexistent/event_filter.tsv").ok());
}

const Coder& TheCoder(bool one_sided) {
  static auto make = [](bool os) {
    CoderOptions o;
    o.data_dir = MIZAN_SOURCE_DATA_DIR;
    o.one_sided_events = os;
    auto c = Coder::Create(o);
    EXPECT_TRUE(c.ok()) << c.status().ToString();
    return std::move(c).value();
  };
  static std::unique_ptr<Coder> two = make(false), one = make(true);
  return one_sided ? *one : *two;
}

TEST(DetectionFilterTest, FeaturesCarryTheTypeAndTheSharedPrefix) {
  Doc doc("t", "قتل ثلاثة جنود أتراك بنيران المسلحين الأكراد في شمال العراق.");
  doc.published = "2022-03-10";
  ASSERT_TRUE(TheCoder(false).Code(doc).ok());
  ASSERT_FALSE(doc.events.empty());
  char type = FilterType(TheCoder(false).lexicon(), doc.events[0]);
  ASSERT_EQ(type, 'A');
  auto f = FilterFeatures(doc, doc.events[0], type);
  auto has = [&](const std::string& s) { return std::find(f.begin(), f.end(), s) != f.end(); };
  EXPECT_TRUE(has("A:bias"));
  EXPECT_TRUE(has("*:bias"));
  EXPECT_TRUE(has("A:src=yes"));
  EXPECT_TRUE(has("A:num_near") || has("A:nums=0"));
  for (const std::string& s : f) EXPECT_TRUE(s.rfind("A:", 0) == 0 || s.rfind("*:", 0) == 0) << s;
}

// "قتل ... الخميس وأربعة آخرون الجمعة": two events of one act, the second a repeat the filter does not
// judge (nor train on) apart; another act of the same sides is no repeat.
TEST(DetectionFilterTest, AJoinedDateRepeatsTheActForTheFilter) {
  Doc doc("t", "وجاءت بعد غارات تركية قُتل فيها 24 من القوات الموالية للحكومة السورية الخميس وأربعة آخرون الجمعة.");
  doc.published = "2018-03-03";
  ASSERT_TRUE(TheCoder(false).Code(doc).ok());
  std::vector<const Event*> kills;
  for (const Event& e : doc.events)
    if (e.cameo.compare(0, 2, "19") == 0) kills.push_back(&e);
  ASSERT_EQ(kills.size(), 2u);
  EXPECT_TRUE(RepeatsAct(*kills[0], *kills[1]));
  Event other = *kills[0];
  other.trigger_tokens = {other.trigger_tokens.begin + 1, other.trigger_tokens.end + 1};
  EXPECT_FALSE(RepeatsAct(*kills[0], other));
}

using Triple = std::tuple<std::string, std::string, std::string>;  // source country, root, target country

struct RuleCase {
  const char* rule;
  const char* text;
  Triple expected;
  bool present;  // false: the triple must not be produced
};

class EventRules : public ::testing::TestWithParam<RuleCase> {};

TEST_P(EventRules, Codes) {
  const RuleCase& c = GetParam();
  Doc doc("t", c.text);
  doc.published = "2022-03-10";
  ASSERT_TRUE(TheCoder(false).Code(doc).ok());
  std::set<Triple> got;
  for (const Event& e : doc.events)
    got.insert({e.source.code.substr(0, 3), e.cameo.substr(0, 2), e.target.code.substr(0, 3)});
  EXPECT_EQ(got.count(c.expected) > 0, c.present) << c.rule << ": " << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Table, EventRules,
    ::testing::Values(
        RuleCase{"weapon_agent_plural", "قتل ثلاثة جنود أتراك بنيران المسلحين الأكراد في شمال العراق.", {"IRQ", "19", "TUR"}, true},
        RuleCase{"weapon_agent_not_reversed", "قتل ثلاثة جنود أتراك بنيران المسلحين الأكراد في شمال العراق.", {"TUR", "19", "IRQ"}, false},
        RuleCase{"weapon_agent_singular", "قتل شرطي مصري برصاص مسلحين ليبيين قرب الحدود.", {"LBY", "19", "EGY"}, true},
        RuleCase{"active_kill_unchanged", "قتل الجيش التركي ثلاثة مسلحين أكراد في شمال العراق.", {"TUR", "19", "IRQ"}, true},
        RuleCase{"monday_is_no_praise", "استقبل الرئيس المصري يوم الاثنين وزير الخارجية الأردني في القاهرة.", {"EGY", "04", "JOR"}, true},
        RuleCase{"monday_is_no_praise_2", "استقبل الرئيس المصري يوم الاثنين وزير الخارجية الأردني في القاهرة.", {"EGY", "05", "JOR"}, false}));

}  // namespace event_filter_test
}  // namespace
}  // namespace mizan

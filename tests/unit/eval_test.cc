// Unit tests of the eval scorers (src/eval/score.h) on small hand-made system and gold sets.
#include "eval/score.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace mizan::eval {
namespace {
namespace eval_test {

std::vector<Json> Lines(std::initializer_list<const char*> lines) {
  std::vector<Json> out;
  for (const char* l : lines) out.push_back(Json::parse(l));
  return out;
}

TEST(EvalRound3, MatchesPython) {
  EXPECT_DOUBLE_EQ(Round3(2.0 / 3), 0.667);
  EXPECT_DOUBLE_EQ(Round3(0.0625), 0.062);  // half-even on the exact value, like Python
  EXPECT_DOUBLE_EQ(Round3(1.0), 1.0);
}

TEST(EvalHelpers, CodesAndRoots) {
  EXPECT_EQ(ActorCountry(Json("lbymil")), "LBY");
  EXPECT_EQ(ActorCountry(Json::parse(R"({"code": "DZAGOV"})")), "DZA");
  EXPECT_EQ(ActorCountry(Json(nullptr)), "");
  EXPECT_EQ(CameoRoot(Json("0431")), "04");
  EXPECT_EQ(CameoRoot(Json(190)), "19");
  EXPECT_EQ(PyStr(Json(nullptr)), "None");
}

// One gold set, several system outputs: what each scores.
const char* kGold[] = {
    R"({"id": "g1", "doc": "d1", "source": "DZAGOV", "target": "TUNGOV", "cameo": ["040", "041"], "symmetric": true,
        "date": {"value": "2021-06", "granularity": "month"}, "attribution": {"kind": "author"}, "certainty": "asserted"})",
    R"({"id": "g2", "doc": "d1", "source": "EGY", "target": "LBYMIL", "cameo": ["051"], "symmetric": false})",
    R"({"id": "g3", "doc": "d1", "source": "FRA", "target": "LBY", "cameo": ["190"], "required": false})",
    R"({"id": "g4", "doc": "d1", "source": "TUR", "target": "LBY", "cameo": ["040"], "negated": true})",
    R"({"doc": "d2", "none": true})",
};

struct EventsCase {
  const char* name;
  std::vector<const char*> system;
  int triples, found;
  double precision, recall;
  Json date_acc, attr_acc, cert_acc;
  std::vector<std::string> missed;
};

class EvalEvents : public testing::TestWithParam<EventsCase> {};

TEST_P(EvalEvents, Figures) {
  const EventsCase& c = GetParam();
  std::vector<Json> gold;
  for (const char* g : kGold) gold.push_back(Json::parse(g));
  std::vector<Json> sys;
  for (const char* s : c.system) sys.push_back(Json::parse(s));
  OrderedJson r = ScoreEvents(sys, gold);
  EXPECT_EQ(r["docs"], 2);
  EXPECT_EQ(r["required"], 2);
  EXPECT_EQ(r["system_triples"], c.triples);
  EXPECT_EQ(r["found"], c.found);
  EXPECT_DOUBLE_EQ(r["precision"].get<double>(), c.precision);
  EXPECT_DOUBLE_EQ(r["recall"].get<double>(), c.recall);
  EXPECT_EQ(Json::parse(r["date_acc"].dump()), c.date_acc);
  EXPECT_EQ(Json::parse(r["attribution_acc"].dump()), c.attr_acc);
  EXPECT_EQ(Json::parse(r["certainty_acc"].dump()), c.cert_acc);
  EXPECT_EQ(r["missed"].get<std::vector<std::string>>(), c.missed);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, EvalEvents,
    testing::Values(
        EventsCase{"empty", {}, 0, 0, 0.0, 0.0, nullptr, nullptr, nullptr, {"g1", "g2"}},
        // Symmetric gold: the reverse direction matches; the date is right at month granularity.
        EventsCase{"symmetric_reverse",
                   {R"({"doc": "d1", "source": {"code": "TUNGOV"}, "target": {"code": "DZAGOV"}, "cameo": "042",
                       "date": {"value": "2021-06-13"}, "attribution": {"kind": "author"}, "certainty": "asserted"})"},
                   1, 1, 1.0, 0.5, 1.0, 1.0, 1.0, {"g2"}},
        // Not symmetric: the reverse of g2 is a false positive.
        EventsCase{"direction_matters",
                   {R"({"doc": "d1", "source": {"code": "LBYMIL"}, "target": {"code": "EGY"}, "cameo": "051"})"},
                   1, 0, 0.0, 0.0, nullptr, nullptr, nullptr, {"g1", "g2"}},
        // Negated system events are left out; a negated gold event is not a hit either.
        EventsCase{"negated_left_out",
                   {R"({"doc": "d1", "source": {"code": "EGY"}, "target": {"code": "LBY"}, "cameo": "051", "negated": true})",
                    R"({"doc": "d1", "source": {"code": "TUR"}, "target": {"code": "LBY"}, "cameo": "040"})"},
                   1, 0, 0.0, 0.0, nullptr, nullptr, nullptr, {"g1", "g2"}},
        // Anything in a `none` doc is a false positive; docs not in the gold are ignored.
        EventsCase{"none_doc",
                   {R"({"doc": "d2", "source": {"code": "EGY"}, "target": {"code": "LBY"}, "cameo": "051"})",
                    R"({"doc": "d9", "source": {"code": "EGY"}, "target": {"code": "LBY"}, "cameo": "051"})",
                    R"({"doc": "d1", "source": {"code": "EGY"}, "target": {"code": "LBY"}, "cameo": "051"})"},
                   2, 1, 0.5, 0.5, nullptr, nullptr, nullptr, {"g1"}},
        // An optional gold event found is no false positive; a wrong date at month granularity.
        EventsCase{"optional_and_wrong_date",
                   {R"({"doc": "d1", "source": {"code": "FRAMIL"}, "target": {"code": "LBY"}, "cameo": "193"})",
                    R"({"doc": "d1", "source": {"code": "DZA"}, "target": {"code": "TUN"}, "cameo": "040",
                        "date": {"value": "2021-07-01"}, "attribution": {"kind": "named"}, "certainty": "reported"})"},
                   2, 1, 1.0, 0.5, 0.0, 0.0, 0.0, {"g2"}},
        // The first matching event has no date: the date is still scored (gold has one), `any` for ok.
        EventsCase{"any_event_date",
                   {R"({"doc": "d1", "source": {"code": "DZA"}, "target": {"code": "TUN"}, "cameo": "040"})",
                    R"({"doc": "d1", "source": {"code": "DZA"}, "target": {"code": "TUN"}, "cameo": "041",
                        "date": {"value": "2021-06"}})"},
                   1, 1, 1.0, 0.5, 1.0, 0.0, 0.0, {"g2"}}),
    [](const testing::TestParamInfo<EventsCase>& i) { return std::string(i.param.name); });

TEST(EvalDetect, Counts) {
  auto gold = Lines({R"({"id": "s1", "event_type": "PROTEST", "label": "yes"})",
                     R"({"id": "s2", "event_type": "PROTEST", "label": "no"})",
                     R"({"id": "s3", "event_type": "ASSAULT", "label": "difficult no"})",
                     R"({"id": "s4", "event_type": "ASSAULT", "label": "yes"})",
                     R"({"id": "s5", "event_type": "ASSAULT", "label": "ambiguous"})"});
  auto sys = Lines({R"({"doc": "s1", "cameo": "141"})", R"({"doc": "s3", "plover": "assault"})",
                    R"({"doc": "s5", "cameo": "190"})", R"({"doc": "s2", "cameo": "180"})"});
  OrderedJson r = ScoreDetect(sys, gold);
  EXPECT_EQ(r["tp"], 1);
  EXPECT_EQ(r["fp"], 1);
  EXPECT_EQ(r["fn"], 1);
  EXPECT_EQ(r["tn"], 1);
  EXPECT_DOUBLE_EQ(r["f1"].get<double>(), 0.5);
}

TEST(EvalActors, Rates) {
  auto spans = Lines({R"({"id": "s1", "spans": [{"source_role": {"main": "IRQ"}, "target_role": {"main": "None"}},
                                                 {"source_role": {}, "target_role": {"main": "USA"}}]})",
                      R"({"id": "s2", "spans": [{"source_role": {"main": "SYR"}, "target_role": {"main": "UNK"}}]})"});
  auto sys = Lines({R"({"doc": "s1", "source": {"code": "IRQMIL"}, "target": {"code": "USA"}})"});
  OrderedJson r = ScoreActors(sys, spans);
  EXPECT_EQ(r["source"]["gold"], 2);
  EXPECT_EQ(r["source"]["right"], 1);
  EXPECT_DOUBLE_EQ(r["source"]["rate"].get<double>(), 0.5);
  EXPECT_EQ(r["target"]["gold"], 1);
  EXPECT_EQ(r["target"]["right"], 1);
}

TEST(EvalLoad, SeedGold) {
  std::string path = std::string(MIZAN_TEST_SHARED_DIR) + "/eval/seed/gold.jsonl";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "no ../shared";
  auto gold = LoadJsonl(path);
  ASSERT_TRUE(gold.ok()) << gold.status().ToString();
  OrderedJson r = ScoreEvents({}, *gold);
  EXPECT_EQ(r["required"], 18);
  EXPECT_EQ(r["found"], 0);
  EXPECT_FALSE(LoadJsonl("/nonexistent/x.jsonl").ok());
}

}  // namespace eval_test
}  // namespace
}  // namespace mizan::eval

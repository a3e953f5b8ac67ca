// Export rows and RFC 4180 CSV (relate/export_rows.h).
#include "relate/export_rows.h"

#include <gtest/gtest.h>

namespace mizan::relate {
namespace {
namespace relate_export_test {

using nlohmann::json;

TEST(CsvFieldTest, QuotesOnlyWhenNeeded) {
  const std::pair<json, std::string> cases[] = {
      {json(), ""},
      {json("حفتر"), "حفتر"},
      {json("الجزائر، ليبيا"), "الجزائر، ليبيا"},  // the Arabic comma needs no quoting
      {json("a,b"), "\"a,b\""},
      {json("قال \"لا\""), "\"قال \"\"لا\"\"\""},
      {json("سطر\nسطر"), "\"سطر\nسطر\""},
      {json("x\r"), "\"x\r\""},
      {json(true), "true"},
      {json(false), "false"},
      {json(42), "42"},
      {json(-4.4), "-4.4"},
  };
  for (const auto& [value, want] : cases) EXPECT_EQ(CsvField(value), want) << value.dump();
}

TEST(CsvLineTest, ColumnsInOrderMissingAreEmpty) {
  const std::vector<std::string> cols = {"a", "b", "c"};
  EXPECT_EQ(CsvHeader(cols), "a,b,c\r\n");
  EXPECT_EQ(CsvLine(cols, json{{"c", "x,y"}, {"a", 1}}), "1,,\"x,y\"\r\n");
  // JSON Lines keep the column order (a sorted object would not).
  const std::vector<std::string> rev = {"c", "a", "b"};
  EXPECT_EQ(JsonLine(rev, json{{"c", "x,y"}, {"a", 1}}), "{\"c\":\"x,y\",\"a\":1,\"b\":null}\n");
}

TEST(EventRowTest, FlattensTheRecord) {
  const json e = {
      {"id", "seed:3:1"},
      {"doc", "seed"},
      {"sentence", {{"index", 3}, {"start", 512}, {"end", 640}}},
      {"trigger", {{"text", "عقده لقاءً"}, {"start", 560}, {"end", 570}}},
      {"source", {{"code", "LBYMIL"}, {"name", "خليفة حفتر"}, {"text", "منه"}, {"start", 548}, {"end", 551}}},
      {"target", {{"code", "---SPY"}, {"name", "ضابط"}, {"text", "ضابط"}, {"start", 575}, {"end", 579}}},
      {"broker", nullptr},
      {"cameo", "040"},
      {"plover", "CONSULT"},
      {"goldstein", 1.0},
      {"quad_class", 1},
      {"negated", false},
      {"certainty", "asserted"},
      {"attribution", {{"kind", "close-to-actor"}, {"text", "مصادر مقربة منه"}, {"actor", {{"code", "LBYMIL"}}}}},
      {"date", {{"value", "2021-11"}, {"granularity", "month"}, {"qualifier", "early"}}},
      {"location", {{"name", "عمّان"}, {"country", "JOR"}, {"lat", 31.95}, {"lon", 35.93}}},
      {"canonical_id", 7},
      {"num_sources", 2},
      {"num_articles", 3},
      {"document", {{"id", "seed"}, {"outlet", "العربي الجديد"}, {"published", "2021-12-15"}, {"url", nullptr}}}};
  const json r = EventRow(e);
  EXPECT_EQ(r.size(), EventColumns().size());
  for (const auto& c : EventColumns()) EXPECT_TRUE(r.contains(c)) << c;
  const std::pair<const char*, json> want[] = {
      {"event_id", "seed:3:1"},     {"event_date", "2021-11"},     {"source_country", "LBY"},
      {"target_country", nullptr},  {"cameo_root", "04"},          {"plover_type", "CONSULT"},
      {"attribution", "close-to-actor"}, {"attribution_actor", "LBYMIL"}, {"location_lat", 31.95},
      {"num_sources", 2},           {"doc_id", "seed"},            {"outlet", "العربي الجديد"},
      {"sentence_start", 512},      {"broker_code", nullptr},      {"negated", false}};
  for (const auto& [col, value] : want) EXPECT_EQ(r[col], value) << col;
}

TEST(DyadExportRowTest, Columns) {
  DyadRow d{"DZA", "LBYMIL", "2016-06", 3, 9.4, 3.1333, {1, 2, 0, 0}, 2, 4};
  const json r = DyadExportRow(d);
  EXPECT_EQ(r.size(), DyadColumns().size());
  EXPECT_EQ(r["target_country"], "LBY");
  EXPECT_EQ(r["goldstein_mean"], 3.13);
  EXPECT_EQ(r["quad2"], 2);
  EXPECT_EQ(r["num_articles"], 4);
}

}  // namespace relate_export_test
}  // namespace
}  // namespace mizan::relate

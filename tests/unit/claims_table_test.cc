// Table-driven tests of the claims layer through the real pipeline: dates (tests/claims/dates.tsv),
// attribution and certainty (attribution.tsv), places and brokers (places.tsv). One test per row.
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "attrib/claim_stage.h"
#include "mizan/coder.h"
#include "text/normalize.h"

namespace mizan {
namespace {
namespace claims_table_test {

const std::string kTableDir = std::string(MIZAN_TEST_DATA_DIR) + "/../claims/";

// A row of a table: its line number and tab-separated fields ("-" = empty).
struct Row {
  std::string table;
  int line = 0;
  std::vector<std::string> f;
  std::string at(size_t i) const { return i < f.size() && f[i] != "-" ? f[i] : ""; }
};

void PrintTo(const Row& r, std::ostream* os) { *os << r.table << ":" << r.line << " " << (r.f.size() > 1 ? r.f[1] : ""); }

std::vector<Row> LoadTable(const std::string& name, size_t fields) {
  std::vector<Row> rows;
  std::ifstream in(kTableDir + name);
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    Row r{name, n, {}};
    std::stringstream ss(line);
    for (std::string x; std::getline(ss, x, '\t');) r.f.push_back(x);
    if (r.f.size() < fields) r.f.resize(fields, "-");
    rows.push_back(std::move(r));
  }
  return rows;
}

std::string RowName(const testing::TestParamInfo<Row>& i) { return "line" + std::to_string(i.param.line); }

const Coder& TheCoder() {
  static const Coder* coder = [] {
    CoderOptions o;
    o.data_dir = MIZAN_SOURCE_DATA_DIR;
    auto c = Coder::Create(o);
    EXPECT_TRUE(c.ok()) << c.status().ToString();
    return c.ok() ? c->release() : nullptr;
  }();
  return *coder;
}

// The first token whose written word (normalized) is `word`, else the first that ends with it.
idx_t FindTrigger(const Doc& doc, const std::string& word) {
  const std::string w = NormalizeForMatch(word);
  for (idx_t t = 0; t < doc.tokens.size(); ++t)
    if (doc.TokenText(t) == w) return t;
  for (idx_t t = 0; t < doc.tokens.size(); ++t) {
    std::string_view x = doc.TokenText(t);
    if (x.size() > w.size() && x.substr(x.size() - w.size()) == w) return t;
  }
  return kNone;
}

// ---- dates.tsv: published, text, value, granularity, qualifier, anchor, form ----
class DateTable : public testing::TestWithParam<Row> {};

TEST_P(DateTable, Resolves) {
  const Row& r = GetParam();
  Doc doc("row", r.f[1]);
  doc.published = r.at(0);
  ASSERT_TRUE(TheCoder().CodeUpTo(doc, "time").ok());
  if (r.f[2] == "NONE") {
    EXPECT_TRUE(doc.times.empty()) << "found " << doc.OrigText(doc.times[0].norm) << " -> " << doc.times[0].value;
    return;
  }
  ASSERT_FALSE(doc.times.empty()) << "no date phrase";
  const TimeExpr& t = doc.times.front();
  EXPECT_EQ(t.value, r.at(2)) << doc.OrigText(t.norm);
  EXPECT_EQ(t.granularity, r.at(3)) << doc.OrigText(t.norm);
  EXPECT_EQ(t.qualifier, r.at(4)) << doc.OrigText(t.norm);
  EXPECT_EQ(t.anchor, r.at(5)) << doc.OrigText(t.norm);
}

INSTANTIATE_TEST_SUITE_P(Claims, DateTable, testing::ValuesIn(LoadTable("dates.tsv", 7)), RowName);

TEST(ClaimsTables, DatesCoverEveryForm) {
  auto rows = LoadTable("dates.tsv", 7);
  std::map<std::string, int> forms;
  for (const Row& r : rows) ++forms[r.f[6]];
  EXPECT_GE(rows.size(), 190u);
  for (const char* form : {"egyptian", "levantine", "maghrebi", "moroccan", "twin", "hijri", "weekday", "relative-day",
                           "relative-period", "duration", "qualified-year", "decade", "range", "quarter", "not-a-date",
                           "season", "more-than", "day-range", "month-range", "future", "since"})
    EXPECT_GE(forms[form], 2) << form;
}

// ---- attribution.tsv: text, trigger, kind, cue text, certainty, negated[, reporting actor country] ----
class AttributionTable : public testing::TestWithParam<Row> {};

TEST_P(AttributionTable, Resolves) {
  const Row& r = GetParam();
  Doc doc("row", r.f[0]);
  doc.published = "2020-06-15";
  ASSERT_TRUE(TheCoder().Code(doc).ok());
  const idx_t t = FindTrigger(doc, r.f[1]);
  ASSERT_NE(t, kNone) << "no trigger " << r.f[1];
  // The coder's own event on the trigger when there is one (its claims were resolved knowing the
  // sentence's act verbs); else the trigger resolved alone.
  Event ev;
  ev.sentence = doc.tokens[t].sentence;
  ev.trigger_tokens = {t, t + 1};
  bool coded = false;
  for (const Event& e : doc.events)
    if (!coded && e.trigger_tokens.begin == t) {
      ev.attribution = e.attribution;
      ev.certainty = e.certainty;
      ev.negated = e.negated;
      coded = true;
    }
  if (!coded) ResolveEventClaims(doc, ev);
  std::string cues;
  for (const Cue& c : doc.cues) cues += "[" + c.label + " '" + doc.OrigText(c.norm) + "'] ";
  const std::string kind = ev.attribution == kNone ? "author" : doc.cues[ev.attribution].label;
  EXPECT_EQ(kind, r.at(2)) << cues;
  if (!r.at(3).empty()) {
    ASSERT_NE(ev.attribution, kNone) << cues;
    EXPECT_NE(doc.OrigText(doc.cues[ev.attribution].norm).find(r.at(3)), std::string::npos)
        << "cue '" << doc.OrigText(doc.cues[ev.attribution].norm) << "' " << cues;
  }
  EXPECT_EQ(CertaintyName(ev.certainty), r.at(4)) << cues;
  EXPECT_EQ(ev.negated, r.at(5) == "yes") << cues;
  if (r.at(6) == "-") {  // no reporting actor is coded ("وقالت أمام البرلمان": where, not who)
    ASSERT_NE(ev.attribution, kNone);
    EXPECT_EQ(doc.cues[ev.attribution].mention, kNone) << cues;
  } else if (!r.at(6).empty()) {  // the reporting actor is coded: its mention's country
    ASSERT_NE(ev.attribution, kNone);
    const idx_t m = doc.cues[ev.attribution].mention;
    ASSERT_NE(m, kNone) << "no reporting actor " << cues;
    EXPECT_EQ(doc.mentions[m].code.substr(0, 3), r.at(6)) << doc.mentions[m].code;
  }
}

INSTANTIATE_TEST_SUITE_P(Claims, AttributionTable, testing::ValuesIn(LoadTable("attribution.tsv", 7)), RowName);

TEST(ClaimsTables, AttributionCoversEveryKind) {
  auto rows = LoadTable("attribution.tsv", 7);
  std::set<std::string> kinds, certainties;
  for (const Row& r : rows) kinds.insert(r.f[2]), certainties.insert(r.f[4]);
  EXPECT_GE(rows.size(), 75u);
  for (const char* k : {"author", "named", "anonymous", "close-to-actor", "media", "leaks"}) EXPECT_TRUE(kinds.count(k)) << k;
  for (const char* c : {"asserted", "reported", "hedged", "denied"}) EXPECT_TRUE(certainties.count(c)) << c;
}

// ---- event_dates.tsv: published, text (\n = new paragraph), trigger, value of the date the event takes[,
// the event's CAMEO code] ----
class EventDateTable : public testing::TestWithParam<Row> {};

TEST_P(EventDateTable, Picks) {
  const Row& r = GetParam();
  std::string text = r.f[1];
  for (size_t at; (at = text.find("\\n")) != std::string::npos;) text.replace(at, 2, "\n");
  Doc doc("row", text);
  doc.published = r.at(0);
  ASSERT_TRUE(TheCoder().CodeUpTo(doc, "claims").ok());
  const idx_t t = FindTrigger(doc, r.f[2]);
  ASSERT_NE(t, kNone) << "no trigger " << r.f[2];
  Event ev;
  ev.sentence = doc.tokens[t].sentence;
  ev.trigger_tokens = {t, t + 1};
  ev.cameo = r.at(4);  // optional: the event's code, where the choice depends on it (a threat)
  ResolveEventClaims(doc, ev);
  const std::string got = ev.time == kNone ? "NONE" : doc.times[ev.time].value;
  EXPECT_EQ(got, r.at(3)) << (ev.time == kNone ? "" : doc.OrigText(doc.times[ev.time].norm));
}

INSTANTIATE_TEST_SUITE_P(Claims, EventDateTable, testing::ValuesIn(LoadTable("event_dates.tsv", 4)), RowName);

// ---- places.tsv: text, trigger, place country, place text, broker country ----
class PlaceTable : public testing::TestWithParam<Row> {};

TEST_P(PlaceTable, Resolves) {
  const Row& r = GetParam();
  Doc doc("row", r.f[0]);
  doc.published = "2020-06-15";
  ASSERT_TRUE(TheCoder().CodeUpTo(doc, "claims").ok());
  const idx_t t = FindTrigger(doc, r.f[1]);
  ASSERT_NE(t, kNone) << "no trigger " << r.f[1];
  Event ev;
  ev.sentence = doc.tokens[t].sentence;
  ev.trigger_tokens = {t, t + 1};
  ResolveEventClaims(doc, ev);
  std::string cues;
  for (const Cue& c : doc.cues) cues += "[" + c.label + " " + c.country + " '" + doc.OrigText(c.norm) + "'] ";
  EXPECT_EQ(ev.place == kNone ? "" : doc.cues[ev.place].country, r.at(2)) << cues;
  if (ev.place != kNone && !r.at(3).empty()) {
    EXPECT_EQ(doc.OrigText(doc.cues[ev.place].norm), r.at(3)) << cues;
  }
  if (ev.place != kNone) {
    EXPECT_NE(doc.cues[ev.place].lat, 0.0);  // coordinates come with the gazetteer entry
  }
  EXPECT_EQ(ev.has_broker ? ev.broker.code.substr(0, 3) : "", r.at(4)) << cues;
}

INSTANTIATE_TEST_SUITE_P(Claims, PlaceTable, testing::ValuesIn(LoadTable("places.tsv", 5)), RowName);

}  // namespace claims_table_test
}  // namespace
}  // namespace mizan

// Tests for io/event_json: the event record's fields, and that every offset gives back its quoted text.
#include "io/event_json.h"

#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "text/normalize.h"

namespace mizan {
namespace {
namespace event_json_test {

using nlohmann::json;

// Code-point substring of a UTF-8 string, as Python's text[start:end].
std::string CodePointSlice(const std::string& utf8, size_t start, size_t end) {
  std::string out;
  size_t cp = 0;
  for (size_t i = 0; i < utf8.size(); ++i) {
    bool lead = (static_cast<unsigned char>(utf8[i]) & 0xC0) != 0x80;
    if (lead) ++cp;
    if (cp - 1 >= start && cp - 1 < end) out += utf8[i];
  }
  return out;
}

// A document with tashkeel and shadda (removed by normalization) and text before the sentence, so that
// byte, normalized and code-point offsets all differ.
const char kText[] =
    "عنوان الخبر\n"
    "قالت مصادرُ مقرّبة من الرئيس إنّ وزيرَ الخارجية الجزائري التقى نظيرَه المصري في عمّان، "
    "ثم اتصل به هاتفياً.";

class EventJsonTest : public ::testing::Test {
 protected:
  EventJsonTest() : doc_("d1", kText) {
    EXPECT_TRUE(Normalize(doc_).ok());
    Range s1 = Find("قالت");
    doc_.sentences.push_back(Sentence{Range{0, Find("الخبر").end}, {0, 0}, 0});
    doc_.sentences.push_back(Sentence{Range{s1.begin, static_cast<idx_t>(doc_.norm.size())}, {0, 0}, 1});
    doc_.mentions.push_back(Mention{{0, 0}, Find("الرئيس"), 1, "DZAGOV", "الرئيس الجزائري"});
    doc_.cues.push_back(Cue{CueKind::kAttribution, {0, 0}, Find("مصادر مقربة من"), 1, "close-to-actor", 0});
    Cue place{CueKind::kPlace, {0, 0}, Find("عمان"), 1, "amman"};
    place.country = "JOR";
    place.lat = 31.9539;
    place.lon = 35.9106;
    doc_.cues.push_back(place);
    doc_.times.push_back(TimeExpr{{0, 0}, Find("هاتفيا"), 1, "2021-11", "month", "early", "published"});

    Event meet;
    meet.sentence = 1;
    meet.trigger_norm = Find("التقى");
    meet.source = EventActor{kNone, "DZAGOV", "وزير الخارجية الجزائري", Find("وزير الخارجية الجزائري")};
    meet.target = EventActor{kNone, "EGYGOV", "وزير الخارجية المصري", Find("نظيره المصري")};
    meet.cameo = "040";
    meet.attribution = 0;
    meet.place = 1;
    meet.confidence = 0.82f;
    doc_.events.push_back(meet);

    Event call = meet;
    call.trigger_norm = Find("اتصل");
    Range call_him = Find("اتصل به");  // "به" alone would match inside "مقربة" (ة is normalized to ه)
    call.target.norm = {call_him.end - 4, call_him.end};
    call.cameo = "043";
    call.attribution = kNone;
    call.place = kNone;
    call.time = 0;
    call.negated = true;
    call.certainty = Certainty::kHedged;
    call.has_broker = true;
    call.broker = EventActor{kNone, "JOR", "الأردن", Find("عمان")};
    doc_.events.push_back(call);
  }

  // The normalized range of a phrase (written with or without tashkeel).
  Range Find(const std::string& phrase) {
    std::string n = NormalizeForMatch(phrase);
    size_t at = doc_.norm.find(n);
    EXPECT_NE(at, std::string::npos) << phrase;
    if (at == std::string::npos) return {0, 0};
    return {static_cast<idx_t>(at), static_cast<idx_t>(at + n.size())};
  }

  Doc doc_;
  Lexicon lex_;  // empty: no CAMEO table, so the CAMEO-derived fields are null
};

TEST_F(EventJsonTest, OffsetsGiveBackTheQuotedOriginalText) {
  json j = EventToJson(doc_, doc_.events[0], lex_);
  // field -> the original characters (tashkeel and shadda included) it must quote
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"trigger", "التقى"},
      {"source", "وزيرَ الخارجية الجزائري"},
      {"target", "نظيرَه المصري"},
  };
  for (const auto& [field, want] : cases) {
    SCOPED_TRACE(field);
    const json& f = j.at(field);
    EXPECT_EQ(f.at("text"), want);
    EXPECT_EQ(CodePointSlice(kText, f.at("start"), f.at("end")), want);
  }
  const json& sent = j.at("sentence");
  EXPECT_EQ(sent.at("index"), 1);
  std::string sentence = CodePointSlice(kText, sent.at("start"), sent.at("end"));
  EXPECT_EQ(sentence.rfind("قالت", 0), 0u) << sentence;
  EXPECT_EQ(j.at("location").at("name"), "عمّان");

  json call = EventToJson(doc_, doc_.events[1], lex_);
  EXPECT_EQ(call.at("target").at("text"), "به");
  EXPECT_EQ(CodePointSlice(kText, call["target"]["start"], call["target"]["end"]), "به");
  EXPECT_EQ(call.at("broker").at("text"), "عمّان");
  EXPECT_EQ(call.at("date").at("text"), "هاتفياً");
}

TEST_F(EventJsonTest, FieldsOfTheRecord) {
  doc_.published = "2021-12-15";
  json meet = EventToJson(doc_, doc_.events[0], lex_);
  json call = EventToJson(doc_, doc_.events[1], lex_);
  // (record, JSON pointer, expected value)
  const std::vector<std::tuple<const json*, std::string, json>> cases = {
      {&meet, "/doc", "d1"},
      {&meet, "/id", "d1:1:1"},
      {&call, "/id", "d1:1:2"},
      {&meet, "/cameo", "040"},
      {&meet, "/source/code", "DZAGOV"},
      {&meet, "/source/name", "وزير الخارجية الجزائري"},
      {&meet, "/target/code", "EGYGOV"},
      {&meet, "/broker", nullptr},
      {&meet, "/negated", false},
      {&call, "/negated", true},
      {&meet, "/certainty", "asserted"},
      {&call, "/certainty", "hedged"},
      {&meet, "/attribution/kind", "close-to-actor"},
      {&meet, "/attribution/text", "مصادرُ مقرّبة من"},
      {&meet, "/attribution/actor/code", "DZAGOV"},
      {&call, "/attribution", json{{"kind", "author"}}},
      {&meet, "/date", json{{"value", "2021-12-15"}, {"granularity", "day"}, {"qualifier", "approx"},
                            {"anchor", "published"}}},
      {&call, "/date/value", "2021-11"},
      {&call, "/date/qualifier", "early"},
      {&call, "/date/anchor", "published"},
      {&meet, "/location/country", "JOR"},
      {&meet, "/location/lat", 31.954},
      {&call, "/location", nullptr},
      {&meet, "/confidence", 0.82},
      {&meet, "/cameo_name", nullptr},  // the empty lexicon knows no CAMEO code
      {&meet, "/quad_class", nullptr},
  };
  for (const auto& [rec, ptr, want] : cases) EXPECT_EQ(rec->at(json::json_pointer(ptr)), want) << ptr;
  for (const char* key : {"doc", "id", "sentence", "trigger", "source", "target", "broker", "cameo", "cameo_name",
                          "plover", "plover_mode", "goldstein", "quad_class", "negated", "certainty", "attribution",
                          "date", "location", "confidence"})
    EXPECT_TRUE(meet.contains(key)) << key;
}

TEST_F(EventJsonTest, LineKeepsTheSchemaKeyOrder) {
  json rec = EventToJson(doc_, doc_.events[0], lex_);
  std::string line = EventJsonLine(rec);
  EXPECT_EQ(json::parse(line), rec);  // same content
  EXPECT_EQ(line.rfind(R"({"doc":"d1","id":"d1:1:1","sentence":{"index":1,"start":)", 0), 0u) << line;
  // (earlier key, later key) pairs as they must appear in the line
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"\"trigger\"", "\"source\""}, {"\"source\"", "\"target\""}, {"\"target\"", "\"cameo\""},
      {"\"cameo\"", "\"negated\""},   {"\"attribution\"", "\"date\""}, {"\"date\"", "\"confidence\""},
      {"\"code\":\"DZAGOV\"", "\"text\":\"وزيرَ"},
  };
  for (const auto& [a, b] : cases) EXPECT_LT(line.find(a), line.find(b)) << a << " before " << b;
}

TEST_F(EventJsonTest, NoPublicationDateMeansNoDate) {
  doc_.published = "";
  EXPECT_EQ(EventToJson(doc_, doc_.events[0], lex_).at("date"), (json{{"anchor", "none"}}));
}

TEST_F(EventJsonTest, DumpIsStableAndHasEveryLayer) {
  std::ostringstream a, b;
  DumpDoc(doc_, a);
  DumpDoc(doc_, b);
  EXPECT_EQ(a.str(), b.str());
  const std::string dump = a.str();
  for (const char* part : {"# doc d1", "# sentence 1 para 1", "\"mention\":0", "\"cue\":1", "\"time\":0",
                           "\"event\":1", "\"id\":\"d1:1:2\"", "\"kind\":\"place\""})
    EXPECT_NE(dump.find(part), std::string::npos) << part;
}

}  // namespace event_json_test
}  // namespace
}  // namespace mizan

// Table-driven tests of the time stage: date phrases resolved against publication dates.
#include "time/time_stage.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <regex>
#include <sstream>

#include <nlohmann/json.hpp>

#include "time/calendar.h"
#include "time/month_lexicon.h"
#include "text/normalize.h"
#include "text/tokenize.h"

namespace mizan {
namespace {
namespace time_test {

struct DateCase {
  const char* published;
  const char* phrase;
  const char* value;
  const char* granularity;
  const char* qualifier;
  const char* anchor;
};

class TimeParse : public testing::TestWithParam<DateCase> {};

TEST_P(TimeParse, Resolves) {
  const DateCase& c = GetParam();
  auto r = ParseDatePhrase(c.phrase, c.published);
  ASSERT_TRUE(r.ok()) << c.phrase << ": " << r.status().ToString();
  EXPECT_EQ(r->value, c.value) << c.phrase;
  EXPECT_EQ(r->granularity, c.granularity) << c.phrase;
  EXPECT_EQ(r->qualifier, c.qualifier) << c.phrase;
  EXPECT_EQ(r->anchor, c.anchor) << c.phrase;
}

INSTANTIATE_TEST_SUITE_P(
    Absolute, TimeParse,
    testing::Values(DateCase{"2016-08-01", "وقع الهجوم في 14 يوليو 2016 قرب الحدود", "2016-07-14", "day", "", "text"},
                    DateCase{"2016-08-01", "2016/7/14", "2016-07-14", "day", "", "text"},
                    DateCase{"2016-08-01", "14/7/2016", "2016-07-14", "day", "", "text"},
                    DateCase{"2016-08-01", "في يوليو 2016", "2016-07", "month", "", "text"},
                    DateCase{"2016-08-01", "عام 2016", "2016", "year", "", "text"},
                    DateCase{"2018-08-01", "في 2016", "2016", "year", "", "text"},
                    DateCase{"2020-01-01", "أواخر 2019", "2019", "year", "late", "text"},
                    DateCase{"2018-05-16", "منتصف عام 2016", "2016", "year", "mid", "text"},
                    DateCase{"2022-09-01", "في 15 يوليو/تموز 2022", "2022-07-15", "day", "", "text"},
                    DateCase{"2022-09-01", "في 15 يوليو/ تموز 2022", "2022-07-15", "day", "", "text"},
                    DateCase{"2022-09-01", "في 15 تموز (يوليو) 2022", "2022-07-15", "day", "", "text"},
                    DateCase{"2020-09-02", "زار بيروت في 14 آب 2020", "2020-08-14", "day", "", "text"},
                    DateCase{"2019-11-05", "في 9 تشرين الأول 2019", "2019-10-09", "day", "", "text"},
                    DateCase{"2020-02-03", "يوم 26 جانفي 2020", "2020-01-26", "day", "", "text"},
                    DateCase{"2023-09-20", "يوم 16 جويلية 2023", "2023-07-16", "day", "", "text"},
                    DateCase{"2021-09-06", "يوم 24 أوت 2021", "2021-08-24", "day", "", "text"},
                    DateCase{"2021-09-06", "في 3 غشت 2021", "2021-08-03", "day", "", "text"},
                    DateCase{"2016-04-05", "في ١٤ آذار ٢٠١٦", "2016-03-14", "day", "", "text"},
                    DateCase{"2023-04-13", "يوم الأربعاء ٢١ رمضان ١٤٤٤هـ", "2023-04-12", "day", "", "text"},
                    DateCase{"2023-04-13", "في 21 رمضان 1444 هـ", "2023-04-12", "day", "", "text"},
                    DateCase{"2000-01-01", "خلال التسعينيات", "199", "decade", "", "text"},
                    DateCase{"2000-01-01", "في عام 1955م", "1955", "year", "", "text"},
                    DateCase{"2020-01-01", "غزو العراق 2003م", "2003", "year", "", "text"},
                    DateCase{"2020-01-01", "شمشون ودليلة (1949)", "1949", "year", "", "text"},
                    DateCase{"2020-01-01", "طوال عامي 2002 و2003", "2002", "year", "", "text"},
                    DateCase{"2017-01-01", "في الربع الأول من عام 2016", "2016-Q1", "quarter", "", "text"},
                    DateCase{"2017-01-01", "خلال الربع الثالث من العام الماضي", "2016-Q3", "quarter", "", "published"},
                    DateCase{"2018-03-08", "في النصف الأول من 2017", "2017", "year", "early", "text"},
                    DateCase{"2018-03-08", "خلال النصف الثاني من العام الماضي", "2017", "year", "late", "published"},
                    DateCase{"2023-01-01", "عام 1444 هـ", "2022", "year", "approx", "text"},
                    DateCase{"2016-08-01", "14-7-2016", "2016-07-14", "day", "", "text"},
                    DateCase{"2018-01-01", "منذ عام 2012", "2012", "year", "after", "text"},
                    DateCase{"2018-01-01", "وصل في يوليو من عام 2016", "2016-07", "month", "", "text"},
                    DateCase{"2000-01-01", "في ثمانينيات القرن الماضي", "198", "decade", "", "text"}));

INSTANTIATE_TEST_SUITE_P(
    Relative, TimeParse,
    testing::Values(DateCase{"2021-06-14", "مساء أمس", "2021-06-13", "day", "", "published"},
                    DateCase{"2021-06-14", "اليوم", "2021-06-14", "day", "", "published"},
                    DateCase{"2021-06-14", "غدا", "2021-06-15", "day", "", "published"},
                    DateCase{"2015-05-06", "أول أمس", "2015-05-04", "day", "", "published"},
                    DateCase{"2015-05-06", "أول من أمس", "2015-05-04", "day", "", "published"},
                    DateCase{"2021-06-15", "الشهر الماضي", "2021-05", "month", "", "published"},
                    DateCase{"2021-01-15", "الشهر الماضي", "2020-12", "month", "", "published"},
                    DateCase{"2013-09-18", "الأسبوع الماضي", "2013-W37", "week", "", "published"},
                    DateCase{"2024-02-06", "الأسبوع المقبل", "2024-W07", "week", "", "published"},
                    DateCase{"2019-01-24", "العام الماضي", "2018", "year", "", "published"},
                    DateCase{"2019-06-20", "مطلع العام الجاري", "2019", "year", "early", "published"},
                    DateCase{"2021-12-15", "مطلع الشهر الماضي", "2021-11", "month", "early", "published"},
                    DateCase{"2022-10-25", "منذ ثلاثة أيام", "2022-10-22", "day", "", "published"},
                    DateCase{"2022-10-25", "منذ 3 أيام", "2022-10-22", "day", "", "published"},
                    DateCase{"2022-10-25", "قبل يومين", "2022-10-23", "day", "", "published"},
                    DateCase{"2022-10-25", "قبل أسبوعين", "2022-10-11", "day", "", "published"},
                    DateCase{"2022-10-25", "قبل نحو أسبوعين", "2022-10-11", "day", "approx", "published"},
                    DateCase{"2022-10-25", "قبل ثلاثة أشهر", "2022-07", "month", "", "published"},
                    DateCase{"2022-10-25", "بعد عامين", "2024", "year", "", "published"},
                    DateCase{"2023-02-03", "يوم الثلاثاء الماضي", "2023-01-31", "day", "", "published"},
                    DateCase{"2023-02-03", "يوم الثلاثاء", "2023-01-31", "day", "", "published"},
                    DateCase{"2023-01-31", "الثلاثاء الماضي", "2023-01-24", "day", "", "published"},
                    DateCase{"2018-07-11", "أعلن الأربعاء", "2018-07-11", "day", "", "published"},
                    DateCase{"2018-07-11", "صباح الخميس", "2018-07-05", "day", "", "published"},
                    // a conjunction on the weekday ("والخميس، أنقذت سفينة ...")
                    DateCase{"2018-05-25", "والخميس", "2018-05-24", "day", "", "published"},
                    DateCase{"2018-05-25", "والاثنين الماضي", "2018-05-21", "day", "", "published"},
                    DateCase{"2023-02-03", "الأحد المقبل", "2023-02-05", "day", "", "published"},
                    DateCase{"2018-08-10", "في 8 مايو/أيار الماضي", "2018-05-08", "day", "", "published"},
                    DateCase{"2018-08-10", "في السابع من أغسطس/آب", "2018-08-07", "day", "", "published"},
                    DateCase{"2018-08-10", "في الحادي والعشرين من مارس", "2018-03-21", "day", "", "published"},
                    DateCase{"2019-11-05", "في 17 تشرين الأول", "2019-10-17", "day", "", "published"},
                    DateCase{"2016-07-20", "يوليو الماضي", "2015-07", "month", "", "published"},
                    DateCase{"2016-08-20", "يوليو الماضي", "2016-07", "month", "", "published"},
                    DateCase{"2016-05-20", "في يوليو", "2015-07", "month", "", "published"},
                    DateCase{"2016-08-20", "في يوليو", "2016-07", "month", "", "published"},
                    DateCase{"2016-05-20", "يوليو المقبل", "2016-07", "month", "", "published"},
                    DateCase{"2016-05-20", "منتصف يوليو المقبل", "2016-07", "month", "mid", "published"},
                    DateCase{"2016-05-20", "قبل عام 2010", "2010", "year", "before", "text"},
                    DateCase{"2015-07-21", "اليوم (الاثنين)", "2015-07-20", "day", "", "published"},
                    DateCase{"2015-07-20", "أمس الأحد", "2015-07-19", "day", "", "published"},
                    DateCase{"2015-07-21", "قبل أمس", "2015-07-19", "day", "", "published"},
                    DateCase{"2015-07-21", "مساء أول من أمس", "2015-07-19", "day", "", "published"},
                    DateCase{"2015-07-21", "ديسمبر (كانون الأول) الماضي", "2014-12", "month", "", "published"},
                    DateCase{"2015-07-21", "أوائل مايو (أيار) من العام الحالي", "2015-05", "month", "early", "published"},
                    DateCase{"2015-07-21", "خلال شهر رمضان", "2015-07", "month", "approx", "published"},
                    DateCase{"2016-12-04", "مساء الاثنين 5 ديسمبر", "2016-12-05", "day", "", "published"},
                    DateCase{"2015-07-21", "بعد 3 أشهر", "2015-10", "month", "", "published"},
                    DateCase{"2015-07-21", "بنهاية العام الماضي", "2014", "year", "late", "published"},
                    DateCase{"2015-07-21", "هذا العام", "2015", "year", "", "published"},
                    DateCase{"2015-07-21", "السنة الحالية", "2015", "year", "", "published"},
                    DateCase{"2015-07-21", "أكتوبر من العام الماضي", "2014-10", "month", "", "published"},
                    DateCase{"", "أمس", "", "day", "", "none"},
                    DateCase{"", "الأسبوع الماضي", "", "week", "", "none"}));

// Phrases that are not dates, or everyday words that are also month names.
TEST(TimeParse, NotDates) {
  for (const char* phrase : {"قال الأمين العام للأمم المتحدة", "مارس ضغوطا على الحكومة", "قبل أن يغادر",
                             "التقى أب الضحية", "نحو تعزيز التعاون", "في بيروت", "ثلاثة أيام من المحادثات",
                             "أحد المسؤولين", "قتل اثنين من الجنود", "في رمضان", "عام من الحرب",
                             "شارك حوالي 1400 شخص", "بعد عشرة أيام من انفجار المرفأ", "قبل يومين على الانتخابات",
                             "القرار (1701)"}) {
    auto r = ParseDatePhrase(phrase, "2020-01-01");
    EXPECT_FALSE(r.ok()) << phrase << " -> " << (r.ok() ? r->value : "");
  }
}

TEST(TimeCalendar, IsoWeeksAndHijri) {
  using timex::DaysFromCivil;
  EXPECT_EQ(timex::FormatIsoWeek(DaysFromCivil({2021, 1, 3})), "2020-W53");
  EXPECT_EQ(timex::FormatIsoWeek(DaysFromCivil({2016, 6, 14})), "2016-W24");
  EXPECT_EQ(timex::Weekday(DaysFromCivil({2023, 1, 31})), 2);  // Tuesday
  auto g = timex::HijriToGregorian(1444, 9, 1);
  ASSERT_TRUE(g.has_value());
  EXPECT_EQ(timex::FormatDay(*g), "2023-03-23");
  EXPECT_EQ(timex::HijriYearOf({2023, 4, 13}).value_or(0), 1444);
}

TEST(TimeLexicon, AllMonthSystemsFromIcu) {
  const auto& lex = timex::MonthLexicon::Get();
  EXPECT_GE(lex.size(), 48u);  // 12 Egyptian + Levantine + Maghreb + Hijri at least
  for (const char* w : {"يناير", "كانون", "جانفي", "يوليوز", "محرم", "تشرين", "ذو"})
    EXPECT_NE(lex.Starting(NormalizeForMatch(w)), nullptr) << w;
}

// Runs normalize + segment + time on a text.
Doc TimeDoc(const std::string& text, const std::string& published) {
  Doc doc("t", text);
  doc.published = published;
  NormalizeStage normalize;
  SegmentStage segment(nullptr);
  TimeStage time;
  EXPECT_TRUE(normalize.Process(doc).ok());
  doc.done.push_back("normalize");
  EXPECT_TRUE(segment.Process(doc).ok());
  doc.done.push_back("segment");
  EXPECT_TRUE(time.Process(doc).ok());
  return doc;
}

TEST(TimeStageDoc, FillsTimesPerSentence) {
  Doc doc = TimeDoc("التقى الوزيران أمس في الجزائر. وكانا قد اجتمعا في 14 يوليو/تموز 2016.", "2021-06-14");
  ASSERT_EQ(doc.times.size(), 2u);
  EXPECT_EQ(doc.times[0].value, "2021-06-13");
  EXPECT_EQ(doc.times[0].sentence, 0u);
  EXPECT_EQ(doc.OrigText(doc.times[0].norm), "أمس");
  EXPECT_EQ(doc.times[1].value, "2016-07-14");
  EXPECT_EQ(doc.times[1].sentence, 1u);
  EXPECT_EQ(doc.OrigText(doc.times[1].norm), "14 يوليو/تموز 2016");
  EXPECT_LT(doc.times[1].tokens.begin, doc.times[1].tokens.end);
}

TEST(TimeStageDoc, CoordinatedYears) {
  Doc doc = TimeDoc("تعددت الزيارات طوال عامي 2002 و2003 بين البلدين.", "2020-01-01");
  ASSERT_EQ(doc.times.size(), 2u);
  EXPECT_EQ(doc.times[0].value, "2002");
  EXPECT_EQ(doc.times[1].value, "2003");
  EXPECT_EQ(doc.OrigText(doc.times[1].norm), "2003");
}

TEST(TimeStageDoc, NeedsSegment) {
  Doc doc("t", "أمس");
  EXPECT_FALSE(TimeStage().Process(doc).ok());
}

// The dev challenge suite, phenomena 10 (relative dates) and 11 (absolute dates): how many gold dates
// the stage finds as a TimeExpr with the gold value in the sentence that holds the evidence.
TEST(TimeChallenge, GoldDatesFound) {
  std::string dir = std::string(MIZAN_TEST_SHARED_DIR) + "/eval/challenge";
  if (!std::filesystem::exists(dir + "/gold.jsonl")) GTEST_SKIP() << "no ../shared";
  std::map<std::string, nlohmann::json> inputs;
  std::ifstream in(dir + "/input.jsonl");
  for (std::string line; std::getline(in, line);) {
    auto j = nlohmann::json::parse(line);
    int ph = j["phenomenon"].get<int>();
    if (ph == 10 || ph == 11) inputs[j["id"].get<std::string>()] = j;
  }
  int total = 0, found = 0;
  std::ifstream gold(dir + "/gold.jsonl");
  for (std::string line; std::getline(gold, line);) {
    auto g = nlohmann::json::parse(line);
    auto it = inputs.find(g.value("doc", ""));
    if (it == inputs.end() || !g.contains("date") || !g["date"].is_object()) continue;
    ++total;
    Doc doc = TimeDoc(it->second["text"].get<std::string>(), it->second["published"].get<std::string>());
    size_t at = doc.text().find(g["evidence"].get<std::string>());
    bool ok = false;
    for (const TimeExpr& t : doc.times) {
      const Sentence& s = doc.sentences[t.sentence];
      idx_t b = doc.norm_to_orig[s.norm.begin], e = doc.norm_to_orig[s.norm.end];
      if (at >= b && at < e && t.value == g["date"]["value"].get<std::string>()) ok = true;
    }
    found += ok;
    if (!ok) std::cout << "missed " << g["id"].get<std::string>() << " " << g["date"].dump() << "\n";
  }
  std::cout << "challenge 10+11 gold dates found: " << found << "/" << total << "\n";
  EXPECT_GE(found * 10, total * 8);  // at least 80%
}

// Silver TimeML set (../shared/data/arabic-timeml, evaluation only, read at test time): how many DATE
// TIMEX3 with a calendar value the stage finds (a phrase overlapping the tagged text), and how many of
// its phrases lie outside every TIMEX3. The set has no publication dates, so values are not compared.
TEST(TimeTimeml, DetectsCalendarDates) {
  std::string dir = std::string(MIZAN_TEST_SHARED_DIR) + "/data/arabic-timeml/Corpus_test";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << "no ../shared";
  const std::regex timex("<TIMEX3([^>]*)>([^<]*)</TIMEX3>"), tag("<[^>]+>");
  int dates = 0, found = 0, phrases = 0, outside = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    std::ifstream in(entry.path());
    std::stringstream ss;
    ss << in.rdbuf();
    std::string raw = ss.str();
    std::vector<std::pair<std::string, bool>> tags;  // tagged text, DATE with a calendar value
    std::string text;
    auto begin = std::sregex_iterator(raw.begin(), raw.end(), timex);
    size_t pos = 0;
    for (auto it = begin; it != std::sregex_iterator(); ++it) {
      text += std::regex_replace(raw.substr(pos, it->position() - pos), tag, "");
      text += (*it)[2].str();
      std::string attrs = (*it)[1].str();
      size_t v = attrs.find("value=\"");
      bool calendar = attrs.find("type=\"DATE\"") != std::string::npos && v != std::string::npos &&
                      std::isdigit(static_cast<unsigned char>(attrs[v + 7]));
      tags.emplace_back((*it)[2].str(), calendar);
      pos = it->position() + it->length();
    }
    text += std::regex_replace(raw.substr(pos), tag, "");
    Doc doc = TimeDoc(text, "2015-12-20");
    std::vector<std::string> got;
    for (const TimeExpr& t : doc.times) got.push_back(doc.OrigText(t.norm));
    auto overlaps = [](const std::string& a, const std::string& b) {
      return a.find(b) != std::string::npos || b.find(a) != std::string::npos;
    };
    for (const auto& [t, calendar] : tags) {
      if (!calendar) continue;
      ++dates;
      found += std::any_of(got.begin(), got.end(), [&](const std::string& g) { return overlaps(g, t); });
    }
    for (const std::string& g : got) {
      ++phrases;
      outside += std::none_of(tags.begin(), tags.end(), [&](const auto& t) { return overlaps(g, t.first); });
    }
  }
  std::cout << "arabic-timeml DATE with calendar value found: " << found << "/" << dates << "; phrases outside any TIMEX3: "
            << outside << "/" << phrases << "\n";
  EXPECT_GE(found * 10, dates * 8);     // at least 80% of the calendar dates
  EXPECT_LE(outside * 10, phrases * 2);  // at most 20% of what it finds is untagged
}

}  // namespace time_test
}  // namespace
}  // namespace mizan

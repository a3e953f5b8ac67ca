// Tests for places (src/place): the gazetteer and the place cues of the claims stage.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "attrib/claim_stage.h"
#include "place/gazetteer.h"
#include "place/place_cues.h"

namespace mizan::claims_testing {
Doc MakeClaimTestDoc(const std::string& text);  // attrib_test.cc
}

namespace mizan {
namespace {
namespace place_test {

const Gazetteer& Gaz() {
  static const Gazetteer* g = [] {
    auto r = Gazetteer::Load(std::string(MIZAN_SOURCE_DATA_DIR) + "/places/gazetteer.tsv");
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return new Gazetteer(std::move(r.value()));
  }();
  return *g;
}

TEST(GazetteerTest, LoadsAndParses) {
  EXPECT_GT(Gaz().size(), 1000u);
  EXPECT_NE(Gaz().CountryRow("LBY"), kNone);
  EXPECT_EQ(Gaz().CountryRow("XXX"), kNone);
  EXPECT_FALSE(Gazetteer::Parse("name\tvariants\n", "t").ok());
  auto small = Gazetteer::Parse(
      "# mizan-gazetteer v1\nname\tvariants\tcountry\tlat\tlon\tpopulation\tadmin1\tkind\tdemonyms\n"
      "سبها\tسبهة\tLBY\t27.03\t14.43\t149329\t\tcity\t\nليبيا\t\tLBY\t32.9\t13.2\t6678567\t\tcountry\tليبي\n",
      "t");
  ASSERT_TRUE(small.ok());
  EXPECT_EQ(small->size(), 2u);
  EXPECT_NEAR(small->place(0).lat, 27.03, 1e-9);
  EXPECT_EQ(small->place(1).kind, Place::kCountry);
}

// One place phrase: the text, the place cue expected (its text as written and its country), "" = none.
struct PlaceCase {
  const char* name;
  std::string text;
  std::string place_text;
  std::string country;
};

void PrintTo(const PlaceCase& c, std::ostream* os) { *os << c.name; }

class PlaceCues : public testing::TestWithParam<PlaceCase> {};

TEST_P(PlaceCues, Finds) {
  const PlaceCase& c = GetParam();
  Doc doc = claims_testing::MakeClaimTestDoc(c.text);
  FormCache forms(doc);
  auto counts = CountryCounts(Gaz(), forms);
  std::vector<Cue> cues;
  for (idx_t s = 0; s < doc.sentences.size(); ++s) FindPlaceCues(Gaz(), forms, s, counts, &cues);
  if (c.country.empty()) {
    EXPECT_TRUE(cues.empty()) << doc.Norm(cues[0].norm);
    return;
  }
  ASSERT_FALSE(cues.empty());
  const Cue& last = cues.back();  // the phrase under test is the last place of the text
  EXPECT_EQ(doc.OrigText(last.norm), c.place_text);
  EXPECT_EQ(last.country, c.country);
  EXPECT_EQ(last.kind, CueKind::kPlace);
}

// The sentences are the team's own, written for these tests.
const PlaceCase kPlaceCases[] = {
    {"in_city", "عقد المؤتمر في بغداد.", "بغداد", "IRQ"},
    {"capital_with_demonym", "التقى الوفدان في العاصمة الأردنية عمّان.", "عمّان", "JOR"},
    {"city_descriptor", "انفجرت سيارة في مدينة حلب.", "حلب", "SYR"},
    {"capital_without_name", "وصل الوفد إلى العاصمة الليبية.", "العاصمة الليبية", "LBY"},
    {"region_of_country", "تدور معارك جنوب ليبيا.", "جنوب ليبيا", "LBY"},
    {"region_by_demonym", "عززت القوات وجودها في الجنوب الليبي.", "الجنوب الليبي", "LBY"},
    {"by_proclitic", "اجتمع الطرفان بالقاهرة.", "القاهرة", "EGY"},
    {"arrival", "وصل المبعوث إلى صنعاء.", "صنعاء", "YEM"},
    {"visit", "زار الوزير دمشق.", "دمشق", "SYR"},
    {"multiword_name", "عقد لقاء في تل أبيب.", "تل أبيب", "ISR"},
    {"tripoli_alone_is_libya_by_population", "اندلعت اشتباكات في طرابلس.", "طرابلس", "LBY"},
    {"tripoli_in_lebanon_context", "قال الجيش في لبنان إن اشتباكات اندلعت في طرابلس.", "طرابلس", "LBN"},
    {"tripoli_demonym_wins", "عاد التوتر إلى ليبيا، واندلعت اشتباكات في مدينة طرابلس اللبنانية وفي العاصمة اللبنانية.",
     "العاصمة اللبنانية", "LBN"},
    {"country_is_not_a_place", "نشرت روسيا مقاتلات في ليبيا.", "", ""},
    {"capital_as_actor_is_not_a_place", "رفضت القاهرة الاقتراح.", "", ""},
    // Words of running text that are also names in GeoNames: no place (regressions, 2,000 ANT articles).
    {"statement_is_no_town", "قالت الوزارة في بيان إن الاجتماع انتهى.", "", ""},
    {"framework_is_no_town", "جاء ذلك في إطار الزيارة.", "", ""},
    {"article_must_agree", "قال الوزير في البيان إن البنوك في الأشهر الماضية خسرت.", "", ""},
    {"no_pronoun_suffix_on_places", "ظهر في الصورة وفي منزله.", "", ""},
    {"exchange_is_no_town", "ارتفعت الأسهم في البورصة.", "", ""},
    {"name_starting_like_a_clitic", "وصل الوفد إلى باريس.", "باريس", "FRA"},
    {"renamed_tyre", "سقطت قذيفة في مدينة صور.", "صور", "LBN"},
    {"khartoum_with_article", "وصل الوفد إلى الخرطوم.", "الخرطوم", "SDN"},
    {"direction_then_wa_country_no_region", "تحدث عن كوريا الجنوبية وتايوان.", "", ""},
    {"visit_to_a_country", "زار الرئيس روسيا أمس.", "روسيا", "RUS"},
    {"visit_noun_destination_after_commas", "يبدأ الرئيس زيارة تستمر يومين، إلى روسيا.", "روسيا", "RUS"},
    {"visit_city_before_country", "وصل الوفد إلى موسكو.", "موسكو", "RUS"},
    {"one_letter_after_wa", "عقد في و.", "", ""},
    {"pakistani_city", "انفجرت قنبلة في مدينة بيشاور.", "بيشاور", "PAK"},
    // A noun of places names a place after any word, not only after في.
    {"descriptor_after_any_word", "أطلقت صواريخ على مستوطنة كريات شمونة.", "كريات شمونة", "ISR"},
    {"conjunction_is_no_van", "تبقى المنطقة وإن كانت هادئة متوترة.", "", ""},
    // A governorate by its own name (a first-level division of the gazetteer), of the country named.
    {"governorate_with_demonym", "قال مسؤول إن غارات استهدفت محافظة الجوف اليمنية.", "الجوف", "YEM"},
    {"texts_is_no_afghan_town", "نشرت الصحيفة في متون المقالات رأيها.", "", ""},  // a one-letter token once read past its end
};

INSTANTIATE_TEST_SUITE_P(Places, PlaceCues, testing::ValuesIn(kPlaceCases),
                         [](const testing::TestParamInfo<PlaceCase>& i) { return std::string(i.param.name); });

}  // namespace place_test
}  // namespace
}  // namespace mizan

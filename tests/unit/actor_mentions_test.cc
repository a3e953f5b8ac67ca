// Actor mentions: one sentence in, the mention (its words, code, kind of resolution) it must give. The
// sentences are the team's own; each row names the rule it pins (src/actor, docs/actors.md).
#include <gtest/gtest.h>

#include <string>

#include "actor/names.h"
#include "mizan/coder.h"

namespace mizan {
namespace {
namespace actor_mentions_test {

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

Doc CodeText(const std::string& text, const std::string& published = "2021-06-15") {
  Doc doc("t", text);
  doc.published = published;
  Status st = TheCoder().Code(doc);
  EXPECT_TRUE(st.ok()) << st.ToString();
  return doc;
}

// The mention whose original words are exactly `words`, or nullptr.
const Mention* Find(const Doc& doc, const std::string& words) {
  for (const Mention& m : doc.mentions)
    if (doc.OrigText(m.norm) == words) return &m;
  return nullptr;
}

std::string List(const Doc& doc) {
  std::string out;
  for (const Mention& m : doc.mentions)
    out += "  [" + doc.OrigText(m.norm) + "] " + m.code + " id=" + m.actor_id + " name=" + m.name + "\n";
  return out;
}

struct Case {
  const char* rule;
  const char* text;
  const char* words;     // the mention's words as written
  const char* code;      // expected code ("" = no such mention may exist)
  bool unknown;          // expected to be an unknown actor (actor_id "unknown")
  const char* name;      // expected name ("" = not checked)
};

class ActorMentions : public ::testing::TestWithParam<Case> {};

TEST_P(ActorMentions, Gives) {
  const Case& c = GetParam();
  Doc doc = CodeText(c.text);
  const Mention* m = Find(doc, c.words);
  if (std::string(c.code).empty()) {
    EXPECT_EQ(m, nullptr) << c.rule << ": no mention expected on [" << c.words << "]\n" << List(doc);
    return;
  }
  ASSERT_NE(m, nullptr) << c.rule << ": no mention [" << c.words << "]\n" << List(doc);
  EXPECT_EQ(m->code, c.code) << c.rule << "\n" << List(doc);
  EXPECT_EQ(m->actor_id == kUnknownActorId, c.unknown) << c.rule << "\n" << List(doc);
  if (std::string(c.name).size()) EXPECT_EQ(m->name, c.name) << c.rule;
}

INSTANTIATE_TEST_SUITE_P(
    Rules, ActorMentions,
    ::testing::Values(
        // Unknown people: a title (definite, or with a nationality) then words no dictionary knows.
        Case{"title_nationality_unknown_name", "قال المسؤول الليبي سالم بوحليقة إن الاجتماع تأجل.",
             "المسؤول الليبي سالم بوحليقة", "LBYGOV", true, "سالم بوحليقة"},
        Case{"rank_nationality_unknown_name", "اغتال مسلحون العميد العراقي جبار مساعد في البصرة أمس.",
             "العميد العراقي جبار مساعد", "IRQMIL", true, "جبار مساعد"},
        Case{"business_title_unknown_name", "التقى رجل الأعمال الأردني خالد النمري وفدا تجاريا.",
             "رجل الأعمال الأردني خالد النمري", "JORBUS", true, "خالد النمري"},
        Case{"called_introduces_name", "تواصل الوفد مع أجهزة الأمن الإسرائيلية عبر ضابط يدعى يوآف.",
             "ضابط يدعى يوآف", "ISRMIL", true, "يوآف"},
        Case{"name_after_title_known_person_wins", "استقبل الرئيس التونسي قيس سعيد وفدا.",
             "الرئيس التونسي قيس سعيد", "TUNGOV", false, ""},
        Case{"bare_indefinite_title_no_name", "قال مسؤول إن المحادثات فشلت.", "مسؤول إن", "", false, ""},
        // Unknown organizations: an indefinite head of name_heads.tsv, then a name.
        Case{"movement_unknown_name_with_nationality", "أعلنت حركة الأحرار الموريتانية مقاطعة الانتخابات.",
             "حركة الأحرار الموريتانية", "MRTPTY", true, "حركة الأحرار"},
        Case{"armed_group_unknown_name_nationality", "هاجمت كتيبة الفاروق السورية مواقع للجيش في حمص.",
             "كتيبة الفاروق السورية", "SYRREB", true, "كتيبة الفاروق"},
        Case{"unknown_group_takes_article_country", "هاجمت كتيبة الفاروق مواقع للجيش السوري في حمص.",
             "كتيبة الفاروق", "SYRREB", true, "كتيبة الفاروق"},
        Case{"unknown_company_takes_no_default_country", "وقعت شركة Arconic عقدا مع الحكومة المصرية أمس.",
             "شركة Arconic", "---BUS", true, "شركة Arconic"},
        // A second nationality joined by و to a role phrase names the same role of that state.
        Case{"coordinated_nationality_same_role", "واجتمع الوفدان الروسي والتركي في أنقرة أمس.", "التركي", "TURGOV", false, ""},
        Case{"coordinated_nationality_forces", "وانسحبت القوات السورية والروسية من البلدة.", "الروسية", "RUSMIL", false, ""},
        // An aid body's name is an actor, not an act of relief ("الإغاثة" gave NGO -> DJI 073).
        Case{"rescue_committee_is_an_ngo", "وأكدت لجنة الإغاثة الدولية أنها نقلت موظفيها إلى جيبوتي.",
             "لجنة الإغاثة الدولية", "NGOHLH", false, "لجنة الإنقاذ الدولية"},
        // Weapons and units with a nationality stand for that state's military.
        Case{"weapon_with_nationality", "أصاب صاروخ إسرائيلي سيارة في المدينة.", "صاروخ إسرائيلي", "ISRMIL", false,
             ""},
        Case{"strike_adjective_is_the_source", "قتل ثلاثة مسلحين في ضربة جوية أميركية قرب المدينة.", "أميركية",
             "USAMIL", false, ""},
        Case{"plural_demonym_after_quantity", "تظاهر آلاف الإسرائيليين في تل أبيب.", "الإسرائيليين", "ISR", false, ""},
        Case{"plural_demonym_after_one_of", "احتج الطلاب على تصريحات أحد البريطانيين في الجامعة.", "البريطانيين", "GBR",
             false, ""},
        // A qualifier between a role and its nationality: "رجال الأمن المركزي المصري".
        Case{"central_security_nationality", "اشتبك المتظاهرون مع رجال الأمن المركزي المصري عند المعبر.",
             "رجال الأمن المركزي المصري", "EGYCOP", false, ""},
        // Pirates and unidentified attackers are actors (their country from a nationality or the article).
        Case{"pirates_with_nationality", "هاجم قراصنة صوماليون سفينة شحن في خليج عدن.", "قراصنة صوماليون", "SOMCRM",
             false, ""},
        // A capital used as a place is no government; a dictionary "---" group keeps its code.
        Case{"capital_as_place", "اعتقلت الشرطة البريطانية رجل الأعمال في لندن أمس.", "لندن", "", false, ""},
        Case{"transnational_group_keeps_code", "أعلن تنظيم داعش مسؤوليته عن الهجوم في العراق.", "تنظيم داعش", "---REB",
             false, ""},
        Case{"head_without_name_is_no_actor", "وقعت اشتباكات على جبهة القتال قرب المدينة.", "جبهة القتال", "",
             false, ""},
        // Known actors stay known.
        // the dual of a name head over two names: the first named by the head's singular ("حركة فتح")
        Case{"dual_head_first_name", "وقعت حركتا فتح وحماس اتفاقا للمصالحة في القاهرة.", "حركتا فتح", "PSEGOVPTY", false, ""},
        // "للاجئين" in a name (ل + اللاجئين) still names the organization, and elsewhere the refugees
        Case{"merged_article_in_name", "وقالت المفوضية العليا للاجئين إن الوضع صعب.", "المفوضية العليا للاجئين", "IGOUNOREFCHR", false, ""},
        // a definite title with a number after it is a unit's name, no reference to the last army named
        Case{"numbered_unit_no_back_reference", "وسيطرت قوات الجيش الوطني الليبي على مدينة درنة. وفي مصر استهدف مسلحون الكتيبة 101 في العريش.",
             "الكتيبة", "EGYMIL", false, ""},
        Case{"known_organization", "أدانت جامعة الدول العربية الهجوم على المدنيين.", "جامعة الدول العربية",
             "IGOMEAARL", false, ""}));

}  // namespace actor_mentions_test
}  // namespace
}  // namespace mizan

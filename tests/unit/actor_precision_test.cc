// Precision of actor mentions: the classes of errors found by hand in the dev-article samples
// (tests/actors/sample_*.tsv, docs/actors.md section 6), one table per class. Each row is a sentence of
// the team's own, the words of a mention, and the code it must have ("" = no actor may be read there).
#include <gtest/gtest.h>

#include <string>

#include "mizan/coder.h"

namespace mizan {
namespace {
namespace actor_precision_test {

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

Doc CodeText(const std::string& text) {
  Doc doc("t", text);
  doc.published = "2021-06-15";
  Status st = TheCoder().Code(doc);
  EXPECT_TRUE(st.ok()) << st.ToString();
  return doc;
}

std::string List(const Doc& doc) {
  std::string out;
  for (const Mention& m : doc.mentions)
    out += "  [" + doc.OrigText(m.norm) + "] " + m.code + " via=" + std::to_string(static_cast<int>(m.via)) + "\n";
  return out;
}

struct Case {
  const char* rule;
  const char* text;
  const char* words;  // the mention's words as written (for a pronoun: the word that carries it)
  const char* code;   // expected code; "" = no actor mention may cover these words
};

// The mention whose original words are `words`, or, for a pronoun, the one inside the word `words`.
const Mention* Find(const Doc& doc, const std::string& words) {
  for (const Mention& m : doc.mentions)
    if (doc.OrigText(m.norm) == words) return &m;
  for (const Mention& m : doc.mentions) {
    if (m.via != MentionVia::kPronoun) continue;
    if (doc.OrigText(doc.tokens[m.tokens.begin].norm) == words) return &m;
  }
  return nullptr;
}

void Check(const Case& c) {
  Doc doc = CodeText(c.text);
  const Mention* m = Find(doc, c.words);
  if (std::string(c.code).empty()) {
    EXPECT_EQ(m, nullptr) << c.rule << ": no actor expected on [" << c.words << "]\n" << List(doc);
    return;
  }
  ASSERT_NE(m, nullptr) << c.rule << ": no mention [" << c.words << "]\n" << List(doc);
  EXPECT_EQ(m->code, c.code) << c.rule << "\n" << List(doc);
}

// 1. A capital or a state named as a place is no actor; as a government it is.
class CapitalAsPlace : public ::testing::TestWithParam<Case> {};
TEST_P(CapitalAsPlace, Reads) { Check(GetParam()); }
INSTANTIATE_TEST_SUITE_P(
    Rules, CapitalAsPlace,
    ::testing::Values(
        Case{"seat", "تعترف الأمم المتحدة بحكومة مقرها طرابلس منذ سنوات.", "طرابلس", ""},
        Case{"part_of_city", "سقطت قذائف على حي سكني جنوبي دمشق مساء أمس.", "دمشق", ""},
        Case{"off_the_coast", "وقالت المنظمة إن 383 مهاجرا لقوا حتفهم منذ مطلع العام قبالة ليبيا.", "ليبيا", ""},
        Case{"route_not_broker", "وتحدث الوزير عن الهجرة غير القانونية التي تأتي إلى أوروبا عبر ليبيا.", "ليبيا", ""},
        Case{"suburbs", "اندلعت اشتباكات في ضواحي بغداد الشمالية.", "بغداد", ""},
        Case{"distance", "تقع المدينة على بعد 150 كلم من صنعاء.", "صنعاء", ""},
        Case{"dateline", "القاهرة، مصر -- أعلنت الحكومة المصرية خطة جديدة للنقل.", "القاهرة", ""},
        // a state named only as where something is, that no event refers to (samples 6 and 7)
        Case{"state_after_fi", "تعمل سفارات دول أفريقية في ليبيا منذ سنوات.", "ليبيا", ""},
        Case{"border_with", "انتشرت القوات الحكومية قرب الحدود مع الأردن.", "الأردن", ""},
        Case{"regions_of", "تشهد بعض مناطق المملكة احتجاجات منذ أيام.", "المملكة", ""},
        // sample 8: origins and destinations, ب on the state's word, borders, a meeting named after its place
        Case{"origin", "وصل آلاف المهاجرين إلى إيطاليا من ليبيا في السنوات الأخيرة.", "ليبيا", ""},
        Case{"destination", "نقل الرجل حقيبة الأموال من طرابلس إلى باريس قبل الانتخابات.", "باريس", ""},
        Case{"bi_place", "قال البيان إن فريقنا باليمن تلقى تهديدات كثيرة.", "اليمن", ""},
        Case{"at_borders_of", "لم تتوقف الاشتباكات عند حدود سوريا في الشهر الماضي.", "سوريا", ""},
        Case{"summit_named_after_place", "تحدث الوزير عن نتائج قمة سنغافورة بين الزعيمين.", "سنغافورة", ""},
        Case{"meeting_named_after_capital", "شارك المشير في اجتماع باريس الأخير حول الانتخابات.", "باريس", ""},
        // controls: a people after من, and an accord between two named states, stay actors
        // sample 9: a destination after صوب, the state where something happens ("يشهد اليمن حربا")
        Case{"toward", "يحاول معظم اللاجئين عبور البحر المتوسط صوب إيطاليا كل صيف.", "إيطاليا", ""},
        Case{"witnessed", "ومنذ 2014، يشهد اليمن حربا بين المتمردين والقوات الموالية للحكومة.", "اليمن", ""},
        // a dateline's state; a region after من; a city after محافظة
        Case{"dateline_state", "القاهرة، مصر (CNN) -- نفت عائلة المرشح الرئاسي الاتهامات.", "مصر", ""},
        Case{"region_after_min", "انتقد الرئيس الأمريكي المهاجرين من الدول الأفريقية في تصريحاته.", "الدول الأفريقية", ""},
        Case{"city_after_province", "تسيطر الجماعة على مساحة كبيرة من محافظة درعا منذ سنوات.", "درعا", ""},
        Case{"coordinated_place", "لبوتين دور مهم في حل النزاعين في سوريا وأوكرانيا.", "أوكرانيا", ""},
        Case{"war_of_place", "قال المستشار إن حرب أفغانستان يجب أن تنتهي.", "أفغانستان", ""},
        Case{"topic", "وبشأن سوريا عبر الرئيس الفرنسي عن قلقه من الوضع.", "سوريا", ""},
        Case{"people_after_min_control", "اشترت الحكومة أنظمة دفاع من الروس العام الماضي.", "الروس", "RUS"},
        Case{"min_with_pronoun_control", "يثير ذلك انزعاج داعميه، ومنهم أبوظبي، منذ أشهر.", "أبوظبي", "ARE"},
        Case{"accord_of_two_states_control", "ناقش البرلمان اتفاق تركيا وروسيا حول إدلب.", "تركيا", "TUR"},
        // controls: the same place as an event's target stays an actor
        Case{"target_after_fi_control", "تدخلت تركيا عسكريا في سوريا.", "سوريا", "SYR"},
        Case{"invested_in_control", "استثمرت الصين مليارات الدولارات في باكستان.", "باكستان", "PAK"},
        Case{"prison", "هرب عشرات السجناء من سجن بغداد المركزي.", "بغداد", ""},
        Case{"hashtag_place", "وقع انفجار في #بغداد صباح اليوم.", "بغداد", ""},
        // controls: the capital as its government, as the subject or the object of an act
        Case{"capital_as_subject", "أعلنت واشنطن أنها ستفرض عقوبات جديدة.", "واشنطن", "USA"},
        Case{"capital_as_object", "اتهم المسؤولون الأميركيون موسكو بنشر قوات في المنطقة.", "موسكو", "RUS"},
        Case{"dateline_needs_state", "القاهرة، تقول إنها لن تقبل بالشروط.", "القاهرة", "EGY"}));

// 2. The country of a role: its own words before the article's default country.
class RoleCountry : public ::testing::TestWithParam<Case> {};
TEST_P(RoleCountry, Reads) { Check(GetParam()); }
INSTANTIATE_TEST_SUITE_P(
    Rules, RoleCountry,
    ::testing::Values(
        // defaults: a body after the role with لـ is the office's owner; modifiers in the plural; a
        // fleet's commander
        // an indefinite phrase that ends in its adjective (closing_adjective) takes no genitive after it: the
        // next role is the object; "خارجية" in a minister's title is a noun and keeps its genitive
        Case{"closed_by_adjective_role", "وهاجمت جماعة مسلحة الشرطة الليبية قرب الحدود.", "الشرطة الليبية", "LBYCOP"},
        Case{"closed_by_adjective_body", "وهاجمت جماعة مسلحة حرس السواحل الليبي قرب الحدود.", "حرس السواحل الليبي", "LBYMIL"},
        Case{"construct_not_closed", "التقى الأسد وزير خارجية إسبانيا في دمشق.", "وزير خارجية إسبانيا", "ESPGOV"},
        Case{"office_of_body_with_li", "أكد السنوسي ذلك أمام المدعي العام للمجلس الوطني الانتقالي في 2012.",
             "المدعي العام للمجلس الوطني الانتقالي", "LBYJUD"},
        Case{"medium_after_li_control", "قالت الحكومة الليبية أمس إن الهجوم فشل. وقال مسؤول لرويترز إن الخبر صحيح.", "مسؤول", "LBYGOV"},
        Case{"former_plural", "قالت الحكومة الفرنسية إن المرشح تلقى أموالا من بعض المسؤولين السابقين في نظام القذافي.",
             "المسؤولين السابقين", "LBYGOV"},
        // a bare definite plural named again: the country its own words gave it before
        Case{"plural_named_again", "قال الرئيس الروسي إن بلاده لن تتراجع. وقال مسؤولون أمريكيون إن روسيا تحشد قواتها. كما انتقد المسؤولون نظرة روسيا إلى البحر.",
             "المسؤولون", "USAGOV"},
        Case{"member_of_body", "قالت الحكومة الروسية إن الأسطول يحمي مصالحها. وقال مسؤولان أمريكيان في وزارة الدفاع إن روسيا حساسة.",
             "وزارة الدفاع", "USAMIL"},
        Case{"plural_head_named_again", "تدعم واشنطن وحدات حماية الشعب الكردية. وتقول تركيا إن الوحدات مرتبطة بحزب العمال الكردستاني.",
             "الوحدات", "SYRREB"},
        Case{"fleet_commander", "قالت الحكومة الروسية إن نائب قائد الأسطول السادس أدلى بتصريح.", "نائب قائد الأسطول السادس",
             "USAMIL"},
        Case{"un_envoy", "أعلنت الحكومة اليمنية أن المبعوث الأممي سيصل إلى عدن غدا.", "المبعوث الأممي", "IGOUNO"},
        // sample 8: international bodies take no article's country; an armed group's leaders and
        // "terrorist organizations" are REB; a plural that keeps its ن takes no definite genitive.
        Case{"igo_no_default", "دعت الحكومة اليمنية المنظمات الدولية إلى إعداد خطط للإغاثة.", "المنظمات الدولية", "---IGO"},
        Case{"leaders_of_the_organization", "قالت الحكومة المصرية إن كبار قادة التنظيم أقنعوه بالانضمام.", "قادة التنظيم", "EGYREB"},
        Case{"terrorist_organizations", "قالت الحكومة اليمنية إن المنظمات الإرهابية تهدد عدن.", "المنظمات الإرهابية", "YEMREB"},
        Case{"nun_plural_no_genitive", "طالب حقوقيون المجتمع الدولي بمحاسبة المسؤولين.", "المجتمع الدولي", "INT"},
        Case{"definite_plural_adjective_control", "قصفت الطائرات التركية مواقع المقاتلين الأكراد في عفرين.",
             "المقاتلين الأكراد", "SYRREB"},
        Case{"nationality_after_role", "قال مسؤول عسكري أردني إن الحدود آمنة.", "مسؤول عسكري أردني", "JORGOV"},
        // An organization's name word, then its nationality (sample_5.tsv).
        Case{"organization_name_word", "قال الوزير الإيطالي إن منظمة الإنقاذ الألمانية خالفت القانون.",
             "منظمة الإنقاذ الألمانية", "DEUNGO"},
        Case{"ministry_name_word", "قال مسؤول أمريكي إن وزارة التجارة الصينية ردت على الرسوم.",
             "وزارة التجارة الصينية", "CHNGOV"},
        // A role with no nationality placed in a city right after it (sample_4.tsv): the city's country.
        Case{"role_in_city", "قال وزير الداخلية الإيطالي إن جماعة مسلحة في مدينة صبراتة طردت المهربين.",
             "جماعة مسلحة", "LBYREB"},
        Case{"role_in_city_no_descriptor", "قال الوزير الإيطالي إن مسلحين في صبراتة طردوا المهربين.", "مسلحين", "LBYREB"},
        // Duals, and a security adviser who is no policeman (sample_5.tsv).
        Case{"dual_role_and_demonym", "وقال مسؤولان أمريكيان إن روسيا حساسة للعمليات.", "مسؤولان أمريكيان", "USAGOV"},
        Case{"security_adviser", "وأردف أن حمد العطية مستشار الأمن القطري يتواصل مع إرهابيين.", "مستشار الأمن القطري", "QATGOV"},
        // A word with a final hamza seat is no one-word name: "هادئ" (calm) is not هادي.
        Case{"calm_is_not_hadi", "قال مسؤول يمني إن الوضع في عدن هادئ تماما.", "هادئ", ""},
        // A group's adjective that names an organization (sample_5.tsv).
        Case{"group_adjective", "أدانت الحكومة السعودية إطلاق المليشيات الحوثية صواريخ باتجاه الرياض.",
             "المليشيات الحوثية", "YEMREB"}));

// 3. Pronouns and references resolved to the wrong antecedent.
class PronounReference : public ::testing::TestWithParam<Case> {};
TEST_P(PronounReference, Reads) { Check(GetParam()); }
INSTANTIATE_TEST_SUITE_P(
    Rules, PronounReference,
    ::testing::Values(
        // "من جانبها" points forward to the next clause's subject; ها on لقائها is the woman minister
        // named before it, not the state of the previous sentence.
        Case{"feminine_title",
             "التقى الرئيس الأميركي الزعيم الكوري الشمالي في سنغافورة. من جانبها، أكدت وزيرة الخارجية "
             "اليابانية، إثر لقائها نظيرها الصيني، أن العلاقات قوية.",
             "لقائها", "JPNGOV"},
        // ها after an indefinite feminine noun is that noun (an indefinite relative clause).
        Case{"indefinite_relative", "غرقت ليبيا في الفوضى بعد انتفاضة دعمها حلف شمال الأطلسي.", "دعمها", ""},
        // the indefinite noun in construct with another ("مفاوضات سلام تستضيفها"): the clause is still its
        Case{"indefinite_relative_quoted", "انتقد النواب ما وصفه تقرير برلماني \"أرباحا غير مستحقة\" يحققها موزعو المحروقات في المغرب.",
             "يحققها", ""},
        Case{"indefinite_relative_construct", "تعتزم المنظمة الدولية دعوة الأطراف المتحاربة في اليمن إلى مفاوضات سلام تستضيفها مدينة جنيف.",
             "تستضيفها", ""},
        // a resumptive pronoun after a plural of things
        Case{"relative_things",
             "رفضت إيران العقوبات التي فرضتها عليها واشنطن، وقالت إن التضحيات التي يطالبها بها الغرب كبيرة.",
             "بها", ""},
        // sample 12: a woman titled in the pronoun's own sentence before the article's main state
        Case{"titled_woman_same_sentence", "قالت كوريا الشمالية إنها مستعدة للحوار. وأعلنت كوريا الشمالية رفضها الشروط. وهددت كوريا الشمالية بالانسحاب. ورحبت كوريا الشمالية بالقمة. ومن جانبها، أعلنت وزيرة الخارجية الكورية الجنوبية، كانغ كيونغ-وا، إثر لقائها بومبيو أن التحالف قوي.",
             "لقائها", "KORGOV"},
        // a singular state is no "they"
        Case{"state_is_not_they", "رفضت إيطاليا استقبال السفينة، ودعت أوروبا إلى إنقاذهم.", "إنقاذهم", ""},
        // a bare title goes back to the actor named with that title, not the latest actor of its role
        Case{"title_word_antecedent",
             "كان وزير النفط الليبي السابق يعيش في فيينا. وانتقد الرئيس الفرنسي السابق القضاء. "
             "وعثر على الوزير السابق في شقته.",
             "الوزير السابق", "LBYGOV"},
        // control: a pronoun on a verb still finds its actor
        Case{"object_pronoun_control", "زار الرئيس التونسي الجزائر، واستقبله الرئيس الجزائري في المطار.", "واستقبله",
             "TUNGOV"},
        // "الأخير" is the latter person, not a state named since.
        Case{"latter_is_a_person",
             "التقى وزير الخارجية الأردني نظيره الأميركي. وحثه على الضغط على إسرائيل لوقف الحرب على غزة، فيما أكد الأخير "
             "دعم بلاده.",
             "الأخير", "USAGOV"},
        // A military command with its nationality.
        Case{"military_command", "قالت القيادة العسكرية الفرنسية في الساحل إن العملية انتهت.", "القيادة العسكرية الفرنسية",
             "FRAMIL"},
        // A spokesman takes the role of the body he speaks for; his titled name after him is his.
        Case{"spokesman_of_a_body", "قال المتحدث باسم الجيش الوطني الليبي إن القوات تقدمت.", "المتحدث باسم الجيش الوطني الليبي",
             "LBYMIL"},
        Case{"apposition_of_a_spokesman",
             "قال المتحدث باسم الجيش الوطني الليبي العميد أحمد المسماري إن القوات تقدمت نحو تركيا.", "العميد أحمد المسماري",
             "LBYMIL"},
        // The guest and the host of the latest reception or visit.
        Case{"guest_after_reception",
             "استقبل العاهل المغربي الملك محمد السادس الرئيس الموريتاني في الرباط. وأشاد الضيف بالعلاقات بين البلدين.",
             "الضيف", "MRTGOV"},
        Case{"host_after_reception",
             "استقبل العاهل المغربي الملك محمد السادس الرئيس الموريتاني في الرباط. وشكر الرئيس الموريتاني مضيفه على الحفاوة.",
             "مضيفه", "MARGOV"},
        Case{"guest_after_arrival",
             "وصل وزير الخارجية التركي إلى الجزائر والتقى الرئيس الجزائري. وأكد الضيف دعم بلاده للحوار.", "الضيف", "TURGOV"},
        // The Maghreb name of the office: one role with the name after it, not "وزير" alone taking the
        // country of a state named later in the sentence.
        Case{"maghreb_foreign_minister_name",
             "أعلن وزير الشؤون الخارجية رمطان لعمامرة قطع العلاقات مع المملكة المغربية.",
             "وزير الشؤون الخارجية رمطان لعمامرة", "DZAGOV"},
        Case{"maghreb_foreign_minister_adjective", "وقال وزير الشؤون الخارجية التونسي إن بلاده ترفض التدخل.",
             "وزير الشؤون الخارجية التونسي", "TUNGOV"},
        // A service named with its adjective (العامة، الوطنية) is one role, so the nationality after it
        // is its own, not the country of the actor named before.
        Case{"service_with_adjective",
             "بحث رئيس جهاز الاستخبارات الوطنية التركي مع مدير المخابرات العامة المصرية الأوضاع في غزة.",
             "مدير المخابرات العامة المصرية", "EGYSPY"},
        // "المملكة" alone is the monarchy named last; the longer names stay themselves.
        Case{"the_kingdom_reference", "استقبل العاهل الأردني وزير الخارجية الروسي، وأكد حرص المملكة على التعاون.", "المملكة",
             "JOR"},
        Case{"united_kingdom_name", "وقع الأردن اتفاقا مع المملكة المتحدة.", "المملكة المتحدة", "GBR"},
        Case{"kingdom_without_monarchy", "قال الرئيس المصري إن المملكة تدعم الاستقرار.", "المملكة", ""},
        // An honorific is part of the person's mention; "الملكي" alone is no honorific.
        Case{"honorific", "وأكد ترامب ذلك لدى لقائه صاحب السمو الملكي الأمير محمد بن سلمان.",
             "صاحب السمو الملكي الأمير محمد بن سلمان", "SAUGOV"},
        Case{"honorific_president", "وثمن المجلس ما عبر عنه فخامة الرئيس عبد الفتاح السيسي.", "فخامة الرئيس عبد الفتاح السيسي", "EGYGOV"},
        // A bare indefinite "ضيف" is "a guest", no reference.
        Case{"indefinite_guest", "استقبل الرئيس التونسي نظيره الليبي. وحل ضيف على البرنامج.", "ضيف", ""},
        // A last name alone after the full name with a title: the person named before.
        Case{"surname_after_title",
             "قال وزير الخارجية الكيني أموس كيبتانوي إن بلاده ستصوت. وانتقد كيبتانوي الحكومة الصومالية.",
             "كيبتانوي", "KENGOV"},
        Case{"surname_with_conjunction",
             "وصل قائد الجيش النيجيري أولوسيغون أوباسانجو إلى أبوجا. والتقى الرئيس التشادي وأوباسانجو.",
             "وأوباسانجو", "NGAMIL"},
        // A government named by its head's last name is that head's country's.
        Case{"government_of_surname",
             "قال رئيس الوزراء الكيني أموس كيبتانوي إن الانتخابات ستجري. وانتقد كثيرون حكومة كيبتانوي.",
             "حكومة كيبتانوي", "KENGOV"},
        // Not when the name read after the title was words the segmenter did not split.
        Case{"no_surname_from_unsplit_words",
             "قال المدير التنفيذي لمعهد الموسيقى إن الحفل سيقام. وعزفت الفرقة الموسيقى العربية.", "الموسيقى", ""},
        // The article must agree: "الخالدي" is not "خالدي".
        Case{"surname_article_agrees",
             "قال المسؤول الأردني سامي الخالدي إن الحدود مفتوحة. وزار خالدي آخر المعبر.", "خالدي", ""},
        // A person whose one-word forms are all bare ("لامي", David Lammy) is not "اللامي" (an Iraqi
        // journalist); one listed with both forms ("عشماوي|العشماوي") matches both.
        Case{"bare_name_not_with_article", "وقال مؤيد اللامي نقيب الصحفيين العراقيين إن الانفجار وقع أمام المبنى.",
             "اللامي", ""},
        Case{"both_forms_listed_control", "واعتقل الجيش الليبي العشماوي في مدينة درنة.", "العشماوي", "EGYELI"}));

// 4. Common words read as actors.
class CommonWords : public ::testing::TestWithParam<Case> {};
TEST_P(CommonWords, Reads) { Check(GetParam()); }
INSTANTIATE_TEST_SUITE_P(
    Rules, CommonWords,
    ::testing::Values(
        Case{"eliminate", "تعمل الحكومة العراقية على القضاء على الإرهاب.", "القضاء", ""},
        Case{"national_security", "قال الوزير الأردني إن الأمن القومي خط أحمر.", "الأمن", ""},
        Case{"bare_system", "تفاوض تركيا على شراء نظام دفاع صاروخي.", "نظام", ""},
        // sample 21: "النظام" with a system adjective is a system; with any other nisba, a regime
        Case{"definite_system", "وتأخرت تركيا في اختيار النظام الدفاعي المناسب لها.", "النظام", ""},
        Case{"zionist_regime", "وندد المتحدث بالجرائم التي يرتكبها النظام الصهيوني في غزة.", "النظام الصهيوني", "ISRGOV"},
        Case{"military_regime_control", "تجددت المظاهرات في بورما ضد النظام العسكري الحاكم.", "النظام العسكري", "MMRGOV"},
        // sample 21: كـ on a role is a capacity held ("عمل كرئيس تنفيذي")
        Case{"capacity_held", "وقال المهندس الألماني إنه عمل كرئيس تنفيذي لشركة في برلين.", "رئيس تنفيذي", ""},
        // sample 21: "unknown" after a person's mention is its adjective, no second actor
        Case{"unknown_adjective", "وقد أطلق ناشطون مجهولون حملة لمقاطعة ثلاث شركات مغربية.", "مجهولون", ""},
        Case{"unknown_alone_control", "وخطف مجهولون صحفيا عراقيا في بغداد.", "مجهولون", "IRQUAF"},
        // sample 21: an indefinite media noun, a foreign name with no article, then its nationality
        Case{"media_foreign_name_nationality", "وقال رئيس الحكومة الليبية في مقابلة مع صحيفة بيلد الألمانية إنه يرفض الخطة.",
             "صحيفة بيلد الألمانية", "DEUMED"},
        // sample 8: a state's security is no police ("أمن حماس", a movement's, is)
        Case{"security_of_state", "قال الرئيس الفرنسي إن العلاقات مهمة لأمن أوروبا.", "أمن أوروبا", ""},
        Case{"security_of_movement_control", "اعتقل أمن حماس ثلاثة ناشطين في غزة.", "أمن حماس", "PSECOP"},
        Case{"bare_security", "دعا الجيش الليبي إلى الحرص على أمن وحياة المدنيين.", "أمن", ""},
        Case{"press_conference", "قال وزير الخارجية المصري في مؤتمر صحفي إن المحادثات مستمرة.", "صحفي", ""},
        Case{"on_behalf", "رفعت المحامية دعوى نيابة عن مواطن ليبي.", "نيابة", ""},
        Case{"hospital_place", "عاد المشير إلى بنغازي بعد أسبوعين في المستشفى.", "المستشفى", ""},
        // sample 9: a one-word name that is also the nisba ("سورية", "تركية") is, with the article, the
        // adjective ("الحرب الأهلية السورية" is no Syria)
        Case{"nisba_like_name", "قال الرئيس الأميركي إن الحرب الأهلية السورية لم تكن نزاعنا.", "السورية", ""},
        Case{"nisba_like_name_control", "قال الرئيس الأميركي إن سورية لم تكن يوما حليفا.", "سورية", "SYR"},
        // sample 9: the three branches of power are no authorities; armed groups of Daraa by name
        Case{"three_powers", "قال رئيس المجلس إن الملك على رأس السلطات الثلاث وهو ضمانة لحماية تلك السلطات.", "السلطات", ""},
        Case{"authorities_control", "اعتقلت السلطات الأردنية ثلاثة أشخاص.", "السلطات الأردنية", "JORGOV"},
        Case{"brigade_named_again", "وكان لواء شهداء اليرموك أكبر الجماعات في درعا. وبايع اللواء تنظيم الدولة الإسلامية.", "اللواء", "SYRREB"},
        // a name whose one-word forms all have the article needs it ("بيان صدر": was issued, not al-Sadr);
        // a definite nisba joined by و to another is the noun's adjective
        Case{"article_name_bare_word", "قالت العائلة في بيان لها صدر ليل الأربعاء إنها تستنكر الاتهامات.", "صدر", ""},
        Case{"occupation_as_word", "يواصل متظاهرون معارضون للحكومة احتلال مطار بانكوك الدولي.", "احتلال", ""},
        Case{"occupation_as_israel_control", "وقال المتحدث إن الاحتلال يواصل هدم المنازل في القدس.", "الاحتلال", "ISR"},
        Case{"article_name_control", "دعا الصدر أنصاره إلى التظاهر في بغداد.", "الصدر", "IRQPTY"},
        Case{"coordinated_nisba", "تثبت التحقيقات تمويل قطر ودعمها اللوجستي والإعلامي لجماعات مسلحة.", "الإعلامي", ""},
        // a person named after every period of his ended is out of office (ELI); his regime keeps its code
        Case{"out_of_office", "كسب مانافورت ملايين الدولارات أثناء عمله لصالح يانوكوفيتش.", "يانوكوفيتش", "UKRELI"},
        Case{"regime_of_the_time", "وغرقت ليبيا في الفوضى منذ سقوط نظام معمر القذافي في 2011.", "نظام معمر القذافي", "LBYGOV"},
        // sample 12: a two-word place name before the site's adjective; a family stays civilian; both
        // houses; "الحركة" that names no movement
        Case{"site_adjective_two_words", "وصلت سفينة خفر السواحل إلى قاعدة أبو ستة البحرية في طرابلس.", "البحرية", ""},
        Case{"family_of_candidate", "القاهرة -- نفت عائلة المرشح الرئاسي الأسبق الاتهامات.", "عائلة المرشح", "EGYCVL"},
        Case{"both_houses", "بدأ رئيس الوزراء الأردني مشاوراته مع مجلسي الأعيان والنواب.", "مجلسي الأعيان", "JORLEG"},
        Case{"movement_as_word", "قالت الأمم المتحدة إن السكان يعانون من تقييد حريتهم في الحركة.", "الحركة", ""},
        Case{"movement_named_again_control", "أعلنت حركة حماس رفضها للخطة. وقالت الحركة في بيان إنها لن تقبل.", "الحركة", "PSEREB"},
        // sample 13: "عام" before a year is no modifier of the role ("the general army"); a deputy of the
        // president is in government, not parliament
        // a body with no country takes the one state its sentence names after في
        // sample 14: where a body has its seat, a headline's topic, armed opponents
        Case{"seat_of_body", "وقال المرصد السوري، ومقره بريطانيا، إن الغارات استمرت.", "بريطانيا", ""},
        Case{"headline_topic", "سوريا: استمرار المفاوضات حول درعا.", "سوريا", ""},
        // a state kept alive only as the antecedent of a place phrase that itself goes ("في هذا البلد")
        Case{"antecedent_of_dropped_place", "تعتزم المنظمة الدولية دعوة الأطراف المتحاربة في اليمن إلى جنيف لبحث إطار لمفاوضات تنهي الحرب الدائرة في هذا البلد منذ أعوام.",
             "اليمن", ""},
        Case{"prep_pronoun_before_state_control", "وهي الحرب التي لعبت فيها روسيا دورا كبيرا.", "روسيا", "RUS"},
        Case{"armed_opponents", "وتخوض تركيا، بدعم من معارضين مسلحين في سوريا، مواجهات مع الأكراد.", "معارضين مسلحين في سوريا",
             "SYRREB"},
        Case{"sentence_place_state", "وقال المتحدث الليبي إن العشماوي متهم في عمليات إرهابية في مصر، أهمها استهداف الكتيبة 101.",
             "الكتيبة", "EGYMIL"},
        // an article about Libya's coast guard that names Italy more: the officials' base is Libyan, the
        // "national" coast guard is theirs, and the coast guard named again is the same one
        Case{"placed_in_nisba", "قال مسؤولون في قاعدة بحرية ليبية إن الحادث وقع أمس. وانتقدت إيطاليا مالطا. وقالت إيطاليا إنها لن تستقبل السفن.",
             "مسؤولون", "LBYGOV"},
        // the parties to a conflict in a country are that country (as gold codes "أطراف النزاع في البلاد")
        Case{"parties_to_conflict", "ودعت اللجنة جميع أطراف الصراع في اليمن إلى ضمانات أمنية.", "أطراف الصراع في اليمن", "YEM"},
        Case{"latter_after_time_noun", "ووصل نحو 600 ألف مهاجر إلى إيطاليا من ليبيا في الأربعة أعوام الأخيرة.", "الأخيرة", ""},
        // samples 15 and 16: a definite dual with no country is two sides, not one actor
        Case{"dual_two_sides", "التقى ماكرون وبوتين في سان بطرسبرغ. ويرى المسؤولان مصلحة في التعاون الوثيق.", "المسؤولان", ""},
        Case{"dual_with_country_control", "قال مسؤولان أمريكيان إن الاجتماع انتهى.", "مسؤولان أمريكيان", "USAGOV"},
        // samples 15 and 16: civilians are where their sentence is, before the article's country
        Case{"civilians_in_sentence_city", "وأشادت قطر بالعملية. وقال الشيخ إن المقاتلين حرروا مئات السجناء من سجن قرب الموصل بينهم 52 امرأة.",
             "امرأة", "IRQCVL"},
        // sample 16: a body's noun before its quoted, known name is no second actor
        Case{"noun_before_quoted_name", "وقال إن التحقيق في وثائقي قناة \"سي أن أن\" الأمريكية عن بيع مهاجرين في ليبيا مستمر.",
             "قناة", ""},
        Case{"quoted_name_control", "وقال إن التحقيق في وثائقي قناة \"سي أن أن\" الأمريكية عن بيع مهاجرين في ليبيا مستمر.",
             "قناة \"سي أن أن\"", "USAMED"},
        // a quoted name takes its head noun and its quotes ("مبايعة تنظيم "..."": the group is the genitive)
        Case{"quoted_name_takes_head", "وأعلنت جماعة \"أنصار بيت المقدس\" مسؤوليتها عن الهجوم.", "جماعة \"أنصار بيت المقدس\"", "EGYREB"},
        Case{"quote_not_closed_keeps_name", "وأعلنت جماعة \"أنصار بيت المقدس مسؤوليتها عن الهجوم.", "أنصار بيت المقدس", "EGYREB"},
        Case{"nisba_after_name", "وقال المتحدث إن تنظيم القاعدة تحالف مع تنظيم داعش الإرهابي لمحاربة الجيش في درنة.", "الإرهابي", ""},
        // another person of a known surname: an unknown first name before it, at the head of the name
        Case{"other_first_name", "وكتب الصحفي الأمريكي، روبرت كوستا، أن الحكومة أخطأت في قرارها.", "كوستا", ""},
        Case{"chant_control", "وخرج المتظاهرون إلى الشوارع مرددين هتافات منها «يسقط بوش».", "بوش", "USAELI"},
        Case{"surname_control", "وقال رئيس الوزراء البرتغالي، كوستا، إن بلاده تدعم الاتفاق.", "كوستا", "PRTGOV"},
        // sample 18: a label after "بأنه"; security as a state of things
        Case{"label_after_as", "وصف رئيس البرلمان الإيراني الرئيس الأمريكي بأنه \"سياسي مغرور\".", "سياسي", ""},
        Case{"abstract_security", "وأشاد المجلس بجهود المملكة لإحلال السلم والأمن والاستقرار في المنطقة.", "الأمن", ""},
        Case{"security_forces_control", "واعتقلت قوات الأمن المصرية ثلاثة مسلحين.", "قوات الأمن المصرية", "EGYCOP"},
        Case{"placed_in_act_control", "أعلن الجيش العراقي مقتل ثلاثة مسلحين في ضربة جوية أميركية أمس.", "مسلحين", "IRQREB"},
        Case{"national_body", "صرح مسؤولون ليبيون بأن قوات خفر السواحل الوطنية أنقذت 900 مهاجر. وانتقدت إيطاليا مالطا. وقالت إيطاليا إنها لن تستقبل السفن.",
             "قوات خفر السواحل", "LBYMIL"},
        Case{"body_named_again", "صرح مسؤولون ليبيون بأن قوات خفر السواحل الوطنية أنقذت 900 مهاجر. وانتقدت إيطاليا مالطا. وقالت إيطاليا إن خفر السواحل لم يتعاون.",
             "خفر السواحل", "LBYMIL"},
        Case{"body_default_control", "وانتقدت إيطاليا مالطا. وقالت إيطاليا إن خفر السواحل لم يتعاون.", "خفر السواحل", "ITAMIL"},
        Case{"year_after_role", "وتم فصل الضابط من الجيش المصري عام 2012.", "الجيش المصري", "EGYMIL"},
        Case{"year_after_bare_role", "وتم فصل الضابط من الجيش عام 2012.", "الجيش عام", ""},
        Case{"deputy_of_president", "قالت الرئاسة في جنوب السودان إن ريك مشار النائب السابق للرئيس سيعود لمنصبه.",
             "النائب السابق للرئيس", "SSDGOV"},
        Case{"deputy_mp_control", "قال النائب الأردني إن القانون سيسقط.", "النائب الأردني", "JORLEG"},
        Case{"site_adjective", "احتفل الجيش الليبي في مطار بنينا العسكري بذكرى العملية.", "العسكري", ""},
        Case{"lions_share", "تستحوذ الشركات الكبرى على حصة الأسد من السوق.", "الأسد", ""},
        // sample 7: "عامل" alone is "a factor"; an aid worker and a group named "ابن" for "بن" are actors
        Case{"factor", "قال الرئيس الروسي إن هذا عامل استقرار في العلاقة مع فرنسا.", "عامل", ""},
        Case{"aid_worker_control", "قتل عامل إغاثة فرنسي في مالي.", "عامل إغاثة فرنسي", "FRANGO"},
        // a plural that keeps its ن is in no construct: two actors, not "مسلحون عامل إغاثة"
        Case{"nun_plural_no_construct", "خطف مسلحون عامل إغاثة في مالي.", "عامل إغاثة", "NGO"},
        // sample 7: the office held is no actor ("تولى الرئاسة", "شغل منصب وزير")
        Case{"office_held", "أعلن ساركوزي الذي تولى الرئاسة بين 2007 و2012 رفضه للاتهامات.", "الرئاسة", ""},
        Case{"office_post", "وكان الرجل قد شغل منصب وزير الخارجية في حكومة سابقة.", "وزير الخارجية", ""},
        Case{"presidency_control", "قالت الرئاسة المصرية إن الرئيس سيزور الخرطوم.", "الرئاسة المصرية", "EGYGOV"},
        Case{"ibn_in_name", "أعلن جيش خالد ابن الوليد ولاءه لتنظيم الدولة الإسلامية.", "جيش خالد ابن الوليد", "SYRREB"},
        // a known noun with the feminine ending is no part of a name
        Case{"no_name_after_title", "ترك الوزير الإيطالي سفينة تقل مهاجرين في البحر.", "الوزير الإيطالي", "ITAGOV"},
        // controls: the same words as actors
        Case{"judiciary_control", "أصدر القضاء الليبي مذكرات توقيف.", "القضاء الليبي", "LBYJUD"},
        Case{"regime_control", "قصف النظام السوري مواقع المعارضة.", "النظام السوري", "SYRGOV"},
        Case{"report_voice_control", "كشف تقرير برلماني مغربي عن أرباح كبيرة.", "برلماني مغربي", "MARLEG"},
        Case{"adjective_after_definite_control", "قال المسؤول العسكري العراقي إن الهجوم فشل.",
             "المسؤول العسكري العراقي", "IRQGOV"},
        // A definite organization head takes no genitive: the nationality is the next noun's.
        Case{"definite_head_no_genitive", "وانتقدت المنظمة الصادرات البريطانية من السلاح إلى السعودية.",
             "المنظمة الصادرات البريطانية", ""},
        // A plural role's partitive من names whose members they are.
        Case{"partitive_of_plural_role", "تقدمت قوات تركية مدعومة من فصائل من المعارضة السورية.",
             "فصائل من المعارضة السورية", "SYRREB"},
        Case{"definite_head_nisba_control", "التقى الوفد الحكومة الانتقالية السودانية في جوبا.",
             "الحكومة الانتقالية السودانية", "SDNGOV"}));

}  // namespace actor_precision_test
}  // namespace
}  // namespace mizan

namespace mizan {
namespace {
namespace actor_precision_test {

// sample 8: a force noun's nationality ("الضربات الجوية التركية") was read twice, as the state's
// military and again as the state, two mentions over one word.
TEST(OneMentionPerWord, ForceNounNationality) {
  Doc doc = CodeText("قال المرصد إن الضربات الجوية التركية استهدفت القوات الموالية للحكومة السورية في عفرين.");
  int over = 0;
  for (const Mention& m : doc.mentions)
    if (m.via != MentionVia::kPronoun && doc.OrigText(m.norm) == "التركية") ++over;
  EXPECT_EQ(over, 1) << List(doc);
  const Mention* m = Find(doc, "التركية");
  ASSERT_NE(m, nullptr) << List(doc);
  EXPECT_EQ(m->code, "TURMIL");
}

}  // namespace actor_precision_test
}  // namespace
}  // namespace mizan

namespace mizan {
namespace {
namespace actor_precision_test {

// sample 9: a pronoun resolved for an event argument that the event did not take stayed as a mention
// ("صفتهما" read as the Libyan army). Every pronoun mention left must be what something refers to.
TEST(UnusedMentions, NoOrphanPronoun) {
  for (const char* text : {
           "قال قائد خفر السواحل الليبي إن قواته أنقذت مئات المهاجرين. وأضاف أن إيطاليا ستحتجز السفينتين، للتحقق من صفتهما القانونية.",
           "أعلن رئيس الحكومة الليبية رفضه إقامة مراكز للمهاجرين. وقال الاتحاد الأوروبي إنه سيبحث الأمر.",
           "اتهمت المنظمة قطر بدعم الإرهاب. وطالبت المجتمع الدولي بوقف دعمها للمنظمات الإرهابية."}) {
    Doc doc = CodeText(text);
    std::vector<bool> used(doc.mentions.size(), false);
    for (const Event& ev : doc.events)
      for (idx_t m : {ev.source.mention, ev.target.mention, ev.broker.mention})
        if (m != kNone && m < used.size()) used[m] = true;
    for (const Cue& c : doc.cues)
      if (c.mention != kNone && c.mention < used.size()) used[c.mention] = true;
    for (const Mention& m : doc.mentions)
      if (m.antecedent != kNone && m.antecedent < used.size()) used[m.antecedent] = true;
    for (idx_t i = 0; i < doc.mentions.size(); ++i)
      if (doc.mentions[i].via == MentionVia::kPronoun)
        EXPECT_TRUE(used[i]) << text << "\n  orphan pronoun " << i << " " << doc.mentions[i].code << "\n" << List(doc);
  }
}

}  // namespace actor_precision_test
}  // namespace
}  // namespace mizan

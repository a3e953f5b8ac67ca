// Event arguments from the sentence's structure: unvocalized passives, victim verbs, "تعرض X لـ",
// nouns of harm with their victim in the genitive, "بين X وY", the victim's nationality or place, the
// target of a protest, hypothetical acts. Each row: a sentence of the team's own, the mode, and
// whether an event of that root between those countries is found. Both positive and negative rows.
#include <gtest/gtest.h>

#include <memory>
#include <set>
#include <string>

#include "mizan/coder.h"

namespace mizan {
namespace {
namespace event_arguments_test {

const Coder& TheCoder(bool one_sided) {
  auto make = [](bool one) {
    CoderOptions o;
    o.data_dir = MIZAN_SOURCE_DATA_DIR;
    o.one_sided_events = one;
    auto c = Coder::Create(o);
    EXPECT_TRUE(c.ok()) << c.status().ToString();
    return std::move(c).value();
  };
  static std::unique_ptr<Coder> two = make(false);
  static std::unique_ptr<Coder> one = make(true);
  return one_sided ? *one : *two;
}

struct Case {
  const char* rule;
  const char* text;
  bool one_sided;   // code with one-sided protests and attacks (mizan code --one-sided)
  const char* src;  // source country; "" = any (or none)
  const char* root;
  const char* tgt;  // target country; "" = any (or none)
  bool want;        // an event of this root between these countries is (not) coded
};

bool Found(const Case& c, std::string* seen) {
  Doc doc("t", c.text);
  doc.published = "2023-05-10";
  Status st = TheCoder(c.one_sided).Code(doc);
  EXPECT_TRUE(st.ok()) << st.ToString();
  bool found = false;
  for (const Event& e : doc.events) {
    *seen += e.source.code + "-" + e.cameo + "-" + e.target.code + " ";
    if (e.negated || e.cameo.compare(0, 2, c.root) != 0) continue;
    if (*c.src && e.source.code.compare(0, 3, c.src) != 0) continue;
    if (*c.tgt && e.target.code.compare(0, 3, c.tgt) != 0) continue;
    found = true;
  }
  return found;
}

class EventArguments : public ::testing::TestWithParam<Case> {};

TEST_P(EventArguments, Table) {
  const Case& c = GetParam();
  std::string seen;
  EXPECT_EQ(Found(c, &seen), c.want) << c.rule << ": " << c.text << "\n  events: " << seen;
}

INSTANTIATE_TEST_SUITE_P(
    Table, EventArguments,
    ::testing::Values(
        // a verb form after a verbal noun that governs it is a noun: its pronoun is the agent, and لـ
        // marks the object ("بوقف دعمها للجماعات": her support for the groups)
        Case{"governed_noun_agent", "اتهمت مصر قطر بتمويل الإرهاب وطالبت بوقف دعمها للجماعات المسلحة الليبية.", false, "QAT", "07", "LBY", true},
        Case{"governed_noun_not_verb", "اتهمت مصر قطر بتمويل الإرهاب وطالبت بوقف دعمها للجماعات المسلحة الليبية.", false, "EGY", "05", "QAT", false},
        // a nationality after an act noun and one adjective is its agent ("الحملة العسكرية التركية")
        Case{"nationality_after_adjective", "أدت الحملة العسكرية التركية على عفرين إلى نزوح آلاف الأكراد.", true, "TUR", "19", "", true},
        // a count right after a violent verb is its victims (قُتل), not its subject
        Case{"count_passive", "قتل 12 جنديا في الجيش السوري في هجوم قرب حلب.", true, "", "19", "SYR", true},
        Case{"count_passive_not_source", "قتل 12 جنديا في الجيش السوري في هجوم قرب حلب.", true, "SYR", "19", "", false},
        // a nationality counted by a number is the victims, the weapon phrase the agent
        Case{"counted_nationality", "وقتل أمس نحو 40 عراقيا بنيران القوات الأمريكية قرب الفلوجة.", false, "USA", "19", "IRQ", true},
        // "وحثه على الضغط": he urged him (the pronoun is the object of a light verb whose tail is a
        // preposition and a noun), the subject carried from the meeting
        Case{"urged_him_to_press", "التقى وزير الخارجية الأردني أيمن الصفدي وزير الخارجية الأميركي أنتوني بلينكن. وحثه على الضغط على إسرائيل.", false, "JOR",
             "02", "USA", true},
        // a visit to a city that names no actor is a visit to its state
        Case{"arrival_in_a_city", "وصل وزير الخارجية الفرنسي إلى مدينة وهران في زيارة رسمية.", false, "FRA", "04", "DZA", true},
        // the object of a reception after a long aside of time and place
        Case{"object_after_aside",
             "استقبل وزير الخارجية القطري الشيخ محمد بن عبد الرحمن آل ثاني في الدوحة، مساء يوم الأربعاء الماضي، نظيره "
             "التركي.",
             false, "QAT", "04", "TUR", true},
        // an arrest of "a French citizen": the object's nationality is the target
        Case{"arrest_of_a_national", "اعتقلت السلطات التركية صحفيا ألمانيا في إسطنبول.", false, "TUR", "17", "DEU", true},
        // a strike's target after the date set off by commas after the subject
        Case{"target_after_commas_and_date",
             "شنت مقاتلات التحالف بقيادة السعودية، فجر أمس، سلسلة غارات على مواقع لجماعة الحوثي في صعدة.", false, "SAU", "19",
             "YEM", true},
        // a meeting noun whose genitive is "نظيره": the counterpart is met by the one named before
        Case{"meeting_ones_counterpart", "بدأت استعدادات الرئيس الفرنسي للقاء نظيره الروسي في باريس.", false, "FRA", "04",
             "RUS", true},
        // "فيها" between a verb and its subject governs its pronoun, not the subject
        Case{"fiha_then_subject",
             "وقع الرئيس الأمريكي والرئيس الصيني اتفاقا تعهدت فيه الصين بخفض الرسوم على السلع الأمريكية.", false, "USA",
             "03", "", false},
        // "دخل في حرب مع X": a war with X
        Case{"entered_a_war_with", "دخلت إثيوبيا في حرب مع إريتريا عام 1998.", false, "ETH", "19", "ERI", true},
        // a list after "كلاً من" is all objects; a reaction to the positions of a list is to each
        Case{"kullan_min_list", "اتهم الجيش السوداني كلاً من تشاد وإريتريا بدعم المتمردين.", false, "SDN", "11", "TCD", true},
        Case{"reaction_to_a_list", "رحب المجلس الرئاسي الليبي بمواقف الجزائر ومصر وتونس.", false, "LBY", "05", "TUN", true},
        // a participle after a comma acts with the main subject on the actor after it
        Case{"circumstantial_participle", "استدعت البحرين سفيرها في الدوحة، متهمة قطر بالتدخل في شؤونها.", false, "BHR",
             "11", "QAT", true},
        Case{"circumstantial_participle_not_reversed", "استدعت البحرين سفيرها في الدوحة، متهمة قطر بالتدخل في شؤونها.",
             false, "QAT", "11", "BHR", false},
        // a name of the subject's own code after it is an apposition, not the object
        Case{"apposition_not_object",
             "التقى المبعوث الأممي إلى اليمن هانس غروندبرغ، قبل يومين في مسقط، رئيس وفد الحكومة اليمنية.", false, "IGO",
             "04", "YEM", true},
        // an invitation extended to someone through إلى is an intent to meet them
        Case{"invitation_to", "ووجه الرئيس الجزائري إلى نظيره التونسي دعوة لزيارة الجزائر.", false, "DZA", "03", "TUN", true},
        // a rejection or denial of "the accusations" is directed at the one who made them
        Case{"rejected_accusations", "اتهمت الحكومة العراقية إيران بتسليح الميليشيات. ورفضت طهران الاتهامات.", false,
             "IRN", "12", "IRQ", true},
        Case{"denied_accusations", "اتهم الجيش اللبناني إسرائيل بخرق الحدود. لكن إسرائيل نفت صحة هذه الاتهامات.", false,
             "ISR", "01", "LBN", true},
        // the genitive of an accusation followed by its charge (بـ) is the accused; the accuser is the
        // governing verb's subject
        Case{"accused_genitive", "جددت السعودية اتهام إيران بالتدخل في شؤون اليمن.", false, "SAU", "11", "IRN", true},
        Case{"accused_genitive_not_yemen", "جددت السعودية اتهام إيران بالتدخل في شؤون اليمن.", false, "IRN", "11", "YEM", false},
        // without the charge the genitive is the accuser ("اتهامات إيران للسعودية")
        Case{"accuser_genitive", "تصاعدت اتهامات إيران للسعودية.", false, "IRN", "11", "SAU", true},
        // "الأمين العام لـ<org>" is the organization's office: the subject, not a ل-object
        Case{"secretary_general_of_league", "انتقد الأمين العام لجامعة الدول العربية قرار البرلمان التركي إرسال قوات.",
             false, "IGO", "11", "TUR", true},
        // not when no accusation was made against the one who rejects them
        Case{"accusations_without_accuser", "ورفضت طهران الاتهامات.", false, "IRN", "12", "", false},
        // a site struck, then its owner after لـ: the owner is the victim
        Case{"struck_site_owner", "وهاجمت حركة الشباب قاعدة للجيش الكيني قرب الحدود.", false, "SOM", "19", "KEN", true},
        // an aside in brackets after the subject does not hide the object
        Case{"bracket_aside", "اتهمت منظمة هيومن رايتس ووتش (HRW) الحكومة العراقية بالتستر على الفساد.", false, "",
             "11", "IRQ", true},
        // victim verbs take the victim as subject; the weapon phrase names the agent
        Case{"wounded_passive", "أصيب ثلاثة جنود أتراك بنيران مسلحين أكراد قرب الحدود.", true, "", "19", "TUR", true},
        // "تعرض X لـ" + a noun of violence: X suffers it; تعرض is no offer (عرض)
        Case{"exposure", "تعرض السفير الأردني في بغداد لمحاولة اغتيال على أيدي مسلحين.", true, "", "18", "JOR", true},
        Case{"exposure_no_offer", "تعرض السفير الأردني في بغداد لمحاولة اغتيال على أيدي مسلحين.", true, "JOR", "03", "", false},
        // the genitive of a noun of harm to persons is its victim
        Case{"genitive_victim", "استنكرت الحكومة المالية اغتيال الصحفي الفرنسي على يد مسلحين.", true, "", "18", "FRA", true},
        Case{"genitive_victim_not_agent", "استنكرت الحكومة المالية اغتيال الصحفي الفرنسي على يد مسلحين.", true, "FRA", "18", "", false},
        // ... but the genitive of an attack is its agent (unchanged)
        Case{"genitive_attack_agent", "أدانت مصر هجوم القوات الإسرائيلية على غزة.", false, "ISR", "19", "PSE", true},
        // a nationality on the object noun names the victim's state
        Case{"demonym_object", "خطف مسلحون ليبيون مهندسا تركيا أمس.", false, "LBY", "18", "TUR", true},
        // ... also in the indefinite accusative, before a later actor ("... قرب الحدود الليبية")
        Case{"demonym_object_accusative", "خطف مسلحون مجهولون صحفيا فرنسيا قرب الحدود مع ليبيا.", true, "", "18", "FRA", true},
        // على introduces the victim of any violent act, before a later free actor
        // a perfect form after a word that governs a noun is the verbal noun: its genitive acts
        Case{"governed_masdar", "دخلت القوات الحكومية إلى عفرين في أعقاب شن القوات التركية هجوما عليها.", true, "TUR", "19", "",
             true},
        Case{"governed_masdar_not_target",
             "دخلت القوات الحكومية إلى عفرين لدعم المقاتلين الأكراد في أعقاب شن القوات التركية هجوما عليها.", false, "", "19",
             "TUR", false},
        // force or coercion put in the future is a threat (13), not the act
        Case{"future_force_threat", "أعلن الجيش التركي أنه سيقصف مواقع المسلحين الأكراد في شمال سوريا.", false, "TUR", "13", "",
             true},
        Case{"future_force_not_act", "أعلن الجيش التركي أنه سيقصف مواقع المسلحين الأكراد في شمال سوريا.", false, "TUR", "19", "",
             false},
        // the subject of "نفذها/شنها" after an act is its agent
        Case{"carried_out_by", "تعرضت سفينة تركية للهجوم في خليج عدن في عملية نفذها قراصنة صوماليون.", true, "SOM", "19", "",
             true},
        // a verb's perfect with ال is its noun: its agent after "من قبل", not the sentence's subject
        Case{"nominal_verb_agent", "وقال ناشطون إن القصف بالمدفعية استمر من قبل القوات الروسية على الغوطة.", true, "RUS", "19",
             "", true},
        // "قواته": the forces of the pronoun's antecedent, not of the article's country
        Case{"possessor_forces", "وقال حلف الناتو في أفغانستان إن عبوة ناسفة انفجرت بقواته قرب قندهار.", true, "", "18", "IGO",
             true},
        // a role placed "من قرية X جنوب نابلس" takes the city's country; a nationality after a name is its own
        Case{"placed_village", "هاجم مستوطنون إسرائيليون المواطنين من قرية كفر قليل جنوب نابلس.", false, "ISR", "19", "PSE",
             true},
        // "للسلم" is "for peace", not a form of سلّم (handed over): no extradition
        Case{"no_article_noun", "وصل المبعوث الأممي للسلم إلى الصومال.", false, "", "06", "", false},
        // Where a projectile fell is the place struck, past the comma; any other clause is not.
        Case{"landing_clause", "أطلق مسلحون فلسطينيون 5 صواريخ، سقط أحدها في منطقة مفتوحة في مدينة عسقلان.", true, "PSE",
             "19", "ISR", true},
        Case{"missiles_dual", "أطلق مسلحون فلسطينيون صاروخين على مدينة عسقلان.", true, "PSE", "19", "ISR", true},
        Case{"no_landing_clause", "أطلق مسلحون فلسطينيون 5 صواريخ، وقال متحدث إن الوفد وصل إلى مدينة عسقلان.", true, "PSE",
             "19", "ISR", false},
        // The reflexive agrees with the bombers, the verb before them stays singular.
        Case{"suicide_dual", "فجر انتحاريان نفسيهما قرب مقر للشرطة في بغداد.", true, "IRQ", "18", "IRQ", true},
        Case{"attacker_role", "فجر المهاجم نفسه قرب مقر للجيش العراقي.", false, "IRQ", "18", "IRQ", true},
        Case{"suicide_dual_after", "وكان انتحاريان قد فجرا نفسيهما امام مقر للشرطة في بغداد.", true, "IRQ", "18", "IRQ",
             true},
        Case{"victim_after_ala", "انفجرت عبوة ناسفة على دورية بريطانية قرب البصرة وكربلاء.", true, "", "18", "GBR", true},
        // the sides of a fight after بين
        Case{"between_sides", "اندلعت اشتباكات عنيفة بين الجيش اللبناني ومسلحين سوريين قرب الحدود.", false, "LBN", "19", "SYR", true},
        // an indefinite noun's relative clause without a pronoun names the agent
        Case{"indefinite_relative", "قتل خمسة مدنيين في غارة شنتها طائرة أميركية على قرية في اليمن.", true, "USA", "19", "", true},
        // a partitive before من is no preposition: the police is the subject
        Case{"partitive_subject", "قامت قوة من الشرطة العراقية باقتحام مسجد واعتدت على المصلين بالضرب.", true, "IRQ", "18", "", true},
        // what a protest is against
        Case{"protest_embassy", "تظاهر مئات الطلاب الأردنيين أمام السفارة الأميركية في عمان.", true, "", "14", "USA", true},
        Case{"protest_against", "خرج آلاف المغاربة في مسيرة احتجاجا على زيارة وزير الخارجية الإسرائيلي.", true, "", "14", "ISR", true},
        Case{"protest_flag_burning", "تظاهر مئات الأردنيين أمس وأحرقوا العلم الإسرائيلي.", true, "JOR", "14", "ISR", true},
        Case{"protest_no_cue", "تظاهر مئات الطلاب الأردنيين في عمان للمطالبة بخفض الرسوم.", true, "", "14", "USA", false},
        // protesters as the subject of another verb, with a cue of what they are against
        Case{"protesters_walk_to", "سار المتظاهرون في عمان نحو السفارة الإسرائيلية حاملين لافتات.", true, "", "14", "ISR", true},
        Case{"protesters_burn_flags", "قام المحتجون في بيروت بإحراق الأعلام الأميركية أمام المبنى.", true, "", "14", "USA", true},
        Case{"protesters_two_sided_mode", "سار المتظاهرون في عمان نحو السفارة الإسرائيلية.", false, "", "14", "ISR", false},
        Case{"protest_cue_with_clitic", "تجمع مئات المتظاهرين في لندن وهاتفين ان «نتنياهو غير مرحب به».", true, "", "14", "ISR", true},
        Case{"protesters_call_for", "سارت آلاف المتظاهرات في باريس وهن يدعون الى سحب القوات الروسية من أوكرانيا.", true, "", "14", "RUS", true},
        Case{"protesters_no_cue", "عاد المتظاهرون في عمان إلى منازلهم بعد لقاء السفير الإسرائيلي.", true, "", "14", "ISR", false},
        // a supposed act is no event
        Case{"hypothetical_any", "حذرت إسرائيل من أن أي هجوم تشنه حماس على المستوطنات سيقابل برد قاس.", false, "PSE", "19", "ISR", false},
        Case{"hypothetical_if", "في حال أقدمت إيران على ضرب الناقلات السعودية سترد الرياض.", false, "IRN", "19", "SAU", false},
        // a name set off by commas after a role renames the subject; the object follows it
        Case{"apposition_subject", "انتقد وزير الخارجية الفرنسي، جان إيف لودريان، الحكومة التركية بشدة.", false, "FRA", "11", "TUR", true},
        // A title right before a name, no comma: one actor, the name's (the title alone took the
        // article's country, SAU here).
        Case{"title_then_name_is_the_name", "استقبل الملك السعودي وفدا. واتهم زعيم حزب العمال المعارض جيرمي كوربن حكومة تيريزا ماي بالتواطؤ.", false, "GBR", "11", "GBR", true},
        Case{"title_then_name_not_default_country", "استقبل الملك السعودي وفدا. واتهم زعيم حزب العمال المعارض جيرمي كوربن حكومة تيريزا ماي بالتواطؤ.", false, "SAU", "11", "GBR", false},
        // the first side with its name set off by commas: the second side still follows و
        Case{"between_sides_apposed", "وتتصدر الأزمة جدول المباحثات بين الرئيس المصري، عبد الفتاح السيسي، والعاهل الأردني، الملك عبد الله الثاني، في عمان.", false, "EGY", "04", "JOR", true},
        // a meeting named back by a demonstrative: its other sides are the target
        Case{"boycott_meeting_named_back", "ويجتمع وزراء خارجية دول الاتحاد الأوروبي الاثنين في لوكسمبورغ لبحث ملف الهجرة. وقالت المجر إنها ستقاطع هذا الاجتماع.", false, "HUN", "14", "IGO", true},
        // "X did A, a step that Y rejected": Y, after the verb, rejects X; a quantifier before Y is no gap
        Case{"step_rejected_by", "أعلنت الحكومة الإسرائيلية ضم أجزاء من الضفة الغربية، وهي خطوة رفضتها الغالبية العظمى من أعضاء الأمم المتحدة.", false, "IGO", "12", "ISR", true},
        Case{"step_rejected_by_fi", "ضمت روسيا شبه جزيرة القرم في عام 2014 في خطوة رفضها المجتمع الدولي.", false, "INT", "12", "RUS", true},
        // "that he" after a participle of speech is the sentence's subject, not the article's main actor
        Case{"speech_participle_pronoun", "اختفى الصحفي السعودي جمال خاشقجي في إسطنبول. وكتب خاشقجي قبل اختفائه عن تهديدات تلقاها. وتحدث وزير الخارجية الأمريكي عن قضية خاشقجي، مشيرا إلى أنه التقى الرئيس التركي رجب طيب أردوغان مرتين.", false, "USA", "04", "TUR", true},
        // "للاجئين" is ل + اللاجئين: the refugees are the aid's target
        Case{"aid_to_refugees_merged_article", "قدمت الكويت مساعدات إنسانية للاجئين السوريين في الأردن.", false, "KWT", "07", "SYR", true},
        // a light verb with the swap noun: its coordinated subjects swap prisoners with each other
        Case{"swap_light_verb", "أجرت أرمينيا وأذربيجان، أمس، أكبر عملية لتبادل الأسرى منذ انتهاء الحرب.", false, "ARM", "08", "AZE", true},
        // "حركتا فتح وحماس": both movements sign, with each other
        Case{"dual_head_two_movements", "ووقعت حركتا فتح وحماس في القاهرة أمس اتفاقا لإنهاء الانقسام.", false, "PSE", "05", "PSE", true},
        // a meeting "that gathers" X and Y: they meet, not its host
        Case{"meeting_gathers_sides", "استضافت الرباط أمس لقاء يجمع وزير الخارجية الموريتاني ونظيره السنغالي لبحث الصيد البحري.", false, "MRT", "04", "SEN", true},
        Case{"meeting_gathers_past_adjective", "احتضنت تونس أمس أول اجتماع تشاوري يجمع الرئيس الموريتاني ونظيره السنغالي.", false, "MRT", "04", "SEN", true},
        // "the three leaders" after a meeting of three are its sides
        Case{"leaders_of_the_meeting", "احتضنت نواكشوط أمس قمة تجمع الرئيس الموريتاني ونظيره السنغالي ورئيس النيجر، واتفق القادة الثلاثة على تعزيز التعاون الأمني.", false, "SEN", "03", "NER", true},
        // (and the meeting gathers them: no gathering to protest)
        Case{"meeting_gathers_no_protest", "احتضنت نواكشوط أمس قمة تجمع الرئيس الموريتاني ونظيره السنغالي.", true, "MRT", "14", "", false},
        // "the two presidents" after a reception are its two sides
        Case{"dual_after_reception", "استقبل الرئيس المصري نظيره الكوري الجنوبي في قصر الاتحادية بالقاهرة صباح أمس الأحد، وشهد الرئيسان توقيع عدد من الاتفاقيات في مجال الطاقة.", false, "EGY", "05", "KOR", true},
        Case{"meeting_gathers_not_host", "استضافت الرباط أمس لقاء يجمع وزير الخارجية الموريتاني ونظيره السنغالي لبحث الصيد البحري.", false, "MAR", "04", "SEN", false},
        // "بين وفدي X وY": the delegations' states are the sides
        Case{"between_delegations", "استضافت مسقط أمس جولة جديدة من المحادثات بين وفدي إيران والولايات المتحدة.", false, "IRN", "04", "USA", true},
        // one's own forces withdrawn "من" a state: that state is the target
        Case{"withdraw_own_forces_from", "أعلن الرئيس الفرنسي سحب الجزء الأكبر من القوات الفرنسية من النيجر خلال أشهر.", false, "FRA", "16", "NER", true},
        // two calls to two counterparts, each titled by nationality and named
        Case{"two_calls_first_counterpart", "أجرى وزير الخارجية الكويتي اتصالين هاتفيين بنظيريه الإيراني محمد جواد ظريف والسعودي الأمير فيصل بن فرحان.", false, "KWT", "04", "IRN", true},
        Case{"two_calls_second_counterpart", "أجرى وزير الخارجية الكويتي اتصالين هاتفيين بنظيريه الإيراني محمد جواد ظريف والسعودي الأمير فيصل بن فرحان.", false, "KWT", "04", "SAU", true},
        // migrants "mostly from" a region are of it; a state after "قبالة سواحل" is the place
        Case{"migrants_mostly_from", "أنقذ خفر السواحل الإيطالي 300 مهاجر جلهم من أفريقيا قرب جزيرة لامبيدوزا.", false, "ITA", "07", "AFR", true},
        Case{"rescue_off_the_coast_is_place", "وقال وزير الداخلية الليبي إن قواته تنقذ يوميا مئات الأشخاص قبالة سواحل ليبيا.", false, "LBY", "07", "LBY", false},
        // funding for someone's campaign is aid to that someone
        Case{"funding_for_campaign", "وكشف الموقع تمويل النظام الليبي لحملة الرئيس الفرنسي الأسبق في 2007.", false, "LBY", "07", "FRA", true},
        // an agreement named back: its parties are the target; a description by praise praises
        Case{"welcome_accord_named_back", "وقعت إثيوبيا وإريتريا اتفاقا للسلام في جدة أمس. ورحبت مصر بالاتفاق.", false, "EGY", "05", "ETH", true},
        Case{"praise_accord_named_back", "وقعت إثيوبيا وإريتريا اتفاقا للسلام في جدة أمس. ووصف الرئيس المصري الاتفاق بأنه تاريخي.", false, "EGY", "05", "ERI", true},
        Case{"praise_is_no_criticism", "وقعت إثيوبيا وإريتريا اتفاقا للسلام في جدة أمس. ووصف الرئيس المصري الاتفاق بأنه تاريخي.", false, "EGY", "11", "ERI", false},
        // a protest note received: the sender complains to the receiver
        Case{"protest_note_received", "تسلمت وزارة الخارجية المصرية أمس مذكرة احتجاج رسمية من السفارة الإثيوبية في القاهرة.", false, "ETH", "11", "EGY", true},
        // an agentless attack's relative clause: no one of the sentence is its agent
        Case{"agentless_attack_relative", "تسلمت وزارة الخارجية المصرية أمس مذكرة احتجاج من السفارة الإثيوبية في القاهرة، على خلفية هجوم صاروخي استهدف معسكر أسوان الذي تتمركز فيه قوات إثيوبية قرب الحدود.", false, "ETH", "19", "ETH", false},
        // asking an ambassador to leave expels him: relations are cut, no appeal
        Case{"envoy_asked_to_leave", "طلبت الجزائر أمس من السفير الفرنسي مغادرة أراضيها خلال 48 ساعة.", false, "DZA", "16", "FRA", true},
        Case{"envoy_asked_to_leave_no_appeal", "طلبت الجزائر أمس من السفير الفرنسي مغادرة أراضيها خلال 48 ساعة.", false, "DZA", "02", "FRA", false},
        // sanctions name whom they bear on after them
        Case{"ease_sanctions_imposed_on", "أعلنت واشنطن أمس رفع العقوبات المفروضة على السودان.", false, "USA", "08", "SDN", true},
        Case{"ease_sanctions_nationality", "أعلنت واشنطن أمس رفع العقوبات الاقتصادية المرتبطة بالبرنامج النووي الكوري الشمالي.", false, "USA", "08", "PRK", true},
        // "بين" + one plural actor and no second side: its members fight each other.
        Case{"between_one_plural_group", "قال الجيش الليبي إن الوضع هادئ. واندلعت اشتباكات بين الجماعات المسلحة المتناحرة في طرابلس.", false, "LBY", "19", "LBY", true},
        Case{"between_unknown_second_side_not_self", "دارت اشتباكات بين قوات الجيش اليمني و #الحوثيين في الجوف.", false, "YEM", "19", "YEM", false},
        Case{"between_indefinite_plural_not_self", "اندلعت اشتباكات بين مسلحين ليبيين وقبليين في سبها.", false, "LBY", "19", "LBY", false},
        Case{"between_two_sides_not_self", "اندلعت اشتباكات بين الجيش الليبي والجماعات المسلحة في درنة.", false, "LBY", "19", "LBY", true},
        // A press conference held with someone: they met (not only a statement).
        Case{"joint_press_conference", "وعقد وزير الخارجية المصري مؤتمرا صحفيا مشتركا مع نظيره الأردني في عمان.", false, "EGY", "04", "JOR", true},
        Case{"lone_press_conference_no_meeting", "وقال الوزير المصري في مؤتمر صحفي إن الحكومة ستواصل عملها.", false, "EGY", "04", "", false},
        Case{"title_of_other_country_then_name_two_actors", "انتقد وزير الخارجية الفرنسي ترامب بشدة.", false, "FRA", "11", "USA", true},
        Case{"apposition_no_self_event", "انتقد وزير الخارجية الفرنسي، جان إيف لودريان، الحكومة التركية بشدة.", false, "FRA", "11", "FRA", false},
        // ... and a list of two states still takes both ("انتقدت فرنسا، ألمانيا، وإيطاليا")
        Case{"comma_list_with_wa", "انتقدت فرنسا، ألمانيا، وإيطاليا الحكومة التركية.", false, "ITA", "11", "TUR", true},
        // a reaction to an agreement between two sides is directed at each, past a date and an unknown name
        Case{"reaction_between_sides", "رحب رئيس الوزراء الياباني، شينزو آبي، الخميس، بالاتفاق بين روسيا وأوكرانيا.", false, "JPN", "05", "UKR", true},
        Case{"reaction_between_sides_first", "رحب رئيس الوزراء الياباني، شينزو آبي، الخميس، بالاتفاق بين روسيا وأوكرانيا.", false, "JPN", "05", "RUS", true},
        // a reaction's object after a date between commas
        Case{"reaction_past_date", "أشادت الحكومة الأردنية، الأحد، بموقف الحكومة المصرية من الأزمة.", false, "JOR", "05", "EGY", true},
        // coordinated subjects before the verb all act ("X وY وZ قدمت إلى")
        Case{"svo_coordination_first", "أعلن مسؤولون أن قطر والكويت والسعودية قدمت إلى اليمن مساعدات غذائية.", false, "QAT", "07", "YEM", true},
        Case{"svo_coordination_last", "أعلن مسؤولون أن قطر والكويت والسعودية قدمت إلى اليمن مساعدات غذائية.", false, "SAU", "07", "YEM", true},
        // ... but not the objects of بين before a verbal noun
        Case{"between_objects_no_subject", "شدد الوزير على الحوار بين تركيا واليونان، وقال إن التعاون مفيد.", false, "TUR", "06", "GRC", false},
        // a verb joined by و to the previous one shares its subject; the actors after it are its objects
        Case{"wa_verb_shares_subject", "زار وزير الخارجية القطري عمان أمس، والتقى الرئيس السوداني ورئيس البرلمان السوداني.", false, "QAT", "04", "SDN", true},
        Case{"wa_verb_no_object_subject", "زار وزير الخارجية القطري عمان أمس، والتقى الرئيس السوداني ورئيس البرلمان السوداني.", false, "SDN", "04", "SDN", false},
        // bodies of one state meeting each other
        Case{"mutual_same_state", "شارك في الاجتماع رئيس الحكومة الليبية وقائد الجيش الليبي.", false, "LBY", "04", "LBY", true},
        // reaching an agreement is agreeing (057), not an intent (037)
        Case{"reach_agreement", "توصلت مصر والسودان إلى اتفاق حول مياه النيل.", false, "EGY", "05", "SDN", true},
        // an act of "Europe" named by the adjective on the object is the Union's
        Case{"european_object_is_eu", "رفضت الحكومة التونسية المقترح الأوروبي.", false, "TUN", "12", "IGO", true},
        // states named by a plural noun and a demonym ("الدول الأوروبية")
        Case{"states_plural_role", "قررت الدول الأوروبية فرض عقوبات ضد إيران.", false, "EUR", "16", "IRN", true},
        // the noun of thanks takes لـ
        Case{"thanks_noun_li", "أبدى الرئيس المصري شكره للعاهل السعودي على مبادرته.", false, "EGY", "05", "SAU", true},
        // "قام بـ + verbal noun": the noun keeps its ب even where a pattern's tail is written with it ("هدد بقصف")
        Case{"qama_bi_noun", "قامت القوات الإسرائيلية بقصف مواقع حماس في غزة.", false, "ISR", "19", "PSE", true},
        Case{"bi_noun_after_verb", "قامت السلطات الأردنية بطرد السفير الإسرائيلي من عمان.", false, "JOR", "16", "ISR", true},
        // the sides of a meeting named after بين meet each other; a purpose after بين is no act
        Case{"between_meeting", "رحب الوزير بالقمة بين الرئيس الأمريكي والزعيم الكوري الشمالي.", false, "USA", "04", "PRK", true},
        Case{"between_purpose_no_act", "وقعت الشركة مذكرة للتعاون بين المغرب وإسرائيل.", false, "MAR", "06", "ISR", false},
        // actors written as hashtags
        Case{"hashtag_actors", "أدان #مجلس_الوزراء_البحريني هجوم #الحوثيين على #السعودية.", false, "BHR", "11", "", true},
        // a statement "issued by" X is X's: a welcome of it is directed at X ...
        Case{"issued_by", "ورحب مجلس الوزراء اليمني بالبيان الصادر عن مجلس الأمن الدولي.", false, "YEM", "05", "IGO", true},
        // ... and الصادر (a participle with the article) is no confiscation (صادَرَ)
        Case{"participle_not_verb", "ورحب مجلس الوزراء اليمني بالبيان الصادر عن مجلس الأمن الدولي.", false, "", "17", "", false},
        // a circumstance set off by a comma stands between a reaction verb and its ب-object
        Case{"circumstance_before_object",
             "ورحب مجلس الوزراء اليمني في اجتماع عقده برئاسة أحمد بن دغر، بالبيان الصادر عن مجلس الأمن الدولي.",
             false, "YEM", "05", "IGO", true},
        // "اثنين" is a number, not a conjugation of أثنى (praised) that would cut the meeting from its object
        Case{"number_not_praise", "التقى الرئيس المصري اثنين من الوزراء السعوديين.", false, "EGY", "04", "SAU", true},
        // the attack in which the harm was done is the harm's agent's, not the victims'
        Case{"attack_of_the_harm", "أعلن الجيش الأمريكي مقتل اثنين من الإرهابيين في غارة جوية على مدينة جنوب ليبيا.", false,
             "USA", "19", "LBY", true},
        // Mali by its fixed phrases ("المالية" alone is "financial"); armed movements from a region of it
        Case{"mali_sides", "تحتضن الجزائر مفاوضات بين الحكومة المالية وحركات مسلحة من شمال مالي.", false, "MLI", "04",
             "MLI", true},
        // the nationality on the strike that did a harm is its agent
        Case{"strike_nationality", "قُتل قائد في الحرس الثوري الإيراني، فجر اليوم، بغارة جوية أميركية قرب الحدود.", false,
             "USA", "19", "IRN", true},
        // "قُتل في الغارة X": the victim after the strike that is a trigger of its own ...
        Case{"killed_in_the_strike",
             "قُتل قائد في الحرس الثوري الإيراني، فجر اليوم، بغارة جوية أميركية قرب الحدود. كما قُتل في الغارة مسؤول عراقي بارز.",
             false, "USA", "19", "IRQ", true},
        // ... and the strike's agent is the harm's, not its victim
        Case{"strike_not_victims_act",
             "قُتل قائد في الحرس الثوري الإيراني، فجر اليوم، بغارة جوية أميركية قرب الحدود. كما قُتل في الغارة مسؤول عراقي بارز.",
             false, "IRQ", "19", "", false},
        // a transnational group of the dictionaries is identified without a country (---REB) ...
        Case{"transnational_group", "أعلن تنظيم داعش مسؤوليته عن الهجوم على مقر الحكومة الليبية في طرابلس.", false, "---",
             "19", "LBY", true},
        // ... and migrants are, as targets (---REF), but do not act
        Case{"migrants_rescued", "أنقذت سفينة عسكرية إيطالية 69 مهاجرا قبالة السواحل الليبية.", false, "ITA", "07", "---",
             true},
        Case{"migrants_do_not_act", "ووصل 600 مهاجر إلى إيطاليا بعد رحلة طويلة.", false, "---", "04", "ITA", false},
        // a projectile is fired "صوب/نحو/إلى" its target
        Case{"missiles_toward", "وأطلقت جماعة الحوثي صواريخ باليستية صوب المملكة العربية السعودية.", false, "YEM", "19", "SAU",
             true},
        // "المملكة" alone is the monarchy the article named last ...
        Case{"the_kingdom", "وقال العاهل السعودي إن جماعة الحوثي أطلقت صواريخ باليستية صوب المملكة.", false, "YEM", "19",
             "SAU", true},
        // ... and the ل-object of an accusation's charge is not the accused
        Case{"charge_object_not_accused", "جدد وزير الخارجية المغربي اتهام إيران بالتدخل في الشؤون الداخلية للمملكة.", false,
             "MAR", "11", "IRN", true},
        // "مشاورته مع" (his consultation with) is a consultation; "على موقع التواصل" is no "على تواصل"
        Case{"website_not_contact", "وقد أطلق ناشطون على موقع التواصل الاجتماعي فيس بوك حملة ضد الحكومة المغربية.", false, "",
             "04", "", false},
        Case{"website_contact_gap", "ونشر ناشطون مغاربة على موقع التواصل الاجتماعي صورا مع الرئيس الفرنسي.", false, "", "04",
             "FRA", false},
        // a verb of reaching after an act's noun names whom the act reached (word class reach_verb)
        Case{"reached_by_strike", "وبدأت القوات الأميركية اليوم بقصف صاروخي على مخزن للسلاح في محافظة الأنبار غرب العراق، طال مليشيات إيرانية.",
             false, "USA", "19", "IRN", true},
        Case{"reached_by_criticism", "وردت الوزارة على الانتقادات الأوروبية للحكومة المجرية، التي طالت الحكومة الإيطالية أيضا.", false,
             "IGO", "11", "ITA", true},
        // a brand is the company behind it; broken plurals of demonyms stand bare after a role
        Case{"brand_is_business", "وأطلق ناشطون مغاربة حملة مقاطعة لعلامات تجارية كبرى.", false, "MAR", "14", "MAR", true},
        Case{"broken_plural_demonym", "وانتقد ناشطون مغاربة الحكومة الإسبانية.", false, "MAR", "11", "ESP", true},
        // a role right after a weekday is no adjective of it: "الخميس المقاطعين" are the boycotters
        Case{"role_after_weekday", "ودعت الحكومة المغربية الخميس المقاطعين إلى المصالحة.", false, "MAR", "02", "MAR", true},
        // acts of violence with no agent after "X متهم في" are X's (word class accused_word)
        Case{"accused_agent", "والقيادي الليبي متهم في عمليات عدة، أبرزها اغتيال وزير الداخلية المصري.", false, "LBY", "18",
             "EGY", true},
        // a noun's genitive actor in scare quotes is still its genitive; the harm an act resulted in is
        // its agent's, but not after a denial (the harm would escape the denial)
        Case{"quoted_genitive_victim", "وتبنت إسرائيل الهجوم الذي أسفر عن مقتل \"مستشارين عسكريين إيرانيين\" قرب دمشق.", false, "ISR",
             "19", "IRN", true},
        Case{"resulted_in_after_denial", "ونفت الحكومة الإيرانية أي علاقة لها بالهجوم الذي استهدف قاعدة أمريكية، وأسفر عن مقتل جنود أمريكيين.",
             false, "IRN", "19", "USA", false},
        // a war between two sides, however the sentence's subject is named ("يشهد الإقليم حربا بين")
        Case{"war_between_sides", "ويشهد الإقليم منذ سنوات حربا بين القوات الإثيوبية والمتمردين الإريتريين.", false, "ETH", "19", "ERI",
             true},
        // a judgement with a word of censure is a criticism; with none, no event (pattern judge)
        Case{"judged_with_censure", "واعتبرت الحكومة الجزائرية سياسة الاتحاد الأوروبي تجاه المهاجرين \"غير إنسانية\".", false, "DZA", "11",
             "IGO", true},
        Case{"judged_without_censure", "ويعتبر الرئيس المصري من أهم حلفاء الحكومة السعودية.", false, "EGY", "11", "SAU", false},
        // the step named after an act is that act's: the giver of "حصل على ... من", all sources of a coordination
        Case{"step_is_the_coded_act", "حصلت قوات الحكومة الليبية على شحنة من المدرعات التركية، في خطوة اعتبرها الجيش المصري خرقا للحظر.",
             false, "EGY", "11", "TUR", true},
        // a ship carrying migrants is a rescuers' ship; a body of no country is coded NGO, CAMEO's code
        Case{"ship_carrying_is_ngo", "وأعلنت مالطا رفضها استقبال سفينة تقل 230 مهاجرا.", false, "MLT", "12", "NGO", true},
        // "سبق لـX أن": X is the verb's subject, the actor after the verb its object; a threat of sanctions
        // names whom they would bear on after على
        Case{"had_already_subject", "وسبق للحكومة المغربية أن حذرت الناشطين الجزائريين من الملاحقة.", false, "MAR", "13", "DZA", true},
        Case{"threatened_sanctions_on", "وسبق لترامب أن هدد بفرض عقوبات على الصين.", false, "USA", "13", "CHN", true},
        // a statement as a verb's subject stands for the body that issued it (references.tsv, issuer)
        Case{"statement_stands_for_issuer",
             "وعقدت منظمة التعاون الإسلامي قمة في إسطنبول. وقتل الجيش الإسرائيلي 60 فلسطينيا في غزة. واتهم البيان الختامي الحكومة الأمريكية بدعم إسرائيل.",
             false, "IGO", "11", "USA", true},
        Case{"consultation_singular", "بدأ رئيس الوزراء الأردني مشاورته مع البرلمان التونسي.", false, "JOR", "04", "TUN", true},
        // a meeting noun with its agent's pronoun governs the one met directly, past an honorific
        Case{"meeting_noun_object", "وأكد ترامب ذلك لدى لقائه صاحب السمو الملكي الأمير محمد بن سلمان.", false, "USA", "04",
             "SAU", true},
        // an explosion strikes the place after it; the one who reports it (before أن) did not set it off
        Case{"explosion_place", "أعلنت السلطات ان قنبلة انفجرت امس شمال اسبانيا، مما اسفر عن اصابة ثلاثة اشخاص.", true, "",
             "18", "ESP", true},
        Case{"reporter_not_bomber", "أعلنت السلطات ان قنبلة انفجرت امس شمال اسبانيا، مما اسفر عن اصابة ثلاثة اشخاص.", true,
             "ESP", "18", "", false},
        // "قبل أن" is no reported clause: the deportation continues the arrest's agent
        Case{"before_that_not_reported",
             "اُعتُقل صحفي فرنسي في مطار القاهرة على يد عناصر من جهاز الأمن الوطني المصري، قبل أن يُرحَّل إلى باريس.", false,
             "EGY", "17", "FRA", true},
        // the place struck is the victim even of attackers whose country is only the article's default
        Case{"default_country_attacker", "وذكرت الوكالة ان مسلحين خطفوا موظفا في مدينة الموصل.", true, "", "18", "IRQ", true},
        // a verb in a clause opened by أن/إن is not the act of the one who reports it
        // a relative clause of a noun that is no actor has that noun for subject: neither the speaker
        // before it nor the actor after its verb attacks
        Case{"thing_relative_not_the_speaker", "أدانت الحكومة المصرية الهجوم الذي استهدف كنيسة في مدينة الإسكندرية.", false,
             "EGY", "19", "", false},
        Case{"thing_relative_object_not_subject", "وقع الانفجار الذي استهدف السفارة الأمريكية في العاصمة الأفغانية كابول.",
             true, "USA", "19", "", false},
        Case{"thing_relative_object_is_target", "وقع الانفجار الذي استهدف السفارة الأمريكية في العاصمة الأفغانية كابول.",
             true, "", "19", "USA", true},
        Case{"thing_relative_dual", "أدان الأردن الهجومين اللذين استهدفا مركزا للشرطة في مدينة كويتا الباكستانية.", false,
             "JOR", "19", "PAK", false},
        Case{"thing_relative_resumptive_preposition", "سيطرت القوات الحكومية على المنطقة التي تسيطر عليها الفصائل المسلحة السورية منذ عامين.",
             false, "SYR", "19", "SYR", true},
        // an attack that a verb condemns, praises or demands is not the speaker's act
        Case{"condemned_attack_not_the_condemners", "أدانت مصر الهجوم على السفارة الأمريكية في كابول.", false, "EGY", "19", "USA",
             false},
        Case{"denounced_assault_not_the_denouncers", "ندد الأردن بالاعتداء على القوات الفرنسية في مالي.", false, "JOR", "18", "FRA",
             false},
        Case{"announced_act_is_the_announcers", "أعلنت الحكومة الأردنية أمس قصف مواقع المسلحين السوريين قرب الحدود.", false, "JOR",
             "19", "SYR", true},
        // recalling one's own ambassador reduces relations with the state the ambassador is posted to
        Case{"recall_own_envoy_from_host", "أعلنت الخارجية المغربية استدعاء السفير المغربي لدى ألمانيا للتشاور.", false, "MAR",
             "16", "DEU", true},
        Case{"expel_foreign_envoy", "قررت الحكومة الجزائرية طرد السفير الفرنسي لدى الجزائر.", false, "DZA", "16", "FRA", true},
        // a delegation of X is X
        Case{"delegation_of", "استقبل الرئيس المصري وفداً من رجال الأعمال الليبيين في القاهرة.", false, "EGY", "04", "LBY", true},
        // an actor right before the relative pronoun still acts
        Case{"actor_relative_acts", "وصلت القوات التركية التي استهدفت مواقع حزب العمال الكردستاني في شمال العراق.", false,
             "TUR", "19", "", true},
        Case{"reporter_not_bomber_active", "وقالت الشرطة ان انتحاريا فجر نفسه في سوق مزدحم بمدينة الموصل.", true, "IRQ", "18", "",
             false},
        // two organizations of the dictionaries with one code act on each other; a person and the
        // forces they lead do not
        Case{"same_code_organizations", "وقال الباحث إن تنظيم القاعدة تحالف مع داعش في المنطقة.", false, "---", "06", "---", true},
        Case{"leader_and_his_forces", "واتهم المشير خليفة حفتر قوات حفتر بالفساد.", false, "LBY", "11", "LBY", false},
        // a meeting put in the future (س, سوف) is an intent to meet (036), not a meeting
        Case{"future_meeting_intent", "سيجتمع وزير الخارجية المصري مع وزير الخارجية الفرنسي.", false, "EGY", "03", "FRA", true},
        Case{"future_meeting_not_met", "سيجتمع وزير الخارجية المصري مع وزير الخارجية الفرنسي.", false, "EGY", "04", "FRA", false},
        Case{"future_visit_intent", "وقال المتحدث إن الرئيس التركي سوف يزور الجزائر.", false, "TUR", "03", "DZA", true},
        Case{"past_meeting_met", "اجتمع وزير الخارجية المصري مع وزير الخارجية الفرنسي.", false, "EGY", "04", "FRA", true},
        // Feminine role nouns (roles.tsv): "المحامية" is a lawyer, and the pronoun of "أنها" is hers.
        Case{"feminine_role_lawyer", "أعلنت المحامية الأردنية سلمى الخطيب أنها رفعت دعوى ضد الجيش الإسرائيلي.", false,
             "JOR", "11", "ISR", true},
        Case{"feminine_role_adviser", "انتقدت المستشارة الألمانية الحكومة الروسية بشدة.", false, "DEU", "11", "RUS",
             true},
        // Closing borders is CAMEO 191 ("closed its southern borders with Iran"); the borders' owner closes them.
        Case{"border_closure_owner", "يعاني لبنان أزمة اقتصادية بسبب إغلاق حدوده مع سوريا.", false, "LBN", "19", "SYR", true},
        Case{"border_closure_verb", "وأغلقت الجزائر حدودها مع المغرب.", false, "DZA", "19", "MAR", true},
        // "انضم إلى X وY في <act>": the joiner and those joined all do the act.
        Case{"joined_in_act_joiner", "انضمت الجزائر إلى تونس والمغرب في انتقاد الحكومة الفرنسية.", false, "DZA", "11", "FRA", true},
        // "وقعا، خلال قمتهما …، وثيقة": signing a document is signing an agreement, across an inserted clause.
        Case{"signed_document", "وكان الرئيس المصري والرئيس السوداني قد وقعا، خلال قمتهما في الخرطوم، وثيقة للتعاون.", false,
             "EGY", "05", "SDN", true},
        // The sides of a dispute as one plural actor agree among themselves; other plurals do not.
        Case{"sides_agree_among_themselves", "اتفقت الأطراف الليبية على إجراء انتخابات في ديسمبر.", false, "LBY", "03", "LBY",
             true},
        Case{"plural_fighters_no_self_fight", "وقالت المصادر إن المقاتلين السوريين يستعدون لقتال طويل.", false, "SYR", "19", "SYR",
             false},
        // A nationality on an act noun is its agent.
        Case{"demonym_agent_on_noun", "وانتقد الوزير المصري الصادرات البريطانية من السلاح إلى السعودية.", false, "GBR", "07",
             "SAU", true},
        Case{"granted_citizenship", "منحت قطر الجنسية للمعارض المصري.", false, "QAT", "07", "EGY", true},
        // "يعد" is mostly "is considered"; "وعد" promised.
        Case{"yuadd_is_considered", "ويعد الرئيس المصري الزيارة المقبلة للسودان خطوة مهمة.", false, "EGY", "03", "SDN", false},
        Case{"waad_promised", "وعد الرئيس المصري نظيره السوداني بدعم بلاده.", false, "EGY", "03", "SDN", true},
        // الذين (plural, human) does not refer back to a state governed by a preposition.
        Case{"relative_plural_not_state", "قاتل الجيش اليمني المتمردين الحوثيين، الموالين لإيران، والذين سيطروا على صنعاء.",
             false, "IRN", "19", "", false},
        // "بوصفها" is "as (being)", no describing
        Case{"as_being_no_describe", "وقصف الجيش المصري المدينة بوصفها معقل تنظيم أنصار بيت المقدس.", false, "EGY", "11", "EGY", false},
        Case{"describe_control", "ووصف الجيش المصري تنظيم أنصار بيت المقدس بالإرهابي.", false, "EGY", "11", "EGY", true},
        // a state named as a place is no implicit subject of a later act noun
        Case{"place_state_no_implicit_subject",
             "وتعرضت المدينة لقصف بعد إعلان الأمم المتحدة وقف إطلاق النار في كافة أنحاء سوريا، عدا عن القتال ضد تنظيم داعش.",
             false, "SYR", "19", "", false},
        // a state named as where a clause's head is ("الحرب في اليمن، التي") is not the relative's subject,
        // nor, through it, the implicit agent of the next sentence
        Case{"relative_not_state_in_place",
             "ودعت اللجنة الدولية للصليب الأحمر إلى وقف الحرب في اليمن، التي دمرت البلاد منذ ثلاث سنوات.\n"
             "اختطاف 3 من موظفي الصليب الأحمر في اليمن",
             false, "YEM", "18", "", false},
        // A second victim joined by و with a nationality of its own.
        Case{"joined_nationality_victim", "خطف مسلحون صوماليون مصورا فرنسيا يعمل في المنطقة ومترجما عراقيا.", false, "SOM",
             "18", "IRQ", true},
        // "تقي" of the name "تقي الدين" is no form of التقى (met), whose ال the text writes.
        Case{"name_taqi_not_met", "وقال رجل الأعمال اللبناني زياد تقي الدين للصحفيين إن المسؤولين الليبيين دفعوا المال.",
             false, "LBN", "04", "", false},
        Case{"iltaqa_met_control", "والتقى الرئيس اللبناني نظيره الليبي في طرابلس.", false, "LBN", "04", "LBY", true},
        // A state and its own government are one actor: no praise between them.
        Case{"state_and_own_government", "وأشادت السعودية بجهود الحكومة السعودية في تنفيذ الإصلاحات.", false, "SAU", "05",
             "SAU", false},
        // own ambassador recalled: the state he leaves is the target, not the ambassador
        Case{"recall_own_ambassador_from", "قررت السعودية سحب سفيرها من كندا.", false, "SAU", "16", "CAN", true},
        Case{"recall_own_ambassador_verb", "سحبت السلطات الإيطالية سفيرها من القاهرة.", false, "ITA", "16", "EGY", true},
        Case{"recall_own_ambassador_not_self", "قررت السعودية سحب سفيرها من كندا.", false, "SAU", "16", "SAU", false},
        // an illness is no wound ("أصيب بالاكتئاب")
        // the genitive of "استهداف" is what was targeted, not who targeted
        Case{"targeting_genitive_not_agent", "أدان الوزير المصري استهداف السفارة الأمريكية في طرابلس.", true, "USA", "19", "", false},
        Case{"targeting_genitive_victim", "أدان الوزير المصري استهداف السفارة الأمريكية في طرابلس.", true, "", "19", "USA", true},
        // a perfect-looking form with a pronoun is a noun before a definite nisba ("ودعمها اللوجستي") and
        // after a noun with the same pronoun that a preposition governs ("عن صدمتها ورفضها")
        Case{"noun_before_nisba", "وقال إن لديه معلومات تثبت تمويل قطر ودعمها اللوجستي لجماعات إرهابية في ليبيا.", false, "QAT",
             "07", "LBY", true},
        Case{"noun_before_nisba_not_verb", "وقال المسؤول المصري إن لديه معلومات تثبت تمويل قطر ودعمها اللوجستي لجماعات إرهابية.",
             false, "QAT", "05", "EGY", false},
        Case{"noun_joined_to_noun", "وأعربت بعثة الاتحاد الأفريقي في واشنطن عن صدمتها ورفضها.", false, "", "12", "", false},
        // a verb in the plural does not take one singular actor of an earlier event as its subject
        Case{"plural_verb_singular_source", "أنقذت سفينة عسكرية برتغالية 296 مهاجرا الخميس. يضاف هؤلاء إلى 10800 وصلوا إلى إيطاليا.",
             false, "PRT", "04", "ITA", false},
        // the pronoun on a noun of harm is its victim, not its clause's subject's own act
        Case{"patient_pronoun_not_subject", "وكان القائد العسكري الإيراني قد التقى وفدا سوريا قبل قليل من اغتياله.", true, "", "18",
             "IRN", true},
        Case{"illness_no_wound", "وكان الضابط المصري قد أصيب بالاكتئاب بعد وفاة والده حتى تم فصله من الجيش الليبي عام 2012.",
             false, "", "19", "", false},
        Case{"wound_control", "أصيب جندي مصري بجروح برصاص مسلحين ليبيين.", false, "LBY", "19", "EGY", true},
        Case{"joined_in_act_joined", "انضمت الجزائر إلى تونس والمغرب في انتقاد الحكومة الفرنسية.", false, "TUN", "11", "FRA", true},
        // "ضرب" without its article is no beating (article_noun): striking at, a kind of; with it, it is
        Case{"article_noun_striking_at", "ويسعى المتطرفون إلى ضرب استقرار لبنان وزرع الفتنة بين أبنائه.", true, "", "18", "",
             false},
        Case{"article_noun_beating", "وقال الصحفي العراقي إنه تعرض للضرب على أيدي عناصر من الشرطة.", true, "", "18", "IRQ",
             true},
        // one side opens fire: with a possessive on the fire, with rounds, with فتح النار (fire_at)
        Case{"fire_at_possessive", "وقال شهود إن دبابات إسرائيلية أطلقت نيرانها على منازل في خان يونس.", true, "ISR", "19", "",
             true},
        Case{"fire_at_rounds", "وأطلق مسلح عدة أعيرة نارية على دورية للشرطة العراقية.", true, "", "19", "IRQ", true},
        Case{"fire_at_open", "فتح جنود أميركيون النار على سيارة مدنية قرب بغداد.", true, "USA", "19", "", true},
        Case{"bomb_plural", "وفجر المسلحون قنابلهم داخل محطة القطارات في مدريد.", true, "", "18", "", true},
        // scare quotes between a preposition and its object do not hide the target
        Case{"scare_quotes_target", "وبدأ الجيش الجزائري حملة عسكرية واسعة ضد \"المتشددين\" في الجنوب.", false, "DZA", "19", "DZA",
             true},
        // the slash of a date between the verb and its object is no stop
        Case{"date_slash_before_object", "وكان المبعوث الأممي قد التقى في 3 آذار/مارس الماضي بوزير الخارجية اليمني.", false, "IGO",
             "04", "YEM", true},
        // charges brought by a prosecutor are legal action (173); a minister's are an accusation (112)
        Case{"prosecutor_charges", "ووجه المدعي العام المصري اتهامات إلى رجل الأعمال بالفساد.", false, "EGY", "17", "EGY", true},
        Case{"minister_accuses", "ووجه وزير الخارجية المصري اتهامات إلى قطر بدعم الإرهاب.", false, "EGY", "11", "QAT", true},
        // "بؤر" (hotspots) is the Turkish town Bor once the hamza is dropped: no Turkish sides from it
        Case{"hotspots_are_no_bor", "وهاجمت جماعة مسلحة دورية للشرطة قرب إحدى بؤر التهريب.", false, "TUR", "19", "TUR", false},
        // a date between a light verb and its noun is read over, its slash no stop
        Case{"light_verb_date_gap", "ووجه المدعي العام المصري إلى رجل الأعمال في أواخر تشرين الأول/أكتوبر اتهامات بالفساد.", false,
             "EGY", "17", "EGY", true},
        // a verbal noun's nisba stands by it: "الهجوم ... الانتحاري" nine words apart is no suicide attack
        // that swallows the arrest between them
        Case{"noun_adjective_near", "وأعلنت الشرطة أن الهجوم في مدينة خوست وقع عندما أوقف ضباط الشرطة الانتحاري.", false, "AFG",
             "17", "AFG", true},
        // rejecting the accusations answers their maker, a prosecutor at home included (a charge, 173)
        Case{"reject_charges_of_prosecutor", "ووجه المدعي العام الأمريكي اتهامات إلى بول مانافورت. ورفض مانافورت الاتهامات.", false,
             "USA", "12", "USA", true},
        // condemning violations no one is named with: those the story just charged someone with
        Case{"violations_of_the_accused",
             "واتهم المحامي الكندي قوات حفتر بقصف الأحياء السكنية في بنغازي. ونددت منظمة العفو الدولية بانتهاكات خطيرة وجرائم حرب.",
             false, "NGO", "11", "LBY", true},
        // a statement about an actor that charges it with wrongdoing (word classes wrongdoing, lawful after
        // غير) is an accusation; a plain one stays a statement
        Case{"statement_alleging_wrong", "وقال مسؤولون إيطاليون إن سفينتين تابعتين لمنظمة الإنقاذ الألمانية ترفعان العلم الهولندي "
             "بطريقة \"غير قانونية\".", false, "ITA", "11", "DEU", true},
        Case{"statement_plain", "وقال مسؤولون إيطاليون إن سفينتين تابعتين لمنظمة الإنقاذ الألمانية وصلتا إلى الميناء.", false,
             "ITA", "11", "DEU", false},
        // codes by role (role_codes.tsv): backing an armed group is aid, an army's backing military aid,
        // forces, police or intelligence in coordination cooperate materially; backing a government stays 05
        Case{"role_code_backing_armed_group", "وتدعم إيران المتمردين الحوثيين في اليمن.", false, "IRN", "07", "YEM", true},
        Case{"role_code_backing_government", "وتدعم فرنسا الحكومة الليبية في طرابلس.", false, "FRA", "05", "LBY", true},
        Case{"role_code_army_backing", "وقال المتحدث إن القوات الروسية تدعم الجيش السوري في إدلب.", false, "RUS", "07", "SYR", true},
        Case{"role_code_forces_coordinate", "ونفذت القوات الأمريكية الغارة بالتنسيق مع الحكومة الليبية.", false, "USA", "06", "LBY",
             true},
        Case{"role_code_police_coordinate", "وأجرت الشرطة المصرية التحقيقات بالتنسيق مع النيابة الإيطالية.", false, "EGY", "06", "ITA",
             true},
        // لـ on an armed actor after a noun of violence is its agent, and a relative verb after them
        // takes that agent and its own object; لـ on a state is the object
        Case{"lam_agent_noun", "قتل عشرة جنود في غارات للطيران الروسي استهدفت مواقع للجيش الحر قرب إدلب.", false, "RUS", "19",
             "SYR", true},
        Case{"lam_object_state", "وانتقد الوزير الفرنسي الحرب، وقال إن غزوا للعراق لن يجلب الاستقرار.", true, "IRQ", "19", "",
             false},
        // "بين" after a short place, and the ally "الموالية لها" fights on the first side
        Case{"between_loyal_ally", "وتواصل القتال في محاور أخرى بين القوات التركية والفصائل الموالية لها ووحدات حماية الشعب الكردية.",
             false, "TUR", "19", "SYR", true},
        // the patron after "الموالية لـ" is no argument: no statement made to the Syrian government
        Case{"patron_no_target", "وقال المرصد إن القوات الروسية الموالية للنظام السوري قصفت البلدة.", false, "RUS", "01", "SYR",
             false},
        // a colon after a speaker or a dateline opens what is reported: no implicit subject from before it
        Case{"colon_speaker_no_subject", "المرصد السوري: جماعة موالية للقاعدة تسيطر على قرية قرب الحدود التركية.", false, "SYR", "19", "TUR",
             false},
        Case{"colon_dateline_no_subject", "القاهرة ـ ا ف ب: تظاهر آلاف الطلاب أمس أمام السفارة الإسرائيلية.", true, "FRA", "14", "",
             false},
        Case{"scare_quotes_target_ala", "وشنت القوات العراقية هجوما على \"الإرهابيين\" غرب الموصل.", false, "IRQ", "19", "IRQ",
             true},
        // a preposition's pronoun after the verb is no reflexive of the subject named before it: "they" are
        // the ones named before, every one of a list
        Case{"their_pronoun_past_the_subject", "وصل دبلوماسيون فرنسيون إلى القرية. لكن قوات الأمن الإسرائيلية رفضت السماح لهم بالزيارة.",
             false, "ISR", "12", "FRA", true},
        Case{"their_pronoun_every_one_listed", "وصل سفراء فرنسا والسويد وبلجيكا إلى القرية. لكن قوات الأمن الإسرائيلية رفضت السماح لهم بالزيارة.",
             false, "ISR", "12", "BEL", true},
        // "لكن" opens another clause: a trigger's words and its object do not reach over it
        Case{"phrase_stops_at_but", "وطلب السفراء الألمان إذنا لزيارة المخيم لكن الشرطة الإسرائيلية رفضت السماح لهم بالدخول.",
             false, "ISR", "12", "DEU", true},
        // (a guard: passes before the rule too)
        Case{"object_stops_at_but", "وقد طلب السفراء الألمان إذنا لتفقد العيادة داخل المخيم لكن الشرطة الإسرائيلية لم ترد.",
             false, "DEU", "02", "ISR", false},
        // a people's plural whose own name begins with ال after the article ("الألمان")
        Case{"people_plural_after_role", "التقى الدبلوماسيون الألمان وزير الخارجية المصري.", false, "DEU", "04", "EGY", true},
        // of two forms with as many words, the nearer: "رفض السماح" (with its ل), not "رفض ... دخول"
        Case{"nearer_form_wins", "وصل سفراء ألمانيا إلى المخيم. لكن الشرطة الإسرائيلية رفضت السماح لهم بدخول المخيم.", false,
             "ISR", "12", "DEU", true},
        // an actor in a relative clause on a thing is background; the thing is no actor
        Case{"relative_clause_actor_is_background",
             "وصل سفراء ألمانيا والنمسا إلى المخيم، وطلبوا زيارة العيادة التي تدعمها دول أوروبية عدة لكن الشرطة "
             "الإسرائيلية رفضت السماح لهم بالزيارة.",
             false, "ISR", "12", "AUT", true},
        Case{"relative_head_thing_no_actor", "وصل سفراء ألمانيا والنمسا إلى المخيم لزيارة العيادة التي تدعمها دول أوروبية عدة.",
             false, "", "05", "", false},
        // nor is "them" another body of the subject's own country named before
        Case{"their_pronoun_not_own_country",
             "قال الجيش الإسرائيلي إن المنطقة مغلقة، وأكد الجيش الإسرائيلي أن الجيش سيمنع أي زيارة. ووصل القناصل العامون "
             "لفرنسا والسويد إلى المنطقة. لكن قوات الأمن الإسرائيلية رفضت السماح لهم بالزيارة.",
             false, "ISR", "12", "SWE", true},
        // a fight named as a purpose is the clause subject's fight against the genitive
        Case{"purpose_fight_is_the_subjects", "أرسلت تركيا قوات إلى سوريا لقتال المسلحين الأكراد.", false, "TUR", "19", "SYR", true},
        // the leaders of a coalition of another country than its code act with it, and are no object
        Case{"coalition_leaders_act_with_it", "قصف التحالف العربي الذي تقوده السعودية والإمارات مواقع للحوثيين في صعدة.", false,
             "ARE", "19", "YEM", true},
        Case{"coalition_leaders_no_object", "قصف التحالف العربي الذي تقوده السعودية والإمارات مواقع للحوثيين في صعدة.", false,
             "SAU", "19", "ARE", false},
        // an agreement between named sides is their accord; a reaction to it is directed at both (the
        // second row passes before the agreement row too: it guards the reaction past the new trigger)
        Case{"agreement_between_sides", "وكشف مسؤول أن اتفاقا سريا حدث بين الرئيس الروسي ورئيس الوزراء الإسرائيلي.", false,
             "RUS", "05", "ISR", true},
        Case{"welcome_agreement_between", "رحب الرئيس الفرنسي باتفاق الدوحة بين الحكومة الأفغانية والولايات المتحدة.", false,
             "FRA", "05", "USA", true},
        // a representative of a body is one of a list of actors ("وممثل الاتحاد الأوروبي")
        Case{"representative_in_a_list", "وصل سفراء فرنسا والسويد وممثل الاتحاد الأوروبي إلى القرية. لكن قوات الأمن الإسرائيلية رفضت السماح لهم بالزيارة.",
             false, "ISR", "12", "IGO", true},
        // a later "و + لـ" in the clause adds its actors to the لـ-target, past the first one's reason
        Case{"later_dative_targets", "وأبدى الرئيس التونسي شكره للعاهل المغربي على مبادرته ولدولتي قطر والكويت على دعمهما.", false,
             "TUN", "05", "KWT", true},
        Case{"welcomed_him_is_the_subject", "وقال إن الزائر السعودي ليس مرحبا به هنا.", false, "SAU", "05", "", false},
        // exposed to a noun of force whose nationality adjective names who struck
        Case{"exposed_to_foreign_strikes", "قال المرصد السوري إن مواقع تنظيم الدولة تعرضت لغارات جوية أمريكية.", false, "USA", "19", "", true},
        // two armed groups of one country are two sides; scare quotes around the one struck
        Case{"rival_groups_one_country", "شنت جبهة النصرة هجوما على مواقع الجيش الحر في درعا.", false, "SYR", "19", "SYR", true},
        Case{"rival_group_in_quotes", "شنت جبهة النصرة هجوما واسعا على مواقع \"الجيش الحر\" في درعا.", false, "SYR", "19", "SYR", true},
        // "الجماعة" alone is the group named before, and nobody when none was
        Case{"the_group_named_before", "سيطر جيش خالد بن الوليد على بلدة في درعا. وشنت الجماعة هجوما على مواقع الجيش الحر.", false, "SYR",
             "19", "SYR", true},
        Case{"the_group_headed_so", "حظرت الحكومة المصرية جماعة الإخوان المسلمين. واتهمت الجماعة الحكومة بقمع المعارضين.", false, "EGY", "11", "EGY",
             true},
        Case{"a_group_is_no_reference", "سيطر جيش خالد بن الوليد على بلدة في درعا. ونظمت جماعة حملة مسيرة في لندن.", false, "SYR", "14", "",
             false},
        Case{"the_group_named_nowhere", "وقالت الجماعة إنها هاجمت الجيش المصري في سيناء.", false, "", "19", "EGY", false},
        // what follows "near" is a landmark of the place taken
        Case{"landmark_not_struck", "سيطرت جبهة النصرة على بلدة قرب الحدود الأردنية.", false, "SYR", "19", "JOR", false},
        // an operation to take a place back "from" the one who holds it
        Case{"liberation_from_holder", "بدأت القوات العراقية معركة تحرير الموصل من تنظيم داعش.", false, "IRQ", "19", "---", true},
        Case{"liberation_announced", "أعلن الجيش الليبي انطلاق عملية تحرير مدينة درنة من الجماعات الإرهابية.", false, "LBY", "19", "LBY",
             true},
        Case{"retaken_from_the_grip", "واستعاد الجيش العراقي مدينة الرمادي من أيدي تنظيم داعش.", false, "IRQ", "19", "---", true},
        Case{"regained_control_no_holder", "واستعادت الحكومة العراقية ثقة المستثمرين.", false, "IRQ", "19", "", false},
        // a statement whose reported clause charges its subject with wrongdoing is said about that subject
        Case{"said_that_it_violated", "وقال وزير الخارجية المصري إن قطر انتهكت القانون الدولي.", false, "EGY", "11", "QAT", true},
        Case{"said_that_it_is_a_sister", "وقال وزير الخارجية المصري إن قطر دولة شقيقة.", false, "EGY", "", "QAT", false},
        // routing: the verb's object, the noun's genitive is the one routed
        Case{"routed_by_the_army", "ودحر الجيش العراقي مسلحي تنظيم داعش من المدينة.", false, "IRQ", "19", "---", true},
        Case{"routing_genitive_is_routed", "وأعلن الجيش الليبي السيطرة على الحي بعد دحر المتشددين الليبيين.", false, "LBY", "19", "", false},
        // an agent cue right after a violent verb makes it passive
        Case{"killed_at_the_hands_of", "وكان صحفي فرنسي قد قتل على أيدي مسلحين من حركة الشباب الصومالية.", false, "SOM", "19", "FRA", true},
        Case{"killed_at_the_hands_not_reversed", "وكان صحفي فرنسي قد قتل على أيدي مسلحين من حركة الشباب الصومالية.", false, "FRA", "19", "SOM",
             false},
        Case{"added_that_own_forces_involved",
             "وقال المسؤول الليبي إن المهربين يعملون بحرية. وأضاف أن عناصر في قوات الأمن الليبية متورطون في الهجرة غير المشروعة.", false,
             "LBY", "11", "LBY", true},
        Case{"said_that_it_did_not_violate", "وقال وزير الخارجية المصري إن قطر لم تنتهك القانون الدولي.", false, "EGY", "11", "QAT", false},
        Case{"said_that_own_state_violated", "وقال وزير الخارجية المصري إن مصر لم تنتهك القانون الدولي.", false, "EGY", "11", "EGY", false},
        // a perfect's form with a pronoun and an adjective of degree is a noun: its pronoun is the subject's
        Case{"degree_adjective_makes_noun", "وصلت ناقلة نفط إلى ليبيا أمس. وجددت الخارجية السعودية إدانتها الشديدة للهجوم الإيراني.", false,
             "SAU", "11", "IRN", true},
        // so is one after a circumstantial participle, past an opening quote
        Case{"participle_governs_noun",
             "دعت دول منظمة التعاون الإسلامي إلى حماية الفلسطينيين، مؤكدة \"إدانتها الشديدة للاعتداءات الإسرائيلية\" في غزة.", false,
             "IGO", "11", "ISR", true},
        Case{"participle_noun_not_patient",
             "دعت دول منظمة التعاون الإسلامي إلى حماية الفلسطينيين، مؤكدة \"إدانتها الشديدة للاعتداءات الإسرائيلية\" في غزة.", false,
             "IGO", "11", "PSE", false},
        // nouns joined by و after a preposition, past an opening quote
        Case{"quoted_nouns_after_preposition",
             "وصل الوفد إلى ليبيا أمس. وأعربت بعثة الاتحاد الأفريقي في العاصمة الأمريكية واشنطن عن \"صدمتها ورفضها\" لتصريحات الرئيس الأمريكي.",
             false, "IGO", "12", "USA", true},
        // who only reports ("حسبما ذكرته") is no argument
        // a quoted group's name after its head noun is the noun's genitive; a detached لـ before a quote governs
        Case{"quoted_group_genitive", "وجاءت مبايعة جماعة \"أنصار بيت المقدس\" لـ\"داعش\" في نوفمبر.", false, "EGY", "06", "---", true},
        Case{"detached_li_quoted_target", "وقدمت قطر دعما ماليا لـ\"حركة حماس\" في غزة.", false, "QAT", "07", "PSE", true},
        Case{"detached_li_quoted_target_arms", "وأرسلت إيران شحنة أسلحة لـ\"جماعة الحوثي\" في اليمن.", false, "IRN", "07", "YEM", true},
        // praise of a dialogue or coordination "with" someone praises that side
        Case{"praise_with_partner", "وأشاد الرئيس المصري بـ\"التنسيق الكامل\" مع السعودية.", false, "EGY", "05", "SAU", true},
        Case{"welcome_with_partner", "ورحب وزير الخارجية الأردني بالحوار الجاري مع العراق.", false, "JOR", "05", "IRQ", true},
        Case{"praise_partner_in_next_clause", "وأشاد الرئيس المصري بالقرار الجديد، وتحدث مع السعودية.", false, "EGY", "05", "SAU", false},
        // what a call or a demand asks for has not happened
        Case{"called_for_protection", "دعت الجامعة العربية مجلس الأمن مساء الجمعة إلى توفير الحماية الدولية للفلسطينيين.", false, "IGO", "07", "PSE",
             false},
        Case{"called_for_is_the_call", "دعت الجامعة العربية مجلس الأمن مساء الجمعة إلى توفير الحماية الدولية للفلسطينيين.", false, "IGO", "02", "IGO", true},
        Case{"demanded_inquiry", "وطالبت مصر بأن تحقق الأمم المتحدة في الغارات الإسرائيلية.", false, "IGO", "09", "ISR", false},
        Case{"inquiry_topic_still_an_attack", "وطالبت مصر بالتحقيق في الغارات الإسرائيلية على غزة.", false, "ISR", "19", "PSE", true},
        // anger names what a protest is against
        Case{"protest_anger_at", "وخرج مئات الطلاب في مظاهرة للتعبير عن غضبهم من الرئيس الإيراني.", true, "", "14", "IRN", true},
        Case{"reporter_is_no_target", "وأعربت الحكومة الأردنية، حسبما ذكرته وكالة الأنباء الليبية، عن رفضها للقرار.", false, "JOR", "12", "LBY",
             false},
        // a preposition reaches its state over nouns of the state's interests
        Case{"towards_interests_of", "وجدد وزير الدفاع الأمريكي التزام بلاده تجاه أمن واستقرار الأردن.", false, "USA", "03", "JOR", true},
        Case{"for_security_of", "وأكدت الحكومة الكويتية دعمها لأمن مصر.", false, "KWT", "03", "EGY", true},
        // a pledge made in talks with someone is made to them
        Case{"pledge_in_call_with", "وتعهد الرئيس العراقي بذلك خلال اتصال هاتفي مع الرئيس الإيراني.", false, "IRQ", "03", "IRN", true},
        // a government's pledge of a measure to no one named is made to its own country
        Case{"domestic_pledge", "وعد رئيس الحكومة التونسية، يوسف الشاهد، الاثنين، بخفض أسعار الخبز.", false, "TUN", "03", "TUN", true},
        Case{"domestic_pledge_bare_masdar", "وتعهد الرئيس المصري مراجعة قانون الضرائب.", false, "EGY", "03", "EGY", true},
        Case{"pledge_inside_a_document", "وقع البلدان وثيقة تعهدت فيها كوبا إطلاق سراح السجناء.", false, "CUB", "03", "CUB", false},
        Case{"pledge_of_that_is_not_domestic", "وتعهد الرئيس المصري بذلك.", false, "EGY", "03", "EGY", false},
        // تعرّض لـ is exposure, not an offer
        // a protest against a law or a measure, by no one named, is the country's people against its government
        Case{"protest_witnessed_against_law", "وشهد المغرب خلال الأسبوع الماضي مظاهرات واسعة ضد قانون التقاعد.", false, "MAR", "14", "MAR",
             true},
        Case{"protest_host_relative", "وصلت المساعدات إلى تونس التي شهدت موجة من الاحتجاجات الشعبية ضد غلاء الأسعار.", false, "TUN", "14",
             "TUN", true},
        Case{"protest_place_after", "واندلعت احتجاجات في العاصمة عمان رفضا لقانون الضريبة.", false, "JOR", "14", "JOR", true},
        Case{"protesters_named_against_policy", "وكان المزارعون المصريون يحتجون على سياسة الحكومة في توزيع المياه.", false, "EGY", "14", "EGY",
             true},
        Case{"popular_protest_of_the_story", "واستقالت حكومة هاني الملقي على وقع احتجاجات شعبية رافضة لمشروع قانون الضريبة.", false, "JOR",
             "14", "JOR", true},
        // a measure whose author is named is the author's; a place the protest is about is no host
        Case{"protest_at_named_decision", "رفض الرئيس الفلسطيني استقبال نائب الرئيس الأميركي، احتجاجاً على قرار واشنطن الاعتراف بالقدس عاصمة.",
             false, "ISR", "14", "ISR", false},
        // "اللجنة" alone is the committee named before with that head word; "اللجنة الأولمبية" is another
        Case{"same_head_committee", "قالت اللجنة الدولية للصليب الأحمر إنها سحبت موظفيها. ودعت اللجنة الحكومة اليمنية إلى تقديم ضمانات.",
             false, "NGO", "02", "YEM", true},
        Case{"same_head_not_a_new_body",
             "قالت اللجنة الدولية للصليب الأحمر إنها سحبت موظفيها. ودعت اللجنة الأولمبية الحكومة اليمنية إلى تقديم ضمانات.", false, "NGO",
             "02", "YEM", false},
        // a truce agreed "between" one plural side is among it; a ceasefire line is a place
        Case{"truce_between_plural", "وأعلنت الأمم المتحدة أنه تم الاتفاق على هدنة بين الميليشيات الليبية المتحاربة.", false, "LBY", "08",
             "LBY", true},
        Case{"ceasefire_line_is_a_place", "وتقع القرى قرب خط وقف إطلاق النار بين سوريا وإسرائيل.", false, "SYR", "08", "ISR", false},
        Case{"extend_hand_to", "ومد الرئيس الفرنسي اليد إلى روسيا.", false, "FRA", "03", "RUS", true},
        Case{"concluded_with", "وتراجعت الهجرة بفضل الاتفاقات التي أبرمتها الحكومة الإيطالية مع السلطات الليبية.", false, "ITA", "05",
             "LBY", true},
        // "fell into the hands of": the genitive captures the subject
        Case{"fell_into_hands", "وسقط القيادي المصري الاثنين في قبضة الجيش الليبي بمدينة درنة.", false, "LBY", "17", "EGY", true},
        // the struck: past a date set off by a comma right after the verb, a nationality in scare quotes
        Case{"struck_past_date_and_quotes", "وكانت غارات أمريكية قد استهدفت فجر الخميس الماضي، عشرات المواقع \"الروسية\" في سوريا.", false,
             "USA", "19", "RUS", true},
        // a projectile fired at the attacker's own provinces and another state's land strikes that state
        Case{"fired_at_joined_nationality", "وواصل الحوثيون إطلاق الصواريخ البالستية إلى المدن اليمنية المحررة والأراضي السعودية.", false,
             "YEM", "19", "SAU", true},
        // a meeting noun far from the clause's coordinated subjects is not their meeting
        Case{"far_summit_not_of_subjects", "وكانت الجزائر والمغرب وتونس قد رفضت بدورها المقترح الذي توصلت له دول الاتحاد خلال قمة في بروكسل.",
             false, "DZA", "04", "MAR", false},
        Case{"near_summit_of_subjects", "وعقدت الجزائر والمغرب قمة في الرباط.", false, "DZA", "04", "MAR", true},
        // a noun whose pattern ends on its object's preposition has its possessor for agent
        Case{"seizing_possessor_is_agent", "وعززت روسيا قواتها العسكرية في المنطقة بعد استيلائها على شبه جزيرة القرم من أوكرانيا.", false, "RUS",
             "17", "RUS", false},
        // coordination with prosecutors or police is judicial cooperation (063)
        Case{"coordinated_with_prosecutors", "وأجرت الحكومة الليبية التحقيقات بالتنسيق مع النيابة الإيطالية.", false, "LBY", "06", "ITA", true},
        // a noun of violence whose agent follows "من قبل" is that agent's, not the clause subject's
        Case{"violent_noun_agent_after",
             "يأتي هذا وسط تقارير من مجموعات معارضة في سوريا، مضيفين بأن الضربات الجوية والقصف بالمدفعية استمر من قبل القوات الروسية.",
             false, "SYR", "19", "RUS", false},
        // calling another state's actor terrorist or linked to a banned group charges it (112)
        Case{"said_terrorist", "وقال وزير الخارجية المصري إن الحكومة القطرية تدعم جماعات إرهابية.", false, "EGY", "11", "QAT", true},
        Case{"said_linked_to_banned", "وتقول تركيا إن وحدات حماية الشعب الكردية مرتبطة بحزب العمال الكردستاني المحظور.", false, "TUR", "11",
             "SYR", true},
        // staff withdrawn "from" a state: the state is the target
        Case{"staff_withdrawn_from", "وسحبت منظمة أطباء بلا حدود أكثر من عشرين من موظفيها الأجانب من اليمن.", false, "", "16", "YEM", true},
        // a subjectless verb opening its sentence goes on with the previous sentence's speaker
        Case{"previous_speaker_goes_on", "وأدانت فرنسا الهجوم على القافلة. وذكرت الأمم المتحدة أن عشرات المهاجرين غرقوا. ونددت بشدة بالسلطات الليبية.",
             false, "IGO", "11", "LBY", true},
        // أطلع X على: briefed X (a future briefing is an intent); اطلع على (was informed) has no object
        Case{"briefed", "وأطلع وزير الخارجية المصري نظيره الأردني على نتائج زيارته.", false, "EGY", "04", "JOR", true},
        Case{"will_brief", "وأكد الرئيس التركي أن أنقرة ستطلع الرياض على نتائج التحقيقات.", false, "TUR", "03", "SAU", true},
        Case{"was_informed_no_object", "واطلع وزير الخارجية المصري على سير العمل في السفارة الأمريكية.", false, "EGY", "04", "USA", false},
        // "على اتصال بـ/مع": in contact with (040)
        Case{"in_contact_with", "وكان القيادي المصري على اتصال دائم بمسلحين في ليبيا.", false, "EGY", "04", "LBY", true},
        // a dispute between named sides is their mutual disapproval (11)
        Case{"dispute_between", "وتصاعد الخلاف بين مصر وإثيوبيا حول سد النهضة.", false, "EGY", "11", "ETH", true},
        Case{"exposed_to_is_no_offer", "واعتذر الرئيس الأمريكي بعد الانتقادات التي تعرض لها خلال لقائه مع الرئيس الروسي.", false, "USA", "03",
             "RUS", false},
        // a travel to a noun of places with a nationality, or to one named before, is to its state
        Case{"travel_place_noun_nisba", "وتوجه وزير الخارجية المصري إلى المدينة الليبية أمس.", false, "EGY", "04", "LBY", true},
        Case{"travel_place_noun_named_before",
             "وحاصر مسلحون بلدة القصير السورية منذ أسابيع. ووصل وفد أردني أمس إلى البلدة للقاء سكانها.", false, "JOR", "04", "SYR",
             true},
        Case{"travel_own_place_noun", "وتوجه الرئيس المصري إلى المدينة المصرية الجديدة.", false, "EGY", "04", "EGY", false},
        // a pseudo-cleft names the doer of its relative clause after هم/هي
        Case{"cleft_subject", "وقالت الوكالة إن المسؤولين الذين حاولوا زيارة المخيم الفلسطيني هم سفير كندا وسفير النرويج.", false, "CAN", "04", "",
             true},
        Case{"cleft_subject_joined", "وقالت الوكالة إن المسؤولين الذين حاولوا زيارة المخيم الفلسطيني هم سفير كندا وسفير النرويج.", false, "NOR", "04",
             "", true},
        // the pronoun of إن right after a speaker is the speaker, all of a coordination
        Case{"speaker_group_ha", "وقالت بولندا والتشيك والمجر إنها ستقدم مساعدات عسكرية إلى أوكرانيا.", false, "POL", "07", "UKR", true},
        Case{"speaker_group_huma", "وقالت مصر والأردن، الخميس، إنهما ستزوران العراق الأسبوع المقبل.", false, "EGY", "03", "IRQ", true},
        Case{"speaker_pronoun_disagrees", "وقالت مصر والأردن إنه سيزور العراق الأسبوع المقبل.", false, "EGY", "03", "IRQ", false},
        // a passive participle after an actor: that actor undergoes the act, the agent follows لـ/من قبل
        Case{"participle_patient", "وجمع التبرعات عبر جمعية قطر الخيرية المصنفة على قائمة الإرهاب من قبل مصر والبحرين.", false, "BHR", "11",
             "QAT", true},
        Case{"participle_agent_after_li", "وتعمل في الدوحة منظمة قطرية، والمصنفة إرهابية لدى دول عدة منها \"مصر والإمارات\".", false, "",
             "11", "QAT", true},
        Case{"participle_no_head", "ونشرت الصحيفة القائمة المصنفة حسب الدول.", false, "", "11", "", false},
        // an investigation into allegations investigates the one alleged
        Case{"investigate_allegations", "وفتحت النيابة الفرنسية تحقيقا في اتهامات بأن الحكومة الليبية مولت حملة انتخابية.", false, "FRA",
             "09", "LBY", true},
        Case{"investigate_allegations_not_source", "وفتحت ليبيا تحقيقا في مزاعم بأن ليبيا دفعت أموالا.", false, "LBY", "09", "LBY", false},
        // a pledge to ties between its own country and others is made to the others; "مؤكدا على التزامه":
        // the participle's pronoun is the main verb's subject
        Case{"pledge_between", "وأكد الرئيس المصري التزامه بالتعاون بين مصر والسودان.", false, "EGY", "03", "SDN", true},
        Case{"pledge_between_not_own", "وأكد الرئيس المصري التزامه بالتعاون بين مصر والسودان.", false, "EGY", "03", "EGY", false},
        Case{"participle_ala_pronoun", "ودعا الرئيس الفرنسي نظيره الروسي إلى التهدئة، مؤكدا على التزامه بالحوار مع موسكو.", false, "FRA",
             "03", "RUS", true},
        Case{"participle_ala_not_object", "ودعا الرئيس الفرنسي نظيره الروسي إلى التهدئة، مؤكدا على التزامه بالحوار مع موسكو.", false, "RUS",
             "03", "", false},
        // a condition set is a demand of what it names, on the act's agent
        Case{"set_condition", "واشترط الرئيس السوداني انسحاب القوات الإثيوبية من المنطقة قبل أي مفاوضات.", false, "SDN", "10", "ETH", true},
        // a surname that is also a common word (ماي, a month) still names its bearer as a role's genitive
        Case{"common_word_surname_genitive",
             "وزار ولي العهد السعودي لندن حيث استقبلته رئيسة الوزراء تيريزا ماي. وتقول الرياض إن السعودية تشتري الأسلحة. "
             "واتهم زعيم المعارضة البريطانية حكومة ماي بالتواطؤ مع السعودية.",
             false, "GBR", "11", "GBR", true},
        // a role right after a verb with its object pronoun is that verb's subject, not an adjective
        Case{"role_after_verb_pronoun", "وأعلن الجيش المصري تدمير مراكز إرسال يستخدمها المسلحون في شمال سيناء.", false, "EGY", "17", "EGY",
             true},
        // a quoted name after a noun is read over to the object; a name in apposition to a noun a
        // preposition governs is governed too
        Case{"quoted_name_read_over", "وأنقذت سفينة عسكرية إسبانية تعمل ضمن عملية \"حارس البحر\" منذ أشهر 120 مهاجرا قبالة السواحل الليبية.", false,
             "ESP", "07", "---", true},
        Case{"apposition_governed", "وأنقذت سفينة إسبانية تابعة للوكالة الأوروبية فرونتكس 120 مهاجرا.", false, "ESP", "07", "IGO", false},
        Case{"quoted_name_genitive_stops", "ورفضت الحكومة الليبية مشروع إقامة مراكز \"فرز\" المهاجرين على أراضيها.", false, "LBY", "12", "---",
             false},
        // one's partners in a body are that body: the giver of an inverse act
        Case{"partners_in_body", "وتعرضت المجر لانتقادات من شركائها في الاتحاد الأوروبي بسبب قانون الهجرة.", false, "IGO", "11", "HUN",
             true},
        Case{"cleft_not_with_own_subject", "وأشاد الوزير بالاتفاقية التي وقعتها مصر هي والأردن أمس.", false, "", "05", "EGY", false},
        // a person named by a role right before "بـ"/"في" and a body works for that body
        Case{"works_for_body", "وقُتل موظف بالصليب الأحمر الدولي برصاص مسلحين في مدينة تعز اليمنية.", false, "", "19", "NGO", true},
        Case{"works_for_international_body", "وانتقد ممثل بالأمم المتحدة الحكومة المجرية.", false, "IGO", "11", "HUN", true},
        // "مشيرا" (pointing out) is no field marshal (المشير)
        Case{"mushiran_not_title", "واتهمت منظمة التعاون الإسلامي إدارة الرئيس الأمريكي بتوفير الدعم لإسرائيل، مشيرا إلى أن هذا الدعم يحمي الاحتلال.",
             false, "", "07", "ISR", false},
        // A named actor counts as one word between a light verb and its noun: two titled subjects.
        Case{"subjects_in_verb_noun_gap", "وقع الرئيس الفلسطيني محمود عباس والعاهل الأردني الملك عبد الله الثاني في عمان أمس اتفاقية للتعاون.",
             false, "PSE", "05", "JOR", true},
        // (past another word the gap counts in words: no sentence passed on the Gaddafi era)
        Case{"gap_past_subject_in_words", "وانهار حكم معمر القذافي في 2011، إذ تتنافس جماعات مسلحة كثيرة وحكومتان على السلطة في ليبيا.",
             false, "", "11", "", false},
        // A noun's agent before it is the whole coordination it closes, as a verb's subject.
        // No state sanctions itself: the speaker is no source of "العقوبات المفروضة على" his own state.
        Case{"no_sanctions_on_own_state", "وقال الزعيم الكوري الشمالي كيم جونغ أون إن العقوبات المفروضة على كوريا الشمالية لن ترفع.",
             false, "PRK", "16", "PRK", false},
        // Joining others in an act is no cooperation with them; the act is done with them.
        Case{"join_in_act_is_no_060", "وأعلن الرئيس الفرنسي أنه سيتخذ إجراءات، وانضم إلى ألمانيا وإيطاليا في انتقاد روسيا.",
             false, "FRA", "06", "", false},
        Case{"join_in_act_shares_it", "وأعلن الرئيس الفرنسي أنه سيتخذ إجراءات، وانضم إلى ألمانيا وإيطاليا في انتقاد روسيا.",
             false, "DEU", "11", "RUS", true},
        Case{"coordinated_nationality_mutual_talks", "واختتم وفدان مصري وسوداني جولة محادثات في القاهرة أمس.", false, "EGY", "04", "SDN", true},
        // A preposition that ends the previous trigger governs the actor after it: no subject of the next verb.
        Case{"object_of_previous_trigger_not_subject", "ويفترض أن الحكومة المدعومة من الأمم المتحدة تسيطر على مدينة مصراتة في ليبيا.",
             false, "IGO", "19", "LBY", false},
        // An act after a word of necessity is demanded by the speaker, of the act's own agent.
        Case{"necessity_demands_of_agent", "وقال الرئيس الفرنسي إنه سيؤكد خلال لقائه بأردوغان على ضرورة سحب تركيا قواتها من شمال سوريا.",
             false, "FRA", "10", "TUR", true},
        Case{"necessity_is_no_act_done", "وأشار مجلس الوزراء السعودي إلى أهمية تسليم ميناء الحديدة للحكومة اليمنية الشرعية.",
             false, "SAU", "06", "YEM", false},
        Case{"necessity_demand_of_target", "وأشار مجلس الوزراء السعودي إلى أهمية تسليم ميناء الحديدة للحكومة اليمنية الشرعية.",
             false, "SAU", "10", "YEM", true},
        Case{"noun_agent_coordination", "وأنهت تونس والجزائر أمس مناورات عسكرية مشتركة قرب الحدود.", false, "TUN", "06", "DZA", true}));

// "أعلن أنه سيتخذ إجراءات، وانضم إلى ... في انتقاد روسيا": the verb after the future and the comma continues
// the main clause though no event comes of it (the joining is none): the criticism is the author's.
TEST(EventClaims, MainVerbWithoutEventEndsTheReportedClause) {
  Doc doc("t", "وأعلن الرئيس الفرنسي أنه سيتخذ إجراءات، وانضم إلى ألمانيا وإيطاليا في انتقاد روسيا.");
  doc.published = "2018-03-20";
  ASSERT_TRUE(TheCoder(false).Code(doc).ok());
  int criticisms = 0;
  for (const Event& e : doc.events) {
    if (e.cameo.compare(0, 2, "11") != 0) continue;
    ++criticisms;
    EXPECT_EQ(e.attribution, kNone) << e.source.code << " " << e.cameo;
  }
  EXPECT_GT(criticisms, 0);
}

// "في نوفمبر 2016 وفي فبراير 2017": a second date joined to the act's own is a second occurrence.
TEST(EventDates, JoinedDateRepeatsTheAct) {
  Doc doc("t", "وجاءت بعد غارات تركية قُتل فيها 24 من القوات الموالية للحكومة السورية الخميس وأربعة آخرون الجمعة.\nوشنت الطائرات الأمريكية غارات على مواقع المسلحين في العراق في نوفمبر 2016 وفي فبراير 2017.\nواشتبك الجيش التركي مع المسلحين الأكراد الخميس، وقال الجمعة إن الوضع هادئ.");
  doc.published = "2018-03-03";
  ASSERT_TRUE(TheCoder(false).Code(doc).ok());
  std::multiset<std::string> dates;
  for (const Event& e : doc.events)
    if (e.time != kNone && (e.cameo.compare(0, 2, "19") == 0 || e.cameo.compare(0, 2, "18") == 0))
      dates.insert(doc.times[e.time].value);
  EXPECT_EQ(dates.count("2018-03-01"), 2u);  // the killing Thursday, the clash Thursday
  EXPECT_EQ(dates.count("2018-03-02"), 1u);  // the killing Friday; not the clash (a comma and a new verb)
  EXPECT_EQ(dates.count("2016-11"), 1u);
  EXPECT_EQ(dates.count("2017-02"), 1u);
}

}  // namespace event_arguments_test
}  // namespace
}  // namespace mizan

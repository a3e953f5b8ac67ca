// SynthCorpus: countries x roles as actors, a CAMEO verb table, Zipf-skewed choices, uniform dates.
#include "synth_events.h"

#include <algorithm>
#include <cmath>

#include <fmt/core.h>

namespace mizan::bench {
namespace {

size_t CodePoints(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

}  // namespace

SynthCorpus::SynthCorpus(SynthOptions options) : options_(options), rng_(options.seed) {
  const std::vector<std::pair<std::string, std::string>> countries = {
      {"LBY", "ليبيا"}, {"EGY", "مصر"}, {"DZA", "الجزائر"}, {"TUN", "تونس"}, {"MAR", "المغرب"}, {"SDN", "السودان"},
      {"ISR", "إسرائيل"}, {"PSE", "فلسطين"}, {"JOR", "الأردن"}, {"SYR", "سوريا"}, {"LBN", "لبنان"}, {"IRQ", "العراق"},
      {"IRN", "إيران"}, {"TUR", "تركيا"}, {"SAU", "السعودية"}, {"ARE", "الإمارات"}, {"QAT", "قطر"}, {"KWT", "الكويت"},
      {"OMN", "عُمان"}, {"YEM", "اليمن"}, {"BHR", "البحرين"}, {"USA", "الولايات المتحدة"}, {"RUS", "روسيا"},
      {"FRA", "فرنسا"}, {"GBR", "بريطانيا"}, {"DEU", "ألمانيا"}, {"ITA", "إيطاليا"}, {"CHN", "الصين"}, {"GRC", "اليونان"},
      {"ESP", "إسبانيا"}, {"MLI", "مالي"}, {"NER", "النيجر"}, {"TCD", "تشاد"}, {"ETH", "إثيوبيا"}, {"SOM", "الصومال"},
      {"PAK", "باكستان"}, {"AFG", "أفغانستان"}, {"IND", "الهند"}, {"JPN", "اليابان"}, {"UKR", "أوكرانيا"}};
  const std::vector<std::pair<std::string, std::string>> roles = {
      {"", ""}, {"GOV", "حكومة"}, {"MIL", "جيش"}, {"REB", "متمردو"}, {"OPP", "معارضة"}, {"SPY", "استخبارات"},
      {"LEG", "برلمان"}, {"BUS", "رجال أعمال"}, {"MED", "إعلام"}, {"CVL", "مدنيو"}};
  // Interleave so that popular ranks mix countries and roles.
  for (const auto& [rc, rn] : roles)
    for (const auto& [cc, cn] : countries) actors_.push_back({cc + rc, rn.empty() ? cn : rn + " " + cn});
  std::shuffle(actors_.begin() + static_cast<long>(countries.size()), actors_.end(), rng_);
  verbs_ = {
      {"010", "Make statement", "CONSULT", "صرّح بشأن", 0.0, 1},      {"020", "Appeal", "REQUEST", "ناشد", 3.0, 1},
      {"036", "Express intent to meet", "CONSULT", "أبدى رغبته في لقاء", 4.0, 1},
      {"040", "Consult", "CONSULT", "بحث مع", 1.0, 1},                {"042", "Make a visit", "CONSULT", "زار", 1.9, 1},
      {"043", "Host a visit", "CONSULT", "استقبل", 2.8, 1},          {"046", "Engage in negotiation", "CONSULT", "فاوض", 7.0, 1},
      {"051", "Praise or endorse", "COOPERATE", "أشاد بـ", 3.4, 1},   {"057", "Sign formal agreement", "AGREE", "وقّع اتفاقاً مع", 8.0, 1},
      {"061", "Cooperate economically", "COOPERATE", "تعاون اقتصادياً مع", 6.4, 2},
      {"064", "Share intelligence", "COOPERATE", "تبادل المعلومات مع", 7.0, 2},
      {"071", "Provide economic aid", "AID", "قدّم مساعدات لـ", 7.4, 2}, {"072", "Provide military aid", "AID", "سلّح", 8.3, 2},
      {"111", "Criticize or denounce", "ACCUSE", "انتقد", -2.0, 3},   {"112", "Accuse", "ACCUSE", "اتهم", -2.0, 3},
      {"130", "Threaten", "THREATEN", "هدد", -4.4, 3},                {"160", "Reduce relations", "REDUCE", "خفّض علاقاته مع", -4.0, 3},
      {"161", "Reduce or break diplomatic relations", "REDUCE", "قطع علاقاته مع", -4.0, 3},
      {"163", "Impose embargo or sanctions", "REDUCE", "فرض عقوبات على", -8.0, 4},
      {"173", "Arrest or detain", "COERCE", "اعتقل", -5.0, 4},        {"190", "Use conventional military force", "ASSAULT", "هاجم", -10.0, 4},
      {"193", "Fight with small arms", "ASSAULT", "اشتبك مع", -10.0, 4}, {"195", "Employ aerial weapons", "ASSAULT", "قصف", -10.0, 4}};
  outlets_ = {"وكالة الأنباء ١", "صحيفة المساء", "قناة الخبر", "موقع الحدث", "جريدة الوطن", "وكالة الشرق", "صحيفة اليوم",
              "إذاعة المدينة", "موقع المرصد", "قناة العالم العربي", "صحيفة الغد", "بوابة الأخبار"};
  double sum = 0;
  for (size_t i = 0; i < actors_.size(); ++i) zipf_cdf_.push_back(sum += 1.0 / std::pow(static_cast<double>(i + 1), 0.9));
  for (double& c : zipf_cdf_) c /= sum;
}

size_t SynthCorpus::Zipf(size_t n) {
  double u = std::uniform_real_distribution<double>(0, zipf_cdf_[n - 1])(rng_);
  return static_cast<size_t>(std::lower_bound(zipf_cdf_.begin(), zipf_cdf_.begin() + static_cast<long>(n), u) -
                             zipf_cdf_.begin());
}

Doc SynthCorpus::Next(std::vector<nlohmann::json>* events) {
  events->clear();
  const uint64_t id = next_id_++;
  const int day_count = options_.years * 365;
  const int day = std::uniform_int_distribution<int>(0, day_count - 1)(rng_);
  const int year = options_.first_year + day / 365, month = 1 + (day % 365) / 31 % 12, mday = 1 + day % 28;
  const std::string published = fmt::format("{:04d}-{:02d}-{:02d}", year, month, mday);
  const std::string doc_id = fmt::format("synth-{}", id);
  const std::string& outlet = outlets_[Zipf(outlets_.size())];
  std::string text;
  size_t cp = 0;
  static const char* kAttribution[] = {"author", "named", "anonymous", "media", "close-to-actor", "leaks"};
  static const char* kCertainty[] = {"asserted", "asserted", "reported", "hedged", "denied"};
  for (int s = 0; s < options_.events_per_doc; ++s) {
    const Actor& src = actors_[Zipf(actors_.size())];
    const Actor* tgt = &actors_[Zipf(actors_.size())];
    while (tgt->code == src.code) tgt = &actors_[Zipf(actors_.size())];
    const Verb& v = verbs_[std::uniform_int_distribution<size_t>(0, verbs_.size() - 1)(rng_)];
    const size_t s_start = cp;
    auto piece = [&](const std::string& p) {
      size_t b = cp;
      text += p;
      cp += CodePoints(p);
      return std::pair<size_t, size_t>(b, cp);
    };
    auto [src_b, src_e] = piece(src.name);
    piece(" ");
    auto [trg_b, trg_e] = piece(v.text);
    piece(" ");
    auto [tgt_b, tgt_e] = piece(tgt->name);
    piece(" يوم أمس.");
    const size_t s_end = cp;
    piece(" ");
    const int date_day = std::max(1, mday - std::uniform_int_distribution<int>(0, 3)(rng_));
    nlohmann::json e = {
        {"doc", doc_id},
        {"id", fmt::format("{}:{}:1", doc_id, s)},
        {"sentence", {{"index", s}, {"start", s_start}, {"end", s_end}}},
        {"trigger", {{"text", v.text}, {"start", trg_b}, {"end", trg_e}}},
        {"source", {{"code", src.code}, {"name", src.name}, {"text", src.name}, {"start", src_b}, {"end", src_e}}},
        {"target", {{"code", tgt->code}, {"name", tgt->name}, {"text", tgt->name}, {"start", tgt_b}, {"end", tgt_e}}},
        {"broker", nullptr},
        {"cameo", v.cameo},
        {"cameo_name", v.name},
        {"plover", v.plover},
        {"goldstein", v.goldstein},
        {"quad_class", v.quad},
        {"negated", std::uniform_int_distribution<int>(0, 49)(rng_) == 0},
        {"certainty", kCertainty[std::uniform_int_distribution<int>(0, 4)(rng_)]},
        {"attribution", {{"kind", kAttribution[Zipf(6)]}}},
        {"date", {{"value", fmt::format("{:04d}-{:02d}-{:02d}", year, month, date_day)},
                  {"granularity", "day"}, {"text", "يوم أمس"}, {"anchor", "published"}}},
        {"location", nullptr},
        {"confidence", std::uniform_real_distribution<double>(0.3, 0.95)(rng_)}};
    events->push_back(std::move(e));
  }
  Doc doc(doc_id, std::move(text));
  doc.published = published;
  doc.outlet = outlet;
  doc.title = fmt::format("تقرير {}", id);
  return doc;
}

}  // namespace mizan::bench

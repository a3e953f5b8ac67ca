#include "lex/conjugate.h"

#include <algorithm>

#include "text/normalize.h"

namespace mizan {
namespace {

const std::string kYa = "ي";
const std::string kAlef = "ا";

}  // namespace

std::vector<std::string> ConjugateVerb(const std::string& perfect, const std::string& imperfect) {
  std::vector<std::string> out;
  if (!perfect.empty()) {
    const std::string& p = perfect;
    out.push_back(p);
    // Defective verbs (التقى → normalized التقي, دعا): the final weak letter drops before ت and وا.
    // No feminine plural in ين: news hardly writes it, and it makes numbers of verbs ("اثنين" 'two'
    // read as أثنى 'praised').
    if (p.ends_with(kYa) || p.ends_with(kAlef)) {
      std::string base = p.substr(0, p.size() - (p.ends_with(kYa) ? kYa.size() : kAlef.size()));
      for (const char* suf : {"ت", "وا", "تا", "يا", "ينا", "و"}) out.push_back(base + suf);
      out.push_back(p + "ت");
      out.push_back(p + "نا");
    } else {
      for (const char* suf : {"ت", "وا", "ا", "تا", "ن", "نا", "تم"}) out.push_back(p + suf);
    }
  }
  if (!imperfect.empty()) {
    std::string stem = imperfect;
    // Strip the 3ms prefix ي to get the stem; every person prefix is then added back.
    if (stem.rfind(kYa, 0) == 0) stem = stem.substr(kYa.size());
    bool weak_end = stem.ends_with(kYa) || stem.ends_with(kAlef) || stem.ends_with("و");
    std::string base = weak_end ? stem.substr(0, stem.size() - 2) : stem;
    // No first-person singular (أ + stem): news rarely uses it, and it collides with form-IV perfects
    // (أدان "condemned" would read as the imperfect of دان "convicted").
    for (const char* pre : {"ي", "ت", "ن"}) {
      out.push_back(pre + stem);
      if (std::string(pre) == "ي" || std::string(pre) == "ت") {
        out.push_back(pre + stem + "ون");
        out.push_back(pre + stem + "ان");
        out.push_back(pre + stem + "ن");
        if (weak_end) {
          out.push_back(pre + base + "ون");
          out.push_back(pre + base + "ين");
        }
      }
      if (weak_end) {
        // Jussive after لم drops the final weak letter: "لم يلتقِ" -> يلتق.
        out.push_back(pre + stem.substr(0, stem.size() - 2));
      }
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<std::string> ConjugateHead(std::string_view head) {
  const size_t slash = head.find('/');
  const std::string perfect = NormalizeForMatch(head.substr(0, slash));
  const std::string imperfect =
      slash == std::string_view::npos || head.substr(slash + 1) == "-" ? "" : NormalizeForMatch(head.substr(slash + 1));
  return ConjugateVerb(perfect, imperfect);
}

}  // namespace mizan

// ParseFilter: each EventFilter field from its query parameter, checked before it reaches the store.
#include "api/filter_params.h"

#include <fmt/core.h>

#include "api/params.h"

namespace mizan::api {

const std::vector<std::string_view>& FilterParamNames() {
  static const std::vector<std::string_view> kNames = {
      "actor", "source", "target", "either", "cameo", "plover", "quad", "from", "to", "certainty",
      "attribution", "outlet", "doc", "q", "negated", "canonical"};
  return kNames;
}

std::vector<std::string_view> WithFilterParams(std::vector<std::string_view> extra) {
  extra.insert(extra.end(), FilterParamNames().begin(), FilterParamNames().end());
  return extra;
}

Status ParseFilter(const ApiRequest& req, EventFilter* f) {
  ASSIGN_OR_RETURN(f->actor, CodeParam(req, "actor"));
  ASSIGN_OR_RETURN(f->source, CodeParam(req, "source"));
  ASSIGN_OR_RETURN(f->target, CodeParam(req, "target"));
  ASSIGN_OR_RETURN(f->either_direction, BoolParam(req, "either"));
  f->cameo = req.Param("cameo");
  for (char c : f->cameo)
    if (c < '0' || c > '9' || f->cameo.size() > 4)
      return InvalidArgument(fmt::format("'cameo' must be a CAMEO code or prefix (digits: 04, 042), got '{}'", f->cameo));
  f->plover = req.Param("plover");
  for (char c : f->plover)
    if (!((c >= 'A' && c <= 'Z') || c == '_' || c == '-') || f->plover.size() > 30)
      return InvalidArgument(fmt::format("'plover' must be a PLOVER type (CONSULT, ASSAULT), got '{}'", f->plover));
  ASSIGN_OR_RETURN(long long quad, IntParam(req, "quad", 0, 0, 4));
  f->quad_class = static_cast<int>(quad);
  ASSIGN_OR_RETURN(f->date_from, DateParam(req, "from"));
  ASSIGN_OR_RETURN(f->date_to, DateParam(req, "to"));
  if (!f->date_from.empty() && !f->date_to.empty() && f->date_to < f->date_from.substr(0, f->date_to.size()))
    return InvalidArgument(fmt::format("'from' ({}) is after 'to' ({})", f->date_from, f->date_to));
  ASSIGN_OR_RETURN(f->certainty, EnumParam(req, "certainty", {"asserted", "reported", "hedged", "denied"}));
  ASSIGN_OR_RETURN(f->attribution, EnumParam(req, "attribution",
                                             {"author", "named", "anonymous", "close-to-actor", "media", "leaks"}));
  f->outlet = req.Param("outlet");
  f->doc_id = req.Param("doc");
  f->text = req.Param("q");
  ASSIGN_OR_RETURN(f->include_negated, BoolParam(req, "negated"));
  ASSIGN_OR_RETURN(f->canonical_only, BoolParam(req, "canonical"));
  return Status::Ok();
}

}  // namespace mizan::api

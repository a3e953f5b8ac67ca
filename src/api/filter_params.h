// The event filter as query parameters, shared by /api/events, /api/dyads, /api/timeline, /api/brokers.
#pragma once

#include <string_view>
#include <vector>

#include "api/api_types.h"
#include "store/store.h"

namespace mizan::api {

// The parameter names ParseFilter reads (docs/api.md lists them with their meaning).
const std::vector<std::string_view>& FilterParamNames();

// Those names plus extra, for CheckParams.
std::vector<std::string_view> WithFilterParams(std::vector<std::string_view> extra);

// Fills *filter from ?actor=&source=&target=&either=&cameo=&plover=&quad=&from=&to=&certainty=
// &attribution=&outlet=&doc=&q=&negated=&canonical=. InvalidArgument names a bad parameter.
Status ParseFilter(const ApiRequest& req, EventFilter* filter);

}  // namespace mizan::api

// Query parameter checks shared by the handlers: unknown names, lengths, integers, dates and codes.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "api/api_types.h"
#include "mizan/status.h"

namespace mizan::api {

// InvalidArgument naming the first parameter not in allowed (a typo must not silently widen a query),
// or one whose value is longer than max_bytes.
Status CheckParams(const ApiRequest& req, const std::vector<std::string_view>& allowed, size_t max_bytes);

// ?name=N as an integer in [lo, hi]; def when absent or empty.
StatusOr<long long> IntParam(const ApiRequest& req, std::string_view name, long long def, long long lo, long long hi);

// ?name= as a date prefix: "YYYY", "YYYY-MM" or "YYYY-MM-DD" (what event dates hold); "" when absent.
StatusOr<std::string> DateParam(const ApiRequest& req, std::string_view name);

// An actor code or code prefix ("LBY", "LBYMIL", "---REB"): A-Z and '-', at most 30 bytes.
bool IsActorCode(std::string_view code);

// ?name= as an actor code or code prefix ("LBY", "LBYMIL", "---REB"): A-Z and '-', at most 30.
StatusOr<std::string> CodeParam(const ApiRequest& req, std::string_view name);

// ?name= as one of the listed values ("" when absent).
StatusOr<std::string> EnumParam(const ApiRequest& req, std::string_view name,
                                std::initializer_list<std::string_view> values);

// True for "1", "true", "yes" (and a bare ?name); false for absent, "0", "false", "no".
StatusOr<bool> BoolParam(const ApiRequest& req, std::string_view name);

}  // namespace mizan::api

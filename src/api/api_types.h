// ApiRequest / ApiResponse: the HTTP API's requests and answers as plain values, so handlers run without sockets.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "mizan/status.h"

namespace mizan::api {

struct ApiRequest {
  std::string method = "GET";  // upper case
  std::string path;            // decoded, without the query string: "/api/events"
  std::vector<std::pair<std::string, std::string>> query;    // decoded, in request order
  std::vector<std::pair<std::string, std::string>> headers;  // names lower case
  std::string body;

  // The first value of a query parameter, or "" (Has tells an empty value from a missing one).
  std::string Param(std::string_view name) const;
  bool Has(std::string_view name) const;
  // A header by lower-case name, or "".
  std::string Header(std::string_view name) const;
};

struct ApiResponse {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;  // extra headers (Allow, WWW-Authenticate)

  // The body parsed back (tests); null when it is not JSON.
  nlohmann::json Json() const;
};

// 200 (or status) with j as the body. Arabic stays UTF-8; invalid UTF-8 in stored text is replaced.
ApiResponse JsonResponse(const nlohmann::json& j, int status = 200);
// {"error": {"status": 400, "message": "..."}}
ApiResponse ErrorResponse(int status, std::string_view message);
// The HTTP status for a library Status: InvalidArgument 400, NotFound 404, ResourceExhausted 413,
// Unavailable 503, Unimplemented 501, anything else 500.
int HttpStatusOf(const Status& status);
ApiResponse ErrorResponse(const Status& status);

}  // namespace mizan::api

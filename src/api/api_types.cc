// ApiRequest lookups and the JSON response helpers.
#include "api/api_types.h"

namespace mizan::api {

std::string ApiRequest::Param(std::string_view name) const {
  for (const auto& [k, v] : query)
    if (k == name) return v;
  return "";
}

bool ApiRequest::Has(std::string_view name) const {
  for (const auto& kv : query)
    if (kv.first == name) return true;
  return false;
}

std::string ApiRequest::Header(std::string_view name) const {
  for (const auto& [k, v] : headers)
    if (k == name) return v;
  return "";
}

nlohmann::json ApiResponse::Json() const {
  return nlohmann::json::parse(body, nullptr, /*allow_exceptions=*/false);
}

ApiResponse JsonResponse(const nlohmann::json& j, int status) {
  ApiResponse r;
  r.status = status;
  // Stored text came through the decoder, but a broken row must not turn into an exception here.
  r.body = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return r;
}

ApiResponse ErrorResponse(int status, std::string_view message) {
  return JsonResponse({{"error", {{"status", status}, {"message", std::string(message)}}}}, status);
}

int HttpStatusOf(const Status& status) {
  switch (status.code()) {
    case StatusCode::kOk: return 200;
    case StatusCode::kInvalidArgument: return 400;
    case StatusCode::kNotFound: return 404;
    case StatusCode::kResourceExhausted: return 413;
    case StatusCode::kUnavailable: return 503;
    case StatusCode::kUnimplemented: return 501;
    default: return 500;
  }
}

ApiResponse ErrorResponse(const Status& status) { return ErrorResponse(HttpStatusOf(status), status.message()); }

}  // namespace mizan::api

// Query parameter checks: every bad value becomes an InvalidArgument that names the parameter.
#include "api/params.h"

#include <charconv>

#include <fmt/core.h>

namespace mizan::api {
namespace {

bool Digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

}  // namespace

Status CheckParams(const ApiRequest& req, const std::vector<std::string_view>& allowed, size_t max_bytes) {
  for (const auto& [k, v] : req.query) {
    bool known = false;
    for (std::string_view a : allowed) known = known || k == a;
    if (!known) {
      std::string names;
      for (std::string_view a : allowed) names += fmt::format("{}{}", names.empty() ? "" : ", ", a);
      return InvalidArgument(fmt::format("unknown parameter '{}' (known: {})", k, names.empty() ? "none" : names));
    }
    if (v.size() > max_bytes)
      return InvalidArgument(fmt::format("parameter '{}' is longer than {} bytes", k, max_bytes));
  }
  return Status::Ok();
}

StatusOr<long long> IntParam(const ApiRequest& req, std::string_view name, long long def, long long lo,
                             long long hi) {
  std::string v = req.Param(name);
  if (v.empty()) return def;
  long long n = 0;
  auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  if (ec != std::errc() || end != v.data() + v.size())
    return InvalidArgument(fmt::format("'{}' must be an integer, got '{}'", name, v));
  if (n < lo || n > hi) return InvalidArgument(fmt::format("'{}' must be between {} and {}, got {}", name, lo, hi, n));
  return n;
}

StatusOr<std::string> DateParam(const ApiRequest& req, std::string_view name) {
  std::string v = req.Param(name);
  if (v.empty()) return v;
  bool ok = (v.size() == 4 || v.size() == 7 || v.size() == 10) && Digits(v.substr(0, 4));
  if (ok && v.size() >= 7) {
    int month = Digits(v.substr(5, 2)) ? std::stoi(v.substr(5, 2)) : 0;
    ok = v[4] == '-' && month >= 1 && month <= 12;
  }
  if (ok && v.size() == 10) {
    int day = Digits(v.substr(8, 2)) ? std::stoi(v.substr(8, 2)) : 0;
    ok = v[7] == '-' && day >= 1 && day <= 31;
  }
  if (!ok) return InvalidArgument(fmt::format("'{}' must be YYYY, YYYY-MM or YYYY-MM-DD, got '{}'", name, v));
  return v;
}

bool IsActorCode(std::string_view code) {
  bool ok = code.size() <= 30;
  for (char c : code) ok = ok && ((c >= 'A' && c <= 'Z') || c == '-');
  return ok;
}

StatusOr<std::string> CodeParam(const ApiRequest& req, std::string_view name) {
  std::string v = req.Param(name);
  if (!IsActorCode(v)) return InvalidArgument(fmt::format("'{}' must be an actor code (A-Z and '-', like LBYMIL), got '{}'", name, v));
  return v;
}

StatusOr<std::string> EnumParam(const ApiRequest& req, std::string_view name,
                                std::initializer_list<std::string_view> values) {
  std::string v = req.Param(name);
  if (v.empty()) return v;
  std::string list;
  for (std::string_view a : values) {
    if (v == a) return v;
    list += fmt::format("{}{}", list.empty() ? "" : ", ", a);
  }
  return InvalidArgument(fmt::format("'{}' must be one of {}, got '{}'", name, list, v));
}

StatusOr<bool> BoolParam(const ApiRequest& req, std::string_view name) {
  if (!req.Has(name)) return false;
  std::string v = req.Param(name);
  if (v.empty() || v == "1" || v == "true" || v == "yes") return true;
  if (v == "0" || v == "false" || v == "no") return false;
  return InvalidArgument(fmt::format("'{}' must be 1 or 0, got '{}'", name, v));
}

}  // namespace mizan::api

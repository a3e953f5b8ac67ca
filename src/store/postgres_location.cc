#include "store/postgres_location.h"

#include <cctype>

namespace mizan {
namespace {

bool IsUri(std::string_view s) { return s.starts_with("postgres://") || s.starts_with("postgresql://"); }

// Replaces the value of every password=... pair of a key=value connection string (quoted or not).
std::string RedactKeyValues(std::string_view s) {
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    size_t key_start = i;
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) out += s[i++];
    key_start = i;
    while (i < s.size() && s[i] != '=' && !std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    std::string_view key = s.substr(key_start, i - key_start);
    out += key;
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) out += s[i++];
    if (i >= s.size() || s[i] != '=') continue;
    out += s[i++];
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) out += s[i++];
    size_t value_start = i;
    if (i < s.size() && s[i] == '\'') {  // quoted: backslash escapes the next character
      for (++i; i < s.size() && s[i] != '\''; ++i)
        if (s[i] == '\\') ++i;
      if (i < s.size()) ++i;
    } else {
      while (i < s.size() && !std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    }
    out += key == "password" ? std::string_view("***") : s.substr(value_start, i - value_start);
  }
  return out;
}

// postgresql://user:secret@host/db?password=x -> postgresql://user:***@host/db?password=***
std::string RedactUri(std::string_view s) {
  std::string out(s);
  size_t scheme = out.find("://") + 3;
  size_t authority_end = out.find_first_of("/?", scheme);
  if (authority_end == std::string::npos) authority_end = out.size();
  size_t at = out.rfind('@', authority_end);
  if (at != std::string::npos && at >= scheme) {
    size_t colon = out.find(':', scheme);
    if (colon != std::string::npos && colon < at) out.replace(colon + 1, at - colon - 1, "***");
  }
  size_t q = out.find('?');
  while (q != std::string::npos) {
    size_t key = q + 1;
    size_t eq = out.find('=', key);
    size_t amp = out.find('&', key);
    if (eq != std::string::npos && (amp == std::string::npos || eq < amp) && out.compare(key, eq - key, "password") == 0) {
      size_t end = amp == std::string::npos ? out.size() : amp;
      out.replace(eq + 1, end - eq - 1, "***");
      amp = out.find('&', eq);
    }
    q = amp;
  }
  return out;
}

}  // namespace

bool IsPostgresLocation(std::string_view location) { return IsUri(location) || location.starts_with("pg:"); }

std::string PostgresConnInfo(std::string_view location) {
  if (location.starts_with("pg:") && !IsUri(location)) return std::string(location.substr(3));
  return std::string(location);
}

std::string RedactLocation(std::string_view location) {
  if (IsUri(location)) return RedactUri(location);
  if (location.starts_with("pg:")) return "pg:" + RedactKeyValues(location.substr(3));
  return RedactKeyValues(location);
}

}  // namespace mizan

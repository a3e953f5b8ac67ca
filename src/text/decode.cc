#include "text/decode.h"

#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <vector>

#include <fmt/core.h>

#include "text/utf8.h"

namespace mizan {
namespace {

constexpr size_t kSniffBytes = 4096;
constexpr std::string_view kPrefix = "not UTF-8, UTF-16 or windows-1256: ";

bool IsBadControl(unsigned char b) {
  return (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) || b == 0x7F;
}

// Why the first 4 KiB look binary, or "" when they do not.
std::string BinaryReason(std::string_view bytes) {
  const size_t n = std::min(bytes.size(), kSniffBytes);
  size_t controls = 0;
  for (size_t i = 0; i < n; ++i) {
    const auto b = static_cast<unsigned char>(bytes[i]);
    if (b == 0) return fmt::format("looks binary (NUL at byte {})", i);
    if (IsBadControl(b)) ++controls;
  }
  // Text has at most a stray control character; more than 1 in 100 bytes (and at least 4) is data.
  if (controls >= 4 && controls * 100 > n)
    return fmt::format("looks binary ({} control characters in the first {} bytes)", controls, n);
  return "";
}

// Converts with an ICU converter; fails (no substitution) on bytes the encoding does not define.
StatusOr<std::string> Convert(std::string_view bytes, const char* charset) {
  UErrorCode st = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> cnv(ucnv_open(charset, &st), ucnv_close);
  if (U_FAILURE(st)) return Internal(fmt::format("ICU has no {} converter: {}", charset, u_errorName(st)));
  ucnv_setToUCallBack(cnv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &st);
  std::vector<UChar> buf(bytes.size() + 2);  // one UTF-16 unit per byte at most, for both encodings
  UChar* dst = buf.data();
  const char* src = bytes.data();
  ucnv_toUnicode(cnv.get(), &dst, buf.data() + buf.size(), &src, bytes.data() + bytes.size(), nullptr, true, &st);
  if (U_FAILURE(st))
    return InvalidArgument(fmt::format("malformed {} input near byte {} ({})", charset, src - bytes.data(),
                                       u_errorName(st)));
  std::string result;
  icu::UnicodeString(buf.data(), static_cast<int32_t>(dst - buf.data())).toUTF8String(result);
  return result;
}

// How plausible it is that non-UTF-8 bytes are windows-1256 Arabic. "" when plausible, else why not.
std::string Why1256Implausible(std::string_view bytes) {
  size_t high = 0, arabic = 0, controls = 0;
  for (unsigned char b : bytes) {
    if (b >= 0x80) {
      ++high;
      if (b >= 0xC1 && b <= 0xFE) ++arabic;
    } else if (IsBadControl(b)) {
      ++controls;
    }
  }
  if (high == 0) return "no non-ASCII bytes";
  if (arabic * 10 < high * 7)
    return fmt::format("only {} of {} non-ASCII bytes are windows-1256 Arabic letters", arabic, high);
  if (controls * 100 > bytes.size()) return fmt::format("{} control characters", controls);
  return "";
}

size_t FirstInvalidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) { ++i; continue; }
    char32_t c;
    const size_t len = utf8::Decode(s, i, &c);
    if (c == utf8::kReplacement && len == 1) return i;
    i += len;
  }
  return std::string_view::npos;
}

}  // namespace

bool IsValidUtf8(std::string_view bytes) { return FirstInvalidUtf8(bytes) == std::string_view::npos; }

StatusOr<std::string> DecodeToUtf8(std::string_view bytes, std::string* encoding_out) {
  auto set_encoding = [&](const char* e) {
    if (encoding_out) *encoding_out = e;
  };
  if (bytes.size() > static_cast<size_t>(INT32_MAX) / 4)
    return ResourceExhausted(fmt::format("input of {} bytes is too large to decode", bytes.size()));
  if (bytes.size() >= 2 && (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF")) {
    const bool le = bytes[0] == '\xFF';
    const char* name = le ? "UTF-16LE" : "UTF-16BE";
    std::string_view body = bytes.substr(2);
    if (body.size() % 2 != 0)
      return InvalidArgument(fmt::format("{} input has an odd number of bytes ({})", name, bytes.size()));
    auto converted = Convert(body, name);
    if (!converted.ok()) return converted.status();
    std::string reason = BinaryReason(*converted);
    if (!reason.empty()) return InvalidArgument(fmt::format("{} text {}", name, reason));
    set_encoding(name);
    return converted;
  }
  std::string reason = BinaryReason(bytes);
  if (!reason.empty()) return InvalidArgument(std::string(kPrefix) + reason);
  std::string_view body = bytes;
  if (body.substr(0, 3) == "\xEF\xBB\xBF") body.remove_prefix(3);
  const size_t bad = FirstInvalidUtf8(body);
  if (bad == std::string_view::npos) {
    set_encoding("UTF-8");
    return std::string(body);
  }
  std::string why = Why1256Implausible(bytes);
  if (!why.empty())
    return InvalidArgument(fmt::format("{}invalid UTF-8 at byte {}, and not windows-1256 Arabic ({})", kPrefix,
                                       bad + (body.data() - bytes.data()), why));
  auto converted = Convert(bytes, "windows-1256");
  if (!converted.ok()) return converted.status();
  set_encoding("windows-1256");
  return converted;
}

}  // namespace mizan

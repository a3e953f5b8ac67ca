// Decoding raw document bytes to UTF-8: UTF-8 (BOM stripped), UTF-16 with a BOM, or windows-1256 Arabic.
#pragma once

#include <string>
#include <string_view>

#include "mizan/status.h"

namespace mizan {

// True when bytes are well-formed UTF-8 (no overlongs, surrogates or code points above U+10FFFF).
bool IsValidUtf8(std::string_view bytes);

// Decodes bytes of unknown encoding to UTF-8, in this order:
//   UTF-16LE/BE with a byte order mark; binary (NUL in the first 4 KiB, many control characters) is
//   rejected; UTF-8 (a leading BOM is stripped); plausible windows-1256 Arabic (mostly bytes in the
//   Arabic letter range 0xC1-0xFE among the non-ASCII ones).
// Anything else is InvalidArgument with a message saying why, e.g.
//   "not UTF-8, UTF-16 or windows-1256: looks binary (NUL at byte 12)".
// *encoding_out (may be null) gets "UTF-8", "UTF-16LE", "UTF-16BE" or "windows-1256".
StatusOr<std::string> DecodeToUtf8(std::string_view bytes, std::string* encoding_out);

}  // namespace mizan

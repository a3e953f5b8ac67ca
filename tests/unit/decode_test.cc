// Unit tests of byte decoding (src/text/decode.h): UTF-8, UTF-16 with BOM, windows-1256, binary, empty.
#include "text/decode.h"

#include <gtest/gtest.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <string>
#include <vector>

namespace mizan {
namespace {
namespace decode_test {

// Encodes UTF-8 text in another charset with ICU, as a test fixture (no substitution allowed).
std::string Encode(const std::string& utf8, const char* charset) {
  UErrorCode st = U_ZERO_ERROR;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(utf8);
  UConverter* cnv = ucnv_open(charset, &st);
  EXPECT_TRUE(U_SUCCESS(st)) << charset;
  ucnv_setFromUCallBack(cnv, UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &st);
  std::string out(static_cast<size_t>(u.length()) * 4 + 8, '\0');
  const int32_t n = ucnv_fromUChars(cnv, out.data(), static_cast<int32_t>(out.size()), u.getBuffer(), u.length(), &st);
  EXPECT_TRUE(U_SUCCESS(st)) << charset << " " << u_errorName(st);
  ucnv_close(cnv);
  out.resize(static_cast<size_t>(n));
  return out;
}

const std::string kSentence = "قالت الحكومة الليبية إن وزير الخارجية سيزور القاهرة يوم 12 مارس.";

TEST(DecodeToUtf8, AcceptedInputs) {
  struct Case {
    const char* name;
    std::string bytes;
    std::string want;
    std::string encoding;
  };
  const std::vector<Case> cases = {
      {"empty", "", "", "UTF-8"},
      {"ascii", "Tripoli, 2019", "Tripoli, 2019", "UTF-8"},
      {"utf8", kSentence, kSentence, "UTF-8"},
      {"utf8_bom", "\xEF\xBB\xBF" + kSentence, kSentence, "UTF-8"},
      {"utf8_newlines_tabs", "سطر\tأول\r\nسطر ثان\n", "سطر\tأول\r\nسطر ثان\n", "UTF-8"},
      {"utf16le_bom", "\xFF\xFE" + Encode(kSentence, "UTF-16LE"), kSentence, "UTF-16LE"},
      {"utf16be_bom", "\xFE\xFF" + Encode(kSentence, "UTF-16BE"), kSentence, "UTF-16BE"},
      {"utf16le_bom_only", "\xFF\xFE", "", "UTF-16LE"},
      {"windows1256", Encode(kSentence, "windows-1256"), kSentence, "windows-1256"},
      {"windows1256_multiline", Encode("غادر الرئيس.\nثم عاد مساءً", "windows-1256"), "غادر الرئيس.\nثم عاد مساءً",
       "windows-1256"},
  };
  for (const Case& c : cases) {
    std::string encoding = "?";
    auto got = DecodeToUtf8(c.bytes, &encoding);
    ASSERT_TRUE(got.ok()) << c.name << ": " << got.status().ToString();
    EXPECT_EQ(*got, c.want) << c.name;
    EXPECT_EQ(encoding, c.encoding) << c.name;
    EXPECT_TRUE(IsValidUtf8(*got)) << c.name;
  }
}

TEST(DecodeToUtf8, Windows1256FixtureIsNotUtf8) {
  // The fixture really is single-byte: otherwise the windows-1256 case above proves nothing.
  const std::string bytes = Encode(kSentence, "windows-1256");
  EXPECT_FALSE(IsValidUtf8(bytes));
  EXPECT_LT(bytes.size(), kSentence.size());
}

TEST(DecodeToUtf8, RejectedInputs) {
  struct Case {
    const char* name;
    std::string bytes;
    std::string message_has;
  };
  const std::vector<Case> cases = {
      {"nul", std::string("abc\0def", 7), "not UTF-8, UTF-16 or windows-1256: looks binary (NUL at byte 3)"},
      {"elf", std::string("\x7F" "ELF\x02\x01\x01\0\0\0", 10), "NUL at byte 7"},
      {"png", std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16), "looks binary"},
      {"controls", "a\x01\x02\x03\x04\x05\x06 text", "control characters"},
      {"latin1_c1_range", "\x80\x81\x82\x83\x84\x85 abc", "not windows-1256 Arabic"},
      {"utf16_odd", "\xFF\xFE" "a", "odd number of bytes"},
      {"utf16_binary", std::string("\xFF\xFE\x01\x00\x02\x00\x03\x00\x04\x00\x05\x00", 12), "looks binary"},
  };
  for (const Case& c : cases) {
    std::string encoding = "unchanged";
    auto got = DecodeToUtf8(c.bytes, &encoding);
    ASSERT_FALSE(got.ok()) << c.name;
    EXPECT_EQ(got.status().code(), StatusCode::kInvalidArgument) << c.name;
    EXPECT_NE(got.status().message().find(c.message_has), std::string::npos)
        << c.name << ": " << got.status().message();
    EXPECT_EQ(encoding, "unchanged") << c.name;
  }
}

TEST(DecodeToUtf8, NullEncodingOut) {
  auto got = DecodeToUtf8("نص", nullptr);
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(*got, "نص");
}

TEST(IsValidUtf8, Table) {
  struct Case {
    std::string bytes;
    bool valid;
  };
  const std::vector<Case> cases = {
      {"", true},
      {"abc", true},
      {"قال", true},
      {"\xF0\x9F\x98\x80", true},     // U+1F600
      {"\xC0\xAF", false},            // overlong '/'
      {"\xE0\x80\xAF", false},        // overlong
      {"\xED\xA0\x80", false},        // surrogate
      {"\xF4\x90\x80\x80", false},    // > U+10FFFF
      {"\xD9", false},                // truncated
      {"\xD9\x41", false},            // bad continuation
      {"\x80", false},                // lone continuation
      {"\xFF", false},
  };
  for (size_t i = 0; i < cases.size(); ++i) EXPECT_EQ(IsValidUtf8(cases[i].bytes), cases[i].valid) << i;
}

}  // namespace decode_test
}  // namespace
}  // namespace mizan

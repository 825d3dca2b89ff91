// Fuzzes the strict number parser (prosper/io/number.hpp) and the number formatters.
//
// Input: one flag byte (bit 0: thousands separators, bit 1: full-width digits), then the text.
// Invariants:
// - try_parse_number gives a value or an error, never both, never an exception; a value is finite;
// - parse_number throws number_error exactly when try_parse_number fails, with the same message,
//   and the message holds no control character (F5);
// - an opt-in only widens what is accepted: text read without opt-ins reads the same with them;
// - format → parse is the identity, bit for bit (-0 included), for the parsed value and for the
//   first 8 bytes of the input taken as a double, with both formatters (io::format_number and
//   prosper::format_number);
// - try_parse_integer's value prints back as the trimmed text (minus a leading zero run) and
//   parses back to itself.
#include <charconv>
#include <cstdint>
#include <cstring>
#include <string>

#include "fuzz_common.hpp"
#include "prosper/format.hpp"
#include "prosper/io/number.hpp"

namespace io = prosper::io;
namespace fz = prosper::fuzz;
using prosper::fuzz::same_bits;
using prosper::fuzz::show;

namespace {

void check_round_trip(double v, const char* where) {
  if (!std::isfinite(v)) return;
  for (const std::string& text : {io::format_number(v), prosper::format_number(v)}) {
    const auto back = io::try_parse_number(text);
    PROSPER_FUZZ_CHECK(back, std::string(where) + ": '" + text + "' does not parse: " + back.error);
    PROSPER_FUZZ_CHECK(same_bits(back.value, v), std::string(where) + ": " + show(v) +
                                                     " formatted as '" + text + "' reads back as " +
                                                     show(back.value));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text = prosper::fuzz::as_text(data, size);
  const unsigned flags = prosper::fuzz::take_flags(text);
  const io::number_options options{.thousands_separators = (flags & 1U) != 0,
                                   .full_width = (flags & 2U) != 0};

  const auto r = io::try_parse_number(text, options);
  if (r) {
    PROSPER_FUZZ_CHECK(std::isfinite(r.value), "parsed a non-finite value " + show(r.value));
    check_round_trip(r.value, "parsed value");
  } else {
    PROSPER_FUZZ_CHECK(r.value == 0.0, "an error with a value: " + r.error);
    bool control = false;
    for (const char c : r.error) control = control || static_cast<unsigned char>(c) < 0x20 || c == 0x7F;
    PROSPER_FUZZ_CHECK(!control, "a control character in the message");
  }
  try {
    const double v = io::parse_number(text, options);
    PROSPER_FUZZ_CHECK(r && same_bits(v, r.value), "parse_number and try_parse_number disagree");
  } catch (const io::number_error& e) {
    // Messages quote control characters as \xNN, so what() is the whole message (F5, F5b).
    PROSPER_FUZZ_CHECK(!r && r.error == e.what(),
                       "parse_number threw '" + std::string(e.what()) +
                                                      "' but try_parse_number said '" + r.error +
                                                      "'");
  }

  // Opt-ins only widen: what reads without them reads the same with every combination.
  const auto strict = io::try_parse_number(text);
  if (strict) {
    for (unsigned f = 0; f < 4; ++f) {
      const auto wide = io::try_parse_number(
          text, {.thousands_separators = (f & 1U) != 0, .full_width = (f & 2U) != 0});
      PROSPER_FUZZ_CHECK(wide && same_bits(wide.value, strict.value),
                         "an opt-in changed the reading of '" + std::string(text) + "'");
    }
  }

  // Any bit pattern that is a finite double formats and reads back to itself.
  if (size >= sizeof(double)) {
    double raw = 0.0;
    std::memcpy(&raw, data, sizeof raw);
    check_round_trip(raw, "raw bytes");
  }

  const auto i = io::try_parse_integer(text);
  if (i) {
    const std::string printed = std::to_string(i.value);
    const auto back = io::try_parse_integer(printed);
    PROSPER_FUZZ_CHECK(back && back.value == i.value, "integer " + printed + " does not read back");
    // An integer is also a number, and reads as the nearest double.
    const auto as_double = io::try_parse_number(printed);
    PROSPER_FUZZ_CHECK(as_double && as_double.value == static_cast<double>(i.value),
                       "integer " + printed + " reads as a different double");
  } else {
    PROSPER_FUZZ_CHECK(!i.error.empty(), "integer: no value and no error");
  }
  return 0;
}

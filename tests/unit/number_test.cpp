#include "prosper/io/number.hpp"

#include <catch2/catch.hpp>
#include <string>

using prosper::io::number_options;
using prosper::io::parse_integer;
using prosper::io::parse_number;
using prosper::io::try_parse_integer;
using prosper::io::try_parse_number;

namespace {

std::string error_of(std::string_view text, number_options options = {}) {
  return try_parse_number(text, options).error;
}

}  // namespace

TEST_CASE("plain decimal numbers parse exactly as from_chars reads them", "[number]") {
  CHECK(parse_number("42042") == 42042.0);
  CHECK(parse_number("7.27") == 7.27);
  CHECK(parse_number("-0.5") == -0.5);
  CHECK(parse_number("+8.5") == 8.5);
  CHECK(parse_number(".5") == 0.5);
  CHECK(parse_number("1.2e3") == 1200.0);
  CHECK(parse_number(" \t23 ") == 23.0);
}

TEST_CASE("empty, non-finite and out-of-range text is refused with a message", "[number]") {
  CHECK(error_of("") == "empty value");
  CHECK(error_of("   ") == "empty value");
  CHECK(error_of("NaN") == "'NaN' is not a finite number");
  CHECK(error_of("nan") == "'nan' is not a finite number");
  CHECK(error_of("-inf") == "'-inf' is not a finite number");
  CHECK(error_of("Infinity") == "'Infinity' is not a finite number");
  CHECK(error_of("1e400") == "'1e400' is out of the range of a double");
  CHECK(error_of("abc") == "'abc' is not a number");
  CHECK(error_of("--1") == "'--1' is not a number");
  CHECK(error_of("+") == "'+' is not a number");
}

TEST_CASE("trailing characters are refused, with a hint for percent signs and scales", "[number]") {
  CHECK(error_of("12abc") == "'12abc': unexpected 'a' after '12'");
  CHECK(error_of("0x10") == "'0x10': unexpected 'x' after '0'");
  CHECK(error_of("1.2.3") == "'1.2.3': unexpected '.' after '1.2'");
  CHECK_THAT(error_of("64%"), Catch::StartsWith("'64%': unexpected '%' after '64'") &&
                                  Catch::Contains("put % in the unit column"));
  CHECK_THAT(error_of("4.2万"), Catch::StartsWith("'4.2万': unexpected '万' after '4.2'") &&
                                    Catch::Contains("unit column"));
  CHECK(error_of("12 34") == "'12 34': unexpected ' ' after '12'");
}

TEST_CASE("thousands separators are refused unless asked for, and then only in groups of three",
          "[number]") {
  CHECK(error_of("1,234") ==
        "'1,234' uses a thousands separator, which is not accepted; write 1234");
  CHECK_THAT(error_of("1,5"), Catch::Contains("not a correctly placed thousands separator"));

  const number_options grouped{.thousands_separators = true};
  CHECK(parse_number("1,234", grouped) == 1234.0);
  CHECK(parse_number("1,234,567.5", grouped) == 1234567.5);
  CHECK(parse_number("-12,345", grouped) == -12345.0);
  CHECK_THAT(error_of("1,23", grouped), Catch::Contains("not a correctly placed"));
  CHECK_THAT(error_of("12,34,567", grouped), Catch::Contains("not a correctly placed"));
  CHECK_THAT(error_of("1234,567", grouped), Catch::Contains("not a correctly placed"));
  CHECK_THAT(error_of("1,234.5,6", grouped), Catch::Contains("not a correctly placed"));
}

TEST_CASE("full-width digits are refused unless asked for, and then read one-to-one", "[number]") {
  CHECK(error_of("４２０４２") ==
        "'４２０４２' is written with full-width characters; write 42042");
  CHECK(error_of("−3") == "'−3' is written with full-width characters; write -3");

  const number_options wide{.full_width = true};
  CHECK(parse_number("４２．５", wide) == 42.5);
  CHECK(parse_number("－３", wide) == -3.0);
  CHECK(parse_number("−0.5", wide) == -0.5);
  CHECK(parse_number("42", wide) == 42.0);
}

TEST_CASE("parse_number throws the same message try_parse_number returns", "[number]") {
  CHECK_THROWS_AS(parse_number("x"), prosper::io::number_error);
  CHECK_THROWS_WITH(parse_number("NaN"), "'NaN' is not a finite number");
}

TEST_CASE("integers are strict: digits with an optional minus, nothing else", "[number]") {
  CHECK(parse_integer("2021") == 2021);
  CHECK(parse_integer(" -5 ") == -5);
  CHECK(try_parse_integer("20x3").error == "'20x3' is not an integer");
  CHECK(try_parse_integer("2021.0").error == "'2021.0' is not an integer");
  CHECK(try_parse_integer("+2021").error == "'+2021' is not an integer");
  CHECK(try_parse_integer("").error == "empty value");
  CHECK(try_parse_integer("99999999999999999999").error ==
        "'99999999999999999999' is out of range");
  CHECK_THROWS_WITH(parse_integer("x"), "'x' is not an integer");
}

// F5 (docs/reliability.md): messages quoted the input byte for byte; a NUL ended what() early
// and an escape sequence reached the terminal that printed the message.
TEST_CASE("messages quote control characters as \\xNN", "[number]") {
  const std::string with_nul("5e-3\0" "24", 7);
  const auto r = try_parse_number(with_nul);
  REQUIRE_FALSE(r);
  CHECK(r.error.find('\0') == std::string::npos);
  CHECK(r.error.rfind("'5e-3\\x0024'", 0) == 0);
  try {
    parse_number(with_nul);
    FAIL("no exception");
  } catch (const prosper::io::number_error& e) {
    CHECK(std::string(e.what()) == r.error);
  }
  const auto esc = try_parse_number("1\x1b[2J");
  REQUIRE_FALSE(esc);
  CHECK(esc.error.find('\x1b') == std::string::npos);
  CHECK(esc.error.rfind("'1\\x1B[2J'", 0) == 0);
  CHECK(try_parse_integer("20\x7f").error == "'20\\x7F' is not an integer");
}

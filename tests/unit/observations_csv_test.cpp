#include "prosper/io/observations_csv.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <sstream>
#include <string>

#include "prosper/plan/lishui.hpp"

namespace io = prosper::io;
using prosper::plan::lishui;

namespace {

const std::filesystem::path fixtures = std::filesystem::path(PROSPER_SOURCE_DIR) / "tests/data";
const std::filesystem::path examples = std::filesystem::path(PROSPER_SOURCE_DIR) / "examples/data";

io::read_result read(std::string_view text, const io::read_options& options = {}) {
  return io::read_observations_csv(text, "inline.csv", lishui(), options);
}

std::string error_of(std::string_view text) {
  try {
    read(text);
  } catch (const prosper::input_error& e) {
    return e.what();
  }
  return "no error";
}

std::string extra(const io::observation_record& o, std::string_view name) {
  for (const auto& [k, v] : o.extra) {
    if (k == name) return v;
  }
  return "<absent>";
}

}  // namespace

TEST_CASE("a CSV with BOM, CRLF and RFC 4180 quoting reads every row", "[observations_csv]") {
  const auto r = io::load_observations_csv(fixtures / "observations/bom_crlf.csv", lishui());
  REQUIRE(r.observations.size() == 4);
  CHECK(r.rows == 4);
  CHECK(r.skipped == 0);
  CHECK(r.warnings.empty());

  const auto& income = r.observations[0];
  CHECK(income.indicator == "2");
  CHECK(income.region == "丽水市");
  CHECK(income.year == 2021);
  CHECK(income.value == 42042.0);
  CHECK(income.source ==
        "China Daily (Lishui) 2022-01-19, http://zhejiang.chinadaily.com.cn/lishui/2022-01/19/"
        "c_700342.htm");
  CHECK(income.line == 2);
  CHECK(extra(income, "note").empty());

  const auto& rural = r.observations[1];
  CHECK(rural.region == "丽水市");  // empty region cell: the plan's region
  CHECK(rural.value == 26386.0);    // 2.6386 万元 in the indicator's 元
  CHECK(rural.original_value == 2.6386);
  CHECK(rural.original_unit == "万元");
  CHECK(rural.unit == prosper::units::runtime_unit::resolve("元"));
  CHECK(rural.source == "丽水市政府网 \"丽水要闻\"");
  CHECK(extra(rural, "note") == "two-line\nnote");  // CRLF inside quotes read as "\n"

  CHECK(r.observations[2].line == 5);  // after the two-line record
  CHECK(r.observations[2].value == 72.7);
  CHECK(r.observations[3].value == 1.94);  // 倍 for an indicator printed without unit
  CHECK(extra(r.observations[3], "note") == "a, b");
}

TEST_CASE("region and unit columns are optional", "[observations_csv]") {
  const auto r = io::load_observations_csv(fixtures / "observations/minimal.csv", lishui());
  REQUIRE(r.observations.size() == 2);
  CHECK(r.observations[0].region == "丽水市");
  CHECK(r.observations[0].original_unit == "元");
  CHECK(r.observations[1].indicator == "35");

  io::read_options elsewhere;
  elsewhere.default_region = "莲都区";
  CHECK(read("indicator,year,value\n2,2021,1\n", elsewhere).observations[0].region == "莲都区");
}

TEST_CASE("a header with no rows is an empty table, not an error", "[observations_csv]") {
  const auto r = io::load_observations_csv(fixtures / "observations/header_only.csv", lishui());
  CHECK(r.observations.empty());
  CHECK(r.rows == 0);
  CHECK(r.summary() ==
        (fixtures / "observations/header_only.csv").string() + ": 0 rows, 0 used, 0 skipped");
}

TEST_CASE("column order and case are free; comments and blank lines carry nothing",
          "[observations_csv]") {
  const auto r =
      io::load_observations_csv(fixtures / "observations/reordered_with_comments.csv", lishui());
  REQUIRE(r.observations.size() == 3);
  CHECK(r.rows == 3);
  CHECK(r.observations[0].indicator == "19");
  CHECK(r.observations[0].line == 4);
  CHECK(r.observations[1].value == 0.74);
  CHECK(r.observations[1].line == 7);
  CHECK(r.observations[2].value == 11.8496);  // last line has no newline
  CHECK(r.observations[2].line == 8);
}

TEST_CASE("units as printed in sources are converted into the indicator's unit",
          "[observations_csv]") {
  const auto r = io::load_observations_csv(fixtures / "observations/conversions.csv", lishui());
  REQUIRE(r.observations.size() == 8);
  const auto value = [&](const char* id) {
    for (const auto& o : r.observations) {
      if (o.indicator == id) return o.value;
    }
    return -1.0;
  };
  CHECK(value("1") == 11.8496);        // 元 → 万元
  CHECK(value("2") == 42042.0);        // 万元 → 元
  CHECK(value("4") == 4800.0);         // 万元 → 亿元
  CHECK(value("21") == 12.9);          // 亿元 → 亿人民币
  CHECK(value("24") == Approx(64.0));  // fraction → %
  CHECK(value("26") == 23.0);          // μg/m³ → 微克/立方米
  CHECK(value("53") == 81.15);         // 年 → 岁
  CHECK(value("13") == 32.66);         // ㎡/万元 → 平方米/万元
}

TEST_CASE("each kind of bad row names file, line and problem", "[observations_csv]") {
  const std::string header = "indicator,region,year,value,unit\n";
  CHECK(error_of(header + "99,丽水市,2021,1,元\n") == "inline.csv:2: unknown indicator '99'");
  CHECK(error_of(header + "居民人均可支配收入,丽水市,2021,1,元\n") ==
        "inline.csv:2: unknown indicator '居民人均可支配收入'; the plan's id for it is 2");
  CHECK(error_of(header + "2,丽水市,2021,abc,元\n") == "inline.csv:2: value 'abc' is not a number");
  CHECK(error_of(header + "2,丽水市,2021,,元\n") == "inline.csv:2: empty value");
  CHECK(error_of(header + "2,丽水市,,1,元\n") == "inline.csv:2: empty year");
  CHECK(error_of(header + "2,丽水市,1800,1,元\n") ==
        "inline.csv:2: year 1800 is outside 1949..2100");
  CHECK(error_of(header + "2,丽水市,2021,1,元\n2,丽水市,2021,2,元\n") ==
        "inline.csv:3: duplicate of line 2 (indicator 2, 丽水市, 2021)");
  CHECK(error_of(header + "24,丽水市,2021,1,元\n") ==
        "inline.csv:2: unit 元 does not fit indicator 24 (常住人口城镇化率, %): cannot convert 元 "
        "to %: different dimensions (currency vs 1)");
  CHECK(error_of(header + "2,丽水市,2021,1\n") ==
        "inline.csv:2: expected 5 fields as in the header, found 4");
  CHECK(error_of(header + "2,丽\"水市,2021,1,元\n") ==
        "inline.csv:2: quote inside unquoted field 2; enclose the whole field in quotes and "
        "double the quote (\"\")");
  CHECK(error_of(header + "2,\"丽水市\"x,2021,1,元\n") ==
        "inline.csv:2: unexpected 'x' after the closing quote of field 2");
  CHECK(error_of(header + "2,丽水市,2021,1,元\n3,\"丽水市,2021,1,元\n") ==
        "inline.csv:3: unterminated quoted field 2: the quote opened on this line is never "
        "closed");
}

TEST_CASE("problems with the header or the encoding stop the whole file", "[observations_csv]") {
  CHECK(error_of("") ==
        "inline.csv:1: empty file: no header line; expected one such as "
        "'indicator,region,year,value,unit'");
  CHECK(error_of("\xEF\xBB\xBF\r\n") == error_of(""));
  CHECK_THAT(error_of("# only a comment\n"), Catch::StartsWith("inline.csv:1: no header line"));
  CHECK_THAT(error_of("2,丽水市,2021,1,元\n"), Catch::StartsWith("inline.csv:1: missing header"));
  CHECK(error_of("indicator,year,unit\n2,2021,元\n") ==
        "inline.csv:1: missing required column 'value' (the header has: indicator,year,unit)");
  CHECK(error_of("indicator,year,value,Year\n") ==
        "inline.csv:1: column 'Year' appears twice in the header");
  CHECK(error_of("indicator,,year,value\n") == "inline.csv:1: column 2 of the header has no name");
  CHECK(error_of("indicator,year,value\n2,2021,1\n2,2021,\xC0\xE9\n") ==
        "inline.csv:3: not valid UTF-8 (byte 0xC0); the file may be GBK-encoded: save it as "
        "UTF-8");
  CHECK(error_of(std::string("\xFF\xFEi\0n\0", 6)) ==
        "inline.csv:1: the file is UTF-16 encoded (UTF-16LE with a byte-order mark); save it as "
        "UTF-8");
}

// Issue 14: a UTF-16BE file without a byte-order mark was called GBK (its Chinese characters are
// invalid UTF-8 only by accident) or failed on its header.
TEST_CASE("UTF-16 without a byte-order mark is named with its byte order", "[observations_csv]") {
  const auto utf16 = [](std::string_view ascii, bool big_endian) {
    std::string out;
    for (char c : ascii) {
      if (big_endian) out += '\0';
      out += c;
      if (!big_endian) out += '\0';
    }
    return out;
  };
  const std::string text = "indicator,year,value\n2,2021,42042\n";
  // 丽 is U+4E3D: in UTF-16BE its bytes 4E 3D happen to be ASCII; "，" U+FF0C gives FF 0C.
  CHECK(error_of(utf16(text, true) + "\x4E\x3D\xFF\x0C") ==
        "inline.csv:1: the file is UTF-16 encoded (UTF-16BE without a byte-order mark); save it "
        "as UTF-8");
  CHECK(error_of(utf16(text, false)) ==
        "inline.csv:1: the file is UTF-16 encoded (UTF-16LE without a byte-order mark); save it "
        "as UTF-8");
  // A single NUL in an otherwise ordinary file is not mistaken for UTF-16.
  CHECK_THAT(error_of(std::string("indicator,year,value\n2,2021,4") + '\0' + "\n"),
             Catch::StartsWith("inline.csv:2: value "));
}

// Issue 14: a 200 MB cell was echoed to stderr in full. Every quoted input is cut at 64 bytes
// and followed by its length; control characters are escaped, C1 included.
TEST_CASE("long and hostile cells are quoted short and visible in messages",
          "[observations_csv]") {
  const std::string header = "indicator,region,year,value,unit\n";
  const std::string big(1'000'000, '7');
  const std::string value_error = error_of(header + "2,丽水市,2021,0." + big + "x,元\n");
  CHECK(value_error == "inline.csv:2: value '0." + std::string(62, '7') +
                           "…' (1000003 bytes): unexpected 'x' after '0." + std::string(62, '7') +
                           "…' (1000002 bytes)");
  const std::string id_error = error_of(header + std::string(100'000, 'A') + ",丽水市,2021,1,元\n");
  CHECK(id_error == "inline.csv:2: unknown indicator '" + std::string(64, 'A') +
                        "…' (100000 bytes)");
  CHECK(error_of(header + "\x1B[2J\xC2\x9B,丽水市,2021,1,元\n") ==
        "inline.csv:2: unknown indicator '\\x1B[2J\\x9B'");
  const std::string unit_error = error_of(header + "2,丽水市,2021,1," + std::string(5000, 'u') + "\n");
  CHECK(unit_error.size() < 1000);
  CHECK_THAT(unit_error, Catch::Contains("… (5000 bytes)"));
  CHECK(error_of(header + "2,丽水市,2021,1,元\n2,\"丽水市\"\x07,2021,1,元\n") ==
        "inline.csv:3: unexpected '\\x07' after the closing quote of field 2");
}

TEST_CASE("with skip_bad_rows every bad row becomes a warning and is counted",
          "[observations_csv]") {
  const std::string text =
      "indicator,region,year,value,unit\n"
      "2,丽水市,2021,42042,元\n"
      "99,丽水市,2021,1,元\n"
      "2,丽水市,20x3,1,元\n"
      "2,丽水市,2021,2,元\n"
      "3,丽水市,2021,NaN,元\n"
      "3,丽水市,2021,26386\n"
      "3,丽水市,2021,26386,元\n";
  const auto r = read(text, {.skip_bad_rows = true});
  CHECK(r.rows == 7);
  CHECK(r.observations.size() == 2);
  CHECK(r.skipped == 5);
  REQUIRE(r.warnings.size() == 5);
  CHECK(r.warnings[0].to_string() == "inline.csv:3: unknown indicator '99'");
  CHECK(r.warnings[1].to_string() == "inline.csv:4: year '20x3' is not an integer");
  CHECK(r.warnings[2].to_string() ==
        "inline.csv:5: duplicate of line 2 (indicator 2, 丽水市, 2021)");
  CHECK(r.warnings[3].to_string() == "inline.csv:6: value 'NaN' is not a finite number");
  CHECK(r.warnings[4].line == 7);
  CHECK(r.observations.size() + r.skipped == r.rows);
  CHECK(r.summary() == "inline.csv: 7 rows, 2 used, 5 skipped");
  // A broken file is not a bad row: it still throws.
  CHECK_THROWS_AS(read("indicator,year\n", {.skip_bad_rows = true}), prosper::input_error);
}

TEST_CASE("thousands separators are read only when the caller opts in", "[observations_csv]") {
  const std::string text = "indicator,year,value\n2,2021,\"42,042\"\n";
  CHECK_THAT(error_of(text), Catch::Contains("uses a thousands separator"));
  io::read_options options;
  options.numbers.thousands_separators = true;
  CHECK(read(text, options).observations[0].value == 42042.0);
}

TEST_CASE("input_error keeps file, line and message apart", "[observations_csv]") {
  try {
    read("indicator,year,value\n2,1800,1\n");
    FAIL("no error");
  } catch (const prosper::input_error& e) {
    CHECK(e.file() == "inline.csv");
    CHECK(e.line() == 2);
    CHECK(e.message() == "year 1800 is outside 1949..2100");
    CHECK(e.pointer().empty());
  }
}

TEST_CASE("a stream reads like text, and a missing file is an input error", "[observations_csv]") {
  std::istringstream in("indicator,year,value\n2,2021,42042\n");
  CHECK(io::read_observations_csv(in, "<stdin>", lishui()).observations.size() == 1);
  CHECK_THROWS_WITH(io::load_observations_csv(fixtures / "no-such-file.csv", lishui()),
                    Catch::EndsWith("no-such-file.csv: cannot open: No such file or directory"));
}

TEST_CASE("the example data files read cleanly against the Lishui plan", "[observations_csv]") {
  const auto published = io::load_observations_csv(examples / "lishui-published.csv", lishui());
  CHECK(published.skipped == 0);
  CHECK(published.observations.size() == 4);
  const auto* income = io::find_observation(published.observations, "2", "丽水市", 2021);
  REQUIRE(income != nullptr);
  CHECK(income->value == 42042.0);
  CHECK_THAT(income->source, Catch::StartsWith("China Daily (Lishui) 2022-01-19"));

  const auto zhejiang = io::load_observations_csv(examples / "zhejiang-reference.csv", lishui());
  CHECK(zhejiang.skipped == 0);
  CHECK(zhejiang.observations.size() == 19);
  for (const auto& o : zhejiang.observations) CHECK(o.region == "浙江省");
  const auto* gdp = io::find_observation(zhejiang.observations, "1", "浙江省", 2022);
  REQUIRE(gdp != nullptr);
  CHECK(gdp->value == 11.8496);  // published as 118496 元, indicator 1 is in 万元
  CHECK(gdp->original_unit == "元");

  const auto counties = io::load_observations_csv(examples / "illustrative-counties.csv", lishui());
  CHECK(counties.skipped == 0);
  CHECK(counties.observations.size() == 18);
  for (const auto& o : counties.observations) {
    CHECK(o.indicator == "2");
    CHECK(extra(o, "note") == "illustrative synthetic data, not published statistics");
  }
}

// F5 (docs/reliability.md): a control character in a cell reached the message byte for byte.
TEST_CASE("control characters in a cell are quoted as \\xNN in the message", "[observations_csv]") {
  const std::string e = error_of("indicator,year,value\n2,2021,1\x1b[2J\n");
  CHECK(e.find('\x1b') == std::string::npos);
  CHECK_THAT(e, Catch::Contains("'1\\x1B[2J'"));
  CHECK(io::detail::observations::printable(std::string("a\0b\x7f\xC0", 5)) == "a\\x00b\\x7F?");
}

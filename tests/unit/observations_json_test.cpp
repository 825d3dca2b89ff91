#include "prosper/io/observations_json.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <sstream>
#include <string>

#include "prosper/plan/lishui.hpp"

namespace io = prosper::io;
using prosper::plan::lishui;

namespace {

const std::filesystem::path fixtures = std::filesystem::path(PROSPER_SOURCE_DIR) / "tests/data";

io::read_result read(std::string_view text, const io::read_options& options = {}) {
  return io::read_observations_json(text, "inline.json", lishui(), options);
}

std::string error_of(std::string_view text) {
  try {
    read(text);
  } catch (const prosper::input_error& e) {
    return e.what();
  }
  return "no error";
}

std::string one(std::string_view element) {
  return R"({"observations":[)" + std::string(element) + "]}";
}

}  // namespace

TEST_CASE("a JSON file reads with defaults, conversions and extra keys", "[observations_json]") {
  const auto r = io::load_observations_json(fixtures / "observations/good.json", lishui());
  REQUIRE(r.observations.size() == 4);
  CHECK(r.rows == 4);
  CHECK(r.skipped == 0);

  const auto& income = r.observations[0];
  CHECK(income.value == 42042.0);
  CHECK(income.source == "China Daily (Lishui) 2022-01-19");
  CHECK(income.pointer == "/observations/0");
  CHECK(income.line == 0);

  const auto& rural = r.observations[1];
  CHECK(rural.region == "丽水市");
  CHECK(rural.value == 26386.0);
  CHECK(rural.source == "fixture default source");
  REQUIRE(rural.extra.size() == 1);
  CHECK(rural.extra[0] == std::pair<std::string, std::string>{"note", "converted"});

  CHECK(r.observations[2].extra[0] == std::pair<std::string, std::string>{"checked", "true"});
  CHECK(r.observations[3].original_unit == "%");
}

TEST_CASE("an empty observations array is an empty result", "[observations_json]") {
  const auto r = read(R"({"observations": []})");
  CHECK(r.observations.empty());
  CHECK(r.summary() == "inline.json: 0 rows, 0 used, 0 skipped");
}

TEST_CASE("bad elements are named by their JSON pointer", "[observations_json]") {
  CHECK(error_of(one(R"({"indicator":"2","year":2021,"value":"abc"})")) ==
        "inline.json: /observations/0/value: expected a number, got string \"abc\" (write the "
        "number without quotes)");
  CHECK(error_of(one(R"({"indicator":"2","year":2021,"value":null})")) ==
        "inline.json: /observations/0/value: expected a number, got null");
  CHECK(error_of(one(R"({"indicator":2,"year":2021,"value":1})")) ==
        "inline.json: /observations/0/indicator: expected a string such as \"2\" or \"12.1\", "
        "got number 2");
  CHECK(error_of(one(R"({"indicator":"2","year":2021.0,"value":1})")) ==
        "inline.json: /observations/0/year: expected an integer year, got number 2021.0");
  CHECK(error_of(one(R"({"indicator":"2","year":"2021","value":1})")) ==
        "inline.json: /observations/0/year: expected an integer year, got string \"2021\"");
  CHECK(error_of(one(R"({"indicator":"2","value":1})")) ==
        "inline.json: /observations/0: missing \"year\"");
  CHECK(error_of(one(R"({"indicator":"2","year":2021,"value":1,"unit":5})")) ==
        "inline.json: /observations/0/unit: expected a string, got number 5");
  CHECK(error_of(one(R"([1])")) ==
        "inline.json: /observations/0: expected an object, got array of 1 element");
  CHECK(error_of(one(R"({"indicator":"99","year":2021,"value":1})")) ==
        "inline.json: /observations/0: unknown indicator '99'");
  CHECK(error_of(one(R"({"indicator":"2","year":18446744073709551615,"value":1})")) ==
        "inline.json: /observations/0: year 1000000000 is outside 1949..2100");
  CHECK(error_of(one(R"({"indicator":"24","year":2021,"value":1,"unit":"元"})")) ==
        "inline.json: /observations/0: unit 元 does not fit indicator 24 (常住人口城镇化率, %): "
        "cannot convert 元 to %: different dimensions (currency vs 1)");
  CHECK(error_of(R"({"observations":[{"indicator":"2","year":2021,"value":1},)"
                 R"({"indicator":"2","year":2021,"value":2}]})") ==
        "inline.json: /observations/1: duplicate of /observations/0 (indicator 2, 丽水市, 2021)");
}

TEST_CASE("the document's shape and syntax are checked before any element", "[observations_json]") {
  CHECK(error_of("[]") ==
        "inline.json: expected an object with an \"observations\" array, got array []");
  CHECK(error_of("{}") == "inline.json: missing \"observations\" array");
  CHECK(error_of(R"({"observations": {}})") ==
        "inline.json: /observations: expected an array, got object {}");
  CHECK(error_of(R"({"observations": [], "obs": []})") ==
        "inline.json: /obs: unknown top-level key; expected \"observations\", \"source\" or "
        "\"note\"");
  CHECK(error_of("{\n  \"observations\": [\n    {\"indicator\": \"2\",}\n  ]\n}") ==
        "inline.json:3: JSON syntax error: syntax error while parsing object key - unexpected "
        "'}'; expected string literal");
  CHECK_THAT(error_of(""), Catch::StartsWith("inline.json:1: JSON syntax error:"));
  CHECK(error_of(one(R"({"indicator":"2","year":2021,"value":1,"value":2})")) ==
        "inline.json: /observations/0/value: key repeated in one object; JSON readers would keep "
        "only the last value");
  CHECK(error_of("{\"observations\": [\n{\"indicator\":\"2\",\"year\":2021,\"value\":1e400}]}") ==
        "inline.json:2: JSON error: number overflow parsing '1e400'");
  // The same encoding check as the CSV reader's: GBK and UTF-16 are named.
  CHECK(error_of("{\"observations\": [\"\xC0\"]}") ==
        "inline.json:1: not valid UTF-8 (byte 0xC0); the file may be GBK-encoded: save it as UTF-8");
  std::string utf16be;
  for (const char c : std::string(R"({"obs": []})")) utf16be += std::string(1, '\0') + c;
  CHECK(error_of(utf16be) ==
        "inline.json:1: the file is UTF-16 encoded (UTF-16BE without a byte-order mark); save it "
        "as UTF-8");
  // A long key or value is cut in the message, with its length.
  const std::string long_key = error_of("{\"observations\": [], \"" + std::string(1000, 'k') + "\": 1}");
  CHECK(long_key.size() < 200);
  CHECK_THAT(long_key, Catch::Contains("… (1001 bytes): unknown top-level key"));
  CHECK(error_of("\xEF\xBB\xBF{\"observations\": []}") == "no error");
}

// F6 (docs/reliability.md): nlohmann's dump() and destructor recurse once per level; 200 KB of
// '[' used to overflow the stack. Nesting beyond 64 levels is now refused while parsing.
TEST_CASE("deeply nested JSON is an error, not a stack overflow", "[observations_json]") {
  const std::string deep = std::string(200'000, '[') + std::string(200'000, ']');
  const std::string pointer = [] {
    std::string p;
    for (int i = 0; i < 64; ++i) p += "/0";
    return p;
  }();
  CHECK(error_of(deep) == "inline.json: " + pointer + ": nested deeper than 64 levels");
  CHECK(error_of(std::string(200'000, '[')) ==
        "inline.json: " + pointer + ": nested deeper than 64 levels");
  const std::string as_extra =
      R"({"observations": [{"indicator": "2", "year": 2021, "value": 1, "x": )" + deep + "}]}";
  CHECK_THAT(error_of(as_extra),
             Catch::StartsWith("inline.json: /observations/0/x/0/0/") &&
                 Catch::EndsWith(": nested deeper than 64 levels"));
  // 64 levels are still read; a non-empty container is described by its size.
  const std::string ok = R"({"observations": [{"indicator": "2", "year": 2021, "value": 1, "x": )" +
                         std::string(61, '[') + std::string(61, ']') + "}]}";
  CHECK(error_of(ok) == "no error");
  CHECK(error_of(one(R"({"indicator":"2","year":2021,"value":[1,2]})")) ==
        "inline.json: /observations/0/value: expected a number, got array of 2 elements");
  CHECK(error_of(one(R"({"indicator":"2","year":2021,"value":{"a":[[1]]}})")) ==
        "inline.json: /observations/0/value: expected a number, got object with 1 key");
}

TEST_CASE("with skip_bad_rows bad elements become warnings", "[observations_json]") {
  const auto r = read(R"({"observations":[
      {"indicator":"2","year":2021,"value":42042},
      {"indicator":"2","year":2021,"value":"42042"},
      {"indicator":"99","year":2021,"value":1},
      {"indicator":"3","year":2021,"value":26386}]})",
                      {.skip_bad_rows = true});
  CHECK(r.rows == 4);
  CHECK(r.observations.size() == 2);
  REQUIRE(r.warnings.size() == 2);
  CHECK(r.warnings[0].to_string() ==
        "inline.json: /observations/1/value: expected a number, got string \"42042\" (write the "
        "number without quotes)");
  CHECK(r.warnings[1].pointer == "/observations/2");
  CHECK(r.summary() == "inline.json: 4 rows, 2 used, 2 skipped");
}

TEST_CASE("JSON streams and missing files", "[observations_json]") {
  std::istringstream in(R"({"observations":[{"indicator":"2","year":2021,"value":42042}]})");
  CHECK(io::read_observations_json(in, "<stdin>", lishui()).observations.size() == 1);
  CHECK_THROWS_WITH(io::load_observations_json(fixtures / "nope.json", lishui()),
                    Catch::EndsWith("nope.json: cannot open: No such file or directory"));
}

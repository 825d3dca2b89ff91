#include "prosper/io/plan_json.hpp"

#include <catch2/catch.hpp>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <limits>
#include <string>

#include "prosper/plan/audit.hpp"
#include "prosper/plan/lishui.hpp"

using namespace prosper::io;
namespace pl = prosper::plan;
using prosper::direction;
using prosper::target_kind;

namespace {

const std::filesystem::path data_dir = std::filesystem::path(PROSPER_SOURCE_DIR) / "tests" / "data";

// Field by field, so a failure names the field rather than "plans differ".
void check_same(const pl::plan& a, const pl::plan& b) {
  CHECK(a.name_zh == b.name_zh);
  CHECK(a.name_en == b.name_en);
  CHECK(a.region_zh == b.region_zh);
  CHECK(a.region_en == b.region_en);
  CHECK(a.base_year == b.base_year);
  CHECK(a.target_year == b.target_year);
  CHECK(a.source == b.source);
  CHECK(a.regions == b.regions);
  REQUIRE(a.indicators.size() == b.indicators.size());
  for (std::size_t i = 0; i < a.indicators.size(); ++i) {
    const auto& x = a.indicators[i];
    const auto& y = b.indicators[i];
    INFO("indicator " << x.id);
    CHECK(x.id == y.id);
    CHECK(x.name_zh == y.name_zh);
    CHECK(x.name_en == y.name_en);
    CHECK(x.category_zh == y.category_zh);
    CHECK(x.category_en == y.category_en);
    CHECK(x.attribute == y.attribute);
    CHECK(x.unit == y.unit);
    CHECK(x.dir == y.dir);
    CHECK(x.note_zh == y.note_zh);
    REQUIRE(x.milestones.size() == y.milestones.size());
    for (std::size_t k = 0; k < x.milestones.size(); ++k) {
      CHECK(x.milestones[k].year == y.milestones[k].year);
      CHECK(x.milestones[k].kind == y.milestones[k].kind);
      CHECK(x.milestones[k].value == y.milestones[k].value);  // exact, optional included
      CHECK(x.milestones[k].upper == y.milestones[k].upper);
      CHECK(x.milestones[k].printed == y.milestones[k].printed);
    }
  }
  REQUIRE(a.body_targets.size() == b.body_targets.size());
  for (std::size_t i = 0; i < a.body_targets.size(); ++i) {
    const auto& x = a.body_targets[i];
    const auto& y = b.body_targets[i];
    INFO("body target " << x.id);
    CHECK(x.id == y.id);
    CHECK(x.section == y.section);
    CHECK(x.item == y.item);
    CHECK(x.phrase_zh == y.phrase_zh);
    CHECK(x.name_en == y.name_en);
    CHECK(x.basis == y.basis);
    CHECK(x.kind == y.kind);
    CHECK(x.value == y.value);
    CHECK(x.upper == y.upper);
    CHECK(x.unit == y.unit);
    CHECK(x.year == y.year);
    CHECK(x.indicator_id == y.indicator_id);
  }
}

}  // namespace

TEST_CASE("directions and target kinds parse from their ASCII names", "[plan_json]") {
  CHECK(direction_from_string("lower_is_better") == direction::lower_is_better);
  CHECK(direction_from_string("neutral") == direction::neutral);
  CHECK_FALSE(direction_from_string("down").has_value());
  CHECK(target_kind_from_string("at_most") == target_kind::at_most);
  CHECK(target_kind_from_string("not_set") == target_kind::not_set);
  CHECK_FALSE(target_kind_from_string("").has_value());
}

TEST_CASE("the embedded Lishui plan round-trips through a JSON file losslessly", "[plan_json]") {
  const auto file = std::filesystem::temp_directory_path() / "prosper_plan_json_test_lishui.json";
  save_plan(file, pl::lishui(), pl::lishui_relations());
  const plan_document doc = load_plan(file);
  std::filesystem::remove(file);
  check_same(pl::lishui(), doc.plan);
  CHECK(doc.relations == pl::lishui_relations());
}

TEST_CASE("the round trip keeps optional values, two-thirds and Chinese text exactly",
          "[plan_json]") {
  const plan_document doc = parse_plan(dump_plan(pl::lishui(), pl::lishui_relations()));
  const auto& rows = doc.plan.indicators;
  const auto row = [&](const std::string& id) -> const pl::indicator& {
    for (const auto& i : rows)
      if (i.id == id) return i;
    FAIL("no row " << id);
    return rows.front();
  };
  CHECK_FALSE(row("12").milestones[0].value.has_value());  // "——"
  CHECK(row("12").milestones[0].kind == target_kind::not_set);
  CHECK(row("59").milestones[0].value == 200.0 / 3.0);  // 三分之二以上, bit for bit
  CHECK(row("30").milestones[1].printed == "根据省定目标");
  CHECK(row("17").milestones[1].printed == "≤1.95");
  CHECK(doc.plan.name_zh == "丽水加快跨越式高质量发展建设共同富裕示范区行动方案(2021—2025年)");
}

TEST_CASE("saved JSON keeps Chinese as UTF-8 and writes every field", "[plan_json]") {
  const std::string text = dump_plan(pl::lishui());
  CHECK_THAT(text, Catch::Contains("\"name_zh\": \"人均地区生产总值\""));
  CHECK_THAT(text, Catch::Contains("\"upper\": null"));
  CHECK_THAT(text, Catch::Contains("\"format_version\": 1"));
  CHECK_THAT(text, !Catch::Contains("\\u"));
}

TEST_CASE("the fictional second plan loads and audits without recompiling", "[plan_json]") {
  const plan_document doc = load_plan(data_dir / "second_plan.json");
  CHECK(doc.plan.name_en == "Demo county plan (fictional)");
  CHECK(doc.plan.indicators.size() == 10);
  CHECK(doc.plan.body_targets.size() == 5);
  CHECK(doc.relations.size() == 4);
  const auto& band = doc.plan.indicators[9].milestones[0];
  CHECK(band.kind == target_kind::band);
  CHECK(band.upper == 75.0);
  CHECK(doc.plan.indicators[6].milestones[0].value == std::nullopt);
  // 4 explicit relations plus restates of 一.1.1 and 一.2.2 and the growth claim 一.2.1.
  const pl::audit_report r = pl::audit(doc.plan, doc.relations);
  CHECK(r.summary.relations == 7);
  CHECK(r.summary.holds == 6);
  CHECK(r.summary.violated == 1);
  // Rural income 20000 → 26000 grows 9.14 % a year, not the 10 % the body claims.
  const auto& claim = r.findings[5];
  CHECK(claim.id == "growth_claim.一.2.1");
  CHECK(claim.status == pl::finding_status::violated);
  CHECK(*claim.lhs == Approx(9.1392883061));
}

TEST_CASE("the declared regions and their levels round-trip", "[plan_json]") {
  const plan_document doc = from_json(to_json(pl::lishui(), pl::lishui_relations()));
  REQUIRE(doc.plan.regions.size() == 11);
  CHECK(doc.plan.regions == pl::lishui().regions);
  CHECK(doc.plan.regions.front() == pl::declared_region{"丽水市", "Lishui",
                                                          pl::region_level::city});
  CHECK(pl::sub_regions(doc.plan.regions, "丽水市").size() == 9);
  CHECK(pl::reference_regions(doc.plan.regions, "丽水市") ==
        std::vector<std::string>{"浙江省"});
  CHECK(to_json(pl::lishui())["regions"][10]["level"] == "province");
}

TEST_CASE("the second plan round-trips too", "[plan_json]") {
  const plan_document doc = load_plan(data_dir / "second_plan.json");
  const plan_document again = parse_plan(dump_plan(doc.plan, doc.relations));
  check_same(doc.plan, again.plan);
  CHECK(again.relations == doc.relations);
}

TEST_CASE("each malformed plan is rejected with its JSON path and problem", "[plan_json]") {
  struct bad {
    const char* file;
    const char* path;
    const char* problem;
  };
  // clang-format off
  const bad cases[] = {
    {"wrong_type_unit",       "/indicators/3/unit",                 "expected a string"},
    {"missing_name",          "/indicators/0/name_zh",              "missing required field"},
    {"unknown_direction",     "/indicators/1/direction",            "unknown direction 'up'"},
    {"unknown_kind",          "/indicators/0/milestones/1/kind",    "unknown target kind 'atleast'"},
    {"duplicate_id",          "/indicators/2/id",                   "duplicate id '2'"},
    {"non_finite",            "/indicators/3/milestones/1/value",   "non-finite number"},
    {"value_wrong_type",      "/indicators/0/milestones/0/value",   "expected a number or null"},
    {"missing_value",         "/indicators/1/milestones/1/value",   "kind 'at_least' needs a value"},
    {"unknown_field",         "/indicators/0/nmae_en",              "unknown field"},
    {"duplicate_key",         "/indicators/1/unit",                 "duplicate key"},
    {"years_not_increasing",  "/indicators/0/milestones/1/year",    "milestone years must increase"},
    {"year_not_integer",      "/indicators/2/milestones/1/year",    "expected an integer"},
    {"milestones_not_array",  "/indicators/2/milestones",           "expected an array"},
    {"band_without_upper",    "/indicators/1/milestones/0/upper",   "kind 'band' needs an upper end"},
    {"body_link_unknown",     "/body_targets/0/indicator_id",       "unknown indicator '42'"},
    {"unknown_relation_kind", "/relations/0/kind",                  "unknown relation kind 'ratio'"},
    {"dangling_operand",      "/relations/0/operands/1/indicator",  "unknown indicator '99'"},
    {"wrong_operand_count",   "/relations/0/operands",              "needs 3 operands, got 2"},
    {"unsupported_version",   "/format_version",                    "unsupported format_version 2"},
    {"syntax_error",          "/indicators/0/milestones/2",         "invalid JSON"},
    {"not_an_object",         "",                                   "expected an object"},
    {"control_character",     "/body_targets/0/phrase_zh",          "control character U+001B in text"},
    {"unknown_region_level",  "/regions/1/level",                   "unknown region level 'town'"},
    {"own_region_not_declared", "/regions",                         "the plan's own region '示范县' is not among the declared regions"},
  };
  // clang-format on
  for (const bad& c : cases) {
    INFO(c.file);
    try {
      (void)load_plan(data_dir / "bad_plans" / (std::string(c.file) + ".json"));
      FAIL("accepted a malformed plan");
    } catch (const prosper::plan_error& e) {
      CHECK(e.pointer() == c.path);
      CHECK_THAT(e.message(), Catch::Contains(c.problem));
      // The message names the file first, then the pointer ("(document)" for the whole file).
      CHECK_THAT(std::string(e.what()), Catch::StartsWith(e.file() + ": " +
                                                          (c.path[0] ? c.path : "(document)")));
      CHECK(e.file().ends_with(std::string(c.file) + ".json"));
    }
  }
}

TEST_CASE("every file in bad_plans has an expected-error case", "[plan_json]") {
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(data_dir / "bad_plans"))
    if (entry.path().extension() == ".json") ++files;
  CHECK(files == 24);
}

TEST_CASE("a non-finite number built in memory is rejected with its path", "[plan_json]") {
  json j = to_json(pl::lishui());
  j["indicators"][0]["milestones"][1]["value"] = std::numeric_limits<double>::infinity();
  CHECK_THROWS_MATCHES(from_json(j), prosper::plan_error,
                       Catch::Message("/indicators/0/milestones/1/value: non-finite number"));
}

TEST_CASE("saving refuses a NaN that JSON would turn into null", "[plan_json]") {
  pl::plan p = pl::lishui();
  p.indicators[0].milestones[0].value = std::nan("");
  CHECK_THROWS_AS(to_json(p), prosper::value_error);
}

TEST_CASE("a missing file is an input error, not a crash", "[plan_json]") {
  CHECK_THROWS_AS(load_plan(data_dir / "no_such_plan.json"), prosper::input_error);
  CHECK_THROWS_WITH(load_plan(data_dir / "no_such_plan.json"),
                    Catch::EndsWith("no_such_plan.json: cannot open: No such file or directory"));
  CHECK_THROWS_WITH(load_plan(data_dir), Catch::Contains("is a directory"));
}

TEST_CASE("a plan may leave out optional text and lists", "[plan_json]") {
  const plan_document doc = parse_plan(R"({
    "name_zh": "最小计划", "base_year": 2022, "target_year": 2025,
    "indicators": [ { "id": "1", "name_zh": "甲", "unit": "元", "direction": "neutral",
                      "milestones": [ { "year": 2025, "kind": "qualitative" } ] } ] })");
  CHECK(doc.plan.indicators.size() == 1);
  CHECK(doc.plan.indicators[0].name_en.empty());
  CHECK(doc.plan.indicators[0].milestones[0].printed.empty());
  CHECK(doc.plan.body_targets.empty());
  CHECK(doc.relations.empty());
}

TEST_CASE("JSON Pointer segments escape '~' and '/'", "[plan_json]") {
  CHECK(detail::plan_json::child("/a", "b/c~d") == "/a/b~1c~0d");
  CHECK(detail::plan_json::child("", std::size_t{3}) == "/3");
}

// F7 (docs/reliability.md): 100 000 unclosed '[' took ~1.4 s (the error pointer was rebuilt by
// copying once per level) and gave a message as long as the input. Nesting beyond 64 levels is
// now refused while parsing.
TEST_CASE("a deeply nested plan fails fast with a short message", "[plan_json]") {
  std::string pointer;
  for (int i = 0; i < 64; ++i) pointer += "/0";
  const auto start = std::chrono::steady_clock::now();
  try {
    parse_plan(std::string(100'000, '['));
    FAIL("no exception");
  } catch (const prosper::plan_error& e) {
    CHECK(e.pointer() == pointer);
    CHECK(e.message() == "nested deeper than 64 levels");
  }
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(1));
  // The pointer still names keys, escaped, on the way down.
  try {
    parse_plan(R"({"a/b": {"c": )" + std::string(100, '[') + "}}");
    FAIL("no exception");
  } catch (const prosper::plan_error& e) {
    CHECK(e.pointer().starts_with("/a~1b/c/0/0/"));
    CHECK(e.message() == "nested deeper than 64 levels");
  }
}

// Issue 14: C1 controls (U+009B is the 8-bit CSI) are refused like C0 ones; a plan in UTF-16 is
// named as such; a long or hostile key or value is cut and made visible in the message.
TEST_CASE("plan texts refuse C1 controls too", "[plan_json]") {
  json j = to_json(pl::lishui());
  j["indicators"][0]["name_zh"] = "人均\xC2\x9B" "2J";
  CHECK_THROWS_MATCHES(from_json(j), prosper::plan_error,
                       Catch::Message("/indicators/0/name_zh: control character U+009B in text"));
}

TEST_CASE("a plan saved as UTF-16 is named as such", "[plan_json]") {
  std::string utf16be;
  for (const char c : dump_plan(pl::lishui()).substr(0, 200)) utf16be += std::string(1, '\0') + c;
  CHECK_THROWS_MATCHES(parse_plan(utf16be), prosper::plan_error,
                       Catch::Message("(document): the file is UTF-16 encoded (UTF-16BE without a "
                                      "byte-order mark); save it as UTF-8"));
}

TEST_CASE("messages quote a long value short and a hostile key visibly", "[plan_json]") {
  json j = to_json(pl::lishui());
  j["indicators"][0]["milestones"][0]["kind"] = std::string(100000, 'k');
  try {
    (void)from_json(j);
    FAIL("accepted an unknown kind");
  } catch (const prosper::plan_error& e) {
    CHECK(std::string(e.what()) == "/indicators/0/milestones/0/kind: unknown target kind '" +
                                       std::string(64, 'k') + "…' (100000 bytes)");
  }
  json k = to_json(pl::lishui());
  k["indicators"][0]["\x1B[2J" + std::string(500, 'x')] = 1;
  try {
    (void)from_json(k);
    FAIL("accepted an unknown field");
  } catch (const prosper::plan_error& e) {
    CHECK_THAT(e.pointer(), Catch::StartsWith("/indicators/0/\\x1B[2Jxxx") &&
                                Catch::EndsWith("… (518 bytes)"));
    CHECK(e.message() == "unknown field");
  }
}

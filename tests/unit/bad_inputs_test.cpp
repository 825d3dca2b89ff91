// The bad-input set, tests/data/bad/: one malformed file per problem, and in expected.txt the
// message each must produce. The CLI exits 3 on these; here we check the library's side: every
// problem is an input_error naming file, line (or JSON pointer) and the problem, and with
// skip_bad_rows a bad row becomes exactly one warning while a broken file still throws.

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "prosper/io/observations_csv.hpp"
#include "prosper/io/observations_json.hpp"
#include "prosper/plan/lishui.hpp"

namespace io = prosper::io;
namespace fs = std::filesystem;

namespace {

const fs::path bad_dir = fs::path(PROSPER_SOURCE_DIR) / "tests/data/bad";

struct expectation {
  std::string file;
  std::string scope;  // "row" or "file"
  std::string message;
};

std::vector<expectation> read_expectations() {
  std::ifstream in(bad_dir / "expected.txt");
  REQUIRE(in);
  std::vector<expectation> out;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line.front() == '#') continue;
    const auto tab1 = line.find('\t');
    const auto tab2 = line.find('\t', tab1 + 1);
    REQUIRE(tab2 != std::string::npos);
    out.push_back(
        {line.substr(0, tab1), line.substr(tab1 + 1, tab2 - tab1 - 1), line.substr(tab2 + 1)});
  }
  return out;
}

io::read_result load(const fs::path& path, const io::read_options& options) {
  if (path.extension() == ".json") {
    return io::load_observations_json(path, prosper::plan::lishui(), options);
  }
  return io::load_observations_csv(path, prosper::plan::lishui(), options);
}

}  // namespace

TEST_CASE("the bad-input set lists every file once and holds at least twenty problems",
          "[bad_inputs]") {
  const auto expected = read_expectations();
  CHECK(expected.size() >= 20);
  std::set<std::string> listed;
  for (const auto& e : expected) {
    INFO(e.file);
    CHECK(listed.insert(e.file).second);
    CHECK((e.scope == "row" || e.scope == "file"));
    CHECK(fs::exists(bad_dir / e.file));
    // The message names the file it is about, then a line or a JSON pointer.
    CHECK(e.message.rfind(e.file + ":", 0) == 0);
  }
  for (const auto& entry : fs::directory_iterator(bad_dir)) {
    const auto name = entry.path().filename().string();
    if (name == "expected.txt") continue;
    INFO(name << " is in tests/data/bad but not in expected.txt");
    CHECK(listed.count(name) == 1);
  }
}

TEST_CASE("each bad file fails with its expected file:line message", "[bad_inputs]") {
  for (const auto& e : read_expectations()) {
    INFO(e.file);
    try {
      load(bad_dir / e.file, {});
      FAIL_CHECK("no input_error for " << e.file);
    } catch (const prosper::input_error& error) {
      CHECK_THAT(error.what(), Catch::Contains(e.message));
      CHECK(error.file() == (bad_dir / e.file).string());
    }
  }
}

TEST_CASE("with skip_bad_rows a bad row is one warning and a broken file still throws",
          "[bad_inputs]") {
  const io::read_options skip{.skip_bad_rows = true};
  for (const auto& e : read_expectations()) {
    INFO(e.file);
    if (e.scope == "file") {
      CHECK_THROWS_AS(load(bad_dir / e.file, skip), prosper::input_error);
      continue;
    }
    const auto r = load(bad_dir / e.file, skip);
    CHECK(r.skipped == 1);
    REQUIRE(r.warnings.size() == 1);
    CHECK_THAT(r.warnings.front().to_string(), Catch::Contains(e.message));
    // Nothing dropped silently: every row is used or warned about.
    CHECK(r.observations.size() + r.skipped == r.rows);
  }
}

TEST_CASE("the positive control, a clean file with BOM and CRLF, reads without a warning",
          "[bad_inputs]") {
  const auto r = load(fs::path(PROSPER_SOURCE_DIR) / "tests/data/observations/bom_crlf.csv", {});
  CHECK(r.observations.size() == 4);
  CHECK(r.warnings.empty());
}

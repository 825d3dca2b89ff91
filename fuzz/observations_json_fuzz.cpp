// Fuzzes the JSON observation reader (prosper/io/observations_json.hpp) against the Lishui plan.
//
// Input: the file. Invariants as for CSV (see observations_csv_fuzz.cpp): a result or an
// input_error and nothing else; every element used or reported; finite values in the
// indicator's unit; strict and skip-bad-rows agree; and the observations written back as JSON
// read back strictly to the same observations, values bit for bit.
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "fuzz_common.hpp"
#include "observations_check.hpp"
#include "prosper/io/observations_json.hpp"
#include "prosper/plan/lishui.hpp"

namespace io = prosper::io;
namespace fz = prosper::fuzz;

namespace {

std::optional<io::read_result> read(std::string_view text, const io::read_options& options) {
  try {
    return io::read_observations_json(text, "fuzz.json", prosper::plan::lishui(), options);
  } catch (const prosper::input_error& e) {
    PROSPER_FUZZ_CHECK(!e.message().empty(), "input_error without a message");
    return std::nullopt;
  }
}

std::string write_back(const io::read_result& r) {
  nlohmann::ordered_json doc;
  doc["observations"] = nlohmann::ordered_json::array();
  for (const io::observation_record& o : r.observations) {
    nlohmann::ordered_json e;
    e["indicator"] = o.indicator;
    e["region"] = o.region;
    e["year"] = o.year;
    e["value"] = o.value;
    e["unit"] = o.unit.spelling();
    e["source"] = o.source;
    doc["observations"].push_back(std::move(e));
  }
  return doc.dump();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text = fz::as_text(data, size);
  io::read_options options;
  const auto strict = read(text, options);
  options.skip_bad_rows = true;
  const auto lenient = read(text, options);

  if (strict) fz::check_result(*strict, prosper::plan::lishui(), {});
  if (lenient) fz::check_result(*lenient, prosper::plan::lishui(), options);
  PROSPER_FUZZ_CHECK(strict.has_value() <= lenient.has_value(),
                     "strict read succeeded where skipping failed");
  if (lenient) {
    PROSPER_FUZZ_CHECK(strict.has_value() == (lenient->skipped == 0),
                       "strict read and skipped-row count disagree: " + lenient->summary());
  }
  if (strict && lenient) fz::check_same(*strict, *lenient, "strict vs skipping");

  if (strict) {
    const std::string again = write_back(*strict);
    const auto reread = read(again, {});
    PROSPER_FUZZ_CHECK(reread.has_value(), "written-back JSON does not read:\n" + again);
    fz::check_same(*strict, *reread, "round trip");
  }
  return 0;
}

// Fuzzes the CSV observation reader (prosper/io/observations_csv.hpp) against the Lishui plan.
//
// Input: one flag byte (bit 0: thousands separators, bit 1: full-width digits), then the file.
// Invariants:
// - the reader returns a result or throws input_error; nothing else escapes;
// - every data row is used or reported (rows = used + skipped), values are finite and in the
//   indicator's unit, years in range, indicators known, no duplicate (indicator, region, year);
// - strict and skip-bad-rows agree: a strict read succeeds exactly when the skipping read skips
//   nothing, and then both give the same observations;
// - round trip: the observations written back as CSV (indicator,region,year,value,unit,source)
//   read back strictly to the same observations, values bit for bit.
#include <cstdint>
#include <optional>
#include <string>

#include "fuzz_common.hpp"
#include "observations_check.hpp"
#include "prosper/io/observations_csv.hpp"
#include "prosper/plan/lishui.hpp"

namespace io = prosper::io;
namespace fz = prosper::fuzz;

namespace {

std::optional<io::read_result> read(std::string_view text, const io::read_options& options) {
  try {
    return io::read_observations_csv(text, "fuzz.csv", prosper::plan::lishui(), options);
  } catch (const prosper::input_error& e) {
    PROSPER_FUZZ_CHECK(!e.message().empty(), "input_error without a message");
    return std::nullopt;
  }
}

std::string write_back(const io::read_result& r) {
  std::string out = "indicator,region,year,value,unit,source\n";
  for (const io::observation_record& o : r.observations) {
    out += fz::csv_field(o.indicator) + ',' + fz::csv_field(o.region) + ',' +
           std::to_string(o.year) + ',' + io::format_number(o.value) + ',' +
           fz::csv_field(o.unit.spelling()) + ',' + fz::csv_field(o.source) + '\n';
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text = fz::as_text(data, size);
  const unsigned flags = fz::take_flags(text);
  io::read_options options;
  options.numbers = {.thousands_separators = (flags & 1U) != 0, .full_width = (flags & 2U) != 0};

  const auto strict = read(text, options);
  options.skip_bad_rows = true;
  const auto lenient = read(text, options);

  if (strict) fz::check_result(*strict, prosper::plan::lishui(), {});
  if (lenient) fz::check_result(*lenient, prosper::plan::lishui(), options);
  // A file-level problem throws in both modes; a row-level one only in strict mode.
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
    PROSPER_FUZZ_CHECK(reread.has_value(), "written-back CSV does not read:\n" + again);
    fz::check_same(*strict, *reread, "round trip");
  }
  return 0;
}

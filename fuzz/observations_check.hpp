#pragma once
// Invariants shared by the CSV and JSON observation harnesses.

#include <set>
#include <string>
#include <tuple>

#include "fuzz_common.hpp"
#include "prosper/io/observations.hpp"
#include "prosper/plan/plan.hpp"

namespace prosper::fuzz {

/// What every successful read promises, whatever the input.
inline void check_result(const io::read_result& r, const plan::plan& p,
                         const io::read_options& options) {
  PROSPER_FUZZ_CHECK(r.skipped == r.warnings.size(), "skipped != warnings.size()");
  PROSPER_FUZZ_CHECK(r.rows == r.observations.size() + r.skipped,
                     "a row was neither used nor reported: " + r.summary());
  PROSPER_FUZZ_CHECK(options.skip_bad_rows || r.skipped == 0, "strict read skipped a row");
  std::set<std::tuple<std::string, std::string, int>> seen;
  for (const io::observation_record& o : r.observations) {
    const plan::indicator* ind = nullptr;
    for (const auto& i : p.indicators) {
      if (i.id == o.indicator) ind = &i;
    }
    PROSPER_FUZZ_CHECK(ind != nullptr, "unknown indicator '" + o.indicator + "' accepted");
    PROSPER_FUZZ_CHECK(std::isfinite(o.value) && std::isfinite(o.original_value),
                       "non-finite value " + show(o.value) + " from " + show(o.original_value));
    PROSPER_FUZZ_CHECK(o.year >= options.min_year && o.year <= options.max_year,
                       "year " + std::to_string(o.year) + " out of range");
    PROSPER_FUZZ_CHECK(o.unit == ind->unit, "value not in the indicator's unit");
    PROSPER_FUZZ_CHECK(!o.region.empty(), "empty region");
    PROSPER_FUZZ_CHECK(seen.emplace(o.indicator, o.region, o.year).second,
                       "duplicate (indicator, region, year) accepted");
    if (prosper::units::runtime_unit::resolve(o.original_unit) == o.unit) {
      PROSPER_FUZZ_CHECK(same_bits(o.value, o.original_value), "no conversion changed the value");
    }
  }
  for (const io::diagnostic& d : r.warnings) {
    PROSPER_FUZZ_CHECK(!d.message.empty(), "a warning without a message");
  }
}

/// Two reads of the same data give the same observations (values bit for bit).
inline void check_same(const io::read_result& a, const io::read_result& b, const char* what) {
  PROSPER_FUZZ_CHECK(a.observations.size() == b.observations.size(),
                     std::string(what) + ": " + std::to_string(a.observations.size()) + " vs " +
                         std::to_string(b.observations.size()) + " observations");
  for (std::size_t i = 0; i < a.observations.size(); ++i) {
    const auto& x = a.observations[i];
    const auto& y = b.observations[i];
    PROSPER_FUZZ_CHECK(x.indicator == y.indicator && x.region == y.region && x.year == y.year &&
                           same_bits(x.value, y.value) && x.source == y.source,
                       std::string(what) + ": observation " + std::to_string(i) + " differs (" +
                           x.indicator + "/" + x.region + "/" + std::to_string(x.year) + "/" +
                           show(x.value) + " vs " + y.indicator + "/" + y.region + "/" +
                           std::to_string(y.year) + "/" + show(y.value) + ")");
  }
}

}  // namespace prosper::fuzz

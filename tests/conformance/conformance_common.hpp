#pragma once
// Helpers shared by the conformance tests: a short way to run an assessment and a status name
// mapping. The cases themselves live in the *_test.cpp files, one per source family.

#include <cmath>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

#include "prosper/math/assess.hpp"

namespace conformance {

using prosper::assessment;
using prosper::assessment_method;
using prosper::assessment_options;
using prosper::direction;
using prosper::progress_status;
using prosper::target_kind;
using prosper::math::milestone;
using prosper::math::observation;

/// Runs `math::assess` and checks the invariant every case relies on: an assessment never
/// carries a non-finite number.
inline assessment run(direction d, const prosper::math::milestone& g, observation base,
                      const std::vector<observation>& later, const assessment_options& options) {
  auto a = prosper::math::assess(g, base, std::span<const observation>(later), d, options);
  for (const auto* v : {&a.ratio, &a.score, &a.observed_rate, &a.required_rate, &a.projected_value,
                        &a.anticipated_gap, &a.current_status, &a.anticipated_status,
                        &a.realisation, &a.limit_factor})
    if (v->has_value() && !std::isfinite(**v)) throw std::logic_error("non-finite number in assessment");
  return a;
}

inline assessment run(direction d, const prosper::math::milestone& g, observation base,
                      const std::vector<observation>& later, assessment_method m) {
  return run(d, g, base, later, prosper::preset(m));
}

/// The observations of `series` strictly after `year`.
inline std::vector<observation> after(const std::vector<observation>& series, int year) {
  std::vector<observation> out;
  for (const auto& o : series)
    if (o.year > year) out.push_back(o);
  return out;
}

}  // namespace conformance

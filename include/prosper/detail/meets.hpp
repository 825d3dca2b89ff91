#pragma once
// The one rule for "does this value meet this target", shared by the typed `is_met`
// (target.hpp, on quantities) and the runtime `math::is_met` (math/achievement.hpp, on doubles in
// the indicator's unit), so that a compile-time and a run-time check can never disagree.

#include <optional>

#include "prosper/direction.hpp"
#include "prosper/target_kind.hpp"

namespace prosper::detail {

/// Whether `x` meets a target of kind `k` with number `v` (a band's lower end) and `upper` (a
/// band's upper end), for an indicator moving in direction `d`; empty when the kind has no number
/// to check against. A point target counts as met once reached in the indicator's direction
/// (57 000 元 is met by 57 100 元), a kept level when the value is no worse than it; for a neutral
/// indicator only the exact value meets either.
///
/// Example: `meets(target_kind::at_most, std::optional(1.95), {}, direction::lower_is_better, 1.9)`
/// is true.
template <class T>
constexpr std::optional<bool> meets(target_kind k, const std::optional<T>& v,
                                    const std::optional<T>& upper, direction d,
                                    const T& x) noexcept {
  if (!v) return std::nullopt;
  switch (k) {
    case target_kind::at_least: return x >= *v;
    case target_kind::greater_than: return x > *v;
    case target_kind::at_most: return x <= *v;
    case target_kind::less_than: return x < *v;
    case target_kind::band: return x >= *v && upper && x <= *upper;
    case target_kind::point:
    case target_kind::maintain:
      if (d == direction::higher_is_better) return x >= *v;
      if (d == direction::lower_is_better) return x <= *v;
      return x == *v;
    default: return std::nullopt;
  }
}

}  // namespace prosper::detail

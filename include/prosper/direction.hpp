#pragma once
// Which way an indicator should move. This is a property of the indicator, not of a target: the
// urban/rural income ratio is "lower is better" whether the plan says "≤ 1.95" or "steadily fall".

#include <string_view>

namespace prosper {

/// The desired direction of an indicator.
///
/// Example: `direction::lower_is_better` for PM2.5 concentration.
enum class direction {
  higher_is_better,  ///< more is progress (income, forest cover)
  lower_is_better,   ///< less is progress (PM2.5, energy intensity, income ratios)
  neutral,           ///< neither: the target is a range to stay in (Gini "in a reasonable range")
};

/// +1 for higher-is-better, −1 for lower-is-better, 0 for neutral; the `d` of the Eurostat formula.
///
/// Example: `direction_sign(direction::lower_is_better) == -1`.
constexpr int direction_sign(direction d) noexcept {
  return d == direction::higher_is_better ? 1 : d == direction::lower_is_better ? -1 : 0;
}

/// A stable ASCII name, used in CSV and JSON.
///
/// Example: `to_string(direction::lower_is_better) == "lower_is_better"`.
constexpr std::string_view to_string(direction d) noexcept {
  switch (d) {
    case direction::higher_is_better: return "higher_is_better";
    case direction::lower_is_better: return "lower_is_better";
    case direction::neutral: return "neutral";
  }
  return "neutral";
}

}  // namespace prosper

#pragma once
// The weighted-mean identity behind every "overall" per-capita figure:
//
//     overall = u · urban + (1 − u) · rural,     u = the urban population share.
//
// A plan prints the overall income (indicator 2), the rural income (indicator 3) and the
// urbanisation rate (indicator 24), but not urban income; the identity recovers it, and with it
// the urban/rural ratio the plan implicitly assumes (indicator 17). For 2022:
// urban = (44,400 − 0.36 · 28,600) / 0.64 = 53,287.5 元, ratio 1.863; for 2025:
// (57,000 − 0.32 · 38,000) / 0.68 = 65,941.2 元, ratio 1.735.
//
// Two cautions, which is why these functions say "implied" rather than "published":
// - household-survey incomes are weighted by the survey's own urban/rural weights, which need not
//   equal the resident urbanisation rate; the implied urban income is a model value;
// - the plan's urbanisation targets are floors (≥64 %, ≥68 %). When overall > rural, implied
//   urban income falls as u rises, so a floor on u gives a *ceiling* on the implied urban income
//   and on the implied ratio.
//
// When several identities hold at once (two years, a ratio bound, a growth link), they form a
// small linear system, solved here with Eigen. This is the one ratio header that includes
// <Eigen/Dense>; raw doubles live inside Eigen and units are attached at the API boundary.

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "prosper/quantity.hpp"
#include "prosper/detail/checks.hpp"
#include "prosper/math/compounding.hpp"

namespace prosper::ratio {

namespace detail {

namespace chk = prosper::detail::checks;

/// The urban share as a fraction in [0, 1], refusing NaN and anything outside.
inline double share_fraction(const char* function, quantity<units::percent> share) {
  const double u = as_fraction(share);
  chk::finite(function, "urban share", u);
  if (u < 0.0 || u > 1.0)
    chk::invalid(function,
                 "urban share must lie in [0, 100] %, got " + chk::num(share.value()) + " %");
  return u;
}

}  // namespace detail

/// The overall per-capita value from its two parts and the urban share.
///
/// Example: `overall_from_parts(53287.5_yuan, 28600_yuan, 64.0_pct)` is 44,400 元.
/// Throws argument_error for non-finite or negative values or a share outside [0, 100] %.
template <Unit U>
quantity<U> overall_from_parts(quantity<U> urban, quantity<U> rural,
                               quantity<units::percent> urban_share) {
  constexpr const char* fn = "overall_from_parts";
  detail::chk::non_negative(fn, "urban", urban.value());
  detail::chk::non_negative(fn, "rural", rural.value());
  const double u = detail::share_fraction(fn, urban_share);
  return quantity<U>(u * urban.value() + (1.0 - u) * rural.value());
}

/// The urban value that an overall value, the rural value and the urban share imply.
///
/// Example: `urban_from_overall(44400_yuan, 28600_yuan, 64.0_pct)` is 53,287.5 元.
/// Throws argument_error for bad values, value_error when the share is 0 (urban
/// then carries no weight and cannot be recovered) or the implied value would be negative.
template <Unit U>
quantity<U> urban_from_overall(quantity<U> overall, quantity<U> rural,
                               quantity<units::percent> urban_share) {
  constexpr const char* fn = "urban_from_overall";
  detail::chk::non_negative(fn, "overall", overall.value());
  detail::chk::non_negative(fn, "rural", rural.value());
  const double u = detail::share_fraction(fn, urban_share);
  if (u == 0.0) detail::chk::domain(fn, "an urban share of 0 leaves urban income undetermined");
  const double urban = (overall.value() - (1.0 - u) * rural.value()) / u;
  if (urban < 0.0)
    detail::chk::domain(fn, "the implied urban value is negative (" + detail::chk::num(urban) +
                                "): rural " + detail::chk::num(rural.value()) +
                                " at this share already exceeds the overall value");
  return quantity<U>(urban);
}

/// The rural value that an overall value, the urban value and the urban share imply.
///
/// Example: `rural_from_overall(44400_yuan, 53287.5_yuan, 64.0_pct)` is 28,600 元.
/// Throws argument_error for bad values, value_error when the share is 100 % or
/// the implied value would be negative.
template <Unit U>
quantity<U> rural_from_overall(quantity<U> overall, quantity<U> urban,
                               quantity<units::percent> urban_share) {
  constexpr const char* fn = "rural_from_overall";
  detail::chk::non_negative(fn, "overall", overall.value());
  detail::chk::non_negative(fn, "urban", urban.value());
  const double u = detail::share_fraction(fn, urban_share);
  if (u == 1.0) detail::chk::domain(fn, "an urban share of 100 % leaves rural income undetermined");
  const double rural = (overall.value() - u * urban.value()) / (1.0 - u);
  if (rural < 0.0)
    detail::chk::domain(fn, "the implied rural value is negative (" + detail::chk::num(rural) +
                                "): urban " + detail::chk::num(urban.value()) +
                                " at this share already exceeds the overall value");
  return quantity<U>(rural);
}

/// The urban share that makes the overall value the weighted mean of the two parts.
///
/// Example: `urban_share_from(44400_yuan, 57200_yuan, 28600_yuan)` is 55.24 %: the share at which
/// the plan's 2022 incomes would fit a ratio of exactly 2.0.
/// Throws argument_error for bad values, value_error when urban = rural (any share
/// fits) or the overall value lies outside [rural, urban] (no share fits).
template <Unit U>
quantity<units::percent> urban_share_from(quantity<U> overall, quantity<U> urban,
                                          quantity<U> rural) {
  constexpr const char* fn = "urban_share_from";
  detail::chk::non_negative(fn, "overall", overall.value());
  detail::chk::non_negative(fn, "urban", urban.value());
  detail::chk::non_negative(fn, "rural", rural.value());
  if (urban == rural) detail::chk::domain(fn, "urban equals rural, so every share fits");
  const double u = (overall.value() - rural.value()) / (urban.value() - rural.value());
  if (u < 0.0 || u > 1.0)
    detail::chk::domain(fn, "overall " + detail::chk::num(overall.value()) +
                                " lies outside the range of the parts [" +
                                detail::chk::num(std::min(urban.value(), rural.value())) + ", " +
                                detail::chk::num(std::max(urban.value(), rural.value())) + "]");
  return from_fraction<units::percent>(u);
}

/// The urban/rural ratio that an overall value, the rural value and the urban share imply.
///
/// Example: `implied_urban_rural_ratio(44400_yuan, 28600_yuan, 64.0_pct)` ≈ 1.8632 (2022) and
/// `implied_urban_rural_ratio(57000_yuan, 38000_yuan, 68.0_pct)` ≈ 1.7353 (2025).
/// Throws as urban_from_overall does, and argument_error for a rural value of 0.
template <Unit U>
quantity<units::times> implied_urban_rural_ratio(quantity<U> overall, quantity<U> rural,
                                                 quantity<units::percent> urban_share) {
  detail::chk::positive("implied_urban_rural_ratio", "rural", rural.value());
  return quantity<units::times>(urban_from_overall(overall, rural, urban_share) / rural);
}

/// The identity with one part unknown: fill in whichever of the four is missing.
template <Unit U>
struct two_group_mean {
  std::optional<quantity<U>> overall;
  std::optional<quantity<U>> urban;
  std::optional<quantity<U>> rural;
  std::optional<quantity<units::percent>> urban_share;
};

/// Solves the identity for its one unknown.
///
/// Example: `solve_two_group_mean(two_group_mean<units::yuan>{44400_yuan, std::nullopt,
/// 28600_yuan, 64.0_pct}).urban` holds 53,287.5 元.
/// Throws argument_error unless exactly one member is empty, and as the single-unknown
/// functions above do.
template <Unit U>
two_group_mean<U> solve_two_group_mean(two_group_mean<U> m) {
  const int unknowns = !m.overall + !m.urban + !m.rural + !m.urban_share;
  if (unknowns != 1)
    detail::chk::invalid(
        "solve_two_group_mean",
        "exactly one of overall, urban, rural and urban share must be unknown, got " +
            std::to_string(unknowns));
  if (!m.overall)
    m.overall = overall_from_parts(*m.urban, *m.rural, *m.urban_share);
  else if (!m.urban)
    m.urban = urban_from_overall(*m.overall, *m.rural, *m.urban_share);
  else if (!m.rural)
    m.rural = rural_from_overall(*m.overall, *m.urban, *m.urban_share);
  else
    m.urban_share = urban_share_from(*m.overall, *m.urban, *m.rural);
  return m;
}

/// The solution of an identity_system.
template <Unit U>
struct system_solution {
  std::vector<std::string> names;      ///< one per unknown, in the order they were added
  Eigen::VectorXd values;              ///< in U; least-squares values when inconsistent
  std::vector<std::string> equations;  ///< one label per equation
  Eigen::VectorXd residuals;           ///< left side − right side, per equation, in U
  /// True when every equation holds to the tolerance relative to its own magnitude. An
  /// inconsistent system means the numbers given contradict each other; `residuals` shows where.
  bool consistent = true;

  /// The value of the unknown called `name`.
  ///
  /// Example: `solution.value("urban 2022").value() == 53287.5`.
  /// Throws argument_error for a name that is not an unknown of the system.
  [[nodiscard]] quantity<U> value(std::string_view name) const {
    for (std::size_t i = 0; i < names.size(); ++i)
      if (names[i] == name) return quantity<U>(values[static_cast<Eigen::Index>(i)]);
    detail::chk::invalid("system_solution::value", "no unknown called '" + std::string(name) + "'");
  }
};

/// Several linear identities on values in one unit, solved together: weighted means, ratios
/// ("urban = 1.95 × rural"), growth links ("2025 = 2022 × 1.08³") and known values.
///
/// Example:
/// ```
/// identity_system<units::yuan> s;
/// auto i = s.unknown("overall 2022"), u = s.unknown("urban 2022"), r = s.unknown("rural 2022");
/// s.known(i, 44400_yuan);
/// s.known(r, 28600_yuan);
/// s.weighted_mean(i, u, r, 64.0_pct);
/// s.solve().value("urban 2022");  // 53,287.5 元
/// ```
template <Unit U>
class identity_system {
 public:
  /// A handle on one unknown.
  struct variable {
    std::size_t index = 0;
  };

  /// Adds an unknown; names must be unique so that solutions can be read back by name.
  ///
  /// Example: `auto urban = s.unknown("urban 2025");`
  /// Throws argument_error for a duplicate or empty name.
  variable unknown(std::string name) {
    if (name.empty()) detail::chk::invalid("identity_system::unknown", "the name is empty");
    for (const auto& n : names_)
      if (n == name)
        detail::chk::invalid("identity_system::unknown", "duplicate name '" + name + "'");
    names_.push_back(std::move(name));
    return {names_.size() - 1};
  }

  /// v = value.
  ///
  /// Example: `s.known(rural, 28600_yuan);`
  void known(variable v, quantity<U> value) {
    check(v, "known");
    detail::chk::finite("identity_system::known", "value", value.value());
    rows_.push_back({{{v.index, 1.0}},
                     value.value(),
                     names_[v.index] + " = " + detail::chk::num(value.value())});
  }

  /// overall = u · urban + (1 − u) · rural.
  ///
  /// Example: `s.weighted_mean(overall, urban, rural, 64.0_pct);`
  void weighted_mean(variable overall, variable urban, variable rural,
                     quantity<units::percent> urban_share) {
    check(overall, "weighted_mean");
    check(urban, "weighted_mean");
    check(rural, "weighted_mean");
    const double u = detail::share_fraction("identity_system::weighted_mean", urban_share);
    rows_.push_back({{{overall.index, 1.0}, {urban.index, -u}, {rural.index, -(1.0 - u)}},
                     0.0,
                     names_[overall.index] + " = " + detail::chk::num(u) + "·" +
                         names_[urban.index] + " + " + detail::chk::num(1.0 - u) + "·" +
                         names_[rural.index]});
  }

  /// numerator = ratio · denominator.
  ///
  /// Example: `s.ratio(urban, rural, 1.95_times);`
  void ratio(variable numerator, variable denominator, quantity<units::times> ratio) {
    check(numerator, "ratio");
    check(denominator, "ratio");
    detail::chk::positive("identity_system::ratio", "ratio", ratio.value());
    rows_.push_back({{{numerator.index, 1.0}, {denominator.index, -ratio.value()}},
                     0.0,
                     names_[numerator.index] + " = " + detail::chk::num(ratio.value()) + "·" +
                         names_[denominator.index]});
  }

  /// later = earlier · (1 + rate)^years.
  ///
  /// Example: `s.growth(rural_2025, rural_2022, 9.9_pct_per_year, 3.0);`
  void growth(variable later, variable earlier, quantity<units::percent_per_year> rate,
              double years) {
    check(later, "growth");
    check(earlier, "growth");
    detail::chk::growth_fraction("identity_system::growth", "rate", as_fraction(rate));
    detail::chk::non_negative("identity_system::growth", "years", years);
    const double f = math::compound_factor(as_fraction(rate), years);
    rows_.push_back(
        {{{later.index, 1.0}, {earlier.index, -f}},
         0.0,
         names_[later.index] + " = " + detail::chk::num(f) + "·" + names_[earlier.index]});
  }

  /// Solves the system. With more equations than unknowns the values are the least-squares fit
  /// and `consistent` says whether the equations agree (each residual within
  /// `relative_tolerance` of the equation's own magnitude).
  ///
  /// Example: `s.solve().consistent`.
  /// Throws argument_error for a system without unknowns or equations, and
  /// value_error when the equations do not pin every unknown down, naming those left free.
  [[nodiscard]] system_solution<U> solve(double relative_tolerance = 1e-9) const {
    constexpr const char* fn = "identity_system::solve";
    if (names_.empty() || rows_.empty())
      detail::chk::invalid(fn, "the system has no unknowns or no equations");
    detail::chk::non_negative(fn, "relative tolerance", relative_tolerance);
    const auto n = static_cast<Eigen::Index>(names_.size());
    const auto m = static_cast<Eigen::Index>(rows_.size());
    Eigen::MatrixXd a = Eigen::MatrixXd::Zero(m, n);
    Eigen::VectorXd b(m);
    for (Eigen::Index i = 0; i < m; ++i) {
      const auto& eq = rows_[static_cast<std::size_t>(i)];
      for (const auto& [j, coeff] : eq.coefficients) a(i, static_cast<Eigen::Index>(j)) += coeff;
      b[i] = eq.rhs;
    }
    // Rank-revealing QR: exact for square full-rank systems, least squares for taller ones, and
    // it tells us when the equations leave some unknown free.
    Eigen::ColPivHouseholderQR<Eigen::MatrixXd> qr(a);
    if (qr.rank() < n) {
      // The free unknowns are those with a non-zero component in the null space of A.
      Eigen::FullPivLU<Eigen::MatrixXd> lu(a);
      const Eigen::MatrixXd kernel = lu.kernel();
      std::string free;
      for (Eigen::Index j = 0; j < n; ++j) {
        if (kernel.row(j).cwiseAbs().maxCoeff() > 1e-12) {
          if (!free.empty()) free += ", ";
          free += names_[static_cast<std::size_t>(j)];
        }
      }
      detail::chk::domain(fn, "underdetermined: " + std::to_string(n) + " unknowns but only " +
                                  std::to_string(qr.rank()) +
                                  " independent equations; not pinned down: " + free);
    }
    system_solution<U> out;
    out.names = names_;
    out.values = qr.solve(b);
    out.residuals = a * out.values - b;
    for (Eigen::Index i = 0; i < m; ++i) {
      const auto& eq = rows_[static_cast<std::size_t>(i)];
      out.equations.push_back(eq.label);
      double scale = std::abs(eq.rhs);
      for (const auto& [j, coeff] : eq.coefficients)
        scale += std::abs(coeff * out.values[static_cast<Eigen::Index>(j)]);
      if (std::abs(out.residuals[i]) > relative_tolerance * std::max(scale, 1e-300))
        out.consistent = false;
    }
    return out;
  }

 private:
  struct equation {
    std::vector<std::pair<std::size_t, double>> coefficients;
    double rhs = 0.0;
    std::string label;
  };

  void check(variable v, const char* function) const {
    if (v.index >= names_.size())
      detail::chk::invalid(std::string("identity_system::") + function,
                           "unknown variable index " + std::to_string(v.index));
  }

  std::vector<std::string> names_;
  std::vector<equation> rows_;
};

}  // namespace prosper::ratio

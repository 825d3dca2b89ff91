#pragma once
// A unit known only at run time, resolved once. Plans and observation files name their units as
// text ("万元", "％", "百分比", "亿人民币"); loading them resolves each spelling through the registry
// into a `runtime_unit`, and from then on every decision (is a change in percentage points? is
// there a natural limit of 100 %? how is the symbol printed? can two values be compared?) is asked
// of the resolved unit, never of its spelling. So "%", "％" and "百分比" are one unit and behave
// identically everywhere.
//
// A spelling the registry does not know (a counter such as 张, 条, 所) resolves to an *opaque*
// unit: a plain unit known only by its spelling, equal to and convertible into exactly the same
// spelling and nothing else. Plans may count things prosper has no unit for; nothing is guessed
// about them.

#include <optional>
#include <string>
#include <string_view>

#include "prosper/language.hpp"
#include "prosper/units/registry.hpp"

namespace prosper::units {

/// A resolved unit: a registered unit, or an opaque one known only by its spelling.
///
/// Example: `runtime_unit::resolve("％") == runtime_unit::of<percent>()`, and its
/// `difference_unit()` is percentage points.
class runtime_unit {
 public:
  /// The pure number (倍), which is also what an empty spelling resolves to.
  runtime_unit() : runtime_unit(resolve("")) {}

  /// The unit a spelling denotes: its ASCII name, zh or en symbol or a printed alias; an opaque
  /// unit when the registry does not know it.
  ///
  /// Example: `runtime_unit::resolve("亿人民币").name() == "yi_yuan"`;
  /// `runtime_unit::resolve("张").registered()` is false.
  /// Throws `unit_error` for a spelling that could be two units ("ambiguous").
  static runtime_unit resolve(std::string_view spelling) {
    const auto& registry = unit_registry::instance();
    if (const unit_info* info = registry.find(spelling)) return {info, std::string(spelling)};
    if (registry.is_ambiguous(spelling)) (void)registry.get(spelling);  // throws, naming both
    return {nullptr, unit_registry::normalize(spelling)};
  }

  /// The unit a spelling denotes, refusing spellings the registry does not know.
  ///
  /// Example: `runtime_unit::known("元/斤")` throws `unit_error("unknown unit '元/斤'")`.
  static runtime_unit known(std::string_view spelling) {
    return {&unit_registry::instance().get(spelling), std::string(spelling)};
  }

  /// The runtime form of typed unit `U`.
  ///
  /// Example: `runtime_unit::of<wan_yuan>().symbol(language::zh) == "万元"`.
  template <Unit U>
  static runtime_unit of() {
    return known(U::name);
  }

  /// Whether the registry knows the unit.
  [[nodiscard]] bool registered() const noexcept { return info_ != nullptr; }
  /// The registry's entry; nullptr for an opaque unit.
  [[nodiscard]] const unit_info* info() const noexcept { return info_; }
  /// The text the unit was resolved from, as written ("亿人民币"), for a faithful round trip.
  [[nodiscard]] const std::string& spelling() const noexcept { return spelling_; }
  /// The stable ASCII name ("yi_yuan"); an opaque unit's spelling.
  [[nodiscard]] std::string_view name() const noexcept {
    return info_ ? info_->name : std::string_view(spelling_);
  }
  /// The symbol tables print in `lang` ("亿元", "100M CNY"); an opaque unit's spelling.
  ///
  /// Example: `runtime_unit::resolve("百分比").symbol(language::zh) == "%"`.
  [[nodiscard]] std::string_view symbol(language lang) const noexcept {
    if (!info_) return spelling_;
    return lang == language::zh ? info_->symbol_zh : info_->symbol_en;
  }
  /// The unit as tables print it beside a number: the symbol, except none for a multiple (倍),
  /// which tables print bare (城乡居民收入倍差 2.0).
  ///
  /// Example: `runtime_unit::resolve("倍").label(language::zh) == ""`.
  [[nodiscard]] std::string_view label(language lang) const noexcept {
    return kind() == unit_kind::multiple ? std::string_view() : symbol(lang);
  }
  /// The kind; an opaque unit is plain.
  [[nodiscard]] unit_kind kind() const noexcept { return info_ ? info_->kind : unit_kind::plain; }
  /// A part of a whole (%, ‰, fraction): its changes are percentage points, 100 % bounds it.
  [[nodiscard]] bool is_share() const noexcept { return kind() == unit_kind::share; }
  /// Whether the symbol is written against the number ("64%") rather than after a space.
  [[nodiscard]] bool symbol_attaches() const noexcept { return info_ && info_->symbol_attaches; }

  /// The unit a change of this unit is measured in: percentage points for shares, the unit
  /// itself otherwise (as `difference_unit_t` for typed units).
  ///
  /// Example: `runtime_unit::resolve("‰").difference_unit().name() == "pp"`.
  [[nodiscard]] runtime_unit difference_unit() const {
    return is_share() ? runtime_unit::known("pp") : *this;
  }

  /// The number a difference of two values in this unit is multiplied by to be in
  /// `difference_unit()`: 100 for a fraction, 0.1 for ‰, 1 for % and every non-share.
  ///
  /// Example: `runtime_unit::resolve("fraction").difference_factor() == 100.0`.
  [[nodiscard]] double difference_factor() const {
    return is_share() ? info_->factor / unit_registry::instance().get("percent").factor : 1.0;
  }

  /// The value of one whole in this unit, for the kinds where a whole means something: 100 for
  /// %, 1000 for ‰, 1 for a fraction and for 倍, 100 for %/年 (a whole per year). Empty for every
  /// other kind.
  ///
  /// Example: `runtime_unit::resolve("%").whole() == 100.0`.
  [[nodiscard]] std::optional<double> whole() const noexcept {
    switch (kind()) {
      case unit_kind::share:
      case unit_kind::multiple:
      case unit_kind::percentage_point: return 1.0 / info_->factor;
      // A rate's reference unit is a fraction per second; one whole per year is 100 %/年.
      case unit_kind::growth_rate:
        return 100.0 * unit_registry::instance().get("pct_per_year").factor / info_->factor;
      default: return std::nullopt;
    }
  }

  /// Two units are equal when they are the same registered unit, however spelled, or opaque
  /// units with the same spelling.
  ///
  /// Example: `runtime_unit::resolve("%") == runtime_unit::resolve("百分比")`.
  friend bool operator==(const runtime_unit& a, const runtime_unit& b) noexcept {
    if (a.info_ || b.info_) return a.info_ == b.info_;
    return a.spelling_ == b.spelling_;
  }

 private:
  runtime_unit(const unit_info* info, std::string spelling)
      : info_(info), spelling_(std::move(spelling)) {}

  const unit_info* info_ = nullptr;
  std::string spelling_;
};

/// The factor that turns a plain fraction into a number in `unit`: 1 for 倍 and a fraction, 100
/// for % and %/年; empty for a unit in which a ratio or a rate cannot be written (percentage
/// points are differences, and a level has no whole).
///
/// Example: `fraction_scale(runtime_unit::resolve("%")) == 100.0`.
inline std::optional<double> fraction_scale(const runtime_unit& unit) {
  if (unit.kind() == unit_kind::percentage_point) return std::nullopt;
  return unit.whole();
}

/// Whether values in `from` can be expressed in `to`: the same unit, or registered units of one
/// dimension and kind.
///
/// Example: `convertible(runtime_unit::resolve("亩"), runtime_unit::resolve("平方米"))`.
inline bool convertible(const runtime_unit& from, const runtime_unit& to) noexcept {
  if (from == to) return true;
  return from.info() && to.info() && from.info()->dimension == to.info()->dimension &&
         from.info()->kind == to.info()->kind;
}

/// The number a value in `from` is multiplied by to be expressed in `to`.
///
/// Example: `conversion_factor_between(runtime_unit::resolve("亿元"), runtime_unit::resolve("万元"))`
/// is 10000.
/// Throws `unit_error` naming both units and why when they do not convert.
inline double conversion_factor_between(const runtime_unit& from, const runtime_unit& to) {
  if (from == to) return 1.0;
  using detail::registry::display;
  const std::string what = "cannot convert " + display(from.spelling()) + " to " + display(to.spelling());
  // An opaque unit converts only into itself, so whichever side the registry does not know is
  // what the message names, as the registry does for an unknown spelling.
  if (!from.info() || !to.info())
    throw unit_error("unknown unit '" + (from.info() ? to : from).spelling() +
                     "'; a unit the registry does not know converts only into itself");
  const unit_info& a = *from.info();
  const unit_info& b = *to.info();
  if (a.dimension != b.dimension)
    throw unit_error(what + ": different dimensions (" + a.dimension + " vs " + b.dimension + ")");
  if (a.kind != b.kind)
    throw unit_error(what + ": different kinds (" + std::string(to_string(a.kind)) + " vs " +
                     std::string(to_string(b.kind)) + ")");
  return a.factor / b.factor;
}

/// A value in `from` expressed in `to`, scaled exactly as quantity conversions are (powers of
/// ten move the decimal point: units/detail/decimal_scaling.hpp).
///
/// Example: `convert(72700.0, runtime_unit::resolve("元"), runtime_unit::resolve("万元")) == 7.27`.
/// Throws `unit_error` naming both units when they do not convert.
inline double convert(double value, const runtime_unit& from, const runtime_unit& to) {
  if (from == to) return value;
  const double factor = conversion_factor_between(from, to);
  return detail::scale(value, factor, to.info()->factor / from.info()->factor);
}

/// The same for two spellings, each of which must name a registered unit.
///
/// Example: `convertible("亩", "平方米")` is true; `convertible("%", "个百分点")` is false.
inline bool convertible(std::string_view from, std::string_view to) {
  const unit_info* a = find_unit(from);
  const unit_info* b = find_unit(to);
  return a && b && convertible(runtime_unit::known(from), runtime_unit::known(to));
}

/// The same for two spellings, each of which must name a registered unit.
///
/// Example: `conversion_factor_between("亿元", "万元") == 10000.0`.
/// Throws `unit_error` for an unknown or ambiguous spelling or units that do not convert.
inline double conversion_factor_between(std::string_view from, std::string_view to) {
  return conversion_factor_between(runtime_unit::known(from), runtime_unit::known(to));
}

/// The same for two spellings, each of which must name a registered unit.
///
/// Example: `convert(72700.0, "元", "万元") == 7.27`; `convert(1.0, "元", "%")` throws
/// "cannot convert 元 to %: different dimensions (currency vs 1)".
inline double convert(double value, std::string_view from, std::string_view to) {
  return convert(value, runtime_unit::known(from), runtime_unit::known(to));
}

}  // namespace prosper::units

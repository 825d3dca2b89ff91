#pragma once
// The units at run time: what a CSV cell or a JSON string such as "万元" means, and the number a
// value in one unit is multiplied by to be expressed in another.
//
// The registry is generated from the typed list `prosper::units::all_units`, so there is no second
// table of factors that could drift from the compile-time one: each entry's factor is the factor
// Boost.Units computes from the unit to the coherent unit of its dimension in prosper's system
// (1 元, 1 人, 1 m², 1 s, 1 kg/m³ …), its dimension key is rendered from the Boost dimension type
// and its kind key from the unit's kind tag. Two runtime units convert into each other exactly
// when their typed counterparts do: same dimension, same kind.
//
// What is maintained by hand is only the list of spellings that Chinese sources print (亿人民币,
// ％, 百分比, 岁, ㎡, ug/m3 …), each pointing at a unit's ASCII name.

#include <cstddef>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <typeinfo>
#include <utility>
#include <vector>

#include "prosper/error.hpp"
#include "prosper/units/detail/decimal_scaling.hpp"
#include "prosper/units/units.hpp"

namespace prosper::units {

/// What the registry knows of one typed unit.
///
/// Example: `find_unit("万元")->factor == 10000.0` (one 万元 is 10,000 of the reference unit 元).
struct unit_info {
  std::string_view name;       ///< stable ASCII name of the typed unit ("wan_yuan")
  std::string_view symbol_zh;  ///< as Chinese tables print it ("万元"); "" for a plain fraction
  std::string_view symbol_en;  ///< English symbol ("10k CNY")
  std::string dimension;       ///< rendered from the Boost dimension: "currency", "length^2", "1"
  unit_kind kind = unit_kind::plain;
  double factor = 1.0;         ///< a value in this unit times `factor` is in the reference unit
  bool symbol_attaches = false;  ///< written against the number ("64%"), not after a space
};

/// Thrown when a unit string is unknown or ambiguous, or when two units cannot be converted.
///
/// Example: `convert(1.0, "元", "%")` throws `unit_error("cannot convert 元 to %: different
/// dimensions (currency vs 1)")`.
class unit_error : public argument_error {
 public:
  using argument_error::argument_error;
};

namespace detail::registry {

namespace bu = prosper::units::detail::bu;

// The Boost tag of a base dimension, read off a backend unit whose dimension is that base
// dimension to the first power. Naming tags this way keeps Boost's ordinals out of this file.
template <class BoostUnit>
using base_tag_of = typename bu::dimension_of<BoostUnit>::item::tag_type;

template <class Tag>
std::string base_dimension_name() {
  if constexpr (std::is_same_v<Tag, base_tag_of<bu::yuan>>)
    return "currency";
  else if constexpr (std::is_same_v<Tag, base_tag_of<bu::person>>)
    return "population";
  else if constexpr (std::is_same_v<Tag, base_tag_of<bu::tce>>)
    return "coal_energy";
  else if constexpr (std::is_same_v<Tag, base_tag_of<bu::item>>)
    return "count";
  else if constexpr (std::is_same_v<Tag, base_tag_of<bu::metre>>)
    return "length";
  else if constexpr (std::is_same_v<Tag, base_tag_of<bu::kilogram>>)
    return "mass";
  else if constexpr (std::is_same_v<Tag, base_tag_of<bu::second>>)
    return "time";
  // A base dimension added to the backend later still gets a unique, stable key.
  else
    return "dim" + std::to_string(Tag::value);
}

// Boost represents a dimension as a sorted type list of (base dimension, rational exponent)
// pairs ending in an empty list; walking it gives a key that is equal exactly when the types are.
template <class List>
void render_dimension(std::string& out) {
  if constexpr (requires { typename List::item; }) {
    using item = typename List::item;
    using exponent = typename item::value_type;
    if (!out.empty()) out += '*';
    out += base_dimension_name<typename item::tag_type>();
    if (exponent::Numerator != 1 || exponent::Denominator != 1) {
      out += '^';
      out += std::to_string(exponent::Numerator);
      if (exponent::Denominator != 1) out += '/' + std::to_string(exponent::Denominator);
    }
    render_dimension<typename List::next>(out);
  }
}

template <Unit U>
std::string dimension_key() {
  std::string out;
  render_dimension<dimension_of<U>>(out);
  return out.empty() ? "1" : out;
}

template <Unit U>
unit_info make_unit_info() {
  return unit_info{U::name,
                   U::symbol_zh,
                   U::symbol_en,
                   dimension_key<U>(),
                   unit_kind_of<U>,
                   bu::reference_factor<typename U::boost_unit>,
                   symbol_attaches<U>};
}

template <class... U>
std::vector<unit_info> make_unit_infos(unit_list<U...>) {
  return {make_unit_info<U>()...};
}

template <class... U>
constexpr std::size_t count_units(unit_list<U...>) {
  return sizeof...(U);
}

// Spellings found in Chinese statistical sources and plan tables that are neither a unit's ASCII
// name nor its zh/en symbol. Only names are listed here, never factors.
// clang-format off
inline constexpr std::pair<std::string_view, std::string_view> aliases[] = {
  // A cell with no unit is a pure number; the plan prints ratios such as 城乡居民收入倍差 so.
  // It would otherwise collide with `fraction`, whose symbols are also empty.
  {"", "times"},
  {"亿人民币", "yi_yuan"}, {"亿元人民币", "yi_yuan"}, {"万元人民币", "wan_yuan"},
  {"人民币元", "yuan"},
  {"％", "percent"}, {"百分比", "percent"},
  {"百分点", "pp"},
  {"μg/m3", "ug_per_m3"}, {"µg/m³", "ug_per_m3"}, {"µg/m3", "ug_per_m3"},
  {"ug/m3", "ug_per_m3"}, {"ug/m³", "ug_per_m3"},
  {"㎡", "m2"}, {"平米", "m2"},
  {"㎡/人", "m2_per_person"}, {"㎡/万元", "m2_per_wan_yuan"},
  // 人均预期寿命 is printed in 岁 (years of age); it is a duration in years.
  {"岁", "year"},
  {"时", "hour"},
  {"千米/小时", "km_per_h"}, {"公里/时", "km_per_h"}, {"千米/时", "km_per_h"},
  {"吨标煤/万元", "tce_per_wan_yuan"},
};
// clang-format on

}  // namespace detail::registry

/// The runtime unit table built from `all_units`, with every spelling that resolves to a unit.
///
/// Example: `unit_registry::instance().units().size() == unit_count`.
class unit_registry {
 public:
  /// The one registry, built on first use.
  ///
  /// Example: `const auto& r = unit_registry::instance();`
  static const unit_registry& instance() {
    static const unit_registry r;
    return r;
  }

  /// Every typed unit, in `all_units` order.
  ///
  /// Example: `unit_registry::instance().units().front().name == "yuan"`.
  [[nodiscard]] const std::vector<unit_info>& units() const noexcept { return units_; }

  /// The unit a spelling denotes, or nullptr when it is unknown or ambiguous.
  ///
  /// Example: `unit_registry::instance().find("亿人民币")->name == "yi_yuan"`.
  [[nodiscard]] const unit_info* find(std::string_view spelling) const {
    const auto it = lookup_.find(normalize(spelling));
    if (it == lookup_.end() || it->second.candidates.size() != 1) return nullptr;
    return &units_[it->second.candidates.front()];
  }

  /// Whether a spelling is claimed by two units in the same tier, so that it names neither.
  ///
  /// Example: `unit_registry::instance().is_ambiguous("万元")` is false.
  [[nodiscard]] bool is_ambiguous(std::string_view spelling) const {
    const auto it = lookup_.find(normalize(spelling));
    return it != lookup_.end() && it->second.candidates.size() > 1;
  }

  /// Like `find`, but explains why a spelling does not resolve.
  ///
  /// Example: `unit_registry::instance().get("元/斤")` throws `unit_error("unknown unit '元/斤'")`.
  [[nodiscard]] const unit_info& get(std::string_view spelling) const {
    const auto it = lookup_.find(normalize(spelling));
    if (it == lookup_.end()) throw unit_error("unknown unit '" + std::string(spelling) + "'");
    if (it->second.candidates.size() != 1) {
      std::string names;
      for (std::size_t i : it->second.candidates) {
        if (!names.empty()) names += " or ";
        names += units_[i].name;
      }
      throw unit_error("ambiguous unit '" + std::string(spelling) + "': it could be " + names +
                       "; write the unit's ASCII name");
    }
    return units_[it->second.candidates.front()];
  }

  /// Every spelling the registry accepts, with the ASCII name of the unit it resolves to;
  /// ambiguous spellings are left out. For documentation and `prosper units` listings.
  ///
  /// Example: `unit_registry::instance().spellings()` contains `{"岁", "year"}`.
  [[nodiscard]] std::vector<std::pair<std::string, std::string_view>> spellings() const {
    std::vector<std::pair<std::string, std::string_view>> out;
    for (const auto& [text, e] : lookup_) {
      if (e.candidates.size() == 1) out.emplace_back(text, units_[e.candidates.front()].name);
    }
    return out;
  }

 private:
  // Spellings are claimed in tiers: an ASCII name beats an explicit alias, which beats a zh
  // symbol, which beats an en symbol. Two units claiming one spelling in the same tier make it
  // ambiguous rather than first-come-first-served, so the table never silently picks one.
  struct entry {
    int tier = 0;
    std::vector<std::size_t> candidates;
  };

  unit_registry() : units_(detail::registry::make_unit_infos(all_units{})) {
    for (std::size_t i = 0; i < units_.size(); ++i) claim(units_[i].name, 0, i);
    for (const auto& [alias, target] : detail::registry::aliases) {
      std::size_t index = units_.size();
      for (std::size_t i = 0; i < units_.size(); ++i) {
        if (units_[i].name == target) index = i;
      }
      // An alias that points at no unit is a bug in this file, not bad input.
      if (index == units_.size()) {
        throw std::logic_error("prosper unit alias '" + std::string(alias) +
                               "' names no unit: " + std::string(target));
      }
      claim(alias, 1, index);
    }
    for (std::size_t i = 0; i < units_.size(); ++i) claim(units_[i].symbol_zh, 2, i);
    for (std::size_t i = 0; i < units_.size(); ++i) claim(units_[i].symbol_en, 3, i);
  }

  void claim(std::string_view spelling, int tier, std::size_t index) {
    auto [it, inserted] = lookup_.try_emplace(normalize(spelling), entry{tier, {index}});
    if (inserted) return;
    entry& e = it->second;
    if (tier > e.tier) return;
    if (tier < e.tier) {
      e = entry{tier, {index}};
      return;
    }
    for (std::size_t c : e.candidates) {
      if (c == index) return;
    }
    e.candidates.push_back(index);
  }

 public:
  /// The form a spelling is looked up in: surrounding ASCII blanks removed and the full-width
  /// solidus "／" read as "/", since both slip in when figures are copied out of PDFs.
  ///
  /// Example: `unit_registry::normalize(" 微克／立方米 ") == "微克/立方米"`.
  static std::string normalize(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    std::string out;
    out.reserve(s.size());
    constexpr std::string_view full_width_solidus = "\xEF\xBC\x8F";
    for (std::size_t i = 0; i < s.size();) {
      if (s.substr(i, full_width_solidus.size()) == full_width_solidus) {
        out += '/';
        i += full_width_solidus.size();
      } else {
        out += s[i++];
      }
    }
    return out;
  }

 private:
  std::vector<unit_info> units_;
  std::map<std::string, entry, std::less<>> lookup_;
};

/// The number of typed units in `all_units`; the registry holds exactly this many.
///
/// Example: `static_assert(unit_count > 30);`
inline constexpr std::size_t unit_count = detail::registry::count_units(all_units{});

/// The unit a spelling denotes (ASCII name, zh or en symbol, or a printed alias such as
/// "亿人民币"), or nullptr when it is unknown or ambiguous.
///
/// Example: `find_unit("万元")->name == "wan_yuan"`; `find_unit("斤") == nullptr`.
inline const unit_info* find_unit(std::string_view spelling) {
  return unit_registry::instance().find(spelling);
}

namespace detail::registry {

inline std::string display(std::string_view spelling) {
  return spelling.empty() ? std::string("\"\" (no unit)") : std::string(spelling);
}

}  // namespace detail::registry

}  // namespace prosper::units

// Typed quantities against raw doubles: the same computation, inlined in a loop and through a
// non-inlined call boundary. The call-boundary pair is where a non-trivially-copyable quantity
// (Boost.Units' own) is passed through memory instead of a register; prosper's is not, and the
// Boost twin is here to show the difference on this machine.
#include <benchmark/benchmark.h>

#include <boost/units/quantity.hpp>
#include <span>
#include <vector>

#include "prosper/literals.hpp"
#include "prosper/math/assess.hpp"
#include "prosper/math/required_change.hpp"

namespace {
using namespace prosper;
namespace u = prosper::units;
constexpr std::size_t n = 4096;

std::vector<double> values(double lo, double step) {
  std::vector<double> v(n);
  for (std::size_t i = 0; i < n; ++i) v[i] = lo + step * static_cast<double>(i % 97);
  return v;
}
const std::vector<double> raw_base = values(7.0, 0.01), raw_target = values(9.0, 0.013);

template <class U>
std::vector<quantity<U>> typed(const std::vector<double>& v) {
  std::vector<quantity<U>> out;
  for (double x : v) out.emplace_back(x);
  return out;
}
const auto typed_base = typed<u::wan_yuan>(raw_base), typed_target = typed<u::wan_yuan>(raw_target);

void required_cagr_raw(benchmark::State& state) {
  for (auto _ : state) {
    double sum = 0;
    for (std::size_t i = 0; i < n; ++i) sum += 100.0 * math::required_cagr(raw_base[i], raw_target[i], 3.0);
    benchmark::DoNotOptimize(sum);
  }
}
void required_cagr_typed(benchmark::State& state) {
  for (auto _ : state) {
    double sum = 0;
    for (std::size_t i = 0; i < n; ++i) sum += required_cagr(typed_base[i], typed_target[i], 3.0).value();
    benchmark::DoNotOptimize(sum);
  }
}
void linear_step_raw(benchmark::State& state) {
  for (auto _ : state) {
    double sum = 0;
    for (std::size_t i = 0; i < n; ++i) sum += math::required_linear_step(raw_base[i], raw_target[i], 3.0);
    benchmark::DoNotOptimize(sum);
  }
}
void linear_step_typed(benchmark::State& state) {
  for (auto _ : state) {
    double sum = 0;
    for (std::size_t i = 0; i < n; ++i) sum += required_linear_step(typed_base[i], typed_target[i], 3.0).value();
    benchmark::DoNotOptimize(sum);
  }
}

// The Eurostat assessment of one two-point series, runtime entry against the typed entry.
using gdp = indicator<struct gdp_tag, u::wan_yuan, direction::higher_is_better>;
void eurostat_assessment_raw(benchmark::State& state) {
  const auto options = preset(assessment_method::eurostat);
  std::size_t i = 0;
  for (auto _ : state) {
    const math::observation latest[] = {{2023, raw_base[i] * 1.05}};
    auto a = math::assess(math::milestone{2025, target_kind::point, raw_target[i]}, {2022, raw_base[i]}, latest, direction::higher_is_better, options);
    benchmark::DoNotOptimize(a.ratio);
    i = (i + 1) % n;
  }
}
void eurostat_assessment_typed(benchmark::State& state) {
  const auto options = preset(assessment_method::eurostat);
  std::size_t i = 0;
  for (auto _ : state) {
    const auto m = milestone<gdp>{2025, target<gdp>::point(typed_target[i])};
    const std::pair<int, indicator_value<gdp>> base{2022, indicator_value<gdp>{typed_base[i]}};
    const std::pair<int, indicator_value<gdp>> latest[] = {{2023, indicator_value<gdp>{typed_base[i] * 1.05}}};
    auto a = assess(m, base, std::span<const std::pair<int, indicator_value<gdp>>>(latest), options);
    benchmark::DoNotOptimize(a.ratio);
    i = (i + 1) % n;
  }
}

// Through a call the optimiser may not inline: what a function pointer, a virtual call or a
// separately compiled user function costs.
[[gnu::noinline]] double cagr_boundary_raw(double base, double target) {
  return 100.0 * math::required_cagr(base, target, 3.0);
}
[[gnu::noinline]] quantity<u::percent_per_year> cagr_boundary_typed(quantity<u::wan_yuan> base,
                                                                   quantity<u::wan_yuan> target) {
  return required_cagr(base, target, 3.0);
}
// Boost.Units' quantity has a user-provided copy constructor, so it is passed through memory.
using boost_dimensionless = boost::units::quantity<units::detail::bu::dimensionless>;
[[gnu::noinline]] boost_dimensionless cagr_boundary_boost(boost_dimensionless base,
                                                          boost_dimensionless target) {
  return boost_dimensionless::from_value(100.0 * math::required_cagr(base.value(), target.value(), 3.0));
}
void call_boundary_raw(benchmark::State& state) {
  for (auto _ : state) {
    double sum = 0;
    for (std::size_t i = 0; i < n; ++i) sum += cagr_boundary_raw(raw_base[i], raw_target[i]);
    benchmark::DoNotOptimize(sum);
  }
}
void call_boundary_typed(benchmark::State& state) {
  for (auto _ : state) {
    double sum = 0;
    for (std::size_t i = 0; i < n; ++i) sum += cagr_boundary_typed(typed_base[i], typed_target[i]).value();
    benchmark::DoNotOptimize(sum);
  }
}
void call_boundary_boost(benchmark::State& state) {
  std::vector<boost_dimensionless> b, t;
  for (std::size_t i = 0; i < n; ++i) {
    b.push_back(boost_dimensionless::from_value(raw_base[i]));
    t.push_back(boost_dimensionless::from_value(raw_target[i]));
  }
  for (auto _ : state) {
    double sum = 0;
    for (std::size_t i = 0; i < n; ++i) sum += cagr_boundary_boost(b[i], t[i]).value();
    benchmark::DoNotOptimize(sum);
  }
}
// A cheap function, where the argument passing is a visible share of the work.
[[gnu::noinline]] double gap_raw(double target, double current) { return target - current; }
[[gnu::noinline]] quantity<u::wan_yuan> gap_typed(quantity<u::wan_yuan> target, quantity<u::wan_yuan> current) {
  return target - current;
}
[[gnu::noinline]] boost_dimensionless gap_boost(boost_dimensionless target, boost_dimensionless current) {
  return target - current;
}
void cheap_boundary_raw(benchmark::State& state) {
  for (auto _ : state) {
    double sum = 0;
    for (std::size_t i = 0; i < n; ++i) sum += gap_raw(raw_target[i], raw_base[i]);
    benchmark::DoNotOptimize(sum);
  }
}
void cheap_boundary_typed(benchmark::State& state) {
  for (auto _ : state) {
    double sum = 0;
    for (std::size_t i = 0; i < n; ++i) sum += gap_typed(typed_target[i], typed_base[i]).value();
    benchmark::DoNotOptimize(sum);
  }
}
void cheap_boundary_boost(benchmark::State& state) {
  std::vector<boost_dimensionless> b, t;
  for (std::size_t i = 0; i < n; ++i) {
    b.push_back(boost_dimensionless::from_value(raw_base[i]));
    t.push_back(boost_dimensionless::from_value(raw_target[i]));
  }
  for (auto _ : state) {
    double sum = 0;
    for (std::size_t i = 0; i < n; ++i) sum += gap_boost(t[i], b[i]).value();
    benchmark::DoNotOptimize(sum);
  }
}
// 万元 → 元, a power of ten: the raw multiply against quantity's conversion, which moves the
// decimal point of the shortest decimal form (units/detail/decimal_scaling.hpp, F1). This pair
// prices exactness: the typed side is expected to be far slower, and is used at I/O, not in loops.
void wan_yuan_to_yuan_raw(benchmark::State& state) {
  for (auto _ : state) {
    double sum = 0;
    for (std::size_t i = 0; i < n; ++i) sum += raw_base[i] * 10000.0;
    benchmark::DoNotOptimize(sum);
  }
}
void wan_yuan_to_yuan_typed(benchmark::State& state) {
  for (auto _ : state) {
    double sum = 0;
    for (std::size_t i = 0; i < n; ++i) sum += quantity<u::yuan>(typed_base[i]).value();
    benchmark::DoNotOptimize(sum);
  }
}

}  // namespace

BENCHMARK(required_cagr_raw);
BENCHMARK(required_cagr_typed);
BENCHMARK(linear_step_raw);
BENCHMARK(linear_step_typed);
BENCHMARK(eurostat_assessment_raw);
BENCHMARK(eurostat_assessment_typed);
BENCHMARK(call_boundary_raw);
BENCHMARK(call_boundary_typed);
BENCHMARK(call_boundary_boost);
BENCHMARK(cheap_boundary_raw);
BENCHMARK(cheap_boundary_typed);
BENCHMARK(cheap_boundary_boost);
BENCHMARK(wan_yuan_to_yuan_raw);
BENCHMARK(wan_yuan_to_yuan_typed);

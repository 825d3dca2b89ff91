// Uncertainty layer throughput (issue 17): the Student-t probability of reaching a target for
// 10⁶ five-observation series (estimate + forecast, and the forecast alone from estimates), the
// plug-in normal next to it for the price of the t, a 10⁵-draw joint event of two series, and a
// 10⁴-run composite uncertainty analysis over 100 regions × 70 indicators.
#include <benchmark/benchmark.h>

#include <vector>

#include "prosper/composite/uncertainty.hpp"
#include "prosper/composite/weights.hpp"
#include "prosper/math/probability.hpp"

namespace {
using namespace prosper;
constexpr std::size_t series_count = 1'000'000;

// Deterministic five-year series around 8 %/yr growth with a few per cent of noise.
const std::vector<std::vector<math::observation>> series = [] {
  std::vector<std::vector<math::observation>> all(series_count);
  prosper::detail::rng::stream rs(1);
  for (auto& s : all) {
    double v = 5.0 + 3.0 * rs.uniform();
    for (int y = 2019; y <= 2023; ++y) {
      s.push_back({y, v});
      v *= 1.08 + 0.03 * rs.normal();
    }
  }
  return all;
}();

void probability_t_from_series(benchmark::State& state) {
  for (auto _ : state) {
    double sum = 0.0;
    for (const auto& s : series)
      sum += math::forecast_reach(s, 1.3 * s.back().value, 2025, direction::higher_is_better).probability;
    benchmark::DoNotOptimize(sum);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(series_count));
}

const std::vector<math::drift_estimate> estimates = [] {
  std::vector<math::drift_estimate> e;
  e.reserve(series_count);
  for (const auto& s : series) e.push_back(math::estimate_drift(s, math::value_scale::level()));
  return e;
}();

void probability_t_from_estimates(benchmark::State& state) {
  for (auto _ : state) {
    double sum = 0.0;
    for (const auto& e : estimates)
      sum += math::forecast_reach(e, 1.3 * std::exp(e.last), 2025, direction::higher_is_better).probability;
    benchmark::DoNotOptimize(sum);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(series_count));
}

void probability_plugin_normal_from_estimates(benchmark::State& state) {
  for (auto _ : state) {
    double sum = 0.0;
    for (const auto& e : estimates)
      sum += math::probability_of_reaching(std::exp(e.last), 1.3 * std::exp(e.last), 2.0, e.drift, e.sd,
                                           direction::higher_is_better);
    benchmark::DoNotOptimize(sum);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(series_count));
}

void joint_probability_two_series(benchmark::State& state) {
  std::vector<math::joint_condition> c(2);
  c[0].series = {{2019, 5.2}, {2020, 5.5}, {2021, 6.0}, {2022, 6.3}, {2023, 6.8}};
  c[0].target = 8.0;
  c[1].series = {{2019, 2.10}, {2020, 2.05}, {2021, 2.02}, {2022, 1.98}, {2023, 1.96}};
  c[1].target = 1.95;
  c[1].dir = direction::lower_is_better;
  for (auto _ : state) benchmark::DoNotOptimize(math::joint_probability(c, 2025, 100000).probability);
  state.SetItemsProcessed(state.iterations() * 100000);
}

// 100 regions × 70 indicators, every tenth lower-is-better, in 7 categories of 10.
composite::panel make_panel() {
  composite::panel p;
  p.values.resize(100, 70);
  prosper::detail::rng::stream rs(2);
  for (Eigen::Index i = 0; i < 100; ++i)
    for (Eigen::Index j = 0; j < 70; ++j) p.values(i, j) = 10.0 + 5.0 * rs.normal() + 0.05 * static_cast<double>(i);
  for (int i = 0; i < 100; ++i) p.regions.push_back("region " + std::to_string(i));
  for (int j = 0; j < 70; ++j) {
    p.indicators.push_back("indicator " + std::to_string(j));
    p.directions.push_back(j % 10 == 0 ? direction::lower_is_better : direction::higher_is_better);
  }
  return p;
}
const composite::panel big = make_panel();

void composite_uncertainty_10k(benchmark::State& state) {
  std::vector<std::string> categories;
  for (int j = 0; j < 70; ++j) categories.push_back("dimension " + std::to_string(j / 10));
  const Eigen::VectorXd w = composite::category_weights(categories);
  composite::uncertainty_options o;
  o.normalisations = {composite::normalisation_spec::min_max(1, 100), composite::normalisation_spec::min_max(10, 100)};
  o.aggregations = {composite::aggregation::arithmetic, composite::aggregation::geometric};
  o.weights = composite::weight_noise::dirichlet;
  o.concentration = 70.0;
  o.draws = 10000;
  for (auto _ : state) {
    auto r = composite::composite_uncertainty(big, composite::normalisation_spec::min_max(1, 100), w,
                                              composite::aggregation::arithmetic, o);
    benchmark::DoNotOptimize(r.regions.data());
  }
  state.SetItemsProcessed(state.iterations() * 10000);
}

void composite_uncertainty_10k_thresholds(benchmark::State& state) {
  std::vector<double> low(70), high(70);
  for (std::size_t j = 0; j < 70; ++j) {
    low[j] = j % 10 == 0 ? 2.0 : 1.0;
    high[j] = 25.0;
  }
  composite::uncertainty_options o;
  o.threshold_noise = 0.1;
  o.draws = 10000;
  const auto spec = composite::normalisation_spec::goalposts(low, high);
  for (auto _ : state) {
    auto r = composite::composite_uncertainty(big, spec, composite::equal_weights(70),
                                              composite::aggregation::arithmetic, o);
    benchmark::DoNotOptimize(r.regions.data());
  }
  state.SetItemsProcessed(state.iterations() * 10000);
}

}  // namespace

BENCHMARK(probability_t_from_series)->Unit(benchmark::kMillisecond);
BENCHMARK(probability_t_from_estimates)->Unit(benchmark::kMillisecond);
BENCHMARK(probability_plugin_normal_from_estimates)->Unit(benchmark::kMillisecond);
BENCHMARK(joint_probability_two_series)->Unit(benchmark::kMillisecond);
BENCHMARK(composite_uncertainty_10k)->Unit(benchmark::kMillisecond);
BENCHMARK(composite_uncertainty_10k_thresholds)->Unit(benchmark::kMillisecond);

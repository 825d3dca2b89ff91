// Batch throughput on Eigen arrays of raw doubles: 10⁶ (indicator, region) series, 10⁴ regions ×
// 100 scenarios of county incomes, 10⁶ weighted households. Each batch function sits next to the
// plain scalar loop a user would otherwise write, so the ratio shows what the batch layer adds.
#include <benchmark/benchmark.h>

#include "batch_data.hpp"
#include "prosper/inequality/gini.hpp"
#include "prosper/math/batch.hpp"
#include "prosper/ratio/max_min.hpp"

namespace {
using namespace prosper;
constexpr Eigen::Index series = 1'000'000;
const auto data = bench::make_batch_data(series);

void batch_required_cagr(benchmark::State& state) {
  for (auto _ : state) {
    Eigen::ArrayXd r = math::batch::required_cagr(data.base, data.target, 3.0);
    benchmark::DoNotOptimize(r.data());
  }
  state.SetItemsProcessed(state.iterations() * series);
}
void scalar_loop_required_cagr(benchmark::State& state) {
  Eigen::ArrayXd r(series);
  for (auto _ : state) {
    for (Eigen::Index i = 0; i < series; ++i) r[i] = math::required_cagr(data.base[i], data.target[i], 3.0);
    benchmark::DoNotOptimize(r.data());
  }
  state.SetItemsProcessed(state.iterations() * series);
}
void batch_projection(benchmark::State& state) {
  for (auto _ : state) {
    Eigen::ArrayXd p = math::batch::project_constant_cagr(data.base, data.current, 2022, 2023, 2025);
    benchmark::DoNotOptimize(p.data());
  }
  state.SetItemsProcessed(state.iterations() * series);
}
void batch_required_cagr_and_status(benchmark::State& state) {
  const auto options = preset(assessment_method::eurostat);
  for (auto _ : state) {
    Eigen::ArrayXd r = math::batch::required_cagr(data.base, data.target, 3.0);
    auto c = math::batch::classify(direction::higher_is_better, target_kind::point, data.base,
                                   data.current, data.target, 2022, 2023, 2025, options);
    benchmark::DoNotOptimize(r.data());
    benchmark::DoNotOptimize(c.status.data());
  }
  state.SetItemsProcessed(state.iterations() * series);
}

// 10⁴ regions × 100 scenarios: the max/min ratio and the minimum uplift to a 1.5 bound.
constexpr Eigen::Index regions = 10'000, scenarios = 100;
const Eigen::MatrixXd incomes = [] {
  Eigen::MatrixXd m(regions, scenarios);
  for (Eigen::Index s = 0; s < scenarios; ++s)
    for (Eigen::Index r = 0; r < regions; ++r)
      m(r, s) = 30000.0 + static_cast<double>((r * 7919 + s * 104729) % 40000);
  return m;
}();
void max_min_and_uplift(benchmark::State& state) {
  for (auto _ : state) {
    double total = 0;
    for (Eigen::Index s = 0; s < scenarios; ++s) {
      total += ratio::max_min_ratio(incomes.col(s));
      total += ratio::minimum_uplift(incomes.col(s), 1.5).sum();
    }
    benchmark::DoNotOptimize(total);
  }
  state.SetItemsProcessed(state.iterations() * regions * scenarios);
}

// Weighted Gini over 10⁶ households (sorting dominates: O(n log n)).
constexpr Eigen::Index households = 1'000'000;
const Eigen::VectorXd household_income = [] {
  Eigen::VectorXd v(households);
  for (Eigen::Index i = 0; i < households; ++i) v[i] = 10000.0 + static_cast<double>((i * 2654435761LL) % 200000);
  return v;
}();
const Eigen::VectorXd household_weight = [] {
  Eigen::VectorXd v(households);
  for (Eigen::Index i = 0; i < households; ++i) v[i] = 1.0 + static_cast<double>(i % 5);
  return v;
}();
void weighted_gini(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(inequality::gini(household_income, household_weight));
  state.SetItemsProcessed(state.iterations() * households);
}
}  // namespace

BENCHMARK(batch_required_cagr)->Unit(benchmark::kMillisecond);
BENCHMARK(scalar_loop_required_cagr)->Unit(benchmark::kMillisecond);
BENCHMARK(batch_projection)->Unit(benchmark::kMillisecond);
BENCHMARK(batch_required_cagr_and_status)->Unit(benchmark::kMillisecond);
BENCHMARK(max_min_and_uplift)->Unit(benchmark::kMillisecond);
BENCHMARK(weighted_gini)->Unit(benchmark::kMillisecond);

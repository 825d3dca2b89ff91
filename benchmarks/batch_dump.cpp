// For scripts/bench_vs_numpy.py: times prosper's batch required CAGR + Eurostat status over n
// generated series (best of `repeats`), prints the seconds, and writes the results as raw
// little-endian doubles (rates, then statuses as their enum values) so the script can check that
// numpy and pandas agree with prosper to 1e-9 relative.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>

#include "batch_data.hpp"
#include "prosper/math/batch.hpp"

int main(int argc, char** argv) {
  using namespace prosper;
  if (argc < 2) {
    std::fprintf(stderr, "usage: batch_dump OUTPUT.bin [n] [repeats]\n");
    return 2;
  }
  const Eigen::Index n = argc > 2 ? std::atol(argv[2]) : 1'000'000;
  const int repeats = argc > 3 ? std::atoi(argv[3]) : 5;
  const auto data = bench::make_batch_data(n);
  const auto options = preset(assessment_method::eurostat);
  double best = 1e300;
  Eigen::ArrayXd rate;
  math::batch::classification c;
  for (int r = 0; r < repeats; ++r) {
    const auto t0 = std::chrono::steady_clock::now();
    rate = math::batch::required_cagr(data.base, data.target, 3.0);
    c = math::batch::classify(direction::higher_is_better, target_kind::point, data.base,
                              data.current, data.target, 2022, 2023, 2025, options);
    const auto t1 = std::chrono::steady_clock::now();
    best = std::min(best, std::chrono::duration<double>(t1 - t0).count());
  }
  std::ofstream out(argv[1], std::ios::binary);
  out.write(reinterpret_cast<const char*>(rate.data()), static_cast<std::streamsize>(sizeof(double) * static_cast<std::size_t>(n)));
  for (auto s : c.status) {
    const double v = static_cast<double>(s);
    out.write(reinterpret_cast<const char*>(&v), sizeof v);
  }
  std::printf("%.6f\n", best);
  return 0;
}

#pragma once
// The generated data shared by the batch benchmarks and scripts/bench_vs_numpy.py. The formulas
// are deterministic and simple enough to repeat exactly in numpy, so both sides see the same
// numbers without a data file: series i has base 1 + (i mod 1000)/100, a current value that grew
// by between −3 % and +9 % over one year, and a target 10 % to 40 % above the base.
#include <Eigen/Core>

namespace prosper::bench {

struct batch_data {
  Eigen::ArrayXd base, current, target;
};

inline batch_data make_batch_data(Eigen::Index n) {
  batch_data d{Eigen::ArrayXd(n), Eigen::ArrayXd(n), Eigen::ArrayXd(n)};
  for (Eigen::Index i = 0; i < n; ++i) {
    d.base[i] = 1.0 + static_cast<double>(i % 1000) / 100.0;
    d.current[i] = d.base[i] * (0.97 + static_cast<double>(i % 13) / 100.0);
    d.target[i] = d.base[i] * (1.10 + static_cast<double>(i % 31) / 100.0);
  }
  return d;
}

}  // namespace prosper::bench

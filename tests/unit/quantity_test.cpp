#include <catch2/catch.hpp>

#include "prosper/literals.hpp"

using namespace prosper;
using namespace prosper::literals;
namespace u = prosper::units;

TEST_CASE("a quantity converts between 元, 万元 and 亿元 by exact factors", "[quantity]") {
  CHECK(quantity<u::yuan>(7.27_wan_yuan).value() == 72700.0);
  CHECK(quantity<u::wan_yuan>(72700_yuan).value() == 7.27);
  CHECK(2250.0_yi_yuan .in<u::wan_yuan>().value() == 22'500'000.0);
  CHECK(quantity<u::yi_yuan>(quantity<u::yuan>{1.2e12}).value() == 12000.0);
}

TEST_CASE("one mu is ten-thousand-fifteenths of a square metre", "[quantity]") {
  CHECK(quantity<u::square_metre>(1.0_mu).value() == Approx(666.6666666666666).epsilon(1e-15));
  CHECK(quantity<u::mu>(quantity<u::square_metre>{10000.0}).value() == Approx(15.0).epsilon(1e-15));
  CHECK(quantity<u::mu>(quantity<u::wan_mu>{10.0}).value() == 100000.0);
}

TEST_CASE("the difference of two percentages is in percentage points", "[quantity]") {
  const auto change = 70.0_pct - 58.0_pct;
  STATIC_REQUIRE(std::is_same_v<decltype(change), const quantity<u::percentage_point>>);
  CHECK(change.value() == 12.0);
  CHECK((quantity<u::fraction>{0.70} - quantity<u::fraction>{0.58}).value() == Approx(12.0));
  CHECK((58.0_pct + change).value() == 70.0);
}

TEST_CASE("a share becomes a plain fraction only when asked", "[quantity]") {
  CHECK(as_fraction(64.0_pct) == 0.64);
  CHECK(as_fraction(quantity<u::per_mille>{5.0}) == 0.005);
  CHECK(from_fraction<u::percent>(0.0832).value() == Approx(8.32));
}

TEST_CASE("quantities of one unit add, scale, compare and divide to a plain number", "[quantity]") {
  CHECK((310.0_yi_yuan + 35.0_yi_yuan).value() == 345.0);
  CHECK((2.0 * 100_yuan).value() == 200.0);
  CHECK((100_yuan / 4.0).value() == 25.0);
  CHECK(57000_yuan / 44400_yuan == Approx(1.2837837837837838));
  CHECK(44400_yuan < 57000_yuan);
  CHECK(-(5_yuan) == quantity<u::yuan>{-5.0});
}

TEST_CASE("per-population rates convert between per 1,000 and per 10,000 people", "[quantity]") {
  CHECK(quantity<u::persons_per_ten_thousand>(quantity<u::persons_per_thousand>{3.7}).value() ==
        Approx(37.0));
}

TEST_CASE("intensities convert through their component units", "[quantity]") {
  // 1 亿元/万人 is 10,000 元/人: both scales come from Boost's exact factors.
  CHECK(quantity<u::yuan_per_person>(quantity<u::wan_yuan_per_person>{12.1}).value() ==
        Approx(121000.0));
}

TEST_CASE("quantities add and subtract in place; a share moves in place only by points",
          "[quantity]") {
  auto total = 310.0_yi_yuan;
  total += 35.0_yi_yuan;
  CHECK(total == 345.0_yi_yuan);
  total -= 45.0_yi_yuan;
  CHECK(total == 300.0_yi_yuan);
  auto urbanisation = 64.0_pct;
  urbanisation += 4.0_pp;
  CHECK(urbanisation == 68.0_pct);
  urbanisation -= 1.5_pp;
  CHECK(urbanisation == 66.5_pct);
  auto shares = 30.0_pct;
  shares += 5.0_pct;  // two parts of one whole add up to a share of it
  CHECK(shares == 35.0_pct);
}

TEST_CASE("a per-capita amount times a population is a total, and back", "[quantity]") {
  // 44,400 元 a person for 250 万 people: 1.11e11 元, i.e. 11,100,000 万元 or 1110 亿元.
  const auto per_capita = quantity<u::yuan_per_person>{44400.0};
  const auto people = quantity<u::wan_person>{250.0};
  const auto total = product<u::wan_yuan>(per_capita, people);
  CHECK(total.value() == Approx(11'100'000.0).epsilon(1e-15));
  CHECK(product<u::yi_yuan>(per_capita, people).value() == Approx(1110.0).epsilon(1e-15));
  CHECK(product<u::yuan>(per_capita, quantity<u::person>{2.0}) == 88800_yuan);
  CHECK(quotient<u::yuan_per_person>(total, people).value() == Approx(44400.0).epsilon(1e-15));
  CHECK(quotient<u::wan_yuan_per_person>(total, people).value() == Approx(4.44).epsilon(1e-15));
  // A per-capita income printed in 元 is an amount per person.
  CHECK(product<u::yi_yuan>(per_person(44400_yuan), people).value() == Approx(1110.0).epsilon(1e-15));
  static_assert(u::product_unit_of<u::wan_yuan, u::yuan_per_person, u::wan_person>);
  static_assert(!u::product_unit_of<u::wan_yuan, u::percent, u::wan_yuan>);
  static_assert(!u::product_unit_of<u::person, u::yuan_per_person, u::wan_person>);
}

TEST_CASE("the difference factor turns a change of a share into percentage points", "[quantity]") {
  static_assert(difference_factor<u::percent> == 1.0);
  static_assert(difference_factor<u::fraction> == 100.0);
  static_assert(difference_factor<u::yuan> == 1.0);
  CHECK(difference_factor<u::per_mille> == Approx(0.1));
}

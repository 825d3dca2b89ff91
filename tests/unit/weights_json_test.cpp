#include "prosper/io/weights_json.hpp"

#include <catch2/catch.hpp>
#include <string>

#include "prosper/plan/lishui.hpp"

using namespace prosper;
namespace pl = prosper::plan;

namespace {
pl::plan three() {
  pl::plan p;
  for (const char* id : {"1", "2", "12.1"}) {
    pl::indicator i;
    i.id = id;
    p.indicators.push_back(i);
  }
  return p;
}

std::string message_of(const std::string& text) {
  try {
    io::read_weights_json(text, "w.json", three());
  } catch (const input_error& e) {
    return e.what();
  }
  return "no error";
}
}  // namespace

TEST_CASE("weights are read by indicator id", "[weights_json]") {
  const auto w = io::read_weights_json(R"({"1": 4, "2": 4, "12.1": 0})", "w.json", three());
  CHECK(w.at("1") == 4.0);
  CHECK(w.at("12.1") == 0.0);
  CHECK(w.size() == 3);
}

TEST_CASE("a weights file names the offending value", "[weights_json]") {
  CHECK(message_of(R"({"1": 4, "2": -1, "12.1": 1})") ==
        "w.json: /2: a weight must be a finite number ≥ 0, got -1");
  CHECK(message_of(R"({"1": 4, "2": "4", "12.1": 1})") ==
        "w.json: /2: a weight must be a finite number ≥ 0, got \"4\"");
  CHECK(message_of(R"({"1": 4, "2": 1, "12.1": 1, "99": 1})") ==
        "w.json: /99: '99' is not an indicator of the plan");
  CHECK(message_of(R"({"1": 4, "1": 1, "2": 1, "12.1": 1})") ==
        "w.json: /1: indicator '1' is given twice");
  CHECK(message_of(R"({"1": 4})") ==
        "w.json: no weight for indicator '2' and 1 more: declare a weight for every indicator "
        "(0 leaves one out of the means)");
  CHECK(message_of(R"({"1": 0, "2": 0, "12.1": 0})") ==
        "w.json: the weights are all zero: no weighted mean is defined");
  CHECK(message_of("[1, 2]").find("must be a JSON object") != std::string::npos);
  CHECK(message_of("{\"1\": 4,\n\"2\": }").rfind("w.json:2: JSON syntax error", 0) == 0);
}

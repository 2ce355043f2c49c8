// The test binary's main. CTest runs each case by its name (doctest_discover_tests in
// tests/CMakeLists.txt). A name with a ';' is a CMake list of two names, neither of which
// matches a case: 30 cases with a ';' in their names never ran, and both halves passed as
// "0 test cases". No name has one now, and here a filter that matches no case fails the run,
// so a case cannot go missing silently again.
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <iostream>
#include <string>

namespace {

// Counts the cases that pass the filters, which doctest tells only its reporters.
struct MatchCount : doctest::IReporter {
  explicit MatchCount(const doctest::ContextOptions&) {}
  void report_query(const doctest::QueryData&) override {}
  void test_run_start() override {}
  void test_run_end(const doctest::TestRunStats& s) override {
    matched = s.numTestCasesPassingFilters;
  }
  void test_case_start(const doctest::TestCaseData&) override {}
  void test_case_reenter(const doctest::TestCaseData&) override {}
  void test_case_end(const doctest::CurrentTestCaseStats&) override {}
  void test_case_exception(const doctest::TestCaseException&) override {}
  void subcase_start(const doctest::SubcaseSignature&) override {}
  void subcase_end() override {}
  void log_assert(const doctest::AssertData&) override {}
  void log_message(const doctest::MessageData&) override {}
  void test_case_skipped(const doctest::TestCaseData&) override {}
  static inline unsigned matched = 0;
};
REGISTER_LISTENER("match_count", 1, MatchCount);

bool names_cases(const std::string& arg) {
  return arg.rfind("--test-case=", 0) == 0 || arg.rfind("-tc=", 0) == 0;
}

}  // namespace

int main(int argc, char** argv) {
  bool filtered = false;
  for (int i = 1; i < argc; ++i) filtered = filtered || names_cases(argv[i]);
  doctest::Context context(argc, argv);
  int result = context.run();
  if (context.shouldExit()) return result;
  if (filtered && MatchCount::matched == 0) {
    std::cerr << "ketensim_tests: no test case matches the filter\n";
    return 1;
  }
  return result;
}

// Published figures a scenario is validated against, kept in their own YAML file (see
// docs/scenario-format.md, "Published figures for validation") so that calibration and
// validation stay apart. Loaded here because YAML enters the project only in this folder.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sim/scenario/scenario.h"

namespace ketensim::scenario {

// What a figure may be used for. `fit`: a calibration may tune parameters on it, so a
// match shows only that the fit worked. `test`: nothing may be tuned on it, so a match is
// evidence. `input`: the scenario takes it as given (a year's demand or decisions written
// into it), so a match shows only that it was copied in: no calibration uses it and no
// back-test scores it. Validation reports the three apart (DESIGN.md, "Validity: fitted is
// not tested").
enum class FigureRole { fit, test, input };

// How the simulated mean is held against the value: within the relative tolerance of it, or
// on one side of it (a bound, for statements such as "no waiting list": at most N waiting).
enum class FigureCompare { within, at_most, at_least };

struct PublishedFigure {
  std::string kpi;      // e.g. "measure_stock_end"
  std::string subject;  // e.g. "ots_lt1/region=haaglanden"
  std::string period;   // e.g. "2020"
  double value = 0;
  std::string kind;      // "stock" or "flow" (or any name under `tolerance`)
  double tolerance = 0;  // relative: |simulated mean - value| <= tolerance x value
  bool must_match = false;
  std::string source;
  Location location;
  FigureRole role = FigureRole::test;
  FigureCompare compare = FigureCompare::within;
  std::string statement = {};  // the words of the source a bound stands for
  std::string note = {};
  // The last year whose data the value rests on, where that is after its period: a 2019
  // value derived from a 2021 count. Until that year is over the value could not be known,
  // so a back-test up to an earlier year neither fits on it nor repeats it as observed.
  std::optional<int> data_year = {};
};

// The calendar year a period names ("2020"); none for "all" or another period.
std::optional<int> period_year(const std::string& period);

// The year after which a figure could be known: its data year, else its period's year.
std::optional<int> year_known(const PublishedFigure& figure);

const char* role_name(FigureRole role);           // "fit", "test", "input"
const char* compare_name(FigureCompare compare);  // "within", "at_most", "at_least"

struct FigureSet {
  std::string name;
  std::string description;
  std::vector<PublishedFigure> items;
  std::string file;
};

// Throws ScenarioError with every problem found (file:line:column, key path ...).
FigureSet load_figures(const std::string& path);

}  // namespace ketensim::scenario

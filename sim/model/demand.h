// Which demand each arrival stream assumes in each year of a run, in words, so that no
// forward year's demand is a silent freeze: the years listed in rate_by_year, the trend and
// how far it runs, and what follows after.
#pragma once

#include <string>
#include <vector>

#include "sim/model/chain_tables.h"

namespace ketensim::model {

struct StreamDemand {
  std::string stream;
  std::string text;  // "2019: 363.6, 2020: 237.9 a year (listed); from 2021 flat at 237.9"
};

std::vector<StreamDemand> describe_demand(const ChainTables& t);

}  // namespace ketensim::model

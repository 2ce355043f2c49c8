// Readers of the sections of a scenario file, each given the file's top-level section.
// They check what can be checked within a section; names that refer to other sections
// (stages, resources, attributes) are checked afterwards, in references.cpp.
#pragma once

#include <vector>

#include "sim/scenario/scenario.h"
#include "sim/scenario/section.h"

namespace ketensim::scenario {

RunSettings read_run(const Section& top);
std::vector<AttributeDecl> read_attributes(const Section& top);
std::vector<NameAt> read_exits(const Section& top);
std::vector<Resource> read_resources(const Section& top);
std::vector<ArrivalStream> read_arrivals(const Section& top);
std::vector<Stage> read_stages(const Section& top);

// A stage's `next`, with the routing rules of docs/scenario-format.md ("Routing").
std::vector<Branch> read_next(const Field& next, Diagnostics& out);

}  // namespace ketensim::scenario

// The command line's Dutch phrase books (sim/scenario/translation.h tells how a phrase is
// matched): each is kept next to the English it translates.
#pragma once

#include <span>

#include "sim/scenario/translation.h"

namespace ketensim::tools {

std::span<const scenario::Phrase> console_phrases();   // console_nl.cpp: headlines, progress
std::span<const scenario::Phrase> help_phrases();      // help_nl.cpp: --help
std::span<const scenario::Phrase> error_phrases();     // errors_nl.cpp: "ketensim: error: ..."
std::span<const scenario::Phrase> unstable_phrases();  // errors_nl.cpp: an unstable scenario
std::span<const scenario::Phrase> usage_phrases();     // errors_nl.cpp: CLI11's usage errors

}  // namespace ketensim::tools

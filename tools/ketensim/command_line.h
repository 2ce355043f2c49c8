// The ketensim command line: the application with every subcommand registered, the
// action of each, and its help in the language asked for (--lang or KETENSIM_LANG, looked up
// before the help texts are written).
#pragma once

#include <CLI/CLI.hpp>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "tools/ketensim/commands.h"

namespace ketensim::tools {

struct CommandLine {
  CLI::App app;
  std::map<std::string, Action> actions;  // by subcommand name
};

// The application for `argv` (only its --lang is read here: the help is written in it).
std::unique_ptr<CommandLine> make_command_line(int argc, const char* const* argv);

// The English texts of the help's footer that are translated (the examples are not).
std::vector<std::string> footer_texts();

}  // namespace ketensim::tools

// Drawing a dot graph with Graphviz's `dot` program (Debian package graphviz), when it is
// installed. ketensim itself only writes dot (output/dot_writer.h); the picture is Graphviz's.
// Nothing here throws when Graphviz is missing or fails: callers get nullopt and fall back
// (the report shows the dot text; `ketensim graph` says what to install).
#pragma once

#include <optional>
#include <string>

namespace ketensim::output::report {

enum class GraphFormat { svg, png };

// `dot_text` drawn in `format`, or nullopt when `program` cannot be run or rejects the graph.
// `program` is looked up on PATH; tests pass a missing one to check the fallback.
std::optional<std::string> render_graphviz(const std::string& dot_text, GraphFormat format,
                                           const std::string& program = "dot");

// The <svg> element of Graphviz's SVG output, without the XML prolog and doctype, ready to
// be placed in an HTML page.
std::string inline_svg(const std::string& svg_document);

}  // namespace ketensim::output::report

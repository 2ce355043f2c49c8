// Headless Chromium (Debian package chromium) for the report's browser tests: it opens a
// page from a file with the network made unreachable (every host name fails to resolve), so
// a page that renders proves it needs no network, and gives back the DOM after the page's
// scripts ran, or a screenshot.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace ketensim::testing {

// /usr/bin/chromium, or `chromium` on PATH; nullopt when neither exists.
std::optional<std::string> chromium_program();

// The serialised DOM of `page` once loaded (chromium --dump-dom); empty when Chromium failed.
std::string dump_dom(const std::filesystem::path& page);

// Writes a PNG of the first `height` pixels of `page`, `width` wide; true when the file exists.
bool screenshot(const std::filesystem::path& page, const std::filesystem::path& png, int width,
                int height);

// Prints `page` (with `fragment` after a # in its address, when given) to a PDF as the browser
// prints it (print CSS) and gives its number of pages; 0 when Chromium failed.
int printed_pages(const std::filesystem::path& page, const std::string& fragment,
                  const std::filesystem::path& pdf);

}  // namespace ketensim::testing

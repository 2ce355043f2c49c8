# npm packages pinned by a package-lock.json, installed into the build tree (never into the
# source tree) when they are missing or the lock file changed:
#
#   ketensim_npm_ci(SOURCE_DIR INSTALL_DIR OUTPUT COMMENT)
#
# copies SOURCE_DIR's package.json and package-lock.json to INSTALL_DIR and runs `npm ci`
# there, then touches OUTPUT, a file under INSTALL_DIR/node_modules that build steps
# depend on.
find_program(KETENSIM_NPM npm)
if(NOT KETENSIM_NPM)
  message(FATAL_ERROR "npm not found: the HTML report inlines Apache ECharts from npm and the "
                      "tests check the scenario schema with a validator from npm. "
                      "Run tools/install-deps (Debian packages nodejs and npm).")
endif()

function(ketensim_npm_ci source_dir install_dir output comment)
  file(MAKE_DIRECTORY ${install_dir})
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -E copy ${source_dir}/package.json ${source_dir}/package-lock.json
                                     ${install_dir}
    COMMAND ${KETENSIM_NPM} ci --prefer-offline --ignore-scripts --no-audit --no-fund
            --loglevel=error
    COMMAND ${CMAKE_COMMAND} -E touch ${output}
    WORKING_DIRECTORY ${install_dir}
    DEPENDS ${source_dir}/package.json ${source_dir}/package-lock.json
    COMMENT "${comment}"
    VERBATIM)
endfunction()

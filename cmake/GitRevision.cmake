# The git revision the build was made from, for --version. Outside a git
# checkout (a source tarball) it is "unknown".
find_package(Git QUIET)
set(STRONGTRUST_GIT_REVISION "unknown")
if(GIT_FOUND AND EXISTS "${PROJECT_SOURCE_DIR}/.git")
    execute_process(
        COMMAND "${GIT_EXECUTABLE}" describe --always --dirty --abbrev=10
        WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
        OUTPUT_VARIABLE _rev OUTPUT_STRIP_TRAILING_WHITESPACE
        ERROR_QUIET RESULT_VARIABLE _res)
    if(_res EQUAL 0 AND _rev)
        set(STRONGTRUST_GIT_REVISION "${_rev}")
    endif()
endif()

# The git revision the build was made from, for --version:
#  - in a git checkout, `git describe --always --dirty --abbrev=10`; CMake
#    re-runs when a commit or checkout moves HEAD, so the revision stays current;
#  - in a tarball made by `git archive` (or a forge's "download" button),
#    packaging/REVISION, which git fills in on export (.gitattributes:
#    export-subst), as the commit's first ten hex digits;
#  - otherwise "unknown".
# -DSTRONGTRUST_GIT_REVISION=... overrides all three (for a distribution that
# builds from a tarball of its own making).
set(STRONGTRUST_GIT_REVISION "" CACHE STRING
    "Revision that --version reports (empty: from git, or from packaging/REVISION)")
if(STRONGTRUST_GIT_REVISION STREQUAL "")
    set(_rev "unknown")
    find_package(Git QUIET)
    if(GIT_FOUND AND EXISTS "${PROJECT_SOURCE_DIR}/.git")
        execute_process(
            COMMAND "${GIT_EXECUTABLE}" describe --always --dirty --abbrev=10
            WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
            OUTPUT_VARIABLE _described OUTPUT_STRIP_TRAILING_WHITESPACE
            ERROR_QUIET RESULT_VARIABLE _res)
        if(_res EQUAL 0 AND _described)
            set(_rev "${_described}")
        endif()
        execute_process(
            COMMAND "${GIT_EXECUTABLE}" rev-parse --absolute-git-dir
            WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
            OUTPUT_VARIABLE _git_dir OUTPUT_STRIP_TRAILING_WHITESPACE
            ERROR_QUIET RESULT_VARIABLE _res)
        if(_res EQUAL 0 AND EXISTS "${_git_dir}/logs/HEAD")
            set_property(DIRECTORY "${PROJECT_SOURCE_DIR}" APPEND PROPERTY
                CMAKE_CONFIGURE_DEPENDS "${_git_dir}/logs/HEAD")
        endif()
    elseif(EXISTS "${PROJECT_SOURCE_DIR}/packaging/REVISION")
        file(STRINGS "${PROJECT_SOURCE_DIR}/packaging/REVISION" _archived LIMIT_COUNT 1)
        if(_archived MATCHES "^[0-9a-f]+$")
            string(SUBSTRING "${_archived}" 0 10 _rev)
        endif()
    endif()
    set(STRONGTRUST_GIT_REVISION "${_rev}")
    unset(_rev)
endif()

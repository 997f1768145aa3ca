# The version of every program and package, computed once at configure time.
#
# Source: `git describe --tags --always --dirty` in a git checkout, PROJECT_VERSION in a
# source tarball. Debian versions must start with a digit and sort upwards, so the raw
# description is mapped (docs/packaging.md, "Version"):
#   v1.2.3 or 1.2.3 (on a tag)        -> 1.2.3
#   v1.2.3-12-gabc1234 (after a tag)  -> 1.2.3+git12.gabc1234
#   abc1234 (no tag at all)           -> PROJECT_VERSION+gitN.gabc1234, N = commits in HEAD
#   any of these with -dirty          -> the same with ".dirty" appended
#   no git                            -> PROJECT_VERSION
# Sets LAPOR_VERSION_FULL (the mapped version) and LAPOR_GIT_DESCRIBE (the raw text, empty
# without git).

set(LAPOR_GIT_DESCRIBE "")
set(LAPOR_VERSION_FULL "${PROJECT_VERSION}")

find_package(Git QUIET)
if(GIT_FOUND AND EXISTS "${PROJECT_SOURCE_DIR}/.git")
    execute_process(
        COMMAND "${GIT_EXECUTABLE}" describe --tags --always --dirty
        WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
        OUTPUT_VARIABLE LAPOR_GIT_DESCRIBE
        OUTPUT_STRIP_TRAILING_WHITESPACE
        ERROR_QUIET
        RESULT_VARIABLE lapor_describe_result)
    if(NOT lapor_describe_result EQUAL 0)
        set(LAPOR_GIT_DESCRIBE "")
    endif()
endif()

if(LAPOR_GIT_DESCRIBE)
    set(lapor_describe "${LAPOR_GIT_DESCRIBE}")
    set(lapor_dirty "")
    if(lapor_describe MATCHES "-dirty$")
        string(REGEX REPLACE "-dirty$" "" lapor_describe "${lapor_describe}")
        set(lapor_dirty ".dirty")
    endif()
    if(lapor_describe MATCHES "^v?([0-9][0-9A-Za-z.~]*)-([0-9]+)-g([0-9a-f]+)$")
        set(LAPOR_VERSION_FULL
            "${CMAKE_MATCH_1}+git${CMAKE_MATCH_2}.g${CMAKE_MATCH_3}${lapor_dirty}")
    elseif(lapor_describe MATCHES "^([0-9a-f]+)$")
        set(lapor_hash "${CMAKE_MATCH_1}")
        execute_process(
            COMMAND "${GIT_EXECUTABLE}" rev-list --count HEAD
            WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
            OUTPUT_VARIABLE lapor_commits
            OUTPUT_STRIP_TRAILING_WHITESPACE
            ERROR_QUIET)
        if(NOT lapor_commits MATCHES "^[0-9]+$")
            set(lapor_commits 0)
        endif()
        set(LAPOR_VERSION_FULL
            "${PROJECT_VERSION}+git${lapor_commits}.g${lapor_hash}${lapor_dirty}")
    # Checked after the bare hash, which may start with a digit too.
    elseif(lapor_describe MATCHES "^v?([0-9][0-9A-Za-z.~]*)$")
        set(LAPOR_VERSION_FULL "${CMAKE_MATCH_1}${lapor_dirty}")
    else()
        message(WARNING "git describe gave '${LAPOR_GIT_DESCRIBE}', a tag that is not a "
                        "version; using ${PROJECT_VERSION}${lapor_dirty}")
        set(LAPOR_VERSION_FULL "${PROJECT_VERSION}${lapor_dirty}")
    endif()
endif()

message(STATUS "LAPOR Desk version: ${LAPOR_VERSION_FULL}"
               " (git describe: ${LAPOR_GIT_DESCRIBE})")

# A header of its own, rewritten only when the version changes, so that a new commit
# recompiles the few files that print the version instead of the whole tree.
configure_file(${CMAKE_CURRENT_LIST_DIR}/laporversion.h.in
               ${CMAKE_BINARY_DIR}/generated/laporversion.h @ONLY)

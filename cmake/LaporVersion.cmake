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
#
#   cmake -DSELF_TEST=ON -P LaporVersion.cmake   checks the mapping on fixed examples.

# The mapping alone: `describe` as git prints it, `commits` the commit count of HEAD.
function(lapor_debian_version describe commits project_version out)
    set(dirty "")
    if(describe MATCHES "-dirty$")
        string(REGEX REPLACE "-dirty$" "" describe "${describe}")
        set(dirty ".dirty")
    endif()
    if(describe STREQUAL "")
        set(version "${project_version}")
    elseif(describe MATCHES "^v?([0-9][0-9A-Za-z.~]*)-([0-9]+)-g([0-9a-f]+)$")
        set(version "${CMAKE_MATCH_1}+git${CMAKE_MATCH_2}.g${CMAKE_MATCH_3}${dirty}")
    # A bare hash may start with a digit too, so it is recognised before a tag.
    elseif(describe MATCHES "^[0-9a-f]+$")
        if(NOT commits MATCHES "^[0-9]+$")
            set(commits 0)
        endif()
        set(version "${project_version}+git${commits}.g${describe}${dirty}")
    elseif(describe MATCHES "^v?([0-9][0-9A-Za-z.~]*)$")
        set(version "${CMAKE_MATCH_1}${dirty}")
    else()
        message(WARNING "git describe gave '${describe}', a tag that is not a version; "
                        "using ${project_version}${dirty}")
        set(version "${project_version}${dirty}")
    endif()
    set(${out} "${version}" PARENT_SCOPE)
endfunction()

if(SELF_TEST)
    cmake_minimum_required(VERSION 3.25)
    set(failures 0)
    foreach(case
            "v1.2.3|5|0.1.0|1.2.3"
            "1.2.3|5|0.1.0|1.2.3"
            "v1.2.3-dirty|5|0.1.0|1.2.3.dirty"
            "v1.2.3-12-gabc1234|40|0.1.0|1.2.3+git12.gabc1234"
            "v1.2.3-12-gabc1234-dirty|40|0.1.0|1.2.3+git12.gabc1234.dirty"
            "342d0c8|284|0.1.0|0.1.0+git284.g342d0c8"
            "abc1234-dirty|7|0.1.0|0.1.0+git7.gabc1234.dirty"
            "|0|0.1.0|0.1.0")
        string(REPLACE "|" ";" fields "${case}")
        list(GET fields 0 describe)
        list(GET fields 1 commits)
        list(GET fields 2 project)
        list(GET fields 3 expected)
        lapor_debian_version("${describe}" "${commits}" "${project}" got)
        if(NOT got STREQUAL expected)
            message(SEND_ERROR "'${describe}' gave '${got}', expected '${expected}'")
            math(EXPR failures "${failures} + 1")
        endif()
    endforeach()
    if(failures EQUAL 0)
        message(STATUS "version mapping: all cases pass")
    endif()
    return()
endif()

set(LAPOR_GIT_DESCRIBE "")
set(lapor_commits 0)
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
    execute_process(
        COMMAND "${GIT_EXECUTABLE}" rev-list --count HEAD
        WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
        OUTPUT_VARIABLE lapor_commits
        OUTPUT_STRIP_TRAILING_WHITESPACE
        ERROR_QUIET)
endif()
lapor_debian_version("${LAPOR_GIT_DESCRIBE}" "${lapor_commits}" "${PROJECT_VERSION}"
                     LAPOR_VERSION_FULL)

message(STATUS "LAPOR Desk version: ${LAPOR_VERSION_FULL}"
               " (git describe: ${LAPOR_GIT_DESCRIBE})")

# A header of its own, rewritten only when the version changes, so that a new commit
# recompiles the few files that print it instead of the whole tree.
configure_file(${CMAKE_CURRENT_LIST_DIR}/laporversion.h.in
               ${CMAKE_BINARY_DIR}/generated/laporversion.h @ONLY)

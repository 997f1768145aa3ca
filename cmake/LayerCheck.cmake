# Fails when a source file under app/ includes a header of a layer above its own
# (docs/architecture.md, "Layers"). This table is the rule; the document shows it.
#
#   cmake -DAPP_DIR=<app> [-DSTAMP=<file>] -P LayerCheck.cmake
#       checks every .h and .cpp under APP_DIR; touches STAMP when all is well.
#   cmake -DSELF_TEST=ON -DWORK_DIR=<dir> -P LayerCheck.cmake
#       proves on small fixture trees in WORK_DIR that the check accepts what it must and
#       rejects an include that goes up a layer.
#
# An include is resolved as the compiler does with app/ on the include path: a quoted
# name that exists next to the including file (or starts with ./ or ../) is that file;
# otherwise its first folder names the layer ("core/case.h"). Anything else (Qt, the
# system, generated ui_*.h) is not ours and is left alone.
cmake_minimum_required(VERSION 3.25)

set(LC_LAYERS core protocol store hubapi sync models reports ui cli desk hub)
set(LC_MAY_INCLUDE_core core)
set(LC_MAY_INCLUDE_protocol core protocol)
set(LC_MAY_INCLUDE_store core protocol store)
set(LC_MAY_INCLUDE_hubapi core protocol store hubapi)
set(LC_MAY_INCLUDE_sync core protocol store hubapi sync)
set(LC_MAY_INCLUDE_models core protocol store hubapi sync models)
set(LC_MAY_INCLUDE_reports core protocol store hubapi sync models reports)
set(LC_MAY_INCLUDE_ui core protocol store hubapi sync models reports ui)
# lapordeskctl runs without a window: the CLI stands on reports, not on ui.
set(LC_MAY_INCLUDE_cli core protocol store hubapi sync models reports cli)
set(LC_MAY_INCLUDE_desk core protocol store hubapi sync models reports ui desk)
# laporhub shares only the value types and the protocol with the desk.
set(LC_MAY_INCLUDE_hub core protocol hub)

set(LC_SCRIPT "${CMAKE_CURRENT_LIST_FILE}")

# The layer of `path` (absolute), or "" when it is not in a folder of APP_DIR.
function(lc_layer_of path app_dir out)
    file(RELATIVE_PATH rel "${app_dir}" "${path}")
    if(rel MATCHES "^\\.\\./" OR NOT rel MATCHES "/")
        set(${out} "" PARENT_SCOPE)
        return()
    endif()
    string(REGEX MATCH "^[^/]+" layer "${rel}")
    set(${out} "${layer}" PARENT_SCOPE)
endfunction()

# The number of the first line of `file` that is `text`.
function(lc_line_of file text out)
    file(READ "${file}" content)
    string(FIND "\n${content}" "\n${text}" at)
    math(EXPR length "${at} + 1")
    string(SUBSTRING "\n${content}" 0 ${length} before)
    string(REGEX MATCHALL "\n" newlines "${before}")
    list(LENGTH newlines line)
    set(${out} ${line} PARENT_SCOPE)
endfunction()

function(lc_check app_dir)
    get_filename_component(app_dir "${app_dir}" ABSOLUTE)
    file(GLOB_RECURSE sources LIST_DIRECTORIES false "${app_dir}/*.h" "${app_dir}/*.cpp")
    list(SORT sources)
    set(problems "")
    foreach(file IN LISTS sources)
        file(RELATIVE_PATH shown "${app_dir}" "${file}")
        lc_layer_of("${file}" "${app_dir}" from)
        if(from STREQUAL "")
            continue()
        endif()
        if(NOT from IN_LIST LC_LAYERS)
            string(CONCAT problem "app/${shown}: app/${from} is not in the layer table "
                "(cmake/LayerCheck.cmake): add it there and to docs/architecture.md")
            list(APPEND problems "${problem}")
            continue()
        endif()
        get_filename_component(dir "${file}" DIRECTORY)
        file(STRINGS "${file}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
        foreach(directive IN LISTS includes)
            if(NOT directive MATCHES "^[ \t]*#[ \t]*include[ \t]*([<\"])([^>\"]+)[>\"]")
                continue()
            endif()
            set(quote "${CMAKE_MATCH_1}")
            set(name "${CMAKE_MATCH_2}")
            set(to "")
            get_filename_component(beside "${name}" ABSOLUTE BASE_DIR "${dir}")
            if(quote STREQUAL "\"" AND (EXISTS "${beside}" OR name MATCHES "^\\.\\.?/"))
                lc_layer_of("${beside}" "${app_dir}" to)
            elseif(name MATCHES "^([^/]+)/")
                if(CMAKE_MATCH_1 IN_LIST LC_LAYERS)
                    set(to "${CMAKE_MATCH_1}")
                endif()
            endif()
            if(to STREQUAL "" OR to IN_LIST LC_MAY_INCLUDE_${from})
                continue()
            endif()
            lc_line_of("${file}" "${directive}" line)
            string(STRIP "${directive}" directive)
            string(REPLACE ";" ", " allowed "${LC_MAY_INCLUDE_${from}}")
            string(CONCAT problem "app/${shown}:${line}: ${directive} reaches from ${from} "
                "up to ${to} (${from} may include ${allowed})")
            list(APPEND problems "${problem}")
        endforeach()
    endforeach()
    if(problems)
        list(LENGTH problems count)
        string(REPLACE ";" "\n  " listed "${problems}")
        message(FATAL_ERROR "Includes that break the layering (${count}):\n  ${listed}\n"
            "Move the code to the layer it belongs to; the layers are in "
            "docs/architecture.md, \"Layers\".")
    endif()
endfunction()

# Writes `content` to app/`path` of the fixture `case`.
function(lc_fixture case path content)
    file(WRITE "${WORK_DIR}/${case}/app/${path}" "${content}")
endfunction()

# A tree every fixture starts from, and that must pass as it is.
function(lc_clean_tree case)
    lc_fixture(${case} core/case.h "#pragma once\n")
    lc_fixture(${case} protocol/limits.h "#pragma once\n#include \"core/case.h\"\n")
    lc_fixture(${case} store/database.h "#pragma once\n#include \"core/case.h\"\n#include <QString>\n")
    lc_fixture(${case} store/database.cpp
        "// #include \"ui/window.h\" once the old layout comes back\n"
        "#include \"database.h\"\n#include \"ui_form.h\"\n#include <sys/types.h>\n")
    lc_fixture(${case} ui/window.h "#pragma once\n#include \"reports/figures.h\"\n")
    lc_fixture(${case} ui/window.cpp "#include \"ui/window.h\"\n#include \"store/database.h\"\n")
    lc_fixture(${case} reports/figures.h "#pragma once\n#  include \"../store/database.h\"\n")
    lc_fixture(${case} cli/main.cpp "#include \"reports/figures.h\"\n")
    lc_fixture(${case} desk/main.cpp "#include \"ui/window.h\"\n")
    lc_fixture(${case} hub/server.cpp "#include \"hub/server.h\"\n#include \"protocol/limits.h\"\n")
    lc_fixture(${case} hub/server.h "#pragma once\n#include <core/case.h>\n")
endfunction()

# Runs the check on the fixture `case`: `outcome` is pass or fail; a failure must say
# `expected` (a regular expression).
function(lc_expect case outcome expected)
    set(stamp "${WORK_DIR}/${case}.stamp")
    execute_process(
        COMMAND "${CMAKE_COMMAND}" "-DAPP_DIR=${WORK_DIR}/${case}/app" "-DSTAMP=${stamp}"
                -P "${LC_SCRIPT}"
        RESULT_VARIABLE result
        OUTPUT_VARIABLE output
        ERROR_VARIABLE output)
    if(outcome STREQUAL "pass")
        if(NOT result EQUAL 0 OR NOT EXISTS "${stamp}")
            message(SEND_ERROR "fixture ${case}: expected to pass, got:\n${output}")
        endif()
    else()
        if(result EQUAL 0 OR EXISTS "${stamp}")
            message(SEND_ERROR "fixture ${case}: an include going up a layer passed")
        elseif(NOT output MATCHES "${expected}")
            message(SEND_ERROR "fixture ${case}: the message does not say '${expected}':\n"
                "${output}")
        endif()
    endif()
endfunction()

function(lc_self_test)
    if(NOT WORK_DIR)
        message(FATAL_ERROR "SELF_TEST needs WORK_DIR")
    endif()
    file(REMOVE_RECURSE "${WORK_DIR}")

    lc_clean_tree(clean)
    lc_expect(clean pass "")

    lc_clean_tree(store_includes_ui)
    lc_fixture(store_includes_ui store/cache.cpp
        "// #include \"ui/window.h\"\n#include \"cache.h\"\n\n#include \"ui/window.h\"\n")
    lc_fixture(store_includes_ui store/cache.h "#pragma once\n")
    lc_expect(store_includes_ui fail
        "app/store/cache.cpp:4: #include \"ui/window.h\" reaches from store up to ui")

    lc_clean_tree(hub_includes_store)
    lc_fixture(hub_includes_store hub/routes.cpp "#include \"store/database.h\"\n")
    lc_expect(hub_includes_store fail "app/hub/routes.cpp:1: .*from hub up to store")

    lc_clean_tree(relative_climb)
    lc_fixture(relative_climb sync/engine.cpp "#include <QObject>\n#  include \"../ui/window.h\"\n")
    lc_expect(relative_climb fail "app/sync/engine.cpp:2: .*from sync up to ui")

    lc_clean_tree(angle_brackets)
    lc_fixture(angle_brackets models/list.h "#pragma once\n#include <reports/figures.h>\n")
    lc_expect(angle_brackets fail "app/models/list.h:2: .*from models up to reports")

    lc_clean_tree(cli_includes_ui)
    lc_fixture(cli_includes_ui cli/window.cpp "#include \"ui/window.h\"\n")
    lc_expect(cli_includes_ui fail "from cli up to ui \\(cli may include core, protocol, .*reports, cli\\)")

    lc_clean_tree(unknown_folder)
    lc_fixture(unknown_folder plugins/plugin.cpp "#include \"core/case.h\"\n")
    lc_expect(unknown_folder fail "app/plugins is not in the layer table")
endfunction()

if(SELF_TEST)
    lc_self_test()
elseif(APP_DIR)
    lc_check("${APP_DIR}")
    if(STAMP)
        file(TOUCH "${STAMP}")
    endif()
else()
    message(FATAL_ERROR "LayerCheck.cmake: give APP_DIR, or SELF_TEST and WORK_DIR")
endif()

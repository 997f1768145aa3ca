# Installation and the Debian packages (docs/packaging.md). `cmake --install` lays out the
# programs, the menu entry, icons, AppStream metadata, manuals, bash completion and the hub's
# service; `cpack -G DEB` makes two packages from it:
#   lapordesk  (component desk): lapordesk, lapordeskctl and their desktop integration
#   laporhub   (component hub):  laporhub, its manual, systemd unit and /etc/laporhub/
include(GNUInstallDirs)

set(LAPOR_HOMEPAGE "https://lapordesk.example.org"
    CACHE STRING "Project home page, for the packages and the AppStream metadata")
set(LAPOR_SCREENSHOT_BASE "${LAPOR_HOMEPAGE}/docs/screenshots"
    CACHE STRING "Web address of docs/screenshots, for the AppStream metadata")
set(LAPOR_PACKAGE_MAINTAINER "LAPOR Desk maintainers <lapordesk@example.org>"
    CACHE STRING "Maintainer field of the Debian packages")
set(LAPOR_DEVELOPER_NAME "LAPOR Desk authors" CACHE STRING "AppStream developer name")
# Debian 12 keeps system units in /lib; a prefix other than /usr (a local test install)
# keeps them below the prefix. Worked out at every configure, so that changing the prefix
# moves it too; -DLAPOR_SYSTEMD_UNIT_DIR=… overrides it.
if(NOT DEFINED LAPOR_SYSTEMD_UNIT_DIR)
    if(CMAKE_INSTALL_PREFIX STREQUAL "/usr")
        set(LAPOR_SYSTEMD_UNIT_DIR /lib/systemd/system)
    else()
        set(LAPOR_SYSTEMD_UNIT_DIR lib/systemd/system)
    endif()
endif()

set(lapor_pkg ${CMAKE_SOURCE_DIR}/packaging)
set(lapor_gen ${CMAKE_BINARY_DIR}/packaging)
set(LAPOR_BINDIR_FULL ${CMAKE_INSTALL_FULL_BINDIR})

# The release date and time: the commit's, so that two builds of one commit are the same.
set(LAPOR_VERSION_SOURCE "version ${PROJECT_VERSION} (no git)")
if(LAPOR_GIT_DESCRIBE)
    set(LAPOR_VERSION_SOURCE "git ${LAPOR_GIT_DESCRIBE}")
    execute_process(
        COMMAND "${GIT_EXECUTABLE}" log -1 --format=%cs
        WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
        OUTPUT_VARIABLE LAPOR_RELEASE_DATE OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
    execute_process(
        COMMAND "${GIT_EXECUTABLE}" log -1 --format=%cD
        WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
        OUTPUT_VARIABLE LAPOR_RELEASE_TIME OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
endif()
if(NOT LAPOR_RELEASE_DATE)
    string(TIMESTAMP LAPOR_RELEASE_DATE "%Y-%m-%d" UTC)
    string(TIMESTAMP LAPOR_RELEASE_TIME "%a, %d %b %Y %H:%M:%S +0000" UTC)
endif()

# --- lapordesk ---------------------------------------------------------------------------
install(TARGETS lapordesk lapordeskctl RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT desk)

configure_file(${lapor_pkg}/desktop/lapordesk.desktop.in
               ${lapor_gen}/${LAPOR_APP_ID}.desktop @ONLY)
configure_file(${lapor_pkg}/desktop/lapordesk.metainfo.xml.in
               ${lapor_gen}/${LAPOR_APP_ID}.metainfo.xml @ONLY)
install(FILES ${lapor_gen}/${LAPOR_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT desk)
install(FILES ${lapor_gen}/${LAPOR_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT desk)
install(FILES ${lapor_pkg}/icons/lapordesk.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${LAPOR_APP_ID}.svg COMPONENT desk)
foreach(size 16 32 48 64 128 256)
    install(FILES ${lapor_pkg}/icons/lapordesk-${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps
            RENAME ${LAPOR_APP_ID}.png COMPONENT desk)
endforeach()
install(FILES ${lapor_pkg}/completion/lapordeskctl.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME lapordeskctl COMPONENT desk)

# --- manuals: compressed at build time, as Debian installs them ---------------------------
find_program(GZIP_EXECUTABLE gzip REQUIRED)
set(lapor_manpages)
foreach(page lapordesk lapordeskctl laporhub)
    set(out ${lapor_gen}/man/${page}.1.gz)
    add_custom_command(OUTPUT ${out}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${lapor_gen}/man
        COMMAND ${GZIP_EXECUTABLE} -9 -n -c ${lapor_pkg}/man/${page}.1 > ${out}
        DEPENDS ${lapor_pkg}/man/${page}.1
        COMMENT "Compressing the manual ${page}.1"
        VERBATIM)
    list(APPEND lapor_manpages ${out})
endforeach()
add_custom_target(manpages ALL DEPENDS ${lapor_manpages})
install(FILES ${lapor_gen}/man/lapordesk.1.gz ${lapor_gen}/man/lapordeskctl.1.gz
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT desk)
install(FILES ${lapor_gen}/man/laporhub.1.gz
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT hub)

# --- laporhub ----------------------------------------------------------------------------
install(TARGETS laporhub RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT hub)
configure_file(${lapor_pkg}/hub/laporhub.service.in ${lapor_gen}/laporhub.service @ONLY)
install(FILES ${lapor_gen}/laporhub.service DESTINATION ${LAPOR_SYSTEMD_UNIT_DIR} COMPONENT hub)
install(FILES ${lapor_pkg}/hub/laporhub.conf
        DESTINATION ${CMAKE_INSTALL_FULL_SYSCONFDIR}/laporhub COMPONENT hub)

# --- Debian's copyright and changelog, one pair per package ------------------------------
# The packages are native (no Debian revision in the version), so the changelog is
# changelog.gz.
foreach(pair desk:lapordesk hub:laporhub)
    string(REPLACE ":" ";" pair "${pair}")
    list(GET pair 0 component)
    list(GET pair 1 LAPOR_DEB_PACKAGE)
    set(dir ${lapor_gen}/doc/${LAPOR_DEB_PACKAGE})
    configure_file(${lapor_pkg}/debian/changelog.in ${dir}/changelog @ONLY)
    execute_process(COMMAND ${GZIP_EXECUTABLE} -9 -n -f ${dir}/changelog)
    install(FILES ${lapor_pkg}/debian/copyright ${dir}/changelog.gz
            DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${LAPOR_DEB_PACKAGE} COMPONENT ${component})
endforeach()

# --- CPack -------------------------------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME lapordesk)
# Each package's description below starts with its own synopsis; the project-wide summary
# would be put in front of it.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "")
set(CPACK_PACKAGE_VENDOR "${LAPOR_DEVELOPER_NAME}")
set(CPACK_PACKAGE_VERSION "${LAPOR_VERSION_FULL}")
set(CPACK_PACKAGE_CONTACT "${LAPOR_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGING_INSTALL_PREFIX "${CMAKE_INSTALL_PREFIX}")
set(CPACK_STRIP_FILES ON)
set(CPACK_COMPONENTS_ALL desk hub)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_VERSION "${LAPOR_VERSION_FULL}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${LAPOR_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${LAPOR_HOMEPAGE}")
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Dependencies come from dpkg-shlibdeps over the programs, not from a list kept by hand.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

set(CPACK_DEBIAN_DESK_PACKAGE_NAME lapordesk)
set(CPACK_DEBIAN_DESK_PACKAGE_SECTION misc)
# A dependency dpkg-shlibdeps cannot see: Qt loads the SQLite driver of the store as a
# plugin at run time. (The xcb platform and image plugins come with libqt6gui6, which the
# scan finds.)
# The Indonesian dictionary is read at run time by search's stemmer (docs/inbox.md), so the
# scan cannot see it either.
set(CPACK_DEBIAN_DESK_PACKAGE_DEPENDS "libqt6sql6-sqlite, hunspell-id")
# Training mode starts laporhub beside lapordesk; sessions are kept in the Secret Service.
set(CPACK_DEBIAN_DESK_PACKAGE_RECOMMENDS laporhub)
set(CPACK_DEBIAN_DESK_PACKAGE_SUGGESTS "gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_DESK_DESCRIPTION
    "offline-first desktop client for SP4N-LAPOR! complaints
LAPOR Desk lets the liaison officers of an agency's units follow up the
SP4N-LAPOR! complaints assigned to them, also without internet: sync the
cases, draft follow-ups, have them approved by the head of unit and send
them when the connection returns. Heads of unit and coordinators watch
deadlines on a dashboard and print monthly reports.
.
This package holds the desk (lapordesk) and its command-line twin for
scripts and schedulers (lapordeskctl).")

set(CPACK_DEBIAN_HUB_PACKAGE_NAME laporhub)
set(CPACK_DEBIAN_HUB_PACKAGE_SECTION net)
set(CPACK_DEBIAN_HUB_DESCRIPTION
    "hub server for LAPOR Desk (SP4N-LAPOR! hub API)
laporhub serves the hub API that LAPOR Desk syncs with: for training
sessions with generated sample cases, demos, integration tests and a
unit's own hub. It runs as the hardened systemd service laporhub.service,
configured in /etc/laporhub/laporhub.conf and not started until enabled.")
set(CPACK_DEBIAN_HUB_PACKAGE_CONTROL_EXTRA ${lapor_pkg}/hub/conffiles)

include(CPack)

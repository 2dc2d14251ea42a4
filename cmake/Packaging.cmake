# SPDX-License-Identifier: GPL-3.0-or-later
# What `make install` and the Debian package (CPack DEB, `./run.sh package`) hold, and the
# package's control fields. packaging/deb/README.md explains each part.
include(GNUInstallDirs)
# Two packages from one build (CPack components): eguichet (the app, every install() below
# without a COMPONENT) and eguichet-kiosk (the kiosk appliance, COMPONENT kiosk, at the end).
set(CMAKE_INSTALL_DEFAULT_COMPONENT_NAME eguichet)

set(EGUICHET_APP_ID be.namur.eguichet) # the desktop file's and the AppStream id
set(EGUICHET_PKG_OUT ${CMAKE_BINARY_DIR}/packaging)
set(EGUICHET_PKG_SRC ${PROJECT_SOURCE_DIR}/packaging)

install(TARGETS eguichet eguichet-eid RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# Man pages and the changelog, compressed as Debian wants them (gzip -n: no time stamp).
find_program(EGUICHET_GZIP gzip REQUIRED)
set(_pkg_generated)
foreach(_page eguichet.1 eguichet-eid.1)
    add_custom_command(OUTPUT ${EGUICHET_PKG_OUT}/man/${_page}.gz
        COMMAND ${CMAKE_COMMAND} -E make_directory ${EGUICHET_PKG_OUT}/man
        COMMAND ${EGUICHET_GZIP} -9nc ${EGUICHET_PKG_SRC}/deb/man/${_page}
                > ${EGUICHET_PKG_OUT}/man/${_page}.gz
        DEPENDS ${EGUICHET_PKG_SRC}/deb/man/${_page} VERBATIM)
    list(APPEND _pkg_generated ${EGUICHET_PKG_OUT}/man/${_page}.gz)
    install(FILES ${EGUICHET_PKG_OUT}/man/${_page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endforeach()
add_custom_command(OUTPUT ${EGUICHET_PKG_OUT}/changelog.gz
    COMMAND ${EGUICHET_GZIP} -9nc ${EGUICHET_PKG_SRC}/deb/changelog > ${EGUICHET_PKG_OUT}/changelog.gz
    DEPENDS ${EGUICHET_PKG_SRC}/deb/changelog VERBATIM)
list(APPEND _pkg_generated ${EGUICHET_PKG_OUT}/changelog.gz)

# The icon: the SVG, and PNGs drawn from it (rsvg-convert, Debian package librsvg2-bin).
install(FILES ${EGUICHET_PKG_SRC}/icons/${EGUICHET_APP_ID}.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
find_program(EGUICHET_RSVG rsvg-convert)
if(EGUICHET_RSVG)
    foreach(_size 16 24 32 48 64 128 256)
        set(_png ${EGUICHET_PKG_OUT}/icons/${_size}/${EGUICHET_APP_ID}.png)
        add_custom_command(OUTPUT ${_png}
            COMMAND ${CMAKE_COMMAND} -E make_directory ${EGUICHET_PKG_OUT}/icons/${_size}
            COMMAND ${EGUICHET_RSVG} -w ${_size} -h ${_size}
                    ${EGUICHET_PKG_SRC}/icons/${EGUICHET_APP_ID}.svg -o ${_png}
            DEPENDS ${EGUICHET_PKG_SRC}/icons/${EGUICHET_APP_ID}.svg VERBATIM)
        list(APPEND _pkg_generated ${_png})
        install(FILES ${_png}
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_size}x${_size}/apps)
    endforeach()
else()
    message(WARNING "rsvg-convert not found (librsvg2-bin): the package will have no PNG icons")
endif()
add_custom_target(eguichet_package_files ALL DEPENDS ${_pkg_generated})

# The menu entry and the eguichet:// handler (no maintainer script: desktop-file-utils'
# dpkg trigger runs update-desktop-database), the AppStream metainfo.
install(FILES ${EGUICHET_PKG_SRC}/deb/${EGUICHET_APP_ID}.desktop
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${EGUICHET_PKG_SRC}/deb/${EGUICHET_APP_ID}.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# The machine's configuration, every key commented out (a conffile), and the examples.
install(FILES ${EGUICHET_PKG_SRC}/deb/eguichet.ini DESTINATION /etc/eguichet)
set(_doc ${CMAKE_INSTALL_DATADIR}/doc/eguichet)
install(FILES ${EGUICHET_PKG_SRC}/deb/copyright ${EGUICHET_PKG_OUT}/changelog.gz
    ${PROJECT_SOURCE_DIR}/docs/configuration.md ${PROJECT_SOURCE_DIR}/docs/deployment.md
    DESTINATION ${_doc})
install(FILES ${EGUICHET_PKG_SRC}/kiosk/eguichet.ini DESTINATION ${_doc}/examples RENAME kiosk.ini)
install(FILES ${EGUICHET_PKG_SRC}/counter/eguichet.ini DESTINATION ${_doc}/examples
    RENAME counter.ini)

# The kiosk appliance (package eguichet-kiosk, packaging/deb/README.md "Kiosk"): cage's unit
# with its hardening and watchdog, the script it starts, the kiosk's system user, its site
# file (a conffile).
install(FILES ${EGUICHET_PKG_SRC}/kiosk/eguichet-kiosk.service
    DESTINATION /lib/systemd/system COMPONENT kiosk)
install(PROGRAMS ${EGUICHET_PKG_SRC}/kiosk/kiosk-session
    DESTINATION libexec/eguichet-kiosk COMPONENT kiosk)
install(FILES ${EGUICHET_PKG_SRC}/kiosk/eguichet-kiosk.sysusers
    DESTINATION lib/sysusers.d RENAME eguichet-kiosk.conf COMPONENT kiosk)
install(FILES ${EGUICHET_PKG_SRC}/kiosk/kiosk.ini DESTINATION /etc/eguichet COMPONENT kiosk)
install(FILES ${EGUICHET_PKG_SRC}/deb/copyright
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/eguichet-kiosk COMPONENT kiosk)
install(FILES ${EGUICHET_PKG_OUT}/changelog.gz
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/eguichet-kiosk COMPONENT kiosk)

set(CPACK_PACKAGE_NAME eguichet)
set(CPACK_PACKAGE_VENDOR "e-Guichet Desktop team")
set(EGUICHET_PACKAGE_MAINTAINER "e-Guichet Desktop team <eguichet-desktop@lists.example.org>"
    CACHE STRING "The Debian package's Maintainer field")
set(CPACK_PACKAGE_CONTACT "${EGUICHET_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${EGUICHET_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "city e-services desktop client with Belgian eID")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "e-Guichet Desktop is a city's e-Guichet as a native Qt application: citizens
ask for certificates and civil-status acts, follow their requests and pay,
with their Belgian eID card read over PC/SC (no vendor middleware) and its
National Register signatures verified, or with an e-mail address.
.
One program runs as a town-hall kiosk, a clerk's counter station or at home.
This package also holds eguichet-eid, a command-line eID card reader.")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # eguichet_<version>_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_STRIP_FILES ON)
# Qt loads these at run time, where dpkg-shlibdeps cannot see them: the QML modules the
# screens import, the SQL driver, the on-screen keyboard, Wayland (kiosk under cage), the
# TLS backend, a speech engine (spoken guidance), SVG images (the keyboard's style).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qml6-module-qtqml-workerscript, qml6-module-qtquick, \
qml6-module-qtquick-controls, qml6-module-qtquick-templates, qml6-module-qtquick-layouts, \
qml6-module-qtquick-window, qml6-module-qtquick-dialogs, qml6-module-qtquick-shapes, \
qml6-module-qt-labs-folderlistmodel, qml6-module-qtquick-virtualkeyboard, \
qt6-virtualkeyboard-plugin, libqt6sql6-sqlite, qt6-wayland, libqt6network6, \
qt6-speech-speechd-plugin | qt6-speech-flite-plugin, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "pcscd, qt6-translations-l10n, desktop-file-utils")
set(CPACK_DEBIAN_EGUICHET_PACKAGE_SUGGESTS eguichet-kiosk)
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${EGUICHET_PKG_SRC}/deb/conffiles)

set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL eguichet kiosk)
set(CPACK_DEBIAN_EGUICHET_PACKAGE_NAME eguichet)
# Each package's first Description line is its own summary: CPackDeb puts the global
# CPACK_PACKAGE_DESCRIPTION_SUMMARY before every component's text unless it is CPack's default.
set(CPACK_DEBIAN_EGUICHET_DESCRIPTION
    "${CPACK_PACKAGE_DESCRIPTION_SUMMARY}\n${CPACK_DEBIAN_PACKAGE_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
set(CPACK_DEBIAN_KIOSK_PACKAGE_NAME eguichet-kiosk)
set(CPACK_DEBIAN_KIOSK_PACKAGE_ARCHITECTURE all)
set(CPACK_DEBIAN_KIOSK_PACKAGE_SHLIBDEPS OFF)
set(CPACK_DEBIAN_KIOSK_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_KIOSK_DESCRIPTION "e-Guichet Desktop as a town-hall kiosk appliance
This package makes a Debian 12 machine boot into e-Guichet full screen on
tty1 under cage, a Wayland kiosk compositor, as the unprivileged system user
eguichet-kiosk. The systemd unit confines it (read-only system, no home
folders, a private /tmp, no core dumps; only its data folder /var/lib/eguichet
is writable), starts it again when it crashes or when its GUI thread stops
feeding the systemd watchdog, and keeps the console from blanking. The site's
settings go in /etc/eguichet/kiosk.ini.")
# cage in Debian 12 will not start without Xwayland (tests/package/cage-kiosk-test.sh).
set(CPACK_DEBIAN_KIOSK_PACKAGE_DEPENDS "eguichet (= ${PROJECT_VERSION}), cage, xwayland, \
systemd, libpam-systemd")
set(CPACK_DEBIAN_KIOSK_PACKAGE_RECOMMENDS "pcscd, cups")
set(CPACK_DEBIAN_KIOSK_PACKAGE_CONTROL_EXTRA "${EGUICHET_PKG_SRC}/kiosk/conffiles;\
${EGUICHET_PKG_SRC}/kiosk/postinst;${EGUICHET_PKG_SRC}/kiosk/prerm;\
${EGUICHET_PKG_SRC}/kiosk/postrm")
include(CPack)

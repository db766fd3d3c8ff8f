# SPDX-FileCopyrightText: 2026 CallScope authors
# SPDX-License-Identifier: MIT
# What an installed CallScope is made of (binary, desktop entry, AppStream metainfo, icons) and how CPack
# packs it: a .deb on Linux (tests/package checks it), NSIS on Windows and an app bundle on macOS, as far as
# those can be described and checked from here.
include(GNUInstallDirs)

set(CALLSCOPE_APP_ID "org.callscope.CallScope")

# The PNG sizes and the Windows .ico are rendered from the SVG at build time: no bitmap in the repository.
add_executable(callscope_rendericons "${PROJECT_SOURCE_DIR}/packaging/rendericons.cpp")
target_link_libraries(callscope_rendericons PRIVATE Qt6::Gui Qt6::Svg)
set(CALLSCOPE_ICON_SIZES 16 24 32 48 64 128 256 512)
set(icon_dir "${CMAKE_BINARY_DIR}/icons")
set(icon_files "${icon_dir}/callscope.ico")
foreach(size IN LISTS CALLSCOPE_ICON_SIZES)
    list(APPEND icon_files "${icon_dir}/${size}x${size}.png")
endforeach()
add_custom_command(OUTPUT ${icon_files}
    COMMAND callscope_rendericons "${PROJECT_SOURCE_DIR}/resources/icons/callscope.svg" "${icon_dir}"
    DEPENDS callscope_rendericons "${PROJECT_SOURCE_DIR}/resources/icons/callscope.svg"
    COMMENT "Rendering the application icon")
add_custom_target(callscope_icons ALL DEPENDS ${icon_files})

install(FILES "packaging/linux/${CALLSCOPE_APP_ID}.desktop" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "packaging/linux/${CALLSCOPE_APP_ID}.metainfo.xml" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "resources/icons/callscope.svg" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
    RENAME "${CALLSCOPE_APP_ID}.svg")
foreach(size IN LISTS CALLSCOPE_ICON_SIZES)
    install(FILES "${icon_dir}/${size}x${size}.png" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps"
        RENAME "${CALLSCOPE_APP_ID}.png")
endforeach()

set(CPACK_PACKAGE_NAME "callscope")
set(CPACK_PACKAGE_VENDOR "CallScope authors")
set(CPACK_PACKAGE_CONTACT "CallScope authors <callscope@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "CallScope receives the call.completed webhooks of an AI collection-call platform on an embedded HTTP listener, "
    "stores every delivery durably before it answers, and shows the calls live for review and client demos.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "CallScope")
set(CPACK_PACKAGE_EXECUTABLES "callscope" "CallScope")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)

if(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR "DEB")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION "net")
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON) # the Qt libraries, as dpkg-shlibdeps finds them
    # Plugins are loaded, not linked: the SQLite driver and the platform plugins. (The SVG icon reader comes
    # with the Qt SVG library, which dpkg-shlibdeps finds under each distribution's own package name.) So is
    # libsecret, by QtKeychain (libqt6keychain1, found by dpkg-shlibdeps), to reach the desktop's secret store.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libsecret-1-0")
elseif(WIN32)
    set(CPACK_GENERATOR "NSIS")
    set(CPACK_NSIS_DISPLAY_NAME "CallScope")
    set(CPACK_NSIS_PACKAGE_NAME "CallScope")
    set(CPACK_NSIS_MUI_ICON "${icon_dir}/callscope.ico")
    set(CPACK_NSIS_MUI_UNIICON "${icon_dir}/callscope.ico")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin/callscope.exe")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    # windeployqt (Qt's own) must copy the Qt DLLs and plugins beside the binary before cpack runs.
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set_target_properties(callscope PROPERTIES
        MACOSX_BUNDLE TRUE
        MACOSX_BUNDLE_INFO_PLIST "${PROJECT_SOURCE_DIR}/packaging/macos/Info.plist.in"
        MACOSX_BUNDLE_GUI_IDENTIFIER "${CALLSCOPE_APP_ID}"
        MACOSX_BUNDLE_BUNDLE_NAME "CallScope"
        MACOSX_BUNDLE_ICON_FILE "callscope.icns"
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
        MACOSX_BUNDLE_COPYRIGHT "© 2026 CallScope authors")
    # macdeployqt (Qt's own) fills the bundle's Frameworks and PlugIns; the .icns comes from iconutil.
endif()
include(CPack)

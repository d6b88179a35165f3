# Packages made with CPack from a Release build (docs/install.md):
#   cpack -G DEB                                   the Debian package (Linux)
#   cpack --config CPackSourceConfig.cmake         a source tarball (but prefer
#                                                  `git archive`, which records the revision)
# Included from the top-level CMakeLists.txt, after every install() rule.

set(STRONGTRUST_PACKAGE_MAINTAINER "The strongtrust developers <strongtrust@example.org>"
    CACHE STRING "Maintainer named in the packages (\"Name <address>\")")

set(CPACK_PACKAGE_NAME "strongtrust")
set(CPACK_PACKAGE_VENDOR "strongtrust")
set(CPACK_PACKAGE_CONTACT "${STRONGTRUST_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "board self-assessment for English school trusts")
set(CPACK_PACKAGE_DESCRIPTION
"strongtrust helps the board of an English school trust (a multi-academy
trust) assess itself against the five domains of a strong trust described by
the Confederation of School Trusts: expert governance, quality of education,
workforce resilience and wellbeing, efficiency and effectiveness, and public
benefit and civic duty.

Each trustee rates the indicators of every domain; the board agrees a
consensus and records its evidence and its actions. Everything is kept in one
workbook file (*.strongtrust), with an audit trail of every change. The same
program runs headless commands to create workbooks and to import and export
assessments.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "strongtrust")
set(CPACK_PACKAGE_EXECUTABLES "strongtrust" "strongtrust")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)
# Values reach CPack's configuration as written here (no second round of escaping).
set(CPACK_VERBATIM_VARIABLES ON)

if(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR "DEB")
    # strongtrust_0.1.0-1_amd64.deb
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${STRONGTRUST_PACKAGE_MAINTAINER}")
    set(CPACK_DEBIAN_PACKAGE_SECTION "education")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
    # The shared libraries the executable links come from dpkg-shlibdeps
    # (package dpkg-dev, and `file`). What Qt loads at run time, it cannot see:
    # the SQLite driver (every workbook), the SVG icon engine (the window's
    # icon), and fonts, without which a report's PDF has no text.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6, fonts-dejavu-core")
    # The file type, the menu entry and the icons, registered by these
    # packages' dpkg triggers; the program works without them.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "shared-mime-info, desktop-file-utils, hicolor-icon-theme")
    set(CPACK_DEBIAN_PACKAGE_SUGGESTS "poppler-utils")
elseif(WIN32)
    # Not built or tested here: docs/building-on-windows-and-macos.md. Run
    # windeployqt on the installed tree first (CPACK_PRE_BUILD_SCRIPTS).
    set(CPACK_GENERATOR "NSIS")
    set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/packaging/windows/strongtrust.ico")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\strongtrust.exe")
    set(CPACK_NSIS_DISPLAY_NAME "strongtrust")
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    # The workbook file type: .strongtrust opens with strongtrust.exe.
    set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [[
        WriteRegStr HKCR '.strongtrust' '' 'strongtrust.workbook'
        WriteRegStr HKCR 'strongtrust.workbook' '' 'strongtrust workbook'
        WriteRegStr HKCR 'strongtrust.workbook\DefaultIcon' '' '$INSTDIR\bin\strongtrust.exe,0'
        WriteRegStr HKCR 'strongtrust.workbook\shell\open\command' '' '"$INSTDIR\bin\strongtrust.exe" "%1"'
        System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
    ]])
    set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [[
        DeleteRegKey HKCR 'strongtrust.workbook'
        DeleteRegKey HKCR '.strongtrust'
    ]])
elseif(APPLE)
    # Not built or tested here: run macdeployqt on the bundle first.
    set(CPACK_GENERATOR "DragNDrop")
endif()

# A source tarball without build trees (this one, wherever it is, and build*/
# and out/ as .gitignore has them), editor files or git's own files.
string(REGEX REPLACE "([][+.*()^$?|\\])" "\\\\\\1" _src "${PROJECT_SOURCE_DIR}")
string(REGEX REPLACE "([][+.*()^$?|\\])" "\\\\\\1" _bin "${PROJECT_BINARY_DIR}")
set(CPACK_SOURCE_GENERATOR "TXZ")
set(CPACK_SOURCE_PACKAGE_FILE_NAME "strongtrust-${PROJECT_VERSION}")
set(CPACK_SOURCE_IGNORE_FILES
    "^${_bin}/" "^${_src}/build[^/]*/" "^${_src}/out/" "/\\.git/" "/\\.git$"
    "\\.user$" "/CMakeUserPresets\\.json$" "~$")
unset(_src)
unset(_bin)

include(CPack)

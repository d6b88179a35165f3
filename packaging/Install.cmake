# What `cmake --install` puts beside the executable (whose own rule is in
# src/CMakeLists.txt), and the platform resources of the executable itself.
# Included from the top-level CMakeLists.txt; docs/install.md lists the result.

if(UNIX AND NOT APPLE)
    # Freedesktop systems (Linux, the BSDs): the menu entry, the workbook file
    # type, the software-centre metadata and the icon theme's icons. Debian's
    # shared-mime-info, desktop-file-utils and hicolor-icon-theme refresh their
    # caches by dpkg triggers; after a plain `cmake --install`, see docs/install.md.
    set(_linux "${PROJECT_SOURCE_DIR}/packaging/linux")
    install(FILES "${_linux}/strongtrust.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${_linux}/strongtrust.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    install(FILES "${_linux}/strongtrust-mime.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/mime/packages" RENAME strongtrust.xml)
    foreach(size IN ITEMS 16 24 32 48 64 128 256)
        install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/apps/strongtrust.png"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
    endforeach()
    install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/strongtrust.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
    install(FILES "${PROJECT_SOURCE_DIR}/README.md" "${PROJECT_SOURCE_DIR}/packaging/debian/copyright"
        DESTINATION "${CMAKE_INSTALL_DOCDIR}")
    unset(_linux)
elseif(WIN32)
    # The icon Explorer shows and the version in the file's properties.
    set(STRONGTRUST_WINDOWS_ICON "${PROJECT_SOURCE_DIR}/packaging/windows/strongtrust.ico")
    configure_file("${PROJECT_SOURCE_DIR}/packaging/windows/strongtrust.rc.in"
        "${PROJECT_BINARY_DIR}/packaging/strongtrust.rc" @ONLY)
    target_sources(strongtrust PRIVATE "${PROJECT_BINARY_DIR}/packaging/strongtrust.rc")
    install(FILES "${PROJECT_SOURCE_DIR}/README.md" "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION .)
elseif(APPLE)
    # The bundle's icon (named by MACOSX_BUNDLE_ICON_FILE in src/CMakeLists.txt).
    set(_icns "${PROJECT_SOURCE_DIR}/packaging/macos/strongtrust.icns")
    target_sources(strongtrust PRIVATE "${_icns}")
    set_source_files_properties("${_icns}" TARGET_DIRECTORY strongtrust
        PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    unset(_icns)
endif()

# Warnings every target of ours is built with; applied per target so that
# third-party code pulled in through find_package is left alone.
# STRONGTRUST_WERROR makes every warning an error (the test build and CI).
option(STRONGTRUST_WERROR "Treat compiler warnings as errors" OFF)
add_library(strongtrust_warnings INTERFACE)
if(MSVC)
    target_compile_options(strongtrust_warnings INTERFACE /W4 /permissive-)
    if(STRONGTRUST_WERROR)
        target_compile_options(strongtrust_warnings INTERFACE /WX)
    endif()
else()
    target_compile_options(strongtrust_warnings INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
        -Woverloaded-virtual -Wimplicit-fallthrough)
    if(STRONGTRUST_WERROR)
        target_compile_options(strongtrust_warnings INTERFACE -Werror)
    endif()
endif()
# Qt's string literals must be spelled out (u"..."_s / QStringLiteral), so that
# every user-visible text is either tr()'d or deliberately not.
target_compile_definitions(strongtrust_warnings INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY QT_USE_QSTRINGBUILDER QT_STRICT_ITERATORS
    QT_NO_KEYWORDS)

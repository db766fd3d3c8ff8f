# SPDX-FileCopyrightText: 2026 CallScope authors
# SPDX-License-Identifier: MIT
# The settings every CallScope target shares: link callscope_settings and nothing else needs repeating.
add_library(callscope_settings INTERFACE)
target_compile_features(callscope_settings INTERFACE cxx_std_20)
target_compile_definitions(callscope_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    CALLSCOPE_VERSION="${PROJECT_VERSION}")
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(callscope_settings INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
        -Wimplicit-fallthrough -Wformat=2)
endif()

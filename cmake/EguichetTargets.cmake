# Shared helpers for our own targets.

# Strict warnings for code we write (never for generated or third-party code).
function(eguichet_strict_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(EGUICHET_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE QT_DISABLE_DEPRECATED_BEFORE=0x060400)
endfunction()

# eguichet_add_test(NAME <name> LABELS <labels...> SOURCES <files...> LIBS <targets...>
#                   [ENV <VAR=value...>] [TIMEOUT <s>])
# One Qt Test executable registered with ctest, run offscreen.
function(eguichet_add_test)
    cmake_parse_arguments(T "" "NAME;TIMEOUT" "LABELS;SOURCES;LIBS;ENV" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test ${T_LIBS})
    eguichet_strict_warnings(${T_NAME})
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABELS}" TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8;TZ=Europe/Brussels;${T_ENV}")
endfunction()

# Adds every direct sub-folder that has a CMakeLists.txt, in name order, so that areas of
# tests can be added without editing a shared list.
macro(eguichet_add_subdirectories)
    file(GLOB _eg_children LIST_DIRECTORIES true RELATIVE ${CMAKE_CURRENT_SOURCE_DIR} *)
    list(SORT _eg_children)
    foreach(_eg_child IN LISTS _eg_children)
        if(IS_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR}/${_eg_child}
           AND EXISTS ${CMAKE_CURRENT_SOURCE_DIR}/${_eg_child}/CMakeLists.txt)
            add_subdirectory(${_eg_child})
        endif()
    endforeach()
endmacro()

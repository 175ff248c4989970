# SPDX-License-Identifier: MIT
# Helpers shared by the targets.

# Executables that load LibTorch get a DT_RPATH (not RUNPATH: only RPATH is
# searched for the dependencies of dependencies, such as libtorch's
# libblas.so.3) to the chosen BLAS folder.
if(LATENT_BLAS_DIR AND EXISTS "${LATENT_BLAS_DIR}/libblas.so.3")
  set(LATENT_EFFECTIVE_BLAS_DIR "${LATENT_BLAS_DIR}")
else()
  set(LATENT_EFFECTIVE_BLAS_DIR "")
endif()

function(latent_use_blas target)
  if(LATENT_EFFECTIVE_BLAS_DIR)
    set_property(TARGET ${target} APPEND PROPERTY BUILD_RPATH "${LATENT_EFFECTIVE_BLAS_DIR}")
    set_property(TARGET ${target} APPEND PROPERTY INSTALL_RPATH "${LATENT_EFFECTIVE_BLAS_DIR}")
    target_link_options(${target} PRIVATE "-Wl,--disable-new-dtags")
  endif()
endfunction()

# latent_add_test(NAME sources... [LIBS libs...]): one Qt Test executable, one CTest.
function(latent_add_test name)
  cmake_parse_arguments(ARG "" "" "LIBS" ${ARGN})
  add_executable(${name} ${ARG_UNPARSED_ARGUMENTS})
  target_link_libraries(${name} PRIVATE Qt6::Test latent_core ${ARG_LIBS})
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
  target_compile_definitions(${name} PRIVATE
    LATENT_CLI_PATH="$<TARGET_FILE:latent-cli>"
    LATENT_BLAS_DIR="${LATENT_EFFECTIVE_BLAS_DIR}"
    LATENT_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  latent_use_blas(${name})
  set_target_properties(${name} PROPERTIES AUTOMOC ON RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
  add_test(NAME ${name} COMMAND ${name})
  set_tests_properties(${name} PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
endfunction()

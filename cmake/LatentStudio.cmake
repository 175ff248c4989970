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
  # English whatever the machine's language: tests read the CLI's and the
  # studio's messages; the ones about translations choose their locale.
  set_tests_properties(${name} PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANGUAGE=")
endfunction()

# LATENT_SANITIZE: the flags go on every target defined after this file is
# included (all of ours), at compile and link time. LibTorch, Qt and OpenCV
# come uninstrumented from Debian; the run-time options that cope with that
# are set by studio.sh and explained in tests/sanitizers/.
if(LATENT_SANITIZE STREQUAL "address")
  # UBSan stops at the first finding instead of printing and going on.
  set(LATENT_SANITIZER_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=undefined)
elseif(LATENT_SANITIZE STREQUAL "thread")
  set(LATENT_SANITIZER_FLAGS -fsanitize=thread)
elseif(LATENT_SANITIZE)
  message(FATAL_ERROR "LATENT_SANITIZE must be empty, address or thread (not '${LATENT_SANITIZE}')")
endif()
if(LATENT_SANITIZER_FLAGS)
  # Frame pointers give the sanitizers' reports whole stacks cheaply.
  add_compile_options(${LATENT_SANITIZER_FLAGS} -fno-omit-frame-pointer)
  add_link_options(${LATENT_SANITIZER_FLAGS})
endif()

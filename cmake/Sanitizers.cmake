# TWINLOOM_SANITIZE=ON builds everything with AddressSanitizer and UndefinedBehaviorSanitizer.
option(TWINLOOM_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(TWINLOOM_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

# TWINLOOM_FUZZ=ON (clang only; the "fuzz" preset) instruments everything for libFuzzer, with the
# same sanitizers, and builds the fuzz targets of tests/fuzz instead of the applications.
option(TWINLOOM_FUZZ "Build the libFuzzer targets of tests/fuzz (clang)" OFF)
if(TWINLOOM_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "TWINLOOM_FUZZ needs clang (libFuzzer): cmake --preset fuzz")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

# Debug information is written compressed (zlib): every test executable links the static engine,
# adapter and studio libraries, and uncompressed their debug sections made a debug or sanitizer
# tree several gigabytes large. Debuggers, addr2line and the sanitizers' symbolizer read compressed
# sections as they are.
option(TWINLOOM_COMPRESS_DEBUG "Write debug information compressed" ON)
if(TWINLOOM_COMPRESS_DEBUG AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  include(CheckCXXSourceCompiles)
  set(CMAKE_REQUIRED_FLAGS "-g -gz")
  set(CMAKE_REQUIRED_LINK_OPTIONS "-gz")
  check_cxx_source_compiles("int main() { return 0; }" TWINLOOM_HAVE_GZ)
  unset(CMAKE_REQUIRED_FLAGS)
  unset(CMAKE_REQUIRED_LINK_OPTIONS)
  if(TWINLOOM_HAVE_GZ)
    add_compile_options(-gz)
    add_link_options(-gz)
  endif()
endif()

# Use ccache when it is installed. Precompiled headers need the sloppiness below to hit the cache.
find_program(TWINLOOM_CCACHE ccache)
if(TWINLOOM_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
  set(CMAKE_CXX_COMPILER_LAUNCHER
      ${CMAKE_COMMAND} -E env
      "CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime"
      # Paths relative to the source tree, so that another clone of the project hits the cache.
      "CCACHE_BASEDIR=${CMAKE_SOURCE_DIR}" "CCACHE_NOHASHDIR=1"
      ${TWINLOOM_CCACHE})
endif()

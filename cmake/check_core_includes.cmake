# Fails when a file under src/core includes ImGui, GLFW, GL or Emscripten headers.
file(GLOB_RECURSE files "${ROOT}/src/core/*.h" "${ROOT}/src/core/*.cpp")
foreach(f IN LISTS files)
  file(STRINGS "${f}" bad REGEX "#[ \t]*include[ \t]*[<\"](imgui|GLFW|GLES|GL/|emscripten)")
  if(bad)
    message(FATAL_ERROR "${f}: the core must not include UI or platform headers: ${bad}")
  endif()
endforeach()
message(STATUS "core includes checked: files clean")

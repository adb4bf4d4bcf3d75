# Fails when a source file includes a header from a folder its layer may not use.
# Run by claimdesk_layer() as a build step:
#   cmake -DLAYER=<target> -DROOT=<core dir> -DFOLDERS=<a;b> -DALLOWED=<a;b;c> -DSTAMP=<file> -P
# An include names its folder ("storage/ClaimRepository.h"); one without a folder is
# the file's own neighbour and always allowed.
cmake_minimum_required(VERSION 3.25)
set(violations "")
foreach(folder IN LISTS FOLDERS)
    file(GLOB sources "${ROOT}/${folder}/*.h" "${ROOT}/${folder}/*.cpp")
    foreach(source IN LISTS sources)
        file(STRINGS "${source}" includes REGEX "^#include \"[a-z]+/")
        foreach(line IN LISTS includes)
            string(REGEX REPLACE "^#include \"([a-z]+)/.*" "\\1" used "${line}")
            if(NOT used IN_LIST ALLOWED)
                file(RELATIVE_PATH where "${ROOT}/.." "${source}")
                string(REGEX REPLACE "^#include \"([^\"]+)\".*" "\\1" header "${line}")
                string(APPEND violations "\n  ${where} includes ${header}")
            endif()
        endforeach()
    endforeach()
endforeach()
if(violations)
    list(JOIN ALLOWED ", " allowed)
    message(FATAL_ERROR "${LAYER} may use only ${allowed}; across a forbidden edge:"
        "${violations}")
endif()
file(TOUCH "${STAMP}")

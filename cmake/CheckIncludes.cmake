# Fails when a source file includes a header from a folder its layer may not use.
# Run by claimdesk_layer() and claimdesk_front_end() as a build step:
#   cmake -DLAYER=<target> -DTOP=<project> -DROOT=<dir> -DFOLDERS=<a;b> -DALLOWED=<a;b;c>
#         [-DKNOWN=<every core folder>] -DSTAMP=<file> -P CheckIncludes.cmake
# An include names its folder ("storage/ClaimRepository.h", or in angle brackets);
# one without a folder is the file's own neighbour and always allowed. With KNOWN,
# only includes from those folders are judged (a library's <tesseract/...> is not).
# Lists may also be given with commas (a test's command line cannot carry ';').
cmake_minimum_required(VERSION 3.25)
foreach(list IN ITEMS FOLDERS ALLOWED KNOWN)
    string(REPLACE "," ";" ${list} "${${list}}")
endforeach()
set(violations "")
foreach(folder IN LISTS FOLDERS)
    file(GLOB_RECURSE sources "${ROOT}/${folder}/*.h" "${ROOT}/${folder}/*.cpp")
    foreach(source IN LISTS sources)
        file(STRINGS "${source}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*[\"<][a-z]+/")
        foreach(line IN LISTS includes)
            string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*[\"<]([a-z]+)/.*" "\\1" used "${line}")
            if(KNOWN AND NOT used IN_LIST KNOWN)
                continue()
            endif()
            if(NOT used IN_LIST ALLOWED)
                file(RELATIVE_PATH where "${TOP}" "${source}")
                string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*[\"<]([^\">]+)[\">].*" "\\1"
                    header "${line}")
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

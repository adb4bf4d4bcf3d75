# Runs a training command of bench_receipts (BENCH with ARGS, which write OUT)
# and fails when what it writes differs from the file the product ships
# (SHIPPED): a shipped model must be what its documented command gives.
# REQUIRES: a file the training depends on (the OCR models it was made with);
# without it the result cannot match, and the test says it is skipped.
if(REQUIRES AND NOT EXISTS "${REQUIRES}")
    message("skipped: ${REQUIRES} is not installed (installer/install-deps.sh)")
    return()
endif()
separate_arguments(args UNIX_COMMAND "${ARGS}")
execute_process(COMMAND ${BENCH} ${args} ${OUT}
    RESULT_VARIABLE rc OUTPUT_VARIABLE output ERROR_VARIABLE output)
message("${output}")
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "bench_receipts failed (${rc})")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${OUT} ${SHIPPED} RESULT_VARIABLE differ)
if(differ)
    file(READ ${OUT} again)
    message(FATAL_ERROR "training again gives another file than the shipped ${SHIPPED}:\n${again}")
endif()
message("trained again: the shipped ${SHIPPED}")

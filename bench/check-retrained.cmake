# Runs a training command of bench_receipts (BENCH with ARGS, which write OUT)
# and fails when what it writes differs from the file the product ships
# (SHIPPED): a shipped model must be what its documented command gives.
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

# Refits the receipt confidence calibration as resources/calibration.qrc says it
# was made, and fails when the result differs from the shipped file.
execute_process(
    COMMAND ${BENCH} ${RECEIPTS} --ocr-cache ${CACHE} --fit-calibration AB
            --max-wrong-share 0.003 --write-calibration ${OUT}
    RESULT_VARIABLE rc OUTPUT_VARIABLE output ERROR_VARIABLE output)
message("${output}")
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "bench_receipts failed (${rc})")
endif()
execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files ${OUT} ${SHIPPED} RESULT_VARIABLE differ)
if(differ)
    file(READ ${OUT} refit)
    message(FATAL_ERROR "refitting gives another calibration than the shipped ${SHIPPED}:\n${refit}")
endif()
message("the refit calibration is the shipped one")

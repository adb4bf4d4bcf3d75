// A file across a forbidden edge: the layer check must refuse it.
#include "OcrNeighbour.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <storage/AuditRepository.h>
#include <tesseract/baseapi.h>

// A file across a forbidden edge: the layer check must refuse it.
#include "OcrNeighbour.h"
#include "util/Result.h"
#include "storage/Database.h"

#pragma once

#include "domain/Document.h"
#include "extract/TextLayout.h"
#include "ocr/OcrTypes.h"

#include <QDate>
#include <QList>

namespace ClaimDesk {

// Reads a receipt (a shop's or a hospital's) from its OCR words: merchant, date,
// total, billing number and the paid items (fields "items.N.item" and
// "items.N.amount"). Works on the layout, not on lines of text: words are grouped
// into visual rows, every amount and date on the page is a candidate, and
// candidates are scored by the labels beside them, print size, position, how
// often a value recurs (a total is printed again as cash paid) and whether the
// figures agree (cash minus change, items summing to the total).
class LineRereader;

class ReceiptExtractor final
{
public:
    // With a rereader, the rows of the shop's name, the date and the total are
    // read a second time and the readings vote (see LineRereader), where a
    // second reading can change the answer: not a name or a date read surely,
    // not a total the receipt's arithmetic confirms. A date after
    // `today` (plus a year's grace; the current date when invalid) is a misread.
    static QList<ExtractedField> extract(const QList<OcrPage>& pages,
        const LineRereader* rereader = nullptr, const QDate& today = {});
};

} // namespace ClaimDesk

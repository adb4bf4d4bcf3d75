#pragma once

#include "ocr/OcrTypes.h"

#include <QList>
#include <QRect>
#include <QString>

namespace ClaimDesk {

// One visual row of a page: the words whose boxes share a baseline, left to right,
// even when OCR put them in different blocks (a label on the left, its amount far
// right on a receipt).
struct LayoutRow
{
    int page = 0;
    QList<int> words; // indices into OcrPage::words
    QList<qsizetype> starts; // offset of each word in text
    QString text; // words joined by single spaces
    QRect box;
    int height = 0; // median word height: the size the row is printed in
    double confidence = 0; // mean word confidence

    // Union of the boxes of the words under text[start, start + length).
    QRect boxOf(const OcrPage& page, qsizetype start, qsizetype length) const;
    // Mean confidence of those words.
    double confidenceOf(const OcrPage& page, qsizetype start, qsizetype length) const;
    // Index of the word under text position pos.
    int wordAt(qsizetype pos) const;
};

class TextLayout final
{
public:
    // Groups a page's words into rows, top to bottom.
    static QList<LayoutRow> rows(const OcrPage& page);
    // All of a page's words as one row (a page that is one line cut out of another).
    static LayoutRow singleRow(const OcrPage& page);
};

} // namespace ClaimDesk

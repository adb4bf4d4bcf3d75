#pragma once

#include "ocr/OcrTypes.h"

#include <QImage>
#include <QList>
#include <QRect>

namespace ClaimDesk {

class TesseractEngine;

// Reads single rows of a page a second time: cut out of the page as loaded
// (grayscale, at its own scale rather than the one text height the whole page was
// normalised to) and read in Tesseract's single-line mode. The rows that carry a
// document's key fields (a receipt's shop name, its date, its total) are read
// better so than in the pass over the whole page, where one scale and one
// threshold serve all its rows; extractors compare the two readings.
//
// Uses the caller's engine (one per thread); not thread-safe itself.
class LineRereader final
{
public:
    // page: the page image as loaded; pageIndex: which page of the document it is.
    LineRereader(const QImage& page, int pageIndex, TesseractEngine& engine);

    int pageIndex() const { return m_pageIndex; }

    // The words in box (page pixels), with boxes in page pixels and their
    // confidences; empty when nothing could be read.
    QList<OcrWord> read(const QRect& box) const;

private:
    QImage m_gray;
    int m_pageIndex = 0;
    TesseractEngine& m_engine;
};

} // namespace ClaimDesk

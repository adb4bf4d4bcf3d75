#pragma once

#include "ocr/OcrTypes.h"

#include <QImage>
#include <QList>
#include <QRect>

class QMutex;

namespace ClaimDesk {

class TesseractEngine;

// Reads single rows of a page again: cut out of the page as loaded (grayscale, at
// its own scale rather than the one text height the whole page was normalised
// to) and read in Tesseract's single-line mode, by one or more engines. The rows
// that carry a document's key fields (a receipt's shop name, its date, its total)
// are read better so than in the pass over the whole page, where one scale and
// one threshold serve all rows; and a second model (another language's or
// script's) misreads other letters than the first, so that extractors can let
// the readings vote.
//
// Uses the caller's engines (this thread's); not thread-safe itself.
class LineRereader final
{
public:
    // page: the page image as loaded; pageIndex: which page of the document it
    // is; engines: ready engines, the first one the document's own languages.
    LineRereader(const QImage& page, int pageIndex, QList<TesseractEngine*> engines);

    // Another engine; with a guard (TesseractEngine::shared) it is locked around
    // each read.
    void addEngine(TesseractEngine* engine, QMutex* guard = nullptr);
    int pageIndex() const { return m_pageIndex; }
    int engineCount() const { return int(m_engines.size()); }

    // The words in box (page pixels) as engine number `engine` reads them, with
    // boxes in page pixels and confidences; empty when nothing could be read.
    QList<OcrWord> read(const QRect& box, int engine = 0) const;

private:
    struct Engine
    {
        TesseractEngine* engine = nullptr;
        QMutex* guard = nullptr;
    };
    QImage m_page; // shared with the caller's, not copied
    int m_pageIndex = 0;
    QList<Engine> m_engines;
};

} // namespace ClaimDesk

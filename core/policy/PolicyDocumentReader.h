#pragma once

#include "ocr/OcrTypes.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <atomic>
#include <functional>

namespace ClaimDesk {

// The text of a policy document, whatever form it came in.
struct PolicyText
{
    QByteArray utf8; // as the chunker reads it: one rule per line, examples indented
    int pages = 0; // 0 for a text file
    bool ocr = false; // read from page images
    double meanConfidence = 1.0; // of the OCR, 0..1
};

// Reads policy documents for the policy library: UTF-8 text as it is, a PDF
// through its text layer, and a scanned PDF (no text layer) or a page image
// (PNG, JPEG, TIFF, WebP) through the document pipeline's preprocessing and
// Tesseract (English and Thai, automatic page layout). An OCR'd page is put
// back into the lines the chunker understands from the word boxes: indentation
// from each line's left edge, bullets and arrows as printed characters rather
// than what OCR made of them. Blocks: OCR takes seconds a page, so run it on a
// worker thread (PolicyImportJob).
class PolicyDocumentReader final
{
public:
    using Progress = std::function<void(int pagesDone, int pages)>;

    // The error names the file and what is wrong (damaged, password-protected,
    // no text found, cancelled).
    static Result<PolicyText> read(const QByteArray& bytes, const QString& name,
        const std::atomic_bool* cancel = nullptr, const Progress& progress = {});

    // The text of a PDF's text layer, page by page; empty for a scan.
    static Result<QString> pdfTextLayer(const QByteArray& pdf, const QString& name);

    // An OCR'd page as policy lines (see the class comment).
    static QString pageText(const OcrPage& page);
};

} // namespace ClaimDesk

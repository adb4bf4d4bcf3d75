#pragma once

#include "ocr/OcrTypes.h"
#include "util/InputLimits.h"
#include "util/Result.h"

#include <QByteArray>
#include <QImage>
#include <QString>
#include <memory>
#include <optional>

class QPdfDocument;
class QBuffer;

namespace ClaimDesk {

// One page of a document, ready for preprocessing: the image as the reader sees
// it (EXIF orientation applied), and the words of a PDF text layer when it has one.
struct SourcePage
{
    QImage image; // empty when the text layer is used instead
    int dpi = 300;
    std::optional<OcrPage> textLayer;
    QString notice; // what of the page was left out (a text layer over its word limit)
};

// The pages of an image (JPEG, PNG, WebP, TIFF; multi-page TIFF too) or a PDF,
// read one at a time so a long PDF never sits in memory at 300 DPI all at once.
// Bounded on hostile input: an image larger than InputLimits::StoredPagePixels is
// refused from its header, before decoding; pages and PDF page boxes are read at
// most InputLimits::ReadPagePixels (the DPI lowered to fit); only the first
// InputLimits::DocumentPages pages are read; a text layer gives at most
// InputLimits::TextLayerWordsPerPage words, in a bounded number of calls into the
// PDF engine (see pdfPage). Not thread-safe: use one per thread.
class DocumentSource final
{
public:
    static constexpr int PdfDpi = 300;
    static constexpr int MaxPages = InputLimits::DocumentPages;
    static constexpr qint64 MaxPixels = InputLimits::ReadPagePixels;
    static constexpr qint64 MaxPdfPixels = InputLimits::ReadPdfPagePixels;

    DocumentSource();
    ~DocumentSource();
    Q_DISABLE_COPY_MOVE(DocumentSource)

    // The error names the file and what is wrong with it (not an image, damaged,
    // password protected, no pages). A PDF is first opened by PdfOpenCheck, unless
    // the same bytes were opened by another DocumentSource already (a page task's
    // own copy).
    enum class PdfChecked
    {
        No,
        Yes
    };
    Status open(const QByteArray& bytes, const QString& name, PdfChecked checked = PdfChecked::No);
    // Whether a JPEG's compressed data ends with its end-of-image marker: a cut
    // JPEG decodes as a page half grey. Not checked by open(), so that one stored
    // earlier can still be shown.
    static bool isCompleteJpeg(const QByteArray& bytes);
    int pageCount() const { return m_pageCount; } // pages that will be read
    int pagesInDocument() const { return m_pagesInDocument; } // may be more than pageCount
    // "Only the first 100 of 500 pages were read (the limit).", or empty.
    QString pagesNotice() const;
    bool isPdf() const { return m_pdf != nullptr; }
    const QString& mimeType() const { return m_mimeType; } // as open() sniffed it
    Result<SourcePage> page(int index);

    // A page in colour for a person to look at, at most maxSide pixels on a side,
    // and the factor from the reading's coordinates (where extracted fields' boxes
    // are: the page as OCR saw it, a PDF at 300 DPI or less, see readingScale) to
    // the image's pixels.
    struct ViewPage
    {
        QImage image;
        double scale = 1.0;
    };
    Result<ViewPage> viewPage(int index, int maxSide);

    // The first page scaled to fit maxSide pixels, in colour and upright: for
    // thumbnails and reports. Null when the document cannot be opened.
    QImage thumbnail(int maxSide);

    // The MIME type sniffed from the content, not the name.
    static QString mimeTypeOf(const QByteArray& bytes, const QString& name);

private:
    // Pixels per point a PDF page is read at: 300 DPI, less on a page too large
    // for that; 0 for a page without a size.
    static double readingScale(QSizeF points);
    Result<SourcePage> pdfPage(int index);
    OcrPage textLayer(int index, const QString& text, double scale, QSize size, QString* notice);
    Result<SourcePage> imagePage(int index);

    QByteArray m_bytes;
    QString m_name;
    QString m_mimeType;
    int m_pageCount = 0;
    int m_pagesInDocument = 0;
    std::unique_ptr<QBuffer> m_buffer;
    std::unique_ptr<QPdfDocument> m_pdf;
};

} // namespace ClaimDesk

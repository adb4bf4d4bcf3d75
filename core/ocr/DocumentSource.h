#pragma once

#include "ocr/OcrTypes.h"
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
};

// The pages of an image (JPEG, PNG, WebP, TIFF; multi-page TIFF too) or a PDF,
// read one at a time so a long PDF never sits in memory at 300 DPI all at once.
// Not thread-safe: use one per thread.
class DocumentSource final
{
public:
    static constexpr int PdfDpi = 300;
    static constexpr int MaxPages = 100;
    // Larger images are read scaled down to this many pixels (memory stays bounded).
    static constexpr qint64 MaxPixels = 12'000'000;

    DocumentSource();
    ~DocumentSource();
    Q_DISABLE_COPY_MOVE(DocumentSource)

    // The error names the file and what is wrong with it (not an image, damaged,
    // password protected, no pages).
    Status open(const QByteArray& bytes, const QString& name);
    int pageCount() const { return m_pageCount; }
    bool isPdf() const { return m_pdf != nullptr; }
    Result<SourcePage> page(int index);

    // A page in colour for a person to look at, at most maxSide pixels on a side,
    // and the factor from the reading's coordinates (where extracted fields' boxes
    // are: the page as OCR saw it, a PDF at 300 DPI) to the image's pixels.
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
    Result<SourcePage> pdfPage(int index);
    Result<SourcePage> imagePage(int index);

    QByteArray m_bytes;
    QString m_name;
    int m_pageCount = 0;
    std::unique_ptr<QBuffer> m_buffer;
    std::unique_ptr<QPdfDocument> m_pdf;
};

} // namespace ClaimDesk

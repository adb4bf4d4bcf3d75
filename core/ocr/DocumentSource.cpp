#include "ocr/DocumentSource.h"

#include "ocr/OcrTr.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QMimeDatabase>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QRegularExpression>
#include <cmath>

namespace ClaimDesk {

namespace { } // namespace

DocumentSource::DocumentSource() = default;
DocumentSource::~DocumentSource()
{
    // the document reads from the buffer: close it first
    m_pdf.reset();
}

QString DocumentSource::mimeTypeOf(const QByteArray& bytes, const QString& name)
{
    return QMimeDatabase().mimeTypeForFileNameAndData(name, bytes).name();
}

Status DocumentSource::open(const QByteArray& bytes, const QString& name)
{
    m_pdf.reset();
    m_buffer.reset();
    m_bytes = bytes;
    m_name = name;
    m_pageCount = 0;
    if (bytes.isEmpty())
        return Status::failure(OcrTr::tr("%1 is empty.").arg(name));
    const QString mime = mimeTypeOf(bytes, name);
    if (mime == QLatin1String("application/pdf")) {
        m_buffer = std::make_unique<QBuffer>(&m_bytes);
        m_buffer->open(QIODevice::ReadOnly);
        m_pdf = std::make_unique<QPdfDocument>();
        m_pdf->load(m_buffer.get());
        switch (m_pdf->error()) {
        case QPdfDocument::Error::None:
            break;
        case QPdfDocument::Error::IncorrectPassword:
            return Status::failure(OcrTr::tr("%1 is a password-protected PDF.").arg(name));
        default:
            return Status::failure(
                OcrTr::tr("%1 is not a readable PDF (damaged or unsupported).").arg(name));
        }
        m_pageCount = std::min(m_pdf->pageCount(), MaxPages);
        if (m_pageCount == 0)
            return Status::failure(OcrTr::tr("%1 has no pages.").arg(name));
        return {};
    }
    QBuffer probe(&m_bytes);
    QImageReader reader(&probe);
    if (!reader.canRead())
        return Status::failure(
            OcrTr::tr("%1 is not an image ClaimDesk can read (%2).").arg(name, mime));
    m_pageCount = std::clamp(reader.imageCount(), 1, MaxPages);
    return {};
}

Result<SourcePage> DocumentSource::page(int index)
{
    if (index < 0 || index >= m_pageCount)
        return Result<SourcePage>::failure(
            OcrTr::tr("%1 has no page %2.").arg(m_name).arg(index + 1));
    return m_pdf ? pdfPage(index) : imagePage(index);
}

Result<SourcePage> DocumentSource::imagePage(int index)
{
    QBuffer buffer(&m_bytes);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // EXIF orientation: phone photos come sideways
    if (index > 0 && !reader.jumpToImage(index))
        return Result<SourcePage>::failure(
            OcrTr::tr("%1: page %2 cannot be read.").arg(m_name).arg(index + 1));
    // Bound memory on huge scans before decoding: 600 DPI A4 pages are read at
    // about 300 DPI, which is all OCR needs.
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > MaxPixels) {
        const double f = std::sqrt(double(MaxPixels) / (double(size.width()) * size.height()));
        reader.setScaledSize(size * f);
    }
    SourcePage page;
    if (!reader.read(&page.image) || page.image.isNull())
        return Result<SourcePage>::failure(OcrTr::tr("%1 is damaged or not a complete image: %2")
                                               .arg(m_name, reader.errorString()));
    // JFIF/TIFF resolution when the file states one; scanners do, cameras say 72
    const int dpi = int(std::lround(page.image.dotsPerMeterX() * 0.0254));
    page.dpi = dpi >= 100 && dpi <= 1200 ? dpi : 300;
    if (reader.scaledSize().isValid() && size.width() > 0)
        page.dpi = std::max(70, int(page.dpi * double(page.image.width()) / size.width()));
    return page;
}

Result<DocumentSource::ViewPage> DocumentSource::viewPage(int index, int maxSide)
{
    if (index < 0 || index >= m_pageCount)
        return Result<ViewPage>::failure(
            OcrTr::tr("%1 has no page %2.").arg(m_name).arg(index + 1));
    ViewPage view;
    if (m_pdf) {
        const QSizeF pixels = m_pdf->pagePointSize(index) * (PdfDpi / 72.0);
        if (pixels.isEmpty())
            return Result<ViewPage>::failure(
                OcrTr::tr("%1: page %2 cannot be rendered.").arg(m_name).arg(index + 1));
        view.scale = std::min(1.0, maxSide / std::max(pixels.width(), pixels.height()));
        view.image = m_pdf->render(index, (pixels * view.scale).toSize());
    } else {
        QBuffer buffer(&m_bytes);
        QImageReader reader(&buffer);
        reader.setAutoTransform(true);
        if (index > 0 && !reader.jumpToImage(index))
            return Result<ViewPage>::failure(
                OcrTr::tr("%1: page %2 cannot be read.").arg(m_name).arg(index + 1));
        const QSize size = reader.size();
        // The reading's size: the image, or its bounded-memory reduction (imagePage).
        double readingArea = size.isValid() ? double(size.width()) * size.height() : 0;
        readingArea = std::min(readingArea, double(MaxPixels));
        if (size.isValid() && std::max(size.width(), size.height()) > maxSide)
            reader.setScaledSize(size.scaled(maxSide, maxSide, Qt::KeepAspectRatio));
        if (!reader.read(&view.image) || view.image.isNull())
            return Result<ViewPage>::failure(OcrTr::tr("%1 is damaged or not a complete image: %2")
                                                 .arg(m_name, reader.errorString()));
        // Areas, not widths: the EXIF rotation may have swapped width and height.
        if (readingArea > 0)
            view.scale = std::sqrt(double(view.image.width()) * view.image.height() / readingArea);
    }
    if (view.image.isNull())
        return Result<ViewPage>::failure(
            OcrTr::tr("%1: page %2 cannot be rendered.").arg(m_name).arg(index + 1));
    return view;
}

QImage DocumentSource::thumbnail(int maxSide)
{
    if (m_pageCount == 0)
        return {};
    if (m_pdf) {
        const QSizeF points = m_pdf->pagePointSize(0);
        if (points.isEmpty())
            return {};
        return m_pdf->render(0, points.scaled(maxSide, maxSide, Qt::KeepAspectRatio).toSize());
    }
    QBuffer buffer(&m_bytes);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && std::max(size.width(), size.height()) > maxSide)
        reader.setScaledSize(size.scaled(maxSide, maxSide, Qt::KeepAspectRatio));
    QImage image = reader.read();
    // setScaledSize applies before the EXIF rotation; a rotated image may need a second fit.
    if (!image.isNull() && std::max(image.width(), image.height()) > maxSide)
        image = image.scaled(maxSide, maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return image;
}

Result<SourcePage> DocumentSource::pdfPage(int index)
{
    SourcePage page;
    page.dpi = PdfDpi;
    const QSizeF points = m_pdf->pagePointSize(index);
    const double scale = PdfDpi / 72.0;
    const QSize pixels = (points * scale).toSize();

    // A PDF with a text layer: its words, with boxes, instead of OCR.
    const QString text = m_pdf->getAllText(index).text();
    if (text.simplified().size() >= 20) {
        OcrPage layer;
        layer.index = index;
        layer.size = pixels;
        layer.fromTextLayer = true;
        static const QRegularExpression word(QStringLiteral("\\S+"));
        int line = 0;
        qsizetype scanned = 0;
        for (auto it = word.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            line += int(QStringView(text).mid(scanned, m.capturedStart() - scanned).count(u'\n'));
            scanned = m.capturedStart();
            const QPdfSelection sel = m_pdf->getSelectionAtIndex(
                index, int(m.capturedStart()), int(m.capturedLength()));
            QRectF r;
            for (const QPolygonF& poly : sel.bounds())
                r = r.united(poly.boundingRect());
            OcrWord w;
            w.text = m.captured();
            w.box = QRectF(r.topLeft() * scale, r.size() * scale).toAlignedRect();
            w.confidence = 1.0f;
            w.line = line;
            layer.words.append(w);
        }
        page.textLayer = layer;
        return page;
    }
    page.image = m_pdf->render(index, pixels).convertToFormat(QImage::Format_Grayscale8);
    if (page.image.isNull())
        return Result<SourcePage>::failure(
            OcrTr::tr("%1: page %2 cannot be rendered.").arg(m_name).arg(index + 1));
    return page;
}

} // namespace ClaimDesk

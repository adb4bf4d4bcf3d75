#include "ocr/DocumentSource.h"

#include "ocr/OcrTr.h"
#include "ocr/PdfOpenCheck.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>
#include <QMimeDatabase>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QRegularExpression>
#include <cmath>

namespace ClaimDesk {

namespace {

// Calls into the PDF engine per page for a text layer's word boxes: each call
// loads the whole page again, so one per word is quadratic in the page's words.
// Up to ExactWords words a page gets one call per word (exact boxes, under half a
// second); past that at most SelectionsPerPage calls, one per line or run of lines.
constexpr int ExactWords = 400;
constexpr int SelectionsPerPage = 200;

struct LayerWord
{
    qsizetype start = 0;
    qsizetype length = 0;
    int line = 0;
};

// The words of a page's text, with their line numbers, at most `limit` of them.
QList<LayerWord> wordsOf(const QString& text, int limit, bool* cut)
{
    static const QRegularExpression word(QStringLiteral("\\S+"));
    QList<LayerWord> words;
    int line = 0;
    qsizetype scanned = 0;
    *cut = false;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (words.size() == limit) {
            *cut = true;
            break;
        }
        line += int(QStringView(text).mid(scanned, m.capturedStart() - scanned).count(u'\n'));
        scanned = m.capturedStart();
        words.append({ m.capturedStart(), m.capturedLength(), line });
    }
    return words;
}

// True when a JPEG's compressed data ends with its end-of-image marker. The
// decoder fills a cut-off JPEG with grey and reports success; such a scan would
// be read (and classified) as half a page. Segments before the first scan are
// skipped by their lengths (an EXIF thumbnail there has an end marker of its
// own); inside scans 0xFF is always followed by 0x00 or a restart marker, so the
// first FF D9 after the first scan is the image's end.
} // namespace

bool DocumentSource::isCompleteJpeg(const QByteArray& bytes)
{
    qsizetype at = 2; // after the start-of-image marker
    while (at + 4 <= bytes.size()) {
        if (uchar(bytes[at]) != 0xFF)
            return false;
        const uchar marker = uchar(bytes[at + 1]);
        if (marker == 0xFF) { // fill byte
            ++at;
            continue;
        }
        if (marker == 0xDA) // start of scan
            return bytes.indexOf(QByteArrayView("\xFF\xD9"), at) >= 0;
        const int length = (uchar(bytes[at + 2]) << 8) | uchar(bytes[at + 3]);
        at += 2 + length;
    }
    return false;
}

namespace {

QRectF unite(const QList<QPolygonF>& polygons)
{
    QRectF r;
    for (const QPolygonF& poly : polygons)
        r = r.united(poly.boundingRect());
    return r;
}

// Boxes for words [first, last] of one line inside the line's box, in proportion
// to their characters' offsets: exact for fixed-pitch print, close otherwise.
void spreadOverLine(
    const QList<LayerWord>& words, int first, int last, const QRectF& line, QList<QRectF>& boxes)
{
    const qsizetype from = words[first].start;
    const qsizetype to = words[last].start + words[last].length;
    const double perChar = line.width() / double(std::max<qsizetype>(1, to - from));
    for (int i = first; i <= last; ++i)
        boxes[i] = QRectF(line.left() + perChar * double(words[i].start - from), line.top(),
            perChar * double(words[i].length), line.height());
}

} // namespace

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

Status DocumentSource::open(const QByteArray& bytes, const QString& name, PdfChecked checked)
{
    m_pdf.reset();
    m_buffer.reset();
    m_bytes = bytes;
    m_name = name;
    m_pageCount = 0;
    m_pagesInDocument = 0;
    if (bytes.isEmpty())
        return Status::failure(OcrTr::tr("%1 is empty.").arg(name));
    const QString mime = mimeTypeOf(bytes, name);
    m_mimeType = mime;
    if (mime == QLatin1String("application/pdf")) {
        if (checked == PdfChecked::No) {
            if (Status s = PdfOpenCheck::check(bytes, name); !s)
                return s;
        }
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
        m_pagesInDocument = m_pdf->pageCount();
        m_pageCount = std::min(m_pagesInDocument, MaxPages);
        if (m_pageCount <= 0)
            return Status::failure(OcrTr::tr("%1 has no pages.").arg(name));
        return {};
    }
    QBuffer probe(&m_bytes);
    QImageReader reader(&probe);
    if (!reader.canRead())
        return Status::failure(
            OcrTr::tr("%1 is not an image ClaimDesk can read (%2).").arg(name, mime));

    // From the header, before anything is decoded: a small file may claim a
    // huge image, and decoding it would take minutes and gigabytes.
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > InputLimits::StoredPagePixels)
        return Status::failure(Error::of(ErrorKind::Invalid,
            OcrTr::tr("%1 is %2 x %3 pixels, more than the limit of %4 million pixels a page.")
                .arg(name)
                .arg(size.width())
                .arg(size.height())
                .arg(InputLimits::StoredPagePixels / 1'000'000)));
    m_pagesInDocument = std::max(1, reader.imageCount());
    m_pageCount = std::min(m_pagesInDocument, MaxPages);
    return {};
}

QString DocumentSource::pagesNotice() const
{
    if (m_pagesInDocument <= m_pageCount)
        return {};
    return OcrTr::tr("Only the first %1 of %2 pages were read (the limit for one document).")
        .arg(m_pageCount)
        .arg(m_pagesInDocument);
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
    reader.setAllocationLimit(InputLimits::DecoderMegabytes);
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
        const QSizeF points = m_pdf->pagePointSize(index);
        const QSizeF pixels = points * readingScale(points);
        if (pixels.isEmpty())
            return Result<ViewPage>::failure(
                OcrTr::tr("%1: page %2 cannot be rendered.").arg(m_name).arg(index + 1));
        view.scale = std::min(1.0, maxSide / std::max(pixels.width(), pixels.height()));
        view.image = m_pdf->render(index, (pixels * view.scale).toSize());
    } else {
        QBuffer buffer(&m_bytes);
        QImageReader reader(&buffer);
        reader.setAllocationLimit(InputLimits::DecoderMegabytes);
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
    reader.setAllocationLimit(InputLimits::DecoderMegabytes);
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

double DocumentSource::readingScale(QSizeF points)
{
    if (!(points.width() > 0 && points.height() > 0))
        return 0;
    // A page box of 200 inches square at 300 DPI would be 3.6 billion pixels:
    // large pages are read at a lower DPI instead.
    double scale = PdfDpi / 72.0;
    const double pixels = points.width() * points.height() * scale * scale;
    if (pixels > double(MaxPdfPixels))
        scale *= std::sqrt(double(MaxPdfPixels) / pixels);
    return scale;
}

Result<SourcePage> DocumentSource::pdfPage(int index)
{
    SourcePage page;
    const QSizeF points = m_pdf->pagePointSize(index);
    const double scale = readingScale(points);
    if (scale <= 0)
        return Result<SourcePage>::failure(
            OcrTr::tr("%1: page %2 has no size.").arg(m_name).arg(index + 1));
    page.dpi = std::max(1, int(std::lround(scale * 72.0)));
    const QSize size = (points * scale).toSize().expandedTo(QSize(1, 1));

    // A PDF with a text layer: its words, with boxes, instead of OCR.
    const QString text = m_pdf->getAllText(index).text();
    if (text.simplified().size() >= 20) {
        page.textLayer = textLayer(index, text, scale, size, &page.notice);
        return page;
    }
    page.image = m_pdf->render(index, size).convertToFormat(QImage::Format_Grayscale8);
    if (page.image.isNull())
        return Result<SourcePage>::failure(
            OcrTr::tr("%1: page %2 cannot be rendered.").arg(m_name).arg(index + 1));
    return page;
}

// One selection per word while the page has few words (exact boxes); else one per
// line, or per run of lines, with the words spread over their line's box, so a
// page costs at most SelectionsPerPage calls whatever its words.
OcrPage DocumentSource::textLayer(
    int index, const QString& text, double scale, QSize size, QString* notice)
{
    bool cut = false;
    const QList<LayerWord> words = wordsOf(text, InputLimits::TextLayerWordsPerPage, &cut);
    if (cut)
        *notice = OcrTr::tr("Page %1: only the first %2 words of its text were read (the limit "
                            "for one page).")
                      .arg(index + 1)
                      .arg(InputLimits::TextLayerWordsPerPage);
    QList<QRectF> boxes(words.size());
    auto select = [&](int first, int last) {
        const qsizetype from = words[first].start;
        const qsizetype to = words[last].start + words[last].length;
        return m_pdf->getSelectionAtIndex(index, int(from), int(to - from)).bounds();
    };
    if (words.size() <= ExactWords) {
        for (int i = 0; i < words.size(); ++i)
            boxes[i] = unite(select(i, i));
    } else {
        // lines as [first word, last word]
        QList<std::pair<int, int>> lines;
        for (int i = 0; i < words.size(); ++i) {
            if (lines.isEmpty() || words[i].line != words[lines.last().first].line)
                lines.append({ i, i });
            lines.last().second = i;
        }
        const qsizetype perCall = (lines.size() + SelectionsPerPage - 1) / SelectionsPerPage;
        for (qsizetype l = 0; l < lines.size(); l += perCall) {
            const qsizetype n = std::min(perCall, lines.size() - l);
            const QList<QPolygonF> runs = select(lines[l].first, lines[l + n - 1].second);
            const QRectF all = unite(runs);
            for (qsizetype k = 0; k < n; ++k) {
                // one run per line as a rule; else the lines share the box's height
                const QRectF line = runs.size() == n
                    ? runs[k].boundingRect()
                    : QRectF(all.left(), all.top() + all.height() * double(k) / n, all.width(),
                        all.height() / n);
                spreadOverLine(words, lines[l + k].first, lines[l + k].second, line, boxes);
            }
        }
    }
    OcrPage layer;
    layer.index = index;
    layer.size = size;
    layer.fromTextLayer = true;
    layer.words.reserve(words.size());
    for (int i = 0; i < words.size(); ++i) {
        OcrWord w;
        w.text = text.mid(words[i].start, words[i].length);
        w.box = QRectF(boxes[i].topLeft() * scale, boxes[i].size() * scale).toAlignedRect();
        w.confidence = 1.0f;
        w.line = words[i].line;
        layer.words.append(w);
    }
    return layer;
}

} // namespace ClaimDesk

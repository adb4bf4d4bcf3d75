#include "ocr/LineRereader.h"

#include "ocr/TesseractEngine.h"

#include <QMutex>
#include <algorithm>
#include <optional>

namespace ClaimDesk {

namespace {

// Rows shorter than this are enlarged first: Tesseract's line recogniser reads
// small print (a 15 px name) better a little larger.
constexpr int MinRowHeight = 24;

} // namespace

LineRereader::LineRereader(const QImage& page, int pageIndex, QList<TesseractEngine*> engines)
    : m_page(page)
    , m_pageIndex(pageIndex)
{
    for (TesseractEngine* engine : engines)
        addEngine(engine);
}

void LineRereader::addEngine(TesseractEngine* engine, QMutex* guard)
{
    if (engine)
        m_engines.append({ engine, guard });
}

QList<OcrWord> LineRereader::read(const QRect& box, int engineIndex) const
{
    if (engineIndex < 0 || engineIndex >= m_engines.size())
        return {};
    std::optional<QMutexLocker<QMutex>> lock;
    if (m_engines[engineIndex].guard)
        lock.emplace(m_engines[engineIndex].guard);
    TesseractEngine& engine = *m_engines[engineIndex].engine;
    if (m_page.isNull() || !engine.isReady() || box.isEmpty())
        return {};
    // room around the row for the recogniser, not so much that the rows above
    // and below come in
    const int pad = std::max(4, box.height() / 3);
    const QRect area = box.adjusted(-pad, -pad, pad, pad).intersected(m_page.rect());
    if (area.width() < 8 || area.height() < 8)
        return {};
    // only the row is converted: most documents never have a row read again
    QImage crop = m_page.copy(area).convertToFormat(QImage::Format_Grayscale8);
    double scale = 1.0;
    if (box.height() < MinRowHeight) {
        scale = double(MinRowHeight) / std::max(1, box.height());
        crop = crop.scaled(int(crop.width() * scale), int(crop.height() * scale),
            Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    }
    const TesseractEngine::Layout before = engine.layout();
    engine.setLayout(TesseractEngine::Layout::SingleLine);
    auto words = engine.recognize(crop, int(300 * scale));
    engine.setLayout(before);
    if (!words)
        return {};
    QList<OcrWord> out = std::move(words.value());
    for (OcrWord& w : out) {
        const QRectF r(
            w.box.x() / scale, w.box.y() / scale, w.box.width() / scale, w.box.height() / scale);
        w.box = r.toAlignedRect().translated(area.topLeft()).intersected(m_page.rect());
        w.line = 0;
        w.block = 0;
    }
    return out;
}

} // namespace ClaimDesk

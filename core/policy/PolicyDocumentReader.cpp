#include "PolicyDocumentReader.h"

#include "extract/DocumentReader.h"
#include "ocr/DocumentSource.h"
#include "ocr/PdfOpenCheck.h"
#include "ocr/TesseractEngine.h"
#include "policy/PolicyTr.h"
#include "util/Median.h"
#include "util/Text.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPdfDocument>
#include <QPdfSelection>
#include <QRegularExpression>
#include <algorithm>
#include <climits>

namespace ClaimDesk {

namespace {

struct Line
{
    QStringList words;
    int left = 0;
    int height = 0;
};

QList<Line> linesOf(const OcrPage& page)
{
    QList<Line> lines;
    int block = -1;
    int number = -1;
    for (const OcrWord& w : page.words) {
        if (w.text.trimmed().isEmpty())
            continue;
        if (lines.isEmpty() || w.block != block || w.line != number) {
            lines.append({ {}, w.box.left(), 0 });
            block = w.block;
            number = w.line;
        }
        Line& l = lines.last();
        l.words << w.text;
        l.left = std::min(l.left, w.box.left());
        l.height = std::max(l.height, w.box.height());
    }
    return lines;
}

// What OCR makes of a bullet ("•" read as "e", "«", "©", or with Thai loaded
// as "๑"): a lone symbol, lowercase letter or Thai character before a
// capitalised Latin word.
bool isBulletGlyph(const QStringList& words)
{
    if (words.size() < 2 || words[0].size() != 1 || !words[1].front().isUpper())
        return false;
    const QChar c = words[0].front();
    return c.isLower() || Text::isThai(c) || (!c.isLetterOrNumber() && c != u'(' && c != u'"');
}

bool endsSentence(const QString& line)
{
    return line.endsWith(u'.') || line.endsWith(u':') || line.endsWith(u';') || line.endsWith(u')');
}

// A lone symbol between words that may be an arrow as OCR read it: "->", "—>",
// "»" surely are; "—", "=", "+" are when the line has another one.
const QRegularExpression ArrowLike(QStringLiteral("^[-—–=~+>»›→]{1,3}$"));
const QRegularExpression SurelyArrow(QStringLiteral("[>»›→]"));

void normaliseArrows(QStringList& words)
{
    QList<int> candidates;
    bool sure = false;
    for (int i = 1; i + 1 < words.size(); ++i) { // between words, never first or last
        if (ArrowLike.match(words[i]).hasMatch()) {
            candidates << i;
            sure = sure || SurelyArrow.match(words[i]).hasMatch();
        }
    }
    if (!sure && candidates.size() < 2)
        return;
    for (int i : candidates)
        words[i] = QStringLiteral("→");
}

// The left edge where this line's neighbours start their sentences: the page
// margin near it, so that a slightly rotated scan does not make lines far down
// the page look indented.
int marginNear(const QList<Line>& lines, int index)
{
    constexpr int Window = 6;
    int margin = INT_MAX;
    for (int i = std::max(0, index - Window); i < std::min(int(lines.size()), index + Window + 1);
         ++i) {
        if (lines[i].words.size() >= 3) // where sentences start, not a page number
            margin = std::min(margin, lines[i].left);
    }
    return margin == INT_MAX ? lines[index].left : margin;
}

} // namespace

QString PolicyDocumentReader::pageText(const OcrPage& page)
{
    const QList<Line> lines = linesOf(page);
    QList<int> heights;
    for (const Line& l : lines)
        heights << l.height;
    const int lineHeight = std::max(1, median(heights));
    QStringList out;
    for (int index = 0; index < lines.size(); ++index) {
        const Line& l = lines[index];
        QStringList words = l.words;
        QString prefix;
        if (isBulletGlyph(words)) {
            words.removeFirst();
            prefix = QStringLiteral("- ");
        } else if (words.first() == u"•" || words.first() == u"-") {
            words.removeFirst();
            prefix = QStringLiteral("- ");
        }
        normaliseArrows(words);
        const QString text = words.join(u' ');
        // A wrapped line: it goes on in lower case where the one above did not
        // end a sentence.
        if (prefix.isEmpty() && !out.isEmpty() && text.front().isLower()
            && !endsSentence(out.last())) {
            out.last() += u' ' + text;
            continue;
        }
        // Indented by more than a letter past the margin (as under a bullet's
        // text): an example line, which the chunker attaches to the rule above.
        const bool indented
            = prefix.isEmpty() && l.left - marginNear(lines, int(index)) > lineHeight / 2;
        out << (indented ? QStringLiteral("  ") : QString()) + prefix + text;
    }
    return out.join(u'\n');
}

Result<QString> PolicyDocumentReader::pdfTextLayer(const QByteArray& pdf, const QString& name)
{
    if (Status checked = PdfOpenCheck::check(pdf, name); !checked)
        return Result<QString>::failure(checked.errorDetail());
    QBuffer buffer;
    buffer.setData(pdf);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    if (document.status() != QPdfDocument::Status::Ready)
        return Result<QString>::failure(
            PolicyTr::tr("%1: the PDF cannot be read (damaged or password-protected)").arg(name));
    QString text;
    for (int page = 0; page < document.pageCount(); ++page)
        text += document.getAllText(page).text() + u'\n';
    return text.trimmed().isEmpty() ? QString() : text;
}

Result<PolicyText> PolicyDocumentReader::read(const QByteArray& bytes, const QString& name,
    const std::atomic_bool* cancel, const Progress& progress)
{
    using R = Result<PolicyText>;
    const QString mime = DocumentSource::mimeTypeOf(bytes, name);
    const bool pdf = bytes.startsWith("%PDF");
    if (pdf) {
        auto layer = pdfTextLayer(bytes, name);
        if (!layer)
            return R::failure(layer.errorDetail());
        if (!layer->isEmpty())
            return PolicyText { layer->toUtf8(), 0, false, 1.0 };
    } else if (!mime.startsWith(u"image/")) {
        return PolicyText { bytes, 0, false, 1.0 }; // text; importText checks its encoding
    }

    // A scan: read each page as the document pipeline reads a claim's pages.
    DocumentSource source;
    if (auto s = source.open(bytes, name); !s)
        return R::failure(s.errorDetail());
    const QStringList installed = TesseractEngine::installedLanguages();
    TesseractEngine engine(
        installed.contains(u"tha") ? QStringLiteral("eng+tha") : QStringLiteral("eng"));
    engine.setLayout(TesseractEngine::Layout::Automatic); // headings, columns, paragraphs
    if (auto s = engine.init(); !s)
        return R::failure(s.errorDetail());
    const DocumentReader reader;
    PolicyText text;
    text.ocr = true;
    text.pages = source.pageCount();
    QStringList pages;
    double confidence = 0;
    int words = 0;
    for (int i = 0; i < source.pageCount(); ++i) {
        if (progress)
            progress(i, source.pageCount());
        if (cancel && cancel->load())
            return R::failure(PolicyTr::tr("%1: reading cancelled").arg(name));
        auto page = source.page(i);
        if (!page)
            return R::failure(page.errorDetail());
        StageTimes times;
        QString error;
        const OcrPage ocr = reader.recognize(*page, i, &engine, cancel, times, &error);
        if (cancel && cancel->load())
            return R::failure(PolicyTr::tr("%1: reading cancelled").arg(name));
        if (!error.isEmpty())
            return R::failure(PolicyTr::tr("%1, page %2: %3").arg(name).arg(i + 1).arg(error));
        pages << (ocr.fromTextLayer ? ocr.text() : pageText(ocr));
        for (const OcrWord& w : ocr.words)
            confidence += w.confidence;
        words += int(ocr.words.size());
    }
    if (progress)
        progress(source.pageCount(), source.pageCount());
    if (words == 0)
        return R::failure(PolicyTr::tr("%1: no text could be read from the scan").arg(name));
    text.meanConfidence = confidence / words;
    text.utf8 = pages.join(u'\n').toUtf8();
    return text;
}

} // namespace ClaimDesk

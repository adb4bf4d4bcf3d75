#include "extract/ReceiptRows.h"

#include "ocr/LineRereader.h"

#include <algorithm>

namespace ClaimDesk {

namespace ReceiptText {

QRegularExpression pattern(const char* text)
{
    return QRegularExpression(QString::fromUtf8(text),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
}

bool has(const QString& text, const QRegularExpression& pattern)
{
    return pattern.match(text).hasMatch();
}

const QRegularExpression Letters = pattern("[A-Za-z\\x{0E00}-\\x{0E7F}]{3}");
const QRegularExpression DateLabel = pattern("(DATE|TARIKH|\\bDT\\b|วันที่|ว/ด/ป)");

ExtractedField field(const QString& name, const QString& value, const QString& printed,
    double confidence, const LayoutRow& row, const OcrPage& page, qsizetype start, qsizetype length)
{
    ExtractedField f;
    f.name = name;
    f.value = value;
    f.printedText = printed;
    f.confidence = std::clamp(confidence, 0.0, 1.0);
    f.page = page.index;
    f.box = row.boxOf(page, start, length);
    return f;
}

} // namespace ReceiptText

ReceiptRows::ReceiptRows(const QList<OcrPage>& pages, const LineRereader* rereader)
    : rereader(rereader)
{
    for (const OcrPage& p : pages) {
        for (LayoutRow& r : TextLayout::rows(p)) {
            rows.append(std::move(r));
            pageOf.append(&p);
        }
    }
    if (rows.isEmpty())
        return;
    QList<int> heights;
    for (const LayoutRow& r : std::as_const(rows))
        heights.append(r.height);
    std::sort(heights.begin(), heights.end());
    medianHeight = std::max(1, heights[heights.size() / 2]);
}

std::optional<SecondReading> ReceiptRows::readAgain(int i) const
{
    if (!rereader || rereader->pageIndex() != pageOf[i]->index)
        return std::nullopt;
    SecondReading second;
    second.page.index = pageOf[i]->index;
    second.page.size = pageOf[i]->size;
    second.page.words = rereader->read(rows[i].box);
    if (second.page.words.isEmpty())
        return std::nullopt;
    second.row = TextLayout::singleRow(second.page);
    return second;
}

QString SecondReading::mergedWith(const LayoutRow& first, const OcrPage& firstPage) const
{
    struct Placed
    {
        int x;
        QString text;
    };
    QList<Placed> out;
    QList<bool> used(row.words.size(), false);
    auto overlap = [](const QRect& a, const QRect& b) {
        const int common = std::min(a.right(), b.right()) - std::max(a.left(), b.left());
        return common > std::min(a.width(), b.width()) / 2;
    };
    for (int idx : first.words) {
        const OcrWord& w = firstPage.words[idx];
        int match = -1;
        int matches = 0;
        for (int j = 0; j < row.words.size(); ++j) {
            if (overlap(w.box, page.words[row.words[j]].box)) {
                match = j;
                ++matches;
            }
        }
        QString text = w.text;
        if (matches == 1) {
            const OcrWord& v = page.words[row.words[match]];
            used[match] = true;
            if (v.confidence > w.confidence)
                text = v.text;
        }
        out.append({ w.box.left(), text });
    }
    for (int j = 0; j < row.words.size(); ++j) {
        const OcrWord& v = page.words[row.words[j]];
        bool overlapsAny = false;
        for (int idx : first.words)
            overlapsAny = overlapsAny || overlap(firstPage.words[idx].box, v.box);
        if (!used[j] && !overlapsAny && v.confidence >= 0.8)
            out.append({ v.box.left(), v.text });
    }
    std::sort(out.begin(), out.end(), [](const Placed& a, const Placed& b) { return a.x < b.x; });
    QStringList words;
    for (const Placed& p : std::as_const(out))
        words << p.text;
    return words.join(QLatin1Char(' '));
}

} // namespace ClaimDesk

#include "extract/ReceiptRows.h"

#include "ocr/LineRereader.h"
#include "util/Median.h"
#include "util/Text.h"

#include <QHash>
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
    medianHeight = std::max(1, median(heights));
}

namespace {

std::optional<SecondReading> readRow(
    const LineRereader* rereader, const LayoutRow& row, const OcrPage& page, int engine)
{
    if (!rereader || rereader->pageIndex() != page.index)
        return std::nullopt;
    SecondReading second;
    second.page.index = page.index;
    second.page.size = page.size;
    second.page.words = rereader->read(row.box, engine);
    if (second.page.words.isEmpty())
        return std::nullopt;
    second.row = TextLayout::singleRow(second.page);
    return second;
}

} // namespace

void ReceiptRows::readAgainByAll(int i, const std::function<bool(const SecondReading&)>& take) const
{
    for (int engine = 0; rereader && engine < rereader->engineCount(); ++engine) {
        const auto second = readRow(rereader, rows[i], *pageOf[i], engine);
        if (!second) {
            if (engine == 0)
                return;
            continue;
        }
        if (!take(*second))
            return;
    }
}

namespace {

// The reading with most weight, a reading weighing its confidence (two readings
// by the same model agree more often than they are right); among readings of
// one length, letter by letter. A word the other readings do not even come close
// to, read with little confidence by all, is a scrap of a logo or a stamp: dropped.
QString vote(const QList<OcrWord>& readings)
{
    QHash<QString, double> weight;
    QHash<QString, int> count;
    for (const OcrWord& w : readings) {
        weight[w.text] += std::max(0.05, double(w.confidence));
        ++count[w.text];
    }
    QString best;
    double bestWeight = -1;
    int bestCount = 0;
    for (auto it = weight.cbegin(); it != weight.cend(); ++it) {
        if (it.value() > bestWeight) {
            best = it.key();
            bestWeight = it.value();
            bestCount = count.value(it.key());
        }
    }
    const double surest = std::max_element(
        readings.begin(), readings.end(), [](const OcrWord& a, const OcrWord& b) {
            return a.confidence < b.confidence;
        })->confidence;
    if (readings.size() >= 3 && bestCount == 1 && surest < 0.55) {
        const QString& first = readings.first().text;
        const bool echoed
            = std::any_of(readings.begin() + 1, readings.end(), [&](const OcrWord& w) {
                  // a word of three letters or fewer is echoed only by itself
                  const int near = int(first.size() / 4);
                  return Text::editDistance(first.toUpper(), w.text.toUpper(), near) <= near;
              });
        if (!echoed)
            return {};
    }
    const qsizetype length = readings.first().text.size();
    const bool oneLength = readings.size() >= 3
        && std::all_of(readings.begin(), readings.end(),
            [&](const OcrWord& w) { return w.text.size() == length; });
    if (!oneLength || bestCount * 2 > readings.size())
        return best;
    QString out = best;
    for (qsizetype i = 0; i < length; ++i) {
        QHash<QChar, double> letters;
        for (const OcrWord& w : readings)
            letters[w.text[i]] += std::max(0.05, double(w.confidence));
        double most = -1;
        for (auto it = letters.cbegin(); it != letters.cend(); ++it) {
            if (it.value() > most) {
                most = it.value();
                out[i] = it.key();
            }
        }
    }
    return out;
}

bool overlaps(const QRect& a, const QRect& b)
{
    const int common = std::min(a.right(), b.right()) - std::max(a.left(), b.left());
    return common > std::min(a.width(), b.width()) / 2;
}

} // namespace

QString votedText(
    const LayoutRow& first, const OcrPage& firstPage, const QList<SecondReading>& others)
{
    struct Placed
    {
        int x;
        QString text;
    };
    QList<Placed> out;
    for (int idx : first.words) {
        const OcrWord& w = firstPage.words[idx];
        QList<OcrWord> readings { w };
        for (const SecondReading& other : others) {
            const OcrWord* match = nullptr;
            int matches = 0;
            for (int j : other.row.words) {
                if (overlaps(w.box, other.page.words[j].box)) {
                    match = &other.page.words[j];
                    ++matches;
                }
            }
            if (matches == 1)
                readings.append(*match);
        }
        if (const QString voted = vote(readings); !voted.isEmpty())
            out.append({ w.box.left(), voted });
    }
    // a word the first reading missed
    if (!others.isEmpty()) {
        const SecondReading& second = others.first();
        for (int j : second.row.words) {
            const OcrWord& v = second.page.words[j];
            const bool placed = std::any_of(first.words.begin(), first.words.end(),
                [&](int idx) { return overlaps(firstPage.words[idx].box, v.box); });
            if (!placed && v.confidence >= 0.8)
                out.append({ v.box.left(), v.text });
        }
    }
    std::sort(out.begin(), out.end(), [](const Placed& a, const Placed& b) { return a.x < b.x; });
    QStringList words;
    for (const Placed& p : std::as_const(out))
        words << p.text;
    return words.join(QLatin1Char(' '));
}

} // namespace ClaimDesk

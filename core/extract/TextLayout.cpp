#include "extract/TextLayout.h"

#include "util/Median.h"

#include <QHash>
#include <algorithm>
#include <cmath>

namespace ClaimDesk {

int LayoutRow::wordAt(qsizetype pos) const
{
    for (int i = int(starts.size()) - 1; i >= 0; --i) {
        if (pos >= starts[i])
            return i;
    }
    return 0;
}

QRect LayoutRow::boxOf(const OcrPage& page, qsizetype start, qsizetype length) const
{
    if (words.isEmpty())
        return {};
    QRect r;
    const int first = wordAt(start);
    const int last = wordAt(start + std::max<qsizetype>(length, 1) - 1);
    for (int i = first; i <= last; ++i)
        r = r.united(page.words[words[i]].box);
    return r;
}

double LayoutRow::confidenceOf(const OcrPage& page, qsizetype start, qsizetype length) const
{
    if (words.isEmpty())
        return 0;
    const int first = wordAt(start);
    const int last = wordAt(start + std::max<qsizetype>(length, 1) - 1);
    double sum = 0;
    for (int i = first; i <= last; ++i)
        sum += page.words[words[i]].confidence;
    return sum / (last - first + 1);
}

namespace {

// The slope of the text lines on the page (dy per dx), from the lines OCR found:
// boxes are in the page's own pixels, so on a page scanned a degree askew a row's
// right end sits 10 px lower than its left over 600 px.
double lineSlope(const OcrPage& page, const QHash<QPair<int, int>, QList<int>>& lines)
{
    QList<double> slopes;
    for (const QList<int>& line : lines) {
        if (line.size() < 2)
            continue;
        const QRect first = page.words[line.first()].box;
        const QRect last = page.words[line.last()].box;
        const double dx = last.center().x() - first.center().x();
        if (dx < 4.0 * std::max(first.height(), last.height()))
            continue;
        slopes.append((last.center().y() - first.center().y()) / dx);
    }
    if (slopes.size() < 3)
        return 0;
    const double slope = median(slopes);
    return std::abs(slope) < 0.2 ? slope : 0;
}

// Orders a row's words left to right and fills in its text, box, height and
// confidence from them.
void completeRow(LayoutRow& row, const OcrPage& page)
{
    std::sort(row.words.begin(), row.words.end(),
        [&](int a, int b) { return page.words[a].box.left() < page.words[b].box.left(); });
    QList<int> heights;
    double conf = 0;
    for (int idx : std::as_const(row.words)) {
        const OcrWord& w = page.words[idx];
        if (!row.text.isEmpty())
            row.text += QLatin1Char(' ');
        row.starts.append(row.text.size());
        row.text += w.text;
        row.box = row.box.united(w.box);
        heights.append(w.box.height());
        conf += w.confidence;
    }
    row.height = median(heights);
    row.confidence = row.words.isEmpty() ? 0 : conf / row.words.size();
}

} // namespace

LayoutRow TextLayout::singleRow(const OcrPage& page)
{
    LayoutRow row;
    row.page = page.index;
    for (int i = 0; i < page.words.size(); ++i)
        row.words.append(i);
    completeRow(row, page);
    return row;
}

QList<LayoutRow> TextLayout::rows(const OcrPage& page)
{
    // OCR's own lines are kept whole; lines that share a baseline (a label in one
    // block, its amount far right in another) are then joined into one row,
    // comparing heights along the page's slope.
    QHash<QPair<int, int>, QList<int>> lines;
    QList<QPair<int, int>> lineOrder;
    for (int i = 0; i < page.words.size(); ++i) {
        const QPair<int, int> key(page.words[i].block, page.words[i].line);
        auto it = lines.find(key);
        if (it == lines.end()) {
            lineOrder.append(key);
            it = lines.insert(key, {});
        }
        it->append(i);
    }
    const double slope = lineSlope(page, lines);

    struct Open
    {
        LayoutRow row;
        double centerY = 0; // along the slope, at x = 0
        double height = 0;
    };
    struct Unit
    {
        QList<int> words;
        double centerY = 0;
        double height = 0;
    };
    QList<Unit> units;
    for (const auto& key : std::as_const(lineOrder)) {
        Unit u;
        u.words = lines.value(key);
        QList<double> centers;
        QList<double> heights;
        for (int idx : std::as_const(u.words)) {
            const QRect& b = page.words[idx].box;
            centers.append(b.center().y() - slope * b.center().x());
            // Punctuation and dots are short; do not let them define a row's height.
            heights.append(std::max(b.height(), 6));
        }
        u.centerY = median(centers);
        u.height = median(heights);
        units.append(u);
    }
    std::sort(units.begin(), units.end(),
        [](const Unit& a, const Unit& b) { return a.centerY < b.centerY; });

    QList<Open> open;
    for (const Unit& u : std::as_const(units)) {
        int best = -1;
        double bestDistance = 0;
        for (int r = 0; r < open.size(); ++r) {
            const double d = std::abs(open[r].centerY - u.centerY);
            const double tolerance = 0.5 * std::min(open[r].height, u.height) + 1;
            if (d <= tolerance && (best < 0 || d < bestDistance)) {
                best = r;
                bestDistance = d;
            }
        }
        if (best < 0) {
            Open o;
            o.row.page = page.index;
            o.centerY = u.centerY;
            o.height = u.height;
            open.append(o);
            best = int(open.size()) - 1;
        }
        Open& o = open[best];
        const double n = double(o.row.words.size());
        const double m = double(u.words.size());
        o.row.words += u.words;
        o.centerY = (o.centerY * n + u.centerY * m) / (n + m);
        o.height = (o.height * n + u.height * m) / (n + m);
    }

    std::sort(open.begin(), open.end(),
        [](const Open& a, const Open& b) { return a.centerY < b.centerY; });
    QList<LayoutRow> out;
    out.reserve(open.size());
    for (Open& o : open) {
        completeRow(o.row, page);
        out.append(std::move(o.row));
    }
    return out;
}

} // namespace ClaimDesk

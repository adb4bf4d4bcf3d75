#include "extract/TextLayout.h"

#include <algorithm>

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

QList<LayoutRow> TextLayout::rows(const OcrPage& page)
{
    struct Open
    {
        LayoutRow row;
        double centerY = 0;
        double height = 0;
    };
    QList<int> order(page.words.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return page.words[a].box.center().y() < page.words[b].box.center().y();
    });

    QList<Open> open;
    for (int idx : std::as_const(order)) {
        const QRect& b = page.words[idx].box;
        const double cy = b.center().y();
        // Punctuation and dots are short; do not let them define a row's height.
        const double h = std::max(b.height(), 6);
        int best = -1;
        double bestDistance = 0;
        for (int r = 0; r < open.size(); ++r) {
            const double d = std::abs(open[r].centerY - cy);
            const double tolerance = 0.5 * std::min(open[r].height, h) + 1;
            if (d <= tolerance && (best < 0 || d < bestDistance)) {
                best = r;
                bestDistance = d;
            }
        }
        if (best < 0) {
            Open o;
            o.row.page = page.index;
            o.centerY = cy;
            o.height = h;
            open.append(o);
            best = int(open.size()) - 1;
        }
        Open& o = open[best];
        const int n = int(o.row.words.size());
        o.row.words.append(idx);
        o.centerY = (o.centerY * n + cy) / (n + 1);
        o.height = (o.height * n + h) / (n + 1);
    }

    QList<LayoutRow> out;
    out.reserve(open.size());
    for (Open& o : open) {
        LayoutRow& row = o.row;
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
        std::sort(heights.begin(), heights.end());
        row.height = heights.isEmpty() ? 0 : heights[heights.size() / 2];
        row.confidence = row.words.isEmpty() ? 0 : conf / row.words.size();
        out.append(row);
    }
    std::sort(out.begin(), out.end(), [](const LayoutRow& a, const LayoutRow& b) {
        return a.box.center().y() < b.box.center().y();
    });
    return out;
}

} // namespace ClaimDesk

#include "ocr/UncoveredText.h"

#include "ocr/OpenCvView.h"

#include <algorithm>
#include <opencv2/imgproc.hpp>

namespace ClaimDesk {

QList<QRect> UncoveredText::lines(
    const QImage& gray, const QList<QRect>& read, int textHeight, int maxLines)
{
    const QImage g = gray.convertToFormat(QImage::Format_Grayscale8);
    if (g.isNull() || textHeight <= 0)
        return {};
    cv::Mat ink;
    cv::threshold(viewGray(g), ink, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
    // what was read is no longer ink to look at (with a margin for the parts of
    // letters a word's box leaves out)
    const int margin = std::max(2, textHeight / 4);
    for (const QRect& r : read) {
        const QRect m = r.adjusted(-margin, -margin, margin, margin).intersected(g.rect());
        if (!m.isEmpty())
            ink(cv::Rect(m.x(), m.y(), m.width(), m.height())).setTo(0);
    }
    // letters of a line run together when smeared along it
    cv::Mat smeared;
    cv::morphologyEx(ink, smeared, cv::MORPH_CLOSE,
        cv::getStructuringElement(cv::MORPH_RECT, cv::Size(textHeight + 1, 1)));
    cv::Mat labels, stats, centroids;
    const int n = cv::connectedComponentsWithStats(smeared, labels, stats, centroids, 8, CV_32S);
    struct Line
    {
        QRect box;
        int height;
    };
    QList<Line> pieces;
    for (int i = 1; i < n; ++i) {
        const int x = stats.at<int>(i, cv::CC_STAT_LEFT);
        const int y = stats.at<int>(i, cv::CC_STAT_TOP);
        const int w = stats.at<int>(i, cv::CC_STAT_WIDTH);
        const int h = stats.at<int>(i, cv::CC_STAT_HEIGHT);
        // as tall as letters (up to a heading's)
        if (h < textHeight * 7 / 10 || h > textHeight * 4 || w < h / 2)
            continue;
        // letters cover part of their box; rules and pictures all of it or little
        const double fill = cv::countNonZero(ink(cv::Rect(x, y, w, h))) / double(w * h);
        if (fill < 0.12 || fill > 0.6)
            continue;
        pieces.append({ QRect(x, y, w, h), h });
    }
    // words of one line (a heading's spaces are wider than the smear)
    std::sort(pieces.begin(), pieces.end(),
        [](const Line& a, const Line& b) { return a.box.left() < b.box.left(); });
    QList<Line> found;
    for (const Line& p : std::as_const(pieces)) {
        auto same = std::find_if(found.begin(), found.end(), [&](const Line& l) {
            const int overlap
                = std::min(l.box.bottom(), p.box.bottom()) - std::max(l.box.top(), p.box.top());
            const int gap = p.box.left() - l.box.right();
            return overlap > std::min(l.height, p.height) / 2
                && gap < 2 * std::max(l.height, p.height);
        });
        if (same == found.end()) {
            found.append(p);
        } else {
            same->box = same->box.united(p.box);
            same->height = std::max(same->height, p.height);
        }
    }
    // a line is longer than it is tall (a word of a few letters)
    found.erase(std::remove_if(found.begin(), found.end(),
                    [](const Line& l) { return l.box.width() < 2 * l.box.height(); }),
        found.end());
    if (found.size() > maxLines) {
        std::sort(found.begin(), found.end(),
            [](const Line& a, const Line& b) { return a.height > b.height; });
        found.resize(maxLines);
    }
    std::sort(found.begin(), found.end(),
        [](const Line& a, const Line& b) { return a.box.top() < b.box.top(); });
    QList<QRect> out;
    for (const Line& l : std::as_const(found))
        out.append(l.box);
    return out;
}

} // namespace ClaimDesk

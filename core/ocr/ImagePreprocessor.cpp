#include "ocr/ImagePreprocessor.h"

#include "ocr/OcrTr.h"
#include "ocr/OpenCvView.h"
#include "util/Median.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include <vector>

namespace ClaimDesk {

namespace {

// A cv::Mat back as a QImage (deep copy); viewGray (OpenCvView.h) goes the other way.
QImage toQImage(const cv::Mat& mat)
{
    if (mat.type() == CV_8UC3) {
        QImage out(mat.cols, mat.rows, QImage::Format_RGB888);
        for (int y = 0; y < mat.rows; ++y)
            std::memcpy(out.scanLine(y), mat.ptr(y), size_t(mat.cols) * 3);
        return out;
    }
    QImage out(mat.cols, mat.rows, QImage::Format_Grayscale8);
    for (int y = 0; y < mat.rows; ++y)
        std::memcpy(out.scanLine(y), mat.ptr(y), size_t(mat.cols));
    return out;
}

cv::Mat toMat(const QImage& image, bool gray)
{
    if (gray) {
        const QImage g = image.convertToFormat(QImage::Format_Grayscale8);
        return viewGray(g).clone();
    }
    const QImage rgb = image.convertToFormat(QImage::Format_RGB888);
    return cv::Mat(rgb.height(), rgb.width(), CV_8UC3, const_cast<uchar*>(rgb.constBits()),
        size_t(rgb.bytesPerLine()))
        .clone();
}

cv::Mat grayOf(const cv::Mat& m)
{
    if (m.channels() == 1)
        return m;
    cv::Mat g;
    cv::cvtColor(m, g, cv::COLOR_RGB2GRAY);
    return g;
}

// QTransform maps row vectors; OpenCV's matrices map column vectors.
QTransform fromAffine(const cv::Mat& m)
{
    return QTransform(m.at<double>(0, 0), m.at<double>(1, 0), m.at<double>(0, 1),
        m.at<double>(1, 1), m.at<double>(0, 2), m.at<double>(1, 2));
}

QTransform fromHomography(const cv::Mat& h)
{
    return QTransform(h.at<double>(0, 0), h.at<double>(1, 0), h.at<double>(2, 0),
        h.at<double>(0, 1), h.at<double>(1, 1), h.at<double>(2, 1), h.at<double>(0, 2),
        h.at<double>(1, 2), h.at<double>(2, 2));
}

int textHeightOf(const cv::Mat& gray)
{
    cv::Mat ink;
    cv::threshold(gray, ink, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
    cv::Mat labels, stats, centroids;
    const int n = cv::connectedComponentsWithStats(ink, labels, stats, centroids, 8, CV_32S);
    std::vector<int> heights;
    heights.reserve(size_t(n));
    const int maxHeight = std::max(8, gray.rows / 8);
    for (int i = 1; i < n; ++i) {
        const int w = stats.at<int>(i, cv::CC_STAT_WIDTH);
        const int h = stats.at<int>(i, cv::CC_STAT_HEIGHT);
        // letter-like: not specks, not rules, not pictures
        if (h < 5 || h > maxHeight || w > 3 * h || w * 8 < h)
            continue;
        heights.push_back(h);
    }
    // Too few blobs to say (a photo, an empty page): leave the scale alone.
    if (heights.size() < 20)
        return 0;
    return median(std::move(heights));
}

double skewOf(const cv::Mat& gray, int textHeight)
{
    // Work on a copy at most 1200 px wide; angles do not change with scale.
    cv::Mat small = gray;
    double f = 1.0;
    if (gray.cols > 1200) {
        f = 1200.0 / gray.cols;
        cv::resize(gray, small, cv::Size(), f, f, cv::INTER_AREA);
    }
    const int th = std::max(3, int(std::lround((textHeight > 0 ? textHeight : 12) * f)));
    cv::Mat ink;
    cv::threshold(small, ink, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
    // Smear letters of a line together, then measure each line's angle.
    const cv::Mat kernel = cv::getStructuringElement(cv::MORPH_RECT, cv::Size(th * 2 + 1, 1));
    cv::morphologyEx(ink, ink, cv::MORPH_CLOSE, kernel);
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(ink, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    std::vector<std::pair<double, double>> angles; // angle, weight (line length)
    for (const auto& c : contours) {
        const cv::RotatedRect r = cv::minAreaRect(c);
        double w = r.size.width;
        double h = r.size.height;
        double a = r.angle;
        if (w < h) {
            std::swap(w, h);
            a -= 90.0;
        }
        while (a <= -45.0)
            a += 90.0;
        while (a > 45.0)
            a -= 90.0;
        if (w < 6.0 * h || w < th * 6 || h > th * 3)
            continue; // not a text line
        angles.emplace_back(a, w);
    }
    if (angles.size() < 3)
        return 0.0;
    std::sort(angles.begin(), angles.end());
    double total = 0;
    for (const auto& [a, w] : angles)
        total += w;
    double acc = 0;
    for (const auto& [a, w] : angles) {
        acc += w;
        if (acc >= total / 2)
            return -a; // OpenCV's y axis points down: negate for counter-clockwise
    }
    return 0.0;
}

// The page's four corners in a photo, ordered top-left, top-right, bottom-right,
// bottom-left; empty when no page-sized quadrilateral stands out.
std::vector<cv::Point2f> pageCorners(const cv::Mat& gray)
{
    const double f = std::min(1.0, 800.0 / std::max(gray.cols, gray.rows));
    cv::Mat small;
    cv::resize(gray, small, cv::Size(), f, f, cv::INTER_AREA);
    cv::GaussianBlur(small, small, cv::Size(5, 5), 0);
    cv::Mat edges;
    cv::Canny(small, edges, 50, 150);
    cv::dilate(edges, edges, cv::Mat(), cv::Point(-1, -1), 2);
    std::vector<std::vector<cv::Point>> contours;
    cv::findContours(edges, contours, cv::RETR_EXTERNAL, cv::CHAIN_APPROX_SIMPLE);
    const double imageArea = double(small.cols) * small.rows;
    std::vector<cv::Point> best;
    double bestArea = 0;
    for (const auto& c : contours) {
        std::vector<cv::Point> poly;
        cv::approxPolyDP(c, poly, 0.02 * cv::arcLength(c, true), true);
        const double area = std::fabs(cv::contourArea(poly));
        if (poly.size() == 4 && cv::isContourConvex(poly) && area > bestArea) {
            best = poly;
            bestArea = area;
        }
    }
    // A scan is its own page (the quad is the whole image); a small quad is a
    // picture on the page, not the page.
    if (best.empty() || bestArea < 0.25 * imageArea || bestArea > 0.95 * imageArea)
        return {};
    std::vector<cv::Point2f> pts;
    for (const cv::Point& p : best)
        pts.emplace_back(float(p.x / f), float(p.y / f));
    // order by sum (tl smallest, br largest) and difference (tr smallest y-x)
    std::vector<cv::Point2f> ordered(4);
    auto bySum = [](const cv::Point2f& a, const cv::Point2f& b) { return a.x + a.y < b.x + b.y; };
    auto byDiff = [](const cv::Point2f& a, const cv::Point2f& b) { return a.y - a.x < b.y - b.x; };
    ordered[0] = *std::min_element(pts.begin(), pts.end(), bySum);
    ordered[2] = *std::max_element(pts.begin(), pts.end(), bySum);
    ordered[1] = *std::min_element(pts.begin(), pts.end(), byDiff);
    ordered[3] = *std::max_element(pts.begin(), pts.end(), byDiff);
    return ordered;
}

// Paints white the dark frame a scanner leaves around a small receipt (the
// scanner's lid, the edge of the bed): ink touching the image's edge and
// reaching across a third of it. Tesseract takes a page inside such a frame for
// one picture and reads nothing on it.
void clearFrame(cv::Mat& gray)
{
    cv::Mat ink;
    cv::threshold(gray, ink, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
    cv::Mat labels, stats, centroids;
    const int n = cv::connectedComponentsWithStats(ink, labels, stats, centroids, 8, CV_32S);
    std::vector<uchar> frame(size_t(n), 0);
    bool any = false;
    for (int i = 1; i < n; ++i) {
        const int x = stats.at<int>(i, cv::CC_STAT_LEFT);
        const int y = stats.at<int>(i, cv::CC_STAT_TOP);
        const int w = stats.at<int>(i, cv::CC_STAT_WIDTH);
        const int h = stats.at<int>(i, cv::CC_STAT_HEIGHT);
        const bool touches = x == 0 || y == 0 || x + w == gray.cols || y + h == gray.rows;
        if (touches && (w * 3 > gray.cols || h * 3 > gray.rows))
            frame[size_t(i)] = any = true;
    }
    if (!any)
        return;
    for (int y = 0; y < gray.rows; ++y) {
        const int* l = labels.ptr<int>(y);
        uchar* g = gray.ptr<uchar>(y);
        for (int x = 0; x < gray.cols; ++x) {
            if (frame[size_t(l[x])])
                g[x] = 255;
        }
    }
}

// Joins print broken into dots or fragments into strokes with a Gaussian blur as
// wide as the gaps: a sixth of the fragments' height (the letter-sized blobs of
// dot-matrix print are pieces of letters, so they are what is measured).
// Tesseract reads such print as noise; blurred, it reads it like any other.
cv::Mat joinBrokenInk(const cv::Mat& gray)
{
    const int fragment = textHeightOf(gray);
    const double sigma = std::clamp(fragment / 6.0, 1.0, 3.0);
    cv::Mat joined;
    cv::GaussianBlur(gray, joined, cv::Size(), sigma);
    return joined;
}

// Divides the page by its own background (the paper's brightness with the ink
// removed by a max filter), so that faint thermal print, shadows and a dark scanner
// bed or border around the paper no longer decide Tesseract's global threshold:
// Otsu on a receipt framed in black separates the frame from the paper and drops
// every letter. Outside the paper (a background too dark to be paper) the page
// becomes white.
cv::Mat flattenBackground(const cv::Mat& gray)
{
    // Work small: the background changes slowly. The filter is wider than a
    // heading's strokes (about a 25th of the page's width).
    const double f = std::min(1.0, 500.0 / std::max(gray.cols, gray.rows));
    cv::Mat small;
    cv::resize(gray, small, cv::Size(), f, f, cv::INTER_AREA);
    const int k = std::max(3, int(std::lround(f * std::max(15, gray.cols / 25)))) | 1;
    cv::Mat background;
    cv::dilate(small, background, cv::getStructuringElement(cv::MORPH_RECT, cv::Size(k, k)));
    cv::blur(background, background, cv::Size(k, k));
    cv::resize(background, background, gray.size(), 0, 0, cv::INTER_LINEAR);
    cv::Mat flat(gray.size(), CV_8UC1);
    constexpr int NotPaper = 70;
    for (int y = 0; y < gray.rows; ++y) {
        const uchar* g = gray.ptr<uchar>(y);
        const uchar* b = background.ptr<uchar>(y);
        uchar* o = flat.ptr<uchar>(y);
        for (int x = 0; x < gray.cols; ++x)
            o[x] = b[x] < NotPaper ? 255 : uchar(std::min(255, g[x] * 255 / b[x]));
    }
    clearFrame(flat);

    // Stretch faint ink to dark: the ink level is the lower quartile of what is
    // clearly darker than the paper.
    constexpr int Paper = 215;
    int histogram[256] = {};
    for (int y = 0; y < flat.rows; ++y) {
        const uchar* o = flat.ptr<uchar>(y);
        for (int x = 0; x < flat.cols; ++x)
            ++histogram[o[x]];
    }
    qint64 darker = 0;
    for (int v = 0; v < Paper; ++v)
        darker += histogram[v];
    if (darker == 0)
        return flat; // a blank page
    int ink = 0;
    for (qint64 seen = 0; ink < Paper && (seen += histogram[ink]) < darker / 4;)
        ++ink;
    if (ink <= 10)
        return flat; // the ink is black already
    cv::Mat lut(1, 256, CV_8UC1);
    for (int v = 0; v < 256; ++v)
        lut.at<uchar>(v) = uchar(std::clamp((v - ink) * 255 / (255 - ink), 0, 255));
    cv::Mat out;
    cv::LUT(flat, lut, out);
    return out;
}

double distance(const cv::Point2f& a, const cv::Point2f& b)
{
    return std::hypot(double(a.x - b.x), double(a.y - b.y));
}

} // namespace

PreprocessOptions PreprocessOptions::none()
{
    PreprocessOptions o;
    o.grayscale = o.flatten = o.normalizeScale = o.deskew = o.denoise = o.binarize = o.perspective
        = false;
    return o;
}

QStringList PreprocessOptions::stepNames()
{
    return { QStringLiteral("grayscale"), QStringLiteral("flatten"), QStringLiteral("join"),
        QStringLiteral("scale"), QStringLiteral("deskew"), QStringLiteral("denoise"),
        QStringLiteral("binarize"), QStringLiteral("perspective") };
}

PreprocessOptions PreprocessOptions::fromSpec(const QString& spec, QString* error)
{
    const QString s = spec.trimmed().toLower();
    if (s.isEmpty() || s == QLatin1String("default"))
        return {};
    if (s == QLatin1String("all")) {
        PreprocessOptions o;
        o.denoise = o.binarize = true;
        return o;
    }
    if (s == QLatin1String("none"))
        return none();
    const QStringList parts = s.split(QLatin1Char(','), Qt::SkipEmptyParts);
    const bool subtractive = std::all_of(parts.begin(), parts.end(),
        [](const QString& p) { return p.startsWith(QLatin1Char('-')); });
    PreprocessOptions o = subtractive ? PreprocessOptions() : none();
    for (QString p : parts) {
        const bool off = p.startsWith(QLatin1Char('-'));
        if (off)
            p.remove(0, 1);
        const bool on = !off;
        if (p == QLatin1String("grayscale"))
            o.grayscale = on;
        else if (p == QLatin1String("flatten"))
            o.flatten = on;
        else if (p == QLatin1String("join"))
            o.joinInk = on;
        else if (p == QLatin1String("scale"))
            o.normalizeScale = on;
        else if (p == QLatin1String("deskew"))
            o.deskew = on;
        else if (p == QLatin1String("denoise"))
            o.denoise = on;
        else if (p == QLatin1String("binarize"))
            o.binarize = on;
        else if (p == QLatin1String("perspective"))
            o.perspective = on;
        else if (error)
            *error = OcrTr::tr("Unknown preprocessing step \"%1\" (known: %2).")
                         .arg(p, stepNames().join(QLatin1String(", ")));
    }
    return o;
}

QString PreprocessOptions::spec() const
{
    QStringList on;
    const bool flags[]
        = { grayscale, flatten, joinInk, normalizeScale, deskew, denoise, binarize, perspective };
    const QStringList names = stepNames();
    for (int i = 0; i < names.size(); ++i) {
        if (flags[i])
            on << names[i];
    }
    return on.isEmpty() ? QStringLiteral("none") : on.join(QLatin1Char(','));
}

QImage ImagePreprocessor::joinedInk(const QImage& page)
{
    const QImage g = page.convertToFormat(QImage::Format_Grayscale8);
    return toQImage(joinBrokenInk(viewGray(g)));
}

int ImagePreprocessor::estimateTextHeight(const QImage& gray)
{
    const QImage g = gray.convertToFormat(QImage::Format_Grayscale8);
    return textHeightOf(viewGray(g));
}

double ImagePreprocessor::estimateSkew(const QImage& gray)
{
    const QImage g = gray.convertToFormat(QImage::Format_Grayscale8);
    const cv::Mat m = viewGray(g);
    return skewOf(m, textHeightOf(m));
}

PreparedPage ImagePreprocessor::prepare(
    const QImage& page, int sourceDpi, const PreprocessOptions& o)
{
    PreparedPage out;
    out.dpi = sourceDpi > 0 ? sourceDpi : 300;
    cv::Mat img = toMat(page, o.grayscale);
    QTransform toPrepared; // source -> prepared, step by step

    if (o.perspective) {
        const std::vector<cv::Point2f> corners = pageCorners(grayOf(img));
        if (!corners.empty()) {
            const float w = float(
                std::max(distance(corners[0], corners[1]), distance(corners[3], corners[2])));
            const float h = float(
                std::max(distance(corners[0], corners[3]), distance(corners[1], corners[2])));
            const std::vector<cv::Point2f> target { { 0, 0 }, { w - 1, 0 }, { w - 1, h - 1 },
                { 0, h - 1 } };
            const cv::Mat hm = cv::getPerspectiveTransform(corners, target);
            cv::Mat warped;
            cv::warpPerspective(
                img, warped, hm, cv::Size(int(w), int(h)), cv::INTER_LINEAR, cv::BORDER_REPLICATE);
            img = warped;
            toPrepared = toPrepared * fromHomography(hm);
            out.perspectiveCorrected = true;
        }
    }

    if (o.flatten && img.channels() == 1)
        img = flattenBackground(img);
    if (o.joinInk && img.channels() == 1)
        img = joinBrokenInk(img);

    out.medianTextHeight = textHeightOf(grayOf(img));
    if (o.normalizeScale && out.medianTextHeight > 0) {
        double s = double(o.targetTextHeight) / out.medianTextHeight;
        s = std::clamp(s, 0.5, 3.0);
        // Leave near-right pages alone: resampling costs time and sharpness.
        if (s < 0.85 || s > 1.15) {
            cv::Mat resized;
            cv::resize(img, resized, cv::Size(), s, s, s > 1 ? cv::INTER_CUBIC : cv::INTER_AREA);
            img = resized;
            toPrepared = toPrepared * QTransform::fromScale(s, s);
            out.scale = s;
            out.dpi = int(std::lround(out.dpi * s));
        }
    }

    if (o.deskew) {
        const double angle
            = skewOf(grayOf(img), int(std::lround(out.medianTextHeight * out.scale)));
        if (std::fabs(angle) >= 0.3 && std::fabs(angle) <= 20.0) {
            const cv::Point2f center(img.cols / 2.0f, img.rows / 2.0f);
            cv::Mat m = cv::getRotationMatrix2D(center, -angle, 1.0);
            // grow the canvas so no corner is cut off
            const double rad = angle * CV_PI / 180.0;
            const double c = std::fabs(std::cos(rad)), s = std::fabs(std::sin(rad));
            const int nw = int(img.cols * c + img.rows * s);
            const int nh = int(img.cols * s + img.rows * c);
            m.at<double>(0, 2) += (nw - img.cols) / 2.0;
            m.at<double>(1, 2) += (nh - img.rows) / 2.0;
            cv::Mat rotated;
            cv::warpAffine(img, rotated, m, cv::Size(nw, nh), cv::INTER_LINEAR, cv::BORDER_CONSTANT,
                cv::Scalar::all(255));
            img = rotated;
            toPrepared = toPrepared * fromAffine(m);
            out.skewDegrees = angle;
        }
    }

    if (o.denoise) {
        cv::Mat denoised;
        cv::medianBlur(img, denoised, 3);
        img = denoised;
    }

    if (o.binarize) {
        const cv::Mat gray = grayOf(img);
        const int th = std::max(10, int(std::lround(out.medianTextHeight * out.scale)));
        const int block = (th * 2) | 1; // odd, about two letters wide
        cv::Mat bin;
        cv::adaptiveThreshold(
            gray, bin, 255, cv::ADAPTIVE_THRESH_GAUSSIAN_C, cv::THRESH_BINARY, block, 15);
        img = bin;
    }

    out.image = toQImage(img);
    out.toSource = toPrepared.inverted();
    return out;
}

} // namespace ClaimDesk

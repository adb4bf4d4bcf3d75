#pragma once

#include <QImage>
#include <opencv2/core/mat.hpp>

namespace ClaimDesk {

// A view (no copy) of a Grayscale8 QImage's pixels as a cv::Mat, for OpenCV to
// read. The image must outlive the view.
inline cv::Mat viewGray(const QImage& img)
{
    return cv::Mat(img.height(), img.width(), CV_8UC1, const_cast<uchar*>(img.constBits()),
        size_t(img.bytesPerLine()));
}

} // namespace ClaimDesk

#pragma once

#include <QImage>
#include <QStringList>
#include <QTransform>

namespace ClaimDesk {

// Which preprocessing steps run before OCR (in this order: perspective,
// flatten, join, scale, deskew, denoise, binarize). Every step can be switched off so its
// effect on accuracy can be measured (bench_receipts --steps). The defaults are
// what measured best on scanned receipts: denoising and adaptive binarisation
// cost accuracy on clean scans (Tesseract thresholds well itself), so they are
// off unless asked for (photos in poor light).
struct PreprocessOptions
{
    bool grayscale = true;
    bool flatten = true; // divide by the paper's background (dark borders, faint print)
    // Blur print that is broken into dots (dot-matrix, worn thermal heads) into
    // strokes. Off by default: it softens clean print; DocumentReader turns it on
    // for a page that reads badly without it (ReadOptions::joinInkBelowConfidence).
    bool joinInk = false;
    bool normalizeScale = true; // resize so that text is about targetTextHeight tall
    bool deskew = true;
    bool denoise = false;
    bool binarize = false; // adaptive (local) threshold
    bool perspective = true; // straighten a photographed page from its four corners
    int targetTextHeight = 22; // median letter-blob height; 22 read better than 30 or 40

    static PreprocessOptions none();
    // "all", "none", or a comma list of steps to keep ("grayscale,scale,deskew")
    // or to drop ("-binarize,-denoise"). Unknown names are reported in *error.
    static PreprocessOptions fromSpec(const QString& spec, QString* error = nullptr);
    static QStringList stepNames();
    QString spec() const;
};

// A page ready for OCR and the way back to the page as loaded, so boxes found on
// the prepared image can be drawn on the original.
struct PreparedPage
{
    QImage image; // Grayscale8, or RGB888 when grayscale is off
    QTransform toSource; // prepared pixels -> source pixels
    int dpi = 300; // effective resolution of the prepared image
    double scale = 1.0;
    double skewDegrees = 0.0;
    bool perspectiveCorrected = false;
    int medianTextHeight = 0; // as measured on the source
};

// OpenCV preprocessing of one page image: grayscale, scale normalisation, deskew,
// denoise, adaptive binarisation and perspective correction. Pure function of its
// input; safe to call from any thread.
class ImagePreprocessor final
{
public:
    static PreparedPage prepare(
        const QImage& page, int sourceDpi, const PreprocessOptions& options);

    // The page in grey with broken print joined into strokes (the join step on
    // its own), at the same size: for reading rows of it again.
    static QImage joinedInk(const QImage& page);

    // Measured on a grayscale image: median height of letter-sized dark blobs, 0 if none.
    static int estimateTextHeight(const QImage& gray);
    // Skew of the text lines in degrees (positive = counter-clockwise), 0 if unsure.
    static double estimateSkew(const QImage& gray);
};

} // namespace ClaimDesk

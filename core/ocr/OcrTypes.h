#pragma once

#include <QImage>
#include <QList>
#include <QRect>
#include <QString>

namespace ClaimDesk {

// One recognised word and where it sits on its page, in the page's own pixels
// (the image as loaded and oriented, before any preprocessing).
struct OcrWord
{
    QString text;
    QRect box;
    float confidence = 0; // 0..1
    int block = 0; // Tesseract's block and line numbers, for reading order
    int line = 0;
};

// The text of one page of a document: OCR words, or words from a PDF text layer.
struct OcrPage
{
    int index = 0; // 0-based page number
    QSize size; // page pixels the boxes refer to
    QList<OcrWord> words;
    bool fromTextLayer = false;
    bool inkJoined = false; // read with broken print joined (PreprocessOptions::joinInk)
    QString languages; // the OCR languages it was read with; empty for a text layer

    // Words joined in reading order, one line per recognised line.
    QString text() const;
    double meanConfidence() const;
};

// Tesseract's Thai model reports nearly every Thai letter as a word of its own
// ("ว ั น ท ี ่" for "วันที่"), which no label or month name then matches.
// Joins runs of Thai words (and the points of abbreviations, "ธ.ค.") that stand
// closer together than a space on the same line; Latin words and numbers are
// left as they are. Boxes are united; the confidence is the run's lowest. Sara am
// written as two marks ("ํา") becomes the one letter ("ำ") words are spelt with.
QList<OcrWord> joinSplitThaiWords(const QList<OcrWord>& words);

} // namespace ClaimDesk

#pragma once

#include <QImage>
#include <QList>
#include <QRect>

namespace ClaimDesk {

// Lines of print that a pass of OCR over the whole page left unread. Tesseract's
// block mode (the page as one block of text of one size) drops lines printed
// much larger than the rest: a receipt's shop name in a heading font is the usual
// casualty. Found as ink that no word read covers, shaped like a line of letters
// (not a rule, a picture or a speck), so that each can be read on its own.
class UncoveredText final
{
public:
    // gray: the page as OCR read it; read: the boxes of the words read on it;
    // textHeight: the body text's letter height there. Top to bottom, at most
    // maxLines (the tallest first when there are more).
    static QList<QRect> lines(
        const QImage& gray, const QList<QRect>& read, int textHeight, int maxLines = 6);
};

} // namespace ClaimDesk

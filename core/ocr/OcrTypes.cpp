#include "ocr/OcrTypes.h"

namespace ClaimDesk {

QString OcrPage::text() const
{
    QString out;
    int block = -1;
    int line = -1;
    for (const OcrWord& w : words) {
        if (!out.isEmpty())
            out += (w.block != block || w.line != line) ? QLatin1Char('\n') : QLatin1Char(' ');
        out += w.text;
        block = w.block;
        line = w.line;
    }
    return out;
}

double OcrPage::meanConfidence() const
{
    if (words.isEmpty())
        return 0.0;
    double sum = 0;
    for (const OcrWord& w : words)
        sum += w.confidence;
    return sum / words.size();
}

} // namespace ClaimDesk

#include "ocr/OcrTypes.h"

#include "util/Median.h"
#include "util/Text.h"

#include <algorithm>

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

namespace {

// Thai letters only, or a point or dash between them.
bool joinable(const QString& text)
{
    bool thai = false;
    for (const QChar c : text) {
        if (Text::isThai(c))
            thai = true;
        else if (c != u'.' && c != u'-')
            return false;
    }
    return thai || text == QLatin1String(".") || text == QLatin1String("-");
}

} // namespace

QList<OcrWord> joinSplitThaiWords(const QList<OcrWord>& words)
{
    QList<OcrWord> out;
    out.reserve(words.size());
    for (qsizetype lineStart = 0; lineStart < words.size();) {
        qsizetype lineEnd = lineStart + 1;
        while (lineEnd < words.size() && words[lineEnd].line == words[lineStart].line
            && words[lineEnd].block == words[lineStart].block)
            ++lineEnd;
        // the line's height, from its words, measures what a space is
        QList<int> heights;
        for (qsizetype k = lineStart; k < lineEnd; ++k)
            heights.append(words[k].box.height());
        const int space = std::max(3, int(0.6 * median(heights)));

        for (qsizetype i = lineStart; i < lineEnd;) {
            OcrWord run = words[i];
            qsizetype j = i + 1;
            if (joinable(run.text)) {
                while (j < lineEnd && joinable(words[j].text)
                    && words[j].box.left() - run.box.right() <= space) {
                    run.text += words[j].text;
                    run.box = run.box.united(words[j].box);
                    run.confidence = std::min(run.confidence, words[j].confidence);
                    ++j;
                }
                if (!Text::containsThai(run.text)) {
                    // points and dashes alone: leave them be
                    out.append(words[i]);
                    ++i;
                    continue;
                }
            }
            // sara am as one letter: Tesseract writes nikhahit and sara aa ("ํา"),
            // which no Thai word in a label or month spells so
            if (Text::containsThai(run.text))
                run.text.replace(QStringLiteral("\u0E4D\u0E32"), QStringLiteral("\u0E33"));
            out.append(run);
            i = j;
        }
        lineStart = lineEnd;
    }
    return out;
}

} // namespace ClaimDesk

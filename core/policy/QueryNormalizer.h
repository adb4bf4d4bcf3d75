#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace ClaimDesk {

// Turns a line item as people write it into search words: lower case, no
// punctuation, strengths split from their unit ("40mg" -> "40 mg"), and words the
// policy library does not know replaced by the closest word it does know (edit
// distance 1 for short words, 2 for longer ones). The vocabulary is the library's
// own words: no built-in word lists.
class QueryNormalizer final
{
public:
    explicit QueryNormalizer(QSet<QString> vocabulary = {});

    struct Normalized
    {
        QStringList words;
        QStringList corrections; // "panadoll -> panadol"
    };
    Normalized normalize(const QString& text) const;

    // Words of a text, normalised the same way but without correction.
    static QStringList words(const QString& text);

private:
    QSet<QString> m_vocabulary;
};

} // namespace ClaimDesk

#pragma once

#include <QString>

namespace ClaimDesk {

// Which languages the intake's replies are written in. The customer may write in
// either, so by default every reply carries both (seed 004's rule).
enum class ReplyLanguage
{
    Both,
    Thai,
    English
};
QString replyLanguageCode(ReplyLanguage language); // "both", "th", "en"
ReplyLanguage replyLanguageFromCode(const QString& code, bool* ok = nullptr);

// A text in Thai and English. The English is the translation source and the
// Thai comes from the Thai translation file, so the customer-facing texts are
// kept with every other string of the application (lupdate, Qt Linguist) even
// though both languages are shown at once, whatever the interface language is.
struct Bilingual
{
    QString th;
    QString en;

    // From a translation source marked with QT_TRANSLATE_NOOP(context, source).
    static Bilingual of(const char* context, const char* source);
    // Plural forms ("%n document(s)").
    static Bilingual of(const char* context, const char* source, int n);
    static Bilingual same(const QString& text) { return { text, text }; }

    Bilingual arg(const QString& a) const { return { th.arg(a), en.arg(a) }; }
    Bilingual arg(const Bilingual& a) const { return { th.arg(a.th), en.arg(a.en) }; }
    Bilingual arg(qint64 a) const { return { th.arg(a), en.arg(a) }; }

    Bilingual operator+(const Bilingual& other) const { return { th + other.th, en + other.en }; }
    Bilingual& operator+=(const Bilingual& other)
    {
        th += other.th;
        en += other.en;
        return *this;
    }
    bool isEmpty() const { return th.isEmpty() && en.isEmpty(); }

    // Thai above English, or one of them.
    QString in(ReplyLanguage language) const;
};

// "a, b and c" in each language.
Bilingual joinList(const QList<Bilingual>& items);

} // namespace ClaimDesk

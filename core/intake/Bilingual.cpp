#include "Bilingual.h"

#include <QCoreApplication>
#include <QTranslator>

namespace ClaimDesk {

namespace {

// The Thai translation, loaded once from the resources the core library embeds.
const QTranslator& thai()
{
    static const QTranslator* translator = [] {
        auto* t = new QTranslator;
        if (!t->load(QStringLiteral(":/i18n/claimdesk_th")))
            qWarning("ClaimDesk: the Thai translation is missing; replies fall back to English");
        return t;
    }();
    return *translator;
}

QString thaiFor(const char* context, const char* source, int n)
{
    const QString t = thai().translate(context, source, nullptr, n);
    QString text = t.isEmpty() ? QString::fromUtf8(source) : t;
    if (n >= 0)
        text.replace(QStringLiteral("%n"), QString::number(n));
    return text;
}

} // namespace

QString replyLanguageCode(ReplyLanguage language)
{
    switch (language) {
    case ReplyLanguage::Thai:
        return QStringLiteral("th");
    case ReplyLanguage::English:
        return QStringLiteral("en");
    case ReplyLanguage::Both:
        break;
    }
    return QStringLiteral("both");
}

ReplyLanguage replyLanguageFromCode(const QString& code, bool* ok)
{
    if (ok)
        *ok = true;
    if (code == QLatin1String("th"))
        return ReplyLanguage::Thai;
    if (code == QLatin1String("en"))
        return ReplyLanguage::English;
    if (ok)
        *ok = code == QLatin1String("both") || code.isEmpty();
    return ReplyLanguage::Both;
}

Bilingual Bilingual::of(const char* context, const char* source)
{
    return { thaiFor(context, source, -1), QString::fromUtf8(source) };
}

Bilingual Bilingual::of(const char* context, const char* source, int n)
{
    QString en = QString::fromUtf8(source);
    en.replace(QStringLiteral("%n"), QString::number(n));
    // English plural forms from the source's "(s)" convention.
    en.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return { thaiFor(context, source, n), en };
}

QString Bilingual::in(ReplyLanguage language) const
{
    switch (language) {
    case ReplyLanguage::Thai:
        return th;
    case ReplyLanguage::English:
        return en;
    case ReplyLanguage::Both:
        break;
    }
    return th == en ? en : th + QStringLiteral("\n\n") + en;
}

Bilingual joinList(const QList<Bilingual>& items)
{
    Bilingual out;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0) {
            const bool last = i == items.size() - 1;
            out.th += last ? QStringLiteral(" และ ") : QStringLiteral(", ");
            out.en += last ? QStringLiteral(" and ") : QStringLiteral(", ");
        }
        out += items.at(i);
    }
    return out;
}

} // namespace ClaimDesk

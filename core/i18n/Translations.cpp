#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace ClaimDesk::Translations {

namespace {
QString& currentLanguage()
{
    static QString language = QStringLiteral("en");
    return language;
}
} // namespace

QString current()
{
    return currentLanguage();
}

bool install(const QString& language)
{
    currentLanguage() = language;
    static QTranslator* app = nullptr;
    static QTranslator* qt = nullptr;
    for (QTranslator** t : { &app, &qt }) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    app = new QTranslator(QCoreApplication::instance());
    const bool loaded = app->load(QStringLiteral(":/i18n/claimdesk_") + language);
    if (loaded)
        QCoreApplication::installTranslator(app);
    qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_") + language,
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return loaded;
}

QLocale localeFor(const QString& language)
{
    if (language == u"th")
        return QLocale(QLocale::Thai, QLocale::Thailand);
    const QLocale system = QLocale::system();
    return system.language() == QLocale::English ? system
                                                 : QLocale(QLocale::English, QLocale::UnitedStates);
}

QString systemLanguage()
{
    return QLocale::system().language() == QLocale::Thai ? QStringLiteral("th")
                                                         : QStringLiteral("en");
}

} // namespace ClaimDesk::Translations

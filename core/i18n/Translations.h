#pragma once

#include <QLocale>
#include <QString>

namespace ClaimDesk::Translations {

// Installs ClaimDesk's and Qt's own translations for the language ("th", "en")
// on the running application. Returns false if ClaimDesk has none for it.
bool install(const QString& language);
// The language installed last ("en" before any).
QString current();
// "th" when the system locale is Thai, else "en".
QString systemLanguage();

} // namespace ClaimDesk::Translations

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
// The locale numbers and dates are shown in with the interface in `language`:
// Thai (Thailand) for "th"; for "en" the system's when it is an English one, else
// English (United States), so that numbers get their separators even where the
// system says only "C".
QLocale localeFor(const QString& language);

} // namespace ClaimDesk::Translations

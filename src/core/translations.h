#pragma once

#include <QLocale>

class QCoreApplication;

namespace Steward {

/// Loads Steward's own translation for locale and Qt's (qtbase) from the system, and installs both
/// on app, over the English plural forms (installed always; see installEnglishPlurals()). Replaces
/// the catalogues of an earlier call. Returns whether Steward's own translation was found (English
/// has only the plural catalogue).
bool installTranslations(QCoreApplication *app, const QLocale &locale = QLocale::system());

} // namespace Steward

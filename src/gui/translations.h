#pragma once

#include <QLocale>

class QCoreApplication;

namespace Steward {

/// Loads Steward's own translation for locale and Qt's (qtbase) from the system, and installs both
/// on app. Returns whether Steward's own translation was found (English needs none).
bool installTranslations(QCoreApplication *app, const QLocale &locale = QLocale::system());

} // namespace Steward

#pragma once

#include <QTranslator>

class QCoreApplication;

namespace Steward {

/// Installs the English plural-only catalogue (translations/steward_en.ts: "%n user(s)" becomes
/// "1 user" / "2 users"), compiled into steward_core so the GUI and the CLI both have it. Installed
/// first, it is asked last: a German or French catalogue installed after it takes precedence.
/// The translator is a child of app (objectName "stewardTranslator").
bool installEnglishPlurals(QCoreApplication *app);

} // namespace Steward

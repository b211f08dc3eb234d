#pragma once

#include <QTranslator>

class QCoreApplication;

namespace Steward {

/// Helper functions outside classes call QCoreApplication::translate("Steward::Something", ...), but
/// lupdate files their strings under the enclosing namespace ("Steward", "Steward::Cli"). On a miss,
/// look the text up in the enclosing namespaces too, so those strings are translated as well.
class NamespaceFallbackTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
};

/// Installs the English plural-only catalogue (translations/steward_en.ts: "%n user(s)" becomes
/// "1 user" / "2 users"), compiled into steward_core so the GUI and the CLI both have it. Installed
/// first, it is asked last: a German or French catalogue installed after it takes precedence.
/// The translator is a child of app (objectName "stewardTranslator").
bool installEnglishPlurals(QCoreApplication *app);

} // namespace Steward

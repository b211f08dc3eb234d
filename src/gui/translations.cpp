#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace Steward {

namespace {
/// Helper functions outside classes call QCoreApplication::translate("Steward::Something", ...), but
/// lupdate files their strings under the enclosing namespace ("Steward", "Steward::Cli"). On a miss,
/// look the text up in the enclosing namespaces too, so those strings are translated as well.
class NamespaceFallbackTranslator : public QTranslator
{
public:
    using QTranslator::QTranslator;
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override
    {
        QByteArray ctx(context);
        QString result = QTranslator::translate(ctx.constData(), sourceText, disambiguation, n);
        while (result.isEmpty()) {
            const qsizetype cut = ctx.lastIndexOf("::");
            if (cut <= 0) {
                break;
            }
            ctx.truncate(cut);
            result = QTranslator::translate(ctx.constData(), sourceText, disambiguation, n);
        }
        return result;
    }
};
} // namespace

bool installTranslations(QCoreApplication *app, const QLocale &locale)
{
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    auto *own = new NamespaceFallbackTranslator(app);
    if (own->load(locale, QStringLiteral("steward"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        return true;
    }
    delete own;
    return false;
}

} // namespace Steward

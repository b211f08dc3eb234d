#include "englishplurals.h"

#include <QCoreApplication>

namespace Steward {

QString NamespaceFallbackTranslator::translate(const char *context, const char *sourceText, const char *disambiguation,
                                               int n) const
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

bool installEnglishPlurals(QCoreApplication *app)
{
    auto *en = new NamespaceFallbackTranslator(app);
    en->setObjectName(QStringLiteral("stewardTranslator"));
    if (en->load(QStringLiteral(":/i18n/plurals/steward_en.qm"))) {
        QCoreApplication::installTranslator(en);
        return true;
    }
    delete en;
    return false;
}

} // namespace Steward

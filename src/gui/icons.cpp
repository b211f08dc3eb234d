#include "icons.h"

namespace Steward {

QIcon themedIcon(const char *name)
{
    const QString themeName = QString::fromLatin1(name);
    return QIcon::fromTheme(themeName, QIcon(QStringLiteral(":/icons/actions/%1.svg").arg(themeName)));
}

} // namespace Steward

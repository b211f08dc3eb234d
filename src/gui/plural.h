#pragma once

#include <QString>

namespace Steward {

/// Counts in English without an English catalogue: tr("%n member(s)", nullptr, n) reads "1 member",
/// "41 members". A translation (which never contains "(s)") is returned as it is.
inline QString plural(QString translated, qint64 n)
{
    return translated.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
}

} // namespace Steward

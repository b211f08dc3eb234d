#pragma once

#include "result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <type_traits>

namespace Steward {

/// Every element of the array `key` of a server's answer, each made a T by `parse`. An answer
/// without that array is invalid: ApiError::missingField(key).
template<typename Parse>
auto jsonArrayField(const QJsonObject &obj, const char *key, Parse parse)
    -> Result<QList<std::decay_t<std::invoke_result_t<Parse &, const QJsonValue &>>>>
{
    const QJsonValue array = obj.value(QLatin1String(key));
    if (!array.isArray()) {
        return ApiError::missingField(key);
    }
    QList<std::decay_t<std::invoke_result_t<Parse &, const QJsonValue &>>> out;
    for (const QJsonValue &v : array.toArray()) {
        out << parse(v);
    }
    return out;
}

} // namespace Steward

#include "csvwriter.h"

#include <algorithm>

namespace Steward {

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device)
{ }

bool CsvWriter::isPlainUserId(QStringView id)
{
    // "@" localpart ":" server, with only the characters Matrix allows in new user IDs
    // (a-z 0-9 . _ = - / + in the localpart; letters, digits . - : [ ] in the server name).
    const qsizetype colon = id.indexOf(u':');
    if (id.size() < 4 || id.front() != u'@' || colon < 2 || colon == id.size() - 1) {
        return false;
    }
    for (qsizetype i = 1; i < colon; ++i) {
        const char16_t c = id[i].unicode();
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'.' || c == u'_' || c == u'=' || c == u'-'
              || c == u'/' || c == u'+')) {
            return false;
        }
    }
    for (qsizetype i = colon + 1; i < id.size(); ++i) {
        const char16_t c = id[i].unicode();
        if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'.' || c == u'-'
              || c == u':' || c == u'[' || c == u']')) {
            return false;
        }
    }
    return true;
}

bool CsvWriter::needsFormulaGuard(const QString &field)
{
    if (field.isEmpty()) {
        return false;
    }
    const QChar c = field.front();
    if (c == u'@') {
        // A user ID made only of the characters Matrix allows in new user IDs has no parentheses,
        // quotes, '|' or '!', so it cannot carry a formula call: keep it readable and joinable.
        return !isPlainUserId(field);
    }
    return c == u'=' || c == u'+' || c == u'-' || c == u'\t' || c == u'\r';
}

QString CsvWriter::escapeField(const QString &field, bool guardFormula)
{
    QString value = guardFormula && needsFormulaGuard(field) ? QLatin1Char('\'') + field : field;
    const bool quote = std::any_of(value.cbegin(), value.cend(),
                                   [](QChar c) { return c == u',' || c == u'"' || c == u'\r' || c == u'\n'; });
    if (!quote) {
        return value;
    }
    value.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

void CsvWriter::writeRow(const QStringList &fields)
{
    QString line;
    for (int i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            line += QLatin1Char(',');
        }
        line += escapeField(fields.at(i), !m_trusted.contains(i));
    }
    line += QLatin1String("\r\n");
    const QByteArray bytes = line.toUtf8();
    if (m_device->write(bytes) != bytes.size()) {
        m_error = true;
    }
}

} // namespace Steward

#include "csvwriter.h"

#include <QRegularExpression>

namespace Steward {

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device)
{ }

bool CsvWriter::needsFormulaGuard(const QString &field)
{
    if (field.isEmpty()) {
        return false;
    }
    const QChar c = field.front();
    if (c == u'@') {
        // A user ID made only of the characters Matrix allows in new user IDs has no parentheses,
        // quotes, '|' or '!', so it cannot carry a formula call: keep it readable and joinable.
        static const QRegularExpression plainUserId(QStringLiteral("^@[a-z0-9._=\\-/+]+:[A-Za-z0-9.\\-:\\[\\]]+$"));
        return !plainUserId.match(field).hasMatch();
    }
    return c == u'=' || c == u'+' || c == u'-' || c == u'\t' || c == u'\r';
}

QString CsvWriter::escapeField(const QString &field, bool guardFormula)
{
    QString value = guardFormula && needsFormulaGuard(field) ? QLatin1Char('\'') + field : field;
    const bool quote = value.contains(u',') || value.contains(u'"') || value.contains(u'\r') || value.contains(u'\n');
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

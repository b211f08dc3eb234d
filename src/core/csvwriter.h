#pragma once

#include <QIODevice>
#include <QString>
#include <QStringList>

namespace Steward {

/// RFC 4180 CSV: comma separated, CRLF line ends, UTF-8, fields quoted when they contain a comma,
/// quote, CR or LF (quotes doubled). Writes to any QIODevice (a QSaveFile, stdout, a QBuffer in tests).
///
/// Formula-injection guard: a field that a spreadsheet would run as a formula (first character
/// = + - @ TAB or CR) gets a leading apostrophe, the convention spreadsheets display as text. A
/// well-formed Matrix user ID (@localpart:server in the characters Matrix allows) is left as is.
/// Display names are chosen by any user, so every exported cell is guarded unless the caller marks
/// a column as numeric (numbers such as -5 pass unchanged there).
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice *device);

    void writeRow(const QStringList &fields);
    /// Columns (0-based) holding numbers or timestamps Steward generated: written unguarded.
    void setTrustedColumns(const QList<int> &columns) { m_trusted = columns; }

    static QString escapeField(const QString &field, bool guardFormula = true);
    static bool needsFormulaGuard(const QString &field);
    /// "@localpart:server" with only the characters Matrix allows in new user IDs: no formula call fits.
    static bool isPlainUserId(QStringView id);

    bool hasError() const { return m_error; }

private:
    QIODevice *m_device;
    QList<int> m_trusted;
    bool m_error = false;
};

} // namespace Steward

#pragma once

#include <QCoreApplication>
#include <QPointer>
#include <QString>

#include <memory>

class QFile;
class QIODevice;
class QSaveFile;

namespace Steward {

/// Where an export writes: standard output ("-"), a file, or a device the caller owns. A file is
/// written through QSaveFile: it appears (or replaces the one there) only on commit(); an export
/// that ends otherwise leaves an existing file as it was.
class ExportOutput
{
    Q_DECLARE_TR_FUNCTIONS(Steward::ExportOutput)

public:
    ExportOutput();
    ~ExportOutput();

    /// "-" is standard output. False, with errorString() saying why, when it cannot be written.
    bool open(const QString &path);
    /// A device the caller owns and keeps open.
    void open(QIODevice *device);
    QIODevice *device() const { return m_device; }
    bool isFile() const { return m_saveFile != nullptr; }
    bool isStdout() const { return m_stdout != nullptr; }

    /// Standard output: what was written so far reaches the pipe.
    void flush();
    /// The file takes its place (standard output: flushed). False, with errorString(), when saving failed.
    bool commit();
    /// Lets go of the file or standard output; a file not committed is dropped (its temporary file removed).
    void close();
    QString errorString() const { return m_errorString; }

private:
    QPointer<QIODevice> m_device;
    std::unique_ptr<QSaveFile> m_saveFile;
    std::unique_ptr<QFile> m_stdout;
    bool m_committed = false;
    QString m_errorString;
};

} // namespace Steward

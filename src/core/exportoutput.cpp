#include "exportoutput.h"

#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace Steward {

ExportOutput::ExportOutput() = default;

ExportOutput::~ExportOutput()
{
    close();
}

bool ExportOutput::open(const QString &path)
{
    close();
    m_errorString.clear();
    if (path == QLatin1String("-")) {
        auto file = std::make_unique<QFile>();
        if (!file->open(stdout, QIODevice::WriteOnly, QFileDevice::DontCloseHandle)) {
            m_errorString = tr("Cannot write to standard output: %1").arg(file->errorString());
            return false;
        }
        m_stdout = std::move(file);
        m_device = m_stdout.get();
        return true;
    }
    if (path.isEmpty()) {
        m_errorString = tr("No file name given for the export.");
        return false;
    }
    auto file = std::make_unique<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly)) {
        m_errorString = tr("Cannot write \"%1\": %2. Choose a folder you can write to.").arg(path, file->errorString());
        return false;
    }
    m_saveFile = std::move(file);
    m_device = m_saveFile.get();
    return true;
}

void ExportOutput::open(QIODevice *device)
{
    close();
    m_errorString.clear();
    m_device = device;
}

void ExportOutput::flush()
{
    if (m_stdout) {
        m_stdout->flush();
    }
}

bool ExportOutput::commit()
{
    flush();
    if (m_saveFile && !m_saveFile->commit()) {
        m_errorString = tr("Saving the export failed: %1").arg(m_saveFile->errorString());
        return false;
    }
    m_committed = true;
    return true;
}

void ExportOutput::close()
{
    if (m_saveFile && !m_committed) {
        m_saveFile->cancelWriting(); // the temporary file is removed; an existing file stays as it was
    }
    m_saveFile.reset();
    m_stdout.reset();
    m_committed = false;
}

} // namespace Steward

#pragma once
// Shared pieces of the libFuzzer targets: one QCoreApplication per process, a scratch file for the
// parsers that read files, and a network access manager that answers every request with the fuzz
// input (so the real ApiService and the typed calls parse it, without sockets).

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <cstddef>
#include <cstdint>

namespace StewardFuzz {

inline QCoreApplication *app()
{
    static int argc = 1;
    static char name[] = "steward-fuzz";
    static char *argv[] = { name, nullptr };
    static QCoreApplication *instance =
        QCoreApplication::instance() ? QCoreApplication::instance() : new QCoreApplication(argc, argv);
    return instance;
}

/// Writes data to a per-process scratch file and returns its path.
inline QString scratchFile(const uint8_t *data, size_t size, const char *suffix)
{
    const QString path = QDir::tempPath()
        + QStringLiteral("/steward-fuzz-%1%2").arg(QCoreApplication::applicationPid()).arg(QLatin1String(suffix));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    return path;
}

/// What the fake server answers: a status, a body, and optionally a network error after the body
/// (a connection closed mid-answer).
struct Answer
{
    int status = 200;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray retryAfter;
};

class FuzzReply : public QNetworkReply
{
public:
    FuzzReply(QNetworkAccessManager::Operation op, const QNetworkRequest &request, const Answer &answer,
              QObject *parent)
        : QNetworkReply(parent)
        , m_body(answer.body)
    {
        setRequest(request);
        setOperation(op);
        setUrl(request.url());
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        if (answer.status > 0) {
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, answer.status);
            setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            if (!answer.retryAfter.isEmpty()) {
                setRawHeader("Retry-After", answer.retryAfter);
            }
        }
        const auto error = answer.error;
        QTimer::singleShot(0, this, [this, error]() {
            if (m_done) {
                return;
            }
            Q_EMIT metaDataChanged();
            Q_EMIT readyRead();
            if (error != NoError) {
                setError(error, QStringLiteral("fuzz: network error"));
                Q_EMIT errorOccurred(error);
            }
            m_done = true;
            setFinished(true);
            Q_EMIT finished();
        });
    }
    void abort() override
    {
        if (m_done) {
            return;
        }
        m_done = true;
        setError(OperationCanceledError, QStringLiteral("cancelled"));
        setFinished(true);
        Q_EMIT finished();
    }
    qint64 bytesAvailable() const override { return m_body.size() - m_pos + QIODevice::bytesAvailable(); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, qint64(m_body.size()) - m_pos);
        if (n <= 0) {
            return m_done ? -1 : 0;
        }
        memcpy(data, m_body.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }

private:
    QByteArray m_body;
    qint64 m_pos = 0;
    bool m_done = false;
};

class FuzzNetwork : public QNetworkAccessManager
{
public:
    Answer answer;
    int requests = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *) override
    {
        ++requests;
        return new FuzzReply(op, request, answer, this);
    }
};

} // namespace StewardFuzz

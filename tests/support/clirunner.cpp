#include "clirunner.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

namespace StewardTest {

QString cliPath()
{
    const QString fromFixture = qEnvironmentVariable("STEWARD_CLI");
    return fromFixture.isEmpty() ? qEnvironmentVariable("STEWARD_TEST_BUILD_DIR") + QStringLiteral("/bin/steward-cli")
                                 : fromFixture;
}

CliRun runCli(const QStringList &args, const CliOptions &options)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = options.env.cbegin(); it != options.env.cend(); ++it) {
        if (it.value().isNull()) {
            env.remove(it.key());
        } else {
            env.insert(it.key(), it.value());
        }
    }
    p.setProcessEnvironment(env);
    p.setProgram(cliPath());
    p.setArguments(args);
    QElapsedTimer timer;
    timer.start();
    p.start();
    CliRun r;
    if (!p.waitForStarted()) {
        return r;
    }
    p.write(options.stdinData);
    p.closeWriteChannel();
    const bool finished = QTest::qWaitFor([&p]() { return p.state() == QProcess::NotRunning; }, options.timeoutMs);
    if (!finished) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.elapsedMs = timer.elapsed();
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.outBytes = p.readAllStandardOutput();
    r.out = QString::fromUtf8(r.outBytes);
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace StewardTest
